//! Translation files beside a story: `check` reports each broken one with the file, line and
//! column, JSON path and what is wrong; a good one opens the story in its language.

use std::path::{Path, PathBuf};

use hungary1956::i18n::Language;
use hungary1956::story::Severity;

/// A folder holding the small test story as `story.json`, its pictures, and the translation
/// fixture `case` as `story.hu.json`.
fn story_with(case: &str) -> (tempfile::TempDir, PathBuf) {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let dir = tempfile::tempdir().expect("temporary folder");
    std::fs::copy(
        fixtures.join("good/mini.json"),
        dir.path().join("story.json"),
    )
    .expect("story");
    std::fs::create_dir(dir.path().join("art")).expect("art");
    std::fs::copy(
        fixtures.join("good/art/picture.png"),
        dir.path().join("art/picture.png"),
    )
    .expect("picture");
    std::fs::copy(
        fixtures.join(format!("translations/{case}.hu.json")),
        dir.path().join("story.hu.json"),
    )
    .expect("translation");
    let story = dir.path().join("story.json");
    (dir, story)
}

/// One problem: severity, line and column, JSON path, message.
type Found = (Severity, Option<(usize, usize)>, String, String);

/// The problems `check` finds in the translation.
fn translation_problems(case: &str) -> Vec<Found> {
    let (_dir, path) = story_with(case);
    let loaded = hungary1956::story::load_file(&path).expect("the story opens");
    loaded
        .warnings
        .iter()
        .filter(|p| p.file.ends_with("story.hu.json"))
        .map(|p| {
            (
                p.severity,
                p.line_column,
                p.path.clone(),
                p.message.to_string(),
            )
        })
        .collect()
}

#[test]
fn a_good_translation_has_no_problems_and_is_used() {
    assert_eq!(translation_problems("good"), Vec::new());
    let (_dir, path) = story_with("good");
    let loaded = hungary1956::story::load_file(&path).expect("opens");
    assert_eq!(loaded.translations.len(), 1);
    assert_eq!(loaded.translations[0].language, Language::Hungarian);
    let story = loaded.translations[0].apply(&loaded.story);
    assert_eq!(story.title, "Egy kis próbatörténet");
    let vienna = story.place_by_id("vienna").and_then(|ix| story.place(ix));
    assert_eq!(vienna.map(|p| p.name.as_str()), Some("Bécs"));
}

#[test]
fn an_unknown_id_is_an_error_at_its_line() {
    let problems = translation_problems("unknown-id");
    assert_eq!(
        problems,
        vec![(
            Severity::Error,
            Some((49, 22)),
            "events.no-such-event".to_owned(),
            "the story has no event with the id \"no-such-event\"".to_owned()
        )]
    );
}

#[test]
fn a_wrong_type_is_an_error_with_its_path() {
    let problems = translation_problems("wrong-type");
    assert_eq!(problems.len(), 1, "{problems:?}");
    let (severity, line_column, path, message) = &problems[0];
    assert_eq!(*severity, Severity::Error);
    assert_eq!(path, "places.vienna.name");
    assert_eq!(*line_column, Some((65, 15)));
    assert!(message.contains("expected a string"), "{message}");
}

#[test]
fn a_stale_entry_is_a_warning_that_gives_the_new_hash() {
    let problems = translation_problems("stale");
    assert_eq!(
        problems,
        vec![(
            Severity::Warning,
            Some((13, 22)),
            "events.march.source_hash".to_owned(),
            "stale: the story's text has changed since this was translated".to_owned()
        )]
    );
}

#[test]
fn a_missing_entry_is_a_warning() {
    let problems = translation_problems("missing");
    assert_eq!(problems.len(), 1, "{problems:?}");
    let (severity, _, path, message) = &problems[0];
    assert_eq!(*severity, Severity::Warning);
    assert_eq!(path, "places");
    assert!(message.contains("\"gyor\""), "{message}");
    assert!(message.contains("untranslated"), "{message}");
}

#[test]
fn check_exits_with_an_error_for_a_broken_translation_only() {
    for (case, fails) in [
        ("good", false),
        ("stale", false),
        ("unknown-id", true),
        ("wrong-type", true),
    ] {
        let (_dir, path) = story_with(case);
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_hungary1956"))
            .args(["--lang", "en", "check"])
            .arg(&path)
            .output()
            .expect("runs");
        let text = String::from_utf8_lossy(&output.stdout);
        assert_eq!(!output.status.success(), fails, "{case}: {text}");
        if case != "good" {
            assert!(text.contains("story.hu.json:"), "{case}: {text}");
        }
    }
}
