//! Frame cost of the real app, headless through `egui::Context::run_ui` plus tessellation, at
//! 1600×900: the default story settled, scrubbing and playing; egui's own demo windows through
//! the same path as a reference; a 10,000-event synthetic story at three zoom levels; and the
//! time to load and validate that story. Prints median and p99 per frame.
//!
//! Run: `cargo bench --bench frame`

use std::hint::black_box;
use std::time::{Duration, Instant};

use eframe::App as _;
use hungary1956::state::Command;
use hungary1956::story::{self, AssetRoot};
use hungary1956::{App, Startup};

#[path = "../tests/support/synthetic.rs"]
mod synthetic;

const WIDTH: f32 = 1600.0;
const HEIGHT: f32 = 900.0;
const WARMUP: usize = 60;
const FRAMES: usize = 400;

/// Runs frames through a context the way a window would, timing `run_ui` + tessellation.
struct Runner {
    ctx: egui::Context,
    time: f64,
}

impl Runner {
    fn new() -> Self {
        Self {
            ctx: egui::Context::default(),
            time: 0.0,
        }
    }

    fn frame(&mut self, events: Vec<egui::Event>, mut ui: impl FnMut(&mut egui::Ui)) -> Duration {
        self.time += 1.0 / 60.0;
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(WIDTH, HEIGHT),
            )),
            time: Some(self.time),
            predicted_dt: 1.0 / 60.0,
            events,
            ..Default::default()
        };
        let started = Instant::now();
        let output = self.ctx.run_ui(input, |ui_| ui(ui_));
        let primitives = self
            .ctx
            .tessellate(output.shapes.clone(), output.pixels_per_point);
        let elapsed = started.elapsed();
        black_box(primitives);
        output.drop_without_applying_deltas();
        elapsed
    }
}

fn report(name: &str, mut times: Vec<Duration>) -> Duration {
    times.sort_unstable();
    let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
    let (median, p99) = (at(0.5), at(0.99));
    println!(
        "{name:<48} median {:>7.3} ms   p99 {:>7.3} ms   ({} frames)",
        median.as_secs_f64() * 1e3,
        p99.as_secs_f64() * 1e3,
        times.len()
    );
    median
}

/// Frames of the app with `before` applied to it ahead of each frame.
fn app_frames(startup: Startup, mut before: impl FnMut(&mut App, usize)) -> Vec<Duration> {
    let mut runner = Runner::new();
    let mut app = App::new(&runner.ctx, startup);
    let mut frame = eframe::Frame::_new_kittest();
    // Let the base map and pictures arrive from their threads.
    let settle_until = Instant::now() + Duration::from_secs(15);
    while Instant::now() < settle_until && (app.map().pending_tiles() > 0 || runner.time < 1.0) {
        runner.frame(Vec::new(), |ui| app.ui(ui, &mut frame));
        std::thread::sleep(Duration::from_millis(5));
    }
    let mut times = Vec::with_capacity(FRAMES);
    for i in 0..WARMUP + FRAMES {
        before(&mut app, i);
        let t = runner.frame(Vec::new(), |ui| app.ui(ui, &mut frame));
        if i >= WARMUP {
            times.push(t);
        }
    }
    times
}

fn default_startup(args: &[&str]) -> Startup {
    use clap::Parser as _;
    let cli = hungary1956::cli::Cli::parse_from(
        std::iter::once("hungary1956").chain(args.iter().copied()),
    );
    Startup::from_cli(&cli).expect("default story")
}

fn synthetic_startup(json: &str, args: &[&str]) -> Startup {
    let mut startup = default_startup(args);
    startup.loaded = story::parse_story(json.as_bytes(), "synthetic.json", AssetRoot::Embedded)
        .expect("synthetic story loads");
    startup.select = None;
    startup.at = None;
    startup
}

fn main() {
    // `cargo bench` passes --bench; nothing else is taken.
    println!(
        "Frame cost at {WIDTH}x{HEIGHT}, run_ui + tessellate, {FRAMES} frames after {WARMUP} warm-up frames\n"
    );

    // Reference: egui's demo windows through the same path.
    let mut demo = egui_demo_lib::DemoWindows::default();
    let mut runner = Runner::new();
    let mut times = Vec::new();
    for i in 0..WARMUP + FRAMES {
        let t = runner.frame(Vec::new(), |ui| demo.ui(ui));
        if i >= WARMUP {
            times.push(t);
        }
    }
    let reference = report("egui demo windows (reference)", times);

    let settled = report(
        "default story, settled",
        app_frames(default_startup(&["--select", "radio-siege"]), |_, _| {}),
    );
    let scrubbing = report(
        "default story, scrubbing (time changes every frame)",
        app_frames(default_startup(&[]), |app, i| {
            let story = app.story();
            let step = jiff::SignedDuration::from_mins(((i * 47) % (13 * 24 * 60)) as i64);
            let at = story.start.checked_add(step).unwrap_or(story.start);
            app.apply(Command::Seek(at));
        }),
    );
    let playing = report(
        "default story, playing (6 h/s)",
        app_frames(default_startup(&[]), |app, i| {
            if i == 0 {
                app.apply(Command::SetSpeed(
                    hungary1956::state::Speed::SixHoursPerSecond,
                ));
                app.apply(Command::SetLooping(true));
                app.apply(Command::TogglePlay);
            }
        }),
    );
    println!(
        "  ratio to the demo windows: settled {:.2}x, scrubbing {:.2}x, playing {:.2}x\n",
        settled.as_secs_f64() / reference.as_secs_f64(),
        scrubbing.as_secs_f64() / reference.as_secs_f64(),
        playing.as_secs_f64() / reference.as_secs_f64()
    );

    let json = synthetic::synthetic_story(10_000, 2_000, 1956);
    let mut loads = Vec::new();
    for _ in 0..15 {
        let started = Instant::now();
        let loaded = story::parse_story(json.as_bytes(), "synthetic.json", AssetRoot::Embedded)
            .expect("loads");
        loads.push(started.elapsed());
        black_box(loaded);
    }
    report("10,000 events / 2,000 places: load + validate", loads);
    for (label, zoom) in [
        ("map zoom 4", "4"),
        ("map zoom 7", "7"),
        ("map zoom 11", "11"),
    ] {
        report(
            &format!("10,000 events, scrubbing, {label}"),
            app_frames(
                synthetic_startup(&json, &["--center", "48.0,19.0", "--zoom", zoom]),
                |app, i| {
                    let story = app.story();
                    let step = jiff::SignedDuration::from_mins(((i * 47) % (13 * 24 * 60)) as i64);
                    let at = story.start.checked_add(step).unwrap_or(story.start);
                    app.apply(Command::Seek(at));
                },
            ),
        );
    }
}
