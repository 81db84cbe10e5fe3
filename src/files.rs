//! Every file the app reads is opened here, the same careful way: a regular file only (never a
//! FIFO, a device or a folder, which could block or never end), read through a bounded reader
//! (a size the system reports is not trusted), and, for files named by a story, never through
//! a link that leads out of the folder they must stay in.

use std::fs::File;
use std::io::Read as _;
use std::path::{Component, Path, PathBuf};

use crate::i18n::Text;
use crate::text;

/// Why a file could not be read; each says what is wrong in a few words, after the file's name
/// ("picture.png cannot be read: …", "… is a FIFO, not a regular file").
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    /// The system refused (missing, no permission, …).
    #[error("cannot be read: {0}")]
    Io(#[from] std::io::Error),
    /// A folder, FIFO, device or socket.
    #[error("is a {0}, not a regular file")]
    NotRegular(FileKind),
    /// More bytes than allowed.
    #[error("is {size} bytes; at most {limit} bytes are allowed")]
    TooLarge {
        /// What the file holds (or at least this much, if it grew while it was read).
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// The name is absolute or climbs out with `..`.
    #[error("leaves its folder (an absolute path or '..')")]
    Escapes,
    /// A folder was expected.
    #[error("is not a folder")]
    NotAFolder,
    /// The name resolves, through a symbolic link, to a place outside its folder.
    #[error("leads outside its folder (through a link)")]
    OutsideFolder,
}

/// What a path that is not a regular file is instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// A named pipe.
    Fifo,
    /// A character or block device.
    Device,
    /// A Unix socket.
    Socket,
    /// A folder.
    Folder,
    /// A symbolic link (seen only where links are not followed).
    SymbolicLink,
    /// Anything else.
    Special,
}

impl FileKind {
    /// The kind as the messages select it (`fifo`, `device`, …).
    pub fn code(self) -> &'static str {
        match self {
            Self::Fifo => "fifo",
            Self::Device => "device",
            Self::Socket => "socket",
            Self::Folder => "folder",
            Self::SymbolicLink => "symlink",
            Self::Special => "special",
        }
    }
}

/// In English, for logs (people are shown [`FileError::text`]).
impl std::fmt::Display for FileKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Fifo => "FIFO",
            Self::Device => "device",
            Self::Socket => "socket",
            Self::Folder => "folder",
            Self::SymbolicLink => "symbolic link",
            Self::Special => "special file",
        })
    }
}

impl FileError {
    /// What is wrong, as a sentence about `subject` ("the file", "artwork \"a.png\"") in
    /// any language; the system's own words (an I/O error) are kept as they are.
    pub fn text(&self, subject: Text) -> Text {
        match self {
            Self::Io(err) => text!(
                "file-cannot-be-read",
                subject = subject,
                reason = io_reason(err)
            ),
            Self::NotRegular(kind) => {
                text!("file-not-regular", subject = subject, kind = kind.code())
            }
            Self::TooLarge { size, limit } => text!(
                "file-too-large",
                subject = subject,
                size = *size,
                limit = *limit
            ),
            Self::Escapes => text!("file-escapes", subject = subject),
            Self::NotAFolder => text!("file-not-a-folder", subject = subject),
            Self::OutsideFolder => text!("file-outside-folder", subject = subject),
        }
    }
}

/// The system's reason, in words of the language shown for the usual ones (a missing file,
/// no permission), else as the system gives it.
fn io_reason(err: &std::io::Error) -> crate::i18n::Arg {
    match err.kind() {
        std::io::ErrorKind::NotFound => text!("io-not-found").into(),
        std::io::ErrorKind::PermissionDenied => text!("io-permission-denied").into(),
        _ => err.to_string().into(),
    }
}

/// Opens a regular file for reading. FIFOs are opened without waiting for a writer, so that
/// one can be refused instead of hanging the app; what was opened is then checked, not the
/// name (which could have been swapped in between).
pub fn open_regular(path: &Path) -> Result<File, FileError> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NONBLOCK);
    let file = options.open(path)?;
    let kind = file.metadata()?.file_type();
    if kind.is_file() {
        Ok(file)
    } else {
        Err(FileError::NotRegular(kind_name(&kind)))
    }
}

