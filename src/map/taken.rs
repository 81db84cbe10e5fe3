//! The screen areas that marks and labels already use in this frame, filed in a grid, so that
//! each label placed later finds out quickly whether it would cover one of them.

use egui::Rect;

use super::grid::ScreenGrid;

/// Side of the grid's cells: about a short label's width.
const CELL: f32 = 64.0;

/// Areas in use, in screen points.
pub(crate) struct Taken {
    grid: ScreenGrid<Rect>,
}

impl Taken {
    /// These areas in use, over `screen` (areas outside it are still found).
    pub(crate) fn new(screen: Rect, rects: impl IntoIterator<Item = Rect>) -> Self {
        let mut taken = Self {
            grid: ScreenGrid::new(screen, CELL),
        };
        for rect in rects {
            taken.take(rect);
        }
        taken
    }

    /// Whether `rect` touches none of the areas in use (touching edges count as touching).
    pub(crate) fn is_free(&self, rect: Rect) -> bool {
        !self.grid.any_near(rect, |other| other.intersects(rect))
    }

    /// Marks `rect` as in use.
    pub(crate) fn take(&mut self, rect: Rect) {
        self.grid.insert(rect, rect);
    }

    /// Takes `rect` if it is free; says whether it was.
    pub(crate) fn take_if_free(&mut self, rect: Rect) -> bool {
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
}
