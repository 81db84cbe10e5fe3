//! `TileTextures`: the tiles a walkers source has as textures (bounded, the least recently
//! used dropped first) and those asked of its worker thread and not yet back. Shared by the
//! offline base map and a PMTiles file; while a tile is on its way, the nearest ancestor it
//! has stands in for it.

use std::collections::{HashMap, HashSet, VecDeque};

use egui::{ColorImage, TextureHandle, TextureOptions};
use walkers::{Tile, TileId, TilePiece};

use crate::basemap::ancestor_piece;

/// Textures of one tile source.
pub(crate) struct TileTextures {
    ctx: egui::Context,
    /// Names the textures (`basemap-4-8-5`).
    prefix: &'static str,
    capacity: usize,
    cache: HashMap<TileId, TextureHandle>,
    recent: VecDeque<TileId>,
    requested: HashSet<TileId>,
}

impl TileTextures {
    /// An empty cache of at most `capacity` textures named after `prefix`.
    pub(crate) fn new(ctx: &egui::Context, prefix: &'static str, capacity: usize) -> Self {
        Self {
            ctx: ctx.clone(),
            prefix,
            capacity,
            cache: HashMap::new(),
            recent: VecDeque::new(),
            requested: HashSet::new(),
        }
    }

    /// Tiles asked for and not yet back.
    pub(crate) fn pending(&self) -> usize {
        self.requested.len()
    }

    /// Keeps the image the worker made for `id`.
    pub(crate) fn arrived(&mut self, id: TileId, image: ColorImage) {
        self.requested.remove(&id);
        let name = format!("{}-{}-{}-{}", self.prefix, id.zoom, id.x, id.y);
        let texture = self.ctx.load_texture(name, image, TextureOptions::LINEAR);
        self.cache.insert(id, texture);
        self.recent.push_back(id);
        while self.cache.len() > self.capacity {
            let Some(oldest) = self.recent.pop_front() else {
                break;
            };
            self.cache.remove(&oldest);
        }
    }

    /// The worker will not make `id` (nothing there, or dropped from its queue).
    pub(crate) fn missing(&mut self, id: TileId) {
        self.requested.remove(&id);
    }

    /// Nothing more will arrive (the worker has stopped).
    pub(crate) fn forget_requests(&mut self) {
        self.requested.clear();
    }

    /// Asks for `wanted` with `ask` unless it is here or on its way (`ask` says whether the
    /// worker took the job), and marks it as just used if it is here.
    pub(crate) fn want(&mut self, wanted: TileId, ask: impl FnOnce(TileId) -> bool) {
        if self.cache.contains_key(&wanted) {
            self.recent.retain(|id| *id != wanted);
            self.recent.push_back(wanted);
        } else if !self.requested.contains(&wanted) && ask(wanted) {
            self.requested.insert(wanted);
        }
    }

    /// The tile itself if it is here, otherwise the part of the nearest ancestor that is.
    pub(crate) fn best_available(&self, id: TileId) -> Option<TilePiece> {
        let mut zoom = id.zoom;
        loop {
            let (ancestor, uv) = ancestor_piece(id, zoom);
            if let Some(texture) = self.cache.get(&ancestor) {
                return Some(TilePiece::new(Tile::Raster(texture.clone()), uv));
            }
            zoom = zoom.checked_sub(1)?;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tile(zoom: u8, x: u32, y: u32) -> TileId {
        TileId { x, y, zoom }
    }

    #[test]
    fn the_least_recently_used_is_dropped_and_an_ancestor_stands_in() {
        let ctx = egui::Context::default();
        let mut textures = TileTextures::new(&ctx, "test", 2);
        let image = || ColorImage::filled([2, 2], egui::Color32::WHITE);
        let (a, b, c) = (tile(1, 0, 0), tile(1, 1, 0), tile(1, 0, 1));
        let mut asked = Vec::new();
        for id in [a, b] {
            textures.want(id, |id| {
                asked.push(id);
                true
            });
            // Asked once, not again while on its way.
            textures.want(id, |_| panic!("asked twice"));
            textures.arrived(id, image());
        }
        assert_eq!(asked, [a, b]);
        assert_eq!(textures.pending(), 0);
        // `a` is used again, so `b` is the one dropped when `c` arrives.
        textures.want(a, |_| panic!("a is here"));
        textures.want(c, |_| true);
        assert_eq!(textures.pending(), 1);
        textures.arrived(c, image());
        assert!(textures.best_available(a).is_some());
        assert!(textures.best_available(b).is_none());
        // A child of `a` is shown as a quarter of it.
        assert!(textures.best_available(tile(2, 0, 0)).is_some());
        assert!(textures.best_available(tile(2, 3, 0)).is_none());
    }
}
