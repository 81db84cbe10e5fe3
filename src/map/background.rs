//! The plain background under the markers until the 1956 base map is drawn: a sea-tinted
//! field with a graticule, so that panning and zooming are visible.

use egui::{Color32, Stroke, Ui};
use walkers::{Projector, lon_lat};

/// Background colour of the map.
pub const SEA: Color32 = Color32::from_rgb(0xDD, 0xE6, 0xEC);
const GRID: Color32 = Color32::from_rgb(0xC4, 0xD1, 0xDA);

/// Paints the background and a graticule every 5° (every 1° when zoomed in).
pub fn paint(ui: &Ui, projector: &Projector) {
    let rect = projector.clip_rect();
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 0.0, SEA);
    let step = if projector.zoom() >= 7.0 { 1.0 } else { 5.0 };
    let top_left = projector.unproject(rect.left_top().to_vec2());
    let bottom_right = projector.unproject(rect.right_bottom().to_vec2());
    let stroke = Stroke::new(1.0, GRID);
    let lon_from = (top_left.x() / step).floor() as i32;
    let lon_to = (bottom_right.x() / step).ceil() as i32;
    for i in lon_from..=lon_to {
        let x = projector.project(lon_lat(f64::from(i) * step, 0.0)).x;
        painter.vline(x, rect.y_range(), stroke);
    }
    let lat_from = (bottom_right.y().max(-85.0) / step).floor() as i32;
    let lat_to = (top_left.y().min(85.0) / step).ceil() as i32;
    for i in lat_from..=lat_to {
        let y = projector.project(lon_lat(0.0, f64::from(i) * step)).y;
        painter.hline(rect.x_range(), y, stroke);
    }
}
