//! `IdleTimer`: how long nobody has touched the kiosk, on an explicit clock.

/// Counts the seconds without input, up to a limit.
#[derive(Debug, Clone, PartialEq)]
pub struct IdleTimer {
    limit_seconds: f64,
    idle_seconds: f64,
}

impl IdleTimer {
    /// A timer that says "idle" after `limit_seconds` without input.
    pub fn new(limit_seconds: f64) -> Self {
        Self {
            limit_seconds: limit_seconds.max(1.0),
            idle_seconds: 0.0,
        }
    }

    /// One frame of `seconds`, with or without `input`; true while the kiosk has been idle
    /// for the whole limit.
    pub fn tick(&mut self, seconds: f64, input: bool) -> bool {
        if input {
            self.idle_seconds = 0.0;
            return false;
        }
        // Capped, so that a kiosk left for years neither overflows nor loses precision.
        self.idle_seconds = (self.idle_seconds + seconds.max(0.0)).min(self.limit_seconds);
        self.idle_seconds >= self.limit_seconds
    }

    /// Starts counting again from zero.
    pub fn reset(&mut self) {
        self.idle_seconds = 0.0;
    }

    /// Seconds until it says "idle".
    pub fn seconds_left(&self) -> f64 {
        (self.limit_seconds - self.idle_seconds).max(0.0)
    }
}
