//! Map labels as sprites. Each label (its text in its colour, with a light halo all round) is
//! drawn once with tiny-skia, from the outlines of egui's own font shaped by egui's own shaper,
//! into one texture; from then on it costs one textured rectangle per frame. Drawn as egui
//! text, a haloed label is five copies of its text, and on a map of Europe that was a third of
//! all the vertices of a frame.
//!
//! A label that cannot be drawn this way (a letter the font lacks, a full texture) is left to
//! the caller, which draws it as egui text.

use ahash::HashMap;

use egui::{Color32, ColorImage, Mesh, Pos2, Rect, TextureHandle, TextureOptions, Vec2};
use skrifa::instance::{LocationRef, Size};
use skrifa::outline::{DrawSettings, OutlinePen};
use skrifa::{FontRef, GlyphId, MetadataProvider};
use tiny_skia::{FillRule, Paint, PathBuilder, Pixmap, Transform};

/// The font egui draws proportional text with.
const FONT: &[u8] = epaint_default_fonts::UBUNTU_LIGHT;
/// Size of the texture the sprites are packed into (pixels).
const ATLAS: [usize; 2] = [1024, 1024];
/// How far the halo reaches beyond the letters (points).
const HALO: f32 = 1.0;
/// At most this many labels are drawn into the texture per frame (each takes about 0.1 ms);
/// the others are drawn as egui text until their turn comes, so that a frame in which many
/// labels appear at once does not stall. Only a label shown in two frames running gets its
/// sprite: while the time is scrubbed, labels that flash by for one frame are not worth one.
const NEW_PER_FRAME: usize = 3;
/// The halo's colour.
const HALO_COLOUR: Color32 = Color32::from_rgba_unmultiplied_const(255, 255, 255, 190);

/// One drawn label: its part of the texture, and where its text's top-left corner is in it.
#[derive(Debug, Clone, Copy)]
struct Sprite {
    uv: Rect,
    /// Size in pixels.
    size: Vec2,
    /// From the sprite's top-left corner to the text's top-left corner (pixels).
    inset: Vec2,
}

/// Which kind of label: its size (bits of the f32) and its colour; then by text.
type Style = (u32, Color32);

/// The dot that marks a city: a disc with a rim.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Dot {
    /// Radius of the disc (points).
    pub radius: f32,
    /// Width of the rim around it (points).
    pub rim: f32,
    /// The disc's colour.
    pub fill: Color32,
    /// The rim's colour.
    pub rim_colour: Color32,
}

/// The texture, what is in it, and this frame's rectangles.
#[derive(Default)]
pub struct LabelSprites {
    texture: Option<TextureHandle>,
    /// The screen scale the sprites were drawn for.
    scale: f32,
    /// Drawn labels; `None` for one that cannot be drawn as a sprite.
    sprites: HashMap<Style, HashMap<String, Option<Sprite>>>,
    /// Next free spot: x, y, height of the current shelf (pixels).
    shelf: (usize, usize, usize),
    /// The texture ran out of room: start afresh next frame.
    full: bool,
    /// Drawn dots; `None` for one that did not fit.
    dots: Vec<(Dot, Option<Sprite>)>,
    shaper: Option<harfrust::ShaperData>,
    batch: Option<Mesh>,
    /// This frame's dots, drawn under its labels.
    dot_batch: Option<Mesh>,
    /// How many more labels may be drawn into the texture this frame.
    new_left: usize,
    /// Labels without a sprite asked for in the last frame, and in this one.
    wanted_last: ahash::HashSet<(Style, String)>,
    wanted_now: ahash::HashSet<(Style, String)>,
}

