//! Pictures of a story: read from the asset folder the careful way (see [`crate::files`]) and
//! decoded with limits on their size and on the memory decoding may take, then scaled down to
//! what a screen can show. The loader reads only their headers; the app and `check` decode
//! them through here.

use std::borrow::Cow;
use std::path::Path;

use super::AssetRoot;
use super::limits::MAX_PICTURE_BYTES;
use crate::files;

/// Pictures wider or higher than this are refused (they could not be shown anyway, and a small
/// file that claims a huge size is a decompression bomb).
pub const MAX_PICTURE_SIDE: u32 = 8192;

/// Decoding a picture may allocate at most this much: an 8192 × 8192 picture with 8-bit
/// colour and transparency fits, one with 16-bit colour does not.
const MAX_PICTURE_ALLOC: u64 = 256 * 1024 * 1024;

/// The bytes of a story's picture: built in, or a regular file of at most
/// [`MAX_PICTURE_BYTES`] inside the asset folder. Every failure is a sentence after the
/// picture's name ("cannot be read: …", "leads outside its folder …").
pub fn read_picture(root: &AssetRoot, file: &str) -> Result<Cow<'static, [u8]>, String> {
    match root {
        AssetRoot::Embedded => crate::assets::embedded_asset(file)
            .map(Cow::Borrowed)
            .ok_or_else(|| "is not among the built-in pictures".to_owned()),
        AssetRoot::Folder(folder) => files::read_inside(folder, file, MAX_PICTURE_BYTES)
            .map(Cow::Owned)
            .map_err(|err| err.to_string()),
    }
}

/// Decodes a picture with limits on its size and on the memory decoding may take; every
/// failure is a sentence ("is not a picture this app can show: …").
pub fn decode_picture(bytes: &[u8]) -> Result<image::DynamicImage, String> {
    let mut reader = image::ImageReader::new(std::io::Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|err| format!("cannot be read: {err}"))?;
    if reader.format().is_none() {
        return Err("is not a PNG, JPEG or WebP picture".to_owned());
    }
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(MAX_PICTURE_SIDE);
    limits.max_image_height = Some(MAX_PICTURE_SIDE);
    limits.max_alloc = Some(MAX_PICTURE_ALLOC);
    reader.limits(limits);
    reader
        .decode()
        .map_err(|err| format!("is not a picture this app can show: {err}"))
}

/// Decodes a picture (see [`decode_picture`]) and scales it down to fit within `max_side` ×
/// `max_side`, keeping its proportions. The full-size picture is dropped as soon as the small
/// one is made, and the scaling makes no full-size copy.
pub fn decode_picture_scaled(bytes: &[u8], max_side: u32) -> Result<image::RgbaImage, String> {
    let image = decode_picture(bytes)?;
    if image.width() <= max_side && image.height() <= max_side {
        return Ok(image.into_rgba8());
    }
    Ok(image.thumbnail(max_side, max_side).into_rgba8())
}

/// Reads a picture's header only: its format and size, without decoding it.
pub(super) fn check_picture(path: &Path) -> Result<(), String> {
    let file = files::open_regular(path).map_err(|err| err.to_string())?;
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    if size > MAX_PICTURE_BYTES {
        return Err(format!(
            "is {size} bytes; pictures may be at most {MAX_PICTURE_BYTES} bytes"
        ));
    }
    let reader = image::ImageReader::new(std::io::BufReader::new(file))
        .with_guessed_format()
        .map_err(|err| format!("cannot be read: {err}"))?;
    if reader.format().is_none() {
        return Err("is not a PNG, JPEG or WebP picture".to_owned());
    }
    let (width, height) = reader
        .into_dimensions()
        .map_err(|err| format!("is not a picture this app can show: {err}"))?;
    if width > MAX_PICTURE_SIDE || height > MAX_PICTURE_SIDE {
        return Err(format!(
            "is {width}×{height} pixels; pictures may be at most {MAX_PICTURE_SIDE} pixels wide and high"
        ));
    }
    Ok(())
}
