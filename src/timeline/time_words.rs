//! The time in words at the head of the timeline ("Sat 27 Oct 1956, 13:00"), drawn from kept
//! pieces. While the time is scrubbed or played the words change every frame, and egui would
//! shape the whole string anew each time (a fifth of such a frame). Split into runs of digits
//! and of other letters, the pieces repeat (seven weekdays, sixty minutes): each is laid out
//! once and kept, and a frame only puts them side by side.

use ahash::HashMap;
use std::sync::Arc;

use egui::{Color32, FontId, Galley, Pos2, Response, Sense, Ui, WidgetInfo};

use crate::font_epoch::FontEpoch;

/// More pieces than this and the kept ones are dropped (a guard; the clock needs about 150).
const MAX_KEPT: usize = 2048;

/// Kept pieces of the time in words.
#[derive(Default)]
pub struct TimeWords {
    /// Laid out at `size`; all dropped when the size changes.
    pieces: HashMap<String, Arc<Galley>>,
    size: f32,
    fonts: FontEpoch,
}

impl TimeWords {
    /// Shows `words` in the strong text colour at `size` points as one clickable widget, read
    /// out as the words.
    pub fn ui(&mut self, ui: &mut Ui, words: &str, size: f32) -> Response {
        if self.fonts.changed(ui.painter()) || self.pieces.len() > MAX_KEPT || self.size != size {
            self.pieces.clear();
            self.size = size;
        }
        let font = FontId::proportional(size);
        let galleys: Vec<Arc<Galley>> = pieces(words)
            .map(|piece| {
                if let Some(galley) = self.pieces.get(piece) {
                    return Arc::clone(galley);
                }
                let galley = ui.painter().layout_no_wrap(
                    piece.to_owned(),
                    font.clone(),
                    Color32::PLACEHOLDER,
                );
                self.pieces.insert(piece.to_owned(), Arc::clone(&galley));
                galley
            })
            .collect();
        let width: f32 = galleys.iter().map(|g| g.size().x).sum();
        let height = galleys.iter().map(|g| g.size().y).fold(0.0, f32::max);
        let (rect, response) = ui.allocate_exact_size(egui::vec2(width, height), Sense::click());
        response.widget_info(|| WidgetInfo::labeled(egui::Role::Label, true, words));
        if ui.is_rect_visible(rect) {
            let colour = ui.visuals().strong_text_color();
            let mut x = rect.left();
            for galley in galleys {
                let advance = galley.size().x;
                ui.painter()
                    .galley(Pos2::new(x, rect.top()), galley, colour);
                x += advance;
            }
        }
        response
    }
}

/// `words` cut where digits meet other letters: "27 Oct, 13:00" gives "27", " Oct, ", "13",
/// ":", "00".
fn pieces(words: &str) -> impl Iterator<Item = &str> {
    let mut rest = words;
    std::iter::from_fn(move || {
        let first = rest.chars().next()?;
        let digits = first.is_ascii_digit();
        let end = rest
            .char_indices()
            .find(|(_, c)| c.is_ascii_digit() != digits)
            .map_or(rest.len(), |(i, _)| i);
        let (piece, after) = rest.split_at(end);
        rest = after;
        Some(piece)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_cut_where_digits_meet_letters() {
        let cut: Vec<&str> = pieces("Sat 27 Oct 1956, 13:05").collect();
        assert_eq!(cut, ["Sat ", "27", " Oct ", "1956", ", ", "13", ":", "05"]);
        assert_eq!(pieces("").count(), 0);
        assert_eq!(pieces("Mon").collect::<Vec<_>>(), ["Mon"]);
        assert_eq!(pieces("Mär 1956").collect::<Vec<_>>(), ["Mär ", "1956"]);
    }

    #[test]
    fn the_pieces_are_as_wide_as_the_words_and_are_kept() {
        let ctx = egui::Context::default();
        let mut words = TimeWords::default();
        for _ in 0..2 {
            ctx.run_ui(egui::RawInput::default(), |ui| {
                let whole = ui.painter().layout_no_wrap(
                    "Sat 27 Oct 1956, 13:05".to_owned(),
                    FontId::proportional(16.0),
                    Color32::WHITE,
                );
                let response = words.ui(ui, "Sat 27 Oct 1956, 13:05", 16.0);
                let width = response.rect.width();
                assert!(
                    (width - whole.size().x).abs() < 1.5,
                    "{width} against {}",
                    whole.size().x
                );
            })
            .drop_without_applying_deltas();
        }
        assert_eq!(words.pieces.len(), 8, "each piece once");
    }
}
