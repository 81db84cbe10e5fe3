//! Timeline strip: day ticks, phases, every event at its time (a bar where it lasts), the
//! current-time cursor; drag to scrub, click an event to select it.

mod scale;

use egui::{Align2, Color32, FontId, Pos2, Rect, Sense, Stroke, Ui, WidgetInfo};

use crate::state::{AppState, Command, Selection};
use crate::story::{EventIx, Story};

pub use scale::TimeScale;

/// Accessible label of the strip itself.
pub const STRIP_LABEL: &str = "Timeline";
/// Height of one lane of events.
const LANE_HEIGHT: f32 = 14.0;
/// Height of the band with day labels.
const DAY_BAND: f32 = 18.0;
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
        .max(DAY_BAND + 3.0 * LANE_HEIGHT + 8.0);
    let (rect, response) =
        ui.allocate_exact_size(egui::vec2(width, height), Sense::click_and_drag());
    let label = format!("{STRIP_LABEL}: {}", story.clock.format_long(state.time));
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Slider, true, &label));
    let scale = TimeScale::new(
        story.start,
        story.end,
        rect.left() + MARGIN,
        rect.right() - MARGIN,
    );

    if let Some(pos) = response.interact_pointer_pos()
        && (response.dragged() || response.drag_started() || response.clicked())
    {
        commands.push(Command::Seek(scale.time_at(pos.x)));
    }

    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 4.0, ui.visuals().extreme_bg_color);
    paint_days(&painter, story, &scale, rect, ui.visuals().text_color());

    let lanes_top = rect.top() + DAY_BAND + 4.0;
    let lane_count = (((rect.bottom() - lanes_top - 4.0) / LANE_HEIGHT).floor() as usize).max(1);
    let highlighted = highlighted_events(story, state);
    let mut lane_ends = vec![f32::NEG_INFINITY; lane_count];
    for (ix, event) in story.indexed_events() {
        let x0 = scale.x_of(event.start);
        let x1 = event.end.map_or(x0, |end| scale.x_of(end)).max(x0);
        let glyph_left = x0 - 4.0;
        let glyph_right = (x1 + 4.0).max(x0 + 4.0);
        // First lane where the glyph fits; the last lane takes the overflow.
        let lane = lane_ends
            .iter()
            .position(|&end| end + 2.0 < glyph_left)
            .unwrap_or(lane_count - 1);
        if let Some(end) = lane_ends.get_mut(lane) {
            *end = end.max(glyph_right);
        }
        let y = lanes_top + (lane as f32 + 0.5) * LANE_HEIGHT;
        let is_selected = state.selection == Some(Selection::Event(ix));
        let is_highlighted = highlighted.contains(&ix);
        let colour = if event.start <= state.time {
            EVENT_PAST
        } else {
            EVENT
        };
        if is_highlighted || is_selected {
            let glow = Rect::from_min_max(
                Pos2::new(glyph_left - 2.0, y - 7.0),
                Pos2::new(glyph_right + 2.0, y + 7.0),
            );
            painter.rect_filled(
                glow,
                4.0,
                HIGHLIGHT.gamma_multiply(if is_selected { 1.0 } else { 0.6 }),
            );
        }
        if event.end.is_some() && x1 - x0 > 2.0 {
            let bar = Rect::from_min_max(Pos2::new(x0, y - 4.0), Pos2::new(x1, y + 4.0));
            painter.rect_filled(bar, 3.0, colour);
        } else {
            painter.add(egui::Shape::convex_polygon(
                vec![
                    Pos2::new(x0, y - 5.0),
                    Pos2::new(x0 + 5.0, y),
                    Pos2::new(x0, y + 5.0),
                    Pos2::new(x0 - 5.0, y),
                ],
                colour,
                Stroke::NONE,
            ));
        }
        let hit = Rect::from_min_max(
            Pos2::new(glyph_left, y - 6.0),
            Pos2::new(glyph_right, y + 6.0),
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
