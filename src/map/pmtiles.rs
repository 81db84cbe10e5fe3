//! A local raster `.pmtiles` file (PMTiles version 3), read by the app itself so that nothing
//! in the file is trusted: the header, every directory and every tile are checked against the
//! file's size and against limits before anything is allocated or decoded. The tile source
//! that shows it is `pmtiles_source.rs`. Why a file or a tile cannot be shown is a message
//! (`pmtiles-*` in `map.ftl`), about the file, written out in the language spoken.

use std::collections::VecDeque;
use std::fs::File;
use std::io::{Read as _, Seek as _, SeekFrom};
use std::path::Path;

use crate::files::FileError;
use crate::i18n::Text;
use crate::text;

/// A directory (compressed or not) larger than this is refused.
const MAX_DIRECTORY_BYTES: u64 = 8 * 1024 * 1024;
/// A directory may list at most this many entries (24 bytes each once read).
const MAX_DIRECTORY_ENTRIES: u64 = 500_000;
/// Directories nest at most this deep (the root, then leaves).
const MAX_DIRECTORY_DEPTH: usize = 4;
/// A tile larger than this is refused.
const MAX_TILE_BYTES: u64 = 8 * 1024 * 1024;
/// A tile wider or higher than this is refused before it is decoded.
pub(crate) const MAX_TILE_SIDE: u32 = 1024;
/// Leaf directories kept, read.
const LEAF_CACHE: usize = 4;

/// What the fixed 127-byte header says, checked.
#[derive(Debug, Clone)]
struct Header {
    root: (u64, u64),
    leaves: (u64, u64),
    data: (u64, u64),
    gzip_directories: bool,
    gzip_tiles: bool,
    min_zoom: u8,
    max_zoom: u8,
}

/// One directory entry: a run of tiles, or (run length 0) a leaf directory.
#[derive(Debug, Clone, Copy)]
struct Entry {
    tile_id: u64,
    offset: u64,
    length: u64,
    run_length: u64,
}

/// An open, checked PMTiles file.
pub(crate) struct Archive {
    file: File,
    file_len: u64,
    header: Header,
    root: Vec<Entry>,
    leaves: VecDeque<((u64, u64), Vec<Entry>)>,
}

impl Archive {
    /// Opens a PMTiles file and checks its header and root directory.
    pub(crate) fn open(path: &Path) -> Result<Self, Text> {
        let mut file = crate::files::open_regular(path).map_err(|err| file_problem(&err))?;
        let file_len = file
            .metadata()
            .map_err(|err| file_problem(&FileError::Io(err)))?
            .len();
        let mut bytes = [0u8; 127];
        file.read_exact(&mut bytes)
            .map_err(|_| text!("pmtiles-too-short"))?;
        let header = parse_header(&bytes, file_len)?;
        let mut archive = Self {
            file,
            file_len,
            root: Vec::new(),
            leaves: VecDeque::new(),
            header,
        };
        let root = archive.header.root;
        archive.root = archive.directory(root)?;
        Ok(archive)
    }

    /// The zoom levels the file has tiles for.
    pub(crate) fn zooms(&self) -> (u8, u8) {
        (self.header.min_zoom, self.header.max_zoom)
    }

    /// The bytes of a tile (decompressed), `Ok(None)` where the file has none.
    pub(crate) fn tile(&mut self, z: u8, x: u32, y: u32) -> Result<Option<Vec<u8>>, Text> {
        let coord = pmtiles::TileCoord::new(z, x, y).map_err(|err| {
            text!(
                "pmtiles-no-such-tile",
                zoom = u32::from(z),
                x = x,
                y = y,
                error = err.to_string()
            )
        })?;
        let tile_id = pmtiles::TileId::from(coord).value();
        let mut found = find(&self.root, tile_id);
        for _ in 0..MAX_DIRECTORY_DEPTH {
            let Some(entry) = found else {
                return Ok(None);
            };
            if entry.run_length > 0 {
                if entry.length > MAX_TILE_BYTES {
                    return Err(text!(
                        "pmtiles-tile-too-large",
                        size = entry.length.to_string(),
                        max = MAX_TILE_BYTES.to_string()
                    ));
                }
                let range = within(self.header.data, entry.offset, entry.length, "tile")?;
                let bytes = self.read(range)?;
                return if self.header.gzip_tiles {
                    gunzip(&bytes, MAX_TILE_BYTES).map(Some)
                } else {
                    Ok(Some(bytes))
                };
            }
            let range = within(self.header.leaves, entry.offset, entry.length, "directory")?;
            found = find(self.leaf(range)?, tile_id);
        }
        Err(text!("pmtiles-too-deep", max = MAX_DIRECTORY_DEPTH))
    }

