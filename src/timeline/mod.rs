//! Timeline strip: day ticks, phases, every event at its time (a bar where it lasts), the
//! current-time cursor; drag to scrub, click an event to select it.

mod scale;

use egui::{Align2, Color32, FontId, Pos2, Rect, Sense, Stroke, Ui, WidgetInfo};

use crate::state::{AppState, Command, Selection};
use crate::story::{EventIx, Story, TrackIx};

pub use scale::TimeScale;

/// Accessible label of the strip itself.
pub const STRIP_LABEL: &str = "Timeline";
/// Height of one lane of events.
const LANE_HEIGHT: f32 = 14.0;
/// Height of the band with day labels.
const DAY_BAND: f32 = 18.0;
/// Height of the band with phase names.
const PHASE_BAND: f32 = 15.0;
/// Width of the column with track names.
const TRACK_GUTTER: f32 = 118.0;
/// Background tints of successive phases.
const PHASE_TINTS: [Color32; 4] = [
    Color32::from_rgba_premultiplied(0x12, 0x08, 0x04, 0x14),
    Color32::from_rgba_premultiplied(0x04, 0x10, 0x08, 0x14),
    Color32::from_rgba_premultiplied(0x16, 0x02, 0x02, 0x18),
    Color32::from_rgba_premultiplied(0x06, 0x06, 0x12, 0x14),
];
/// Space kept at both ends of the strip so that the first and last events stay clickable.
const MARGIN: f32 = 14.0;

const EVENT: Color32 = Color32::from_rgb(0x55, 0x5F, 0x6B);
const EVENT_PAST: Color32 = Color32::from_rgb(0x7A, 0x2E, 0x24);
const HIGHLIGHT: Color32 = Color32::from_rgb(0xF2, 0xB1, 0x1B);
const CURSOR: Color32 = Color32::from_rgb(0xE2, 0x3D, 0x28);

/// The header (time in words, step buttons) and the strip; returns the user's commands.
pub fn ui(ui: &mut Ui, story: &Story, state: &AppState) -> Vec<Command> {
    let mut commands = Vec::new();
    header_ui(ui, story, state, &mut commands);
    strip_ui(ui, story, state, &mut commands);
    commands
}

fn header_ui(ui: &mut Ui, story: &Story, state: &AppState, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        if ui
            .button("◀ Previous event")
            .on_hover_text("Select the previous event (←)")
            .clicked()
        {
            commands.push(Command::PreviousEvent);
        }
        ui.add(
            egui::Label::new(
                egui::RichText::new(story.clock.format_long(state.time))
                    .strong()
                    .size(16.0),
            )
            .selectable(false),
        );
        ui.weak("Budapest time");
        if ui
            .button("Next event ▶")
            .on_hover_text("Select the next event (→)")
            .clicked()
        {
            commands.push(Command::NextEvent);
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.weak("Drag on the strip to move through time; click an event to select it.");
        });
    });
}

