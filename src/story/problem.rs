//! Problems found while loading a story: where (file, line:column, JSON path), what, and a hint.

use std::fmt;

use crate::i18n::{Language, Text};
use crate::printable::printable;
use crate::t;

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The story cannot be opened.
    Error,
    /// The story opens, but something is ignored or shown as a placeholder.
    Warning,
}

/// One thing wrong with a story file. Its message and hint are kept as [`Text`], written out in
/// the language spoken when they are shown; `Display` writes the whole problem in English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Error or warning.
    pub severity: Severity,
    /// The file, as the user named it.
    pub file: String,
    /// 1-based line and column, where known.
    pub line_column: Option<(usize, usize)>,
    /// JSON path such as `events[3].start`; empty for the whole file.
    pub path: String,
    /// What is wrong.
    pub message: Text,
    /// One line on how to fix it, where there is one to give.
    pub hint: Option<Text>,
}

impl Problem {
    /// What is wrong, in `language` (control characters shown escaped).
    pub fn message_in(&self, language: Language) -> String {
        printable(&self.message.in_language(language)).into_owned()
    }

    /// How to fix it, in `language` (empty if there is no hint).
    pub fn hint_in(&self, language: Language) -> String {
        self.hint
            .as_ref()
            .map(|hint| printable(&hint.in_language(language)).into_owned())
            .unwrap_or_default()
    }

    /// The whole problem in `language`, as `check` prints it: where, how bad, what, and the
    /// hint on a line of its own.
    pub fn to_string_in(&self, language: Language) -> String {
        let Self {
            severity,
            file,
            line_column,
            path,
            message: _,
            hint: _,
        } = self;
        // Everything here may quote the file: control characters are shown escaped.
        let mut out = printable(file).into_owned();
        if let Some((line, column)) = line_column {
            out.push_str(&format!(":{line}:{column}"));
        }
        let severity = match severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let kind = if path.is_empty() {
            t!(language, "problem-kind", severity = severity)
        } else {
            t!(
                language,
                "problem-kind-at",
                severity = severity,
                path = printable(path).into_owned()
            )
        };
        out.push_str(&format!(": {kind}: {}", self.message_in(language)));
        let hint = self.hint_in(language);
        if !hint.is_empty() {
            out.push_str("\n  ");
            out.push_str(&t!(language, "problem-hint", hint = hint));
        }
        out
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_string_in(Language::English))
    }
}

/// Where the story format is described (the hints point there; a path, not words to translate).
pub const FORMAT_DOC: &str = "docs/story-format.md";

/// A value from the file as a problem quotes it: escaped as Rust's `{:?}` would, without the
/// quotation marks, which each language's message puts around it in its own way.
pub fn quote(value: &str) -> String {
    let quoted = format!("{value:?}");
    quoted
        .strip_prefix('"')
        .and_then(|rest| rest.strip_suffix('"'))
        .map_or_else(|| quoted.clone(), str::to_owned)
}

/// A story that could not be opened, with every problem found. (Its `Display` is for logs, in
/// English; people see its problems.)
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{} cannot be opened: {} problem(s)", .file, .problems.len())]
pub struct LoadError {
    /// The file, as the user named it.
    pub file: String,
    /// All problems, errors first, in file order within each severity.
    pub problems: Vec<Problem>,
}

impl LoadError {
    /// The errors only (not the warnings).
    pub fn errors(&self) -> impl Iterator<Item = &Problem> {
        self.problems
            .iter()
            .filter(|problem| problem.severity == Severity::Error)
    }
}