impl LabelSprites {
    /// Starts a frame: forgets every sprite if the screen's scale changed or the texture is
    /// full.
    pub fn begin_frame(&mut self, ctx: &egui::Context) {
        let scale = ctx.pixels_per_point();
        if scale != self.scale || self.full {
            self.sprites.clear();
            self.dots.clear();
            self.shelf = (0, 0, 0);
            self.full = false;
            self.scale = scale;
        }
        let texture = self.texture.get_or_insert_with(|| {
            ctx.load_texture(
                "map-labels",
                ColorImage::filled(ATLAS, Color32::TRANSPARENT),
                TextureOptions::LINEAR,
            )
        });
        self.batch = Some(Mesh::with_texture(texture.id()));
        self.dot_batch = Some(Mesh::with_texture(texture.id()));
        self.new_left = NEW_PER_FRAME;
        self.wanted_last = std::mem::take(&mut self.wanted_now);
    }

    /// Adds the label whose text's top-left corner is at `at` (snapped to the pixel grid) to
    /// this frame's batch; `false` if it has no sprite (the caller draws it otherwise).
    pub fn add(&mut self, at: Pos2, text: &str, size: f32, colour: Color32) -> bool {
        let style = (size.to_bits(), colour);
        let known = self
            .sprites
            .get(&style)
            .and_then(|by_text| by_text.get(text));
        let sprite = match known {
            Some(sprite) => *sprite,
            None if self.new_left == 0 => return false,
            None if !self.wanted_last.contains(&(style, text.to_owned())) => {
                self.wanted_now.insert((style, text.to_owned()));
                return false;
            }
            None => {
                self.new_left -= 1;
                let sprite = self.draw(text, size, colour);
                self.sprites
                    .entry(style)
                    .or_default()
                    .insert(text.to_owned(), sprite);
                sprite
            }
        };
        let Some(sprite) = sprite else {
            return false;
        };
        place(self.batch.as_mut(), self.scale, at, sprite)
    }

    /// Adds a dot centred near `center` (on a pixel corner) to this frame's batch, under every
    /// label; `false` if it has no sprite (the caller draws it otherwise).
    pub fn dot(&mut self, center: Pos2, dot: Dot) -> bool {
        let known = self.dots.iter().find(|(d, _)| *d == dot).map(|(_, s)| *s);
        let sprite = match known {
            Some(sprite) => sprite,
            None => {
                let sprite = self.draw_dot(dot);
                self.dots.push((dot, sprite));
                sprite
            }
        };
        let Some(sprite) = sprite else {
            return false;
        };
        place(self.dot_batch.as_mut(), self.scale, center, sprite)
    }

    /// The dots and labels added since the last call, as one shape (the dots underneath).
    pub fn take_batch(&mut self) -> Option<egui::Shape> {
        let texture = self.texture.as_ref()?.id();
        let mut dots = self.dot_batch.replace(Mesh::with_texture(texture))?;
        dots.append(self.batch.replace(Mesh::with_texture(texture))?);
        (!dots.is_empty()).then(|| egui::Shape::mesh(dots))
    }

    /// Draws a label into the texture.
    fn draw(&mut self, text: &str, size: f32, colour: Color32) -> Option<Sprite> {
        if self.shaper.is_none() {
            self.shaper = shaper_data();
        }
        let image = render(
            self.shaper.as_ref()?,
            text,
            size * self.scale,
            colour,
            HALO * self.scale,
        )?;
        self.pack(image)
    }

    /// Draws a dot into the texture.
    fn draw_dot(&mut self, dot: Dot) -> Option<Sprite> {
        let image = dot_image(dot, self.scale)?;
        self.pack(image)
    }

    /// Puts a picture into the texture's next free spot; `inset` is the point in it (pixels)
    /// that is placed where the sprite is drawn.
    fn pack(&mut self, image: (ColorImage, Vec2)) -> Option<Sprite> {
        let [w, h] = image.0.size;
        let (mut x, mut y, mut shelf) = self.shelf;
        if x + w > ATLAS[0] {
            (x, y, shelf) = (0, y + shelf, 0);
        }
        if w > ATLAS[0] || y + h > ATLAS[1] {
            self.full = true;
            return None;
        }
        let texture = self.texture.as_mut()?;
        texture.set_partial([x, y], image.0, TextureOptions::LINEAR);
        self.shelf = (x + w, y, shelf.max(h));
        let [aw, ah] = ATLAS.map(|v| v as f32);
        Some(Sprite {
            uv: Rect::from_min_max(
                Pos2::new(x as f32 / aw, y as f32 / ah),
                Pos2::new((x + w) as f32 / aw, (y + h) as f32 / ah),
            ),
            size: Vec2::new(w as f32, h as f32),
            inset: image.1,
        })
    }
}

