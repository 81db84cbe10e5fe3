//! The strip: the backdrop, one lane group per track (click a track's name to hide it), every
//! shown event at its time, clusters where events did not fit, and the cursor. Drag to scrub;
//! wheel or pinch to zoom around the pointer; right- or middle-drag (or Shift+wheel) to pan;
//! double-click to see the whole story again.

use egui::{Align2, Color32, FontId, Pos2, Rect, Sense, Shape, Stroke, StrokeKind, Ui, WidgetInfo};
use jiff::{SignedDuration, Timestamp};

use super::backdrop;
use super::layout::Layout;
use super::scale::TimeScale;
use super::{DAY_BAND, MARGIN, PHASE_BAND, TRACK_GUTTER, TimelineView};
use crate::command::Command;
use crate::state::{AppState, Selection, StateCommand};
use crate::story::{EventIx, Precision, Story};
use crate::t;
use crate::theme;
use crate::tooltip::hint;

impl TimelineView {
    pub(super) fn strip_ui(
        &mut self,
        ui: &mut Ui,
        story: &Story,
        state: &AppState,
        commands: &mut Vec<Command>,
    ) {
        let width = ui.available_width();
        let height = ui.available_height().max(DAY_BAND + PHASE_BAND + 40.0);
        let (rect, response) =
            ui.allocate_exact_size(egui::vec2(width, height), Sense::click_and_drag());
        let lang = state.language;
        let label = t!(
            lang,
            "timeline-strip",
            time = super::time_in_words(story, state)
        );
        response.widget_info(|| WidgetInfo::labeled(egui::Role::Slider, true, &label));
        let gutter = if story.tracks.is_empty() {
            0.0
        } else {
            TRACK_GUTTER
        };
        let axis_left = rect.left() + gutter + MARGIN;
        let axis_right = rect.right() - MARGIN;
        let (from, to) = self.visible(story);
        let scale = TimeScale::new(from, to, axis_left, axis_right);

        self.zoom_and_pan(ui, story, &response, &scale, axis_right - axis_left);
        let (from, to) = self.visible(story);
        let scale = TimeScale::new(from, to, axis_left, axis_right);
        let primary = response.dragged_by(egui::PointerButton::Primary)
            || (response.drag_started_by(egui::PointerButton::Primary))
            || response.clicked();
        if let Some(pos) = response.interact_pointer_pos()
            && primary
            && pos.x >= rect.left() + gutter
        {
            commands.push(StateCommand::Seek(scale.time_at(pos.x)).into());
        }
        if response.double_clicked() {
            self.reset_zoom();
        }

        let painter = ui.painter_at(rect);
        let text = ui.visuals().text_color();
        painter.rect_filled(rect, 4.0, ui.visuals().extreme_bg_color);
        let axis = Rect::from_x_y_ranges(axis_left - MARGIN..=axis_right + MARGIN, rect.y_range());
        let density = backdrop::density_band(axis);
        backdrop::paint(&ui.painter_at(axis), story, state, &scale, axis, text);

        let lanes = Rect::from_min_max(
            Pos2::new(rect.left(), density.bottom() + 3.0),
            Pos2::new(rect.right(), rect.bottom() - 2.0),
        );
        let layout = self.layouts.get(story, &scale, lanes.height(), state);
        self.tracks_ui(ui, state, &layout, lanes, gutter, commands);
        let lane_painter = ui.painter_at(Rect::from_x_y_ranges(axis.x_range(), lanes.y_range()));
        events_ui(
            ui,
            &lane_painter,
            (story, state),
            &layout,
            &scale,
            lanes,
            commands,
        );
        if let Some(span) = clusters_ui(ui, &lane_painter, (story, state), &layout, lanes) {
            let pad = SignedDuration::from_mins(30);
            self.set_view(
                story,
                span.0.checked_sub(pad).unwrap_or(span.0),
                span.1.checked_add(pad).unwrap_or(span.1),
            );
        }

        let x = scale.x_of(state.time);
        if axis.x_range().contains(x) {
            painter.vline(x, rect.y_range(), Stroke::new(2.0, theme::NOW));
            painter.add(egui::Shape::convex_polygon(
                vec![
                    Pos2::new(x - 6.0, rect.top()),
                    Pos2::new(x + 6.0, rect.top()),
                    Pos2::new(x, rect.top() + 8.0),
                ],
                theme::NOW,
                Stroke::NONE,
            ));
        }
    }

