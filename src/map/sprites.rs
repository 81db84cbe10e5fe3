//! Marker sprites: every look a marker can have (its kind's size × how its place stands now)
//! painted once with tiny-skia into one texture, so that a marker costs one textured rectangle
//! per frame instead of several tessellated circles. Thousands of markers then stay cheap, and
//! they all go to the screen as one mesh.

use egui::{Color32, ColorImage, Mesh, Pos2, Rect, TextureHandle, TextureOptions};
use tiny_skia::{PathBuilder, Pixmap, Stroke, Transform};

use super::markers::{PlaceStyle, marker_style};
use crate::basemap::{skia_disc, skia_paint};
use crate::story::{PlaceKind, PlaceTime};

/// The kinds whose markers differ in size, one of each.
const KINDS: [PlaceKind; 3] = [PlaceKind::Capital, PlaceKind::City, PlaceKind::Site];
/// How a place can stand.
const TIMES: [PlaceTime; 4] = [
    PlaceTime::Quiet,
    PlaceTime::Future,
    PlaceTime::Past,
    PlaceTime::Now,
];
/// Width of the outline around a marker (points).
const OUTLINE: f32 = 1.5;
/// The soft disc around a marker whose place has something happening now reaches this far
/// beyond it (points).
const NOW_GLOW: f32 = 7.0;

/// A ring drawn around a marker. Rings are white in the sheet and take their colour (and
/// fade) from the vertices they are drawn with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ring {
    /// Around the capital of a Warsaw Pact state.
    Pact,
    /// Around a selected place.
    Selected,
}

/// Every ring, in the order of their rows in the sheet.
const RINGS: [Ring; 2] = [Ring::Pact, Ring::Selected];

impl Ring {
    /// The gap between the marker's edge and the ring, and the ring's width (points).
    pub fn gap_and_width(self) -> (f32, f32) {
        match self {
            Ring::Pact => (2.5, 2.5),
            Ring::Selected => (5.5, 3.0),
        }
    }
}

/// One picture in the sheet: a marker, or a ring around one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Look {
    Marker(PlaceKind, PlaceTime),
    Ring(PlaceKind, PlaceTime, Ring),
}

impl Look {
    /// Every look, in the order of [`look_index`].
    fn all() -> impl Iterator<Item = Look> {
        let markers = || {
            KINDS
                .iter()
                .flat_map(|&kind| TIMES.iter().map(move |&time| (kind, time)))
        };
        markers()
            .map(|(kind, time)| Look::Marker(kind, time))
            .chain(RINGS.iter().flat_map(move |&ring| {
                markers().map(move |(kind, time)| Look::Ring(kind, time, ring))
            }))
    }

    /// How far it reaches from the marker's centre (points).
    fn reach(self) -> f32 {
        match self {
            Look::Marker(kind, time) => {
                let (_, radius) = marker_style(kind, time);
                if time == PlaceTime::Now {
                    radius + NOW_GLOW
                } else {
                    radius + OUTLINE
                }
            }
            Look::Ring(kind, time, ring) => {
                let (_, radius) = marker_style(kind, time);
                let (gap, width) = ring.gap_and_width();
                radius + gap + width
            }
        }
    }
}

/// Where one look is in the sheet.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cell {
    /// Its part of the texture (0 to 1).
    pub uv: Rect,
    /// Its width and height in points; the marker's centre is the cell's centre.
    pub side: f32,
}

/// The painted sheet: premultiplied pixels and where each look is.
pub struct Sheet {
    /// The pixels.
    pub image: ColorImage,
    /// One cell per look, in the order of [`look_index`].
    pub cells: Vec<Cell>,
}

/// The sheet's cell for a marker of a kind and time.
fn cell_index(kind: PlaceKind, time: PlaceTime) -> usize {
    let kind = match kind {
        PlaceKind::Capital => 0,
        PlaceKind::City | PlaceKind::Region => 1,
        PlaceKind::Site => 2,
    };
    let time = match time {
        PlaceTime::Quiet => 0,
        PlaceTime::Future => 1,
        PlaceTime::Past => 2,
        PlaceTime::Now => 3,
    };
    kind * TIMES.len() + time
}

/// The sheet's cell for a look: the markers first, then a row of rings per kind of ring.
fn look_index(look: Look) -> usize {
    let markers = KINDS.len() * TIMES.len();
    match look {
        Look::Marker(kind, time) => cell_index(kind, time),
        Look::Ring(kind, time, ring) => {
            let row = match ring {
                Ring::Pact => 1,
                Ring::Selected => 2,
            };
            row * markers + cell_index(kind, time)
        }
    }
}

