//! `Notice`: the warnings shown once at the top of the detail panel (remembered settings that
//! were not used, the warnings of a story just opened). They are kept as messages, not as
//! words, and written out in the language spoken each time they are shown, so that a switch of
//! language reaches them too.

use egui::Ui;

use crate::i18n::{Language, Text};
use crate::story::{Problem, Story};
use crate::t;

/// Warnings told once from the start of the run or from the story just opened, until the user
/// dismisses them.
#[derive(Debug, Clone, Default)]
pub(crate) struct Notice {
    lines: Vec<Line>,
}

/// One line of the notice.
#[derive(Debug, Clone)]
enum Line {
    /// A message with its values.
    Said(Text),
    /// The open story's warnings, under its title in the language spoken (a translation may
    /// give it another title).
    StoryWarnings,
}

/// The warnings of an opened story listed in the notice; a story may have a thousand.
const LISTED_WARNINGS: usize = 3;

impl Notice {
    /// A notice of these lines, one after the other (none: nothing is shown).
    pub(crate) fn new(lines: Vec<Text>) -> Self {
        Self {
            lines: lines.into_iter().map(Line::Said).collect(),
        }
    }

    /// This notice followed by the open story's warnings, if it has any (a story opened from
    /// the command line tells them as one opened from the menu does).
    pub(crate) fn and_story_warnings(mut self, warnings: &[Problem]) -> Self {
        if !warnings.is_empty() {
            self.lines.push(Line::StoryWarnings);
        }
        self
    }

    /// Forgets every line (dismissed, or a kiosk's next visitor).
    pub(crate) fn clear(&mut self) {
        self.lines.clear();
    }

    /// The notice written out in `language`, one line each, or `None` if there is none.
    /// `story` and `warnings` are the open story, shown in `language`, and its warnings.
    pub(crate) fn text(
        &self,
        story: &Story,
        warnings: &[Problem],
        language: Language,
    ) -> Option<String> {
        let lines: Vec<String> = self
            .lines
            .iter()
            .filter_map(|line| match line {
                Line::Said(text) => Some(text.in_language(language)),
                Line::StoryWarnings => story_warnings(story, warnings, language),
            })
            .collect();
        (!lines.is_empty()).then(|| lines.join("\n"))
    }

    /// Shows the notice, if there is one, with a button that dismisses it.
    pub(crate) fn ui(
        &mut self,
        ui: &mut Ui,
        story: &Story,
        warnings: &[Problem],
        language: Language,
    ) {
        let Some(text) = self.text(story, warnings, language) else {
            return;
        };
        let mut dismiss = false;
        ui.horizontal_wrapped(|ui| {
            ui.colored_label(crate::theme::WARNING, text);
            dismiss = ui.small_button("×").clicked();
        });
        if dismiss {
            self.clear();
        }
    }
}

/// "<title> opened with N warnings: …", the first few of them listed.
fn story_warnings(story: &Story, warnings: &[Problem], language: Language) -> Option<String> {
    let count = warnings.len();
    if count == 0 {
        return None;
    }
    let listed: Vec<String> = warnings
        .iter()
        .take(LISTED_WARNINGS)
        .map(|warning| warning.message_in(language))
        .collect();
    Some(t!(
        language,
        "story-opened-with-warnings",
        title = &story.title,
        count = count,
        listed = listed.join("; "),
        more = count.saturating_sub(LISTED_WARNINGS),
    ))
}
