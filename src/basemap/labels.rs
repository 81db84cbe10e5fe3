//! Place names of the base map as of 1956 (countries, capitals, cities), drawn by egui so that
//! they stay crisp at every zoom, where they have room and from their own zoom level on.

use std::sync::Arc;

use egui::{Align2, Color32, FontId, Galley, Painter, Pos2};
use serde::Deserialize;
use walkers::Projector;

use super::{Dot, MapText, Taken, Unit, UnitProjector};

const LABELS_JSON: &str = include_str!("../../data/basemap/labels.json");

/// What a label names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LabelKind {
    /// A state.
    Country,
    /// A capital city.
    Capital,
    /// Another city.
    City,
}

/// One label as written in `data/basemap/labels.json`.
#[derive(Debug, Clone, Deserialize)]
pub struct Label {
    /// Name in 1956.
    pub name: String,
    /// Shorter name for countries.
    #[serde(default)]
    pub short_name: Option<String>,
    /// Country, capital or city.
    pub kind: LabelKind,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
    /// The state it names or lies in.
    #[serde(default)]
    pub polity: Option<String>,
    /// From this map zoom level on.
    pub min_zoom: f64,
    /// What the map shows: the name, or for a country its short name in capitals.
    #[serde(skip)]
    pub shown: String,
    /// Where it is in map units.
    #[serde(skip)]
    pub unit: Unit,
}

/// All labels, most important first.
pub struct Labels {
    items: Vec<Label>,
    /// The labels placed last time, and what they were placed around.
    placed: Option<(Placement, Vec<Placed>)>,
}

/// What a placement depends on: the map's view, the areas already taken when the labels were
/// placed, and the kept layouts. While the time is scrubbed none of them changes for most
/// frames, and the labels stay where they were.
#[derive(Clone, Copy, PartialEq)]
struct Placement {
    view: UnitProjector,
    clip: egui::Rect,
    taken: u64,
    text: u64,
}

/// A label that found room: which, its dot, and where its text goes.
struct Placed {
    index: usize,
    dot: Option<Dot>,
    pos: Pos2,
    at: Pos2,
    font: FontId,
    galley: Arc<Galley>,
}

const COUNTRY: Color32 = Color32::from_rgb(0x5E, 0x52, 0x4A);
const CITY: Color32 = Color32::from_rgb(0x3A, 0x35, 0x30);

impl Labels {
    /// Parses the embedded labels; a broken file is logged and leaves the map without them.
    pub fn embedded() -> Self {
        let mut items: Vec<Label> = match serde_json::from_str(LABELS_JSON) {
            Ok(items) => items,
            Err(err) => {
                log::error!("data/basemap/labels.json: {err}");
                Vec::new()
            }
        };
        items.sort_by(|a, b| a.kind.cmp(&b.kind).then(a.min_zoom.total_cmp(&b.min_zoom)));
        for label in &mut items {
            label.unit = Unit::from_lon_lat(label.lon, label.lat);
            label.shown = match label.kind {
                LabelKind::Country => label
                    .short_name
                    .as_deref()
                    .unwrap_or(&label.name)
                    .to_uppercase(),
                LabelKind::Capital | LabelKind::City => label.name.clone(),
            };
        }
        Self {
            items,
            placed: None,
        }
    }

    /// The label of a country, by polity id.
    pub fn country(&self, polity: &str) -> Option<&Label> {
        self.items
            .iter()
            .find(|l| l.kind == LabelKind::Country && l.polity.as_deref() == Some(polity))
    }

    /// Paints the labels that fit around the areas already used in `taken` (markers and
    /// their labels); the labels come last, so `taken` is theirs to use up. Where the labels
    /// go is worked out again only when the view, the areas taken or the kept layouts changed.
    pub fn paint(
        &mut self,
        painter: &Painter,
        projector: &Projector,
        mut taken: Taken,
        text: &mut MapText,
    ) {
        let placement = Placement {
            view: UnitProjector::new(projector),
            clip: projector.clip_rect(),
            taken: taken.fingerprint(),
            text: text.generation(),
        };
        let placed = match self.placed.take() {
            Some((made_for, placed)) if made_for == placement => placed,
            _ => self.place(painter, projector, placement.view, &mut taken, text),
        };
        for label in &placed {
            let Some(item) = self.items.get(label.index) else {
                continue;
            };
            if let Some(dot) = label.dot
                && !text.dot(label.pos, dot)
            {
                painter.circle_filled(label.pos, dot.radius + dot.rim, dot.rim_colour);
                painter.circle_filled(label.pos, dot.radius, dot.fill);
            }
            let colour = if item.kind == LabelKind::Country {
                COUNTRY
            } else {
                CITY
            };
            text.halo_at(
                painter,
                label.at,
                &item.shown,
                &label.font,
                colour,
                Arc::clone(&label.galley),
            );
        }
        text.flush(painter);
        self.placed = Some((placement, placed));
    }

