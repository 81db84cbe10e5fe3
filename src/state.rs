//! The shared state every view reads (time and selection) and the commands that change it.
//! Knows nothing of egui; `App` applies commands at the end of each frame.

use jiff::{SignedDuration, Timestamp};

use crate::command::MapCommand;
use crate::i18n::Language;
use crate::story::{Event, EventIx, PlaceIx, PlaceTime, Precision, Story, TrackIx};

/// What is selected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Selection {
    /// An event.
    Event(EventIx),
    /// A place.
    Place(PlaceIx),
}

/// A change of the shared state, applied by [`AppState::apply`].
#[derive(Debug, Clone, PartialEq)]
pub enum StateCommand {
    /// Move the shared time (clamped to the story's span).
    Seek(Timestamp),
    /// Select something, or clear the selection with `None`.
    Select(Option<Selection>),
    /// Select the next event after the current time.
    NextEvent,
    /// Select the previous event before the current time.
    PreviousEvent,
    /// Start or stop playback.
    TogglePlay,
    /// Playback speed.
    SetSpeed(Speed),
    /// Whether playback starts again at the end.
    SetLooping(bool),
    /// Advance playback by this much real time (seconds); sent by the app each frame.
    Tick(f64),
    /// Move the time by a span (e.g. one hour with Shift+arrow).
    Nudge(SignedDuration),
    /// Go to the story's first moment.
    SeekStart,
    /// Go to the story's last moment.
    SeekEnd,
    /// Show or hide a track's events (on the timeline and the map).
    ToggleTrack(TrackIx),
    /// What the map shows of the events.
    SetMapMode(MapMode),
    /// Whether the map follows the action.
    SetFollow(bool),
}

/// How fast playback runs: story time per second of real time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum Speed {
    /// One hour per second.
    #[default]
    HourPerSecond,
    /// Six hours per second.
    SixHoursPerSecond,
    /// One day per second.
    DayPerSecond,
}

impl Speed {
    /// All speeds, slowest first.
    pub const ALL: [Speed; 3] = [
        Self::HourPerSecond,
        Self::SixHoursPerSecond,
        Self::DayPerSecond,
    ];

    /// Story seconds per real second.
    pub fn story_seconds_per_second(self) -> f64 {
        match self {
            Self::HourPerSecond => 3600.0,
            Self::SixHoursPerSecond => 6.0 * 3600.0,
            Self::DayPerSecond => 24.0 * 3600.0,
        }
    }
}

/// Playback settings.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Playback {
    /// Time is running.
    pub playing: bool,
    /// How fast.
    pub speed: Speed,
    /// Start again at the end instead of stopping.
    pub looping: bool,
}

/// What the map shows of the events.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum MapMode {
    /// Everything up to the current time (and, faintly, what is still to come).
    #[default]
    SoFar,
    /// Only what is happening at the current time.
    NowOnly,
}

/// Time, selection and the options every view honours.
#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    /// The moment the timeline points to.
    pub time: Timestamp,
    /// What is selected.
    pub selection: Option<Selection>,
    /// Playback.
    pub playback: Playback,
    /// Tracks whose events are hidden, sorted.
    pub hidden_tracks: Vec<TrackIx>,
    /// What the map shows.
    pub map_mode: MapMode,
    /// Whether the map follows the action: frames the places where something is happening
    /// whenever the time moves. Playing turns it on; the user's own pan or zoom turns it off.
    pub follow: bool,
    /// The language of the interface and of the story's text (the story shown is translated
    /// into it by the app; its clock writes dates in it).
    pub language: Language,
}

impl AppState {
    /// The state at the story's start with nothing selected.
    pub fn new(story: &Story) -> Self {
        Self {
            time: story.start,
            selection: None,
            playback: Playback::default(),
            hidden_tracks: Vec::new(),
            map_mode: MapMode::default(),
            follow: false,
            language: story.clock.language(),
        }
    }

    /// Whether an event is shown (its track is not hidden).
    pub fn is_shown(&self, event: &Event) -> bool {
        event
            .track
            .is_none_or(|track| self.hidden_tracks.binary_search(&track).is_err())
    }

    /// How a place stands at the current time, counting only the events shown.
    pub fn place_time(&self, story: &Story, place: PlaceIx) -> PlaceTime {
        story.place_time_filtered(place, self.time, |event| self.is_shown(event))
    }

