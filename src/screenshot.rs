//! `--screenshot`: wait for the first complete frame, capture it, save it as PNG, close.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, channel};
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

/// One pending screenshot.
pub struct ScreenshotTask {
    path: PathBuf,
    frames: u32,
    since: Instant,
    phase: Phase,
}

impl ScreenshotTask {
    /// A task that saves to `path`.
    pub fn new(path: PathBuf) -> Self {
        Self {
            path,
            frames: 0,
            since: Instant::now(),
            phase: Phase::Settling,
        }
    }

    /// Call at the end of every frame; `ready` says nothing is still loading.
    pub fn after_frame(&mut self, ctx: &egui::Context, ready: bool) {
        self.frames = self.frames.saturating_add(1);
        match &self.phase {
            Phase::Settling => {
                if self.frames >= SETTLE_FRAMES && (ready || self.since.elapsed() > GIVE_UP_AFTER) {
                    let (tx, rx) = channel();
                    let repaint = ctx.clone();
                    ctx.request_screenshot(move |image| {
                        tx.send(image).ok();
                        repaint.request_repaint();
                    });
                    self.phase = Phase::Capturing(rx);
                }
                ctx.request_repaint();
            }
            Phase::Capturing(rx) => {
                if let Ok(image) = rx.try_recv() {
                    match save_png(&self.path, &image) {
                        Ok(()) => log::info!("saved screenshot {}", self.path.display()),
                        Err(err) => log::error!("{err}"),
                    }
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
    buffer
        .save_with_format(path, image::ImageFormat::Png)
        .map_err(|err| format!("cannot save {}: {err}", path.display()))
}
