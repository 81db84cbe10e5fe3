//! Film export benchmarks (targets from issue 16, release build): a 13-frame 960×540 GIF end to
//! end, the real binary under Xvfb from start to the renamed file (≤ 15 s); and GIF encoding
//! of real 960×540 frames of the app (≤ 40 ms a frame), the first (whole) frame alone and a
//! 13-frame film (only changed rectangles after the first). Needs `xvfb-run`; without it the
//! benchmark says so and measures nothing.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use hungary1956::export::GifEncoder;

const EXE: &str = env!("CARGO_BIN_EXE_hungary1956");

/// Runs `hungary1956 export OUT` for 13 hourly 960×540 frames of 23 October under Xvfb.
fn export(out: &Path) -> bool {
    Command::new("xvfb-run")
        .args(["-a", "-s", "-screen 0 1920x1080x24"])
        .arg(EXE)
        .arg("export")
        .arg(out)
        .args([
            "--from",
            "1956-10-23T12:00",
            "--to",
            "1956-10-24T00:00",
            "--step",
            "1h",
        ])
        .args(["--size", "960x540"])
        .env("LIBGL_ALWAYS_SOFTWARE", "1")
        .output()
        .is_ok_and(|output| output.status.success())
}

fn export_benches(c: &mut Criterion) {
    if Command::new("xvfb-run").arg("--help").output().is_err() {
        println!("skipped: xvfb-run is not installed");
        return;
    }
    let dir = tempfile::tempdir().expect("a temporary folder");
    let frames_dir = dir.path().join("frames");
    assert!(export(&frames_dir), "the PNG export failed");
    let frames: Vec<Vec<u8>> = (0..13)
        .map(|k| {
            let path = frames_dir.join(format!("frame-{k:05}.png"));
            image::open(&path).expect("a frame").to_rgba8().into_raw()
        })
        .collect();

    let mut group = c.benchmark_group("export");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(40));
    let gif = dir.path().join("film.gif");
    group.bench_function("13-frame 960x540 GIF, end to end (target 15 s)", |b| {
        b.iter(|| assert!(export(&gif)))
    });
    group.finish();

    let mut group = c.benchmark_group("gif");
    group.measurement_time(Duration::from_secs(10));
    group.bench_function("first 960x540 frame, whole (target 40 ms)", |b| {
        b.iter(|| {
            let mut encoder = GifEncoder::new(Vec::new(), (960, 540), 10).expect("encoder");
            encoder.add(&frames[0]).expect("frame");
            encoder.finish().expect("gif").len()
        })
    });
    group.bench_function("13 frames of 960x540 (target 13 x 40 ms = 520 ms)", |b| {
        b.iter(|| {
            let mut encoder = GifEncoder::new(Vec::new(), (960, 540), 10).expect("encoder");
            for frame in &frames {
                encoder.add(frame).expect("frame");
            }
            encoder.finish().expect("gif").len()
        })
    });
    group.finish();
}

criterion_group!(benches, export_benches);
criterion_main!(benches);
