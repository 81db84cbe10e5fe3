//! Place markers: one clickable, labelled, accessible marker per place, styled by how the place
//! stands at the current time (quiet, yet to come, past, happening now) and by the selection.

use egui::{Align2, Color32, FontId, Pos2, Rect, Response, Sense, Stroke, Ui, Vec2, WidgetInfo};
use walkers::{Projector, lon_lat};

use super::fades::MarkerFades;
use super::place_units::PlaceUnits;
use super::sprites::{MarkerSprites, Ring};
use crate::basemap::{MapText, ScreenGrid, Taken, Unit, UnitProjector};
use crate::state::{AppState, Command, MapMode, Selection};
use crate::story::{Alliance, PlaceIx, PlaceKind, PlaceTime, Status, Story};

/// From this zoom level on, sites inside a city get markers of their own; below it they are
/// counted in their city's marker.
pub const SITE_ZOOM: f64 = 11.0;
/// From this zoom level on, every visible marker is labelled.
const LABEL_ALL_ZOOM: f64 = 7.0;
/// Size of the markers' labels.
const LABEL_SIZE: f32 = 13.0;
/// Markers closer than this (points, edge to edge) are thinned out.
const MARKER_GAP: f32 = 2.0;

/// Colours of the map's marks; the legend uses the same ones.
pub struct PlaceStyle;

impl PlaceStyle {
    /// An event there is happening now.
    pub const NOW: Color32 = Color32::from_rgb(0xE2, 0x3D, 0x28);
    /// Something has happened there.
    pub const PAST: Color32 = Color32::from_rgb(0x7A, 0x2E, 0x24);
    /// Its first event is still to come.
    pub const FUTURE: Color32 = Color32::from_rgb(0xFA, 0xFA, 0xF7);
    /// The story has no event there.
    pub const QUIET: Color32 = Color32::from_rgb(0x9A, 0xA3, 0xAB);
    /// Outline of markers.
    pub const OUTLINE: Color32 = Color32::from_rgb(0x33, 0x33, 0x33);
    /// Warsaw Pact member states.
    pub const WARSAW_PACT: Color32 = Color32::from_rgb(0xB0, 0x1E, 0x23);
    /// A state that has declared itself neutral.
    pub const NEUTRAL: Color32 = Color32::from_rgb(0x1F, 0x7A, 0x4D);
    /// Selection ring.
    pub const SELECTED: Color32 = Color32::from_rgb(0xF2, 0xB1, 0x1B);
    /// Label text.
    pub const TEXT: Color32 = Color32::from_rgb(0x1E, 0x1E, 0x1E);
}

