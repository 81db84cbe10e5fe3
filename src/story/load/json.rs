//! Taking the story's JSON apart: the text itself (its encoding named when it is not UTF-8),
//! its structure (depth, duplicate keys), the top-level fields and lists taken out one by one,
//! and each item decoded on its own, every problem of it reported (one bad field does not hide
//! the others, nor one bad item the next).

use std::collections::{HashMap, HashSet};
use std::fmt::Display;

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::{ItemPath, Loader, decode_hint};
use crate::i18n::Text;
use crate::story::limits::{
    MAX_DEPTH, MAX_EVENTS, MAX_ID_CHARS, MAX_LINE_CHARS, MAX_OTHER_ITEMS, MAX_PLACES,
    MAX_STORY_BYTES, MAX_TEXT_CHARS,
};
use crate::story::locate;
use crate::story::problem::{FORMAT_DOC, Problem, Severity, quote};
use crate::story::raw::{
    RawEvent, RawLists, RawMovement, RawPhase, RawPlace, RawPolity, RawTourStop, RawTrack,
};
use crate::text;

/// At most this many attempts are made to decode one item, each past one more bad field.
const MAX_DECODE_ATTEMPTS: usize = 24;

/// Values tried in place of a bad or missing field, so that decoding can go on to the next.
fn stand_in(kind: usize) -> Option<Value> {
    Some(match kind {
        0 => Value::String(String::new()),
        1 => Value::from(0),
        2 => Value::Array(Vec::new()),
        3 => Value::Bool(false),
        4 => Value::Object(Map::new()),
        5 => Value::Null,
        _ => return None,
    })
}

