//! The mapping between story time and horizontal position on the timeline strip.

use jiff::{SignedDuration, Timestamp};

/// Maps the span `[start, end]` linearly onto `[left, right]` in points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TimeScale {
    start: Timestamp,
    end: Timestamp,
    left: f32,
    right: f32,
}

impl TimeScale {
    /// A scale for the span onto the pixel range. A zero-length span or range is widened so the
    /// mapping stays finite.
    pub fn new(start: Timestamp, end: Timestamp, left: f32, right: f32) -> Self {
        Self {
            start,
            end: if end > start {
                end
            } else {
                start
                    .checked_add(SignedDuration::from_secs(1))
                    .unwrap_or(start)
            },
            left,
            right: if right > left { right } else { left + 1.0 },
        }
    }

    fn span_secs(&self) -> f64 {
        self.end.duration_since(self.start).as_secs_f64().max(1.0)
    }

    /// Horizontal position of a time (not clamped).
    pub fn x_of(&self, at: Timestamp) -> f32 {
        let secs = at.duration_since(self.start).as_secs_f64();
        let fraction = secs / self.span_secs();
        self.left + (fraction as f32) * (self.right - self.left)
    }

    /// The time at a horizontal position, clamped to the span and rounded to the minute.
    pub fn time_at(&self, x: f32) -> Timestamp {
        let fraction = f64::from(((x - self.left) / (self.right - self.left)).clamp(0.0, 1.0));
        let minutes = (fraction * self.span_secs() / 60.0).round();
        let offset = SignedDuration::from_secs((minutes as i64).saturating_mul(60));
        self.start
            .checked_add(offset)
            .map(|t| t.min(self.end))
            .unwrap_or(self.end)
    }

    /// The span of time it maps.
    pub fn span(&self) -> (Timestamp, Timestamp) {
        (self.start, self.end)
    }

    /// Points per hour.
    pub fn points_per_hour(&self) -> f32 {
        ((self.right - self.left) as f64 * 3600.0 / self.span_secs()) as f32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_both_ways() {
        let start: Timestamp = "1956-10-22T23:00:00Z".parse().unwrap();
        let end: Timestamp = "1956-11-04T23:00:00Z".parse().unwrap();
        let scale = TimeScale::new(start, end, 100.0, 1348.0);
        assert_eq!(scale.x_of(start), 100.0);
        assert_eq!(scale.x_of(end), 1348.0);
        assert_eq!(scale.time_at(100.0), start);
        assert_eq!(scale.time_at(2000.0), end);
        assert_eq!(scale.time_at(-5.0), start);
        let mid = scale.time_at(724.0);
        assert_eq!(mid.to_string(), "1956-10-29T11:00:00Z");
        assert!((scale.points_per_hour() - 4.0).abs() < 1e-3);
    }
}
