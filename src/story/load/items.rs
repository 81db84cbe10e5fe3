//! Raw items turned into the model: times, ids and references, tracks, phases, places and
//! polities.

use std::collections::HashMap;
use std::fmt::Display;

use jiff::Timestamp;
use serde_json::Value;

use super::{ItemPath, Loader};
use crate::story::clock::{Precision, StoryClock};
use crate::story::extras::{Phase, Track};
use crate::story::ids::{PlaceIx, PolityIx};
use crate::story::limits::{MAX_ID_CHARS, MAX_ITEM_LIST, MAX_WITHIN_DEPTH};
use crate::story::place::{Place, PlaceKind};
use crate::story::polity::{Alliance, Polity, Status, StatusChange};
use crate::story::problem::quote;
use crate::story::raw::{RawPhase, RawPlace, RawPolity, RawTrack};
use crate::text;

impl<'a> Loader<'a> {
    pub(super) fn time(
        &mut self,
        clock: &StoryClock,
        text: &str,
        path: impl Display,
    ) -> Option<(Timestamp, Precision)> {
        match clock.parse(text) {
            Ok(parsed) => Some(parsed),
            Err(err) => {
                self.error(path, err.text(), text!("hint-time-form"));
                None
            }
        }
    }

    /// A time that must lie within the story's span.
    pub(super) fn time_in_span(
        &mut self,
        clock: &StoryClock,
        text: &str,
        path: impl Display + Copy,
        span: Option<(Timestamp, Timestamp)>,
        inclusive_end: bool,
    ) -> Option<(Timestamp, Precision)> {
        let parsed = self.time(clock, text, path)?;
        if let Some((start, end)) = span {
            let after_end = if inclusive_end {
                parsed.0 > end
            } else {
                parsed.0 >= end
            };
            if parsed.0 < start || after_end {
                self.error(
                    path,
                    text!("problem-outside-span", time = text),
                    text!("hint-outside-span"),
                );
            }
        }
        Some(parsed)
    }

    pub(super) fn check_id(&mut self, id: &str, path: impl Display) -> bool {
        let ok = !id.is_empty()
            && id.len() <= MAX_ID_CHARS
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !ok {
            self.error(
                path,
                text!("problem-invalid-id", id = quote(id)),
                text!("hint-invalid-id", max = MAX_ID_CHARS),
            );
        }
        ok
    }

    pub(super) fn reference(
        &mut self,
        index: &HashMap<String, usize>,
        id: &str,
        path: impl Display,
        what: &str,
    ) -> Option<usize> {
        let found = index.get(id).copied();
        let list = match what {
            "place" => "places",
            "polity" => "polities",
            "track" => "tracks",
            _ => "events",
        };
        if found.is_none() && !self.broken_ids.contains(id) && !self.broken_lists.contains(list) {
            self.error(
                path,
                text!("problem-no-such-item", kind = what, id = quote(id)),
                text!("hint-no-such-item", kind = what),
            );
        }
        found
    }

    pub(super) fn tracks(&mut self, values: Vec<Value>, resolver: &mut Resolver) -> Vec<Track> {
        self.items::<RawTrack>(values, "tracks", &mut resolver.tracks)
            .into_iter()
            .map(|(_, RawTrack { id, name })| Track { id, name })
            .collect()
    }

    pub(super) fn phases(
        &mut self,
        values: Vec<Value>,
        clock: &StoryClock,
        span: Option<(Timestamp, Timestamp)>,
    ) -> Vec<Phase> {
        let mut index = HashMap::new();
        let mut phases: Vec<Phase> = self
            .items::<RawPhase>(values, "phases", &mut index)
            .into_iter()
            .filter_map(
                |(
                    path,
                    RawPhase {
                        id,
                        name,
                        start,
                        end,
                    },
                )| {
                    let start =
                        self.time_in_span(clock, &start, format_args!("{path}.start"), span, false);
                    let end =
                        self.time_in_span(clock, &end, format_args!("{path}.end"), span, true);
                    let (start, end) = (start?.0, end?.0);
                    if end <= start {
                        self.error(
                            format_args!("{path}.end"),
                            text!("problem-phase-ends-before-start"),
                            text!("hint-end-after-start"),
                        );
                        return None;
                    }
                    Some(Phase {
                        id,
                        name,
                        start,
                        end,
                    })
                },
            )
            .collect();
        phases.sort_by_key(|p| p.start);
        phases
    }

