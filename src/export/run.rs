//! `hungary1956 export`: checks the request, opens the film's temporary file, then runs the
//! app in a window of the film's size whose [`ExportTask`] draws and captures every frame.
//! Ctrl+C, closing the window, or (for the Export window's process) standard input closing
//! cancel it; nothing half-written is left behind.

use std::io::BufRead as _;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};

use anyhow::Context as _;

use crate::i18n::Language;
use crate::t;
use jiff::Timestamp;

use super::encoder::open_writer;
use super::progress::Progress;
use super::{ExportArgs, ExportPlan, ExportTask, Film, parse_step};
use crate::cli::Cli;
use crate::story::Story;
use crate::{App, Startup, WINDOW_TITLE};

/// Runs `export` with the window's options from `cli` and the export's own from `args`
/// (which win where both are given); the exit code is 0 only if the film was written.
pub fn run(cli: &Cli, args: &ExportArgs) -> anyhow::Result<ExitCode> {
    let mut view = cli.clone();
    view.command = None;
    view.at = None;
    view.screenshot = None;
    view.show_artwork = false;
    view.fresh = true;
    view.story = args.story.clone().or(view.story);
    view.select = args.select.clone().or(view.select);
    view.center = args.center.or(view.center);
    view.zoom = args.zoom.or(view.zoom);
    view.lang = args.lang.or(view.lang);
    view.show = args.show.or(view.show);
    if !args.hide_track.is_empty() {
        view.hide_track = args.hide_track.clone();
    }
    let mut startup = Startup::from_cli(&view)?;
    // The command speaks the film's language (else the system's, else English).
    let lang = view.lang.or(startup.locale).unwrap_or_default();
    if let Some(failed) = &startup.failed {
        anyhow::bail!(t!(
            lang,
            "export-cli-story-failed",
            file = &failed.file,
            count = failed.problems.len()
        ));
    }
    let story = &startup.loaded.story;
    let from = story_time(story, args.from.as_deref(), "--from", story.start, lang)?;
    let to = story_time(story, args.to.as_deref(), "--to", story.end, lang)?;
    let step = parse_step(&args.step).map_err(|err| anyhow::anyhow!(err.text(lang)))?;
    let texts = [
        args.from.as_deref().unwrap_or("(the story's start)"),
        args.to.as_deref().unwrap_or("(the story's end)"),
        args.step.as_str(),
    ];
    let plan = ExportPlan::new(
        args.out.clone(),
        (from, to),
        step,
        args.fps,
        args.size,
        texts,
    )
    .map_err(|err| anyhow::anyhow!(err.text(lang)))?;
    let count = plan.frame_count();
    // The temporary file (or folder), and ffmpeg, before any window opens.
    let writer = open_writer(&plan).map_err(|err| anyhow::anyhow!(err.text(lang)))?;
    let progress = Progress::new(count, args.progress_lines);
    let on_frame = {
        let progress = progress.clone();
        Box::new(move |done| progress.frame_done(done))
    };
    let film = Film::start(writer, count, plan.size, on_frame);
    let cancel = Arc::new(AtomicBool::new(false));
    watch_for_cancel(&cancel, args.progress_lines);
    let outcome = Arc::new(OnceLock::new());
    let task = ExportTask::new(
        plan.clone(),
        film,
        Arc::clone(&cancel),
        Arc::clone(&outcome),
        progress.clone(),
    );
    startup.at = Some(from);
    // The export neither reads nor writes the user's remembered state.
    let scratch = tempfile::Builder::new()
        .prefix("hungary1956-export-")
        .tempdir()
        .context("cannot make a private folder for the export")?;
    let (width, height) = plan.size;
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(format!("{WINDOW_TITLE} — {}", plan.out.display()))
            .with_app_id(crate::APP_ID)
            .with_icon(eframe::icon_data::from_png_bytes(crate::ICON_PNG).unwrap_or_default())
            .with_inner_size([width as f32, height as f32])
            .with_resizable(false),
        persist_window: false,
        persistence_path: Some(scratch.path().join("app.ron")),
        ..Default::default()
    };
    let ran = eframe::run_native(
        WINDOW_TITLE,
        options,
        Box::new(move |cc| Ok(Box::new(App::new(&cc.egui_ctx, startup).with_export(task)))),
    );
    progress.finish();
    ran.map_err(|err| anyhow::anyhow!("{err}"))
        .context("cannot open the window")?;
    match outcome.get().cloned() {
        Some(Ok(path)) => {
            println!("{}", written_words(&path, &plan, lang));
            Ok(ExitCode::SUCCESS)
        }
        Some(Err(why)) => anyhow::bail!("export: {}", why.text(lang)),
        None => anyhow::bail!(t!(lang, "export-cli-window-closed")),
    }
}

/// "Wrote 13 frames (1.3 s at 10 frames per second) to film.gif".
fn written_words(path: &std::path::Path, plan: &ExportPlan, lang: Language) -> String {
    let count = plan.frame_count();
    let seconds = count as f64 / f64::from(plan.fps);
    t!(
        lang,
        "export-cli-written",
        count = count as f64,
        seconds = format!("{seconds:.1}"),
        fps = f64::from(plan.fps),
        path = path.display().to_string()
    )
}

/// A time of the story given on the command line (`--from`, `--to`), or `default`.
fn story_time(
    story: &Story,
    text: Option<&str>,
    option: &str,
    default: Timestamp,
    lang: Language,
) -> anyhow::Result<Timestamp> {
    let Some(text) = text else {
        return Ok(default);
    };
    let normalised = text.trim().replacen(' ', "T", 1);
    let (at, _) = story.clock.parse(&normalised).map_err(|err| {
        anyhow::anyhow!(t!(
            lang,
            "export-cli-bad-time",
            option = option,
            text = text,
            reason = err.to_string()
        ))
    })?;
    if at < story.start || at > story.end {
        anyhow::bail!(t!(
            lang,
            "export-cli-outside",
            option = option,
            text = text,
            start = story.clock.format_arg(story.start),
            end = story.clock.format_arg(story.end)
        ));
    }
    Ok(at)
}

/// Sets `cancel` on Ctrl+C, and, for the Export window's process, when its standard input
/// closes (the window cancelled, or the app that started it is gone).
fn watch_for_cancel(cancel: &Arc<AtomicBool>, from_window: bool) {
    let on_signal = Arc::clone(cancel);
    if let Err(err) = ctrlc::set_handler(move || on_signal.store(true, Ordering::Relaxed)) {
        log::warn!("Ctrl+C will not clean up: {err}");
    }
    if from_window {
        let on_close = Arc::clone(cancel);
        std::thread::Builder::new()
            .name("export stdin".to_owned())
            .spawn(move || {
                let stdin = std::io::stdin();
                for line in stdin.lock().lines() {
                    if line.map_or(true, |line| line.trim() == "cancel") {
                        break;
                    }
                }
                on_close.store(true, Ordering::Relaxed);
            })
            .ok();
    }
}
