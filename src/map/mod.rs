//! Map view: a walkers `Map` with the story's places, the Warsaw Pact marks, a legend and
//! zoom controls. Owns only widget memory (the map's centre and zoom).

mod borders;
mod fades;
mod legend;
mod markers;
mod movements;
mod place_units;
mod sources;
mod sprites;
mod status;

use std::sync::{Arc, OnceLock};

use egui::{Align2, Ui};
use walkers::{Map, MapMemory, Position, lon_lat};

use crate::basemap::{BaseMap, BaseMapTiles, Labels, MapText, Unit};
use crate::state::{AppState, Command, MapRequest, TileChoice};
use crate::story::Story;
use crate::tooltip::hint;
use sources::ExtraTiles;

pub use legend::{NOW_ONLY_LABEL, SO_FAR_LABEL};
pub use markers::{PlaceStyle, SITE_ZOOM};

/// Starting view: Central Europe with Budapest and the Warsaw Pact capitals from East Berlin to
/// Moscow in sight.
pub const HOME_CENTER: (f64, f64) = (27.0, 50.5);
/// Starting zoom level.
pub const HOME_ZOOM: f64 = 5.0;
/// The map never zooms out further than this (the whole of Europe and the USSR).
pub const MIN_ZOOM: f64 = 2.0;
/// Street level in Budapest.
pub const MAX_ZOOM: f64 = 17.0;
/// Zoom level used when the map centres on a site inside a city.
const SITE_FOCUS_ZOOM: f64 = 13.0;
/// Zoom level used when the map centres on a town.
const TOWN_FOCUS_ZOOM: f64 = 7.0;

/// Colour shown where no tile has been drawn yet (the sea of the base map).
pub const SEA: egui::Color32 = egui::Color32::from_rgb(
    crate::basemap::Palette::SEA[0],
    crate::basemap::Palette::SEA[1],
    crate::basemap::Palette::SEA[2],
);

/// The map view and its widget memory.
pub struct MapView {
    ctx: egui::Context,
    memory: MapMemory,
    tiles: BaseMapTiles,
    extra: Option<ExtraTiles>,
    pmtiles_path: Option<std::path::PathBuf>,
    basemap: Arc<OnceLock<BaseMap>>,
    labels: Labels,
    /// The markers' looks, painted once into a texture.
    sprites: sprites::MarkerSprites,
    /// The map's text, laid out once and kept.
    text: MapText,
    /// The markers fading out.
    fades: fades::MarkerFades,
    /// The story's places in map units.
    place_units: place_units::PlaceUnits,
    flight: Option<Flight>,
}

/// An animated move of the map from one view to another.
struct Flight {
    from: (Unit, f64),
    to: (Unit, f64),
    /// egui time at which it started (set on the first frame).
    started: Option<f64>,
}

/// How long a flight takes (seconds).
const FLIGHT_SECONDS: f64 = 0.8;

impl MapView {
    /// A map on its starting view; the base map's geometry loads in the background.
    pub fn new(ctx: &egui::Context) -> Self {
        let basemap = Arc::new(OnceLock::new());
        // Tiles are rendered at the screen's pixel density so that borders stay sharp.
        let pixels = if ctx.pixels_per_point() > 1.25 {
            512
        } else {
            256
        };
        let mut view = Self {
            ctx: ctx.clone(),
            memory: MapMemory::default(),
            tiles: BaseMapTiles::new(ctx, Arc::clone(&basemap), pixels),
            extra: None,
            pmtiles_path: None,
            basemap,
            labels: Labels::embedded(),
            sprites: sprites::MarkerSprites::default(),
            text: MapText::default(),
            fades: fades::MarkerFades::default(),
            place_units: place_units::PlaceUnits::default(),
            flight: None,
        };
        view.reset();
        view
    }

    /// The tile source shown over the offline base map.
    pub fn tile_choice(&self) -> TileChoice {
        self.extra
            .as_ref()
            .map(|extra| extra.choice().clone())
            .unwrap_or_default()
    }

