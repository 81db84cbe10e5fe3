//! A point on the Earth as latitude and longitude, in that order, wherever the app names one
//! (the map's centre on the command line, in a saved state, in a link). Places in a story keep
//! their own `lat` and `lon` fields, as the file has them.

use serde::{Deserialize, Serialize};

/// Latitude and longitude in degrees (WGS 84).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(from = "(f64, f64)", into = "(f64, f64)")]
pub struct LatLon {
    /// Degrees north.
    pub lat: f64,
    /// Degrees east.
    pub lon: f64,
}

/// Why a text is not a point the map can show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// Not two numbers with a comma between them.
    NotAPair,
    /// The latitude is not a number.
    Latitude,
    /// The longitude is not a number.
    Longitude,
    /// Outside latitude −85…85, longitude −180…180.
    OffTheMap,
}

impl LatLon {
    /// Parses `LAT,LON`, e.g. `47.2,19.5`, within the range the map can show.
    pub fn parse(text: &str) -> Result<Self, Refused> {
        let (lat, lon) = text.split_once(',').ok_or(Refused::NotAPair)?;
        let lat: f64 = lat.trim().parse().map_err(|_| Refused::Latitude)?;
        let lon: f64 = lon.trim().parse().map_err(|_| Refused::Longitude)?;
        let point = Self { lat, lon };
        if !point.is_on_map() {
            return Err(Refused::OffTheMap);
        }
        Ok(point)
    }

    /// Whether the map can show it (Web Mercator stops short of the poles).
    pub fn is_on_map(self) -> bool {
        (-85.0..=85.0).contains(&self.lat) && (-180.0..=180.0).contains(&self.lon)
    }
}

impl std::fmt::Display for LatLon {
    /// `LAT,LON` with four decimals (about 10 m), as `--center` takes it.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:.4},{:.4}", self.lat, self.lon)
    }
}

impl From<(f64, f64)> for LatLon {
    fn from((lat, lon): (f64, f64)) -> Self {
        Self { lat, lon }
    }
}

impl From<LatLon> for (f64, f64) {
    fn from(point: LatLon) -> Self {
        (point.lat, point.lon)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_latitude_first_and_refuses_what_the_map_cannot_show() {
        let point = LatLon::parse("47.5, 19.04").expect("a point");
        assert_eq!(
            point,
            LatLon {
                lat: 47.5,
                lon: 19.04
            }
        );
        assert_eq!(point.to_string(), "47.5000,19.0400");
        assert!(LatLon::parse("19.04").is_err());
        assert!(LatLon::parse("89,19").is_err());
        assert!(LatLon::parse("47,NaN").is_err());
        assert!(LatLon::parse("47,1e308").is_err());
    }
}
