//! `hungary1956 check PATH`: every problem of a story file, as text for a terminal.

use std::collections::HashSet;
use std::path::Path;

use crate::story::{self, AssetRoot, Problem, Severity, Story};

/// The outcome of checking a file: the report to print and whether it has errors.
pub struct CheckReport {
    /// One block per problem, then a summary line.
    pub text: String,
    /// True if the story cannot be opened.
    pub has_errors: bool,
}

/// Checks the story file at `path`.
pub fn check_file(path: &Path) -> CheckReport {
    let shown = crate::printable::printable(&path.display().to_string()).into_owned();
    let (problems, summary_ok) = match story::load_file(path) {
        Ok(mut loaded) => {
            let more = decode_pictures(&loaded.story, path, &loaded.warnings);
            loaded.warnings.extend(more);
            let story = &loaded.story;
            let summary = format!(
                "{shown}: OK — {} events, {} places, {} polities, {} movements",
                story.events.len(),
                story.places.len(),
                story.polities.len(),
                story.movements.len()
            );
            (loaded.warnings, Some(summary))
        }
        Err(err) => (err.problems, None),
    };
    let mut text = String::new();
    for problem in &problems {
        text.push_str(&problem.to_string());
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
                text.push_str(&format!(" ({warnings} warning(s))"));
            }
            text.push('\n');
        }
        None => text.push_str(&format!(
            "{shown}: {errors} error(s), {warnings} warning(s)\n"
        )),
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
        .filter_map(|e| e.artwork.as_ref().map(|a| (format!("event {:?}", e.id), a)))
        .chain(story.cover.as_ref().map(|a| ("cover".to_owned(), a)));
    let mut decoded = HashSet::new();
    let mut problems = Vec::new();
    for (owner, art) in pictures {
        let quoted = format!("{:?}", art.file);
        if !decoded.insert(art.file.as_str()) || known.iter().any(|p| p.message.contains(&quoted)) {
            continue;
        }
        let Ok(bytes) = story::read_picture(&story.asset_root, &art.file) else {
            continue; // Already reported by the loader.
        };
        if let Err(reason) = story::decode_picture(&bytes) {
            problems.push(Problem {
                severity: Severity::Warning,
                file: crate::printable::printable(&path.display().to_string()).into_owned(),
                line_column: None,
                path: String::new(),
                message: format!("artwork {:?} of the {owner} {reason}", art.file),
                hint: "a placeholder is shown instead".to_owned(),
            });
        }
    }
    problems
}
