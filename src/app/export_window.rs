//! *File ▸ Export film…*: the range (the timeline's visible span to start with), step, rate,
//! size, format and file of a film; then its progress (frames done, in all, time left) and
//! Cancel. The film is made by `hungary1956 export` in a process of its own ([`ExportJob`]), so
//! the app stays responsive and its view stays as it is.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::time::Duration;

use egui::Ui;
use jiff::Timestamp;

use super::App;
use crate::export::{ExportError, ExportJob, ExportPlan, FilmFormat, JobStatus, parse_step};
use crate::i18n::Language;
use crate::state::Selection;
use crate::story::{AssetRoot, Story};
use crate::t;

/// Story time between frames to start with.
const DEFAULT_STEP: &str = "1h";
/// Frame size to start with.
const DEFAULT_SIZE: &str = "1280x720";

/// The window's fields, and the export it started.
pub(super) struct ExportWindow {
    open: bool,
    from: String,
    to: String,
    step: String,
    fps: u32,
    size: String,
    format: FilmFormat,
    file: String,
    job: Option<ExportJob>,
    /// Why the last export could not start.
    start_error: Option<String>,
    /// The program that makes the film (`None`: this one).
    exporter: Option<PathBuf>,
}

impl ExportWindow {
    fn new(story: &Story, (from, to): (Timestamp, Timestamp), exporter: Option<PathBuf>) -> Self {
        let folder = dirs::video_dir()
            .or_else(dirs::home_dir)
            .unwrap_or_else(|| PathBuf::from("."));
        Self {
            open: true,
            from: story.clock.format_input(from),
            to: story.clock.format_input(to),
            step: DEFAULT_STEP.to_owned(),
            fps: crate::export::DEFAULT_FPS,
            size: DEFAULT_SIZE.to_owned(),
            format: FilmFormat::Gif,
            file: folder.join("hungary-1956.gif").display().to_string(),
            job: None,
            start_error: None,
            exporter,
        }
    }

    /// The plan the fields describe, or what is wrong with them, in `lang`.
    fn plan(&self, story: &Story, lang: Language) -> Result<ExportPlan, String> {
        let reference = story.start;
        let time = |text: &str, field: String| {
            story
                .clock
                .parse_user(text, reference)
                .map_err(|_| t!(lang, "export-error-time", field = field, text = text))
        };
        let from = time(&self.from, t!(lang, "export-from"))?;
        let to = time(&self.to, t!(lang, "export-to"))?;
        let step = parse_step(&self.step).map_err(|err| error_words(&err, lang))?;
        let size = parse_size(&self.size)
            .ok_or_else(|| t!(lang, "export-error-size", text = self.size.as_str()))?;
        let out = PathBuf::from(self.file.trim());
        if self.file.trim().is_empty() {
            return Err(t!(lang, "export-error-no-file"));
        }
        let texts = [self.from.as_str(), self.to.as_str(), self.step.as_str()];
        let plan = ExportPlan::new(out, (from, to), step, self.fps, size, texts)
            .map_err(|err| error_words(&err, lang))?;
        if plan.format != self.format {
            return Err(t!(lang, "export-error-format-mismatch"));
        }
        Ok(plan)
    }

    /// Gives the file the chosen format's extension (a folder loses its extension).
    fn set_format(&mut self, format: FilmFormat) {
        self.format = format;
        let path = PathBuf::from(self.file.trim());
        let renamed = match format.extension() {
            Some(extension) => path.with_extension(extension),
            None => path.with_extension(""),
        };
        self.file = renamed.display().to_string();
    }
}

impl App {
    /// Opens the export window (its fields as they were, if it was open before).
    pub(super) fn open_export_window(&mut self) {
        match &mut self.export_window {
            Some(window) => window.open = true,
            None => {
                let span = self.timeline_visible();
                let exporter = self.exporter.clone();
                self.export_window = Some(ExportWindow::new(&self.story, span, exporter));
            }
        }
    }

