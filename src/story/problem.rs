//! Problems found while loading a story: where (file, line:column, JSON path), what, and a hint.

use std::fmt;

use crate::printable::printable;

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The story cannot be opened.
    Error,
    /// The story opens, but something is ignored or shown as a placeholder.
    Warning,
}

/// One thing wrong with a story file.
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
    pub message: String,
    /// One line on how to fix it.
    pub hint: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Self {
            severity,
            file,
            line_column,
            path,
            message,
            hint,
        } = self;
        // Everything here may quote the file: control characters are shown escaped.
        let file = printable(file);
        let path = printable(path);
        let message = printable(message);
        let hint = printable(hint);
        write!(f, "{file}")?;
        if let Some((line, column)) = line_column {
            write!(f, ":{line}:{column}")?;
        }
        let word = match severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, ": {word}")?;
        if !path.is_empty() {
            write!(f, " at {path}")?;
        }
        write!(f, ": {message}")?;
        if !hint.is_empty() {
            write!(f, "\n  hint: {hint}")?;
        }
        Ok(())
    }
}

/// A story that could not be opened, with every problem found.
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
