//! A story's text in another language, from `<story stem>.<lang>.json` beside the story (see
//! docs/story-format.md, "Translations"): parsed, checked against the story (unknown ids and
//! wrong types are errors; missing and stale entries are warnings), and applied to a copy of
//! the story. The story file itself never changes for a translation. No egui.

use std::collections::BTreeMap;

use serde::Deserialize;
use sha2::{Digest as _, Sha256};

use super::locate::Locator;
use super::{Problem, Severity, Story};
use crate::i18n::Language;

/// A translation that parsed and fits its story.
#[derive(Debug, Clone)]
pub struct Translation {
    /// Its language.
    pub language: Language,
    raw: Raw,
}

/// The file as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    format: u32,
    language: String,
    #[serde(default)]
    story: Option<StoryText>,
    #[serde(default)]
    events: BTreeMap<String, EventText>,
    #[serde(default)]
    places: BTreeMap<String, PlaceText>,
    #[serde(default)]
    polities: BTreeMap<String, PolityText>,
    #[serde(default)]
    phases: BTreeMap<String, NameText>,
    #[serde(default)]
    tracks: BTreeMap<String, NameText>,
    #[serde(default)]
    movements: BTreeMap<String, LabelText>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct StoryText {
    source_hash: Option<String>,
    title: Option<String>,
    subtitle: Option<String>,
    overview: Option<Vec<String>>,
    cover: Option<AltText>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct EventText {
    source_hash: Option<String>,
    title: Option<String>,
    summary: Option<String>,
    body: Option<Vec<String>>,
    disputed: Option<Vec<String>>,
    dating_note: Option<String>,
    artwork: Option<AltText>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct AltText {
    alt: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct PlaceText {
    source_hash: Option<String>,
    name: Option<String>,
    description: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct PolityText {
    source_hash: Option<String>,
    name: Option<String>,
    short_name: Option<String>,
    status_labels: Option<Vec<String>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct NameText {
    source_hash: Option<String>,
    name: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct LabelText {
    source_hash: Option<String>,
    label: Option<String>,
}

/// What a text field of the story is, for its source hash: one string or a list of them.
enum Field<'a> {
    One(&'a str),
    List(&'a [String]),
}

/// The first 8 hexadecimal digits of the SHA-256 of the fields' text: each field as it stands
/// (a list's entries joined by a line feed, a missing field as nothing), joined by U+001F.
fn source_hash(fields: &[Field<'_>]) -> String {
    let text: Vec<String> = fields
        .iter()
        .map(|field| match field {
            Field::One(text) => (*text).to_owned(),
            Field::List(items) => items.join("\n"),
        })
        .collect();
    let digest = Sha256::digest(text.join("\u{1f}").as_bytes());
    digest
        .iter()
        .take(4)
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// Collects a translation file's problems, each with its line and column.
struct Checker<'t> {
    file: &'t str,
    locator: Locator<'t>,
    problems: Vec<Problem>,
}

impl Checker<'_> {
    fn report(&mut self, severity: Severity, path: String, message: String, hint: &str) {
        self.problems.push(Problem {
            severity,
            file: self.file.to_owned(),
            line_column: self.locator.line_column(&path),
            path,
            message,
            hint: hint.to_owned(),
        });
    }

    /// An entry: its id must be the story's, its lists as long as the story's, and its
    /// source hash the story's text's.
    fn entry(
        &mut self,
        (list, id, exists): (&str, &str, bool),
        recorded: Option<&str>,
        fields: &[Field<'_>],
        lists: &[(&str, Option<usize>, usize)],
    ) {
        let path = format!("{list}.{id}");
        if !exists {
            let message = format!("the story has no {} with the id {id:?}", singular(list));
            self.report(
                Severity::Error,
                path,
                message,
                "translate only what the story has",
            );
            return;
        }
        for &(field, translated, original) in lists {
            if let Some(count) = translated.filter(|count| *count != original) {
                let message =
                    format!("{count} entries, but the story has {original}: one for each");
                self.report(Severity::Error, format!("{path}.{field}"), message, "");
            }
        }
        let expected = source_hash(fields);
        match recorded {
            Some(hash) if hash == expected => {}
            Some(_) => self.report(
                Severity::Warning,
                format!("{path}.source_hash"),
                "stale: the story's text has changed since this was translated".to_owned(),
                &format!("translate it again, then set source_hash to \"{expected}\""),
            ),
            None => self.report(
                Severity::Warning,
                path,
                "no source_hash: whether the translation is up to date cannot be told".to_owned(),
                &format!("set source_hash to \"{expected}\""),
            ),
        }
    }
}

fn singular(list: &str) -> &str {
    list.strip_suffix("ies")
        .map_or_else(|| list.strip_suffix('s').unwrap_or(list), |_| "polity")
}

/// Parses the translation file `file` (its `text`) of `story`: the translation, if it can be
/// used, and every problem found (errors make it unusable).
pub fn parse_translation(
    file: &str,
    text: &str,
    story: &Story,
) -> (Option<Translation>, Vec<Problem>) {
    let mut checker = Checker {
        file,
        locator: Locator::new(text),
        problems: Vec::new(),
    };
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let raw: Raw = match serde_path_to_error::deserialize(&mut deserializer) {
        Ok(raw) => raw,
        Err(err) => {
            let path = err.path().to_string();
            let inner = err.into_inner();
            let message = inner.to_string();
            let message = message
                .rsplit_once(" at line ")
                .map_or(message.as_str(), |(m, _)| m);
            checker.problems.push(Problem {
                severity: Severity::Error,
                file: file.to_owned(),
                line_column: Some((inner.line(), inner.column())),
                path: if path == "." { String::new() } else { path },
                message: message.to_owned(),
                hint: "see docs/story-format.md, \"Translations\", for the fields".to_owned(),
            });
            return (None, checker.problems);
        }
    };
    let language = Language::from_code(&raw.language);
    if raw.format != 1 {
        let message = format!(
            "format {} is not known; this app reads format 1",
            raw.format
        );
        checker.report(Severity::Error, "format".to_owned(), message, "");
    }
    if language.is_none() {
        let message = format!("the app does not speak {:?}", raw.language);
        checker.report(
            Severity::Error,
            "language".to_owned(),
            message,
            "use \"hu\" or \"en\"",
        );
    }
    check_entries(&mut checker, &raw, story);
    let usable = !checker
        .problems
        .iter()
        .any(|p| p.severity == Severity::Error);
    let translation = language
        .filter(|_| usable)
        .map(|language| Translation { language, raw });
    (translation, checker.problems)
}

/// Checks every entry against the story, and warns of the story's items left untranslated.
fn check_entries(checker: &mut Checker<'_>, raw: &Raw, story: &Story) {
    if let Some(text) = &raw.story {
        let alt = story.cover.as_ref().map_or("", |c| c.alt.as_str());
        let fields = [
            Field::One(&story.title),
            Field::One(story.subtitle.as_deref().unwrap_or_default()),
            Field::List(&story.overview),
            Field::One(alt),
        ];
        let lists = [(
            "overview",
            text.overview.as_ref().map(Vec::len),
            story.overview.len(),
        )];
        checker.entry(
            ("", "story", true),
            text.source_hash.as_deref(),
            &fields,
            &lists,
        );
    }
    for (id, text) in &raw.events {
        let event = story.events.iter().find(|e| &e.id == id);
        let (fields, lists) = match event {
            Some(e) => (
                vec![
                    Field::One(&e.title),
                    Field::One(&e.summary),
                    Field::List(&e.body),
                    Field::List(&e.disputed),
                    Field::One(e.dating_note.as_deref().unwrap_or_default()),
                    Field::One(e.artwork.as_ref().map_or("", |a| a.alt.as_str())),
                ],
                vec![
                    ("body", text.body.as_ref().map(Vec::len), e.body.len()),
                    (
                        "disputed",
                        text.disputed.as_ref().map(Vec::len),
                        e.disputed.len(),
                    ),
                ],
            ),
            None => (Vec::new(), Vec::new()),
        };
        let hash = text.source_hash.as_deref();
        checker.entry(("events", id, event.is_some()), hash, &fields, &lists);
    }
    for (id, text) in &raw.places {
        let place = story.places.iter().find(|p| &p.id == id);
        let fields: Vec<Field<'_>> = place.map_or_else(Vec::new, |p| {
            vec![
                Field::One(&p.name),
                Field::One(p.description.as_deref().unwrap_or_default()),
            ]
        });
        let hash = text.source_hash.as_deref();
        checker.entry(("places", id, place.is_some()), hash, &fields, &[]);
    }
    for (id, text) in &raw.polities {
        let polity = story.polities.iter().find(|p| &p.id == id);
        let labels: Vec<String> = polity.map_or_else(Vec::new, |p| {
            p.status_changes
                .iter()
                .map(|c| c.label.clone().unwrap_or_default())
                .collect()
        });
        let fields: Vec<Field<'_>> = polity.map_or_else(Vec::new, |p| {
            vec![
                Field::One(&p.name),
                Field::One(&p.short_name),
                Field::List(&labels),
            ]
        });
        let lists = [(
            "status_labels",
            text.status_labels.as_ref().map(Vec::len),
            labels.len(),
        )];
        let hash = text.source_hash.as_deref();
        checker.entry(("polities", id, polity.is_some()), hash, &fields, &lists);
    }
    let named = [
        (
            "phases",
            &raw.phases,
            story
                .phases
                .iter()
                .map(|p| (p.id.as_str(), p.name.as_str()))
                .collect::<Vec<_>>(),
        ),
        (
            "tracks",
            &raw.tracks,
            story
                .tracks
                .iter()
                .map(|t| (t.id.as_str(), t.name.as_str()))
                .collect(),
        ),
    ];
    for (list, texts, items) in named {
        for (id, text) in texts {
            let item = items.iter().find(|(item_id, _)| item_id == id);
            let fields: Vec<Field<'_>> =
                item.map_or_else(Vec::new, |(_, name)| vec![Field::One(name)]);
            let hash = text.source_hash.as_deref();
            checker.entry((list, id, item.is_some()), hash, &fields, &[]);
        }
    }
    for (id, text) in &raw.movements {
        let movement = story.movements.iter().find(|m| &m.id == id);
        let fields: Vec<Field<'_>> = movement.map_or_else(Vec::new, |m| vec![Field::One(&m.label)]);
        let hash = text.source_hash.as_deref();
        checker.entry(("movements", id, movement.is_some()), hash, &fields, &[]);
    }
    let missing = [
        (
            "events",
            story
                .events
                .iter()
                .map(|e| e.id.as_str())
                .filter(|id| !raw.events.contains_key(*id))
                .collect::<Vec<_>>(),
        ),
        (
            "places",
            story
                .places
                .iter()
                .map(|p| p.id.as_str())
                .filter(|id| !raw.places.contains_key(*id))
                .collect(),
        ),
        (
            "polities",
            story
                .polities
                .iter()
                .map(|p| p.id.as_str())
                .filter(|id| !raw.polities.contains_key(*id))
                .collect(),
        ),
    ];
    for (list, ids) in missing {
        for id in ids {
            checker.report(
                Severity::Warning,
                list.to_owned(),
                format!(
                    "no entry for {} {id:?}: it is shown untranslated",
                    singular(list)
                ),
                "",
            );
        }
    }
}

impl Translation {
    /// A copy of `story` with its text in this translation's language, where translated, and
    /// its dates and times written in that language.
    pub fn apply(&self, story: &Story) -> Story {
        let mut out = story.clone();
        let raw = &self.raw;
        let set = |target: &mut String, text: &Option<String>| {
            if let Some(text) = text.as_ref().filter(|t| !t.is_empty()) {
                target.clone_from(text);
            }
        };
        if let Some(text) = &raw.story {
            set(&mut out.title, &text.title);
            if let Some(subtitle) = &mut out.subtitle {
                set(subtitle, &text.subtitle);
            }
            if let Some(overview) = &text.overview {
                out.overview.clone_from(overview);
            }
            if let (Some(cover), Some(alt)) = (&mut out.cover, &text.cover) {
                cover.alt.clone_from(&alt.alt);
            }
        }
        for event in &mut out.events {
            let Some(text) = raw.events.get(&event.id) else {
                continue;
            };
            set(&mut event.title, &text.title);
            set(&mut event.summary, &text.summary);
            if let Some(body) = &text.body {
                event.body.clone_from(body);
            }
            if let Some(disputed) = &text.disputed {
                event.disputed.clone_from(disputed);
            }
            if let Some(note) = &mut event.dating_note {
                set(note, &text.dating_note);
            }
            if let (Some(artwork), Some(alt)) = (&mut event.artwork, &text.artwork) {
                artwork.alt.clone_from(&alt.alt);
            }
        }
        for place in &mut out.places {
            let Some(text) = raw.places.get(&place.id) else {
                continue;
            };
            set(&mut place.name, &text.name);
            if let Some(description) = &mut place.description {
                set(description, &text.description);
            }
        }
        for polity in &mut out.polities {
            let Some(text) = raw.polities.get(&polity.id) else {
                continue;
            };
            set(&mut polity.name, &text.name);
            set(&mut polity.short_name, &text.short_name);
            let labels = text.status_labels.iter().flatten();
            for (change, label) in polity.status_changes.iter_mut().zip(labels) {
                if let Some(current) = &mut change.label {
                    current.clone_from(label);
                }
            }
        }
        for phase in &mut out.phases {
            if let Some(text) = raw.phases.get(&phase.id) {
                set(&mut phase.name, &text.name);
            }
        }
        for track in &mut out.tracks {
            if let Some(text) = raw.tracks.get(&track.id) {
                set(&mut track.name, &text.name);
            }
        }
        for movement in &mut out.movements {
            if let Some(text) = raw.movements.get(&movement.id) {
                set(&mut movement.label, &text.label);
            }
        }
        out.clock.set_language(self.language);
        out.index_places();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn story() -> Story {
        crate::story::load_default()
            .expect("the default story")
            .story
    }

    #[test]
    fn the_source_hash_is_the_documented_one() {
        // "Title", a list of two paragraphs, a missing field: SHA-256 of
        // "Title\u{1f}One\nTwo\u{1f}", first four bytes.
        let paragraphs = ["One".to_owned(), "Two".to_owned()];
        let hash = source_hash(&[
            Field::One("Title"),
            Field::List(&paragraphs),
            Field::One(""),
        ]);
        let expected = Sha256::digest("Title\u{1f}One\nTwo\u{1f}".as_bytes());
        assert_eq!(
            hash,
            format!(
                "{:02x}{:02x}{:02x}{:02x}",
                expected[0], expected[1], expected[2], expected[3]
            )
        );
        assert_eq!(hash.len(), 8);
    }

    #[test]
    fn a_translation_is_applied_and_its_problems_are_named() {
        let story = story();
        let phase = story.phases.first().expect("a phase");
        let hash = source_hash(&[Field::One(&phase.name)]);
        let text = format!(
            "{{\"format\": 1, \"language\": \"hu\",\n \"phases\": {{\"{}\": {{\"source_hash\": \"{hash}\", \"name\": \"Felkelés\"}}}},\n \"events\": {{\"no-such-event\": {{\"title\": \"x\"}}}}}}",
            phase.id
        );
        let (translation, problems) = parse_translation("t.hu.json", &text, &story);
        assert!(translation.is_none(), "an unknown id is an error");
        let unknown = problems
            .iter()
            .find(|p| p.severity == Severity::Error)
            .expect("the error");
        assert_eq!(unknown.path, "events.no-such-event");
        assert_eq!(unknown.line_column, Some((3, 30)), "at its entry");

        let text = text.replace("no-such-event", &story.events[0].id);
        let (translation, problems) = parse_translation("t.hu.json", &text, &story);
        let translation = translation.expect("usable");
        assert!(problems.iter().all(|p| p.severity == Severity::Warning));
        // The event's entry has no hash; the story's other events have no entry.
        assert!(
            problems
                .iter()
                .any(|p| p.path == format!("events.{}", story.events[0].id))
        );
        assert!(
            problems
                .iter()
                .any(|p| p.message.contains("shown untranslated"))
        );
        let translated = translation.apply(&story);
        assert_eq!(translated.phases[0].name, "Felkelés");
        assert_eq!(translated.events[0].title, "x");
        assert_eq!(
            translated.events[1].title, story.events[1].title,
            "untranslated stays"
        );
        assert_eq!(translated.clock.language(), Language::Hungarian);

        // A stale entry: the hash of other text.
        let stale = text.replace(&hash, "00000000");
        let (_, problems) = parse_translation("t.hu.json", &stale, &story);
        assert!(problems.iter().any(|p| p.message.starts_with("stale")));
        // A wrong type names its path and place.
        let wrong = text.replace("\"Felkelés\"", "42");
        let (translation, problems) = parse_translation("t.hu.json", &wrong, &story);
        assert!(translation.is_none());
        assert_eq!(problems[0].path, format!("phases.{}.name", phase.id));
        assert!(
            problems[0].message.contains("expected a string"),
            "{}",
            problems[0].message
        );
    }
}
