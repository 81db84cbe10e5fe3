//! Place markers: one clickable, labelled, accessible marker per place, styled by how the place
//! stands at the current time (quiet, yet to come, past, happening now) and by the selection.
//! Where markers would overlap, the less important ones wait until the user zooms in.

use egui::{Align2, Color32, FontId, Painter, Pos2, Rect, Sense, Stroke, Ui, Vec2, WidgetInfo};

use super::fades::MarkerFades;
use super::grid::ScreenGrid;
use super::halo;
use super::taken::Taken;
use super::unit_projector::UnitProjector;
use crate::basemap::Unit;
use crate::command::Command;
use crate::state::{AppState, MapMode, Selection, StateCommand};
use crate::story::{Alliance, PlaceIx, PlaceKind, PlaceTime, Status, Story};
use crate::theme;

/// From this zoom level on, sites inside a city get markers of their own; below it they are
/// counted in their city's marker.
pub(crate) const SITE_ZOOM: f64 = 11.0;
/// From this zoom level on, every visible marker is labelled.
const LABEL_ALL_ZOOM: f64 = 7.0;
/// From this zoom level on, the markers of sites inside a city are labelled too.
const LABEL_SITES_ZOOM: f64 = 13.0;
/// Size of the markers' labels.
const LABEL_SIZE: f32 = 13.0;
/// Size of the state's name under a Warsaw Pact capital.
const STATE_LABEL_SIZE: f32 = 11.0;
/// Markers closer than this (points, edge to edge) are thinned out.
const MARKER_GAP: f32 = 2.0;
/// Width of the outline around a marker (points).
const OUTLINE: f32 = 1.5;
/// The soft disc around a marker whose place has something happening now reaches this far
/// beyond it (points).
const NOW_GLOW: f32 = 7.0;
/// How long markers take to fade in or out.
const FADE_SECONDS: f32 = 0.35;

/// A ring drawn around a marker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ring {
    /// Around the capital of a Warsaw Pact state.
    Pact,
    /// Around a selected place.
    Selected,
}

impl Ring {
    /// The gap between the marker's edge and the ring, and the ring's width (points).
    fn gap_and_width(self) -> (f32, f32) {
        match self {
            Ring::Pact => (2.5, 2.5),
            Ring::Selected => (5.5, 3.0),
        }
    }
}

/// Where this frame's markers and their labels go, worked out once per frame.
pub(crate) struct MarkerLayout {
    /// Markers to draw, bottom first: place, screen position, how it stands now.
    visible: Vec<(PlaceIx, Pos2, PlaceTime)>,
    /// Labelled markers and where their labels go.
    labels: Vec<(PlaceIx, Rect)>,
    /// Places ringed as selected.
    highlighted: Vec<PlaceIx>,
    /// Capitals of the Warsaw Pact's states.
    pact_capitals: Vec<PlaceIx>,
}

/// Works out the frame's markers and labels.
pub(crate) fn layout(
    painter: &Painter,
    to_screen: &UnitProjector,
    zoom: f64,
    story: &Story,
    state: &AppState,
    units: &[Unit],
) -> MarkerLayout {
    let visible = declutter(story, state, to_screen, painter.clip_rect(), units, zoom);
    let highlighted = highlighted_places(story, state, zoom);
    let pact_capitals = pact_capitals(story);
    let labels = label_rects(painter, story, &visible, &highlighted, &pact_capitals, zoom);
    MarkerLayout {
        visible,
        labels,
        highlighted,
        pact_capitals,
    }
}

/// The screen areas the story's markers and their labels take this frame, so that the base
/// map's own labels keep clear of them.
pub(crate) fn occupied(screen: Rect, layout: &MarkerLayout) -> Taken {
    Taken::new(
        screen,
        layout
            .visible
            .iter()
            .map(|(_, pos, _)| Rect::from_center_size(*pos, egui::vec2(22.0, 22.0)))
            .chain(layout.labels.iter().map(|(_, rect)| *rect)),
    )
}

/// Where this frame's markers' labels go.
pub(crate) fn label_rects_of(layout: &MarkerLayout) -> impl Iterator<Item = Rect> + '_ {
    layout.labels.iter().map(|(_, rect)| *rect)
}

/// Whether any marker of this frame lies in `area`.
pub(crate) fn any_in(layout: &MarkerLayout, area: Rect) -> bool {
    layout.visible.iter().any(|(_, pos, _)| area.contains(*pos))
}

