//! Kiosk mode on screen (`--kiosk`): the bar that replaces the menus (the story's title, the
//! tour's hint or a button to continue it, the Magyar | English switch), the stop's caption
//! over the map, the larger touch-friendly style, and each frame's hand-over to the kiosk's
//! logic (`crate::kiosk`): what the visitor did goes in, commands come out.

use egui::{Event, Key, Rect, RichText, TouchPhase, Ui, ViewportCommand};

use super::App;
use crate::command::Command;
use crate::i18n::Language;
use crate::kiosk::{ADMIN_KEYS, Kiosk, KioskOptions, Moment};
use crate::state::{AppState, StateCommand};
use crate::story::TourTarget;
use crate::t;
use crate::timeline::TimelineView;

/// Text in kiosk mode is this many times the size egui gives it.
const TEXT_SCALE: f32 = 1.4;
/// The smallest side of anything a visitor touches, in points (the platforms' guidance for
/// fingers: 44 to 48).
const TOUCH_TARGET: f32 = 44.0;
/// Share of the window's height that the timeline panel takes in kiosk mode, and its least
/// and most: room for the larger text and buttons.
const TIMELINE_SHARE: f32 = 0.23;
const TIMELINE_HEIGHTS: std::ops::RangeInclusive<f32> = 200.0..=260.0;
/// Below this height the legend starts folded.
const SHORT_SCREEN: f32 = 1000.0;
/// Share of the window's width that the detail panel (and so the painting in it) takes.
const DETAIL_SHARE: f32 = 0.33;
/// Size of the caption's text over the map.
const CAPTION_SIZE: f32 = 28.0;
/// Size of the language switch's words.
const SWITCH_SIZE: f32 = 24.0;

/// The kiosk and what its parts on screen remember from one frame to the next.
pub(crate) struct KioskView {
    kiosk: Kiosk,
    /// Where the language switch was drawn this frame: touching it changes the language
    /// without pausing the tour.
    switch_rect: Rect,
    /// egui's clock at the last frame.
    last_time: Option<f64>,
    /// The visitor pressed *Continue the tour*.
    resume: bool,
    /// The technician's keys closed the window: closing is no longer refused.
    exiting: bool,
    /// The window fills the screen, or was made to (or need not).
    screen_filled: bool,
}

impl KioskView {
    /// A kiosk that has not started yet.
    pub(crate) fn new(options: KioskOptions) -> Self {
        Self {
            kiosk: Kiosk::new(options),
            switch_rect: Rect::NOTHING,
            last_time: None,
            resume: false,
            exiting: false,
            screen_filled: !options.full_screen,
        }
    }
}

impl App {
    /// The kiosk, in kiosk mode.
    pub fn kiosk(&self) -> Option<&Kiosk> {
        self.kiosk.as_ref().map(|view| &view.kiosk)
    }

    /// In kiosk mode: the touch-friendly style, no tile menu nor link, and the tour's first
    /// stop.
    pub(super) fn start_kiosk(&mut self) {
        let Some(view) = &mut self.kiosk else {
            return;
        };
        kiosk_style(&self.ctx);
        self.map.hide_tile_menu();
        self.timeline.for_kiosk();
        let commands = view.kiosk.start(&self.story.tour_stops());
        for command in commands {
            self.apply(command);
        }
    }

    /// Height of the timeline panel.
    pub(super) fn timeline_height(&self, ui: &Ui) -> f32 {
        match self.kiosk {
            Some(_) => (ui.ctx().content_rect().height() * TIMELINE_SHARE)
                .clamp(*TIMELINE_HEIGHTS.start(), *TIMELINE_HEIGHTS.end()),
            None => super::TIMELINE_HEIGHT,
        }
    }

    /// The detail panel's fixed width in kiosk mode (a third of the window, so that the
    /// painting is large); `None` elsewhere, where the user sizes it.
    pub(super) fn kiosk_detail_width(&self, ui: &Ui) -> Option<f32> {
        self.kiosk.as_ref()?;
        Some((ui.ctx().content_rect().width() * DETAIL_SHARE).clamp(360.0, 720.0))
    }

