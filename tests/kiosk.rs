//! Museum and classroom mode, driven through the real app with egui_kittest: the chrome is
//! gone and the usual ways out are refused; the tour moves on stop by stop; a touch pauses it;
//! nobody touching for `--idle-reset` seconds brings back the first stop and the home
//! language; the technician's keys, held, close the window. Time passes only when a test says
//! so: each frame is given the time it happens at.

use clap::Parser as _;
use egui::{Event, Key, Modifiers, PointerButton, ViewportCommand, ViewportId};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

#[path = "support/harness.rs"]
mod support;
use hungary1956::cli::Cli;
use hungary1956::i18n::Language;
use hungary1956::state::Selection;
use hungary1956::story::TourTarget;
use hungary1956::{App, Startup};
use support::{from_args, settle};

/// The app in kiosk mode as started with these arguments (English unless `--lang` says
/// otherwise), in a window of `size`, settled with a clock that barely moves (a millisecond
/// a frame): however long the map's tiles take to render, the tour is still at its start.
fn kiosk(args: &[&str], size: egui::Vec2) -> Harness<'static, App> {
    let mut all = vec!["hungary1956", "--kiosk"];
    if !args.contains(&"--lang") {
        all.extend(["--lang", "en"]);
    }
    all.extend(args);
    let startup = Startup::from_cli(&Cli::parse_from(all)).expect("valid arguments");
    let mut harness = Harness::builder()
        .with_size(size)
        .with_step_dt(0.001)
        .build_eframe(move |cc| App::new(&cc.egui_ctx, startup));
    settle(&mut harness);
    harness
}

/// [`kiosk`] in a window of 1600×900.
fn kiosk_app(args: &[&str]) -> Harness<'static, App> {
    kiosk(args, egui::vec2(1600.0, 900.0))
}

/// Lets `seconds` pass in one frame, then a few more frames half a second apart so that the
/// map lands where it was sent.
fn pass(harness: &mut Harness<'_, App>, seconds: f64) {
    at(harness, seconds);
    for _ in 0..3 {
        at(harness, 0.5);
    }
}

/// One frame, `seconds` after the last.
fn at(harness: &mut Harness<'_, App>, seconds: f64) {
    let now = harness.ctx.input(|i| i.time);
    harness.input_mut().time = Some(now + seconds);
    harness.step();
}

/// The viewport commands the last frame gave.
fn viewport_commands(harness: &Harness<'_, App>) -> Vec<ViewportCommand> {
    harness
        .output()
        .viewport_output
        .get(&ViewportId::ROOT)
        .map(|viewport| viewport.commands.clone())
        .unwrap_or_default()
}

fn closes(harness: &Harness<'_, App>) -> bool {
    viewport_commands(harness).contains(&ViewportCommand::Close)
}

/// The selection the tour's stop `n` gives.
fn stop_selection(harness: &Harness<'_, App>, n: usize) -> Selection {
    let stops = harness.state().story().tour_stops();
    match stops[n].target {
        TourTarget::Event(ix) => Selection::Event(ix),
        TourTarget::Place(ix) => Selection::Place(ix),
    }
}

fn current_stop(harness: &Harness<'_, App>) -> usize {
    harness
        .state()
        .kiosk()
        .expect("kiosk mode")
        .tour()
        .current()
}

fn paused(harness: &Harness<'_, App>) -> bool {
    harness
        .state()
        .kiosk()
        .expect("kiosk mode")
        .tour()
        .is_paused()
}

