//! UI tests that drive the real `App` through egui_kittest: click a marker, drag the timeline,
//! step with the keyboard, start from the command line, open a broken story.

use clap::Parser as _;
use egui::accesskit::Role;
use egui_kittest::Harness;

#[path = "support/harness.rs"]
mod support;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use hungary1956::cli::Cli;
use hungary1956::state::{Selection, StateCommand};
use hungary1956::story::{PlaceTime, Story};
use hungary1956::{App, Startup};
use support::{build, from_args, settle};

fn default_app() -> Harness<'static, App> {
    build(Startup::default_story().unwrap())
}

/// Places whose marker shows "happening now" at the app's current time.
fn places_now(story: &Story, app: &App) -> Vec<String> {
    story
        .indexed_places()
        .filter(|(ix, _)| story.place_time(*ix, app.state().time) == PlaceTime::Now)
        .map(|(_, p)| p.id.clone())
        .collect()
}

#[test]
fn launch_shows_map_timeline_and_overview() {
    let harness = default_app();
    // The map: a marker for Budapest and the legend.
    harness.get_by_role_and_label(Role::Button, "Budapest");
    harness.get_by_label("Legend");
    harness.get_by_label("Reset view");
    // The timeline strip with the time in words.
    let strip = harness.get_by_role(Role::Slider);
    assert_eq!(
        strip.accessible_label(),
        Some("Timeline: Tue 23 Oct 1956, 00:00".to_owned())
    );
    harness.get_by_label("Tue 23 Oct 1956, 00:00");
    // The detail view shows the overview.
    let title = harness.state().story().title.clone();
    assert_shown_as_text(&harness, &title);
    assert!(harness.state().state().selection.is_none());
}

/// Asserts that `text` is shown as a text label (not only as a button elsewhere).
fn assert_shown_as_text(harness: &Harness<'_, App>, text: &str) {
    assert!(
        harness
            .query_all_by_label(text)
            .any(|node| node.accesskit_node().role() == Role::Label),
        "{text:?} is not shown as text"
    );
}

trait AccessibleLabel {
    fn accessible_label(&self) -> Option<String>;
}

impl AccessibleLabel for egui_kittest::Node<'_> {
    fn accessible_label(&self) -> Option<String> {
        self.accesskit_node().label().map(|s| s.to_string())
    }
}

#[test]
fn clicking_the_budapest_marker_selects_budapest() {
    let mut harness = default_app();
    harness
        .get_by_role_and_label(Role::Button, "Budapest")
        .click();
    settle(&mut harness);
    let app = harness.state();
    let budapest = app.story().place_by_id("budapest").unwrap();
    assert_eq!(app.state().selection, Some(Selection::Place(budapest)));
    let count = app.story().events_at_place(budapest).len();
    assert!(count > 0);
    // The detail view shows Budapest and its events, each clickable.
    harness.get_by_label(&format!("Events here ({count})"));
    let first = app.story().events_at_place(budapest)[0];
    let title = app.story().event(first).unwrap().title.clone();
    // The last link with this title is the one in the place's list of events; it is one
    // link named by the title, and says when as its description.
    let when = app
        .story()
        .clock
        .format_short(app.story().event(first).unwrap().start);
    let link = harness
        .get_all_by_role_and_label(Role::Link, &title)
        .last()
        .unwrap();
    assert_eq!(link.accesskit_node().description(), Some(when));
    link.click();
    settle(&mut harness);
    assert_eq!(
        harness.state().state().selection,
        Some(Selection::Event(first))
    );
}

