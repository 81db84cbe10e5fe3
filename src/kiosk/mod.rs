//! Museum and classroom mode (`--kiosk`): the guided tour playing by itself, a visitor's touch
//! pausing it, the return to the first stop and the home language when nobody has touched the
//! screen for a while, and the technician's way out. Pure logic on an explicit clock: the app
//! tells it each frame how many seconds passed and what the visitor did, and it answers with
//! commands. No egui, no wall time, so tests step it by hand.

mod hold;
mod idle;
mod tour_player;

pub use hold::HoldTimer;
pub use idle::IdleTimer;
pub use tour_player::{TourPlayer, stop_commands};

use crate::command::{AppAction, Command};
use crate::i18n::Language;
use crate::story::TourStop;

/// Seconds without a touch after which the kiosk starts its tour again (`--idle-reset`).
pub const DEFAULT_IDLE_RESET_SECONDS: u32 = 90;
/// How long the technician holds [`ADMIN_KEYS`] to leave kiosk mode.
pub const ADMIN_HOLD_SECONDS: f64 = 3.0;
/// The keys that, held for [`ADMIN_HOLD_SECONDS`], leave kiosk mode, as the help names them.
pub const ADMIN_KEYS: &str = "Ctrl+Shift+Q";
/// The language a kiosk returns to when `--lang` does not name one: the language of the
/// country whose story it tells; a visitor switches to English with one touch.
pub const HOME_LANGUAGE: Language = Language::Hungarian;

/// How the kiosk was asked to run.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct KioskOptions {
    /// Seconds without input after which the tour starts again from its first stop.
    pub idle_reset_seconds: f64,
    /// The language it returns to then.
    pub home_language: Language,
    /// Whether the window fills the screen (no `--size` given).
    pub full_screen: bool,
}

impl Default for KioskOptions {
    fn default() -> Self {
        Self {
            idle_reset_seconds: f64::from(DEFAULT_IDLE_RESET_SECONDS),
            home_language: HOME_LANGUAGE,
            full_screen: true,
        }
    }
}

/// What happened during one frame, as far as the kiosk cares.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Moment {
    /// Seconds since the last frame.
    pub seconds: f64,
    /// The visitor touched, clicked, scrolled or typed (not counting the language switch):
    /// the tour pauses.
    pub touched: bool,
    /// Any sign of a visitor at all (the language switch and a moving mouse included): the
    /// idle countdown starts again.
    pub input: bool,
    /// The visitor asked the tour to go on.
    pub resume: bool,
    /// The technician's keys are held down.
    pub admin_keys_down: bool,
}

/// What the kiosk asks of the app after a frame.
#[derive(Debug, Default, PartialEq)]
pub struct KioskOutput {
    /// Commands to apply, in order.
    pub commands: Vec<Command>,
    /// Forget what the last visitor did (selection, hidden tracks, windows, widget memory)
    /// before applying the commands.
    pub restart: bool,
    /// Leave kiosk mode: close the window.
    pub exit: bool,
}

/// The kiosk's state: where the tour is, how long nobody has touched it, how long the
/// technician's keys have been held.
#[derive(Debug, Clone, PartialEq)]
pub struct Kiosk {
    options: KioskOptions,
    tour: TourPlayer,
    idle: IdleTimer,
    admin: HoldTimer,
}

impl Kiosk {
    /// A kiosk that has not started its tour yet.
    pub fn new(options: KioskOptions) -> Self {
        Self {
            options,
            tour: TourPlayer::default(),
            idle: IdleTimer::new(options.idle_reset_seconds),
            admin: HoldTimer::new(ADMIN_HOLD_SECONDS),
        }
    }

    /// How it was asked to run.
    pub fn options(&self) -> KioskOptions {
        self.options
    }

    /// The tour's position.
    pub fn tour(&self) -> &TourPlayer {
        &self.tour
    }

    /// Starts the tour at its first stop, in the home language.
    pub fn start(&mut self, stops: &[TourStop]) -> Vec<Command> {
        self.idle.reset();
        let mut commands = vec![AppAction::SetLanguage(self.options.home_language).into()];
        commands.extend(self.tour.restart(stops));
        commands
    }

    /// One frame: the technician's keys first, then the visitor's touch, then the idle
    /// countdown, then the tour's own clock.
    pub fn step(&mut self, stops: &[TourStop], language: Language, moment: Moment) -> KioskOutput {
        let mut output = KioskOutput::default();
        if self.admin.hold(moment.admin_keys_down, moment.seconds) {
            output.exit = true;
            return output;
        }
        if moment.touched {
            self.tour.pause();
        }
        if moment.resume {
            self.idle.reset();
            output.commands = self.tour.resume(stops);
            return output;
        }
        let idle = self.idle.tick(moment.seconds, moment.input);
        // Playing in the home language is the attract loop itself: nothing to reset.
        let away = self.tour.is_paused() || language != self.options.home_language;
        if idle && away {
            output.restart = true;
            output.commands = self.start(stops);
            return output;
        }
        output.commands = self.tour.advance(stops, moment.seconds);
        output
    }

