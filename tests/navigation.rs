//! Moving through the thirteen days, driven through the real app with egui_kittest: playback,
//! the zoomable timeline, typing a time, search, tracks, the map's mode, links, memory, keys.

use egui::accesskit::Role;
use egui_kittest::Harness;

#[path = "support/harness.rs"]
mod support;
use egui_kittest::kittest::Queryable as _;
use hungary1956::saved::SavedState;
use hungary1956::state::{MapMode, Selection};
use hungary1956::story::PlaceTime;
use hungary1956::{App, Startup};
use support::{build, from_args, settle};

fn time_words(harness: &Harness<'_, App>) -> String {
    let app = harness.state();
    app.story().clock.format_long(app.state().time)
}

#[test]
fn play_runs_time_forward_and_stops_at_the_end() {
    let mut harness = from_args(&["--at", "1956-11-04T12:00"]);
    let before = harness.state().state().time;
    // One day per second.
    harness
        .get_by_role_and_label(Role::ComboBox, "Speed")
        .click();
    settle(&mut harness);
    harness.get_by_label("1 day / s").click();
    settle(&mut harness);
    harness.key_press(egui::Key::Space);
    harness.step();
    assert!(harness.state().state().playback.playing);
    for _ in 0..10 {
        harness.step();
    }
    let after = harness.state().state().time;
    assert!(after > before, "playing moved time forward");
    // Twelve story hours at a day per second: well within two seconds of frames.
    for _ in 0..120 {
        harness.step();
    }
    let app = harness.state();
    assert_eq!(app.state().time, app.story().end, "it ran to the end");
    assert!(!app.state().playback.playing, "and stopped there");
}

#[test]
fn when_nothing_moves_no_repaint_is_requested() {
    let mut harness = from_args(&["--select", "radio-siege"]);
    // Pictures decode on another thread; wait until everything has arrived.
    for _ in 0..100 {
        settle(&mut harness);
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    settle(&mut harness);
    harness.step();
    let output = harness.output();
    let delay = output
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .map(|v| v.repaint_delay)
        .unwrap();
    assert!(
        delay > std::time::Duration::from_secs(3600),
        "idle, yet a repaint was asked for in {delay:?}"
    );
}

#[test]
fn the_wheel_zooms_the_timeline_around_the_pointer() {
    let mut harness = from_args(&[]);
    let (from, to) = harness.state().timeline_visible();
    let strip = harness.get_by_role(Role::Slider).rect();
    let pointer = egui::pos2(strip.left() + strip.width() * 0.6, strip.center().y);
    harness.hover_at(pointer);
    settle(&mut harness);
    for _ in 0..5 {
        harness.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, 120.0),
            modifiers: egui::Modifiers::NONE,
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Wheel,
        });
        harness.step();
    }
    settle(&mut harness);
    let (zoomed_from, zoomed_to) = harness.state().timeline_visible();
    let span = |a: jiff::Timestamp, b: jiff::Timestamp| b.duration_since(a).as_secs_f64();
    assert!(
        span(zoomed_from, zoomed_to) < span(from, to) * 0.8,
        "zoomed in"
    );
    // The time under the pointer stayed under the pointer (within a few percent of the view).
    let fraction =
        |a: jiff::Timestamp, b: jiff::Timestamp, t: jiff::Timestamp| span(a, t) / span(a, b);
    let axis_left = strip.left() + 118.0 + 14.0;
    let axis_right = strip.right() - 14.0;
    let at_pointer = (pointer.x - axis_left) / (axis_right - axis_left);
    let before_time = from
        .checked_add(jiff::SignedDuration::from_secs_f64(
            span(from, to) * f64::from(at_pointer),
        ))
        .unwrap();
    let after_fraction = fraction(zoomed_from, zoomed_to, before_time);
    assert!(
        (after_fraction - f64::from(at_pointer)).abs() < 0.05,
        "{after_fraction} vs {at_pointer}"
    );
    // The labels now count hours, and the button (or a double-click) shows the whole story.
    harness
        .get_by_label(&hungary1956::t!(
            hungary1956::i18n::Language::English,
            "timeline-whole-story"
        ))
        .click();
    settle(&mut harness);
    assert_eq!(harness.state().timeline_visible(), (from, to));
}

#[test]
fn typing_a_time_seeks_to_it() {
    let mut harness = from_args(&[]);
    harness.get_by_label("Tue 23 Oct 1956, 00:00").click();
    settle(&mut harness);
    let field_label = hungary1956::t!(hungary1956::i18n::Language::English, "time-field");
    let field = harness.get_by_label(&field_label);
    field.focus();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.get_by_label(&field_label).type_text("1 Nov 19:50");
    settle(&mut harness);
    harness.key_press(egui::Key::Enter);
    settle(&mut harness);
    assert_eq!(time_words(&harness), "Thu 1 Nov 1956, 19:50");
    harness.get_by_label("Thu 1 Nov 1956, 19:50");
}

