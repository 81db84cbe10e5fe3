//! Map labels as sprites. Each label (its text in its colour, with a light halo all round) is
//! drawn once with tiny-skia, from the outlines of egui's own font shaped by egui's own shaper,
//! into one texture; from then on it costs one textured rectangle per frame. Drawn as egui
//! text, a haloed label is five copies of its text, and on a map of Europe that was a third of
//! all the vertices of a frame.
//!
//! A label that cannot be drawn this way (a letter the font lacks, a full texture) is left to
//! the caller, which draws it as egui text.

use std::collections::HashMap;

use egui::{Color32, ColorImage, Mesh, Pos2, Rect, TextureHandle, TextureOptions, Vec2};
use skrifa::instance::{LocationRef, Size};
use skrifa::outline::{DrawSettings, OutlinePen};
use skrifa::{FontRef, GlyphId, MetadataProvider};
use tiny_skia::{FillRule, LineJoin, Paint, PathBuilder, Pixmap, Stroke, Transform};

/// The font egui draws proportional text with.
const FONT: &[u8] = epaint_default_fonts::UBUNTU_LIGHT;
/// Size of the texture the sprites are packed into (pixels).
const ATLAS: [usize; 2] = [1024, 1024];
/// How far the halo reaches beyond the letters (points).
const HALO: f32 = 1.0;
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

/// Which label: the text, its size (bits of the f32) and its colour.
type Key = (String, u32, Color32);

/// The texture, what is in it, and this frame's rectangles.
#[derive(Default)]
pub struct LabelSprites {
    texture: Option<TextureHandle>,
    /// The screen scale the sprites were drawn for.
    scale: f32,
    /// Drawn labels; `None` for one that cannot be drawn as a sprite.
    sprites: HashMap<Key, Option<Sprite>>,
    /// Next free spot: x, y, height of the current shelf (pixels).
    shelf: (usize, usize, usize),
    /// The texture ran out of room: start afresh next frame.
    full: bool,
    shaper: Option<harfrust::ShaperData>,
    batch: Option<Mesh>,
}

impl LabelSprites {
    /// Starts a frame: forgets every sprite if the screen's scale changed or the texture is
    /// full.
    pub fn begin_frame(&mut self, ctx: &egui::Context) {
        let scale = ctx.pixels_per_point();
        if scale != self.scale || self.full {
            self.sprites.clear();
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
    }

    /// Adds the label whose text's top-left corner is at `at` (snapped to the pixel grid) to
    /// this frame's batch; `false` if it has no sprite (the caller draws it otherwise).
    pub fn add(&mut self, at: Pos2, text: &str, size: f32, colour: Color32) -> bool {
        let key = (text.to_owned(), size.to_bits(), colour);
        let sprite = match self.sprites.get(&key) {
            Some(sprite) => *sprite,
            None => {
                let sprite = self.draw(text, size, colour);
                self.sprites.insert(key, sprite);
                sprite
            }
        };
        let (Some(sprite), Some(batch)) = (sprite, self.batch.as_mut()) else {
            return false;
        };
        let scale = self.scale;
        let snap = |v: f32| (v * scale).round() / scale;
        let min = Pos2::new(snap(at.x), snap(at.y)) - sprite.inset / scale;
        batch.add_rect_with_uv(
            Rect::from_min_size(min, sprite.size / scale),
            sprite.uv,
            Color32::WHITE,
        );
        true
    }

    /// The labels added since the last call, as one shape.
    pub fn take_batch(&mut self) -> Option<egui::Shape> {
        let texture = self.texture.as_ref()?.id();
        let batch = self.batch.replace(Mesh::with_texture(texture))?;
        (!batch.is_empty()).then(|| egui::Shape::mesh(batch))
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
        let [w, h] = [image.0.width() as usize, image.0.height() as usize];
        let (mut x, mut y, mut shelf) = self.shelf;
        if x + w > ATLAS[0] {
            (x, y, shelf) = (0, y + shelf, 0);
        }
        if w > ATLAS[0] || y + h > ATLAS[1] {
            self.full = true;
            return None;
        }
        let texture = self.texture.as_mut()?;
        texture.set_partial(
            [x, y],
            ColorImage::from_rgba_premultiplied([w, h], image.0.data()),
            TextureOptions::LINEAR,
        );
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

fn shaper_data() -> Option<harfrust::ShaperData> {
    Some(harfrust::ShaperData::new(&FontRef::new(FONT).ok()?))
}

/// The label drawn at `px` pixels per em with a halo of `halo` pixels, and where its text's
/// top-left corner is in the picture; `None` if the font lacks one of its letters.
pub fn render(
    shaper: &harfrust::ShaperData,
    text: &str,
    px: f32,
    colour: Color32,
    halo: f32,
) -> Option<(Pixmap, Vec2)> {
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
    let width = (advance.ceil() + 2.0 * pad) as u32;
    let mut pixmap = Pixmap::new(width.max(1), (height + 2.0 * pad).max(1.0) as u32)?;

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
        let stroke = Stroke {
            width: 2.0 * halo,
            line_join: LineJoin::Round,
            ..Stroke::default()
        };
        pixmap.stroke_path(
            &path,
            &paint(HALO_COLOUR),
            &stroke,
            Transform::identity(),
            None,
        );
        pixmap.fill_path(
            &path,
            &paint(colour),
            FillRule::Winding,
            Transform::identity(),
            None,
        );
    }
    Some((pixmap, Vec2::splat(pad)))
}

fn paint(colour: Color32) -> Paint<'static> {
    let [r, g, b, a] = colour.to_srgba_unmultiplied();
    let mut paint = Paint {
        anti_alias: true,
        ..Paint::default()
    };
    paint.set_color_rgba8(r, g, b, a);
    paint
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
        let (pixmap, inset) = render(&shaper(), "Budapest", 24.0, colour, 2.0).expect("drawn");
        assert_eq!(inset, Vec2::splat(3.0));
        let pixels = pixmap.pixels();
        let dark = pixels
            .iter()
            .filter(|p| p.alpha() == 255 && p.red() < 0x50)
            .count();
        let halo = pixels
            .iter()
            .filter(|p| p.alpha() > 150 && p.red() > 0xB0 && p.green() > 0xB0)
            .count();
        assert!(dark > 100, "the letters are drawn: {dark} dark pixels");
        assert!(
            halo > dark / 2,
            "with a halo round them: {halo} light pixels"
        );
        // Wider than tall, about as wide as eight letters at 24 px.
        assert!(
            pixmap.width() > 80 && pixmap.width() < 140,
            "{}",
            pixmap.width()
        );
        // Nothing is drawn in the corner.
        assert_eq!(pixels[0].alpha(), 0);
    }

    #[test]
    fn a_label_the_font_cannot_write_is_left_to_egui() {
        assert!(render(&shaper(), "東京", 24.0, Color32::BLACK, 2.0).is_none());
        assert!(render(&shaper(), "Győr, Pécs", 24.0, Color32::BLACK, 2.0).is_some());
    }
}
