//! Hostile faults outside the story: a damaged remembered state (`app.ron`, egui's memory, the
//! window's place, this app's own state), damaged `.pmtiles` files, FIFOs where the window
//! reads or writes, and command-line values. Each ends by itself, without a panic, with the
//! exact message a user sees.

#[path = "support/harness.rs"]
#[allow(dead_code)]
mod harness;
#[path = "support/hostile.rs"]
mod hostile;

use std::collections::HashMap;
use std::path::Path;
use std::time::Duration;

use hostile::fifo;
use hungary1956::i18n::Language;
use hungary1956::saved::{Remembered, STORAGE_KEY};
use hungary1956::storage::check_storage_file;

fn now() -> jiff::Timestamp {
    "2026-01-02T03:04:05Z".parse().unwrap()
}

fn write_ron(path: &Path, entries: &[(&str, String)]) {
    let map: HashMap<&str, String> = entries.iter().cloned().collect();
    std::fs::write(path, ron::to_string(&map).unwrap()).unwrap();
}

fn read_ron(path: &Path) -> HashMap<String, String> {
    ron::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn memory(zoom: f32) -> String {
    let mut memory = egui::Memory::default();
    memory.options.zoom_factor = zoom;
    ron::to_string(&memory).unwrap()
}

const STATE: &str = r#"[{"story": null, "time": "1956-10-30T12:00", "select": null,
"center": [47.5, 19.0], "zoom": 7.0, "speed": "HourPerSecond", "looping": false,
"hidden_tracks": [], "map_mode": "SoFar"},
{"story": "/stories/other.json", "time": "1956-11-01T12:00", "select": "x",
"center": [1e308, -1e308], "zoom": 7.0, "speed": "HourPerSecond", "looping": true,
"hidden_tracks": [], "map_mode": "NowOnly"}]"#;

#[test]
fn a_damaged_app_ron_is_set_aside_and_what_was_right_in_it_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("app.ron");
    let aside = dir.path().join("app.ron.bad-20260102T030405Z");
    // All is well: nothing said, nothing moved.
    write_ron(
        &file,
        &[("egui", memory(1.0)), (STORAGE_KEY, "[]".to_owned())],
    );
    let check = check_storage_file(&file, now());
    assert_eq!((check.notice, check.usable), (None, true));

    for (name, zoom) in [("zero", 0.0), ("nan", f32::NAN), ("huge", 1e9)] {
        write_ron(
            &file,
            &[("egui", memory(zoom)), (STORAGE_KEY, "[]".to_owned())],
        );
        let check = check_storage_file(&file, now());
        let notice = check.notice.unwrap().in_language(Language::English);
        assert!(
            notice.starts_with(&format!(
                "The remembered settings were damaged: the zoom factor {zoom} is out of range. The file was set aside as {}",
                aside.display()
            )),
            "{name}: {notice}"
        );
        assert!(aside.exists(), "{name}");
        // The rest is kept; egui's memory goes.
        assert_eq!(
            read_ron(&file).keys().collect::<Vec<_>>(),
            [STORAGE_KEY],
            "{name}"
        );
        std::fs::remove_file(&aside).unwrap();
    }

    // A window far off any screen, and a map centre of 1e308 for another story: only those go,
    // and the other story's state is still there.
    write_ron(
        &file,
        &[
            (
                "window",
                "(inner_position_pixels: Some((x: -1e9, y: 0.0)))".to_owned(),
            ),
            (STORAGE_KEY, STATE.to_owned()),
        ],
    );
    let notice = check_storage_file(&file, now())
        .notice
        .unwrap()
        .in_language(Language::English);
    assert!(
        notice.starts_with(
            "The remembered settings were damaged: the remembered map centre is out of range; the window's place or size holds the number -1000000000, out of range."
        ),
        "{notice}"
    );
    let kept = read_ron(&file);
    let (remembered, problems) = Remembered::parse(&kept[STORAGE_KEY]).unwrap();
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(remembered.states.len(), 2);
    let other = remembered.for_story(Some("/stories/other.json")).unwrap();
    assert_eq!((other.center, other.looping), (None, true));
    assert!(!kept.contains_key("window"));
    std::fs::remove_file(&aside).unwrap();

    // Not RON at all, or a FIFO: set aside whole; the app starts afresh.
    for (name, make) in [
        (
            "garbage",
            Box::new(|f: &Path| std::fs::write(f, "{{{ not ron").unwrap()) as Box<dyn Fn(&Path)>,
        ),
        ("fifo", Box::new(|f: &Path| fifo(f))),
    ] {
        std::fs::remove_file(&file).ok();
        make(&file);
        let started = std::time::Instant::now();
        let check = check_storage_file(&file, now());
        assert!(started.elapsed() < Duration::from_secs(2), "{name}");
        let notice = check.notice.unwrap().in_language(Language::English);
        assert!(notice.contains("set aside as"), "{name}: {notice}");
        assert!(
            notice.ends_with(", and the app starts afresh."),
            "{name}: {notice}"
        );
        assert!(check.usable && aside.exists() && !file.exists(), "{name}");
        std::fs::remove_file(&aside).unwrap();
    }
}