#[test]
fn keys_move_by_the_hour_and_to_the_ends() {
    let mut harness = from_args(&["--at", "1956-10-30T12:00"]);
    harness.key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::ArrowRight);
    settle(&mut harness);
    assert_eq!(time_words(&harness), "Tue 30 Oct 1956, 13:00");
    harness.key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::ArrowLeft);
    harness.key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::ArrowLeft);
    settle(&mut harness);
    assert_eq!(time_words(&harness), "Tue 30 Oct 1956, 11:00");
    harness.key_press(egui::Key::End);
    settle(&mut harness);
    assert_eq!(time_words(&harness), "Mon 5 Nov 1956, 00:00");
    harness.key_press(egui::Key::Home);
    settle(&mut harness);
    assert_eq!(time_words(&harness), "Tue 23 Oct 1956, 00:00");
}

#[test]
fn search_ignores_case_and_diacritics() {
    let mut harness = from_args(&[]);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    settle(&mut harness);
    harness
        .get_by_label(&hungary1956::t!(
            hungary1956::i18n::Language::English,
            "search-label"
        ))
        .type_text("malete");
    settle(&mut harness);
    harness.get_by_label_contains("found");
    harness.key_press(egui::Key::Enter);
    settle(&mut harness);
    let app = harness.state();
    let Some(Selection::Event(ix)) = app.state().selection else {
        panic!("Enter selected no event");
    };
    let event = app.story().event(ix).unwrap();
    let text = format!("{} {} {}", event.title, event.summary, event.body.join(" "));
    assert!(text.contains("Maléter"), "{}", event.title);

    // A place by its name without accents.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    settle(&mut harness);
    harness
        .get_by_label(&hungary1956::t!(
            hungary1956::i18n::Language::English,
            "search-label"
        ))
        .type_text("kossuth ter");
    settle(&mut harness);
    let place = harness
        .state()
        .story()
        .place_by_id("kossuth-square")
        .unwrap();
    let name = harness.state().story().place(place).unwrap().name.clone();
    harness.get_by_label(&name).click();
    settle(&mut harness);
    assert_eq!(
        harness.state().state().selection,
        Some(Selection::Place(place))
    );
}

#[test]
fn hiding_a_track_hides_its_events_on_the_timeline_and_the_map() {
    let mut harness = from_args(&["--at", "1956-10-30T11:00"]);
    let app = harness.state();
    let square = app.story().place_by_id("republic-square").unwrap();
    assert_eq!(app.state().place_time(app.story(), square), PlaceTime::Now);
    let siege = app.story().event_by_id("republic-square-siege").unwrap();
    let title = app.story().event(siege).unwrap().title.clone();
    assert!(
        harness
            .query_by_role_and_label(Role::Button, &title)
            .is_some()
    );

    harness.get_by_label("Streets and towns (shown)").click();
    settle(&mut harness);
    let app = harness.state();
    assert_eq!(app.state().hidden_tracks.len(), 1);
    assert_eq!(
        app.state().place_time(app.story(), square),
        PlaceTime::Quiet,
        "gone from the map"
    );
    assert!(
        harness
            .query_by_role_and_label(Role::Button, &title)
            .is_none(),
        "gone from the timeline"
    );
    harness.get_by_label("Streets and towns (hidden)").click();
    settle(&mut harness);
    assert!(harness.state().state().hidden_tracks.is_empty());
}

#[test]
fn now_only_shows_just_what_is_happening() {
    let mut harness = from_args(&["--at", "1956-11-01T21:00"]);
    // So far: Debrecen (23 Oct) has a marker.
    assert!(
        harness
            .query_by_role_and_label(Role::Button, "Debrecen")
            .is_some()
    );
    harness
        .get_by_label(&hungary1956::t!(
            hungary1956::i18n::Language::English,
            "map-now-only"
        ))
        .click();
    settle(&mut harness);
    assert_eq!(harness.state().state().map_mode, MapMode::NowOnly);
    assert!(
        harness
            .query_by_role_and_label(Role::Button, "Debrecen")
            .is_none()
    );
    // Szolnok, where new Soviet divisions are heading now, stays.
    assert!(
        harness
            .query_by_role_and_label(Role::Button, "Szolnok")
            .is_some()
    );
}

#[test]
fn copy_link_gives_the_options_that_reopen_this_view() {
    let mut harness = from_args(&[
        "--at",
        "1956-11-01T19:50",
        "--select",
        "warsaw-pact-withdrawal",
    ]);
    harness.get_by_label("Copy link").click();
    harness.step();
    let copied = support::copied(&harness);
    assert_eq!(
        copied,
        [
            "--lang en --at 1956-11-01T19:50 --select warsaw-pact-withdrawal --center 47.4979,19.0402 --zoom 7.0"
        ]
    );
}

