//! Rasterises one Web Mercator tile of the 1956 base map with tiny-skia: sea, land, the
//! states tinted by alliance, lakes, rivers and antialiased borders. No egui.

use tiny_skia::{Color, FillRule, Paint, PathBuilder, Pixmap, Stroke, Transform};

use super::geometry::{Area, BaseMap, Unit, UnitBox};
use super::pieces::{COARSE_MAX_ZOOM, Chunk};

/// Fill colours of the base map, by what they show.
pub struct Palette;

impl Palette {
    /// Sea and lakes.
    pub const SEA: [u8; 3] = [0xB9, 0xD3, 0xE1];
    /// Rivers.
    pub const RIVER: [u8; 3] = [0x86, 0xB0, 0xC9];
    /// Land outside the listed states.
    pub const LAND: [u8; 3] = [0xE9, 0xE4, 0xD8];
    /// Warsaw Pact states.
    pub const WARSAW_PACT: [u8; 3] = [0xEB, 0xC0, 0xB6];
    /// NATO states.
    pub const NATO: [u8; 3] = [0xC9, 0xD6, 0xEA];
    /// Neutral states.
    pub const NEUTRAL: [u8; 3] = [0xD2, 0xE5, 0xC6];
    /// Non-aligned states.
    pub const NON_ALIGNED: [u8; 3] = [0xEF, 0xDF, 0xB2];
    /// Other states and colonies.
    pub const OTHER: [u8; 3] = [0xE4, 0xDE, 0xD2];
    /// Borders and coasts.
    pub const BORDER: [u8; 3] = [0x80, 0x74, 0x6B];
    /// Parks and wooded hills in the city.
    pub const PARK: [u8; 3] = [0xC8, 0xD9, 0xB0];
    /// Streets and bridges.
    pub const STREET: [u8; 3] = [0xFB, 0xF8, 0xF2];
    /// The edges of streets.
    pub const STREET_EDGE: [u8; 3] = [0xC4, 0x9E, 0x94];
    /// The edges of bridges.
    pub const BRIDGE_EDGE: [u8; 3] = [0x5A, 0x55, 0x50];

    /// The fill of a state by its alliance as written in the data.
    pub fn alliance(alliance: &str) -> [u8; 3] {
        match alliance {
            "warsaw-pact" => Self::WARSAW_PACT,
            "nato" => Self::NATO,
            "neutral" => Self::NEUTRAL,
            "non-aligned" => Self::NON_ALIGNED,
            _ => Self::OTHER,
        }
    }
}

/// Which tile, as in walkers' `TileId`, without depending on walkers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TileKey {
    /// Zoom level.
    pub zoom: u8,
    /// Column.
    pub x: u32,
    /// Row.
    pub y: u32,
}

impl TileKey {
    /// The tile's area in unit coordinates.
    fn bounds(self) -> UnitBox {
        let n = f64::from(1u32 << self.zoom.min(31));
        UnitBox {
            min: Unit {
                x: f64::from(self.x) / n,
                y: f64::from(self.y) / n,
            },
            max: Unit {
                x: f64::from(self.x + 1) / n,
                y: f64::from(self.y + 1) / n,
            },
        }
    }
}

/// Renders the tile at `size_px` × `size_px` pixels.
pub fn render_tile(map: &BaseMap, key: TileKey, size_px: u32) -> Option<Pixmap> {
    let mut pixmap = Pixmap::new(size_px, size_px)?;
    pixmap.fill(colour(Palette::SEA));
    let n = f64::from(1u32 << key.zoom.min(31));
    let scale = f64::from(size_px);
    let to_px = move |u: Unit| -> (f32, f32) {
        (
            ((u.x * n - f64::from(key.x)) * scale) as f32,
            ((u.y * n - f64::from(key.y)) * scale) as f32,
        )
    };
    // A margin so that strokes just outside the tile still reach into it.
    let mut area_box = key.bounds();
    let margin = 4.0 / (n * scale);
    area_box.min.x -= margin;
    area_box.min.y -= margin;
    area_box.max.x += margin;
    area_box.max.y += margin;
    // Points closer than this (in pixels) to the previous one are skipped.
    let line_scale = size_px as f32 / 256.0;
    let min_step = 0.5 * line_scale;
    // Outlines are stroked, which costs more per point; at half a pixel more nothing is lost.
    let stroke_step = 0.9 * line_scale;

    // Small zoom levels draw the thinned geometry: a tile at zoom 4 spans 22° of longitude.
    let coarse = key.zoom <= COARSE_MAX_ZOOM;
    for area in map.land.iter().filter(|a| a.bounds.intersects(&area_box)) {
        fill_area(
            &mut pixmap,
            coarse,
            area,
            &area_box,
            &to_px,
            min_step,
            Palette::LAND,
        );
    }
    for shape in map
        .polities
        .iter()
        .filter(|s| s.area.bounds.intersects(&area_box))
    {
        fill_area(
            &mut pixmap,
            coarse,
            &shape.area,
            &area_box,
            &to_px,
            min_step,
            Palette::alliance(&shape.alliance),
        );
    }
    for lake in map.lakes.iter().filter(|a| a.bounds.intersects(&area_box)) {
        fill_area(
            &mut pixmap,
            coarse,
            lake,
            &area_box,
            &to_px,
            min_step,
            Palette::SEA,
        );
    }
    let river_width = (0.6 + 0.18 * f32::from(key.zoom.saturating_sub(3))).min(2.6) * line_scale;
    let river_chunks = if coarse {
        &map.coarse_river_chunks
    } else {
        &map.river_chunks
    };
    let rivers = chunks_path(river_chunks.iter(), &area_box, &to_px, stroke_step);
    stroke(&mut pixmap, rivers.as_ref(), Palette::RIVER, river_width);
    let borders = chunks_path(
        map.polities
            .iter()
            .filter(|s| s.area.bounds.intersects(&area_box))
            .flat_map(|s| {
                if coarse {
                    s.area.coarse.outline.iter()
                } else {
                    s.area.outline.iter()
                }
            }),
        &area_box,
        &to_px,
        stroke_step,
    );
    let border_width = (0.6 + 0.12 * f32::from(key.zoom.saturating_sub(3))).min(1.6) * line_scale;
    stroke(&mut pixmap, borders.as_ref(), Palette::BORDER, border_width);
    super::city_render::render(
        &mut pixmap,
        &map.city,
        key.zoom,
        &area_box,
        &to_px,
        (min_step, stroke_step, line_scale),
    );
    Some(pixmap)
}

