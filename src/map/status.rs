//! Time-dependent state of the polities, drawn over the base map from the story: a state that
//! has declared itself neutral gets a green border, one under attack a red one, with the
//! status in words under its name. The base tiles are never re-rendered for this.

use egui::{Align2, Color32, FontId, Pos2, Shape, Stroke, Ui};
use walkers::{Projector, lon_lat};

use crate::basemap::{BaseMap, Labels, MapText, Taken, Unit, UnitProjector};
use crate::state::AppState;
use crate::story::{Status, Story};

/// Border colour for a status.
pub fn status_colour(status: Status) -> Option<Color32> {
    match status {
        Status::Member => None,
        Status::Neutral => Some(Color32::from_rgb(0x1F, 0x7A, 0x4D)),
        Status::Invaded | Status::Occupied => Some(Color32::from_rgb(0xC0, 0x1B, 0x1B)),
    }
}

/// Paints the status borders and words of every polity whose status differs from the start;
/// the words go where `taken` leaves room (and are added to it).
#[expect(
    clippy::too_many_arguments,
    reason = "one call site, all parts of one frame"
)]
pub fn paint(
    ui: &Ui,
    projector: &Projector,
    story: &Story,
    state: &AppState,
    map: &BaseMap,
    labels: &Labels,
    taken: &mut Taken,
    text: &mut MapText,
) {
    let painter = ui.painter_at(projector.clip_rect());
    for polity in &story.polities {
        let Some(change) = polity.status_at(state.time) else {
            continue;
        };
        let Some(colour) = status_colour(change.status) else {
            continue;
        };
        let Some(shape) = map.polity(&polity.id) else {
            continue;
        };
        for ring in &shape.area.rings {
            let points = screen_ring(projector, &ring.points);
            if points.len() < 3 {
                continue;
            }
            painter.add(Shape::closed_line(
                points.clone(),
                Stroke::new(7.0, colour.gamma_multiply(0.25)),
            ));
            painter.add(Shape::closed_line(points, Stroke::new(2.5, colour)));
        }
        if let (Some(label), Some(words)) = (labels.country(&polity.id), change.label.as_deref()) {
            let font = FontId::proportional(12.0);
            let galley = text.galley(&painter, words, &font);
            let size = galley.size();
            let country = projector.project(lon_lat(label.lon, label.lat)).to_pos2();
            // Under the country's name, or further down where markers are in the way.
            let spot = (1..6)
                .map(|step| country + egui::vec2(0.0, 16.0 * step as f32))
                .map(|pos| (pos, Align2::CENTER_TOP.anchor_size(pos, size).expand(2.0)))
                .find(|(_, rect)| taken.is_free(*rect));
            if let Some((pos, rect)) = spot {
                taken.take(rect);
                let at = Align2::CENTER_TOP.anchor_size(pos, size).min;
                text.halo_at(&painter, at, words, &font, colour, galley.clone());
            }
        }
    }
    text.flush(&painter);
}

/// The ring in screen points, skipping points less than a point apart. Unit coordinates map
/// linearly to the screen at a given zoom, so no trigonometry is needed per point.
pub(crate) fn screen_ring(projector: &Projector, ring: &[Unit]) -> Vec<Pos2> {
    let to_screen = UnitProjector::new(projector);
    let mut out: Vec<Pos2> = Vec::with_capacity(ring.len());
    for &unit in ring {
        let pos = to_screen.place(unit);
        if out.last().is_none_or(|last| last.distance(pos) >= 1.0) {
            out.push(pos);
        }
    }
    out
}
