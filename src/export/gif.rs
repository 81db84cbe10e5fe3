//! GIF films, built in (the pure-Rust `gif` crate): looping, each frame only the rectangle
//! that changed, with the pixels inside it that did not change left transparent (long runs
//! that compress to almost nothing), in a palette of its own.

use std::collections::{HashMap, HashSet};
use std::io::{BufWriter, Write};
use std::path::PathBuf;

use gif::{DisposalMethod, Encoder, Frame, Repeat};
use image::RgbaImage;
use tempfile::NamedTempFile;

use super::{ExportError, ExportPlan, FilmWriter, WriteReason};

/// NeuQuant's sampling factor (1 = best, 30 = fastest); 10 is the `gif` crate's advice.
const QUANTIZE_SPEED: i32 = 20;
/// The palette index that means "as in the frame before".
const TRANSPARENT: u8 = 255;

/// Encodes RGBA frames of one size into a looping GIF written to `W`.
pub struct GifEncoder<W: Write> {
    encoder: Encoder<W>,
    width: u16,
    height: u16,
    fps: u32,
    frames: u64,
    previous: Option<Vec<u8>>,
}

impl<W: Write> GifEncoder<W> {
    /// A looping GIF of `width`×`height` pixels at `fps` frames per second.
    pub fn new(out: W, (width, height): (u32, u32), fps: u32) -> Result<Self, String> {
        let too_large = || format!("{width}×{height} is larger than a GIF can be (65535)");
        let width = u16::try_from(width).map_err(|_| too_large())?;
        let height = u16::try_from(height).map_err(|_| too_large())?;
        let mut encoder = Encoder::new(out, width, height, &[]).map_err(|e| e.to_string())?;
        encoder
            .set_repeat(Repeat::Infinite)
            .map_err(|e| e.to_string())?;
        Ok(Self {
            encoder,
            width,
            height,
            fps: fps.max(1),
            frames: 0,
            previous: None,
        })
    }

    /// Adds a frame (RGBA, `width`×`height`, opaque): only the rectangle that differs from the
    /// frame before is written.
    pub fn add(&mut self, rgba: &[u8]) -> Result<(), String> {
        let (width, height) = (usize::from(self.width), usize::from(self.height));
        if rgba.len() != width * height * 4 {
            return Err(format!("a frame is not {width}×{height}"));
        }
        let changed = match &self.previous {
            Some(previous) => changed_rect(previous, rgba, width),
            None => Some((0, 0, width, height)),
        };
        // An unchanged frame is one transparent pixel that holds the time.
        let (left, top, w, h) = changed.unwrap_or((0, 0, 1, 1));
        let mut pixels = Vec::with_capacity(w * h * 4);
        let mut keep = Vec::with_capacity(w * h);
        for y in top..top + h {
            let row = (y * width + left) * 4..(y * width + left + w) * 4;
            let now = rgba.get(row.clone()).unwrap_or_default();
            let before = match (&self.previous, changed) {
                (Some(previous), Some(_)) => previous.get(row).unwrap_or_default(),
                // The first frame changes everywhere; an unchanged one nowhere.
                (None, _) => &[],
                (Some(_), None) => now,
            };
            for (x, pixel) in now.chunks_exact(4).enumerate() {
                let same = before.get(x * 4..x * 4 + 4) == Some(pixel);
                keep.push(same);
                pixels.extend_from_slice(pixel);
            }
        }
        let (palette, indices) = quantize(&pixels, &keep);
        let mut frame = Frame {
            width: u16::try_from(w).unwrap_or(1),
            height: u16::try_from(h).unwrap_or(1),
            left: u16::try_from(left).unwrap_or(0),
            top: u16::try_from(top).unwrap_or(0),
            delay: self.next_delay(),
            dispose: DisposalMethod::Keep,
            palette: Some(palette),
            buffer: std::borrow::Cow::Owned(indices),
            ..Frame::default()
        };
        if self.previous.is_some() {
            frame.transparent = Some(TRANSPARENT);
        }
        self.encoder
            .write_frame(&frame)
            .map_err(|err| err.to_string())?;
        self.previous = Some(rgba.to_vec());
        Ok(())
    }