    /// A leaf directory, read once and kept among the last few.
    fn leaf(&mut self, range: (u64, u64)) -> Result<&[Entry], Text> {
        if let Some(at) = self.leaves.iter().position(|(r, _)| *r == range) {
            return Ok(self
                .leaves
                .get(at)
                .map(|(_, e)| e.as_slice())
                .unwrap_or_default());
        }
        let entries = self.directory(range)?;
        if self.leaves.len() >= LEAF_CACHE {
            self.leaves.pop_front();
        }
        self.leaves.push_back((range, entries));
        Ok(self
            .leaves
            .back()
            .map(|(_, e)| e.as_slice())
            .unwrap_or_default())
    }

    fn directory(&mut self, range: (u64, u64)) -> Result<Vec<Entry>, Text> {
        if range.1 > MAX_DIRECTORY_BYTES {
            return Err(text!(
                "pmtiles-directory-too-large",
                size = range.1.to_string(),
                max = MAX_DIRECTORY_BYTES.to_string()
            ));
        }
        let bytes = self.read(range)?;
        let bytes = if self.header.gzip_directories {
            gunzip(&bytes, MAX_DIRECTORY_BYTES)?
        } else {
            bytes
        };
        parse_directory(&bytes)
    }

    /// Reads `(offset, length)`, which must lie inside the file.
    fn read(&mut self, (offset, length): (u64, u64)) -> Result<Vec<u8>, Text> {
        let end = offset
            .checked_add(length)
            .filter(|&end| end <= self.file_len)
            .ok_or_else(|| text!("pmtiles-past-end"))?;
        let length = usize::try_from(end - offset)
            .map_err(|_| text!("pmtiles-part-too-large", size = length.to_string()))?;
        let mut bytes = vec![0u8; length];
        self.file
            .seek(SeekFrom::Start(offset))
            .and_then(|_| self.file.read_exact(&mut bytes))
            .map_err(|err| file_problem(&FileError::Io(err)))?;
        Ok(bytes)
    }
}

/// What is wrong with the file itself (a FIFO, unreadable), as a reason about the file.
fn file_problem(err: &FileError) -> Text {
    err.text(text!("subject-tiles-file"))
}

fn parse_header(bytes: &[u8; 127], file_len: u64) -> Result<Header, Text> {
    if bytes.get(..7) != Some(b"PMTiles".as_slice()) {
        return Err(text!("pmtiles-not-pmtiles"));
    }
    let version = bytes.get(7).copied().unwrap_or(0);
    if version != 3 {
        return Err(text!("pmtiles-version", version = u32::from(version)));
    }
    let number = |at: usize| -> u64 {
        bytes
            .get(at..at + 8)
            .and_then(|b| <[u8; 8]>::try_from(b).ok())
            .map_or(0, u64::from_le_bytes)
    };
    let byte = |at: usize| bytes.get(at).copied().unwrap_or(0);
    // `what` names the section for the message: `root`, `leaves` or `data`.
    let section = |at: usize, what: &'static str| -> Result<(u64, u64), Text> {
        let (offset, length) = (number(at), number(at + 8));
        match offset.checked_add(length) {
            Some(end) if offset >= 127 && end <= file_len => Ok((offset, length)),
            // Byte counts as text: as numbers, 2^64 − 1 would be rounded.
            _ => Err(text!(
                "pmtiles-section-outside",
                what = what,
                offset = offset.to_string(),
                length = length.to_string(),
                size = file_len.to_string()
            )),
        }
    };
    let root = section(8, "root")?;
    if root.1 == 0 {
        return Err(text!("pmtiles-empty-root"));
    }
    let leaves = section(40, "leaves")?;
    let data = section(56, "data")?;
    let gzip_directories = match byte(97) {
        1 => false,
        2 => true,
        3 => return Err(text!("pmtiles-directory-compression", method = "Brotli")),
        4 => return Err(text!("pmtiles-directory-compression", method = "Zstandard")),
        other => {
            return Err(text!(
                "pmtiles-directory-compression-unknown",
                code = u32::from(other)
            ));
        }
    };
    let gzip_tiles = match byte(98) {
        0 | 1 => false,
        2 => true,
        other => {
            return Err(text!(
                "pmtiles-tile-compression-unknown",
                code = u32::from(other)
            ));
        }
    };
    match byte(99) {
        2..=4 => {}
        1 => return Err(text!("pmtiles-vector-tiles")),
        other => return Err(text!("pmtiles-tile-type-unknown", code = u32::from(other))),
    }
    let (min_zoom, max_zoom) = (byte(100), byte(101));
    if min_zoom > max_zoom || max_zoom > 30 {
        return Err(text!(
            "pmtiles-zoom-levels",
            min = u32::from(min_zoom),
            max = u32::from(max_zoom)
        ));
    }
    Ok(Header {
        root,
        leaves,
        data,
        gzip_directories,
        gzip_tiles,
        min_zoom,
        max_zoom,
    })
}

