//! What the app remembers between runs, per story (time, selection, map view, options),
//! stored by eframe as JSON. Every field is checked on its own: one that is out of range is
//! dropped with a note, never used, and the state of other stories is kept.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::i18n::Text;
use crate::lat_lon::LatLon;
use crate::state::{MapMode, Speed};
use crate::text;

/// The eframe storage key.
pub const STORAGE_KEY: &str = "hungary1956-state";

/// States of this many stories are remembered, the most recent first.
pub const MAX_REMEMBERED_STORIES: usize = 16;

/// Texts in a saved state (an id, a time, a story's path) longer than this are refused.
const MAX_TEXT: usize = 4096;

/// The remembered state of one story. Ids and times are stored as in the story file, so that a
/// state saved with one story cannot point into another; a field that was missing or out of
/// range when read is `None` (or the default), and the app uses its own default for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedState {
    /// The story file it belongs to (`None`: the built-in story).
    pub story: Option<String>,
    /// Time, as for `--at`.
    pub time: Option<String>,
    /// Selected event or place id.
    pub select: Option<String>,
    /// Map centre.
    pub center: Option<LatLon>,
    /// Map zoom.
    pub zoom: Option<f64>,
    /// Playback speed.
    pub speed: Speed,
    /// Playback loops.
    pub looping: bool,
    /// Ids of hidden tracks.
    pub hidden_tracks: Vec<String>,
    /// What the map shows.
    pub map_mode: MapMode,
    /// The language chosen (its code), the same for every story: the newest state's counts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

impl SavedState {
    /// Reads one story's state; the error says what was wrong with it (see [`Remembered`]),
    /// to be written out in the language spoken when it is shown.
    pub fn parse(text: &str) -> Result<Self, Vec<Text>> {
        let value: Value = serde_json::from_str(text)
            .map_err(|err| vec![text!("saved-state-unreadable", error = err.to_string())])?;
        let (state, problems) = Self::from_value(&value).map_err(|problem| vec![problem])?;
        match problems.is_empty() {
            true => Ok(state),
            false => Err(problems),
        }
    }

    /// The text to store (this state alone).
    pub fn to_text(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a state field by field; what is wrong with each field (which is then not used).
    fn from_value(value: &Value) -> Result<(Self, Vec<Text>), Text> {
        let Value::Object(fields) = value else {
            return Err(text!("saved-state-not-an-object"));
        };
        let mut problems = Vec::new();
        // `name` is the field's name in the JSON, which the message words in each language.
        let text = |name: &'static str, problems: &mut Vec<Text>| -> Option<String> {
            match fields.get(name) {
                None | Some(Value::Null) => None,
                Some(Value::String(text)) if text.len() <= MAX_TEXT => Some(text.clone()),
                Some(_) => {
                    problems.push(text!("saved-field-not-usable", field = name));
                    None
                }
            }
        };
        let story = text("story", &mut problems);
        let time = text("time", &mut problems);
        let select = text("select", &mut problems);
        let language = text("language", &mut problems).filter(|code| {
            let known = crate::i18n::Language::from_code(code).is_some();
            if !known {
                problems.push(text!("saved-language-unknown"));
            }
            known
        });
        let center = match fields.get("center") {
            None | Some(Value::Null) => None,
            Some(value) => match serde_json::from_value::<LatLon>(value.clone()) {
                Ok(point)
                    if point.lat.is_finite() && point.lon.is_finite() && point.is_on_map() =>
                {
                    Some(point)
                }
                _ => {
                    problems.push(text!("saved-center-out-of-range"));
                    None
                }
            },
        };
        let zoom = match fields.get("zoom") {
            None | Some(Value::Null) => None,
            Some(value) => match value.as_f64() {
                Some(zoom) if (crate::map::MIN_ZOOM..=crate::map::MAX_ZOOM).contains(&zoom) => {
                    Some(zoom)
                }
                _ => {
                    problems.push(text!("saved-zoom-out-of-range"));
                    None
                }
            },
        };
        let field = |name: &'static str, problems: &mut Vec<Text>| -> Option<Value> {
            let value = fields.get(name).cloned();
            if value.is_none() {
                problems.push(text!("saved-field-missing", field = name));
            }
            value
        };
        let speed = field("speed", &mut problems)
            .and_then(|v| serde_json::from_value(v).ok())
            .unwrap_or_default();
        let looping = field("looping", &mut problems)
            .and_then(|v| v.as_bool())
            .unwrap_or(false);
        let map_mode = field("map_mode", &mut problems)
            .and_then(|v| serde_json::from_value(v).ok())
            .unwrap_or_default();
        let hidden_tracks = match fields.get("hidden_tracks") {
            Some(Value::Array(ids)) if ids.len() <= crate::story::limits::MAX_OTHER_ITEMS => ids
                .iter()
                .filter_map(|id| id.as_str())
                .filter(|id| id.len() <= MAX_TEXT)
                .map(str::to_owned)
                .collect(),
            None => Vec::new(),
            Some(_) => {
                problems.push(text!("saved-hidden-tracks-not-usable"));
                Vec::new()
            }
        };
        Ok((
            Self {
                story,
                time,
                select,
                center,
                zoom,
                speed,
                looping,
                hidden_tracks,
                map_mode,
                language,
            },
            problems,
        ))
    }
}

/// The states of the last few stories opened, the most recent first.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Remembered {
    /// One state per story.
    pub states: Vec<SavedState>,
}

impl Remembered {
    /// Reads what was stored: a list of states (or one state, as older versions stored it).
    /// A text that is not a state at all is an error; fields out of range are dropped, and
    /// what was wrong with them is returned beside the states, each said once. Problems are
    /// messages, written out in the language spoken when they are shown.
    pub fn parse(text: &str) -> Result<(Self, Vec<Text>), Text> {
        let value: Value = serde_json::from_str(text)
            .map_err(|err| text!("saved-state-unreadable", error = err.to_string()))?;
        let values = match value {
            Value::Array(values) => values,
            object @ Value::Object(_) => vec![object],
            _ => return Err(text!("saved-state-not-a-list")),
        };
        let mut states = Vec::new();
        let mut problems = Vec::new();
        for value in values.iter().take(MAX_REMEMBERED_STORIES) {
            match SavedState::from_value(value) {
                Ok((state, more)) => {
                    states.push(state);
                    problems.extend(more);
                }
                Err(problem) => problems.push(problem),
            }
        }
        // Sixteen states may share one problem: it is said once.
        let mut said: Vec<Text> = Vec::new();
        for problem in problems {
            if !said.contains(&problem) {
                said.push(problem);
            }
        }
        Ok((Self { states }, said))
    }

    /// The language chosen last, whatever the story.
    pub fn language(&self) -> Option<crate::i18n::Language> {
        self.states
            .first()
            .and_then(|s| s.language.as_deref())
            .and_then(crate::i18n::Language::from_code)
    }

    /// The state remembered for a story (`None`: the built-in one).
    pub fn for_story(&self, story: Option<&str>) -> Option<&SavedState> {
        self.states.iter().find(|s| s.story.as_deref() == story)
    }

    /// These states with `state` first, in place of its story's earlier one.
    pub fn with(&self, state: SavedState) -> Self {
        let others = self
            .states
            .iter()
            .filter(|s| s.story != state.story)
            .take(MAX_REMEMBERED_STORIES - 1)
            .cloned();
        let states = std::iter::once(state.clone()).chain(others).collect();
        Self { states }
    }

    /// The text to store.
    pub fn to_text(&self) -> String {
        serde_json::to_string(&self.states).unwrap_or_default()
    }
}
