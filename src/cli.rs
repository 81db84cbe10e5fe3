//! Command-line options, parsed with clap; `--help` in the language asked for.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::{Arg, CommandFactory as _, Parser, Subcommand};

use crate::cli_error::CliValueError;
use crate::i18n::Language;
use crate::lat_lon::LatLon;
use crate::{t, text};

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
    #[arg(long, value_name = "LAT,LON", value_parser = parse_lat_lon, allow_hyphen_values = true)]
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
    /// What the map shows of the events: everything so far, or only what is happening now.
    #[arg(long, value_enum, value_name = "MODE")]
    pub show: Option<ShowArg>,
    /// Start with this track's events hidden (its id in the story file); may be repeated.
    #[arg(long, value_name = "ID", allow_hyphen_values = true)]
    pub hide_track: Vec<String>,
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
    /// Window size in points, e.g. 1600x900 (the default); with --kiosk, full screen unless
    /// given.
    #[arg(long, value_name = "WxH", value_parser = parse_size, allow_hyphen_values = true)]
    pub size: Option<(u32, u32)>,
    /// Museum and classroom mode: full screen, no menus, files or links; the story's guided
    /// tour plays by itself, a touch pauses it, and Magyar | English is always on screen. It
    /// starts in --lang (default hu), remembers nothing, and cannot be quit with the usual
    /// keys: hold Ctrl+Shift+Q for 3 seconds to leave.
    #[arg(long)]
    pub kiosk: bool,
    /// With --kiosk: after this many seconds without a touch, go back to the tour's first
    /// stop and the starting language.
    #[arg(long, value_name = "SECONDS", requires = "kiosk", default_value_t = crate::kiosk::DEFAULT_IDLE_RESET_SECONDS, value_parser = clap::value_parser!(u32).range(5..=86_400))]
    pub idle_reset: u32,
}

/// The window's size when `--size` is not given.
pub const DEFAULT_SIZE: (u32, u32) = (1600, 900);

/// `--show` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ShowArg {
    /// Everything up to the time shown.
    SoFar,
    /// Only what is happening at the time shown.
    NowOnly,
}

