//! The fact check of the built-in story: the corrected facts, the new events, the recorded
//! disagreements and the sources, as a reader of the story meets them. Part of the
//! `default_story` tests.

use hungary1956::story::Story;

use super::{local_date, story};

fn event<'a>(story: &'a Story, id: &str) -> &'a hungary1956::story::Event {
    let ix = story
        .event_by_id(id)
        .unwrap_or_else(|| panic!("no event {id}"));
    story.event(ix).unwrap()
}

fn place<'a>(story: &'a Story, id: &str) -> &'a hungary1956::story::Place {
    let ix = story
        .place_by_id(id)
        .unwrap_or_else(|| panic!("no place {id}"));
    story.place(ix).unwrap()
}

/// Everything a reader sees of an event: title, summary, body, disputes and dating note.
fn visible_text(event: &hungary1956::story::Event) -> String {
    let mut text = format!("{}\n{}\n", event.title, event.summary);
    for paragraph in event.body.iter().chain(&event.disputed) {
        text.push_str(paragraph);
        text.push('\n');
    }
    text.push_str(event.dating_note.as_deref().unwrap_or_default());
    text
}

/// Great-circle distance in metres.
fn metres(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1, la2, lo2) = (
        a.0.to_radians(),
        a.1.to_radians(),
        b.0.to_radians(),
        b.1.to_radians(),
    );
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * 6_371_000.0 * h.sqrt().asin()
}

fn places_of(story: &Story, id: &str) -> Vec<String> {
    event(story, id)
        .places
        .iter()
        .map(|&p| story.place(p).unwrap().id.clone())
        .collect()
}

#[test]
fn the_foreign_minister_at_the_3_november_session_is_imre_horvath() {
    let story = story();
    let session = event(&story, "presidium-3-nov-kadar");
    let text = visible_text(session);
    assert!(text.contains("Imre Horváth"), "{text}");
    for event in &story.events {
        assert!(
            !visible_text(event).contains("István Horváth"),
            "{} still names István Horváth",
            event.id
        );
    }
    assert!(
        session
            .sources
            .iter()
            .any(|s| s.url.as_deref()
                == Some("http://digitalarchive.wilsoncenter.org/document/111886")),
        "Imre Horváth's own notes are cited"
    );
}

#[test]
fn nagy_and_kadar_were_chosen_at_party_headquarters_not_in_parliament() {
    let story = story();
    let hq = place(&story, "party-headquarters");
    assert!(hq.name.contains("Akadémia utca 17"), "{}", hq.name);
    assert_eq!(hq.within, story.place_by_id("budapest"));
    // Akadémia utca 17 lies some 450–500 m south of the Parliament marker.
    let parliament = place(&story, "parliament");
    let apart = metres((hq.lat, hq.lon), (parliament.lat, parliament.lon));
    assert!(
        (350.0..600.0).contains(&apart),
        "{apart:.0} m from Parliament"
    );
    assert!(
        metres((hq.lat, hq.lon), (47.503, 19.0474)) < 150.0,
        "{}, {}",
        hq.lat,
        hq.lon
    );
    for id in ["nagy-prime-minister", "gero-replaced-kadar"] {
        let places = places_of(&story, id);
        assert!(
            places.contains(&"party-headquarters".to_string()),
            "{id}: {places:?}"
        );
        assert!(
            !places.contains(&"parliament".to_string()),
            "{id}: {places:?}"
        );
    }
    assert_eq!(local_date(&story, "nagy-prime-minister"), "1956-10-24");
    assert_eq!(local_date(&story, "gero-replaced-kadar"), "1956-10-25");
}

#[test]
fn the_new_events_are_on_their_days() {
    let story = story();
    for (id, day, place) in [
        ("dulles-dallas-speech", "1956-10-27", "dallas"),
        ("radio-free-europe", "1956-10-27", "munich"),
        ("dawn-28-oct", "1956-10-28", "corvin-passage"),
        ("presidium-2-nov-kadar", "1956-11-02", "moscow"),
        ("kadar-reaches-szolnok", "1956-11-04", "szolnok"),
    ] {
        assert_eq!(local_date(&story, id), day, "{id}");
        assert!(places_of(&story, id).contains(&place.to_string()), "{id}");
        assert!(event(&story, id).sources.len() >= 2, "{id} has one source");
    }
    // Dawn of 28 October: the attack on Corvin Passage beaten back, Széna tér lost and retaken,
    // all before the 13:20 ceasefire.
    let dawn = event(&story, "dawn-28-oct");
    assert!(places_of(&story, "dawn-28-oct").contains(&"szena-ter".to_string()));
    let ceasefire = event(&story, "ceasefire-radio-address");
    assert!(dawn.start < ceasefire.start);
    assert!(dawn.dating_note.is_some(), "'at dawn' is approximate");
    // 2 November: Kádár and Münnich in Moscow; Kádár still against intervention.
    let text = visible_text(event(&story, "presidium-2-nov-kadar"));
    assert!(text.contains("Kádár") && text.contains("Münnich"), "{text}");
    // 4 November: Kádár reaches Szolnok around midday, hours after the 05:05 proclamation.
    let szolnok = event(&story, "kadar-reaches-szolnok");
    assert_eq!(
        story.clock.format_long(szolnok.start),
        "Sun 4 Nov 1956, 12:00"
    );
    assert!(
        szolnok
            .dating_note
            .as_deref()
            .unwrap_or_default()
            .contains("midday")
    );
    assert!(event(&story, "kadar-proclamation").start < szolnok.start);
    // 27 October: Dulles in Dallas, cabled to Moscow on 29 October.
    let dulles = visible_text(event(&story, "dulles-dallas-speech"));
    assert!(dulles.contains("potential military allies"), "{dulles}");
    assert!(dulles.contains("29 October"), "{dulles}");
    // Radio Free Europe: what it promised is disputed.
    assert!(!event(&story, "radio-free-europe").disputed.is_empty());
}

