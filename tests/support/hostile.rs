//! Shared by the hostile-input tests: the real binary run with a deadline and a hard memory
//! cap, its peak memory measured; and small stories to build hostile files from.
// Each test file uses some of these.
#![allow(dead_code)]

use std::os::unix::process::CommandExt as _;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// What a run of the binary did.
#[derive(Debug)]
pub struct Outcome {
    /// Exit code (`None`: killed by a signal, or by the deadline).
    pub code: Option<i32>,
    /// What it printed.
    pub stdout: String,
    /// What it printed as errors.
    pub stderr: String,
    /// Wall-clock time.
    pub seconds: f64,
    /// Peak resident memory (of it, or of the largest process it waited for), in MB.
    pub peak_mb: f64,
}

/// Every documented maximum must be handled within this time …
pub const TIME_BUDGET: Duration = Duration::from_secs(5);
/// … and this much memory.
pub const MEMORY_BUDGET_MB: f64 = 500.0;

/// The app's binary with `args`.
pub fn app(args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_hungary1956"));
    command.args(args);
    command
}

/// The real window under Xvfb with `args` and `--screenshot out`, with a home of its own.
#[allow(dead_code, reason = "not every hostile test file opens the window")]
pub fn window(args: &[&str], out: &Path) -> Outcome {
    let home = tempfile::tempdir().unwrap();
    let mut command = Command::new("xvfb-run");
    command
        .args(["-a", "-s", "-screen 0 1920x1080x24"])
        .arg(env!("CARGO_BIN_EXE_hungary1956"))
        .args(args)
        .arg("--screenshot")
        .arg(out)
        .args(["--size", "1280x800"])
        .env("HOME", home.path())
        .env("XDG_DATA_HOME", home.path())
        .env("LIBGL_ALWAYS_SOFTWARE", "1");
    run(command, Duration::from_secs(60), false)
}

/// `hungary1956 check PATH`.
pub fn check(path: &Path) -> Outcome {
    let mut command = app(&["check"]);
    command.arg(path);
    run(command, TIME_BUDGET * 2, true)
}