#[test]
fn copy_link_reopens_now_only_and_the_hidden_tracks() {
    let mut harness = from_args(&["--at", "1956-11-01T21:00"]);
    harness
        .get_by_label(&hungary1956::t!(
            hungary1956::i18n::Language::English,
            "map-now-only"
        ))
        .click();
    harness.get_by_label("Streets and towns (shown)").click();
    settle(&mut harness);
    harness.get_by_label("Copy link").click();
    harness.step();
    let copied = support::copied(&harness);
    let [link] = copied.as_slice() else {
        panic!("one link: {copied:?}");
    };
    assert!(
        link.ends_with("--show now-only --hide-track streets"),
        "{link}"
    );
    // The link opens the same view.
    let args: Vec<&str> = link.split_whitespace().collect();
    let reopened = from_args(&args);
    let app = reopened.state();
    assert_eq!(app.state().map_mode, MapMode::NowOnly);
    let streets = app.story().tracks.iter().position(|t| t.id == "streets");
    assert_eq!(
        app.state().hidden_tracks,
        vec![hungary1956::story::TrackIx(streets.unwrap())]
    );
    assert!(
        reopened
            .query_by_label("Streets and towns (hidden)")
            .is_some()
    );
}

#[test]
fn a_restart_restores_the_state_and_bad_memory_is_ignored() {
    let mut harness = from_args(&[
        "--at",
        "1956-10-28T17:25",
        "--select",
        "ceasefire-radio-address",
    ]);
    harness
        .get_by_label(&hungary1956::t!(
            hungary1956::i18n::Language::English,
            "map-now-only"
        ))
        .click();
    settle(&mut harness);
    let saved = harness.state().saved_state().to_text();

    let mut startup = Startup::default_story().unwrap();
    startup.restore(Some(&saved));
    let restored = build(startup);
    let app = restored.state();
    assert_eq!(app.saved_state(), SavedState::parse(&saved).unwrap());
    assert_eq!(time_words(&restored), "Sun 28 Oct 1956, 17:25");
    assert_eq!(app.state().map_mode, MapMode::NowOnly);

    let mut startup = Startup::default_story().unwrap();
    startup.restore(Some("{ this is not a saved state"));
    let fresh = build(startup);
    assert!(fresh.state().notice().unwrap().contains("unreadable"));
    assert_eq!(time_words(&fresh), "Tue 23 Oct 1956, 00:00");
}

#[test]
fn the_keyboard_alone_reaches_an_event_and_opens_it() {
    let mut harness = from_args(&[]);
    let first = harness.state().story().events[0].title.clone();
    // Tab through the controls until a timeline event has the focus, then press Enter.
    let mut reached = false;
    for _ in 0..400 {
        harness.key_press(egui::Key::Tab);
        harness.step();
        if let Some(node) = harness.query_by_role_and_label(Role::Button, &first)
            && node.is_focused()
        {
            reached = true;
            break;
        }
    }
    assert!(reached, "Tab never reached the first event");
    harness.key_press(egui::Key::Enter);
    settle(&mut harness);
    assert_eq!(
        harness.state().state().selection,
        Some(Selection::Event(hungary1956::story::EventIx(0)))
    );
    // F1 lists the shortcuts.
    harness.key_press(egui::Key::F1);
    settle(&mut harness);
    harness.get_by_label(&hungary1956::t!(
        hungary1956::i18n::Language::English,
        "help-title"
    ));
}

#[test]
fn the_map_and_the_timeline_speak_hungarian() {
    use egui_kittest::kittest::NodeT as _;
    use hungary1956::i18n::Language::Hungarian;
    use hungary1956::t;
    let mut harness = from_args(&["--lang", "hu", "--at", "1956-11-01T20:00"]);
    // The strip, the playback controls and the map's switches by their Hungarian names.
    let strip = harness.get_by_role(Role::Slider);
    assert_eq!(
        strip.accesskit_node().label().as_deref(),
        Some("Idővonal: 1956. november 1., csütörtök 20:00")
    );
    harness.get_by_label_contains(&t!(Hungarian, "timeline-play"));
    harness.get_by_role_and_label(Role::ComboBox, &t!(Hungarian, "timeline-speed"));
    harness.get_by_label(&t!(Hungarian, "map-follow"));
    harness.get_by_label("budapesti idő");
    harness.get_by_label(&t!(Hungarian, "map-now-only")).click();
    settle(&mut harness);
    assert_eq!(harness.state().state().map_mode, MapMode::NowOnly);
    // A time the clock cannot read is refused in Hungarian, and the field stays open for
    // another try; a time typed the Hungarian way is taken.
    harness
        .get_by_label("1956. november 1., csütörtök 20:00")
        .click();
    settle(&mut harness);
    let field = t!(Hungarian, "time-field");
    harness.get_by_label(&field).focus();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.get_by_label(&field).type_text("holnap");
    settle(&mut harness);
    harness.key_press(egui::Key::Enter);
    settle(&mut harness);
    harness.get_by_label_contains("nem értelmezhető időpontként");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.get_by_label(&field).type_text("nov. 2. 10:00");
    settle(&mut harness);
    harness.key_press(egui::Key::Enter);
    settle(&mut harness);
    harness.get_by_label("1956. november 2., péntek 10:00");
}