    /// The selected event, if an event is selected.
    pub fn selected_event(&self) -> Option<EventIx> {
        match self.selection {
            Some(Selection::Event(ix)) => Some(ix),
            _ => None,
        }
    }

    /// The places where something shown is happening now, each once, in place order.
    pub fn active_places(&self, story: &Story) -> Vec<PlaceIx> {
        let mut places: Vec<PlaceIx> = story
            .active_events(self.time)
            .into_iter()
            .filter_map(|ix| story.event(ix))
            .filter(|event| self.is_shown(event))
            .flat_map(|event| event.places.iter().copied())
            .collect();
        places.sort_unstable_by_key(|ix| ix.0);
        places.dedup();
        places
    }

    /// How precisely the current time is meant: only to the day when it is the start of a
    /// selected event known only to the day (its hour, midnight on the clock, was never
    /// recorded), otherwise to the minute.
    pub fn time_precision(&self, story: &Story) -> Precision {
        self.selected_event()
            .and_then(|ix| story.event(ix))
            .filter(|event| event.start == self.time)
            .map_or(Precision::Minute, |event| event.precision)
    }

    /// Applies one command; returns how the map should move, if it should. Cross-field
    /// rules live here: selecting an event moves the time to its start and asks the map to
    /// centre on its places.
    pub fn apply(&mut self, story: &Story, command: StateCommand) -> Option<MapCommand> {
        match command {
            StateCommand::Seek(at) => self.time = story.clamp_time(at),
            StateCommand::Select(None) => self.selection = None,
            StateCommand::Select(Some(Selection::Event(ix))) => {
                return self.select_event(story, ix);
            }
            StateCommand::Select(Some(Selection::Place(ix))) => {
                story.place(ix)?;
                self.selection = Some(Selection::Place(ix));
            }
            StateCommand::NextEvent => {
                let ix = story.next_event_after(self.time)?;
                return self.select_event(story, ix);
            }
            StateCommand::PreviousEvent => {
                let ix = story.previous_event_before(self.time)?;
                return self.select_event(story, ix);
            }
            StateCommand::TogglePlay => {
                if !self.playback.playing && self.time >= story.end {
                    // Playing from the end starts again from the beginning.
                    self.time = story.start;
                }
                self.playback.playing = !self.playback.playing;
                // While playing, the map follows the action unless the user says otherwise.
                if self.playback.playing {
                    self.follow = true;
                }
            }
            StateCommand::SetSpeed(speed) => self.playback.speed = speed,
            StateCommand::SetLooping(looping) => self.playback.looping = looping,
            StateCommand::Tick(seconds) => self.tick(story, seconds),
            StateCommand::Nudge(span) => {
                let moved = self.time.checked_add(span).unwrap_or(self.time);
                self.time = story.clamp_time(moved);
            }
            StateCommand::SeekStart => self.time = story.start,
            StateCommand::SeekEnd => self.time = story.end,
            StateCommand::ToggleTrack(track) => {
                story.track(track)?;
                match self.hidden_tracks.binary_search(&track) {
                    Ok(at) => {
                        self.hidden_tracks.remove(at);
                    }
                    Err(at) => self.hidden_tracks.insert(at, track),
                }
            }
            StateCommand::SetMapMode(mode) => self.map_mode = mode,
            StateCommand::SetFollow(follow) => self.follow = follow,
        }
        None
    }

    /// Playback: moves time forward by `seconds` of real time at the current speed; at the end
    /// it stops, or starts again when looping.
    fn tick(&mut self, story: &Story, seconds: f64) {
        if !self.playback.playing || !seconds.is_finite() || seconds <= 0.0 {
            return;
        }
        let story_seconds = seconds * self.playback.speed.story_seconds_per_second();
        let step = SignedDuration::from_secs_f64(story_seconds.min(1.0e9));
        let next = self.time.checked_add(step).unwrap_or(story.end);
        if next >= story.end {
            if self.playback.looping {
                self.time = story.start;
            } else {
                self.time = story.end;
                self.playback.playing = false;
            }
        } else {
            self.time = next;
        }
    }

