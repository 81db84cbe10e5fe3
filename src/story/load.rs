//! Loading a story: bytes → JSON → raw types → a validated [`Story`], collecting every problem.

use std::collections::{HashMap, HashSet};
use std::fmt::{self, Display};
use std::path::{Component, Path, PathBuf};

use jiff::Timestamp;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::clock::{Precision, StoryClock};
use super::event::{Artwork, Confidence, Event, Source};
use super::extras::{Movement, Phase, Side, Track};
use super::ids::{EventIx, PlaceIx, PolityIx, TrackIx};
use super::place::{Place, PlaceKind};
use super::polity::{Alliance, Polity, Status, StatusChange};
use super::problem::{LoadError, Problem, Severity};
use super::raw::{
    RawArtwork, RawEvent, RawLists, RawMovement, RawPhase, RawPlace, RawPolity, RawSource,
    RawStoryHeader, RawTrack,
};
use super::{AssetRoot, Story};

/// Larger story files are refused before they are read (the default story is under 1 MB; a
/// story of 10,000 events is about 4 MB).
pub const MAX_STORY_BYTES: usize = 16 * 1024 * 1024;

/// The hint under every problem serde finds with a field.
const DECODE_HINT: &str = "see docs/story-format.md for the fields and their types";

/// Pictures wider or higher than this are refused (they could not be shown anyway, and a small
/// file that claims a huge size is a decompression bomb).
pub const MAX_PICTURE_SIDE: u32 = 8192;

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
    fn new(file: &str, bytes: &'a [u8]) -> Self {
        Self {
            file: file.to_owned(),
            bytes,
            problems: Vec::new(),
            broken_ids: HashSet::new(),
        }
    }

    fn finish(self, story: Option<Story>) -> Result<Loaded, LoadError> {
        let Self {
            file,
            mut problems,
            bytes,
            ..
        } = self;
        // Every problem with a JSON path also gets its line and column.
        if problems.iter().any(|p| p.line_column.is_none())
            && let Ok(text) =
                std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes))
        {
            let locator = super::locate::Locator::new(text);
            for problem in problems.iter_mut().filter(|p| p.line_column.is_none()) {
                problem.line_column = locator.line_column(&problem.path);
            }
        }
        let (mut errors, warnings): (Vec<_>, Vec<_>) = problems
            .into_iter()
            .partition(|p| p.severity == Severity::Error);
        match story {
            Some(story) if errors.is_empty() => Ok(Loaded { story, warnings }),
            _ => {
                errors.extend(warnings);
                Err(LoadError {
                    file,
                    problems: errors,
                })
            }
        }
    }

    fn report(&mut self, severity: Severity, path: impl Display, message: String, hint: &str) {
        self.problems.push(Problem {
            severity,
            file: self.file.clone(),
            line_column: None,
            path: path.to_string(),
            message,
            hint: hint.to_owned(),
        });
    }

    fn error(&mut self, path: impl Display, message: impl Into<String>, hint: &str) {
        self.report(Severity::Error, path, message.into(), hint);
    }

    fn warn(&mut self, path: impl Display, message: impl Into<String>, hint: &str) {
        self.report(Severity::Warning, path, message.into(), hint);
    }

    /// Decodes one value into a raw type, warning about unknown fields and reporting a type
    /// error with its full JSON path.
    fn decode<T: DeserializeOwned>(&mut self, value: Value, path: impl Display) -> Option<T> {
        let mut unknown = Vec::new();
        let mut note_unknown = |field: serde_ignored::Path| unknown.push(field.to_string());
        let ignored = serde_ignored::Deserializer::new(value, &mut note_unknown);
        let result: Result<T, _> = serde_path_to_error::deserialize(ignored);
        for field in unknown {
            let full = join_path(&path.to_string(), &field);
            self.warn(
                &full,
                "unknown field; it is ignored",
                "check the spelling against docs/story-format.md",
            );
        }
        match result {
            Ok(raw) => Some(raw),
            Err(err) => {
                let inner = err.path().to_string();
                let full = if inner == "." {
                    path.to_string()
                } else {
                    join_path(&path.to_string(), &inner)
                };
                self.error(&full, err.into_inner().to_string(), DECODE_HINT);
                None
            }
        }
    }

    fn story(
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

    /// Takes the lists out of the top level as they are; a required list that is missing, or
    /// a list that is not an array, is an error.
    fn take_lists(&mut self, top: &mut serde_json::Map<String, Value>) -> Option<RawLists> {
        let mut ok = true;
        let mut list = |name: &str, required: bool| match top.remove(name) {
            Some(Value::Array(items)) => items,
            Some(other) => {
                // serde's own words for the mismatch, as for every other field.
                let message = serde_json::from_value::<Vec<Value>>(other)
                    .err()
                    .map_or_else(|| "expected a list".to_owned(), |err| err.to_string());
                self.error(name, message, DECODE_HINT);
                ok = false;
                Vec::new()
            }
            None if required => {
                self.error("", format!("missing field `{name}`"), DECODE_HINT);
                ok = false;
                Vec::new()
            }
            None => Vec::new(),
        };
        let lists = RawLists {
            overview_sources: list("overview_sources", false),
            phases: list("phases", false),
            tracks: list("tracks", false),
            polities: list("polities", true),
            places: list("places", true),
            events: list("events", true),
            movements: list("movements", false),
            cover: top.remove("cover").filter(|cover| !cover.is_null()),
        };
        ok.then_some(lists)
    }

    /// The file as UTF-8 text, without a leading byte-order mark (which earns a warning).
    fn text(&mut self) -> Option<&'a str> {
        let bytes = self.bytes;
        if bytes.len() > MAX_STORY_BYTES {
            self.error(
                "",
                format!(
                    "the file is {} bytes; stories may be at most {MAX_STORY_BYTES} bytes",
                    bytes.len()
                ),
                "split the story or move large data out of it",
            );
            return None;
        }
        let bytes = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
            Some(rest) => {
                self.warn(
                    "",
                    "the file starts with a byte-order mark; it is skipped",
                    "save the file as UTF-8 without BOM",
                );
                rest
            }
            None => bytes,
        };
        if bytes.iter().all(u8::is_ascii_whitespace) {
            self.error("", "the file is empty", "a story file is one JSON object");
            return None;
        }
        match std::str::from_utf8(bytes) {
            Ok(text) => Some(text),
            Err(err) => {
                let valid = bytes.get(..err.valid_up_to()).unwrap_or_default();
                let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
                let column = valid.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
                self.problems.push(Problem {
                    severity: Severity::Error,
                    file: self.file.clone(),
                    line_column: Some((line, column)),
                    path: String::new(),
                    message: format!("invalid UTF-8 at byte {}", err.valid_up_to()),
                    hint: "save the file as UTF-8".to_owned(),
                });
                None
            }
        }
    }

    fn build(
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

    fn time(
        &mut self,
        clock: &StoryClock,
        text: &str,
        path: impl Display,
    ) -> Option<(Timestamp, Precision)> {
        match clock.parse(text) {
            Ok(parsed) => Some(parsed),
            Err(err) => {
                self.error(
                    path,
                    err.to_string(),
                    "write local times as \"1956-10-23T15:00\" or \"1956-10-23\"",
                );
                None
            }
        }
    }

    /// A time that must lie within the story's span.
    fn time_in_span(
        &mut self,
        clock: &StoryClock,
        text: &str,
        path: impl Display + Copy,
        span: Option<(Timestamp, Timestamp)>,
        inclusive_end: bool,
    ) -> Option<(Timestamp, Precision)> {
        let parsed = self.time(clock, text, path)?;
        if let Some((start, end)) = span {
            let after_end = if inclusive_end {
                parsed.0 > end
            } else {
                parsed.0 >= end
            };
            if parsed.0 < start || after_end {
                self.error(
                    path,
                    format!("{text} lies outside the story's span"),
                    "events must lie between the story's start and end",
                );
            }
        }
        Some(parsed)
    }

    /// Decodes a list of items, checking their ids and recording them in `index`.
    fn items<T: DeserializeOwned + HasId>(
        &mut self,
        values: Vec<Value>,
        list: &'static str,
        index: &mut HashMap<String, usize>,
    ) -> Vec<(ItemPath, T)> {
        let mut out = Vec::with_capacity(values.len());
        for (i, value) in values.into_iter().enumerate() {
            let path = ItemPath { list, index: i };
            let id = value.get("id").and_then(Value::as_str).map(str::to_owned);
            let Some(raw) = self.decode::<T>(value, path) else {
                // Its problem is reported; references to it should not be reported again.
                self.broken_ids.extend(id);
                continue;
            };
            let id = raw.id().to_owned();
            if !self.check_id(&id, format_args!("{path}.id")) {
                self.broken_ids.insert(id);
                continue;
            }
            if index.contains_key(&id) {
                self.error(
                    format_args!("{path}.id"),
                    format!("duplicate id {id:?} in {list}"),
                    "every id must be unique within its list",
                );
                continue;
            }
            index.insert(id, out.len());
            out.push((path, raw));
        }
        out
    }

    fn check_id(&mut self, id: &str, path: impl Display) -> bool {
        let ok = !id.is_empty()
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !ok {
            self.error(
                path,
                format!("{id:?} is not a valid id"),
                "ids use lowercase a-z, 0-9 and '-' only",
            );
        }
        ok
    }

    fn reference(
        &mut self,
        index: &HashMap<String, usize>,
        id: &str,
        path: impl Display,
        what: &str,
    ) -> Option<usize> {
        let found = index.get(id).copied();
        if found.is_none() && !self.broken_ids.contains(id) {
            self.error(
                path,
                format!("no {what} has the id {id:?}"),
                &format!("add a {what} with this id or fix the reference"),
            );
        }
        found
    }

    fn tracks(&mut self, values: Vec<Value>, resolver: &mut Resolver) -> Vec<Track> {
        self.items::<RawTrack>(values, "tracks", &mut resolver.tracks)
            .into_iter()
            .map(|(_, RawTrack { id, name })| Track { id, name })
            .collect()
    }

    fn phases(
        &mut self,
        values: Vec<Value>,
        clock: &StoryClock,
        span: Option<(Timestamp, Timestamp)>,
    ) -> Vec<Phase> {
        let mut index = HashMap::new();
        let mut phases: Vec<Phase> = self
            .items::<RawPhase>(values, "phases", &mut index)
            .into_iter()
            .filter_map(
                |(
                    path,
                    RawPhase {
                        id,
                        name,
                        start,
                        end,
                    },
                )| {
                    let start =
                        self.time_in_span(clock, &start, format_args!("{path}.start"), span, false);
                    let end =
                        self.time_in_span(clock, &end, format_args!("{path}.end"), span, true);
                    let (start, end) = (start?.0, end?.0);
                    if end <= start {
                        self.error(
                            format_args!("{path}.end"),
                            "the phase ends before it starts",
                            "end must come after start",
                        );
                        return None;
                    }
                    Some(Phase {
                        id,
                        name,
                        start,
                        end,
                    })
                },
            )
            .collect();
        phases.sort_by_key(|p| p.start);
        phases
    }

    fn places(&mut self, raws: Vec<(ItemPath, RawPlace)>, resolver: &Resolver) -> Vec<Place> {
        let mut places = Vec::with_capacity(raws.len());
        for (path, raw) in raws {
            let RawPlace {
                id,
                name,
                kind,
                lat,
                lon,
                polity,
                within,
                description,
            } = raw;
            let kind = match kind.as_str() {
                "capital" => PlaceKind::Capital,
                "city" => PlaceKind::City,
                "site" => PlaceKind::Site,
                "region" => PlaceKind::Region,
                other => {
                    self.error(
                        format_args!("{path}.kind"),
                        format!("unknown place kind {other:?}"),
                        "kind is one of capital, city, site, region",
                    );
                    PlaceKind::Site
                }
            };
            if !(-90.0..=90.0).contains(&lat) {
                self.error(
                    format_args!("{path}.lat"),
                    format!("latitude {lat} is out of range"),
                    "lat must lie in [-90, 90]",
                );
            }
            if !(-180.0..=180.0).contains(&lon) {
                self.error(
                    format_args!("{path}.lon"),
                    format!("longitude {lon} is out of range"),
                    "lon must lie in [-180, 180]",
                );
            }
            let polity = polity.and_then(|p| {
                self.reference(
                    &resolver.polities,
                    &p,
                    format_args!("{path}.polity"),
                    "polity",
                )
                .map(PolityIx)
            });
            let within = within.and_then(|w| {
                self.reference(&resolver.places, &w, format_args!("{path}.within"), "place")
                    .map(PlaceIx)
            });
            places.push(Place {
                id,
                name,
                kind,
                lat,
                lon,
                polity,
                within,
                description,
            });
        }
        // `within` must not loop back on itself.
        for start in 0..places.len() {
            let mut current = places.get(start).and_then(|p| p.within);
            let mut steps = 0;
            while let Some(PlaceIx(ix)) = current {
                if ix == start || steps > places.len() {
                    let id = places.get(start).map(|p| p.id.clone()).unwrap_or_default();
                    self.error(
                        format_args!("places[{start}].within"),
                        format!("place {id:?} lies within itself"),
                        "\"within\" must not form a loop",
                    );
                    break;
                }
                steps += 1;
                current = places.get(ix).and_then(|p| p.within);
            }
        }
        places
    }

    fn polities(
        &mut self,
        raws: Vec<(ItemPath, RawPolity)>,
        resolver: &Resolver,
        clock: &StoryClock,
    ) -> Vec<Polity> {
        let mut polities = Vec::with_capacity(raws.len());
        for (path, raw) in raws {
            let RawPolity {
                id,
                name,
                short_name,
                alliance,
                capital,
                status_changes,
            } = raw;
            let alliance = match alliance.as_str() {
                "warsaw-pact" => Alliance::WarsawPact,
                "nato" => Alliance::Nato,
                "neutral" => Alliance::Neutral,
                "non-aligned" => Alliance::NonAligned,
                "other" => Alliance::Other,
                other => {
                    self.error(
                        format_args!("{path}.alliance"),
                        format!("unknown alliance {other:?}"),
                        "alliance is one of warsaw-pact, nato, neutral, non-aligned, other",
                    );
                    Alliance::Other
                }
            };
            let capital = capital.and_then(|c| {
                self.reference(
                    &resolver.places,
                    &c,
                    format_args!("{path}.capital"),
                    "place",
                )
                .map(PlaceIx)
            });
            let mut changes = Vec::new();
            for (i, change) in status_changes.into_iter().enumerate() {
                let change_path = format!("{path}.status_changes[{i}]");
                let at = self.time(clock, &change.at, format_args!("{change_path}.at"));
                let status = match change.status.as_str() {
                    "member" => Some(Status::Member),
                    "neutral" => Some(Status::Neutral),
                    "invaded" => Some(Status::Invaded),
                    "occupied" => Some(Status::Occupied),
                    other => {
                        self.error(
                            format_args!("{change_path}.status"),
                            format!("unknown status {other:?}"),
                            "status is one of member, neutral, invaded, occupied",
                        );
                        None
                    }
                };
                if let (Some((at, _)), Some(status)) = (at, status) {
                    changes.push(StatusChange {
                        at,
                        status,
                        label: change.label,
                    });
                }
            }
            changes.sort_by_key(|c| c.at);
            polities.push(Polity {
                short_name: short_name.unwrap_or_else(|| name.clone()),
                id,
                name,
                alliance,
                capital,
                status_changes: changes,
            });
        }
        polities
    }

    fn event(
        &mut self,
        raw: RawEvent,
        path: ItemPath,
        clock: &StoryClock,
        span: Option<(Timestamp, Timestamp)>,
        resolver: &Resolver,
        root: Option<&AssetRoot>,
    ) -> Option<Event> {
        let RawEvent {
            id,
            start,
            end,
            title,
            places,
            summary,
            body,
            artwork,
            sources,
            confidence,
            disputed,
            track,
            dating_note,
        } = raw;
        let start = self.time_in_span(clock, &start, format_args!("{path}.start"), span, false);
        let end = end
            .and_then(|end| self.time_in_span(clock, &end, format_args!("{path}.end"), span, true));
        if let (Some((s, _)), Some((e, _))) = (start, end)
            && e < s
        {
            self.error(
                format_args!("{path}.end"),
                "the event ends before it starts",
                "end must not come before start",
            );
        }
        let places: Vec<PlaceIx> = places
            .iter()
            .enumerate()
            .filter_map(|(i, p)| {
                self.reference(
                    &resolver.places,
                    p,
                    format_args!("{path}.places[{i}]"),
                    "place",
                )
                .map(PlaceIx)
            })
            .collect();
        let confidence = match confidence.as_str() {
            "high" => Some(Confidence::High),
            "medium" => Some(Confidence::Medium),
            "low" => Some(Confidence::Low),
            other => {
                self.error(
                    format_args!("{path}.confidence"),
                    format!("unknown confidence {other:?}"),
                    "confidence is one of high, medium, low",
                );
                None
            }
        };
        if sources.is_empty() {
            self.error(
                format_args!("{path}.sources"),
                "the event has no source",
                "every event needs at least one source",
            );
        }
        let track = track.and_then(|t| {
            self.reference(&resolver.tracks, &t, format_args!("{path}.track"), "track")
                .map(TrackIx)
        });
        let artwork = artwork.map(|a| self.artwork(a, format_args!("{path}.artwork"), root));
        let (start, precision) = start?;
        Some(Event {
            id,
            start,
            end: end.map(|(e, _)| e),
            precision,
            title,
            places,
            summary,
            body,
            artwork,
            sources: sources.into_iter().map(source).collect(),
            confidence: confidence?,
            disputed,
            track,
            dating_note,
        })
    }

    /// Checks that an artwork path stays inside the asset root; a missing file is a warning
    /// (the app shows a placeholder), a path that leaves the root is an error.
    fn artwork(
        &mut self,
        raw: RawArtwork,
        path: impl Display,
        root: Option<&AssetRoot>,
    ) -> Artwork {
        let path = path.to_string();
        let RawArtwork { file, alt, credit } = raw;
        let file_path = format!("{path}.file");
        let relative = Path::new(&file);
        let escapes = relative.is_absolute()
            || relative
                .components()
                .any(|c| !matches!(c, Component::Normal(_) | Component::CurDir));
        if escapes || file.is_empty() {
            self.error(
                &file_path,
                format!("{file:?} leaves the asset folder"),
                "artwork paths are relative to asset_root, without '..'",
            );
            return Artwork { file, alt, credit };
        }
        match root {
            Some(AssetRoot::Embedded) if crate::assets::embedded_asset(&file).is_none() => {
                self.warn(
                    &file_path,
                    format!("artwork {file:?} is not in the built-in assets"),
                    "a placeholder is shown instead",
                );
            }
            Some(AssetRoot::Embedded) => {}
            Some(AssetRoot::Folder(folder)) => match std::fs::canonicalize(folder.join(&file)) {
                Ok(resolved) if !resolved.starts_with(folder) => self.error(
                    &file_path,
                    format!("{file:?} leads outside the asset folder (through a link)"),
                    "keep artwork files inside the asset folder",
                ),
                Ok(resolved) => {
                    if let Err(reason) = check_picture(&resolved) {
                        self.warn(
                            &file_path,
                            format!("artwork {file:?} {reason}"),
                            "a placeholder is shown instead",
                        );
                    }
                }
                Err(err) => self.warn(
                    &file_path,
                    format!("artwork {file:?} cannot be read: {err}"),
                    "a placeholder is shown instead",
                ),
            },
            None => {}
        }
        Artwork { file, alt, credit }
    }

    fn movements(
        &mut self,
        values: Vec<Value>,
        clock: &StoryClock,
        span: Option<(Timestamp, Timestamp)>,
        resolver: &Resolver,
        events: &HashMap<&str, EventIx>,
    ) -> Vec<Movement> {
        let mut index = HashMap::new();
        let raws = self.items::<RawMovement>(values, "movements", &mut index);
        let mut movements = Vec::new();
        for (path, raw) in raws {
            let RawMovement {
                id,
                label,
                side,
                start,
                end,
                path: stops,
                event,
            } = raw;
            let side = match side.as_str() {
                "soviet" => Side::Soviet,
                "hungarian" => Side::Hungarian,
                "refugees" => Side::Refugees,
                "other" => Side::Other,
                other => {
                    self.error(
                        format_args!("{path}.side"),
                        format!("unknown side {other:?}"),
                        "side is one of soviet, hungarian, refugees, other",
                    );
                    Side::Other
                }
            };
            let start = self.time_in_span(clock, &start, format_args!("{path}.start"), span, false);
            let end = self.time_in_span(clock, &end, format_args!("{path}.end"), span, true);
            let stops: Vec<PlaceIx> = stops
                .iter()
                .enumerate()
                .filter_map(|(i, p)| {
                    self.reference(
                        &resolver.places,
                        p,
                        format_args!("{path}.path[{i}]"),
                        "place",
                    )
                    .map(PlaceIx)
                })
                .collect();
            if stops.len() < 2 {
                self.error(
                    format_args!("{path}.path"),
                    "a movement needs at least two places",
                    "list the places the movement runs through, in order",
                );
            }
            let event = event.and_then(|e| {
                let found = events.get(e.as_str()).copied();
                if found.is_none() {
                    self.error(
                        format_args!("{path}.event"),
                        format!("no event has the id {e:?}"),
                        "fix the reference",
                    );
                }
                found
            });
            let (Some((start, _)), Some((end, _))) = (start, end) else {
                continue;
            };
            if end <= start {
                self.error(
                    format_args!("{path}.end"),
                    "the movement ends before it starts",
                    "end must come after start",
                );
                continue;
            }
            movements.push(Movement {
                id,
                label,
                side,
                start,
                end,
                path: stops,
                event,
            });
        }
        movements.sort_by_key(|m| m.start);
        movements
    }
}

