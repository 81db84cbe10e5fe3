//! Taking the story's JSON apart: the text itself, the top-level lists taken out as they are,
//! and each item decoded on its own (so that one bad item does not hide the others).

use std::collections::HashMap;
use std::fmt::Display;

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::{DECODE_HINT, ItemPath, Loader, MAX_STORY_BYTES};
use crate::story::problem::{Problem, Severity};
use crate::story::raw::{RawEvent, RawLists, RawMovement, RawPhase, RawPlace, RawPolity, RawTrack};

impl<'a> Loader<'a> {
    /// The file as UTF-8 text, without a leading byte-order mark (which earns a warning).
    pub(super) fn text(&mut self) -> Option<&'a str> {
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

    /// Takes the lists out of the top level as they are; a required list that is missing, or
    /// a list that is not an array, is an error.
    pub(super) fn take_lists(
        &mut self,
        top: &mut serde_json::Map<String, Value>,
    ) -> Option<RawLists> {
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

    /// Decodes one value into a raw type, warning about unknown fields and reporting a type
    /// error with its full JSON path.
    pub(super) fn decode<T: DeserializeOwned>(
        &mut self,
        value: Value,
        path: impl Display,
    ) -> Option<T> {
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
}

/// Raw items with an id.
pub(super) trait HasId {
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

fn join_path(prefix: &str, inner: &str) -> String {
    match (prefix.is_empty(), inner.starts_with('[')) {
        (true, _) => inner.to_owned(),
        (false, true) => format!("{prefix}{inner}"),
        (false, false) => format!("{prefix}.{inner}"),
    }
}
