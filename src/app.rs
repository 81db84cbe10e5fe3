//! The app: owns the story, the shared state and the views' widget memory; lays out the panels
//! and applies the views' commands at the end of each frame.

use std::path::PathBuf;

use egui::{Key, Modifiers, Ui};
use jiff::Timestamp;

use crate::artwork::ArtworkCache;
use crate::cli::Cli;
use crate::lightbox::Lightbox;
use crate::map::MapView;
use crate::saved::SavedState;
use crate::screenshot::ScreenshotTask;
use crate::search::SearchView;
use crate::state::{AppState, Command, Selection, TileChoice};
use crate::story::{self, AssetRoot, LoadError, Loaded, Problem, Story};
use crate::timeline::TimelineView;

/// The window's title.
pub const WINDOW_TITLE: &str = "Hungary 1956 Explorer";
/// Title of the window that lists a story's problems.
pub const PROBLEMS_TITLE: &str = "This story cannot be opened";
/// The button and menu entry that go back to the built-in story.
pub const BUILT_IN_LABEL: &str = "Back to the built-in story";
/// Title of the keyboard shortcuts window.
pub const HELP_TITLE: &str = "Keyboard shortcuts";
/// The shortcuts, as the help window lists them.
const SHORTCUTS: &[(&str, &str)] = &[
    ("← / →", "previous / next event"),
    ("Shift+← / Shift+→", "one hour back / forward"),
    ("Home / End", "start / end of the story"),
    ("Space", "play / pause"),
    ("Ctrl+F", "search events and places"),
    ("+ / −", "zoom the map in / out"),
    ("Esc", "clear the selection, close a view"),
    ("F1 or ?", "this list"),
    ("click the time", "type a time, e.g. 1 Nov 19:50"),
    (
        "wheel on the timeline",
        "zoom the timeline; right-drag pans",
    ),
];
/// Default width of the detail panel.
const DETAIL_WIDTH: f32 = 420.0;
/// Height of the timeline panel.
const TIMELINE_HEIGHT: f32 = 200.0;

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
    /// Where to save a screenshot of the first complete frame.
    pub screenshot: Option<PathBuf>,
    /// Map centre (latitude, longitude) and zoom to start with.
    pub map_view: (Option<(f64, f64)>, Option<f64>),
    /// Tiles to show under the 1956 borders.
    pub tiles: TileChoice,
    /// Open the selected event's painting (or the cover) in the large view.
    pub show_artwork: bool,
    /// What was remembered from the last run (for this story).
    pub saved: Option<SavedState>,
    /// A warning to show once (e.g. an unreadable saved state).
    pub notice: Option<String>,
    /// When the process started, to report the time to the first frame.
    pub launched: Option<std::time::Instant>,
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
            saved: None,
            notice: None,
            launched: None,
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

    /// Takes the state saved by the last run, if it belongs to this story; an unreadable one
    /// becomes a notice. What the command line set wins over what was saved.
    pub fn restore(&mut self, text: Option<&str>) {
        let Some(text) = text else {
            return;
        };
        match SavedState::parse(text) {
            Ok(saved) => {
                let this_story = self.story_path.as_ref().map(|p| p.display().to_string());
                if saved.story == this_story {
                    self.saved = Some(saved);
                }
            }
            Err(err) => {
                log::warn!("{err}");
                self.notice = Some(err);
            }
        }
    }
}

/// The application.
pub struct App {
    story: Story,
    state: AppState,
    map: MapView,
    artwork: ArtworkCache,
    ctx: egui::Context,
    story_path: Option<PathBuf>,
    failed: Option<LoadError>,
    warnings: Vec<Problem>,
    screenshot: Option<ScreenshotTask>,
    lightbox: Option<Lightbox>,
    timeline: TimelineView,
    search: SearchView,
    help_open: bool,
    notice: Option<String>,
    launched: Option<std::time::Instant>,
}