/// Draws every visible marker (and those fading out) with its rings and label, and turns
/// clicks into commands.
pub(crate) fn ui(
    ui: &mut Ui,
    to_screen: &UnitProjector,
    zoom: f64,
    (story, state): (&Story, &AppState),
    (layout, units): (&MarkerLayout, &[Unit]),
    fades: &mut MarkerFades,
    commands: &mut Vec<Command>,
) {
    let painter = ui.painter().clone();
    let ctx = ui.ctx().clone();
    let fade_id = |place: PlaceIx| egui::Id::unique(("place-marker-fade", story.serial, place.0));
    let fade_seconds = super::motion_seconds(&ctx, FADE_SECONDS);

    // Markers that have just left the view (another time, another mode) fade out.
    let shown: Vec<PlaceIx> = layout.visible.iter().map(|(ix, _, _)| *ix).collect();
    for place_ix in fades.leaving(story.serial, &shown, story.places.len()) {
        let (Some(place), Some(&unit)) = (story.place(place_ix), units.get(place_ix.0)) else {
            continue;
        };
        if zoom < SITE_ZOOM && place.within.is_some() {
            continue;
        }
        let alpha = ctx.animate_bool_with_time(fade_id(place_ix), false, fade_seconds);
        if alpha <= 0.01 {
            continue;
        }
        fades.still_fading(place_ix);
        let time = state.place_time(story, place_ix);
        paint_marker(&painter, to_screen.place(unit), place.kind, time, alpha);
    }

    let mut label_at: Vec<Option<Rect>> = vec![None; story.places.len()];
    for &(ix, rect) in &layout.labels {
        if let Some(at) = label_at.get_mut(ix.0) {
            *at = Some(rect);
        }
    }
    for &(place_ix, pos, place_time) in &layout.visible {
        let Some(place) = story.place(place_ix) else {
            continue;
        };
        let alpha = ctx.animate_bool_with_time(fade_id(place_ix), true, fade_seconds);
        paint_marker(&painter, pos, place.kind, place_time, alpha);
        let radius = marker_radius(place.kind, place_time);
        let is_pact_capital = layout.pact_capitals.contains(&place_ix);
        let pact = is_pact_capital.then(|| pact_colour(story, place_ix, state));
        let rings = [
            pact.map(|colour| (Ring::Pact, colour.gamma_multiply(alpha))),
            layout
                .highlighted
                .contains(&place_ix)
                .then_some((Ring::Selected, theme::SELECTED)),
        ];
        for (ring, colour) in rings.into_iter().flatten() {
            let (gap, width) = ring.gap_and_width();
            painter.circle_stroke(pos, radius + gap + width / 2.0, Stroke::new(width, colour));
        }
        if let Some(rect) = label_at.get(place_ix.0).copied().flatten() {
            let state_line = pact.map(|colour| {
                let polity = place.polity.and_then(|p| story.polity(p));
                (polity.map_or("", |p| p.short_name.as_str()), colour)
            });
            label(
                &painter,
                Pos2::new(rect.min.x, pos.y),
                shown_name(place),
                state_line,
            );
        }

        let hit = Rect::from_center_size(pos, egui::vec2(2.0 * radius + 8.0, 2.0 * radius + 8.0));
        let id = egui::Id::unique(("place-marker", story.serial, place_ix.0));
        let response = ui.interact(hit, id, Sense::click());
        response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, &place.name));
        if crate::tooltip::may_show(&response) {
            response
                .clone()
                .on_hover_ui(|ui| super::place_tooltip::ui(ui, story, state, place_ix));
        }
        if response.clicked() {
            commands.push(StateCommand::Select(Some(Selection::Place(place_ix))).into());
        }
    }
}

/// One marker: for "now", a soft disc and a ring; then the outline and the fill.
fn paint_marker(painter: &Painter, pos: Pos2, kind: PlaceKind, time: PlaceTime, alpha: f32) {
    let radius = marker_radius(kind, time);
    if time == PlaceTime::Now {
        painter.circle_filled(
            pos,
            radius + NOW_GLOW,
            theme::NOW.gamma_multiply(0.25 * alpha),
        );
        painter.circle_stroke(
            pos,
            radius + 4.0 + OUTLINE / 2.0,
            Stroke::new(OUTLINE, theme::NOW.gamma_multiply(alpha)),
        );
    }
    painter.circle_filled(pos, radius + OUTLINE, theme::OUTLINE.gamma_multiply(alpha));
    painter.circle_filled(pos, radius, theme::place_fill(time).gamma_multiply(alpha));
}

fn pact_capitals(story: &Story) -> Vec<PlaceIx> {
    story
        .polities_in(Alliance::WarsawPact)
        .filter_map(|polity| polity.capital)
        .collect()
}

