//! Place names of the base map as of 1956 (countries, capitals, cities), drawn by egui so that
//! they stay crisp at every zoom, where they have room and from their own zoom level on.

use egui::{Align2, Color32, FontId, Painter};
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
        Self { items }
    }

    /// The label of a country, by polity id.
    pub fn country(&self, polity: &str) -> Option<&Label> {
        self.items
            .iter()
            .find(|l| l.kind == LabelKind::Country && l.polity.as_deref() == Some(polity))
    }

    /// Paints the labels that fit; `taken` holds areas already used (markers), and grows.
    pub fn paint(
        &self,
        painter: &Painter,
        projector: &Projector,
        taken: &mut Taken,
        text: &mut MapText,
    ) {
        let zoom = projector.zoom();
        let around = projector.clip_rect().expand(100.0);
        let to_screen = UnitProjector::new(projector);
        for label in self.items.iter().filter(|l| zoom >= l.min_zoom) {
            let pos = to_screen.place(label.unit);
            if !around.contains(pos) {
                continue;
            }
            let (words, font, colour, anchor) = match label.kind {
                LabelKind::Country => (
                    label.shown.as_str(),
                    FontId::proportional(if zoom >= 5.5 { 13.0 } else { 11.5 }),
                    COUNTRY,
                    Align2::CENTER_CENTER,
                ),
                LabelKind::Capital => (
                    label.shown.as_str(),
                    FontId::proportional(12.0),
                    CITY,
                    Align2::LEFT_CENTER,
                ),
                LabelKind::City => (
                    label.shown.as_str(),
                    FontId::proportional(11.0),
                    CITY,
                    Align2::LEFT_CENTER,
                ),
            };
            let galley = text.galley(painter, words, &font);
            let text_pos = match label.kind {
                LabelKind::Country => pos,
                _ => pos + egui::vec2(6.0, 0.0),
            };
            let rect = anchor.anchor_size(text_pos, galley.size()).expand(2.0);
            if !taken.take_if_free(rect) {
                continue;
            }
            if label.kind != LabelKind::Country {
                let dot = Dot {
                    radius: if label.kind == LabelKind::Capital {
                        3.0
                    } else {
                        2.2
                    },
                    rim: 1.2,
                    fill: Color32::WHITE,
                    rim_colour: CITY,
                };
                if !text.dot(pos, dot) {
                    painter.circle_filled(pos, dot.radius + dot.rim, dot.rim_colour);
                    painter.circle_filled(pos, dot.radius, dot.fill);
                }
            }
            let at = anchor.anchor_size(text_pos, galley.size()).min;
            text.halo_at(painter, at, words, &font, colour, galley);
        }
        text.flush(painter);
    }
}