impl App {
    /// Builds the app from its start-up data.
    pub fn new(ctx: &egui::Context, startup: Startup) -> Self {
        let Startup {
            loaded,
            story_path,
            failed,
            at,
            select,
            screenshot,
            map_view,
            tiles,
            show_artwork,
            saved,
            notice,
            launched,
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
            ctx: ctx.clone(),
            story_path,
            failed,
            warnings,
            screenshot: screenshot.map(ScreenshotTask::new),
            lightbox: None,
            timeline: TimelineView::default(),
            search: SearchView::default(),
            help_open: false,
            notice,
            launched,
        };
        app.search = SearchView::new(&app.story);
        let mut map_view = map_view;
        let (select, at) = match &saved {
            Some(saved) => {
                app.restore_options(saved);
                let story = &app.story;
                let saved_select = saved.select.as_deref().and_then(|id| {
                    story
                        .event_by_id(id)
                        .map(Selection::Event)
                        .or_else(|| story.place_by_id(id).map(Selection::Place))
                });
                let saved_at = story
                    .clock
                    .parse(&saved.time)
                    .ok()
                    .map(|(t, _)| story.clamp_time(t));
                if map_view == (None, None) {
                    map_view = (Some(saved.center), Some(saved.zoom));
                }
                if select.is_some() || at.is_some() {
                    (select, at)
                } else {
                    (saved_select, saved_at)
                }
            }
            None => (select, at),
        };
        if let Some(selection) = select {
            app.apply(Command::Select(Some(selection)));
        }
        if let Some(at) = at {
            app.apply(Command::Seek(at));
        }
        app.map.land();
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

    /// Pictures and map tiles still being prepared on other threads.
    pub fn pending_work(&self) -> usize {
        self.artwork.pending() + self.map.pending_tiles()
    }

    /// The story that failed to open, if its problems are being shown.
    pub fn failed(&self) -> Option<&LoadError> {
        self.failed.as_ref()
    }

    /// Warnings found while loading the story shown.
    pub fn warnings(&self) -> &[Problem] {
        &self.warnings
    }

    /// Speed, loop, hidden tracks and map mode from a saved state.
    fn restore_options(&mut self, saved: &SavedState) {
        self.state.playback.speed = saved.speed;
        self.state.playback.looping = saved.looping;
        self.state.map_mode = saved.map_mode;
        for id in &saved.hidden_tracks {
            if let Some(i) = self.story.tracks.iter().position(|t| &t.id == id) {
                self.apply(Command::ToggleTrack(crate::story::TrackIx(i)));
            }
        }
    }

    /// What to remember of this run.
    pub fn saved_state(&self) -> SavedState {
        let story = &self.story;
        let select = match self.state.selection {
            Some(Selection::Event(ix)) => story.event(ix).map(|e| e.id.clone()),
            Some(Selection::Place(ix)) => story.place(ix).map(|p| p.id.clone()),
            None => None,
        };
        let (center, zoom) = self.map.destination();
        SavedState {
            story: self.story_path.as_ref().map(|p| p.display().to_string()),
            time: story.clock.format_arg(self.state.time),
            select,
            center: (center.y(), center.x()),
            zoom,
            speed: self.state.playback.speed,
            looping: self.state.playback.looping,
            hidden_tracks: self
                .state
                .hidden_tracks
                .iter()
                .filter_map(|&t| story.track(t).map(|t| t.id.clone()))
                .collect(),
            map_mode: self.state.map_mode,
        }
    }

    /// A warning shown once at the top of the detail view.
    pub fn notice(&self) -> Option<&str> {
        self.notice.as_deref()
    }

    /// The visible span of the timeline.
    pub fn timeline_visible(&self) -> (jiff::Timestamp, jiff::Timestamp) {
        self.timeline.visible(&self.story)
    }

    /// The picture in the large view, if it is open.
    pub fn lightbox(&self) -> Option<&crate::story::Artwork> {
        self.lightbox.as_ref().map(Lightbox::artwork)
    }

    /// Applies one command, including the map's part of it.
    pub fn apply(&mut self, command: Command) {
        match &command {
            Command::CopyLink => {
                let link = self.link();
                self.ctx.copy_text(link);
            }
            Command::OpenStoryDialog => {
                if let Some(path) = self.pick_story() {
                    self.open_story(path);
                }
                return;
            }
            Command::OpenStory(path) => {
                self.open_story(path.clone());
                return;
            }
            Command::OpenBuiltInStory => {
                match story::load_default() {
                    Ok(loaded) => self.replace_story(loaded, None),
                    Err(err) => self.failed = Some(err),
                }
                return;
            }
            _ => {}
        }
        if let Command::ShowArtwork(art) = &command {
            self.lightbox = Some(Lightbox::new(self.story.asset_root.clone(), art.clone()));
        }
        if let Some(request) = self.state.apply(&self.story, command) {
            self.map.handle(&self.story, request);
        }
    }

    /// Keyboard shortcuts that work wherever the focus is (unless a text field has it).
    fn shortcuts(&mut self, ui: &Ui) -> Vec<Command> {
        let ctx = ui.ctx().clone();
        let mut commands = Vec::new();
        // Ctrl+F and F1 work even while typing.
        let (find, help) = ctx.input_mut(|input| {
            (
                input.consume_key(Modifiers::COMMAND, Key::F),
                input.consume_key(Modifiers::NONE, Key::F1),
            )
        });
        if find {
            self.search.focus();
        }
        if help {
            self.help_open = !self.help_open;
        }
        if ctx.egui_wants_keyboard_input() || self.lightbox.is_some() {
            return commands;
        }
        let hour = jiff::SignedDuration::from_hours(1);
        ctx.input_mut(|input| {
            let mut key = |modifiers, key, command: Command| {
                if input.consume_key(modifiers, key) {
                    commands.push(command);
                }
            };
            // Shift first: a plain arrow would also match the shifted key.
            key(Modifiers::SHIFT, Key::ArrowRight, Command::Nudge(hour));
            key(Modifiers::SHIFT, Key::ArrowLeft, Command::Nudge(-hour));
            key(Modifiers::NONE, Key::ArrowRight, Command::NextEvent);
            key(Modifiers::NONE, Key::ArrowLeft, Command::PreviousEvent);
            key(Modifiers::NONE, Key::Home, Command::SeekStart);
            key(Modifiers::NONE, Key::End, Command::SeekEnd);
            key(Modifiers::NONE, Key::Space, Command::TogglePlay);
            key(Modifiers::NONE, Key::Plus, Command::ZoomMap(1));
            key(Modifiers::SHIFT, Key::Plus, Command::ZoomMap(1));
            key(Modifiers::NONE, Key::Equals, Command::ZoomMap(1));
            key(Modifiers::SHIFT, Key::Equals, Command::ZoomMap(1));
            key(Modifiers::NONE, Key::Minus, Command::ZoomMap(-1));
            key(Modifiers::NONE, Key::Escape, Command::Select(None));
            if input.consume_key(Modifiers::SHIFT, Key::Questionmark)
                || input.consume_key(Modifiers::NONE, Key::Questionmark)
            {
                self.help_open = !self.help_open;
            }
        });
        commands
    }

    /// The keyboard shortcuts window (F1 or ?).
    fn help_ui(&mut self, ui: &Ui) {
        let mut open = self.help_open;
        egui::Window::new(HELP_TITLE)
            .open(&mut open)
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .show(ui.ctx(), |ui| {
                egui::Grid::new("shortcuts")
                    .num_columns(2)
                    .striped(true)
                    .show(ui, |ui| {
                        for (keys, what) in SHORTCUTS {
                            ui.strong(*keys);
                            ui.label(*what);
                            ui.end_row();
                        }
                    });
                ui.add_space(6.0);
                ui.weak("Tab moves between controls, markers and events; Enter activates them.");
            });
        self.help_open = open;
    }

    /// The command-line options that reopen this view.
    pub fn link(&self) -> String {
        let story = &self.story;
        let mut args = vec![format!("--at {}", story.clock.format_arg(self.state.time))];
        match self.state.selection {
            Some(Selection::Event(ix)) => {
                if let Some(event) = story.event(ix) {
                    args.push(format!("--select {}", event.id));
                }
            }
            Some(Selection::Place(ix)) => {
                if let Some(place) = story.place(ix) {
                    args.push(format!("--select {}", place.id));
                }
            }
            None => {}
        }
        let (center, zoom) = self.map.destination();
        args.push(format!("--center {:.4},{:.4}", center.y(), center.x()));
        args.push(format!("--zoom {zoom:.1}"));
        if let AssetRoot::Folder(_) = story.asset_root
            && let Some(path) = &self.story_path
        {
            args.insert(
                0,
                format!("--story {}", shell_quote(&path.display().to_string())),
            );
        }
        args.join(" ")
    }

    fn problems_ui(&mut self, ui: &Ui) -> Vec<Command> {
        let mut commands = Vec::new();
        let Some(failed) = &self.failed else {
            return commands;
        };
        let mut dismiss = false;
        egui::Window::new(PROBLEMS_TITLE)
            .collapsible(false)
            .resizable(true)
            .default_width(680.0)
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .show(ui.ctx(), |ui| {
                let errors = failed.errors().count();
                ui.label(format!(
                    "{} has {errors} error(s) and {} warning(s). \"{}\" stays open.",
                    failed.file,
                    failed.problems.len() - errors,
                    self.story.title
                ));
                ui.separator();
                egui::ScrollArea::vertical()
                    .max_height(340.0)
                    .show(ui, |ui| {
                        for problem in &failed.problems {
                            ui.label(egui::RichText::new(problem.to_string()).monospace());
                            ui.add_space(4.0);
                        }
                    });
                ui.separator();
                ui.horizontal(|ui| {
                    if ui.button("Open another…").clicked() {
                        commands.push(Command::OpenStoryDialog);
                    }
                    if ui.button(BUILT_IN_LABEL).clicked() {
                        commands.push(Command::OpenBuiltInStory);
                    }
                    if self.story_path.is_some() && ui.button("Keep the open story").clicked() {
                        dismiss = true;
                    }
                });
            });
        if dismiss {
            self.failed = None;
        }
        commands
    }

    /// Opens a story file; if it cannot be opened, its problems are shown and the open story
    /// stays.
    pub fn open_story(&mut self, path: PathBuf) {
        match story::load_file(&path) {
            Ok(loaded) => self.replace_story(loaded, Some(path)),
            Err(err) => {
                for problem in &err.problems {
                    log::warn!("{problem}");
                }
                self.failed = Some(err);
            }
        }
    }

    /// Shows another story from its start.
    fn replace_story(&mut self, loaded: Loaded, path: Option<PathBuf>) {
        let Loaded { story, warnings } = loaded;
        self.notice = match warnings.len() {
            0 => None,
            n => Some(format!(
                "{} opened with {n} warning(s): {}",
                story.title,
                warnings
                    .iter()
                    .map(|w| w.message.as_str())
                    .collect::<Vec<_>>()
                    .join("; ")
            )),
        };
        self.state = AppState::new(&story);
        self.search = SearchView::new(&story);
        self.timeline = TimelineView::default();
        self.story = story;
        self.story_path = path;
        self.warnings = warnings;
        self.failed = None;
        self.lightbox = None;
        self.map
            .handle(&self.story, crate::state::MapRequest::Reset);
    }

    /// The app's menu bar.
    fn menu_ui(&mut self, ui: &mut Ui) -> Vec<Command> {
        let mut commands = Vec::new();
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                if ui.button("Open story…").clicked() {
                    commands.push(Command::OpenStoryDialog);
                }
                if ui
                    .add_enabled(self.story_path.is_some(), egui::Button::new(BUILT_IN_LABEL))
                    .clicked()
                {
                    commands.push(Command::OpenBuiltInStory);
                }
                ui.separator();
                if ui.button("Quit").clicked() {
                    ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
                }
            });
            ui.menu_button("View", |ui| {
                if ui.button("Reset map view").clicked() {
                    commands.push(Command::ResetMapView);
                }
                if ui.button("Whole timeline").clicked() {
                    self.timeline.reset_zoom();
                }
            });
            ui.menu_button("Help", |ui| {
                if ui.button("Keyboard shortcuts (F1)").clicked() {
                    self.help_open = true;
                }
            });
            ui.add_space(12.0);
            ui.weak(&self.story.title);
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.weak("Drop a story file (.json) on the window to open it");
            });
        });
        commands
    }

    /// The system's file dialog; without one (e.g. no desktop portal) the user is told how else
    /// to open a story.
    fn pick_story(&mut self) -> Option<PathBuf> {
        let picked = rfd::FileDialog::new()
            .set_title("Open a story")
            .add_filter("Story (JSON)", &["json"])
            .pick_file();
        if picked.is_none() {
            log::info!("no story chosen in the file dialog");
        }
        picked
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
    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        // A screenshot run leaves the user's remembered state alone.
        if self.screenshot.is_none() {
            storage.set_string(crate::saved::STORAGE_KEY, self.saved_state().to_text());
        }
    }

    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        if let Some(launched) = self.launched.take() {
            log::info!(
                "first frame {} ms after start",
                launched.elapsed().as_millis()
            );
        }
        self.artwork.poll();
        let mut commands = self.shortcuts(ui);
        if self.state.playback.playing {
            let dt = ui.input(|i| i.stable_dt).min(0.1);
            commands.push(Command::Tick(f64::from(dt)));
            ui.ctx().request_repaint();
        }

        egui::Panel::top("menu").show(ui, |ui| {
            commands.extend(self.menu_ui(ui));
        });
        let dropped: Vec<PathBuf> = ui.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|file| file.path().to_path_buf())
                .filter(|path| !path.as_os_str().is_empty())
                .collect()
        });
        if let Some(path) = dropped.into_iter().next() {
            commands.push(Command::OpenStory(path));
        }
        egui::Panel::bottom("timeline")
            .resizable(false)
            .exact_size(TIMELINE_HEIGHT)
            .show(ui, |ui| {
                commands.extend(self.timeline.ui(ui, &self.story, &self.state));
            });
        egui::Panel::right("detail")
            .resizable(true)
            .default_size(DETAIL_WIDTH)
            .size_range(280.0..=900.0)
            .show(ui, |ui| {
                ui.add_space(4.0);
                if let Some(notice) = &self.notice {
                    let mut dismiss = false;
                    ui.horizontal_wrapped(|ui| {
                        ui.colored_label(egui::Color32::from_rgb(0x8A, 0x2A, 0x1A), notice);
                        dismiss = ui.small_button("×").clicked();
                    });
                    if dismiss {
                        self.notice = None;
                    }
                }
                self.search.ui(ui, &self.story, &mut commands);
                if !self.search.is_active() {
                    commands.extend(crate::detail::ui(
                        ui,
                        &self.story,
                        &self.state,
                        &mut self.artwork,
                    ));
                }
            });
        egui::CentralPanel::no_frame()
            .frame(egui::Frame::NONE.fill(crate::map::SEA))
            .show(ui, |ui| {
                commands.extend(self.map.ui(ui, &self.story, &self.state));
            });
        commands.extend(self.problems_ui(ui));
        self.help_ui(ui);
        if let Some(lightbox) = &mut self.lightbox
            && !lightbox.ui(ui, &mut self.artwork)
        {
            self.lightbox = None;
        }

        for command in commands {
            self.apply(command);
        }
        let ready = self.pending_work() == 0 && !self.map.is_flying();
        if let Some(task) = &mut self.screenshot {
            task.after_frame(ui.ctx(), ready);
        }
    }
}

/// Quotes a path for a shell if it needs it.
fn shell_quote(text: &str) -> String {
    if text
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "/._-".contains(c))
    {
        text.to_owned()
    } else {
        format!("'{}'", text.replace('\'', "'\\''"))
    }
}