#[test]
fn dragging_the_timeline_moves_time_and_changes_the_map() {
    let mut harness = default_app();
    let start_time = harness.state().state().time;
    let now_before = places_now(harness.state().story(), harness.state());
    let rect = harness.get_by_role(Role::Slider).rect();
    let y = rect.center().y;
    // Drag from the left end to 40% of the way: about 28 Oct.
    harness.drag_at(egui::pos2(rect.left() + 20.0, y));
    settle(&mut harness);
    harness.hover_at(egui::pos2(rect.left() + rect.width() * 0.2, y));
    settle(&mut harness);
    let target = egui::pos2(rect.left() + rect.width() * 0.4, y);
    harness.hover_at(target);
    settle(&mut harness);
    harness.drop_at(target);
    settle(&mut harness);

    let app = harness.state();
    let time = app.state().time;
    assert!(time > start_time, "the drag moved time forward");
    let day = app.story().clock.zoned(time).day();
    assert!(
        (27..=28).contains(&day),
        "40% of the strip is 27–28 Oct, got day {day}"
    );
    // The label shows the new time in words.
    let words = app.story().clock.format_long(time);
    harness.get_by_label(&words);
    // What the map shows as "now" depends on the time.
    let now_after = places_now(app.story(), app);
    assert_ne!(now_before, now_after, "the map's 'now' set changed");
}

#[test]
fn arrow_keys_step_from_event_to_event() {
    let mut harness = default_app();
    harness.key_press(egui::Key::ArrowRight);
    settle(&mut harness);
    let app = harness.state();
    let first = app.story().next_event_after(app.story().start).unwrap();
    assert_eq!(app.state().selection, Some(Selection::Event(first)));
    let event = app.story().event(first).unwrap();
    assert_eq!(
        app.state().time,
        event.start,
        "selecting an event moves time to it"
    );
    let title = event.title.clone();
    assert_shown_as_text(&harness, &title);

    harness.key_press(egui::Key::ArrowRight);
    settle(&mut harness);
    let second = harness.state().state().selected_event().unwrap();
    assert!(second > first);
    harness.key_press(egui::Key::ArrowLeft);
    settle(&mut harness);
    assert_eq!(harness.state().state().selected_event(), Some(first));
}

#[test]
fn selecting_an_event_centres_the_map_on_its_place() {
    let mut harness = from_args(&["--select", "kossuth-square-massacre"]);
    settle(&mut harness);
    let app = harness.state();
    let ix = app.story().event_by_id("kossuth-square-massacre").unwrap();
    let event = app.story().event(ix).unwrap();
    let place = app.story().place(event.places[0]).unwrap();
    let center = app.map().center();
    assert!((center.lat - place.lat).abs() < 1e-6 && (center.lon - place.lon).abs() < 1e-6);
    assert!(app.map().zoom() >= 11.0, "zoomed in to see the site");
}

#[test]
fn selecting_a_place_highlights_its_events_on_the_timeline() {
    let mut harness = from_args(&["--select", "budapest"]);
    settle(&mut harness);
    let app = harness.state();
    let budapest = app.story().place_by_id("budapest").unwrap();
    let at_budapest = app.story().events_at_place(budapest);
    for (ix, event) in app.story().indexed_events() {
        let node = harness
            .get_all_by_role_and_label(Role::Button, &event.title)
            .next()
            .unwrap_or_else(|| panic!("no timeline button for {}", event.title));
        let selected = node.accesskit_node().toggled() == Some(egui::accesskit::Toggled::True);
        assert_eq!(selected, at_budapest.contains(&ix), "{}", event.title);
    }
}

#[test]
fn command_line_sets_the_start_time_and_selection() {
    let harness = from_args(&[
        "--at",
        "1956-11-01T19:50",
        "--select",
        "warsaw-pact-withdrawal",
    ]);
    let app = harness.state();
    assert_eq!(
        app.story().clock.format_long(app.state().time),
        "Thu 1 Nov 1956, 19:50"
    );
    let ix = app.story().event_by_id("warsaw-pact-withdrawal").unwrap();
    assert_eq!(app.state().selection, Some(Selection::Event(ix)));
    let title = app.story().event(ix).unwrap().title.clone();
    assert_shown_as_text(&harness, &title);
    harness.get_by_label("Thu 1 Nov 1956, 19:50");
    // A national event in Budapest and New York: the map shows Budapest and the country around.
    let center = app.map().center();
    assert!((center.lat - 47.4979).abs() < 1e-6 && (center.lon - 19.0402).abs() < 1e-6);
    assert_eq!(app.map().zoom(), 7.0);
}

