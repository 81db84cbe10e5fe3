//! The 1956 borders drawn over another tile source (OpenStreetMap shows today's borders).

use egui::{Color32, Shape, Stroke, Ui};
use walkers::Projector;

use crate::basemap::{BaseMap, Unit};

const BORDER: Color32 = Color32::from_rgb(0x6A, 0x2C, 0x70);

/// Paints every 1956 state border that crosses the view.
pub fn paint(ui: &Ui, projector: &Projector, map: &BaseMap) {
    let clip = projector.clip_rect();
    let painter = ui.painter_at(clip);
    let corner_a = projector.unproject(clip.left_top().to_vec2());
    let corner_b = projector.unproject(clip.right_bottom().to_vec2());
    let view = crate::basemap::UnitBox {
        min: Unit::from_lon_lat(corner_a.x(), corner_a.y()),
        max: Unit::from_lon_lat(corner_b.x(), corner_b.y()),
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
            let points = super::status::screen_ring(projector, &ring.points);
            if points.len() >= 3 {
                painter.add(Shape::closed_line(points, Stroke::new(1.6, BORDER)));
            }
        }
    }
}