fn strip_ui(ui: &mut Ui, story: &Story, state: &AppState, commands: &mut Vec<Command>) {
    let width = ui.available_width();
    let height = ui
        .available_height()
        .max(DAY_BAND + PHASE_BAND + 3.0 * LANE_HEIGHT + 8.0);
    let (rect, response) =
        ui.allocate_exact_size(egui::vec2(width, height), Sense::click_and_drag());
    let label = format!("{STRIP_LABEL}: {}", story.clock.format_long(state.time));
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Slider, true, &label));
    let gutter = if story.tracks.is_empty() {
        0.0
    } else {
        TRACK_GUTTER
    };
    let scale = TimeScale::new(
        story.start,
        story.end,
        rect.left() + gutter + MARGIN,
        rect.right() - MARGIN,
    );

    if let Some(pos) = response.interact_pointer_pos()
        && (response.dragged() || response.drag_started() || response.clicked())
    {
        commands.push(Command::Seek(scale.time_at(pos.x)));
    }

    let painter = ui.painter_at(rect);
    let text = ui.visuals().text_color();
    painter.rect_filled(rect, 4.0, ui.visuals().extreme_bg_color);
    let axis = Rect::from_x_y_ranges(scale_range(&scale, story), rect.y_range());
    paint_phases(&painter, story, &scale, axis, text);
    paint_days(&painter, story, &scale, axis, text);

    let lanes = Rect::from_min_max(
        Pos2::new(rect.left(), rect.top() + DAY_BAND + PHASE_BAND + 2.0),
        Pos2::new(rect.right(), rect.bottom() - 2.0),
    );
    let layout = lay_out_events(story, &scale, lanes.height());
    let highlighted = highlighted_events(story, state);
    let row_height = layout.row_height;
    for (group_ix, group) in layout.groups.iter().enumerate() {
        let top = lanes.top() + group.first_row as f32 * row_height;
        let bottom = top + group.rows as f32 * row_height;
        if group_ix > 0 {
            painter.hline(
                rect.x_range(),
                top,
                Stroke::new(1.0, text.gamma_multiply(0.12)),
            );
        }
        if gutter > 0.0 {
            let galley = painter.layout(
                group.name.clone(),
                FontId::proportional(10.5),
                text.gamma_multiply(0.75),
                gutter - 8.0,
            );
            let y = ((top + bottom) / 2.0 - galley.size().y / 2.0).max(top);
            painter.galley(Pos2::new(rect.left() + 6.0, y), galley, text);
        }
    }
    for placed in &layout.events {
        let Some(event) = story.event(placed.event) else {
            continue;
        };
        let ix = placed.event;
        let y = lanes.top() + (placed.row as f32 + 0.5) * row_height;
        let half = (row_height / 2.0 - 1.0).clamp(2.0, 5.0);
        let x0 = scale.x_of(event.start);
        let x1 = event.end.map_or(x0, |end| scale.x_of(end)).max(x0);
        let is_selected = state.selection == Some(Selection::Event(ix));
        let is_highlighted = highlighted.contains(&ix);
        let colour = if event.start <= state.time {
            EVENT_PAST
        } else {
            EVENT
        };
        if is_highlighted || is_selected {
            let glow = Rect::from_min_max(
                Pos2::new(placed.left - 2.0, y - half - 2.0),
                Pos2::new(placed.right + 2.0, y + half + 2.0),
            );
            let strength = if is_selected { 1.0 } else { 0.6 };
            painter.rect_filled(glow, 4.0, HIGHLIGHT.gamma_multiply(strength));
        }
        if event.end.is_some() && x1 - x0 > 2.0 {
            let bar =
                Rect::from_min_max(Pos2::new(x0, y - half + 1.0), Pos2::new(x1, y + half - 1.0));
            painter.rect_filled(bar, 3.0, colour);
        } else {
            painter.add(egui::Shape::convex_polygon(
                vec![
                    Pos2::new(x0, y - half),
                    Pos2::new(x0 + half, y),
                    Pos2::new(x0, y + half),
                    Pos2::new(x0 - half, y),
                ],
                colour,
                Stroke::NONE,
            ));
        }
        let hit = Rect::from_min_max(
            Pos2::new(placed.left, y - half - 1.0),
            Pos2::new(placed.right, y + half + 1.0),
        );
        let event_response = ui.interact(
            hit,
            egui::Id::unique(("timeline-event", ix.0)),
            Sense::click(),
        );
        let title = event.title.clone();
        let marked = is_selected || is_highlighted;
        event_response
            .widget_info(|| WidgetInfo::selected(egui::Role::Button, true, marked, &title));
        let event_response = event_response.on_hover_ui(|ui| {
            ui.set_max_width(300.0);
            ui.strong(&event.title);
            ui.weak(story.clock.format_long(event.start));
            ui.label(&event.summary);
        });
        if event_response.clicked() {
            commands.push(Command::Select(Some(Selection::Event(ix))));
        }
    }

    let x = scale.x_of(state.time);
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

/// The x range of the story's span.
fn scale_range(scale: &TimeScale, story: &Story) -> egui::Rangef {
    egui::Rangef::new(scale.x_of(story.start), scale.x_of(story.end))
}

/// Where each event goes: one group of rows per track (and one for events without a track),
/// events packed into rows so that none overlaps another.
struct Layout {
    groups: Vec<Group>,
    events: Vec<Placed>,
    row_height: f32,
}

struct Group {
    name: String,
    first_row: usize,
    rows: usize,
}

struct Placed {
    event: EventIx,
    row: usize,
    left: f32,
    right: f32,
}

