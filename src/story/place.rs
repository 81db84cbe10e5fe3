//! A place on the map.

use super::ids::{PlaceIx, PolityIx};

/// What sort of place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceKind {
    /// Capital city.
    Capital,
    /// Other town or city.
    City,
    /// A building, square or street.
    Site,
    /// A region or border area.
    Region,
}

/// One place.
#[derive(Debug, Clone)]
pub struct Place {
    /// Id as written in the file.
    pub id: String,
    /// Name.
    pub name: String,
    /// Kind.
    pub kind: PlaceKind,
    /// Latitude, degrees.
    pub lat: f64,
    /// Longitude, degrees.
    pub lon: f64,
    /// State the place lay in.
    pub polity: Option<PolityIx>,
    /// Enclosing place.
    pub within: Option<PlaceIx>,
    /// One sentence.
    pub description: Option<String>,
}
