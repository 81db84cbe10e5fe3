//! Loading the guided tour: each stop names one event or one place that exists, stays a
//! sensible time, and may set a map view the map can show.

use std::collections::HashMap;

use serde_json::Value;

use super::Loader;
use super::items::Resolver;
use crate::lat_lon::LatLon;
use crate::story::ids::{EventIx, PlaceIx};
use crate::story::problem::quote;
use crate::story::raw::RawTourStop;
use crate::story::{DEFAULT_DWELL_SECONDS, TourStop, TourTarget};
use crate::text;

/// The shortest and longest stay of a stop, in seconds.
const DWELL_RANGE: std::ops::RangeInclusive<f64> = 3.0..=600.0;
/// Captions are short lines over the map.
const MAX_CAPTION_CHARS: usize = 200;

impl Loader<'_> {
    pub(super) fn tour(
        &mut self,
        values: Vec<Value>,
        resolver: &Resolver,
        events: &HashMap<&str, EventIx>,
    ) -> Vec<TourStop> {
        let mut index = HashMap::new();
        let raws = self.items::<RawTourStop>(values, "tour", &mut index);
        let mut stops = Vec::new();
        for (path, raw) in raws {
            let RawTourStop {
                id,
                event,
                place,
                dwell,
                caption,
                center,
                zoom,
            } = raw;
            let target = match (event, place) {
                (Some(event), None) => {
                    let found = events.get(event.as_str()).copied();
                    if found.is_none() {
                        self.error(
                            format_args!("{path}.event"),
                            text!("problem-no-such-item", kind = "event", id = quote(&event)),
                            text!("hint-fix-reference"),
                        );
                    }
                    found.map(TourTarget::Event)
                }
                (None, Some(place)) => self
                    .reference(
                        &resolver.places,
                        &place,
                        format_args!("{path}.place"),
                        "place",
                    )
                    .map(|ix| TourTarget::Place(PlaceIx(ix))),
                _ => {
                    self.error(
                        path,
                        text!("problem-stop-target"),
                        text!("hint-stop-target"),
                    );
                    None
                }
            };
            let dwell_seconds = match dwell {
                None => DEFAULT_DWELL_SECONDS,
                Some(seconds) if DWELL_RANGE.contains(&seconds) => seconds,
                Some(seconds) => {
                    self.error(
                        format_args!("{path}.dwell"),
                        text!("problem-dwell", seconds = seconds.to_string()),
                        text!(
                            "hint-dwell",
                            min = DWELL_RANGE.start().to_string(),
                            max = DWELL_RANGE.end().to_string()
                        ),
                    );
                    DEFAULT_DWELL_SECONDS
                }
            };
            if caption
                .as_ref()
                .is_some_and(|c| c.chars().count() > MAX_CAPTION_CHARS)
            {
                self.error(
                    format_args!("{path}.caption"),
                    text!("problem-caption-too-long", max = MAX_CAPTION_CHARS),
                    text!("hint-caption-too-long"),
                );
            }
            let view = match (center, zoom) {
                (None, None) => None,
                (Some([lat, lon]), Some(zoom)) => {
                    let point = LatLon { lat, lon };
                    let zooms = crate::story::limits::MAP_ZOOMS;
                    if point.is_on_map() && zooms.contains(&zoom) {
                        Some((point, zoom))
                    } else {
                        self.error(
                            path,
                            text!(
                                "problem-view-off-map",
                                lat = lat.to_string(),
                                lon = lon.to_string(),
                                zoom = zoom.to_string()
                            ),
                            text!("hint-view-off-map"),
                        );
                        None
                    }
                }
                _ => {
                    self.error(
                        path,
                        text!("problem-view-incomplete"),
                        text!("hint-view-incomplete"),
                    );
                    None
                }
            };
            if let Some(target) = target {
                stops.push(TourStop {
                    id,
                    target,
                    dwell_seconds,
                    caption,
                    view,
                });
            }
        }
        stops
    }
}