#[test]
fn the_disputed_points_are_recorded() {
    let story = story();
    // Tököl: Piros only in the dispute, not as a fact.
    let tokol = event(&story, "maleter-arrest-tokol");
    assert!(tokol.body.iter().all(|p| !p.contains("Piros")));
    assert!(
        tokol
            .disputed
            .iter()
            .any(|d| d.contains("Piros") && d.contains("28 October"))
    );
    // Neutrality was not among the sixteen points of 22 October.
    let pact = visible_text(event(&story, "warsaw-pact-withdrawal"));
    assert!(!pact.contains("since 22 October"), "{pact}");
    assert!(pact.contains("sixteen points"), "{pact}");
    // Refugees: the Hegyeshalom crossing closed on 28 October in the 1956 Institute chronology.
    let refugees = event(&story, "refugees-austria");
    assert!(
        refugees
            .body
            .iter()
            .all(|p| !p.contains("had been open since"))
    );
    assert!(
        refugees
            .disputed
            .iter()
            .any(|d| d.contains("Hegyeshalom") && d.contains("28 October"))
    );
    // Corvin Passage: five tanks or three; Iván Kovács first, Pongrátz on 28 Oct or 1 Nov.
    let corvin = event(&story, "corvin-passage");
    let disputed = corvin.disputed.join("\n");
    for needle in [
        "five",
        "three",
        "Iván Kovács",
        "Pongrátz",
        "28 October",
        "1 November",
    ] {
        assert!(disputed.contains(needle), "Corvin dispute lacks {needle}");
    }
    assert!(corvin.body.iter().all(|p| !p.contains("five tanks")));
    // Death tolls and counts.
    let debrecen = event(&story, "debrecen-shooting");
    assert!(
        debrecen
            .disputed
            .iter()
            .any(|d| d.contains("two") && d.contains("three"))
    );
    let miskolc = event(&story, "miskolc-uprising");
    assert!(miskolc.disputed.iter().any(|d| d.contains("sixteen")));
    let radio = event(&story, "radio-siege");
    assert!(radio.disputed.iter().any(|d| d.contains("20:15")));
    let withdrawal = visible_text(event(&story, "soviet-withdrawal-budapest"));
    assert!(withdrawal.contains("3,200") && withdrawal.contains("Budaörs"));
    assert!(!withdrawal.contains("Hundreds of its members"));
}

#[test]
fn the_wording_matches_the_record() {
    let story = story();
    let overview = story.overview.join("\n");
    assert!(
        !overview.contains("three days earlier"),
        "Kádár vanished on 1 November"
    );
    assert!(overview.contains("evening of 1 November"));
    // The night of 27/28 October: the Political Committee, not the presidium of 28 October.
    for id in ["new-government-27-oct", "ceasefire-radio-address"] {
        let text = visible_text(event(&story, id));
        assert!(text.contains("Political Committee"), "{id}");
        assert!(!text.contains("party presidium, with Mikoyan"), "{id}");
    }
    // The Kossuth Square massacre coincided with Gerő's removal; it did not hasten it.
    let massacre = visible_text(event(&story, "kossuth-square-massacre"));
    assert!(!massacre.contains("hastened"), "{massacre}");
}

#[test]
fn places_and_names_are_right_for_1956() {
    let story = story();
    let village = place(&story, "felsopeteny");
    assert!(metres((village.lat, village.lon), (47.889, 19.198)) < 300.0);
    // The story and the base map both say Uzhgorod; Sztálinváros is explained.
    let uzhgorod = place(&story, "uzhhorod");
    assert!(uzhgorod.name.starts_with("Uzhgorod"), "{}", uzhgorod.name);
    let steel_town = place(&story, "dunapentele");
    assert!(
        steel_town.name.starts_with("Sztálinváros"),
        "{}",
        steel_town.name
    );
    assert!(
        steel_town
            .description
            .as_deref()
            .unwrap_or_default()
            .contains("Dunapentele")
    );
    let labels: serde_json::Value =
        serde_json::from_str(include_str!("../../data/basemap/labels.json"))
            .expect("labels.json parses");
    let names: Vec<&str> = labels
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|l| l["name"].as_str())
        .collect();
    for name in ["Varna", "Uzhgorod", "Sztálinváros"] {
        assert!(names.contains(&name), "no {name} on the base map");
    }
    // Varna was called Stalin only until October 1956.
    assert!(!names.contains(&"Stalin"), "the base map still says Stalin");
}

#[test]
fn sources_are_archives_not_mirrors() {
    let story = story();
    let urls = story
        .events
        .iter()
        .flat_map(|e| e.sources.iter().map(move |s| (e.id.as_str(), s)))
        .chain(story.overview_sources.iter().map(|s| ("overview", s)))
        .filter_map(|(id, s)| s.url.as_deref().map(|u| (id, u)));
    for (id, url) in urls {
        for bad in [
            "pev.pl",
            "wikisum",
            "threadreaderapp",
            "digitalarchive.wilsoncenter.org/search",
            "issuhub",
            "issuu",
        ] {
            assert!(!url.contains(bad), "{id} cites {url}");
        }
    }
}
