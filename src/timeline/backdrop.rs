//! The strip's backdrop: phases as tinted bands with their names, tick lines with their
//! labels, and the density bar. None of it moves with the time, so it is built once per view
//! and kept while scrubbing and playing: the bands, lines and density cells as one mesh of
//! pixel-aligned rectangles, the names and labels as kept layouts.

use std::sync::Arc;

use egui::emath::GuiRounding as _;
use egui::{Align2, Color32, FontId, Galley, Mesh, Painter, Pos2, Rect, Shape};

use super::scale::TimeScale;
use super::ticks::{step_minutes, ticks};
use super::{DAY_BAND, DENSITY_BAND, EVENT_PAST, MARGIN, PHASE_BAND, PHASE_TINTS};
use crate::font_epoch::FontEpoch;
use crate::state::AppState;
use crate::story::{Story, TrackIx};

/// Width of one cell of the density bar (points).
const BUCKET: f32 = 4.0;

/// What a backdrop is made from: the view, where the axis and the density bar are, the
/// hidden tracks (they change the density), the text colour and the screen's scale.
#[derive(Clone, PartialEq)]
struct Key {
    scale: TimeScale,
    axis: Rect,
    density: Rect,
    hidden: Vec<TrackIx>,
    text: Color32,
    pixels_per_point: f32,
}

/// The backdrop last built, and what it was built from.
#[derive(Default)]
pub struct Backdrop {
    made_from: Option<Key>,
    /// Bands, lines and density cells.
    mesh: Arc<Mesh>,
    /// Phase names and tick labels: where, laid out, and in which colour.
    texts: Vec<(Pos2, Arc<Galley>, Color32)>,
    fonts: FontEpoch,
}

impl Backdrop {
    /// Paints the backdrop of `axis` (the strip's time axis with its margins, its full
    /// height), building it again only if the view or the look changed.
    pub fn paint(
        &mut self,
        painter: &Painter,
        story: &Story,
        state: &AppState,
        scale: &TimeScale,
        axis: Rect,
        text: Color32,
    ) {
        let density = density_band(axis);
        let key = Key {
            scale: *scale,
            axis,
            density,
            hidden: state.hidden_tracks.clone(),
            text,
            pixels_per_point: painter.pixels_per_point(),
        };
        let fonts_changed = self.fonts.changed(painter);
        if fonts_changed || self.made_from.as_ref() != Some(&key) {
            let mut builder = Builder {
                painter,
                mesh: Mesh::default(),
                texts: Vec::new(),
            };
            builder.phases(story, scale, axis, text);
            builder.ticks(story, scale, axis, text);
            builder.density(story, state, scale, density, text);
            self.mesh = Arc::new(builder.mesh);
            self.texts = builder.texts;
            self.made_from = Some(key);
        }
        painter.add(Shape::Mesh(Arc::clone(&self.mesh)));
        for (pos, galley, colour) in &self.texts {
            painter.galley(*pos, Arc::clone(galley), *colour);
        }
    }
}

/// Where the density bar goes on an axis: under the day and phase bands, between the margins.
pub fn density_band(axis: Rect) -> Rect {
    let top = axis.top() + DAY_BAND + PHASE_BAND;
    Rect::from_min_max(
        Pos2::new(axis.left() + MARGIN, top),
        Pos2::new(axis.right() - MARGIN, top + DENSITY_BAND),
    )
}

/// Gathers a backdrop's rectangles and texts.
struct Builder<'a> {
    painter: &'a Painter,
    mesh: Mesh,
    texts: Vec<(Pos2, Arc<Galley>, Color32)>,
}

