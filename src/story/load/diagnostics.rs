//! The problems found while loading: each with its severity, JSON path, line and column, what
//! is wrong and how to mend it; the load fails if any is an error.

use std::collections::HashSet;
use std::fmt::Display;

use super::{Loaded, Loader};
use crate::story::Story;
use crate::story::problem::{LoadError, Problem, Severity};

impl<'a> Loader<'a> {
    pub(super) fn new(file: &str, bytes: &'a [u8]) -> Self {
        Self {
            file: file.to_owned(),
            bytes,
            problems: Vec::new(),
            broken_ids: HashSet::new(),
        }
    }

    pub(super) fn finish(self, story: Option<Story>) -> Result<Loaded, LoadError> {
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
            let locator = crate::story::locate::Locator::new(text);
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

    pub(super) fn report(
        &mut self,
        severity: Severity,
        path: impl Display,
        message: String,
        hint: &str,
    ) {
        self.problems.push(Problem {
            severity,
            file: self.file.clone(),
            line_column: None,
            path: path.to_string(),
            message,
            hint: hint.to_owned(),
        });
    }

    pub(super) fn error(&mut self, path: impl Display, message: impl Into<String>, hint: &str) {
        self.report(Severity::Error, path, message.into(), hint);
    }

    pub(super) fn warn(&mut self, path: impl Display, message: impl Into<String>, hint: &str) {
        self.report(Severity::Warning, path, message.into(), hint);
    }
}

/// serde_json's message without its trailing " at line L column C" (we show those separately).
pub(super) fn json_error_message(err: &serde_json::Error) -> String {
    let text = err.to_string();
    if text.starts_with("recursion limit exceeded") {
        return "the JSON is nested too deeply (more than 128 levels)".to_owned();
    }
    match text.rfind(" at line ") {
        Some(cut) => text.get(..cut).unwrap_or(&text).to_owned(),
        None => text,
    }
}
