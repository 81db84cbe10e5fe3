//! The smaller parts of a story: phases, tracks and movements.

use jiff::Timestamp;

use super::ids::{EventIx, PlaceIx};

/// A named period drawn behind the timeline.
#[derive(Debug, Clone)]
pub struct Phase {
    /// Id as written in the file.
    pub id: String,
    /// Name.
    pub name: String,
    /// Start.
    pub start: Timestamp,
    /// End.
    pub end: Timestamp,
}

/// A lane of the timeline.
#[derive(Debug, Clone)]
pub struct Track {
    /// Id as written in the file.
    pub id: String,
    /// Name.
    pub name: String,
}

/// Whose movement an arrow shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// Soviet forces.
    Soviet,
    /// Hungarian forces or insurgents.
    Hungarian,
    /// Refugees.
    Refugees,
    /// Anything else.
    Other,
}

/// Something that moves along a path of places during a span of time.
#[derive(Debug, Clone)]
pub struct Movement {
    /// Id as written in the file.
    pub id: String,
    /// Words for the tooltip.
    pub label: String,
    /// Whose movement.
    pub side: Side,
    /// Start.
    pub start: Timestamp,
    /// End.
    pub end: Timestamp,
    /// Two or more places.
    pub path: Vec<PlaceIx>,
    /// The event it belongs to.
    pub event: Option<EventIx>,
}

impl Movement {
    /// Whether the movement is under way at `at`.
    pub fn is_active_at(&self, at: Timestamp) -> bool {
        self.start <= at && at < self.end
    }
}
