//! Hostile story files, generated here, each given to the real `check` binary: it must end by
//! itself, without a panic, within 5 s and 500 MB, and say exactly what is wrong. The kinds:
//! devices and FIFOs, growth past every limit (and every documented maximum itself, which
//! must pass), links and paths out of the story's folder, encodings, duplicate keys,
//! terminal escapes, and time zones that only the system's database has.

#[path = "support/hostile.rs"]
mod hostile;

use std::path::Path;

use hostile::{check, errors, event, fifo, story, write_png};

/// Writes `text` as `name` in `dir` and checks it: exactly `expected` errors.
fn case(dir: &Path, name: &str, text: &[u8], expected: &[&str]) {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    expect(&path, name, expected);
}

fn expect(path: &Path, name: &str, expected: &[&str]) {
    let outcome = check(path);
    outcome.within_budget(name);
    let got = errors(&outcome.stdout);
    assert_eq!(got, expected, "{name}:\n{}", outcome.stdout);
    let code = if expected.is_empty() { 0 } else { 1 };
    assert_eq!(outcome.code, Some(code), "{name}: {}", outcome.stdout);
}

#[test]
fn devices_fifos_and_folders_are_refused_without_waiting() {
    let dir = tempfile::tempdir().unwrap();
    let pipe = dir.path().join("story.json");
    fifo(&pipe);
    expect(
        &pipe,
        "fifo",
        &["error: the file is a FIFO, not a regular file"],
    );
    expect(
        Path::new("/dev/zero"),
        "dev-zero",
        &["error: the file is a device, not a regular file"],
    );
    expect(
        dir.path(),
        "folder",
        &["error: the file is a folder, not a regular file"],
    );
    // A picture that is a FIFO, and one that is a 2 GB sparse file: warnings, read no further.
    std::fs::create_dir(dir.path().join("art")).unwrap();
    fifo(&dir.path().join("art/pipe.png"));
    let sparse = std::fs::File::create(dir.path().join("art/huge.png")).unwrap();
    sparse.set_len(2 << 30).unwrap();
    let art = |id: &str, file: &str| {
        event(
            id,
            &format!(r#""artwork": {{"file": "{file}", "alt": "A", "credit": "B"}},"#),
        )
    };
    let text = story(
        r#""asset_root": "art","#,
        "",
        &[art("a", "pipe.png"), art("b", "huge.png")].join(","),
    );
    let path = dir.path().join("pictures.json");
    std::fs::write(&path, text).unwrap();
    let outcome = check(&path);
    outcome.within_budget("pictures");
    assert_eq!(outcome.code, Some(0), "{}", outcome.stdout);
    assert!(
        outcome.stdout.contains(
            "warning at events[0].artwork.file: artwork \"pipe.png\" is a FIFO, not a regular file"
        ),
        "{}",
        outcome.stdout
    );
    assert!(
        outcome.stdout.contains(
            "artwork \"huge.png\" is 2147483648 bytes; pictures may be at most 67108864 bytes"
        ),
        "{}",
        outcome.stdout
    );
}

#[cfg(unix)]
#[test]
fn asset_folders_and_pictures_stay_inside_the_story_folder() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let root = |value: &str| story(&format!(r#""asset_root": {value},"#), "", &event("a", ""));
    let root_error = |text: &str| format!("error at asset_root: the asset folder {text}");
    for (name, value, expected) in [
        (
            "absolute.json",
            r#""/""#,
            r#""/" is neither inside the story's folder nor beside it (an absolute path, or '..' more than once)"#,
        ),
        (
            "dev.json",
            r#""/dev""#,
            r#""/dev" is neither inside the story's folder nor beside it (an absolute path, or '..' more than once)"#,
        ),
        (
            "up.json",
            r#""../..""#,
            r#""../.." is neither inside the story's folder nor beside it (an absolute path, or '..' more than once)"#,
        ),
        (
            "file.json",
            r#""file.json""#,
            r#""file.json" is a file, not a folder"#,
        ),
        (
            "missing.json",
            r#""nowhere""#,
            r#""nowhere" does not exist"#,
        ),
    ] {
        case(d, name, root(value).as_bytes(), &[&root_error(expected)]);
    }
    std::os::unix::fs::symlink("/etc", d.join("etc-link")).unwrap();
    case(
        d,
        "link.json",
        root(r#""etc-link""#).as_bytes(),
        &[&root_error(
            r#""etc-link" leads outside the story's folder (through a link)"#,
        )],
    );
    let art = |file: &str| {
        event(
            "a",
            &format!(r#""artwork": {{"file": "{file}", "alt": "A", "credit": "B"}},"#),
        )
    };
    case(
        d,
        "passwd.json",
        story("", "", &art("/etc/passwd")).as_bytes(),
        &[r#"error at events[0].artwork.file: "/etc/passwd" leaves the asset folder"#],
    );
    std::os::unix::fs::symlink("/etc/passwd", d.join("passwd.png")).unwrap();
    case(
        d,
        "linked.json",
        story("", "", &art("passwd.png")).as_bytes(),
        &[
            r#"error at events[0].artwork.file: "passwd.png" leads outside the asset folder (through a link)"#,
        ],
    );
}

#[test]
fn links_other_than_web_links_are_errors() {
    let dir = tempfile::tempdir().unwrap();
    let with_url = |url: &str| {
        story(
            "",
            "",
            &event("a", "").replace(
                r#"[{"title": "A book"}]"#,
                &format!(r#"[{{"title": "A book", "url": "{url}"}}]"#),
            ),
        )
    };
    for url in [
        "file:///tmp/payload.sh",
        "javascript:alert(1)",
        "smb://server/share",
        "/home/user/payload.sh",
        "https:///no-host",
    ] {
        case(
            dir.path(),
            "link.json",
            with_url(url).as_bytes(),
            &[&format!(
                "error at events[0].sources[0].url: {url:?} is not a web link; only http: and https: links are allowed"
            )],
        );
    }
    case(
        dir.path(),
        "web.json",
        with_url("HTTPS://example.org/a?b=c").as_bytes(),
        &[],
    );
}

#[test]
fn every_problem_of_a_file_is_reported_with_its_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    // Six problems in the header and one event: all six, not the first.
    let text = r#"{"format": "one", "title": 5, "timezone": "Europe/Atlantis",
"start": "soon", "end": "1956-11-05T00:00", "polities": [], "places": [],
"events": [{"id": "a", "start": "1956-10-24", "title": [], "summary": 7, "sources": [{"title": "x"}], "confidence": "high"}]}"#;
    let path = dir.path().join("six.json");
    std::fs::write(&path, text).unwrap();
    let outcome = check(&path);
    outcome.within_budget("six");
    let lines: Vec<&str> = outcome
        .stdout
        .lines()
        .filter(|l| l.contains(": error"))
        .collect();
    let want = [
        ":1:12: error at format: invalid type: string \"one\", expected u32",
        ":1:28: error at title: invalid type: integer `5`, expected a string",
        ":1:43: error at timezone: unknown time zone \"Europe/Atlantis\"",
        ":2:10: error at start: \"soon\" is not a time",
        ":3:56: error at events[0].title: invalid type: sequence, expected a string",
        ":3:71: error at events[0].summary: invalid type: integer `7`, expected a string",
    ];
    assert_eq!(lines.len(), want.len(), "{}", outcome.stdout);
    for (line, want) in lines.iter().zip(want) {
        assert!(line.contains(want), "{line:?} should contain {want:?}");
    }
}

#[test]
fn encodings_duplicates_depth_and_escapes_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let good = story("", "", &event("a", ""));
    let utf16 = |big: bool| -> Vec<u8> {
        good.encode_utf16()
            .flat_map(|u| {
                if big {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                }
            })
            .collect()
    };
    case(
        d,
        "le.json",
        &utf16(false),
        &["error: the file is UTF-16 (little-endian), not UTF-8"],
    );
    case(
        d,
        "be.json",
        &utf16(true),
        &["error: the file is UTF-16 (big-endian), not UTF-8"],
    );
    let mut bom16 = vec![0xFF, 0xFE];
    bom16.extend(utf16(false));
    case(
        d,
        "bom16.json",
        &bom16,
        &["error: the file is UTF-16 (little-endian, with byte-order mark), not UTF-8"],
    );
    let two_boms = [b"\xEF\xBB\xBF\xEF\xBB\xBF".as_slice(), good.as_bytes()].concat();
    case(
        d,
        "boms.json",
        &two_boms,
        &["error: the file starts with two byte-order marks"],
    );
    // A second "events" list would silently replace the first.
    let twice = good.replacen(r#""events": ["#, r#""events": [], "events": ["#, 1);
    case(
        d,
        "twice.json",
        twice.as_bytes(),
        &["error at events: the key \"events\" is given twice in one object"],
    );
    // Exactly the documented depth passes (as an unknown field's value); one more does not.
    let nested = |depth: usize| {
        let inner = format!("{}{}", "[".repeat(depth - 1), "]".repeat(depth - 1));
        story(&format!(r#""deep": {inner},"#), "", &event("a", ""))
    };
    case(d, "depth-64.json", nested(64).as_bytes(), &[]);
    case(
        d,
        "depth-65.json",
        nested(65).as_bytes(),
        &["error: the JSON is nested too deeply (more than 64 levels)"],
    );
    // Escape codes in field names and values are printed escaped: no fake "OK", no clear screen.
    let escapes = story(
        r#""\u001b[2J\u001b[1;1Hstory.json: OK": 1,"#,
        "",
        &event("a", ""),
    )
    .replace("Europe/Budapest", "\\u001b[2JEurope/Nowhere");
    let path = d.join("escapes.json");
    std::fs::write(&path, escapes).unwrap();
    let outcome = check(&path);
    outcome.within_budget("escapes");
    assert!(!outcome.stdout.contains('\x1b'), "{:?}", outcome.stdout);
    assert!(outcome.stdout.contains("\\u{1b}[2J"), "{}", outcome.stdout);
}

#[test]
fn time_zones_come_from_the_embedded_database_only() {
    // A zone that exists only in a planted system database (TZDIR) is unknown to the app.
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("Europe")).unwrap();
    let mut tzif = b"TZif".to_vec();
    tzif.extend([0u8; 16]);
    for count in [0u32, 0, 0, 0, 1, 4] {
        tzif.extend(count.to_be_bytes());
    }
    tzif.extend([0, 0, 0, 0, 0, 0]);
    tzif.extend(b"UTC\0");
    std::fs::write(dir.path().join("Europe/Atlantis"), tzif).unwrap();
    let path = dir.path().join("story.json");
    let text = story("", "", &event("a", "")).replace("Europe/Budapest", "Europe/Atlantis");
    std::fs::write(&path, text).unwrap();
    let mut command = hostile::app(&["check"]);
    command
        .arg(&path)
        .env("TZDIR", dir.path())
        .env("TZ", "Europe/Atlantis");
    let outcome = hostile::run(command, hostile::TIME_BUDGET, true);
    outcome.within_budget("tzdir");
    let got = errors(&outcome.stdout);
    assert_eq!(got.len(), 1, "{}", outcome.stdout);
    assert!(
        got[0].starts_with("error at timezone: unknown time zone \"Europe/Atlantis\""),
        "{got:?}"
    );
}

#[test]
fn big_pictures_are_decoded_once_within_budget() {
    let dir = tempfile::tempdir().unwrap();
    // The largest picture allowed, shared by 3,000 events: decoded once.
    write_png(&dir.path().join("big.png"), 8192, 8192);
    let art = r#""artwork": {"file": "big.png", "alt": "A", "credit": "B"},"#;
    let events: Vec<String> = (0..3000).map(|i| event(&format!("e{i}"), art)).collect();
    case(
        dir.path(),
        "shared.json",
        story("", "", &events.join(",")).as_bytes(),
        &[],
    );
    // One pixel more is refused from the header alone.
    write_png(&dir.path().join("wide.png"), 8193, 1);
    let path = dir.path().join("wide.json");
    std::fs::write(
        &path,
        story("", "", &event("a", &art.replace("big", "wide"))),
    )
    .unwrap();
    let outcome = check(&path);
    outcome.within_budget("wide");
    assert!(
        outcome
            .stdout
            .contains("is 8193×1 pixels; pictures may be at most 8192"),
        "{}",
        outcome.stdout
    );
}
