//! A synthetic story for scale tests and benchmarks: `events` events and `places` places spread
//! over the same thirteen days and over Europe, deterministic for a seed.

/// The JSON text of a synthetic story (built-in asset root, so it loads like the default one).
pub fn synthetic_story(events: usize, places: usize, seed: u64) -> String {
    let mut rng = fastrand::Rng::with_seed(seed);
    let polities = [
        ("hungary", "warsaw-pact"),
        ("poland", "warsaw-pact"),
        ("austria", "neutral"),
        ("yugoslavia", "non-aligned"),
        ("frg", "nato"),
    ];
    let polity_json: Vec<String> = polities
        .iter()
        .map(|(id, alliance)| {
            format!(
                r#"{{"id":"{id}","name":"State {id}","short_name":"{id}","alliance":"{alliance}"}}"#
            )
        })
        .collect();
    let kinds = ["city", "site", "region", "capital"];
    let place_json: Vec<String> = (0..places)
        .map(|i| {
            let lat = 38.0 + rng.f64() * 20.0;
            let lon = -2.0 + rng.f64() * 40.0;
            let kind = kinds[rng.usize(0..kinds.len())];
            let (polity, _) = polities[rng.usize(0..polities.len())];
            format!(
                r#"{{"id":"p{i}","name":"Place {i}","kind":"{kind}","lat":{lat:.4},"lon":{lon:.4},"polity":"{polity}"}}"#
            )
        })
        .collect();
    let tracks = ["streets", "government", "soviet", "international"];
    let minutes_in_story = 13 * 24 * 60;
    let event_json: Vec<String> = (0..events)
        .map(|i| {
            let start = rng.usize(0..minutes_in_story - 1);
            let span = if rng.bool() { Some(rng.usize(10..(12 * 60))) } else { None };
            let time = |m: usize| {
                let day = 23 + m / 1440;
                let (month, day) = if day > 31 { (11, day - 31) } else { (10, day) };
                format!("1956-{month:02}-{day:02}T{:02}:{:02}", (m % 1440) / 60, m % 60)
            };
            let end = span
                .map(|s| format!(r#","end":"{}""#, time((start + s).min(minutes_in_story - 1))))
                .unwrap_or_default();
            let place_count = 1 + rng.usize(0..3);
            let places: Vec<String> = (0..place_count)
                .map(|_| format!(r#""p{}""#, rng.usize(0..places)))
                .collect();
            let track = tracks[rng.usize(0..tracks.len())];
            format!(
                r#"{{"id":"e{i}","start":"{}"{end},"title":"Event number {i} of the synthetic story","places":[{}],"summary":"Summary {i}.","body":["Paragraph one of {i}.","Paragraph two."],"sources":[{{"title":"Synthetic"}}],"confidence":"medium","track":"{track}"}}"#,
                time(start),
                places.join(",")
            )
        })
        .collect();
    let track_json: Vec<String> = tracks
        .iter()
        .map(|t| format!(r#"{{"id":"{t}","name":"Track {t}"}}"#))
        .collect();
    format!(
        r#"{{"format":1,"title":"Synthetic story","timezone":"Europe/Budapest","start":"1956-10-23T00:00","end":"1956-11-05T00:00",
"tracks":[{}],"polities":[{}],"places":[{}],"events":[{}]}}"#,
        track_json.join(","),
        polity_json.join(","),
        place_json.join(","),
        event_json.join(",\n")
    )
}
