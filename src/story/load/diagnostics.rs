//! The problems found while loading: each with its severity, JSON path, line and column, what
//! is wrong and how to mend it; the load fails if any is an error.

use std::collections::HashSet;
use std::fmt::Display;

use super::{Loaded, Loader};
use crate::i18n::Text;
use crate::story::Story;
use crate::story::limits::{MAX_LISTED_PROBLEMS, MAX_MESSAGE_CHARS};
use crate::story::problem::{LoadError, Problem, Severity};
use crate::text;

impl<'a> Loader<'a> {
    pub(super) fn new(file: &str, bytes: &'a [u8]) -> Self {
        Self {
            file: file.to_owned(),
            bytes,
            problems: Vec::new(),
            listed: (0, 0),
            unlisted: (0, 0),
            broken_ids: HashSet::new(),
            broken_lists: HashSet::new(),
        }
    }

    pub(super) fn finish(self, story: Option<Story>) -> Result<Loaded, LoadError> {
        let Self {
            file,
            mut problems,
            bytes,
            unlisted,
            ..
        } = self;
        // Every problem with a JSON path also gets its line and column, all in one pass.
        if problems.iter().any(|p| p.line_column.is_none())
            && let Ok(text) =
                std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes))
        {
            let paths: Vec<&str> = problems
                .iter()
                .filter(|p| p.line_column.is_none())
                .map(|p| p.path.as_str())
                .collect();
            let found = crate::story::locate::locate_all(text, &paths);
            for (problem, line_column) in problems
                .iter_mut()
                .filter(|p| p.line_column.is_none())
                .zip(found)
            {
                problem.line_column = line_column;
            }
        }
        // In file order (a problem of the whole file first, one without a place last).
        problems.sort_by_key(|p| p.line_column.map_or((usize::MAX, 0), |lc| lc));
        let (mut errors, mut warnings): (Vec<_>, Vec<_>) = problems
            .into_iter()
            .partition(|p| p.severity == Severity::Error);
        let (unlisted_errors, unlisted_warnings) = unlisted;
        for (count, severity, list) in [
            (unlisted_errors, Severity::Error, &mut errors),
            (unlisted_warnings, Severity::Warning, &mut warnings),
        ] {
            if count > 0 {
                let severity_word = match severity {
                    Severity::Error => "error",
                    Severity::Warning => "warning",
                };
                list.push(Problem {
                    severity,
                    file: file.clone(),
                    line_column: None,
                    path: String::new(),
                    message: text!(
                        "problem-not-listed",
                        count = count,
                        severity = severity_word
                    ),
                    hint: Some(text!("hint-not-listed", max = MAX_LISTED_PROBLEMS)),
                });
            }
        }
        match story {
            Some(story) if errors.is_empty() => Ok(Loaded {
                story,
                warnings,
                translations: Vec::new(),
            }),
            _ => {
                errors.extend(warnings);
                Err(LoadError {
                    file,
                    problems: errors,
                })
            }
        }
    }

    /// Adds a problem, unless [`MAX_LISTED_PROBLEMS`] of its severity are listed already
    /// (then it is counted). Messages quote the file: their values are cut to a readable length.
    pub(super) fn report(
        &mut self,
        severity: Severity,
        path: impl Display,
        message: Text,
        hint: Text,
    ) {
        self.push(Problem {
            severity,
            file: self.file.clone(),
            line_column: None,
            path: path.to_string(),
            message: message.cut(MAX_MESSAGE_CHARS),
            hint: Some(hint),
        });
    }

    /// Adds a problem as it is, or counts it past [`MAX_LISTED_PROBLEMS`] of its severity.
    pub(super) fn push(&mut self, problem: Problem) {
        let (listed, unlisted) = match problem.severity {
            Severity::Error => (&mut self.listed.0, &mut self.unlisted.0),
            Severity::Warning => (&mut self.listed.1, &mut self.unlisted.1),
        };
        if *listed >= MAX_LISTED_PROBLEMS {
            *unlisted += 1;
        } else {
            *listed += 1;
            self.problems.push(problem);
        }
    }

    /// An error for a list inside an item that is longer than allowed.
    pub(super) fn too_many(&mut self, path: impl Display, len: usize, max: usize) {
        self.error(
            path,
            text!("problem-too-many-entries", count = len, max = max),
            text!("hint-too-many-entries"),
        );
    }

    pub(super) fn error(&mut self, path: impl Display, message: Text, hint: Text) {
        self.report(Severity::Error, path, message, hint);
    }

    pub(super) fn warn(&mut self, path: impl Display, message: Text, hint: Text) {
        self.report(Severity::Warning, path, message, hint);
    }
}

/// serde_json's words without their trailing " at line L column C" (we show those
/// separately), in a sentence of their own.
pub(super) fn json_error_message(err: &serde_json::Error) -> Text {
    let text = err.to_string();
    if text.starts_with("recursion limit exceeded") {
        return text!("problem-too-deep", max = 128_usize);
    }
    let words = match text.rfind(" at line ") {
        Some(cut) => text.get(..cut).unwrap_or(&text).to_owned(),
        None => text,
    };
    text!("problem-json-syntax", reason = words)
}
