//! The map legend: what the marks mean, and which states are in the Warsaw Pact at the current time.

use egui::{Align2, Color32, Rect, Sense, Stroke, Ui};

use super::movements::active;
use crate::command::Command;
use crate::state::{AppState, MapMode, StateCommand};
use crate::story::{Alliance, Side, Status, Story};
use crate::t;
use crate::theme::{self, side_colour};

/// Shows the legend in the map's bottom-left corner, with the switch between showing what has
/// happened so far and only what is happening now.
pub(crate) fn ui(
    ui: &mut Ui,
    map_rect: Rect,
    (story, state): (&Story, &AppState),
    open_at_first: bool,
    commands: &mut Vec<Command>,
) {
    egui::Area::new(egui::Id::unique("map-legend"))
        .order(egui::Order::Foreground)
        .pivot(Align2::LEFT_BOTTOM)
        .fixed_pos(map_rect.left_bottom() + egui::vec2(10.0, -10.0))
        .show(ui.ctx(), |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                let lang = state.language;
                ui.set_max_width(260.0);
                ui.horizontal_wrapped(|ui| {
                    ui.label(t!(lang, "map-show"));
                    for (mode, label, hint) in [
                        (
                            MapMode::SoFar,
                            t!(lang, "map-so-far"),
                            t!(lang, "map-so-far-hint"),
                        ),
                        (
                            MapMode::NowOnly,
                            t!(lang, "map-now-only"),
                            t!(lang, "map-now-only-hint"),
                        ),
                    ] {
                        let switch = ui.selectable_label(state.map_mode == mode, label);
                        if crate::tooltip::hint(switch, &hint).clicked() {
                            commands.push(StateCommand::SetMapMode(mode).into());
                        }
                    }
                });
                egui::CollapsingHeader::new(egui::RichText::new(t!(lang, "map-legend")).strong())
                    .default_open(open_at_first)
                    .show(ui, |ui| legend_body_ui(ui, story, state));
            });
        });
}

/// The part of the map the legend covers when open (about as large as it grows).
pub(crate) fn expanded_area(map_rect: Rect) -> Rect {
    Rect::from_min_max(
        map_rect.left_bottom() + egui::vec2(0.0, -300.0),
        map_rect.left_bottom() + egui::vec2(280.0, 0.0),
    )
}

/// What the marks mean, and which states are in the Warsaw Pact now.
fn legend_body_ui(ui: &mut Ui, story: &Story, state: &AppState) {
    let lang = state.language;
    swatch(ui, theme::NOW, &t!(lang, "legend-now"));
    swatch(ui, theme::PAST, &t!(lang, "legend-past"));
    swatch(ui, theme::FUTURE, &t!(lang, "legend-future"));
    swatch(ui, theme::QUIET, &t!(lang, "legend-quiet"));
    star_swatch(ui, theme::WARSAW_PACT, &t!(lang, "legend-pact"));
    let members: Vec<String> = story
        .polities_in(Alliance::WarsawPact)
        .map(|polity| {
            let state_name = &polity.short_name;
            match polity.status_at(state.time).map(|c| c.status) {
                Some(Status::Neutral) => t!(lang, "legend-member-neutral", state = state_name),
                Some(Status::Invaded) => t!(lang, "legend-member-invaded", state = state_name),
                _ => state_name.clone(),
            }
        })
        .collect();
    if !members.is_empty() {
        ui.label(
            egui::RichText::new(t!(lang, "legend-pact-members", states = some(&members)))
                .small()
                .color(theme::WARSAW_PACT),
        );
    }
    if story
        .polities
        .iter()
        .any(|p| p.status_at(state.time).map(|c| c.status) == Some(Status::Neutral))
    {
        star_swatch(ui, theme::NEUTRAL, &t!(lang, "legend-neutral"));
    }
    let mut sides: Vec<Side> = Vec::new();
    for movement in active(story, state) {
        if !sides.contains(&movement.side) {
            sides.push(movement.side);
        }
    }
    for side in sides {
        let text = match side {
            Side::Soviet => t!(lang, "legend-moving-soviet"),
            Side::Hungarian => t!(lang, "legend-moving-hungarian"),
            Side::Refugees => t!(lang, "legend-moving-refugees"),
            Side::Other => t!(lang, "legend-moving-other"),
        };
        arrow_swatch(ui, side_colour(side), &text);
    }
    let cities: Vec<&str> = story
        .cities_with_sites()
        .filter_map(|ix| story.place(ix))
        .map(|place| place.name.as_str())
        .take(SOME + 1)
        .collect();
    if !cities.is_empty() {
        ui.label(
            egui::RichText::new(t!(lang, "legend-zoom-for-sites", cities = some(&cities)))
                .small()
                .weak(),
        );
    }
}

