//! A uniform grid over an area of the screen, for finding the things near a rectangle without
//! looking at all of them. The map places hundreds of markers and labels each frame, one at a
//! time, asking each time what is already near; an R-tree (`rstar`) was tried and cost more to
//! insert into than the whole check, so this is the plain grid such a pattern calls for.

use egui::{Pos2, Rect};

/// Things filed under every cell their rectangle touches. The cells are linked lists threaded
/// through one vector, so that filing costs no allocation per cell.
pub(crate) struct ScreenGrid<T> {
    origin: Pos2,
    cell: f32,
    columns: usize,
    rows: usize,
    /// Per cell, the index in `items` of its last thing (`NONE` if empty).
    heads: Vec<u32>,
    /// A thing and the index of the one filed before it in the same cell.
    items: Vec<(T, u32)>,
}

/// No thing.
const NONE: u32 = u32::MAX;

impl<T: Clone> ScreenGrid<T> {
    /// A grid over `area` with square cells of `cell` points. Things outside `area` are filed
    /// under its edge cells, so they are still found.
    pub(crate) fn new(area: Rect, cell: f32) -> Self {
        let cell = cell.max(1.0);
        let count = |length: f32| ((length / cell).ceil().clamp(1.0, 4096.0)) as usize;
        let columns = count(area.width());
        let rows = count(area.height());
        Self {
            origin: area.min,
            cell,
            columns,
            rows,
            heads: vec![NONE; columns * rows],
            items: Vec::new(),
        }
    }

    /// The cells a rectangle touches, as column and row ranges (clamped to the grid, the same
    /// way for things and queries, so that overlapping rectangles always share a cell).
    fn span(
        &self,
        rect: Rect,
    ) -> (
        std::ops::RangeInclusive<usize>,
        std::ops::RangeInclusive<usize>,
    ) {
        let index = |value: f32, origin: f32, count: usize| {
            let i = ((value - origin) / self.cell).floor();
            if i.is_nan() {
                0
            } else {
                i.clamp(0.0, (count - 1) as f32) as usize
            }
        };
        (
            index(rect.min.x, self.origin.x, self.columns)
                ..=index(rect.max.x, self.origin.x, self.columns),
            index(rect.min.y, self.origin.y, self.rows)
                ..=index(rect.max.y, self.origin.y, self.rows),
        )
    }

    /// Files `thing` under the cells `rect` touches.
    pub(crate) fn insert(&mut self, rect: Rect, thing: T) {
        let (columns, rows) = self.span(rect);
        for row in rows {
            for column in columns.clone() {
                let Some(head) = self.heads.get_mut(row * self.columns + column) else {
                    continue;
                };
                let Ok(index) = u32::try_from(self.items.len()) else {
                    return;
                };
                self.items.push((thing.clone(), *head));
                *head = index;
            }
        }
    }

    /// Whether any thing filed under the cells `rect` touches passes `test`. (A thing that
    /// spans several cells is tested once for each.)
    pub(crate) fn any_near(&self, rect: Rect, mut test: impl FnMut(&T) -> bool) -> bool {
        let (columns, rows) = self.span(rect);
        for row in rows {
            for column in columns.clone() {
                let mut next = self
                    .heads
                    .get(row * self.columns + column)
                    .copied()
                    .unwrap_or(NONE);
                while let Some((thing, before)) = self.items.get(next as usize) {
                    if test(thing) {
                        return true;
                    }
                    next = *before;
                }
            }
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::vec2;

    #[test]
    fn finds_every_overlap_a_full_scan_finds_even_outside_its_area() {
        let mut rng = fastrand::Rng::with_seed(5);
        let area = Rect::from_min_size(Pos2::new(100.0, 50.0), vec2(600.0, 400.0));
        let mut grid = ScreenGrid::new(area, 24.0);
        let mut all = Vec::new();
        let random_rect = |rng: &mut fastrand::Rng| {
            Rect::from_min_size(
                Pos2::new(rng.f32() * 900.0 - 50.0, rng.f32() * 600.0 - 50.0),
                vec2(rng.f32() * 120.0, rng.f32() * 30.0),
            )
        };
        for _ in 0..300 {
            let rect = random_rect(&mut rng);
            grid.insert(rect, rect);
            all.push(rect);
        }
        for _ in 0..3000 {
            let query = random_rect(&mut rng);
            let scanned = all.iter().any(|r| r.intersects(query));
            assert_eq!(grid.any_near(query, |r| r.intersects(query)), scanned);
        }
    }
}