/// The labelled markers and where their labels go: the Warsaw Pact's capitals always, the
/// selected places and those where something is happening now if they have room, and from
/// [`LABEL_ALL_ZOOM`] on every marker with room: each right of its marker, or left of it where
/// the right side is taken or off the map.
fn label_rects(
    painter: &Painter,
    story: &Story,
    visible: &[(PlaceIx, Pos2, PlaceTime)],
    highlighted: &[PlaceIx],
    pact_capitals: &[PlaceIx],
    zoom: f64,
) -> Vec<(PlaceIx, Rect)> {
    let mut chosen: Vec<(PlaceIx, Rect)> = Vec::new();
    let mut taken = Taken::new(painter.clip_rect(), []);
    // The markers, filed by where they are, for a label to keep clear of the others.
    let mut markers = super::grid::ScreenGrid::new(painter.clip_rect(), 64.0);
    for &(ix, pos, _) in visible {
        markers.insert(Rect::from_center_size(pos, egui::Vec2::ZERO), (ix, pos));
    }
    // `visible` is bottom first; labels are placed most important first.
    for &(ix, pos, time) in visible.iter().rev() {
        let Some(place) = story.place(ix) else {
            continue;
        };
        let is_pact_capital = pact_capitals.contains(&ix);
        let always = is_pact_capital;
        let wanted = always
            || highlighted.contains(&ix)
            || time == PlaceTime::Now
            || (zoom >= LABEL_ALL_ZOOM && (place.within.is_none() || zoom >= LABEL_SITES_ZOOM));
        if !wanted {
            continue;
        }
        let name =
            halo::layout(painter, shown_name(place), FontId::proportional(LABEL_SIZE)).size();
        // A Warsaw Pact capital's label has a second line: a star and the state's name.
        let size = if is_pact_capital {
            let state = place
                .polity
                .and_then(|p| story.polity(p))
                .map_or("", |p| p.short_name.as_str());
            let state_width = halo::layout(painter, state, FontId::proportional(STATE_LABEL_SIZE))
                .size()
                .x;
            egui::vec2(name.x.max(13.0 + state_width), name.y + 14.0)
        } else {
            name
        };
        // Right of the marker; or left of it, where the right side is taken or off the map.
        let gap = marker_radius(place.kind, time) + 5.0;
        let top = pos.y - name.y / 2.0;
        let right = Rect::from_min_size(Pos2::new(pos.x + gap, top), size);
        let left = Rect::from_min_size(Pos2::new(pos.x - gap - size.x, top), size);
        let clip = painter.clip_rect();
        // On the screen, and (unless it must be there) over or next to no other marker, whose
        // name it would seem to be.
        let over_another = |rect: &Rect| {
            let near = rect.expand2(egui::vec2(16.0, 4.0));
            markers.any_near(near, |&(other, at)| other != ix && near.contains(at))
        };
        let fits = |rect: &Rect| clip.contains_rect(*rect);
        let rect = if always {
            let rect = if fits(&right) || !fits(&left) {
                right
            } else {
                left
            };
            taken.take(rect);
            Some(rect)
        } else {
            [right, left]
                .into_iter()
                .find(|rect| fits(rect) && !over_another(rect) && taken.take_if_free(*rect))
        };
        if let Some(rect) = rect {
            chosen.push((ix, rect));
        }
    }
    chosen
}

/// Radius of a marker.
fn marker_radius(kind: PlaceKind, time: PlaceTime) -> f32 {
    let base = base_radius(kind);
    match time {
        PlaceTime::Quiet => base - 1.5,
        PlaceTime::Future | PlaceTime::Past => base,
        PlaceTime::Now => base + 3.0,
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
    to_screen: &UnitProjector,
    clip: Rect,
    units: &[Unit],
    zoom: f64,
) -> Vec<(PlaceIx, Pos2, PlaceTime)> {
    let clip = clip.expand(40.0);
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
        Some(Status::Neutral) => theme::NEUTRAL,
        _ => theme::WARSAW_PACT,
    }
}

/// The name written beside a marker: a site's name without the address or aside that follows
/// its first comma or parenthesis ("Hungarian Radio, Bródy Sándor utca" is written "Hungarian
/// Radio"), so that in the crowded city the streets' own names have room to say where it is.
/// Its hover, the detail view and screen readers give the whole name.
fn shown_name(place: &crate::story::Place) -> &str {
    if place.kind != PlaceKind::Site {
        return &place.name;
    }
    let cut = place
        .name
        .find([',', '('])
        .map_or(place.name.as_str(), |at| place.name[..at].trim_end());
    if cut.is_empty() { &place.name } else { cut }
}

