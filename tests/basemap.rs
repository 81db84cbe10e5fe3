//! The offline 1956 base map: cities fall in the right 1956 state, and rendered tiles show the
//! expected fill at known points at two zoom levels.

use hungary1956::basemap::{BaseMap, Palette, TileKey, Unit, render_tile};

fn map() -> BaseMap {
    BaseMap::embedded().expect("the embedded base map parses")
}

#[test]
fn cities_lie_in_their_1956_states() {
    let map = map();
    for (city, lon, lat, polity) in [
        ("Leipzig", 12.37, 51.34, "gdr"),
        ("East Berlin", 13.40, 52.52, "gdr"),
        ("Lübeck", 10.69, 53.87, "frg"),
        ("Saarbrücken", 6.99, 49.24, "saar"),
        ("Uzhhorod", 22.29, 48.62, "ussr"),
        ("Kaliningrad", 20.51, 54.71, "ussr"),
        ("Koper", 13.73, 45.55, "yugoslavia"),
        ("Bratislava", 17.11, 48.15, "czechoslovakia"),
        ("Prague", 14.44, 50.08, "czechoslovakia"),
        ("Budapest", 19.13, 47.50, "hungary"),
        ("Vienna", 16.37, 48.21, "austria"),
        ("Warsaw", 21.01, 52.23, "poland"),
        ("Tirana", 19.82, 41.33, "albania"),
        ("Sofia", 23.32, 42.70, "bulgaria"),
        ("Bucharest", 26.10, 44.43, "romania"),
        ("Moscow", 37.62, 55.75, "ussr"),
    ] {
        let found = map.polity_at(lon, lat).map(|p| p.id.as_str());
        assert_eq!(found, Some(polity), "{city}");
    }
    assert!(map.polity_at(15.0, 43.0).is_none(), "the Adriatic is sea");
}

/// The colour of the tile pixel at a point, rendering the tile that contains it.
fn pixel(map: &BaseMap, zoom: u8, lon: f64, lat: f64) -> [u8; 3] {
    let unit = Unit::from_lon_lat(lon, lat);
    let n = f64::from(1u32 << zoom);
    let (tx, ty) = ((unit.x * n).floor(), (unit.y * n).floor());
    let key = TileKey {
        zoom,
        x: tx as u32,
        y: ty as u32,
    };
    let pixmap = render_tile(map, key, 256).expect("a tile");
    let px = ((unit.x * n - tx) * 256.0) as u32;
    let py = ((unit.y * n - ty) * 256.0) as u32;
    let c = pixmap.pixel(px, py).expect("inside the tile").demultiply();
    [c.red(), c.green(), c.blue()]
}

#[test]
fn tiles_show_the_right_fill_at_known_points() {
    let map = map();
    for zoom in [6, 8] {
        assert_eq!(
            pixel(&map, zoom, 19.25, 47.47),
            Palette::WARSAW_PACT,
            "Budapest (Hungary) at z{zoom}"
        );
        assert_eq!(
            pixel(&map, zoom, 15.0, 43.0),
            Palette::SEA,
            "the Adriatic at z{zoom}"
        );
        assert_eq!(
            pixel(&map, zoom, 12.37, 51.34),
            Palette::WARSAW_PACT,
            "Leipzig (GDR) at z{zoom}"
        );
        assert_eq!(
            pixel(&map, zoom, 11.58, 48.14),
            Palette::NATO,
            "Munich (FRG) at z{zoom}"
        );
        assert_eq!(
            pixel(&map, zoom, 15.5, 47.5),
            Palette::NEUTRAL,
            "Styria (Austria) at z{zoom}"
        );
        assert_eq!(
            pixel(&map, zoom, 17.5, 44.2),
            Palette::NON_ALIGNED,
            "Bosnia (Yugoslavia) at z{zoom}"
        );
    }
    // The Danube runs through Budapest: somewhere across the city at the Parliament's latitude
    // the fill gives way to the river's colour.
    let crosses_river = (0..80)
        .map(|i| 19.00 + f64::from(i) * 0.001)
        .any(|lon| pixel(&map, 10, lon, 47.507) != Palette::WARSAW_PACT);
    assert!(crosses_river, "the Danube is drawn through Budapest");
}

#[test]
fn budapest_at_street_scale_has_its_river_between_banks_and_its_islands() {
    let map = map();
    for zoom in [12, 14] {
        // Just downstream of Margit híd, clear of its deck: the middle of the Danube is water.
        assert_eq!(
            pixel(&map, zoom, 19.0430, 47.5130),
            Palette::RIVER,
            "the Danube under Margit híd at z{zoom}"
        );
        // Margitsziget is land (its park), not river.
        let island = pixel(&map, zoom, 19.0480, 47.5250);
        assert!(
            island == Palette::PARK || island == Palette::WARSAW_PACT,
            "Margitsziget at z{zoom} is {island:?}"
        );
        // Pest at the Parliament is land, and so is the Castle Hill on the Buda side.
        assert_ne!(
            pixel(&map, zoom, 19.0500, 47.5071),
            Palette::RIVER,
            "Pest at z{zoom}"
        );
        assert_ne!(
            pixel(&map, zoom, 19.0340, 47.4990),
            Palette::RIVER,
            "Buda at z{zoom}"
        );
    }
    // Városliget is a park from zoom 11 on; further out the city layer is not drawn.
    assert_eq!(pixel(&map, 12, 19.0820, 47.5150), Palette::PARK);
    assert_eq!(pixel(&map, 10, 19.0820, 47.5150), Palette::WARSAW_PACT);
}
