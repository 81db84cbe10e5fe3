//! Index newtypes for the items of a [`super::Story`]: a reference that exists is a resolved one.

/// Index of an event in [`super::Story::events`] (events are sorted by start time).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EventIx(pub usize);

/// Index of a place in [`super::Story::places`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PlaceIx(pub usize);

/// Index of a polity in [`super::Story::polities`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PolityIx(pub usize);

/// Index of a track in [`super::Story::tracks`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TrackIx(pub usize);
