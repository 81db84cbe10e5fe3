//! Movements drawn as arrows while they are under way: the part already travelled is solid and
//! ends in an arrowhead at the current position; the way still ahead is a faint dashed line.

use egui::{Align2, Color32, FontId, Painter, Pos2, Rect, Shape, Stroke};

use super::halo;
use super::taken::Taken;
use super::unit_projector::UnitProjector;
use crate::basemap::Unit;
use crate::state::AppState;
use crate::story::{Movement, Story};
use crate::theme::side_colour;

/// Movements under way at the current time whose event is shown, in story order.
pub(crate) fn active<'a>(
    story: &'a Story,
    state: &'a AppState,
) -> impl Iterator<Item = &'a Movement> {
    story
        .movements
        .iter()
        .filter(move |m| is_shown(story, state, m))
}

fn is_shown(story: &Story, state: &AppState, movement: &Movement) -> bool {
    movement.is_active_at(state.time)
        && movement
            .event
            .and_then(|ix| story.event(ix))
            .is_none_or(|event| state.is_shown(event))
}

/// Shortest arrow (in points) that gets its label written beside it.
const LABELLED_LENGTH: f32 = 70.0;
/// The way ahead: dashes this long, this far apart (points).
const DASH: (f32, f32) = (6.0, 5.0);

/// Paints every movement under way (and those fading out); labels go where `taken` leaves
/// room (and are added to it). Returns where labels went.
pub(crate) fn paint(
    painter: &Painter,
    to_screen: &UnitProjector,
    story: &Story,
    state: &AppState,
    taken: &mut Taken,
) -> Vec<Rect> {
    let mut labels_at = Vec::new();
    for movement in &story.movements {
        let alpha = painter.ctx().animate_bool_with_time(
            egui::Id::unique(("movement-fade", movement.id.as_str())),
            is_shown(story, state, movement),
            super::motion_seconds(painter.ctx(), 0.35),
        );
        if alpha <= 0.01 {
            continue;
        }
        let points: Vec<Pos2> = movement
            .path
            .iter()
            .filter_map(|&ix| story.place(ix))
            .map(|p| to_screen.place(Unit::from_lon_lat(p.lon, p.lat)))
            .collect();
        if points.len() < 2 {
            continue;
        }
        let total = movement.end.duration_since(movement.start).as_secs_f64();
        let done = state.time.duration_since(movement.start).as_secs_f64();
        let fraction = if total > 0.0 {
            (done / total).clamp(0.0, 1.0)
        } else {
            1.0
        };
        let colour = side_colour(movement.side).gamma_multiply(alpha);
        painter.extend(dashed(
            painter.clip_rect(),
            &points,
            Stroke::new(2.0, colour.gamma_multiply(0.45)),
        ));
        let (travelled, head) = along(&points, fraction.max(0.05) as f32);
        if travelled.len() >= 2 {
            painter.add(Shape::line(travelled.clone(), Stroke::new(4.5, colour)));
        }
        if let (Some(&tip), Some(&from)) = (travelled.last(), travelled.iter().rev().nth(1)) {
            arrowhead(painter, from, tip, colour);
        }
        let length: f32 = points
            .windows(2)
            .map(|pair| pair[0].distance(pair[1]))
            .sum();
        if length < LABELLED_LENGTH {
            continue;
        }
        let galley = halo::layout(painter, &movement.label, FontId::proportional(11.5));
        let at = Align2::LEFT_BOTTOM.anchor_size(head + egui::vec2(8.0, -6.0), galley.size());
        if painter.clip_rect().contains_rect(at) && taken.take_if_free(at.expand(1.0)) {
            halo::paint(painter, at.min, &galley, colour);
            labels_at.push(at);
        }
    }
    labels_at
}

/// A dashed polyline, with egui's dashes. Only the part of each segment near the screen is
/// handed to egui (a route across Europe seen at street level would be thousands of dashes);
/// the pattern goes on over the rest, so that dashes stay put while the map moves.
fn dashed(clip: Rect, points: &[Pos2], stroke: Stroke) -> Vec<Shape> {
    let clip = clip.expand(stroke.width + 2.0);
    let mut shapes = Vec::new();
    let period = DASH.0 + DASH.1;
    let mut walked = 0.0_f32;
    for pair in points.windows(2) {
        let &[from, to] = pair else {
            continue;
        };
        let length = from.distance(to);
        if let Some((enter, leave)) = clip_segment(from, to, clip) {
            let start = walked + enter * length;
            let offset = (period - start.rem_euclid(period)) % period;
            let part = [from + (to - from) * enter, from + (to - from) * leave];
            Shape::dashed_line_many_with_offset(
                &part,
                stroke,
                &[DASH.0],
                &[DASH.1],
                offset,
                &mut shapes,
            );
        }
        walked += length;
    }
    shapes
}

