//! Optional tile sources drawn over the offline 1956 base map: OpenStreetMap (online, with an
//! on-disk cache and the attribution OSM requires) or a local raster `.pmtiles` file. Where
//! such a source has no tile, or fails, the offline map underneath still shows.

use std::path::Path;
use std::time::{Duration, Instant};

use walkers::sources::{Attribution, OpenStreetMap};
use walkers::{HeaderValue, HttpOptions, HttpTiles, Stats, TileId, TilePiece, Tiles};

use super::pmtiles_source::PmTilesSource;
use crate::command::TileChoice;
use crate::i18n::{Language, Text};
use crate::t;

/// The source behind the layer.
enum Source {
    /// OpenStreetMap, online.
    Osm(Box<HttpTiles>),
    /// A local PMTiles file, checked.
    PmTiles(PmTilesSource),
    /// A file that cannot be used, and why.
    Broken(Text),
}

/// A source that has shown no tile after this long is reported as failing.
const GIVE_UP_AFTER: Duration = Duration::from_secs(8);

/// The longest wait between two attempts at a failing source.
const MAX_BACKOFF: Duration = Duration::from_secs(300);

/// An extra tile source, watched for whether it delivers anything. A source that delivers
/// nothing within [`GIVE_UP_AFTER`] is reported, and started again after a wait that doubles
/// each time (at most [`MAX_BACKOFF`]); meanwhile the offline map shows.
pub(crate) struct ExtraTiles {
    ctx: egui::Context,
    choice: TileChoice,
    tiles: Source,
    started: Instant,
    delivered: bool,
    attempt: u32,
}

impl ExtraTiles {
    /// Starts the chosen source; `None` for the offline map alone.
    pub(crate) fn start(ctx: &egui::Context, choice: &TileChoice) -> Option<Self> {
        Some(Self {
            ctx: ctx.clone(),
            choice: choice.clone(),
            tiles: open(ctx, choice)?,
            started: Instant::now(),
            delivered: false,
            attempt: 0,
        })
    }

    /// Starts a failing source again once its back-off wait is over.
    pub(crate) fn retry_if_due(&mut self) {
        if self.delivered {
            return;
        }
        let wait = GIVE_UP_AFTER
            .saturating_mul(2u32.saturating_pow(self.attempt.min(8)))
            .min(MAX_BACKOFF);
        let elapsed = self.started.elapsed();
        if elapsed < GIVE_UP_AFTER + wait {
            // Wake up when there is something new to say or to try, even if nothing moves.
            let next = if elapsed < GIVE_UP_AFTER {
                GIVE_UP_AFTER
            } else {
                GIVE_UP_AFTER + wait
            };
            self.ctx.request_repaint_after(next.saturating_sub(elapsed));
            return;
        }
        if let Some(tiles) = open(&self.ctx, &self.choice) {
            log::info!(
                "trying the tile source again (attempt {})",
                self.attempt + 2
            );
            self.tiles = tiles;
            self.started = Instant::now();
            self.attempt = self.attempt.saturating_add(1);
        }
    }

    /// Whether the layer should be drawn: not while it is known to be failing.
    pub(crate) fn is_usable(&self) -> bool {
        self.broken().is_none() && (self.delivered || self.started.elapsed() < GIVE_UP_AFTER)
    }

    /// Why the source cannot be used at all (a damaged file), if so.
    fn broken(&self) -> Option<&Text> {
        match &self.tiles {
            Source::Broken(reason) => Some(reason),
            Source::PmTiles(tiles) => tiles.broken(),
            Source::Osm(_) => None,
        }
    }

    /// Which source this is.
    pub(crate) fn choice(&self) -> &TileChoice {
        &self.choice
    }

