//! Map view: a walkers `Map` with the story's places, the Warsaw Pact marks, a legend and
//! zoom controls. Owns only widget memory (the map's centre and zoom).

mod base_labels;
mod borders;
mod city_labels;
mod controls;
mod fades;
mod grid;
mod halo;
mod legend;
mod markers;
mod movements;
mod place_tooltip;
mod place_units;
mod pmtiles;
mod pmtiles_source;
mod sources;
mod status;
mod taken;
mod unit_projector;

use std::sync::{Arc, OnceLock};

use egui::Ui;
use walkers::{Map, MapMemory, Position, lon_lat};

use crate::basemap::{BaseMap, BaseMapTiles, Labels, Unit};
use crate::command::{Command, MapCommand, TileChoice};
use crate::lat_lon::LatLon;
use crate::state::AppState;
use crate::state::StateCommand;
use crate::story::{PlaceIx, Story};
use sources::ExtraTiles;
use unit_projector::UnitProjector;

/// Starting view: Central Europe with Budapest and the Warsaw Pact capitals from East Berlin to
/// Moscow in sight.
const HOME: LatLon = LatLon {
    lat: 50.5,
    lon: 27.0,
};
/// Starting zoom level.
const HOME_ZOOM: f64 = 5.0;
/// The map never zooms out further than this (the whole of Europe and the USSR).
pub const MIN_ZOOM: f64 = *crate::story::limits::MAP_ZOOMS.start();
/// Street level in a city.
pub const MAX_ZOOM: f64 = *crate::story::limits::MAP_ZOOMS.end();

/// Opens a `.pmtiles` file and checks its header and root directory, as the map does before it
/// shows one: the zoom levels it has tiles for, or why it cannot be shown (a reason about the
/// file, in any language).
pub fn check_pmtiles(path: &std::path::Path) -> Result<(u8, u8), crate::i18n::Text> {
    pmtiles::Archive::open(path).map(|archive| archive.zooms())
}

/// Reads and decodes one tile of a `.pmtiles` file as the map's worker does, with the same
/// limits: its size in pixels, `None` where the file has no such tile, or why it cannot be shown.
pub fn read_pmtiles_tile(
    path: &std::path::Path,
    zoom: u8,
    x: u32,
    y: u32,
) -> Result<Option<[usize; 2]>, crate::i18n::Text> {
    let mut archive = pmtiles::Archive::open(path)?;
    match archive.tile(zoom, x, y)? {
        Some(bytes) => pmtiles::decode_tile(&bytes).map(|image| Some(image.size)),
        None => Ok(None),
    }
}
/// Zoom level used when the map centres on a site inside a city.
const SITE_FOCUS_ZOOM: f64 = 13.0;
/// Zoom level used when the map centres on a town.
const TOWN_FOCUS_ZOOM: f64 = 7.0;