    /// Offers this local `.pmtiles` file among the tile sources.
    pub fn offer_pmtiles(&mut self, path: std::path::PathBuf) {
        self.pmtiles_path = Some(path);
    }

    /// Base map tiles still being rendered.
    pub fn pending_tiles(&self) -> usize {
        self.tiles.pending()
    }

    /// Current zoom level.
    pub fn zoom(&self) -> f64 {
        self.memory.zoom()
    }

    /// The map's centre.
    pub fn center(&self) -> Position {
        self.memory.detached().unwrap_or_else(home)
    }

    /// Carries out a request made by applying a command.
    pub fn handle(&mut self, story: &Story, request: MapRequest) {
        match request {
            MapRequest::Focus(places) => self.focus(story, &places),
            MapRequest::Zoom(steps) => {
                self.flight = None;
                let zoom = (self.zoom() + f64::from(steps)).clamp(MIN_ZOOM, MAX_ZOOM);
                self.memory.set_zoom(zoom).ok();
            }
            MapRequest::Reset => self.reset(),
            MapRequest::Tiles(choice) => {
                if let TileChoice::PmTiles(path) = &choice {
                    self.pmtiles_path = Some(path.clone());
                }
                self.extra = ExtraTiles::start(&self.ctx, &choice);
            }
        }
    }

    /// Centres on an event's places: on its site at street level when all of them are sites in
    /// one city, otherwise on its first place (a site stands for its city) at a zoom that
    /// shows the country around it.
    fn focus(&mut self, story: &Story, places: &[crate::story::PlaceIx]) {
        let Some(first) = places.first().and_then(|&ix| story.place(ix)) else {
            return;
        };
        let one_city = places
            .iter()
            .filter_map(|&ix| story.place(ix))
            .all(|p| p.within.is_some() && p.within == first.within);
        if one_city {
            let zoom = self.zoom().max(SITE_FOCUS_ZOOM);
            self.fly_to(first.lat, first.lon, zoom);
            return;
        }
        let anchor = first.within.and_then(|ix| story.place(ix)).unwrap_or(first);
        let zoom = self.zoom();
        let zoom = if (TOWN_FOCUS_ZOOM - 1.0..=TOWN_FOCUS_ZOOM + 2.0).contains(&zoom) {
            zoom
        } else {
            TOWN_FOCUS_ZOOM
        };
        self.fly_to(anchor.lat, anchor.lon, zoom);
    }

    /// Starts an animated move to a centre and zoom.
    fn fly_to(&mut self, lat: f64, lon: f64, zoom: f64) {
        let center = self.center();
        self.flight = Some(Flight {
            from: (Unit::from_lon_lat(center.x(), center.y()), self.zoom()),
            to: (Unit::from_lon_lat(lon, lat), zoom.clamp(MIN_ZOOM, MAX_ZOOM)),
            started: None,
        });
    }

    /// Ends a flight in progress at once (at start-up there is nothing to fly from).
    pub fn land(&mut self) {
        if let Some(flight) = self.flight.take() {
            let (lon, lat) = flight.to.0.to_lon_lat();
            self.memory.center_at(lon_lat(lon, lat));
            self.memory.set_zoom(flight.to.1).ok();
        }
    }

    /// Whether a flight is in progress.
    pub fn is_flying(&self) -> bool {
        self.flight.is_some()
    }

    /// Where the map is heading (the end of a flight in progress, or where it is).
    pub fn destination(&self) -> (Position, f64) {
        match &self.flight {
            Some(flight) => {
                let (lon, lat) = flight.to.0.to_lon_lat();
                (lon_lat(lon, lat), flight.to.1)
            }
            None => (self.center(), self.zoom()),
        }
    }

