//! Loading a story: bytes → JSON → raw types → a validated [`Story`], collecting every problem.
//! `json.rs` takes the JSON apart, `items.rs` and `events.rs` turn raw items into the model,
//! `diagnostics.rs` collects the problems with their JSON paths, lines and columns.

mod diagnostics;
mod events;
mod items;
mod json;
mod tour;
mod translations;

use diagnostics::json_error_message;
use events::sorted_by_start;
use items::Resolver;

use std::collections::{HashMap, HashSet};
use std::fmt::{self, Display};
use std::path::Path;

use serde_json::Value;

use crate::files::{self, FileError};
use crate::i18n::Text;
use crate::story::clock::StoryClock;
use crate::story::event::Event;
use crate::story::ids::EventIx;
use crate::story::limits::{MAX_ITEM_LIST, MAX_SPAN_DAYS};
use crate::story::problem::{FORMAT_DOC, LoadError, Problem, Severity, quote};
use crate::story::raw::{
    RawArtwork, RawEvent, RawLists, RawPlace, RawPolity, RawSource, RawStoryHeader,
};
use crate::story::{AssetRoot, Story};
use crate::text;

pub use crate::story::limits::MAX_STORY_BYTES;

/// The hint under every problem serde finds with a field.
fn decode_hint() -> Text {
    text!("hint-decode", doc = FORMAT_DOC)
}

/// A story that opened, with the warnings found on the way.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The story.
    pub story: Story,
    /// Problems that did not stop it from opening.
    pub warnings: Vec<Problem>,
    /// The story's text in other languages (from the files beside it), those that can be used.
    pub translations: Vec<crate::story::Translation>,
}

/// Loads the story built into the binary.
pub fn load_default() -> Result<Loaded, LoadError> {
    let mut loaded = parse_story(
        crate::assets::DEFAULT_STORY_JSON.as_bytes(),
        crate::assets::DEFAULT_STORY_NAME,
        AssetRoot::Embedded,
    )?;
    let (translations, problems) = translations::built_in(&loaded.story);
    loaded.translations = translations;
    loaded.warnings.extend(problems);
    Ok(loaded)
}

/// Loads a story file from disk (a regular file of at most [`MAX_STORY_BYTES`]); its artwork
/// is looked up in its asset folder, which must lie inside the story's folder.
pub fn load_file(path: &Path) -> Result<Loaded, LoadError> {
    let file = crate::printable::printable(&path.display().to_string()).into_owned();
    let fail = |message: Text, hint: Text| LoadError {
        file: file.clone(),
        problems: vec![Problem {
            severity: Severity::Error,
            file: file.clone(),
            line_column: None,
            path: String::new(),
            message,
            hint: Some(hint),
        }],
    };
    let bytes = files::read_limited(path, MAX_STORY_BYTES as u64).map_err(|err| match err {
        FileError::TooLarge { size, .. } => fail(
            text!(
                "problem-story-too-large",
                size = size,
                max = MAX_STORY_BYTES
            ),
            text!("hint-story-too-large"),
        ),
        FileError::NotRegular(_) => fail(
            err.text(text!("subject-story-file")),
            text!("hint-not-regular"),
        ),
        other => fail(
            other.text(text!("subject-story-file")),
            text!("hint-check-path"),
        ),
    })?;
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let folder = std::fs::canonicalize(folder).map_err(|err| {
        fail(
            text!("problem-story-folder", reason = err.to_string()),
            text!("hint-check-path"),
        )
    })?;
    let mut loader = Loader::new(&file, &bytes);
    let story = loader.story(|declared| {
        let declared = declared.unwrap_or(".");
        // A story's pictures may also sit in a folder beside the story's own (the built-in
        // story, in data/, keeps them in ../assets): one level up, and no further.
        let (boundary, inside) = match (declared.strip_prefix("../"), folder.parent()) {
            (Some(rest), Some(parent)) if !rest.starts_with("..") => (parent, rest),
            _ => (folder.as_path(), declared),
        };
        files::folder_inside(boundary, inside)
            .map(AssetRoot::Folder)
            .map_err(|err| asset_root_problem(declared, &err))
    });
    let mut loaded = loader.finish(story)?;
    let (translations, problems) = translations::beside(path, &folder, &loaded.story);
    loaded.translations = translations;
    loaded.warnings.extend(problems);
    Ok(loaded)
}

