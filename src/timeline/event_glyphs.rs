//! The events' glyphs on the strip (bars, diamonds, and the glow of selected and highlighted
//! events), built into meshes and kept while nothing they show changes. A glyph's look
//! depends on where its event is laid out, on the selection, and on whether the event has
//! begun; as the events are sorted by start, how many have begun says which. While the time
//! is scrubbed that number changes only as the cursor passes an event, so most frames reuse
//! the meshes of the frame before.

use std::rc::Rc;
use std::sync::Arc;

use egui::{Mesh, Pos2, Rect, Shape};

use super::glyphs::Glyphs;
use super::layout::Layout;
use super::scale::TimeScale;
use super::{EVENT, EVENT_PAST, HIGHLIGHT, highlighted_events};
use crate::state::{AppState, Selection};
use crate::story::Story;

/// What the meshes were built from.
struct Made {
    layout: Rc<Layout>,
    scale: TimeScale,
    lanes: Rect,
    selection: Option<Selection>,
    begun: usize,
    pixels_per_point: f32,
}

impl Made {
    fn same(&self, other: &Made) -> bool {
        Rc::ptr_eq(&self.layout, &other.layout)
            && self.scale == other.scale
            && self.lanes == other.lanes
            && self.selection == other.selection
            && self.begun == other.begun
            && self.pixels_per_point == other.pixels_per_point
    }
}

/// The kept meshes: glows under glyphs.
#[derive(Default)]
pub struct EventGlyphs {
    made: Option<Made>,
    glows: Arc<Mesh>,
    glyphs: Arc<Mesh>,
}

impl EventGlyphs {
    /// The glyphs of the events in `layout`, drawn in `lanes`, as one shape.
    pub fn shape(
        &mut self,
        story: &Story,
        state: &AppState,
        layout: &Rc<Layout>,
        scale: &TimeScale,
        lanes: Rect,
        pixels_per_point: f32,
    ) -> Shape {
        let made = Made {
            layout: Rc::clone(layout),
            scale: *scale,
            lanes,
            selection: state.selection,
            begun: story.events.partition_point(|e| e.start <= state.time),
            pixels_per_point,
        };
        if !self.made.as_ref().is_some_and(|m| m.same(&made)) {
            let (glows, glyphs) = build(story, state, layout, scale, lanes, pixels_per_point);
            self.glows = Arc::new(glows);
            self.glyphs = Arc::new(glyphs);
            self.made = Some(made);
        }
        Shape::Vec(vec![
            Shape::Mesh(Arc::clone(&self.glows)),
            Shape::Mesh(Arc::clone(&self.glyphs)),
        ])
    }
}

/// Where an event's glyph sits in its row: its centre line and half its height.
pub fn glyph_line(lanes: Rect, row: usize, row_height: f32) -> (f32, f32) {
    let y = lanes.top() + (row as f32 + 0.5) * row_height;
    let half = (row_height / 2.0 - 1.0).clamp(2.0, 5.0);
    (y, half)
}

/// The glows and the glyphs.
fn build(
    story: &Story,
    state: &AppState,
    layout: &Layout,
    scale: &TimeScale,
    lanes: Rect,
    pixels_per_point: f32,
) -> (Mesh, Mesh) {
    let highlighted = highlighted_events(story, state);
    let mut glyphs = Glyphs::new(pixels_per_point);
    let mut glows = Glyphs::new(pixels_per_point);
    for placed in &layout.events {
        let Some(event) = story.event(placed.event) else {
            continue;
        };
        let (y, half) = glyph_line(lanes, placed.row, layout.row_height);
        let x0 = scale.x_of(event.start);
        let x1 = event.end.map_or(x0, |end| scale.x_of(end)).max(x0);
        let is_selected = state.selection == Some(Selection::Event(placed.event));
        let colour = if event.start <= state.time {
            EVENT_PAST
        } else {
            EVENT
        };
        if is_selected || highlighted.contains(&placed.event) {
            let glow = Rect::from_min_max(
                Pos2::new(placed.left - 2.0, y - half - 2.0),
                Pos2::new(placed.right + 2.0, y + half + 2.0),
            );
            let strength = if is_selected { 1.0 } else { 0.6 };
            glows.rounded_rect(glow, 4.0, HIGHLIGHT.gamma_multiply(strength));
        }
        if event.end.is_some() && x1 - x0 > 2.0 {
            let bar =
                Rect::from_min_max(Pos2::new(x0, y - half + 1.0), Pos2::new(x1, y + half - 1.0));
            glyphs.rounded_rect(bar, 3.0, colour);
        } else {
            glyphs.diamond(Pos2::new(x0, y), half, colour);
        }
    }
    (glows.into_mesh(), glyphs.into_mesh())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::lay_out;

    fn meshes(shape: &Shape) -> Vec<Arc<Mesh>> {
        match shape {
            Shape::Vec(shapes) => shapes
                .iter()
                .filter_map(|s| match s {
                    Shape::Mesh(mesh) => Some(Arc::clone(mesh)),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        }
    }

    #[test]
    fn kept_until_the_time_passes_an_event_or_the_selection_changes() {
        let story = crate::story::load_default()
            .expect("the default story")
            .story;
        let mut state = AppState::new(&story);
        let scale = TimeScale::new(story.start, story.end, 100.0, 1500.0);
        let lanes = Rect::from_min_size(Pos2::new(0.0, 60.0), egui::vec2(1600.0, 140.0));
        let layout = Rc::new(lay_out(
            &story,
            &scale,
            scale.span(),
            lanes.height(),
            |_| true,
        ));
        let mut kept = EventGlyphs::default();
        let mut shape =
            |state: &AppState| meshes(&kept.shape(&story, state, &layout, &scale, lanes, 1.0));

        // Just before the third event begins, then a minute later, still before it.
        let third = story.events.get(2).expect("three events").start;
        state.time = third - jiff::SignedDuration::from_mins(2);
        let before = shape(&state);
        state.time = third - jiff::SignedDuration::from_mins(1);
        let still_before = shape(&state);
        assert!(Arc::ptr_eq(&before[1], &still_before[1]), "kept");

        // The cursor passes the event: its glyph turns to the colour of the past.
        state.time = third;
        let after = shape(&state);
        assert!(!Arc::ptr_eq(&before[1], &after[1]), "built again");
        let past = |mesh: &Mesh| {
            mesh.vertices
                .iter()
                .filter(|v| v.color == EVENT_PAST)
                .count()
        };
        assert!(past(&after[1]) > past(&before[1]));

        // Selecting an event gives it a glow.
        assert!(after[0].vertices.is_empty(), "no glow without a selection");
        state.selection = Some(Selection::Event(crate::story::EventIx(2)));
        let selected = shape(&state);
        assert!(!selected[0].vertices.is_empty(), "the selected event glows");
    }
}
