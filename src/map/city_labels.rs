//! Budapest's names over the city layer, as they were on the day the timeline points to:
//! landmarks, squares, bridges, streets along their course and the districts' numerals, each
//! where it has room, with today's name on hover; and, where a visitor would look for the
//! Erzsébet híd, the word that it was not standing.

use std::sync::Arc;

use egui::emath::Rot2;
use egui::epaint::TextShape;
use egui::{Align2, Color32, FontId, Galley, Painter, Pos2, Rect, Sense, Ui, Vec2};

use super::halo;
use super::taken::Taken;
use super::unit_projector::UnitProjector;
use crate::basemap::{City, CityPoint, Names, PointKind};
use crate::i18n::Language;
use crate::t;
use crate::theme;

/// The city's names are written from this zoom level on.
const FROM_ZOOM: f64 = 11.0;

/// Writes the names that have room; returns where they went.
pub(crate) fn ui(
    ui: &Ui,
    lang: Language,
    to_screen: &UnitProjector,
    zoom: f64,
    (city, day): (&City, (i16, i8, i8)),
    taken: &mut Taken,
) -> Vec<Rect> {
    let painter = ui.painter();
    let clip = painter.clip_rect();
    let on_screen = city.bounds.is_some_and(|b| {
        Rect::from_two_pos(to_screen.place(b.min), to_screen.place(b.max)).intersects(clip)
    });
    if zoom < FROM_ZOOM || !on_screen {
        return Vec::new();
    }
    let mut drawn = Vec::new();
    // Each name is a widget of its own, read out by screen readers, with its hover text.
    let mut write = |rect: Rect, text: &str, what: Hover<'_>| {
        let id = egui::Id::unique(("city-name", drawn.len()));
        let response = ui.interact(rect, id, Sense::hover());
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, text));
        match what {
            Hover::Today(names, shown) if names.today != shown && !names.today.is_empty() => {
                crate::tooltip::hint(response, &t!(lang, "city-today", name = &names.today));
            }
            Hover::Note(text) => {
                crate::tooltip::hint(response, text);
            }
            Hover::Today(..) => {}
        }
        drawn.push(rect);
    };
    let shown = |point: &CityPoint| zoom >= point.min_zoom && zoom <= point.max_zoom;
    for kind in [PointKind::Landmark, PointKind::Absent, PointKind::Square] {
        for point in city.points.iter().filter(|p| p.kind == kind && shown(p)) {
            let Some(name) = point.names.on(day) else {
                continue;
            };
            let pos = to_screen.place(point.unit);
            let (text, colour, hover) = match (kind, &point.text) {
                (PointKind::Absent, Some(note)) => {
                    let first = note.split(':').next().unwrap_or(note);
                    (
                        format!("{}: {first}", point.names.today),
                        theme::WARNING,
                        Hover::Note(note),
                    )
                }
                _ => (
                    name.to_owned(),
                    theme::CITY_TEXT,
                    Hover::Today(&point.names, name),
                ),
            };
            let size = if kind == PointKind::Landmark {
                11.5
            } else {
                10.5
            };
            let galley = halo::layout(painter, &text, FontId::proportional(size));
            let rect = Align2::CENTER_CENTER.anchor_size(pos, galley.size());
            if clip.contains_rect(rect) && taken.take_if_free(rect.expand(1.0)) {
                halo::paint(painter, rect.min, &galley, colour);
                write(rect, &text, hover);
            }
        }
    }
    for (lines, size) in [(&city.bridges, 9.5), (&city.streets, 10.0)] {
        for line in lines.iter().filter(|l| zoom >= l.min_zoom) {
            let Some(name) = line.names.on(day) else {
                continue;
            };
            let points: Vec<Pos2> = line
                .line
                .points
                .iter()
                .map(|&u| to_screen.place(u))
                .collect();
            let galley = halo::layout(painter, name, FontId::proportional(size));
            if let Some(rect) = along(painter, &points, &galley, taken) {
                write(rect, name, Hover::Today(&line.names, name));
            }
        }
    }
    if zoom <= 13.0 {
        let faint = theme::CITY_TEXT.gamma_multiply(0.45);
        for point in city
            .points
            .iter()
            .filter(|p| p.kind == PointKind::District && shown(p))
        {
            let Some(numeral) = point.names.on(day) else {
                continue;
            };
            let galley = halo::layout(painter, numeral, FontId::proportional(17.0));
            let rect =
                Align2::CENTER_CENTER.anchor_size(to_screen.place(point.unit), galley.size());
            if clip.contains_rect(rect) && taken.take_if_free(rect) {
                painter.galley(rect.min, galley, faint);
            }
        }
    }
    drawn
}