pub(super) fn fill_area(
    pixmap: &mut Pixmap,
    coarse: bool,
    area: &Area,
    area_box: &UnitBox,
    to_px: &impl Fn(Unit) -> (f32, f32),
    min_step: f32,
    rgb: [u8; 3],
) {
    // One path for all pieces, so that the edges pieces share cancel out (no seams).
    let mut builder = PathBuilder::new();
    let pieces = if coarse {
        &area.coarse.pieces
    } else {
        &area.pieces
    };
    for piece in pieces.iter().filter(|p| p.bounds.intersects(area_box)) {
        for ring in &piece.rings {
            add_points(&mut builder, ring, to_px, min_step, true);
        }
    }
    fill(pixmap, builder.finish().as_ref(), rgb);
}

/// One path of the chunks that touch `area`, for stroking.
pub(super) fn chunks_path<'a>(
    chunks: impl Iterator<Item = &'a Chunk>,
    area: &UnitBox,
    to_px: &impl Fn(Unit) -> (f32, f32),
    min_step: f32,
) -> Option<tiny_skia::Path> {
    let mut builder = PathBuilder::new();
    for chunk in chunks.filter(|c| c.bounds.intersects(area)) {
        add_points(&mut builder, &chunk.points, to_px, min_step, false);
    }
    builder.finish()
}

/// Adds a run of points to a path, skipping points closer than `min_step` pixels.
fn add_points(
    builder: &mut PathBuilder,
    points: &[Unit],
    to_px: &impl Fn(Unit) -> (f32, f32),
    min_step: f32,
    closed: bool,
) {
    let mut pixels = points.iter().map(|&u| to_px(u));
    let Some((x0, y0)) = pixels.next() else {
        return;
    };
    builder.move_to(x0, y0);
    let (mut last_x, mut last_y) = (x0, y0);
    let mut pending = None;
    for (x, y) in pixels {
        if (x - last_x).abs() + (y - last_y).abs() >= min_step {
            builder.line_to(x, y);
            last_x = x;
            last_y = y;
            pending = None;
        } else {
            pending = Some((x, y));
        }
    }
    // An open line keeps its true end.
    if let (false, Some((x, y))) = (closed, pending) {
        builder.line_to(x, y);
    }
    if closed {
        builder.close();
    }
}

fn colour([r, g, b]: [u8; 3]) -> Color {
    Color::from_rgba8(r, g, b, 255)
}

fn paint(rgb: [u8; 3]) -> Paint<'static> {
    let mut paint = Paint::default();
    paint.set_color(colour(rgb));
    paint.anti_alias = true;
    paint
}

fn fill(pixmap: &mut Pixmap, path: Option<&tiny_skia::Path>, rgb: [u8; 3]) {
    if let Some(path) = path {
        pixmap.fill_path(
            path,
            &paint(rgb),
            FillRule::EvenOdd,
            Transform::identity(),
            None,
        );
    }
}

pub(super) fn stroke(
    pixmap: &mut Pixmap,
    path: Option<&tiny_skia::Path>,
    rgb: [u8; 3],
    width: f32,
) {
    if let Some(path) = path {
        let stroke = Stroke {
            width,
            line_join: tiny_skia::LineJoin::Round,
            line_cap: tiny_skia::LineCap::Round,
            ..Stroke::default()
        };
        pixmap.stroke_path(path, &paint(rgb), &stroke, Transform::identity(), None);
    }
}