impl From<ShowArg> for crate::state::MapMode {
    fn from(show: ShowArg) -> Self {
        match show {
            ShowArg::SoFar => Self::SoFar,
            ShowArg::NowOnly => Self::NowOnly,
        }
    }
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

/// The parser of the command line, its `--help` in `lang`. The doc comments above are the
/// English help; in another language every line of it comes from the Fluent files (clap's
/// own error messages stay English: clap has no translations).
pub fn command(lang: Language) -> clap::Command {
    let mut command = Cli::command();
    if lang.base() == Language::English {
        return command;
    }
    let options = t!(lang, "cli-help-options");
    let option = |help: String| {
        let heading = options.clone();
        move |arg: Arg| arg.help(help).help_heading(heading)
    };
    // Values and defaults are named in the translated help itself, in its words.
    let plain = |help: String| {
        let heading = options.clone();
        move |arg: Arg| {
            arg.help(help)
                .help_heading(heading)
                .hide_default_value(true)
                .hide_possible_values(true)
        }
    };
    // The export subcommand's own options are reworded before the command is built (after
    // it, clap no longer parses that subcommand's flags right); its --help once clap has made
    // it, below.
    command = command.mut_subcommand("export", |export| {
        export
            .about(t!(lang, "cli-help-export"))
            .mut_arg("out", |arg| {
                arg.help(t!(lang, "cli-help-export-out"))
                    .help_heading(t!(lang, "cli-help-arguments"))
            })
            .mut_arg("from", option(t!(lang, "cli-help-export-from")))
            .mut_arg("to", option(t!(lang, "cli-help-export-to")))
            .mut_arg("step", option(t!(lang, "cli-help-export-step")))
            .mut_arg("fps", plain(t!(lang, "cli-help-export-fps")))
            .mut_arg("size", plain(t!(lang, "cli-help-export-size")))
            .mut_arg("lang", option(t!(lang, "cli-help-export-lang")))
            .mut_arg("select", option(t!(lang, "cli-help-export-select")))
            .mut_arg("center", option(t!(lang, "cli-help-export-center")))
            .mut_arg("zoom", option(t!(lang, "cli-help-export-zoom")))
            .mut_arg("show", plain(t!(lang, "cli-help-export-show")))
            .mut_arg("hide_track", option(t!(lang, "cli-help-export-hide-track")))
            .mut_arg("story", option(t!(lang, "cli-help-export-story")))
    });
    // Built next, so that clap's own `--help`, `--version` and `help` exist to be reworded.
    command.build();
    let help_arg = option(t!(lang, "cli-help-help"));
    // clap's own template, with its "Usage:" worded.
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        t!(lang, "cli-help-usage")
    );
    command
        .about(t!(lang, "cli-help-about"))
        .help_template(&template)
        .subcommand_help_heading(t!(lang, "cli-help-commands"))
        .mut_arg("story", option(t!(lang, "cli-help-story")))
        .mut_arg("at", option(t!(lang, "cli-help-at")))
        .mut_arg("select", option(t!(lang, "cli-help-select")))
        .mut_arg("center", option(t!(lang, "cli-help-center")))
        .mut_arg("zoom", option(t!(lang, "cli-help-zoom")))
        .mut_arg("tiles", plain(t!(lang, "cli-help-tiles")))
        .mut_arg("pmtiles", option(t!(lang, "cli-help-pmtiles")))
        .mut_arg("show_artwork", option(t!(lang, "cli-help-show-artwork")))
        .mut_arg("show", plain(t!(lang, "cli-help-show")))
        .mut_arg("hide_track", option(t!(lang, "cli-help-hide-track")))
        .mut_arg("lang", option(t!(lang, "cli-help-lang")))
        .mut_arg("fresh", option(t!(lang, "cli-help-fresh")))
        .mut_arg("screenshot", option(t!(lang, "cli-help-screenshot")))
        .mut_arg("size", plain(t!(lang, "cli-help-size")))
        .mut_arg("kiosk", option(t!(lang, "cli-help-kiosk")))
        .mut_arg("idle_reset", plain(t!(lang, "cli-help-idle-reset")))
        .mut_arg("help", |arg| {
            // clap words `--help` apart from `-h` when some help has a longer form.
            help_arg.clone()(arg).long_help(t!(lang, "cli-help-help-long"))
        })
        .mut_arg("version", option(t!(lang, "cli-help-version")))
        .mut_subcommand("check", |check| {
            check
                .about(t!(lang, "cli-help-check"))
                .help_template(&template)
                .mut_arg("path", |arg| {
                    arg.help(t!(lang, "cli-help-check-path"))
                        .help_heading(t!(lang, "cli-help-arguments"))
                })
                .mut_arg("help", help_arg.clone())
        })
        .mut_subcommand("export", |export| {
            export.help_template(&template).mut_arg("help", help_arg)
        })
        .mut_subcommand("help", |help| {
            help.about(t!(lang, "cli-help-help-command"))
                .help_template(&template)
        })
}

/// The language `--lang` asks for, read from the raw arguments before clap parses them (so
/// that `--help` and clap's errors can be worded in it): `--lang hu` or `--lang=hu`.
pub fn language_in_args(args: &[OsString]) -> Option<Language> {
    let mut args = args.iter().map(|arg| arg.to_str());
    while let Some(arg) = args.next() {
        match arg {
            Some("--") => return None,
            Some("--lang") => return args.next().flatten().and_then(Language::from_code),
            Some(arg) => {
                if let Some(code) = arg.strip_prefix("--lang=") {
                    return Language::from_code(code);
                }
            }
            None => {}
        }
    }
    None
}

/// `hungary1956` with `args` (the program's name first), parsed with the help in `lang`.
pub fn parse_from(args: &[OsString], lang: Language) -> Result<Cli, clap::Error> {
    let matches = command(lang).try_get_matches_from(args)?;
    <Cli as clap::FromArgMatches>::from_arg_matches(&matches)
}

pub(crate) fn parse_language(text: &str) -> Result<Language, CliValueError> {
    Language::from_code(text).ok_or_else(|| {
        let known: Vec<&str> = Language::ALL.iter().map(|l| l.code()).collect();
        CliValueError(text!(
            "cli-value-language",
            text = text,
            known = known.join(", ")
        ))
    })
}

