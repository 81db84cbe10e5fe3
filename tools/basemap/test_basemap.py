"""Tests of the generated 1956 base map (data/basemap/). Run with tools/basemap/test.sh."""

import filecmp
import json
import math
import os
import subprocess
import sys

import pytest
import shapely
from shapely.geometry import shape

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.normpath(os.path.join(HERE, "..", "..", "data", "basemap"))
sys.path.insert(0, HERE)

import build  # noqa: E402
import danube_budapest  # noqa: E402
import names_hu  # noqa: E402
from polities_1956 import POLITIES  # noqa: E402

FILES = ("polities.geojson", "water.geojson", "land.geojson", "labels.json")
ALLIANCES = {"warsaw-pact", "nato", "neutral", "non-aligned", "other"}

REQUIRED = {
    "warsaw-pact": "ussr poland gdr czechoslovakia hungary romania bulgaria albania",
    "nato": "frg france italy united-kingdom belgium netherlands luxembourg denmark norway "
            "iceland portugal greece turkey",
    "neutral": "austria switzerland sweden finland ireland",
    "non-aligned": "yugoslavia egypt",
    "other": "spain saar andorra monaco liechtenstein san-marino cyprus malta israel syria "
             "lebanon jordan iraq iran saudi-arabia libya tunisia morocco algeria china "
             "mongolia japan",
}

CITIES = [
    ("Leipzig", 51.3397, 12.3731, "gdr"), ("Dresden", 51.0504, 13.7373, "gdr"),
    ("East Berlin", 52.52, 13.40, "gdr"), ("Lübeck", 53.8655, 10.6866, "frg"),
    ("Munich", 48.1351, 11.5820, "frg"), ("Saarbrücken", 49.2402, 6.9969, "saar"),
    ("Uzhhorod", 48.6208, 22.2879, "ussr"), ("Kaliningrad", 54.7104, 20.4522, "ussr"),
    ("Lviv", 49.8397, 24.0297, "ussr"), ("Tallinn", 59.4370, 24.7536, "ussr"),
    ("Koper", 45.5481, 13.7302, "yugoslavia"), ("Ljubljana", 46.0569, 14.5058, "yugoslavia"),
    ("Skopje", 41.9981, 21.4254, "yugoslavia"), ("Bratislava", 48.1486, 17.1077, "czechoslovakia"),
    ("Prague", 50.0755, 14.4378, "czechoslovakia"), ("Budapest", 47.4979, 19.0402, "hungary"),
    ("Vienna", 48.2082, 16.3738, "austria"), ("Trieste", 45.6495, 13.7768, "italy"),
    ("Szczecin", 53.4285, 14.5528, "poland"), ("Wrocław", 51.1079, 17.0385, "poland"),
    ("Chișinău", 47.0105, 28.8638, "ussr"), ("Sofia", 42.6977, 23.3219, "bulgaria"),
    ("Tirana", 41.3275, 19.8187, "albania"),
    # beyond the brief: 1956 status that differs from the modern admin-1 units
    ("Simferopol", 44.9521, 34.1024, "ussr"), ("Pristina", 42.6629, 21.1655, "yugoslavia"),
    ("Nicosia", 35.1856, 33.3823, "cyprus"), ("Valletta", 35.8989, 14.5146, "malta"),
    ("Gaza", 31.5017, 34.4668, "egypt"), ("Nablus", 32.2211, 35.2544, "jordan"),
    ("Jerusalem Old City", 31.7767, 35.2345, "jordan"), ("West Jerusalem", 31.7830, 35.2100, "israel"),
    ("Quneitra (Golan)", 33.1260, 35.8240, "syria"), ("Katzrin (Golan)", 32.9920, 35.6900, "syria"),
    ("Tiberias", 32.7922, 35.5312, "israel"), ("Port Said", 31.2653, 32.3019, "egypt"),
    ("El Aaiún", 27.1536, -13.2033, "spanish-sahara"), ("Algiers", 36.7538, 3.0588, "algeria"),
    ("Rangpur (East Pakistan)", 25.7439, 89.2752, "pakistan"), ("Rawalpindi", 33.5651, 73.0169, "pakistan"),
    ("Naha", 26.2124, 127.6809, "ryukyu"), ("Gangtok", 27.3389, 88.6065, "sikkim"),
    ("Baikonur", 45.6200, 63.3050, "ussr"), ("Vaduz", 47.1410, 9.5209, "liechtenstein"),
    ("San Marino", 43.9356, 12.4473, "san-marino"), ("Andorra la Vella", 42.5063, 1.5218, "andorra"),
    ("Reykjavík", 64.1466, -21.9426, "iceland"), ("Ponta Delgada (Azores)", 37.7412, -25.6756, "portugal"),
    ("Anadyr (Chukotka)", 64.7337, 177.4968, "ussr"), ("Tórshavn", 62.0079, -6.7900, "denmark"),
    ("Longyearbyen", 78.2232, 15.6267, "norway"), ("Mariehamn", 60.0973, 19.9348, "finland"),
]


