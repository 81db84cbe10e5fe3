//! The real binary in a real window: started under Xvfb (the README's one system-package line)
//! with no network at all, it draws its first complete frame, saves it and exits.

use std::path::PathBuf;
use std::process::Command;

fn screenshot(name: &str, args: &[&str]) -> image::RgbaImage {
    let out: PathBuf =
        std::env::temp_dir().join(format!("hungary1956-{name}-{}.png", std::process::id()));
    std::fs::remove_file(&out).ok();
    let exe = env!("CARGO_BIN_EXE_hungary1956");
    assert!(
        Command::new("xvfb-run").arg("--help").output().is_ok(),
        "xvfb-run is missing: install it with the README's system-package line"
    );
    // `unshare -n` gives the process a network namespace with no network at all.
    let mut command = Command::new("unshare");
    command
        .args(["-n", "xvfb-run", "-a", "-s", "-screen 0 1920x1080x24"])
        .arg(exe)
        .args(args)
        .arg("--screenshot")
        .arg(&out)
        .args(["--size", "1280x800"])
        .env("LIBGL_ALWAYS_SOFTWARE", "1");
    let status = command.output().expect("run the app under Xvfb");
    assert!(
        status.status.success(),
        "the app failed: {}",
        String::from_utf8_lossy(&status.stderr)
    );
    let image = image::open(&out).expect("a PNG was saved").to_rgba8();
    std::fs::remove_file(&out).ok();
    image
}

#[test]
fn starts_offline_and_saves_its_first_complete_frame() {
    let image = screenshot(
        "start",
        &[
            "--at",
            "1956-11-01T20:00",
            "--select",
            "warsaw-pact-withdrawal",
        ],
    );
    assert_eq!((image.width(), image.height()), (1280, 800));
    // A real frame has many colours: map, markers, text, the painting.
    let mut colours: Vec<[u8; 4]> = image.pixels().step_by(7).map(|p| p.0).collect();
    colours.sort_unstable();
    colours.dedup();
    assert!(
        colours.len() > 200,
        "only {} colours: a blank window?",
        colours.len()
    );
}
