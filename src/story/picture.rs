//! Pictures of a story: read from the asset folder the careful way (see [`crate::files`]) and
//! decoded with limits on their size and on the memory decoding may take, then scaled down to
//! what a screen can show. The loader reads only their headers; the app and `check` decode
//! them through here.

use std::borrow::Cow;
use std::path::Path;

use super::AssetRoot;
use super::limits::MAX_PICTURE_BYTES;
use crate::files;
use crate::i18n::Text;
use crate::text;

/// Pictures wider or higher than this are refused (they could not be shown anyway, and a small
/// file that claims a huge size is a decompression bomb).
pub const MAX_PICTURE_SIDE: u32 = 8192;

/// Decoding a picture may allocate at most this much: an 8192 × 8192 picture with 8-bit
/// colour and transparency fits, one with 16-bit colour does not.
const MAX_PICTURE_ALLOC: u64 = 256 * 1024 * 1024;

/// Why a picture cannot be shown.
#[derive(Debug)]
pub enum PictureError {
    /// The built-in story names a picture that is not built in.
    NotBuiltIn,
    /// The file cannot be read (see [`files::FileError`]).
    File(files::FileError),
    /// Reading its first bytes failed (the system's words).
    Unreadable(String),
    /// Not a format the app reads.
    UnknownFormat,
    /// The decoder refused it (the decoder's words).
    Undecodable(String),
    /// More bytes than a picture may have.
    TooManyBytes(u64),
    /// Wider or higher than [`MAX_PICTURE_SIDE`].
    TooLarge {
        /// Width in pixels.
        width: u32,
        /// Height in pixels.
        height: u32,
    },
}

impl PictureError {
    /// What is wrong, as a sentence about `subject` (the picture, named), in any language.
    pub fn text(&self, subject: Text) -> Text {
        match self {
            Self::NotBuiltIn => text!("picture-not-built-in", subject = subject),
            Self::File(err) => err.text(subject),
            Self::Unreadable(reason) => text!(
                "file-cannot-be-read",
                subject = subject,
                reason = reason.as_str()
            ),
            Self::UnknownFormat => text!("picture-unknown-format", subject = subject),
            Self::Undecodable(reason) => text!(
                "picture-undecodable",
                subject = subject,
                reason = reason.as_str()
            ),
            Self::TooManyBytes(size) => text!(
                "picture-too-many-bytes",
                subject = subject,
                size = *size,
                max = MAX_PICTURE_BYTES
            ),
            Self::TooLarge { width, height } => text!(
                "picture-too-large",
                subject = subject,
                width = *width,
                height = *height,
                max = MAX_PICTURE_SIDE
            ),
        }
    }
}

/// The bytes of a story's picture: built in, or a regular file of at most
/// [`MAX_PICTURE_BYTES`] inside the asset folder.
pub fn read_picture(root: &AssetRoot, file: &str) -> Result<Cow<'static, [u8]>, PictureError> {
    match root {
        AssetRoot::Embedded => crate::assets::embedded_asset(file)
            .map(Cow::Borrowed)
            .ok_or(PictureError::NotBuiltIn),
        AssetRoot::Folder(folder) => files::read_inside(folder, file, MAX_PICTURE_BYTES)
            .map(Cow::Owned)
            .map_err(PictureError::File),
    }
}

/// Decodes a picture with limits on its size and on the memory decoding may take.
pub fn decode_picture(bytes: &[u8]) -> Result<image::DynamicImage, PictureError> {
    let mut reader = image::ImageReader::new(std::io::Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|err| PictureError::Unreadable(err.to_string()))?;
    if reader.format().is_none() {
        return Err(PictureError::UnknownFormat);
    }
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(MAX_PICTURE_SIDE);
    limits.max_image_height = Some(MAX_PICTURE_SIDE);
    limits.max_alloc = Some(MAX_PICTURE_ALLOC);
    reader.limits(limits);
    reader
        .decode()
        .map_err(|err| PictureError::Undecodable(err.to_string()))
}

/// Decodes a picture (see [`decode_picture`]) and scales it down to fit within `max_side` ×
/// `max_side`, keeping its proportions. The full-size picture is dropped as soon as the small
/// one is made, and the scaling makes no full-size copy.
pub fn decode_picture_scaled(
    bytes: &[u8],
    max_side: u32,
) -> Result<image::RgbaImage, PictureError> {
    let image = decode_picture(bytes)?;
    if image.width() <= max_side && image.height() <= max_side {
        return Ok(image.into_rgba8());
    }
    Ok(image.thumbnail(max_side, max_side).into_rgba8())
}

/// Reads a picture's header only: its format and size, without decoding it.
pub(super) fn check_picture(path: &Path) -> Result<(), PictureError> {
    let file = files::open_regular(path).map_err(PictureError::File)?;
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    if size > MAX_PICTURE_BYTES {
        return Err(PictureError::TooManyBytes(size));
    }
    let reader = image::ImageReader::new(std::io::BufReader::new(file))
        .with_guessed_format()
        .map_err(|err| PictureError::Unreadable(err.to_string()))?;
    if reader.format().is_none() {
        return Err(PictureError::UnknownFormat);
    }
    let (width, height) = reader
        .into_dimensions()
        .map_err(|err| PictureError::Undecodable(err.to_string()))?;
    if width > MAX_PICTURE_SIDE || height > MAX_PICTURE_SIDE {
        return Err(PictureError::TooLarge { width, height });
    }
    Ok(())
}
