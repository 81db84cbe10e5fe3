//! Loading a story: bytes → JSON → raw types → a validated [`Story`], collecting every problem.
//! `json.rs` takes the JSON apart, `items.rs` and `events.rs` turn raw items into the model,
//! `diagnostics.rs` collects the problems with their JSON paths, lines and columns.

mod diagnostics;
mod events;
mod items;
mod json;

use diagnostics::json_error_message;
use events::{sorted_by_start, source};
use items::Resolver;

use std::collections::{HashMap, HashSet};
use std::fmt::{self, Display};
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::story::clock::StoryClock;
use crate::story::event::Event;
use crate::story::ids::EventIx;
use crate::story::problem::{LoadError, Problem, Severity};
use crate::story::raw::{
    RawArtwork, RawEvent, RawLists, RawPlace, RawPolity, RawSource, RawStoryHeader,
};
use crate::story::{AssetRoot, Story};

/// Larger story files are refused before they are read (the default story is under 1 MB; a
/// story of 10,000 events is about 4 MB).
pub const MAX_STORY_BYTES: usize = 16 * 1024 * 1024;

/// The hint under every problem serde finds with a field.
const DECODE_HINT: &str = "see docs/story-format.md for the fields and their types";

/// A story that opened, with the warnings found on the way.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The story.
    pub story: Story,
    /// Problems that did not stop it from opening.
    pub warnings: Vec<Problem>,
}

/// Loads the story built into the binary.
pub fn load_default() -> Result<Loaded, LoadError> {
    parse_story(
        crate::assets::DEFAULT_STORY_JSON.as_bytes(),
        crate::assets::DEFAULT_STORY_NAME,
        AssetRoot::Embedded,
    )
}

/// Loads a story file from disk; its artwork is looked up relative to it.
pub fn load_file(path: &Path) -> Result<Loaded, LoadError> {
    let file = path.display().to_string();
    let fail = |message: String, hint: &str| LoadError {
        file: file.clone(),
        problems: vec![Problem {
            severity: Severity::Error,
            file: file.clone(),
            line_column: None,
            path: String::new(),
            message,
            hint: hint.to_owned(),
        }],
    };
    let size = std::fs::metadata(path)
        .map_err(|err| fail(format!("cannot read the file: {err}"), "check the path"))?
        .len();
    if size > MAX_STORY_BYTES as u64 {
        return Err(fail(
            format!("the file is {size} bytes; stories may be at most {MAX_STORY_BYTES} bytes"),
            "split the story or move large data out of it",
        ));
    }
    let bytes = std::fs::read(path)
        .map_err(|err| fail(format!("cannot read the file: {err}"), "check the path"))?;
    let folder = path
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    let folder = if folder.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        folder
    };
    parse_story_in(&bytes, &file, &folder)
}

/// Parses a story whose asset root is already known (used for the embedded story and tests).
pub fn parse_story(bytes: &[u8], file: &str, asset_root: AssetRoot) -> Result<Loaded, LoadError> {
    let mut loader = Loader::new(file, bytes);
    let story = loader.story(|_| Some(asset_root.clone()));
    loader.finish(story)
}

fn parse_story_in(bytes: &[u8], file: &str, folder: &Path) -> Result<Loaded, LoadError> {
    let mut loader = Loader::new(file, bytes);
    let story = loader.story(|declared| {
        let root = match declared {
            Some(relative) => folder.join(relative),
            None => folder.to_path_buf(),
        };
        std::fs::canonicalize(&root).ok().map(AssetRoot::Folder)
    });
    loader.finish(story)
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
    /// Ids of items that could not be decoded (their problem is already reported).
    broken_ids: HashSet<String>,
}

