//! The timeline's header: play, speed and loop; previous and next event around the time in
//! words (click it to type a time); whose local time it is; the whole story again; the link
//! that reopens this view.

use egui::{RichText, Sense, Ui, WidgetInfo};

use super::{PAUSE_LABEL, PLAY_LABEL, TIME_FIELD_LABEL, TimelineView, WHOLE_STORY_LABEL};
use crate::command::{AppAction, Command};
use crate::state::{AppState, Speed, StateCommand};
use crate::story::Story;
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
        ui.horizontal(|ui| {
            let (label, play_hint) = if state.playback.playing {
                (format!("‖ {PAUSE_LABEL}"), "Pause (Space)")
            } else {
                (format!("▶ {PLAY_LABEL}"), "Play (Space)")
            };
            if hint(ui.button(label), play_hint).clicked() {
                commands.push(StateCommand::TogglePlay.into());
            }
            let speeds = egui::ComboBox::from_label("Speed")
                .selected_text(state.playback.speed.label())
                .width(90.0)
                .show_ui(ui, |ui| {
                    for speed in Speed::ALL {
                        let chosen = state.playback.speed == speed;
                        if ui.selectable_label(chosen, speed.label()).clicked() {
                            commands.push(StateCommand::SetSpeed(speed).into());
                        }
                    }
                });
            hint(speeds.response, "Playback speed");
            let mut looping = state.playback.looping;
            if ui.checkbox(&mut looping, "Loop").changed() {
                commands.push(StateCommand::SetLooping(looping).into());
            }
            ui.separator();
            if hint(ui.button("◀"), "Previous event (←)").clicked() {
                commands.push(StateCommand::PreviousEvent.into());
            }
            self.time_ui(ui, story, state, commands);
            if hint(ui.button("▶"), "Next event (→)").clicked() {
                commands.push(StateCommand::NextEvent.into());
            }
            ui.weak(format!("{} time", story.clock.zone_city()));
            ui.separator();
            let whole = ui.add_enabled(self.view.is_some(), egui::Button::new(WHOLE_STORY_LABEL));
            if hint(
                whole,
                "Zoom the timeline out to the whole story (or double-click it)",
            )
            .clicked()
            {
                self.reset_zoom();
            }
            let copy = ui.button("Copy link");
            if hint(copy, "Copy the command-line options that reopen this view").clicked() {
                commands.push(AppAction::CopyLink.into());
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.weak("Drag: move in time · wheel: zoom · right-drag: pan · F1: keys");
            });
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
        let Some(text) = &mut self.typing else {
            let words = super::time_in_words(story, state);
            let label = egui::Label::new(RichText::new(&words).size(TIME_WORDS_SIZE).strong())
                .selectable(false)
                .sense(Sense::click());
            let response = hint(ui.add(label), "Click to type a time, e.g. 1 Nov 19:50")
                .on_hover_cursor(egui::CursorIcon::Text);
            if response.clicked() {
                self.start_typing(story, state);
            }
            return;
        };
        let response = ui.add(
            egui::TextEdit::singleline(text)
                .desired_width(170.0)
                .hint_text("1 Nov 19:50"),
        );
        response.widget_info(|| WidgetInfo::labeled(egui::Role::TextInput, true, TIME_FIELD_LABEL));
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
                    self.typing_error = Some(format!(
                        "the story runs from {} to {}",
                        story.clock.format_short(story.start),
                        story.clock.format_short(story.end)
                    ));
                }
                Err(err) => self.typing_error = Some(err),
            }
            if self.typing_error.is_some() && !enter {
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
