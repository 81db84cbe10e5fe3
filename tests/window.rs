//! The real binary in a real window: started under Xvfb with no network at all, it draws its
//! first complete frame, saves it and exits; a screenshot that cannot be saved is an error.
//!
//! Needs, on Linux: `xvfb-run` (Debian's `xvfb` and `xauth`, the README's one system-package
//! line) and `unshare` (util-linux) with the right to make a network namespace (root, as on
//! CI, or unprivileged user namespaces). On Linux a missing piece fails the test and says
//! what to install; only where there is no X server to be had (macOS, Windows) does the test
//! print why it skips.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Whether this platform can run the app under Xvfb; if not, why.
fn platform_can_run_xvfb() -> Result<(), &'static str> {
    if cfg!(target_os = "linux") {
        Ok(())
    } else {
        Err("Xvfb and network namespaces exist only on Linux")
    }
}

/// Runs the app under Xvfb, without network, with `args` and `--screenshot out`.
fn run(args: &[&str], out: &Path) -> Output {
    let exe = env!("CARGO_BIN_EXE_hungary1956");
    assert!(
        Command::new("xvfb-run").arg("--help").output().is_ok(),
        "xvfb-run is missing: install it with the README's system-package line"
    );
    // `unshare -n` gives the process a network namespace with no network at all; `-r` makes
    // that possible without root where user namespaces are allowed.
    let root = is_root();
    let mut command = Command::new("unshare");
    command.args(if root { &["-n"][..] } else { &["-r", "-n"][..] });
    command
        .args(["xvfb-run", "-a", "-s", "-screen 0 1920x1080x24"])
        .arg(exe)
        .args(args)
        .arg("--screenshot")
        .arg(out)
        .args(["--size", "1280x800"])
        .env("LIBGL_ALWAYS_SOFTWARE", "1");
    command
        .output()
        .expect("unshare is missing: install Debian's util-linux")
}

/// Whether the tests run as root (then `unshare -n` needs no user namespace).
fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|out| out.stdout.trim_ascii() == b"0")
}

fn out_path(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("hungary1956-{name}-{}.png", std::process::id()))
}

#[test]
fn starts_offline_and_saves_its_first_complete_frame() {
    if let Err(why) = platform_can_run_xvfb() {
        println!("skipped: {why}");
        return;
    }
    let out = out_path("start");
    std::fs::remove_file(&out).ok();
    let args = [
        "--at",
        "1956-11-01T20:00",
        "--select",
        "warsaw-pact-withdrawal",
    ];
    let output = run(&args, &out);
    assert!(
        output.status.success(),
        "the app failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let image = image::open(&out).expect("a PNG was saved").to_rgba8();
    std::fs::remove_file(&out).ok();
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

#[test]
fn a_screenshot_that_cannot_be_saved_fails_and_says_why() {
    if let Err(why) = platform_can_run_xvfb() {
        println!("skipped: {why}");
        return;
    }
    let out = Path::new("/nonexistent-folder-of-hungary1956/x.png");
    let output = run(&[], out);
    assert!(!output.status.success(), "exit code 0 without a file");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("--screenshot")
            && stderr.contains("/nonexistent-folder-of-hungary1956/x.png"),
        "{stderr}"
    );
}
