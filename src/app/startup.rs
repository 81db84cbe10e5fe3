//! What the app starts with: the story, time, selection and map view that the command line
//! (and the state saved by the last run) resolve to, worked out before the window opens.

use std::path::PathBuf;

use jiff::Timestamp;

use crate::cli::Cli;
use crate::command::TileChoice;
use crate::i18n::{Language, Text};
use crate::lat_lon::LatLon;
use crate::saved::{Remembered, SavedState};
use crate::screenshot::ScreenshotRequest;
use crate::state::{MapMode, Selection};
use crate::story::{self, LoadError, Loaded, TrackIx};
use crate::{t, text};

/// Everything the app starts with, worked out from the command line before the window opens.
pub struct Startup {
    /// The story to show.
    pub loaded: Loaded,
    /// Its file, if it is not the built-in story.
    pub story_path: Option<PathBuf>,
    /// A story the user asked for that could not be opened (shown in the problems window).
    pub failed: Option<LoadError>,
    /// Start time.
    pub at: Option<Timestamp>,
    /// Start selection.
    pub select: Option<Selection>,
    /// A screenshot of the first complete frame to save.
    pub screenshot: Option<ScreenshotRequest>,
    /// Map centre (latitude, longitude) and zoom to start with.
    pub map_view: (Option<LatLon>, Option<f64>),
    /// Tiles to show under the 1956 borders.
    pub tiles: TileChoice,
    /// Open the selected event's painting (or the cover) in the large view.
    pub show_artwork: bool,
    /// What the map shows of the events (`--show`), if asked for.
    pub map_mode: Option<MapMode>,
    /// The tracks to hide (`--hide-track`), if any were named: then exactly these.
    pub hidden_tracks: Option<Vec<TrackIx>>,
    /// What was remembered from the last run (for this story).
    pub saved: Option<SavedState>,
    /// What was remembered for every story, kept when this run's state is saved.
    pub remembered: Remembered,
    /// Warnings to show once (e.g. an unreadable saved state), a line each, written out in
    /// the language spoken when they are shown.
    pub notice: Vec<Text>,
    /// When the process started, to report the time to the first frame.
    pub launched: Option<std::time::Instant>,
    /// The language asked for (`--lang`, else the one remembered).
    pub language: Option<Language>,
    /// The language of the system's locale, used when none was asked for.
    pub locale: Option<Language>,
    /// Museum and classroom mode (`--kiosk`), if asked for.
    pub kiosk: Option<crate::kiosk::KioskOptions>,
    /// The program the Export window runs to make a film (`None`: this program itself).
    pub exporter: Option<PathBuf>,
}

impl Startup {
    /// The built-in story at its start.
    pub fn default_story() -> Result<Self, LoadError> {
        Ok(Self {
            loaded: story::load_default()?,
            story_path: None,
            failed: None,
            at: None,
            select: None,
            screenshot: None,
            map_view: (None, None),
            tiles: TileChoice::Offline,
            show_artwork: false,
            map_mode: None,
            hidden_tracks: None,
            saved: None,
            remembered: Remembered::default(),
            notice: Vec::new(),
            launched: None,
            language: None,
            locale: None,
            kiosk: None,
            exporter: None,
        })
    }

