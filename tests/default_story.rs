//! The built-in story: it opens, covers every one of the thirteen days, every reference
//! resolves, every event is sourced, and the key dates are right.

use hungary1956::story::{self, Alliance, PlaceKind, Side, Status, Story};

#[path = "default_story/fact_check.rs"]
mod fact_check;

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
    // The story's local midnights, calendar day after calendar day.
    let first = story.clock.zoned(story.start);
    let days: Vec<jiff::Timestamp> = (0..)
        .map_while(|d| first.checked_add(jiff::Span::new().days(d)).ok())
        .map(|day| day.timestamp())
        .take_while(|day| *day <= story.end)
        .collect();
    assert_eq!(days.len(), 14, "13 days and the closing midnight");
    for pair in days.windows(2) {
        let count = story
            .events
            .iter()
            .filter(|e| e.start >= pair[0] && e.start < pair[1])
            .count();
        assert!(
            count >= 2,
            "fewer than two events on {}",
            story.clock.format_date(pair[0])
        );
    }
    for event in &story.events {
        assert!(!event.sources.is_empty(), "{} has no source", event.id);
        assert!(event.track.is_some(), "{} is on no track", event.id);
        assert!(
            (2..=5).contains(&event.body.len()),
            "{} has {} paragraphs",
            event.id,
            event.body.len()
        );
        assert!(!event.body.is_empty(), "{} has no narrative", event.id);
        assert!(!event.summary.is_empty(), "{} has no summary", event.id);
    }
}