/// Draws every visible marker and turns clicks into commands. The markers themselves are
/// sprites, gathered into one mesh under the rings and labels.
#[expect(
    clippy::too_many_arguments,
    reason = "one call site, all parts of one frame"
)]
pub fn ui(
    ui: &mut Ui,
    _map_response: &Response,
    projector: &Projector,
    story: &Story,
    state: &AppState,
    layout: &MarkerLayout,
    sprites: &mut MarkerSprites,
    fades: &mut MarkerFades,
    text: &mut MapText,
    commands: &mut Vec<Command>,
) {
    let zoom = projector.zoom();
    let clip = projector.clip_rect();
    let painter = ui.painter_at(clip);
    let highlighted = &layout.highlighted;
    let pact_capitals = pact_capitals(story);
    let visible = &layout.visible;
    let mut labelled = vec![false; story.places.len()];
    for (ix, _) in &layout.labels {
        if let Some(flag) = labelled.get_mut(ix.0) {
            *flag = true;
        }
    }

    // Markers that have just left the view (another time, another mode) fade out.
    let ctx = ui.ctx().clone();
    let mut batch = sprites.begin(&ctx);
    // The markers go here, under every ring and label drawn below.
    let markers_slot = painter.add(egui::Shape::Noop);
    let shown: Vec<PlaceIx> = visible.iter().map(|(ix, _, _)| *ix).collect();
    for place_ix in fades.leaving(&shown, story.places.len()) {
        let Some(place) = story.place(place_ix) else {
            continue;
        };
        if zoom < SITE_ZOOM && place.within.is_some() {
            continue;
        }
        let alpha = ctx.animate_bool_with_time(fade_id(place_ix), false, FADE_SECONDS);
        if alpha <= 0.01 {
            continue;
        }
        fades.still_fading(place_ix);
        let pos = projector.project(lon_lat(place.lon, place.lat)).to_pos2();
        let time = state.place_time(story, place_ix);
        if let Some(batch) = &mut batch {
            batch.add(pos, place.kind, time, alpha);
        }
    }

    for &(place_ix, pos, place_time) in visible {
        let Some(place) = story.place(place_ix) else {
            continue;
        };
        let alpha = ctx.animate_bool_with_time(fade_id(place_ix), true, FADE_SECONDS);
        let (_, radius) = marker_style(place.kind, place_time);
        let fade = |colour: Color32| colour.gamma_multiply(alpha);
        match &mut batch {
            Some(batch) => batch.add(pos, place.kind, place_time, alpha),
            None => {
                painter.circle(
                    pos,
                    radius,
                    fade(marker_style(place.kind, place_time).0),
                    Stroke::new(1.5, fade(PlaceStyle::OUTLINE)),
                );
            }
        }
        let is_pact_capital = pact_capitals.contains(&place_ix);
        let selected = highlighted.contains(&place_ix);
        let rings = [
            is_pact_capital.then(|| (Ring::Pact, fade(pact_colour(story, place_ix, state)))),
            selected.then_some((Ring::Selected, PlaceStyle::SELECTED)),
        ];
        for (ring, colour) in rings.into_iter().flatten() {
            match &mut batch {
                Some(batch) => batch.ring(pos, place.kind, place_time, ring, colour),
                None => {
                    let (gap, width) = ring.gap_and_width();
                    painter.circle_stroke(pos, radius + gap, Stroke::new(width, colour));
                }
            }
        }

        if labelled.get(place_ix.0).copied().unwrap_or(false) {
            label(
                &painter,
                text,
                pos,
                radius,
                &place.name,
                is_pact_capital.then(|| {
                    let polity = place.polity.and_then(|p| story.polity(p));
                    (
                        polity.map(|p| p.short_name.clone()).unwrap_or_default(),
                        pact_colour(story, place_ix, state),
                    )
                }),
            );
        }

        let hit = Rect::from_center_size(pos, egui::vec2(2.0 * radius + 8.0, 2.0 * radius + 8.0));
        let id = egui::Id::unique(("place-marker", place_ix.0));
        let response = ui.interact(hit, id, Sense::click());
        response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, &place.name));
        if crate::tooltip::may_show(&response) {
            response
                .clone()
                .on_hover_ui(|ui| tooltip_ui(ui, story, state, place_ix));
        }
        if response.clicked() {
            commands.push(Command::Select(Some(Selection::Place(place_ix))));
        }
    }
    if let Some(batch) = batch {
        painter.set(markers_slot, batch.into_shape());
    }
    text.flush(&painter);
}

/// The screen areas the story's markers and their labels will take this frame, so that the
/// base map's own labels keep clear of them.
pub fn occupied(screen: Rect, layout: &MarkerLayout) -> Taken {
    Taken::new(
        screen,
        layout
            .visible
            .iter()
            .map(|(_, pos, _)| Rect::from_center_size(*pos, egui::vec2(22.0, 22.0)))
            .chain(layout.labels.iter().map(|(_, rect)| *rect)),
    )
}

/// Where this frame's markers and their labels go, worked out once per frame.
pub struct MarkerLayout {
    /// Markers to draw, bottom first: place, screen position, how it stands now.
    pub visible: Vec<(PlaceIx, Pos2, PlaceTime)>,
    /// Labelled markers and where their labels go.
    pub labels: Vec<(PlaceIx, Rect)>,
    /// Places ringed as selected.
    pub highlighted: Vec<PlaceIx>,
}

/// Works out the frame's markers and labels.
pub fn layout(
    painter: &egui::Painter,
    projector: &Projector,
    story: &Story,
    state: &AppState,
    units: &mut PlaceUnits,
    text: &mut MapText,
) -> MarkerLayout {
    let zoom = projector.zoom();
    let visible = declutter(story, state, projector, units.of(story), zoom);
    let highlighted = highlighted_places(story, state, zoom);
    let labels = label_rects(
        painter,
        text,
        story,
        &visible,
        &highlighted,
        &pact_capitals(story),
        zoom,
    );
    MarkerLayout {
        visible,
        labels,
        highlighted,
    }
}

