//! Nothing clips in a longer language: in the pseudo-language (`--lang en-XA`, every
//! interface string 40 % longer, padded with `~`), no control of the menu bar, the timeline's
//! header, the map's controls and legend, the detail view or the keyboard help runs out of its
//! panel or the window, at 1600×900, 1280×800 and 1024×640, and no two controls of a row overlap.

#[path = "support/harness.rs"]
mod support;

use egui::Rect;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

/// Every node whose label comes from the interface's words (the pseudo-language marks them
/// with its `~` padding), with its rectangle.
fn interface_nodes(harness: &egui_kittest::Harness<'_, hungary1956::App>) -> Vec<(String, Rect)> {
    harness
        .root()
        .children_recursive()
        .filter_map(|node| {
            let node = node.accesskit_node();
            let label = node.label().or_else(|| node.value())?;
            let b = node.bounding_box()?;
            let rect = Rect::from_min_max(
                egui::pos2(b.x0 as f32, b.y0 as f32),
                egui::pos2(b.x1 as f32, b.y1 as f32),
            );
            label.contains('~').then_some((label, rect))
        })
        .collect()
}

fn check(size: egui::Vec2) {
    let args = [
        "--lang",
        "en-XA",
        "--at",
        "1956-11-01T20:00",
        "--select",
        "warsaw-pact-withdrawal",
    ];
    let mut harness = if size == egui::vec2(1600.0, 900.0) {
        support::from_args(&args)
    } else {
        let cli = <hungary1956::cli::Cli as clap::Parser>::parse_from(
            std::iter::once("hungary1956").chain(args),
        );
        support::build_at(hungary1956::Startup::from_cli(&cli).expect("valid"), size)
    };
    let window = Rect::from_min_size(egui::Pos2::ZERO, size);
    let search = harness
        .get_by_role(egui::accesskit::Role::SearchInput)
        .rect();
    // The detail panel starts a little left of its search field; the timeline is 200 high.
    let detail_left = search.min.x - 12.0;
    let timeline_top = size.y - 200.0;
    let nodes = interface_nodes(&harness);
    assert!(
        nodes.len() > 20,
        "only {} interface nodes: {nodes:?}",
        nodes.len()
    );
    // The detail view scrolls: what lies below its fold is scrolled away, not clipped, and
    // only has to keep within the window's width.
    let inside = |rect: &Rect| {
        let in_detail = rect.min.x >= detail_left;
        let across = rect.min.x >= -0.5 && rect.max.x <= size.x + 0.5;
        if in_detail {
            across
        } else {
            window.expand(0.5).contains_rect(*rect)
        }
    };
    for (label, rect) in &nodes {
        assert!(
            inside(rect),
            "{label:?} at {rect:?} runs out of the {size:?} window"
        );
        let in_map = rect.min.x < detail_left && rect.min.y > 24.0 && rect.min.y < timeline_top;
        if in_map {
            assert!(
                rect.max.x <= detail_left + 0.5,
                "{label:?} at {rect:?} runs under the detail panel (from x = {detail_left})"
            );
        }
    }
    // In the rows of controls (the menu bar, the timeline's header) no two overlap.
    let rows: Vec<&(String, Rect)> = nodes
        .iter()
        .filter(|(_, rect)| {
            rect.max.y <= 24.0 || (rect.min.y >= timeline_top && rect.max.y <= timeline_top + 44.0)
        })
        .collect();
    for (i, (label, rect)) in rows.iter().enumerate() {
        for (other, other_rect) in rows.iter().skip(i + 1) {
            let shared = rect.intersect(*other_rect);
            // A widget and the text inside it are read out alike.
            let nested = label == other
                || rect.contains_rect(*other_rect)
                || other_rect.contains_rect(*rect);
            assert!(
                nested || shared.width() <= 0.5 || shared.height() <= 0.5,
                "{label:?} at {rect:?} overlaps {other:?} at {other_rect:?} ({size:?})"
            );
        }
    }
    // The keyboard help, in the middle of the window.
    harness.key_press(egui::Key::F1);
    support::settle(&mut harness);
    let help = interface_nodes(&harness);
    assert!(help.len() > nodes.len(), "the help did not open");
    for (label, rect) in &help {
        assert!(
            inside(rect),
            "{label:?} at {rect:?} runs out of the window with the help open"
        );
    }
}

#[test]
fn nothing_runs_out_of_its_panel_in_a_language_forty_percent_longer() {
    check(egui::vec2(1600.0, 900.0));
    check(egui::vec2(1280.0, 800.0));
    check(egui::vec2(1024.0, 640.0));
}
