//! Property tests: random valid stories load with what they say; the events "happening now"
//! found through the time index, and how each place stands, are what a full scan finds;
//! random damage to a story
//! file never makes the loader panic.

use hungary1956::story::{AssetRoot, PlaceTime, parse_story};
use proptest::prelude::*;
use serde_json::json;

/// A random story: its JSON, its places' coordinates, and its events' titles, start minutes
/// and spans, for checking what was loaded.
type RandomStory = (String, Vec<(f64, f64)>, Vec<(String, u32, Option<u32>)>);

/// A random valid story.
fn valid_story() -> impl Strategy<Value = RandomStory> {
    let places = prop::collection::vec((-89.0f64..89.0, -179.0f64..179.0), 1..6);
    let events = prop::collection::vec(
        (
            "[a-zA-Z0-9áéíóöőúüű ,.'-]{1,30}",
            0u32..(13 * 24 * 60),
            prop::option::of(0u32..600),
        ),
        1..8,
    );
    (places, events).prop_map(|(places, events)| {
        let minutes = |m: u32| {
            let day = 23 + m / 1440;
            let (month, day) = if day > 31 { (11, day - 31) } else { (10, day) };
            format!("1956-{month:02}-{day:02}T{:02}:{:02}", (m % 1440) / 60, m % 60)
        };
        let place_json: Vec<_> = places
            .iter()
            .enumerate()
            .map(|(i, (lat, lon))| json!({"id": format!("p{i}"), "name": format!("Place {i}"), "kind": "city", "lat": lat, "lon": lon}))
            .collect();
        let event_json: Vec<_> = events
            .iter()
            .enumerate()
            .map(|(i, (title, start, span))| {
                let mut event = json!({
                    "id": format!("e{i}"), "start": minutes(*start), "title": title,
                    "places": [format!("p{}", i % places.len())], "summary": "s",
                    "body": ["b"], "sources": [{"title": "t"}], "confidence": "low"
                });
                if let Some(span) = span {
                    let end = (start + span).min(13 * 24 * 60 - 1);
                    event["end"] = json!(minutes(end));
                }
                event
            })
            .collect();
        let story = json!({
            "format": 1, "title": "Random", "timezone": "Europe/Budapest",
            "start": "1956-10-23T00:00", "end": "1956-11-05T00:00",
            "polities": [], "places": place_json, "events": event_json
        });
        (story.to_string(), places, events)
    })
}

/// A story that the generator made valid, loaded.
fn parsed(text: &str) -> hungary1956::story::Story {
    parse_story(text.as_bytes(), "random.json", AssetRoot::Embedded)
        .expect("a valid story")
        .story
}

/// Moments so many minutes after the story's start.
fn moments(story: &hungary1956::story::Story, minutes: &[i64]) -> Vec<jiff::Timestamp> {
    minutes
        .iter()
        .map(|&m| story.start + jiff::SignedDuration::from_mins(m))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn random_valid_stories_load_with_what_they_say((text, places, events) in valid_story()) {
        let loaded = parse_story(text.as_bytes(), "random.json", AssetRoot::Embedded);
        let story = match loaded {
            Ok(loaded) => loaded.story,
            Err(err) => panic!("a valid story was refused: {:#?}", err.problems),
        };
        prop_assert_eq!(story.places.len(), places.len());
        for (i, (lat, lon)) in places.iter().enumerate() {
            let place = story.place(story.place_by_id(&format!("p{i}")).unwrap()).unwrap();
            prop_assert_eq!((place.lat, place.lon), (*lat, *lon));
        }
        prop_assert_eq!(story.events.len(), events.len());
        for (i, (title, _, span)) in events.iter().enumerate() {
            let event = story.event(story.event_by_id(&format!("e{i}")).unwrap()).unwrap();
            prop_assert_eq!(&event.title, title);
            prop_assert_eq!(event.end.is_some(), span.is_some());
        }
        // Sorted by time, as the views rely on.
        prop_assert!(story.events.windows(2).all(|w| w[0].start <= w[1].start));
    }

    #[test]
    fn the_time_index_finds_exactly_the_events_happening_now(
        (text, _, _) in valid_story(),
        minutes in prop::collection::vec(0i64..(13 * 24 * 60 + 60), 1..16),
    ) {
        let story = parsed(&text);
        for at in moments(&story, &minutes) {
            let scanned: Vec<_> = story
                .indexed_events()
                .filter(|(_, e)| e.is_active_at(at))
                .map(|(ix, _)| ix)
                .collect();
            prop_assert_eq!(story.active_events(at), scanned);
        }
    }

    #[test]
    fn places_stand_as_a_full_scan_of_their_events_says(
        (text, _, _) in valid_story(),
        minutes in prop::collection::vec(0i64..(13 * 24 * 60 + 60), 1..12),
    ) {
        let story = parsed(&text);
        // Some filter that keeps some events and drops others.
        let shown = |e: &hungary1956::story::Event| !e.title.len().is_multiple_of(3);
        for at in moments(&story, &minutes) {
            for (place, _) in story.indexed_places() {
                let events: Vec<_> = story
                    .indexed_events()
                    .filter(|(ix, _)| story.events_at_place(place).contains(ix))
                    .map(|(_, e)| e)
                    .filter(|e| shown(e))
                    .collect();
                let expected = if events.iter().any(|e| e.is_active_at(at)) {
                    PlaceTime::Now
                } else if events.iter().any(|e| e.start <= at) {
                    PlaceTime::Past
                } else if !events.is_empty() {
                    PlaceTime::Future
                } else {
                    PlaceTime::Quiet
                };
                prop_assert_eq!(story.place_time_filtered(place, at, shown), expected);
            }
        }
    }

    #[test]
    fn damaged_stories_never_panic(
        edits in prop::collection::vec((0usize..4000, any::<u8>(), 0u8..3), 1..12),
        cut in prop::option::of(0usize..4000),
    ) {
        let mut bytes = include_bytes!("fixtures/good/mini.json").to_vec();
        for (at, byte, kind) in edits {
            let at = at % (bytes.len() + 1);
            match kind {
                0 if at < bytes.len() => bytes[at] = byte,
                1 => bytes.insert(at, byte),
                _ if at < bytes.len() => { bytes.remove(at); }
                _ => {}
            }
        }
        if let Some(cut) = cut {
            bytes.truncate(cut.min(bytes.len()));
        }
        // Either result is fine; a panic fails the test.
        let _ = parse_story(&bytes, "damaged.json", AssetRoot::Embedded);
    }
}