    fn select_event(&mut self, story: &Story, ix: EventIx) -> Option<MapCommand> {
        let event = story.event(ix)?;
        self.selection = Some(Selection::Event(ix));
        self.time = story.clamp_time(event.start);
        (!event.places.is_empty()).then(|| MapCommand::Focus(event.places.clone()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn story() -> Story {
        crate::story::load_default()
            .expect("the default story")
            .story
    }

    #[test]
    fn stepping_stops_at_both_ends() {
        let story = story();
        let mut state = AppState::new(&story);
        assert_eq!(state.apply(&story, StateCommand::PreviousEvent), None);
        assert_eq!(state.time, story.start, "nothing before the first event");
        assert_eq!(state.selection, None);

        state.apply(&story, StateCommand::NextEvent);
        let first = story.events.first().expect("events");
        assert_eq!(state.selection, Some(Selection::Event(EventIx(0))));
        assert_eq!(state.time, first.start);

        state.apply(&story, StateCommand::SeekEnd);
        let selected = state.selection;
        assert_eq!(state.apply(&story, StateCommand::NextEvent), None);
        assert_eq!(state.time, story.end, "nothing after the end");
        assert_eq!(state.selection, selected, "the selection stays");
        state.apply(&story, StateCommand::PreviousEvent);
        let last = EventIx(story.events.len() - 1);
        assert_eq!(state.selection, Some(Selection::Event(last)));
    }

    #[test]
    fn playback_stops_at_the_end_or_loops() {
        let story = story();
        let mut state = AppState::new(&story);
        state.apply(&story, StateCommand::TogglePlay);
        state.apply(&story, StateCommand::SetSpeed(Speed::DayPerSecond));
        state.apply(&story, StateCommand::Tick(0.5));
        assert_eq!(
            state.time,
            story.start + SignedDuration::from_hours(12),
            "half a second at a day per second"
        );
        state.apply(&story, StateCommand::Tick(100.0));
        assert_eq!(state.time, story.end);
        assert!(!state.playback.playing, "stopped at the end");

        // Playing from the end starts again; looping goes round instead of stopping.
        state.apply(&story, StateCommand::SetLooping(true));
        state.apply(&story, StateCommand::TogglePlay);
        assert_eq!(state.time, story.start);
        state.apply(&story, StateCommand::Tick(100.0));
        assert_eq!(state.time, story.start, "back to the start");
        assert!(state.playback.playing, "still playing");
        // A paused clock does not move.
        state.apply(&story, StateCommand::TogglePlay);
        state.apply(&story, StateCommand::Tick(1.0));
        assert_eq!(state.time, story.start);
    }

    #[test]
    fn selecting_an_event_moves_the_time_and_the_map() {
        let story = story();
        let mut state = AppState::new(&story);
        let ix = story
            .event_by_id("kossuth-square-massacre")
            .expect("Kossuth tér");
        let event = story.event(ix).expect("event");
        let request = state.apply(&story, StateCommand::Select(Some(Selection::Event(ix))));
        assert_eq!(state.time, event.start);
        assert_eq!(request, Some(MapCommand::Focus(event.places.clone())));

        // A place is selected without moving the time or the map.
        let budapest = story.place_by_id("budapest").expect("Budapest");
        let before = state.time;
        let request = state.apply(
            &story,
            StateCommand::Select(Some(Selection::Place(budapest))),
        );
        assert_eq!(request, None);
        assert_eq!(state.time, before);
        assert_eq!(state.selection, Some(Selection::Place(budapest)));
        state.apply(&story, StateCommand::Select(None));
        assert_eq!(state.selection, None);
    }

    #[test]
    fn hiding_a_track_hides_its_events_until_shown_again() {
        let story = story();
        let mut state = AppState::new(&story);
        let (track, event) = story
            .events
            .iter()
            .find_map(|e| Some((e.track?, e)))
            .expect("an event on a track");
        assert!(state.is_shown(event));
        state.apply(&story, StateCommand::ToggleTrack(track));
        assert!(!state.is_shown(event));
        assert_eq!(state.hidden_tracks, vec![track]);
        state.apply(&story, StateCommand::ToggleTrack(track));
        assert!(state.is_shown(event));
        // A track the story does not have changes nothing.
        state.apply(&story, StateCommand::ToggleTrack(TrackIx(9999)));
        assert!(state.hidden_tracks.is_empty());
    }
}
