//! Time ticks for the visible span: whole days when zoomed out, then hours, then minutes, so
//! that labels never crowd each other.

use jiff::{SignedDuration, Timestamp};

use super::scale::TimeScale;
use crate::story::StoryClock;

/// Tick steps to choose from, in minutes (a day down to five minutes).
const STEPS_MINUTES: [i64; 9] = [1440, 720, 360, 180, 60, 30, 15, 10, 5];
/// Ticks are at least this far apart (points).
const MIN_SPACING: f32 = 64.0;
/// When even days crowd each other, ticks step by this many days (up to a century), so that
/// a long story zoomed out still has a few dozen ticks, not one per day.
const STRIDES_DAYS: [i64; 13] = [1, 2, 7, 14, 28, 91, 182, 365, 730, 1826, 3652, 7305, 36525];

/// One tick.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tick {
    /// When.
    pub at: Timestamp,
    /// Its label.
    pub label: String,
    /// A local midnight (drawn stronger, labelled with the day).
    pub midnight: bool,
}

/// The tick step (minutes) for a scale.
pub fn step_minutes(scale: &TimeScale) -> i64 {
    let per_minute = scale.points_per_hour() / 60.0;
    STEPS_MINUTES
        .iter()
        .rev()
        .copied()
        .find(|&step| step as f32 * per_minute >= MIN_SPACING)
        .unwrap_or(1440)
}

/// Days between day ticks for a scale: one, or more where days would crowd each other.
pub fn stride_days(scale: &TimeScale) -> i64 {
    let per_day = scale.points_per_hour() * 24.0;
    STRIDES_DAYS
        .iter()
        .copied()
        .find(|&days| days as f32 * per_day >= MIN_SPACING)
        .unwrap_or(36525)
}

/// Ticks within `[from, to]`, aligned to local midnight.
pub fn ticks(clock: &StoryClock, scale: &TimeScale, from: Timestamp, to: Timestamp) -> Vec<Tick> {
    let step = step_minutes(scale);
    let stride = if step >= 1440 { stride_days(scale) } else { 1 };
    let mut out = Vec::new();
    let Ok(first_day) = clock.zoned(from).start_of_day() else {
        return out;
    };
    let mut midnight = first_day.timestamp();
    while midnight <= to {
        let mut k = 0i64;
        while let Ok(at) = midnight.checked_add(SignedDuration::from_mins(k * step)) {
            if k > 0 && (k * step >= 1440 || at > to) {
                break;
            }
            if at >= from && at <= to {
                let is_midnight = k == 0;
                let label = if stride >= 28 {
                    // Ticks weeks or years apart: the year matters more than the weekday.
                    clock.format_date_short(at)
                } else if is_midnight || step >= 1440 {
                    clock.format_day_tick(at)
                } else {
                    clock.format_clock(at)
                };
                out.push(Tick {
                    at,
                    label,
                    midnight: is_midnight,
                });
            }
            k += 1;
        }
        let next = clock
            .zoned(midnight)
            .checked_add(jiff::Span::new().days(stride))
            .and_then(|day| day.start_of_day());
        match next {
            Ok(next) if next.timestamp() > midnight => midnight = next.timestamp(),
            _ => break,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_adapt_from_days_to_minutes() {
        let clock = StoryClock::new("Europe/Budapest").unwrap();
        let (start, _) = clock.parse("1956-10-23T00:00").unwrap();
        let (end, _) = clock.parse("1956-11-05T00:00").unwrap();
        // The whole story on 1300 points: day ticks.
        let whole = TimeScale::new(start, end, 0.0, 1300.0);
        assert_eq!(step_minutes(&whole), 1440);
        let labels: Vec<String> = ticks(&clock, &whole, start, end)
            .into_iter()
            .map(|t| t.label)
            .collect();
        assert_eq!(labels.first().map(String::as_str), Some("Tue 23 Oct"));
        assert_eq!(labels.len(), 14);
        // Six hours on 1300 points: 30-minute ticks labelled with clock times.
        let (noon, _) = clock.parse("1956-11-01T12:00").unwrap();
        let (evening, _) = clock.parse("1956-11-01T18:00").unwrap();
        let close = TimeScale::new(noon, evening, 0.0, 1300.0);
        assert_eq!(step_minutes(&close), 30);
        let labels: Vec<String> = ticks(&clock, &close, noon, evening)
            .into_iter()
            .map(|t| t.label)
            .collect();
        assert_eq!(labels.first().map(String::as_str), Some("12:00"));
        assert!(labels.contains(&"12:30".to_owned()));
        // A century on 1300 points: a tick every few years, not one a day.
        let (century, _) = clock.parse("2056-10-23T00:00").unwrap();
        let long = TimeScale::new(start, century, 0.0, 1300.0);
        let count = ticks(&clock, &long, start, century).len();
        assert!((10..=25).contains(&count), "{count} ticks");
        // One hour on 1300 points: 5-minute ticks.
        let (later, _) = clock.parse("1956-11-01T13:00").unwrap();
        let closer = TimeScale::new(noon, later, 0.0, 1300.0);
        assert_eq!(step_minutes(&closer), 5);
    }
}