/// What a name tells on hover.
enum Hover<'a> {
    /// Today's name, if it is not the one shown.
    Today(&'a Names, &'a str),
    /// A sentence.
    Note(&'a str),
}

/// Writes a name along a line: on the first stretch of it on the screen, longest first, with
/// room for it (at its middle, or a quarter of the way from either end); returns the area it
/// takes.
fn along(
    painter: &Painter,
    points: &[Pos2],
    galley: &Arc<Galley>,
    taken: &mut Taken,
) -> Option<Rect> {
    let clip = painter.clip_rect().shrink(4.0);
    let mut stretches: Vec<(Pos2, Pos2)> = points
        .windows(2)
        .filter_map(|pair| match pair {
            [a, b] => {
                let (enter, leave) = super::movements::clip_segment(*a, *b, clip)?;
                Some((*a + (*b - *a) * enter, *a + (*b - *a) * leave))
            }
            _ => None,
        })
        .collect();
    // A street drawn as several nearly straight pieces (an avenue through its squares) may
    // carry its name across them, along the chord from end to end.
    if let (Some(&first), Some(&last)) = (points.first(), points.last())
        && points.len() > 2
        && points.iter().all(|&p| off_line(p, first, last) < 6.0)
        && let Some((enter, leave)) = super::movements::clip_segment(first, last, clip)
    {
        stretches.push((
            first + (last - first) * enter,
            first + (last - first) * leave,
        ));
    }
    stretches.sort_by(|x, y| y.0.distance(y.1).total_cmp(&x.0.distance(x.1)));
    for (from, to) in stretches {
        for at in [0.5, 0.25, 0.75] {
            if let Some(area) = place_along(painter, (from, to), at, galley, taken) {
                return Some(area);
            }
        }
    }
    None
}

/// How far `p` lies from the line through `a` and `b` (points).
fn off_line(p: Pos2, a: Pos2, b: Pos2) -> f32 {
    let along = b - a;
    let length = along.length();
    if length <= f32::EPSILON {
        return p.distance(a);
    }
    (along.x * (p.y - a.y) - along.y * (p.x - a.x)).abs() / length
}

/// Writes a name along the stretch from `from` to `to`, centred `at` (a fraction) of the way,
/// if it fits within the stretch and has room.
fn place_along(
    painter: &Painter,
    (from, to): (Pos2, Pos2),
    at: f32,
    galley: &Arc<Galley>,
    taken: &mut Taken,
) -> Option<Rect> {
    let size = galley.size();
    let length = from.distance(to);
    // The name lies along the stretch; it may run a little past its ends (the streets are
    // drawn straight between their squares, and their names are longer than some blocks).
    let half = (size.x / 2.0) / length.max(1.0);
    if at - half < -0.1 || at + half > 1.1 {
        return None;
    }
    // Upright: the text never reads downwards.
    let mut angle = (to - from).angle();
    if angle > std::f32::consts::FRAC_PI_2 {
        angle -= std::f32::consts::PI;
    } else if angle < -std::f32::consts::FRAC_PI_2 {
        angle += std::f32::consts::PI;
    }
    let middle = from + (to - from) * at;
    let rotation = Rot2::from_angle(angle);
    let corners = [
        Vec2::new(-size.x, -size.y),
        Vec2::new(size.x, -size.y),
        Vec2::new(size.x, size.y),
        Vec2::new(-size.x, size.y),
    ]
    .map(|corner| middle + rotation * (corner / 2.0));
    let area = Rect::from_points(&corners);
    if !taken.take_if_free(area) {
        return None;
    }
    let top_left = middle - size / 2.0;
    let text = |offset: Vec2, colour: Color32| {
        TextShape::new(top_left + offset, Arc::clone(galley), colour)
            .with_angle_and_anchor(angle, Align2::CENTER_CENTER)
    };
    for offset in [Vec2::X, -Vec2::X, Vec2::Y, -Vec2::Y] {
        painter.add(text(offset, theme::HALO));
    }
    painter.add(text(Vec2::ZERO, theme::CITY_TEXT));
    Some(area)
}
