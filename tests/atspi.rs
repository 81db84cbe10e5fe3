//! The app as a screen reader meets it: the real binary under Xvfb, with the AT-SPI bus on in
//! a private D-Bus session, read and used over AT-SPI by `tests/atspi/screen_reader.py` (as
//! Orca would): the markers and the timeline must have their names, and a screen reader's
//! "click" on an event and on the next-event button must move the time, and the language
//! menu must switch what is read out to Hungarian.
//!
//! Needs, on Linux: `dbus-run-session` (Debian's `dbus`), `at-spi2-core`, `python3-dbus`,
//! and `xvfb-run` (Debian's `xvfb`). A missing one fails the test and says what to install;
//! only where there is no AT-SPI at all (macOS, Windows) does the test print why it skips.

use std::process::Command;

#[test]
fn a_screen_reader_reads_the_map_and_the_timeline_and_moves_the_time() {
    if !cfg!(target_os = "linux") {
        println!("skipped: AT-SPI and Xvfb exist only on Linux");
        return;
    }
    let here = env!("CARGO_MANIFEST_DIR");
    let out = tempfile::NamedTempFile::new().expect("a temporary file");
    let err = tempfile::NamedTempFile::new().expect("a temporary file");
    // Output goes to files, not pipes: a process the session leaves behind cannot hold it.
    let status = Command::new("timeout")
        .args(["-k", "5", "150", "dbus-run-session", "--", "bash"])
        .arg(format!("{here}/tests/atspi/run.sh"))
        .arg(env!("CARGO_BIN_EXE_hungary1956"))
        .stdout(out.reopen().expect("reopen"))
        .stderr(err.reopen().expect("reopen"))
        .status()
        .expect("dbus-run-session (Debian's dbus) and timeout (coreutils) are needed");
    let stdout = std::fs::read_to_string(out.path()).unwrap_or_default();
    let stderr = std::fs::read_to_string(err.path()).unwrap_or_default();
    assert!(
        status.success(),
        "the screen-reader run failed ({status}); it needs at-spi2-core, python3-dbus and xvfb:\n{stderr}"
    );
    let report = stdout.lines().last().unwrap_or_default();
    let read: serde_json::Value =
        serde_json::from_str(report).unwrap_or_else(|e| panic!("{e}: {stdout}"));
    let labels: Vec<&str> = read["labels"]
        .as_array()
        .expect("labels")
        .iter()
        .filter_map(|l| l.as_str())
        .collect();
    assert!(
        read["nodes"].as_u64().unwrap_or(0) > 100,
        "{}",
        read["nodes"]
    );
    // The map's markers, by name; the timeline with the time; the overview's title.
    for name in [
        "Budapest",
        "Moscow",
        "Warsaw",
        "Hungary 1956: thirteen days",
        "Copy link",
    ] {
        assert!(
            labels.contains(&name),
            "{name:?} is not read out: {labels:?}"
        );
    }
    assert_eq!(read["timeline"], "Timeline: Tue 23 Oct 1956, 00:00");
    // A "click" on the first event moves the time to it; the next-event button steps on.
    assert_eq!(read["after_select"], "Timeline: Tue 23 Oct 1956, 15:00");
    let stepped = read["after_step"].as_str().unwrap_or_default();
    assert!(
        stepped.starts_with("Timeline: ") && stepped != "Timeline: Tue 23 Oct 1956, 15:00",
        "{stepped}"
    );
    // The language menu, used through AT-SPI, switches the tree to Hungarian: the story's
    // title, the markers' names and the menus.
    let hungarian: Vec<&str> = read["hungarian_labels"]
        .as_array()
        .unwrap_or_else(|| panic!("the language menu could not be used: {read}"))
        .iter()
        .filter_map(|l| l.as_str())
        .collect();
    for name in [
        "Nyelv",
        "Magyar Rádió, Bródy Sándor utca",
        "Országház (Parlament)",
    ] {
        assert!(
            hungarian.contains(&name),
            "{name:?} is not read out in Hungarian: {hungarian:?}"
        );
    }
    assert!(
        !hungarian.contains(&"Hungarian Radio, Bródy Sándor utca"),
        "English is left: {hungarian:?}"
    );
    // The time stays where it was, now written the Hungarian way.
    let time = stepped.trim_start_matches("Timeline: ");
    let (_, clock) = time.rsplit_once(", ").unwrap_or_default();
    let timeline = hungarian
        .iter()
        .find(|l| l.contains("1956. október 23., kedd"))
        .unwrap_or_else(|| panic!("no Hungarian date is read out: {hungarian:?}"));
    assert!(timeline.ends_with(clock), "{timeline} is not at {clock}");
}
