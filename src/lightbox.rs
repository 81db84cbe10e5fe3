//! The large view of a painting: fitted to the window, zoom with the wheel, pan by dragging,
//! double-click to fit again, Esc or a click beside the picture to close.

use egui::{Rect, RichText, Ui};

use crate::artwork::{ArtState, ArtworkCache};
use crate::i18n::Language;
use crate::story::{Artwork, AssetRoot};
use crate::t;

/// An open large view and its pan/zoom memory.
pub struct Lightbox {
    root: AssetRoot,
    art: Artwork,
    /// The part of the picture in view (egui's `Scene` keeps it between frames).
    scene_rect: Rect,
}

impl Lightbox {
    /// Opens the large view of a picture.
    pub fn new(root: AssetRoot, art: Artwork) -> Self {
        Self {
            root,
            art,
            scene_rect: Rect::ZERO,
        }
    }

    /// The picture shown.
    pub fn artwork(&self) -> &Artwork {
        &self.art
    }

    /// Shows the view; returns false once the user closed it.
    pub fn ui(&mut self, ui: &Ui, lang: Language, cache: &mut ArtworkCache) -> bool {
        let screen = ui.ctx().content_rect();
        let mut close = false;
        let modal = egui::Modal::new(egui::Id::unique("artwork-lightbox"))
            .backdrop_color(egui::Color32::from_black_alpha(200))
            .frame(egui::Frame::popup(ui.style()).inner_margin(10.0))
            .show(ui.ctx(), |ui| {
                let size = screen.size() * egui::vec2(0.9, 0.86);
                ui.set_min_size(size);
                ui.set_max_size(size);
                ui.horizontal(|ui| {
                    ui.weak(t!(lang, "lightbox-help"));
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        if ui
                            .button("×")
                            .on_hover_text(t!(lang, "lightbox-close"))
                            .clicked()
                        {
                            close = true;
                        }
                    });
                });
                ui.label(RichText::new(&self.art.alt).small());
                ui.label(RichText::new(&self.art.credit).small().weak());
                match cache.get(&self.root, &self.art.file) {
                    ArtState::Ready(texture) => {
                        let image_size = texture.size_vec2();
                        let scene = egui::Scene::new().zoom_range(0.1..=8.0);
                        let response = scene.show(ui, &mut self.scene_rect, |ui| {
                            ui.add(
                                egui::Image::from_texture(texture)
                                    .fit_to_exact_size(image_size)
                                    .alt_text(&self.art.alt),
                            );
                        });
                        if response.response.double_clicked() {
                            self.scene_rect = Rect::ZERO;
                        }
                    }
                    ArtState::Loading => {
                        ui.centered_and_justified(|ui| ui.spinner());
                    }
                    ArtState::Failed(why) => {
                        ui.centered_and_justified(|ui| ui.label(why.text(lang)));
                    }
                }
            });
        !(close || modal.should_close())
    }
}