/// Paints every look side by side at `pixels_per_point`.
pub fn paint_sheet(pixels_per_point: f32) -> Option<Sheet> {
    let scale = pixels_per_point.clamp(0.5, 8.0);
    // Each cell is an even number of pixels wide, so that its centre is a pixel corner.
    let sides: Vec<u32> = Look::all()
        .map(|look| 2 * ((look.reach() * scale).ceil() as u32 + 1))
        .collect();
    let width: u32 = sides.iter().sum();
    let height = sides.iter().copied().max()?;
    let mut pixmap = Pixmap::new(width, height)?;
    let mut cells = Vec::with_capacity(sides.len());
    let mut left = 0;
    for (look, side) in Look::all().zip(&sides) {
        let center = (left as f32 + *side as f32 / 2.0, *side as f32 / 2.0);
        match look {
            Look::Marker(kind, time) => paint_look(&mut pixmap, center, scale, kind, time),
            Look::Ring(kind, time, ring) => {
                let (_, radius) = marker_style(kind, time);
                let (gap, width) = ring.gap_and_width();
                // Outside radius + gap, as egui draws a circle's stroke.
                paint_ring(
                    &mut pixmap,
                    center,
                    scale,
                    radius + gap + width / 2.0,
                    width,
                    Color32::WHITE,
                );
            }
        }
        cells.push(Cell {
            uv: Rect::from_min_max(
                Pos2::new(left as f32 / width as f32, 0.0),
                Pos2::new(
                    (left + side) as f32 / width as f32,
                    *side as f32 / height as f32,
                ),
            ),
            side: *side as f32 / scale,
        });
        left += side;
    }
    let image =
        ColorImage::from_rgba_premultiplied([width as usize, height as usize], pixmap.data());
    Some(Sheet { image, cells })
}

/// A ring of `width` centred on a circle of `radius` (points) around `(x, y)` (pixels).
fn paint_ring(
    pixmap: &mut Pixmap,
    (x, y): (f32, f32),
    scale: f32,
    radius: f32,
    width: f32,
    colour: Color32,
) {
    if let Some(path) = PathBuilder::from_circle(x, y, radius * scale) {
        let stroke = Stroke {
            width: width * scale,
            ..Stroke::default()
        };
        pixmap.stroke_path(
            &path,
            &skia_paint(colour),
            &stroke,
            Transform::identity(),
            None,
        );
    }
}

/// One marker: for "now", a soft disc and a ring; then the outline and the fill.
fn paint_look(
    pixmap: &mut Pixmap,
    (x, y): (f32, f32),
    scale: f32,
    kind: PlaceKind,
    time: PlaceTime,
) {
    let (fill, radius) = marker_style(kind, time);
    let disc = |pixmap: &mut Pixmap, r: f32, colour: Color32| {
        skia_disc(pixmap, (x, y), r * scale, colour);
    };
    if time == PlaceTime::Now {
        disc(
            pixmap,
            radius + NOW_GLOW,
            PlaceStyle::NOW.gamma_multiply(0.25),
        );
        // The ring lies outside radius + 4, as egui draws a circle's stroke.
        let ring = radius + 4.0 + OUTLINE / 2.0;
        paint_ring(pixmap, (x, y), scale, ring, OUTLINE, PlaceStyle::NOW);
    }
    disc(pixmap, radius + OUTLINE, PlaceStyle::OUTLINE);
    disc(pixmap, radius, fill);
}

/// The sheet as a texture, painted again when the screen's scale changes.
#[derive(Default)]
pub struct MarkerSprites {
    loaded: Option<(f32, TextureHandle, Vec<Cell>)>,
}

impl MarkerSprites {
    /// A mesh to add markers to this frame; `None` if the sheet could not be painted.
    pub fn begin(&mut self, ctx: &egui::Context) -> Option<SpriteBatch<'_>> {
        let pixels_per_point = ctx.pixels_per_point();
        if self
            .loaded
            .as_ref()
            .is_none_or(|(scale, _, _)| *scale != pixels_per_point)
        {
            let sheet = paint_sheet(pixels_per_point)?;
            let texture = ctx.load_texture("marker-sprites", sheet.image, TextureOptions::LINEAR);
            self.loaded = Some((pixels_per_point, texture, sheet.cells));
        }
        let (scale, texture, cells) = self.loaded.as_ref()?;
        Some(SpriteBatch {
            mesh: Mesh::with_texture(texture.id()),
            rings: Mesh::with_texture(texture.id()),
            cells,
            pixels_per_point: *scale,
        })
    }
}

/// This frame's markers, gathered into one mesh.
pub struct SpriteBatch<'a> {
    mesh: Mesh,
    /// Rings, drawn above every marker.
    rings: Mesh,
    cells: &'a [Cell],
    pixels_per_point: f32,
}

