//! Frame cost of the real app, headless through `egui::Context::run_ui` plus tessellation, at
//! 1600×900: the default story settled, scrubbing and playing; egui's own demo windows through
//! the same path as a reference; a 10,000-event synthetic story at three zoom levels; and the
//! time to load and validate that story. Prints median and p99 per frame.
//!
//! Each app frame is followed by a frame of egui's demo windows in their own context, so that
//! the ratio between the two compares frames taken at the same moments.
//!
//! Run: `cargo bench --bench frame`; `cargo bench --bench frame -- scrubbing` runs only the
//! scenarios whose name contains `scrubbing`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use eframe::App as _;
use hungary1956::state::StateCommand;
use hungary1956::story::{self, AssetRoot};
use hungary1956::{App, Startup};

#[path = "../tests/support/synthetic.rs"]
mod synthetic;

const WIDTH: f32 = 1600.0;
const HEIGHT: f32 = 900.0;
const WARMUP: usize = 60;
/// Measured frames per scenario; `FRAME_BENCH_FRAMES` changes it (the profiling script uses
/// fewer).
fn frames() -> usize {
    std::env::var("FRAME_BENCH_FRAMES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(400)
}

/// Runs frames through a context the way a window would, timing `run_ui` + tessellation.
struct Runner {
    ctx: egui::Context,
    time: f64,
    /// Vertices tessellated in the last frame.
    vertices: usize,
}

impl Runner {
    fn new() -> Self {
        Self {
            ctx: egui::Context::default(),
            time: 0.0,
            vertices: 0,
        }
    }

    /// A frame that counts. Kept out of line so that a profiler can collect only these
    /// (`valgrind --tool=callgrind --toggle-collect='frame::Runner::measured*'`).
    #[inline(never)]
    fn measured(&mut self, ui: impl FnMut(&mut egui::Ui)) -> Duration {
        self.frame(Vec::new(), ui)
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
        self.vertices = primitives
            .iter()
            .map(|p| match &p.primitive {
                egui::epaint::Primitive::Mesh(mesh) => mesh.vertices.len(),
                egui::epaint::Primitive::Callback(_) => 0,
            })
            .sum();
        black_box(primitives);
        output.drop_without_applying_deltas();
        elapsed
    }
}

/// Median and 99th percentile.
fn quantiles(times: &mut [Duration]) -> (Duration, Duration) {
    times.sort_unstable();
    let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
    (at(0.5), at(0.99))
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// What one scenario measured: the app's frames, egui's demo windows run in alternation with
/// them (same moments, same machine noise), and the vertices of the app's last frame.
struct Measured {
    app: Vec<Duration>,
    reference: Vec<Duration>,
    vertices: usize,
}

impl Measured {
    fn report(mut self, name: &str) {
        let (median, p99) = quantiles(&mut self.app);
        let (reference, _) = quantiles(&mut self.reference);
        println!(
            "{name:<52} median {:>6.3} ms   p99 {:>6.3} ms   {:>6} vertices   demo windows {:>6.3} ms   ratio {:.2}x",
            ms(median),
            ms(p99),
            self.vertices,
            ms(reference),
            median.as_secs_f64() / reference.as_secs_f64(),
        );
    }
}

/// Frames of the app with `before` applied to it ahead of each frame, each followed by a frame
/// of egui's demo windows in a context of their own.
fn app_frames(startup: Startup, mut before: impl FnMut(&mut App, usize)) -> Measured {
    let mut runner = Runner::new();
    let mut app = App::new(&runner.ctx, startup);
    let mut frame = eframe::Frame::_new_kittest();
    let mut demo_runner = Runner::new();
    let mut demo = egui_demo_lib::DemoWindows::default();
    // Let the base map and pictures arrive from their threads, so that no decoding or tile
    // rendering competes with the measured frames.
    let settle_until = Instant::now() + Duration::from_secs(15);
    while Instant::now() < settle_until && (app.pending_work() > 0 || runner.time < 1.0) {
        runner.frame(Vec::new(), |ui| app.ui(ui, &mut frame));
        std::thread::sleep(Duration::from_millis(5));
    }
    let mut measured = Measured {
        app: Vec::with_capacity(frames()),
        reference: Vec::with_capacity(frames()),
        vertices: 0,
    };
    for i in 0..WARMUP + frames() {
        before(&mut app, i);
        if i >= WARMUP {
            measured
                .app
                .push(runner.measured(|ui| app.ui(ui, &mut frame)));
        } else {
            runner.frame(Vec::new(), |ui| app.ui(ui, &mut frame));
        }
        let reference = demo_runner.frame(Vec::new(), |ui| demo.ui(ui));
        if i >= WARMUP {
            measured.reference.push(reference);
        }
    }
    measured.vertices = runner.vertices;
    measured
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

/// Scenario names to run: the arguments that are not flags (`cargo bench` passes `--bench`).
fn wanted() -> impl Fn(&str) -> bool {
    let filters: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    move |name| filters.is_empty() || filters.iter().any(|f| name.contains(f.as_str()))
}

fn main() {
    let wanted = wanted();
    println!(
        "Frame cost at {WIDTH}x{HEIGHT}, run_ui + tessellate, {} frames after {WARMUP} warm-up frames.\n\
         Each app frame is followed by a frame of egui's demo windows; the ratio compares their medians.\n",
        frames()
    );

    let seek_every_frame = |app: &mut App, i: usize| {
        let story = app.story();
        let step = jiff::SignedDuration::from_mins(((i * 47) % (13 * 24 * 60)) as i64);
        let at = story.start.checked_add(step).unwrap_or(story.start);
        app.apply(StateCommand::Seek(at).into());
    };
    let name = "default story, settled";
    if wanted(name) {
        app_frames(default_startup(&["--select", "radio-siege"]), |_, _| {}).report(name);
    }
    let name = "default story, scrubbing (time changes every frame)";
    if wanted(name) {
        app_frames(default_startup(&[]), seek_every_frame).report(name);
    }
    let name = "default story, scrubbing with an event selected";
    if wanted(name) {
        app_frames(
            default_startup(&["--select", "radio-siege"]),
            seek_every_frame,
        )
        .report(name);
    }
    let name = "default story, scrubbing with Budapest selected";
    if wanted(name) {
        app_frames(default_startup(&["--select", "budapest"]), seek_every_frame).report(name);
    }
    let name = "default story, playing (6 h/s)";
    if wanted(name) {
        app_frames(default_startup(&[]), |app, i| {
            if i == 0 {
                app.apply(
                    StateCommand::SetSpeed(hungary1956::state::Speed::SixHoursPerSecond).into(),
                );
                app.apply(StateCommand::SetLooping(true).into());
                app.apply(StateCommand::TogglePlay.into());
            }
        })
        .report(name);
    }

    let json = synthetic::synthetic_story(10_000, 2_000, 1956);
    let name = "10,000 events / 2,000 places: load + validate";
    if wanted(name) {
        let mut loads = Vec::new();
        for _ in 0..15 {
            let started = Instant::now();
            let loaded = story::parse_story(json.as_bytes(), "synthetic.json", AssetRoot::Embedded)
                .expect("loads");
            loads.push(started.elapsed());
            black_box(loaded);
        }
        let (median, worst) = quantiles(&mut loads);
        println!(
            "{name:<52} median {:>6.1} ms   slowest {:>6.1} ms   (15 runs)",
            ms(median),
            ms(worst)
        );
    }
    for (label, zoom) in [
        ("map zoom 4", "4"),
        ("map zoom 7", "7"),
        ("map zoom 11", "11"),
    ] {
        let name = format!("10,000 events, scrubbing, {label}");
        if wanted(&name) {
            app_frames(
                synthetic_startup(&json, &["--center", "48.0,19.0", "--zoom", zoom]),
                seek_every_frame,
            )
            .report(&name);
        }
    }
}
