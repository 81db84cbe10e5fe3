//! When to ask egui about a tooltip. Asking costs about as much as the widget itself; where
//! hundreds of small widgets are drawn (events on the timeline, markers on the map), only the
//! one under the pointer or the keyboard focus needs to ask, and even a dozen buttons that
//! always ask cost a few per cent of a frame.

/// Whether a widget's tooltip could be showing: it is hovered or focused, or its tooltip is
/// still open (the pointer may be on its way to it).
pub fn may_show(response: &egui::Response) -> bool {
    response.hovered() || response.has_focus() || response.is_tooltip_open()
}

/// `response.on_hover_text(text)`, asked only when the tooltip may show. The text is always
/// the widget's accessible description (and its name if it has none, as for a "◀" button),
/// as egui's own `on_hover_text` makes it.
pub fn hint(response: egui::Response, text: &str) -> egui::Response {
    if may_show(&response) {
        return response.on_hover_text(text);
    }
    if response.ctx.has_accesskit_node(response.id) {
        response.ctx.accesskit_node_builder(response.id, |node| {
            if node.description().is_none() {
                node.set_description(text);
            }
            // A label is named by its value, and a widget named by `labelled_by` already has
            // a name: as egui leaves those be, so does this.
            if node.role() != egui::accesskit::Role::Label
                && node.labelled_by().is_empty()
                && node.label().is_none_or(str::is_empty)
            {
                node.set_label(text);
            }
        });
    }
    response
}
