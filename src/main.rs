//! Entry point: parse the command line, then check a story or open the window.

use std::process::ExitCode;

use anyhow::Context as _;
use hungary1956::cli::{Cli, CliCommand};
use hungary1956::i18n::Language;
use hungary1956::t;
use hungary1956::{APP_ID, App, ICON_PNG, Startup, WINDOW_TITLE};

fn main() -> ExitCode {
    let launched = std::time::Instant::now();
    env_logger::Builder::from_env(
        env_logger::Env::default().default_filter_or("warn,walkers=error"),
    )
    .init();
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // `--help` speaks the language asked for, else the locale's.
    let lang = hungary1956::cli::language_in_args(&args)
        .or_else(|| Language::from_environment(|name| std::env::var(name).ok()))
        .unwrap_or_default();
    let cli = match hungary1956::cli::parse_from(&args, lang) {
        Ok(cli) => cli,
        Err(err) => {
            // In the language asked for where the app words it, else as clap writes it; both
            // quote what was typed: control characters are shown escaped.
            let text = hungary1956::cli_error::worded(&err, lang)
                .unwrap_or_else(|| err.render().to_string());
            let text = hungary1956::printable::printable_lines(&text);
            if err.use_stderr() {
                eprint!("{text}");
            } else {
                print!("{text}");
            }
            return ExitCode::from(u8::try_from(err.exit_code()).unwrap_or(2));
        }
    };
    match run(cli, launched) {
        Ok(code) => code,
        Err(err) => {
            // Errors quote what the user typed: control characters are shown escaped.
            let text = format!("{err:#}");
            eprintln!("hungary1956: {}", hungary1956::printable::printable(&text));
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli, launched: std::time::Instant) -> anyhow::Result<ExitCode> {
    // Before the window opens, what was remembered is not read yet: the command line speaks
    // the language asked for, else the locale's.
    let lang = cli
        .lang
        .or_else(|| Language::from_environment(|name| std::env::var(name).ok()))
        .unwrap_or_default();
    if let Some(CliCommand::Check { path }) = &cli.command {
        let report = hungary1956::check::check_file(path, lang);
        print!("{}", report.text);
        return Ok(if report.has_errors {
            ExitCode::FAILURE
        } else {
            ExitCode::SUCCESS
        });
    }
    if let Some(CliCommand::Export(args)) = &cli.command {
        return hungary1956::export::run(&cli, args);
    }
    let mut startup = Startup::from_cli(&cli)?;
    startup.launched = Some(launched);
    let screenshot = startup.screenshot.clone();
    // Screenshots start from the command line alone, so that they can be repeated; --fresh
    // neither reads nor writes what was remembered.
    // A kiosk starts the same for every visitor: it remembers nothing either.
    let mut restore = !cli.fresh && screenshot.is_none() && !cli.kiosk;
    let storage_file = hungary1956::storage::storage_file();
    if restore && let Some(file) = &storage_file {
        // eframe trusts the file it reads: it is checked first, and a bad one set aside.
        let check = hungary1956::storage::check_storage_file(file, jiff::Timestamp::now());
        if let Some(notice) = check.notice {
            log::warn!("{notice}");
            startup.add_notice(notice);
        }
        restore = check.usable;
    }
    // A run that must not touch the remembered state keeps whatever eframe stores in a folder
    // of its own, made new (never one that is already there) and removed afterwards.
    let scratch = match restore {
        false => Some(private_folder().context(t!(lang, "cli-private-folder"))?),
        true => None,
    };
    let persistence_path = match &scratch {
        Some(folder) => Some(folder.join("app.ron")),
        None => storage_file,
    };
    let (width, height) = cli.size.unwrap_or(hungary1956::cli::DEFAULT_SIZE);
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(WINDOW_TITLE)
            .with_app_id(APP_ID)
            .with_icon(window_icon())
            .with_inner_size([width as f32, height as f32])
            .with_min_inner_size([800.0, 500.0])
            .with_fullscreen(cli.kiosk && cli.size.is_none()),
        // A screenshot run neither reads nor writes the user's remembered state (a private,
        // throw-away storage folder); --fresh starts with the window size asked for.
        persist_window: restore,
        persistence_path,
        ..Default::default()
    };
    let ran = eframe::run_native(
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
    .context(t!(lang, "cli-window-failed"));
    if let Some(folder) = &scratch {
        std::fs::remove_dir_all(folder).ok();
    }
    ran?;
    if let Some(request) = screenshot {
        match request.outcome() {
            Some(Ok(())) => {}
            Some(Err(err)) => anyhow::bail!("--screenshot: {err}"),
            None => anyhow::bail!(t!(lang, "cli-screenshot-no-frame", option = "--screenshot")),
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The window's icon, from the embedded PNG (an empty icon if it could not be decoded, which
/// the tests rule out).
fn window_icon() -> egui::IconData {
    eframe::icon_data::from_png_bytes(ICON_PNG).unwrap_or_default()
}

/// A new, empty folder in the system's temporary folder that only this user can enter.
fn private_folder() -> std::io::Result<std::path::PathBuf> {
    let base = std::env::temp_dir();
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let mut error = None;
    for attempt in 0..16u32 {
        let folder = base.join(format!(
            "hungary1956-run-{}-{stamp}-{attempt}",
            std::process::id()
        ));
        // `create_dir` fails on anything already there, a planted link included.
        let mut builder = std::fs::DirBuilder::new();
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        match builder.create(&folder) {
            Ok(()) => return Ok(folder),
            Err(err) => error = Some(err),
        }
    }
    Err(error.unwrap_or_else(|| std::io::Error::other("no folder could be made")))
}
