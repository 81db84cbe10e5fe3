//! The 1956 base map's geometry: states, land, lakes and rivers from the embedded GeoJSON
//! (built by `tools/basemap`), projected once to Web Mercator unit coordinates. No egui.

use std::str::FromStr as _;

use geojson::{FeatureCollection, GeometryValue, Position};

/// The embedded data files.
const POLITIES_GEOJSON: &str = include_str!("../../data/basemap/polities.geojson");
const WATER_GEOJSON: &str = include_str!("../../data/basemap/water.geojson");
const LAND_GEOJSON: &str = include_str!("../../data/basemap/land.geojson");

/// A point in Web Mercator unit coordinates: x and y in [0, 1], y growing southwards.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Unit {
    /// 0 at 180° W, 1 at 180° E.
    pub x: f64,
    /// 0 at the top of the Mercator square, 1 at the bottom.
    pub y: f64,
}

impl Unit {
    /// Projects longitude and latitude (degrees).
    pub fn from_lon_lat(lon: f64, lat: f64) -> Self {
        let lat = lat.clamp(-85.051_128, 85.051_128).to_radians();
        Self {
            x: (lon + 180.0) / 360.0,
            y: 0.5 - lat.tan().asinh() / (2.0 * std::f64::consts::PI),
        }
    }

    /// Back to longitude and latitude (degrees).
    pub fn to_lon_lat(self) -> (f64, f64) {
        let lon = self.x * 360.0 - 180.0;
        let lat = ((0.5 - self.y) * 2.0 * std::f64::consts::PI)
            .sinh()
            .atan()
            .to_degrees();
        (lon, lat)
    }
}

/// An axis-aligned box in unit coordinates.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct UnitBox {
    /// Smallest corner.
    pub min: Unit,
    /// Largest corner.
    pub max: Unit,
}

impl UnitBox {
    /// The smallest box around the points.
    pub fn around(points: &[Unit]) -> Self {
        let mut min = Unit {
            x: f64::MAX,
            y: f64::MAX,
        };
        let mut max = Unit {
            x: f64::MIN,
            y: f64::MIN,
        };
        for p in points {
            min.x = min.x.min(p.x);
            min.y = min.y.min(p.y);
            max.x = max.x.max(p.x);
            max.y = max.y.max(p.y);
        }
        Self { min, max }
    }

    /// Whether two boxes overlap.
    pub fn intersects(&self, other: &UnitBox) -> bool {
        self.min.x <= other.max.x
            && other.min.x <= self.max.x
            && self.min.y <= other.max.y
            && other.min.y <= self.max.y
    }
}

/// A closed ring or an open line, with its bounding box.
#[derive(Debug, Clone)]
pub struct Line {
    /// The points.
    pub points: Vec<Unit>,
    /// Their bounding box.
    pub bounds: UnitBox,
}

impl Line {
    pub(super) fn new(positions: &[Position]) -> Option<Self> {
        let points: Vec<Unit> = positions
            .iter()
            .filter_map(|p| match p.as_slice() {
                [lon, lat, ..] => Some(Unit::from_lon_lat(*lon, *lat)),
                _ => None,
            })
            .collect();
        (points.len() >= 2).then(|| Self {
            bounds: UnitBox::around(&points),
            points,
        })
    }
}

/// A polygon: outer rings and holes, filled together with the even-odd rule.
#[derive(Debug, Clone)]
pub struct Area {
    /// Outer rings and holes.
    pub rings: Vec<Line>,
    /// Box around all rings.
    pub bounds: UnitBox,
    /// The rings cut into small pieces, for drawing.
    pub pieces: Vec<super::pieces::Piece>,
    /// The rings cut into short runs, for stroking their outlines.
    pub outline: Vec<super::pieces::Chunk>,
    /// The same, thinned for small zoom levels.
    pub coarse: Drawable,
}

/// An area's rings prepared for drawing: pieces to fill and runs to stroke.
#[derive(Debug, Clone, Default)]
pub struct Drawable {
    /// Pieces to fill.
    pub pieces: Vec<super::pieces::Piece>,
    /// Runs to stroke.
    pub outline: Vec<super::pieces::Chunk>,
}

impl Area {
    pub(super) fn new(rings: Vec<Line>) -> Option<Self> {
        let corners: Vec<Unit> = rings
            .iter()
            .flat_map(|r| [r.bounds.min, r.bounds.max])
            .collect();
        if rings.is_empty() {
            return None;
        }
        let bounds = UnitBox::around(&corners);
        let pieces =
            super::pieces::split_area(rings.iter().map(|r| r.points.clone()).collect(), bounds);
        let outline = rings
            .iter()
            .flat_map(|r| super::pieces::chunks(&r.points, true))
            .collect();
        let thinned: Vec<Vec<Unit>> = rings
            .iter()
            .map(|r| super::pieces::thin(&r.points, super::pieces::COARSE_STEP))
            .filter(|r| r.len() >= 3)
            .collect();
        let coarse = Drawable {
            outline: thinned
                .iter()
                .flat_map(|r| super::pieces::chunks(r, true))
                .collect(),
            pieces: super::pieces::split_area(thinned, bounds),
        };
        Some(Self {
            bounds,
            rings,
            pieces,
            outline,
            coarse,
        })
    }

    /// Whether the point lies inside (even-odd rule).
    pub fn contains(&self, point: Unit) -> bool {
        let inside_box = self.bounds.min.x <= point.x
            && point.x <= self.bounds.max.x
            && self.bounds.min.y <= point.y
            && point.y <= self.bounds.max.y;
        inside_box
            && self
                .rings
                .iter()
                .filter(|r| ring_contains(r, point))
                .count()
                % 2
                == 1
    }
}

