//! Hungary 1956 Explorer: the thirteen days of the Hungarian Revolution of 1956 on a map, a
//! timeline and in words. The library holds everything; `main.rs` only parses the command line.

#![deny(clippy::unwrap_used, clippy::expect_used)]

pub mod app;
mod artwork;
pub mod assets;
pub mod basemap;
pub mod check;
pub mod cli;
pub mod cli_error;
pub mod command;
pub mod detail;
pub mod export;
pub mod files;
pub mod i18n;
pub mod kiosk;
pub mod lat_lon;
mod lightbox;
pub mod map;
pub mod printable;
pub mod saved;
pub mod screenshot;
pub mod search;
pub mod state;
pub mod storage;
pub mod story;
mod theme;
mod tile_jobs;
mod tile_textures;
pub mod timeline;
mod tooltip;

pub use app::{APP_ID, App, ICON_PNG, Startup, WINDOW_TITLE};
