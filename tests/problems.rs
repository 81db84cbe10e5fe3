//! The problems of a story file speak the language of the app: `check --lang hu` prints them
//! in Hungarian; the problems window, the notice after opening a story and a picture's
//! placeholder show them in the language spoken, and follow it when it changes.

#[path = "support/harness.rs"]
mod support;

use egui_kittest::kittest::Queryable as _;
use hungary1956::command::AppAction;
use hungary1956::i18n::Language;
use hungary1956::t;
use support::{from_args, settle};

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn check_in_hungarian_says_every_problem_in_hungarian() {
    let path = fixture("bad/several-problems.json");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_hungary1956"))
        .args(["--lang", "hu", "check", &path])
        .output()
        .expect("the binary runs");
    assert_eq!(output.status.code(), Some(1));
    let report = String::from_utf8(output.stdout).expect("UTF-8");
    for line in [
        "several-problems.json:23:18: hiba (polities[0].capital): nincs „nowhere” azonosítójú helyszín\n",
        "  javaslat: vegyen fel egy ilyen azonosítójú helyszínt, vagy javítsa a hivatkozást\n",
        "several-problems.json:46:14: hiba (places[0].lon): a földrajzi hosszúság (200) kívül esik a megengedett tartományon\n",
        "several-problems.json:78:16: hiba (events[0].start): az időpont („soon”) alakja hibás; helyes alak például 1956-10-23T15:00 vagy 1956-10-23\n",
        // The system's own words stay as they are, inside a Hungarian sentence.
        "several-problems.json:121:17: figyelmeztetés (events[1].artwork.file): a kép („missing.png”) nem olvasható: ",
        "  javaslat: helyette helyőrző jelenik meg\n",
        "several-problems.json: 3 hiba, 2 figyelmeztetés\n",
    ] {
        assert!(report.contains(line), "{line:?} is missing from:\n{report}");
    }
    for english in [
        ": error",
        ": warning",
        "hint:",
        "no place",
        "out of range",
        "cannot be",
    ] {
        assert!(!report.contains(english), "{english:?} in:\n{report}");
    }
}

#[test]
fn the_problems_window_speaks_the_language_of_the_app_even_after_a_switch() {
    let path = fixture("bad/several-problems.json");
    let mut harness = from_args(&["--lang", "hu", "--story", &path]);
    harness.get_by_label(&t!(Language::Hungarian, "problems-title"));
    harness
        .get_by_label_contains("hiba (polities[0].capital): nincs „nowhere” azonosítójú helyszín");
    harness.get_by_label_contains("javaslat: a földrajzi hosszúság -180 és 180 fok között legyen");
    assert!(
        harness
            .query_by_label_contains("no place has the id")
            .is_none()
    );
    // The problems are written out when shown: after a switch to English they read in English.
    harness
        .state_mut()
        .apply(AppAction::SetLanguage(Language::English).into());
    settle(&mut harness);
    harness.get_by_label(&t!(Language::English, "problems-title"));
    harness.get_by_label_contains("error at polities[0].capital: no place has the id \"nowhere\"");
    assert!(
        harness
            .query_by_label_contains("azonosítójú helyszín")
            .is_none()
    );
}

#[test]
fn the_notice_after_opening_tells_the_warnings_in_hungarian() {
    let mut harness = from_args(&["--lang", "hu"]);
    harness
        .state_mut()
        .open_story(fixture("good/unknown-field.json").into());
    settle(&mut harness);
    let notice = harness.state().notice().expect("a notice");
    assert!(
        notice.contains("ismeretlen mező; a program figyelmen kívül hagyja"),
        "{notice}"
    );
    assert!(!notice.contains("unknown field"), "{notice}");
    // The notice is written out when shown: after a switch to English it reads in English.
    harness
        .state_mut()
        .apply(AppAction::SetLanguage(Language::English).into());
    settle(&mut harness);
    let notice = harness.state().notice().expect("a notice");
    assert!(notice.contains("opened with 2 warnings"), "{notice}");
    assert!(notice.contains("unknown field"), "{notice}");
    assert!(!notice.contains("ismeretlen mező"), "{notice}");
    harness.get_by_label(&notice);
}

#[test]
fn a_missing_picture_is_explained_in_hungarian() {
    let path = fixture("good/mini.json");
    let mut harness = from_args(&["--lang", "hu", "--story", &path, "--select", "radio-siege"]);
    let unavailable = "A kép nem jeleníthető meg: a fájl („missing.png”) nem olvasható: ";
    // Decoding happens off the UI thread: give it a moment.
    for _ in 0..50 {
        settle(&mut harness);
        if harness.query_by_label_contains(unavailable).is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    harness.get_by_label_contains(unavailable);
}

#[test]
fn a_story_opened_from_the_command_line_tells_its_warnings_too() {
    let path = fixture("good/unknown-field.json");
    let harness = from_args(&["--story", &path]);
    let notice = harness.state().notice().expect("a notice");
    assert!(notice.contains("opened with 2 warnings"), "{notice}");
    harness.get_by_label(&notice);
    // The built-in story has none.
    assert_eq!(from_args(&[]).state().notice(), None);
}