fn pact_capitals(story: &Story) -> Vec<PlaceIx> {
    story
        .polities_in(Alliance::WarsawPact)
        .filter_map(|polity| polity.capital)
        .collect()
}

/// The labelled markers and where their labels go.
fn label_rects(
    painter: &egui::Painter,
    text: &mut MapText,
    story: &Story,
    visible: &[(PlaceIx, Pos2, PlaceTime)],
    highlighted: &[PlaceIx],
    pact_capitals: &[PlaceIx],
    zoom: f64,
) -> Vec<(PlaceIx, Rect)> {
    let mut chosen: Vec<(PlaceIx, Rect)> = Vec::new();
    let mut taken = Taken::new(painter.clip_rect(), []);
    // `visible` is bottom first; labels are placed most important first.
    for &(ix, pos, time) in visible.iter().rev() {
        let Some(place) = story.place(ix) else {
            continue;
        };
        let always = place.id == "budapest" || pact_capitals.contains(&ix);
        let wanted = always
            || highlighted.contains(&ix)
            || time == PlaceTime::Now
            || (zoom >= LABEL_ALL_ZOOM && (place.within.is_none() || zoom >= 13.0));
        if !wanted {
            continue;
        }
        let size = text
            .galley(painter, &place.name, &FontId::proportional(LABEL_SIZE))
            .size();
        // A Warsaw Pact capital's label has a second line: a star and the state's name.
        let (width, height) = if pact_capitals.contains(&ix) {
            let state = place
                .polity
                .and_then(|p| story.polity(p))
                .map(|p| p.short_name.as_str())
                .unwrap_or_default();
            let state_width = text
                .galley(painter, state, &FontId::proportional(11.0))
                .size()
                .x;
            (size.x.max(13.0 + state_width), size.y + 14.0)
        } else {
            (size.x, size.y)
        };
        let left_center = pos + egui::vec2(base_radius(place.kind) + 5.0, 0.0);
        let rect = Rect::from_min_size(
            left_center - egui::vec2(0.0, size.y / 2.0),
            egui::vec2(width, height),
        );
        if always {
            taken.take(rect);
            chosen.push((ix, rect));
        } else if taken.take_if_free(rect) {
            chosen.push((ix, rect));
        }
    }
    chosen
}

/// How long markers take to fade in or out.
const FADE_SECONDS: f32 = 0.35;

fn fade_id(place: PlaceIx) -> egui::Id {
    egui::Id::unique(("place-marker-fade", place.0))
}

/// Fill and radius of a marker.
pub(super) fn marker_style(kind: PlaceKind, time: PlaceTime) -> (Color32, f32) {
    let base = base_radius(kind);
    match time {
        PlaceTime::Quiet => (PlaceStyle::QUIET, base - 1.5),
        PlaceTime::Future => (PlaceStyle::FUTURE, base),
        PlaceTime::Past => (PlaceStyle::PAST, base),
        PlaceTime::Now => (PlaceStyle::NOW, base + 3.0),
    }
}

fn base_radius(kind: PlaceKind) -> f32 {
    match kind {
        PlaceKind::Capital => 7.0,
        PlaceKind::City | PlaceKind::Region => 5.5,
        PlaceKind::Site => 5.0,
    }
}

