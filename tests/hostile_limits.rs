//! Hostile growth: a story past each limit gets its exact error quickly, and a story at every
//! documented maximum at once opens, in `check` and in the real window (under Xvfb), within
//! 5 s and 500 MB.

#[path = "support/hostile.rs"]
mod hostile;

use std::path::Path;

use hostile::{check, errors, event, story};
use hungary1956::story::limits::{
    MAX_EVENTS, MAX_ITEM_LIST, MAX_LINE_CHARS, MAX_OTHER_ITEMS, MAX_PLACES, MAX_SPAN_DAYS,
    MAX_TEXT_CHARS, MAX_WITHIN_DEPTH,
};

fn case(dir: &Path, name: &str, text: &str, expected: &[String]) {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    let outcome = check(&path);
    outcome.within_budget(name);
    let got = errors(&outcome.stdout);
    assert_eq!(got, expected, "{name}");
    assert_eq!(outcome.code, Some(1), "{name}");
}

fn place(i: usize, within: Option<usize>) -> String {
    let within = within.map_or(String::new(), |w| format!(r#", "within": "p{w}""#));
    format!(
        r#"{{"id": "p{i}", "name": "Place {i}", "kind": "site", "lat": 47.5, "lon": 19.0{within}}}"#
    )
}

#[test]
fn each_list_and_text_past_its_limit_is_one_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let many =
        |n: usize, item: &dyn Fn(usize) -> String| (0..n).map(item).collect::<Vec<_>>().join(",");
    // A title of 15.9 MB: refused before anything lays it out.
    let title = "x".repeat(15_900_000);
    case(
        d,
        "title.json",
        &story("", "", &event("a", "")).replace("\"Hostile\"", &format!("\"{title}\"")),
        &[format!(
            "error at title: the text is 15900000 characters long; at most {MAX_LINE_CHARS} are allowed here"
        )],
    );
    let body = "y".repeat(MAX_TEXT_CHARS + 1);
    case(
        d,
        "body.json",
        &story("", "", &event("a", &format!(r#""body": ["{body}"],"#))),
        &[format!(
            "error at events[0].body[0]: the text is {} characters long; at most {MAX_TEXT_CHARS} are allowed here",
            MAX_TEXT_CHARS + 1
        )],
    );
    // Year 1 to 9999.
    case(
        d,
        "span.json",
        &story("", "", &event("a", ""))
            .replace("1956-10-23T00:00", "0001-01-01T00:00")
            .replace("1956-11-05T00:00", "9999-01-01T00:00"),
        &[format!(
            "error at end: the story spans 3651694 days; at most {MAX_SPAN_DAYS} days (100 years) are allowed"
        )],
    );
    let phases = many(50_000, &|i| {
        format!(
            r#"{{"id": "f{i}", "name": "P", "start": "1956-10-23T00:00", "end": "1956-10-24T00:00"}}"#
        )
    });
    case(
        d,
        "phases.json",
        &story(&format!(r#""phases": [{phases}],"#), "", &event("a", "")),
        &[format!(
            "error at phases: the list has 50000 items; at most {MAX_OTHER_ITEMS} are allowed"
        )],
    );
    let events = many(MAX_EVENTS + 1, &|i| event(&format!("e{i}"), ""));
    case(
        d,
        "events.json",
        &story("", "", &events),
        &[format!(
            "error at events: the list has {} items; at most {MAX_EVENTS} are allowed",
            MAX_EVENTS + 1
        )],
    );
    let sources = many(150_000, &|_| r#"{"title": "s"}"#.to_owned());
    case(
        d,
        "sources.json",
        &story(
            "",
            "",
            &event("a", "").replace(r#"[{"title": "A book"}]"#, &format!("[{sources}]")),
        ),
        &[format!(
            "error at events[0].sources: the list has 150000 entries; at most {MAX_ITEM_LIST} are allowed here"
        )],
    );
    // A chain of places, each within the one before: every place deeper than allowed is
    // reported, and the report stays short.
    let chain = many(MAX_PLACES - 1, &|i| place(i, i.checked_sub(1)));
    let path = d.join("chain.json");
    std::fs::write(&path, story("", &chain, &event("a", ""))).unwrap();
    let outcome = check(&path);
    outcome.within_budget("chain");
    let got = errors(&outcome.stdout);
    assert_eq!(
        got.first().map(String::as_str),
        Some(
            format!(
                "error at places[{}].within: place \"p{}\" lies within more than {MAX_WITHIN_DEPTH} places, one inside the other (or in a loop)",
                MAX_WITHIN_DEPTH + 2,
                MAX_WITHIN_DEPTH + 1
            )
            .as_str()
        )
    );
    assert_eq!(got.len(), 1001, "1,000 listed, then a count");
    assert_eq!(got[1000], "error: 8990 more error(s) not listed");
}

#[test]
fn many_problems_on_one_line_are_found_in_one_pass() {
    let dir = tempfile::tempdir().unwrap();
    // 60,000 unknown fields on one line of a valid story: warnings, quickly.
    let fields: String = (0..60_000).map(|i| format!(r#""u{i}": 1,"#)).collect();
    let path = dir.path().join("unknown.json");
    std::fs::write(
        &path,
        story("", "", &event("a", &fields)).replace('\n', " "),
    )
    .unwrap();
    let outcome = check(&path);
    outcome.within_budget("unknown fields");
    assert_eq!(outcome.code, Some(0));
    assert!(
        outcome.stdout.contains("(1001 warnings)"),
        "{}",
        outcome.stdout.lines().last().unwrap_or_default()
    );
    assert!(outcome.stdout.contains("59000 more warning(s) not listed"));
    // 10,000 broken events on one line.
    let broken: Vec<String> = (0..MAX_EVENTS)
        .map(|i| format!(r#"{{"id": "b{i}"}}"#))
        .collect();
    let path = dir.path().join("broken.json");
    std::fs::write(&path, story("", "", &broken.join(",")).replace('\n', " ")).unwrap();
    let outcome = check(&path);
    outcome.within_budget("broken events");
    assert!(
        outcome.stdout.contains("events[9999]")
            || outcome.stdout.contains("more error(s) not listed"),
        "{}",
        outcome.stdout.lines().last().unwrap_or_default()
    );
    // And the window lists them without freezing (the problems window shows the first ones).
    let out = dir.path().join("broken.png");
    let run = hostile::window(&["--story", path.to_str().unwrap()], &out);
    run.within_budget("broken events in the window");
    assert!(out.exists(), "{}", run.stderr);
}

/// A story at every documented maximum at once that still fits in the file size limit.
fn largest_story() -> String {
    let line = |c: char| c.to_string().repeat(MAX_LINE_CHARS);
    let places: Vec<String> = (0..MAX_PLACES - 1)
        .map(|i| place(i, (i % (MAX_WITHIN_DEPTH + 1) != 0).then(|| i - 1)))
        .collect();
    let tracks: Vec<String> = (0..MAX_OTHER_ITEMS)
        .map(|i| format!(r#"{{"id": "t{i}", "name": "Track {i}"}}"#))
        .collect();
    let phases: Vec<String> = (0..MAX_OTHER_ITEMS)
        .map(|i| {
            let day = i % 36_000;
            format!(
                r#"{{"id": "f{i}", "name": "Phase {i}", "start": "1900-01-01T00:00", "end": "{}-01-01T00:00"}}"#,
                1901 + day % 98
            )
        })
        .collect();
    let paragraph = "z ".repeat(MAX_TEXT_CHARS / 2);
    let many = |n: usize, text: &str| vec![format!("\"{text}\""); n].join(",");
    let sources = vec![r#"{"title": "s", "url": "https://example.org/"}"#; MAX_ITEM_LIST].join(",");
    let heavy = event(
        "heavy",
        &format!(
            r#""body": [{}], "disputed": [{}], "track": "t0", "#,
            many(MAX_ITEM_LIST, &paragraph),
            many(MAX_ITEM_LIST, "d")
        ),
    )
    .replace(r#"[{"title": "A book"}]"#, &format!("[{sources}]"))
    .replace(
        r#""places": ["budapest"]"#,
        &format!(
            r#""places": [{}]"#,
            (0..MAX_ITEM_LIST)
                .map(|i| format!("\"p{i}\""))
                .collect::<Vec<_>>()
                .join(",")
        ),
    )
    .replace("Event heavy", &line('T'));
    let mut events: Vec<String> = (1..MAX_EVENTS)
        .map(|i| {
            event(
                &format!("e{i}"),
                &format!(r#""track": "t{}", "#, i % MAX_OTHER_ITEMS),
            )
            .replace(
                "1956-10-24T10:00",
                &format!("{}-06-01T10:00", 1900 + i % 99),
            )
            .replace(
                r#"["budapest"]"#,
                &format!(r#"["p{}"]"#, i % (MAX_PLACES - 1)),
            )
        })
        .collect();
    events.push(heavy);
    story(
        &format!(
            r#""tracks": [{}], "phases": [{}], "overview": [{}],"#,
            tracks.join(","),
            phases.join(","),
            many(MAX_ITEM_LIST, &line('o'))
        ),
        &places.join(","),
        &events.join(","),
    )
    .replace("1956-10-23T00:00", "1900-01-01T00:00")
    .replace("1956-11-05T00:00", "1999-12-01T00:00")
    .replace("\"Hostile\"", &format!("\"{}\"", line('H')))
}

#[test]
fn the_largest_story_allowed_opens_within_budget_in_check_and_in_the_window() {
    let dir = tempfile::tempdir().unwrap();
    let text = largest_story();
    assert!(
        text.len() <= hungary1956::story::MAX_STORY_BYTES,
        "{}",
        text.len()
    );
    let path = dir.path().join("largest.json");
    std::fs::write(&path, &text).unwrap();
    if let Some(keep) = std::env::var_os("HUNGARY1956_KEEP_LARGEST") {
        std::fs::write(keep, &text).unwrap();
    }
    let outcome = check(&path);
    outcome.within_budget("check");
    assert_eq!(outcome.code, Some(0), "{}", outcome.stdout);
    let out = dir.path().join("largest.png");
    let run = hostile::window(
        &[
            "--story",
            path.to_str().unwrap(),
            "--select",
            "heavy",
            "--fresh",
        ],
        &out,
    );
    run.within_budget("window");
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(out.exists());
}