/// One 1956 state's territory.
#[derive(Debug, Clone)]
pub struct PolityShape {
    /// Id, the same as the story's polity ids.
    pub id: String,
    /// Alliance as written in the data (`warsaw-pact`, `nato`, …).
    pub alliance: String,
    /// The territory.
    pub area: Area,
}

/// Everything the tile renderer draws.
#[derive(Debug, Clone, Default)]
pub struct BaseMap {
    /// States, sorted by id.
    pub polities: Vec<PolityShape>,
    /// Land (drawn under the states).
    pub land: Vec<Area>,
    /// Lakes.
    pub lakes: Vec<Area>,
    /// Rivers (open lines).
    pub rivers: Vec<Line>,
    /// Rivers cut into short runs, for stroking.
    pub river_chunks: Vec<super::pieces::Chunk>,
    /// The same, thinned for small zoom levels.
    pub coarse_river_chunks: Vec<super::pieces::Chunk>,
    /// Budapest in October 1956, for the closest zoom levels.
    pub city: super::city::City,
}

/// Why the embedded data could not be read (a build problem, reported, never a panic).
#[derive(Debug, thiserror::Error)]
#[error("base map data {file}: {message}")]
pub struct BaseMapError {
    file: &'static str,
    message: String,
}

impl BaseMapError {
    /// What was wrong with a file.
    pub(super) fn new(file: &'static str, message: String) -> Self {
        Self { file, message }
    }
}

impl BaseMap {
    /// Parses the embedded GeoJSON.
    pub fn embedded() -> Result<Self, BaseMapError> {
        let polities = collection("data/basemap/polities.geojson", POLITIES_GEOJSON)?;
        let water = collection("data/basemap/water.geojson", WATER_GEOJSON)?;
        let land = collection("data/basemap/land.geojson", LAND_GEOJSON)?;
        let mut map = BaseMap::default();
        for feature in polities.features {
            let text = |key: &str| {
                feature
                    .properties
                    .as_ref()
                    .and_then(|p| p.get(key))
                    .and_then(|v| v.as_str())
                    .map(str::to_owned)
            };
            let (Some(id), Some(alliance)) = (text("id"), text("alliance")) else {
                continue;
            };
            let rings = feature
                .geometry
                .map(|g| rings(&g.value))
                .unwrap_or_default();
            if let Some(area) = Area::new(rings) {
                map.polities.push(PolityShape { id, alliance, area });
            }
        }
        map.polities.sort_by(|a, b| a.id.cmp(&b.id));
        for feature in land.features {
            map.land
                .extend(feature.geometry.and_then(|g| Area::new(rings(&g.value))));
        }
        for feature in water.features {
            let Some(geometry) = feature.geometry else {
                continue;
            };
            match &geometry.value {
                GeometryValue::LineString { coordinates } => {
                    map.rivers.extend(Line::new(coordinates))
                }
                GeometryValue::MultiLineString { coordinates } => {
                    map.rivers
                        .extend(coordinates.iter().filter_map(|c| Line::new(c)));
                }
                other => map.lakes.extend(Area::new(rings(other))),
            }
        }
        map.river_chunks = map
            .rivers
            .iter()
            .flat_map(|r| super::pieces::chunks(&r.points, false))
            .collect();
        map.city = super::city::City::embedded()?;
        map.coarse_river_chunks = map
            .rivers
            .iter()
            .map(|r| super::pieces::thin(&r.points, super::pieces::COARSE_STEP))
            .flat_map(|r| super::pieces::chunks(&r, false))
            .collect();
        Ok(map)
    }

    /// The shape of a state by id.
    pub fn polity(&self, id: &str) -> Option<&PolityShape> {
        self.polities
            .binary_search_by(|p| p.id.as_str().cmp(id))
            .ok()
            .and_then(|i| self.polities.get(i))
    }

    /// The state whose territory contains the point (even-odd rule), if any.
    pub fn polity_at(&self, lon: f64, lat: f64) -> Option<&PolityShape> {
        let point = Unit::from_lon_lat(lon, lat);
        self.polities
            .iter()
            .find(|shape| shape.area.contains(point))
    }
}

fn collection(file: &'static str, text: &str) -> Result<FeatureCollection, BaseMapError> {
    FeatureCollection::from_str(text).map_err(|err| BaseMapError {
        file,
        message: err.to_string(),
    })
}

pub(super) fn rings(value: &GeometryValue) -> Vec<Line> {
    match value {
        GeometryValue::Polygon { coordinates } => {
            coordinates.iter().filter_map(|r| Line::new(r)).collect()
        }
        GeometryValue::MultiPolygon { coordinates } => coordinates
            .iter()
            .flatten()
            .filter_map(|r| Line::new(r))
            .collect(),
        GeometryValue::GeometryCollection { geometries } => {
            geometries.iter().flat_map(|g| rings(&g.value)).collect()
        }
        _ => Vec::new(),
    }
}

/// Ray casting: whether the point lies inside the closed ring.
fn ring_contains(ring: &Line, point: Unit) -> bool {
    let mut inside = false;
    let points = &ring.points;
    let mut previous = match points.last() {
        Some(p) => *p,
        None => return false,
    };
    for &current in points {
        if (current.y > point.y) != (previous.y > point.y) {
            let t = (point.y - current.y) / (previous.y - current.y);
            let x = current.x + t * (previous.x - current.x);
            if point.x < x {
                inside = !inside;
            }
        }
        previous = current;
    }
    inside
}
