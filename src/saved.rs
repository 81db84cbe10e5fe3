//! What the app remembers between runs (time, selection, map view, options), stored by eframe
//! as JSON; a corrupt or foreign saved state is ignored with a warning, never a failure.

use serde::{Deserialize, Serialize};

use crate::lat_lon::LatLon;
use crate::state::{MapMode, Speed};

/// The eframe storage key.
pub const STORAGE_KEY: &str = "hungary1956-state";

/// The remembered state. Ids and times are stored as in the story file, so that a state saved
/// with one story cannot point into another.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedState {
    /// The story file it belongs to (`None`: the built-in story).
    pub story: Option<String>,
    /// Time, as for `--at`.
    pub time: String,
    /// Selected event or place id.
    pub select: Option<String>,
    /// Map centre.
    pub center: LatLon,
    /// Map zoom.
    pub zoom: f64,
    /// Playback speed.
    pub speed: Speed,
    /// Playback loops.
    pub looping: bool,
    /// Ids of hidden tracks.
    pub hidden_tracks: Vec<String>,
    /// What the map shows.
    pub map_mode: MapMode,
}

impl SavedState {
    /// Reads a saved state; the error says what was wrong with it.
    pub fn parse(text: &str) -> Result<Self, String> {
        serde_json::from_str(text)
            .map_err(|err| format!("the saved state is unreadable ({err}); starting afresh"))
    }

    /// The text to store.
    pub fn to_text(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}
