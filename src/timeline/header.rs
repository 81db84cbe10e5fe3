//! The timeline's header: play, speed and loop; previous and next event around the time in
//! words (click it to type a time); whose local time it is; the whole story again; the link
//! that reopens this view.

use egui::{RichText, Sense, Ui, WidgetInfo};

use super::TimelineView;
use crate::command::{AppAction, Command};
use crate::i18n::Language;
use crate::state::{AppState, Speed, StateCommand};
use crate::story::Story;
use crate::t;
use crate::theme;
use crate::tooltip::hint;

/// Size of the time in words.
const TIME_WORDS_SIZE: f32 = 16.0;

impl TimelineView {
    /// The header's controls, in one row.
    pub(super) fn header_ui(
        &mut self,
        ui: &mut Ui,
        story: &Story,
        state: &AppState,
        commands: &mut Vec<Command>,
    ) {
        let lang = state.language;
        ui.horizontal(|ui| {
            let (label, play_hint) = if state.playback.playing {
                (
                    format!("‖ {}", t!(lang, "timeline-pause")),
                    t!(lang, "timeline-pause-hint"),
                )
            } else {
                (
                    format!("▶ {}", t!(lang, "timeline-play")),
                    t!(lang, "timeline-play-hint"),
                )
            };
            if hint(ui.button(label), &play_hint).clicked() {
                commands.push(StateCommand::TogglePlay.into());
            }
            let speeds = egui::ComboBox::from_label(t!(lang, "timeline-speed"))
                .selected_text(speed_words(lang, state.playback.speed))
                .width(90.0)
                .show_ui(ui, |ui| {
                    for speed in Speed::ALL {
                        let chosen = state.playback.speed == speed;
                        if ui
                            .selectable_label(chosen, speed_words(lang, speed))
                            .clicked()
                        {
                            commands.push(StateCommand::SetSpeed(speed).into());
                        }
                    }
                });
            hint(speeds.response, &t!(lang, "timeline-speed-hint"));
            let mut looping = state.playback.looping;
            if ui
                .checkbox(&mut looping, t!(lang, "timeline-loop"))
                .changed()
            {
                commands.push(StateCommand::SetLooping(looping).into());
            }
            ui.separator();
            if hint(ui.button("◀"), &t!(lang, "timeline-previous-hint")).clicked() {
                commands.push(StateCommand::PreviousEvent.into());
            }
            self.time_ui(ui, story, state, commands);
            if hint(ui.button("▶"), &t!(lang, "timeline-next-hint")).clicked() {
                commands.push(StateCommand::NextEvent.into());
            }
            ui.weak(t!(lang, "timeline-zone", city = story.clock.zone_city()));
            ui.separator();
            let whole = ui.add_enabled(
                self.view.is_some(),
                egui::Button::new(t!(lang, "timeline-whole-story")),
            );
            if hint(whole, &t!(lang, "timeline-whole-story-hint")).clicked() {
                self.reset_zoom();
            }
            // A kiosk has nobody to paste a link, and a finger for a mouse.
            if self.kiosk {
                return;
            }
            let copy = ui.button(t!(lang, "timeline-copy-link"));
            if hint(copy, &t!(lang, "timeline-copy-link-hint")).clicked() {
                commands.push(AppAction::CopyLink.into());
            }
            // The mouse's ways, where the row has room for them after the buttons.
            let how_to = t!(lang, "timeline-how-to");
            let width = ui
                .painter()
                .layout_no_wrap(
                    how_to.clone(),
                    egui::TextStyle::Body.resolve(ui.style()),
                    egui::Color32::WHITE,
                )
                .size()
                .x;
            if width + 12.0 <= ui.available_width() {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    ui.weak(how_to);
                });
            }
        });
    }

    /// The time in words; click it to type a time.
    fn time_ui(
        &mut self,
        ui: &mut Ui,
        story: &Story,
        state: &AppState,
        commands: &mut Vec<Command>,
    ) {
        let lang = state.language;
        let Some(text) = &mut self.typing else {
            let words = super::time_in_words(story, state);
            let label = egui::Label::new(RichText::new(&words).size(TIME_WORDS_SIZE).strong())
                .selectable(false)
                .sense(Sense::click());
            let response = hint(ui.add(label), &t!(lang, "time-click-hint"))
                .on_hover_cursor(egui::CursorIcon::Text);
            if response.clicked() {
                self.start_typing(story, state);
            }
            return;
        };
        let response = ui.add(
            egui::TextEdit::singleline(text)
                .desired_width(170.0)
                .hint_text(t!(lang, "time-field-example")),
        );
        let field_label = t!(lang, "time-field");
        response.widget_info(|| WidgetInfo::labeled(egui::Role::TextInput, true, &field_label));
        if !response.has_focus() && !response.lost_focus() {
            response.request_focus();
        }
        let (enter, escape) = ui.input(|i| {
            (
                i.key_pressed(egui::Key::Enter),
                i.key_pressed(egui::Key::Escape),
            )
        });
        if escape {
            self.typing = None;
            self.typing_error = None;
        } else if enter || response.lost_focus() {
            match story.clock.parse_user(text, state.time) {
                Ok(at) if at >= story.start && at <= story.end => {
                    commands.push(StateCommand::Seek(at).into());
                    self.typing = None;
                    self.typing_error = None;
                }
                Ok(_) => {
                    self.typing_error = Some(t!(
                        lang,
                        "time-outside-story",
                        start = story.clock.format_short(story.start),
                        end = story.clock.format_short(story.end)
                    ));
                }
                Err(err) => {
                    // The clock's reason is in English, for the log; the user reads the
                    // forms it accepts, in the interface's language.
                    log::debug!("typed time refused: {err}");
                    self.typing_error = Some(t!(lang, "time-not-understood", text = text.trim()));
                }
            }
            if self.typing_error.is_some() && enter {
                // Enter gave the focus up; the field keeps it, so that the user reads why
                // and corrects the time (else the next frame would see the focus leave).
                response.request_focus();
            } else if self.typing_error.is_some() {
                // Focus left the field with a bad time: give up quietly.
                self.typing = None;
                self.typing_error = None;
            }
        }
        if let Some(err) = &self.typing_error {
            ui.colored_label(theme::NOW, err);
        }
    }
}

/// A playback speed in words, for the speed menu.
fn speed_words(lang: Language, speed: Speed) -> String {
    match speed {
        Speed::HourPerSecond => t!(lang, "speed-hour"),
        Speed::SixHoursPerSecond => t!(lang, "speed-six-hours"),
        Speed::DayPerSecond => t!(lang, "speed-day"),
    }
}
