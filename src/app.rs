//! The app: owns the story, the shared state and the views' widget memory; lays out the panels
//! and applies the views' commands at the end of each frame.

use std::path::PathBuf;

use egui::{Key, Modifiers, Ui};
use jiff::Timestamp;

use crate::artwork::ArtworkCache;
use crate::cli::Cli;
use crate::lightbox::Lightbox;
use crate::map::MapView;
use crate::screenshot::ScreenshotTask;
use crate::state::{AppState, Command, Selection, TileChoice};
use crate::story::{self, LoadError, Loaded, Problem, Story};

/// The window's title.
pub const WINDOW_TITLE: &str = "Hungary 1956 Explorer";
/// Title of the window that lists a story's problems.
pub const PROBLEMS_TITLE: &str = "This story cannot be opened";
/// Default width of the detail panel.
const DETAIL_WIDTH: f32 = 420.0;
/// Height of the timeline panel.
const TIMELINE_HEIGHT: f32 = 200.0;

/// Everything the app starts with, worked out from the command line before the window opens.
pub struct Startup {
    /// The story to show.
    pub loaded: Loaded,
    /// A story the user asked for that could not be opened (shown in the problems window).
    pub failed: Option<LoadError>,
    /// Start time.
    pub at: Option<Timestamp>,
    /// Start selection.
    pub select: Option<Selection>,
    /// Where to save a screenshot of the first complete frame.
    pub screenshot: Option<PathBuf>,
    /// Map centre (latitude, longitude) and zoom to start with.
    pub map_view: (Option<(f64, f64)>, Option<f64>),
    /// Tiles to show under the 1956 borders.
    pub tiles: TileChoice,
    /// Open the selected event's painting (or the cover) in the large view.
    pub show_artwork: bool,
}

impl Startup {
    /// The built-in story at its start.
    pub fn default_story() -> Result<Self, LoadError> {
        Ok(Self {
            loaded: story::load_default()?,
            failed: None,
            at: None,
            select: None,
            screenshot: None,
            map_view: (None, None),
            tiles: TileChoice::Offline,
            show_artwork: false,
        })
    }

    /// Loads the story named on the command line (falling back to the built-in story, with the
    /// problems shown, if it cannot be opened) and resolves `--at` and `--select` against it.
    pub fn from_cli(cli: &Cli) -> anyhow::Result<Self> {
        let mut startup = Self::default_story()?;
        if let Some(path) = &cli.story {
            match story::load_file(path) {
                Ok(loaded) => startup.loaded = loaded,
                Err(err) => startup.failed = Some(err),
            }
        }
        let story = &startup.loaded.story;
        if let Some(text) = &cli.at {
            let normalised = text.trim().replacen(' ', "T", 1);
            let (at, _) = story.clock.parse(&normalised).map_err(|err| {
                anyhow::anyhow!("--at {text}: {err} (example: --at 1956-11-01T19:50)")
            })?;
            if at < story.start || at > story.end {
                anyhow::bail!(
                    "--at {text}: the story runs from {} to {}",
                    story.clock.format_long(story.start),
                    story.clock.format_long(story.end)
                );
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
                (None, None) => anyhow::bail!("--select {id}: no event or place has this id"),
            }
        }
        startup.screenshot = cli.screenshot.clone();
        startup.map_view = (cli.center, cli.zoom);
        startup.show_artwork = cli.show_artwork;
        startup.tiles = match (&cli.pmtiles, cli.tiles) {
            (Some(path), _) => TileChoice::PmTiles(path.clone()),
            (None, crate::cli::TilesArg::Osm) => TileChoice::OpenStreetMap,
            (None, crate::cli::TilesArg::Offline) => TileChoice::Offline,
        };
        Ok(startup)
    }
}

/// The application.
pub struct App {
    story: Story,
    state: AppState,
    map: MapView,
    artwork: ArtworkCache,
    failed: Option<LoadError>,
    warnings: Vec<Problem>,
    screenshot: Option<ScreenshotTask>,
    lightbox: Option<Lightbox>,
}

impl App {
    /// Builds the app from its start-up data.
    pub fn new(ctx: &egui::Context, startup: Startup) -> Self {
        let Startup {
            loaded,
            failed,
            at,
            select,
            screenshot,
            map_view,
            tiles,
            show_artwork,
        } = startup;
        let Loaded { story, warnings } = loaded;
        for warning in &warnings {
            log::warn!("{warning}");
        }
        if let Some(failed) = &failed {
            for problem in &failed.problems {
                log::error!("{problem}");
            }
        }
        install_fonts(ctx);
        let mut app = Self {
            state: AppState::new(&story),
            story,
            map: MapView::new(ctx),
            artwork: ArtworkCache::new(ctx),
            failed,
            warnings,
            screenshot: screenshot.map(ScreenshotTask::new),
            lightbox: None,
        };
        if let Some(selection) = select {
            app.apply(Command::Select(Some(selection)));
        }
        if let Some(at) = at {
            app.apply(Command::Seek(at));
        }
        let (center, zoom) = map_view;
        app.map.set_view(center, zoom);
        if tiles != TileChoice::Offline {
            app.apply(Command::SetTiles(tiles));
        }
        if show_artwork {
            let art = app
                .state
                .selected_event()
                .and_then(|ix| app.story.event(ix))
                .and_then(|event| event.artwork.clone())
                .or_else(|| app.story.cover.clone());
            if let Some(art) = art {
                app.apply(Command::ShowArtwork(art));
            }
        }
        app
    }

