//! Raw events, their artwork and sources, and movements turned into the model.

use std::collections::HashMap;
use std::fmt::Display;
use std::path::{Component, Path};

use jiff::Timestamp;
use serde_json::Value;

use super::items::Resolver;
use super::{ItemPath, Loader};
use crate::files::{FileError, resolve_inside};
use crate::story::AssetRoot;
use crate::story::clock::StoryClock;
use crate::story::event::is_web_link;
use crate::story::event::{Artwork, Confidence, Event, Source};
use crate::story::extras::{Movement, Side};
use crate::story::ids::{EventIx, PlaceIx, TrackIx};
use crate::story::limits::MAX_ITEM_LIST;
use crate::story::picture::check_picture;
use crate::story::problem::quote;
use crate::story::raw::{RawArtwork, RawEvent, RawMovement, RawSource};
use crate::text;

impl<'a> Loader<'a> {
    pub(super) fn event(
        &mut self,
        raw: RawEvent,
        path: ItemPath,
        clock: &StoryClock,
        span: Option<(Timestamp, Timestamp)>,
        resolver: &Resolver,
        root: Option<&AssetRoot>,
    ) -> Option<Event> {
        let RawEvent {
            id,
            start,
            end,
            title,
            places,
            summary,
            body,
            artwork,
            sources,
            confidence,
            disputed,
            track,
            dating_note,
        } = raw;
        let start = self.time_in_span(clock, &start, format_args!("{path}.start"), span, false);
        let end = end
            .and_then(|end| self.time_in_span(clock, &end, format_args!("{path}.end"), span, true));
        if let (Some((s, _)), Some((e, _))) = (start, end)
            && e < s
        {
            self.error(
                format_args!("{path}.end"),
                text!("problem-event-ends-before-start"),
                text!("hint-end-not-before-start"),
            );
        }
        for (field, len) in [
            ("places", places.len()),
            ("body", body.len()),
            ("sources", sources.len()),
            ("disputed", disputed.len()),
        ] {
            if len > MAX_ITEM_LIST {
                self.too_many(format_args!("{path}.{field}"), len, MAX_ITEM_LIST);
            }
        }
        let places: Vec<PlaceIx> = places
            .iter()
            .take(MAX_ITEM_LIST)
            .enumerate()
            .filter_map(|(i, p)| {
                self.reference(
                    &resolver.places,
                    p,
                    format_args!("{path}.places[{i}]"),
                    "place",
                )
                .map(PlaceIx)
            })
            .collect();
        let confidence = match confidence.as_str() {
            "high" => Some(Confidence::High),
            "medium" => Some(Confidence::Medium),
            "low" => Some(Confidence::Low),
            other => {
                self.error(
                    format_args!("{path}.confidence"),
                    text!("problem-unknown-confidence", confidence = quote(other)),
                    text!(
                        "hint-one-of",
                        field = "confidence",
                        values = "high, medium, low"
                    ),
                );
                None
            }
        };
        if sources.is_empty() {
            self.error(
                format_args!("{path}.sources"),
                text!("problem-no-source"),
                text!("hint-no-source"),
            );
        }
        let track = track.and_then(|t| {
            self.reference(&resolver.tracks, &t, format_args!("{path}.track"), "track")
                .map(TrackIx)
        });
        let artwork = artwork.map(|a| self.artwork(a, format_args!("{path}.artwork"), root));
        let sources: Vec<Source> = sources
            .into_iter()
            .take(MAX_ITEM_LIST)
            .enumerate()
            .map(|(i, raw)| self.source(raw, &format!("{path}.sources[{i}]")))
            .collect();
        let (start, precision) = start?;
        Some(Event {
            id,
            start,
            end: end.map(|(e, _)| e),
            precision,
            title,
            places,
            summary,
            body,
            artwork,
            sources,
            confidence: confidence?,
            disputed,
            track,
            dating_note,
        })
    }

    /// Checks that an artwork path stays inside the asset root; a missing file is a warning
    /// (the app shows a placeholder), a path that leaves the root is an error.
    pub(super) fn artwork(
        &mut self,
        raw: RawArtwork,
        path: impl Display,
        root: Option<&AssetRoot>,
    ) -> Artwork {
        let path = path.to_string();
        let RawArtwork { file, alt, credit } = raw;
        let file_path = format!("{path}.file");
        match root {
            Some(AssetRoot::Embedded) => {
                let plain = !file.is_empty()
                    && Path::new(&file)
                        .components()
                        .all(|c| matches!(c, Component::Normal(_) | Component::CurDir));
                if !plain {
                    self.error(
                        &file_path,
                        text!("problem-artwork-escapes", file = quote(&file)),
                        text!("hint-artwork-escapes"),
                    );
                } else if crate::assets::embedded_asset(&file).is_none() {
                    self.warn(
                        &file_path,
                        text!("problem-artwork-not-built-in", file = quote(&file)),
                        text!("hint-placeholder"),
                    );
                }
            }
            Some(AssetRoot::Folder(folder)) => match resolve_inside(folder, &file) {
                Ok(resolved) => {
                    if let Err(reason) = check_picture(&resolved) {
                        self.warn(
                            &file_path,
                            reason.text(text!("subject-artwork", file = quote(&file))),
                            text!("hint-placeholder"),
                        );
                    }
                }
                Err(FileError::Escapes) => self.error(
                    &file_path,
                    text!("problem-artwork-escapes", file = quote(&file)),
                    text!("hint-artwork-escapes"),
                ),
                Err(FileError::OutsideFolder) => self.error(
                    &file_path,
                    text!("problem-artwork-outside", file = quote(&file)),
                    text!("hint-artwork-outside"),
                ),
                Err(err) => self.warn(
                    &file_path,
                    err.text(text!("subject-artwork", file = quote(&file))),
                    text!("hint-placeholder"),
                ),
            },
            None => {}
        }
        Artwork { file, alt, credit }
    }