pub(crate) fn parse_zoom(text: &str) -> Result<f64, CliValueError> {
    let zoom: f64 = text
        .trim()
        .parse()
        .map_err(|_| CliValueError(text!("cli-value-not-number", text = text)))?;
    // NaN is not inside any range: this refuses it too.
    let (min, max) = (crate::map::MIN_ZOOM, crate::map::MAX_ZOOM);
    if !(min..=max).contains(&zoom) {
        return Err(CliValueError(text!(
            "cli-value-zoom",
            zoom = zoom.to_string(),
            min = min.to_string(),
            max = max.to_string()
        )));
    }
    Ok(zoom)
}

pub(crate) fn parse_size(text: &str) -> Result<(u32, u32), CliValueError> {
    let (w, h) = text
        .split_once(['x', 'X'])
        .ok_or_else(|| CliValueError(text!("cli-value-size", text = text)))?;
    let w: u32 = w
        .trim()
        .parse()
        .map_err(|_| CliValueError(text!("cli-value-width", text = text)))?;
    let h: u32 = h
        .trim()
        .parse()
        .map_err(|_| CliValueError(text!("cli-value-height", text = text)))?;
    if !(200..=8000).contains(&w) || !(200..=8000).contains(&h) {
        return Err(CliValueError(text!("cli-value-size-range", text = text)));
    }
    Ok((w, h))
}

/// `LAT,LON` within the range the map can show.
pub(crate) fn parse_lat_lon(text: &str) -> Result<LatLon, CliValueError> {
    use crate::lat_lon::Refused;
    LatLon::parse(text).map_err(|why| {
        CliValueError(match why {
            Refused::NotAPair => text!("cli-value-lat-lon", text = text),
            Refused::Latitude => text!("cli-value-latitude", text = text),
            Refused::Longitude => text!("cli-value-longitude", text = text),
            Refused::OffTheMap => text!("cli-value-lat-lon-range", text = text),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn lang_is_found_before_parsing() {
        let found = |list: &[&str]| language_in_args(&args(list));
        assert_eq!(found(&["x", "--lang", "hu"]), Some(Language::Hungarian));
        assert_eq!(
            found(&["x", "--lang=en", "--help"]),
            Some(Language::English)
        );
        assert_eq!(found(&["x", "--lang"]), None);
        assert_eq!(found(&["x", "--", "--lang", "hu"]), None);
        assert_eq!(found(&["x", "--fresh"]), None);
    }

    #[test]
    fn help_speaks_hungarian_and_parses_the_same() {
        let mut command = command(Language::Hungarian);
        command.clone().debug_assert();
        let help = command.render_long_help().to_string();
        for word in [
            "Használat:",
            "Kapcsolók:",
            "Parancsok:",
            "A súgó megjelenítése",
        ] {
            assert!(help.contains(word), "{word} missing in\n{help}");
        }
        for english in ["Usage:", "Options:", "Print help", "Start with", "[default"] {
            assert!(!help.contains(english), "{english} left in\n{help}");
        }
        let list = ["x", "--lang", "hu", "--tiles", "osm", "--size", "800x600"];
        let cli = parse_from(&args(&list), Language::Hungarian).expect("parses");
        assert_eq!(cli.tiles, TilesArg::Osm);
        assert_eq!(cli.size, Some((800, 600)));
        assert_eq!(cli.lang, Some(Language::Hungarian));
        // The export subcommand, its options reworded too, parses its flags as in English.
        let list = [
            "x", "--lang", "hu", "export", "a.gif", "--step", "1h", "--fps", "5",
        ];
        let cli = parse_from(&args(&list), Language::Hungarian).expect("export parses");
        assert!(matches!(cli.command, Some(CliCommand::Export(ref e)) if e.fps == 5));
        let help = super::command(Language::Hungarian)
            .find_subcommand_mut("export")
            .map(|export| export.render_long_help().to_string())
            .unwrap_or_default();
        assert!(
            help.contains("Kapcsolók:") && !help.contains("Options:"),
            "{help}"
        );
    }
}
