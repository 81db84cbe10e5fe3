//! Film export: the frames' times; requests that cannot be carried out (each a clear error,
//! exit 1, nothing written); and the real binary under Xvfb, offline, exporting PNG frames, a
//! GIF and (where ffmpeg is installed, as on CI) an MP4 of a short range, checked against a
//! screenshot and against the story.
//!
//! Needs what `tests/window.rs` needs: `xvfb-run` and `unshare` (util-linux).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use hungary1956::export::{ExportError, ExportPlan, FilmFormat, parse_step};
use jiff::{SignedDuration, Timestamp};

const EXE: &str = env!("CARGO_BIN_EXE_hungary1956");
/// A short range in which events begin (the evening of 23 October).
const FROM: &str = "1956-10-23T15:00";
const TO: &str = "1956-10-23T21:00";
const STEP: &str = "1h";
const SIZE: (u32, u32) = (960, 540);
/// The timeline's panel at the bottom (200 points): its cursor moves in every frame.
const TIMELINE_HEIGHT: u32 = 200;

fn scratch(name: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("hungary1956-export-{name}-{}", std::process::id()));
    std::fs::remove_dir_all(&dir).ok();
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn ts(text: &str) -> Timestamp {
    let story = hungary1956::story::load_default().unwrap().story;
    story.clock.parse(text).unwrap().0
}

#[test]
fn frame_k_is_exactly_from_plus_k_steps() {
    let (from, to) = (ts("1956-10-23T00:00"), ts("1956-11-04T23:59"));
    let step = parse_step("7h 30m").unwrap();
    assert_eq!(step, SignedDuration::from_mins(450));
    let plan = ExportPlan::new("a.gif".into(), (from, to), step, 10, SIZE, ["", "", ""]).unwrap();
    let times = plan.frame_times();
    assert_eq!(times.len(), plan.frame_count());
    for (k, at) in times.iter().enumerate() {
        let expected = from + SignedDuration::from_mins(450 * k as i64);
        assert_eq!(*at, expected, "frame {k}");
        assert!(*at <= to);
    }
    // The next one would be after the end.
    let after = from + SignedDuration::from_mins(450 * times.len() as i64);
    assert!(after > to);
    // An end that falls exactly on a frame is that frame.
    let plan = ExportPlan::new(
        "a.gif".into(),
        (from, from + step * 4),
        step,
        10,
        SIZE,
        ["", "", ""],
    );
    assert_eq!(plan.unwrap().frame_count(), 5);
}

#[test]
fn steps_are_read_in_friendly_words_and_a_day_is_24_hours() {
    assert_eq!(parse_step("1h").unwrap(), SignedDuration::from_hours(1));
    assert_eq!(parse_step("30m").unwrap(), SignedDuration::from_mins(30));
    assert_eq!(parse_step("1d").unwrap(), SignedDuration::from_hours(24));
    assert_eq!(parse_step("PT6H").unwrap(), SignedDuration::from_hours(6));
    assert!(matches!(
        parse_step("0h"),
        Err(ExportError::StepNotPositive { .. })
    ));
    assert!(matches!(
        parse_step("-1h"),
        Err(ExportError::StepNotPositive { .. })
    ));
    assert!(matches!(
        parse_step("1mo"),
        Err(ExportError::BadStep { .. })
    ));
    assert!(matches!(
        parse_step("soon"),
        Err(ExportError::BadStep { .. })
    ));
}

#[test]
fn the_format_follows_the_name() {
    let dir = scratch("format");
    assert_eq!(
        FilmFormat::of_path(Path::new("a.GIF")).unwrap(),
        FilmFormat::Gif
    );
    assert_eq!(
        FilmFormat::of_path(Path::new("a.mp4")).unwrap(),
        FilmFormat::Mp4
    );
    assert_eq!(
        FilmFormat::of_path(Path::new("frames")).unwrap(),
        FilmFormat::PngFrames
    );
    assert_eq!(
        FilmFormat::of_path(Path::new("frames.d/")).unwrap(),
        FilmFormat::PngFrames
    );
    assert_eq!(FilmFormat::of_path(&dir).unwrap(), FilmFormat::PngFrames);
    assert!(matches!(
        FilmFormat::of_path(Path::new("a.webm")),
        Err(ExportError::UnknownExtension { .. })
    ));
    std::fs::remove_dir_all(&dir).ok();
}

