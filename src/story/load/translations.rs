//! The translations beside a story file (`<story stem>.<lang>.json`, one per language the app
//! speaks besides the story's own), read with the same care as the story and checked against
//! it. A translation that cannot be used is left out with its problems; the story still opens.

use std::path::Path;

use crate::files::{self, FileError};
use crate::i18n::{Language, Text};
use crate::story::limits::MAX_STORY_BYTES;
use crate::story::problem::{Problem, Severity};
use crate::story::{Story, Translation, parse_translation};
use crate::text;

/// The default story's Hungarian, built in.
const DEFAULT_HU: &str = include_str!("../../../data/hungary-1956.hu.json");
/// The name the built-in translation's problems are reported under.
const DEFAULT_HU_NAME: &str = "data/hungary-1956.hu.json (built in)";

/// The translations of the built-in story, and their problems (a test keeps them at none).
pub(super) fn built_in(story: &Story) -> (Vec<Translation>, Vec<Problem>) {
    let (translation, problems) = parse_translation(DEFAULT_HU_NAME, DEFAULT_HU, story);
    (translation.into_iter().collect(), problems)
}

/// The translations beside the story file `path` (whose canonical folder is `folder`): those
/// that can be used, and every problem found in them. A language without a file is no problem.
pub(super) fn beside(
    path: &Path,
    folder: &Path,
    story: &Story,
) -> (Vec<Translation>, Vec<Problem>) {
    let Some(stem) = path.file_stem().and_then(|s| s.to_str()) else {
        return (Vec::new(), Vec::new());
    };
    let mut translations = Vec::new();
    let mut problems = Vec::new();
    for language in Language::ALL
        .into_iter()
        .filter(|l| *l != Language::English)
    {
        let name = format!("{stem}.{}.json", language.code());
        let shown =
            crate::printable::printable(&folder.join(&name).display().to_string()).into_owned();
        let bytes = match files::read_inside(folder, &name, MAX_STORY_BYTES as u64) {
            Ok(bytes) => bytes,
            Err(FileError::Io(err)) if err.kind() == std::io::ErrorKind::NotFound => continue,
            Err(err) => {
                problems.push(unusable(&shown, err.text(text!("subject-translation"))));
                continue;
            }
        };
        let text = match std::str::from_utf8(&bytes) {
            Ok(text) => text.strip_prefix('\u{feff}').unwrap_or(text),
            Err(err) => {
                problems.push(unusable(
                    &shown,
                    text!("problem-translation-not-utf8", reason = err.to_string()),
                ));
                continue;
            }
        };
        let (translation, found) = parse_translation(&shown, text, story);
        translations.extend(translation);
        problems.extend(found);
    }
    (translations, problems)
}

/// A translation file that cannot be read at all.
fn unusable(file: &str, message: Text) -> Problem {
    Problem {
        severity: Severity::Error,
        file: file.to_owned(),
        line_column: None,
        path: String::new(),
        message,
        hint: Some(text!("hint-translation-unusable")),
    }
}
