//! The app: owns the story, the shared state and the views' widget memory; lays out the panels
//! and applies the views' commands at the end of each frame.

mod export_window;
mod kiosk_card;
mod kiosk_ui;
mod link;
mod notice;
mod shortcuts;
mod startup;
mod windows;

use std::path::PathBuf;

use egui::Ui;

use crate::artwork::ArtworkCache;
use crate::command::{AppAction, Command, MapCommand, TileChoice};
use crate::export::ExportTask;
use crate::i18n::Language;
use crate::lightbox::Lightbox;
use crate::map::MapView;
use crate::saved::{Remembered, SavedState};
use crate::screenshot::ScreenshotTask;
use crate::search::SearchView;
use crate::state::{AppState, MapMode, Selection, StateCommand};
use crate::story::{self, LoadError, Loaded, Problem, Story, TrackIx, Translation};
use crate::t;
use crate::timeline::TimelineView;

pub use startup::Startup;

/// The window's title.
pub const WINDOW_TITLE: &str = "Hungary 1956 Explorer";
/// The app's id, the same in its window, its `.desktop` file and its AppStream metadata.
pub const APP_ID: &str = "hu.hungary1956.Explorer";
/// The app's icon, as its window shows it.
pub const ICON_PNG: &[u8] = include_bytes!("../../assets/icons/hungary1956-128.png");
/// Default width of the detail panel.
const DETAIL_WIDTH: f32 = 420.0;
/// Height of the timeline panel.
const TIMELINE_HEIGHT: f32 = 200.0;

