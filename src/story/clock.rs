//! Story time: parsing the file's civil times and formatting instants in the story's time zone.

use jiff::civil::{Date, DateTime};
use jiff::tz::TimeZone;
use jiff::{Timestamp, Zoned};

use super::hungarian_dates;
use crate::i18n::Language;

/// How precisely a time in the story is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    /// Known to the minute (`YYYY-MM-DDTHH:MM`).
    Minute,
    /// Known only to the day (`YYYY-MM-DD`).
    Day,
}

/// Why a time in the file could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TimeError {
    /// Not of the form `YYYY-MM-DDTHH:MM` or `YYYY-MM-DD`.
    #[error("{text:?} is not a time of the form YYYY-MM-DDTHH:MM or YYYY-MM-DD")]
    Malformed {
        /// The text as written.
        text: String,
    },
    /// The civil time does not exist or is ambiguous in the zone.
    #[error("{text:?} cannot be placed in time zone {zone}: {reason}")]
    NotInZone {
        /// The text as written.
        text: String,
        /// Zone name.
        zone: String,
        /// What jiff said.
        reason: String,
    },
}

impl TimeError {
    /// What is wrong, in any language (jiff's own words kept as they are).
    pub fn text(&self) -> crate::i18n::Text {
        match self {
            Self::Malformed { text } => {
                crate::text!("problem-time-malformed", time = super::quote(text))
            }
            Self::NotInZone { text, zone, reason } => crate::text!(
                "problem-time-not-in-zone",
                time = super::quote(text),
                zone = zone,
                reason = reason
            ),
        }
    }
}

/// The story's time zone, and the one place where story times are parsed and formatted, in
/// the language the app speaks.
#[derive(Debug, Clone)]
pub struct StoryClock {
    zone: TimeZone,
    zone_name: String,
    language: Language,
}

impl StoryClock {
    /// A clock for the named IANA zone, from the tz database embedded in the binary only (never
    /// the system's zoneinfo, nor `TZDIR`), so that a story reads the same everywhere.
    pub fn new(zone_name: &str) -> Result<Self, jiff::Error> {
        static BUNDLED: std::sync::LazyLock<jiff::tz::TimeZoneDatabase> =
            std::sync::LazyLock::new(jiff::tz::TimeZoneDatabase::bundled);
        let zone = BUNDLED.get(zone_name)?;
        Ok(Self {
            zone,
            zone_name: zone_name.to_owned(),
            language: Language::default(),
        })
    }

    /// Formats dates and times in `language` from now on.
    pub fn set_language(&mut self, language: Language) {
        self.language = language;
    }

    /// The language dates and times are written in.
    pub fn language(&self) -> Language {
        self.language
    }

    /// The instant as a civil time in the story's zone, in the clock's language: `english`
    /// formats it with jiff, `hungarian` with the Hungarian names.
    fn words(&self, at: Timestamp, english: &str, hungarian: fn(DateTime) -> String) -> String {
        let zoned = self.zoned(at);
        match self.language.base() {
            Language::Hungarian => hungarian(zoned.datetime()),
            _ => zoned.strftime(english).to_string(),
        }
    }

    /// A clock in UTC (the loader checks times with it when a story's own zone is unknown).
    pub fn utc() -> Self {
        Self {
            zone: TimeZone::UTC,
            zone_name: "UTC".to_owned(),
            language: Language::default(),
        }
    }

    /// The zone's IANA name.
    pub fn zone_name(&self) -> &str {
        &self.zone_name
    }

    /// Parses `YYYY-MM-DDTHH:MM` or `YYYY-MM-DD` (local civil time) into an instant.
    pub fn parse(&self, text: &str) -> Result<(Timestamp, Precision), TimeError> {
        let malformed = || TimeError::Malformed {
            text: text.to_owned(),
        };
        let (civil, precision) = match text.len() {
            10 => {
                let date: Date = text.parse().map_err(|_| malformed())?;
                (
                    date.to_datetime(jiff::civil::Time::midnight()),
                    Precision::Day,
                )
            }
            16 if text.as_bytes().get(10) == Some(&b'T') => {
                let civil: DateTime = text.parse().map_err(|_| malformed())?;
                (civil, Precision::Minute)
            }
            _ => return Err(malformed()),
        };
        let at = self
            .zone
            .to_ambiguous_timestamp(civil)
            .unambiguous()
            .map_err(|err| TimeError::NotInZone {
                text: text.to_owned(),
                zone: self.zone_name.clone(),
                reason: err.to_string(),
            })?;
        Ok((at, precision))
    }

