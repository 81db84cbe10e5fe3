//! The story: a validated, sorted model of what happened, where and when. Knows nothing of egui.

mod clock;
mod event;
mod extras;
mod hungarian_dates;
mod ids;
pub mod limits;
mod load;
mod locate;
mod picture;
mod place;
mod polity;
mod problem;
mod raw;
mod search;
mod tour;
mod translation;

use std::path::PathBuf;

use jiff::Timestamp;

pub use clock::{Precision, StoryClock, TimeError};
pub use event::{Artwork, Confidence, Event, MOMENT_SPAN, Source, is_web_link};
pub use extras::{Movement, Phase, Side, Track};
pub use ids::{EventIx, PlaceIx, PolityIx, TrackIx};
pub use load::{Loaded, MAX_STORY_BYTES, load_default, load_file, parse_story};
pub use picture::{
    MAX_PICTURE_SIDE, PictureError, decode_picture, decode_picture_scaled, read_picture,
};
pub use place::{Place, PlaceKind};
pub use polity::{Alliance, Polity, Status, StatusChange};
pub use problem::{LoadError, Problem, Severity, quote};
pub use search::{Hit, SearchIndex, fold};
pub use tour::{DEFAULT_DWELL_SECONDS, TourStop, TourTarget};
pub use translation::{Translation, parse_translation};

/// Where a story's artwork files live.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AssetRoot {
    /// Inside the binary (the default story).
    Embedded,
    /// A folder on disk (canonical path).
    Folder(PathBuf),
}

/// How a place stands at a moment of the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceTime {
    /// The story has no event there.
    Quiet,
    /// Its first event is still to come.
    Future,
    /// Something has happened there, nothing is happening now.
    Past,
    /// An event there is happening now.
    Now,
}

/// A loaded, valid story. Events are sorted by start time (then id), so [`EventIx`] order is
/// time order.
#[derive(Debug, Clone)]
pub struct Story {
    /// Title.
    pub title: String,
    /// One line under the title.
    pub subtitle: Option<String>,
    /// Time zone of the story.
    pub clock: StoryClock,
    /// First moment of the timeline.
    pub start: Timestamp,
    /// End of the timeline (exclusive).
    pub end: Timestamp,
    /// Where artwork comes from.
    pub asset_root: AssetRoot,
    /// Overview paragraphs.
    pub overview: Vec<String>,
    /// Cover artwork.
    pub cover: Option<Artwork>,
    /// Sources of the overview.
    pub overview_sources: Vec<Source>,
    /// Phases, sorted by start.
    pub phases: Vec<Phase>,
    /// Tracks in file order.
    pub tracks: Vec<Track>,
    /// States.
    pub polities: Vec<Polity>,
    /// Places.
    pub places: Vec<Place>,
    /// Events, sorted by start time.
    pub events: Vec<Event>,
    /// Movements, sorted by start.
    pub movements: Vec<Movement>,
    /// The guided tour as the file defines it (empty: see [`Story::tour_stops`]).
    pub tour: Vec<TourStop>,
    /// Per place: the events at it or at places within it, in time order (an index built by
    /// [`Story::index_places`], so that the map's per-frame queries do not scan all events).
    pub place_events: Vec<Vec<EventIx>>,
    /// The longest time any event is active, so that the events active at a moment can be
    /// looked for among those that started shortly before it (also built by
    /// [`Story::index_places`]).
    pub longest_active: jiff::SignedDuration,
    /// A number no other story loaded in this run has, so that views can tell whether what
    /// they keep from frame to frame (such as the places' map coordinates) is this story's.
    pub serial: u64,
}

impl Story {
    /// The event at an index.
    pub fn event(&self, ix: EventIx) -> Option<&Event> {
        self.events.get(ix.0)
    }

    /// The place at an index.
    pub fn place(&self, ix: PlaceIx) -> Option<&Place> {
        self.places.get(ix.0)
    }

    /// The polity at an index.
    pub fn polity(&self, ix: PolityIx) -> Option<&Polity> {
        self.polities.get(ix.0)
    }

    /// The track at an index.
    pub fn track(&self, ix: TrackIx) -> Option<&Track> {
        self.tracks.get(ix.0)
    }

    /// Events with their indices, in time order.
    pub fn indexed_events(&self) -> impl Iterator<Item = (EventIx, &Event)> {
        self.events
            .iter()
            .enumerate()
            .map(|(i, event)| (EventIx(i), event))
    }

    /// Places with their indices, in file order.
    pub fn indexed_places(&self) -> impl Iterator<Item = (PlaceIx, &Place)> {
        self.places
            .iter()
            .enumerate()
            .map(|(i, place)| (PlaceIx(i), place))
    }

    /// The places that other places lie within (cities with sites), in file order.
    pub fn cities_with_sites(&self) -> impl Iterator<Item = PlaceIx> {
        let mut is_city = vec![false; self.places.len()];
        for place in &self.places {
            if let Some(flag) = place.within.and_then(|ix| is_city.get_mut(ix.0)) {
                *flag = true;
            }
        }
        is_city
            .into_iter()
            .enumerate()
            .filter(|(_, is_city)| *is_city)
            .map(|(i, _)| PlaceIx(i))
    }