#[test]
fn bad_command_line_values_are_refused_with_a_reason() {
    for (args, says) in [
        (vec!["--at", "yesterday"], "--at yesterday"),
        (vec!["--at", "1957-01-01T00:00"], "the story runs from"),
        (
            vec!["--select", "no-such-thing"],
            "no event or place has this id",
        ),
        (
            vec!["--hide-track", "streets", "--hide-track", "no-such-track"],
            "--hide-track no-such-track: no track has this id",
        ),
    ] {
        let cli = Cli::parse_from(std::iter::once("hungary1956").chain(args.iter().copied()));
        let err = Startup::from_cli(&cli).err().expect("refused");
        assert!(format!("{err:#}").contains(says), "{err:#}");
    }
}

#[test]
fn a_broken_story_shows_its_problems_and_keeps_the_built_in_story() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/bad/several-problems.json"
    );
    let mut harness = from_args(&["--story", path]);
    harness.get_by_label(&hungary1956::t!(
        hungary1956::i18n::Language::English,
        "problems-title"
    ));
    harness.get_by_label_contains("polities[0].capital: no place has the id \"nowhere\"");
    assert!(harness.state().failed().is_some());
    // The built-in story stays open: its title, and its events from the start.
    let built_in = hungary1956::story::load_default().unwrap().story;
    assert_eq!(harness.state().story().title, built_in.title);
    assert_eq!(harness.state().story().events.len(), built_in.events.len());
    harness.get_by_label("Back to the built-in story").click();
    settle(&mut harness);
    assert!(harness.state().failed().is_none());
    assert!(
        harness
            .query_by_label(&hungary1956::t!(
                hungary1956::i18n::Language::English,
                "problems-title"
            ))
            .is_none()
    );
}

#[test]
fn keys_zoom_the_map_and_reset_view_restores_it() {
    let mut harness = default_app();
    let zoom = harness.state().map().zoom();
    harness.key_press(egui::Key::Plus);
    settle(&mut harness);
    assert_eq!(harness.state().map().zoom(), zoom + 1.0);
    harness.key_press(egui::Key::Minus);
    harness.key_press(egui::Key::Minus);
    settle(&mut harness);
    assert_eq!(harness.state().map().zoom(), zoom - 1.0);
    harness.get_by_label("Reset view").click();
    settle(&mut harness);
    assert_eq!(harness.state().map().zoom(), zoom);
}