    /// Seconds until the kiosk next needs a frame without input: the end of the stop shown,
    /// the idle reset, or soon while the technician's keys are held.
    pub fn seconds_to_next_change(&self, stops: &[TourStop]) -> f64 {
        if self.admin.is_held() {
            return 0.1;
        }
        let tour = self.tour.seconds_left(stops).unwrap_or(f64::INFINITY);
        tour.min(self.idle.seconds_left())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::{Selection, StateCommand};
    use crate::story::{EventIx, TourTarget};

    fn stops() -> Vec<TourStop> {
        (0..3)
            .map(|i| TourStop {
                id: format!("s{i}"),
                target: TourTarget::Event(EventIx(i)),
                dwell_seconds: 10.0,
                caption: None,
                view: None,
            })
            .collect()
    }

    fn wait(seconds: f64) -> Moment {
        Moment {
            seconds,
            ..Moment::default()
        }
    }

    fn selects(output: &KioskOutput, ix: usize) -> bool {
        output
            .commands
            .contains(&Command::State(StateCommand::Select(Some(
                Selection::Event(EventIx(ix)),
            ))))
    }

    #[test]
    fn the_tour_moves_on_after_each_dwell_and_goes_round() {
        let stops = stops();
        let mut kiosk = Kiosk::new(KioskOptions::default());
        let first = kiosk.start(&stops);
        assert_eq!(
            first.first(),
            Some(&Command::App(AppAction::SetLanguage(Language::Hungarian)))
        );
        let hu = Language::Hungarian;
        assert!(kiosk.step(&stops, hu, wait(9.9)).commands.is_empty());
        assert!(selects(&kiosk.step(&stops, hu, wait(0.2)), 1));
        assert!(selects(&kiosk.step(&stops, hu, wait(10.0)), 2));
        assert!(
            selects(&kiosk.step(&stops, hu, wait(10.0)), 0),
            "round again"
        );
        // Playing in the home language, nobody touching for long: the loop just goes on.
        let output = kiosk.step(&stops, hu, wait(200.0));
        assert!(!output.restart);
        assert_eq!(kiosk.tour().current(), 1);
    }

    #[test]
    fn a_touch_pauses_and_idleness_starts_again_in_the_home_language() {
        let stops = stops();
        let options = KioskOptions {
            idle_reset_seconds: 30.0,
            ..KioskOptions::default()
        };
        let mut kiosk = Kiosk::new(options);
        kiosk.start(&stops);
        kiosk.step(&stops, Language::Hungarian, wait(10.0));
        assert_eq!(kiosk.tour().current(), 1);
        let touch = Moment {
            seconds: 1.0,
            touched: true,
            input: true,
            ..Moment::default()
        };
        kiosk.step(&stops, Language::English, touch);
        assert!(kiosk.tour().is_paused());
        // Paused: the dwell no longer counts; 29 s of quiet is not yet idle.
        let output = kiosk.step(&stops, Language::English, wait(29.0));
        assert_eq!(output, KioskOutput::default());
        assert_eq!(kiosk.tour().current(), 1);
        let output = kiosk.step(&stops, Language::English, wait(1.0));
        assert!(output.restart);
        assert_eq!(
            output.commands.first(),
            Some(&Command::App(AppAction::SetLanguage(Language::Hungarian)))
        );
        assert!(selects(&output, 0));
        assert!(!kiosk.tour().is_paused());
        assert_eq!(kiosk.tour().current(), 0);
    }

    #[test]
    fn a_visitor_may_resume_the_tour() {
        let stops = stops();
        let mut kiosk = Kiosk::new(KioskOptions::default());
        kiosk.start(&stops);
        let touch = Moment {
            touched: true,
            input: true,
            ..Moment::default()
        };
        kiosk.step(&stops, Language::Hungarian, touch);
        let resume = Moment {
            resume: true,
            ..touch
        };
        let output = kiosk.step(&stops, Language::Hungarian, resume);
        assert!(selects(&output, 0), "the stop is shown again");
        assert!(!kiosk.tour().is_paused());
    }

    #[test]
    fn only_keys_held_long_enough_exit() {
        let stops = stops();
        let mut kiosk = Kiosk::new(KioskOptions::default());
        kiosk.start(&stops);
        let held = |seconds| Moment {
            seconds,
            admin_keys_down: true,
            ..Moment::default()
        };
        let hu = Language::Hungarian;
        // The frame the keys go down does not count the time before it.
        assert!(!kiosk.step(&stops, hu, held(50.0)).exit);
        assert!(!kiosk.step(&stops, hu, held(2.0)).exit);
        // Let go: it starts again.
        kiosk.step(&stops, hu, wait(0.1));
        assert!(!kiosk.step(&stops, hu, held(0.1)).exit);
        assert!(!kiosk.step(&stops, hu, held(2.9)).exit);
        assert!(kiosk.step(&stops, hu, held(0.2)).exit);
    }
}
