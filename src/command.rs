//! What a view asks for, sorted by who carries it out (as rerun keeps its system and
//! time-control commands apart): [`StateCommand`]s change the shared [`AppState`], a
//! [`MapCommand`] only moves the map, an [`AppAction`] is the app's own (files, the
//! clipboard, windows). Views return [`Command`]s; `App` applies them at the end of the frame.
//!
//! [`AppState`]: crate::state::AppState

use std::path::PathBuf;

use crate::i18n::Language;
use crate::lat_lon::LatLon;
use crate::state::StateCommand;
use crate::story::{Artwork, PlaceIx};

/// A request from a view, applied by the app at the end of the frame.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Changes the shared state.
    State(StateCommand),
    /// Moves the map or changes its tiles.
    Map(MapCommand),
    /// Something only the app can do.
    App(AppAction),
}

/// What only moves the map (which owns its own widget memory).
#[derive(Debug, Clone, PartialEq)]
pub enum MapCommand {
    /// Centre on these places (an event's places, or one place).
    Focus(Vec<PlaceIx>),
    /// Fly to this centre and zoom level (a guided tour's stop).
    FlyTo(LatLon, f64),
    /// Zoom in (`+1`) or out (`-1`) by whole levels.
    Zoom(i8),
    /// Back to the starting view.
    Reset,
    /// Show these tiles under the 1956 borders.
    Tiles(TileChoice),
}

/// What only the app can do: open files, use the clipboard, open windows.
#[derive(Debug, Clone, PartialEq)]
pub enum AppAction {
    /// Open the large view of a picture.
    ShowArtwork(Artwork),
    /// Copy the command-line options that reopen this view to the clipboard.
    CopyLink,
    /// Ask for a story file with the system's file dialog.
    OpenStoryDialog,
    /// Open a story file (the open story stays if it cannot be opened).
    OpenStory(PathBuf),
    /// Go back to the story built into the app.
    OpenBuiltInStory,
    /// Show the keyboard shortcuts, or hide them.
    ToggleHelp,
    /// Put the cursor in the search field.
    FocusSearch,
    /// Show the whole story on the timeline.
    WholeTimeline,
    /// Speak this language: the interface and the story's text, keeping time, selection and
    /// the map's view.
    SetLanguage(Language),
    /// Open the *Export film…* window.
    OpenExportWindow,
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

impl TileChoice {
    /// The local file's name (without its folder), as menus and credits show it; empty for
    /// the other sources.
    pub(crate) fn file_name(&self) -> String {
        match self {
            Self::PmTiles(path) => path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            Self::Offline | Self::OpenStreetMap => String::new(),
        }
    }
}

impl From<StateCommand> for Command {
    fn from(command: StateCommand) -> Self {
        Self::State(command)
    }
}

impl From<MapCommand> for Command {
    fn from(command: MapCommand) -> Self {
        Self::Map(command)
    }
}

impl From<AppAction> for Command {
    fn from(action: AppAction) -> Self {
        Self::App(action)
    }
}
