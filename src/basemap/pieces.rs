//! Geometry cut up for fast tiles: an area's rings clipped into quadtree cells (so a tile only
//! touches the few hundred points near it, not all of the USSR), and lines cut into short
//! chunks for stroking. Done once, when the base map loads. No egui.

use super::geometry::{Unit, UnitBox};

/// Cells are split until they hold at most this many points.
const MAX_POINTS_PER_PIECE: usize = 384;
/// Cells are never split further than this.
const MAX_DEPTH: u32 = 12;
/// Points per stroke chunk.
const CHUNK_POINTS: usize = 256;
/// Points of the coarse geometry (used up to [`COARSE_MAX_ZOOM`]) are at least this far apart,
/// in unit coordinates: about 0.03° of longitude, a third of a pixel at zoom 4.
pub const COARSE_STEP: f64 = 0.03 / 360.0;
/// The coarse geometry is drawn up to this zoom level.
pub const COARSE_MAX_ZOOM: u8 = 5;

/// The line with points closer than `step` to the last kept one left out (the last point is
/// always kept). Neighbours that share a border may keep different points, but never further
/// apart than `step`, which is below a pixel where the thinned line is used.
pub fn thin(points: &[Unit], step: f64) -> Vec<Unit> {
    let mut out: Vec<Unit> = Vec::with_capacity(points.len() / 4 + 2);
    for &p in points {
        match out.last() {
            Some(last) if (p.x - last.x).abs() + (p.y - last.y).abs() < step => {}
            _ => out.push(p),
        }
    }
    if let (Some(&end), Some(last)) = (points.last(), out.last())
        && *last != end
    {
        out.push(end);
    }
    out
}

/// A part of an area inside one cell: its rings clipped to the cell.
#[derive(Debug, Clone)]
pub struct Piece {
    /// The cell.
    pub bounds: UnitBox,
    /// Clipped rings (even-odd fill).
    pub rings: Vec<Vec<Unit>>,
}

/// A short run of a line, for stroking.
#[derive(Debug, Clone)]
pub struct Chunk {
    /// Box around the points.
    pub bounds: UnitBox,
    /// The points.
    pub points: Vec<Unit>,
}

/// Splits an area (rings filled even-odd) into pieces of at most a few hundred points.
pub fn split_area(rings: Vec<Vec<Unit>>, bounds: UnitBox) -> Vec<Piece> {
    let mut out = Vec::new();
    split(rings, bounds, 0, &mut out);
    out
}

fn split(rings: Vec<Vec<Unit>>, bounds: UnitBox, depth: u32, out: &mut Vec<Piece>) {
    let points: usize = rings.iter().map(Vec::len).sum();
    if points <= MAX_POINTS_PER_PIECE || depth >= MAX_DEPTH {
        if !rings.is_empty() {
            out.push(Piece { bounds, rings });
        }
        return;
    }
    let mid = Unit {
        x: (bounds.min.x + bounds.max.x) / 2.0,
        y: (bounds.min.y + bounds.max.y) / 2.0,
    };
    let quads = [
        UnitBox {
            min: bounds.min,
            max: mid,
        },
        UnitBox {
            min: Unit {
                x: mid.x,
                y: bounds.min.y,
            },
            max: Unit {
                x: bounds.max.x,
                y: mid.y,
            },
        },
        UnitBox {
            min: Unit {
                x: bounds.min.x,
                y: mid.y,
            },
            max: Unit {
                x: mid.x,
                y: bounds.max.y,
            },
        },
        UnitBox {
            min: mid,
            max: bounds.max,
        },
    ];
    for quad in quads {
        let clipped: Vec<Vec<Unit>> = rings
            .iter()
            .map(|ring| clip_ring(ring, &quad))
            .filter(|ring| ring.len() >= 3)
            .collect();
        split(clipped, quad, depth + 1, out);
    }
}

/// Sutherland–Hodgman: the ring clipped to an axis-aligned box.
pub fn clip_ring(ring: &[Unit], rect: &UnitBox) -> Vec<Unit> {
    let mut points = ring.to_vec();
    for edge in 0..4 {
        if points.is_empty() {
            break;
        }
        let inside = |p: &Unit| match edge {
            0 => p.x >= rect.min.x,
            1 => p.x <= rect.max.x,
            2 => p.y >= rect.min.y,
            _ => p.y <= rect.max.y,
        };
        let cross = |a: &Unit, b: &Unit| -> Unit {
            let (value, along_x) = match edge {
                0 => (rect.min.x, true),
                1 => (rect.max.x, true),
                2 => (rect.min.y, false),
                _ => (rect.max.y, false),
            };
            if along_x {
                let t = (value - a.x) / (b.x - a.x);
                Unit {
                    x: value,
                    y: a.y + t * (b.y - a.y),
                }
            } else {
                let t = (value - a.y) / (b.y - a.y);
                Unit {
                    x: a.x + t * (b.x - a.x),
                    y: value,
                }
            }
        };
        let mut out = Vec::with_capacity(points.len());
        let Some(mut previous) = points.last().copied() else {
            break;
        };
        for &current in &points {
            match (inside(&previous), inside(&current)) {
                (true, true) => out.push(current),
                (true, false) => out.push(cross(&previous, &current)),
                (false, true) => {
                    out.push(cross(&previous, &current));
                    out.push(current);
                }
                (false, false) => {}
            }
            previous = current;
        }
        points = out;
    }
    points
}

/// Cuts a line into short chunks (closing it first if it is a ring).
pub fn chunks(points: &[Unit], closed: bool) -> Vec<Chunk> {
    let mut all = points.to_vec();
    if closed && let Some(&first) = points.first() {
        all.push(first);
    }
    let mut out = Vec::new();
    let mut start = 0;
    while start + 1 < all.len() {
        let end = (start + CHUNK_POINTS).min(all.len() - 1);
        let Some(run) = all.get(start..=end) else {
            break;
        };
        out.push(Chunk {
            bounds: UnitBox::around(run),
            points: run.to_vec(),
        });
        start = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(x: f64, y: f64) -> Unit {
        Unit { x, y }
    }

    #[test]
    fn clipping_keeps_the_part_inside() {
        let square = [
            unit(0.0, 0.0),
            unit(2.0, 0.0),
            unit(2.0, 2.0),
            unit(0.0, 2.0),
        ];
        let rect = UnitBox {
            min: unit(1.0, 1.0),
            max: unit(3.0, 3.0),
        };
        let clipped = clip_ring(&square, &rect);
        let area: f64 = clipped
            .iter()
            .zip(clipped.iter().cycle().skip(1))
            .map(|(a, b)| a.x * b.y - b.x * a.y)
            .sum::<f64>()
            / 2.0;
        assert!((area.abs() - 1.0).abs() < 1e-12, "{clipped:?}");
    }

    #[test]
    fn big_areas_split_into_small_pieces() {
        let ring: Vec<Unit> = (0..5000)
            .map(|i| {
                let a = f64::from(i) / 5000.0 * std::f64::consts::TAU;
                unit(0.5 + 0.3 * a.cos(), 0.5 + 0.3 * a.sin())
            })
            .collect();
        let bounds = UnitBox::around(&ring);
        let pieces = split_area(vec![ring], bounds);
        assert!(pieces.len() > 4);
        assert!(
            pieces
                .iter()
                .all(|p| p.rings.iter().map(Vec::len).sum::<usize>() <= MAX_POINTS_PER_PIECE + 16)
        );
    }
}
