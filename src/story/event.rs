//! An event of the story: what happened, when, where, and on whose word.

use jiff::Timestamp;

use super::clock::Precision;
use super::ids::{PlaceIx, TrackIx};

/// How sure the sources are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confidence {
    /// Sources agree.
    High,
    /// Some uncertainty.
    Medium,
    /// Uncertain.
    Low,
}

/// A picture that belongs to an event or the overview.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Artwork {
    /// Path relative to the story's asset root, checked not to leave it.
    pub file: String,
    /// Text alternative describing the picture.
    pub alt: String,
    /// Who made it.
    pub credit: String,
}

/// A source that supports an event or the overview.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// Title.
    pub title: String,
    /// Author(s).
    pub author: Option<String>,
    /// Year of publication.
    pub year: Option<i32>,
    /// Link.
    pub url: Option<String>,
    /// What the source was used for.
    pub note: Option<String>,
}

/// Whether `url` is a web link: `http://` or `https://` followed by a host, with no spaces or
/// control characters. Only such links are handed to the system to open.
pub fn is_web_link(url: &str) -> bool {
    let Some((scheme, rest)) = url.split_once("://") else {
        return false;
    };
    let scheme = scheme.to_ascii_lowercase();
    (scheme == "http" || scheme == "https")
        && !rest.is_empty()
        && !rest.starts_with('/')
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

impl Source {
    /// The source's link, if it is a web link the app may open (see [`is_web_link`]).
    pub fn web_link(&self) -> Option<&str> {
        self.url.as_deref().filter(|url| is_web_link(url))
    }

    /// "Author, Title (Year)".
    pub fn citation(&self) -> String {
        let mut out = String::new();
        if let Some(author) = &self.author {
            out.push_str(author);
            out.push_str(", ");
        }
        out.push_str(&self.title);
        if let Some(year) = self.year {
            out.push_str(&format!(" ({year})"));
        }
        out
    }
}

/// One event.
#[derive(Debug, Clone)]
pub struct Event {
    /// Id as written in the file.
    pub id: String,
    /// When it began.
    pub start: Timestamp,
    /// When it ended; `None` for a moment. Never before `start`.
    pub end: Option<Timestamp>,
    /// How precisely `start` is known.
    pub precision: Precision,
    /// Title.
    pub title: String,
    /// Where it happened (may be empty).
    pub places: Vec<PlaceIx>,
    /// One sentence.
    pub summary: String,
    /// Paragraphs.
    pub body: Vec<String>,
    /// Picture.
    pub artwork: Option<Artwork>,
    /// At least one source.
    pub sources: Vec<Source>,
    /// How sure the sources are.
    pub confidence: Confidence,
    /// Disagreements between sources.
    pub disputed: Vec<String>,
    /// Timeline track.
    pub track: Option<TrackIx>,
    /// Why the event is dated as it is.
    pub dating_note: Option<String>,
}

/// How long a moment counts as "happening now" on the map and in the lists.
pub const MOMENT_SPAN: jiff::SignedDuration = jiff::SignedDuration::from_mins(60);

impl Event {
    /// End of the time during which the event counts as happening: its `end`, the end of its
    /// day for a day-precision event, or an hour after a moment.
    pub fn active_until(&self) -> Timestamp {
        if let Some(end) = self.end {
            return end;
        }
        let span = match self.precision {
            Precision::Minute => MOMENT_SPAN,
            Precision::Day => jiff::SignedDuration::from_hours(24),
        };
        self.start.checked_add(span).unwrap_or(self.start)
    }

    /// Where the event ends on the timeline: its `end`, the end of its day for an event known
    /// only to the day (so that the day, not a moment, is drawn), or its start for a moment.
    pub fn drawn_end(&self) -> Timestamp {
        match (self.end, self.precision) {
            (Some(end), _) => end,
            (None, Precision::Day) => self.active_until(),
            (None, Precision::Minute) => self.start,
        }
    }

    /// Whether the event is happening at `at`.
    pub fn is_active_at(&self, at: Timestamp) -> bool {
        self.start <= at && at < self.active_until()
    }
}
