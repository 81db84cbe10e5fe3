//! Movements drawn as arrows while they are under way: the part already travelled is solid and
//! ends in an arrowhead at the current position; the way still ahead is a faint line.

use egui::{Align2, Color32, FontId, Mesh, Pos2, Rect, Shape, Stroke, Ui};
use walkers::{Projector, lon_lat};

use crate::basemap::{MapText, Taken};
use crate::state::AppState;
use crate::story::{Movement, Side, Story};

/// Colour of a side's arrows (also used by the legend).
pub fn side_colour(side: Side) -> Color32 {
    match side {
        Side::Soviet => Color32::from_rgb(0x6E, 0x12, 0x12),
        Side::Hungarian => Color32::from_rgb(0x1F, 0x7A, 0x4D),
        Side::Refugees => Color32::from_rgb(0x23, 0x5E, 0xA8),
        Side::Other => Color32::from_rgb(0x55, 0x55, 0x55),
    }
}

/// Movements under way at the current time whose event is shown, in story order.
pub fn active<'a>(story: &'a Story, state: &'a AppState) -> impl Iterator<Item = &'a Movement> {
    story.movements.iter().filter(move |m| {
        m.is_active_at(state.time)
            && m.event
                .and_then(|ix| story.event(ix))
                .is_none_or(|event| state.is_shown(event))
    })
}

/// Shortest arrow (in points) that gets its label written beside it.
const LABELLED_LENGTH: f32 = 70.0;

/// Paints every movement under way; labels go where `taken` leaves room (and are added to it).
pub fn paint(
    ui: &Ui,
    projector: &Projector,
    story: &Story,
    state: &AppState,
    taken: &mut Taken,
    text: &mut MapText,
) {
    let painter = ui.painter_at(projector.clip_rect());
    for movement in &story.movements {
        let shown = movement.is_active_at(state.time)
            && movement
                .event
                .and_then(|ix| story.event(ix))
                .is_none_or(|event| state.is_shown(event));
        let alpha = ui.ctx().animate_bool_with_time(
            egui::Id::unique(("movement-fade", movement.id.as_str())),
            shown,
            0.35,
        );
        if alpha <= 0.01 {
            continue;
        }
        let points: Vec<Pos2> = movement
            .path
            .iter()
            .filter_map(|&ix| story.place(ix))
            .map(|p| projector.project(lon_lat(p.lon, p.lat)).to_pos2())
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
        painter.add(Shape::mesh(dashed_mesh(
            &points,
            2.0,
            colour.gamma_multiply(0.45),
            (6.0, 5.0),
            painter.clip_rect(),
            1.0 / painter.pixels_per_point(),
        )));
        let (travelled, head) = along(&points, fraction.max(0.05) as f32);
        if travelled.len() >= 2 {
            painter.add(Shape::line(travelled.clone(), Stroke::new(4.5, colour)));
        }
        if let (Some(&tip), Some(&from)) = (travelled.last(), travelled.iter().rev().nth(1)) {
            arrowhead(&painter, from, tip, colour);
        }
        let length: f32 = points
            .windows(2)
            .map(|pair| match pair {
                [a, b] => a.distance(*b),
                _ => 0.0,
            })
            .sum();
        if length < LABELLED_LENGTH {
            continue;
        }
        let font = FontId::proportional(11.5);
        let galley = text.galley(&painter, &movement.label, &font);
        let size = galley.size();
        let label_at = head + egui::vec2(8.0, -6.0);
        let at = Align2::LEFT_BOTTOM.anchor_size(label_at, size);
        if !taken.take_if_free(at.expand(1.0)) {
            continue;
        }
        text.halo_at(&painter, at.min, &movement.label, &font, colour, galley);
    }
    text.flush(&painter);
}

