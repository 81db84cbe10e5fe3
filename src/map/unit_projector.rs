//! Web Mercator unit coordinates to screen points for the map as it is in this frame. Unit
//! coordinates map to the screen linearly at a given zoom, so once a place's unit coordinates
//! are known (they never change), placing it costs a multiplication, not walkers' trigonometry.

use egui::Pos2;
use walkers::Projector;

use crate::basemap::Unit;

/// The linear map from unit coordinates to the screen.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct UnitProjector {
    center: Pos2,
    origin: Unit,
    scale: f64,
}

impl UnitProjector {
    /// The map as `projector` shows it.
    pub(crate) fn new(projector: &Projector) -> Self {
        let center = projector.clip_rect().center();
        let at_center = projector.unproject(center.to_vec2());
        Self {
            center,
            origin: Unit::from_lon_lat(at_center.x(), at_center.y()),
            scale: 256.0 * 2f64.powf(projector.zoom()),
        }
    }

    /// The point at a place on the screen.
    pub(crate) fn unit_at(&self, pos: Pos2) -> Unit {
        Unit {
            x: self.origin.x + f64::from(pos.x - self.center.x) / self.scale,
            y: self.origin.y + f64::from(pos.y - self.center.y) / self.scale,
        }
    }

    /// Where a point is on the screen.
    pub(crate) fn place(&self, unit: Unit) -> Pos2 {
        self.center
            + egui::vec2(
                ((unit.x - self.origin.x) * self.scale) as f32,
                ((unit.y - self.origin.y) * self.scale) as f32,
            )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use walkers::{MapMemory, MercatorProjection, lon_lat};

    #[test]
    fn places_points_where_walkers_does() {
        let mut rng = fastrand::Rng::with_seed(9);
        for _ in 0..50 {
            let mut memory = MapMemory::default();
            memory.center_at(lon_lat(5.0 + rng.f64() * 30.0, 40.0 + rng.f64() * 20.0));
            memory.set_zoom(3.0 + rng.f64() * 14.0).ok();
            let clip = egui::Rect::from_min_size(
                Pos2::new(rng.f32() * 200.0, rng.f32() * 100.0),
                egui::vec2(1180.0, 675.0),
            );
            let projector = Projector::new(clip, &MercatorProjection, &memory, lon_lat(0.0, 0.0));
            let linear = UnitProjector::new(&projector);
            for _ in 0..20 {
                let (lon, lat) = (-5.0 + rng.f64() * 50.0, 35.0 + rng.f64() * 30.0);
                let expected = projector.project(lon_lat(lon, lat)).to_pos2();
                let got = linear.place(Unit::from_lon_lat(lon, lat));
                assert!(
                    got.distance(expected) < 0.05,
                    "{lon},{lat} at zoom {}: {got:?} vs {expected:?}",
                    memory.zoom()
                );
            }
        }
    }
}