    /// A source; its link, if any, must be a web link (`http:` or `https:`), the only kind
    /// the app hands to the system to open.
    pub(super) fn source(&mut self, raw: RawSource, path: &str) -> Source {
        let RawSource {
            title,
            url,
            author,
            year,
            note,
        } = raw;
        if let Some(url) = &url
            && !is_web_link(url)
        {
            self.error(
                format_args!("{path}.url"),
                text!("problem-not-web-link", url = quote(url)),
                text!("hint-not-web-link"),
            );
        }
        Source {
            title,
            author,
            year,
            url,
            note,
        }
    }

    pub(super) fn movements(
        &mut self,
        values: Vec<Value>,
        clock: &StoryClock,
        span: Option<(Timestamp, Timestamp)>,
        resolver: &Resolver,
        events: &HashMap<&str, EventIx>,
    ) -> Vec<Movement> {
        let mut index = HashMap::new();
        let raws = self.items::<RawMovement>(values, "movements", &mut index);
        let mut movements = Vec::new();
        for (path, raw) in raws {
            let RawMovement {
                id,
                label,
                side,
                start,
                end,
                path: stops,
                event,
            } = raw;
            let side = match side.as_str() {
                "soviet" => Side::Soviet,
                "hungarian" => Side::Hungarian,
                "refugees" => Side::Refugees,
                "other" => Side::Other,
                other => {
                    self.error(
                        format_args!("{path}.side"),
                        text!("problem-unknown-side", side = quote(other)),
                        text!(
                            "hint-one-of",
                            field = "side",
                            values = "soviet, hungarian, refugees, other"
                        ),
                    );
                    Side::Other
                }
            };
            let start = self.time_in_span(clock, &start, format_args!("{path}.start"), span, false);
            let end = self.time_in_span(clock, &end, format_args!("{path}.end"), span, true);
            if stops.len() > MAX_ITEM_LIST {
                self.too_many(format_args!("{path}.path"), stops.len(), MAX_ITEM_LIST);
            }
            let stops: Vec<PlaceIx> = stops
                .iter()
                .take(MAX_ITEM_LIST)
                .enumerate()
                .filter_map(|(i, p)| {
                    self.reference(
                        &resolver.places,
                        p,
                        format_args!("{path}.path[{i}]"),
                        "place",
                    )
                    .map(PlaceIx)
                })
                .collect();
            if stops.len() < 2 {
                self.error(
                    format_args!("{path}.path"),
                    text!("problem-movement-one-place"),
                    text!("hint-movement-one-place"),
                );
            }
            let event = event.and_then(|e| {
                let found = events.get(e.as_str()).copied();
                if found.is_none() {
                    self.error(
                        format_args!("{path}.event"),
                        text!("problem-no-such-item", kind = "event", id = quote(&e)),
                        text!("hint-fix-reference"),
                    );
                }
                found
            });
            let (Some((start, _)), Some((end, _))) = (start, end) else {
                continue;
            };
            if end <= start {
                self.error(
                    format_args!("{path}.end"),
                    text!("problem-movement-ends-before-start"),
                    text!("hint-end-after-start"),
                );
                continue;
            }
            movements.push(Movement {
                id,
                label,
                side,
                start,
                end,
                path: stops,
                event,
            });
        }
        movements.sort_by_key(|m| m.start);
        movements
    }
}

/// Events in time order (then by id). The order is found on indices and applied once, so
/// that each event (a few hundred bytes) moves once rather than at every step of the sort.
pub(super) fn sorted_by_start(events: Vec<Event>) -> Vec<Event> {
    let mut order: Vec<usize> = (0..events.len()).collect();
    order.sort_by(|&a, &b| match (events.get(a), events.get(b)) {
        (Some(a), Some(b)) => a.start.cmp(&b.start).then_with(|| a.id.cmp(&b.id)),
        _ => std::cmp::Ordering::Equal,
    });
    let mut slots: Vec<Option<Event>> = events.into_iter().map(Some).collect();
    order
        .into_iter()
        .filter_map(|i| slots.get_mut(i).and_then(Option::take))
        .collect()
}