fn lay_out_events(story: &Story, scale: &TimeScale, height: f32) -> Layout {
    // Group keys: tracks in file order, then events without a track.
    let mut keys: Vec<(Option<TrackIx>, String)> = story
        .tracks
        .iter()
        .enumerate()
        .map(|(i, t)| (Some(TrackIx(i)), t.name.clone()))
        .collect();
    if story.events.iter().any(|e| e.track.is_none()) {
        let name = if keys.is_empty() {
            String::new()
        } else {
            "Other".to_owned()
        };
        keys.push((None, name));
    }
    let mut groups = Vec::new();
    let mut events = Vec::new();
    let mut next_row = 0;
    for (key, name) in keys {
        let mut row_ends: Vec<f32> = Vec::new();
        for (ix, event) in story.indexed_events().filter(|(_, e)| e.track == key) {
            let x0 = scale.x_of(event.start);
            let x1 = event.end.map_or(x0, |end| scale.x_of(end)).max(x0);
            let left = x0 - 5.0;
            let right = x1.max(x0) + 5.0;
            let row = match row_ends.iter().position(|&end| end + 2.0 < left) {
                Some(row) => row,
                None => {
                    row_ends.push(f32::NEG_INFINITY);
                    row_ends.len() - 1
                }
            };
            if let Some(end) = row_ends.get_mut(row) {
                *end = right;
            }
            events.push(Placed {
                event: ix,
                row: next_row + row,
                left,
                right,
            });
        }
        let rows = row_ends.len().max(1);
        groups.push(Group {
            name,
            first_row: next_row,
            rows,
        });
        next_row += rows;
    }
    let row_height = (height / next_row.max(1) as f32).min(LANE_HEIGHT);
    Layout {
        groups,
        events,
        row_height,
    }
}

/// Phases as tinted bands behind the strip, named in their own row under the days.
fn paint_phases(
    painter: &egui::Painter,
    story: &Story,
    scale: &TimeScale,
    rect: Rect,
    text: Color32,
) {
    for (i, phase) in story.phases.iter().enumerate() {
        let x0 = scale.x_of(phase.start).max(rect.left());
        let x1 = scale.x_of(phase.end).min(rect.right());
        if x1 <= x0 {
            continue;
        }
        let tint = PHASE_TINTS
            .get(i % PHASE_TINTS.len())
            .copied()
            .unwrap_or(Color32::TRANSPARENT);
        painter.rect_filled(Rect::from_x_y_ranges(x0..=x1, rect.y_range()), 0.0, tint);
        let band = Rect::from_min_max(
            Pos2::new(x0, rect.top() + DAY_BAND),
            Pos2::new(x1, rect.top() + DAY_BAND + PHASE_BAND),
        );
        let galley = painter.layout_no_wrap(phase.name.clone(), FontId::proportional(11.0), text);
        if galley.size().x + 8.0 < band.width() {
            painter.galley(
                Pos2::new(band.left() + 4.0, band.center().y - galley.size().y / 2.0),
                galley,
                text,
            );
        }
        painter.vline(
            x0,
            rect.y_range(),
            Stroke::new(1.0, text.gamma_multiply(0.5)),
        );
    }
}

/// Day bands, day ticks with labels, and phase names.
fn paint_days(
    painter: &egui::Painter,
    story: &Story,
    scale: &TimeScale,
    rect: Rect,
    text: Color32,
) {
    let midnights = story.clock.midnights(story.start, story.end);
    let band = text.gamma_multiply(0.05);
    for (i, pair) in midnights.windows(2).enumerate() {
        let [from, to] = pair else { continue };
        let x0 = scale.x_of(*from);
        let x1 = scale.x_of(*to);
        if i % 2 == 0 {
            painter.rect_filled(Rect::from_x_y_ranges(x0..=x1, rect.y_range()), 0.0, band);
        }
        let label = if x1 - x0 > 80.0 {
            story.clock.format_day_tick(*from)
        } else {
            story.clock.zoned(*from).strftime("%-d %b").to_string()
        };
        painter.text(
            Pos2::new((x0 + x1) / 2.0, rect.top() + 3.0),
            Align2::CENTER_TOP,
            label,
            FontId::proportional(11.0),
            text.gamma_multiply(0.8),
        );
    }
    for midnight in &midnights {
        let x = scale.x_of(*midnight);
        painter.vline(
            x,
            rect.y_range(),
            Stroke::new(1.0, text.gamma_multiply(0.35)),
        );
    }
}

/// Events to highlight: those of the selected place (with the places within it).
fn highlighted_events(story: &Story, state: &AppState) -> Vec<EventIx> {
    match state.selection {
        Some(Selection::Place(place)) => story.events_at_place(place),
        _ => Vec::new(),
    }
}
