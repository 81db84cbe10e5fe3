//! Whether egui's fonts are still the ones that kept text layouts were made with. A layout
//! kept across frames points into egui's glyph atlas; when egui rebuilds its fonts (the
//! screen's scale changed, or the atlas filled up), every kept layout must be dropped.

use std::sync::Arc;

use egui::{Color32, FontId, Galley, Painter};

/// A short string laid out every frame: while egui hands back the same layout for it, its
/// fonts (and every layout kept since) are still valid.
#[derive(Default)]
pub struct FontEpoch {
    sentinel: Option<(f32, Arc<Galley>)>,
}

impl FontEpoch {
    /// Says whether the fonts changed since the last call (always, on the first call), in
    /// which case layouts kept before must be dropped.
    pub fn changed(&mut self, painter: &Painter) -> bool {
        let scale = painter.pixels_per_point();
        let probe = painter.layout_no_wrap(
            "1956".to_owned(),
            FontId::proportional(12.0),
            Color32::PLACEHOLDER,
        );
        let same = self
            .sentinel
            .as_ref()
            .is_some_and(|(s, galley)| *s == scale && Arc::ptr_eq(galley, &probe));
        if !same {
            self.sentinel = Some((scale, probe));
        }
        !same
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn painter(ctx: &egui::Context) -> Painter {
        Painter::new(
            ctx.clone(),
            egui::LayerId::background(),
            egui::Rect::EVERYTHING,
        )
    }

    #[test]
    fn changes_only_when_the_fonts_do() {
        let ctx = egui::Context::default();
        let mut epoch = FontEpoch::default();
        let mut changes = Vec::new();
        for pixels_per_point in [1.0, 1.0, 1.0, 2.0, 2.0] {
            ctx.set_pixels_per_point(pixels_per_point);
            ctx.run_ui(egui::RawInput::default(), |ui| {
                changes.push(epoch.changed(&painter(ui.ctx())));
            })
            .drop_without_applying_deltas();
        }
        assert_eq!(changes, [true, false, false, true, false]);
    }
}
