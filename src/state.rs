//! The shared state every view reads (time and selection) and the commands that change it.
//! Knows nothing of egui; `App` applies commands at the end of each frame.

use std::path::PathBuf;

use jiff::{SignedDuration, Timestamp};

use crate::story::{Event, EventIx, PlaceIx, PlaceTime, Story, TrackIx};

/// What is selected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Selection {
    /// An event.
    Event(EventIx),
    /// A place.
    Place(PlaceIx),
}

/// A request from a view, applied by the app at the end of the frame.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Move the shared time (clamped to the story's span).
    Seek(Timestamp),
    /// Select something, or clear the selection with `None`.
    Select(Option<Selection>),
    /// Select the next event after the current time.
    NextEvent,
    /// Select the previous event before the current time.
    PreviousEvent,
    /// Centre the map on a place.
    FocusPlace(PlaceIx),
    /// Zoom the map in (`+1`) or out (`-1`).
    ZoomMap(i8),
    /// Put the map back on its starting view.
    ResetMapView,
    /// Show these tiles under the 1956 borders.
    SetTiles(TileChoice),
    /// Open the large view of a picture.
    ShowArtwork(crate::story::Artwork),
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
    /// Copy the command-line options that reopen this view to the clipboard.
    CopyLink,
    /// Ask for a story file with the system's file dialog.
    OpenStoryDialog,
    /// Open a story file (the open story stays if it cannot be opened).
    OpenStory(PathBuf),
    /// Go back to the story built into the app.
    OpenBuiltInStory,
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

    /// Words for the speed menu.
    pub fn label(self) -> &'static str {
        match self {
            Self::HourPerSecond => "1 hour / s",
            Self::SixHoursPerSecond => "6 hours / s",
            Self::DayPerSecond => "1 day / s",
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

/// Which tiles the map shows. The offline 1956 base map is always drawn; another source is
/// drawn over it, and the 1956 borders, markers and arrows over that.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum TileChoice {
    /// The offline 1956 base map alone.
    #[default]
    Offline,
    /// OpenStreetMap tiles, fetched online.
    OpenStreetMap,
    /// Raster tiles from a local `.pmtiles` file.
    PmTiles(PathBuf),
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
}

/// What applying a command asks of the map (which owns its own widget memory).
#[derive(Debug, Clone, PartialEq)]
pub enum MapRequest {
    /// Centre on the places of an event (or on one place).
    Focus(Vec<PlaceIx>),
    /// Zoom by whole levels.
    Zoom(i8),
    /// Back to the starting view.
    Reset,
    /// Switch the tile source.
    Tiles(TileChoice),
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

    /// The selected place, if a place is selected.
    pub fn selected_place(&self) -> Option<PlaceIx> {
        match self.selection {
            Some(Selection::Place(ix)) => Some(ix),
            _ => None,
        }
    }

    /// Applies one command. Cross-field rules live here: selecting an event moves the time to
    /// its start and asks the map to centre on its first place.
    pub fn apply(&mut self, story: &Story, command: Command) -> Option<MapRequest> {
        match command {
            Command::Seek(at) => {
                self.time = story.clamp_time(at);
                None
            }
            Command::Select(None) => {
                self.selection = None;
                None
            }
            Command::Select(Some(Selection::Event(ix))) => self.select_event(story, ix),
            Command::Select(Some(Selection::Place(ix))) => {
                story.place(ix)?;
                self.selection = Some(Selection::Place(ix));
                None
            }
            Command::NextEvent => {
                let ix = story.next_event_after(self.time)?;
                self.select_event(story, ix)
            }
            Command::PreviousEvent => {
                let ix = story.previous_event_before(self.time)?;
                self.select_event(story, ix)
            }
            Command::FocusPlace(ix) => Some(MapRequest::Focus(vec![ix])),
            Command::ZoomMap(steps) => Some(MapRequest::Zoom(steps)),
            Command::ResetMapView => Some(MapRequest::Reset),
            Command::SetTiles(choice) => Some(MapRequest::Tiles(choice)),
            // The large view is the app's widget memory, not shared state.
            Command::ShowArtwork(_) => None,
            Command::TogglePlay => {
                if !self.playback.playing && self.time >= story.end {
                    // Playing from the end starts again from the beginning.
                    self.time = story.start;
                }
                self.playback.playing = !self.playback.playing;
                None
            }
            Command::SetSpeed(speed) => {
                self.playback.speed = speed;
                None
            }
            Command::SetLooping(looping) => {
                self.playback.looping = looping;
                None
            }
            Command::Tick(seconds) => {
                self.tick(story, seconds);
                None
            }
            Command::Nudge(span) => {
                let moved = self.time.checked_add(span).unwrap_or(self.time);
                self.time = story.clamp_time(moved);
                None
            }
            Command::SeekStart => {
                self.time = story.start;
                None
            }
            Command::SeekEnd => {
                self.time = story.end;
                None
            }
            Command::ToggleTrack(track) => {
                match self.hidden_tracks.binary_search(&track) {
                    Ok(at) => {
                        self.hidden_tracks.remove(at);
                    }
                    Err(at) => self.hidden_tracks.insert(at, track),
                }
                None
            }
            Command::SetMapMode(mode) => {
                self.map_mode = mode;
                None
            }
            // The link needs the map's view, and stories are the app's to swap.
            Command::CopyLink
            | Command::OpenStoryDialog
            | Command::OpenStory(_)
            | Command::OpenBuiltInStory => None,
        }
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

    fn select_event(&mut self, story: &Story, ix: crate::story::EventIx) -> Option<MapRequest> {
        let event = story.event(ix)?;
        self.selection = Some(Selection::Event(ix));
        self.time = story.clamp_time(event.start);
        (!event.places.is_empty()).then(|| MapRequest::Focus(event.places.clone()))
    }
}
