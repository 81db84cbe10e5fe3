//! The strip's backdrop: phases as tinted bands with their names, tick lines with their
//! labels, and the density bar, painted each frame with egui's shapes and text.

use egui::{Color32, FontId, Painter, Pos2, Rect, Stroke};

use super::scale::TimeScale;
use super::ticks::{step_minutes, ticks};
use super::{DAY_BAND, DENSITY_BAND, MARGIN, PHASE_BAND};
use crate::state::AppState;
use crate::story::Story;
use crate::theme;

/// Width of one cell of the density bar (points).
const BUCKET: f32 = 4.0;

/// Paints the backdrop of `axis` (the strip's time axis with its margins, its full height).
pub(crate) fn paint(
    painter: &Painter,
    story: &Story,
    state: &AppState,
    scale: &TimeScale,
    axis: Rect,
    text: Color32,
) {
    phases(painter, story, scale, axis, text);
    tick_marks(painter, story, scale, axis, text);
    density(painter, story, state, scale, density_band(axis), text);
}

/// Where the density bar goes on an axis: under the day and phase bands, between the margins.
pub(crate) fn density_band(axis: Rect) -> Rect {
    let top = axis.top() + DAY_BAND + PHASE_BAND;
    Rect::from_min_max(
        Pos2::new(axis.left() + MARGIN, top),
        Pos2::new(axis.right() - MARGIN, top + DENSITY_BAND),
    )
}

/// Phases as tinted bands, named in their own row under the days.
fn phases(painter: &Painter, story: &Story, scale: &TimeScale, rect: Rect, text: Color32) {
    // Phases are sorted by start. Where they overlap, the earlier one keeps the stretch they
    // share: each point is tinted once, however many phases a story stacks there (a thousand
    // translucent bands over each other would cost every frame dearly).
    let mut covered = rect.left();
    for (i, phase) in story.phases.iter().enumerate() {
        let x0 = scale.x_of(phase.start).max(covered);
        let x1 = scale.x_of(phase.end).min(rect.right());
        if x1 <= x0 {
            continue;
        }
        covered = x1;
        let tint = theme::PHASE_TINTS
            .get(i % theme::PHASE_TINTS.len())
            .copied()
            .unwrap_or(Color32::TRANSPARENT);
        painter.rect_filled(Rect::from_x_y_ranges(x0..=x1, rect.y_range()), 0.0, tint);
        let band = Rect::from_min_max(
            Pos2::new(x0, rect.top() + DAY_BAND),
            Pos2::new(x1, rect.top() + DAY_BAND + PHASE_BAND),
        );
        let galley = painter.layout_no_wrap(phase.name.clone(), FontId::proportional(11.0), text);
        if galley.size().x + 8.0 < band.width() {
            let at = Pos2::new(band.left() + 4.0, band.center().y - galley.size().y / 2.0);
            painter.galley(at, galley, text);
        }
        painter.vline(
            x0,
            rect.y_range(),
            Stroke::new(1.0, text.gamma_multiply(0.5)),
        );
    }
}

/// Tick lines and labels for the visible span: days, then hours, then minutes.
fn tick_marks(painter: &Painter, story: &Story, scale: &TimeScale, rect: Rect, text: Color32) {
    let (from, to) = (scale.time_at(rect.left()), scale.time_at(rect.right()));
    let all = ticks(&story.clock, scale, from, to);
    let days_only = step_minutes(scale) >= 1440;
    let colour = text.gamma_multiply(0.8);
    // Where the last label ends: a label that would run into it, or out of the strip, is left
    // out (its line stays), since a day's name is longer in some languages than the step
    // between ticks.
    let mut last_right = f32::NEG_INFINITY;
    // Every day by its full name ("Wed 24 Oct") where the longest has room in a day, else
    // every day by its short one: the same form all along the strip.
    let day_width = scale.points_per_hour() * 24.0;
    let full_days = days_only
        && all.iter().all(|tick| {
            let galley =
                painter.layout_no_wrap(tick.label.clone(), FontId::proportional(11.0), colour);
            galley.size().x + 8.0 <= day_width
        });
    for (i, tick) in all.iter().enumerate() {
        let x = scale.x_of(tick.at);
        let strength = if tick.midnight { 0.35 } else { 0.15 };
        painter.vline(
            x,
            rect.y_range(),
            Stroke::new(1.0, text.gamma_multiply(strength)),
        );
        let top = rect.top() + 3.0;
        if days_only {
            // Day labels sit in the middle of their day, in full where the day has room.
            // Only the part of the day inside the strip counts: a day cut by an edge shows
            // its name in what is left of it, or not at all.
            let next = all.get(i + 1).map_or(x + 80.0, |t| scale.x_of(t.at));
            let (left, right) = (x.max(rect.left()), next.min(rect.right()));
            let font = FontId::proportional(11.0);
            let galley = if full_days {
                painter.layout_no_wrap(tick.label.clone(), font, colour)
            } else {
                painter.layout_no_wrap(story.clock.format_day(tick.at), font, colour)
            };
            if galley.size().x + 4.0 <= right - left {
                let at = Pos2::new((left + right - galley.size().x) / 2.0, top);
                painter.galley(at, galley, colour);
            }
        } else {
            let size = if tick.midnight { 11.5 } else { 10.5 };
            let galley =
                painter.layout_no_wrap(tick.label.clone(), FontId::proportional(size), colour);
            let left = x + 3.0;
            if left >= last_right + 6.0 && left + galley.size().x <= rect.right() {
                last_right = left + galley.size().x;
                painter.galley(Pos2::new(left, top), galley, colour);
            }
        }
    }
}

/// A thin bar whose darkness shows how many shown events start near each point in time.
fn density(
    painter: &Painter,
    story: &Story,
    state: &AppState,
    scale: &TimeScale,
    rect: Rect,
    text: Color32,
) {
    let buckets = ((rect.width() / BUCKET).ceil() as usize).max(1);
    let mut counts = vec![0u32; buckets];
    // Events are sorted by start: only those that start inside the bar are counted.
    let (from, to) = (scale.time_at(rect.left()), scale.time_at(rect.right()));
    let first = story.events.partition_point(|e| e.start < from);
    let last = story.events.partition_point(|e| e.start <= to);
    for event in story.events.get(first..last).unwrap_or_default() {
        if !state.is_shown(event) {
            continue;
        }
        let x = scale.x_of(event.start);
        let i = (((x - rect.left()) / BUCKET).max(0.0) as usize).min(buckets - 1);
        if let Some(count) = counts.get_mut(i) {
            *count += 1;
        }
    }
    let max = counts.iter().copied().max().unwrap_or(0).max(1);
    painter.rect_filled(rect, 0.0, text.gamma_multiply(0.04));
    for (i, &count) in counts.iter().enumerate() {
        if count == 0 {
            continue;
        }
        let x = rect.left() + i as f32 * BUCKET;
        let cell = Rect::from_min_max(
            Pos2::new(x, rect.top()),
            Pos2::new((x + BUCKET).min(rect.right()), rect.bottom()),
        );
        let strength = 0.25 + 0.75 * count as f32 / max as f32;
        painter.rect_filled(cell, 0.0, theme::PAST.gamma_multiply(strength));
    }
}