/// A finger on the map (the middle of the window's left half), lifted again.
fn touch_map(harness: &mut Harness<'_, App>) {
    let pos = egui::pos2(400.0, 450.0);
    harness.event(Event::PointerMoved(pos));
    for pressed in [true, false] {
        harness.event(Event::PointerButton {
            pos,
            button: PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
    }
    harness.step();
}

#[test]
fn kiosk_mode_hides_the_chrome_and_refuses_the_usual_ways_out() {
    // The same app without --kiosk has them all.
    let harness = from_args(&[]);
    for label in ["File", "Copy link", "Map tiles"] {
        assert!(harness.query_by_label(label).is_some(), "{label} missing");
    }

    let mut harness = kiosk_app(&[]);
    for label in ["File", "Copy link", "Map tiles", "Language"] {
        assert!(harness.query_by_label(label).is_none(), "{label} is shown");
    }
    // Both languages are on screen, by their own names, large enough for a finger.
    for label in ["Magyar", "English"] {
        let size = harness.get_by_label(label).rect().size();
        assert!(size.x >= 44.0 && size.y >= 44.0, "{label}: {size:?}");
    }

    // Quitting keys, Esc and the window manager's close are refused.
    harness.key_press_modifiers(Modifiers::CTRL, Key::Q);
    harness.key_press_modifiers(Modifiers::ALT, Key::F4);
    harness.key_press(Key::Escape);
    harness.run_ok();
    assert!(!closes(&harness));
    ask_to_close(&mut harness);
    harness.step();
    assert!(viewport_commands(&harness).contains(&ViewportCommand::CancelClose));

    // A file dropped on the window is not opened.
    let story = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/good/mini.json");
    harness
        .input_mut()
        .dropped_files
        .push(support::dropped(story.into()));
    harness.step();
    harness.step();
    assert_ne!(harness.state().story().title, "A small test story");
    assert!(harness.state().failed().is_none());
}

#[test]
fn without_lang_a_kiosk_speaks_hungarian() {
    let cli = Cli::parse_from(["hungary1956", "--kiosk"]);
    let startup = Startup::from_cli(&cli).expect("valid");
    assert_eq!(startup.language, Some(Language::Hungarian));
    let options = startup.kiosk.expect("kiosk options");
    assert_eq!(options.home_language, Language::Hungarian);
    assert_eq!(options.idle_reset_seconds, 90.0);
    // --idle-reset belongs to --kiosk.
    assert!(Cli::try_parse_from(["hungary1956", "--idle-reset", "30"]).is_err());
}

#[test]
fn the_tour_moves_on_stop_by_stop() {
    let mut harness = kiosk_app(&[]);
    let stops = harness.state().story().tour_stops();
    assert_eq!(stops.len(), 12, "the built-in story's curated tour");
    // The first stop: its event selected, the time at its start, its caption and painting.
    assert_eq!(current_stop(&harness), 0);
    assert_eq!(
        harness.state().state().selection,
        Some(stop_selection(&harness, 0))
    );
    let Selection::Event(first) = stop_selection(&harness, 0) else {
        panic!("the first stop is an event");
    };
    let event = harness.state().story().event(first).expect("event").clone();
    assert_eq!(harness.state().state().time, event.start);
    let caption = stops[0].caption.clone().expect("a caption");
    harness.get_by_label(&caption);
    harness.get_by_label("Stop 1 of 12");
    let art = event.artwork.expect("a painting");
    for _ in 0..200 {
        settle(&mut harness);
        if harness.query_by_label(&art.alt).is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    harness.get_by_label(&art.alt);
    // Still, the kiosk asks for no frame until its stop ends, then for one.
    harness.step();
    let delay = harness.output().viewport_output[&ViewportId::ROOT].repaint_delay;
    let left = stops[0].dwell_seconds
        - harness
            .state()
            .kiosk()
            .expect("kiosk")
            .tour()
            .elapsed_seconds();
    assert!(
        (delay.as_secs_f64() - left).abs() < 0.1,
        "a frame asked for in {delay:?}, the stop ends in {left} s"
    );

    // Each stop stays its dwell, then the next (waiting for the painting took some of it).
    let elapsed = harness
        .state()
        .kiosk()
        .expect("kiosk")
        .tour()
        .elapsed_seconds();
    let dwell = stops[0].dwell_seconds - elapsed;
    pass(&mut harness, dwell - 3.0);
    assert_eq!(current_stop(&harness), 0);
    pass(&mut harness, 2.0);
    assert_eq!(current_stop(&harness), 1, "moved on after {dwell} s");
    assert_eq!(
        harness.state().state().selection,
        Some(stop_selection(&harness, 1))
    );
    harness.get_by_label("Stop 2 of 12");
    if let Some(caption) = &stops[1].caption {
        harness.get_by_label(caption);
    }
    pass(&mut harness, stops[1].dwell_seconds);
    assert_eq!(current_stop(&harness), 2);
    assert_eq!(
        harness.state().state().selection,
        Some(stop_selection(&harness, 2))
    );
    assert!(!paused(&harness));
}

#[test]
fn a_touch_pauses_the_tour_and_the_language_switch_does_not() {
    let mut harness = kiosk_app(&["--lang", "hu"]);
    // Touching the switch changes the language and the tour plays on.
    harness.get_by_label("English").click();
    harness.run_ok();
    assert_eq!(harness.state().state().language, Language::English);
    assert!(!paused(&harness));
    harness.get_by_label("Guided tour · touch the screen to explore on your own");

    touch_map(&mut harness);
    assert!(paused(&harness));
    harness.get_by_label("▶ Continue the tour");
    let selection = harness.state().state().selection;
    pass(&mut harness, 60.0);
    assert_eq!(
        current_stop(&harness),
        0,
        "paused: the dwell does not count"
    );
    assert_eq!(harness.state().state().selection, selection);

    // Continue: the stop again, and on after its dwell.
    harness.get_by_label("▶ Continue the tour").click();
    harness.step();
    harness.step();
    assert!(!paused(&harness));
    let dwell = harness.state().story().tour_stops()[0].dwell_seconds;
    pass(&mut harness, dwell);
    assert_eq!(current_stop(&harness), 1);
}

#[test]
fn idle_reset_brings_back_the_first_stop_and_the_home_language() {
    let mut harness = kiosk_app(&["--lang", "hu", "--idle-reset", "30"]);
    let dwell = harness.state().story().tour_stops()[0].dwell_seconds;
    pass(&mut harness, dwell);
    assert_eq!(current_stop(&harness), 1);
    harness.get_by_label("English").click();
    harness.step();
    touch_map(&mut harness);
    // The visitor explores: the time goes to the end of the story.
    harness.key_press(Key::End);
    harness.step();
    assert!(paused(&harness));
    assert_eq!(harness.state().state().time, harness.state().story().end);
    assert_eq!(harness.state().state().language, Language::English);

    pass(&mut harness, 20.0);
    assert!(paused(&harness), "20 s is not yet idle");
    pass(&mut harness, 10.0);
    assert!(!paused(&harness), "the tour plays again");
    assert_eq!(current_stop(&harness), 0);
    assert_eq!(harness.state().state().language, Language::Hungarian);
    assert_eq!(
        harness.state().state().selection,
        Some(stop_selection(&harness, 0))
    );
    harness.get_by_label("Magyar");
    harness.get_by_label("Állomás: 1/12");
}

#[test]
fn the_admin_keys_held_for_three_seconds_close_the_window() {
    let mut harness = kiosk_app(&[]);
    let admin = Modifiers::CTRL | Modifiers::SHIFT;
    let press = |harness: &mut Harness<'_, App>, pressed: bool| {
        harness.event(Event::ModifiersChanged(if pressed {
            admin
        } else {
            Modifiers::NONE
        }));
        harness.event(Event::Key {
            key: Key::Q,
            physical_key: None,
            pressed,
            repeat: false,
            modifiers: admin,
        });
        harness.step();
    };
    // Held for two seconds and let go: nothing.
    press(&mut harness, true);
    for _ in 0..4 {
        at(&mut harness, 0.5);
        assert!(!closes(&harness));
    }
    press(&mut harness, false);
    at(&mut harness, 0.5);
    assert!(!closes(&harness));

    // Held on: the window is asked to close after three seconds, and then not kept open.
    press(&mut harness, true);
    let mut held = 0.0;
    while !closes(&harness) {
        at(&mut harness, 0.5);
        held += 0.5;
        assert!(held <= 3.5, "still open after {held} s");
    }
    assert!(held >= 3.0, "closed after only {held} s");
    ask_to_close(&mut harness);
    harness.step();
    assert!(!viewport_commands(&harness).contains(&ViewportCommand::CancelClose));
}

#[test]
fn the_bar_fits_a_small_screen_in_both_languages() {
    for lang in ["hu", "en"] {
        let mut harness = kiosk(&["--lang", lang], egui::vec2(1280.0, 800.0));
        let title = harness.state().story().title.clone();
        let (playing, paused_words, resume) = match lang {
            "hu" => (
                "Bemutató · érintse meg a képernyőt, és fedezze fel saját maga",
                "A bemutató szünetel · 90 másodperc érintés nélkül újraindul",
                "▶ A bemutató folytatása",
            ),
            _ => (
                "Guided tour · touch the screen to explore on your own",
                "Tour paused · it starts again after 90 seconds without a touch",
                "▶ Continue the tour",
            ),
        };
        let window = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1280.0, 800.0));
        let apart = |harness: &Harness<'_, App>, labels: &[&str]| {
            let rects: Vec<egui::Rect> = labels
                .iter()
                .map(|label| harness.get_by_label(label).rect())
                .collect();
            for (i, a) in rects.iter().enumerate() {
                assert!(
                    window.contains_rect(*a),
                    "{lang}: {} leaves the window",
                    labels[i]
                );
                for (j, b) in rects.iter().enumerate().skip(i + 1) {
                    assert!(
                        !a.intersects(*b),
                        "{lang}: {} overlaps {}",
                        labels[i],
                        labels[j]
                    );
                }
            }
        };
        apart(&harness, &[&title, playing, "Magyar", "English"]);
        touch_map(&mut harness);
        harness.run_ok();
        assert!(paused(&harness));
        apart(
            &harness,
            &[&title, paused_words, resume, "Magyar", "English"],
        );
        let size = harness.get_by_label(resume).rect().size();
        assert!(size.y >= 44.0, "{lang}: {size:?}");
    }
}

/// The window manager asks the window to close (its close button, Alt+F4).
fn ask_to_close(harness: &mut egui_kittest::Harness<'_, hungary1956::App>) {
    harness
        .input_mut()
        .viewports
        .entry(ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
}
