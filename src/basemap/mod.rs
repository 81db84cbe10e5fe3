//! The offline base map of Europe in 1956: geometry from `data/basemap` (built by
//! `tools/basemap`), a tiny-skia tile renderer, a walkers tile source and the 1956 labels.

mod geometry;
mod grid;
mod label_sprites;
mod labels;
mod map_text;
mod pieces;
mod render;
mod taken;
mod tiles;
mod unit_projector;

pub use geometry::{Area, BaseMap, BaseMapError, Line, PolityShape, Unit, UnitBox};
pub use grid::ScreenGrid;
pub use label_sprites::{
    Dot, render as render_label, shaper_data as label_shaper, skia_disc, skia_paint,
};
pub use labels::{Label, LabelKind, Labels};
pub use map_text::{MapText, halo_text, paint_halo};
pub use pieces::{Chunk, Piece, clip_ring};
pub use render::{Palette, TileKey, render_tile};
pub use taken::Taken;
pub use tiles::{BaseMapTiles, MAX_RENDER_ZOOM, ancestor_piece};
pub use unit_projector::UnitProjector;