impl<'a> Loader<'a> {
    /// The file as UTF-8 text, without a leading byte-order mark (which earns a warning);
    /// other encodings are named.
    pub(super) fn text(&mut self) -> Option<&'a str> {
        let bytes = self.bytes;
        if bytes.len() > MAX_STORY_BYTES {
            self.error(
                "",
                text!(
                    "problem-story-too-large",
                    size = bytes.len(),
                    max = MAX_STORY_BYTES
                ),
                text!("hint-story-too-large"),
            );
            return None;
        }
        if let Some(encoding) = other_encoding(bytes) {
            self.error("", encoding, text!("hint-save-utf8-no-bom"));
            return None;
        }
        let bytes = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
            Some(rest) if rest.starts_with(b"\xEF\xBB\xBF") => {
                self.error(
                    "",
                    text!("problem-two-boms"),
                    text!("hint-save-utf8-no-bom"),
                );
                return None;
            }
            Some(rest) => {
                self.warn("", text!("problem-bom"), text!("hint-save-utf8-no-bom"));
                rest
            }
            None => bytes,
        };
        if bytes.iter().all(u8::is_ascii_whitespace) {
            self.error("", text!("problem-file-empty"), text!("hint-one-object"));
            return None;
        }
        match std::str::from_utf8(bytes) {
            Ok(text) => Some(text),
            Err(err) => {
                let valid = bytes.get(..err.valid_up_to()).unwrap_or_default();
                let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
                let line_start = valid.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
                let column = String::from_utf8_lossy(valid.get(line_start..).unwrap_or_default())
                    .chars()
                    .count()
                    + 1;
                self.push(Problem {
                    severity: Severity::Error,
                    file: self.file.clone(),
                    line_column: Some((line, column)),
                    path: String::new(),
                    message: text!("problem-invalid-utf8", byte = err.valid_up_to()),
                    hint: Some(text!("hint-save-utf8")),
                });
                None
            }
        }
    }

    /// The text's structure, before serde_json reads it: nesting deeper than allowed stops
    /// here (with where it happens); every key given twice in an object is an error.
    pub(super) fn structure(&mut self, text: &str) -> bool {
        let found = locate::structure(text, MAX_DEPTH);
        if let Some(at) = found.too_deep {
            self.push(Problem {
                severity: Severity::Error,
                file: self.file.clone(),
                line_column: Some(at),
                path: String::new(),
                message: text!("problem-too-deep", max = MAX_DEPTH),
                hint: Some(text!("hint-too-deep")),
            });
            return false;
        }
        for (path, at) in found.duplicates {
            // Keys come from the file: cut to a readable length.
            let path = crate::printable::printable_cut(&path, 200);
            let key = quote(path.rsplit('.').next().unwrap_or(&path));
            self.push(Problem {
                severity: Severity::Error,
                file: self.file.clone(),
                line_column: Some(at),
                path,
                message: text!("problem-duplicate-key", key = key),
                hint: Some(text!("hint-duplicate-key")),
            });
        }
        true
    }

    /// Takes one top-level field out and decodes it; a missing required field is an error.
    pub(super) fn field<T: DeserializeOwned>(
        &mut self,
        top: &mut Map<String, Value>,
        name: &'static str,
        required: bool,
    ) -> Option<T> {
        match top.remove(name) {
            Some(Value::Null) if !required => None,
            Some(value) => self.decode(value, name),
            None => {
                if required {
                    self.error(
                        "",
                        text!("problem-missing-field", field = name),
                        decode_hint(),
                    );
                }
                None
            }
        }
    }

    /// Takes the lists out of the top level as they are; a required list that is missing, a
    /// list that is not an array, or one longer than allowed is an error, and its items are
    /// then not looked at (references to them are not reported either).
    pub(super) fn take_lists(&mut self, top: &mut Map<String, Value>) -> RawLists {
        let mut list = |name: &'static str, required: bool, max: usize| match top.remove(name) {
            Some(Value::Array(items)) if items.len() > max => {
                self.error(
                    name,
                    text!("problem-too-many-items", count = items.len(), max = max),
                    text!("hint-too-many-items"),
                );
                self.broken_lists.insert(name);
                Vec::new()
            }
            Some(Value::Array(items)) => items,
            Some(other) => {
                // serde's own words for the mismatch, as for every other field.
                let message = serde_json::from_value::<Vec<Value>>(other)
                    .err()
                    .map_or_else(|| text!("problem-not-a-list"), |err| serde_message(&err));
                self.error(name, message, decode_hint());
                self.broken_lists.insert(name);
                Vec::new()
            }
            None if required => {
                self.error(
                    "",
                    text!("problem-missing-field", field = name),
                    decode_hint(),
                );
                self.broken_lists.insert(name);
                Vec::new()
            }
            None => Vec::new(),
        };
        RawLists {
            overview_sources: list(
                "overview_sources",
                false,
                crate::story::limits::MAX_ITEM_LIST,
            ),
            phases: list("phases", false, MAX_OTHER_ITEMS),
            tracks: list("tracks", false, MAX_OTHER_ITEMS),
            polities: list("polities", true, MAX_OTHER_ITEMS),
            places: list("places", true, MAX_PLACES),
            events: list("events", true, MAX_EVENTS),
            movements: list("movements", false, MAX_OTHER_ITEMS),
            tour: list("tour", false, crate::story::limits::MAX_ITEM_LIST),
            cover: top.remove("cover").filter(|cover| !cover.is_null()),
        }
    }

    /// Decodes one value into a raw type: unknown fields are warned about, texts longer than
    /// allowed and every field of the wrong type are errors, each with its full JSON path.
    /// After a bad field, decoding goes on with a stand-in for it, so that all are reported.
    pub(super) fn decode<T: DeserializeOwned>(
        &mut self,
        mut value: Value,
        path: impl Display,
    ) -> Option<T> {
        let path = path.to_string();
        let mut ok = self.check_texts(&value, &path);
        let mut unknown: Vec<String> = Vec::new();
        let mut seen_unknown: HashSet<String> = HashSet::new();
        let mut reported: HashSet<String> = HashSet::new();
        // The field being patched, and the next stand-in to try for it.
        let mut patching: Option<(Vec<Segment>, usize)> = None;
        let mut result = None;
        for _ in 0..MAX_DECODE_ATTEMPTS {
            let mut note_unknown = |field: serde_ignored::Path| {
                let field = field.to_string();
                if seen_unknown.insert(field.clone()) {
                    unknown.push(field);
                }
            };
            let ignored = serde_ignored::Deserializer::new(&value, &mut note_unknown);
            let err = match serde_path_to_error::deserialize::<_, T>(ignored) {
                Ok(raw) => {
                    result = Some(raw);
                    break;
                }
                Err(err) => err,
            };
            ok = false;
            let mut segments = segments(err.path());
            let message = err.into_inner().to_string();
            let missing = message
                .strip_prefix("missing field `")
                .and_then(|rest| rest.strip_suffix('`'))
                .map(str::to_owned);
            let next_kind = match &patching {
                Some((patched, kind)) if *patched == segments => kind + 1,
                _ => {
                    let inner = segments_text(&segments);
                    let full = if inner.is_empty() {
                        path.clone()
                    } else {
                        join_path(&path, &inner)
                    };
                    if reported.insert(format!("{full}\n{message}")) {
                        let text = match &missing {
                            Some(field) => text!("problem-missing-field", field = field),
                            None => text!("problem-json-value", reason = &message),
                        };
                        self.error(&full, text, decode_hint());
                    }
                    0
                }
            };
            if let Some(field) = missing {
                segments.push(Segment::Key(field));
            }
            let Some(stand_in) = stand_in(next_kind) else {
                break;
            };
            let Some(slot) = slot(&mut value, &segments) else {
                break;
            };
            *slot = stand_in;
            patching = Some((segments, next_kind));
        }
        for field in unknown {
            let full = join_path(&path, &crate::printable::printable_cut(&field, 100));
            self.warn(
                &full,
                text!("problem-unknown-field"),
                text!("hint-unknown-field", doc = FORMAT_DOC),
            );
        }
        if ok { result } else { None }
    }

    /// Every text in `value` within its limit: ids, one-line texts (titles, names, labels,
    /// links) and the rest each have their own.
    fn check_texts(&mut self, value: &Value, path: &str) -> bool {
        let mut too_long = Vec::new();
        // A top-level field's name is its path.
        let key = (!path.contains(['.', '['])).then_some(path);
        long_texts(value, path, key, &mut too_long);
        let ok = too_long.is_empty();
        for (at, chars, limit) in too_long {
            self.error(
                at,
                text!("problem-text-too-long", count = chars, max = limit),
                text!("hint-text-too-long"),
            );
        }
        ok
    }

    /// Decodes a list of items, checking their ids and recording them in `index`.
    pub(super) fn items<T: DeserializeOwned + HasId>(
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
                    text!("problem-duplicate-id", id = quote(&id), list = list),
                    text!("hint-duplicate-id"),
                );
                continue;
            }
            index.insert(id, out.len());
            out.push((path, raw));
        }
        out
    }
}

