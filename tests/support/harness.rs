//! Shared by the UI tests: the real app in an egui_kittest harness, started from command-line
//! arguments, and a way to let it settle.

use clap::Parser as _;
use egui_kittest::Harness;
use hungary1956::cli::Cli;
use hungary1956::{App, Startup};

/// The app as started with these command-line arguments, settled. Without `--lang` it speaks
/// English, whatever the machine's locale.
pub fn from_args(args: &[&str]) -> Harness<'static, App> {
    let english = ["--lang", "en"];
    let lang: &[&str] = if args.contains(&"--lang") {
        &[]
    } else {
        &english
    };
    let cli = Cli::parse_from(
        std::iter::once("hungary1956")
            .chain(lang.iter().copied())
            .chain(args.iter().copied()),
    );
    build(Startup::from_cli(&cli).expect("the arguments are valid"))
}

/// The app from its start-up data, at 1600×900, settled.
pub fn build(startup: Startup) -> Harness<'static, App> {
    build_at(startup, egui::vec2(1600.0, 900.0))
}

/// The app from its start-up data in a window of `size`, settled.
#[allow(dead_code, reason = "not every test file sizes its window")]
pub fn build_at(startup: Startup, size: egui::Vec2) -> Harness<'static, App> {
    let mut harness = Harness::builder()
        .with_size(size)
        .build_eframe(move |cc| App::new(&cc.egui_ctx, startup));
    settle(&mut harness);
    harness
}

/// Runs frames until the UI is still and the base map's tiles (rendered on another thread)
/// have all arrived, so that what is asserted is what a user would see.
pub fn settle(harness: &mut Harness<'_, App>) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        let still = harness.run_ok().is_some();
        if still && harness.state().map().pending_tiles() == 0 {
            return;
        }
        assert!(std::time::Instant::now() < deadline, "the UI never settled");
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
}

/// What the last frame asked the platform to do (open a link, copy text), picked by `pick`.
#[allow(
    dead_code,
    reason = "not every test file asks what the platform was told"
)]
pub fn commands<T>(
    harness: &Harness<'_, App>,
    pick: impl Fn(&egui::OutputCommand) -> Option<T>,
) -> Vec<T> {
    harness
        .output()
        .platform_output
        .commands
        .iter()
        .filter_map(pick)
        .collect()
}

/// The texts the last frame copied to the clipboard (e.g. by Copy link).
#[allow(dead_code, reason = "not every test file copies")]
pub fn copied(harness: &Harness<'_, App>) -> Vec<String> {
    commands(harness, |c| match c {
        egui::OutputCommand::CopyText(text) => Some(text.clone()),
        _ => None,
    })
}

/// A file dropped on the window, as the windowing layer would hand it over.
#[derive(Debug)]
pub struct Dropped(std::path::PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

/// `path` as a file dropped on the window.
#[allow(dead_code, reason = "not every test file drops files")]
pub fn dropped(path: std::path::PathBuf) -> std::sync::Arc<dyn egui::DroppedFile + Send + Sync> {
    std::sync::Arc::new(Dropped(path))
}