    /// Advances a flight in progress; the map zooms out a little on long ones.
    fn fly(&mut self, ctx: &egui::Context) {
        let Some(flight) = &mut self.flight else {
            return;
        };
        let now = ctx.input(|i| i.time);
        let started = *flight.started.get_or_insert(now);
        let t = ((now - started) / FLIGHT_SECONDS).clamp(0.0, 1.0);
        let eased = t * t * (3.0 - 2.0 * t);
        let (from, from_zoom) = flight.from;
        let (to, to_zoom) = flight.to;
        let x = from.x + (to.x - from.x) * eased;
        let y = from.y + (to.y - from.y) * eased;
        let distance_points =
            ((to.x - from.x).hypot(to.y - from.y)) * 256.0 * 2f64.powf(from_zoom.min(to_zoom));
        let bump = (distance_points / 900.0).log2().clamp(0.0, 3.0);
        let zoom =
            from_zoom + (to_zoom - from_zoom) * eased - bump * (std::f64::consts::PI * t).sin();
        let (lon, lat) = Unit { x, y }.to_lon_lat();
        self.memory.center_at(lon_lat(lon, lat));
        self.memory.set_zoom(zoom.clamp(MIN_ZOOM, MAX_ZOOM)).ok();
        if t >= 1.0 {
            self.flight = None;
        } else {
            ctx.request_repaint();
        }
    }

    /// Moves the map to a centre (latitude, longitude) and zoom, where given.
    pub fn set_view(&mut self, center: Option<(f64, f64)>, zoom: Option<f64>) {
        self.flight = None;
        if let Some((lat, lon)) = center {
            self.memory.center_at(lon_lat(lon, lat));
        }
        if let Some(zoom) = zoom {
            self.memory.set_zoom(zoom.clamp(MIN_ZOOM, MAX_ZOOM)).ok();
        }
    }

    fn reset(&mut self) {
        self.flight = None;
        self.memory.center_at(home());
        self.memory.set_zoom(HOME_ZOOM).ok();
    }

    /// Shows the map filling `ui` and returns what the user asked for.
    pub fn ui(&mut self, ui: &mut Ui, story: &Story, state: &AppState) -> Vec<Command> {
        let mut commands = Vec::new();
        self.fly(ui.ctx());
        let zoom_before = self.zoom();
        let basemap = self.basemap.get();
        let labels = &mut self.labels;
        let sprites = &mut self.sprites;
        let text = &mut self.text;
        let fades = &mut self.fades;
        let place_units = &mut self.place_units;
        let online = self.extra.is_some();
        if let Some(extra) = &mut self.extra {
            extra.retry_if_due();
        }
        let mut map =
            Map::new(Some(&mut self.tiles), &mut self.memory, home()).zoom_with_ctrl(false);
        // A source known to be failing is not drawn (nor asked for tiles) until it is retried.
        if let Some(extra) = self.extra.as_mut().filter(|extra| extra.is_usable()) {
            map = map.with_layer(extra, 1.0);
        }
        let response = map.show(ui, |ui, response, projector, _memory| {
            if let (true, Some(basemap)) = (online, basemap) {
                borders::paint(ui, projector, basemap);
            }
            let painter = ui.painter_at(projector.clip_rect());
            text.begin_frame(&painter);
            let marker_layout =
                markers::layout(&painter, projector, story, state, place_units, text);
            let mut taken = markers::occupied(projector.clip_rect(), &marker_layout);
            if let Some(basemap) = basemap {
                status::paint(
                    ui, projector, story, state, basemap, labels, &mut taken, text,
                );
            }
            movements::paint(ui, projector, story, state, &mut taken, text);
            labels.paint(&painter, projector, taken, text);
            markers::ui(
                ui,
                response,
                projector,
                story,
                state,
                &marker_layout,
                sprites,
                fades,
                text,
                &mut commands,
            );
        });
        let rect = response.response.rect;
        if !(MIN_ZOOM..=MAX_ZOOM).contains(&self.zoom()) {
            self.memory
                .set_zoom(self.zoom().clamp(MIN_ZOOM, MAX_ZOOM))
                .ok();
        }
        if self.zoom() != zoom_before {
            ui.ctx().request_repaint();
        }
        legend::ui(ui, rect, story, state, &mut commands);
        let choice = self.tile_choice();
        controls_ui(
            ui,
            rect,
            &choice,
            self.pmtiles_path.as_deref(),
            &mut commands,
        );
        let extra = self.extra.as_ref();
        attribution_ui(
            ui,
            &mut self.text,
            rect,
            extra.map(ExtraTiles::attribution_text),
        );
        if let Some(problem) = extra.and_then(ExtraTiles::problem) {
            problem_ui(ui, rect, &problem);
        }
        commands
    }
}