def load(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return json.load(f)


@pytest.fixture(scope="session")
def polities():
    fc = load("polities.geojson")
    return {f["properties"]["id"]: shape(f["geometry"]) for f in fc["features"]}


@pytest.fixture(scope="session")
def tree(polities):
    ids = sorted(polities)
    return ids, shapely.STRtree([polities[i] for i in ids])


def polity_at(polities, tree, lat, lon, tol=0.03):
    """Polity containing the point; a coastal point may lie up to `tol` off a simplified coast."""
    ids, t = tree
    pt = shapely.Point(lon, lat)
    hits = [ids[i] for i in t.query(pt, predicate="intersects")]
    if hits:
        return hits
    i = t.nearest(pt)
    return [ids[i]] if polities[ids[i]].distance(pt) <= tol else []


# --------------------------------------------------------------------------- polities

def test_feature_properties():
    fc = load("polities.geojson")
    assert fc["type"] == "FeatureCollection"
    seen = []
    for f in fc["features"]:
        p = f["properties"]
        assert set(p) == {"id", "name_1956", "alliance"}
        assert p["alliance"] in ALLIANCES
        assert p["id"] in POLITIES and p["name_1956"] == POLITIES[p["id"]][0]
        assert f["geometry"]["type"] in ("Polygon", "MultiPolygon")
        seen.append(p["id"])
    assert seen == sorted(seen), "features sorted by id"
    assert len(seen) == len(set(seen)), "one feature per state"
    by_id = {f["properties"]["id"]: f["properties"]["alliance"] for f in fc["features"]}
    for alliance, ids in REQUIRED.items():
        for pid in ids.split():
            assert by_id.get(pid) == alliance, pid


@pytest.mark.parametrize("name,lat,lon,expected", CITIES, ids=[c[0] for c in CITIES])
def test_city_in_1956_state(polities, tree, name, lat, lon, expected):
    found = polity_at(polities, tree, lat, lon)
    if expected is None:  # outside the extent
        assert found == []
    else:
        assert found == [expected], f"{name}: {found}"


def test_geometries_valid(polities):
    bad = [pid for pid, g in polities.items() if not g.is_valid or g.is_empty]
    assert bad == []


def test_coordinates_in_extent_and_rounded():
    x0, y0, x1, y1 = build.EXTENT
    for name in ("polities.geojson", "water.geojson"):
        for f in load(name)["features"]:
            coords = shapely.get_coordinates(shape(f["geometry"]))
            assert (coords[:, 0] >= x0).all() and (coords[:, 0] <= x1).all(), name
            assert (coords[:, 1] >= y0).all() and (coords[:, 1] <= y1).all(), name
            assert (abs(coords * 1000 - (coords * 1000).round()) < 1e-6).all(), name


def test_no_overlaps(polities, tree):
    ids, t = tree
    geoms = [polities[i] for i in ids]
    left, right = t.query(geoms, predicate="intersects")
    overlaps = []
    for a, b in zip(left, right):
        if a < b:
            area = shapely.intersection(geoms[a], geoms[b]).area
            if area > 1e-7:  # ~1 ha
                overlaps.append((ids[a], ids[b], area))
    assert overlaps == []


LANDLOCKED = ["hungary", "austria", "czechoslovakia", "switzerland", "luxembourg",
              "liechtenstein", "andorra", "san-marino", "vatican", "saar", "mongolia",
              "afghanistan", "nepal", "bhutan", "sikkim"]


@pytest.mark.parametrize("pid", LANDLOCKED)
def test_landlocked_border_fully_shared(polities, tree, pid):
    """A landlocked state's whole border is shared with neighbours: no gaps, no slivers."""
    ids, t = tree
    g = polities[pid]
    near = [polities[ids[i]] for i in t.query(g.buffer(0.01)) if ids[i] != pid]
    others = shapely.union_all(near)
    open_border = g.boundary.difference(others.buffer(1e-6))
    assert open_border.length < 1e-3, f"{pid}: {open_border.length:.4f} deg of border unshared"


def test_no_small_gaps_in_land_mass(polities):
    """Holes in the union of all states are lakes or seas (large), never slivers."""
    union = shapely.union_all(list(polities.values()))
    small = []
    for poly in shapely.get_parts(union):
        for ring in poly.interiors:
            hole = shapely.Polygon(ring)
            if hole.area < 0.01:
                small.append((round(hole.centroid.x, 3), round(hole.centroid.y, 3), hole.area))
    assert small == []


def test_gdr_frg_saar():
    fc = load("polities.geojson")
    ids = {f["properties"]["id"] for f in fc["features"]}
    assert {"gdr", "frg", "saar"} <= ids


# --------------------------------------------------------------------------- water, land

def test_water():
    fc = load("water.geojson")
    rivers = {}
    lakes = {}
    for f in fc["features"]:
        p = f["properties"]
        assert set(p) == {"kind", "name"} and p["kind"] in ("river", "lake")
        g = shape(f["geometry"])
        assert g.is_valid
        if p["kind"] == "river":
            assert f["geometry"]["type"] == "LineString"
            rivers.setdefault(p["name"], []).append(g)
        else:
            assert f["geometry"]["type"] == "Polygon"
            lakes.setdefault(p["name"], []).append(g)

    def near(name, lon, lat, tol=0.05):
        return min(g.distance(shapely.Point(lon, lat)) for g in rivers[name]) < tol

    assert near("Danube", 19.05, 47.50), "Danube through Budapest"
    assert near("Danube", 16.37, 48.21, 0.1), "Danube at Vienna"
    assert near("Tisza", 20.15, 46.25), "Tisza at Szeged"
    assert near("Suez Canal", 32.30, 31.20, 0.1)
    for r in ("Rhine", "Elbe", "Oder", "Vistula", "Dnieper", "Volga", "Don", "Po", "Seine"):
        assert r in rivers, r
    assert any(g.contains(shapely.Point(17.8, 46.85)) for g in lakes["Lake Balaton"])
    for lake in ("Lake Geneva", "Lake Constance", "Lake Ladoga", "Lake Onega", "Lake Baikal"):
        assert lake in lakes, lake


def _danube_lines():
    return [shape(f["geometry"]) for f in load("water.geojson")["features"]
            if f["properties"] == {"kind": "river", "name": "Danube"}]


def _metres(g, lat0=47.5):
    """Project lon/lat to local metres (equirectangular about lat0; fine within Budapest)."""
    kx = 111_320.0 * math.cos(math.radians(lat0))
    return shapely.transform(g, lambda c: c * [kx, 110_574.0])


def test_danube_budapest_table():
    names = " ".join(n for n, _lat, _lon in danube_budapest.BRIDGES)
    for bridge in ("Megyeri", "Árpád", "Margaret", "Chain", "Elisabeth", "Liberty", "Petőfi",
                   "Rákóczi"):
        assert bridge in names, bridge
    x0, y0, x1, y1 = danube_budapest.BOX
    for name, lat, lon, kind, source in danube_budapest.MAIN + danube_budapest.RACKEVE:
        assert x0 < lon < x1 and y0 < lat < y1, name
        assert kind in ("bridge", "derived", "estimate") and source, name
    lats = [lat for _n, lat, _lon, _k, _s in danube_budapest.MAIN]
    assert lats == sorted(lats, reverse=True), "MAIN runs north to south"


@pytest.mark.parametrize("name,lat,lon", danube_budapest.BRIDGES,
                         ids=[b[0] for b in danube_budapest.BRIDGES])
def test_danube_passes_budapest_bridges(name, lat, lon):
    river = _metres(shapely.union_all(_danube_lines()))
    d = river.distance(_metres(shapely.Point(lon, lat)))
    assert d < 150.0, f"Danube is {d:.0f} m from the {name} midpoint"


def _danube_crossings(lat):
    """Longitudes where the Danube crosses the parallel `lat` inside the Budapest box."""
    x0, _y0, x1, _y1 = danube_budapest.BOX
    cut = shapely.union_all(_danube_lines()).intersection(shapely.LineString([(x0, lat), (x1, lat)]))
    return sorted(p.x for p in shapely.get_parts(cut) if p.geom_type == "Point")


@pytest.mark.parametrize("bank,places", [("pest", danube_budapest.PEST_BANK),
                                         ("buda", danube_budapest.BUDA_BANK)])
def test_budapest_landmarks_on_their_bank(bank, places):
    """Pest is east of the Danube, Buda west (Natural Earth put the Parliament in Buda)."""
    for name, (lat, lon) in places.items():
        xs = _danube_crossings(lat)
        assert len(xs) == 1, f"{name}: the Danube crosses lat {lat} at {xs}"
        if bank == "pest":
            assert lon > xs[0], f"{name} ({lon}) is west of the Danube ({xs[0]})"
        else:
            assert lon < xs[0], f"{name} ({lon}) is east of the Danube ({xs[0]})"


def test_land_underlay(polities):
    fc = load("land.geojson")
    land = shapely.union_all([shape(f["geometry"]) for f in fc["features"]])
    assert land.is_valid
    for f in fc["features"]:
        assert f["properties"] == {"kind": "land"}
    # the underlay covers (almost) all of the states' land
    states = shapely.union_all(list(polities.values()))
    assert states.difference(land).area / states.area < 0.01


# --------------------------------------------------------------------------- labels

def test_labels(polities, tree):
    labels = load("labels.json")
    assert labels
    kinds = {"country", "capital", "city"}
    x0, y0, x1, y1 = build.EXTENT
    for lab in labels:
        assert lab["kind"] in kinds
        assert lab["polity"] in polities, lab
        assert isinstance(lab["min_zoom"], int) and 0 <= lab["min_zoom"] <= 12
        assert x0 <= lab["lon"] <= x1 and y0 <= lab["lat"] <= y1, lab
        assert lab["polity"] in polity_at(polities, tree, lab["lat"], lab["lon"], tol=0.1), lab
    countries = {l["polity"] for l in labels if l["kind"] == "country"}
    assert countries == set(polities), "one country label per state"
    names = {l["name"] for l in labels}
    for n in ("Karl-Marx-Stadt", "Sztálinváros", "Varna", "Stalinogród", "Gottwaldov", "Leningrad",
              "Stalingrad", "Kaliningrad", "Uzhgorod", "Lvov", "Titograd", "Orașul Stalin",
              "Dimitrovo", "German Democratic Republic"):
        assert n in names, n
    # Varna was called Stalin only from 20 Dec 1949 to 20 Oct 1956: by 23 Oct it was Varna again.
    assert "Stalin" not in names
    varna = next(l for l in labels if l["name"] == "Varna")
    assert varna["polity"] == "bulgaria" and "modern_name" not in varna, varna


HUNGARIAN = {  # name -> Hungarian name the map must show (the list and more)
    "Vienna": "Bécs", "Bratislava": "Pozsony", "Warsaw": "Varsó", "Prague": "Prága",
    "Moscow": "Moszkva", "Bucharest": "Bukarest", "Sofia": "Szófia", "Belgrade": "Belgrád",
    "Cluj": "Kolozsvár", "Košice": "Kassa", "Uzhgorod": "Ungvár", "Subotica": "Szabadka",
    "Timișoara": "Temesvár", "Oradea": "Nagyvárad", "Rome": "Róma", "Paris": "Párizs",
    "Athens": "Athén", "Istanbul": "Isztambul", "Leningrad": "Leningrád",
}
HUNGARIAN_STATES = {
    "ussr": "Szovjetunió", "poland": "Lengyelország", "czechoslovakia": "Csehszlovákia",
    "romania": "Románia", "yugoslavia": "Jugoszlávia", "austria": "Ausztria", "gdr": "NDK",
    "frg": "NSZK", "bulgaria": "Bulgária", "albania": "Albánia", "hungary": "Magyarország",
    "france": "Franciaország", "italy": "Olaszország", "united-kingdom": "Nagy-Britannia",
}


def test_hungarian_names():
    labels = load("labels.json")
    for lab in labels:
        if lab["kind"] == "country":
            assert lab.get("name_hu") and lab.get("short_name_hu"), lab
        assert lab.get("name_hu") != lab["name"], f"name_hu repeats the name: {lab}"
    countries = {l["polity"]: l for l in labels if l["kind"] == "country"}
    for pid, short in HUNGARIAN_STATES.items():
        assert countries[pid]["short_name_hu"] == short, pid
    assert countries["gdr"]["name_hu"] == "Német Demokratikus Köztársaság"
    assert countries["frg"]["name_hu"] == "Német Szövetségi Köztársaság"
    places = {l["name"]: l for l in labels if l["kind"] != "country"}
    for name, hungarian in HUNGARIAN.items():
        assert places[name].get("name_hu") == hungarian, name
    for name in ("Budapest", "Graz", "Lyon", "Plovdiv", "London", "Berlin"):
        assert "name_hu" not in places[name], f"{name} is the same in Hungarian"
    assert places["Berlin"]["alt_name_hu"] == "Kelet-Berlin"


def test_every_hungarian_name_has_a_source():
    rows = [*names_hu.COUNTRIES.values(), *names_hu.PLACES.values(),
            *names_hu.ALT_NAMES.values()]
    for row in rows:
        assert row[-1] in names_hu.SOURCES, row
    assert all(text.strip() for text in names_hu.SOURCES.values())
    assert set(names_hu.COUNTRIES) == set(POLITIES), "every state has a Hungarian name"
    # every table row reaches labels.json (build.py stops on a row that names no label)
    shown = {(l["polity"], l.get("name_hu")) for l in load("labels.json")}
    for (pid, _name), (hungarian, _source) in names_hu.PLACES.items():
        assert (pid, hungarian) in shown, hungarian


def test_hungarian_accents_are_hungarian():
    """ő and ű (double acute), never the look-alikes õ, û, ô, ũ that spell checkers reject."""
    fields = ("name_hu", "short_name_hu", "alt_name_hu")
    texts = [l[k] for l in load("labels.json") for k in fields if k in l]
    with open(os.path.join(HERE, "names_hu.py"), encoding="utf-8") as f:
        texts.append(f.read())
    for text in texts:
        for wrong in "õûôũÕÛÔŨ":
            assert wrong not in text, f"{wrong!r} in {text[:60]!r}"


# --------------------------------------------------------------------------- files

SIZE_BOUNDS = {  # bytes
    "polities.geojson": (800_000, 1_800_000),
    "water.geojson": (50_000, 400_000),
    "land.geojson": (50_000, 400_000),
    "labels.json": (5_000, 100_000),
}


def test_file_sizes():
    total = 0
    for name, (lo, hi) in SIZE_BOUNDS.items():
        size = os.path.getsize(os.path.join(DATA, name))
        assert lo <= size <= hi, (name, size)
        total += size
    assert 1_000_000 <= total <= 2_200_000, total


def _sources_present():
    cache = os.path.join(HERE, ".cache")
    return all(os.path.isdir(build.pkg_path(cache, n)) for n in build.PACKAGES)


@pytest.mark.skipif(not _sources_present(), reason="sources not fetched (run build.sh)")
def test_rebuild_is_byte_identical(tmp_path):
    subprocess.run([sys.executable, os.path.join(HERE, "build.py"), "--out", str(tmp_path)],
                   check=True, capture_output=True)
    for name in FILES:
        assert filecmp.cmp(tmp_path / name, os.path.join(DATA, name), shallow=False), name
