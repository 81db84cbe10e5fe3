//! The base map's 1956 names on the screen: each drawn where it has room, from its own zoom
//! level on, after the story's markers, arrows and status words have taken their places,
//! in the app's language.

use egui::{Align2, FontId, Painter, Pos2, Rect};

use super::halo;
use super::taken::Taken;
use super::unit_projector::UnitProjector;
use crate::basemap::{LabelKind, Labels};
use crate::i18n::Language;
use crate::theme;

/// How far outside the map a label's place may lie and still have its name drawn (points).
const BEYOND_EDGE: f32 = 100.0;

/// Paints the labels that fit around the areas already used in `taken`, most important
/// first, in `language`; each label's area is taken in turn. Returns where each one went.
pub(crate) fn paint(
    painter: &Painter,
    to_screen: &UnitProjector,
    zoom: f64,
    labels: &Labels,
    language: Language,
    taken: &mut Taken,
) -> Vec<Rect> {
    let around = painter.clip_rect().expand(BEYOND_EDGE);
    let mut drawn = Vec::new();
    for label in labels.all() {
        if zoom < label.min_zoom {
            continue;
        }
        let pos = to_screen.place(label.unit);
        if !around.contains(pos) {
            continue;
        }
        let (font, anchor, dot_radius, colour) = match label.kind {
            LabelKind::Country => {
                let size = if zoom >= 5.5 { 13.0 } else { 11.5 };
                (size, Align2::CENTER_CENTER, None, theme::COUNTRY_TEXT)
            }
            LabelKind::Capital => (12.0, Align2::LEFT_CENTER, Some(3.0), theme::CITY_TEXT),
            LabelKind::City => (11.0, Align2::LEFT_CENTER, Some(2.2), theme::CITY_TEXT),
        };
        let galley = halo::layout(painter, label.shown(language), FontId::proportional(font));
        let text_pos = match label.kind {
            LabelKind::Country => pos,
            LabelKind::Capital | LabelKind::City => pos + egui::vec2(6.0, 0.0),
        };
        let rect = anchor.anchor_size(text_pos, galley.size());
        // A name the map's edge would cut ("aux" for Bordeaux) is left out.
        if !painter.clip_rect().contains_rect(rect) || !taken.take_if_free(rect.expand(2.0)) {
            continue;
        }
        if let Some(radius) = dot_radius {
            city_dot(painter, pos, radius);
        }
        halo::paint(painter, rect.min, &galley, colour);
        drawn.push(rect);
    }
    drawn
}

/// A city's white dot with a dark rim.
fn city_dot(painter: &Painter, pos: Pos2, radius: f32) {
    painter.circle_filled(pos, radius + 1.2, theme::CITY_TEXT);
    painter.circle_filled(pos, radius, egui::Color32::WHITE);
}

#[cfg(test)]
mod tests {
    use super::*;
    use walkers::{MapMemory, MercatorProjection, Projector, lon_lat};

    /// The labels drawn on a map of central Europe at zoom 5 around the areas in `taken`.
    fn drawn(taken: &[Rect], language: Language) -> Vec<Rect> {
        let ctx = egui::Context::default();
        let clip = Rect::from_min_size(Pos2::ZERO, egui::vec2(1180.0, 675.0));
        let mut memory = MapMemory::default();
        memory.center_at(lon_lat(19.0, 48.0));
        memory.set_zoom(5.0).ok();
        let projector = Projector::new(clip, &MercatorProjection, &memory, lon_lat(0.0, 0.0));
        let mut rects = Vec::new();
        ctx.run_ui(egui::RawInput::default(), |ui| {
            let painter = ui.painter_at(clip);
            let mut areas = Taken::new(clip, taken.iter().copied());
            rects = paint(
                &painter,
                &UnitProjector::new(&projector),
                5.0,
                &Labels::embedded(),
                language,
                &mut areas,
            );
        })
        .drop_without_applying_deltas();
        rects
    }

    #[test]
    fn names_never_overlap_each_other_or_the_areas_taken() {
        for language in Language::ALL {
            let free = drawn(&[], language);
            assert!(
                free.len() > 20,
                "central Europe has its names in {language:?}: {}",
                free.len()
            );
            for (i, a) in free.iter().enumerate() {
                for b in free.iter().skip(i + 1) {
                    assert!(!a.intersects(*b), "{a:?} overlaps {b:?}");
                }
            }
            // A marker over the first name: that name gives way.
            let first = *free.first().expect("a name");
            let marker = Rect::from_center_size(first.center(), egui::vec2(20.0, 10.0));
            let blocked = drawn(&[marker], language);
            assert!(blocked.iter().all(|rect| !rect.intersects(marker)));
            assert!(!blocked.contains(&first));
        }
    }
}
