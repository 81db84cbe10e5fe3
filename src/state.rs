//! The shared state every view reads (time and selection) and the commands that change it.
//! Knows nothing of egui; `App` applies commands at the end of each frame.

use std::path::PathBuf;

use jiff::Timestamp;

use crate::story::{EventIx, PlaceIx, Story};

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

/// Time and selection, shared by all views.
#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    /// The moment the timeline points to.
    pub time: Timestamp,
    /// What is selected.
    pub selection: Option<Selection>,
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
        }
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
        }
    }

    fn select_event(&mut self, story: &Story, ix: crate::story::EventIx) -> Option<MapRequest> {
        let event = story.event(ix)?;
        self.selection = Some(Selection::Event(ix));
        self.time = story.clamp_time(event.start);
        (!event.places.is_empty()).then(|| MapRequest::Focus(event.places.clone()))
    }
}