/// The application.
pub struct App {
    /// The story shown, in the language spoken.
    story: Story,
    /// The story as its file has it, and its translations.
    original: Story,
    translations: Vec<Translation>,
    state: AppState,
    map: MapView,
    artwork: ArtworkCache,
    ctx: egui::Context,
    story_path: Option<PathBuf>,
    failed: Option<LoadError>,
    warnings: Vec<Problem>,
    screenshot: Option<ScreenshotTask>,
    /// The film being exported by this process (`hungary1956 export`).
    export: Option<ExportTask>,
    /// The *File ▸ Export film…* window, while it is open or its export runs.
    export_window: Option<export_window::ExportWindow>,
    /// The program the Export window runs (`None`: this one).
    exporter: Option<PathBuf>,
    lightbox: Option<Lightbox>,
    timeline: TimelineView,
    search: SearchView,
    help_open: bool,
    notice: notice::Notice,
    launched: Option<std::time::Instant>,
    /// What was remembered for the stories, this one's replaced when the app saves.
    remembered: Remembered,
    /// Museum and classroom mode, if asked for.
    kiosk: Option<kiosk_ui::KioskView>,
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
            map_mode,
            hidden_tracks,
            saved,
            remembered,
            notice,
            launched,
            language,
            locale,
            kiosk,
            exporter,
        } = startup;
        let language = language.or(locale).unwrap_or_default();
        let Loaded {
            story: original,
            warnings,
            translations,
        } = loaded;
        let story = translated(&original, &translations, language);
        for warning in &warnings {
            log::warn!("{warning}");
        }
        if let Some(failed) = &failed {
            for problem in &failed.problems {
                log::error!("{problem}");
            }
        }
        install_fonts(ctx);
        let notice = notice::Notice::new(notice).and_story_warnings(&warnings);
        let mut app = Self {
            state: AppState::new(&story),
            story,
            original,
            translations,
            map: MapView::new(ctx),
            artwork: ArtworkCache::new(ctx),
            ctx: ctx.clone(),
            story_path,
            failed,
            warnings,
            screenshot: screenshot.map(ScreenshotTask::new),
            export: None,
            export_window: None,
            exporter,
            lightbox: None,
            timeline: TimelineView::default(),
            search: SearchView::default(),
            help_open: false,
            notice,
            launched,
            remembered,
            kiosk: kiosk.map(kiosk_ui::KioskView::new),
        };
        app.search = app.search_view();
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
                let saved_at = saved
                    .time
                    .as_deref()
                    .and_then(|time| story.clock.parse(time).ok())
                    .map(|(t, _)| story.clamp_time(t));
                if map_view == (None, None) {
                    map_view = (saved.center, saved.zoom);
                }
                if select.is_some() || at.is_some() {
                    (select, at)
                } else {
                    (saved_select, saved_at)
                }
            }
            None => (select, at),
        };
        app.apply_view_options(map_mode, hidden_tracks);
        if let Some(selection) = select {
            app.apply(StateCommand::Select(Some(selection)).into());
        }
        if let Some(at) = at {
            app.apply(StateCommand::Seek(at).into());
        }
        app.start_kiosk();
        app.map.land();
        let (center, zoom) = map_view;
        app.map.set_view(center, zoom);
        if tiles != TileChoice::Offline {
            app.apply(MapCommand::Tiles(tiles).into());
        }
        if show_artwork {
            let art = app
                .state
                .selected_event()
                .and_then(|ix| app.story.event(ix))
                .and_then(|event| event.artwork.clone())
                .or_else(|| app.story.cover.clone());
            if let Some(art) = art {
                app.apply(AppAction::ShowArtwork(art).into());
            }
        }
        app
    }

    /// The app driven by an export: frame after frame of `task`, then it closes.
    pub(crate) fn with_export(mut self, task: ExportTask) -> Self {
        self.export = Some(task);
        self
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

    /// Speed, loop, hidden tracks and map mode from a saved state, through the same commands
    /// the user gives.
    fn restore_options(&mut self, saved: &SavedState) {
        self.apply(StateCommand::SetSpeed(saved.speed).into());
        self.apply(StateCommand::SetLooping(saved.looping).into());
        let tracks = &self.story.tracks;
        let hidden = saved
            .hidden_tracks
            .iter()
            .filter_map(|id| tracks.iter().position(|t| &t.id == id).map(TrackIx))
            .collect();
        self.apply_view_options(Some(saved.map_mode), Some(hidden));
    }

    /// This map mode and exactly these hidden tracks, where given (the command line's over
    /// what was remembered), through the same commands the user gives.
    fn apply_view_options(&mut self, map_mode: Option<MapMode>, hidden: Option<Vec<TrackIx>>) {
        let mut commands: Vec<StateCommand> =
            map_mode.map(StateCommand::SetMapMode).into_iter().collect();
        if let Some(hidden) = hidden {
            let hidden_now = &self.state.hidden_tracks;
            let toggles = (0..self.story.tracks.len())
                .map(TrackIx)
                .filter(|track| hidden.contains(track) != hidden_now.contains(track));
            commands.extend(toggles.map(StateCommand::ToggleTrack));
        }
        for command in commands {
            self.apply(command.into());
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
            time: Some(story.clock.format_arg(self.state.time)),
            select,
            center: Some(center),
            zoom: Some(zoom),
            speed: self.state.playback.speed,
            looping: self.state.playback.looping,
            hidden_tracks: self
                .state
                .hidden_tracks
                .iter()
                .filter_map(|&t| story.track(t).map(|t| t.id.clone()))
                .collect(),
            map_mode: self.state.map_mode,
            language: Some(self.state.language.code().to_owned()),
        }
    }

    /// A search over the story in every language it has.
    fn search_view(&self) -> SearchView {
        // The language shown is translated already; only the others are made for the index.
        let shown = self.state.language.base();
        let others: Vec<Story> = self
            .translations
            .iter()
            .filter(|t| t.language != shown)
            .map(|t| t.apply(&self.original))
            .collect();
        let mut stories = vec![&self.original];
        if self.translations.iter().any(|t| t.language == shown) {
            stories.push(&self.story);
        }
        stories.extend(others.iter());
        SearchView::new(&stories)
    }

    /// Speaks `language` from now on: the story's text and dates and the interface's words
    /// change; time, selection, playback and the map's view stay.
    fn set_language(&mut self, language: Language) {
        if language == self.state.language {
            return;
        }
        self.story = translated(&self.original, &self.translations, language);
        self.state.language = language;
    }

    /// The warnings shown once at the top of the detail view, as shown: in the language
    /// spoken, one line each.
    pub fn notice(&self) -> Option<String> {
        self.notice
            .text(&self.story, &self.warnings, self.state.language)
    }

    /// The visible span of the timeline.
    pub fn timeline_visible(&self) -> (jiff::Timestamp, jiff::Timestamp) {
        self.timeline.visible(&self.story)
    }

    /// The picture in the large view, if it is open.
    pub fn lightbox(&self) -> Option<&crate::story::Artwork> {
        self.lightbox.as_ref().map(Lightbox::artwork)
    }

    /// Applies one command: a change of the shared state (and the map's move it asks for),
    /// a move of the map, or one of the app's own actions.
    pub fn apply(&mut self, command: Command) {
        match command {
            Command::State(command) => {
                if let Some(map_command) = self.state.apply(&self.story, command) {
                    self.map.apply(&self.story, map_command);
                }
            }
            Command::Map(command) => {
                // A move the user asked for ends following the action.
                let moves = !matches!(command, MapCommand::Tiles(_));
                if moves && self.state.follow {
                    self.state
                        .apply(&self.story, StateCommand::SetFollow(false));
                }
                self.map.apply(&self.story, command);
            }
            Command::App(action) => self.act(action),
        }
    }

    /// Carries out one of the app's own actions.
    fn act(&mut self, action: AppAction) {
        match action {
            AppAction::ShowArtwork(art) => {
                self.lightbox = Some(Lightbox::new(self.story.asset_root.clone(), art));
            }
            AppAction::CopyLink => self.ctx.copy_text(self.link()),
            AppAction::OpenStoryDialog => {
                if let Some(path) = self.pick_story() {
                    self.open_story(path);
                }
            }
            AppAction::OpenStory(path) => self.open_story(path),
            AppAction::OpenBuiltInStory => match story::load_default() {
                Ok(loaded) => self.replace_story(loaded, None),
                Err(err) => self.failed = Some(err),
            },
            AppAction::ToggleHelp => self.help_open = !self.help_open,
            AppAction::FocusSearch => self.search.focus(),
            AppAction::WholeTimeline => self.timeline.reset_zoom(),
            AppAction::SetLanguage(language) => self.set_language(language),
            AppAction::OpenExportWindow => self.open_export_window(),
        }
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
        let Loaded {
            story: original,
            warnings,
            translations,
        } = loaded;
        let language = self.state.language;
        let story = translated(&original, &translations, language);
        self.notice = notice::Notice::default().and_story_warnings(&warnings);
        self.state = AppState::new(&story);
        self.timeline = TimelineView::default();
        self.story = story;
        self.original = original;
        self.translations = translations;
        self.search = self.search_view();
        self.story_path = path;
        self.warnings = warnings;
        self.failed = None;
        self.lightbox = None;
        self.map.apply(&self.story, MapCommand::Reset);
    }

    /// The system's file dialog; without one (e.g. no desktop portal) the user is told how else
    /// to open a story.
    fn pick_story(&mut self) -> Option<PathBuf> {
        let lang = self.state.language;
        let picked = rfd::FileDialog::new()
            .set_title(t!(lang, "open-dialog-title"))
            .add_filter(t!(lang, "open-dialog-filter"), &["json"])
            .pick_file();
        if picked.is_none() {
            log::info!("no story chosen in the file dialog");
        }
        picked
    }
}