    /// The story shown.
    pub fn story(&self) -> &Story {
        &self.story
    }

    /// The shared state.
    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// The map view (for its zoom and centre).
    pub fn map(&self) -> &MapView {
        &self.map
    }

    /// The story that failed to open, if its problems are being shown.
    pub fn failed(&self) -> Option<&LoadError> {
        self.failed.as_ref()
    }

    /// Warnings found while loading the story shown.
    pub fn warnings(&self) -> &[Problem] {
        &self.warnings
    }

    /// The picture in the large view, if it is open.
    pub fn lightbox(&self) -> Option<&crate::story::Artwork> {
        self.lightbox.as_ref().map(Lightbox::artwork)
    }

    /// Applies one command, including the map's part of it.
    pub fn apply(&mut self, command: Command) {
        if let Command::ShowArtwork(art) = &command {
            self.lightbox = Some(Lightbox::new(self.story.asset_root.clone(), art.clone()));
        }
        if let Some(request) = self.state.apply(&self.story, command) {
            self.map.handle(&self.story, request);
        }
    }

    /// Keyboard shortcuts that work wherever the focus is (unless a text field has it).
    fn shortcuts(&self, ui: &Ui) -> Vec<Command> {
        let ctx = ui.ctx();
        if ctx.egui_wants_keyboard_input() || self.lightbox.is_some() {
            return Vec::new();
        }
        let mut commands = Vec::new();
        ctx.input_mut(|input| {
            if input.consume_key(Modifiers::NONE, Key::ArrowRight) {
                commands.push(Command::NextEvent);
            }
            if input.consume_key(Modifiers::NONE, Key::ArrowLeft) {
                commands.push(Command::PreviousEvent);
            }
            if input.consume_key(Modifiers::NONE, Key::Plus)
                || input.consume_key(Modifiers::SHIFT, Key::Plus)
                || input.consume_key(Modifiers::NONE, Key::Equals)
                || input.consume_key(Modifiers::SHIFT, Key::Equals)
            {
                commands.push(Command::ZoomMap(1));
            }
            if input.consume_key(Modifiers::NONE, Key::Minus) {
                commands.push(Command::ZoomMap(-1));
            }
            if input.consume_key(Modifiers::NONE, Key::Escape) {
                commands.push(Command::Select(None));
            }
        });
        commands
    }

    fn problems_ui(&mut self, ui: &Ui) {
        let Some(failed) = &self.failed else {
            return;
        };
        let mut dismiss = false;
        egui::Window::new(PROBLEMS_TITLE)
            .collapsible(false)
            .resizable(true)
            .default_width(640.0)
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .show(ui.ctx(), |ui| {
                ui.label(format!(
                    "{} has {} problem(s). The built-in story stays open.",
                    failed.file,
                    failed.problems.len()
                ));
                ui.separator();
                egui::ScrollArea::vertical()
                    .max_height(320.0)
                    .show(ui, |ui| {
                        for problem in &failed.problems {
                            ui.label(egui::RichText::new(problem.to_string()).monospace());
                            ui.add_space(4.0);
                        }
                    });
                ui.separator();
                if ui.button("Back to the built-in story").clicked() {
                    dismiss = true;
                }
            });
        if dismiss {
            self.failed = None;
        }
    }
}

/// egui's default proportional font lacks arrows and geometric shapes (◀ ▶ ●); the bundled
/// Hack font has them, so it becomes the proportional fallback.
fn install_fonts(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    if let Some(family) = fonts.families.get_mut(&egui::FontFamily::Proportional) {
        family.push("Hack".to_owned());
    }
    ctx.set_fonts(fonts);
    // A light look suits the paper of the paintings and the map; it is the same on every system.
    ctx.set_theme(egui::Theme::Light);
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.artwork.poll();
        let mut commands = self.shortcuts(ui);

        egui::Panel::bottom("timeline")
            .resizable(false)
            .exact_size(TIMELINE_HEIGHT)
            .show(ui, |ui| {
                commands.extend(crate::timeline::ui(ui, &self.story, &self.state));
            });
        egui::Panel::right("detail")
            .resizable(true)
            .default_size(DETAIL_WIDTH)
            .size_range(280.0..=900.0)
            .show(ui, |ui| {
                commands.extend(crate::detail::ui(
                    ui,
                    &self.story,
                    &self.state,
                    &mut self.artwork,
                ));
            });
        egui::CentralPanel::no_frame()
            .frame(egui::Frame::NONE.fill(crate::map::SEA))
            .show(ui, |ui| {
                commands.extend(self.map.ui(ui, &self.story, &self.state));
            });
        self.problems_ui(ui);
        if let Some(lightbox) = &mut self.lightbox
            && !lightbox.ui(ui, &mut self.artwork)
        {
            self.lightbox = None;
        }

        for command in commands {
            self.apply(command);
        }
        if let Some(task) = &mut self.screenshot {
            let ready = self.artwork.pending() == 0 && self.map.pending_tiles() == 0;
            task.after_frame(ui.ctx(), ready);
        }
    }
}