/// The markers to draw, bottom first. Sites are left to their city below [`SITE_ZOOM`]; where
/// markers would overlap, the more important one (capital, then happening now, then more
/// events) is kept and the other waits until the user zooms in.
fn declutter(
    story: &Story,
    state: &AppState,
    projector: &Projector,
    units: &[Unit],
    zoom: f64,
) -> Vec<(PlaceIx, Pos2, PlaceTime)> {
    let clip = projector.clip_rect().expand(40.0);
    let to_screen = UnitProjector::new(projector);
    // (place, screen position, how it stands now, importance)
    type Candidate = (PlaceIx, Pos2, PlaceTime, (u8, u8, usize));
    let mut candidates: Vec<Candidate> = story
        .indexed_places()
        .filter(|(_, place)| zoom >= SITE_ZOOM || place.within.is_none())
        .filter_map(|(ix, place)| {
            let pos = to_screen.place(*units.get(ix.0)?);
            if !clip.contains(pos) {
                return None;
            }
            let time = state.place_time(story, ix);
            // "Now only": what is happening now, and the capitals for orientation.
            let time = match (state.map_mode, time) {
                (MapMode::NowOnly, PlaceTime::Now) => time,
                (MapMode::NowOnly, _) if place.kind == PlaceKind::Capital => PlaceTime::Quiet,
                (MapMode::NowOnly, _) => return None,
                (MapMode::SoFar, _) => time,
            };
            let rank = (
                u8::from(place.kind == PlaceKind::Capital),
                match time {
                    PlaceTime::Now => 3,
                    PlaceTime::Past => 2,
                    PlaceTime::Future => 1,
                    PlaceTime::Quiet => 0,
                },
                story.place_events.get(ix.0).map_or(0, Vec::len),
            );
            Some((ix, pos, time, rank))
        })
        .collect();
    candidates.sort_by_key(|candidate| std::cmp::Reverse(candidate.3));
    // The markers kept so far, with their radii, in a grid: each candidate asks only about
    // the markers near it.
    let widest = [PlaceKind::Capital, PlaceKind::City, PlaceKind::Site]
        .map(base_radius)
        .into_iter()
        .fold(0.0, f32::max);
    let mut kept_grid: ScreenGrid<(Pos2, f32)> = ScreenGrid::new(clip, 2.0 * widest + MARKER_GAP);
    let mut kept: Vec<(PlaceIx, Pos2, PlaceTime)> = Vec::new();
    for (ix, pos, time, _) in candidates {
        let radius = story.place(ix).map_or(5.0, |p| base_radius(p.kind));
        let around = Rect::from_center_size(pos, Vec2::splat(2.0 * (radius + widest + MARKER_GAP)));
        let overlaps = kept_grid.any_near(around, |&(other, other_radius)| {
            let reach = radius + other_radius + MARKER_GAP;
            pos.distance_sq(other) < reach * reach
        });
        if !overlaps {
            kept_grid.insert(
                Rect::from_center_size(pos, Vec2::splat(2.0 * radius)),
                (pos, radius),
            );
            kept.push((ix, pos, time));
        }
    }
    // The most important marker is drawn last, so it is on top and gets the click.
    kept.reverse();
    kept
}

/// The places to ring: the selected place, or the places of the selected event (shown on their
/// city while sites are hidden).
fn highlighted_places(story: &Story, state: &AppState, zoom: f64) -> Vec<PlaceIx> {
    let places = match state.selection {
        Some(Selection::Place(ix)) => vec![ix],
        Some(Selection::Event(ix)) => story
            .event(ix)
            .map(|e| e.places.clone())
            .unwrap_or_default(),
        None => Vec::new(),
    };
    places
        .into_iter()
        .map(|ix| {
            let place = story.place(ix);
            match place.and_then(|p| p.within) {
                Some(parent) if zoom < SITE_ZOOM => parent,
                _ => ix,
            }
        })
        .collect()
}

/// Red for a member of the Warsaw Pact; green once its state has declared neutrality.
fn pact_colour(story: &Story, place_ix: PlaceIx, state: &AppState) -> Color32 {
    let status = story
        .place(place_ix)
        .and_then(|p| p.polity)
        .and_then(|p| story.polity(p))
        .and_then(|p| p.status_at(state.time))
        .map(|change| change.status);
    match status {
        Some(Status::Neutral) => PlaceStyle::NEUTRAL,
        _ => PlaceStyle::WARSAW_PACT,
    }
}