    /// The bar at the top in kiosk mode: the story's title, what the tour is doing and the
    /// language switch; under them the stop's caption, or while a visitor explores, the way
    /// back to the tour.
    pub(super) fn kiosk_bar_ui(&mut self, ui: &mut Ui) -> Vec<Command> {
        let mut commands = Vec::new();
        let lang = self.state.language;
        let Some(view) = &mut self.kiosk else {
            return commands;
        };
        if view.last_time.is_none() && ui.ctx().content_rect().height() < SHORT_SCREEN {
            self.map.fold_legend();
        }
        ui.horizontal(|ui| {
            ui.set_min_height(TOUCH_TARGET + 8.0);
            ui.label(RichText::new(&self.story.title).heading().strong());
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let switch = ui.scope(|ui| {
                    // Right to left: English is laid out first so that Magyar reads first.
                    for language in Language::ALL.into_iter().rev() {
                        let words = RichText::new(language.native_name()).size(SWITCH_SIZE);
                        let chosen = language == lang;
                        if ui.selectable_label(chosen, words).clicked() && !chosen {
                            commands.push(crate::command::AppAction::SetLanguage(language).into());
                        }
                    }
                });
                view.switch_rect = switch.response.rect;
                if !view.kiosk.tour().is_paused() {
                    ui.separator();
                    ui.label(t!(lang, "kiosk-tour-playing"));
                }
            });
        });
        if view.kiosk.tour().is_paused() {
            // In place of the caption: how to go on, and when the tour goes on by itself.
            ui.horizontal(|ui| {
                let words = RichText::new(t!(lang, "kiosk-continue")).strong();
                if ui.button(words).clicked() {
                    view.resume = true;
                }
                let seconds = view.kiosk.options().idle_reset_seconds.round();
                let seconds = crate::i18n::Arg::Number(seconds);
                ui.label(t!(lang, "kiosk-tour-paused", seconds = seconds));
            });
            ui.add_space(4.0);
        } else {
            self.caption_ui(ui, &self.story.tour_stops());
        }
        commands
    }

    /// In kiosk mode, the kiosk's turn at the end of the frame: what the visitor did, the idle
    /// countdown, the tour's clock, the technician's keys. Returns the tour's commands.
    pub(super) fn kiosk_ui(&mut self, ui: &mut Ui) -> Vec<Command> {
        let mut commands = Vec::new();
        if self.kiosk.is_none() {
            return commands;
        }
        let stops = self.story.tour_stops();
        let Some(view) = &mut self.kiosk else {
            return commands;
        };
        let now = ui.input(|i| i.time);
        let seconds = view.last_time.map_or(0.0, |last| (now - last).max(0.0));
        view.last_time = Some(now);
        let (touched, input) = visitor_input(ui, view.switch_rect);
        let admin_keys_down = ui.input(|i| {
            let ctrl = i.modifiers.ctrl || i.modifiers.command;
            ctrl && i.modifiers.shift && i.key_down(Key::Q)
        });
        let moment = Moment {
            seconds,
            touched,
            input,
            resume: std::mem::take(&mut view.resume),
            admin_keys_down,
        };
        fill_screen(ui, &mut view.screen_filled);
        let output = view.kiosk.step(&stops, self.state.language, moment);
        if output.exit {
            log::info!("kiosk mode: {ADMIN_KEYS} held, closing");
            view.exiting = true;
            ui.ctx().send_viewport_cmd(ViewportCommand::Close);
        }
        // The window manager's close (Alt+F4, the title bar's ×) is refused; a screenshot run
        // closes itself when it has its picture.
        let close_requested = ui.input(|i| i.viewport().close_requested());
        if close_requested && !view.exiting && self.screenshot.is_none() {
            log::info!("kiosk mode: closing refused; hold {ADMIN_KEYS} for a few seconds");
            ui.ctx().send_viewport_cmd(ViewportCommand::CancelClose);
        }
        // Nothing may happen on screen for a minute and more: a frame is asked for when the
        // kiosk next has something to do.
        let wait = view
            .kiosk
            .seconds_to_next_change(&stops)
            .clamp(0.05, 3600.0);
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_secs_f64(wait));
        if output.restart {
            self.forget_visitor(ui.ctx());
        }
        if !output.commands.is_empty() && self.state.playback.playing {
            // The visitor's playback would carry the time away from the stop.
            commands.push(StateCommand::TogglePlay.into());
        }
        commands.extend(output.commands);
        commands
    }

    /// The stop's caption (or, in a tour the story does not write, its event's or place's
    /// name) across the window under the bar, while the tour plays.
    fn caption_ui(&self, ui: &mut Ui, stops: &[crate::story::TourStop]) {
        let Some(view) = &self.kiosk else {
            return;
        };
        let tour = view.kiosk.tour();
        let Some(stop) = stops.get(tour.current()) else {
            return;
        };
        let story = &self.story;
        let caption = stop.caption.clone().or_else(|| match stop.target {
            TourTarget::Event(ix) => story.event(ix).map(|e| e.title.clone()),
            TourTarget::Place(ix) => story.place(ix).map(|p| p.name.clone()),
        });
        let Some(caption) = caption else {
            return;
        };
        let lang = self.state.language;
        let count = t!(
            lang,
            "kiosk-stop-count",
            number = tour.current() + 1,
            count = stops.len()
        );
        let (accent, text) = (crate::theme::NOW, ui.visuals().strong_text_color());
        ui.horizontal(|ui| {
            ui.label(
                RichText::new(count)
                    .size(CAPTION_SIZE * 0.7)
                    .color(accent)
                    .strong(),
            );
            ui.add(egui::Label::new(RichText::new(caption).size(CAPTION_SIZE).color(text)).wrap());
        });
        ui.add_space(4.0);
    }

    /// Back to a fresh start for the next visitor: the shared state, the timeline's zoom, the
    /// search, open windows and egui's widget memory (scroll positions, folded sections, open
    /// menus) are forgotten.
    fn forget_visitor(&mut self, ctx: &egui::Context) {
        self.lightbox = None;
        self.help_open = false;
        self.notice.clear();
        self.search = self.search_view();
        self.timeline = TimelineView::default();
        self.timeline.for_kiosk();
        self.state = AppState::new(&self.story);
        ctx.data_mut(|data| data.clear());
        ctx.memory_mut(|memory| memory.stop_text_input());
    }
}

