//! Loading the guided tour: each stop names one event or one place that exists, stays a
//! sensible time, and may set a map view the map can show.

use std::collections::HashMap;

use serde_json::Value;

use super::Loader;
use super::items::Resolver;
use crate::lat_lon::LatLon;
use crate::story::ids::{EventIx, PlaceIx};
use crate::story::raw::RawTourStop;
use crate::story::{DEFAULT_DWELL_SECONDS, TourStop, TourTarget};

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
                            format!("no event has the id {event:?}"),
                            "fix the reference",
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
                        "a stop shows one event or one place",
                        "give the stop either \"event\" or \"place\", not both",
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
                        format!("a stay of {seconds} seconds"),
                        "dwell is between 3 and 600 seconds",
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
                    format!("the caption is longer than {MAX_CAPTION_CHARS} characters"),
                    "a caption is one short line; the detail view tells the rest",
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
                            format!("the view {lat},{lon} at zoom {zoom} is off the map"),
                            "latitude in [-85, 85], longitude in [-180, 180], zoom in 2..=17",
                        );
                        None
                    }
                }
                _ => {
                    self.error(
                        path,
                        "a view needs both \"center\" and \"zoom\"",
                        "give both, or neither to show the stop's own places",
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
