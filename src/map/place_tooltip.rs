//! The tooltip of a place's marker: its name, kind and state, and what happened there.

use egui::Ui;

use crate::state::AppState;
use crate::story::{PlaceIx, Story};
use crate::t;
use crate::theme;

/// Name, kind, state and what happened there.
pub(crate) fn ui(ui: &mut Ui, story: &Story, state: &AppState, place_ix: PlaceIx) {
    let Some(place) = story.place(place_ix) else {
        return;
    };
    let lang = state.language;
    ui.set_max_width(320.0);
    ui.strong(&place.name);
    let polity = place
        .polity
        .and_then(|p| story.polity(p))
        .map(|p| format!(", {}", p.short_name))
        .unwrap_or_default();
    ui.weak(format!(
        "{}{polity}",
        crate::detail::place_kind_text(lang, place.kind)
    ));
    if let Some(description) = &place.description {
        ui.label(description);
    }
    let events = story.events_at_place(place_ix);
    if events.is_empty() {
        ui.weak(t!(lang, "place-no-events"));
        return;
    }
    ui.separator();
    ui.label(t!(lang, "place-what-happened"));
    const SHOWN: usize = 6;
    for &ix in events.iter().take(SHOWN) {
        let Some(event) = story.event(ix) else {
            continue;
        };
        let when = story.clock.format_short_as(event.start, event.precision);
        let text = format!("{when} — {}", event.title);
        if event.is_active_at(state.time) {
            let now = t!(lang, "place-event-now", event = text);
            ui.colored_label(theme::NOW, format!("▶ {now}"));
        } else {
            ui.label(format!("• {text}"));
        }
    }
    if events.len() > SHOWN {
        ui.weak(t!(lang, "place-more-events", count = events.len() - SHOWN));
    }
}
