//! `--screenshot`: wait for the first complete frame, capture it, save it as PNG, close; the
//! command line learns whether it was saved.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, channel};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use egui::{ColorImage, ViewportCommand};

/// Frames to let pass before a capture, so that fonts and layout have settled.
const SETTLE_FRAMES: u32 = 3;
/// Capture anyway after this long, even if pictures are still loading.
const GIVE_UP_AFTER: Duration = Duration::from_secs(20);

enum Phase {
    Settling,
    Capturing(Receiver<Arc<ColorImage>>),
    Done,
}

/// A screenshot asked for on the command line: where to save it, and how that went (shared
/// with the command line, which exits non-zero unless it was saved).
#[derive(Debug, Clone)]
pub struct ScreenshotRequest {
    /// The PNG file to write.
    pub path: PathBuf,
    outcome: Arc<OnceLock<Result<(), String>>>,
}

impl ScreenshotRequest {
    /// A screenshot to be saved at `path`.
    pub fn new(path: PathBuf) -> Self {
        Self {
            path,
            outcome: Arc::default(),
        }
    }

    /// Whether it was saved, and if not, why; `None` while no frame was captured.
    pub fn outcome(&self) -> Option<Result<(), String>> {
        self.outcome.get().cloned()
    }
}

/// One pending screenshot.
pub(crate) struct ScreenshotTask {
    request: ScreenshotRequest,
    frames: u32,
    since: Instant,
    phase: Phase,
}

impl ScreenshotTask {
    /// A task that carries out `request`.
    pub(crate) fn new(request: ScreenshotRequest) -> Self {
        Self {
            request,
            frames: 0,
            since: Instant::now(),
            phase: Phase::Settling,
        }
    }

    /// Call at the end of every frame; `ready` says nothing is still loading.
    pub(crate) fn after_frame(&mut self, ctx: &egui::Context, ready: bool) {
        if self.frames == 0 {
            hold_still(ctx);
        }
        self.frames = self.frames.saturating_add(1);
        match &self.phase {
            Phase::Settling => {
                if self.frames >= SETTLE_FRAMES && (ready || self.since.elapsed() > GIVE_UP_AFTER) {
                    self.phase = Phase::Capturing(request_frame(ctx));
                }
                ctx.request_repaint();
            }
            Phase::Capturing(rx) => {
                if let Ok(image) = rx.try_recv() {
                    let path = &self.request.path;
                    let saved = save_png(path, &image);
                    if saved.is_ok() {
                        log::info!("saved screenshot {}", path.display());
                    }
                    self.request.outcome.set(saved).ok();
                    self.phase = Phase::Done;
                    ctx.send_viewport_cmd(ViewportCommand::Close);
                } else {
                    ctx.request_repaint_after(Duration::from_millis(16));
                }
            }
            Phase::Done => {}
        }
    }
}

fn save_png(path: &std::path::Path, image: &ColorImage) -> Result<(), String> {
    let [w, h] = image.size;
    let bytes: Vec<u8> = image
        .pixels
        .iter()
        .flat_map(|c| c.to_srgba_unmultiplied())
        .collect();
    let buffer = image::RgbaImage::from_raw(w as u32, h as u32, bytes)
        .ok_or_else(|| "the captured frame has an unexpected size".to_owned())?;
    let cannot = |reason: String| format!("cannot save {}: {reason}", path.display());
    // A regular file only: a FIFO there would block the exit until something read it.
    let file = crate::files::create_regular(path).map_err(|err| cannot(format!("it {err}")))?;
    let mut writer = std::io::BufWriter::new(file);
    buffer
        .write_to(&mut writer, image::ImageFormat::Png)
        .map_err(|err| cannot(err.to_string()))?;
    std::io::Write::flush(&mut writer).map_err(|err| cannot(err.to_string()))
}

/// Turns motion off for the pictures to come: each shows the settled view, whatever the
/// machine's speed, with no window still fading in and no marker or flight on its way (so an
/// export's frames and a screenshot of the same view are the same picture).
pub(crate) fn hold_still(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| style.animation_time = 0.0);
}

/// Asks egui for a picture of the next frame; it arrives on the returned channel (and wakes
/// the app to take it).
pub(crate) fn request_frame(ctx: &egui::Context) -> Receiver<Arc<ColorImage>> {
    let (tx, rx) = channel();
    let repaint = ctx.clone();
    ctx.request_screenshot(move |image| {
        tx.send(image).ok();
        repaint.request_repaint();
    });
    rx
}
