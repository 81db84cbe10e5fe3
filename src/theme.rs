//! The app's colours, in one place: the map's marks, the timeline's glyphs, the legend and the
//! detail view share them, so that a colour means the same thing in every view.

use egui::Color32;

use crate::story::{PlaceTime, Side, Status};

/// Something is happening now (a marker, the timeline's cursor).
pub(crate) const NOW: Color32 = Color32::from_rgb(0xE2, 0x3D, 0x28);
/// Something has happened (a marker, an event the cursor has passed).
pub(crate) const PAST: Color32 = Color32::from_rgb(0x7A, 0x2E, 0x24);
/// A place whose first event is still to come.
pub(crate) const FUTURE: Color32 = Color32::from_rgb(0xFA, 0xFA, 0xF7);
/// A place where the story has no event.
pub(crate) const QUIET: Color32 = Color32::from_rgb(0x9A, 0xA3, 0xAB);
/// An event still to come on the timeline.
pub(crate) const EVENT: Color32 = Color32::from_rgb(0x55, 0x5F, 0x6B);
/// Outline of markers.
pub(crate) const OUTLINE: Color32 = Color32::from_rgb(0x33, 0x33, 0x33);
/// Warsaw Pact member states.
pub(crate) const WARSAW_PACT: Color32 = Color32::from_rgb(0xB0, 0x1E, 0x23);
/// A state that has declared itself neutral (and Hungarian forces on the move).
pub(crate) const NEUTRAL: Color32 = Color32::from_rgb(0x1F, 0x7A, 0x4D);
/// A state under attack.
pub(crate) const INVADED: Color32 = Color32::from_rgb(0xC0, 0x1B, 0x1B);
/// What is selected, on the map and the timeline.
pub(crate) const SELECTED: Color32 = Color32::from_rgb(0xF2, 0xB1, 0x1B);
/// Text of the map's markers.
pub(crate) const MAP_TEXT: Color32 = Color32::from_rgb(0x1E, 0x1E, 0x1E);
/// Names of states on the base map.
pub(crate) const COUNTRY_TEXT: Color32 = Color32::from_rgb(0x5E, 0x52, 0x4A);
/// Names of cities on the base map (and their dots' rims).
pub(crate) const CITY_TEXT: Color32 = Color32::from_rgb(0x3A, 0x35, 0x30);
/// The light halo around map text, readable on any fill.
pub(crate) const HALO: Color32 = Color32::from_rgba_premultiplied(190, 190, 190, 190);
/// The 1956 borders drawn over other tiles.
pub(crate) const BORDER: Color32 = Color32::from_rgb(0x6A, 0x2C, 0x70);
/// Warnings and notices.
pub(crate) const WARNING: Color32 = Color32::from_rgb(0x8A, 0x2A, 0x1A);
/// The map's small print (its sources).
pub(crate) const SMALL_PRINT: Color32 = Color32::from_gray(70);
/// Background tints of successive phases on the timeline.
pub(crate) const PHASE_TINTS: [Color32; 4] = [
    Color32::from_rgba_premultiplied(0x12, 0x08, 0x04, 0x14),
    Color32::from_rgba_premultiplied(0x04, 0x10, 0x08, 0x14),
    Color32::from_rgba_premultiplied(0x16, 0x02, 0x02, 0x18),
    Color32::from_rgba_premultiplied(0x06, 0x06, 0x12, 0x14),
];

/// Fill of a marker for how its place stands.
pub(crate) fn place_fill(time: PlaceTime) -> Color32 {
    match time {
        PlaceTime::Quiet => QUIET,
        PlaceTime::Future => FUTURE,
        PlaceTime::Past => PAST,
        PlaceTime::Now => NOW,
    }
}

/// Colour of a side's arrows (and of its row in the legend).
pub(crate) fn side_colour(side: Side) -> Color32 {
    match side {
        Side::Soviet => Color32::from_rgb(0x6E, 0x12, 0x12),
        Side::Hungarian => NEUTRAL,
        Side::Refugees => Color32::from_rgb(0x23, 0x5E, 0xA8),
        Side::Other => Color32::from_rgb(0x55, 0x55, 0x55),
    }
}

/// Border colour of a state's status, if it is drawn.
pub(crate) fn status_colour(status: Status) -> Option<Color32> {
    match status {
        Status::Member => None,
        Status::Neutral => Some(NEUTRAL),
        Status::Invaded | Status::Occupied => Some(INVADED),
    }
}
