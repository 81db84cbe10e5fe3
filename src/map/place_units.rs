//! The story's places in Web Mercator unit coordinates, worked out once per story: the map
//! places every marker each frame, and this leaves it a multiplication per place.

use crate::basemap::Unit;
use crate::story::Story;

/// Unit coordinates by place, for the story with `serial`.
#[derive(Default)]
pub(crate) struct PlaceUnits {
    serial: Option<u64>,
    units: Vec<Unit>,
}

impl PlaceUnits {
    /// The places' unit coordinates, in place order.
    pub(crate) fn of(&mut self, story: &Story) -> &[Unit] {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn worked_out_again_for_another_story() {
        let story = crate::story::load_default()
            .expect("the default story")
            .story;
        let mut units = PlaceUnits::default();
        let budapest = story.place_by_id("budapest").expect("Budapest");
        let of_budapest = |units: &mut PlaceUnits, story: &Story| units.of(story)[budapest.0];
        let place = &story.places[budapest.0];
        assert_eq!(
            of_budapest(&mut units, &story),
            Unit::from_lon_lat(place.lon, place.lat)
        );
        // The same story loaded again, with Budapest moved: its own units, not the old ones.
        let mut moved = crate::story::load_default()
            .expect("the default story")
            .story;
        moved.places[budapest.0].lon += 1.0;
        assert_ne!(moved.serial, story.serial);
        assert_eq!(
            of_budapest(&mut units, &moved),
            Unit::from_lon_lat(place.lon + 1.0, place.lat)
        );
    }
}