    /// The delay of the next frame in hundredths of a second, so that frame k starts at
    /// k·100/fps rounded (a rate that does not divide 100 stays exact over the film).
    fn next_delay(&mut self) -> u16 {
        let k = self.frames;
        self.frames += 1;
        let fps = u64::from(self.fps);
        let start = (k * 100 + fps / 2) / fps;
        let end = ((k + 1) * 100 + fps / 2) / fps;
        u16::try_from(end - start).unwrap_or(u16::MAX).max(2)
    }

    /// Ends the GIF and returns what it was written to.
    pub fn finish(self) -> Result<W, String> {
        self.encoder.into_inner().map_err(|err| err.to_string())
    }
}

/// The smallest rectangle (left, top, width, height) outside which `a` and `b` are the same;
/// `None` if they are the same everywhere.
fn changed_rect(a: &[u8], b: &[u8], width: usize) -> Option<(usize, usize, usize, usize)> {
    let row_bytes = width * 4;
    let rows = a.chunks_exact(row_bytes).zip(b.chunks_exact(row_bytes));
    let (mut left, mut right, mut top, mut bottom) = (usize::MAX, 0, usize::MAX, 0);
    for (y, (row_a, row_b)) in rows.enumerate() {
        if row_a == row_b {
            continue;
        }
        let pixels = || row_a.chunks_exact(4).zip(row_b.chunks_exact(4));
        let first = pixels().position(|(p, q)| p != q).unwrap_or(0);
        let last = width - 1 - pixels().rev().position(|(p, q)| p != q).unwrap_or(0);
        left = left.min(first);
        right = right.max(last);
        top = top.min(y);
        bottom = y;
    }
    (top != usize::MAX).then(|| (left, top, right - left + 1, bottom - top + 1))
}

/// A palette (at most 255 colours, RGB) and an index per pixel; pixels marked in `keep` get
/// [`TRANSPARENT`]. Exact when the changed pixels have at most 255 colours (the interface
/// mostly), NeuQuant otherwise; each colour is looked up once.
fn quantize(rgba: &[u8], keep: &[bool]) -> (Vec<u8>, Vec<u8>) {
    let key = |p: &[u8]| match p {
        [r, g, b, ..] => u32::from_le_bytes([*r, *g, *b, 0]),
        _ => 0,
    };
    let changed = || {
        rgba.chunks_exact(4)
            .zip(keep)
            .filter(|(_, keep)| !**keep)
            .map(|(p, _)| p)
    };
    // Interface pictures are runs of one colour: the pixel before answers most look-ups.
    let mut colours: Vec<u32> = Vec::new();
    let mut seen: HashSet<u32> = HashSet::new();
    let mut too_many = false;
    let mut last = None;
    for pixel in changed() {
        let k = key(pixel);
        if last == Some(k) {
            continue;
        }
        last = Some(k);
        if seen.insert(k) {
            if colours.len() == usize::from(TRANSPARENT) {
                too_many = true;
                break;
            }
            colours.push(k);
        }
    }
    let mut lookup: HashMap<u32, u8>;
    let mut palette: Vec<u8>;
    let mut learned = None;
    if too_many {
        // More than 255 colours: NeuQuant learns a palette from the changed pixels.
        let quant = if keep.iter().any(|&k| k) {
            let sample: Vec<u8> = changed().flatten().copied().collect();
            color_quant::NeuQuant::new(QUANTIZE_SPEED, usize::from(TRANSPARENT), &sample)
        } else {
            color_quant::NeuQuant::new(QUANTIZE_SPEED, usize::from(TRANSPARENT), rgba)
        };
        palette = quant.color_map_rgb();
        lookup = HashMap::new();
        learned = Some(quant);
    } else {
        colours.sort_unstable();
        palette = colours
            .iter()
            .flat_map(|c| {
                let [r, g, b, _] = c.to_le_bytes();
                [r, g, b]
            })
            .collect();
        lookup = colours
            .iter()
            .zip(0u8..)
            .map(|(&c, index)| (c, index))
            .collect();
    }
    // 256 entries, the last one transparent.
    palette.resize(256 * 3, 0);
    let mut last = None;
    let indices = rgba
        .chunks_exact(4)
        .zip(keep)
        .map(|(pixel, &keep)| {
            if keep {
                return TRANSPARENT;
            }
            let k = key(pixel);
            if let Some((last_key, index)) = last
                && last_key == k
            {
                return index;
            }
            let index = *lookup.entry(k).or_insert_with(|| match &learned {
                Some(quant) => u8::try_from(quant.index_of(pixel)).unwrap_or(0),
                None => 0,
            });
            last = Some((k, index));
            index
        })
        .collect();
    (palette, indices)
}