/// Runs a command with no input, killing it after `deadline`; with `cap_memory`, an address
/// space of 3 GB at most, so that a runaway fails the test instead of the machine.
pub fn run(mut command: Command, deadline: Duration, cap_memory: bool) -> Outcome {
    // One run at a time in a test binary, so that each is timed on a machine it does not
    // share with the others.
    static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _turn = ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let dir = tempfile::tempdir().unwrap();
    let out = std::fs::File::create(dir.path().join("out")).unwrap();
    let err = std::fs::File::create(dir.path().join("err")).unwrap();
    command
        .stdin(Stdio::null())
        .stdout(out)
        .stderr(err)
        .env("RUST_BACKTRACE", "0");
    if cap_memory {
        // SAFETY: only async-signal-safe calls between fork and exec.
        unsafe {
            command.pre_exec(|| {
                let limit = libc::rlimit {
                    rlim_cur: 3 << 30,
                    rlim_max: 3 << 30,
                };
                libc::setrlimit(libc::RLIMIT_AS, &limit);
                Ok(())
            });
        }
    }
    let started = Instant::now();
    // Reaped below with wait4, which also gives its peak memory.
    #[allow(clippy::zombie_processes)]
    let child = command.spawn().unwrap();
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: rusage is plain data.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let mut timed_out = false;
    loop {
        // SAFETY: waits for our own child, which std's `Child` never waits for here.
        let done = unsafe { libc::wait4(pid, &mut status, libc::WNOHANG, &mut usage) };
        if done == pid {
            break;
        }
        if started.elapsed() > deadline && !timed_out {
            timed_out = true;
            // SAFETY: signals our own child.
            unsafe { libc::kill(pid, libc::SIGKILL) };
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let seconds = started.elapsed().as_secs_f64();
    let code = (!timed_out && libc::WIFEXITED(status)).then(|| libc::WEXITSTATUS(status));
    let read = |name: &str| {
        String::from_utf8_lossy(&std::fs::read(dir.path().join(name)).unwrap()).into_owned()
    };
    let outcome = Outcome {
        code,
        stdout: read("out"),
        stderr: read("err"),
        seconds,
        peak_mb: usage.ru_maxrss as f64 / 1024.0,
    };
    assert!(!timed_out, "killed after {deadline:?}: {outcome:?}");
    outcome
}

impl Outcome {
    /// Asserts it ended by itself, without a panic, within the time and memory budgets.
    pub fn within_budget(&self, what: &str) -> &Self {
        assert!(self.code.is_some(), "{what}: killed: {self:?}");
        assert!(
            !self.stderr.contains("panicked"),
            "{what}: panicked: {}",
            self.stderr
        );
        assert!(
            self.seconds <= TIME_BUDGET.as_secs_f64(),
            "{what}: took {:.1} s",
            self.seconds
        );
        assert!(
            self.peak_mb <= MEMORY_BUDGET_MB,
            "{what}: took {:.0} MB",
            self.peak_mb
        );
        self
    }
}

/// A small valid story around `events` (a JSON list's items), with `extra` top-level fields
/// (each ending in a comma) and `places` (items) after the one place `budapest`.
pub fn story(extra: &str, places: &str, events: &str) -> String {
    let places = if places.is_empty() {
        String::new()
    } else {
        format!(",{places}")
    };
    format!(
        r#"{{"format": 1, "title": "Hostile", "timezone": "Europe/Budapest",
"start": "1956-10-23T00:00", "end": "1956-11-05T00:00", {extra}
"polities": [{{"id": "hungary", "name": "Hungary", "alliance": "warsaw-pact"}}],
"places": [{{"id": "budapest", "name": "Budapest", "kind": "capital", "lat": 47.5, "lon": 19.04}}{places}],
"events": [{events}]}}"#
    )
}

/// An event at `budapest` with `extra` fields (each ending in a comma).
pub fn event(id: &str, extra: &str) -> String {
    format!(
        r#"{{"id": "{id}", "start": "1956-10-24T10:00", "title": "Event {id}", "places": ["budapest"],
"summary": "Something happened.", {extra} "sources": [{{"title": "A book"}}], "confidence": "high"}}"#
    )
}

/// The errors of a `check` report: its "error" lines without the file name.
pub fn errors(report: &str) -> Vec<String> {
    report
        .lines()
        .filter(|line| line.contains(": error"))
        .map(|line| {
            line.split_once(": error")
                .map(|(_, rest)| format!("error{rest}"))
                .unwrap_or_default()
        })
        .collect()
}

/// Makes a FIFO.
pub fn fifo(path: &Path) {
    let status = Command::new("mkfifo").arg(path).status().unwrap();
    assert!(status.success());
}

/// A PNG of `width` × `height` pixels, all grey, written row by row (never whole in memory).
pub fn write_png(path: &Path, width: u32, height: u32) {
    use std::io::Write as _;
    let mut raw = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
    let row: Vec<u8> = std::iter::once(0u8)
        .chain(std::iter::repeat_n(128u8, width as usize * 3))
        .collect();
    for _ in 0..height {
        raw.write_all(&row).unwrap();
    }
    let idat = raw.finish().unwrap();
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&width.to_be_bytes());
    ihdr.extend_from_slice(&height.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    for (kind, data) in [(&b"IHDR"[..], &ihdr[..]), (b"IDAT", &idat), (b"IEND", &[])] {
        png.extend_from_slice(&(data.len() as u32).to_be_bytes());
        let mut crc = flate2::Crc::new();
        crc.update(kind);
        crc.update(data);
        png.extend_from_slice(kind);
        png.extend_from_slice(data);
        png.extend_from_slice(&crc.sum().to_be_bytes());
    }
    std::fs::write(path, png).unwrap();
}