    /// Wheel and pinch zoom around the pointer; horizontal scroll and right/middle drag pan.
    fn zoom_and_pan(
        &mut self,
        ui: &Ui,
        story: &Story,
        response: &egui::Response,
        scale: &TimeScale,
        axis_width: f32,
    ) {
        let seconds_per_point = 3600.0 / f64::from(scale.points_per_hour().max(1e-6));
        if response.dragged_by(egui::PointerButton::Secondary)
            || response.dragged_by(egui::PointerButton::Middle)
        {
            self.pan(
                story,
                -f64::from(response.drag_delta().x) * seconds_per_point,
            );
        }
        if !response.hovered() {
            return;
        }
        let (scroll, zoom) = ui.input(|i| (i.smooth_scroll_delta, i.zoom_delta()));
        let Some(pointer) = response.hover_pos() else {
            return;
        };
        let anchor = scale.time_at(pointer.x);
        let mut factor = 1.0 / f64::from(zoom);
        if scroll.y != 0.0 {
            factor *= (-f64::from(scroll.y) * 0.004).exp();
        }
        if (factor - 1.0).abs() > 1e-4 {
            self.zoom_around(story, anchor, factor, axis_width);
        }
        if scroll.x != 0.0 {
            self.pan(story, -f64::from(scroll.x) * seconds_per_point);
        }
        if scroll != egui::Vec2::ZERO {
            ui.ctx()
                .input_mut(|i| i.smooth_scroll_delta = egui::Vec2::ZERO);
        }
    }

    /// Track names in the gutter: click one to hide or show its events (here and on the map).
    fn tracks_ui(
        &self,
        ui: &mut Ui,
        state: &AppState,
        layout: &Layout,
        lanes: Rect,
        gutter: f32,
        commands: &mut Vec<Command>,
    ) {
        let lang = state.language;
        let text = ui.visuals().text_color();
        let painter = ui.painter_at(lanes);
        for (i, group) in layout.groups.iter().enumerate() {
            let top = lanes.top() + group.first_row as f32 * layout.row_height;
            let bottom = top + group.rows as f32 * layout.row_height;
            if i > 0 {
                painter.hline(
                    lanes.x_range(),
                    top,
                    Stroke::new(1.0, text.gamma_multiply(0.12)),
                );
            }
            if gutter <= 0.0 {
                continue;
            }
            let Some(track) = group.track else {
                // The events without a track; the layout leaves their group unnamed.
                let galley = painter.layout(
                    t!(lang, "track-other"),
                    FontId::proportional(10.5),
                    text.gamma_multiply(0.75),
                    gutter - 8.0,
                );
                painter.galley(Pos2::new(lanes.left() + 6.0, top), galley, text);
                continue;
            };
            let hidden = state.hidden_tracks.contains(&track);
            let name_rect = Rect::from_min_max(
                Pos2::new(lanes.left() + 2.0, top),
                Pos2::new(lanes.left() + gutter - 4.0, bottom.max(top + 12.0)),
            );
            let response = ui.interact(
                name_rect,
                egui::Id::unique(("timeline-track", track.0)),
                Sense::click(),
            );
            let label = if hidden {
                t!(lang, "track-hidden", track = &group.name)
            } else {
                t!(lang, "track-shown", track = &group.name)
            };
            response
                .widget_info(|| WidgetInfo::selected(egui::Role::CheckBox, true, !hidden, &label));
            let colour = if hidden {
                text.gamma_multiply(0.35)
            } else {
                text.gamma_multiply(0.8)
            };
            let mark = if hidden { "○ " } else { "● " };
            // As many lines as the lane has room for (half a line may reach into the gap
            // below); a name longer than that ends in "…"
            // (the whole name is its accessible label and shows on hover).
            let font = FontId::proportional(10.5);
            let line_height = painter.fonts_mut(|fonts| fonts.row_height(&font));
            let mut job = egui::text::LayoutJob::simple(
                format!("{mark}{}", group.name),
                font,
                colour,
                gutter - 8.0,
            );
            job.wrap.max_rows = (((bottom - top) / line_height).round() as usize).max(1);
            let galley = painter.layout_job(job);
            let y = ((top + bottom) / 2.0 - galley.size().y / 2.0).max(top);
            painter.galley(Pos2::new(lanes.left() + 6.0, y), galley, colour);
            let about = if hidden {
                t!(lang, "track-show-hint")
            } else {
                t!(lang, "track-hide-hint")
            };
            let response = hint(response, &about);
            if response.clicked() {
                commands.push(StateCommand::ToggleTrack(track).into());
            }
        }
    }
}
/// Draws the events in their rows (bars for spans, diamonds for moments, a glow under the
/// selected and highlighted ones) and turns clicks into commands.
fn events_ui(
    ui: &mut Ui,
    painter: &egui::Painter,
    (story, state): (&Story, &AppState),
    layout: &Layout,
    scale: &TimeScale,
    lanes: Rect,
    commands: &mut Vec<Command>,
) {
    let highlighted = highlighted_events(story, state);
    let is_marked =
        |ix: EventIx| state.selection == Some(Selection::Event(ix)) || highlighted.contains(&ix);
    // Glows first, under every glyph.
    for placed in layout.events.iter().filter(|p| is_marked(p.event)) {
        let (y, half) = glyph_line(lanes, placed.row, layout.row_height);
        let glow = Rect::from_min_max(
            Pos2::new(placed.left - 2.0, y - half - 2.0),
            Pos2::new(placed.right + 2.0, y + half + 2.0),
        );
        let is_selected = state.selection == Some(Selection::Event(placed.event));
        let strength = if is_selected { 1.0 } else { 0.6 };
        painter.rect_filled(glow, 4.0, theme::SELECTED.gamma_multiply(strength));
    }
    for placed in &layout.events {
        let Some(event) = story.event(placed.event) else {
            continue;
        };
        let ix = placed.event;
        let (y, half) = glyph_line(lanes, placed.row, layout.row_height);
        let colour = if event.start <= state.time {
            theme::PAST
        } else {
            theme::EVENT
        };
        let x0 = scale.x_of(event.start);
        let x1 = scale.x_of(event.drawn_end()).max(x0);
        let bar = Rect::from_min_max(Pos2::new(x0, y - half + 1.0), Pos2::new(x1, y + half - 1.0));
        if event.end.is_none() && event.precision == Precision::Day && x1 - x0 > 2.0 {
            // Known only to the day: the whole day, hollow, for it happened sometime in it.
            painter.rect(
                bar,
                3.0,
                colour.gamma_multiply(0.25),
                Stroke::new(1.0, colour),
                StrokeKind::Inside,
            );
        } else if event.end.is_some() && x1 - x0 > 2.0 {
            painter.rect_filled(bar, 3.0, colour);
        } else {
            let corners = [(0.0, -half), (half, 0.0), (0.0, half), (-half, 0.0)];
            let diamond = corners.map(|(dx, dy)| Pos2::new(x0 + dx, y + dy)).to_vec();
            painter.add(Shape::convex_polygon(diamond, colour, Stroke::NONE));
        }
        let hit = Rect::from_min_max(
            Pos2::new(placed.left, y - half - 1.0),
            Pos2::new(placed.right, y + half + 1.0),
        )
        .intersect(painter.clip_rect());
        if !hit.is_positive() {
            continue;
        }
        let response = ui.interact(
            hit,
            egui::Id::unique(("timeline-event", story.serial, ix.0)),
            Sense::click(),
        );
        let marked = is_marked(ix);
        response
            .widget_info(|| WidgetInfo::selected(egui::Role::Button, true, marked, &event.title));
        // Asking egui about a tooltip costs as much as the widget itself; with hundreds of
        // events on the strip, ask only for the one the pointer or the keyboard is on.
        if crate::tooltip::may_show(&response) {
            response.clone().on_hover_ui(|ui| {
                ui.set_max_width(300.0);
                ui.strong(&event.title);
                ui.weak(story.clock.format_long_as(event.start, event.precision));
                ui.label(&event.summary);
            });
        }
        if response.clicked() {
            commands.push(StateCommand::Select(Some(Selection::Event(ix))).into());
        }
    }
}

