//! `TourPlayer`: which stop of the guided tour is shown, for how long it has been, whether a
//! visitor paused it; and the commands that show a stop.

use crate::command::{Command, MapCommand};
use crate::state::{Selection, StateCommand};
use crate::story::{TourStop, TourTarget};

/// The shortest stay of a stop, whatever the story says (a dwell of zero would spin).
const MIN_DWELL_SECONDS: f64 = 1.0;

/// The tour's position and its clock. It keeps no stops: the app passes the story's (in the
/// language shown, for their captions) each time.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TourPlayer {
    current: usize,
    elapsed_seconds: f64,
    paused: bool,
}

impl TourPlayer {
    /// Index of the stop shown (or last shown, while paused).
    pub fn current(&self) -> usize {
        self.current
    }

    /// Whether a visitor paused the tour.
    pub fn is_paused(&self) -> bool {
        self.paused
    }

    /// Seconds the current stop has been shown.
    pub fn elapsed_seconds(&self) -> f64 {
        self.elapsed_seconds
    }

    /// Goes to the first stop and plays; the commands that show it.
    pub fn restart(&mut self, stops: &[TourStop]) -> Vec<Command> {
        *self = Self::default();
        stops.first().map(stop_commands).unwrap_or_default()
    }

    /// Stops the clock where it is.
    pub fn pause(&mut self) {
        self.paused = true;
    }

    /// Plays on from the stop it paused at, shown again from its beginning (the visitor may
    /// have moved everything); the commands that show it.
    pub fn resume(&mut self, stops: &[TourStop]) -> Vec<Command> {
        self.paused = false;
        self.elapsed_seconds = 0.0;
        stops
            .get(self.current)
            .map(stop_commands)
            .unwrap_or_default()
    }

    /// Lets `seconds` pass; after the stop's dwell, moves to the next stop (after the last,
    /// the first) and returns the commands that show it. At most one stop per call, so that a
    /// long gap between frames does not skip stops unseen.
    pub fn advance(&mut self, stops: &[TourStop], seconds: f64) -> Vec<Command> {
        if self.paused || stops.is_empty() || !seconds.is_finite() {
            return Vec::new();
        }
        // A story may have been replaced by a shorter one.
        if self.current >= stops.len() {
            return self.restart(stops);
        }
        self.elapsed_seconds += seconds.max(0.0);
        let dwell = stops.get(self.current).map_or(MIN_DWELL_SECONDS, |stop| {
            stop.dwell_seconds.max(MIN_DWELL_SECONDS)
        });
        if self.elapsed_seconds < dwell {
            return Vec::new();
        }
        self.current = (self.current + 1) % stops.len();
        self.elapsed_seconds = 0.0;
        stops
            .get(self.current)
            .map(stop_commands)
            .unwrap_or_default()
    }

    /// Seconds until the next stop, while playing.
    pub fn seconds_left(&self, stops: &[TourStop]) -> Option<f64> {
        let stop = stops.get(self.current).filter(|_| !self.paused)?;
        Some((stop.dwell_seconds.max(MIN_DWELL_SECONDS) - self.elapsed_seconds).max(0.0))
    }
}

/// The commands that show a stop: an event is selected (which moves the time to it, the map
/// to its places and opens it with its painting in the detail view); a place is selected and
/// the map flies to it; a view the stop gives wins over the places' own.
pub fn stop_commands(stop: &TourStop) -> Vec<Command> {
    let mut commands: Vec<Command> = match stop.target {
        TourTarget::Event(ix) => vec![StateCommand::Select(Some(Selection::Event(ix))).into()],
        TourTarget::Place(ix) => vec![
            StateCommand::Select(Some(Selection::Place(ix))).into(),
            MapCommand::Focus(vec![ix]).into(),
        ],
    };
    if let Some((center, zoom)) = stop.view {
        commands.push(MapCommand::FlyTo(center, zoom).into());
    }
    commands
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lat_lon::LatLon;
    use crate::story::PlaceIx;

    #[test]
    fn a_place_with_a_view_flies_to_the_view() {
        let center = LatLon {
            lat: 47.5,
            lon: 19.0,
        };
        let stop = TourStop {
            id: "capital".to_owned(),
            target: TourTarget::Place(PlaceIx(2)),
            dwell_seconds: 5.0,
            caption: None,
            view: Some((center, 12.0)),
        };
        assert_eq!(
            stop_commands(&stop),
            vec![
                StateCommand::Select(Some(Selection::Place(PlaceIx(2)))).into(),
                MapCommand::Focus(vec![PlaceIx(2)]).into(),
                MapCommand::FlyTo(center, 12.0).into(),
            ]
        );
    }

    #[test]
    fn an_empty_tour_does_nothing() {
        let mut player = TourPlayer::default();
        assert!(player.restart(&[]).is_empty());
        assert!(player.advance(&[], 100.0).is_empty());
        assert_eq!(player.seconds_left(&[]), None);
    }
}
