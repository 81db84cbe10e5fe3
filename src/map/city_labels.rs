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
    let mut write = |rect: Rect, parts: &[Rect], text: &str, what: Hover<'_>| {
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
        drawn.extend_from_slice(parts);
    };
    let shown = |point: &CityPoint| zoom >= point.min_zoom && zoom <= point.max_zoom;
    // The bridges and main roads first, then the landmarks, then the squares (which may step
    // aside from their point), then the side streets: in the crowded centre at zoom 13 the
    // boulevards would otherwise find every gap taken by the names of museums and squares.
    let passes = [
        Pass::Lines { major: true },
        Pass::Points(&[PointKind::Landmark]),
        Pass::Points(&[PointKind::Absent, PointKind::Square]),
        Pass::Lines { major: false },
    ];
    for pass in passes {
        match pass {
            Pass::Points(kinds) => {
                for point in city
                    .points
                    .iter()
                    .filter(|p| kinds.contains(&p.kind) && shown(p))
                {
                    let Some(name) = point.names.on(day) else {
                        continue;
                    };
                    let pos = to_screen.place(point.unit);
                    if let Some((rect, text, hover)) =
                        point_name(painter, (point, name, lang), pos, taken)
                    {
                        write(rect, &[rect], &text, hover);
                    }
                }
            }
            Pass::Lines { major } => {
                // A bridge's name may run past its ends, over the water; a street's stays on it.
                let bridges = city.bridges.iter().filter(|_| major);
                let lines = bridges.map(|l| (l, Fit::MayOverrun)).chain(
                    city.streets
                        .iter()
                        .filter(|l| l.major == major)
                        .map(|l| (l, Fit::Within)),
                );
                for (line, fit) in lines.filter(|(l, _)| zoom >= l.min_zoom) {
                    let Some(name) = line.names.on(day) else {
                        continue;
                    };
                    let points: Vec<Pos2> = line
                        .line
                        .points
                        .iter()
                        .map(|&u| to_screen.place(u))
                        .collect();
                    let size = if fit == Fit::MayOverrun { 9.5 } else { 10.0 };
                    let galley = halo::layout(painter, name, FontId::proportional(size));
                    if let Some((rect, parts)) =
                        along(painter, &points, (&galley, fit, major), taken)
                    {
                        write(rect, &parts, name, Hover::Today(&line.names, name));
                    }
                }
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

/// One round of names, in the order they claim room.
enum Pass {
    /// Named points of these kinds.
    Points(&'static [PointKind]),
    /// Bridges and main roads, or side streets.
    Lines {
        /// Main roads and bridges (else side streets).
        major: bool,
    },
}

/// Writes a point's name (`name`, as on the day shown; a note in `lang`) at `pos` if it has room there, else
/// just above, below or beside it, so that in the crowded centre a square's name may yield to
/// a marker without being left out; returns where it went, its text and its hover.
fn point_name<'a>(
    painter: &Painter,
    (point, name, lang): (&'a CityPoint, &'a str, Language),
    pos: Pos2,
    taken: &mut Taken,
) -> Option<(Rect, String, Hover<'a>)> {
    let (text, colour, hover) = match (point.kind, point.text_in(lang)) {
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
    let font_size = if point.kind == PointKind::Landmark {
        11.5
    } else {
        10.5
    };
    let galley = halo::layout(painter, &text, FontId::proportional(font_size));
    let size = galley.size();
    let offsets = [
        Vec2::ZERO,
        Vec2::new(0.0, -size.y),
        Vec2::new(0.0, size.y),
        Vec2::new((size.x + 6.0) / 2.0, 0.0),
        Vec2::new(-(size.x + 6.0) / 2.0, 0.0),
    ];
    let clip = painter.clip_rect();
    let rect = offsets.iter().find_map(|&offset| {
        let rect = Align2::CENTER_CENTER.anchor_size(pos + offset, size);
        (clip.contains_rect(rect) && taken.take_if_free(rect.expand(1.0))).then_some(rect)
    })?;
    halo::paint(painter, rect.min, &galley, colour);
    Some((rect, text, hover))
}

/// Whether a name along a line must fit within its stretch.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Fit {
    /// Within the stretch (a little past its ends at most).
    Within,
    /// Centred on it, however short (a bridge, whose name may lie over the water).
    MayOverrun,
}

/// What a name tells on hover.
enum Hover<'a> {
    /// Today's name, if it is not the one shown.
    Today(&'a Names, &'a str),
    /// A sentence.
    Note(&'a str),
}

/// Writes a name along a line: on the first stretch of it on the screen, longest first, with
/// room for it (at its middle, or a quarter of the way from either end), or, for a bridge or
/// a main road (`major`), failing that just beside it; returns the area it takes (its bounding
/// box, and the few boxes along its baseline that it claims). A stretch is a piece of the
/// line, or a run of pieces that stays nearly straight.
fn along(
    painter: &Painter,
    points: &[Pos2],
    (galley, fit, major): (&Arc<Galley>, Fit, bool),
    taken: &mut Taken,
) -> Option<(Rect, Vec<Rect>)> {
    let clip = painter.clip_rect().shrink(4.0);
    // A street drawn as several nearly straight pieces (an avenue through its squares, a
    // boulevard's arc at low zoom) may carry its name across them, along the chord of the
    // longest nearly straight run from each piece on: at zoom 13 the pieces of the
    // Nagykörút are shorter than its names.
    let mut stretches: Vec<(Pos2, Pos2)> = Vec::new();
    for start in 0..points.len() {
        let Some(&first) = points.get(start) else {
            continue;
        };
        // A long chord may bend a little more than a short one (a boulevard's gentle arc
        // through a square): at most 6 points, or 7 % of its length.
        let straight_to = (start + 1..points.len())
            .take_while(|&end| {
                let last = points.get(end).copied().unwrap_or(first);
                let tolerance = (first.distance(last) * 0.07).max(6.0);
                points
                    .get(start..=end)
                    .is_some_and(|run| run.iter().all(|&p| off_line(p, first, last) < tolerance))
            })
            .last();
        let Some(last) = straight_to.and_then(|end| points.get(end).copied()) else {
            continue;
        };
        if let Some((enter, leave)) = super::movements::clip_segment(first, last, clip) {
            stretches.push((
                first + (last - first) * enter,
                first + (last - first) * leave,
            ));
        }
    }
    stretches.sort_by(|x, y| y.0.distance(y.1).total_cmp(&x.0.distance(x.1)));
    // A bridge's or a main road's name whose place on it is taken (in the centre at zoom 13,
    // by the story's markers' names) may lie just beside it: a bridge's over the water.
    let beside: &[f32] = if major { &[0.0, -1.0, 1.0] } else { &[0.0] };
    let slanted = beside.iter().flat_map(|&side| {
        stretches.iter().flat_map(move |&stretch| {
            [0.5, 0.35, 0.65, 0.2, 0.8, 0.27, 0.73, 0.12, 0.88].map(|at| {
                let shift = Vec2::new(0.0, side);
                (
                    stretch,
                    Spot {
                        at,
                        shift,
                        level: false,
                    },
                )
            })
        })
    });
    // Failing that, a bridge's name may lie level: across it, or just above or below, or
    // reaching out from its middle to one bank.
    let level = stretches
        .first()
        .filter(|_| fit == Fit::MayOverrun)
        .into_iter()
        .flat_map(|&stretch| {
            [0.0, -1.0, 1.0, -2.0, 2.0].into_iter().flat_map(move |y| {
                [0.0, -0.5, 0.5].map(|x| {
                    let shift = Vec2::new(x, y);
                    (
                        stretch,
                        Spot {
                            at: 0.5,
                            shift,
                            level: true,
                        },
                    )
                })
            })
        });
    slanted
        .chain(level)
        .find_map(|(stretch, spot)| place_along(painter, stretch, spot, (galley, fit), taken))
}

/// Where on a stretch a name is tried.
#[derive(Clone, Copy)]
struct Spot {
    /// Its centre, as a fraction of the way along the stretch.
    at: f32,
    /// Moved from there along the name by `x` of its widths, and across by `y` of its heights.
    shift: Vec2,
    /// Level (else along the stretch).
    level: bool,
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

/// Writes a name along the stretch from `from` to `to`, at `spot`, if it fits within the
/// stretch (or need not) and has room.
fn place_along(
    painter: &Painter,
    (from, to): (Pos2, Pos2),
    Spot { at, shift, level }: Spot,
    (galley, fit): (&Arc<Galley>, Fit),
    taken: &mut Taken,
) -> Option<(Rect, Vec<Rect>)> {
    let size = galley.size();
    let length = from.distance(to);
    // The name lies along the stretch; it may run a little past its ends (the streets are
    // drawn straight between their squares, and their names are longer than some blocks).
    let half = (size.x / 2.0) / length.max(1.0);
    let fits = at - half >= -0.1 && at + half <= 1.1;
    if !fits && (fit == Fit::Within || at != 0.5) {
        return None;
    }
    // Upright: the text never reads downwards.
    let mut angle = if level { 0.0 } else { (to - from).angle() };
    if angle > std::f32::consts::FRAC_PI_2 {
        angle -= std::f32::consts::PI;
    } else if angle < -std::f32::consts::FRAC_PI_2 {
        angle += std::f32::consts::PI;
    }
    let rotation = Rot2::from_angle(angle);
    let shift = Vec2::new(shift.x * size.x, shift.y * (size.y + 1.0));
    let middle = from + (to - from) * at + rotation * shift;
    let corners = [
        Vec2::new(-size.x, -size.y),
        Vec2::new(size.x, -size.y),
        Vec2::new(size.x, size.y),
        Vec2::new(-size.x, size.y),
    ]
    .map(|corner| middle + rotation * (corner / 2.0));
    let area = Rect::from_points(&corners);
    let clip = painter.clip_rect();
    // A slanted name claims a row of small boxes along its baseline, not its whole bounding
    // box, which would shut out every other name in the crowded centre.
    let parts = baseline_boxes(middle, angle, size);
    if !clip.contains_rect(area) || !parts.iter().all(|&part| taken.is_free(part)) {
        return None;
    }
    for &part in &parts {
        taken.take(part);
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
    Some((area, parts))
}

/// Boxes (axis-aligned, each about the text's height) that together cover a text of `size`
/// centred on `middle` and turned by `angle`.
fn baseline_boxes(middle: Pos2, angle: f32, size: Vec2) -> Vec<Rect> {
    let count = (size.x / size.y.max(1.0)).ceil().max(1.0);
    let step = size.x / count;
    let side = size.y.max(step) * (angle.cos().abs() + angle.sin().abs());
    let rotation = Rot2::from_angle(angle);
    (0..count as usize)
        .map(|k| {
            let along_x = -size.x / 2.0 + (k as f32 + 0.5) * step;
            let centre = middle + rotation * Vec2::new(along_x, 0.0);
            Rect::from_center_size(centre, Vec2::splat(side))
        })
        .collect()
}