/// Parses a story whose asset root is already known (used for the embedded story and tests).
pub fn parse_story(bytes: &[u8], file: &str, asset_root: AssetRoot) -> Result<Loaded, LoadError> {
    let mut loader = Loader::new(file, bytes);
    let story = loader.story(|_| Ok(asset_root.clone()));
    loader.finish(story)
}

/// Why `asset_root` cannot be used, as a sentence.
fn asset_root_problem(declared: &str, err: &FileError) -> Text {
    let folder = quote(declared);
    match err {
        FileError::Escapes => text!("problem-asset-folder-escapes", folder = folder),
        FileError::OutsideFolder => text!("problem-asset-folder-outside", folder = folder),
        FileError::NotAFolder => text!("problem-asset-folder-not-a-folder", folder = folder),
        FileError::Io(io) if io.kind() == std::io::ErrorKind::NotFound => {
            text!("problem-asset-folder-missing", folder = folder)
        }
        other => other.text(text!("subject-asset-folder", folder = folder)),
    }
}

/// Where an item is in the file ("events[3]"), written out only when a problem is reported.
#[derive(Debug, Clone, Copy)]
struct ItemPath {
    list: &'static str,
    index: usize,
}

impl Display for ItemPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}[{}]", self.list, self.index)
    }
}

/// Collects problems while turning raw data into a story.
struct Loader<'a> {
    file: String,
    bytes: &'a [u8],
    problems: Vec<Problem>,
    /// Problems listed so far (errors, warnings).
    listed: (usize, usize),
    /// Problems past [`crate::story::limits::MAX_LISTED_PROBLEMS`] of their severity: counted,
    /// not listed (errors, warnings).
    unlisted: (usize, usize),
    /// Ids of items that could not be decoded (their problem is already reported).
    broken_ids: HashSet<String>,
    /// Lists that could not be read at all (references into them are not reported).
    broken_lists: HashSet<&'static str>,
}

impl<'a> Loader<'a> {
    pub(super) fn story(
        &mut self,
        asset_root_for: impl FnOnce(Option<&str>) -> Result<AssetRoot, Text>,
    ) -> Option<Story> {
        let text = self.text()?;
        if !self.structure(text) {
            return None;
        }
        let value: Value = match serde_json::from_str(text) {
            Ok(value) => value,
            Err(err) => {
                let line_column = (err.line() > 0).then(|| (err.line(), err.column()));
                let message = json_error_message(&err);
                self.push(Problem {
                    severity: Severity::Error,
                    file: self.file.clone(),
                    line_column,
                    path: String::new(),
                    message,
                    hint: Some(text!("hint-json-syntax")),
                });
                return None;
            }
        };
        let Value::Object(mut top) = value else {
            self.error(
                "",
                text!("problem-top-level-not-object"),
                text!("hint-top-level-not-object"),
            );
            return None;
        };
        // Each field on its own, so that one bad field hides none of the others.
        let header = RawStoryHeader {
            format: self.field(&mut top, "format", true),
            title: self.field(&mut top, "title", true),
            subtitle: self.field(&mut top, "subtitle", false),
            timezone: self.field(&mut top, "timezone", true),
            start: self.field(&mut top, "start", true),
            end: self.field(&mut top, "end", true),
            asset_root: self.field(&mut top, "asset_root", false),
            overview: self.field(&mut top, "overview", false),
        };
        let lists = self.take_lists(&mut top);
        for (name, _) in top {
            let shown = crate::printable::printable_cut(&name, 100);
            self.warn(
                shown,
                text!("problem-unknown-field"),
                text!("hint-unknown-field", doc = FORMAT_DOC),
            );
        }
        self.build(header, lists, asset_root_for)
    }