#[test]
fn a_damaged_app_ron_is_told_wholly_in_hungarian() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("app.ron");
    let aside = dir.path().join("app.ron.bad-20260102T030405Z");
    // egui's zoom factor 0, a map zoom of 99, no playback speed, a window far off any screen.
    let state = r#"[{"story": null, "time": "1956-10-30T12:00", "select": null,
        "center": [47.5, 19.0], "zoom": 99.0, "looping": false, "hidden_tracks": [],
        "map_mode": "SoFar"}]"#;
    write_ron(
        &file,
        &[
            ("egui", memory(0.0)),
            (STORAGE_KEY, state.to_owned()),
            (
                "window",
                "(inner_position_pixels: Some((x: -1e9, y: 0.0)))".to_owned(),
            ),
        ],
    );
    let notice = check_storage_file(&file, now()).notice.unwrap();
    let hungarian = notice.in_language(Language::Hungarian);
    assert_eq!(
        hungarian,
        format!(
            "A megőrzött beállítások megsérültek: a felület nagyítása (0) a megengedett \
             tartományon kívül esik; a térkép megőrzött nagyítása a megengedett tartományon \
             kívül esik; hiányzik a megőrzött lejátszási sebesség; az ablak megőrzött helyében \
             vagy méretében túl nagy vagy érvénytelen szám szerepel (-1000000000). A program a \
             fájlt {} néven félretette; a többi megőrzött beállítást használja.",
            aside.display()
        )
    );
    for english in ["out of range", "remembered", "missing", "window", "zoom"] {
        assert!(!hungarian.contains(english), "{english}: {hungarian}");
    }
    // The same notice, shown after a switch to English, is English throughout.
    assert_eq!(
        notice.in_language(Language::English),
        format!(
            "The remembered settings were damaged: the zoom factor 0 is out of range; the \
             remembered map zoom is out of range; the remembered playback speed is missing; the \
             window's place or size holds the number -1000000000, out of range. The file was \
             set aside as {}; the rest of what was remembered is used.",
            aside.display()
        )
    );

    // A file that is not text at all: the reason is Hungarian too.
    std::fs::write(&file, b"\xff\xfe not text").unwrap();
    let aside = dir.path().join("app.ron.bad-20260102T030405Z-1");
    let notice = check_storage_file(&file, now()).notice.unwrap();
    assert_eq!(
        notice.in_language(Language::Hungarian),
        format!(
            "A megőrzött beállítások nem használhatók: a fájl nem UTF-8 kódolású szöveg. A \
             program a fájlt {} néven félretette, és tiszta lappal indul.",
            aside.display()
        )
    );
}