impl Builder<'_> {
    /// A filled rectangle, its edges on whole pixels.
    fn fill(&mut self, rect: Rect, colour: Color32) {
        let rect = rect.round_to_pixels(self.painter.pixels_per_point());
        if rect.is_positive() {
            self.mesh.add_colored_rect(rect, colour);
        }
    }

    /// A vertical line one pixel wide (at least one point) covering the pixel column at `x`.
    fn vline(&mut self, x: f32, rect: Rect, colour: Color32) {
        let pixels_per_point = self.painter.pixels_per_point();
        let width = pixels_per_point.round().max(1.0);
        let left = (x * pixels_per_point - width / 2.0).round() / pixels_per_point;
        let line = Rect::from_x_y_ranges(left..=left + width / pixels_per_point, rect.y_range());
        self.fill(line, colour);
    }

    /// `words` in `font`, anchored at `pos`.
    fn text(&mut self, pos: Pos2, anchor: Align2, words: String, font: FontId, colour: Color32) {
        let galley = self.painter.layout_no_wrap(words, font, colour);
        let at = anchor.anchor_size(pos, galley.size()).min;
        self.texts.push((at, galley, colour));
    }

    /// Phases as tinted bands, named in their own row under the days.
    fn phases(&mut self, story: &Story, scale: &TimeScale, rect: Rect, text: Color32) {
        for (i, phase) in story.phases.iter().enumerate() {
            let x0 = scale.x_of(phase.start).max(rect.left());
            let x1 = scale.x_of(phase.end).min(rect.right());
            if x1 <= x0 {
                continue;
            }
            let tint = PHASE_TINTS
                .get(i % PHASE_TINTS.len())
                .copied()
                .unwrap_or(Color32::TRANSPARENT);
            self.fill(Rect::from_x_y_ranges(x0..=x1, rect.y_range()), tint);
            let band = Rect::from_min_max(
                Pos2::new(x0, rect.top() + DAY_BAND),
                Pos2::new(x1, rect.top() + DAY_BAND + PHASE_BAND),
            );
            let galley =
                self.painter
                    .layout_no_wrap(phase.name.clone(), FontId::proportional(11.0), text);
            if galley.size().x + 8.0 < band.width() {
                let at = Pos2::new(band.left() + 4.0, band.center().y - galley.size().y / 2.0);
                self.texts.push((at, galley, text));
            }
            self.vline(x0, rect, text.gamma_multiply(0.5));
        }
    }

    /// Tick lines and labels for the visible span: days, then hours, then minutes.
    fn ticks(&mut self, story: &Story, scale: &TimeScale, rect: Rect, text: Color32) {
        let (from, to) = (scale.time_at(rect.left()), scale.time_at(rect.right()));
        let all = ticks(&story.clock, scale, from, to);
        let days_only = step_minutes(scale) >= 1440;
        for (i, tick) in all.iter().enumerate() {
            let x = scale.x_of(tick.at);
            let strength = if tick.midnight { 0.35 } else { 0.15 };
            self.vline(x, rect, text.gamma_multiply(strength));
            if days_only {
                // Day labels sit in the middle of their day.
                let next = all
                    .get(i + 1)
                    .map_or(scale.x_of(tick.at) + 80.0, |t| scale.x_of(t.at));
                let label = if next - x > 80.0 {
                    tick.label.clone()
                } else {
                    story.clock.zoned(tick.at).strftime("%-d %b").to_string()
                };
                self.text(
                    Pos2::new((x + next) / 2.0, rect.top() + 3.0),
                    Align2::CENTER_TOP,
                    label,
                    FontId::proportional(11.0),
                    text.gamma_multiply(0.8),
                );
            } else {
                let font = if tick.midnight {
                    FontId::proportional(11.5)
                } else {
                    FontId::proportional(10.5)
                };
                self.text(
                    Pos2::new(x + 3.0, rect.top() + 3.0),
                    Align2::LEFT_TOP,
                    tick.label.clone(),
                    font,
                    text.gamma_multiply(0.8),
                );
            }
        }
    }

    /// A thin bar whose darkness shows how many shown events start near each point in time.
    fn density(
        &mut self,
        story: &Story,
        state: &AppState,
        scale: &TimeScale,
        rect: Rect,
        text: Color32,
    ) {
        let buckets = ((rect.width() / BUCKET).ceil() as usize).max(1);
        let mut counts = vec![0u32; buckets];
        for event in story.events.iter().filter(|e| state.is_shown(e)) {
            let x = scale.x_of(event.start);
            if x < rect.left() || x > rect.right() {
                continue;
            }
            let i = (((x - rect.left()) / BUCKET) as usize).min(buckets - 1);
            if let Some(count) = counts.get_mut(i) {
                *count += 1;
            }
        }
        let max = counts.iter().copied().max().unwrap_or(0).max(1);
        self.fill(rect, text.gamma_multiply(0.04));
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
            self.fill(cell, EVENT_PAST.gamma_multiply(strength));
        }
    }
}
