//! What a first-time user trips over, driven through the real app with egui_kittest: events
//! known only to the day, lanes that fit the strip, map text that never overlaps, the legend
//! out of the markers' way, the map following the action, and a problems window that holds
//! the story behind it still.

use egui::accesskit::Role;
use egui_kittest::Harness;

#[path = "support/harness.rs"]
mod support;
use clap::Parser as _;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use hungary1956::cli::Cli;
use hungary1956::state::Selection;
use hungary1956::{App, Startup};
use support::{build_at, from_args, settle};

fn from_args_at(args: &[&str], size: egui::Vec2) -> Harness<'static, App> {
    let cli = Cli::parse_from(std::iter::once("hungary1956").chain(args.iter().copied()));
    build_at(Startup::from_cli(&cli).expect("valid arguments"), size)
}

#[test]
fn an_event_known_only_to_the_day_is_shown_without_a_time() {
    // The freeing of political prisoners at Vác: 27 Oct, no hour recorded.
    let mut harness = from_args(&["--select", "vac-prison-freed"]);
    // The time in words and the detail's heading name the day alone.
    harness.get_by_label("Sat 27 Oct 1956");
    harness.get_by_label("Sat 27 Oct 1956 (time of day not known)");
    assert!(
        harness
            .query_by_label_contains("27 Oct 1956, 00:00")
            .is_none()
    );
    // The link that reopens the view names the day.
    harness.get_by_label("Copy link").click();
    harness.step();
    let copied = support::copied(&harness);
    assert!(
        copied
            .first()
            .is_some_and(|link| link.starts_with("--lang en --at 1956-10-27 ")),
        "{copied:?}"
    );
    // In "happening now", an event of 1 Nov without an hour says "1 Nov", read out as such.
    let mut harness = from_args(&["--at", "1956-11-01T12:00"]);
    settle(&mut harness);
    let title = {
        let story = harness.state().story();
        let ix = story.event_by_id("khrushchev-consults-allies").unwrap();
        story.event(ix).unwrap().title.clone()
    };
    let link = harness
        .query_all_by_role_and_label(Role::Link, &title)
        .next()
        .expect("listed as happening now");
    assert_eq!(
        link.accesskit_node().description(),
        Some("1 Nov".to_owned())
    );
}

#[test]
fn every_lane_lies_inside_the_strip() {
    for size in [egui::vec2(1600.0, 900.0), egui::vec2(1280.0, 800.0)] {
        let harness = from_args_at(&[], size);
        let strip = harness.get_by_role(Role::Slider).rect();
        let lanes: Vec<_> = harness
            .query_all_by_role(Role::CheckBox)
            .filter(|node| {
                node.accesskit_node()
                    .label()
                    .is_some_and(|label| label.ends_with("(shown)"))
            })
            .collect();
        assert_eq!(lanes.len(), 4, "one switch per track at {size:?}");
        for lane in lanes {
            let rect = lane.rect();
            assert!(
                strip.contains_rect(rect),
                "{:?} at {rect:?} sticks out of the strip {strip:?} at {size:?}",
                lane.accesskit_node().label()
            );
        }
    }
}

#[test]
fn the_map_draws_no_text_over_other_text_and_the_legend_keeps_out_of_the_way() {
    let harness = from_args(&[]);
    let texts = harness.state().map().drawn_text().to_vec();
    assert!(
        texts.len() > 20,
        "the start view has its names: {}",
        texts.len()
    );
    for (i, a) in texts.iter().enumerate() {
        for b in texts.iter().skip(i + 1) {
            assert!(!a.intersects(*b), "{a:?} overlaps {b:?}");
        }
    }
    // At the start the open legend would cover markers in the south-west: it starts folded.
    harness.get_by_label("Legend");
    assert!(harness.query_by_label("event happening now").is_none());
    // Over Siberia nothing lies under it, and it starts open.
    let harness = from_args(&["--center", "55.0,75.0", "--zoom", "5"]);
    harness.get_by_label("event happening now");
}

