//! Detail view: what is happening now, then the selected event or place, or the story's
//! overview when nothing is selected.

use egui::{RichText, Ui};

use crate::artwork::{ArtState, ArtworkCache};
use crate::command::{AppAction, Command, MapCommand};
use crate::i18n::Language;
use crate::state::{AppState, Selection, StateCommand};
use crate::story::{Artwork, Confidence, EventIx, PlaceIx, PlaceKind, Source, Story};
use crate::t;
use crate::theme;
use crate::tooltip::hint;

/// At most this many events are listed under "Happening now"; the rest fold away under one
/// line that says how many they are, so that a crowded moment costs no more than a quiet one.
pub const NOW_LISTED: usize = 6;
/// Width to height of the space kept for a picture that is still loading.
const LOADING_ASPECT: f32 = 1.5;

/// Shows the detail view and returns the user's commands.
pub(crate) fn ui(
    ui: &mut Ui,
    story: &Story,
    state: &AppState,
    artwork: &mut ArtworkCache,
) -> Vec<Command> {
    let mut commands = Vec::new();
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.add_space(4.0);
            now_ui(ui, story, state, &mut commands);
            ui.separator();
            match state.selection {
                Some(Selection::Event(ix)) => {
                    event_ui(ui, story, state, ix, artwork, &mut commands)
                }
                Some(Selection::Place(ix)) => place_ui(ui, story, state, ix, &mut commands),
                None => overview_ui(ui, story, state.language, artwork, &mut commands),
            }
            ui.add_space(12.0);
        });
    commands
}

/// What is happening at the current time (or what happened last and comes next).
fn now_ui(ui: &mut Ui, story: &Story, state: &AppState, commands: &mut Vec<Command>) {
    let lang = state.language;
    ui.label(
        RichText::new(t!(lang, "now-heading"))
            .strong()
            .color(theme::NOW),
    );
    let active = story.active_events(state.time);
    if active.is_empty() {
        ui.weak(t!(lang, "now-nothing"));
        if let Some(ix) = story.latest_event_at(state.time) {
            event_link_ui(ui, story, ix, &t!(lang, "now-last"), commands);
        }
        if let Some(ix) = story.next_event_after(state.time) {
            event_link_ui(ui, story, ix, &t!(lang, "now-next"), commands);
        }
    } else {
        let (listed, more) = active.split_at(active.len().min(NOW_LISTED));
        for &ix in listed {
            event_link_ui(ui, story, ix, "▶", commands);
        }
        if !more.is_empty() {
            egui::CollapsingHeader::new(t!(lang, "now-more", count = more.len()))
                .id_salt("happening-now-more")
                .show(ui, |ui| {
                    for &ix in more {
                        event_link_ui(ui, story, ix, "▶", commands);
                    }
                });
        }
    }
}

/// A clickable line for an event: "<prefix> 1 Nov, 19:50  Title", the time weak and the title
/// in the link colour. The line is one widget, a link named by the event's title (its time
/// is the link's description): a place's list of events can be long, and a row of widgets per
/// event cost a fifth of a frame with Budapest selected.
fn event_link_ui(
    ui: &mut Ui,
    story: &Story,
    ix: EventIx,
    prefix: &str,
    commands: &mut Vec<Command>,
) {
    let Some(event) = story.event(ix) else {
        return;
    };
    let when = story.clock.format_short_as(event.start, event.precision);
    let body = egui::TextStyle::Body.resolve(ui.style());
    let link = ui.visuals().hyperlink_color;
    let mut job = egui::text::LayoutJob::default();
    job.append(
        &format!("{prefix} {when}  "),
        0.0,
        egui::TextFormat::simple(body.clone(), ui.visuals().weak_text_color()),
    );
    job.append(&event.title, 0.0, egui::TextFormat::simple(body, link));
    let (pos, galley, response) = egui::Label::new(job)
        .selectable(false)
        .sense(egui::Sense::click())
        .layout_in_ui(ui);
    response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Link, ui.is_enabled(), &event.title));
    ui.ctx()
        .accesskit_node_builder(response.id, |node| node.set_description(when.as_str()));
    if ui.is_rect_visible(response.rect) {
        let underline = if response.hovered() || response.has_focus() {
            egui::Stroke::new(1.0, link)
        } else {
            egui::Stroke::NONE
        };
        ui.painter()
            .add(egui::epaint::TextShape::new(pos, galley, link).with_underline(underline));
    }
    let response = hint(response, &event.summary).on_hover_cursor(egui::CursorIcon::PointingHand);
    if response.clicked() {
        commands.push(StateCommand::Select(Some(Selection::Event(ix))).into());
    }
}