/// Runs `hungary1956 export` without a window (for requests refused before one opens).
fn export_now(args: &[&str]) -> Output {
    Command::new(EXE).arg("export").args(args).output().unwrap()
}

#[test]
fn a_bad_request_is_refused_in_the_films_language() {
    let dir = scratch("hungarian");
    let gif = dir.join("film.gif").display().to_string();
    let output = export_now(&[
        &gif,
        "--step",
        "1h",
        "--lang",
        "hu",
        "--from",
        "1956-11-04T00:00",
        "--to",
        "1956-11-03T00:00",
    ]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("--from 1956-11-04T00:00 nem korábbi, mint --to 1956-11-03T00:00"),
        "{stderr}"
    );
    let output = export_now(&[&gif, "--step", "0h", "--lang", "hu"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("nullánál hosszabbnak"), "{stderr}");
    assert!(!dir.join("film.gif").exists());
}

#[test]
fn bad_requests_are_refused_with_a_clear_error_and_nothing_is_written() {
    let dir = scratch("bad");
    let out = |name: &str| dir.join(name).display().to_string();
    let gif = out("film.gif");
    let cases: Vec<(Vec<String>, &str)> = vec![
        (
            vec![out("film.webm"), "--step".into(), "1h".into()],
            "unknown film format .webm",
        ),
        (
            vec![
                gif.clone(),
                "--from".into(),
                "1956-11-01T00:00".into(),
                "--to".into(),
                "1956-10-30T00:00".into(),
                "--step".into(),
                "1h".into(),
            ],
            "--from 1956-11-01T00:00 is not before --to 1956-10-30T00:00",
        ),
        (
            vec![
                gif.clone(),
                "--from".into(),
                FROM.into(),
                "--to".into(),
                FROM.into(),
                "--step".into(),
                "1h".into(),
            ],
            "is not before --to",
        ),
        (
            vec![gif.clone(), "--step".into(), "0m".into()],
            "--step 0m: the step must be longer than zero",
        ),
        (
            vec![gif.clone(), "--step".into(), "-2h".into()],
            "--step -2h: the step must be longer than zero",
        ),
        (
            vec![gif.clone(), "--step".into(), "1m".into()],
            "frames: more than 10000",
        ),
        (
            vec![
                gif.clone(),
                "--step".into(),
                "1h".into(),
                "--fps".into(),
                "0".into(),
            ],
            "--fps 0",
        ),
        (
            vec![gif.clone(), "--step".into(), "fortnight".into()],
            "--step fortnight",
        ),
        (
            vec![
                gif.clone(),
                "--from".into(),
                "1848-03-15T00:00".into(),
                "--step".into(),
                "1h".into(),
            ],
            "outside the story",
        ),
        (
            vec![
                dir.join("missing/film.gif").display().to_string(),
                "--step".into(),
                "1h".into(),
            ],
            "the folder does not exist",
        ),
        // A file where a folder should be.
        (
            vec![
                dir.join("film.gif/inside.gif").display().to_string(),
                "--step".into(),
                "1h".into(),
            ],
            "cannot write",
        ),
    ];
    // A file named film.gif makes the last case's folder a file.
    std::fs::write(dir.join("film.gif"), b"not a folder").unwrap();
    for (args, expected) in cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let output = export_now(&args);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{args:?}: {stderr}");
        assert!(
            stderr.contains(expected),
            "{args:?}: expected {expected:?} in {stderr}"
        );
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
    std::fs::remove_file(dir.join("film.gif")).unwrap();
    let left: Vec<_> = std::fs::read_dir(&dir).unwrap().collect();
    assert!(left.is_empty(), "left behind: {left:?}");
    std::fs::remove_dir_all(&dir).ok();
}

/// Whether the tests run as root (then `unshare` needs no user namespace).
fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|out| out.stdout.trim_ascii() == b"0")
}

