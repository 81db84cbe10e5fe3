//! The screen areas that marks and labels already use in this frame, filed in a grid, so that
//! each label placed later finds out quickly whether it would cover one of them.

use egui::Rect;

use super::grid::ScreenGrid;

/// Side of the grid's cells: about a short label's width.
const CELL: f32 = 64.0;
/// FNV-1a's start and multiplier, for the fingerprint.
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// Areas in use, in screen points.
pub struct Taken {
    grid: ScreenGrid<Rect>,
    /// A hash of the areas taken so far, in order: equal fingerprints mean (all but surely)
    /// the same areas, so that what was placed around them can be kept.
    fingerprint: u64,
}

impl Taken {
    /// These areas in use, over `screen` (areas outside it are still found).
    pub fn new(screen: Rect, rects: impl IntoIterator<Item = Rect>) -> Self {
        let mut taken = Self {
            grid: ScreenGrid::new(screen, CELL),
            fingerprint: FNV_OFFSET,
        };
        for rect in rects {
            taken.take(rect);
        }
        taken
    }

    /// Whether `rect` touches none of the areas in use (touching edges count as touching).
    pub fn is_free(&self, rect: Rect) -> bool {
        !self.grid.any_near(rect, |other| other.intersects(rect))
    }

    /// Marks `rect` as in use.
    pub fn take(&mut self, rect: Rect) {
        self.grid.insert(rect, rect);
        for value in [rect.min.x, rect.min.y, rect.max.x, rect.max.y] {
            self.fingerprint =
                (self.fingerprint ^ u64::from(value.to_bits())).wrapping_mul(FNV_PRIME);
        }
    }

    /// A hash of the areas taken so far, in the order they were taken.
    pub fn fingerprint(&self) -> u64 {
        self.fingerprint
    }

    /// Takes `rect` if it is free; says whether it was.
    pub fn take_if_free(&mut self, rect: Rect) -> bool {
        let free = self.is_free(rect);
        if free {
            self.take(rect);
        }
        free
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::{Pos2, vec2};

    fn rect(x: f32, y: f32, w: f32, h: f32) -> Rect {
        Rect::from_min_size(Pos2::new(x, y), vec2(w, h))
    }

    #[test]
    fn agrees_with_checking_every_area() {
        let mut rng = fastrand::Rng::with_seed(3);
        let screen = rect(0.0, 0.0, 800.0, 600.0);
        let mut areas: Vec<Rect> = (0..200)
            .map(|_| {
                rect(
                    rng.f32() * 800.0,
                    rng.f32() * 600.0,
                    4.0 + rng.f32() * 60.0,
                    12.0,
                )
            })
            .collect();
        let mut taken = Taken::new(screen, areas.clone());
        for _ in 0..2000 {
            let candidate = rect(rng.f32() * 800.0, rng.f32() * 600.0, rng.f32() * 90.0, 14.0);
            let free = !areas.iter().any(|a| a.intersects(candidate));
            assert_eq!(taken.take_if_free(candidate), free, "{candidate:?}");
            if free {
                areas.push(candidate);
            }
        }
    }

    #[test]
    fn touching_edges_count_as_taken() {
        let taken = Taken::new(rect(0.0, 0.0, 100.0, 100.0), [rect(0.0, 0.0, 10.0, 10.0)]);
        assert!(!taken.is_free(rect(10.0, 0.0, 5.0, 5.0)));
        assert!(taken.is_free(rect(10.5, 0.0, 5.0, 5.0)));
    }

    #[test]
    fn the_fingerprint_follows_the_areas_taken() {
        let screen = rect(0.0, 0.0, 800.0, 600.0);
        let a = rect(10.0, 10.0, 40.0, 12.0);
        let b = rect(100.0, 40.0, 30.0, 12.0);
        let print = |areas: &[Rect]| Taken::new(screen, areas.iter().copied()).fingerprint();
        assert_eq!(print(&[a, b]), print(&[a, b]));
        assert_ne!(print(&[a, b]), print(&[a]));
        assert_ne!(print(&[a, b]), print(&[a, rect(100.0, 41.0, 30.0, 12.0)]));
        let mut taken = Taken::new(screen, [a]);
        assert!(
            !taken.take_if_free(rect(20.0, 12.0, 5.0, 5.0)),
            "overlaps a"
        );
        assert_eq!(
            taken.fingerprint(),
            print(&[a]),
            "a refused area changes nothing"
        );
    }
}
