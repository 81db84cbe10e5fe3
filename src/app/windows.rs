//! The app's windows around the views: the menu bar and the window that lists the problems of
//! a story that could not be opened.

use egui::Ui;

use super::App;
use crate::command::{AppAction, Command, MapCommand};
use crate::i18n::Language;
use crate::t;

/// Problems listed in the window; the rest are counted (a window of thousands of lines helps
/// nobody, and laying them all out each frame would freeze it).
const SHOWN_PROBLEMS: usize = 100;

impl App {
    /// The app's menu bar.
    pub(super) fn menu_ui(&mut self, ui: &mut Ui) -> Vec<Command> {
        let mut commands = Vec::new();
        let lang = self.state.language;
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(t!(lang, "menu-file"), |ui| {
                if ui.button(t!(lang, "menu-open-story")).clicked() {
                    commands.push(AppAction::OpenStoryDialog.into());
                }
                if ui
                    .add_enabled(
                        self.story_path.is_some(),
                        egui::Button::new(t!(lang, "built-in-story")),
                    )
                    .clicked()
                {
                    commands.push(AppAction::OpenBuiltInStory.into());
                }
                ui.separator();
                if ui.button(t!(lang, "menu-export-film")).clicked() {
                    commands.push(AppAction::OpenExportWindow.into());
                }
                ui.separator();
                if ui.button(t!(lang, "menu-quit")).clicked() {
                    ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
                }
            });
            ui.menu_button(t!(lang, "menu-view"), |ui| {
                if ui.button(t!(lang, "menu-reset-map")).clicked() {
                    commands.push(MapCommand::Reset.into());
                }
                if ui.button(t!(lang, "menu-whole-timeline")).clicked() {
                    commands.push(AppAction::WholeTimeline.into());
                }
            });
            ui.menu_button(t!(lang, "menu-language"), |ui| {
                for language in Language::ALL {
                    if ui.radio(lang == language, language.native_name()).clicked() {
                        commands.push(AppAction::SetLanguage(language).into());
                        ui.close();
                    }
                }
            });
            ui.menu_button(t!(lang, "menu-help"), |ui| {
                if ui.button(t!(lang, "menu-shortcuts")).clicked() {
                    commands.push(AppAction::ToggleHelp.into());
                }
            });
            ui.add_space(12.0);
            ui.weak(&self.story.title);
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.weak(t!(lang, "drop-hint"));
            });
        });
        commands
    }

    /// The window that lists the problems of a story that could not be opened. It is modal:
    /// nothing behind it can be changed until it is answered with one of its buttons, or with
    /// Esc, which keeps the story that is open.
    pub(super) fn problems_ui(&mut self, ui: &Ui) -> Vec<Command> {
        let mut commands = Vec::new();
        let Some(failed) = &self.failed else {
            return commands;
        };
        let lang = self.state.language;
        let mut dismiss = false;
        let modal = egui::Modal::new(egui::Id::unique("story-problems")).show(ui.ctx(), |ui| {
            ui.set_max_width(680.0);
            ui.heading(t!(lang, "problems-title"));
            let errors = failed.errors().count();
            ui.label(t!(
                lang,
                "problems-summary",
                file = &failed.file,
                errors = errors,
                warnings = failed.problems.len() - errors,
                title = &self.story.title,
            ));
            ui.separator();
            egui::ScrollArea::vertical()
                .max_height(340.0)
                .show(ui, |ui| {
                    for problem in failed.problems.iter().take(SHOWN_PROBLEMS) {
                        ui.label(egui::RichText::new(problem.to_string_in(lang)).monospace());
                        ui.add_space(4.0);
                    }
                    let more = failed.problems.len().saturating_sub(SHOWN_PROBLEMS);
                    if more > 0 {
                        ui.label(t!(lang, "problems-more", count = more, file = &failed.file));
                    }
                });
            ui.separator();
            ui.horizontal(|ui| {
                if ui.button(t!(lang, "problems-open-another")).clicked() {
                    commands.push(AppAction::OpenStoryDialog.into());
                }
                if ui.button(t!(lang, "built-in-story")).clicked() {
                    commands.push(AppAction::OpenBuiltInStory.into());
                }
                if self.story_path.is_some() && ui.button(t!(lang, "problems-keep")).clicked() {
                    dismiss = true;
                }
            });
        });
        let escape = modal.should_close() && ui.input(|i| i.key_pressed(egui::Key::Escape));
        if dismiss || (escape && commands.is_empty()) {
            self.failed = None;
        }
        commands
    }
}
