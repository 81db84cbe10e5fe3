//! Fuzz target: any bytes given to the story loader and validator (and to the parsers of typed
//! times and of the remembered state) give a result or a list of problems, never a panic.
#![no_main]

use hungary1956::saved::Remembered;
use hungary1956::story::{AssetRoot, StoryClock, parse_story};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = parse_story(data, "fuzz.json", AssetRoot::Embedded);
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = Remembered::parse(text);
    }
    if let (Ok(text), Ok(clock)) = (std::str::from_utf8(data), StoryClock::new("Europe/Budapest")) {
        if let Ok((reference, _)) = clock.parse("1956-10-23T00:00") {
            let _ = clock.parse_user(text, reference);
        }
    }
});
