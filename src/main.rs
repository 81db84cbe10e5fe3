//! Entry point: parse the command line, then check a story or open the window.

use std::process::ExitCode;

use anyhow::Context as _;
use clap::Parser as _;
use hungary1956::cli::{Cli, CliCommand};
use hungary1956::{App, Startup, WINDOW_TITLE};

fn main() -> ExitCode {
    let launched = std::time::Instant::now();
    env_logger::Builder::from_env(
        env_logger::Env::default().default_filter_or("warn,walkers=error"),
    )
    .init();
    let cli = Cli::parse();
    match run(cli, launched) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("hungary1956: {err:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli, launched: std::time::Instant) -> anyhow::Result<ExitCode> {
    if let Some(CliCommand::Check { path }) = &cli.command {
        let report = hungary1956::check::check_file(path);
        print!("{}", report.text);
        return Ok(if report.has_errors {
            ExitCode::FAILURE
        } else {
            ExitCode::SUCCESS
        });
    }
    let mut startup = Startup::from_cli(&cli)?;
    startup.launched = Some(launched);
    // Screenshots start from the command line alone, so that they can be repeated.
    let restore = !cli.fresh && cli.screenshot.is_none();
    let scratch = cli
        .screenshot
        .is_some()
        .then(|| std::env::temp_dir().join("hungary1956-screenshot-state"));
    let (width, height) = cli.size;
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(WINDOW_TITLE)
            .with_app_id("hungary1956")
            .with_inner_size([width as f32, height as f32])
            .with_min_inner_size([800.0, 500.0]),
        // A screenshot run neither reads nor writes the user's remembered state (a private,
        // throw-away storage folder); --fresh starts with the window size asked for.
        persist_window: restore,
        persistence_path: scratch.clone(),
        ..Default::default()
    };
    eframe::run_native(
        WINDOW_TITLE,
        options,
        Box::new(move |cc| {
            if restore {
                let saved = cc
                    .storage
                    .and_then(|storage| storage.get_string(hungary1956::saved::STORAGE_KEY));
                startup.restore(saved.as_deref());
            }
            Ok(Box::new(App::new(&cc.egui_ctx, startup)))
        }),
    )
    .map_err(|err| anyhow::anyhow!("{err}"))
    .context("cannot open the window")?;
    Ok(ExitCode::SUCCESS)
}