    /// The command-line options that film what the app shows: language, selection, map view,
    /// what the map shows, the hidden tracks and the story.
    fn export_view_args(&self) -> Vec<OsString> {
        let story = &self.story;
        let mut args: Vec<OsString> = vec!["--lang".into(), self.state.language.code().into()];
        let selected = match self.state.selection {
            Some(Selection::Event(ix)) => story.event(ix).map(|e| e.id.clone()),
            Some(Selection::Place(ix)) => story.place(ix).map(|p| p.id.clone()),
            None => None,
        };
        if let Some(id) = selected {
            args.extend(["--select".into(), id.into()]);
        }
        let (center, zoom) = self.map.destination();
        args.extend(["--center".into(), center.to_string().into()]);
        args.extend(["--zoom".into(), format!("{zoom:.2}").into()]);
        for (option, value) in self.view_options() {
            args.extend([option.into(), value.into()]);
        }
        if let (AssetRoot::Folder(_), Some(path)) = (&story.asset_root, &self.story_path) {
            args.extend(["--story".into(), path.clone().into_os_string()]);
        }
        args
    }

    /// The export window, while it is open.
    pub(super) fn export_window_ui(&mut self, ui: &Ui) {
        let lang = self.state.language;
        let view_args = self.export_view_args();
        let Some(window) = &mut self.export_window else {
            return;
        };
        let mut open = window.open;
        egui::Window::new(t!(lang, "export-title"))
            .id(egui::Id::unique("export-film"))
            .open(&mut open)
            .resizable(false)
            .collapsible(false)
            .show(ui.ctx(), |ui| {
                window_ui(ui, window, &self.story, lang, view_args)
            });
        window.open = open;
        // A closed window with nothing running is forgotten; a running export goes on.
        if !window.open && window.job.is_none() {
            self.export_window = None;
        }
    }
}

fn window_ui(
    ui: &mut Ui,
    window: &mut ExportWindow,
    story: &Story,
    lang: Language,
    view_args: Vec<OsString>,
) {
    let status = window.job.as_mut().map(ExportJob::status);
    let running = matches!(status, Some(JobStatus::Running { .. }));
    ui.add_enabled_ui(!running, |ui| fields_ui(ui, window, lang));
    ui.separator();
    let plan = window.plan(story, lang);
    match (&plan, running) {
        (_, true) => {}
        (Ok(plan), false) => {
            let frames = plan.frame_count();
            let seconds = frames as f64 / f64::from(plan.fps);
            ui.label(t!(
                lang,
                "export-summary",
                frames = frames,
                seconds = seconds.ceil()
            ));
        }
        (Err(problem), false) => {
            ui.colored_label(crate::theme::WARNING, problem);
        }
    }
    match &status {
        Some(JobStatus::Running { done, total, left }) => {
            let fraction = if *total > 0 {
                *done as f32 / *total as f32
            } else {
                0.0
            };
            let text = match left {
                Some(left) => t!(
                    lang,
                    "export-progress",
                    done = *done,
                    total = *total,
                    left = time_left(*left, lang)
                ),
                None => t!(lang, "export-starting"),
            };
            ui.add(egui::ProgressBar::new(fraction).text(text));
            if ui.button(t!(lang, "export-cancel")).clicked()
                && let Some(job) = &mut window.job
            {
                job.cancel();
            }
        }
        Some(JobStatus::Finished(path)) => {
            let path = path.display().to_string();
            ui.label(t!(lang, "export-done", path = path));
        }
        Some(JobStatus::Failed(why)) => {
            ui.colored_label(
                crate::theme::WARNING,
                t!(lang, "export-failed", reason = why.as_str()),
            );
        }
        Some(JobStatus::Cancelled) => {
            ui.label(t!(lang, "export-cancelled"));
        }
        None => {}
    }
    if let Some(error) = &window.start_error {
        ui.colored_label(crate::theme::WARNING, error);
    }
    if !running
        && ui
            .add_enabled(plan.is_ok(), egui::Button::new(t!(lang, "export-start")))
            .clicked()
        && let Ok(plan) = plan
    {
        let mut args: Vec<OsString> = vec![plan.out.clone().into_os_string()];
        args.extend(["--from".into(), story.clock.format_arg(plan.from).into()]);
        args.extend(["--to".into(), story.clock.format_arg(plan.to).into()]);
        args.extend(["--step".into(), window.step.trim().into()]);
        args.extend(["--fps".into(), plan.fps.to_string().into()]);
        let (w, h) = plan.size;
        args.extend(["--size".into(), format!("{w}x{h}").into()]);
        args.extend(view_args);
        let exe = window.exporter.as_deref();
        match ExportJob::start(exe, args, plan.out.clone(), ui.ctx()) {
            Ok(job) => {
                window.job = Some(job);
                window.start_error = None;
            }
            Err(err) => {
                window.start_error = Some(t!(lang, "export-failed", reason = err.to_string()));
            }
        }
    }
}