/// Where an event's glyph sits in its row: its centre line and half its height.
fn glyph_line(lanes: Rect, row: usize, row_height: f32) -> (f32, f32) {
    let y = lanes.top() + (row as f32 + 0.5) * row_height;
    let half = (row_height / 2.0 - 1.0).clamp(2.0, 5.0);
    (y, half)
}

/// Draws the clusters; returns the span of a clicked one (the timeline zooms into it).
fn clusters_ui(
    ui: &mut Ui,
    painter: &egui::Painter,
    (story, state): (&Story, &AppState),
    layout: &Layout,
    lanes: Rect,
) -> Option<(Timestamp, Timestamp)> {
    let lang = state.language;
    let mut zoom_to = None;
    for cluster in &layout.clusters {
        let y = lanes.top() + (cluster.row as f32 + 0.5) * layout.row_height;
        let half = (layout.row_height / 2.0 - 0.5).clamp(3.0, 6.5);
        let rect = Rect::from_min_max(
            Pos2::new(cluster.left, y - half),
            Pos2::new(cluster.right.max(cluster.left + 16.0), y + half),
        );
        painter.rect_filled(rect, 3.0, theme::EVENT.gamma_multiply(0.85));
        painter.text(
            rect.center(),
            Align2::CENTER_CENTER,
            format!("{}", cluster.events.len()),
            FontId::proportional((half * 1.7).clamp(8.0, 11.0)),
            Color32::WHITE,
        );
        let Some(first) = cluster.events.first() else {
            continue;
        };
        let response = ui.interact(
            rect,
            egui::Id::unique(("timeline-cluster", first.0, cluster.events.len())),
            Sense::click(),
        );
        let count = cluster.events.len();
        let label = t!(lang, "cluster", count = count);
        response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, &label));
        let response = response.on_hover_ui(|ui| {
            ui.strong(t!(lang, "cluster-hint", count = count));
            for &ix in cluster.events.iter().take(8) {
                if let Some(event) = story.event(ix) {
                    ui.label(format!(
                        "{} — {}",
                        story.clock.format_short_as(event.start, event.precision),
                        event.title
                    ));
                }
            }
        });
        if response.clicked() {
            zoom_to = Some(cluster.span);
        }
    }
    zoom_to
}

/// Events to highlight: those of the selected place (with the places within it).
fn highlighted_events(story: &Story, state: &AppState) -> Vec<EventIx> {
    match state.selection {
        Some(Selection::Place(place)) => story.events_at_place(place),
        _ => Vec::new(),
    }
}
