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

/// Budapest's 1956 river banks, islands and bridges as thin lines over another tile source,
/// from the zoom the city layer is drawn at (today's tiles show a bridge that did not stand).
pub(crate) fn paint_city(
    painter: &Painter,
    to_screen: &UnitProjector,
    (city, zoom): (&crate::basemap::City, f64),
) {
    if zoom < crate::basemap::CITY_MIN_ZOOM {
        return;
    }
    let stroke = Stroke::new(1.4, BORDER);
    for area in city.water.iter().chain(&city.islands) {
        for ring in &area.rings {
            let points = super::status::screen_ring(to_screen, &ring.points);
            if points.len() >= 3 {
                painter.add(Shape::closed_line(points, stroke));
            }
        }
    }
    for bridge in &city.bridges {
        let points = super::status::screen_ring(to_screen, &bridge.line.points);
        painter.add(Shape::line(points, Stroke::new(3.0, BORDER)));
    }
}
