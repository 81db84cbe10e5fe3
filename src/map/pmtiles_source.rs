//! A checked `.pmtiles` file (see `pmtiles.rs`) as a walkers tile source: tiles are read and
//! decoded on a worker thread, newest request first, and kept as textures in a bounded cache.
//! A tile that fails costs only itself; a file that fails, or even a panic on the worker, only
//! marks the source as broken, and the offline map still shows.

use std::path::Path;
use std::sync::mpsc::{Receiver, Sender, channel};

use walkers::sources::Attribution;
use walkers::{Stats, TileId, TilePiece, Tiles};

use super::pmtiles::{Archive, decode_tile};
use crate::basemap::ancestor_piece;
use crate::i18n::Text;
use crate::text;
use crate::tile_textures::TileTextures;

/// Tile textures kept at most (256 × 256 to 1024 × 1024 pixels each).
const CACHE_CAPACITY: usize = 96;

enum Done {
    Tile(TileId, egui::ColorImage),
    Missing(TileId),
    /// The file (or the thread) failed, and why; the source is given up.
    Broken(Text),
}

/// A checked PMTiles file as a walkers tile source.
pub(crate) struct PmTilesSource {
    max_zoom: u8,
    textures: TileTextures,
    jobs: Option<Sender<TileId>>,
    done: Receiver<Done>,
    broken: Option<Text>,
}

impl PmTilesSource {
    /// Opens and checks the file, then starts its worker; the error says what is wrong.
    pub(crate) fn open(path: &Path, ctx: &egui::Context) -> Result<Self, Text> {
        let archive = Archive::open(path)?;
        let (_, max_zoom) = archive.zooms();
        let (job_tx, job_rx) = channel::<TileId>();
        let (done_tx, done_rx) = channel::<Done>();
        let worker_ctx = ctx.clone();
        std::thread::Builder::new()
            .name("pmtiles".to_owned())
            .spawn(move || worker(archive, &job_rx, &done_tx, &worker_ctx))
            .map_err(|err| text!("pmtiles-reader-not-started", error = err.to_string()))?;
        Ok(Self {
            max_zoom,
            textures: TileTextures::new(ctx, "pmtiles", CACHE_CAPACITY),
            jobs: Some(job_tx),
            done: done_rx,
            broken: None,
        })
    }

    /// Why the file stopped delivering tiles, if it did.
    pub(crate) fn broken(&self) -> Option<&Text> {
        self.broken.as_ref()
    }

    fn receive(&mut self) {
        while let Ok(done) = self.done.try_recv() {
            match done {
                Done::Tile(id, image) => self.textures.arrived(id, image),
                Done::Missing(id) => self.textures.missing(id),
                Done::Broken(reason) => {
                    log::warn!("PMTiles: {reason}");
                    self.broken = Some(reason);
                    self.jobs = None;
                    self.textures.forget_requests();
                }
            }
        }
    }
}

impl Tiles for PmTilesSource {
    fn at(&mut self, tile_id: TileId) -> Option<TilePiece> {
        self.receive();
        let wanted = if tile_id.zoom > self.max_zoom {
            ancestor_piece(tile_id, self.max_zoom).0
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
            text: "PMTiles",
            url: "",
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

fn worker(mut archive: Archive, jobs: &Receiver<TileId>, done: &Sender<Done>, ctx: &egui::Context) {
    let mut queue: Vec<TileId> = Vec::new();
    while let Some((id, dropped)) = crate::tile_jobs::next_job(&mut queue, jobs) {
        for stale in dropped {
            if done.send(Done::Missing(stale)).is_err() {
                return;
            }
        }
        // Nothing read from the file may take the app down: a panic here is caught and the
        // source given up, like a file that cannot be read.
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            archive
                .tile(id.zoom, id.x, id.y)
                .map(|bytes| bytes.map(|b| decode_tile(&b)))
        }));
        let message = match outcome {
            Ok(Ok(Some(Ok(image)))) => Done::Tile(id, image),
            Ok(Ok(None)) => Done::Missing(id),
            Ok(Ok(Some(Err(reason)))) => {
                log::warn!("PMTiles tile {}/{}/{}: {reason}", id.zoom, id.x, id.y);
                Done::Missing(id)
            }
            Ok(Err(reason)) => Done::Broken(reason),
            Err(_) => Done::Broken(text!("pmtiles-reader-failed")),
        };
        let stop = matches!(message, Done::Broken(_));
        if done.send(message).is_err() || stop {
            ctx.request_repaint();
            return;
        }
        ctx.request_repaint();
    }
}
