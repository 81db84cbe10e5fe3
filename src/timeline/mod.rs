//! Timeline: a header (play, speed, loop, the time in words, which can be typed, previous/next)
//! and the strip: phases, adaptive ticks, a density bar, one lane group per track (click a
//! track's name to hide it), every shown event at its time, the cursor. Drag to scrub; wheel
//! or pinch to zoom around the pointer; right- or middle-drag (or Shift+wheel) to pan;
//! double-click to see the whole story again.

mod backdrop;
mod event_glyphs;
mod glyphs;
mod layout;
mod scale;
mod ticks;
mod time_words;

use egui::{Align2, Color32, FontId, Pos2, Rect, Sense, Shape, Stroke, Ui, WidgetInfo};
use jiff::{SignedDuration, Timestamp};

use crate::state::{AppState, Command, Selection, Speed};
use crate::story::{EventIx, Story};
use crate::tooltip::hint;

use backdrop::Backdrop;
use event_glyphs::EventGlyphs;
pub use layout::{Cluster, Layout, LayoutCache, lay_out};
pub use scale::TimeScale;
pub use ticks::{Tick, step_minutes, ticks};
use time_words::TimeWords;

/// Accessible label of the strip itself.
pub const STRIP_LABEL: &str = "Timeline";
/// Accessible label (and text) of the button that shows the whole story again.
pub const WHOLE_STORY_LABEL: &str = "Whole story";
/// Accessible label of the play button.
pub const PLAY_LABEL: &str = "Play";
/// Accessible label of the pause button.
pub const PAUSE_LABEL: &str = "Pause";
/// Accessible label of the field for typing a time.
pub const TIME_FIELD_LABEL: &str = "Go to time";
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

const EVENT: Color32 = Color32::from_rgb(0x55, 0x5F, 0x6B);
const EVENT_PAST: Color32 = Color32::from_rgb(0x7A, 0x2E, 0x24);
const HIGHLIGHT: Color32 = Color32::from_rgb(0xF2, 0xB1, 0x1B);
const CURSOR: Color32 = Color32::from_rgb(0xE2, 0x3D, 0x28);
/// Background tints of successive phases.
const PHASE_TINTS: [Color32; 4] = [
    Color32::from_rgba_premultiplied(0x12, 0x08, 0x04, 0x14),
    Color32::from_rgba_premultiplied(0x04, 0x10, 0x08, 0x14),
    Color32::from_rgba_premultiplied(0x16, 0x02, 0x02, 0x18),
    Color32::from_rgba_premultiplied(0x06, 0x06, 0x12, 0x14),
];

/// The timeline and its widget memory: the visible span and the time being typed.
#[derive(Default)]
pub struct TimelineView {
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
    /// Phases, ticks and the density bar, kept while the view stays the same.
    backdrop: Backdrop,
    /// The time in words, drawn from kept pieces.
    time_words: TimeWords,
    /// The events' glyphs, kept while nothing they show changes.
    event_glyphs: EventGlyphs,
}

impl TimelineView {
    /// The visible span.
    pub fn visible(&self, story: &Story) -> (Timestamp, Timestamp) {
        self.view.unwrap_or((story.start, story.end))
    }

    /// Shows the whole story again.
    pub fn reset_zoom(&mut self) {
        self.view = None;
    }

    /// Opens the field for typing a time.
    pub fn start_typing(&mut self, story: &Story, state: &AppState) {
        self.typing = Some(story.clock.format_input(state.time));
        self.typing_error = None;
    }