/// A marker's name, from `anchor` (the middle of its left edge) on; under a Warsaw Pact capital's
/// name, a star and its state's name.
fn label(painter: &Painter, anchor: Pos2, name: &str, state_line: Option<(&str, Color32)>) {
    let font = FontId::proportional(LABEL_SIZE);
    halo::text(
        painter,
        anchor,
        Align2::LEFT_CENTER,
        name,
        font,
        theme::MAP_TEXT,
    );
    if let Some((state_name, colour)) = state_line {
        let below = anchor + egui::vec2(0.0, 14.0);
        paint_star(painter, below + egui::vec2(5.0, 0.0), 6.5, Color32::WHITE);
        paint_star(painter, below + egui::vec2(5.0, 0.0), 5.0, colour);
        let font = FontId::proportional(STATE_LABEL_SIZE);
        halo::text(
            painter,
            below + egui::vec2(13.0, 0.0),
            Align2::LEFT_CENTER,
            state_name,
            font,
            colour,
        );
    }
}

/// A filled five-pointed star (the mark of a Warsaw Pact state), as a triangle fan.
pub(crate) fn paint_star(painter: &egui::Painter, center: Pos2, radius: f32, colour: Color32) {
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
            let visible = [(prague, Pos2::new(300.0, 200.0), PlaceTime::Past)];
            let rects = label_rects(&painter, &story, &visible, &[], &[prague], 5.0);
            let [(ix, rect)] = rects.as_slice() else {
                panic!("one label: {rects:?}");
            };
            assert_eq!(*ix, prague);
            let state = halo::layout(&painter, "Czechoslovakia", FontId::proportional(11.0))
                .size()
                .x;
            assert!(rect.width() >= 13.0 + state, "{rect:?} for {state}");
            assert!(rect.height() > 20.0, "two lines: {rect:?}");
        })
        .drop_without_applying_deltas();
    }

    #[test]
    fn a_label_with_no_room_on_the_right_goes_left_of_its_marker() {
        let story = crate::story::load_default()
            .expect("the default story")
            .story;
        let place = |id: &str| story.place_by_id(id).expect(id);
        let (budapest, vienna, warsaw) = (place("budapest"), place("vienna"), place("warsaw"));
        let ctx = egui::Context::default();
        let screen = Rect::from_min_size(Pos2::ZERO, egui::vec2(800.0, 600.0));
        let input = egui::RawInput {
            screen_rect: Some(screen),
            ..Default::default()
        };
        ctx.run_ui(input, |ui| {
            let painter = ui.painter().clone();
            // Vienna at the right edge; Budapest with Warsaw's label (placed first, as the
            // last drawn, on top) filling its right side.
            let visible = [
                (vienna, Pos2::new(790.0, 100.0), PlaceTime::Now),
                (budapest, Pos2::new(280.0, 300.0), PlaceTime::Now),
                (warsaw, Pos2::new(300.0, 300.0), PlaceTime::Now),
            ];
            let rects = label_rects(&painter, &story, &visible, &[], &[], 5.0);
            let at = |ix| rects.iter().find(|(i, _)| *i == ix).map(|(_, r)| *r);
            let vienna_label = at(vienna).expect("Vienna is labelled");
            assert!(screen.contains_rect(vienna_label), "{vienna_label:?}");
            assert!(
                vienna_label.max.x < 790.0,
                "left of its marker: {vienna_label:?}"
            );
            let budapest_label = at(budapest).expect("Budapest is labelled");
            assert!(budapest_label.max.x < 280.0, "left: {budapest_label:?}");
            let warsaw_label = at(warsaw).expect("Warsaw is labelled");
            assert!(warsaw_label.min.x > 300.0, "right: {warsaw_label:?}");
            // Prague's label would end beside Sofia's marker, as if it were Sofia's name.
            let (prague, sofia) = (place("prague"), place("sofia"));
            let visible = [
                (sofia, Pos2::new(366.0, 500.0), PlaceTime::Past),
                (prague, Pos2::new(300.0, 500.0), PlaceTime::Now),
            ];
            let rects = label_rects(&painter, &story, &visible, &[], &[], 5.0);
            let prague_label = rects.iter().find(|(i, _)| *i == prague).map(|(_, r)| *r);
            let prague_label = prague_label.expect("Prague is labelled");
            assert!(prague_label.max.x < 300.0, "left: {prague_label:?}");
        })
        .drop_without_applying_deltas();
    }
}