impl<'a> Loader<'a> {
    pub(super) fn story(
        &mut self,
        asset_root_for: impl FnOnce(Option<&str>) -> Option<AssetRoot>,
    ) -> Option<Story> {
        let text = self.text()?;
        let value: Value = match serde_json::from_str(text) {
            Ok(value) => value,
            Err(err) => {
                let line_column = (err.line() > 0).then(|| (err.line(), err.column()));
                let message = json_error_message(&err);
                self.problems.push(Problem {
                    severity: Severity::Error,
                    file: self.file.clone(),
                    line_column,
                    path: String::new(),
                    message,
                    hint: "the file must be one JSON object; check brackets, commas and quotes"
                        .to_owned(),
                });
                return None;
            }
        };
        let Value::Object(mut top) = value else {
            self.error(
                "",
                "the top level is not a JSON object",
                "a story file is one object: { \"format\": 1, \"title\": … }",
            );
            return None;
        };
        let lists = self.take_lists(&mut top);
        let header: Option<RawStoryHeader> = self.decode(Value::Object(top), "");
        self.build(header?, lists?, asset_root_for)
    }

    pub(super) fn build(
        &mut self,
        header: RawStoryHeader,
        lists: RawLists,
        asset_root_for: impl FnOnce(Option<&str>) -> Option<AssetRoot>,
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
        } = lists;

        if format != 1 {
            self.error(
                "format",
                format!("format {format} is not supported"),
                "this version of the app reads \"format\": 1",
            );
        }
        let clock = match StoryClock::new(&timezone) {
            Ok(clock) => Some(clock),
            Err(err) => {
                self.error(
                    "timezone",
                    format!("unknown time zone {timezone:?}: {err}"),
                    "use an IANA name such as \"Europe/Budapest\"",
                );
                None
            }
        };
        let root = match asset_root_for(asset_root.as_deref()) {
            Some(root) => Some(root),
            None => {
                self.error(
                    "asset_root",
                    format!(
                        "the asset folder {:?} does not exist",
                        asset_root.as_deref().unwrap_or(".")
                    ),
                    "asset_root is relative to the story file",
                );
                None
            }
        };
        let clock = clock?;
        let story_start = self.time(&clock, &start, "start").map(|(t, _)| t);
        let story_end = self.time(&clock, &end, "end").map(|(t, _)| t);
        if let (Some(s), Some(e)) = (story_start, story_end)
            && e <= s
        {
            self.error(
                "end",
                "the story ends before it starts",
                "end must come after start",
            );
        }
        // Without a valid span, events are not checked against it (one problem, not dozens).
        let span = story_start.zip(story_end).filter(|(s, e)| e > s);

        let mut resolver = Resolver::default();
        let tracks = self.tracks(tracks, &mut resolver);
        let phases = self.phases(phases, &clock, span);
        let polity_raws = self.items::<RawPolity>(polities, "polities", &mut resolver.polities);
        let place_raws = self.items::<RawPlace>(places, "places", &mut resolver.places);
        let event_raws = self.items::<RawEvent>(events, "events", &mut resolver.events);

        // Polities first: problems are reported in file order.
        let polities = self.polities(polity_raws, &resolver, &clock);
        let places = self.places(place_raws, &resolver);
        let root_for_files = root.clone();
        let events: Vec<Event> = event_raws
            .into_iter()
            .filter_map(|(path, raw)| {
                self.event(raw, path, &clock, span, &resolver, root_for_files.as_ref())
            })
            .collect();
        let events = sorted_by_start(events);
        let event_order: HashMap<&str, EventIx> = events
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.as_str(), EventIx(i)))
            .collect();
        let movements = self.movements(movements, &clock, span, &resolver, &event_order);

        let cover = cover.and_then(|value| {
            let raw: RawArtwork = self.decode(value, "cover")?;
            Some(self.artwork(raw, "cover", root.as_ref()))
        });
        let overview_sources = overview_sources
            .into_iter()
            .enumerate()
            .filter_map(|(i, value)| {
                let raw: RawSource = self.decode(value, format_args!("overview_sources[{i}]"))?;
                Some(source(raw))
            })
            .collect();

        let (start, end) = span?;
        let asset_root = root?;
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
            place_events: Vec::new(),
            longest_active: jiff::SignedDuration::ZERO,
            serial: 0,
        };
        story.index_places();
        Some(story)
    }
}
