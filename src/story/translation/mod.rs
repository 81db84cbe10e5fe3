//! A story's text in another language, from `<story stem>.<lang>.json` beside the story (see
//! docs/story-format.md, "Translations"): parsed, checked against the story (unknown ids and
//! wrong types are errors; missing and stale entries are warnings), and applied to a copy of
//! the story. The story file itself never changes for a translation. No egui.

use std::collections::BTreeMap;

mod check;

use serde::Deserialize;

use crate::i18n::Language;
use crate::story::problem::FORMAT_DOC;
use crate::story::{Problem, Severity, Story, quote};
use crate::text;
use check::{Checker, check_entries};

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
    #[serde(default)]
    tour: BTreeMap<String, CaptionText>,
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
    #[serde(default)]
    credit: Option<String>,
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
struct CaptionText {
    source_hash: Option<String>,
    caption: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct LabelText {
    source_hash: Option<String>,
    label: Option<String>,
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
                message: text!("problem-json-value", reason = message),
                hint: Some(text!("hint-translation-fields", doc = FORMAT_DOC)),
            });
            return (None, checker.finish(text));
        }
    };
    let language = Language::from_code(&raw.language);
    if raw.format != 1 {
        let message = text!(
            "problem-translation-format",
            format = raw.format.to_string()
        );
        checker.report(Severity::Error, "format".to_owned(), message, None);
    }
    if language.is_none() {
        let message = text!(
            "problem-translation-language",
            language = quote(&raw.language)
        );
        checker.report(
            Severity::Error,
            "language".to_owned(),
            message,
            Some(text!("hint-translation-language")),
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
    (translation, checker.finish(text))
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
                set(&mut cover.credit, &alt.credit);
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
                set(&mut artwork.credit, &alt.credit);
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
        for stop in &mut out.tour {
            if let (Some(caption), Some(text)) = (&mut stop.caption, raw.tour.get(&stop.id)) {
                set(caption, &text.caption);
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
    use super::check::{Field, source_hash};
    use super::*;
    use sha2::{Digest as _, Sha256};

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
                .any(|p| p.message.to_string().contains("shown untranslated"))
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
        assert!(
            problems
                .iter()
                .any(|p| p.message.to_string().starts_with("stale"))
        );
        // A wrong type names its path and place.
        let wrong = text.replace("\"Felkelés\"", "42");
        let (translation, problems) = parse_translation("t.hu.json", &wrong, &story);
        assert!(translation.is_none());
        assert_eq!(problems[0].path, format!("phases.{}.name", phase.id));
        assert!(
            problems[0]
                .message
                .to_string()
                .contains("expected a string"),
            "{}",
            problems[0].message
        );
    }
}