fn label(
    painter: &egui::Painter,
    text: &mut MapText,
    pos: Pos2,
    radius: f32,
    name: &str,
    pact: Option<(String, Color32)>,
) {
    let anchor = pos + egui::vec2(radius + 5.0, 0.0);
    text.halo(
        painter,
        anchor,
        Align2::LEFT_CENTER,
        name,
        &FontId::proportional(LABEL_SIZE),
        PlaceStyle::TEXT,
    );
    if let Some((state_name, colour)) = pact {
        let below = anchor + egui::vec2(0.0, 14.0);
        paint_star(painter, below + egui::vec2(5.0, 0.0), 6.5, Color32::WHITE);
        paint_star(painter, below + egui::vec2(5.0, 0.0), 5.0, colour);
        let text_at = below + egui::vec2(13.0, 0.0);
        text.halo(
            painter,
            text_at,
            Align2::LEFT_CENTER,
            &state_name,
            &FontId::proportional(11.0),
            colour,
        );
    }
}

/// Name, kind, state and what happened there.
fn tooltip_ui(ui: &mut Ui, story: &Story, state: &AppState, place_ix: PlaceIx) {
    let Some(place) = story.place(place_ix) else {
        return;
    };
    ui.set_max_width(320.0);
    ui.strong(&place.name);
    let polity = place
        .polity
        .and_then(|p| story.polity(p))
        .map(|p| format!(", {}", p.short_name))
        .unwrap_or_default();
    ui.weak(format!("{}{polity}", place.kind.label()));
    if let Some(description) = &place.description {
        ui.label(description);
    }
    let events = story.events_at_place(place_ix);
    if events.is_empty() {
        ui.weak("No event of the story took place here.");
        return;
    }
    ui.separator();
    ui.label("What happened here:");
    const SHOWN: usize = 6;
    for &ix in events.iter().take(SHOWN) {
        let Some(event) = story.event(ix) else {
            continue;
        };
        let when = story.clock.format_short(event.start);
        let text = format!("{when} — {}", event.title);
        if event.is_active_at(state.time) {
            ui.colored_label(PlaceStyle::NOW, format!("▶ {text} (now)"));
        } else {
            ui.label(format!("• {text}"));
        }
    }
    if events.len() > SHOWN {
        ui.weak(format!(
            "…and {} more. Click to see them all.",
            events.len() - SHOWN
        ));
    }
}

/// A filled five-pointed star (the mark of a Warsaw Pact state), as a triangle fan.
pub fn paint_star(painter: &egui::Painter, center: Pos2, radius: f32, colour: Color32) {
    // The directions of its ten corners, worked out once.
    static CORNERS: std::sync::OnceLock<[egui::Vec2; 10]> = std::sync::OnceLock::new();
    let corners = CORNERS.get_or_init(|| {
        std::array::from_fn(|i| {
            let reach = if i % 2 == 0 { 1.0 } else { 0.42 };
            let angle = -std::f32::consts::FRAC_PI_2 + i as f32 * std::f32::consts::PI / 5.0;
            reach * egui::vec2(angle.cos(), angle.sin())
        })
    });
    let mut mesh = egui::Mesh::default();
    mesh.reserve_vertices(11);
    mesh.reserve_triangles(10);
    mesh.colored_vertex(center, colour);
    for corner in corners {
        mesh.colored_vertex(center + radius * *corner, colour);
    }
    for i in 0..10u32 {
        mesh.add_triangle(0, 1 + i, 1 + (i + 1) % 10);
    }
    painter.add(egui::Shape::mesh(mesh));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pact_capitals_label_keeps_room_for_its_state_line() {
        let story = crate::story::load_default()
            .expect("the default story")
            .story;
        let prague = story.place_by_id("prague").expect("Prague");
        let ctx = egui::Context::default();
        ctx.run_ui(egui::RawInput::default(), |ui| {
            let painter = ui.painter().clone();
            let mut text = MapText::default();
            text.begin_frame(&painter);
            let visible = [(prague, Pos2::new(300.0, 200.0), PlaceTime::Past)];
            let rects = label_rects(&painter, &mut text, &story, &visible, &[], &[prague], 5.0);
            let [(ix, rect)] = rects.as_slice() else {
                panic!("one label: {rects:?}");
            };
            assert_eq!(*ix, prague);
            let state = text
                .galley(&painter, "Czechoslovakia", &FontId::proportional(11.0))
                .size()
                .x;
            assert!(rect.width() >= 13.0 + state, "{rect:?} for {state}");
            assert!(rect.height() > 20.0, "two lines: {rect:?}");
        })
        .drop_without_applying_deltas();
    }
}
