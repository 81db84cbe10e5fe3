//! The base map's place names as of 1956 (countries, capitals, cities), from
//! `data/basemap/labels.json` (built by `tools/basemap`). The map places and draws them
//! (`map/base_labels.rs`); the tiles carry no text, so that names stay crisp at every zoom.
//! Each label keeps its text in English and in Hungarian (`name_hu`, from
//! `tools/basemap/names_hu.py`); a place Hungarian does not name its own way keeps its name.

use serde::Deserialize;

use super::Unit;
use crate::i18n::Language;

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
    /// Hungarian name, where Hungarian has its own form.
    #[serde(default)]
    name_hu: Option<String>,
    /// Hungarian short name of a country.
    #[serde(default)]
    short_name_hu: Option<String>,
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
    /// What the map shows in English: the name, or for a country its short name in capitals.
    #[serde(skip)]
    shown_english: String,
    /// What the map shows in Hungarian, the same way; the English text where Hungarian has no
    /// name of its own.
    #[serde(skip)]
    shown_hungarian: String,
    /// Where it is in map units.
    #[serde(skip)]
    pub unit: Unit,
}

impl Label {
    /// The text the map shows in `language`: a country's short name in capitals, a place's
    /// name; Hungarian falls back to the label's own name.
    pub(crate) fn shown(&self, language: Language) -> &str {
        match language.base() {
            Language::Hungarian => &self.shown_hungarian,
            _ => &self.shown_english,
        }
    }
}

/// A country's short name (else its name) in capitals, a place's name as it is. Rust's
/// `to_uppercase` follows Unicode, so Hungarian á, ő, ű become Á, Ő, Ű.
fn shown_text(kind: LabelKind, name: &str, short_name: Option<&str>) -> String {
    match kind {
        LabelKind::Country => short_name.unwrap_or(name).to_uppercase(),
        LabelKind::Capital | LabelKind::City => name.to_owned(),
    }
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
            let english = shown_text(label.kind, &label.name, label.short_name.as_deref());
            let hungarian = match &label.name_hu {
                Some(name_hu) => shown_text(label.kind, name_hu, label.short_name_hu.as_deref()),
                None => english.clone(),
            };
            label.shown_english = english;
            label.shown_hungarian = hungarian;
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

    /// The label of this kind named `name` in English.
    fn label<'a>(labels: &'a Labels, kind: LabelKind, name: &str) -> &'a Label {
        labels
            .all()
            .iter()
            .find(|l| l.kind == kind && l.name == name)
            .expect(name)
    }

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
        assert_eq!(hungary.shown(Language::English), "HUNGARY");
        assert_eq!(hungary.shown(Language::Hungarian), "MAGYARORSZÁG");
        assert!(labels.country("hungary").is_some());
    }

    #[test]
    fn hungarian_names_where_hungarian_has_them() {
        let labels = Labels::embedded();
        let austria = label(&labels, LabelKind::Country, "Republic of Austria");
        assert_eq!(austria.shown(Language::Hungarian), "AUSZTRIA");
        assert_eq!(austria.shown(Language::English), "AUSTRIA");
        let vienna = label(&labels, LabelKind::Capital, "Vienna");
        assert_eq!(vienna.shown(Language::Hungarian), "Bécs");
        assert_eq!(vienna.shown(Language::English), "Vienna");
        // Graz has no Hungarian name of its own: it keeps its own.
        let graz = label(&labels, LabelKind::City, "Graz");
        assert_eq!(graz.shown(Language::Hungarian), "Graz");
        // Hungarian upper case keeps the double acute: Ő, Ű, not Õ, Û.
        let ussr = label(
            &labels,
            LabelKind::Country,
            "Union of Soviet Socialist Republics",
        );
        assert_eq!(ussr.shown(Language::Hungarian), "SZOVJETUNIÓ");
        assert_eq!(shown_text(LabelKind::Country, "Győr", None), "GYŐR");
        assert_eq!(shown_text(LabelKind::Country, "Fűzfő", None), "FŰZFŐ");
        // Every country has a Hungarian name of its own.
        for country in labels.all().iter().filter(|l| l.kind == LabelKind::Country) {
            assert!(country.name_hu.is_some(), "{}", country.name);
            assert!(country.short_name_hu.is_some(), "{}", country.name);
        }
    }
}
