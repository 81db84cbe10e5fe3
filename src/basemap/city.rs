//! Budapest as it stood in October 1956, from `data/basemap/budapest.geojson` (built by
//! `tools/budapest` from a sourced table): the Danube between its banks, the islands, parks,
//! bridges and main streets for the tiles, and the names of streets, squares, bridges,
//! landmarks and districts with the dates they were borne, for the map to write. No egui.

use std::str::FromStr as _;

use geojson::{FeatureCollection, GeometryValue, JsonObject};

use super::geometry::{Area, BaseMapError, Line, Unit, UnitBox, rings};
use super::pieces::{Chunk, chunks};

const BUDAPEST_GEOJSON: &str = include_str!("../../data/basemap/budapest.geojson");

/// A civil date as the data writes it: a year alone, or a year, month and day.
type Day = (i16, i8, i8);

/// One name and the span of days it was borne (`from` inclusive, `to` exclusive; a year alone
/// covers the whole year, so that a name given up "in 1956" still holds in October 1956).
#[derive(Debug, Clone, PartialEq)]
pub struct DatedName {
    /// The name.
    pub name: String,
    from: Option<Day>,
    to: Option<Day>,
}

/// A feature's names over time, and what it is called today.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Names {
    /// In the order they were borne.
    pub dated: Vec<DatedName>,
    /// Today's name (or what stands there now).
    pub today: String,
}

impl Names {
    /// The name borne on `day` (year, month, day), if any: the first whose span holds it.
    pub fn on(&self, day: (i16, i8, i8)) -> Option<&str> {
        self.dated
            .iter()
            .find(|n| n.from.is_none_or(|from| from <= day) && n.to.is_none_or(|to| day < to))
            .map(|n| n.name.as_str())
    }
}

/// A street or a bridge.
#[derive(Debug, Clone)]
pub struct CityLine {
    /// Its course.
    pub line: Line,
    /// The same, cut into short runs for stroking.
    pub chunks: Vec<Chunk>,
    /// A main road (drawn wider).
    pub major: bool,
    /// Its names.
    pub names: Names,
    /// From this zoom level on.
    pub min_zoom: f64,
}

/// What a named point is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PointKind {
    /// A square.
    Square,
    /// A building or monument.
    Landmark,
    /// One of the 22 districts (its Roman numeral).
    District,
    /// Something a visitor would look for that was not there (the Erzsébet híd).
    Absent,
}

/// A named point: a square, a landmark, a district's label, a note.
#[derive(Debug, Clone)]
pub struct CityPoint {
    /// What it is.
    pub kind: PointKind,
    /// Where.
    pub unit: Unit,
    /// Its names (a district's is its numeral).
    pub names: Names,
    /// From this zoom level on.
    pub min_zoom: f64,
    /// Up to this zoom level (districts help only while the city is seen whole).
    pub max_zoom: f64,
    /// A sentence to show on hover (for a note), in English.
    pub text: Option<String>,
    /// The same sentence in Hungarian.
    pub text_hu: Option<String>,
}

impl CityPoint {
    /// Its sentence (a note's) in `language`; the English one where no Hungarian is given.
    pub(crate) fn text_in(&self, language: crate::i18n::Language) -> Option<&str> {
        let hungarian = (language.base() == crate::i18n::Language::Hungarian)
            .then_some(self.text_hu.as_deref())
            .flatten();
        hungarian.or(self.text.as_deref())
    }
}

/// The city layer.
#[derive(Debug, Clone, Default)]
pub struct City {
    /// The Danube between its banks (the islands are drawn over it).
    pub water: Vec<Area>,
    /// Islands.
    pub islands: Vec<Area>,
    /// Parks and hills.
    pub parks: Vec<Area>,
    /// Main streets.
    pub streets: Vec<CityLine>,
    /// Bridges standing in October 1956.
    pub bridges: Vec<CityLine>,
    /// Squares, landmarks, districts and notes.
    pub points: Vec<CityPoint>,
    /// Box around everything.
    pub bounds: Option<UnitBox>,
}

