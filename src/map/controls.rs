//! What the map shows around its edges: zoom and reset buttons with the tile-source menu in
//! the top-right corner, its sources in the bottom-right corner, and a one-line notice when
//! an extra tile source is not delivering.

use std::path::Path;

use egui::{Align2, FontId, Rect, Ui};

use super::halo;
use crate::command::{Command, MapCommand, TileChoice};
use crate::i18n::Language;
use crate::state::StateCommand;
use crate::t;
use crate::theme;
use crate::tooltip::hint;

/// Zoom and reset buttons, following the action, and the tile source (where it is offered) in
/// the map's top-right corner.
pub(crate) fn ui(
    ui: &mut Ui,
    lang: Language,
    map_rect: Rect,
    tiles: Option<(&TileChoice, Option<&Path>)>,
    follow: bool,
    commands: &mut Vec<Command>,
) -> Rect {
    egui::Area::new(egui::Id::unique("map-controls"))
        .order(egui::Order::Foreground)
        .pivot(Align2::RIGHT_TOP)
        .fixed_pos(map_rect.right_top() + egui::vec2(-10.0, 10.0))
        .show(ui.ctx(), |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                // One row where the map is wide enough, else as many as it takes: never wider
                // than the map (a longer language, a narrow window).
                ui.set_max_width((map_rect.width() - 40.0).max(120.0));
                ui.horizontal_wrapped(|ui| {
                    if hint(ui.button("+"), &t!(lang, "map-zoom-in-hint")).clicked() {
                        commands.push(MapCommand::Zoom(1).into());
                    }
                    if hint(ui.button("−"), &t!(lang, "map-zoom-out-hint")).clicked() {
                        commands.push(MapCommand::Zoom(-1).into());
                    }
                    let reset = ui.button(t!(lang, "map-reset"));
                    if hint(reset, &t!(lang, "map-reset-hint")).clicked() {
                        commands.push(MapCommand::Reset.into());
                    }
                    let switch = ui.selectable_label(follow, t!(lang, "map-follow"));
                    if hint(switch, &t!(lang, "map-follow-hint")).clicked() {
                        commands.push(StateCommand::SetFollow(!follow).into());
                    }
                    if let Some((choice, pmtiles)) = tiles {
                        tiles_menu_ui(ui, lang, choice, pmtiles, commands);
                    }
                });
            });
        })
        .response
        .rect
}

/// Label of a tile source in the menu.
fn choice_label(lang: Language, choice: &TileChoice) -> String {
    match choice {
        TileChoice::Offline => t!(lang, "tiles-offline"),
        TileChoice::OpenStreetMap => t!(lang, "tiles-osm"),
        TileChoice::PmTiles(_) => t!(lang, "tiles-local", file = choice.file_name()),
    }
}

/// The tile source menu.
fn tiles_menu_ui(
    ui: &mut Ui,
    lang: Language,
    choice: &TileChoice,
    pmtiles: Option<&Path>,
    commands: &mut Vec<Command>,
) {
    let mut options = vec![TileChoice::Offline, TileChoice::OpenStreetMap];
    options.extend(pmtiles.map(|p| TileChoice::PmTiles(p.to_path_buf())));
    let menu = egui::ComboBox::from_label(t!(lang, "map-tiles"))
        .selected_text(choice_label(lang, choice))
        .show_ui(ui, |ui| {
            for option in options {
                let label = choice_label(lang, &option);
                if ui.selectable_label(*choice == option, label).clicked() && *choice != option {
                    commands.push(MapCommand::Tiles(option).into());
                }
            }
        });
    hint(menu.response, &t!(lang, "map-tiles-hint"));
}

/// One unobtrusive note (wrapped) when an extra tile source is not delivering.
pub(crate) fn problem_ui(ui: &Ui, map_rect: Rect, controls: Rect, problem: &str) {
    let painter = ui.painter_at(map_rect);
    // In the top-left corner, wrapped; below the controls where they reach across.
    let wrap = (map_rect.width() * 0.45).max(200.0);
    let galley = painter.layout(
        problem.to_owned(),
        FontId::proportional(12.0),
        egui::Color32::PLACEHOLDER,
        wrap,
    );
    let mut at = map_rect.left_top() + egui::vec2(15.0, 15.0);
    if Rect::from_min_size(at, galley.size())
        .expand(5.0)
        .intersects(controls)
    {
        at.y = controls.bottom() + 12.0;
    }
    let rect = Rect::from_min_size(at, galley.size());
    // On a card like the controls', so that it reads over the map's own names.
    let visuals = ui.visuals();
    let card = rect.expand(5.0);
    painter.rect_filled(card, 4.0, visuals.window_fill);
    painter.rect_stroke(card, 4.0, visuals.window_stroke, egui::StrokeKind::Inside);
    halo::paint(&painter, at, &galley, theme::WARNING);
    // Read out by screen readers like any other line of text.
    let response = ui.interact(
        rect,
        egui::Id::unique("tiles-problem"),
        egui::Sense::hover(),
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, problem));
}

/// The line naming the map's sources, as laid out for the bottom-right corner: where it goes,
/// so that nothing else is drawn over it, and its text.
pub(crate) fn attribution(lang: Language, extra: Option<String>) -> String {
    let base = t!(lang, "map-attribution");
    match extra {
        Some(extra) => format!("{extra} · {base}"),
        None => base,
    }
}

/// Where the attribution line goes in the map's bottom-right corner.
pub(crate) fn attribution_rect(painter: &egui::Painter, map_rect: Rect, line: &str) -> Rect {
    let galley = halo::layout(painter, line, attribution_font());
    Align2::RIGHT_BOTTOM.anchor_size(
        map_rect.right_bottom() + egui::vec2(-6.0, -4.0),
        galley.size(),
    )
}

/// Paints the attribution line in the map's bottom-right corner.
pub(crate) fn attribution_ui(painter: &egui::Painter, map_rect: Rect, line: &str) {
    halo::text(
        painter,
        map_rect.right_bottom() + egui::vec2(-6.0, -4.0),
        Align2::RIGHT_BOTTOM,
        line,
        attribution_font(),
        theme::SMALL_PRINT,
    );
}

fn attribution_font() -> FontId {
    FontId::proportional(10.0)
}