fn fields_ui(ui: &mut Ui, window: &mut ExportWindow, lang: Language) {
    egui::Grid::new("export-fields")
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            let text_row = |ui: &mut Ui, name: String, hint: &str, value: &mut String| {
                let label = ui.label(name);
                ui.add(
                    egui::TextEdit::singleline(value)
                        .hint_text(hint)
                        .desired_width(220.0),
                )
                .labelled_by(label.id);
                ui.end_row();
            };
            text_row(
                ui,
                t!(lang, "export-from"),
                "1956-10-23 00:00",
                &mut window.from,
            );
            text_row(
                ui,
                t!(lang, "export-to"),
                "1956-11-04 23:00",
                &mut window.to,
            );
            text_row(ui, t!(lang, "export-step"), "1h, 30m, 1d", &mut window.step);
            let label = ui.label(t!(lang, "export-fps"));
            ui.add(egui::DragValue::new(&mut window.fps).range(1..=crate::export::MAX_FPS))
                .labelled_by(label.id);
            ui.end_row();
            text_row(ui, t!(lang, "export-size"), DEFAULT_SIZE, &mut window.size);
            ui.label(t!(lang, "export-format"));
            ui.horizontal(|ui| {
                for format in FilmFormat::ALL {
                    let name = match format {
                        FilmFormat::Gif => t!(lang, "export-format-gif"),
                        FilmFormat::Mp4 => t!(lang, "export-format-mp4"),
                        FilmFormat::PngFrames => t!(lang, "export-format-png"),
                    };
                    if ui.radio(window.format == format, name).clicked() {
                        window.set_format(format);
                    }
                }
            });
            ui.end_row();
            let label = ui.label(t!(lang, "export-file"));
            ui.horizontal(|ui| {
                ui.add(egui::TextEdit::singleline(&mut window.file).desired_width(220.0))
                    .labelled_by(label.id);
                if ui.button(t!(lang, "export-choose")).clicked()
                    && let Some(path) = choose(window.format, Path::new(window.file.trim()), lang)
                {
                    window.file = path.display().to_string();
                }
            });
            ui.end_row();
        });
}

/// The system's dialog for the film's file (or folder, for PNG frames).
fn choose(format: FilmFormat, current: &Path, lang: Language) -> Option<PathBuf> {
    let mut dialog = rfd::FileDialog::new().set_title(t!(lang, "export-title"));
    if let Some(folder) = current.parent().filter(|p| p.is_dir()) {
        dialog = dialog.set_directory(folder);
    }
    match format.extension() {
        Some(extension) => {
            if let Some(name) = current.file_name() {
                dialog = dialog.set_file_name(name.to_string_lossy());
            }
            dialog
                .add_filter(extension.to_uppercase(), &[extension])
                .save_file()
        }
        None => dialog.pick_folder(),
    }
}

/// "WxH" with sides from 200 to 8000 pixels.
fn parse_size(text: &str) -> Option<(u32, u32)> {
    let (w, h) = text.trim().split_once(['x', 'X', '×'])?;
    let w: u32 = w.trim().parse().ok()?;
    let h: u32 = h.trim().parse().ok()?;
    ((200..=8000).contains(&w) && (200..=8000).contains(&h)).then_some((w, h))
}

/// "2 min 5 s" ("2 perc 5 mp").
fn time_left(left: Duration, lang: Language) -> String {
    let seconds = left.as_secs();
    t!(
        lang,
        "export-time-left",
        minutes = (seconds / 60) as f64,
        seconds = (seconds % 60) as f64
    )
}

/// What is wrong with a request, in `lang`.
fn error_words(err: &ExportError, lang: Language) -> String {
    match err {
        ExportError::UnknownExtension { extension, .. } => {
            t!(
                lang,
                "export-error-extension",
                extension = extension.as_str()
            )
        }
        ExportError::EmptyRange { .. } => t!(lang, "export-error-range"),
        ExportError::BadStep { text, .. } | ExportError::StepNotPositive { text } => {
            t!(lang, "export-error-step", text = text.as_str())
        }
        ExportError::TooManyFrames { frames } => t!(
            lang,
            "export-error-frames",
            frames = *frames as f64,
            max = crate::export::MAX_FRAMES as f64
        ),
        ExportError::BadFps { .. } => t!(lang, "export-error-fps"),
        other => other.text(lang),
    }
}
