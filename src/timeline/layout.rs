//! Where the timeline draws each event: one group of rows per track, events packed into rows
//! so that none overlaps another, and, where a track has more rows than fit, the overflow
//! gathered into clusters that show how many events they hold.

use std::rc::Rc;

use jiff::Timestamp;

use super::scale::TimeScale;
use crate::state::AppState;
use crate::story::{EventIx, Story, TrackIx};

/// Rows are never thinner than this (points).
pub const MIN_ROW_HEIGHT: f32 = 9.0;
/// Rows are never thicker than this (points).
pub const MAX_ROW_HEIGHT: f32 = 14.0;
/// Half the width of a moment's diamond, and the slack around bars (points).
const GLYPH_HALF_WIDTH: f32 = 5.0;

/// The rows of one track (or of the events without a track).
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// The track, or `None` for events without one.
    pub track: Option<TrackIx>,
    /// Its name: the track's, or empty for the events without a track (the view names
    /// that group in the interface's language).
    pub name: String,
    /// Index of its first row.
    pub first_row: usize,
    /// Number of rows.
    pub rows: usize,
}

/// One event in its row.
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    /// The event.
    pub event: EventIx,
    /// Row, counted over all groups.
    pub row: usize,
    /// Left edge of its glyph (points).
    pub left: f32,
    /// Right edge of its glyph (points).
    pub right: f32,
}

/// Several events that did not fit, shown as one glyph with their number.
#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    /// The events, in time order.
    pub events: Vec<EventIx>,
    /// Row, counted over all groups.
    pub row: usize,
    /// Left edge (points).
    pub left: f32,
    /// Right edge (points).
    pub right: f32,
    /// The span of time the cluster covers.
    pub span: (Timestamp, Timestamp),
}

/// The whole arrangement.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Layout {
    /// Track groups, top to bottom.
    pub groups: Vec<Group>,
    /// Events drawn on their own.
    pub events: Vec<Placed>,
    /// Events drawn together.
    pub clusters: Vec<Cluster>,
    /// Height of one row (points).
    pub row_height: f32,
}

/// What a layout is made from: the story, the view (its scale), the height of the lanes and
/// the hidden tracks. Scrubbing and playing move the time, not any of these.
#[derive(Clone, PartialEq)]
struct LayoutKey {
    story: u64,
    scale: TimeScale,
    height: f32,
    hidden: Vec<TrackIx>,
}

/// The last layout and what it was made from: frames that change nothing it depends on reuse
/// it instead of going over every event again.
#[derive(Default)]
pub(crate) struct LayoutCache {
    made_from: Option<LayoutKey>,
    layout: Rc<Layout>,
}

impl LayoutCache {
    /// The layout for this story, scale, height and set of hidden tracks: the last one if
    /// they are the same as last time.
    pub(crate) fn get(
        &mut self,
        story: &Story,
        scale: &TimeScale,
        height: f32,
        state: &AppState,
    ) -> Rc<Layout> {
        let is_same = self.made_from.as_ref().is_some_and(|key| {
            key.story == story.serial
                && key.scale == *scale
                && key.height == height
                && key.hidden == state.hidden_tracks
        });
        if !is_same {
            self.layout = Rc::new(lay_out(story, scale, scale.span(), height, |ix| {
                story.event(ix).is_some_and(|e| state.is_shown(e))
            }));
            self.made_from = Some(LayoutKey {
                story: story.serial,
                scale: *scale,
                height,
                hidden: state.hidden_tracks.clone(),
            });
        }
        Rc::clone(&self.layout)
    }
}

/// Lays out the events that `shown` accepts and that touch the visible span, for rows that
/// together may be `height` points tall. Hidden tracks keep a (collapsed) row for their name.
pub fn lay_out(
    story: &Story,
    scale: &TimeScale,
    visible: (Timestamp, Timestamp),
    height: f32,
    shown: impl Fn(EventIx) -> bool,
) -> Layout {
    let mut keys: Vec<(Option<TrackIx>, String)> = story
        .tracks
        .iter()
        .enumerate()
        .map(|(i, t)| (Some(TrackIx(i)), t.name.clone()))
        .collect();
    if story.events.iter().any(|e| e.track.is_none()) || keys.is_empty() {
        keys.push((None, String::new()));
    }
    // First pass: pack each group, but never into more rows than could be shown at all (the
    // rest overflows into the last of them), so that a story of thousands of events costs
    // rows × events, not events².
    let budget = ((height / MIN_ROW_HEIGHT).floor() as usize).max(keys.len());
    let group_of = |track: Option<TrackIx>| keys.iter().position(|(key, _)| *key == track);
    let mut packed: Vec<Vec<(EventIx, usize, f32, f32)>> = vec![Vec::new(); keys.len()];
    let mut row_ends: Vec<Vec<f32>> = vec![Vec::new(); keys.len()];
    for (ix, event) in story.indexed_events() {
        let Some(group) = group_of(event.track) else {
            continue;
        };
        let (Some(items), Some(row_ends)) = (packed.get_mut(group), row_ends.get_mut(group)) else {
            continue;
        };
        if !shown(ix) {
            continue;
        }
        let end = event.drawn_end();
        if end < visible.0 || event.start > visible.1 {
            continue;
        }
        let x0 = scale.x_of(event.start);
        let x1 = scale.x_of(end).max(x0);
        let left = x0 - GLYPH_HALF_WIDTH;
        let right = x1 + GLYPH_HALF_WIDTH;
        let row = match row_ends.iter().position(|&e| e + 2.0 < left) {
            Some(row) => row,
            None if row_ends.len() <= budget => {
                row_ends.push(f32::NEG_INFINITY);
                row_ends.len() - 1
            }
            // No room in any row that could be shown: it will be clustered.
            None => budget,
        };
        if let Some(e) = row_ends.get_mut(row) {
            *e = right;
        }
        items.push((ix, row, left, right));
    }
    let needed: Vec<usize> = packed
        .iter()
        .map(|items| items.iter().map(|i| i.1 + 1).max().unwrap_or(1))
        .collect();
    let caps = fit_caps(&needed, budget);

    let mut layout = Layout {
        groups: Vec::new(),
        events: Vec::new(),
        clusters: Vec::new(),
        row_height: MAX_ROW_HEIGHT,
    };
    let mut next_row = 0;
    for ((((key, name), items), cap), need) in keys.into_iter().zip(packed).zip(caps).zip(needed) {
        let clustered = cap < need;
        let mut overflow: Vec<(EventIx, f32, f32)> = Vec::new();
        for (ix, row, left, right) in items {
            // With too many rows, the last allowed row holds clusters of the rest.
            if clustered && row + 1 >= cap {
                overflow.push((ix, left, right));
            } else {
                layout.events.push(Placed {
                    event: ix,
                    row: next_row + row,
                    left,
                    right,
                });
            }
        }
        let last_row = next_row + cap.saturating_sub(1);
        cluster(story, &mut overflow, last_row, &mut layout);
        layout.groups.push(Group {
            track: key,
            name,
            first_row: next_row,
            rows: cap,
        });
        next_row += cap;
    }
    layout.row_height = (height / next_row.max(1) as f32).clamp(1.0, MAX_ROW_HEIGHT);
    layout
}

