//! Pictures of a story: decoded with limits on their size and on the memory decoding may
//! take. The loader reads only their headers; the app and `check` decode them through here.

use std::path::Path;

/// Pictures wider or higher than this are refused (they could not be shown anyway, and a small
/// file that claims a huge size is a decompression bomb).
pub const MAX_PICTURE_SIDE: u32 = 8192;

/// Decoding a picture may allocate at most this much.
const MAX_PICTURE_ALLOC: u64 = 256 * 1024 * 1024;

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

/// Reads a picture's header only: its format and size, without decoding it.
pub(super) fn check_picture(path: &Path) -> Result<(), String> {
    let reader = image::ImageReader::open(path)
        .and_then(image::ImageReader::with_guessed_format)
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
