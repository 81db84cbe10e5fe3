//! The offline 1956 tile source: geometry from `data/basemap` (built by `tools/basemap`), cut
//! into pieces, rendered into tiles with tiny-skia on a worker thread, and the 1956 names the
//! map draws over them.

mod city;
mod city_render;
pub(crate) use city_render::CITY_MIN_ZOOM_LEVEL as CITY_MIN_ZOOM;
mod geometry;
mod labels;
mod pieces;
mod render;
mod tiles;

pub use city::{City, CityPoint, Names, PointKind};
pub(crate) use geometry::UnitBox;
pub use geometry::{BaseMap, Unit};
pub(crate) use labels::{LabelKind, Labels};
pub use render::{Palette, TileKey, render_tile};
pub(crate) use tiles::{BaseMapTiles, ancestor_piece};
