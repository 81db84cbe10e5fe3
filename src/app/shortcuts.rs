//! The keyboard shortcuts: one table that both drives the key bindings and fills the F1 help
//! window, so that the two cannot disagree.

use egui::{Key, Modifiers, Ui};
use jiff::SignedDuration;

use crate::command::{AppAction, Command, MapCommand};
use crate::i18n::Language;
use crate::state::StateCommand;
use crate::t;

/// One line of the help: the keys as shown, what they do, and the key presses behind them.
struct Shortcut {
    /// The keys, as the help window shows them.
    keys: String,
    /// What they do.
    what: String,
    /// The presses and the command each gives; none for what egui's widgets handle themselves.
    presses: Vec<(Modifiers, Key, Command)>,
}

/// Every shortcut, in the order the help lists them, in `lang`.
fn table(lang: Language) -> Vec<Shortcut> {
    let hour = SignedDuration::from_hours(1);
    let state = |command: StateCommand| Command::from(command);
    let line = |keys, what, presses| Shortcut {
        keys,
        what,
        presses,
    };
    vec![
        line(
            "← / →".to_owned(),
            t!(lang, "key-events"),
            vec![
                (
                    Modifiers::NONE,
                    Key::ArrowLeft,
                    state(StateCommand::PreviousEvent),
                ),
                (
                    Modifiers::NONE,
                    Key::ArrowRight,
                    state(StateCommand::NextEvent),
                ),
            ],
        ),
        line(
            "Shift+← / Shift+→".to_owned(),
            t!(lang, "key-hour"),
            vec![
                (
                    Modifiers::SHIFT,
                    Key::ArrowLeft,
                    state(StateCommand::Nudge(-hour)),
                ),
                (
                    Modifiers::SHIFT,
                    Key::ArrowRight,
                    state(StateCommand::Nudge(hour)),
                ),
            ],
        ),
        line(
            "Home / End".to_owned(),
            t!(lang, "key-start-end"),
            vec![
                (Modifiers::NONE, Key::Home, state(StateCommand::SeekStart)),
                (Modifiers::NONE, Key::End, state(StateCommand::SeekEnd)),
            ],
        ),
        line(
            t!(lang, "key-space"),
            t!(lang, "key-play"),
            vec![(Modifiers::NONE, Key::Space, state(StateCommand::TogglePlay))],
        ),
        line(
            "Ctrl+F".to_owned(),
            t!(lang, "key-search"),
            vec![(Modifiers::COMMAND, Key::F, AppAction::FocusSearch.into())],
        ),
        line(
            "+ / −".to_owned(),
            t!(lang, "key-zoom"),
            vec![
                (Modifiers::NONE, Key::Plus, MapCommand::Zoom(1).into()),
                (Modifiers::NONE, Key::Equals, MapCommand::Zoom(1).into()),
                (Modifiers::NONE, Key::Minus, MapCommand::Zoom(-1).into()),
            ],
        ),
        line(
            "Esc".to_owned(),
            t!(lang, "key-escape"),
            vec![(
                Modifiers::NONE,
                Key::Escape,
                state(StateCommand::Select(None)),
            )],
        ),
        line(
            t!(lang, "key-help-keys"),
            t!(lang, "key-help"),
            vec![
                (Modifiers::NONE, Key::F1, AppAction::ToggleHelp.into()),
                (
                    Modifiers::NONE,
                    Key::Questionmark,
                    AppAction::ToggleHelp.into(),
                ),
            ],
        ),
        line(
            t!(lang, "key-click-time"),
            t!(lang, "key-type-time"),
            Vec::new(),
        ),
        line(
            t!(lang, "key-wheel"),
            t!(lang, "key-wheel-what"),
            Vec::new(),
        ),
    ]
}

/// The commands of the shortcuts pressed in this frame. While a text field has the keyboard
/// (or `blocked`, e.g. a large view is open), it keeps the keys it types with: only function
/// keys and Ctrl combinations count then.
pub(crate) fn commands(ui: &Ui, blocked: bool) -> Vec<Command> {
    let typing = ui.ctx().egui_wants_keyboard_input() || blocked;
    let works_while_typing =
        |modifiers: Modifiers, key: Key| modifiers.command || matches!(key, Key::F1);
    let mut presses: Vec<(Modifiers, Key, Command)> = table(Language::English)
        .into_iter()
        .flat_map(|shortcut| shortcut.presses)
        .filter(|&(modifiers, key, _)| !typing || works_while_typing(modifiers, key))
        .collect();
    // egui matches a plain key even with Shift held: the keys with more modifiers go first,
    // so that Shift+→ is not taken for →.
    presses.sort_by_key(|(modifiers, _, _)| {
        std::cmp::Reverse(u8::from(modifiers.shift) + u8::from(modifiers.command))
    });
    let mut commands = Vec::new();
    ui.ctx().input_mut(|input| {
        for (modifiers, key, command) in presses {
            if input.consume_key(modifiers, key) {
                commands.push(command);
            }
        }
    });
    commands
}

/// The keyboard shortcuts window (F1 or ?) in `lang`; `open` is set to false when it is
/// closed.
pub(crate) fn help_ui(ui: &Ui, open: &mut bool, lang: Language) {
    egui::Window::new(t!(lang, "help-title"))
        .id(egui::Id::unique("keyboard-shortcuts"))
        .open(open)
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ui.ctx(), |ui| {
            egui::Grid::new("shortcuts")
                .num_columns(2)
                .striped(true)
                .show(ui, |ui| {
                    for shortcut in table(lang) {
                        ui.strong(shortcut.keys);
                        ui.label(shortcut.what);
                        ui.end_row();
                    }
                });
            ui.add_space(6.0);
            ui.weak(t!(lang, "help-tab"));
        });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_the_app_answers_is_in_the_help() {
        for shortcut in table(Language::English) {
            for (_, key, _) in &shortcut.presses {
                let name = match key {
                    Key::ArrowLeft => "←",
                    Key::ArrowRight => "→",
                    Key::Plus | Key::Equals => "+",
                    Key::Minus => "−",
                    Key::Escape => "Esc",
                    Key::Questionmark => "?",
                    other => other.name(),
                };
                assert!(
                    shortcut.keys.contains(name),
                    "{:?} is not named in {:?}",
                    key,
                    shortcut.keys
                );
            }
        }
    }
}