    /// Loads the story named on the command line (falling back to the built-in story, with the
    /// problems shown, if it cannot be opened) and resolves `--at` and `--select` against it.
    pub fn from_cli(cli: &Cli) -> anyhow::Result<Self> {
        let mut startup = Self::default_story()?;
        if let Some(path) = &cli.story {
            match story::load_file(path) {
                Ok(loaded) => {
                    startup.loaded = loaded;
                    startup.story_path = Some(path.clone());
                }
                Err(err) => startup.failed = Some(err),
            }
        }
        startup.language = cli.lang;
        startup.locale = Language::from_environment(|name| std::env::var(name).ok());
        // Before the window opens, what was remembered is not read yet: errors speak the
        // language asked for, else the locale's.
        let lang = startup.language.or(startup.locale).unwrap_or_default();
        let story = &startup.loaded.story;
        if let Some(text) = &cli.at {
            let normalised = text.trim().replacen(' ', "T", 1);
            let (at, _) = story.clock.parse(&normalised).map_err(|err| {
                anyhow::anyhow!(t!(
                    lang,
                    "cli-at-invalid",
                    option = "--at",
                    text = text,
                    error = err.to_string(),
                    example = "1956-11-01T19:50"
                ))
            })?;
            if at < story.start || at > story.end {
                let mut clock = story.clock.clone();
                clock.set_language(lang);
                anyhow::bail!(t!(
                    lang,
                    "cli-at-outside",
                    option = "--at",
                    text = text,
                    start = clock.format_long(story.start),
                    end = clock.format_long(story.end)
                ));
            }
            startup.at = Some(at);
        }
        if let Some(id) = &cli.select {
            let found = story
                .event_by_id(id)
                .map(Selection::Event)
                .or_else(|| story.place_by_id(id).map(Selection::Place));
            match (found, &startup.failed) {
                (Some(selection), _) => startup.select = Some(selection),
                // The id belonged to the story that failed to open: the problems window says why.
                (None, Some(_)) => {}
                (None, None) => {
                    anyhow::bail!(t!(lang, "cli-select-unknown", option = "--select", id = id))
                }
            }
        }
        if !cli.hide_track.is_empty() {
            let mut hidden = Vec::new();
            for id in &cli.hide_track {
                match (
                    story.tracks.iter().position(|t| &t.id == id),
                    &startup.failed,
                ) {
                    (Some(i), _) => hidden.push(TrackIx(i)),
                    (None, Some(_)) => {}
                    (None, None) => anyhow::bail!(t!(
                        lang,
                        "cli-track-unknown",
                        option = "--hide-track",
                        id = id
                    )),
                }
            }
            hidden.sort();
            hidden.dedup();
            startup.hidden_tracks = Some(hidden);
        }
        startup.map_mode = cli.show.map(MapMode::from);
        startup.screenshot = cli.screenshot.clone().map(ScreenshotRequest::new);
        startup.map_view = (cli.center, cli.zoom);
        startup.show_artwork = cli.show_artwork;
        startup.tiles = match (&cli.pmtiles, cli.tiles) {
            (Some(path), _) => TileChoice::PmTiles(path.clone()),
            (None, crate::cli::TilesArg::Osm) => TileChoice::OpenStreetMap,
            (None, crate::cli::TilesArg::Offline) => TileChoice::Offline,
        };
        if cli.kiosk {
            // A kiosk starts in its own language, whatever the machine's locale.
            let options = crate::kiosk::KioskOptions {
                idle_reset_seconds: f64::from(cli.idle_reset),
                home_language: cli.lang.unwrap_or(crate::kiosk::HOME_LANGUAGE),
                full_screen: cli.size.is_none(),
            };
            startup.language = Some(options.home_language);
            startup.locale = None;
            startup.kiosk = Some(options);
        }
        Ok(startup)
    }

    /// Takes the state saved by the last run for this story; what cannot be read, or is out of
    /// range, becomes a notice and is not used. What the command line set wins over what was
    /// saved. The states of other stories are kept, to be saved again.
    pub fn restore(&mut self, text: Option<&str>) {
        let Some(text) = text else {
            return;
        };
        match Remembered::parse(text) {
            Ok((remembered, problems)) => {
                let this_story = self.story_path.as_ref().map(|p| p.display().to_string());
                self.saved = remembered.for_story(this_story.as_deref()).cloned();
                self.language = self.language.or(remembered.language());
                self.remembered = remembered;
                if !problems.is_empty() {
                    self.add_notice(text!("saved-settings-not-used", problems = problems));
                }
            }
            Err(problem) => {
                log::warn!("{problem}");
                self.add_notice(text!("saved-settings-unreadable", problem = problem));
            }
        }
    }

    /// Adds a line to the notice shown at the start.
    pub fn add_notice(&mut self, line: Text) {
        self.notice.push(line);
    }
}