/// serde's words for a value of the wrong type or form, in a sentence of their own; a missing
/// field is said in ours.
fn serde_message(err: &serde_json::Error) -> Text {
    let words = err.to_string();
    match words
        .strip_prefix("missing field `")
        .and_then(|rest| rest.strip_suffix('`'))
    {
        Some(field) => text!("problem-missing-field", field = field),
        None => text!("problem-json-value", reason = words),
    }
}

/// The encoding of a file that is UTF-16 or UTF-32 (with or without byte-order mark), told by
/// its byte-order mark or by the zero bytes around the ASCII of its first characters.
fn other_encoding(bytes: &[u8]) -> Option<Text> {
    let encoding = |name: &str, endian: &str, bom: &str| {
        text!(
            "problem-not-utf8-encoding",
            encoding = name,
            endian = endian,
            bom = bom
        )
    };
    let starts = |prefix: &[u8]| bytes.starts_with(prefix);
    if starts(b"\x00\x00\xFE\xFF") {
        return Some(encoding("UTF-32", "big", "yes"));
    }
    if starts(b"\xFF\xFE\x00\x00") {
        return Some(encoding("UTF-32", "little", "yes"));
    }
    if starts(b"\xFE\xFF") {
        return Some(encoding("UTF-16", "big", "yes"));
    }
    if starts(b"\xFF\xFE") {
        return Some(encoding("UTF-16", "little", "yes"));
    }
    // JSON starts with ASCII: in UTF-16 every other byte of it is zero, in UTF-32 three of four.
    let head: Vec<bool> = bytes.iter().take(8).map(|&b| b == 0).collect();
    match head.as_slice() {
        [false, true, true, true, ..] => Some(encoding("UTF-32", "little", "no")),
        [true, true, true, false, ..] => Some(encoding("UTF-32", "big", "no")),
        [false, true, false, true, ..] => Some(encoding("UTF-16", "little", "no")),
        [true, false, true, false, ..] => Some(encoding("UTF-16", "big", "no")),
        _ => None,
    }
}

