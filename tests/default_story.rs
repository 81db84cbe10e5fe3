//! The built-in story: it opens, covers every one of the thirteen days, every reference
//! resolves, every event is sourced, and the key dates are right.

use hungary1956::story::{self, Alliance, PlaceKind, Status, Story};

fn story() -> Story {
    match story::load_default() {
        Ok(loaded) => {
            assert!(
                loaded.warnings.is_empty(),
                "the built-in story has warnings: {:#?}",
                loaded.warnings
            );
            loaded.story
        }
        Err(err) => panic!("the built-in story does not open: {:#?}", err.problems),
    }
}

fn local_date(story: &Story, id: &str) -> String {
    let ix = story
        .event_by_id(id)
        .unwrap_or_else(|| panic!("no event {id}"));
    let event = story.event(ix).unwrap();
    story
        .clock
        .zoned(event.start)
        .strftime("%Y-%m-%d")
        .to_string()
}

#[test]
fn spans_the_thirteen_days_in_budapest_time() {
    let story = story();
    assert_eq!(story.clock.zone_name(), "Europe/Budapest");
    assert_eq!(
        story.clock.format_long(story.start),
        "Tue 23 Oct 1956, 00:00"
    );
    assert_eq!(story.clock.format_long(story.end), "Mon 5 Nov 1956, 00:00");
}

#[test]
fn every_day_has_events_and_every_event_a_source() {
    let story = story();
    assert!(
        story.events.len() >= 20,
        "only {} events",
        story.events.len()
    );
    let days = story.clock.midnights(story.start, story.end);
    assert_eq!(days.len(), 14, "13 days and the closing midnight");
    for pair in days.windows(2) {
        let count = story
            .events
            .iter()
            .filter(|e| e.start >= pair[0] && e.start < pair[1])
            .count();
        assert!(
            count >= 1,
            "no event on {}",
            story.clock.format_date(pair[0])
        );
    }
    for event in &story.events {
        assert!(!event.sources.is_empty(), "{} has no source", event.id);
        assert!(!event.body.is_empty(), "{} has no narrative", event.id);
        assert!(!event.summary.is_empty(), "{} has no summary", event.id);
    }
}

#[test]
fn key_events_are_on_their_days() {
    let story = story();
    for (id, day) in [
        ("march-holed-flag", "1956-10-23"),
        ("radio-siege", "1956-10-23"),
        ("kossuth-square-massacre", "1956-10-25"),
        ("ceasefire-radio-address", "1956-10-28"),
        ("warsaw-pact-withdrawal", "1956-11-01"),
        ("operation-whirlwind", "1956-11-04"),
    ] {
        assert_eq!(local_date(&story, id), day, "{id}");
    }
    let withdrawal = story
        .event(story.event_by_id("warsaw-pact-withdrawal").unwrap())
        .unwrap();
    let note = withdrawal.dating_note.as_deref().unwrap_or_default();
    assert!(
        note.contains("28"),
        "the dating note names the 28 October claim: {note}"
    );
    assert!(withdrawal.sources.len() >= 2, "a key event has two sources");
}

#[test]
fn the_warsaw_pact_and_its_capitals_are_there() {
    let story = story();
    let members: Vec<&str> = story
        .polities_in(Alliance::WarsawPact)
        .map(|p| p.id.as_str())
        .collect();
    let mut sorted = members.clone();
    sorted.sort_unstable();
    assert_eq!(
        sorted,
        [
            "albania",
            "bulgaria",
            "czechoslovakia",
            "gdr",
            "hungary",
            "poland",
            "romania",
            "ussr"
        ]
    );
    for polity in story.polities_in(Alliance::WarsawPact) {
        let capital = polity
            .capital
            .and_then(|c| story.place(c))
            .unwrap_or_else(|| panic!("{} has no capital place", polity.id));
        assert_eq!(capital.kind, PlaceKind::Capital, "{}", capital.id);
    }
    let ids: Vec<&str> = story.polities.iter().map(|p| p.id.as_str()).collect();
    assert!(ids.contains(&"austria") && ids.contains(&"yugoslavia"));
}

#[test]
fn hungary_declares_neutrality_on_1_november() {
    let story = story();
    let hungary = story.polities.iter().find(|p| p.id == "hungary").unwrap();
    let neutral = hungary
        .status_changes
        .iter()
        .find(|c| c.status == Status::Neutral)
        .expect("Hungary declares neutrality");
    assert_eq!(
        story
            .clock
            .zoned(neutral.at)
            .strftime("%Y-%m-%d")
            .to_string(),
        "1956-11-01"
    );
}

#[test]
fn budapest_sites_lie_in_budapest() {
    let story = story();
    let budapest = story.place_by_id("budapest").unwrap();
    let sites: Vec<_> = story
        .places
        .iter()
        .filter(|p| p.within == Some(budapest))
        .collect();
    assert!(sites.len() >= 5, "only {} Budapest sites", sites.len());
    for site in sites {
        assert!(
            (47.35..47.65).contains(&site.lat) && (18.9..19.25).contains(&site.lon),
            "{} at {}, {} is not in Budapest",
            site.id,
            site.lat,
            site.lon
        );
    }
}

#[test]
fn every_artwork_of_the_story_is_embedded() {
    let story = story();
    let files = story
        .events
        .iter()
        .filter_map(|e| e.artwork.as_ref())
        .chain(story.cover.as_ref());
    for art in files {
        assert!(
            hungary1956::assets::embedded_asset(&art.file).is_some(),
            "{} is not embedded",
            art.file
        );
        assert!(
            !art.alt.is_empty() && !art.credit.is_empty(),
            "{}",
            art.file
        );
    }
}