    /// The event with this id.
    pub fn event_by_id(&self, id: &str) -> Option<EventIx> {
        self.events.iter().position(|e| e.id == id).map(EventIx)
    }

    /// The place with this id.
    pub fn place_by_id(&self, id: &str) -> Option<PlaceIx> {
        self.places.iter().position(|p| p.id == id).map(PlaceIx)
    }

    /// Builds [`Story::place_events`] and [`Story::longest_active`], and gives the story its
    /// [`Story::serial`]; the loader calls it once.
    pub fn index_places(&mut self) {
        static NEXT_SERIAL: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        self.serial = NEXT_SERIAL.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        self.longest_active = self
            .events
            .iter()
            .map(|e| e.active_until().duration_since(e.start))
            .max()
            .unwrap_or_default();
        let mut index = vec![Vec::new(); self.places.len()];
        for (ix, event) in self.indexed_events() {
            for &place in &event.places {
                // The place and every place it lies within, once each.
                let mut current = Some(place);
                for _ in 0..=self.places.len() {
                    let Some(p) = current else { break };
                    if let Some(list) = index.get_mut(p.0)
                        && list.last() != Some(&ix)
                    {
                        list.push(ix);
                    }
                    current = self.place(p).and_then(|pl| pl.within);
                }
            }
        }
        self.place_events = index;
    }

    /// Events at `place` or at places within it, in time order.
    pub fn events_at_place(&self, place: PlaceIx) -> Vec<EventIx> {
        self.place_events.get(place.0).cloned().unwrap_or_default()
    }

    /// Events happening at `at`, in time order.
    pub fn active_events(&self, at: Timestamp) -> Vec<EventIx> {
        // Events are in start order: only those that started at most `longest_active` before
        // `at`, and not after it, can be active.
        let earliest = at.checked_sub(self.longest_active).unwrap_or(self.start);
        let from = self.events.partition_point(|e| e.start < earliest);
        let to = self.events.partition_point(|e| e.start <= at);
        (from..to.max(from))
            .map(EventIx)
            .filter(|&ix| self.event(ix).is_some_and(|event| event.is_active_at(at)))
            .collect()
    }

    /// The most recent event that started at or before `at`.
    pub fn latest_event_at(&self, at: Timestamp) -> Option<EventIx> {
        let count = self.events.partition_point(|e| e.start <= at);
        count.checked_sub(1).map(EventIx)
    }

    /// The first event that starts strictly after `at`.
    pub fn next_event_after(&self, at: Timestamp) -> Option<EventIx> {
        let ix = self.events.partition_point(|e| e.start <= at);
        (ix < self.events.len()).then_some(EventIx(ix))
    }

    /// The last event that starts strictly before `at`.
    pub fn previous_event_before(&self, at: Timestamp) -> Option<EventIx> {
        let count = self.events.partition_point(|e| e.start < at);
        count.checked_sub(1).map(EventIx)
    }

    /// How `place` (with the places within it) stands at `at`.
    pub fn place_time(&self, place: PlaceIx, at: Timestamp) -> PlaceTime {
        self.place_time_filtered(place, at, |_| true)
    }

    /// Like [`Self::place_time`], counting only the events `shown` accepts.
    pub fn place_time_filtered(
        &self,
        place: PlaceIx,
        at: Timestamp,
        shown: impl Fn(&Event) -> bool,
    ) -> PlaceTime {
        let events = self
            .place_events
            .get(place.0)
            .map(Vec::as_slice)
            .unwrap_or_default();
        // The list is in time order: find where "started by `at`" ends, and where events that
        // started too long ago to be active still begin, instead of looking at every event.
        let start_of = |ix: &EventIx| self.event(*ix).map(|e| e.start);
        let started = events.partition_point(|ix| start_of(ix).is_some_and(|s| s <= at));
        let earliest = at.checked_sub(self.longest_active).unwrap_or(self.start);
        let recent = events.partition_point(|ix| start_of(ix).is_some_and(|s| s < earliest));
        let (before, after) = events.split_at(started.min(events.len()));
        let recent = &before[recent.min(before.len())..];
        if recent
            .iter()
            .filter_map(|&ix| self.event(ix))
            .any(|e| shown(e) && e.is_active_at(at))
        {
            PlaceTime::Now
        } else if before.iter().filter_map(|&ix| self.event(ix)).any(&shown) {
            PlaceTime::Past
        } else if after.iter().filter_map(|&ix| self.event(ix)).any(&shown) {
            PlaceTime::Future
        } else {
            PlaceTime::Quiet
        }
    }

    /// Clamps a time into the story's span `[start, end]`.
    pub fn clamp_time(&self, at: Timestamp) -> Timestamp {
        at.clamp(self.start, self.end)
    }

    /// Polities of an alliance, in file order.
    pub fn polities_in(&self, alliance: Alliance) -> impl Iterator<Item = &Polity> {
        self.polities.iter().filter(move |p| p.alliance == alliance)
    }
}
