//! Loading story files: good fixtures open, each broken fixture gives exactly the problems
//! expected (file, line:column or JSON path, message), and `check` reports them all.

use std::path::{Path, PathBuf};

use hungary1956::check::check_file;
use hungary1956::i18n::Language;
use hungary1956::story::{self, Severity};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Loads a broken fixture and checks that its errors are exactly `expected`, each given as
/// "path: message fragment" (or ":line:column: message fragment" for syntax errors).
fn check(name: &str, expected: &[&str]) {
    let path = fixture(&format!("bad/{name}"));
    let err = match story::load_file(&path) {
        Ok(_) => panic!("{name} opened, but it is broken"),
        Err(err) => err,
    };
    let errors: Vec<String> = err
        .errors()
        .map(|p| {
            let place = match (p.path.is_empty(), p.line_column) {
                (true, Some((line, column))) => format!(":{line}:{column}"),
                _ => p.path.clone(),
            };
            format!("{place}: {}", p.message)
        })
        .collect();
    assert_eq!(
        errors.len(),
        expected.len(),
        "{name}: expected {expected:?}, got {errors:?}"
    );
    for (got, want) in errors.iter().zip(expected) {
        let (want_place, want_message) = want.split_once(": ").unwrap_or((want, ""));
        let (got_place, got_message) = got.split_once(": ").unwrap_or((got, ""));
        assert_eq!(got_place, want_place, "{name}: location of {got:?}");
        assert!(
            got_message.contains(want_message),
            "{name}: {got:?} should say {want_message:?}"
        );
    }
    for problem in &err.problems {
        assert!(
            problem.file.ends_with(name),
            "the problem names the file: {problem}"
        );
        assert!(
            problem.hint.is_some(),
            "every problem has a hint: {problem}"
        );
    }
}

/// Every broken fixture under `tests/fixtures/bad/` and exactly the errors it must give.
const CATALOGUE: &[(&str, &[&str])] = &[
    ("empty.json", &[": the file is empty"]),
    ("not-json.json", &[":1:2: expected ident"]),
    ("trailing-garbage.json", &[":163:1: trailing characters"]),
    (
        "top-level-array.json",
        &[":1:1: the top level is not a JSON object"],
    ),
    ("invalid-utf8.json", &[":3:17: invalid UTF-8"]),
    (
        "deep-nesting.json",
        &[":1:87: the JSON is nested too deeply (more than 64 levels)"],
    ),
    ("missing-title.json", &[":1:1: missing field `title`"]),
    ("missing-events.json", &[":1:1: missing field `events`"]),
    (
        "events-not-a-list.json",
        &["events: invalid type: map, expected a sequence"],
    ),
    (
        "format-version.json",
        &["format: format 2 is not supported"],
    ),
    (
        "unknown-timezone.json",
        &["timezone: unknown time zone \"Europe/Atlantis\""],
    ),
    (
        "story-ends-before-start.json",
        &["end: the story ends before it starts"],
    ),
    (
        "wrong-type.json",
        &["events[1].title: invalid type: integer `42`, expected a string"],
    ),
    (
        "lon-wrong-type.json",
        &["places[1].lon: invalid type: string \"19.06\", expected f64"],
    ),
    ("missing-field.json", &["places[2]: missing field `lat`"]),
    (
        "bad-tour.json",
        &[
            "tour[0]: a stop shows one event or one place",
            "tour[1].event: no event has the id \"no-such-event\"",
            "tour[2].dwell: a stay of 3600 seconds",
            "tour[3]: a view needs both \"center\" and \"zoom\"",
        ],
    ),
    (
        "duplicate-id.json",
        &[
            "places[1].id: duplicate id \"budapest\" in places",
            // The radio's events now point at an id that was refused.
            "events[1].places[0]: no place has the id \"radio\"",
        ],
    ),
    (
        "duplicate-event-id.json",
        &["events[3].id: duplicate id \"march\" in events"],
    ),
    (
        "invalid-id.json",
        &[
            "places[2].id: \"Győr City\" is not a valid id",
            "events[2].places[0]: no place has the id \"gyor\"",
        ],
    ),
    (
        "unresolved-reference.json",
        &["events[0].places[1]: no place has the id \"szeged\""],
    ),
    (
        "unresolved-track.json",
        &["events[1].track: no track has the id \"army\""],
    ),
    (
        "within-loop.json",
        &[
            "places[0].within: place \"budapest\" lies within itself",
            "places[1].within: place \"radio\" lies within itself",
        ],
    ),
    (
        "lat-out-of-range.json",
        &["places[0].lat: latitude 147.5 is out of range"],
    ),
    (
        "malformed-time.json",
        &["events[2].start: \"24 Oct 1956\" is not a time of the form"],
    ),
    (
        "outside-range.json",
        &["events[3].start: 1956-11-05T10:00 lies outside the story's span"],
    ),
    (
        "end-before-start.json",
        &["events[0].end: the event ends before it starts"],
    ),
    (
        "phase-end-before-start.json",
        &["phases[0].end: the phase ends before it starts"],
    ),
    (
        "movement-one-place.json",
        &["movements[0].path: a movement needs at least two places"],
    ),
    (
        "unknown-alliance.json",
        &["polities[1].alliance: unknown alliance \"western\""],
    ),
    (
        "unknown-kind.json",
        &["places[3].kind: unknown place kind \"town\""],
    ),
    (
        "unknown-status.json",
        &["polities[0].status_changes[0].status: unknown status \"free\""],
    ),
    (
        "unknown-confidence.json",
        &["events[0].confidence: unknown confidence \"certain\""],
    ),
    (
        "unknown-side.json",
        &["movements[0].side: unknown side \"allies\""],
    ),
    (
        "artwork-escapes.json",
        &["events[0].artwork.file: \"../../../etc/passwd\" leaves the asset folder"],
    ),
    (
        "absolute-artwork-path.json",
        &["events[0].artwork.file: \"/etc/passwd\" leaves the asset folder"],
    ),
    (
        "no-source.json",
        &["events[2].sources: the event has no source"],
    ),
    (
        "several-problems.json",
        &[
            "polities[0].capital: no place has the id \"nowhere\"",
            "places[0].lon: longitude 200 is out of range",
            "events[0].start: \"soon\" is not a time",
        ],
    ),
];

