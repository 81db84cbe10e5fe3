//! The film being written: one writer per format behind [`FilmWriter`], fed on a thread of its
//! own ([`Film`]) so that the app draws the next frame while the last one is encoded. A writer
//! dropped before it finished removes everything it wrote.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, SyncSender, TryRecvError, channel, sync_channel};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use egui::ColorImage;
use image::RgbaImage;

use super::{ExportError, ExportPlan, FilmFormat, WriteReason};

/// Frames waiting for the writer at most (each 2 MB at 960×540): the app waits beyond that.
const QUEUE: usize = 3;

/// Writes a film frame by frame.
pub trait FilmWriter: Send {
    /// Adds the next frame (RGBA, the film's size).
    fn add(&mut self, frame: &RgbaImage) -> Result<(), ExportError>;
    /// Finishes the film and puts it in place under its name; returns where it is.
    fn finish(self: Box<Self>) -> Result<PathBuf, ExportError>;
}

/// The writer for a plan's format; its temporary file or folder is made now, so that an
/// unwritable place (or a missing ffmpeg) is reported before any frame is drawn.
pub(crate) fn open_writer(plan: &ExportPlan) -> Result<Box<dyn FilmWriter>, ExportError> {
    Ok(match plan.format {
        FilmFormat::Gif => Box::new(super::gif::GifWriter::create(plan)?),
        FilmFormat::Mp4 => Box::new(super::mp4::Mp4Writer::create(plan)?),
        FilmFormat::PngFrames => Box::new(super::png_frames::PngFrames::create(plan)?),
    })
}

/// Called on the writer's thread after each frame written, with the number written so far.
pub type OnFrame = Box<dyn Fn(usize) + Send>;

/// A film being written on a thread of its own.
pub struct Film {
    frames: Option<SyncSender<Arc<ColorImage>>>,
    written: Arc<AtomicUsize>,
    cancelled: Arc<AtomicBool>,
    outcome: Receiver<Result<PathBuf, ExportError>>,
    /// The outcome once it has been received.
    received: Mutex<Option<Result<PathBuf, ExportError>>>,
    thread: Option<JoinHandle<()>>,
}

impl Film {
    /// Starts writing `count` frames of `size` pixels with `writer`; frames of another size
    /// (a high-density screen, a window the system made smaller) are scaled to it.
    pub fn start(
        writer: Box<dyn FilmWriter>,
        count: usize,
        size: (u32, u32),
        on_frame: OnFrame,
    ) -> Self {
        let (frames_tx, frames_rx) = sync_channel::<Arc<ColorImage>>(QUEUE);
        let (outcome_tx, outcome_rx) = channel();
        let written = Arc::new(AtomicUsize::new(0));
        let cancelled = Arc::new(AtomicBool::new(false));
        let thread = {
            let written = Arc::clone(&written);
            let cancelled = Arc::clone(&cancelled);
            std::thread::Builder::new()
                .name("film writer".to_owned())
                .spawn(move || {
                    let outcome = write_all(
                        writer,
                        &frames_rx,
                        (count, size),
                        &written,
                        &cancelled,
                        on_frame,
                    );
                    outcome_tx.send(outcome).ok();
                })
                .ok()
        };
        Self {
            frames: Some(frames_tx),
            written,
            cancelled,
            outcome: outcome_rx,
            received: Mutex::new(None),
            thread,
        }
    }

    /// Hands over the next frame; waits while the writer is [`QUEUE`] frames behind. False if
    /// the writer has stopped (its reason comes from [`Film::outcome`]).
    pub fn push(&self, frame: Arc<ColorImage>) -> bool {
        self.frames
            .as_ref()
            .is_some_and(|frames| frames.send(frame).is_ok())
    }

    /// Frames written so far.
    pub fn written(&self) -> usize {
        self.written.load(Ordering::Relaxed)
    }

    /// No more frames: the writer finishes once it has written those handed over.
    pub fn close(&mut self) {
        self.frames = None;
    }

    /// How the film ended: where it is, or why it failed; `None` while it is being written.
    pub fn outcome(&self) -> Option<Result<PathBuf, ExportError>> {
        let Ok(mut received) = self.received.lock() else {
            return Some(Err(ExportError::Ffmpeg(
                "the film writer failed".to_owned(),
            )));
        };
        if received.is_none() {
            *received = match self.outcome.try_recv() {
                Ok(outcome) => Some(outcome),
                Err(TryRecvError::Empty) => None,
                Err(TryRecvError::Disconnected) => Some(Err(ExportError::Write {
                    path: PathBuf::new(),
                    reason: WriteReason::Other("the film writer stopped".to_owned()),
                })),
            };
        }
        received.clone()
    }

    /// Stops writing and removes what was written; waits until it is gone.
    pub fn cancel(&mut self) {
        self.cancelled.store(true, Ordering::Relaxed);
        self.frames = None;
        if let Some(thread) = self.thread.take() {
            thread.join().ok();
        }
    }
}

impl Drop for Film {
    fn drop(&mut self) {
        // An unfinished film is removed, never left half-written.
        if self.outcome().is_none() {
            self.cancel();
        }
    }
}

/// The writer's thread: every frame, then the finished film (or, if frames are missing or the
/// export was cancelled, nothing: the writer is dropped, which removes what it wrote).
fn write_all(
    mut writer: Box<dyn FilmWriter>,
    frames: &Receiver<Arc<ColorImage>>,
    (count, size): (usize, (u32, u32)),
    written: &AtomicUsize,
    cancelled: &AtomicBool,
    on_frame: OnFrame,
) -> Result<PathBuf, ExportError> {
    let mut done = 0;
    for frame in frames {
        if cancelled.load(Ordering::Relaxed) {
            return Err(ExportError::Cancelled);
        }
        writer.add(&to_rgba(&frame, size))?;
        done += 1;
        written.store(done, Ordering::Relaxed);
        on_frame(done);
    }
    if cancelled.load(Ordering::Relaxed) || done != count {
        return Err(ExportError::Cancelled);
    }
    writer.finish()
}

/// A captured frame as opaque RGBA of the film's size.
pub(crate) fn to_rgba(image: &ColorImage, (width, height): (u32, u32)) -> RgbaImage {
    let [w, h] = image.size;
    let bytes: Vec<u8> = image
        .pixels
        .iter()
        .flat_map(|c| {
            let [r, g, b, _] = c.to_srgba_unmultiplied();
            [r, g, b, 255]
        })
        .collect();
    let (w, h) = (u32::try_from(w).unwrap_or(0), u32::try_from(h).unwrap_or(0));
    let rgba = RgbaImage::from_raw(w, h, bytes).unwrap_or_else(|| RgbaImage::new(w, h));
    if (w, h) == (width, height) {
        rgba
    } else {
        image::imageops::resize(&rgba, width, height, image::imageops::FilterType::Triangle)
    }
}