/// Ids seen so far, by list.
#[derive(Default)]
struct Resolver {
    polities: HashMap<String, usize>,
    places: HashMap<String, usize>,
    events: HashMap<String, usize>,
    tracks: HashMap<String, usize>,
}

/// Raw items with an id.
trait HasId {
    fn id(&self) -> &str;
}

macro_rules! has_id {
    ($($t:ty),*) => {$(impl HasId for $t { fn id(&self) -> &str { &self.id } })*};
}
has_id!(
    RawPolity,
    RawPlace,
    RawEvent,
    RawPhase,
    RawTrack,
    RawMovement
);

fn source(raw: RawSource) -> Source {
    let RawSource {
        title,
        url,
        author,
        year,
        note,
    } = raw;
    Source {
        title,
        author,
        year,
        url,
        note,
    }
}

/// Decoding a picture may allocate at most this much.
const MAX_PICTURE_ALLOC: u64 = 256 * 1024 * 1024;

/// Decodes a picture with limits on its size and on the memory decoding may take; every
/// failure is a sentence ("is not a picture this app can show: …").
pub fn decode_picture(bytes: &[u8]) -> Result<image::DynamicImage, String> {
    let mut reader = image::ImageReader::new(std::io::Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|err| format!("cannot be read: {err}"))?;
    if reader.format().is_none() {
        return Err("is not a PNG, JPEG or WebP picture".to_owned());
    }
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(MAX_PICTURE_SIDE);
    limits.max_image_height = Some(MAX_PICTURE_SIDE);
    limits.max_alloc = Some(MAX_PICTURE_ALLOC);
    reader.limits(limits);
    reader
        .decode()
        .map_err(|err| format!("is not a picture this app can show: {err}"))
}