    /// Zooms by `factor` (< 1 zooms in) keeping the time at `anchor` where it is.
    pub fn zoom_around(&mut self, story: &Story, anchor: Timestamp, factor: f64, width: f32) {
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
    pub fn pan(&mut self, story: &Story, seconds: f64) {
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
    pub fn ui(&mut self, ui: &mut Ui, story: &Story, state: &AppState) -> Vec<Command> {
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

    fn header_ui(
        &mut self,
        ui: &mut Ui,
        story: &Story,
        state: &AppState,
        commands: &mut Vec<Command>,
    ) {
        ui.horizontal(|ui| {
            let (label, play_hint) = if state.playback.playing {
                (format!("‖ {PAUSE_LABEL}"), "Pause (Space)")
            } else {
                (format!("▶ {PLAY_LABEL}"), "Play (Space)")
            };
            if hint(ui.button(label), play_hint).clicked() {
                commands.push(Command::TogglePlay);
            }
            let speeds = egui::ComboBox::from_label("Speed")
                .selected_text(state.playback.speed.label())
                .width(90.0)
                .show_ui(ui, |ui| {
                    for speed in Speed::ALL {
                        if ui
                            .selectable_label(state.playback.speed == speed, speed.label())
                            .clicked()
                        {
                            commands.push(Command::SetSpeed(speed));
                        }
                    }
                });
            hint(speeds.response, "Playback speed");
            let mut looping = state.playback.looping;
            if ui.checkbox(&mut looping, "Loop").changed() {
                commands.push(Command::SetLooping(looping));
            }
            ui.separator();
            if hint(ui.button("◀"), "Previous event (←)").clicked() {
                commands.push(Command::PreviousEvent);
            }
            self.time_ui(ui, story, state, commands);
            if hint(ui.button("▶"), "Next event (→)").clicked() {
                commands.push(Command::NextEvent);
            }
            ui.weak("Budapest time");
            ui.separator();
            let whole = ui.add_enabled(self.view.is_some(), egui::Button::new(WHOLE_STORY_LABEL));
            if hint(
                whole,
                "Zoom the timeline out to all thirteen days (or double-click it)",
            )
            .clicked()
            {
                self.reset_zoom();
            }
            let copy = ui.button("Copy link");
            if hint(copy, "Copy the command-line options that reopen this view").clicked() {
                commands.push(Command::CopyLink);
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.weak("Drag: move in time · wheel: zoom · right-drag: pan · F1: keys");
            });
        });
    }

    /// The time in words; click it to type a time.
    fn time_ui(
        &mut self,
        ui: &mut Ui,
        story: &Story,
        state: &AppState,
        commands: &mut Vec<Command>,
    ) {
        let Some(text) = &mut self.typing else {
            let words = story.clock.format_long(state.time);
            let words = self.time_words.ui(ui, &words, 16.0);
            let response = hint(words, "Click to type a time, e.g. 1 Nov 19:50")
                .on_hover_cursor(egui::CursorIcon::Text);
            if response.clicked() {
                self.start_typing(story, state);
            }
            return;
        };
        let response = ui.add(
            egui::TextEdit::singleline(text)
                .desired_width(170.0)
                .hint_text("1 Nov 19:50"),
        );
        response.widget_info(|| WidgetInfo::labeled(egui::Role::TextInput, true, TIME_FIELD_LABEL));
        if !response.has_focus() && !response.lost_focus() {
            response.request_focus();
        }
        let (enter, escape) = ui.input(|i| {
            (
                i.key_pressed(egui::Key::Enter),
                i.key_pressed(egui::Key::Escape),
            )
        });
        if escape {
            self.typing = None;
            self.typing_error = None;
        } else if enter || response.lost_focus() {
            match story.clock.parse_user(text, state.time) {
                Ok(at) if at >= story.start && at <= story.end => {
                    commands.push(Command::Seek(at));
                    self.typing = None;
                    self.typing_error = None;
                }
                Ok(_) => {
                    self.typing_error = Some(format!(
                        "the story runs from {} to {}",
                        story.clock.format_short(story.start),
                        story.clock.format_short(story.end)
                    ));
                }
                Err(err) => self.typing_error = Some(err),
            }
            if self.typing_error.is_some() && !enter {
                // Focus left the field with a bad time: give up quietly.
                self.typing = None;
                self.typing_error = None;
            }
        }
        if let Some(err) = &self.typing_error {
            ui.colored_label(CURSOR, err);
        }
    }

    fn strip_ui(
        &mut self,
        ui: &mut Ui,
        story: &Story,
        state: &AppState,
        commands: &mut Vec<Command>,
    ) {
        let width = ui.available_width();
        let height = ui.available_height().max(DAY_BAND + PHASE_BAND + 40.0);
        let (rect, response) =
            ui.allocate_exact_size(egui::vec2(width, height), Sense::click_and_drag());
        let label = format!("{STRIP_LABEL}: {}", story.clock.format_long(state.time));
        response.widget_info(|| WidgetInfo::labeled(egui::Role::Slider, true, &label));
        let gutter = if story.tracks.is_empty() {
            0.0
        } else {
            TRACK_GUTTER
        };
        let axis_left = rect.left() + gutter + MARGIN;
        let axis_right = rect.right() - MARGIN;
        let (from, to) = self.visible(story);
        let scale = TimeScale::new(from, to, axis_left, axis_right);

        self.zoom_and_pan(ui, story, &response, &scale, axis_right - axis_left);
        let (from, to) = self.visible(story);
        let scale = TimeScale::new(from, to, axis_left, axis_right);
        let primary = response.dragged_by(egui::PointerButton::Primary)
            || (response.drag_started_by(egui::PointerButton::Primary))
            || response.clicked();
        if let Some(pos) = response.interact_pointer_pos()
            && primary
            && pos.x >= rect.left() + gutter
        {
            commands.push(Command::Seek(scale.time_at(pos.x)));
        }
        if response.double_clicked() {
            self.reset_zoom();
        }

        let painter = ui.painter_at(rect);
        let text = ui.visuals().text_color();
        painter.rect_filled(rect, 4.0, ui.visuals().extreme_bg_color);
        let axis = Rect::from_x_y_ranges(axis_left - MARGIN..=axis_right + MARGIN, rect.y_range());
        let density = backdrop::density_band(axis);
        self.backdrop
            .paint(&ui.painter_at(axis), story, state, &scale, axis, text);

        let lanes = Rect::from_min_max(
            Pos2::new(rect.left(), density.bottom() + 3.0),
            Pos2::new(rect.right(), rect.bottom() - 2.0),
        );
        let layout = self.layouts.get(story, &scale, lanes.height(), state);
        self.tracks_ui(ui, state, &layout, lanes, gutter, commands);
        let lane_painter = ui.painter_at(Rect::from_x_y_ranges(axis.x_range(), lanes.y_range()));
        let glyphs = self.event_glyphs.shape(
            story,
            state,
            &layout,
            &scale,
            lanes,
            ui.ctx().pixels_per_point(),
        );
        events_ui(
            ui,
            &lane_painter,
            story,
            state,
            &layout,
            lanes,
            glyphs,
            commands,
        );
        if let Some(span) = clusters_ui(ui, &lane_painter, story, &layout, lanes) {
            let pad = SignedDuration::from_mins(30);
            self.set_view(
                story,
                span.0.checked_sub(pad).unwrap_or(span.0),
                span.1.checked_add(pad).unwrap_or(span.1),
            );
        }

        let x = scale.x_of(state.time);
        if axis.x_range().contains(x) {
            painter.vline(x, rect.y_range(), Stroke::new(2.0, CURSOR));
            painter.add(egui::Shape::convex_polygon(
                vec![
                    Pos2::new(x - 6.0, rect.top()),
                    Pos2::new(x + 6.0, rect.top()),
                    Pos2::new(x, rect.top() + 8.0),
                ],
                CURSOR,
                Stroke::NONE,
            ));
        }
    }

    /// Wheel and pinch zoom around the pointer; horizontal scroll and right/middle drag pan.
    fn zoom_and_pan(
        &mut self,
        ui: &Ui,
        story: &Story,
        response: &egui::Response,
        scale: &TimeScale,
        axis_width: f32,
    ) {
        let seconds_per_point = 3600.0 / f64::from(scale.points_per_hour().max(1e-6));
        if response.dragged_by(egui::PointerButton::Secondary)
            || response.dragged_by(egui::PointerButton::Middle)
        {
            self.pan(
                story,
                -f64::from(response.drag_delta().x) * seconds_per_point,
            );
        }
        if !response.hovered() {
            return;
        }
        let (scroll, zoom) = ui.input(|i| (i.smooth_scroll_delta, i.zoom_delta()));
        let Some(pointer) = response.hover_pos() else {
            return;
        };
        let anchor = scale.time_at(pointer.x);
        let mut factor = 1.0 / f64::from(zoom);
        if scroll.y != 0.0 {
            factor *= (-f64::from(scroll.y) * 0.004).exp();
        }
        if (factor - 1.0).abs() > 1e-4 {
            self.zoom_around(story, anchor, factor, axis_width);
        }
        if scroll.x != 0.0 {
            self.pan(story, -f64::from(scroll.x) * seconds_per_point);
        }
        if scroll != egui::Vec2::ZERO {
            ui.ctx()
                .input_mut(|i| i.smooth_scroll_delta = egui::Vec2::ZERO);
        }
    }

    /// Track names in the gutter: click one to hide or show its events (here and on the map).
    fn tracks_ui(
        &self,
        ui: &mut Ui,
        state: &AppState,
        layout: &Layout,
        lanes: Rect,
        gutter: f32,
        commands: &mut Vec<Command>,
    ) {
        let text = ui.visuals().text_color();
        let painter = ui.painter_at(lanes);
        for (i, group) in layout.groups.iter().enumerate() {
            let top = lanes.top() + group.first_row as f32 * layout.row_height;
            let bottom = top + group.rows as f32 * layout.row_height;
            if i > 0 {
                painter.hline(
                    lanes.x_range(),
                    top,
                    Stroke::new(1.0, text.gamma_multiply(0.12)),
                );
            }
            if gutter <= 0.0 {
                continue;
            }
            let Some(track) = group.track else {
                let galley = painter.layout(
                    group.name.clone(),
                    FontId::proportional(10.5),
                    text.gamma_multiply(0.75),
                    gutter - 8.0,
                );
                painter.galley(Pos2::new(lanes.left() + 6.0, top), galley, text);
                continue;
            };
            let hidden = state.hidden_tracks.contains(&track);
            let name_rect = Rect::from_min_max(
                Pos2::new(lanes.left() + 2.0, top),
                Pos2::new(lanes.left() + gutter - 4.0, bottom.max(top + 12.0)),
            );
            let response = ui.interact(
                name_rect,
                egui::Id::unique(("timeline-track", track.0)),
                Sense::click(),
            );
            let label = format!(
                "{} ({})",
                group.name,
                if hidden { "hidden" } else { "shown" }
            );
            response
                .widget_info(|| WidgetInfo::selected(egui::Role::CheckBox, true, !hidden, &label));
            let colour = if hidden {
                text.gamma_multiply(0.35)
            } else {
                text.gamma_multiply(0.8)
            };
            let mark = if hidden { "○ " } else { "● " };
            let galley = painter.layout(
                format!("{mark}{}", group.name),
                FontId::proportional(10.5),
                colour,
                gutter - 8.0,
            );
            let y = ((top + bottom) / 2.0 - galley.size().y / 2.0).max(top);
            painter.galley(Pos2::new(lanes.left() + 6.0, y), galley, colour);
            let response = hint(
                response,
                if hidden {
                    "Show this track's events (here and on the map)"
                } else {
                    "Hide this track's events (here and on the map)"
                },
            );
            if response.clicked() {
                commands.push(Command::ToggleTrack(track));
            }
        }
    }
}

/// `at` moved by a (possibly fractional, possibly negative) number of seconds.
fn offset(at: Timestamp, seconds: f64) -> Timestamp {
    let span = SignedDuration::from_secs_f64(seconds.clamp(-1.0e10, 1.0e10));
    at.checked_add(span).unwrap_or(at)
}

/// Draws the events in their rows and turns clicks into commands.
#[expect(
    clippy::too_many_arguments,
    reason = "one call site, all parts of one frame"
)]
fn events_ui(
    ui: &mut Ui,
    painter: &egui::Painter,
    story: &Story,
    state: &AppState,
    layout: &Layout,
    lanes: Rect,
    glyphs: Shape,
    commands: &mut Vec<Command>,
) {
    painter.add(glyphs);
    let highlighted = highlighted_events(story, state);
    for placed in &layout.events {
        let Some(event) = story.event(placed.event) else {
            continue;
        };
        let ix = placed.event;
        let (y, half) = event_glyphs::glyph_line(lanes, placed.row, layout.row_height);
        let hit = Rect::from_min_max(
            Pos2::new(placed.left, y - half - 1.0),
            Pos2::new(placed.right, y + half + 1.0),
        )
        .intersect(painter.clip_rect());
        if !hit.is_positive() {
            continue;
        }
        let response = ui.interact(
            hit,
            egui::Id::unique(("timeline-event", ix.0)),
            Sense::click(),
        );
        let marked = state.selection == Some(Selection::Event(ix)) || highlighted.contains(&ix);
        response
            .widget_info(|| WidgetInfo::selected(egui::Role::Button, true, marked, &event.title));
        // Asking egui about a tooltip costs as much as the widget itself; with hundreds of
        // events on the strip, ask only for the one the pointer or the keyboard is on.
        if crate::tooltip::may_show(&response) {
            response.clone().on_hover_ui(|ui| {
                ui.set_max_width(300.0);
                ui.strong(&event.title);
                ui.weak(story.clock.format_long(event.start));
                ui.label(&event.summary);
            });
        }
        if response.clicked() {
            commands.push(Command::Select(Some(Selection::Event(ix))));
        }
    }
}