    /// Parses a time a user typed: `1956-11-01 19:50`, `1956-11-01T19:50`, `1 Nov 19:50`,
    /// `1 November 1956 19:50`, `1 Nov` (midnight) or `19:50` (on the day of `reference`), or
    /// in Hungarian `nov. 1. 19:50` and `1956. november 1. 19:50`, whatever the language.
    /// Months in words may be abbreviated; case does not matter.
    pub fn parse_user(&self, text: &str, reference: Timestamp) -> Result<Timestamp, String> {
        let day = self.zoned(reference).date();
        let year = day.year();
        let text = hungarian_dates::normalize(text, year).unwrap_or_else(|| text.to_owned());
        let text = text.trim().replace(',', " ");
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let candidates = [
            (text.clone(), "%Y-%m-%d %H:%M"),
            (text.clone(), "%Y-%m-%dT%H:%M"),
            (format!("{text} 00:00"), "%Y-%m-%d %H:%M"),
            (text.clone(), "%d %b %Y %H:%M"),
            (format!("{text} 00:00"), "%d %b %Y %H:%M"),
            (format!("{year} {text}"), "%Y %d %b %H:%M"),
            (format!("{year} {text} 00:00"), "%Y %d %b %H:%M"),
            (text.clone(), "%d %B %Y %H:%M"),
            (format!("{text} 00:00"), "%d %B %Y %H:%M"),
            (format!("{year} {text}"), "%Y %d %B %H:%M"),
            (format!("{year} {text} 00:00"), "%Y %d %B %H:%M"),
            (format!("{day} {text}"), "%Y-%m-%d %H:%M"),
        ];
        let civil = candidates
            .iter()
            .find_map(|(candidate, format)| DateTime::strptime(format, candidate).ok())
            .ok_or_else(|| {
                format!("{text:?} is not a time; try 1956-11-01 19:50, 1 Nov 19:50 or 19:50")
            })?;
        self.zone
            .to_ambiguous_zoned(civil)
            .unambiguous()
            .map(|zoned| zoned.timestamp())
            .map_err(|err| err.to_string())
    }

    /// The instant as a zoned time in the story's zone.
    pub fn zoned(&self, at: Timestamp) -> Zoned {
        at.to_zoned(self.zone.clone())
    }

    /// "Thu 1 Nov 1956, 19:50" ("1956. november 1., csütörtök 19:50").
    pub fn format_long(&self, at: Timestamp) -> String {
        self.words(at, "%a %-d %b %Y, %H:%M", hungarian_dates::long)
    }

    /// "Thu 1 Nov 1956" ("1956. november 1., csütörtök").
    pub fn format_date(&self, at: Timestamp) -> String {
        self.words(at, "%a %-d %b %Y", hungarian_dates::date)
    }

    /// "1956-11-01 19:50", as typed in the time field.
    pub fn format_input(&self, at: Timestamp) -> String {
        self.zoned(at).strftime("%Y-%m-%d %H:%M").to_string()
    }

    /// "1956-11-01T19:50", as given to `--at`.
    pub fn format_arg(&self, at: Timestamp) -> String {
        self.zoned(at).strftime("%Y-%m-%dT%H:%M").to_string()
    }

    /// "1 Nov, 19:50" ("nov. 1. 19:50").
    pub fn format_short(&self, at: Timestamp) -> String {
        self.words(at, "%-d %b, %H:%M", hungarian_dates::short)
    }

    /// A time known as precisely as `precision` says, in few words: "1 Nov, 19:50", or
    /// "1 Nov" for a day whose hour nobody recorded.
    pub fn format_short_as(&self, at: Timestamp, precision: Precision) -> String {
        match precision {
            Precision::Minute => self.format_short(at),
            Precision::Day => self.format_day(at),
        }
    }

    /// A time known as precisely as `precision` says, in full: "Thu 1 Nov 1956, 19:50", or
    /// "Thu 1 Nov 1956" for a day whose hour nobody recorded.
    pub fn format_long_as(&self, at: Timestamp, precision: Precision) -> String {
        match precision {
            Precision::Minute => self.format_long(at),
            Precision::Day => self.format_date(at),
        }
    }

    /// As given to `--at`, as precisely as known: "1956-11-01T19:50" or "1956-11-01".
    pub fn format_arg_as(&self, at: Timestamp, precision: Precision) -> String {
        match precision {
            Precision::Minute => self.format_arg(at),
            Precision::Day => self.zoned(at).strftime("%Y-%m-%d").to_string(),
        }
    }

    /// "19:50".
    pub fn format_clock(&self, at: Timestamp) -> String {
        self.words(at, "%H:%M", hungarian_dates::clock)
    }

