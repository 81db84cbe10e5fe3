//! The search field at the top of the detail view and its results (Ctrl+F to focus; arrows
//! to move; Enter or a click selects).

use egui::{Key, RichText, Ui};

use crate::command::{Command, MapCommand};
use crate::i18n::Language;
use crate::state::{Selection, StateCommand};
use crate::story::{Hit, SearchIndex, Story};
use crate::t;
/// At most this many results are listed.
const MAX_RESULTS: usize = 40;

/// The search field's memory and the story's search index.
#[derive(Default)]
pub(crate) struct SearchView {
    index: SearchIndex,
    query: String,
    /// Hits for `searched`, so that the index is searched when the query changes, not every frame.
    hits: Vec<Hit>,
    searched: String,
    chosen: usize,
    focus_next_frame: bool,
}

impl SearchView {
    /// A search over a story in every language it has.
    pub(crate) fn new(stories: &[&Story]) -> Self {
        Self {
            index: SearchIndex::new(stories),
            ..Self::default()
        }
    }

    /// Puts the keyboard focus in the field (Ctrl+F).
    pub(crate) fn focus(&mut self) {
        self.focus_next_frame = true;
    }

    /// Whether results are being shown instead of the detail view.
    pub(crate) fn is_active(&self) -> bool {
        !self.query.trim().is_empty()
    }

    /// The field, and the results while there is a query.
    pub(crate) fn ui(
        &mut self,
        ui: &mut Ui,
        story: &Story,
        lang: Language,
        commands: &mut Vec<Command>,
    ) {
        if self.searched != self.query {
            self.hits = self.index.search(&self.query);
            self.searched.clone_from(&self.query);
        }
        // Taken out for this frame (the field below borrows the query), put back at the end.
        let hits = std::mem::take(&mut self.hits);
        let mut pick = None;
        ui.horizontal(|ui| {
            let field = ui.add(
                egui::TextEdit::singleline(&mut self.query)
                    .hint_text(t!(lang, "search-hint"))
                    .desired_width(ui.available_width() - 30.0),
            );
            let label = t!(lang, "search-label");
            field.widget_info(|| egui::WidgetInfo::labeled(egui::Role::SearchInput, true, &label));
            if self.focus_next_frame {
                field.request_focus();
                self.focus_next_frame = false;
            }
            if field.changed() {
                self.chosen = 0;
            }
            if field.has_focus() || field.lost_focus() {
                let (down, up, enter, escape) = ui.input_mut(|i| {
                    (
                        i.consume_key(egui::Modifiers::NONE, Key::ArrowDown),
                        i.consume_key(egui::Modifiers::NONE, Key::ArrowUp),
                        i.key_pressed(Key::Enter),
                        i.key_pressed(Key::Escape),
                    )
                });
                let count = hits.len().min(MAX_RESULTS);
                if down && count > 0 {
                    self.chosen = (self.chosen + 1).min(count - 1);
                }
                if up {
                    self.chosen = self.chosen.saturating_sub(1);
                }
                if enter && field.lost_focus() {
                    pick = hits.get(self.chosen).copied();
                }
                if escape {
                    self.query.clear();
                }
            }
            if self.is_active()
                && crate::tooltip::hint(ui.small_button("×"), &t!(lang, "search-clear")).clicked()
            {
                self.query.clear();
            }
        });
        if self.is_active() {
            ui.add_space(4.0);
            if hits.is_empty() {
                ui.weak(t!(lang, "search-nothing"));
            } else {
                ui.weak(t!(lang, "search-found", count = hits.len()));
            }
            for (i, hit) in hits.iter().take(MAX_RESULTS).enumerate() {
                let (title, detail) = describe(story, lang, *hit);
                let chosen = i == self.chosen;
                let response = ui.selectable_label(chosen, RichText::new(&title).strong());
                ui.label(RichText::new(detail).small().weak());
                if response.clicked() {
                    pick = Some(*hit);
                }
            }
            if hits.len() > MAX_RESULTS {
                ui.weak(t!(lang, "search-more", count = hits.len() - MAX_RESULTS));
            }
        }
        self.hits = hits;
        if let Some(hit) = pick {
            match hit {
                Hit::Event(ix) => {
                    commands.push(StateCommand::Select(Some(Selection::Event(ix))).into());
                }
                Hit::Place(ix) => {
                    commands.push(StateCommand::Select(Some(Selection::Place(ix))).into());
                    commands.push(MapCommand::Focus(vec![ix]).into());
                }
            }
            self.query.clear();
        }
    }
}

/// A result's title and its date and place (events) or kind (places).
fn describe(story: &Story, lang: Language, hit: Hit) -> (String, String) {
    match hit {
        Hit::Event(ix) => {
            let Some(event) = story.event(ix) else {
                return (String::new(), String::new());
            };
            let places: Vec<&str> = event
                .places
                .iter()
                .filter_map(|&p| story.place(p))
                .map(|p| p.name.as_str())
                .take(2)
                .collect();
            (
                event.title.clone(),
                format!(
                    "{} · {}",
                    story.clock.format_short_as(event.start, event.precision),
                    places.join(", ")
                ),
            )
        }
        Hit::Place(ix) => {
            let Some(place) = story.place(ix) else {
                return (String::new(), String::new());
            };
            (
                place.name.clone(),
                t!(
                    lang,
                    "search-place",
                    kind = crate::detail::place_kind_text(lang, place.kind)
                ),
            )
        }
    }
}
