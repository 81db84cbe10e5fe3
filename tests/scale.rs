//! A story of 10,000 events and 2,000 places: it loads, and the timeline never draws events
//! on top of each other; what does not fit is gathered into clusters with their counts.

use hungary1956::story::{AssetRoot, parse_story};
use hungary1956::timeline::{TimeScale, lay_out};

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