/// Draws the clusters; returns the span of a clicked one (the timeline zooms into it).
fn clusters_ui(
    ui: &mut Ui,
    painter: &egui::Painter,
    story: &Story,
    layout: &Layout,
    lanes: Rect,
) -> Option<(Timestamp, Timestamp)> {
    let mut zoom_to = None;
    for cluster in &layout.clusters {
        let y = lanes.top() + (cluster.row as f32 + 0.5) * layout.row_height;
        let half = (layout.row_height / 2.0 - 0.5).clamp(3.0, 6.5);
        let rect = Rect::from_min_max(
            Pos2::new(cluster.left, y - half),
            Pos2::new(cluster.right.max(cluster.left + 16.0), y + half),
        );
        painter.rect_filled(rect, 3.0, EVENT.gamma_multiply(0.85));
        painter.text(
            rect.center(),
            Align2::CENTER_CENTER,
            format!("{}", cluster.events.len()),
            FontId::proportional((half * 1.7).clamp(8.0, 11.0)),
            Color32::WHITE,
        );
        let Some(first) = cluster.events.first() else {
            continue;
        };
        let response = ui.interact(
            rect,
            egui::Id::unique(("timeline-cluster", first.0, cluster.events.len())),
            Sense::click(),
        );
        let label = format!("{} events", cluster.events.len());
        response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, &label));
        let response = response.on_hover_ui(|ui| {
            ui.strong(format!(
                "{} events — click to zoom in",
                cluster.events.len()
            ));
            for &ix in cluster.events.iter().take(8) {
                if let Some(event) = story.event(ix) {
                    ui.label(format!(
                        "{} — {}",
                        story.clock.format_short(event.start),
                        event.title
                    ));
                }
            }
        });
        if response.clicked() {
            zoom_to = Some(cluster.span);
        }
    }
    zoom_to
}

/// Events to highlight: those of the selected place (with the places within it).
fn highlighted_events(story: &Story, state: &AppState) -> Vec<EventIx> {
    match state.selection {
        Some(Selection::Place(place)) => story.events_at_place(place),
        _ => Vec::new(),
    }
}