fn back_ui(ui: &mut Ui, lang: Language, commands: &mut Vec<Command>) {
    let back = ui.small_button(t!(lang, "back-to-overview"));
    if hint(back, &t!(lang, "back-to-overview-hint")).clicked() {
        commands.push(StateCommand::Select(None).into());
    }
}

fn event_ui(
    ui: &mut Ui,
    story: &Story,
    state: &AppState,
    ix: EventIx,
    artwork: &mut ArtworkCache,
    commands: &mut Vec<Command>,
) {
    let Some(event) = story.event(ix) else {
        return;
    };
    let lang = state.language;
    back_ui(ui, lang, commands);
    ui.heading(&event.title);
    let when = match event.end {
        Some(end) if event.precision == crate::story::Precision::Day => format!(
            "{} – {}",
            story.clock.format_date(event.start),
            story.clock.format_long(end)
        ),
        Some(end) if story.clock.format_date(end) == story.clock.format_date(event.start) => {
            format!(
                "{}–{}",
                story.clock.format_long(event.start),
                story.clock.format_clock(end)
            )
        }
        Some(end) => format!(
            "{} – {}",
            story.clock.format_long(event.start),
            story.clock.format_long(end)
        ),
        None if event.precision == crate::story::Precision::Day => t!(
            lang,
            "event-time-unknown",
            date = story.clock.format_date(event.start)
        ),
        None => story.clock.format_long(event.start),
    };
    ui.label(RichText::new(when).strong());
    if !event.places.is_empty() {
        ui.horizontal_wrapped(|ui| {
            ui.weak(t!(lang, "event-where"));
            for &place_ix in &event.places {
                place_link_ui(ui, story, lang, place_ix, commands);
            }
        });
    }
    if let Some(track) = event.track.and_then(|t| story.track(t)) {
        ui.weak(t!(lang, "event-track", track = &track.name));
    }
    ui.add_space(6.0);
    if let Some(art) = &event.artwork {
        artwork_ui(ui, story, lang, art, artwork, commands);
    }
    ui.label(RichText::new(&event.summary).italics());
    ui.add_space(4.0);
    for paragraph in &event.body {
        ui.label(paragraph);
        ui.add_space(4.0);
    }
    if let Some(note) = &event.dating_note {
        note_ui(ui, &t!(lang, "event-dating-note"), note);
    }
    if !event.disputed.is_empty() {
        ui.add_space(4.0);
        ui.strong(t!(lang, "event-disputed"));
        for item in &event.disputed {
            ui.label(format!("• {item}"));
        }
    }
    ui.add_space(4.0);
    ui.weak(t!(
        lang,
        "event-confidence",
        confidence = confidence_text(lang, event.confidence)
    ));
    sources_ui(ui, lang, &event.sources);
}

/// How sure the sources are, in words (the model keeps only the level).
fn confidence_text(lang: Language, confidence: Confidence) -> String {
    match confidence {
        Confidence::High => t!(lang, "confidence-high"),
        Confidence::Medium => t!(lang, "confidence-medium"),
        Confidence::Low => t!(lang, "confidence-low"),
    }
}

