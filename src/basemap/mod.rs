//! The offline base map of Europe in 1956: geometry from `data/basemap` (built by
//! `tools/basemap`), a tiny-skia tile renderer, a walkers tile source and the 1956 labels.

mod geometry;
mod labels;
mod pieces;
mod render;
mod tiles;

pub use geometry::{Area, BaseMap, BaseMapError, Line, PolityShape, Unit, UnitBox};
pub use labels::{Label, LabelKind, Labels, halo_text};
pub use pieces::{Chunk, Piece, clip_ring};
pub use render::{Palette, TileKey, render_tile};
pub use tiles::{BaseMapTiles, MAX_RENDER_ZOOM, ancestor_piece};