/// A dot drawn at `scale` pixels per point, and its centre in the picture (pixels). The
/// picture is an even number of pixels wide, so that its centre is a pixel corner.
fn dot_image(dot: Dot, scale: f32) -> Option<(ColorImage, Vec2)> {
    let half = ((dot.radius + dot.rim) * scale).ceil() + 1.0;
    let side = (2.0 * half) as u32;
    let mut pixmap = Pixmap::new(side, side)?;
    for (radius, colour) in [
        (dot.radius + dot.rim, dot.rim_colour),
        (dot.radius, dot.fill),
    ] {
        skia_disc(&mut pixmap, (half, half), radius * scale, colour);
    }
    let image = ColorImage::from_rgba_premultiplied([side as usize, side as usize], pixmap.data());
    Some((image, Vec2::splat(half)))
}

/// Adds `sprite` to `batch` with its inset point at `at` (snapped to the pixel grid).
fn place(batch: Option<&mut Mesh>, scale: f32, at: Pos2, sprite: Sprite) -> bool {
    let Some(batch) = batch else {
        return false;
    };
    let snap = |v: f32| (v * scale).round() / scale;
    let min = Pos2::new(snap(at.x), snap(at.y)) - sprite.inset / scale;
    batch.add_rect_with_uv(
        Rect::from_min_size(min, sprite.size / scale),
        sprite.uv,
        Color32::WHITE,
    );
    true
}

/// The shaper's tables for egui's font, parsed once.
pub fn shaper_data() -> Option<harfrust::ShaperData> {
    Some(harfrust::ShaperData::new(&FontRef::new(FONT).ok()?))
}

/// The label drawn at `px` pixels per em with a halo of `halo` pixels, and where its text's
/// top-left corner is in the picture; `None` if the font lacks one of its letters.
///
/// The letters are filled once as a coverage mask; the halo is that mask spread by `halo`
/// pixels (a disc), as egui's four shifted copies spread it, which costs far less than
/// stroking the outlines.
pub fn render(
    shaper: &harfrust::ShaperData,
    text: &str,
    px: f32,
    colour: Color32,
    halo: f32,
) -> Option<(ColorImage, Vec2)> {
    let font = FontRef::new(FONT).ok()?;
    let metrics = font.metrics(Size::new(px), LocationRef::default());
    let upem = f32::from(metrics.units_per_em.max(1));
    let mut buffer = harfrust::UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.guess_segment_properties();
    let glyphs = shaper
        .shaper(&font)
        .build()
        .shape(buffer, harfrust::ShapeOptions::new());
    if glyphs.glyph_infos().iter().any(|g| g.glyph_id == 0) {
        return None;
    }
    let to_px = px / upem;
    let advance: f32 = glyphs
        .glyph_positions()
        .iter()
        .map(|p| p.x_advance as f32 * to_px)
        .sum();
    // As egui lays out a row: the ascent, rounded as egui rounds it, then the baseline.
    let ascent = metrics.ascent.round();
    let height = (metrics.ascent - metrics.descent + metrics.leading).ceil();
    let pad = (halo + 1.0).ceil();
    let width = (advance.ceil() + 2.0 * pad).max(1.0) as u32;
    let mut mask = Pixmap::new(width, (height + 2.0 * pad).max(1.0) as u32)?;

    let outlines = font.outline_glyphs();
    let mut pen = SkiaPen {
        path: PathBuilder::new(),
        origin: (pad, pad + ascent),
    };
    let mut x = 0.0;
    for (info, position) in glyphs.glyph_infos().iter().zip(glyphs.glyph_positions()) {
        let glyph = outlines.get(GlyphId::new(info.glyph_id))?;
        pen.origin = (
            pad + x + position.x_offset as f32 * to_px,
            pad + ascent - position.y_offset as f32 * to_px,
        );
        glyph
            .draw(
                DrawSettings::unhinted(Size::new(px), LocationRef::default()),
                &mut pen,
            )
            .ok()?;
        x += position.x_advance as f32 * to_px;
    }
    if let Some(path) = pen.path.finish() {
        mask.fill_path(
            &path,
            &skia_paint(Color32::WHITE),
            FillRule::Winding,
            Transform::identity(),
            None,
        );
    }
    Some((compose(&mask, colour, halo), Vec2::splat(pad)))
}