/// What sort of place it is, in words, for the detail view, search results and the map's
/// tooltips (the model keeps only the kind).
pub(crate) fn place_kind_text(lang: Language, kind: PlaceKind) -> String {
    match kind {
        PlaceKind::Capital => t!(lang, "place-kind-capital"),
        PlaceKind::City => t!(lang, "place-kind-city"),
        PlaceKind::Site => t!(lang, "place-kind-site"),
        PlaceKind::Region => t!(lang, "place-kind-region"),
    }
}

fn note_ui(ui: &mut Ui, heading: &str, text: &str) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.strong(heading);
        ui.label(text);
    });
}

fn place_link_ui(
    ui: &mut Ui,
    story: &Story,
    lang: Language,
    place_ix: PlaceIx,
    commands: &mut Vec<Command>,
) {
    let Some(place) = story.place(place_ix) else {
        return;
    };
    let response = hint(ui.link(&place.name), &t!(lang, "place-link-hint"));
    if response.clicked() {
        commands.push(StateCommand::Select(Some(Selection::Place(place_ix))).into());
        commands.push(MapCommand::Focus(vec![place_ix]).into());
    }
}

fn place_ui(
    ui: &mut Ui,
    story: &Story,
    state: &AppState,
    ix: PlaceIx,
    commands: &mut Vec<Command>,
) {
    let Some(place) = story.place(ix) else {
        return;
    };
    let lang = state.language;
    back_ui(ui, lang, commands);
    ui.heading(&place.name);
    let kind = place_kind_text(lang, place.kind);
    let kind = match place.polity.and_then(|p| story.polity(p)) {
        Some(polity) => t!(lang, "place-kind-in", kind = kind, polity = &polity.name),
        None => kind,
    };
    ui.label(RichText::new(kind).strong());
    if let Some(parent) = place.within {
        ui.horizontal_wrapped(|ui| {
            ui.weak(t!(lang, "place-part-of"));
            place_link_ui(ui, story, lang, parent, commands);
        });
    }
    if let Some(description) = &place.description {
        ui.label(description);
    }
    ui.add_space(6.0);
    let events = story.events_at_place(ix);
    if events.is_empty() {
        ui.weak(t!(lang, "place-no-events"));
    } else {
        ui.strong(t!(lang, "place-events-here", count = events.len()));
        for event_ix in events {
            let prefix = match story.event(event_ix) {
                Some(e) if e.is_active_at(state.time) => "▶",
                _ => "•",
            };
            event_link_ui(ui, story, event_ix, prefix, commands);
        }
    }
    let inside: Vec<PlaceIx> = story
        .indexed_places()
        .filter(|(_, p)| p.within == Some(ix))
        .map(|(i, _)| i)
        .collect();
    if !inside.is_empty() {
        ui.add_space(6.0);
        ui.strong(t!(lang, "place-within"));
        ui.horizontal_wrapped(|ui| {
            for place_ix in inside {
                place_link_ui(ui, story, lang, place_ix, commands);
            }
        });
    }
}

fn overview_ui(
    ui: &mut Ui,
    story: &Story,
    lang: Language,
    artwork: &mut ArtworkCache,
    commands: &mut Vec<Command>,
) {
    ui.heading(&story.title);
    if let Some(subtitle) = &story.subtitle {
        ui.label(RichText::new(subtitle).strong());
    }
    ui.add_space(6.0);
    if let Some(cover) = &story.cover {
        artwork_ui(ui, story, lang, cover, artwork, commands);
    }
    for paragraph in &story.overview {
        ui.label(paragraph);
        ui.add_space(4.0);
    }
    if let Some(first) = story.events.first()
        && hint(
            ui.button(t!(lang, "overview-begin", title = &first.title)),
            &t!(lang, "overview-begin-hint"),
        )
        .clicked()
    {
        commands.push(StateCommand::Select(Some(Selection::Event(EventIx(0)))).into());
    }
    ui.add_space(4.0);
    ui.weak(t!(
        lang,
        "overview-counts",
        events = story.events.len(),
        places = story.places.len()
    ));
    sources_ui(ui, lang, &story.overview_sources);
}

