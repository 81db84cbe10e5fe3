//! A guided tour: the stops a kiosk shows one after another (an event or a place, how long to
//! stay, optionally a map view and a short caption). A story may define its own (`tour`); one
//! without gets a tour made from its events.

use super::Story;
use super::ids::{EventIx, PlaceIx};
use crate::lat_lon::LatLon;

/// How long a stop is shown when the story does not say.
pub const DEFAULT_DWELL_SECONDS: f64 = 20.0;
/// A tour made from the events has at most this many stops.
const MADE_UP_STOPS: usize = 12;

/// What a stop shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TourTarget {
    /// An event: the time moves to it, the map flies to its places, the detail opens it.
    Event(EventIx),
    /// A place: the map flies to it and the detail opens it.
    Place(PlaceIx),
}

/// One stop of a tour.
#[derive(Debug, Clone, PartialEq)]
pub struct TourStop {
    /// Id as written in the file (translations key their captions by it).
    pub id: String,
    /// What it shows.
    pub target: TourTarget,
    /// How long it stays, in seconds.
    pub dwell_seconds: f64,
    /// A short line shown over the map.
    pub caption: Option<String>,
    /// The map's view, if not the target's own.
    pub view: Option<(LatLon, f64)>,
}

impl Story {
    /// The story's tour, or without one a tour of up to twelve of its events, spread evenly
    /// over its span in time order, those with a painting first among equals.
    pub fn tour_stops(&self) -> Vec<TourStop> {
        if !self.tour.is_empty() {
            return self.tour.clone();
        }
        let count = self.events.len();
        let wanted = count.min(MADE_UP_STOPS);
        (0..wanted)
            .filter_map(|k| {
                // Evenly spaced indices; a neighbour with a painting is taken instead.
                let ix = k * count / wanted.max(1);
                let with_art = (ix..(ix + 2).min(count))
                    .find(|&i| self.events.get(i).is_some_and(|e| e.artwork.is_some()))
                    .unwrap_or(ix);
                let event = self.events.get(with_art)?;
                Some(TourStop {
                    id: format!("event-{}", event.id),
                    target: TourTarget::Event(EventIx(with_art)),
                    dwell_seconds: DEFAULT_DWELL_SECONDS,
                    caption: None,
                    view: None,
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::story::{AssetRoot, TourTarget, parse_story};

    #[test]
    fn a_story_without_a_tour_gets_one_from_its_events() {
        let text = include_str!("../../tests/fixtures/good/mini.json");
        let loaded = parse_story(text.as_bytes(), "mini.json", AssetRoot::Embedded);
        let story = loaded.expect("opens").story;
        assert!(story.tour.is_empty());
        let stops = story.tour_stops();
        // Four events, all of them stops, in time order.
        assert_eq!(stops.len(), 4);
        let targets: Vec<TourTarget> = stops.iter().map(|s| s.target).collect();
        let events: Vec<TourTarget> = (0..4)
            .map(|i| TourTarget::Event(crate::story::EventIx(i)))
            .collect();
        assert_eq!(targets, events);
        assert!(
            stops
                .iter()
                .all(|s| s.dwell_seconds == super::DEFAULT_DWELL_SECONDS)
        );
    }
}