/// Names listed in a line of the legend; a story may have thousands.
const SOME: usize = 12;

/// The first [`SOME`] names, and "…" for the rest.
fn some(names: &[impl AsRef<str>]) -> String {
    let mut listed: Vec<&str> = names.iter().take(SOME).map(AsRef::as_ref).collect();
    if names.len() > SOME {
        listed.push("…");
    }
    listed.join(", ")
}

/// One row of the legend: a mark painted by `mark` in a box `mark_width` wide, then `text`.
/// The row is one widget (read out as its text), not a row of two: the legend is drawn every
/// frame, and this keeps it cheap.
fn row(ui: &mut Ui, mark_width: f32, text: &str, mark: impl FnOnce(&egui::Painter, Rect)) {
    let font = egui::TextStyle::Small.resolve(ui.style());
    let colour = ui.visuals().text_color();
    let galley = ui.painter().layout_no_wrap(text.to_owned(), font, colour);
    let gap = ui.spacing().item_spacing.x;
    let height = galley.size().y.max(14.0);
    let (rect, response) = ui.allocate_exact_size(
        egui::vec2(mark_width + gap + galley.size().x, height),
        Sense::hover(),
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, text));
    let mark_rect = Rect::from_min_size(rect.min, egui::vec2(mark_width, height));
    mark(ui.painter(), mark_rect);
    let text_at = egui::pos2(
        rect.left() + mark_width + gap,
        rect.center().y - galley.size().y / 2.0,
    );
    ui.painter().galley(text_at, galley, colour);
}

fn swatch(ui: &mut Ui, fill: Color32, text: &str) {
    row(ui, 18.0, text, |painter, rect| {
        outlined_disc(painter, rect.center(), 4.5, fill);
    });
}

/// A disc with a thin outline, as two filled discs: egui draws small filled discs from
/// pre-drawn ones (one rectangle each), but tessellates an outline.
fn outlined_disc(painter: &egui::Painter, center: egui::Pos2, radius: f32, fill: Color32) {
    painter.circle_filled(center, radius + 1.0, theme::OUTLINE);
    painter.circle_filled(center, radius, fill);
}

fn arrow_swatch(ui: &mut Ui, colour: Color32, text: &str) {
    row(ui, 18.0, text, |painter, rect| {
        let y = rect.center().y;
        painter.line_segment(
            [
                egui::pos2(rect.left(), y),
                egui::pos2(rect.right() - 4.0, y),
            ],
            Stroke::new(3.0, colour),
        );
        painter.add(egui::Shape::convex_polygon(
            vec![
                egui::pos2(rect.right(), y),
                egui::pos2(rect.right() - 6.0, y - 4.0),
                egui::pos2(rect.right() - 6.0, y + 4.0),
            ],
            colour,
            Stroke::NONE,
        ));
    });
}

/// A ringed capital with a star: how the map marks a Warsaw Pact state (or one that left it).
fn star_swatch(ui: &mut Ui, colour: Color32, text: &str) {
    row(ui, 30.0, text, |painter, rect| {
        let dot = rect.left_center() + egui::vec2(8.0, 0.0);
        painter.circle_stroke(dot, 7.0, Stroke::new(2.0, colour));
        outlined_disc(painter, dot, 4.0, theme::FUTURE);
        super::markers::paint_star(
            painter,
            rect.right_center() - egui::vec2(6.0, 0.0),
            5.5,
            colour,
        );
    });
}
