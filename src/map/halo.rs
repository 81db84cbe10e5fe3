//! Map text with a light halo around it, readable on any fill: how the map writes its names,
//! status words and arrow labels. The text is laid out by egui, which keeps every layout used
//! in the last frame, so a name that stays on the map is shaped once.

use std::sync::Arc;

use egui::{Align2, Color32, FontId, Galley, Painter, Pos2, Rect};

use crate::theme;

/// `text` laid out on one line in `font`, to be painted in any colour.
pub(crate) fn layout(painter: &Painter, text: &str, font: FontId) -> Arc<Galley> {
    painter.layout_no_wrap(text.to_owned(), font, Color32::PLACEHOLDER)
}

/// Paints a laid-out text with its top-left corner at `at`, over a light halo.
pub(crate) fn paint(painter: &Painter, at: Pos2, galley: &Arc<Galley>, colour: Color32) {
    for offset in [
        egui::vec2(-1.0, 0.0),
        egui::vec2(1.0, 0.0),
        egui::vec2(0.0, -1.0),
        egui::vec2(0.0, 1.0),
    ] {
        painter.galley(at + offset, Arc::clone(galley), theme::HALO);
    }
    painter.galley(at, Arc::clone(galley), colour);
}

/// Lays out `text` and paints it with a halo, anchored at `pos`; returns where it went.
pub(crate) fn text(
    painter: &Painter,
    pos: Pos2,
    anchor: Align2,
    text: &str,
    font: FontId,
    colour: Color32,
) -> Rect {
    let galley = layout(painter, text, font);
    let rect = anchor.anchor_size(pos, galley.size());
    paint(painter, rect.min, &galley, colour);
    rect
}