fn parse_directory(bytes: &[u8]) -> Result<Vec<Entry>, Text> {
    let mut reader = Varints { bytes, at: 0 };
    let count = reader.next()?;
    let too_many = || {
        text!(
            "pmtiles-too-many-entries",
            count = count.to_string(),
            max = MAX_DIRECTORY_ENTRIES.to_string()
        )
    };
    // Each entry takes at least four bytes: a count beyond that is a lie, not a reason to
    // allocate.
    if count > MAX_DIRECTORY_ENTRIES || count > bytes.len() as u64 / 4 + 1 {
        return Err(too_many());
    }
    let count = usize::try_from(count).map_err(|_| too_many())?;
    let mut entries = vec![
        Entry {
            tile_id: 0,
            offset: 0,
            length: 0,
            run_length: 0,
        };
        count
    ];
    let mut last_id = 0u64;
    for entry in &mut entries {
        last_id = last_id
            .checked_add(reader.next()?)
            .ok_or_else(|| text!("pmtiles-ids-overflow"))?;
        entry.tile_id = last_id;
    }
    for entry in &mut entries {
        entry.run_length = reader.next()?;
    }
    for entry in &mut entries {
        entry.length = reader.next()?;
        if entry.length == 0 {
            return Err(text!("pmtiles-empty-entry"));
        }
    }
    let mut previous: Option<(u64, u64)> = None;
    for entry in &mut entries {
        let value = reader.next()?;
        entry.offset = match (value, previous) {
            (0, Some((offset, length))) => offset
                .checked_add(length)
                .ok_or_else(|| text!("pmtiles-offsets-overflow"))?,
            (0, None) => return Err(text!("pmtiles-first-offset-missing")),
            (value, _) => value - 1,
        };
        previous = Some((entry.offset, entry.length));
    }
    Ok(entries)
}

/// The entry that holds `tile_id`: its run, or the leaf directory that covers it.
fn find(entries: &[Entry], tile_id: u64) -> Option<Entry> {
    let after = entries.partition_point(|e| e.tile_id <= tile_id);
    let entry = *entries.get(after.checked_sub(1)?)?;
    (entry.run_length == 0 || tile_id - entry.tile_id < entry.run_length).then_some(entry)
}

/// `(offset, length)` relative to `section`, as an absolute range that must lie inside it;
/// `what` (`tile` or `directory`) names it for the message.
fn within(
    section: (u64, u64),
    offset: u64,
    length: u64,
    what: &'static str,
) -> Result<(u64, u64), Text> {
    match offset.checked_add(length) {
        Some(end) if end <= section.1 => Ok((section.0 + offset, length)),
        _ => Err(text!("pmtiles-outside-section", what = what)),
    }
}

fn gunzip(bytes: &[u8], limit: u64) -> Result<Vec<u8>, Text> {
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(bytes)
        .take(limit + 1)
        .read_to_end(&mut out)
        .map_err(|err| text!("pmtiles-not-decompressed", error = err.to_string()))?;
    if out.len() as u64 > limit {
        return Err(text!(
            "pmtiles-decompresses-too-large",
            max = limit.to_string()
        ));
    }
    Ok(out)
}

struct Varints<'b> {
    bytes: &'b [u8],
    at: usize,
}

