//! `BaseMapTiles`: the offline 1956 base map as a walkers tile source. Tiles are rendered on a
//! worker thread, newest request first, and kept as textures in a bounded cache; while a tile
//! is being rendered, the nearest rendered ancestor stands in for it.

use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, OnceLock};

use egui::{ColorImage, Rect, pos2};
use walkers::sources::Attribution;
use walkers::{Stats, TileId, TilePiece, Tiles};

use super::geometry::BaseMap;
use super::render::{TileKey, render_tile};
use crate::tile_textures::TileTextures;

/// Tiles are rendered natively up to this zoom level and scaled up beyond it.
pub const MAX_RENDER_ZOOM: u8 = 14;
/// Textures kept at most.
const CACHE_CAPACITY: usize = 192;

enum Done {
    Rendered(TileId, ColorImage),
    Skipped(TileId),
}

/// The offline base map tile source.
pub struct BaseMapTiles {
    textures: TileTextures,
    jobs: Option<Sender<TileId>>,
    done: Receiver<Done>,
}

impl BaseMapTiles {
    /// Starts the worker, which first parses the embedded geometry into `map` (shared with the
    /// overlays), then renders tiles of `pixels` × `pixels`.
    pub fn new(ctx: &egui::Context, map: Arc<OnceLock<BaseMap>>, pixels: u32) -> Self {
        let (job_tx, job_rx) = channel::<TileId>();
        let (done_tx, done_rx) = channel::<Done>();
        let worker_ctx = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("basemap-tiles".to_owned())
            .spawn(move || worker(&job_rx, &done_tx, &worker_ctx, &map, pixels));
        let jobs = match spawned {
            Ok(_) => Some(job_tx),
            Err(err) => {
                log::error!("cannot start the base map renderer: {err}");
                None
            }
        };
        Self {
            textures: TileTextures::new(ctx, "basemap", CACHE_CAPACITY),
            jobs,
            done: done_rx,
        }
    }

    /// Tiles asked for and not yet rendered.
    pub fn pending(&self) -> usize {
        self.textures.pending()
    }

    fn receive(&mut self) {
        while let Ok(done) = self.done.try_recv() {
            match done {
                Done::Rendered(id, image) => self.textures.arrived(id, image),
                Done::Skipped(id) => self.textures.missing(id),
            }
        }
    }
}

impl Tiles for BaseMapTiles {
    fn at(&mut self, tile_id: TileId) -> Option<TilePiece> {
        self.receive();
        let limit = 1u32
            .checked_shl(u32::from(tile_id.zoom))
            .unwrap_or(u32::MAX);
        if tile_id.x >= limit || tile_id.y >= limit {
            return None;
        }
        let wanted = if tile_id.zoom > MAX_RENDER_ZOOM {
            ancestor_piece(tile_id, MAX_RENDER_ZOOM).0
        } else {
            tile_id
        };
        let jobs = &self.jobs;
        self.textures.want(wanted, |id| {
            jobs.as_ref().is_some_and(|j| j.send(id).is_ok())
        });
        self.textures.best_available(tile_id)
    }

    fn attribution(&self) -> Attribution {
        Attribution {
            text: "1956 borders: Natural Earth (public domain), tools/basemap",
            url: "https://www.naturalearthdata.com/",
            logo_light: None,
            logo_dark: None,
        }
    }

    fn tile_size(&self) -> u32 {
        256
    }

    fn stats(&self) -> Stats {
        Stats {
            in_progress: self.textures.pending(),
        }
    }
}

/// The ancestor of `id` at `zoom` (≤ `id.zoom`) and the part of it that covers `id`.
pub fn ancestor_piece(id: TileId, zoom: u8) -> (TileId, Rect) {
    let levels = u32::from(id.zoom.saturating_sub(zoom));
    let factor = 1u32.checked_shl(levels).unwrap_or(1);
    let ancestor = TileId {
        x: id.x / factor,
        y: id.y / factor,
        zoom: id.zoom.min(zoom),
    };
    let step = 1.0 / factor as f32;
    let u = (id.x % factor) as f32 * step;
    let v = (id.y % factor) as f32 * step;
    (
        ancestor,
        Rect::from_min_max(pos2(u, v), pos2(u + step, v + step)),
    )
}

fn worker(
    jobs: &Receiver<TileId>,
    done: &Sender<Done>,
    ctx: &egui::Context,
    map: &OnceLock<BaseMap>,
    pixels: u32,
) {
    let map = map.get_or_init(|| match BaseMap::embedded() {
        Ok(map) => map,
        Err(err) => {
            log::error!("{err}");
            BaseMap::default()
        }
    });
    ctx.request_repaint();
    let mut queue: Vec<TileId> = Vec::new();
    while let Some((id, dropped)) = crate::tile_jobs::next_job(&mut queue, jobs) {
        for stale in dropped {
            if done.send(Done::Skipped(stale)).is_err() {
                return;
            }
        }
        let key = TileKey {
            zoom: id.zoom,
            x: id.x,
            y: id.y,
        };
        let message = match render_tile(map, key, pixels) {
            Some(pixmap) => Done::Rendered(
                id,
                ColorImage::from_rgba_premultiplied(
                    [pixels as usize, pixels as usize],
                    pixmap.data(),
                ),
            ),
            None => Done::Skipped(id),
        };
        if done.send(message).is_err() {
            return;
        }
        ctx.request_repaint();
    }
}