    /// Works out which labels fit and where, taking their areas in `taken`.
    fn place(
        &self,
        painter: &Painter,
        projector: &Projector,
        to_screen: UnitProjector,
        taken: &mut Taken,
        text: &mut MapText,
    ) -> Vec<Placed> {
        let zoom = projector.zoom();
        let around = projector.clip_rect().expand(100.0);
        let mut placed = Vec::new();
        for (index, label) in self.items.iter().enumerate() {
            if zoom < label.min_zoom {
                continue;
            }
            let pos = to_screen.place(label.unit);
            if !around.contains(pos) {
                continue;
            }
            let (font, anchor, dot_radius) = match label.kind {
                LabelKind::Country => (
                    FontId::proportional(if zoom >= 5.5 { 13.0 } else { 11.5 }),
                    Align2::CENTER_CENTER,
                    None,
                ),
                LabelKind::Capital => (FontId::proportional(12.0), Align2::LEFT_CENTER, Some(3.0)),
                LabelKind::City => (FontId::proportional(11.0), Align2::LEFT_CENTER, Some(2.2)),
            };
            let galley = text.galley(painter, &label.shown, &font);
            let text_pos = match label.kind {
                LabelKind::Country => pos,
                _ => pos + egui::vec2(6.0, 0.0),
            };
            let rect = anchor.anchor_size(text_pos, galley.size()).expand(2.0);
            if !taken.take_if_free(rect) {
                continue;
            }
            placed.push(Placed {
                index,
                dot: dot_radius.map(|radius| Dot {
                    radius,
                    rim: 1.2,
                    fill: Color32::WHITE,
                    rim_colour: CITY,
                }),
                pos,
                at: anchor.anchor_size(text_pos, galley.size()).min,
                font,
                galley,
            });
        }
        placed
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use walkers::{MapMemory, MercatorProjection, lon_lat};

    /// The labels placed on a map of central Europe around the areas in `taken`, painted
    /// twice in a row, as (label index, text corner) pairs.
    fn placed_twice(
        labels: &mut Labels,
        text: &mut MapText,
        taken: &[egui::Rect],
    ) -> Vec<Vec<(usize, Pos2)>> {
        let ctx = egui::Context::default();
        let clip = egui::Rect::from_min_size(Pos2::ZERO, egui::vec2(1180.0, 675.0));
        let mut memory = MapMemory::default();
        memory.center_at(lon_lat(19.0, 48.0));
        memory.set_zoom(5.0).ok();
        let projector = Projector::new(clip, &MercatorProjection, &memory, lon_lat(0.0, 0.0));
        let mut frames = Vec::new();
        for _ in 0..2 {
            ctx.run_ui(egui::RawInput::default(), |ui| {
                let painter = ui.painter_at(clip);
                text.begin_frame(&painter);
                labels.paint(
                    &painter,
                    &projector,
                    Taken::new(clip, taken.iter().copied()),
                    text,
                );
                let placed = labels
                    .placed
                    .as_ref()
                    .map(|(_, placed)| placed.iter().map(|p| (p.index, p.at)).collect());
                frames.push(placed.unwrap_or_default());
            })
            .drop_without_applying_deltas();
        }
        frames
    }

    #[test]
    fn a_placement_is_kept_until_the_areas_taken_change() {
        let mut labels = Labels::embedded();
        let mut text = MapText::default();
        let free = placed_twice(&mut labels, &mut text, &[]);
        assert!(
            free[0].len() > 20,
            "central Europe has its names: {}",
            free[0].len()
        );
        assert_eq!(free[0], free[1], "kept while nothing changes");

        // A marker over the first label's text: that label must give way at once.
        let (first, at) = free[0][0];
        let marker = egui::Rect::from_min_size(at, egui::vec2(20.0, 10.0));
        let blocked = placed_twice(&mut labels, &mut text, &[marker]);
        assert!(blocked[0].iter().all(|(index, _)| *index != first));
        assert_eq!(blocked[0], blocked[1]);
    }
}
