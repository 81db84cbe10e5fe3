//! `hungary1956 export`'s options (clap).

use std::path::PathBuf;

use crate::i18n::Language;
use crate::lat_lon::LatLon;

/// `export OUT --from TIME --to TIME --step DURATION …`
#[derive(Debug, Clone, clap::Args)]
pub struct ExportArgs {
    /// The film: NAME.gif (built in), NAME.mp4 (needs ffmpeg), or a folder for PNG frames.
    #[arg(value_name = "OUT")]
    pub out: PathBuf,
    /// The first frame's time, Budapest local time, e.g. 1956-10-23T00:00 (default: the
    /// story's start).
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub from: Option<String>,
    /// No frame is later than this time (default: the story's end).
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub to: Option<String>,
    /// Story time between frames, e.g. 1h, 30m, 6h, 1d.
    #[arg(long, value_name = "DURATION", allow_hyphen_values = true)]
    pub step: String,
    /// Frames per second of the film.
    #[arg(long, value_name = "N", default_value_t = super::DEFAULT_FPS)]
    pub fps: u32,
    /// Frame size in pixels (the window's size), e.g. 1280x720.
    #[arg(long, value_name = "WxH", default_value = "1280x720", value_parser = crate::cli::parse_size, allow_hyphen_values = true)]
    pub size: (u32, u32),
    /// Language of the film: hu (Magyar) or en (English).
    #[arg(long, value_name = "LANG", value_parser = crate::cli::parse_language, allow_hyphen_values = true)]
    pub lang: Option<Language>,
    /// Show this event or place selected (its id in the story file).
    #[arg(long, value_name = "ID", allow_hyphen_values = true)]
    pub select: Option<String>,
    /// Centre the map here, e.g. 47.5,19.05 (latitude,longitude).
    #[arg(long, value_name = "LAT,LON", value_parser = crate::cli::parse_lat_lon, allow_hyphen_values = true)]
    pub center: Option<LatLon>,
    /// The map's zoom level (2 = the whole USSR, 17 = streets of Budapest).
    #[arg(long, value_name = "ZOOM", value_parser = crate::cli::parse_zoom, allow_hyphen_values = true)]
    pub zoom: Option<f64>,
    /// What the map shows of the events: everything so far, or only what is happening now.
    #[arg(long, value_enum, value_name = "MODE")]
    pub show: Option<crate::cli::ShowArg>,
    /// Hide this track's events (its id in the story file); may be repeated.
    #[arg(long, value_name = "ID", allow_hyphen_values = true)]
    pub hide_track: Vec<String>,
    /// Film this story file instead of the built-in one.
    #[arg(long, value_name = "PATH", allow_hyphen_values = true)]
    pub story: Option<PathBuf>,
    /// Report progress as `frame DONE TOTAL` lines on standard output and stop when standard
    /// input closes (used by the app's Export window).
    #[arg(long, hide = true)]
    pub progress_lines: bool,
}
