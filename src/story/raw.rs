//! Raw serde types that mirror the story JSON one to one; `load` turns them into a [`super::Story`].
//!
//! Lists are kept as [`serde_json::Value`] at the top level so that every element is
//! deserialized on its own: one bad event does not hide the problems of the others.

use serde::Deserialize;
use serde_json::Value;

/// The top level of a story file without its lists (see [`RawLists`]): each field decoded on
/// its own (`None` where it is missing or could not be decoded; its problem is reported).
#[derive(Debug, Default)]
pub struct RawStoryHeader {
    /// Format version; must be 1.
    pub format: Option<u32>,
    /// Title of the story.
    pub title: Option<String>,
    /// One line under the title.
    pub subtitle: Option<String>,
    /// IANA time zone in which all times are written.
    pub timezone: Option<String>,
    /// First moment the timeline shows.
    pub start: Option<String>,
    /// End of the timeline (exclusive).
    pub end: Option<String>,
    /// Folder for artwork, relative to the story file.
    pub asset_root: Option<String>,
    /// Overview paragraphs.
    pub overview: Option<Vec<String>>,
}

/// The story's lists (and its cover), taken out of the top level as they are, before the rest
/// of it is decoded: each item is then decoded once, on its own, so that one bad item costs
/// only itself, and a 10,000-event file is not copied item by item through the header first.
#[derive(Debug, Default)]
pub struct RawLists {
    /// Cover artwork.
    pub cover: Option<Value>,
    /// Sources of the overview.
    pub overview_sources: Vec<Value>,
    /// Phases of the story.
    pub phases: Vec<Value>,
    /// Timeline tracks.
    pub tracks: Vec<Value>,
    /// States on the map (required).
    pub polities: Vec<Value>,
    /// Places on the map (required).
    pub places: Vec<Value>,
    /// Events (required).
    pub events: Vec<Value>,
    /// Movements drawn as arrows.
    pub movements: Vec<Value>,
    /// The guided tour's stops.
    pub tour: Vec<Value>,
}

/// A polity as written in the file.
#[derive(Debug, Deserialize)]
pub struct RawPolity {
    /// Unique id.
    pub id: String,
    /// Full name.
    pub name: String,
    /// Short name for labels.
    #[serde(default)]
    pub short_name: Option<String>,
    /// Alliance at the story's start.
    pub alliance: String,
    /// Place id of the capital.
    #[serde(default)]
    pub capital: Option<String>,
    /// Status changes over time.
    #[serde(default)]
    pub status_changes: Vec<RawStatusChange>,
}

/// A change of a polity's status.
#[derive(Debug, Deserialize)]
pub struct RawStatusChange {
    /// From when.
    pub at: String,
    /// New status.
    pub status: String,
    /// Words for the legend and tooltip.
    #[serde(default)]
    pub label: Option<String>,
}

/// A place as written in the file.
#[derive(Debug, Deserialize)]
pub struct RawPlace {
    /// Unique id.
    pub id: String,
    /// Name.
    pub name: String,
    /// `capital`, `city`, `site` or `region`.
    pub kind: String,
    /// Latitude in degrees.
    pub lat: f64,
    /// Longitude in degrees.
    pub lon: f64,
    /// Polity id.
    #[serde(default)]
    pub polity: Option<String>,
    /// Enclosing place id.
    #[serde(default)]
    pub within: Option<String>,
    /// One sentence on the place.
    #[serde(default)]
    pub description: Option<String>,
}

/// An event as written in the file.
#[derive(Debug, Deserialize)]
pub struct RawEvent {
    /// Unique id.
    pub id: String,
    /// Start time.
    pub start: String,
    /// Optional end time.
    #[serde(default)]
    pub end: Option<String>,
    /// Title.
    pub title: String,
    /// Place ids.
    #[serde(default)]
    pub places: Vec<String>,
    /// One sentence.
    pub summary: String,
    /// Paragraphs.
    #[serde(default)]
    pub body: Vec<String>,
    /// Artwork.
    #[serde(default)]
    pub artwork: Option<RawArtwork>,
    /// Sources.
    #[serde(default)]
    pub sources: Vec<RawSource>,
    /// `high`, `medium` or `low`.
    pub confidence: String,
    /// Disagreements between sources.
    #[serde(default)]
    pub disputed: Vec<String>,
    /// Track id.
    #[serde(default)]
    pub track: Option<String>,
    /// Why the event is dated as it is.
    #[serde(default)]
    pub dating_note: Option<String>,
}

/// Artwork as written in the file.
#[derive(Debug, Deserialize)]
pub struct RawArtwork {
    /// Path relative to the asset root.
    pub file: String,
    /// Text alternative.
    pub alt: String,
    /// Maker.
    pub credit: String,
}

/// A source as written in the file.
#[derive(Debug, Deserialize)]
pub struct RawSource {
    /// Title.
    pub title: String,
    /// Link.
    #[serde(default)]
    pub url: Option<String>,
    /// Author.
    #[serde(default)]
    pub author: Option<String>,
    /// Year of publication.
    #[serde(default)]
    pub year: Option<i32>,
    /// What it supports.
    #[serde(default)]
    pub note: Option<String>,
}

/// A phase as written in the file.
#[derive(Debug, Deserialize)]
pub struct RawPhase {
    /// Unique id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Start time.
    pub start: String,
    /// End time.
    pub end: String,
}

/// A track as written in the file.
#[derive(Debug, Deserialize)]
pub struct RawTrack {
    /// Unique id.
    pub id: String,
    /// Name.
    pub name: String,
}

/// A movement as written in the file.
#[derive(Debug, Deserialize)]
pub struct RawMovement {
    /// Unique id.
    pub id: String,
    /// Words for the tooltip.
    pub label: String,
    /// Whose movement.
    pub side: String,
    /// Start time.
    pub start: String,
    /// End time.
    pub end: String,
    /// Place ids along the way.
    pub path: Vec<String>,
    /// The event it belongs to.
    #[serde(default)]
    pub event: Option<String>,
}

/// A stop of the guided tour as written in the file.
#[derive(Debug, Deserialize)]
pub struct RawTourStop {
    /// Unique id.
    pub id: String,
    /// The event it shows (this or `place`).
    #[serde(default)]
    pub event: Option<String>,
    /// The place it shows (this or `event`).
    #[serde(default)]
    pub place: Option<String>,
    /// Seconds it stays.
    #[serde(default)]
    pub dwell: Option<f64>,
    /// A short line over the map.
    #[serde(default)]
    pub caption: Option<String>,
    /// Map centre `[lat, lon]`.
    #[serde(default)]
    pub center: Option<[f64; 2]>,
    /// Map zoom.
    #[serde(default)]
    pub zoom: Option<f64>,
}
