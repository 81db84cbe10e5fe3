//! The app in Hungarian, driven as a user would: the language menu switches the interface and
//! the story and keeps the time, the selection and the map; dates read the Hungarian way; a
//! time typed the Hungarian way is understood; search finds words of both languages; the
//! language chosen is remembered; Copy link carries it; the start-up notice and the reason a
//! map tile file cannot be shown follow a switch.

#[path = "support/harness.rs"]
mod support;

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable as _;
use hungary1956::i18n::Language;
use hungary1956::state::Selection;
use hungary1956::{Startup, t};
use support::{from_args, settle};

const WITHDRAWAL_HU: &str =
    "Magyarország kilép a Varsói Szerződésből, és kinyilvánítja semlegességét";
const WITHDRAWAL_EN: &str = "Hungary leaves the Warsaw Pact and declares neutrality";

/// Whether some widget is read out with this label (a title shows on the timeline and in
/// the detail view).
fn shows(harness: &egui_kittest::Harness<'_, hungary1956::App>, label: &str) -> bool {
    harness.query_all_by_label(label).next().is_some()
}

#[test]
fn the_language_menu_switches_everything_and_keeps_time_selection_and_map() {
    let mut harness = from_args(&[
        "--at",
        "1956-11-01T19:50",
        "--select",
        "warsaw-pact-withdrawal",
        "--center",
        "47.4979,19.0402",
        "--zoom",
        "7",
    ]);
    let before = harness.state().state().clone();
    let view = (harness.state().map().center(), harness.state().map().zoom());
    assert!(shows(&harness, WITHDRAWAL_EN));

    harness.get_by_label("Language").click();
    harness.run();
    harness.get_by_label("Magyar").click();
    settle(&mut harness);

    let app = harness.state();
    assert_eq!(app.state().language, Language::Hungarian);
    assert_eq!(app.state().time, before.time);
    assert_eq!(app.state().selection, before.selection);
    assert!(matches!(app.state().selection, Some(Selection::Event(_))));
    assert_eq!((app.map().center(), app.map().zoom()), view);
    // The menus, the story's text and its dates, in Hungarian.
    harness.get_by_label("Nyelv");
    harness.get_by_label(&t!(Language::Hungarian, "menu-file"));
    assert!(shows(&harness, WITHDRAWAL_HU));
    assert!(!shows(&harness, WITHDRAWAL_EN));
    harness.get_by_label_contains("1956. november 1., csütörtök 16:00");
    // Copy link names the language.
    harness
        .get_by_label(&t!(Language::Hungarian, "timeline-copy-link"))
        .click();
    harness.step();
    let copied = support::copied(&harness);
    assert!(
        copied
            .iter()
            .any(|link| link.starts_with("--lang hu --at 1956-11-01T19:50 ")),
        "{copied:?}"
    );

    // And back.
    harness.get_by_label("Nyelv").click();
    harness.run();
    harness.get_by_label("English").click();
    settle(&mut harness);
    assert!(shows(&harness, WITHDRAWAL_EN));
    assert_eq!(harness.state().state().time, before.time);
}

#[test]
fn a_time_typed_the_hungarian_way_is_understood() {
    let mut harness = from_args(&["--lang", "hu"]);
    harness
        .get_by_label("1956. október 23., kedd 00:00")
        .click();
    harness.run();
    let field = harness.get_by_role(Role::TextInput);
    field.focus();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_role(Role::TextInput)
        .type_text("1956. november 1. 19:50");
    harness.key_press(egui::Key::Enter);
    settle(&mut harness);
    harness.get_by_label("1956. november 1., csütörtök 19:50");
    let app = harness.state();
    assert_eq!(
        app.story().clock.format_arg(app.state().time),
        "1956-11-01T19:50"
    );
}

#[test]
fn search_finds_words_of_both_languages() {
    // At the start nothing is happening: the event shows on the timeline alone, until found.
    let mut harness = from_args(&["--lang", "hu"]);
    let title = "Kossuth téri sortűz („véres csütörtök”)";
    let shown = |harness: &egui_kittest::Harness<'_, hungary1956::App>| {
        harness.get_all_by_label(title).count()
    };
    let without = shown(&harness);
    for query in [
        "kossuth ter sortuz",
        "Massacre on Kossuth Square",
        "bloody thursday",
    ] {
        harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
        harness.run();
        harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
        harness.get_by_role(Role::SearchInput).type_text(query);
        settle(&mut harness);
        assert_eq!(shown(&harness), without + 1, "{query:?} does not find it");
        harness.get_by_role(Role::SearchInput).focus();
        harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
        harness.key_press(egui::Key::Backspace);
        settle(&mut harness);
    }
}

