//! `ExportTask`: drives the app through the film's frames. For each frame it asks for the
//! frame's time, lets the app draw until nothing is loading (tiles, pictures) and the map is
//! still, captures the window and hands the picture to the film's writer; then the next.
//! Motion is switched off for the export (animation time 0: markers appear at once, the map
//! jumps to where it flies), so that a frame depends on its time alone.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Receiver;
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use egui::{ColorImage, ViewportCommand};

use super::progress::Progress;
use super::{ExportPlan, Film};
use crate::state::StateCommand;

/// Frames drawn at a frame's time before it is captured, so that layout has settled.
const SETTLE_FRAMES: u32 = 2;
/// A frame whose tiles or pictures are still loading after this long fails the export.
const GIVE_UP_AFTER: Duration = Duration::from_secs(60);

enum Phase {
    /// The next frame's time is to be set.
    Seek,
    /// Drawing at the frame's time until everything has loaded.
    Settling { frames: u32, since: Instant },
    /// Waiting for the window's picture.
    Capturing(Receiver<Arc<ColorImage>>),
    /// Every frame is handed over; the writer is finishing.
    Finishing,
    /// The outcome is known.
    Done,
}

/// How an export ended: the film's path, or why there is none.
pub type ExportOutcome = Arc<OnceLock<Result<PathBuf, super::ExportError>>>;

/// An export in progress inside the app.
pub(crate) struct ExportTask {
    plan: ExportPlan,
    film: Film,
    next: usize,
    phase: Phase,
    cancel: Arc<AtomicBool>,
    outcome: ExportOutcome,
    progress: Progress,
    started: bool,
}

impl ExportTask {
    /// A task that writes `plan` with `film`; `cancel` stops it (Ctrl+C, the window that
    /// started it); `outcome` tells the command line how it ended.
    pub(crate) fn new(
        plan: ExportPlan,
        film: Film,
        cancel: Arc<AtomicBool>,
        outcome: ExportOutcome,
        progress: Progress,
    ) -> Self {
        Self {
            plan,
            film,
            next: 0,
            phase: Phase::Seek,
            cancel,
            outcome,
            progress,
            started: false,
        }
    }

    /// Strips what the pointer and keys do from a frame's input: nobody steers the film, and a
    /// pointer resting over the window must not show a tooltip in it.
    pub(crate) fn filter_input(raw_input: &mut egui::RawInput) {
        raw_input.events.retain(|event| {
            !matches!(
                event,
                egui::Event::PointerMoved(_)
                    | egui::Event::MouseMoved(_)
                    | egui::Event::PointerButton { .. }
                    | egui::Event::PointerGone
                    | egui::Event::MouseWheel { .. }
                    | egui::Event::Key { .. }
                    | egui::Event::Text(_)
                    | egui::Event::Touch { .. }
                    | egui::Event::Zoom(_)
            )
        });
    }

    /// Call at the end of every frame; `ready` says nothing is loading and the map is still.
    /// Returns the time to show next, when it is time to move on.
    pub(crate) fn after_frame(&mut self, ctx: &egui::Context, ready: bool) -> Option<StateCommand> {
        if !self.started {
            self.started = true;
            crate::screenshot::hold_still(ctx);
        }
        ctx.request_repaint();
        if self.cancel.load(Ordering::Relaxed) && !matches!(self.phase, Phase::Done) {
            self.film.cancel();
            self.end(ctx, Err(super::ExportError::Cancelled));
            return None;
        }
        match &mut self.phase {
            Phase::Seek => {
                let Some(at) = self.plan.frame_time(self.next) else {
                    self.film.close();
                    self.phase = Phase::Finishing;
                    return None;
                };
                self.phase = Phase::Settling {
                    frames: 0,
                    since: Instant::now(),
                };
                return Some(StateCommand::Seek(at));
            }
            Phase::Settling { frames, since } => {
                *frames += 1;
                if *frames >= SETTLE_FRAMES && ready {
                    self.phase = Phase::Capturing(crate::screenshot::request_frame(ctx));
                } else if since.elapsed() > GIVE_UP_AFTER {
                    let k = self.next;
                    self.film.cancel();
                    let why = super::ExportError::Stalled {
                        frame: k,
                        seconds: GIVE_UP_AFTER.as_secs(),
                    };
                    self.end(ctx, Err(why));
                }
            }
            Phase::Capturing(rx) => {
                if let Ok(image) = rx.try_recv() {
                    self.next += 1;
                    if !self.film.push(image) {
                        // The writer stopped; its outcome says why.
                        self.film.close();
                        self.phase = Phase::Finishing;
                    } else if self.next >= self.plan.frame_count() {
                        self.film.close();
                        self.phase = Phase::Finishing;
                    } else {
                        self.phase = Phase::Seek;
                    }
                }
            }
            Phase::Finishing => {
                if let Some(outcome) = self.film.outcome() {
                    self.end(ctx, outcome);
                } else {
                    // The writer is still at it: look again soon without spinning.
                    std::thread::sleep(Duration::from_millis(5));
                }
            }
            Phase::Done => {}
        }
        None
    }

    fn end(&mut self, ctx: &egui::Context, outcome: Result<PathBuf, super::ExportError>) {
        self.progress.finish();
        self.outcome.set(outcome).ok();
        self.phase = Phase::Done;
        ctx.send_viewport_cmd(ViewportCommand::Close);
    }
}