/// `sh -c script` without network, under Xvfb (`$X` runs a command in a virtual screen).
fn offline_shell(script: &str, mount_namespace: bool) -> Output {
    assert!(
        Command::new("xvfb-run").arg("--help").output().is_ok(),
        "xvfb-run is missing: install it with the README's system-package line"
    );
    let mut command = Command::new("unshare");
    if !is_root() {
        command.arg("-r");
    }
    command.arg("-n");
    if mount_namespace {
        command.arg("-m");
    }
    command
        .args(["sh", "-c", script])
        .env("X", "xvfb-run -a -s '-screen 0 1920x1080x24'")
        .env("EXE", EXE)
        .env("LIBGL_ALWAYS_SOFTWARE", "1")
        .output()
        .expect("unshare is missing: install Debian's util-linux")
}

/// Runs the app under Xvfb with `args`.
fn run_app(args: &[String]) -> Output {
    let quoted: Vec<String> = args.iter().map(|a| format!("'{a}'")).collect();
    offline_shell(&format!("eval \"$X\" \"$EXE\" {}", quoted.join(" ")), false)
}

fn export_args(out: &Path) -> Vec<String> {
    let (w, h) = SIZE;
    [
        "export",
        &out.display().to_string(),
        "--from",
        FROM,
        "--to",
        TO,
        "--step",
        STEP,
    ]
    .into_iter()
    .map(str::to_owned)
    .chain(["--size".to_owned(), format!("{w}x{h}")])
    .collect()
}