#[test]
fn the_whole_catalogue_of_broken_files_gives_the_expected_errors() {
    for (name, expected) in CATALOGUE {
        check(name, expected);
    }
    // No fixture is left out of the catalogue.
    let dir = fixture("bad");
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    let mut listed: Vec<String> = CATALOGUE.iter().map(|(n, _)| (*n).to_owned()).collect();
    listed.sort();
    assert_eq!(files, listed);
    assert!(CATALOGUE.len() >= 30);
}

#[test]
fn a_huge_file_is_refused_before_it_is_read() {
    let dir = std::env::temp_dir().join(format!("hungary1956-huge-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("huge.json");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(50 * 1024 * 1024).unwrap();
    let err = story::load_file(&path).expect_err("refused");
    assert_eq!(err.problems.len(), 1);
    assert!(
        err.problems[0]
            .message
            .to_string()
            .contains("the file is 52428800 bytes; stories may be at most"),
        "{}",
        err.problems[0]
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[cfg(unix)]
#[test]
fn a_picture_linked_from_outside_the_asset_folder_is_refused() {
    let dir = std::env::temp_dir().join(format!("hungary1956-link-{}", std::process::id()));
    let art = dir.join("art");
    std::fs::create_dir_all(&art).unwrap();
    let outside = dir.join("secret.png");
    std::fs::copy(fixture("good/art/picture.png"), &outside).unwrap();
    std::os::unix::fs::symlink(&outside, art.join("picture.png")).unwrap();
    std::fs::copy(fixture("good/mini.json"), dir.join("story.json")).unwrap();
    let err = story::load_file(&dir.join("story.json")).expect_err("refused");
    let errors: Vec<String> = err
        .errors()
        .map(|p| format!("{}: {}", p.path, p.message))
        .collect();
    assert_eq!(
        errors,
        ["events[0].artwork.file: \"picture.png\" leads outside the asset folder (through a link)"]
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn broken_pictures_are_warnings_that_check_reports() {
    let report = check_file(&fixture("good/broken-pictures.json"), Language::English);
    assert!(!report.has_errors, "{}", report.text);
    assert!(
        report.text.contains("\"missing.png\" cannot be read"),
        "{}",
        report.text
    );
    assert!(
        report
            .text
            .contains("\"corrupt.png\" of the event \"march\" is not a picture this app can show"),
        "{}",
        report.text
    );
    assert!(
        report
            .text
            .contains("\"bomb.png\" is 60000×60000 pixels; pictures may be at most 8192"),
        "{}",
        report.text
    );
    assert!(report.text.contains("(3 warnings)"), "{}", report.text);
}

#[test]
fn all_problems_are_reported_at_once() {
    check(
        "several-problems.json",
        &[
            "polities[0].capital: no place has the id \"nowhere\"",
            "places[0].lon: longitude 200 is out of range",
            "events[0].start: \"soon\" is not a time",
        ],
    );
}

#[test]
fn unknown_fields_and_a_byte_order_mark_only_warn() {
    let loaded = story::load_file(&fixture("good/unknown-field.json")).unwrap();
    let warnings: Vec<String> = loaded
        .warnings
        .iter()
        .map(|w| format!("{}: {}", w.path, w.message))
        .collect();
    assert!(
        warnings.contains(&"events[0].colour: unknown field; it is ignored".to_owned()),
        "{warnings:?}"
    );
    let loaded = story::load_file(&fixture("good/with-bom.json")).unwrap();
    assert!(
        loaded
            .warnings
            .iter()
            .any(|w| w.message.to_string().contains("byte-order mark"))
    );
    assert_eq!(loaded.story.events.len(), 4);
}

#[test]
fn a_missing_artwork_file_is_a_warning() {
    let loaded = story::load_file(&fixture("good/mini.json")).unwrap();
    let warnings: Vec<&str> = loaded.warnings.iter().map(|w| w.path.as_str()).collect();
    assert_eq!(warnings, ["events[1].artwork.file"]);
    assert_eq!(loaded.warnings[0].severity, Severity::Warning);
}

#[test]
fn check_prints_every_problem_and_fails() {
    let report = check_file(&fixture("bad/several-problems.json"), Language::English);
    assert!(report.has_errors);
    assert_eq!(
        report.text.matches(": error at ").count(),
        3,
        "{}",
        report.text
    );
    assert!(report.text.contains("hint: "), "{}", report.text);
    assert!(
        report.text.contains("several-problems.json: 3 errors"),
        "{}",
        report.text
    );

    let report = check_file(&fixture("bad/not-json.json"), Language::English);
    assert!(
        report
            .text
            .contains("not-json.json:1:2: error: expected ident"),
        "{}",
        report.text
    );

    let report = check_file(&fixture("good/mini.json"), Language::English);
    assert!(!report.has_errors, "{}", report.text);
    assert!(
        report.text.contains("OK — 4 events, 4 places"),
        "{}",
        report.text
    );
}

#[test]
fn check_binary_exits_non_zero_on_a_broken_file() {
    let exe = env!("CARGO_BIN_EXE_hungary1956");
    let out = std::process::Command::new(exe)
        .arg("check")
        .arg(fixture("bad/unknown-alliance.json"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("polities[1].alliance"), "{stdout}");

    let out = std::process::Command::new(exe)
        .arg("check")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("data/hungary-1956.json"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn events_are_sorted_and_times_are_budapest_time() {
    let loaded = story::load_file(&fixture("good/mini.json")).unwrap();
    let story = &loaded.story;
    let ids: Vec<&str> = story.events.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["march", "radio-siege", "gyor-council", "declaration"]);
    let march = &story.events[0];
    assert_eq!(
        story.clock.format_long(march.start),
        "Tue 23 Oct 1956, 15:00"
    );
    assert_eq!(march.start.to_string(), "1956-10-23T14:00:00Z");
    // A site's events count for the city it lies in.
    let budapest = story.place_by_id("budapest").unwrap();
    let at_budapest: Vec<&str> = story
        .events_at_place(budapest)
        .into_iter()
        .map(|ix| story.events[ix.0].id.as_str())
        .collect();
    assert_eq!(at_budapest, ["march", "radio-siege", "declaration"]);
}
