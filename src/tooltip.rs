//! When to ask egui about a tooltip. Asking costs about as much as the widget itself; where
//! hundreds of small widgets are drawn (events on the timeline, markers on the map), only the
//! one under the pointer or the keyboard focus needs to ask.

/// Whether a widget's tooltip could be showing: it is hovered or focused, or its tooltip is
/// still open (the pointer may be on its way to it).
pub fn may_show(response: &egui::Response) -> bool {
    response.hovered() || response.has_focus() || response.is_tooltip_open()
}