fn sources_ui(ui: &mut Ui, lang: Language, sources: &[Source]) {
    if sources.is_empty() {
        return;
    }
    ui.add_space(6.0);
    ui.strong(t!(lang, "sources-heading"));
    for source in sources {
        source_ui(ui, source);
    }
}

/// One source as one wrapped line ("• Author, Title (Year) — note"); with a link, the whole
/// line is the link (and says so to screen readers). One widget per source rather than a row of
/// three keeps a long list cheap.
fn source_ui(ui: &mut Ui, source: &Source) {
    let citation = source.citation();
    let visuals = ui.visuals();
    let body = egui::TextStyle::Body.resolve(ui.style());
    let mut job = egui::text::LayoutJob::default();
    job.append(
        "• ",
        0.0,
        egui::TextFormat::simple(body.clone(), visuals.text_color()),
    );
    let cited = match source.web_link() {
        Some(_) => egui::TextFormat {
            font_id: body.clone(),
            color: visuals.hyperlink_color,
            underline: egui::Stroke::new(1.0, visuals.hyperlink_color),
            ..Default::default()
        },
        None => egui::TextFormat::simple(body.clone(), visuals.text_color()),
    };
    job.append(&citation, 0.0, cited);
    if let Some(note) = &source.note {
        job.append(
            &format!(" — {note}"),
            0.0,
            egui::TextFormat::simple(body, visuals.weak_text_color()),
        );
    }
    let Some(url) = source.web_link() else {
        ui.label(job);
        return;
    };
    let response = ui.add(egui::Label::new(job).sense(egui::Sense::click()));
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Link, true, &citation));
    let response = hint(response, url).on_hover_cursor(egui::CursorIcon::PointingHand);
    if response.clicked() {
        ui.ctx().open_url(egui::OpenUrl::new_tab(url));
    }
}

/// The picture at the panel's width, or a placeholder saying why it cannot be shown.
fn artwork_ui(
    ui: &mut Ui,
    story: &Story,
    lang: Language,
    art: &Artwork,
    cache: &mut ArtworkCache,
    commands: &mut Vec<Command>,
) {
    let width = ui.available_width();
    match cache.get(&story.asset_root, &art.file) {
        ArtState::Ready(texture) => {
            let size = texture.size_vec2();
            let height = width * size.y / size.x.max(1.0);
            let picture = ui.add(
                egui::Image::from_texture(texture)
                    .fit_to_exact_size(egui::vec2(width, height))
                    .alt_text(&art.alt)
                    .sense(egui::Sense::click()),
            );
            let response = hint(picture, &t!(lang, "artwork-enlarge-hint"))
                .on_hover_cursor(egui::CursorIcon::ZoomIn);
            if response.clicked() {
                commands.push(AppAction::ShowArtwork(art.clone()).into());
            }
        }
        ArtState::Loading => {
            placeholder_ui(ui, width, &t!(lang, "artwork-loading"), &art.alt);
        }
        ArtState::Failed(why) => {
            placeholder_ui(ui, width, &why.text(lang), &art.alt);
        }
    }
    ui.label(RichText::new(&art.alt).small().italics());
    ui.label(RichText::new(&art.credit).small().weak());
    ui.add_space(6.0);
}

fn placeholder_ui(ui: &mut Ui, width: f32, message: &str, alt: &str) {
    let (rect, response) = ui.allocate_exact_size(
        egui::vec2(width, width / LOADING_ASPECT),
        egui::Sense::hover(),
    );
    let painter = ui.painter();
    painter.rect_filled(rect, 4.0, ui.visuals().faint_bg_color);
    painter.rect_stroke(
        rect,
        4.0,
        ui.visuals().widgets.noninteractive.bg_stroke,
        egui::StrokeKind::Inside,
    );
    let galley = painter.layout(
        message.to_owned(),
        egui::FontId::proportional(13.0),
        ui.visuals().weak_text_color(),
        width - 24.0,
    );
    let pos = rect.center() - galley.size() / 2.0;
    painter.galley(pos, galley, ui.visuals().weak_text_color());
    let label = format!("{message} ({alt})");
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &label));
}
