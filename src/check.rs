//! `hungary1956 check PATH`: every problem of a story file, as text for a terminal, in the
//! language asked for.

use std::collections::HashSet;
use std::path::Path;

use crate::i18n::Language;
use crate::story::{self, AssetRoot, Problem, Severity, Story, quote};
use crate::{t, text};

/// The outcome of checking a file: the report to print and whether it has errors.
pub struct CheckReport {
    /// One block per problem, then a summary line.
    pub text: String,
    /// True if the story cannot be opened.
    pub has_errors: bool,
}

/// Checks the story file at `path`; the report is written in `lang`.
pub fn check_file(path: &Path, lang: Language) -> CheckReport {
    let shown = crate::printable::printable(&path.display().to_string()).into_owned();
    let (problems, summary_ok) = match story::load_file(path) {
        Ok(mut loaded) => {
            let more = decode_pictures(&loaded.story, path, &loaded.warnings);
            loaded.warnings.extend(more);
            let story = &loaded.story;
            let summary = t!(
                lang,
                "check-ok",
                file = &shown,
                events = story.events.len(),
                places = story.places.len(),
                polities = story.polities.len(),
                movements = story.movements.len()
            );
            (loaded.warnings, Some(summary))
        }
        Err(err) => (err.problems, None),
    };
    let mut text = String::new();
    for problem in &problems {
        text.push_str(&problem.to_string_in(lang));
        text.push('\n');
    }
    let errors = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    let warnings = problems.len() - errors;
    match summary_ok {
        Some(summary) => {
            text.push_str(&summary);
            if warnings > 0 {
                text.push(' ');
                text.push_str(&t!(lang, "check-warnings", count = warnings));
            }
            text.push('\n');
        }
        None => {
            text.push_str(&t!(
                lang,
                "check-failed",
                file = &shown,
                errors = errors,
                warnings = warnings
            ));
            text.push('\n');
        }
    }
    CheckReport {
        text,
        has_errors: errors > 0,
    }
}

/// Decodes every picture of a story from files (the loader only reads their headers), so that
/// a picture that is corrupt further in is reported too. A picture that several events share
/// is decoded once.
fn decode_pictures(story: &Story, path: &Path, known: &[Problem]) -> Vec<Problem> {
    if story.asset_root == AssetRoot::Embedded {
        return Vec::new();
    }
    let pictures = story
        .events
        .iter()
        .filter_map(|e| e.artwork.as_ref().map(|a| (Some(e.id.as_str()), a)))
        .chain(story.cover.as_ref().map(|a| (None, a)));
    let mut decoded = HashSet::new();
    let mut problems = Vec::new();
    for (event, art) in pictures {
        let file = quote(&art.file);
        if !decoded.insert(art.file.as_str()) || known.iter().any(|p| p.message.mentions(&file)) {
            continue;
        }
        let Ok(bytes) = story::read_picture(&story.asset_root, &art.file) else {
            continue; // Already reported by the loader.
        };
        if let Err(reason) = story::decode_picture(&bytes) {
            let subject = match event {
                Some(event) => text!("subject-event-artwork", file = file, event = quote(event)),
                None => text!("subject-cover-artwork", file = file),
            };
            problems.push(Problem {
                severity: Severity::Warning,
                file: crate::printable::printable(&path.display().to_string()).into_owned(),
                line_column: None,
                path: String::new(),
                message: reason.text(subject),
                hint: Some(text!("hint-placeholder")),
            });
        }
    }
    problems
}