fn assert_ok(output: &Output, what: &str) {
    assert!(
        output.status.success(),
        "{what} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// The GIF's frames, composed (each frame paints its rectangle over the one before, its
/// transparent pixels keeping what was there), and whether it loops forever.
fn gif_frames(path: &Path) -> (Vec<image::RgbaImage>, bool) {
    let mut options = gif::DecodeOptions::new();
    options.set_color_output(gif::ColorOutput::RGBA);
    let mut decoder = options
        .read_info(std::fs::File::open(path).unwrap())
        .unwrap();
    let (w, h) = (u32::from(decoder.width()), u32::from(decoder.height()));
    let mut canvas = image::RgbaImage::new(w, h);
    let mut frames = Vec::new();
    while let Some(frame) = decoder.read_next_frame().unwrap() {
        for y in 0..u32::from(frame.height) {
            for x in 0..u32::from(frame.width) {
                let i = ((y * u32::from(frame.width) + x) * 4) as usize;
                let pixel = &frame.buffer[i..i + 4];
                if pixel[3] != 0 {
                    let (cx, cy) = (x + u32::from(frame.left), y + u32::from(frame.top));
                    canvas.put_pixel(cx, cy, image::Rgba([pixel[0], pixel[1], pixel[2], 255]));
                }
            }
        }
        frames.push(canvas.clone());
    }
    (frames, decoder.repeat() == gif::Repeat::Infinite)
}

/// Mean difference per channel (0–255) between two images of one size.
fn mean_difference(a: &image::RgbaImage, b: &image::RgbaImage) -> f64 {
    assert_eq!(a.dimensions(), b.dimensions());
    let total: u64 = a
        .as_raw()
        .iter()
        .zip(b.as_raw())
        .map(|(&p, &q)| u64::from(p.abs_diff(q)))
        .sum();
    total as f64 / a.as_raw().len() as f64
}

/// The part of a frame above the timeline (map and detail panel).
fn above_timeline(image: &image::RgbaImage) -> image::RgbaImage {
    let (w, h) = image.dimensions();
    image::imageops::crop_imm(image, 0, 0, w, h - TIMELINE_HEIGHT).to_image()
}

#[test]
fn png_frames_and_a_gif_show_the_range_frame_by_frame() {
    if !cfg!(target_os = "linux") {
        println!("skipped: Xvfb and network namespaces exist only on Linux");
        return;
    }
    let dir = scratch("e2e");
    let frames_dir = dir.join("frames");
    let gif_path = dir.join("film.gif");
    let shot = dir.join("shot.png");
    assert_ok(&run_app(&export_args(&frames_dir)), "the PNG export");
    assert_ok(&run_app(&export_args(&gif_path)), "the GIF export");
    let (w, h) = SIZE;
    let screenshot_args: Vec<String> = [
        "--at",
        FROM,
        "--screenshot",
        &shot.display().to_string(),
        "--size",
        &format!("{w}x{h}"),
    ]
    .into_iter()
    .map(str::to_owned)
    .collect();
    assert_ok(&run_app(&screenshot_args), "the screenshot");

    // Frames 15:00, 16:00, … 21:00.
    let story = hungary1956::story::load_default().unwrap().story;
    let times: Vec<Timestamp> = (0..7)
        .map(|k| ts(FROM) + SignedDuration::from_hours(k))
        .collect();
    let mut names: Vec<String> = std::fs::read_dir(&frames_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let expected: Vec<String> = (0..times.len())
        .map(|k| format!("frame-{k:05}.png"))
        .collect();
    assert_eq!(
        names, expected,
        "exactly the frames, nothing else left in the folder"
    );
    let pngs: Vec<image::RgbaImage> = names
        .iter()
        .map(|name| image::open(frames_dir.join(name)).unwrap().to_rgba8())
        .collect();
    for png in &pngs {
        assert_eq!(png.dimensions(), SIZE);
    }
    // Frame 0 is what --screenshot --at FROM shows, pixel for pixel.
    let screenshot = image::open(&shot).unwrap().to_rgba8();
    assert_eq!(
        mean_difference(&pngs[0], &screenshot),
        0.0,
        "frame 0 differs from the screenshot"
    );

    // Where an event begins between two frames, the map or the detail panel changes.
    let mut checked = 0;
    for k in 1..times.len() {
        let begins = story
            .events
            .iter()
            .any(|e| e.start > times[k - 1] && e.start <= times[k]);
        if begins {
            checked += 1;
            let change = mean_difference(&above_timeline(&pngs[k - 1]), &above_timeline(&pngs[k]));
            assert!(
                change > 0.05,
                "frame {k}: an event begins but the view is unchanged ({change})"
            );
        }
    }
    assert!(
        checked >= 2,
        "the range should have events beginning in it ({checked})"
    );

    // The GIF: the same frames (up to its 256 colours a frame), looping.
    let (gif_frames, loops) = gif_frames(&gif_path);
    assert!(loops, "the GIF does not loop");
    assert_eq!(gif_frames.len(), pngs.len());
    for (k, (gif, png)) in gif_frames.iter().zip(&pngs).enumerate() {
        assert_eq!(gif.dimensions(), SIZE);
        let difference = mean_difference(gif, png);
        assert!(
            difference < 2.0,
            "GIF frame {k} is not the PNG frame ({difference})"
        );
    }
    // Frames after the first are only the rectangle that changed: much smaller than a full one.
    let size = std::fs::metadata(&gif_path).unwrap().len();
    assert!(size < 1_500_000, "the GIF is {size} bytes");
    let left: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|n| n.to_string_lossy().starts_with('.'))
        .collect();
    assert!(left.is_empty(), "temporary files left: {left:?}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_film_honours_now_only_and_the_hidden_tracks() {
    if !cfg!(target_os = "linux") {
        println!("skipped: Xvfb and network namespaces exist only on Linux");
        return;
    }
    let dir = scratch("view");
    let (w, h) = SIZE;
    let size = format!("{w}x{h}");
    let at = "1956-11-01T21:00";
    let view = ["--show", "now-only", "--hide-track", "streets"];
    let owned = |args: &[&str]| -> Vec<String> { args.iter().map(|a| (*a).to_owned()).collect() };
    let frames = dir.join("frames");
    let frames_text = frames.display().to_string();
    let export = [
        &[
            "export",
            &frames_text,
            "--from",
            at,
            "--to",
            "1956-11-01T21:30",
            "--step",
            "1h",
        ][..],
        &["--size", &size][..],
        &view[..],
    ]
    .concat();
    assert_ok(&run_app(&owned(&export)), "the export");
    let shot = |name: &str, extra: &[&str]| {
        let path = dir.join(name);
        let path_text = path.display().to_string();
        let args = [
            &["--at", at, "--size", &size, "--screenshot", &path_text][..],
            extra,
        ]
        .concat();
        assert_ok(&run_app(&owned(&args)), name);
        image::open(&path).unwrap().to_rgba8()
    };
    let frame = image::open(frames.join("frame-00000.png"))
        .unwrap()
        .to_rgba8();
    assert_eq!(
        mean_difference(&frame, &shot("view.png", &view)),
        0.0,
        "the film's frame is not what the window shows with the same options"
    );
    let everything = shot("everything.png", &[]);
    assert!(
        mean_difference(&above_timeline(&frame), &above_timeline(&everything)) > 0.05,
        "now-only with a track hidden looks like everything so far"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn an_mp4_is_h264_in_yuv420p_when_ffmpeg_is_installed() {
    if Command::new("ffmpeg").arg("-version").output().is_err() {
        println!("skipped: ffmpeg is not installed (CI installs it)");
        return;
    }
    let dir = scratch("mp4");
    let mp4 = dir.join("film.mp4");
    assert_ok(&run_app(&export_args(&mp4)), "the MP4 export");
    let probe = Command::new("ffprobe")
        .args(["-v", "error", "-select_streams", "v:0", "-count_frames"])
        .args([
            "-show_entries",
            "stream=codec_name,pix_fmt,width,height,nb_read_frames",
        ])
        .args(["-of", "default=noprint_wrappers=1"])
        .arg(&mp4)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&probe.stdout);
    for line in [
        "codec_name=h264",
        "pix_fmt=yuv420p",
        "width=960",
        "height=540",
        "nb_read_frames=7",
    ] {
        assert!(text.contains(line), "expected {line} in {text}");
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn an_mp4_without_ffmpeg_names_the_debian_package() {
    let dir = scratch("no-ffmpeg");
    let output = Command::new(EXE)
        .args([
            "export",
            &dir.join("film.mp4").display().to_string(),
            "--step",
            "6h",
        ])
        .env("PATH", &dir)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("apt install ffmpeg"), "{stderr}");
    let left: Vec<_> = std::fs::read_dir(&dir).unwrap().collect();
    assert!(left.is_empty(), "left behind: {left:?}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_full_disk_is_an_error_and_leaves_nothing_behind() {
    if !cfg!(target_os = "linux") {
        println!("skipped: mount namespaces exist only on Linux");
        return;
    }
    // A 64 KiB disk of its own (tmpfs in a private mount namespace): the GIF cannot fit.
    let dir = scratch("full");
    let script = format!(
        "mount -t tmpfs -o size=64k tmpfs '{d}' || exit 99; \
         eval \"$X\" \"$EXE\" export '{d}/film.gif' --from {FROM} --to {TO} --step {STEP} --size 960x540; \
         echo \"exit=$?\"; ls -A '{d}'",
        d = dir.display()
    );
    let output = offline_shell(&script, true);
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_ne!(
        output.status.code(),
        Some(99),
        "cannot mount a tmpfs: {stderr}"
    );
    assert!(stdout.contains("exit=1"), "{stdout}\n{stderr}");
    assert!(stderr.contains("the disk is full"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    let listed: Vec<&str> = stdout.lines().filter(|l| !l.starts_with("exit=")).collect();
    assert!(listed.is_empty(), "left on the full disk: {listed:?}");
    std::fs::remove_dir_all(&dir).ok();
}

#[path = "support/harness.rs"]
mod support;

#[test]
fn the_export_window_opens_from_the_file_menu_on_the_timelines_visible_span() {
    use egui_kittest::kittest::Queryable as _;
    let mut harness = support::from_args(&[]);
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Export film…").click();
    support::settle(&mut harness);
    let (from, to) = harness.state().timeline_visible();
    let clock = harness.state().story().clock.clone();
    let (from_text, to_text) = (clock.format_input(from), clock.format_input(to));
    assert!(harness.query_all_by_value(&from_text).next().is_some());
    assert!(harness.query_all_by_value(&to_text).next().is_some());
    // One frame an hour over the span (the fields hold it to the minute).
    let (from, to) = (
        clock.parse(&from_text.replace(' ', "T")).unwrap().0,
        clock.parse(&to_text.replace(' ', "T")).unwrap().0,
    );
    let plan = ExportPlan::new(
        "a.gif".into(),
        (from, to),
        SignedDuration::from_hours(1),
        10,
        SIZE,
        ["", "", ""],
    )
    .unwrap();
    let frames = plan.frame_count();
    let seconds = (frames as f64 / 10.0).ceil();
    harness.get_by_label(&format!("{frames} frames, a film of {seconds} s."));
    harness.get_by_label("Export");
}

#[test]
fn the_export_window_makes_the_film_with_progress_and_the_app_keeps_running() {
    use egui::accesskit::Role;
    use egui_kittest::kittest::{NodeT as _, Queryable as _};
    let dir = scratch("window");
    // The window runs the real program (under a virtual X server of its own, as a desktop
    // would give it a screen) in place of the test binary.
    let runner = dir.join("hungary1956-under-xvfb");
    std::fs::write(
        &runner,
        format!(
            "#!/bin/sh\nprintf '%s\\n' \"$@\" > '{}'\nLIBGL_ALWAYS_SOFTWARE=1 exec xvfb-run -a -s '-screen 0 1920x1080x24' '{EXE}' \"$@\"\n",
            dir.join("args.txt").display()
        ),
    )
    .unwrap();
    #[cfg(unix)]
    std::fs::set_permissions(&runner, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let cli = <hungary1956::cli::Cli as clap::Parser>::parse_from(["hungary1956", "--lang", "en"]);
    let mut startup = hungary1956::Startup::from_cli(&cli).unwrap();
    startup.exporter = Some(runner);
    let mut harness = support::build(startup);
    // The film shows what the window shows: only what is happening, one track hidden.
    harness.get_by_label("Now only").click();
    harness.get_by_label("Streets and towns (shown)").click();
    support::settle(&mut harness);
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Export film…").click();
    support::settle(&mut harness);
    let film = dir.join("window.gif");
    for (field, value) in [
        ("From", "1956-10-23 15:00"),
        ("To", "1956-10-23 18:00"),
        ("Size (pixels)", "640x360"),
        ("Save to", film.to_str().unwrap()),
    ] {
        harness
            .get_by_role_and_label(Role::TextInput, field)
            .focus();
        harness.run();
        harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
        harness
            .get_by_role_and_label(Role::TextInput, field)
            .type_text(value);
        harness.run();
    }
    harness.get_by_label("4 frames, a film of 1 s.");
    harness.get_by_label("Export").click();
    // The app goes on drawing frames while the film is made in its own process; the window
    // shows the progress, then where the film is.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(180);
    let mut saw_progress = false;
    loop {
        harness.run_ok();
        saw_progress |= harness
            .query_all_by_role(Role::ProgressIndicator)
            .next()
            .is_some();
        let saved = harness.root().children_recursive().any(|node| {
            let node = node.accesskit_node();
            node.label()
                .or_else(|| node.value())
                .is_some_and(|text| text.starts_with("Saved: ") && text.ends_with("window.gif"))
        });
        if saved {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the export from the window never finished"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert!(saw_progress, "no progress bar while the film was made");
    let decoder = gif::DecodeOptions::new()
        .read_info(std::fs::File::open(&film).unwrap())
        .unwrap();
    assert_eq!((decoder.width(), decoder.height()), (640, 360));
    let frames = {
        let mut decoder = decoder;
        let mut n = 0;
        while decoder.read_next_frame().unwrap().is_some() {
            n += 1;
        }
        n
    };
    assert_eq!(frames, 4);
    let args = std::fs::read_to_string(dir.join("args.txt")).unwrap();
    let args: Vec<&str> = args.lines().collect();
    for pair in [["--show", "now-only"], ["--hide-track", "streets"]] {
        assert!(
            args.windows(2).any(|w| w == pair),
            "the film is not asked for {pair:?}: {args:?}"
        );
    }
}