fn home() -> Position {
    lon_lat(HOME_CENTER.0, HOME_CENTER.1)
}

/// Zoom and reset buttons and the tile source in the map's top-right corner.
fn controls_ui(
    ui: &mut Ui,
    map_rect: egui::Rect,
    choice: &TileChoice,
    pmtiles: Option<&std::path::Path>,
    commands: &mut Vec<Command>,
) {
    egui::Area::new(egui::Id::unique("map-controls"))
        .order(egui::Order::Foreground)
        .pivot(Align2::RIGHT_TOP)
        .fixed_pos(map_rect.right_top() + egui::vec2(-10.0, 10.0))
        .show(ui.ctx(), |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.horizontal(|ui| {
                    if hint(ui.button("+"), "Zoom in (+)").clicked() {
                        commands.push(Command::ZoomMap(1));
                    }
                    if hint(ui.button("−"), "Zoom out (−)").clicked() {
                        commands.push(Command::ZoomMap(-1));
                    }
                    if hint(ui.button("Reset view"), "Back to Central Europe").clicked() {
                        commands.push(Command::ResetMapView);
                    }
                    tiles_menu_ui(ui, choice, pmtiles, commands);
                });
            });
        });
}

/// Label of a tile source in the menu.
fn choice_label(choice: &TileChoice) -> String {
    match choice {
        TileChoice::Offline => "1956 map (offline)".to_owned(),
        TileChoice::OpenStreetMap => "OpenStreetMap (online)".to_owned(),
        TileChoice::PmTiles(path) => format!(
            "{} (local)",
            path.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        ),
    }
}

/// The tile source menu.
fn tiles_menu_ui(
    ui: &mut Ui,
    choice: &TileChoice,
    pmtiles: Option<&std::path::Path>,
    commands: &mut Vec<Command>,
) {
    let mut options = vec![TileChoice::Offline, TileChoice::OpenStreetMap];
    options.extend(pmtiles.map(|p| TileChoice::PmTiles(p.to_path_buf())));
    let menu = egui::ComboBox::from_label("Map tiles")
        .selected_text(choice_label(choice))
        .show_ui(ui, |ui| {
            for option in options {
                let label = choice_label(&option);
                if ui.selectable_label(*choice == option, label).clicked() && *choice != option {
                    commands.push(Command::SetTiles(option));
                }
            }
        });
    hint(
        menu.response,
        "Map tiles under the 1956 borders. Online sources are never used unless chosen here.",
    );
}

/// One unobtrusive line when an extra tile source is not delivering.
fn problem_ui(ui: &mut Ui, map_rect: egui::Rect, problem: &str) {
    let painter = ui.painter_at(map_rect);
    crate::basemap::halo_text(
        &painter,
        map_rect.left_top() + egui::vec2(10.0, 8.0),
        Align2::LEFT_TOP,
        problem,
        egui::FontId::proportional(12.0),
        egui::Color32::from_rgb(0x8A, 0x2A, 0x1A),
    );
}

/// The sources of the map, small, in the bottom-right corner.
fn attribution_ui(ui: &mut Ui, text: &mut MapText, map_rect: egui::Rect, extra: Option<String>) {
    let painter = ui.painter_at(map_rect);
    let base = "1956 borders and names: Natural Earth (public domain), tools/basemap";
    let line = match extra {
        Some(extra) => format!("{extra} · {base}"),
        None => base.to_owned(),
    };
    let pos = map_rect.right_bottom() + egui::vec2(-6.0, -4.0);
    text.halo(
        &painter,
        pos,
        Align2::RIGHT_BOTTOM,
        &line,
        &egui::FontId::proportional(10.0),
        egui::Color32::from_gray(70),
    );
    text.flush(&painter);
}