/// Creates (or truncates) a regular file for writing. An existing FIFO, device or folder is
/// refused, without waiting for a reader to open the other end of a FIFO.
pub fn create_regular(path: &Path) -> Result<File, FileError> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NONBLOCK);
    let file = options.open(path).map_err(|err| {
        // A FIFO without a reader answers "no such device or address".
        match std::fs::metadata(path) {
            Ok(meta) if !meta.is_file() => FileError::NotRegular(kind_name(&meta.file_type())),
            _ => FileError::Io(err),
        }
    })?;
    let kind = file.metadata()?.file_type();
    if kind.is_file() {
        Ok(file)
    } else {
        Err(FileError::NotRegular(kind_name(&kind)))
    }
}

/// Reads a whole regular file of at most `limit` bytes.
pub fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, FileError> {
    let file = open_regular(path)?;
    let reported = file.metadata().map(|m| m.len()).unwrap_or(0);
    if reported > limit {
        return Err(FileError::TooLarge {
            size: reported,
            limit,
        });
    }
    // The reported size may be wrong (files under /proc say 0; a file may grow): the reader
    // itself stops one byte past the limit.
    let capacity = usize::try_from(reported.min(limit)).unwrap_or(0);
    let mut bytes = Vec::with_capacity(capacity);
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
    let read = bytes.len() as u64;
    if read > limit {
        return Err(FileError::TooLarge { size: read, limit });
    }
    Ok(bytes)
}

/// The canonical path of `relative` inside the canonical folder `root`: refused if the name is
/// absolute or uses `..`, or if it resolves (through links) to a place outside `root`.
pub fn resolve_inside(root: &Path, relative: &str) -> Result<PathBuf, FileError> {
    let name = Path::new(relative);
    let plain = !relative.is_empty()
        && name
            .components()
            .all(|c| matches!(c, Component::Normal(_) | Component::CurDir));
    if !plain {
        return Err(FileError::Escapes);
    }
    let resolved = std::fs::canonicalize(root.join(name))?;
    if resolved.starts_with(root) {
        Ok(resolved)
    } else {
        Err(FileError::OutsideFolder)
    }
}

/// Reads the file `relative` inside the canonical folder `root`, with the checks of
/// [`resolve_inside`] and [`read_limited`].
pub fn read_inside(root: &Path, relative: &str, limit: u64) -> Result<Vec<u8>, FileError> {
    read_limited(&resolve_inside(root, relative)?, limit)
}

/// A canonical folder that lies inside the canonical folder `base` (or is `base` itself),
/// named relative to it: an absolute name, `..`, a link out of `base` and anything that is
/// not a folder are refused.
pub fn folder_inside(base: &Path, relative: &str) -> Result<PathBuf, FileError> {
    let resolved = if relative.is_empty() || relative == "." {
        base.to_path_buf()
    } else {
        resolve_inside(base, relative)?
    };
    if std::fs::metadata(&resolved)?.is_dir() {
        Ok(resolved)
    } else {
        Err(FileError::NotAFolder)
    }
}

fn kind_name(kind: &std::fs::FileType) -> FileKind {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        if kind.is_fifo() {
            return FileKind::Fifo;
        }
        if kind.is_char_device() || kind.is_block_device() {
            return FileKind::Device;
        }
        if kind.is_socket() {
            return FileKind::Socket;
        }
    }
    if kind.is_dir() {
        FileKind::Folder
    } else if kind.is_symlink() {
        FileKind::SymbolicLink
    } else {
        FileKind::Special
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;

    #[test]
    fn a_missing_file_is_told_in_the_language_shown() {
        let missing = open_regular(Path::new("/no/such/file.json")).expect_err("missing");
        let said = missing.text(text!("subject-settings-file"));
        assert_eq!(
            said.in_language(Language::Hungarian),
            "a fájl nem olvasható: nincs ilyen fájl vagy mappa"
        );
        assert_eq!(
            said.in_language(Language::English),
            "the file cannot be read: there is no such file or folder"
        );
    }
}