    pub(super) fn build(
        &mut self,
        header: RawStoryHeader,
        lists: RawLists,
        asset_root_for: impl FnOnce(Option<&str>) -> Result<AssetRoot, Text>,
    ) -> Option<Story> {
        let RawStoryHeader {
            format,
            title,
            subtitle,
            timezone,
            start,
            end,
            asset_root,
            overview,
        } = header;
        let RawLists {
            cover,
            overview_sources,
            phases,
            tracks,
            polities,
            places,
            events,
            movements,
            tour,
        } = lists;

        if let Some(format) = format
            && format != 1
        {
            self.error(
                "format",
                text!("problem-format", format = format.to_string()),
                text!("hint-format"),
            );
        }
        let overview = overview.unwrap_or_default();
        if overview.len() > MAX_ITEM_LIST {
            self.too_many("overview", overview.len(), MAX_ITEM_LIST);
        }
        let story_clock = timezone.as_deref().and_then(|timezone| {
            StoryClock::new(timezone)
                .map_err(|err| {
                    self.error(
                        "timezone",
                        text!(
                            "problem-unknown-timezone",
                            zone = quote(timezone),
                            reason = err.to_string()
                        ),
                        text!("hint-unknown-timezone"),
                    );
                })
                .ok()
        });
        let root = match asset_root_for(asset_root.as_deref()) {
            Ok(root) => Some(root),
            Err(message) => {
                self.error("asset_root", message, text!("hint-asset-root"));
                None
            }
        };
        // Without the story's zone, times are still checked for their form (in UTC) so that
        // their problems are reported with the others; the story does not open.
        let checking_clock = story_clock.clone().unwrap_or_else(StoryClock::utc);
        let clock_ref = &checking_clock;
        let story_start = start
            .as_deref()
            .and_then(|start| self.time(clock_ref, start, "start"))
            .map(|(t, _)| t);
        let story_end = end
            .as_deref()
            .and_then(|end| self.time(clock_ref, end, "end"))
            .map(|(t, _)| t);
        if let (Some(s), Some(e)) = (story_start, story_end) {
            if e <= s {
                self.error(
                    "end",
                    text!("problem-story-ends-before-start"),
                    text!("hint-end-after-start"),
                );
            } else if e.duration_since(s).as_hours() > MAX_SPAN_DAYS * 24 {
                self.error(
                    "end",
                    text!(
                        "problem-story-too-long",
                        days = e.duration_since(s).as_hours() / 24,
                        max = MAX_SPAN_DAYS
                    ),
                    text!("hint-story-too-long"),
                );
            }
        }
        // Without a valid span, events are not checked against it (one problem, not dozens).
        let span = story_start
            .zip(story_end)
            .filter(|(s, e)| e > s && e.duration_since(*s).as_hours() <= MAX_SPAN_DAYS * 24);
        let clock = clock_ref;

        let mut resolver = Resolver::default();
        let tracks = self.tracks(tracks, &mut resolver);
        let phases = self.phases(phases, clock, span);
        let polity_raws = self.items::<RawPolity>(polities, "polities", &mut resolver.polities);
        let place_raws = self.items::<RawPlace>(places, "places", &mut resolver.places);
        let event_raws = self.items::<RawEvent>(events, "events", &mut resolver.events);

        // Polities first: problems are reported in file order.
        let polities = self.polities(polity_raws, &resolver, clock);
        let places = self.places(place_raws, &resolver);
        let root_for_files = root.clone();
        let events: Vec<Event> = event_raws
            .into_iter()
            .filter_map(|(path, raw)| {
                self.event(raw, path, clock, span, &resolver, root_for_files.as_ref())
            })
            .collect();
        let events = sorted_by_start(events);
        let event_order: HashMap<&str, EventIx> = events
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.as_str(), EventIx(i)))
            .collect();
        let movements = self.movements(movements, clock, span, &resolver, &event_order);
        let tour = self.tour(tour, &resolver, &event_order);

        let cover = cover.and_then(|value| {
            let raw: RawArtwork = self.decode(value, "cover")?;
            Some(self.artwork(raw, "cover", root.as_ref()))
        });
        let overview_sources = overview_sources
            .into_iter()
            .enumerate()
            .filter_map(|(i, value)| {
                let path = format!("overview_sources[{i}]");
                let raw: RawSource = self.decode(value, &path)?;
                Some(self.source(raw, &path))
            })
            .collect();

        let (start, end) = span?;
        let asset_root = root?;
        let clock = story_clock?;
        let (Some(title), Some(_)) = (title, format) else {
            return None;
        };
        let mut story = Story {
            title,
            subtitle,
            clock,
            start,
            end,
            asset_root,
            overview,
            cover,
            overview_sources,
            phases,
            tracks,
            polities,
            places,
            events,
            movements,
            tour,
            place_events: Vec::new(),
            longest_active: jiff::SignedDuration::ZERO,
            serial: 0,
        };
        story.index_places();
        Some(story)
    }
}