/// The text in `colour` over its coverage spread by `halo` pixels in the halo's colour.
fn compose(mask: &Pixmap, colour: Color32, halo: f32) -> ColorImage {
    let (w, h) = (mask.width() as usize, mask.height() as usize);
    let coverage: Vec<u16> = mask.pixels().iter().map(|p| u16::from(p.alpha())).collect();
    let reach = halo.ceil() as usize;
    // The disc as offsets, in rows: for each dy, how far dx may go.
    let spans: Vec<(isize, usize)> = (-(reach as isize)..=reach as isize)
        .map(|dy| {
            let dy_f = dy as f32;
            let dx = (halo * halo - dy_f * dy_f).max(0.0).sqrt().floor() as usize;
            (dy, dx)
        })
        .collect();
    let text = colour.to_array().map(u32::from);
    let glow = HALO_COLOUR.to_array().map(u32::from);
    let mut pixels = Vec::with_capacity(w * h);
    for y in 0..h {
        for x in 0..w {
            let mut spread = 0u16;
            for &(dy, dx) in &spans {
                let Some(row) = y.checked_add_signed(dy).filter(|&row| row < h) else {
                    continue;
                };
                let from = row * w + x.saturating_sub(dx);
                let to = row * w + (x + dx).min(w - 1);
                if let Some(run) = coverage.get(from..=to) {
                    spread = run.iter().copied().fold(spread, u16::max);
                }
            }
            let t = u32::from(coverage.get(y * w + x).copied().unwrap_or(0));
            let s = u32::from(spread);
            // Premultiplied: the text over the halo, in 0..=255 steps.
            let mix = |c: usize| {
                let value = text[c] * t * 255 + glow[c] * s * (255 - t);
                ((value + 255 * 255 / 2) / (255 * 255)).min(255) as u8
            };
            pixels.push(Color32::from_rgba_premultiplied(
                mix(0),
                mix(1),
                mix(2),
                mix(3),
            ));
        }
    }
    ColorImage::new([w, h], pixels)
}

/// A tiny-skia paint, anti-aliased, of an egui colour.
pub fn skia_paint(colour: Color32) -> Paint<'static> {
    let [r, g, b, a] = colour.to_srgba_unmultiplied();
    let mut paint = Paint {
        anti_alias: true,
        ..Paint::default()
    };
    paint.set_color_rgba8(r, g, b, a);
    paint
}

/// Fills a disc of `radius` pixels centred at `(x, y)` (pixels), anti-aliased.
pub fn skia_disc(pixmap: &mut Pixmap, (x, y): (f32, f32), radius: f32, colour: Color32) {
    if let Some(path) = PathBuilder::from_circle(x, y, radius) {
        pixmap.fill_path(
            &path,
            &skia_paint(colour),
            FillRule::Winding,
            Transform::identity(),
            None,
        );
    }
}

/// Glyph outlines (y up, from the pen's origin on the baseline) into a tiny-skia path (y down).
struct SkiaPen {
    path: PathBuilder,
    origin: (f32, f32),
}

impl SkiaPen {
    fn at(&self, x: f32, y: f32) -> (f32, f32) {
        (self.origin.0 + x, self.origin.1 - y)
    }
}

impl OutlinePen for SkiaPen {
    fn move_to(&mut self, x: f32, y: f32) {
        let (x, y) = self.at(x, y);
        self.path.move_to(x, y);
    }