/// What the visitor did this frame: touched (pressed, scrolled, typed, or acted through a
/// screen reader: the tour pauses; a press on the language switch does not count), and any input at all (the idle countdown
/// starts again). Read from the frame's raw events, which shortcuts cannot consume.
fn visitor_input(ui: &Ui, switch: Rect) -> (bool, bool) {
    ui.input(|i| {
        let (mut touched, mut input) = (false, false);
        for event in &i.raw.events {
            match event {
                Event::PointerButton {
                    pos, pressed: true, ..
                }
                | Event::Touch {
                    pos,
                    phase: TouchPhase::Start,
                    ..
                } => {
                    input = true;
                    touched |= !switch.contains(*pos);
                }
                Event::PointerMoved(_)
                | Event::MouseMoved(_)
                | Event::PointerButton { .. }
                | Event::Touch { .. } => input = true,
                Event::Key { pressed: true, .. }
                | Event::Text(_)
                | Event::MouseWheel { .. }
                | Event::Zoom(_)
                | Event::Rotate(_)
                | Event::AccessKitActionRequest(_) => {
                    input = true;
                    touched = true;
                }
                _ => {}
            }
        }
        (touched, input)
    })
}

/// Without a window manager (a bare X session, as many kiosks run) nobody makes the window
/// full screen: once a window manager would have had half a second, a window still smaller
/// than its monitor is moved to its corner and given its size.
fn fill_screen(ui: &Ui, filled: &mut bool) {
    if *filled {
        return;
    }
    // winit reports a window full screen once asked, whether or not it is: sizes tell.
    let (time, inner, monitor) = ui.input(|i| {
        let viewport = i.viewport();
        (i.time, viewport.inner_rect, viewport.monitor_size)
    });
    let (Some(inner), Some(monitor)) = (inner, monitor) else {
        return;
    };
    if time < 0.5 {
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_millis(500));
        return;
    }
    *filled = true;
    if inner.width() < monitor.x || inner.height() < monitor.y {
        log::info!("kiosk mode: the window is not full screen; sized to the monitor");
        ui.ctx()
            .send_viewport_cmd(ViewportCommand::OuterPosition(egui::Pos2::ZERO));
        ui.ctx()
            .send_viewport_cmd(ViewportCommand::InnerSize(monitor));
    }
}

/// Larger text, targets a finger can hit, no text selection, no zooming with Ctrl and +/−.
fn kiosk_style(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        for font in style.text_styles.values_mut() {
            font.size *= TEXT_SCALE;
        }
        let spacing = &mut style.spacing;
        spacing.interact_size = egui::vec2(TOUCH_TARGET, TOUCH_TARGET);
        spacing.button_padding = egui::vec2(14.0, 8.0);
        spacing.item_spacing = egui::vec2(10.0, 8.0);
        spacing.icon_width *= TEXT_SCALE;
        spacing.icon_width_inner *= TEXT_SCALE;
        spacing.scroll.bar_width *= 2.0;
        style.interaction.selectable_labels = false;
    });
    ctx.options_mut(|options| options.zoom_with_keyboard = false);
}