/// A dashed polyline (`dash` long, `gap` apart) as one mesh of anti-aliased quads: what egui's
/// `Shape::dashed_line` draws, without making and tessellating a shape per dash. Dashes
/// outside `clip` are left out.
pub fn dashed_mesh(
    points: &[Pos2],
    width: f32,
    colour: Color32,
    (dash, gap): (f32, f32),
    clip: Rect,
    feather: f32,
) -> Mesh {
    let mut mesh = Mesh::default();
    let clip = clip.expand(width + feather);
    let mut add = |a: Pos2, b: Pos2| {
        if !clip.intersects(Rect::from_two_pos(a, b)) {
            return;
        }
        let along = b - a;
        if along.length() <= 0.0 {
            return;
        }
        let along = along.normalized();
        let normal = along.rot90();
        let inner = normal * ((width - feather).max(0.0) / 2.0);
        let outer = normal * ((width + feather) / 2.0);
        let base = mesh.vertices.len() as u32;
        let clear = Color32::TRANSPARENT;
        for (offset, c) in [
            (-outer, clear),
            (-inner, colour),
            (inner, colour),
            (outer, clear),
        ] {
            mesh.colored_vertex(a + offset, c);
            mesh.colored_vertex(b + offset, c);
        }
        // Three strips across the dash: fringe, core, fringe.
        for strip in 0..3 {
            let i = base + 2 * strip;
            mesh.add_triangle(i, i + 1, i + 2);
            mesh.add_triangle(i + 1, i + 3, i + 2);
        }
    };
    // Walk the line, alternating dash and gap, carrying the pattern over corners; segments
    // off the screen only move the pattern on.
    let period = dash + gap;
    if period <= 0.0 {
        return mesh;
    }
    let mut phase = 0.0_f32;
    for pair in points.windows(2) {
        let &[from, to] = pair else {
            continue;
        };
        let length = from.distance(to);
        if length <= 0.0 {
            continue;
        }
        // Only the part of the segment on the screen is walked dash by dash.
        let Some((enter, leave)) = clip_segment(from, to, clip) else {
            phase = (phase + length) % period;
            continue;
        };
        phase = (phase + enter * length) % period;
        let mut at = enter * length;
        let end = leave * length;
        while at < end {
            let drawing = phase < dash;
            let left = if drawing {
                dash - phase
            } else {
                period - phase
            };
            let step = left.min(end - at);
            if drawing {
                add(
                    from + (to - from) * (at / length),
                    from + (to - from) * ((at + step) / length),
                );
            }
            at += step;
            phase += step;
            // Land exactly on the pattern's boundaries, whatever the rounding.
            if phase >= period - 1e-3 {
                phase = 0.0;
            } else if drawing && phase >= dash - 1e-3 {
                phase = dash;
            }
        }
        phase = (phase + (length - end)) % period;
    }
    mesh
}

/// Where the segment from `a` to `b` enters and leaves `clip`, as fractions of its length
/// (Liang–Barsky); `None` if it misses it.
fn clip_segment(a: Pos2, b: Pos2, clip: Rect) -> Option<(f32, f32)> {
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
    fn dashes_alternate_along_the_line_and_across_corners() {
        let clip = Rect::from_min_size(Pos2::ZERO, egui::vec2(500.0, 500.0));
        // 100 points long: dashes of 6 every 11 make ten dashes (the tenth is cut at 100).
        let straight = [Pos2::new(0.0, 10.0), Pos2::new(100.0, 10.0)];
        let mesh = dashed_mesh(&straight, 2.0, Color32::RED, (6.0, 5.0), clip, 1.0);
        assert_eq!(mesh.vertices.len(), 10 * 8);
        assert_eq!(mesh.indices.len(), 10 * 18);
        // The cores cover [0, 6], [11, 17], …: nothing opaque in the first gap.
        let opaque = |x: f32| {
            mesh.vertices
                .iter()
                .any(|v| v.color == Color32::RED && (v.pos.x - x).abs() < 0.01)
        };
        assert!(opaque(0.0) && opaque(6.0) && opaque(11.0) && opaque(17.0));
        assert!(!opaque(8.0));
        // Around a corner the pattern carries on: 47 + 53 points give the same ten dashes,
        // the one over the corner (44 to 50) drawn in two pieces.
        let bent = [
            Pos2::new(0.0, 10.0),
            Pos2::new(47.0, 10.0),
            Pos2::new(47.0, 63.0),
        ];
        let mesh = dashed_mesh(&bent, 2.0, Color32::RED, (6.0, 5.0), clip, 1.0);
        assert_eq!(mesh.vertices.len(), 11 * 8);
        // A stretch off the screen moves the pattern on without drawing: 1000 points are 90
        // periods and 10 points, so the first dash on the screen starts 1 point in (and only
        // the dashes near the screen are made).
        let from_afar = [Pos2::new(-1000.0, 10.0), Pos2::new(30.0, 10.0)];
        let mesh = dashed_mesh(&from_afar, 2.0, Color32::RED, (6.0, 5.0), clip, 1.0);
        let starts: Vec<f32> = mesh
            .vertices
            .iter()
            .filter(|v| v.color == Color32::RED)
            .map(|v| v.pos.x)
            .collect();
        assert!(starts.iter().all(|&x| x > 0.99), "{starts:?}");
        assert!(starts.iter().any(|&x| (x - 1.0).abs() < 0.01));
        assert!(starts.iter().any(|&x| (x - 7.0).abs() < 0.01));
        assert!(mesh.vertices.len() <= 4 * 8, "{}", mesh.vertices.len());
        // Dashes outside the clip rectangle are left out.
        let far = [Pos2::new(1000.0, 10.0), Pos2::new(1100.0, 10.0)];
        assert!(dashed_mesh(&far, 2.0, Color32::RED, (6.0, 5.0), clip, 1.0).is_empty());
    }
}
