//! Time-dependent state of the polities, drawn over the base map from the story: a state that
//! has declared itself neutral gets a green border, one under attack a red one, with the
//! status in words under its name. The base tiles are never re-rendered for this.

use egui::{Align2, FontId, Painter, Pos2, Shape, Stroke};

use super::halo;
use super::taken::Taken;
use super::unit_projector::UnitProjector;
use crate::basemap::{BaseMap, Labels, Unit};
use crate::state::AppState;
use crate::story::Story;
use crate::theme;

/// Paints the status borders and words of every polity whose status differs from the start;
/// the words go where `taken` leaves room (and are added to it). Returns where words went.
pub(crate) fn paint(
    painter: &Painter,
    to_screen: &UnitProjector,
    story: &Story,
    state: &AppState,
    (map, labels): (&BaseMap, &Labels),
    taken: &mut Taken,
) -> Vec<egui::Rect> {
    let mut words_at = Vec::new();
    for polity in &story.polities {
        let Some(change) = polity.status_at(state.time) else {
            continue;
        };
        let Some(colour) = theme::status_colour(change.status) else {
            continue;
        };
        let Some(shape) = map.polity(&polity.id) else {
            continue;
        };
        for ring in &shape.area.rings {
            let points = screen_ring(to_screen, &ring.points);
            if points.len() < 3 {
                continue;
            }
            painter.add(Shape::closed_line(
                points.clone(),
                Stroke::new(7.0, colour.gamma_multiply(0.25)),
            ));
            painter.add(Shape::closed_line(points, Stroke::new(2.5, colour)));
        }
        let (Some(name_at), Some(words)) = (labels.country(&polity.id), change.label.as_deref())
        else {
            continue;
        };
        let galley = halo::layout(painter, words, FontId::proportional(12.0));
        let size = galley.size();
        let country = to_screen.place(name_at);
        // Under the country's name, or further down where markers are in the way; never
        // across the map's edge.
        let spot = (1..6)
            .map(|step| country + egui::vec2(0.0, 16.0 * step as f32))
            .map(|pos| Align2::CENTER_TOP.anchor_size(pos, size))
            .find(|rect| {
                painter.clip_rect().contains_rect(*rect) && taken.is_free(rect.expand(2.0))
            });
        if let Some(rect) = spot {
            taken.take(rect.expand(2.0));
            halo::paint(painter, rect.min, &galley, colour);
            words_at.push(rect);
        }
    }
    words_at
}

/// The ring in screen points, skipping points less than a point apart. Unit coordinates map
/// linearly to the screen at a given zoom, so no trigonometry is needed per point.
pub(crate) fn screen_ring(to_screen: &UnitProjector, ring: &[Unit]) -> Vec<Pos2> {
    let mut out: Vec<Pos2> = Vec::with_capacity(ring.len());
    for &unit in ring {
        let pos = to_screen.place(unit);
        if out.last().is_none_or(|last| last.distance(pos) >= 1.0) {
            out.push(pos);
        }
    }
    out
}