#[test]
fn what_a_real_run_remembers_passes_the_check() {
    // egui's memory after a run that zoomed, opened the help and scrolled, as eframe stores it.
    let mut harness = harness::from_args(&["--select", "radio-siege"]);
    harness.ctx.set_zoom_factor(1.5);
    harness.key_press(egui::Key::F1);
    harness::settle(&mut harness);
    let memory = harness
        .ctx
        .memory(|memory| ron::ser::to_string(memory).unwrap());
    let state = hungary1956::saved::Remembered::default()
        .with(harness.state().saved_state())
        .to_text();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("app.ron");
    write_ron(&file, &[("egui", memory), (STORAGE_KEY, state)]);
    let check = check_storage_file(&file, now());
    assert_eq!((check.notice, check.usable), (None, true));
}

#[test]
fn saving_keeps_the_state_of_other_stories() {
    let (remembered, _) = Remembered::parse(STATE).unwrap();
    let mut mine = remembered.for_story(None).unwrap().clone();
    mine.zoom = Some(9.0);
    let saved = remembered.with(mine);
    assert_eq!(saved.states.len(), 2);
    assert_eq!(saved.states[0].zoom, Some(9.0));
    assert!(saved.for_story(Some("/stories/other.json")).is_some());
}

/// A PMTiles file: the header with `root` (offset, length), then `directory`, then `tiles`.
fn pmtiles(root: Option<(u64, u64)>, directory: &[u8], tiles: &[u8]) -> Vec<u8> {
    let mut header = vec![0u8; 127];
    header[..7].copy_from_slice(b"PMTiles");
    header[7] = 3;
    let dir_at = 127u64;
    let data_at = dir_at + directory.len() as u64;
    let (root_at, root_len) = root.unwrap_or((dir_at, directory.len() as u64));
    for (at, value) in [
        (8, root_at),
        (16, root_len),
        (40, dir_at),
        (48, 0),
        (56, data_at),
        (64, tiles.len() as u64),
    ] {
        header[at..at + 8].copy_from_slice(&value.to_le_bytes());
    }
    header[97] = 1; // directories not compressed
    header[98] = 1; // tiles not compressed
    header[99] = 2; // PNG
    header[101] = 0; // zoom 0 only
    [header, directory.to_vec(), tiles.to_vec()].concat()
}

#[test]
fn damaged_pmtiles_files_are_refused_with_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    let png = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/good/art/picture.png"
    ))
    .unwrap();
    // One entry: tile 0, run 1, length, offset 0 (written +1).
    let one = |len: usize| -> Vec<u8> {
        let mut d = vec![1, 0, 1];
        let mut n = len as u64;
        loop {
            let byte = (n & 0x7f) as u8;
            n >>= 7;
            d.push(if n > 0 { byte | 0x80 } else { byte });
            if n == 0 {
                break;
            }
        }
        d.push(1);
        d
    };
    let good = pmtiles(None, &one(png.len()), &png);
    let path = dir.path().join("good.pmtiles");
    std::fs::write(&path, &good).unwrap();
    assert_eq!(hungary1956::map::check_pmtiles(&path), Ok((0, 0)));
    assert!(matches!(
        hungary1956::map::read_pmtiles_tile(&path, 0, 0, 0),
        Ok(Some(_))
    ));

    // A tile whose header claims 11000 × 11000 pixels.
    let mut bomb = png.clone();
    bomb[16..20].copy_from_slice(&11000u32.to_be_bytes());
    bomb[20..24].copy_from_slice(&11000u32.to_be_bytes());
    let mut crc = flate2::Crc::new();
    crc.update(&bomb[12..29]);
    bomb[29..33].copy_from_slice(&crc.sum().to_be_bytes());
    std::fs::write(&path, pmtiles(None, &one(bomb.len()), &bomb)).unwrap();
    let err = hungary1956::map::read_pmtiles_tile(&path, 0, 0, 0).unwrap_err();
    assert!(
        err.to_string().starts_with("a tile cannot be shown"),
        "{err}"
    );
    assert!(
        err.in_language(Language::Hungarian)
            .starts_with("egyik csempéje nem jeleníthető meg: "),
        "{err}"
    );

    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "root offset 0",
            pmtiles(Some((0, 10)), &one(4), b"tile"),
            "its header places the root directory at 0 + 10 bytes, outside the file's",
        ),
        (
            "huge root",
            pmtiles(Some((127, u64::MAX)), &one(4), b"tile"),
            "its header places the root directory at 127 + 18446744073709551615 bytes",
        ),
        (
            "2^40 entries",
            pmtiles(None, &[0x80, 0x80, 0x80, 0x80, 0x80, 0x20, 0, 0], b""),
            "a directory claims 1099511627776 entries; at most 500000 are read",
        ),
        (
            "not pmtiles",
            b"hello, this is not a tile archive at all".repeat(4),
            "it is not a PMTiles file",
        ),
        (
            "short",
            b"PMTiles".to_vec(),
            "it is too short to be a PMTiles file",
        ),
    ];
    for (name, bytes, expected) in cases {
        std::fs::write(&path, bytes).unwrap();
        let err = hungary1956::map::check_pmtiles(&path)
            .unwrap_err()
            .to_string();
        assert!(err.starts_with(expected), "{name}: {err}");
    }
    let pipe = dir.path().join("pipe.pmtiles");
    fifo(&pipe);
    let err = hungary1956::map::check_pmtiles(&pipe).unwrap_err();
    assert_eq!(err.to_string(), "the file is a FIFO, not a regular file");
    assert_eq!(
        err.in_language(Language::Hungarian),
        "a fájl nem közönséges fájl, hanem FIFO (névvel ellátott csővezeték)"
    );
}

