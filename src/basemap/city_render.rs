//! The city layer in a tile, from zoom 11 on: parks, the Danube between its banks, the islands,
//! then the main streets and the bridges over the water. No egui.

use tiny_skia::Pixmap;

use super::city::{City, CityLine};
use super::geometry::{Area, Unit, UnitBox};
use super::render::{Palette, chunks_path, fill_area, stroke};

/// The city is drawn from this zoom level on.
pub(crate) const CITY_MIN_ZOOM: u8 = 11;
/// The same, as the map's zoom.
pub(crate) const CITY_MIN_ZOOM_LEVEL: f64 = CITY_MIN_ZOOM as f64;

/// Draws what of the city lies in `area_box` into the tile at `zoom`; `steps` are the
/// renderer's point spacing for fills and strokes and its line scale.
pub(super) fn render(
    pixmap: &mut Pixmap,
    city: &City,
    zoom: u8,
    area_box: &UnitBox,
    to_px: &impl Fn(Unit) -> (f32, f32),
    (min_step, stroke_step, line_scale): (f32, f32, f32),
) {
    if zoom < CITY_MIN_ZOOM || !city.bounds.is_some_and(|b| b.intersects(area_box)) {
        return;
    }
    let mut areas = |list: &[Area], rgb: [u8; 3]| {
        for area in list.iter().filter(|a| a.bounds.intersects(area_box)) {
            fill_area(pixmap, false, area, area_box, to_px, min_step, rgb);
        }
    };
    areas(&city.water, Palette::RIVER);
    // The islands are land of the state the city lies in.
    areas(&city.islands, Palette::WARSAW_PACT);
    areas(&city.parks, Palette::PARK);

    let zoom_f = f64::from(zoom);
    // Streets widen as the map comes closer: about 3 px at zoom 12, 9 px at zoom 14.
    let width = |major: bool| {
        let base = 0.9 * 1.7f32.powi(i32::from(zoom) - 11) * line_scale;
        if major { base * 1.4 } else { base }
    };
    let lines = |list: &[CityLine], major: bool| {
        chunks_path(
            list.iter()
                .filter(|l| l.major == major && l.min_zoom <= zoom_f)
                .flat_map(|l| l.chunks.iter()),
            area_box,
            to_px,
            stroke_step,
        )
    };
    for major in [false, true] {
        let path = lines(&city.streets, major);
        let street = width(major);
        stroke(
            pixmap,
            path.as_ref(),
            Palette::STREET_EDGE,
            street + 1.2 * line_scale,
        );
        stroke(pixmap, path.as_ref(), Palette::STREET, street);
    }
    let bridges = lines(&city.bridges, true);
    let bridge = width(true);
    stroke(
        pixmap,
        bridges.as_ref(),
        Palette::BRIDGE_EDGE,
        bridge + 2.0 * line_scale,
    );
    stroke(pixmap, bridges.as_ref(), Palette::STREET, bridge);
}