impl SpriteBatch<'_> {
    /// Adds a marker centred near `pos` (on the nearest pixel corner, so that the sprite's
    /// pixels meet the screen's one to one), faded to `alpha`.
    pub fn add(&mut self, pos: Pos2, kind: PlaceKind, time: PlaceTime, alpha: f32) {
        let tint = Color32::WHITE.gamma_multiply(alpha);
        if let Some((rect, uv)) = self.place(pos, Look::Marker(kind, time)) {
            self.mesh.add_rect_with_uv(rect, uv, tint);
        }
    }

    /// Adds a ring in `colour` around the marker of a kind and time at `pos`; rings go above
    /// every marker.
    pub fn ring(
        &mut self,
        pos: Pos2,
        kind: PlaceKind,
        time: PlaceTime,
        ring: Ring,
        colour: Color32,
    ) {
        if let Some((rect, uv)) = self.place(pos, Look::Ring(kind, time, ring)) {
            self.rings.add_rect_with_uv(rect, uv, colour);
        }
    }

    /// Where a look goes on screen, centred near `pos` (on the nearest pixel corner, so that
    /// the sprite's pixels meet the screen's one to one), and its part of the texture.
    fn place(&self, pos: Pos2, look: Look) -> Option<(Rect, Rect)> {
        let cell = self.cells.get(look_index(look))?;
        let snap = |v: f32| (v * self.pixels_per_point).round() / self.pixels_per_point;
        let center = Pos2::new(snap(pos.x), snap(pos.y));
        Some((
            Rect::from_center_size(center, egui::vec2(cell.side, cell.side)),
            cell.uv,
        ))
    }

    /// The markers as one shape.
    pub fn into_shape(mut self) -> egui::Shape {
        self.mesh.append(self.rings);
        egui::Shape::mesh(self.mesh)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pixel(sheet: &Sheet, cell: &Cell, dx: f32, dy: f32) -> Color32 {
        let [w, h] = sheet.image.size;
        let x = (cell.uv.center().x * w as f32 + dx) as usize;
        let y = (cell.uv.center().y * h as f32 + dy) as usize;
        sheet.image.pixels[y * w + x]
    }

    #[test]
    fn each_look_has_its_fill_at_the_centre_an_outline_and_a_clear_corner() {
        for scale in [1.0, 1.5, 2.0] {
            let sheet = paint_sheet(scale).expect("painted");
            assert_eq!(
                sheet.cells.len(),
                KINDS.len() * TIMES.len() * (1 + RINGS.len())
            );
            for kind in KINDS {
                for time in TIMES {
                    let cell = &sheet.cells[cell_index(kind, time)];
                    let (fill, radius) = marker_style(kind, time);
                    assert_eq!(pixel(&sheet, cell, 0.5, 0.5), fill, "{kind:?} {time:?}");
                    let edge = (radius + OUTLINE / 2.0) * scale;
                    let outline = pixel(&sheet, cell, edge, 0.5);
                    assert!(
                        outline.a() > 180 && outline.r() < 0x40 && outline.b() < 0x40,
                        "{kind:?} {time:?} at {scale}: {outline:?}"
                    );
                    let corner = -cell.side * scale / 2.0;
                    assert_eq!(pixel(&sheet, cell, corner, corner), Color32::TRANSPARENT);
                }
            }
        }
    }

    #[test]
    fn a_place_where_something_happens_now_glows() {
        let sheet = paint_sheet(1.0).expect("painted");
        let cell = &sheet.cells[cell_index(PlaceKind::City, PlaceTime::Now)];
        let (_, radius) = marker_style(PlaceKind::City, PlaceTime::Now);
        let ring = pixel(&sheet, cell, radius + 4.75, 0.5);
        assert!(ring.r() > 150 && ring.g() < 100, "red ring: {ring:?}");
        let glow = pixel(&sheet, cell, radius + 6.5, 0.5);
        assert!(glow.a() > 30 && glow.a() < 100, "soft glow: {glow:?}");
        let past = &sheet.cells[cell_index(PlaceKind::City, PlaceTime::Past)];
        let (_, radius) = marker_style(PlaceKind::City, PlaceTime::Past);
        let outside = pixel(&sheet, past, radius + OUTLINE + 0.6, 0.5);
        assert!(outside.a() < 10, "nothing around it: {outside:?}");
    }

    #[test]
    fn rings_are_white_to_be_tinted_and_leave_their_marker_clear() {
        for scale in [1.0, 2.0] {
            let sheet = paint_sheet(scale).expect("painted");
            for look in Look::all() {
                let Look::Ring(kind, time, ring) = look else {
                    continue;
                };
                let cell = &sheet.cells[look_index(look)];
                let (_, radius) = marker_style(kind, time);
                let (gap, width) = ring.gap_and_width();
                let on = pixel(&sheet, cell, (radius + gap + width / 2.0) * scale, 0.5);
                assert!(on.a() > 200, "{look:?} at {scale}: {on:?}");
                assert!(on.r() == on.g() && on.g() == on.b(), "white: {on:?}");
                let inside = pixel(&sheet, cell, (radius + gap - 1.0) * scale, 0.5);
                assert!(inside.a() < 40, "{look:?} at {scale}: {inside:?}");
                assert_eq!(pixel(&sheet, cell, 0.5, 0.5), Color32::TRANSPARENT);
            }
        }
    }
}
