//! Command-line options, parsed with clap.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::i18n::Language;
use crate::lat_lon::LatLon;

/// Hungary 1956 Explorer: the thirteen days of the Hungarian Revolution on a map, a timeline
/// and in words.
#[derive(Debug, Clone, Parser)]
#[command(name = "hungary1956", version, about)]
pub struct Cli {
    /// What to do instead of opening the window.
    #[command(subcommand)]
    pub command: Option<CliCommand>,
    /// Open this story file instead of the built-in one.
    #[arg(long, value_name = "PATH", allow_hyphen_values = true)]
    pub story: Option<PathBuf>,
    /// Start at this time, Budapest local time, e.g. 1956-11-01T19:50.
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub at: Option<String>,
    /// Start with this event or place selected (its id in the story file).
    #[arg(long, value_name = "ID", allow_hyphen_values = true)]
    pub select: Option<String>,
    /// Start with the map centred here, e.g. 47.2,19.5 (latitude,longitude).
    #[arg(long, value_name = "LAT,LON", value_parser = LatLon::parse, allow_hyphen_values = true)]
    pub center: Option<LatLon>,
    /// Start with the map at this zoom level (2 = the whole USSR, 17 = streets of Budapest).
    #[arg(long, value_name = "ZOOM", value_parser = parse_zoom, allow_hyphen_values = true)]
    pub zoom: Option<f64>,
    /// Tiles under the 1956 borders: the offline 1956 map, or OpenStreetMap (online).
    #[arg(long, value_enum, default_value_t = TilesArg::Offline)]
    pub tiles: TilesArg,
    /// Show raster tiles from this local .pmtiles file under the 1956 borders.
    #[arg(long, value_name = "PATH", allow_hyphen_values = true)]
    pub pmtiles: Option<PathBuf>,
    /// Start with the painting of the selected event (or the story's cover) in the large view.
    #[arg(long)]
    pub show_artwork: bool,
    /// Language of the interface and the story: hu (Magyar) or en (English). Default: the
    /// one chosen last time, else the system's locale (LC_ALL, LC_MESSAGES, LANG), else English.
    #[arg(long, value_name = "LANG", value_parser = parse_language, allow_hyphen_values = true)]
    pub lang: Option<Language>,
    /// Ignore what was remembered from the last run.
    #[arg(long)]
    pub fresh: bool,
    /// Save the first complete frame as a PNG file and exit.
    #[arg(long, value_name = "OUT.png", allow_hyphen_values = true)]
    pub screenshot: Option<PathBuf>,
    /// Window size in points, e.g. 1600x900.
    #[arg(long, value_name = "WxH", default_value = "1600x900", value_parser = parse_size, allow_hyphen_values = true)]
    pub size: (u32, u32),
}

/// `--tiles` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum TilesArg {
    /// The offline 1956 base map alone (nothing is fetched).
    Offline,
    /// OpenStreetMap tiles, fetched online and cached on disk.
    Osm,
}

/// Subcommands.
#[derive(Debug, Clone, Subcommand)]
pub enum CliCommand {
    /// Check a story file and print every problem; exits 1 if it has errors.
    Check {
        /// The story file.
        path: PathBuf,
    },
    /// Export a film of the story: a GIF, an MP4 (through ffmpeg) or a folder of PNG frames,
    /// one frame every --step from --from to --to, each exactly as the window shows it.
    Export(crate::export::ExportArgs),
}

pub(crate) fn parse_language(text: &str) -> Result<Language, String> {
    Language::from_code(text).ok_or_else(|| {
        let known: Vec<&str> = Language::ALL.iter().map(|l| l.code()).collect();
        format!(
            "{text:?} is not a language of the app ({})",
            known.join(", ")
        )
    })
}

pub(crate) fn parse_zoom(text: &str) -> Result<f64, String> {
    let zoom: f64 = text
        .trim()
        .parse()
        .map_err(|_| format!("{text:?} is not a number"))?;
    // NaN is not inside any range: this refuses it too.
    let (min, max) = (crate::map::MIN_ZOOM, crate::map::MAX_ZOOM);
    if !(min..=max).contains(&zoom) {
        return Err(format!("zoom {zoom} is outside {min}..={max}"));
    }
    Ok(zoom)
}

pub(crate) fn parse_size(text: &str) -> Result<(u32, u32), String> {
    let (w, h) = text
        .split_once(['x', 'X'])
        .ok_or_else(|| format!("{text:?} is not WIDTHxHEIGHT, e.g. 1600x900"))?;
    let w: u32 = w
        .trim()
        .parse()
        .map_err(|_| format!("bad width in {text:?}"))?;
    let h: u32 = h
        .trim()
        .parse()
        .map_err(|_| format!("bad height in {text:?}"))?;
    if !(200..=8000).contains(&w) || !(200..=8000).contains(&h) {
        return Err(format!(
            "{text:?}: width and height must lie between 200 and 8000"
        ));
    }
    Ok((w, h))
}