    pub(super) fn places(
        &mut self,
        raws: Vec<(ItemPath, RawPlace)>,
        resolver: &Resolver,
    ) -> Vec<Place> {
        let mut places = Vec::with_capacity(raws.len());
        for (path, raw) in raws {
            let RawPlace {
                id,
                name,
                kind,
                lat,
                lon,
                polity,
                within,
                description,
            } = raw;
            let kind = match kind.as_str() {
                "capital" => PlaceKind::Capital,
                "city" => PlaceKind::City,
                "site" => PlaceKind::Site,
                "region" => PlaceKind::Region,
                other => {
                    self.error(
                        format_args!("{path}.kind"),
                        text!("problem-unknown-place-kind", kind = quote(other)),
                        text!(
                            "hint-one-of",
                            field = "kind",
                            values = "capital, city, site, region"
                        ),
                    );
                    PlaceKind::Site
                }
            };
            if !(-90.0..=90.0).contains(&lat) {
                self.error(
                    format_args!("{path}.lat"),
                    text!("problem-latitude", lat = lat.to_string()),
                    text!("hint-latitude"),
                );
            }
            if !(-180.0..=180.0).contains(&lon) {
                self.error(
                    format_args!("{path}.lon"),
                    text!("problem-longitude", lon = lon.to_string()),
                    text!("hint-longitude"),
                );
            }
            let polity = polity.and_then(|p| {
                self.reference(
                    &resolver.polities,
                    &p,
                    format_args!("{path}.polity"),
                    "polity",
                )
                .map(PolityIx)
            });
            let within = within.and_then(|w| {
                self.reference(&resolver.places, &w, format_args!("{path}.within"), "place")
                    .map(PlaceIx)
            });
            places.push(Place {
                id,
                name,
                kind,
                lat,
                lon,
                polity,
                within,
                description,
            });
        }
        // `within` must not loop back on itself, nor nest deeper than allowed (every place's
        // chain is followed at most that far, so this costs a few steps per place).
        for start in 0..places.len() {
            let mut current = places.get(start).and_then(|p| p.within);
            let mut depth = 0;
            while let Some(PlaceIx(ix)) = current {
                let id = || places.get(start).map(|p| p.id.clone()).unwrap_or_default();
                if ix == start {
                    self.error(
                        format_args!("places[{start}].within"),
                        text!("problem-within-itself", id = quote(&id())),
                        text!("hint-within-loop"),
                    );
                    break;
                }
                depth += 1;
                if depth > MAX_WITHIN_DEPTH {
                    self.error(
                        format_args!("places[{start}].within"),
                        text!(
                            "problem-within-too-deep",
                            id = quote(&id()),
                            max = MAX_WITHIN_DEPTH
                        ),
                        text!("hint-within-too-deep"),
                    );
                    break;
                }
                current = places.get(ix).and_then(|p| p.within);
            }
        }
        places
    }

    pub(super) fn polities(
        &mut self,
        raws: Vec<(ItemPath, RawPolity)>,
        resolver: &Resolver,
        clock: &StoryClock,
    ) -> Vec<Polity> {
        let mut polities = Vec::with_capacity(raws.len());
        for (path, raw) in raws {
            let RawPolity {
                id,
                name,
                short_name,
                alliance,
                capital,
                status_changes,
            } = raw;
            let alliance = match alliance.as_str() {
                "warsaw-pact" => Alliance::WarsawPact,
                "nato" => Alliance::Nato,
                "neutral" => Alliance::Neutral,
                "non-aligned" => Alliance::NonAligned,
                "other" => Alliance::Other,
                other => {
                    self.error(
                        format_args!("{path}.alliance"),
                        text!("problem-unknown-alliance", alliance = quote(other)),
                        text!(
                            "hint-one-of",
                            field = "alliance",
                            values = "warsaw-pact, nato, neutral, non-aligned, other"
                        ),
                    );
                    Alliance::Other
                }
            };
            let capital = capital.and_then(|c| {
                self.reference(
                    &resolver.places,
                    &c,
                    format_args!("{path}.capital"),
                    "place",
                )
                .map(PlaceIx)
            });
            if status_changes.len() > MAX_ITEM_LIST {
                self.too_many(
                    format_args!("{path}.status_changes"),
                    status_changes.len(),
                    MAX_ITEM_LIST,
                );
            }
            let mut changes = Vec::new();
            for (i, change) in status_changes.into_iter().enumerate().take(MAX_ITEM_LIST) {
                let change_path = format!("{path}.status_changes[{i}]");
                let at = self.time(clock, &change.at, format_args!("{change_path}.at"));
                let status = match change.status.as_str() {
                    "member" => Some(Status::Member),
                    "neutral" => Some(Status::Neutral),
                    "invaded" => Some(Status::Invaded),
                    "occupied" => Some(Status::Occupied),
                    other => {
                        self.error(
                            format_args!("{change_path}.status"),
                            text!("problem-unknown-status", status = quote(other)),
                            text!(
                                "hint-one-of",
                                field = "status",
                                values = "member, neutral, invaded, occupied"
                            ),
                        );
                        None
                    }
                };
                if let (Some((at, _)), Some(status)) = (at, status) {
                    changes.push(StatusChange {
                        at,
                        status,
                        label: change.label,
                    });
                }
            }
            changes.sort_by_key(|c| c.at);
            polities.push(Polity {
                short_name: short_name.unwrap_or_else(|| name.clone()),
                id,
                name,
                alliance,
                capital,
                status_changes: changes,
            });
        }
        polities
    }
}

/// Ids seen so far, by list.
#[derive(Default)]
pub(super) struct Resolver {
    pub(super) polities: HashMap<String, usize>,
    pub(super) places: HashMap<String, usize>,
    pub(super) events: HashMap<String, usize>,
    pub(super) tracks: HashMap<String, usize>,
}