/// Reads a picture's header only: its format and size, without decoding it.
fn check_picture(path: &Path) -> Result<(), String> {
    let reader = image::ImageReader::open(path)
        .and_then(image::ImageReader::with_guessed_format)
        .map_err(|err| format!("cannot be read: {err}"))?;
    if reader.format().is_none() {
        return Err("is not a PNG, JPEG or WebP picture".to_owned());
    }
    let (width, height) = reader
        .into_dimensions()
        .map_err(|err| format!("is not a picture this app can show: {err}"))?;
    if width > MAX_PICTURE_SIDE || height > MAX_PICTURE_SIDE {
        return Err(format!(
            "is {width}×{height} pixels; pictures may be at most {MAX_PICTURE_SIDE} pixels wide and high"
        ));
    }
    Ok(())
}

/// Events in time order (then by id). The order is found on indices and applied once, so
/// that each event (a few hundred bytes) moves once rather than at every step of the sort.
fn sorted_by_start(events: Vec<Event>) -> Vec<Event> {
    let mut order: Vec<usize> = (0..events.len()).collect();
    order.sort_by(|&a, &b| match (events.get(a), events.get(b)) {
        (Some(a), Some(b)) => a.start.cmp(&b.start).then_with(|| a.id.cmp(&b.id)),
        _ => std::cmp::Ordering::Equal,
    });
    let mut slots: Vec<Option<Event>> = events.into_iter().map(Some).collect();
    order
        .into_iter()
        .filter_map(|i| slots.get_mut(i).and_then(Option::take))
        .collect()
}

fn join_path(prefix: &str, inner: &str) -> String {
    match (prefix.is_empty(), inner.starts_with('[')) {
        (true, _) => inner.to_owned(),
        (false, true) => format!("{prefix}{inner}"),
        (false, false) => format!("{prefix}.{inner}"),
    }
}

/// serde_json's message without its trailing " at line L column C" (we show those separately).
fn json_error_message(err: &serde_json::Error) -> String {
    let text = err.to_string();
    if text.starts_with("recursion limit exceeded") {
        return "the JSON is nested too deeply (more than 128 levels)".to_owned();
    }
    match text.rfind(" at line ") {
        Some(cut) => text.get(..cut).unwrap_or(&text).to_owned(),
        None => text,
    }
}