impl Varints<'_> {
    fn next(&mut self) -> Result<u64, Text> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = *self
                .bytes
                .get(self.at)
                .ok_or_else(|| text!("pmtiles-directory-short"))?;
            self.at += 1;
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(text!("pmtiles-number-too-long"))
    }
}

/// Decodes a tile with limits: at most [`MAX_TILE_SIDE`] pixels wide and high.
pub(crate) fn decode_tile(bytes: &[u8]) -> Result<egui::ColorImage, Text> {
    let undecodable = |error: String| text!("pmtiles-tile-undecodable", error = error);
    let mut reader = image::ImageReader::new(std::io::Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|err| undecodable(err.to_string()))?;
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(MAX_TILE_SIDE);
    limits.max_image_height = Some(MAX_TILE_SIDE);
    limits.max_alloc = Some(u64::from(MAX_TILE_SIDE) * u64::from(MAX_TILE_SIDE) * 8);
    reader.limits(limits);
    let image = reader
        .decode()
        .map_err(|err| undecodable(err.to_string()))?
        .into_rgba8();
    let size = [image.width() as usize, image.height() as usize];
    Ok(egui::ColorImage::from_rgba_unmultiplied(
        size,
        image.as_raw(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(root: (u64, u64), file_len: u64) -> [u8; 127] {
        let mut bytes = [0u8; 127];
        bytes[..7].copy_from_slice(b"PMTiles");
        bytes[7] = 3;
        bytes[8..16].copy_from_slice(&root.0.to_le_bytes());
        bytes[16..24].copy_from_slice(&root.1.to_le_bytes());
        for at in [40, 56] {
            bytes[at..at + 8].copy_from_slice(&127u64.to_le_bytes());
        }
        bytes[97] = 1;
        bytes[98] = 1;
        bytes[99] = 2;
        bytes[101] = 5;
        let _ = file_len;
        bytes
    }

    #[test]
    fn refuses_headers_that_point_outside_the_file() {
        assert!(parse_header(&header((127, 10), 200), 200).is_ok());
        let err = parse_header(&header((0, 10), 200), 200).unwrap_err();
        assert!(err.to_string().contains("outside the file"), "{err}");
        let err = parse_header(&header((127, u64::MAX), 200), 200).unwrap_err();
        assert!(
            err.to_string()
                .contains("127 + 18446744073709551615 bytes, outside the file"),
            "{err}"
        );
    }

    #[test]
    fn reasons_are_written_in_the_language_spoken() {
        use crate::i18n::Language;
        let mut bytes = header((127, 10), 200);
        bytes[97] = 9;
        let err = parse_header(&bytes, 200).unwrap_err();
        assert_eq!(
            err.to_string(),
            "it names an unknown directory compression (9)"
        );
        assert_eq!(
            err.in_language(Language::Hungarian),
            "a könyvtáraihoz ismeretlen tömörítési módot ad meg (9)"
        );
        let err = parse_header(&header((0, 10), 200), 200).unwrap_err();
        assert_eq!(
            err.in_language(Language::Hungarian),
            "a fejléce szerint a gyökérkönyvtár helye 0 + 10 bájt, ez azonban kívül esik a \
             fájlon (mérete: 200 bájt)"
        );
    }

    #[test]
    fn refuses_a_directory_that_claims_more_entries_than_it_has() {
        // 2^40 entries in a few bytes.
        let bytes = [0x80, 0x80, 0x80, 0x80, 0x80, 0x20, 0, 0, 0];
        let err = parse_directory(&bytes).unwrap_err();
        assert!(
            err.to_string().contains("claims 1099511627776 entries"),
            "{err}"
        );
    }

    #[test]
    fn finds_runs_and_leaves() {
        let entries = [
            Entry {
                tile_id: 0,
                offset: 0,
                length: 5,
                run_length: 1,
            },
            Entry {
                tile_id: 5,
                offset: 5,
                length: 5,
                run_length: 3,
            },
            Entry {
                tile_id: 20,
                offset: 0,
                length: 9,
                run_length: 0,
            },
        ];
        assert_eq!(find(&entries, 0).map(|e| e.tile_id), Some(0));
        assert!(find(&entries, 1).is_none());
        assert_eq!(find(&entries, 7).map(|e| e.tile_id), Some(5));
        assert!(find(&entries, 8).is_none());
        assert_eq!(find(&entries, 1000).map(|e| e.tile_id), Some(20));
    }
}