/// The map's part of the window: left of the detail panel, above the timeline.
fn map_area(harness: &Harness<'_, App>) -> egui::Rect {
    let search = harness
        .get_by_label(&hungary1956::t!(
            hungary1956::i18n::Language::English,
            "search-label"
        ))
        .rect();
    let strip = harness.get_by_role(Role::Slider).rect();
    egui::Rect::from_min_max(
        egui::pos2(0.0, 24.0),
        egui::pos2(search.left(), strip.top() - 30.0),
    )
}

/// Where a point (latitude, longitude) is on a Web Mercator map of `area` with this centre
/// and zoom.
fn on_screen(area: egui::Rect, center: (f64, f64), zoom: f64, point: (f64, f64)) -> egui::Pos2 {
    let world = 256.0 * 2f64.powf(zoom);
    let project = |(lat, lon): (f64, f64)| {
        let lat = f64::to_radians(lat);
        let x = (lon + 180.0) / 360.0;
        let y = (1.0 - (lat.tan() + 1.0 / lat.cos()).ln() / std::f64::consts::PI) / 2.0;
        (x * world, y * world)
    };
    let (cx, cy) = project(center);
    let (px, py) = project(point);
    area.center() + egui::vec2((px - cx) as f32, (py - cy) as f32)
}

#[test]
fn following_the_action_frames_the_places_active_now_until_the_user_moves_the_map() {
    let mut harness = from_args(&["--at", "1956-11-04T05:00"]);
    assert!(!harness.state().state().follow);
    harness
        .get_by_label(&hungary1956::t!(
            hungary1956::i18n::Language::English,
            "map-follow"
        ))
        .click();
    settle(&mut harness);
    assert!(harness.state().state().follow);
    let area = map_area(&harness);
    let (story, state) = (harness.state().story(), harness.state().state());
    let active = state.active_places(story);
    assert!(
        active.len() >= 3,
        "the attack is under way in several places"
    );
    let (center, zoom) = (harness.state().map().center(), harness.state().map().zoom());
    for ix in active {
        let place = story.place(ix).unwrap();
        let at = on_screen(area, (center.lat, center.lon), zoom, (place.lat, place.lon));
        assert!(
            area.contains(at),
            "{} at {at:?} is outside the map {area:?} (centre {center:?}, zoom {zoom})",
            place.name
        );
    }

    // The user drags the map: following stops, and moving the time leaves the map be.
    let from = area.center();
    harness.drag_at(from);
    harness.step();
    harness.hover_at(from + egui::vec2(120.0, 60.0));
    harness.step();
    harness.drop_at(from + egui::vec2(120.0, 60.0));
    settle(&mut harness);
    assert!(
        !harness.state().state().follow,
        "the user's pan stops following"
    );
    let center = harness.state().map().center();
    harness.key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::ArrowRight);
    settle(&mut harness);
    harness.key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::ArrowRight);
    settle(&mut harness);
    assert_eq!(harness.state().map().center(), center);
}

#[test]
fn playing_turns_following_on() {
    let mut harness = from_args(&["--at", "1956-11-04T05:00"]);
    harness.key_press(egui::Key::Space);
    harness.step();
    assert!(harness.state().state().follow);
}

#[test]
fn the_problems_window_holds_the_story_behind_it_still() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/bad/several-problems.json"
    );
    let mut harness = from_args(&["--story", path]);
    harness.get_by_label(&hungary1956::t!(
        hungary1956::i18n::Language::English,
        "problems-title"
    ));
    let before = harness.state().state().clone();
    // A click on a marker and the keys that move time reach nothing behind the window.
    harness
        .get_by_role_and_label(Role::Button, "Budapest")
        .click();
    settle(&mut harness);
    harness.key_press(egui::Key::ArrowRight);
    harness.key_press(egui::Key::End);
    settle(&mut harness);
    assert_eq!(*harness.state().state(), before);
    assert_ne!(
        harness.state().state().selection,
        harness
            .state()
            .story()
            .place_by_id("budapest")
            .map(Selection::Place)
    );
    harness.get_by_label(&hungary1956::t!(
        hungary1956::i18n::Language::English,
        "problems-title"
    ));
}
