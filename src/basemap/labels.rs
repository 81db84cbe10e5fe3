//! The base map's place names as of 1956 (countries, capitals, cities), from
//! `data/basemap/labels.json` (built by `tools/basemap`). The map places and draws them
//! (`map/base_labels.rs`); the tiles carry no text, so that names stay crisp at every zoom.

use serde::Deserialize;

use super::Unit;

const LABELS_JSON: &str = include_str!("../../data/basemap/labels.json");

/// What a label names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum LabelKind {
    /// A state.
    Country,
    /// A capital city.
    Capital,
    /// Another city.
    City,
}

/// One label as written in `data/basemap/labels.json`.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct Label {
    /// Name in 1956.
    name: String,
    /// Shorter name for countries.
    #[serde(default)]
    short_name: Option<String>,
    /// Country, capital or city.
    pub kind: LabelKind,
    /// Latitude.
    lat: f64,
    /// Longitude.
    lon: f64,
    /// The state it names or lies in.
    #[serde(default)]
    polity: Option<String>,
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
pub(crate) struct Labels {
    items: Vec<Label>,
}

impl Labels {
    /// Parses the embedded labels; a broken file is logged and leaves the map without them.
    pub(crate) fn embedded() -> Self {
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

    /// Every label, most important first.
    pub(crate) fn all(&self) -> &[Label] {
        &self.items
    }

    /// Where the name of a country is, by polity id.
    pub(crate) fn country(&self, polity: &str) -> Option<Unit> {
        self.items
            .iter()
            .find(|l| l.kind == LabelKind::Country && l.polity.as_deref() == Some(polity))
            .map(|l| l.unit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_come_first_and_are_shown_in_capitals() {
        let labels = Labels::embedded();
        let all = labels.all();
        assert!(all.len() > 300, "{}", all.len());
        assert!(all.windows(2).all(|w| w[0].kind <= w[1].kind));
        let hungary = all
            .iter()
            .find(|l| l.polity.as_deref() == Some("hungary") && l.kind == LabelKind::Country)
            .expect("Hungary");
        assert_eq!(hungary.shown, "HUNGARY");
        assert!(labels.country("hungary").is_some());
    }
}