#[test]
fn key_events_are_on_their_days() {
    let story = story();
    // Each is a key event: on its day (Budapest time) and backed by at least two sources.
    for (id, day) in [
        ("march-holed-flag", "1956-10-23"),
        ("parliament-crowd-nagy", "1956-10-23"),
        ("stalin-monument", "1956-10-23"),
        ("radio-siege", "1956-10-23"),
        ("soviet-tanks-enter", "1956-10-24"),
        ("nagy-prime-minister", "1956-10-24"),
        ("kossuth-square-massacre", "1956-10-25"),
        ("gero-replaced-kadar", "1956-10-25"),
        ("corvin-passage", "1956-10-25"),
        ("mosonmagyarovar-massacre", "1956-10-26"),
        ("miskolc-uprising", "1956-10-26"),
        ("ceasefire-radio-address", "1956-10-28"),
        ("soviet-withdrawal-budapest", "1956-10-29"),
        ("republic-square-siege", "1956-10-30"),
        ("soviet-declaration-30-oct", "1956-10-30"),
        ("multi-party-system", "1956-10-30"),
        ("mindszenty-freed", "1956-10-30"),
        ("presidium-reversal", "1956-10-31"),
        ("pact-talks-announced", "1956-10-31"),
        ("new-soviet-troops", "1956-10-31"),
        ("warsaw-pact-withdrawal", "1956-11-01"),
        ("kadar-disappears", "1956-11-01"),
        ("maleter-arrest-tokol", "1956-11-03"),
        ("operation-whirlwind", "1956-11-04"),
        ("kadar-proclamation", "1956-11-04"),
        ("nagy-last-broadcast", "1956-11-04"),
        ("un-security-council", "1956-11-04"),
        ("un-general-assembly", "1956-11-04"),
        ("israel-attacks-sinai", "1956-10-29"),
        ("anglo-french-ultimatum", "1956-10-30"),
    ] {
        assert_eq!(local_date(&story, id), day, "{id}");
        let event = story.event(story.event_by_id(id).unwrap()).unwrap();
        assert!(
            event.sources.len() >= 2,
            "{id} is a key event with one source"
        );
    }
    // The withdrawal's radio announcement: 19:50 on 1 November.
    let withdrawal = story
        .event(story.event_by_id("warsaw-pact-withdrawal").unwrap())
        .unwrap();
    assert_eq!(
        story.clock.format_long(withdrawal.end.unwrap()),
        "Thu 1 Nov 1956, 20:00"
    );
    // On 28 October: the ceasefire and the speech; on 31 October: only talks announced.
    let ceasefire = story
        .event(story.event_by_id("ceasefire-radio-address").unwrap())
        .unwrap();
    assert!(!ceasefire.title.to_lowercase().contains("warsaw"));
    let talks = story
        .event(story.event_by_id("pact-talks-announced").unwrap())
        .unwrap();
    assert!(
        talks.title.to_lowercase().contains("talks"),
        "{}",
        talks.title
    );
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
fn the_map_changes_with_time() {
    let story = story();
    let hungary = story.polities.iter().find(|p| p.id == "hungary").unwrap();
    let at = |text: &str| story.clock.parse(text).unwrap().0;
    assert!(hungary.status_at(at("1956-11-01T19:00")).is_none());
    assert_eq!(
        hungary.status_at(at("1956-11-01T20:00")).map(|c| c.status),
        Some(Status::Neutral)
    );
    assert_eq!(
        hungary.status_at(at("1956-11-04T05:00")).map(|c| c.status),
        Some(Status::Invaded)
    );
    // Movements while they happen: Soviet entry on 24 Oct, withdrawal 29–30 Oct, new divisions
    // from 31 Oct, the attack of 4 Nov, refugees toward Austria.
    for (time, side) in [
        ("1956-10-24T03:00", Side::Soviet),
        ("1956-10-30T12:00", Side::Soviet),
        ("1956-11-01T12:00", Side::Soviet),
        ("1956-11-04T06:00", Side::Soviet),
        ("1956-11-04T12:00", Side::Refugees),
    ] {
        assert!(
            story
                .movements
                .iter()
                .any(|m| m.side == side && m.is_active_at(at(time))),
            "no {side:?} movement at {time}"
        );
    }
    assert!(
        !story
            .movements
            .iter()
            .any(|m| m.is_active_at(at("1956-10-27T12:00")))
    );
    assert!(story.phases.len() >= 3);
    let tracks: Vec<&str> = story.tracks.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(tracks, ["streets", "government", "soviet", "international"]);
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

#[test]
fn every_state_on_the_base_map_is_a_polity_of_the_story() {
    let story = story();
    let map = hungary1956::basemap::BaseMap::embedded().expect("base map");
    for shape in &map.polities {
        let polity = story
            .polities
            .iter()
            .find(|p| p.id == shape.id)
            .unwrap_or_else(|| panic!("{} is on the map but not in the story", shape.id));
        let alliance = match polity.alliance {
            Alliance::WarsawPact => "warsaw-pact",
            Alliance::Nato => "nato",
            Alliance::Neutral => "neutral",
            Alliance::NonAligned => "non-aligned",
            Alliance::Other => "other",
        };
        assert_eq!(alliance, shape.alliance, "{}", shape.id);
    }
}

// ---------------------------------------------------------------------------------------------
// Corrections from the independent fact check (issue 14).

#[test]
fn the_hungarian_translation_fits_the_story_and_is_up_to_date() {
    let story = story();
    let text = include_str!("../data/hungary-1956.hu.json");
    let (translation, problems) =
        hungary1956::story::parse_translation("data/hungary-1956.hu.json", text, &story);
    assert!(problems.is_empty(), "{problems:#?}");
    let hungarian = translation.expect("usable").apply(&story);
    let massacre = story.event_by_id("kossuth-square-massacre").unwrap();
    assert_eq!(
        hungarian.event(massacre).unwrap().title,
        "Kossuth téri sortűz („véres csütörtök”)"
    );
    assert_eq!(
        hungarian.clock.format_long(story.start),
        "1956. október 23., kedd 00:00"
    );
    // Every item is translated: no event keeps its English title.
    for (english, magyar) in story.events.iter().zip(&hungarian.events) {
        assert_ne!(english.title, magyar.title, "{} untranslated", english.id);
    }
}

#[test]
fn the_story_file_opens_from_disk_with_its_pictures_beside_it() {
    // data/hungary-1956.json keeps its pictures in ../assets, one folder up and beside it.
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/hungary-1956.json");
    let loaded = hungary1956::story::load_file(&path).expect("opens");
    assert!(loaded.warnings.is_empty(), "{:#?}", loaded.warnings);
}

#[test]
fn the_curated_tour_runs_in_time_order_through_twelve_stops_in_both_languages() {
    let loaded = story::load_default().expect("opens");
    let story = &loaded.story;
    let stops = story.tour_stops();
    assert_eq!(stops, story.tour, "the story's own tour is used");
    assert_eq!(stops.len(), 12);
    // Day by day (the refugees, known only to their day, close the tour on 4 November).
    let days: Vec<_> = stops
        .iter()
        .map(|stop| match stop.target {
            story::TourTarget::Event(ix) => story
                .clock
                .zoned(story.event(ix).expect("event").start)
                .date(),
            story::TourTarget::Place(_) => panic!("{}: the curated tour shows events", stop.id),
        })
        .collect();
    assert!(
        days.windows(2).all(|w| w[0] <= w[1]),
        "out of order: {days:?}"
    );
    assert!(stops.iter().all(|s| s.caption.is_some()));
    let [hungarian] = loaded.translations.as_slice() else {
        panic!("one translation")
    };
    let translated = hungarian.apply(story);
    for (english, magyar) in story.tour.iter().zip(&translated.tour) {
        assert_ne!(
            english.caption, magyar.caption,
            "{} is not translated",
            english.id
        );
    }
    assert_eq!(
        translated.tour[9].caption.as_deref(),
        Some(
            "November 1.: Magyarország kilép a Varsói Szerződésből, és kinyilvánítja semlegességét."
        )
    );
}