/// The story in `language`: translated where a translation has it, its own words elsewhere,
/// and its dates written in that language.
fn translated(original: &Story, translations: &[Translation], language: Language) -> Story {
    let mut story = match translations.iter().find(|t| t.language == language.base()) {
        Some(translation) => translation.apply(original),
        None => original.clone(),
    };
    story.clock.set_language(language);
    story
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
        if self.screenshot.is_none() && self.export.is_none() {
            let remembered = self.remembered.with(self.saved_state());
            storage.set_string(crate::saved::STORAGE_KEY, remembered.to_text());
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
        // A large view or the problems window takes the keys: the story behind stays as it is.
        let blocked = self.lightbox.is_some() || self.failed.is_some();
        let mut commands = shortcuts::commands(ui, blocked);
        if self.state.playback.playing {
            let dt = ui.input(|i| i.stable_dt).min(0.1);
            commands.push(StateCommand::Tick(f64::from(dt)).into());
            ui.ctx().request_repaint();
        }

        let kiosk = self.kiosk.is_some();
        egui::Panel::top("menu").show(ui, |ui| match kiosk {
            true => commands.extend(self.kiosk_bar_ui(ui)),
            false => commands.extend(self.menu_ui(ui)),
        });
        let dropped: Vec<PathBuf> = ui.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|file| file.path().to_path_buf())
                .filter(|path| !path.as_os_str().is_empty())
                .collect()
        });
        if !kiosk && let Some(path) = dropped.into_iter().next() {
            commands.push(AppAction::OpenStory(path).into());
        }
        egui::Panel::bottom("timeline")
            .resizable(false)
            .exact_size(self.timeline_height(ui))
            .show(ui, |ui| {
                commands.extend(self.timeline.ui(ui, &self.story, &self.state));
            });
        let detail = match self.kiosk_detail_width(ui) {
            Some(width) => egui::Panel::right("detail").exact_size(width),
            None => egui::Panel::right("detail")
                .default_size(DETAIL_WIDTH)
                .size_range(280.0..=900.0),
        };
        detail.resizable(!kiosk).show(ui, |ui| {
            if self.kiosk_card_ui(ui) {
                return;
            }
            ui.add_space(4.0);
            self.notice
                .ui(ui, &self.story, &self.warnings, self.state.language);
            self.search
                .ui(ui, &self.story, self.state.language, &mut commands);
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
        commands.extend(self.kiosk_ui(ui));
        commands.extend(self.problems_ui(ui));
        shortcuts::help_ui(ui, &mut self.help_open, self.state.language);
        self.export_window_ui(ui);
        if let Some(lightbox) = &mut self.lightbox
            && !lightbox.ui(ui, self.state.language, &mut self.artwork)
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
        let next_frame = self
            .export
            .as_mut()
            .and_then(|task| task.after_frame(ui.ctx(), ready));
        if let Some(seek) = next_frame {
            self.apply(seek.into());
        }
    }

    fn raw_input_hook(&mut self, _ctx: &egui::Context, raw_input: &mut egui::RawInput) {
        if self.export.is_some() {
            ExportTask::filter_input(raw_input);
        }
    }
}
