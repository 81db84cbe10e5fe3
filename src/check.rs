//! `hungary1956 check PATH`: every problem of a story file, as text for a terminal.

use std::path::Path;

use crate::story::{self, Severity};

/// The outcome of checking a file: the report to print and whether it has errors.
pub struct CheckReport {
    /// One block per problem, then a summary line.
    pub text: String,
    /// True if the story cannot be opened.
    pub has_errors: bool,
}

/// Checks the story file at `path`.
pub fn check_file(path: &Path) -> CheckReport {
    let (problems, summary_ok) = match story::load_file(path) {
        Ok(loaded) => {
            let story = &loaded.story;
            let summary = format!(
                "{}: OK — {} events, {} places, {} polities, {} movements",
                path.display(),
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
            "{}: {errors} error(s), {warnings} warning(s)\n",
            path.display()
        )),
    }
    CheckReport {
        text,
        has_errors: errors > 0,
    }
}