    fn line_to(&mut self, x: f32, y: f32) {
        let (x, y) = self.at(x, y);
        self.path.line_to(x, y);
    }

    fn quad_to(&mut self, cx0: f32, cy0: f32, x: f32, y: f32) {
        let (cx0, cy0) = self.at(cx0, cy0);
        let (x, y) = self.at(x, y);
        self.path.quad_to(cx0, cy0, x, y);
    }

    fn curve_to(&mut self, cx0: f32, cy0: f32, cx1: f32, cy1: f32, x: f32, y: f32) {
        let (cx0, cy0) = self.at(cx0, cy0);
        let (cx1, cy1) = self.at(cx1, cy1);
        let (x, y) = self.at(x, y);
        self.path.cubic_to(cx0, cy0, cx1, cy1, x, y);
    }

    fn close(&mut self) {
        self.path.close();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shaper() -> harfrust::ShaperData {
        shaper_data().expect("egui's font parses")
    }

    #[test]
    fn a_label_has_its_colour_inside_a_light_halo() {
        let colour = Color32::from_rgb(0x3A, 0x35, 0x30);
        let (image, inset) = render(&shaper(), "Budapest", 24.0, colour, 2.0).expect("drawn");
        assert_eq!(inset, Vec2::splat(3.0));
        let pixels = &image.pixels;
        let dark = pixels
            .iter()
            .filter(|p| p.a() == 255 && p.r() < 0x50)
            .count();
        let halo = pixels
            .iter()
            .filter(|p| p.a() > 150 && p.a() < 255 && p.r() > 0x90)
            .count();
        assert!(dark > 100, "the letters are drawn: {dark} dark pixels");
        assert!(
            halo > dark / 2,
            "with a halo round them: {halo} light pixels"
        );
        // About as wide as eight letters at 24 px.
        assert!(
            image.size[0] > 80 && image.size[0] < 140,
            "{:?}",
            image.size
        );
        // Nothing is drawn in the corner.
        assert_eq!(pixels[0].a(), 0);
    }

    #[test]
    fn a_label_the_font_cannot_write_is_left_to_egui() {
        assert!(render(&shaper(), "東京", 24.0, Color32::BLACK, 2.0).is_none());
        assert!(render(&shaper(), "Győr, Pécs", 24.0, Color32::BLACK, 2.0).is_some());
    }

    const DOT: Dot = Dot {
        radius: 3.0,
        rim: 1.2,
        fill: Color32::WHITE,
        rim_colour: Color32::from_rgb(0x3A, 0x35, 0x30),
    };

    #[test]
    fn a_dot_is_its_fill_inside_its_rim() {
        for scale in [1.0, 2.0] {
            let (image, centre) = dot_image(DOT, scale).expect("drawn");
            let at = |dx: f32| {
                let x = (centre.x + dx * scale) as usize;
                image.pixels[centre.y as usize * image.size[0] + x]
            };
            assert_eq!(at(0.0), Color32::WHITE, "at {scale}");
            let rim = at(DOT.radius + DOT.rim / 2.0);
            assert!(rim.a() > 200 && rim.r() < 0x60, "rim at {scale}: {rim:?}");
            assert_eq!(image.pixels[0], Color32::TRANSPARENT);
            assert_eq!(image.size[0] % 2, 0, "centre on a pixel corner");
        }
    }

    #[test]
    fn a_dot_is_one_rectangle_centred_where_asked() {
        let ctx = egui::Context::default();
        let mut sprites = LabelSprites::default();
        ctx.run_ui(egui::RawInput::default(), |ui| {
            sprites.begin_frame(ui.ctx());
            assert!(sprites.dot(Pos2::new(100.0, 50.0), DOT));
            let Some(egui::Shape::Mesh(mesh)) = sprites.take_batch() else {
                panic!("one mesh");
            };
            assert_eq!(mesh.vertices.len(), 4);
            assert_eq!(mesh.calc_bounds().center(), Pos2::new(100.0, 50.0));
            assert!(sprites.take_batch().is_none(), "taken once");
        })
        .drop_without_applying_deltas();
    }
}
