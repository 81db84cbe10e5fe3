//! A state on the map, its alliance and its changes of status over time.

use jiff::Timestamp;

use super::ids::PlaceIx;

/// Alliance at the story's start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Alliance {
    /// Member of the Warsaw Treaty Organisation.
    WarsawPact,
    /// Member of NATO.
    Nato,
    /// Neutral.
    Neutral,
    /// Non-aligned.
    NonAligned,
    /// Anything else.
    Other,
}

/// A status a polity can take at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Member of its alliance.
    Member,
    /// Declared neutral.
    Neutral,
    /// Under foreign military attack.
    Invaded,
    /// Occupied.
    Occupied,
}

/// From `at` on, the polity has `status`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusChange {
    /// From when.
    pub at: Timestamp,
    /// New status.
    pub status: Status,
    /// Words for the legend and tooltip.
    pub label: Option<String>,
}

/// One state.
#[derive(Debug, Clone)]
pub struct Polity {
    /// Id as written in the file.
    pub id: String,
    /// Full name.
    pub name: String,
    /// Short name for labels.
    pub short_name: String,
    /// Alliance at the story's start.
    pub alliance: Alliance,
    /// Capital.
    pub capital: Option<PlaceIx>,
    /// Status changes, sorted by time.
    pub status_changes: Vec<StatusChange>,
}

impl Polity {
    /// The latest status change at or before `at`, if any.
    pub fn status_at(&self, at: Timestamp) -> Option<&StatusChange> {
        self.status_changes
            .iter()
            .rev()
            .find(|change| change.at <= at)
    }
}