/// Colour shown where no tile has been drawn yet (the sea of the base map).
pub(crate) const SEA: egui::Color32 = egui::Color32::from_rgb(
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
    /// The places the map was last framed on while following the action: it moves again only
    /// when they change.
    followed: Vec<PlaceIx>,
    /// Whether the legend starts open; decided on the first frame (closed where it would
    /// cover markers), the user's choice after that.
    legend_open: Option<bool>,
    /// Where the map's words went in the last frame.
    drawn_text: Vec<egui::Rect>,
    /// The markers fading out.
    fades: fades::MarkerFades,
    /// The story's places in map units.
    place_units: place_units::PlaceUnits,
    flight: Option<Flight>,
    /// Whether the tile-source menu is offered (not in kiosk mode).
    tile_menu: bool,
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

/// How long a motion of `seconds` takes now: none at all while the app's animation time is
/// zero (a film export, whose frames must not depend on the wall clock).
pub(crate) fn motion_seconds(ctx: &egui::Context, seconds: f32) -> f32 {
    if ctx.global_style().animation_time > 0.0 {
        seconds
    } else {
        0.0
    }
}

impl MapView {
    /// A map on its starting view; the base map's geometry loads in the background.
    pub(crate) fn new(ctx: &egui::Context) -> Self {
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
            followed: Vec::new(),
            legend_open: None,
            drawn_text: Vec::new(),
            fades: fades::MarkerFades::default(),
            place_units: place_units::PlaceUnits::default(),
            flight: None,
            tile_menu: true,
        };
        view.reset();
        view
    }

    /// Starts the legend folded (a kiosk's short screen, where the larger text would make it
    /// cover much of the map); a touch unfolds it.
    pub(crate) fn fold_legend(&mut self) {
        self.legend_open = Some(false);
    }

    /// Offers no choice of tile source (kiosk mode: a visitor cannot go online).
    pub(crate) fn hide_tile_menu(&mut self) {
        self.tile_menu = false;
    }

    /// The tile source shown over the offline base map.
    pub fn tile_choice(&self) -> TileChoice {
        self.extra
            .as_ref()
            .map(|extra| extra.choice().clone())
            .unwrap_or_default()
    }

    /// Where the map's words (names, labels, status words, its sources) went in the last
    /// frame.
    pub fn drawn_text(&self) -> &[egui::Rect] {
        &self.drawn_text
    }

    /// The line the map shows when its extra tile source cannot be used or delivers nothing
    /// (why, in `lang`), or `None` while all is well.
    pub(crate) fn tiles_problem(&self, lang: crate::i18n::Language) -> Option<String> {
        self.extra.as_ref().and_then(|extra| extra.problem(lang))
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
    pub fn center(&self) -> LatLon {
        let center = self.position();
        LatLon {
            lat: center.y(),
            lon: center.x(),
        }
    }

    /// The map's centre, as walkers has it.
    fn position(&self) -> Position {
        self.memory.detached().unwrap_or_else(home)
    }

    /// Carries out a command.
    pub(crate) fn apply(&mut self, story: &Story, command: MapCommand) {
        match command {
            MapCommand::Focus(places) => self.focus(story, &places),
            MapCommand::FlyTo(center, zoom) if center.is_on_map() && zoom.is_finite() => {
                self.fly_to(center.lat, center.lon, zoom);
            }
            MapCommand::FlyTo(..) => {}
            MapCommand::Zoom(steps) => {
                self.flight = None;
                let zoom = (self.zoom() + f64::from(steps)).clamp(MIN_ZOOM, MAX_ZOOM);
                self.memory.set_zoom(zoom).ok();
            }
            MapCommand::Reset => self.reset(),
            MapCommand::Tiles(choice) => {
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
        let center = self.position();
        self.flight = Some(Flight {
            from: (Unit::from_lon_lat(center.x(), center.y()), self.zoom()),
            to: (Unit::from_lon_lat(lon, lat), zoom.clamp(MIN_ZOOM, MAX_ZOOM)),
            started: None,
        });
    }

    /// Ends a flight in progress at once (at start-up there is nothing to fly from).
    pub(crate) fn land(&mut self) {
        if let Some(flight) = self.flight.take() {
            let (lon, lat) = flight.to.0.to_lon_lat();
            self.memory.center_at(lon_lat(lon, lat));
            self.memory.set_zoom(flight.to.1).ok();
        }
    }

    /// Whether a flight is in progress.
    pub(crate) fn is_flying(&self) -> bool {
        self.flight.is_some()
    }

    /// Where the map is heading (the end of a flight in progress, or where it is).
    pub(crate) fn destination(&self) -> (LatLon, f64) {
        match &self.flight {
            Some(flight) => {
                let (lon, lat) = flight.to.0.to_lon_lat();
                (LatLon { lat, lon }, flight.to.1)
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
        let seconds = f64::from(motion_seconds(ctx, FLIGHT_SECONDS as f32));
        let t = match seconds > 0.0 {
            true => ((now - started) / seconds).clamp(0.0, 1.0),
            // No motion: straight to where the flight goes.
            false => 1.0,
        };
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

    /// Moves the map to a centre and zoom, where given.
    pub(crate) fn set_view(&mut self, center: Option<LatLon>, zoom: Option<f64>) {
        self.flight = None;
        if let Some(center) = center.filter(|c| c.is_on_map()) {
            self.memory.center_at(lon_lat(center.lon, center.lat));
        }
        if let Some(zoom) = zoom.filter(|z| z.is_finite()) {
            self.memory.set_zoom(zoom.clamp(MIN_ZOOM, MAX_ZOOM)).ok();
        }
    }

    fn reset(&mut self) {
        self.flight = None;
        self.memory.center_at(home());
        self.memory.set_zoom(HOME_ZOOM).ok();
    }

    /// Frames the places where something is happening now, when they changed since the map
    /// was last framed on them.
    fn follow(&mut self, story: &Story, state: &AppState, size: egui::Vec2) {
        let places = state.active_places(story);
        if places.is_empty() || places == self.followed {
            return;
        }
        if let Some((center, zoom)) = framing(story, &places, size) {
            self.fly_to(center.lat, center.lon, zoom);
        }
        self.followed = places;
    }

    /// Shows the map filling `ui` and returns what the user asked for.
    pub(crate) fn ui(&mut self, ui: &mut Ui, story: &Story, state: &AppState) -> Vec<Command> {
        let mut commands = Vec::new();
        let map_rect = ui.available_rect_before_wrap();
        if state.follow {
            self.follow(story, state, map_rect.size());
        } else {
            self.followed.clear();
        }
        self.fly(ui.ctx());
        let zoom_before = self.zoom();
        let mut drawn_text = Vec::new();
        let mut legend_covers_markers = false;
        let basemap = self.basemap.get();
        let labels = &self.labels;
        let fades = &mut self.fades;
        let units = self.place_units.of(story);
        let online = self.extra.is_some();
        if let Some(extra) = &mut self.extra {
            extra.retry_if_due();
        }
        let lang = state.language;
        let attribution = controls::attribution(
            lang,
            self.extra
                .as_ref()
                .map(|extra| extra.attribution_text(lang)),
        );
        let mut map =
            Map::new(Some(&mut self.tiles), &mut self.memory, home()).zoom_with_ctrl(false);
        // A source known to be failing is not drawn (nor asked for tiles) until it is retried.
        if let Some(extra) = self.extra.as_mut().filter(|extra| extra.is_usable()) {
            map = map.with_layer(extra, 1.0);
        }
        let response = map.show(ui, |ui, _response, projector, _memory| {
            let clip = projector.clip_rect();
            ui.set_clip_rect(clip);
            let painter = ui.painter().clone();
            let to_screen = UnitProjector::new(projector);
            let zoom = projector.zoom();
            if let (true, Some(basemap)) = (online, basemap) {
                borders::paint(&painter, &to_screen, clip, basemap);
                borders::paint_city(&painter, &to_screen, (&basemap.city, zoom));
            }
            // Markers and their labels first, then the rest of the map's words where they
            // leave room; nothing is drawn over the attribution line.
            let marker_layout = markers::layout(&painter, &to_screen, zoom, story, state, units);
            let mut taken = markers::occupied(clip, &marker_layout);
            let attribution_at = controls::attribution_rect(&painter, clip, &attribution);
            taken.take(attribution_at);
            drawn_text.extend(markers::label_rects_of(&marker_layout));
            drawn_text.push(attribution_at);
            if let Some(basemap) = basemap {
                let layers = (basemap, labels);
                let words = status::paint(&painter, &to_screen, story, state, layers, &mut taken);
                drawn_text.extend(words);
            }
            let arrows = movements::paint(&painter, &to_screen, story, state, &mut taken);
            drawn_text.extend(arrows);
            if let Some(basemap) = basemap {
                let date = story.clock.zoned(state.time).date();
                let day = (date.year(), date.month(), date.day());
                let city = (&basemap.city, day);
                drawn_text.extend(city_labels::ui(
                    ui, lang, &to_screen, zoom, city, &mut taken,
                ));
            }
            let names = base_labels::paint(&painter, &to_screen, zoom, labels, lang, &mut taken);
            drawn_text.extend(names);
            legend_covers_markers = markers::any_in(&marker_layout, legend::expanded_area(clip));
            markers::ui(
                ui,
                &to_screen,
                zoom,
                (story, state),
                (&marker_layout, units),
                fades,
                &mut commands,
            );
            controls::attribution_ui(&painter, clip, &attribution);
        });
        self.drawn_text = drawn_text;
        let rect = response.response.rect;
        // The user's own pan or zoom ends following the action.
        let moved_by_user =
            response.response.dragged() || (self.flight.is_none() && self.zoom() != zoom_before);
        if state.follow && moved_by_user {
            commands.push(StateCommand::SetFollow(false).into());
        }
        if !(MIN_ZOOM..=MAX_ZOOM).contains(&self.zoom()) {
            self.memory
                .set_zoom(self.zoom().clamp(MIN_ZOOM, MAX_ZOOM))
                .ok();
        }
        if self.zoom() != zoom_before {
            ui.ctx().request_repaint();
        }
        let legend_open = *self.legend_open.get_or_insert(!legend_covers_markers);
        legend::ui(ui, rect, (story, state), legend_open, &mut commands);
        let choice = self.tile_choice();
        let pmtiles = self.pmtiles_path.as_deref();
        let controls = controls::ui(
            ui,
            lang,
            rect,
            self.tile_menu.then_some((&choice, pmtiles)),
            state.follow,
            &mut commands,
        );
        if let Some(problem) = self.tiles_problem(lang) {
            controls::problem_ui(ui, rect, controls, &problem);
        }
        commands
    }
}

/// The centre and zoom that show all of `places` in a map of `size`, with room around them for
/// their labels; no closer than a city's streets where they all lie in one city, nor than a
/// region otherwise.
fn framing(story: &Story, places: &[PlaceIx], size: egui::Vec2) -> Option<(LatLon, f64)> {
    let found: Vec<&crate::story::Place> =
        places.iter().filter_map(|&ix| story.place(ix)).collect();
    let first = found.first()?;
    let units: Vec<Unit> = found
        .iter()
        .map(|p| Unit::from_lon_lat(p.lon, p.lat))
        .collect();
    let start = Unit::from_lon_lat(first.lon, first.lat);
    let (min, max) = units.iter().fold((start, start), |(min, max), unit| {
        (
            Unit {
                x: min.x.min(unit.x),
                y: min.y.min(unit.y),
            },
            Unit {
                x: max.x.max(unit.x),
                y: max.y.max(unit.y),
            },
        )
    });
    let one_city = found
        .iter()
        .all(|p| p.within.is_some() && p.within == first.within);
    let closest = if one_city {
        SITE_FOCUS_ZOOM
    } else {
        TOWN_FOCUS_ZOOM
    };
    // Room for labels: 120 points at each side, 80 at the top and bottom.
    let width = f64::from((size.x - 240.0).max(100.0));
    let height = f64::from((size.y - 160.0).max(100.0));
    let fit = |extent: f64, points: f64| {
        if extent > 0.0 {
            (points / (extent * 256.0)).log2()
        } else {
            f64::INFINITY
        }
    };
    let zoom = fit(max.x - min.x, width)
        .min(fit(max.y - min.y, height))
        .clamp(MIN_ZOOM, closest);
    let (lon, lat) = Unit {
        x: (min.x + max.x) / 2.0,
        y: (min.y + max.y) / 2.0,
    }
    .to_lon_lat();
    Some((LatLon { lat, lon }, zoom))
}

fn home() -> Position {
    lon_lat(HOME.lon, HOME.lat)
}
