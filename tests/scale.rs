//! A story of 10,000 events and 2,000 places: it loads, and the timeline never draws events
//! on top of each other; what does not fit is gathered into clusters with their counts. A
//! crowded moment lists a few events as happening now and folds the rest under their number.

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable as _;
use hungary1956::detail::NOW_LISTED;
use hungary1956::story::{AssetRoot, parse_story};
use hungary1956::timeline::{TimeScale, lay_out};

#[expect(
    dead_code,
    reason = "these tests start the app from a story, not from arguments"
)]
#[path = "support/harness.rs"]
mod harness;
#[path = "support/synthetic.rs"]
mod synthetic;

#[test]
fn ten_thousand_events_fit_the_timeline_without_overlapping() {
    let json = synthetic::synthetic_story(10_000, 2_000, 7);
    let story = parse_story(json.as_bytes(), "synthetic.json", AssetRoot::Embedded)
        .expect("the synthetic story loads")
        .story;
    assert_eq!(story.events.len(), 10_000);
    let scale = TimeScale::new(story.start, story.end, 130.0, 1586.0);
    let height = 120.0;
    let layout = lay_out(&story, &scale, (story.start, story.end), height, |_| true);
    let rows: usize = layout.groups.iter().map(|g| g.rows).sum();
    assert!(
        rows as f32 * layout.row_height <= height + 0.01,
        "{rows} rows do not fit"
    );
    // Every event is drawn once, on its own or in a cluster.
    let clustered: usize = layout.clusters.iter().map(|c| c.events.len()).sum();
    assert_eq!(layout.events.len() + clustered, 10_000);
    assert!(!layout.clusters.is_empty(), "so many events must cluster");
    // No two glyphs in a row overlap.
    let mut by_row: Vec<Vec<(f32, f32)>> = vec![Vec::new(); rows];
    for placed in &layout.events {
        by_row[placed.row].push((placed.left, placed.right));
    }
    for cluster in &layout.clusters {
        by_row[cluster.row].push((cluster.left, cluster.right));
    }
    for row in &mut by_row {
        row.sort_by(|a, b| a.0.total_cmp(&b.0));
        for pair in row.windows(2) {
            assert!(pair[0].1 <= pair[1].0 + 2.0, "overlap in a row: {pair:?}");
        }
    }
}

#[test]
fn a_crowded_moment_lists_a_few_events_and_folds_the_rest() {
    use clap::Parser as _;
    let json = synthetic::synthetic_story(1_000, 200, 11);
    let loaded = parse_story(json.as_bytes(), "synthetic.json", AssetRoot::Embedded)
        .expect("the synthetic story loads");
    let story = loaded.story.clone();
    let at = story.start + jiff::SignedDuration::from_hours(5 * 24 + 12);
    let active = story.active_events(at);
    assert!(
        active.len() > NOW_LISTED + 2,
        "the moment must be crowded: {} events",
        active.len()
    );
    let cli = hungary1956::cli::Cli::parse_from(["hungary1956", "--fresh"]);
    let mut startup = hungary1956::Startup::from_cli(&cli).expect("valid arguments");
    startup.loaded = loaded;
    startup.at = Some(at);
    startup.select = None;
    let mut harness = harness::build(startup);

    let title = |ix| story.event(ix).expect("an event").title.clone();
    let is_listed = |harness: &egui_kittest::Harness<'_, hungary1956::App>, ix| {
        harness
            .query_by_role_and_label(Role::Link, &title(ix))
            .is_some()
    };
    for &ix in &active[..NOW_LISTED] {
        assert!(is_listed(&harness, ix), "{} is not listed", title(ix));
    }
    for &ix in &active[NOW_LISTED..] {
        assert!(
            !is_listed(&harness, ix),
            "{} should be folded away",
            title(ix)
        );
    }
    let more = format!("…and {} more happening now", active.len() - NOW_LISTED);
    harness.get_by_label(&more).click();
    harness::settle(&mut harness);
    for &ix in &active {
        assert!(
            is_listed(&harness, ix),
            "{} is not listed once unfolded",
            title(ix)
        );
    }
}