#[test]
fn the_language_chosen_is_remembered_and_the_command_line_wins() {
    let mut harness = from_args(&["--lang", "hu"]);
    settle(&mut harness);
    let saved = harness.state().saved_state().to_text();
    assert!(saved.contains("\"language\":\"hu\""), "{saved}");

    // A new run with nothing asked for speaks the language remembered, even where the
    // system's locale says English.
    let mut startup = Startup::default_story().expect("the built-in story");
    startup.locale = Some(Language::English);
    startup.restore(Some(&format!("[{saved}]")));
    let again = support::build(startup);
    assert_eq!(again.state().state().language, Language::Hungarian);
    again.get_by_label("Nyelv");

    // --lang wins over what was remembered.
    let mut startup = Startup::default_story().expect("the built-in story");
    startup.language = Some(Language::English);
    startup.restore(Some(&format!("[{saved}]")));
    let english = support::build(startup);
    assert_eq!(english.state().state().language, Language::English);

    // Without either, the system's locale.
    let mut startup = Startup::default_story().expect("the built-in story");
    startup.locale = Some(Language::Hungarian);
    let by_locale = support::build(startup);
    assert_eq!(by_locale.state().state().language, Language::Hungarian);
}

#[test]
fn the_start_up_notice_follows_the_language_menu() {
    // A remembered map zoom out of range: the notice at the start says so, in English.
    let mut startup = Startup::default_story().expect("the built-in story");
    startup.language = Some(Language::English);
    startup.restore(Some(
        r#"[{"story": null, "zoom": 99.0, "speed": "HourPerSecond", "looping": false,
        "hidden_tracks": [], "map_mode": "SoFar"}]"#,
    ));
    let mut harness = support::build(startup);
    let english =
        "Some remembered settings were not used: the remembered map zoom is out of range.";
    let hungarian = "Néhány megőrzött beállítást nem használt fel a program: a térkép megőrzött \
                     nagyítása a megengedett tartományon kívül esik.";
    harness.get_by_label(english);
    assert_eq!(harness.state().notice().as_deref(), Some(english));

    // Language ▸ Magyar: the notice is Hungarian throughout, on screen and as the app keeps it.
    harness.get_by_label("Language").click();
    harness.run();
    harness.get_by_label("Magyar").click();
    settle(&mut harness);
    harness.get_by_label(hungarian);
    assert!(harness.query_by_label_contains("out of range").is_none());
    assert_eq!(harness.state().notice().as_deref(), Some(hungarian));

    // And back.
    harness.get_by_label("Nyelv").click();
    harness.run();
    harness.get_by_label("English").click();
    settle(&mut harness);
    harness.get_by_label(english);
    assert!(harness.query_by_label_contains(hungarian).is_none());
}

#[test]
fn why_a_tile_file_cannot_be_shown_is_said_in_hungarian() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("rossz.pmtiles");
    std::fs::write(&path, b"hello, this is not a tile archive at all".repeat(4)).expect("written");
    let shown = path.display().to_string();
    let mut harness = from_args(&["--lang", "hu", "--pmtiles", &shown]);
    // The note the map writes over its top-left corner, in the language spoken, read out
    // by screen readers.
    harness.get_by_label(&format!(
        "A térképfájl ({shown}) nem használható: nem PMTiles-fájl. Helyette az offline 1956-os \
         térkép látszik."
    ));
    harness
        .state_mut()
        .apply(hungary1956::command::AppAction::SetLanguage(Language::English).into());
    settle(&mut harness);
    harness.get_by_label(&format!(
        "{shown} cannot be used: it is not a PMTiles file; showing the offline 1956 map."
    ));
}

#[test]
fn a_bad_command_line_is_refused_in_the_language_asked_for() {
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_hungary1956"))
            .args(args)
            .env("LANG", "C")
            .output()
            .expect("runs")
    };
    let hu = run(&["--lang", "hu", "--zoom", "99"]);
    assert_eq!(hu.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&hu.stderr),
        "hiba: --zoom: a nagyításnak 2 és 17 között kell lennie, nem 99\n\n\
         További tudnivalók: hungary1956 --help\n"
    );
    let en = run(&["--lang", "en", "--zoom", "99"]);
    assert_eq!(en.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&en.stderr).starts_with(
            "error: invalid value '99' for '--zoom <ZOOM>': zoom 99 is outside 2..=17"
        ),
        "{}",
        String::from_utf8_lossy(&en.stderr)
    );
}