/// Rows each group may use: what it needs, unless the total is over `budget`; then the groups
/// that need most are cut first (every group keeps at least one row).
fn fit_caps(needed: &[usize], budget: usize) -> Vec<usize> {
    let mut caps: Vec<usize> = needed.iter().map(|&n| n.max(1)).collect();
    let total: usize = caps.iter().sum();
    if total <= budget {
        return caps;
    }
    while caps.iter().sum::<usize>() > budget {
        let Some((i, _)) = caps.iter().enumerate().max_by_key(|(_, c)| **c) else {
            break;
        };
        let Some(cap) = caps.get_mut(i) else { break };
        if *cap <= 1 {
            break;
        }
        *cap -= 1;
    }
    caps
}

/// Gathers overflowing events whose glyphs overlap into clusters on `row`.
fn cluster(story: &Story, overflow: &mut [(EventIx, f32, f32)], row: usize, layout: &mut Layout) {
    overflow.sort_by(|a, b| a.1.total_cmp(&b.1));
    let mut current: Option<Cluster> = None;
    for &(ix, left, right) in overflow.iter() {
        let Some(event) = story.event(ix) else {
            continue;
        };
        let end = event.end.unwrap_or(event.start);
        match &mut current {
            Some(c) if left <= c.right + 2.0 => {
                c.events.push(ix);
                c.right = c.right.max(right);
                c.span.0 = c.span.0.min(event.start);
                c.span.1 = c.span.1.max(end);
            }
            _ => {
                if let Some(done) = current.take() {
                    push_cluster(done, layout);
                }
                current = Some(Cluster {
                    events: vec![ix],
                    row,
                    left,
                    right,
                    span: (event.start, end),
                });
            }
        }
    }
    if let Some(done) = current {
        push_cluster(done, layout);
    }
}

/// A cluster of one is just an event.
fn push_cluster(cluster: Cluster, layout: &mut Layout) {
    match cluster.events.as_slice() {
        [only] => layout.events.push(Placed {
            event: *only,
            row: cluster.row,
            left: cluster.left,
            right: cluster.right,
        }),
        _ => layout.clusters.push(cluster),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kept_while_the_time_moves_and_made_again_for_a_new_view_track_or_story() {
        let story = crate::story::load_default()
            .expect("the default story")
            .story;
        let mut state = AppState::new(&story);
        let scale = TimeScale::new(story.start, story.end, 100.0, 1500.0);
        let mut cache = LayoutCache::default();
        let first = cache.get(&story, &scale, 140.0, &state);
        state.time = story.end;
        assert!(Rc::ptr_eq(
            &first,
            &cache.get(&story, &scale, 140.0, &state)
        ));

        // Hiding a track takes its events off the strip.
        let (track, ix) = story
            .indexed_events()
            .find_map(|(ix, e)| Some((e.track?, ix)))
            .expect("an event on a track");
        assert!(first.events.iter().any(|p| p.event == ix));
        state.hidden_tracks = vec![track];
        let hidden = cache.get(&story, &scale, 140.0, &state);
        assert!(!hidden.events.iter().any(|p| p.event == ix));

        // Less height, fewer rows; another view, other positions; another story, its own.
        let low = cache.get(&story, &scale, 40.0, &state);
        assert_ne!(*low, *hidden);
        let wider = TimeScale::new(story.start, story.end, 100.0, 3000.0);
        assert_ne!(*cache.get(&story, &wider, 40.0, &state), *low);
        let again = crate::story::load_default()
            .expect("the default story")
            .story;
        assert!(!Rc::ptr_eq(&low, &cache.get(&again, &wider, 40.0, &state)));
    }
}
