//! Base map benchmarks: rendering one tile over Budapest at zoom 4 to 14 (target: under 5 ms
//! each; from zoom 11 with the city layer), and the frame time of the real app while the map
//! is being panned.

use criterion::{Criterion, criterion_group, criterion_main};
use egui_kittest::Harness;
use hungary1956::basemap::{BaseMap, TileKey, Unit, render_tile};
use hungary1956::{App, Startup};

/// The tile containing Budapest at a zoom level.
fn budapest_tile(zoom: u8) -> TileKey {
    let unit = Unit::from_lon_lat(19.04, 47.50);
    let n = f64::from(1u32 << zoom);
    TileKey {
        zoom,
        x: (unit.x * n) as u32,
        y: (unit.y * n) as u32,
    }
}

fn tiles(c: &mut Criterion) {
    let map = BaseMap::embedded().expect("base map");
    // Zoom 11 and closer draw Budapest's city layer (river banks, islands, parks, streets).
    for zoom in [4u8, 7, 11, 12, 13, 14] {
        let key = budapest_tile(zoom);
        c.bench_function(&format!("render tile z{zoom} (256 px)"), |b| {
            b.iter(|| render_tile(&map, key, 256))
        });
    }
    let key = budapest_tile(7);
    c.bench_function("render tile z7 (512 px, high-DPI)", |b| {
        b.iter(|| render_tile(&map, key, 512))
    });
}

fn panning(c: &mut Criterion) {
    let startup = Startup::default_story().expect("default story");
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1600.0, 900.0))
        .build_eframe(move |cc| App::new(&cc.egui_ctx, startup));
    harness.run_steps(5);
    let start = egui::pos2(500.0, 400.0);
    harness.hover_at(start);
    harness.drag_at(start);
    harness.step();
    let mut dx = 0.0f32;
    c.bench_function("app frame while panning the map (1600x900)", |b| {
        b.iter(|| {
            dx = (dx + 7.0) % 300.0;
            harness.hover_at(start + egui::vec2(dx, dx * 0.3));
            harness.step();
        })
    });
    harness.drop_at(start);
}

criterion_group!(benches, tiles, panning);
criterion_main!(benches);