impl City {
    /// Parses the embedded layer.
    pub fn embedded() -> Result<Self, BaseMapError> {
        let file = "data/basemap/budapest.geojson";
        let features = FeatureCollection::from_str(BUDAPEST_GEOJSON)
            .map_err(|err| BaseMapError::new(file, err.to_string()))?;
        let mut city = City::default();
        for feature in features.features {
            let (Some(properties), Some(geometry)) = (feature.properties, feature.geometry) else {
                continue;
            };
            let text = |key: &str| properties.get(key).and_then(|v| v.as_str());
            let number = |key: &str| properties.get(key).and_then(serde_json::Value::as_f64);
            let names = names(&properties);
            let min_zoom = number("min_zoom").unwrap_or(11.0);
            match (text("kind").unwrap_or_default(), &geometry.value) {
                ("water", value) => city.water.extend(Area::new(rings(value))),
                ("island", value) => city.islands.extend(Area::new(rings(value))),
                ("park", value) => city.parks.extend(Area::new(rings(value))),
                (kind @ ("street" | "bridge"), GeometryValue::LineString { coordinates }) => {
                    let Some(line) = Line::new(coordinates) else {
                        continue;
                    };
                    let street = CityLine {
                        chunks: chunks(&line.points, false),
                        line,
                        major: kind == "bridge" || text("rank") == Some("major"),
                        names,
                        min_zoom,
                    };
                    if kind == "bridge" {
                        city.bridges.push(street);
                    } else {
                        city.streets.push(street);
                    }
                }
                (kind, GeometryValue::Point { coordinates }) => {
                    let kind = match kind {
                        "square" => PointKind::Square,
                        "landmark" => PointKind::Landmark,
                        "district" => PointKind::District,
                        "note" => PointKind::Absent,
                        _ => continue,
                    };
                    let [lon, lat, ..] = coordinates.as_slice() else {
                        continue;
                    };
                    let names = match (kind, text("numeral")) {
                        (PointKind::District, Some(numeral)) => Names {
                            dated: vec![DatedName {
                                name: numeral.to_owned(),
                                from: None,
                                to: None,
                            }],
                            today: numeral.to_owned(),
                        },
                        _ => names,
                    };
                    city.points.push(CityPoint {
                        kind,
                        unit: Unit::from_lon_lat(*lon, *lat),
                        names,
                        min_zoom,
                        max_zoom: number("max_zoom").unwrap_or(f64::INFINITY),
                        text: text("text").map(str::to_owned),
                        text_hu: text("text_hu").map(str::to_owned),
                    });
                }
                _ => {}
            }
        }
        let corners: Vec<Unit> = city
            .water
            .iter()
            .chain(&city.islands)
            .chain(&city.parks)
            .flat_map(|a| [a.bounds.min, a.bounds.max])
            .chain(city.points.iter().map(|p| p.unit))
            .collect();
        city.bounds = (!corners.is_empty()).then(|| UnitBox::around(&corners));
        Ok(city)
    }
}

/// A feature's dated names and today's name.
fn names(properties: &JsonObject) -> Names {
    let dated = properties
        .get("names")
        .and_then(|v| v.as_array())
        .map(|list| {
            list.iter()
                .filter_map(|entry| {
                    let day = |key: &str, end: bool| {
                        entry
                            .get(key)
                            .and_then(|v| v.as_str())
                            .and_then(|t| day(t, end))
                    };
                    Some(DatedName {
                        name: entry.get("name")?.as_str()?.to_owned(),
                        from: day("from", false),
                        to: day("to", true),
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    let today = properties
        .get("name_today")
        .and_then(|v| v.as_str())
        .unwrap_or_default()
        .to_owned();
    Names { dated, today }
}

/// `YYYY` or `YYYY-MM-DD`; a year alone as the end of a span means the whole year.
fn day(text: &str, end: bool) -> Option<Day> {
    let mut parts = text.split('-').map(str::parse::<i16>);
    let year = parts.next()?.ok()?;
    match (parts.next(), parts.next()) {
        (Some(Ok(month)), Some(Ok(day))) => {
            Some((year, i8::try_from(month).ok()?, i8::try_from(day).ok()?))
        }
        (None, None) if end => Some((year.checked_add(1)?, 1, 1)),
        (None, None) => Some((year, 1, 1)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_change_on_their_day() {
        let city = City::embedded().expect("the city layer");
        let bridge = |name: &str| {
            city.bridges
                .iter()
                .find(|b| b.names.today == name)
                .expect("the bridge")
        };
        let arpad = &bridge("Árpád híd").names;
        assert_eq!(arpad.on((1956, 10, 23)), Some("Sztálin híd"));
        assert_eq!(arpad.on((1956, 10, 26)), Some("Árpád híd"));
        assert_eq!(
            bridge("Margit híd").names.on((1956, 10, 23)),
            Some("Margit híd")
        );
        let andrassy = city
            .streets
            .iter()
            .find(|s| s.names.today == "Andrássy út")
            .expect("Andrássy út");
        assert_eq!(andrassy.names.on((1956, 11, 1)), Some("Sztálin út"));
        assert!(city.bridges.len() >= 8 && city.streets.len() >= 10);
        assert!(city.points.iter().any(|p| p.kind == PointKind::Absent));
    }
}