/// Texts longer than their limit: (path, characters, limit).
fn long_texts(value: &Value, path: &str, key: Option<&str>, out: &mut Vec<(String, usize, usize)>) {
    match value {
        Value::String(text) => {
            let limit = match key {
                Some("id") => MAX_ID_CHARS,
                Some("title" | "name" | "short_name" | "label" | "url" | "file" | "author") => {
                    MAX_LINE_CHARS
                }
                _ => MAX_TEXT_CHARS,
            };
            if text.len() > limit {
                let chars = text.chars().count();
                if chars > limit {
                    out.push((path.to_owned(), chars, limit));
                }
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                long_texts(item, &format!("{path}[{i}]"), key, out);
            }
        }
        Value::Object(fields) => {
            for (name, item) in fields {
                let shown = crate::printable::printable_cut(name, 100);
                long_texts(item, &join_path(path, &shown), Some(name), out);
            }
        }
        _ => {}
    }
}

/// One step of the path serde reports, kept to patch the value there.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Segment {
    Key(String),
    Index(usize),
}

fn segments(path: &serde_path_to_error::Path) -> Vec<Segment> {
    path.iter()
        .filter_map(|segment| match segment {
            serde_path_to_error::Segment::Seq { index } => Some(Segment::Index(*index)),
            serde_path_to_error::Segment::Map { key } => Some(Segment::Key(key.clone())),
            serde_path_to_error::Segment::Enum { variant } => Some(Segment::Key(variant.clone())),
            serde_path_to_error::Segment::Unknown => None,
        })
        .collect()
}

fn segments_text(segments: &[Segment]) -> String {
    let mut out = String::new();
    for segment in segments {
        match segment {
            Segment::Key(key) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(&crate::printable::printable_cut(key, 100));
            }
            Segment::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

/// The value at `segments` (an object's missing key is made), to put a stand-in there.
fn slot<'v>(value: &'v mut Value, segments: &[Segment]) -> Option<&'v mut Value> {
    let mut current = value;
    for segment in segments {
        current = match (segment, current) {
            (Segment::Key(key), Value::Object(fields)) => {
                fields.entry(key.clone()).or_insert(Value::Null)
            }
            (Segment::Index(i), Value::Array(items)) => items.get_mut(*i)?,
            _ => return None,
        };
    }
    Some(current)
}

/// Raw items with an id.
pub(super) trait HasId {
    fn id(&self) -> &str;
}

macro_rules! has_id {
    ($($t:ty),*) => {$(impl HasId for $t { fn id(&self) -> &str { &self.id } })*};
}
has_id!(
    RawTourStop,
    RawPolity,
    RawPlace,
    RawEvent,
    RawPhase,
    RawTrack,
    RawMovement
);

fn join_path(prefix: &str, inner: &str) -> String {
    match (prefix.is_empty(), inner.starts_with('[')) {
        (true, _) => inner.to_owned(),
        (false, true) => format!("{prefix}{inner}"),
        (false, false) => format!("{prefix}.{inner}"),
    }
}
