//! The map's text (place names, status words, the labels of arrows), laid out once and kept.
//! egui lays a string out again whenever it was not shown in the frame before, and the map's
//! labels come and go as the time moves: kept here, a name costs its layout once per run, not
//! each time its place starts or stops happening. Everything is dropped when egui rebuilds its
//! fonts (a kept layout would then point into the old glyph atlas).
//!
//! Haloed labels are drawn as sprites ([`LabelSprites`]), gathered per layer: each layer calls
//! [`MapText::flush`] when its labels are all placed.

use ahash::HashMap;
use std::sync::Arc;

use egui::{Align2, Color32, FontId, Galley, Painter, Pos2, Rect};

use super::label_sprites::{Dot, LabelSprites};
use crate::font_epoch::FontEpoch;

/// A font as a hash key (egui's `FontId` holds its size as a float, and so is not `Eq`).
type FontKey = (u32, egui::FontFamily);

fn key(font: &FontId) -> FontKey {
    (font.size.to_bits(), font.family.clone())
}

/// Laid-out strings by font and text.
#[derive(Default)]
pub struct MapText {
    galleys: HashMap<FontKey, HashMap<String, Arc<Galley>>>,
    /// Whether egui's fonts are still those the layouts kept here were made with.
    fonts: FontEpoch,
    /// How many times the kept layouts were dropped.
    generation: u64,
    /// The haloed labels as sprites.
    sprites: LabelSprites,
}

impl MapText {
    /// Checks, once per frame before any use, that egui's fonts are the ones the kept layouts
    /// were made with; forgets them all if not.
    pub fn begin_frame(&mut self, painter: &Painter) {
        if self.fonts.changed(painter) {
            self.galleys.clear();
            self.generation += 1;
        }
        self.sprites.begin_frame(painter.ctx());
    }

    /// Changes whenever the kept layouts are dropped: layouts handed out before are then stale.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// Paints the haloed labels placed since the last call, above what is painted so far.
    pub fn flush(&mut self, painter: &Painter) {
        if let Some(shape) = self.sprites.take_batch() {
            painter.add(shape);
        }
    }

    /// `text` laid out on one line in `font`, in the colour it is painted with.
    pub fn galley(&mut self, painter: &Painter, text: &str, font: &FontId) -> Arc<Galley> {
        if let Some(galley) = self
            .galleys
            .get(&key(font))
            .and_then(|by_text| by_text.get(text))
        {
            return Arc::clone(galley);
        }
        let galley = painter.layout_no_wrap(text.to_owned(), font.clone(), Color32::PLACEHOLDER);
        self.galleys
            .entry(key(font))
            .or_default()
            .insert(text.to_owned(), Arc::clone(&galley));
        galley
    }

    /// Paints `text` with a light halo, readable on any fill; returns where it went.
    pub fn halo(
        &mut self,
        painter: &Painter,
        pos: Pos2,
        anchor: Align2,
        text: &str,
        font: &FontId,
        colour: Color32,
    ) -> Rect {
        let galley = self.galley(painter, text, font);
        let rect = anchor.anchor_size(pos, galley.size());
        self.halo_at(painter, rect.min, text, font, colour, galley);
        rect
    }

    /// Adds a city's dot at `center`, under every label of the layer; `false` if it cannot be
    /// drawn as a sprite (the caller draws it otherwise).
    pub fn dot(&mut self, center: Pos2, dot: Dot) -> bool {
        self.sprites.dot(center, dot)
    }

    /// Paints `text`, already laid out as `galley`, with a halo, its top-left corner at `at`.
    pub fn halo_at(
        &mut self,
        painter: &Painter,
        at: Pos2,
        text: &str,
        font: &FontId,
        colour: Color32,
        galley: Arc<Galley>,
    ) {
        let as_sprite = font.family == egui::FontFamily::Proportional
            && self.sprites.add(at, text, font.size, colour);
        if !as_sprite {
            paint_halo(painter, at, Align2::LEFT_TOP, galley, colour);
        }
    }
}

/// Paints a laid-out text with a light halo around it; returns where it went.
pub fn paint_halo(
    painter: &Painter,
    pos: Pos2,
    anchor: Align2,
    galley: Arc<Galley>,
    colour: Color32,
) -> Rect {
    let rect = anchor.anchor_size(pos, galley.size());
    let halo = Color32::from_rgba_unmultiplied(255, 255, 255, 190);
    for offset in [
        egui::vec2(-1.0, 0.0),
        egui::vec2(1.0, 0.0),
        egui::vec2(0.0, -1.0),
        egui::vec2(0.0, 1.0),
    ] {
        painter.galley(rect.min + offset, Arc::clone(&galley), halo);
    }
    painter.galley(rect.min, galley, colour);
    rect
}

/// Text with a light halo, laid out through egui's own cache (for text that is not the map's,
/// such as its attribution line).
pub fn halo_text(
    painter: &Painter,
    pos: Pos2,
    anchor: Align2,
    text: &str,
    font: FontId,
    colour: Color32,
) {
    let galley = painter.layout_no_wrap(text.to_owned(), font, Color32::PLACEHOLDER);
    paint_halo(painter, pos, anchor, galley, colour);
}