#[test]
fn a_user_story_with_a_missing_picture_shows_a_placeholder() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/good/mini.json");
    let mut harness = from_args(&["--story", path, "--select", "radio-siege"]);
    // Decoding happens off the UI thread: give it a moment.
    for _ in 0..50 {
        settle(&mut harness);
        if harness
            .query_by_label_contains("Picture not available")
            .is_some()
        {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    harness.get_by_label_contains("Picture not available: missing.png cannot be read");
    // And a picture that exists is shown as an image with its alt text.
    let march = harness.state().story().event_by_id("march").unwrap();
    harness
        .state_mut()
        .apply(StateCommand::Select(Some(Selection::Event(march))).into());
    for _ in 0..50 {
        settle(&mut harness);
        if harness
            .query_by_role_and_label(Role::Image, "A red square.")
            .is_some()
        {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    harness.get_by_role_and_label(Role::Image, "A red square.");
}

#[test]
fn switching_tile_sources_keeps_selection_and_time() {
    // A local source (no network in tests); the file need not exist for the switch itself.
    let missing = std::env::temp_dir().join("hungary1956-test-missing.pmtiles");
    let missing_arg = missing.to_string_lossy().into_owned();
    let mut harness = from_args(&[
        "--pmtiles",
        &missing_arg,
        "--at",
        "1956-10-30T12:00",
        "--select",
        "republic-square-siege",
    ]);
    let before = harness.state().state().clone();
    assert_eq!(
        harness.state().map().tile_choice(),
        hungary1956::command::TileChoice::PmTiles(missing.clone())
    );
    for option in [
        "1956 map (offline)",
        "hungary1956-test-missing.pmtiles (local)",
    ] {
        harness
            .get_by_role_and_label(Role::ComboBox, "Map tiles")
            .click();
        settle(&mut harness);
        harness.get_by_label(option).click();
        settle(&mut harness);
        assert_eq!(harness.state().state(), &before, "after choosing {option}");
    }
    assert_eq!(
        harness.state().map().tile_choice(),
        hungary1956::command::TileChoice::PmTiles(missing)
    );
}

#[test]
fn clicking_a_painting_opens_the_large_view_and_escape_closes_it() {
    let mut harness = from_args(&["--select", "radio-siege"]);
    let app = harness.state();
    let ix = app.story().event_by_id("radio-siege").unwrap();
    let art = app.story().event(ix).unwrap().artwork.clone().unwrap();
    // Decoding happens off the UI thread.
    for _ in 0..200 {
        settle(&mut harness);
        if harness
            .query_by_role_and_label(Role::Image, &art.alt)
            .is_some()
        {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    harness.get_by_role_and_label(Role::Image, &art.alt).click();
    settle(&mut harness);
    assert_eq!(harness.state().lightbox(), Some(&art));
    // The large view shows the same picture, larger than in the panel.
    let images: Vec<egui::Rect> = harness
        .query_all_by_role_and_label(Role::Image, &art.alt)
        .map(|n| n.rect())
        .collect();
    assert!(images.iter().any(|r| r.width() > 900.0), "{images:?}");
    harness.key_press(egui::Key::Escape);
    settle(&mut harness);
    assert_eq!(harness.state().lightbox(), None);
    // Escape closed the view only; the selection stays.
    assert_eq!(
        harness.state().state().selection,
        Some(Selection::Event(ix))
    );
}

fn drop_file(harness: &mut Harness<'static, App>, path: &str) {
    harness
        .input_mut()
        .dropped_files
        .push(support::dropped(path.into()));
    settle(harness);
}

#[test]
fn dropping_stories_opens_good_ones_and_keeps_the_open_story_for_bad_ones() {
    let mut harness = from_args(&["--select", "radio-siege"]);
    let built_in = harness.state().story().title.clone();
    // A good story opens, from its start.
    drop_file(
        &mut harness,
        concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/good/mini.json"),
    );
    assert_eq!(harness.state().story().title, "A small test story");
    assert!(harness.state().state().selection.is_none());
    // Its warning (a missing picture) is told, not hidden.
    assert!(harness.state().notice().unwrap().contains("missing.png"));
    // A broken one shows its problems; the small story stays open.
    drop_file(
        &mut harness,
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/bad/within-loop.json"
        ),
    );
    harness.get_by_label(&hungary1956::t!(
        hungary1956::i18n::Language::English,
        "problems-title"
    ));
    harness.get_by_label_contains("places[0].within: place \"budapest\" lies within itself");
    assert_eq!(harness.state().story().title, "A small test story");
    harness.get_by_label("Open another…");
    // Back to the built-in story.
    harness
        .get_all_by_label(&hungary1956::t!(
            hungary1956::i18n::Language::English,
            "built-in-story"
        ))
        .last()
        .unwrap()
        .click();
    settle(&mut harness);
    assert_eq!(harness.state().story().title, built_in);
    assert!(harness.state().failed().is_none());
}

#[test]
fn a_source_with_an_address_is_a_link_that_opens_it() {
    let mut harness = from_args(&["--fresh", "--select", "debrecen-shooting"]);
    let story = Startup::default_story().unwrap().loaded.story;
    let event = story
        .event(story.event_by_id("debrecen-shooting").unwrap())
        .unwrap();
    let source = event.sources.iter().find(|s| s.url.is_some()).unwrap();
    let url = source.url.clone().unwrap();
    harness
        .get_by_role_and_label(Role::Link, &source.citation())
        .click();
    harness.step();
    let opened = support::commands(&harness, |command| match command {
        egui::OutputCommand::OpenUrl(open) => Some(open.url.clone()),
        _ => None,
    });
    assert_eq!(opened, vec![url]);
}

#[test]
fn buttons_are_described_by_their_hints_without_being_hovered() {
    let harness = default_app();
    let previous = harness.get_by_role_and_label(Role::Button, "◀");
    assert_eq!(
        previous.accesskit_node().description(),
        Some("Previous event (←)".to_owned())
    );
    let reset = harness.get_by_role_and_label(Role::Button, "Reset view");
    assert_eq!(
        reset.accesskit_node().description(),
        Some("Back to the starting view".to_owned())
    );
}
