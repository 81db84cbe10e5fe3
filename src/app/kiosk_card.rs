//! The tour's stop in the detail panel while the tour plays (kiosk mode): the event's title,
//! date and summary, then its painting as large as the room left allows; or the place's name
//! and description. Read from across a room, with nothing to scroll. A visitor's touch pauses the
//! tour and the usual detail view comes back.

use egui::{RichText, Ui};

use super::App;
use crate::artwork::ArtState;
use crate::story::{Artwork, TourTarget};

/// Points kept under the painting for its credit.
const TEXT_BELOW: f32 = 48.0;

impl App {
    /// Shows the tour's stop in the detail panel while the tour plays; false (nothing shown)
    /// when not in kiosk mode or while a visitor explores.
    pub(super) fn kiosk_card_ui(&mut self, ui: &mut Ui) -> bool {
        let Some(tour) = self.kiosk().map(|kiosk| kiosk.tour().clone()) else {
            return false;
        };
        if tour.is_paused() {
            return false;
        }
        let stops = self.story.tour_stops();
        let Some(stop) = stops.get(tour.current()) else {
            return false;
        };
        let story = &self.story;
        ui.add_space(8.0);
        match stop.target {
            TourTarget::Event(ix) => {
                let Some(event) = story.event(ix) else {
                    return false;
                };
                ui.label(RichText::new(&event.title).heading().strong());
                let when = story.clock.format_long_as(event.start, event.precision);
                ui.label(RichText::new(when).strong());
                ui.add_space(4.0);
                ui.label(RichText::new(&event.summary).italics());
                ui.add_space(8.0);
                if let Some(art) = &event.artwork {
                    painting_ui(ui, &story.asset_root, art, &mut self.artwork);
                }
            }
            TourTarget::Place(ix) => {
                let Some(place) = story.place(ix) else {
                    return false;
                };
                ui.label(RichText::new(&place.name).heading().strong());
                ui.add_space(8.0);
                if let Some(description) = &place.description {
                    ui.label(description);
                }
            }
        }
        true
    }
}

/// The painting fitted to the panel's width and the height left, with its credit under it.
fn painting_ui(
    ui: &mut Ui,
    root: &crate::story::AssetRoot,
    art: &Artwork,
    cache: &mut crate::artwork::ArtworkCache,
) {
    let room = egui::vec2(
        ui.available_width(),
        (ui.available_height() - TEXT_BELOW).max(120.0),
    );
    match cache.get(root, &art.file) {
        ArtState::Ready(texture) => {
            let size = texture.size_vec2();
            let scale = (room.x / size.x.max(1.0)).min(room.y / size.y.max(1.0));
            ui.vertical_centered(|ui| {
                ui.add(
                    egui::Image::from_texture(texture)
                        .fit_to_exact_size(size * scale)
                        .alt_text(&art.alt),
                );
            });
        }
        ArtState::Loading => {
            ui.add_sized(room, egui::Spinner::new());
        }
        // The detail view says why, once the visitor looks; a kiosk shows no error.
        ArtState::Failed(_) => {}
    }
    ui.label(RichText::new(&art.credit).small().weak());
    ui.add_space(6.0);
}
