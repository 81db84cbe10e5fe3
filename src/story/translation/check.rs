//! Checking a translation against its story: every entry's id, list lengths and source hash
//! (what the translator translated from), and the story's items left untranslated.

use sha2::{Digest as _, Sha256};

use super::Raw;
use crate::i18n::Text;
use crate::story::{Problem, Severity, Story, quote};
use crate::text;

/// What a text field of the story is, for its source hash: one string or a list of them.
pub(super) enum Field<'a> {
    One(&'a str),
    List(&'a [String]),
}

/// The first 8 hexadecimal digits of the SHA-256 of the fields' text: each field as it stands
/// (a list's entries joined by a line feed, a missing field as nothing), joined by U+001F.
pub(super) fn source_hash(fields: &[Field<'_>]) -> String {
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
pub(super) struct Checker<'t> {
    pub(super) file: &'t str,
    pub(super) problems: Vec<Problem>,
}

impl Checker<'_> {
    /// The problems, each with the line and column of its path in `text` (found in one pass).
    pub(super) fn finish(mut self, text: &str) -> Vec<Problem> {
        let paths: Vec<&str> = self.problems.iter().map(|p| p.path.as_str()).collect();
        let places = crate::story::locate::locate_all(text, &paths);
        for (problem, place) in self.problems.iter_mut().zip(places) {
            problem.line_column = problem.line_column.or(place);
        }
        self.problems
    }

    pub(super) fn report(
        &mut self,
        severity: Severity,
        path: String,
        message: Text,
        hint: Option<Text>,
    ) {
        self.problems.push(Problem {
            severity,
            file: self.file.to_owned(),
            line_column: None,
            path,
            message,
            hint,
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
            let message = text!(
                "problem-translation-unknown-id",
                kind = singular(list),
                id = quote(id)
            );
            self.report(
                Severity::Error,
                path,
                message,
                Some(text!("hint-translation-unknown-id")),
            );
            return;
        }
        for &(field, translated, original) in lists {
            if let Some(count) = translated.filter(|count| *count != original) {
                let message = text!(
                    "problem-translation-entries",
                    count = count,
                    original = original
                );
                self.report(Severity::Error, format!("{path}.{field}"), message, None);
            }
        }
        let expected = source_hash(fields);
        match recorded {
            Some(hash) if hash == expected => {}
            Some(_) => self.report(
                Severity::Warning,
                format!("{path}.source_hash"),
                text!("problem-translation-stale"),
                Some(text!("hint-translation-stale", hash = &expected)),
            ),
            None => self.report(
                Severity::Warning,
                path,
                text!("problem-translation-no-hash"),
                Some(text!("hint-translation-no-hash", hash = &expected)),
            ),
        }
    }
}

/// What one item of the list is called, as the messages select it: `event`, `place`,
/// `polity`, `phase`, `track`, `movement`, `tour-stop`.
fn singular(list: &str) -> &str {
    if list == "tour" {
        return "tour-stop";
    }
    list.strip_suffix("ies")
        .map_or_else(|| list.strip_suffix('s').unwrap_or(list), |_| "polity")
}

/// Checks every entry against the story, and warns of the story's items left untranslated.
pub(super) fn check_entries(checker: &mut Checker<'_>, raw: &Raw, story: &Story) {
    if let Some(text) = &raw.story {
        let alt = story.cover.as_ref().map_or("", |c| c.alt.as_str());
        let credit = story.cover.as_ref().map_or("", |c| c.credit.as_str());
        let fields = [
            Field::One(&story.title),
            Field::One(story.subtitle.as_deref().unwrap_or_default()),
            Field::List(&story.overview),
            Field::One(alt),
            Field::One(credit),
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
                    Field::One(e.artwork.as_ref().map_or("", |a| a.credit.as_str())),
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
    for (id, text) in &raw.tour {
        let stop = story.tour.iter().find(|s| &s.id == id);
        let caption = stop.map(|s| s.caption.as_deref().unwrap_or_default());
        let fields: Vec<Field<'_>> = caption.map_or_else(Vec::new, |c| vec![Field::One(c)]);
        let hash = text.source_hash.as_deref();
        checker.entry(("tour", id, stop.is_some()), hash, &fields, &[]);
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
        (
            "tour",
            story
                .tour
                .iter()
                .filter(|s| s.caption.is_some())
                .map(|s| s.id.as_str())
                .filter(|id| !raw.tour.contains_key(*id))
                .collect(),
        ),
    ];
    for (list, ids) in missing {
        for id in ids {
            checker.report(
                Severity::Warning,
                list.to_owned(),
                text!(
                    "problem-translation-missing",
                    kind = singular(list),
                    id = quote(id)
                ),
                None,
            );
        }
    }
}