/// Where the segment from `a` to `b` enters and leaves `clip`, as fractions of its length
/// (Liang–Barsky); `None` if it misses it.
pub(super) fn clip_segment(a: Pos2, b: Pos2, clip: Rect) -> Option<(f32, f32)> {
    let d = b - a;
    let (mut enter, mut leave) = (0.0_f32, 1.0_f32);
    for (p, q) in [
        (-d.x, a.x - clip.left()),
        (d.x, clip.right() - a.x),
        (-d.y, a.y - clip.top()),
        (d.y, clip.bottom() - a.y),
    ] {
        if p == 0.0 {
            if q < 0.0 {
                return None;
            }
        } else {
            let t = q / p;
            if p < 0.0 {
                enter = enter.max(t);
            } else {
                leave = leave.min(t);
            }
        }
    }
    (enter < leave).then_some((enter, leave))
}

/// The polyline's first `fraction` of length, and the point where it ends.
fn along(points: &[Pos2], fraction: f32) -> (Vec<Pos2>, Pos2) {
    let lengths: Vec<f32> = points
        .windows(2)
        .map(|pair| match pair {
            [a, b] => a.distance(*b),
            _ => 0.0,
        })
        .collect();
    let total: f32 = lengths.iter().sum();
    let mut left = total * fraction;
    let mut out = Vec::new();
    let Some(&first) = points.first() else {
        return (out, Pos2::ZERO);
    };
    out.push(first);
    for (pair, length) in points.windows(2).zip(&lengths) {
        let [a, b] = pair else { continue };
        if left >= *length {
            out.push(*b);
            left -= length;
        } else {
            let t = if *length > 0.0 { left / length } else { 1.0 };
            let end = *a + (*b - *a) * t;
            out.push(end);
            return (out, end);
        }
    }
    let end = *out.last().unwrap_or(&first);
    (out, end)
}

fn arrowhead(painter: &egui::Painter, from: Pos2, tip: Pos2, colour: Color32) {
    let direction = (tip - from).normalized();
    if !direction.x.is_finite() || !direction.y.is_finite() {
        return;
    }
    let normal = egui::vec2(-direction.y, direction.x);
    let back = tip - direction * 14.0;
    painter.add(Shape::convex_polygon(
        vec![
            tip + direction * 3.0,
            back + normal * 7.0,
            back - normal * 7.0,
        ],
        colour,
        Stroke::new(1.0, Color32::WHITE),
    ));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_part_on_the_screen_is_dashed_and_the_pattern_stays_put() {
        let clip = Rect::from_min_size(Pos2::ZERO, egui::vec2(500.0, 500.0));
        let dash_starts = |points: &[Pos2]| -> Vec<f32> {
            dashed(clip, points, Stroke::new(2.0, Color32::RED))
                .into_iter()
                .filter_map(|shape| match shape {
                    Shape::LineSegment { points, .. } => Some(points[0].x),
                    _ => None,
                })
                .collect()
        };
        // 1000 points off the screen are 90 periods and 10 points: the first dash on the
        // screen starts 1 point in, exactly where the pattern from the line's start puts it.
        let starts = dash_starts(&[Pos2::new(-1000.0, 10.0), Pos2::new(30.0, 10.0)]);
        assert!(
            starts.len() <= 4,
            "only the dashes near the screen: {starts:?}"
        );
        assert!(starts.iter().any(|&x| (x - 1.0).abs() < 0.01), "{starts:?}");
        assert!(
            starts.iter().any(|&x| (x - 12.0).abs() < 0.01),
            "{starts:?}"
        );
        // A line wholly off the screen draws nothing.
        assert!(dash_starts(&[Pos2::new(1000.0, 10.0), Pos2::new(1100.0, 10.0)]).is_empty());
    }
}
