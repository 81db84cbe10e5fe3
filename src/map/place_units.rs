//! The story's places in Web Mercator unit coordinates, worked out once per story: the map
//! places every marker each frame, and this leaves it a multiplication per place.

use crate::basemap::Unit;
use crate::story::Story;

/// Unit coordinates by place, for the story with `serial`.
#[derive(Default)]
pub struct PlaceUnits {
    serial: Option<u64>,
    units: Vec<Unit>,
}

impl PlaceUnits {
    /// The places' unit coordinates, in place order.
    pub fn of(&mut self, story: &Story) -> &[Unit] {
        if self.serial != Some(story.serial) || self.units.len() != story.places.len() {
            self.units = story
                .places
                .iter()
                .map(|p| Unit::from_lon_lat(p.lon, p.lat))
                .collect();
            self.serial = Some(story.serial);
        }
        &self.units
    }
}