    /// "1 Nov" ("nov. 1."), for day ticks with little room.
    pub fn format_day(&self, at: Timestamp) -> String {
        self.words(at, "%-d %b", hungarian_dates::day)
    }

    /// The city the story's time zone is named after ("Budapest" for Europe/Budapest), to
    /// say whose local time the story keeps.
    pub fn zone_city(&self) -> String {
        let name = self.zone_name.as_str();
        name.rsplit('/').next().unwrap_or(name).replace('_', " ")
    }

    /// "1 Nov 1956" ("1956. nov. 1."), for ticks weeks or years apart.
    pub fn format_date_short(&self, at: Timestamp) -> String {
        self.words(at, "%-d %b %Y", hungarian_dates::date_short)
    }

    /// "Thu 1 Nov" ("nov. 1., csütörtök") for day ticks.
    pub fn format_day_tick(&self, at: Timestamp) -> String {
        self.words(at, "%a %-d %b", hungarian_dates::day_tick)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_minutes_and_days_in_budapest_time() {
        let clock = StoryClock::new("Europe/Budapest").unwrap();
        let (t, p) = clock.parse("1956-11-01T19:50").unwrap();
        assert_eq!(p, Precision::Minute);
        // CET (UTC+1) in autumn 1956: summer time had ended on 30 September.
        assert_eq!(t.to_string(), "1956-11-01T18:50:00Z");
        assert_eq!(clock.format_long(t), "Thu 1 Nov 1956, 19:50");
        let (d, p) = clock.parse("1956-10-23").unwrap();
        assert_eq!(p, Precision::Day);
        assert_eq!(clock.format_long(d), "Tue 23 Oct 1956, 00:00");
    }

    #[test]
    fn parses_what_users_type() {
        let clock = StoryClock::new("Europe/Budapest").unwrap();
        let (reference, _) = clock.parse("1956-10-30T08:00").unwrap();
        for (typed, expected) in [
            ("1956-11-01 19:50", "Thu 1 Nov 1956, 19:50"),
            ("1956-11-01T19:50", "Thu 1 Nov 1956, 19:50"),
            ("1 Nov 19:50", "Thu 1 Nov 1956, 19:50"),
            ("1 november 19:50", "Thu 1 Nov 1956, 19:50"),
            ("  1 Nov,  19:50 ", "Thu 1 Nov 1956, 19:50"),
            ("4 Nov 1956 05:20", "Sun 4 Nov 1956, 05:20"),
            ("23 Oct", "Tue 23 Oct 1956, 00:00"),
            ("1956-10-25", "Thu 25 Oct 1956, 00:00"),
            ("14:28", "Tue 30 Oct 1956, 14:28"),
        ] {
            let parsed = clock.parse_user(typed, reference);
            assert_eq!(
                parsed.map(|t| clock.format_long(t)),
                Ok(expected.to_owned()),
                "{typed}"
            );
        }
        for bad in ["tomorrow", "32 Oct 10:00", "1 Nov 25:00", ""] {
            assert!(clock.parse_user(bad, reference).is_err(), "{bad}");
        }
    }

    #[test]
    fn speaks_hungarian_when_asked() {
        let mut clock = StoryClock::new("Europe/Budapest").unwrap();
        let (reference, _) = clock.parse("1956-10-30T08:00").unwrap();
        clock.set_language(Language::Hungarian);
        let (at, _) = clock.parse("1956-10-23T15:00").unwrap();
        assert_eq!(clock.format_long(at), "1956. október 23., kedd 15:00");
        assert_eq!(clock.format_short(at), "okt. 23. 15:00");
        assert_eq!(clock.format_day(at), "okt. 23.");
        for typed in ["nov. 1. 19:50", "1956. november 1. 19:50", "1 Nov 19:50"] {
            let parsed = clock
                .parse_user(typed, reference)
                .map(|t| clock.format_long(t));
            assert_eq!(
                parsed.as_deref(),
                Ok("1956. november 1., csütörtök 19:50"),
                "{typed}"
            );
        }
        clock.set_language(Language::English);
        assert_eq!(clock.format_long(at), "Tue 23 Oct 1956, 15:00");
    }

    #[test]
    fn rejects_malformed_times() {
        let clock = StoryClock::new("Europe/Budapest").unwrap();
        for bad in [
            "1956-11-01 19:50",
            "1956-13-01",
            "yesterday",
            "1956-11-01T25:00",
            "",
        ] {
            assert!(clock.parse(bad).is_err(), "{bad} should be rejected");
        }
    }
}
