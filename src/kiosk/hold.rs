//! `HoldTimer`: how long keys have been held down without a break, on an explicit clock.

/// Counts the seconds keys stay down; letting go starts it again.
#[derive(Debug, Clone, PartialEq)]
pub struct HoldTimer {
    needed_seconds: f64,
    /// Seconds held so far; `None` while the keys are up.
    held_seconds: Option<f64>,
}

impl HoldTimer {
    /// A timer that fires once the keys have been held for `needed_seconds`.
    pub fn new(needed_seconds: f64) -> Self {
        Self {
            needed_seconds,
            held_seconds: None,
        }
    }

    /// One frame of `seconds` with the keys `down` or not; true once they have been held long
    /// enough. The frame in which they go down counts from zero: the seconds before it (an
    /// idle window may go seconds without a frame) were not spent holding them.
    pub fn hold(&mut self, down: bool, seconds: f64) -> bool {
        if !down {
            self.held_seconds = None;
            return false;
        }
        let held = match self.held_seconds {
            Some(held) => held + seconds.max(0.0),
            None => 0.0,
        };
        self.held_seconds = Some(held);
        held >= self.needed_seconds
    }

    /// Whether the keys are down.
    pub fn is_held(&self) -> bool {
        self.held_seconds.is_some()
    }
}
