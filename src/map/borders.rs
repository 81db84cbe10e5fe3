//! The 1956 borders drawn over another tile source (OpenStreetMap shows today's borders).

use egui::{Painter, Rect, Shape, Stroke};

use super::unit_projector::UnitProjector;
use crate::basemap::{BaseMap, UnitBox};
use crate::theme::BORDER;

/// Paints every 1956 state border that crosses the view.
pub(crate) fn paint(painter: &Painter, to_screen: &UnitProjector, clip: Rect, map: &BaseMap) {
    let view = UnitBox {
        min: to_screen.unit_at(clip.left_top()),
        max: to_screen.unit_at(clip.right_bottom()),
    };
    for shape in map
        .polities
        .iter()
        .filter(|s| s.area.bounds.intersects(&view))
    {
        for ring in shape
            .area
            .rings
            .iter()
            .filter(|r| r.bounds.intersects(&view))
        {
            let points = super::status::screen_ring(to_screen, &ring.points);
            if points.len() >= 3 {
                painter.add(Shape::closed_line(points, Stroke::new(1.6, BORDER)));
            }
        }
    }
}
