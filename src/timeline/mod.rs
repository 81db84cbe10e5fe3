//! Timeline: a header (`header.rs`: play, speed, loop, the time in words, which can be typed,
//! previous/next) over the strip (`strip.rs`: phases, adaptive ticks, a density bar, lanes per
//! track, the events and the cursor). `TimelineView` keeps the visible span and the time being
//! typed; the shared time lives in `AppState`.

mod backdrop;
mod header;
mod layout;
mod scale;
mod strip;
mod ticks;

use egui::Ui;
use jiff::{SignedDuration, Timestamp};

use crate::command::Command;
use crate::state::AppState;
use crate::story::Story;

use layout::LayoutCache;
pub use layout::lay_out;
pub use scale::TimeScale;

/// Height of the band with day labels.
const DAY_BAND: f32 = 18.0;
/// Height of the band with phase names.
const PHASE_BAND: f32 = 15.0;
/// Height of the density bar.
const DENSITY_BAND: f32 = 6.0;
/// Width of the column with track names.
const TRACK_GUTTER: f32 = 118.0;
/// Space kept at both ends of the strip so that the first and last events stay clickable.
const MARGIN: f32 = 14.0;
/// The closest zoom: about an hour per 100 points.
const MIN_POINTS_PER_HOUR_SPAN: f32 = 100.0;

/// The timeline and its widget memory: the visible span and the time being typed.
#[derive(Default)]
pub(crate) struct TimelineView {
    /// Visible span; `None` shows the whole story.
    view: Option<(Timestamp, Timestamp)>,
    /// Text in the time field while the user types a time.
    typing: Option<String>,
    /// Why the typed time was refused.
    typing_error: Option<String>,
    /// The time at the last frame, to follow the cursor when it moves out of view.
    last_time: Option<Timestamp>,
    /// The events' layout, kept while the view stays the same.
    layouts: LayoutCache,
    /// Kiosk mode: no *Copy link* (there is nobody to paste it) and no hints for the mouse.
    kiosk: bool,
}

impl TimelineView {
    /// The visible span.
    pub(crate) fn visible(&self, story: &Story) -> (Timestamp, Timestamp) {
        self.view.unwrap_or((story.start, story.end))
    }

    /// Leaves *Copy link* and the mouse's hints out of the header (kiosk mode).
    pub(crate) fn for_kiosk(&mut self) {
        self.kiosk = true;
    }

    /// Shows the whole story again.
    pub(crate) fn reset_zoom(&mut self) {
        self.view = None;
    }

    /// Opens the field for typing a time.
    pub(crate) fn start_typing(&mut self, story: &Story, state: &AppState) {
        self.typing = Some(story.clock.format_input(state.time));
        self.typing_error = None;
    }

    /// Zooms by `factor` (< 1 zooms in) keeping the time at `anchor` where it is.
    pub(crate) fn zoom_around(
        &mut self,
        story: &Story,
        anchor: Timestamp,
        factor: f64,
        width: f32,
    ) {
        let (from, to) = self.visible(story);
        let span = to.duration_since(from).as_secs_f64();
        let min_span = 3600.0 * f64::from(width.max(100.0)) / f64::from(MIN_POINTS_PER_HOUR_SPAN);
        let full = story.end.duration_since(story.start).as_secs_f64();
        let new_span = (span * factor).clamp(min_span.min(full), full);
        let before = anchor.duration_since(from).as_secs_f64();
        let new_before = before * new_span / span.max(1.0);
        let start = offset(anchor, -new_before);
        self.set_view(story, start, offset(start, new_span));
    }

    /// Pans by `seconds` of story time.
    pub(crate) fn pan(&mut self, story: &Story, seconds: f64) {
        let (from, to) = self.visible(story);
        self.set_view(story, offset(from, seconds), offset(to, seconds));
    }

    /// Sets the visible span, kept inside the story; the whole story is `None`.
    fn set_view(&mut self, story: &Story, from: Timestamp, to: Timestamp) {
        let span = to.duration_since(from);
        let (from, to) = if from < story.start {
            (
                story.start,
                story.start.checked_add(span).unwrap_or(story.end),
            )
        } else if to > story.end {
            (
                story.end.checked_sub(span).unwrap_or(story.start),
                story.end,
            )
        } else {
            (from, to)
        };
        let (from, to) = (from.max(story.start), to.min(story.end));
        self.view = if from <= story.start && to >= story.end {
            None
        } else {
            Some((from, to))
        };
    }

    /// Shows the header and the strip and returns the user's commands.
    pub(crate) fn ui(&mut self, ui: &mut Ui, story: &Story, state: &AppState) -> Vec<Command> {
        let mut commands = Vec::new();
        self.follow(story, state);
        self.header_ui(ui, story, state, &mut commands);
        self.strip_ui(ui, story, state, &mut commands);
        commands
    }

    /// Keeps the cursor in view when time moves (playing, stepping) out of the visible span.
    fn follow(&mut self, story: &Story, state: &AppState) {
        let moved = self.last_time != Some(state.time);
        self.last_time = Some(state.time);
        let (from, to) = self.visible(story);
        if moved && (state.time < from || state.time > to) {
            let span = to.duration_since(from).as_secs_f64();
            let start = offset(state.time, -span * 0.2);
            self.set_view(story, start, offset(start, span));
        }
    }
}

/// The current time in words, as precisely as it is meant.
fn time_in_words(story: &Story, state: &AppState) -> String {
    story
        .clock
        .format_long_as(state.time, state.time_precision(story))
}

/// `at` moved by a (possibly fractional, possibly negative) number of seconds.
fn offset(at: Timestamp, seconds: f64) -> Timestamp {
    let span = SignedDuration::from_secs_f64(seconds.clamp(-1.0e10, 1.0e10));
    at.checked_add(span).unwrap_or(at)
}
