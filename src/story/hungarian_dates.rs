//! Dates and times as a Hungarian text writes them ("1956. október 23., kedd 15:00",
//! "okt. 23."), and Hungarian dates as users type them ("nov. 1. 19:50",
//! "1956. november 1. 19:50"). jiff has no Hungarian names; these are the twelve months and
//! seven days, nothing more. No egui.

use jiff::civil::{DateTime, Weekday};

/// Month names, January first.
const MONTHS: [&str; 12] = [
    "január",
    "február",
    "március",
    "április",
    "május",
    "június",
    "július",
    "augusztus",
    "szeptember",
    "október",
    "november",
    "december",
];
/// Their abbreviations, as Hungarian style guides give them.
const MONTHS_SHORT: [&str; 12] = [
    "jan.", "febr.", "márc.", "ápr.", "máj.", "jún.", "júl.", "aug.", "szept.", "okt.", "nov.",
    "dec.",
];

fn month(at: DateTime) -> &'static str {
    MONTHS
        .get(usize::try_from(at.month() - 1).unwrap_or(0))
        .copied()
        .unwrap_or_default()
}

fn month_short(at: DateTime) -> &'static str {
    MONTHS_SHORT
        .get(usize::try_from(at.month() - 1).unwrap_or(0))
        .copied()
        .unwrap_or_default()
}

fn weekday(at: DateTime) -> &'static str {
    match at.weekday() {
        Weekday::Monday => "hétfő",
        Weekday::Tuesday => "kedd",
        Weekday::Wednesday => "szerda",
        Weekday::Thursday => "csütörtök",
        Weekday::Friday => "péntek",
        Weekday::Saturday => "szombat",
        Weekday::Sunday => "vasárnap",
    }
}

/// "1956. október 23., kedd 15:00".
pub(super) fn long(at: DateTime) -> String {
    format!("{} {}", date(at), clock(at))
}

/// "1956. október 23., kedd".
pub(super) fn date(at: DateTime) -> String {
    format!(
        "{}. {} {}., {}",
        at.year(),
        month(at),
        at.day(),
        weekday(at)
    )
}

/// "okt. 23. 15:00".
pub(super) fn short(at: DateTime) -> String {
    format!("{} {}", day(at), clock(at))
}

/// "okt. 23.".
pub(super) fn day(at: DateTime) -> String {
    format!("{} {}.", month_short(at), at.day())
}

/// "1956. okt. 23.", for ticks weeks or years apart.
pub(super) fn date_short(at: DateTime) -> String {
    format!("{}. {}", at.year(), day(at))
}

/// "okt. 23., kedd", for the timeline's day ticks.
pub(super) fn day_tick(at: DateTime) -> String {
    format!("{}, {}", day(at), weekday(at))
}

/// "15:00".
pub(super) fn clock(at: DateTime) -> String {
    format!("{:02}:{:02}", at.hour(), at.minute())
}

/// A Hungarian date as typed ("1956. november 1. 19:50", "nov. 1. 19:50", "nov 1", in any
/// case, with or without the dots) written as `YYYY-MM-DD HH:MM`, the year `year` unless
/// given; `None` if it is not one.
pub(super) fn normalize(text: &str, year: i16) -> Option<String> {
    let words: Vec<String> = text
        .split_whitespace()
        .map(|word| word.trim_end_matches(['.', ',']).to_lowercase())
        .filter(|word| !word.is_empty())
        .collect();
    let (year, rest) = match words.split_first() {
        Some((first, rest)) if first.len() == 4 && first.parse::<i16>().is_ok() => {
            (first.parse().ok()?, rest)
        }
        _ => (year, words.as_slice()),
    };
    let [month_word, day, time @ ..] = rest else {
        return None;
    };
    let month = MONTHS.iter().zip(MONTHS_SHORT).position(|(full, short)| {
        month_word == full || *month_word == short.trim_end_matches('.')
                // "nov" for "nov.", "szep" for "szept."
                || (month_word.len() >= 3 && full.starts_with(month_word.as_str()))
    })? + 1;
    let day: u8 = day.parse().ok()?;
    let time = match time {
        [] => "00:00",
        [time] => time.as_str(),
        _ => return None,
    };
    Some(format!("{year:04}-{month:02}-{day:02} {time}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_dates_as_hungarian_texts_do() {
        let at = jiff::civil::date(1956, 10, 23).at(15, 0, 0, 0);
        assert_eq!(long(at), "1956. október 23., kedd 15:00");
        assert_eq!(date(at), "1956. október 23., kedd");
        assert_eq!(short(at), "okt. 23. 15:00");
        assert_eq!(day(at), "okt. 23.");
        let at = jiff::civil::date(1956, 11, 4).at(5, 20, 0, 0);
        assert_eq!(long(at), "1956. november 4., vasárnap 05:20");
        assert_eq!(day_tick(at), "nov. 4., vasárnap");
    }

    #[test]
    fn reads_hungarian_dates_as_typed() {
        for (typed, expected) in [
            ("nov. 1. 19:50", "1956-11-01 19:50"),
            ("1956. november 1. 19:50", "1956-11-01 19:50"),
            ("Nov 1 19:50", "1956-11-01 19:50"),
            ("október 23.", "1956-10-23 00:00"),
            ("szept. 30. 08:00", "1956-09-30 08:00"),
        ] {
            assert_eq!(normalize(typed, 1956).as_deref(), Some(expected), "{typed}");
        }
        for bad in ["holnap", "19:50", "1956-11-01", "nov. x. 10:00", "no. 1"] {
            assert_eq!(normalize(bad, 1956), None, "{bad}");
        }
    }
}