    /// One line for the map when the source is not delivering, or `None` while all is well.
    pub(crate) fn problem(&self, lang: Language) -> Option<String> {
        let file = |path: &std::path::Path| {
            crate::printable::printable(&path.display().to_string()).into_owned()
        };
        if let (Some(reason), TileChoice::PmTiles(path)) = (self.broken(), &self.choice) {
            let reason = reason.clone();
            return Some(t!(
                lang,
                "tiles-problem-broken",
                file = file(path),
                reason = reason
            ));
        }
        if self.delivered || self.started.elapsed() < GIVE_UP_AFTER {
            return None;
        }
        Some(match &self.choice {
            TileChoice::OpenStreetMap => t!(lang, "tiles-problem-osm"),
            TileChoice::PmTiles(path) => t!(lang, "tiles-problem-file", file = file(path)),
            TileChoice::Offline => String::new(),
        })
    }

    /// The attribution the source requires.
    pub(crate) fn attribution_text(&self, lang: Language) -> String {
        match &self.choice {
            TileChoice::OpenStreetMap => t!(lang, "tiles-attribution-osm"),
            TileChoice::PmTiles(_) => {
                t!(
                    lang,
                    "tiles-attribution-file",
                    file = self.choice.file_name()
                )
            }
            TileChoice::Offline => String::new(),
        }
    }
}

impl Tiles for ExtraTiles {
    fn at(&mut self, tile_id: TileId) -> Option<TilePiece> {
        let piece = match &mut self.tiles {
            Source::Osm(tiles) => tiles.at(tile_id),
            Source::PmTiles(tiles) => tiles.at(tile_id),
            Source::Broken(_) => None,
        };
        self.delivered |= piece.is_some();
        piece
    }

    fn attribution(&self) -> Attribution {
        match &self.tiles {
            Source::Osm(tiles) => tiles.attribution(),
            Source::PmTiles(tiles) => tiles.attribution(),
            Source::Broken(_) => Attribution {
                text: "",
                url: "",
                logo_light: None,
                logo_dark: None,
            },
        }
    }

    fn tile_size(&self) -> u32 {
        match &self.tiles {
            Source::Osm(tiles) => tiles.tile_size(),
            Source::PmTiles(tiles) => tiles.tile_size(),
            Source::Broken(_) => 256,
        }
    }

    fn stats(&self) -> Stats {
        match &self.tiles {
            Source::Osm(tiles) => tiles.stats(),
            Source::PmTiles(tiles) => tiles.stats(),
            Source::Broken(_) => Stats::default(),
        }
    }
}

/// Opens the chosen source's tiles (`None` for the offline map alone); a PMTiles file is
/// checked first, and one that cannot be used becomes the reason why.
fn open(ctx: &egui::Context, choice: &TileChoice) -> Option<Source> {
    match choice {
        TileChoice::Offline => None,
        TileChoice::OpenStreetMap => Some(Source::Osm(Box::new(HttpTiles::with_options(
            OpenStreetMap,
            HttpOptions {
                cache: cache_dir(),
                user_agent: Some(HeaderValue::from_static(concat!(
                    "hungary1956/",
                    env!("CARGO_PKG_VERSION"),
                    " (Hungary 1956 Explorer, desktop history app)"
                ))),
                ..HttpOptions::default()
            },
            ctx.clone(),
        )))),
        TileChoice::PmTiles(path) => Some(match PmTilesSource::open(path, ctx) {
            Ok(tiles) => Source::PmTiles(tiles),
            Err(reason) => {
                log::warn!("{}: {reason}", path.display());
                Source::Broken(reason)
            }
        }),
    }
}

/// `…/hungary1956/osm-tiles` in the user's cache folder, if it exists or can be made; without
/// one, tiles are fetched without an on-disk cache.
fn cache_dir() -> Option<std::path::PathBuf> {
    let dir = dirs::cache_dir()?.join("hungary1956").join("osm-tiles");
    match std::fs::create_dir_all(&dir) {
        Ok(()) if writable(&dir) => Some(dir),
        Ok(()) => None,
        Err(err) => {
            log::warn!("no tile cache at {}: {err}", dir.display());
            None
        }
    }
}

fn writable(dir: &Path) -> bool {
    let probe = dir.join(".write-test");
    let ok = std::fs::write(&probe, b"").is_ok();
    std::fs::remove_file(&probe).ok();
    ok
}
