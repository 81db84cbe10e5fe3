//! The limits of a story file: everything that grows with what a file says is bounded here,
//! so that the largest story allowed still opens (and is checked) in seconds and in a few
//! hundred megabytes. docs/story-format.md lists them; the loader reports each one crossed.

/// Larger story files are refused before they are read (the default story is under 1 MB; a
/// story of 10,000 events is about 4 MB).
pub const MAX_STORY_BYTES: usize = 16 * 1024 * 1024;

/// How deep JSON arrays and objects may nest (a story needs five levels).
pub const MAX_DEPTH: usize = 64;

/// Characters in an id.
pub const MAX_ID_CHARS: usize = 100;

/// Characters in a one-line text: a title, name, short name, label or link.
pub const MAX_LINE_CHARS: usize = 1_000;

/// Characters in any other text (a summary, a paragraph, a description, a note).
pub const MAX_TEXT_CHARS: usize = 20_000;

/// Events in a story.
pub const MAX_EVENTS: usize = 10_000;

/// Places in a story.
pub const MAX_PLACES: usize = 10_000;

/// Polities, phases, tracks and movements in a story, each.
pub const MAX_OTHER_ITEMS: usize = 1_000;

/// Entries of a list inside an item: an event's places, paragraphs, sources and disputes, a
/// polity's status changes, a movement's path, the overview and its sources.
pub const MAX_ITEM_LIST: usize = 100;

/// How many places a place may lie within, one inside the other (a site within a district
/// within a city within a region …).
pub const MAX_WITHIN_DEPTH: usize = 8;

/// The longest span a story may have, in days (100 years).
pub const MAX_SPAN_DAYS: i64 = 36_525;

/// Problems listed per severity; the rest are counted.
pub const MAX_LISTED_PROBLEMS: usize = 1_000;

/// Characters of a problem's message that are kept (a message quotes the file).
pub const MAX_MESSAGE_CHARS: usize = 300;

/// Picture files larger than this are refused before they are read.
pub const MAX_PICTURE_BYTES: u64 = 64 * 1024 * 1024;

/// The map zooms a story may name (a tour stop's view): the whole USSR (2) to streets (17).
pub const MAP_ZOOMS: std::ops::RangeInclusive<f64> = 2.0..=17.0;