/// A GIF film written to a temporary file beside its name, renamed at the end.
pub(crate) struct GifWriter {
    encoder: GifEncoder<BufWriter<NamedTempFile>>,
    out: PathBuf,
}

impl GifWriter {
    /// Starts the GIF of `plan` (its temporary file is made now).
    pub(crate) fn create(plan: &ExportPlan) -> Result<Self, ExportError> {
        let file = temporary_beside(&plan.out)?;
        let encoder = GifEncoder::new(BufWriter::new(file), plan.size, plan.fps)
            .map_err(|reason| write_error(plan, reason))?;
        Ok(Self {
            encoder,
            out: plan.out.clone(),
        })
    }
}

impl FilmWriter for GifWriter {
    fn add(&mut self, frame: &RgbaImage) -> Result<(), ExportError> {
        let out = &self.out;
        self.encoder
            .add(frame.as_raw())
            .map_err(|reason| ExportError::Write {
                path: out.clone(),
                reason: WriteReason::from_text(reason),
            })
    }

    fn finish(self: Box<Self>) -> Result<PathBuf, ExportError> {
        let Self { encoder, out } = *self;
        let buffered = encoder.finish().map_err(|reason| ExportError::Write {
            path: out.clone(),
            reason: WriteReason::from_text(reason),
        })?;
        let file = buffered
            .into_inner()
            .map_err(|err| ExportError::write(&out, err.error()))?;
        file.as_file()
            .sync_all()
            .map_err(|err| ExportError::write(&out, &err))?;
        file.persist(&out)
            .map_err(|err| ExportError::write(&out, &err.error))?;
        Ok(out)
    }
}

/// A new temporary file in the folder of `out` (so that the final rename stays on one disk),
/// named after it; removed when dropped.
pub(crate) fn temporary_beside(out: &std::path::Path) -> Result<NamedTempFile, ExportError> {
    let folder = match out.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let prefix = format!(".{name}.");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".partial");
    // A film is an ordinary file (the user's umask decides), not a private temporary one.
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    builder
        .tempfile_in(&folder)
        .map_err(|err| ExportError::write(out, &err))
}

fn write_error(plan: &ExportPlan, reason: String) -> ExportError {
    ExportError::Write {
        path: plan.out.clone(),
        reason: WriteReason::from_text(reason),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_changed_rectangle_is_the_smallest_that_holds_every_change() {
        let width = 4;
        let a = vec![0u8; 4 * 3 * 4];
        let mut b = a.clone();
        assert_eq!(changed_rect(&a, &b, width), None);
        // Pixels (1, 0) and (2, 2) change.
        b[4] = 9;
        b[(2 * width + 2) * 4 + 2] = 9;
        assert_eq!(changed_rect(&a, &b, width), Some((1, 0, 2, 3)));
    }

    #[test]
    fn a_few_colours_make_an_exact_palette_and_kept_pixels_are_transparent() {
        let rgba = [1, 2, 3, 255, 4, 5, 6, 255, 1, 2, 3, 255];
        let (palette, indices) = quantize(&rgba, &[false, false, true]);
        assert_eq!(&palette[..6], &[1, 2, 3, 4, 5, 6]);
        assert_eq!(indices, vec![0, 1, TRANSPARENT]);
    }

    #[test]
    fn delays_add_up_to_the_rate() {
        let mut encoder = GifEncoder::new(Vec::new(), (2, 2), 3).unwrap();
        let delays: Vec<u16> = (0..6).map(|_| encoder.next_delay()).collect();
        assert_eq!(delays.iter().map(|&d| u32::from(d)).sum::<u32>(), 200);
    }

    #[test]
    fn a_full_disk_is_reported_in_words() {
        struct Full;
        impl Write for Full {
            fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
                Err(std::io::Error::from(std::io::ErrorKind::StorageFull))
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let failed = GifEncoder::new(Full, (2, 2), 10).map(|_| ());
        let reason = failed.err().map(WriteReason::from_text);
        assert_eq!(
            reason,
            Some(WriteReason::DiskFull),
            "writing to a full disk must fail"
        );
    }
}