#[test]
fn fifos_and_damaged_files_in_the_window_never_hang_or_crash_it() {
    let dir = tempfile::tempdir().unwrap();
    let story = dir.path().join("story.json");
    fifo(&story);
    let tiles = dir.path().join("tiles.pmtiles");
    std::fs::write(&tiles, pmtiles(Some((0, 10)), &[1, 0, 1, 4, 1], b"tile")).unwrap();
    let out = dir.path().join("out.png");
    let run = hostile::window(
        &[
            "--story",
            story.to_str().unwrap(),
            "--pmtiles",
            tiles.to_str().unwrap(),
        ],
        &out,
    );
    run.within_budget("fifo story and damaged tiles");
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(out.exists());
    // A FIFO as the screenshot: refused, not waited on.
    let pipe = dir.path().join("shot.png");
    fifo(&pipe);
    let run = hostile::window(&[], &pipe);
    run.within_budget("fifo screenshot");
    assert_eq!(run.code, Some(1));
    assert!(
        run.stderr.contains(&format!(
            "--screenshot: cannot save {}: it is a FIFO, not a regular file",
            pipe.display()
        )),
        "{}",
        run.stderr
    );
}

#[test]
fn command_line_errors_name_the_option() {
    for (args, expected) in [
        (
            &["--zoom", "-5"][..],
            "invalid value '-5' for '--zoom <ZOOM>': zoom -5 is outside 2..=17",
        ),
        (
            &["--zoom", "NaN"],
            "invalid value 'NaN' for '--zoom <ZOOM>': zoom NaN is outside 2..=17",
        ),
        (
            &["--size", "-5x10"],
            "invalid value '-5x10' for '--size <WxH>': bad width in \"-5x10\"",
        ),
        (
            &["--center", "1e308,0"],
            "invalid value '1e308,0' for '--center <LAT,LON>'",
        ),
        (
            &["--select", "\u{1b}[2J"],
            "--select \\u{1b}[2J: no event or place has this id",
        ),
        (&["--at", "-1"], "--at -1: \"-1\" is not a time"),
    ] {
        let outcome = hostile::run(hostile::app(args), hostile::TIME_BUDGET, true);
        outcome.within_budget(expected);
        assert_ne!(outcome.code, Some(0));
        assert!(
            outcome.stderr.contains(expected),
            "{args:?}: {}",
            outcome.stderr
        );
        assert!(!outcome.stderr.contains('\u{1b}'), "{args:?}");
    }
}
