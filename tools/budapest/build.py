#!/usr/bin/env python3
"""Build data/basemap/budapest.geojson, the Budapest city layer as of October 1956.

Reads the sourced table in features.py and the Danube centreline of tools/basemap/danube_budapest.py
and writes one FeatureCollection, one feature per line, coordinates rounded to 5 decimals
(~1 m). Deterministic: the same inputs give the same bytes. See README.md for the method.

Usage: build.py [--out FILE]
"""

import argparse
import json
import math
import os
import sys

import shapely
from shapely.geometry import LineString, Point, Polygon
from shapely.geometry.polygon import orient

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "tools", "basemap"))

import danube_budapest  # noqa: E402
import features as F  # noqa: E402

OUT = os.path.join(ROOT, "data", "basemap", "budapest.geojson")
DECIMALS = 5
STEP_M = 40.0  # spacing of the smoothed bank lines
ABUTMENT_M = 10.0  # a bridge's end stands this far inland of the water line it gives
SIMPLIFY_M = 2.0  # vertices closer than this to the smoothed outline are dropped
KIND_ORDER = ["water", "island", "park", "bridge", "street", "square", "landmark", "note", "district"]

# Local metric frame (equirectangular about the city centre; < 0.1 % scale error in the box).
LAT0, LON0 = 47.5, 19.05
KX = 111320.0 * math.cos(math.radians(LAT0))
KY = 111195.0


def xy(lat, lon):
    return ((lon - LON0) * KX, (lat - LAT0) * KY)


def ll(x, y):
    return (LAT0 + y / KY, LON0 + x / KX)


def add(a, b, s=1.0):
    return (a[0] + s * b[0], a[1] + s * b[1])


def sub(a, b):
    return (a[0] - b[0], a[1] - b[1])


def unit(v):
    n = math.hypot(*v)
    return (v[0] / n, v[1] / n)


def pt(pid):
    """Sourced point id -> (x, y) metres."""
    lat, lon, _src = F.P[pid]
    return xy(lat, lon)


# ---------------------------------------------------------------------------------------------
# Danube centreline and the directions it gives
# ---------------------------------------------------------------------------------------------

MAIN = [xy(lat, lon) for _n, lat, lon, _k, _s in danube_budapest.MAIN]  # north -> split
SPLIT = MAIN[-1]


def flow_dir(p):
    """Downstream unit vector of the centreline segment nearest to p (main river, north part)."""
    best = None
    for a, b in zip(MAIN, MAIN[1:]):
        d = LineString([a, b]).distance(Point(p))
        if best is None or d < best[0]:
            best = (d, unit(sub(b, a)))
    return best[1]


def east_normal(p):
    d = flow_dir(p)
    return (-d[1], d[0])  # left of the downstream direction = Pest side


# ---------------------------------------------------------------------------------------------
# Bridges: line geometry and the bank points their ends give
# ---------------------------------------------------------------------------------------------

def bridge_geometry(b):
    """-> (list of (x, y) from Buda to Pest, west bank point, east bank point)."""
    mid = pt(b["mid"])
    if "arms" in b:
        (wp, wl), (ep, el) = b["arms"]
        uw, ue = unit(sub(pt(wp), mid)), unit(sub(pt(ep), mid))
        return ([add(mid, uw, wl), mid, add(mid, ue, el)],
                add(mid, uw, wl - ABUTMENT_M), add(mid, ue, el - ABUTMENT_M))
    tow = b["toward"]
    if tow is None:
        u = east_normal(mid)
    elif tow.startswith("-"):
        u = unit(sub(mid, pt(tow[1:])))
    else:
        u = unit(sub(pt(tow), mid))
    half = b["length_m"] / 2.0
    bank = b["bank_m"] if b["bank_m"] is not None else half - ABUTMENT_M
    return [add(mid, u, -half), add(mid, u, half)], add(mid, u, -bank), add(mid, u, bank)


# ---------------------------------------------------------------------------------------------
# Smooth curves
# ---------------------------------------------------------------------------------------------

def catmull_rom(points, step=STEP_M):
    """Centripetal Catmull-Rom spline through `points` (ends kept), sampled about every `step` m."""
    pts = [points[0]] + list(points) + [points[-1]]
    out = [points[0]]
    for i in range(1, len(pts) - 2):
        p0, p1, p2, p3 = pts[i - 1], pts[i], pts[i + 1], pts[i + 2]

        def tj(ti, a, b):
            return ti + max(math.hypot(b[0] - a[0], b[1] - a[1]), 1e-6) ** 0.5

        t0 = 0.0
        t1 = tj(t0, p0, p1)
        t2 = tj(t1, p1, p2)
        t3 = tj(t2, p2, p3)
        n = max(1, int(math.ceil(math.hypot(p2[0] - p1[0], p2[1] - p1[1]) / step)))
        for k in range(1, n + 1):
            t = t1 + (t2 - t1) * k / n
            a1 = _lerp(p0, p1, t0, t1, t)
            a2 = _lerp(p1, p2, t1, t2, t)
            a3 = _lerp(p2, p3, t2, t3, t)
            b1 = _lerp(a1, a2, t0, t2, t)
            b2 = _lerp(a2, a3, t1, t3, t)
            out.append(_lerp(b1, b2, t1, t2, t))
    return out


def _lerp(a, b, ta, tb, t):
    if tb - ta < 1e-12:
        return a
    wa, wb = (tb - t) / (tb - ta), (t - ta) / (tb - ta)
    return (wa * a[0] + wb * b[0], wa * a[1] + wb * b[1])


def chainage(p, line):
    return line.project(Point(p))


# ---------------------------------------------------------------------------------------------
# Islands (lens shapes along a sourced axis)
# ---------------------------------------------------------------------------------------------

def lens(axis_pt, axis_dir, width_m, exponent, n=48):
    """Polygon ring around the axis t in [0, 1]: half-width (w/2)·sin(pi t)^exponent."""
    left, right = [], []
    for k in range(n + 1):
        t = k / n
        c, d = axis_pt(t), axis_dir(t)
        nrm = (-d[1], d[0])
        h = width_m / 2.0 * math.sin(math.pi * t) ** exponent
        left.append(add(c, nrm, h))
        right.append(add(c, nrm, -h))
    return left + right[::-1][1:-1]


def fit_lens(axis_pt, axis_dir, width_m, area_m2):
    lo, hi = 0.05, 3.0
    for _ in range(60):
        mid = (lo + hi) / 2.0
        a = Polygon(lens(axis_pt, axis_dir, width_m, mid)).area
        lo, hi = (mid, hi) if a > area_m2 else (lo, mid)
    p = (lo + hi) / 2.0
    return lens(axis_pt, axis_dir, width_m, p), p


def islands(bridge_geo):
    """-> {id: ring}, extra west- and east-bank points beside the islands."""
    out, west_pts, east_pts = {}, [], []
    for isl in F.ISLANDS:
        if isl["id"] == "margitsziget":
            s, n = pt(isl["south"]), pt(isl["north"])
            a_dir, length = unit(sub(n, s)), math.hypot(*sub(n, s))

            def ap(t, s=s, a_dir=a_dir, length=length):
                return add(s, a_dir, t * length)

            def ad(t, a_dir=a_dir):
                return a_dir
        else:
            line, _w, _e = bridge_geo["arpad_hid"]
            arpad_mid = pt("arpad_mid")
            s = add(arpad_mid, unit(sub(line[0], arpad_mid)), F.OBUDAI_TIP_ON_ARPAD_M)
            a_dir = unit(sub(pt(isl["centre"]), s))
            length = isl["length_m"]

            def ap(t, s=s, a_dir=a_dir, length=length):
                return add(s, a_dir, t * length)

            def ad(t, a_dir=a_dir):
                return a_dir

        out[isl["id"]], expo = fit_lens(ap, ad, isl["width_m"], isl["area_km2"] * 1e6)
        west = (-a_dir[1], a_dir[0])
        for t in isl["bank_t"]:  # banks beside the island: its edge + the arm's width
            h = isl["width_m"] / 2.0 * math.sin(math.pi * t) ** expo
            west_pts.append(add(ap(t), west, h + isl["arm_m"]))
            if isl.get("east_arm_m"):
                east_pts.append(add(ap(t), west, -(h + isl["east_arm_m"])))
        if isl.get("north_cap"):  # the bank turns round the island's north tip
            west_pts.append(add(add(ap(1.0), a_dir, isl["arm_m"]), west, isl["arm_m"]))
    return out, west_pts, east_pts


# ---------------------------------------------------------------------------------------------
# The Danube between its banks
# ---------------------------------------------------------------------------------------------

def danube(bridge_geo, island_west_pts, island_east_pts):
    """-> (outer ring of the river incl. islands, Csepel-sziget (north part) ring)."""
    main_line = LineString(MAIN)
    west, east = [], []
    for b in F.BRIDGES:
        _line, w, e = bridge_geo[b["id"]]
        west.append(w)
        east.append(e)
    for side, pid, shift in F.BANK_POINTS:
        p = pt(pid)
        u = east_normal(p)
        (west if side == "west" else east).append(add(p, u, shift if side == "west" else -shift))
    for pid, half in F.BANK_SECTIONS:
        c = pt(pid)
        west.append(add(c, east_normal(c), -half))
        east.append(add(c, east_normal(c), half))
    west += island_west_pts
    east += island_east_pts
    top = MAIN[0]
    hw = F.ASSUMED_HALF_WIDTH_M
    west.append(add(top, east_normal(top), -hw["north"]))
    east.append(add(top, east_normal(top), hw["north"]))
    west.sort(key=lambda p: chainage(p, main_line))
    east.sort(key=lambda p: chainage(p, main_line))

    # South of the split: main branch (west of Csepel) and Ráckeve branch (east of it).
    tip = xy(*F.CSEPEL_TIP[:2])
    m0 = pt(F.MAIN_BRANCH_SOUTH)
    d_main = unit(sub(m0, tip))
    n_main = (-d_main[1], d_main[0])  # east of the main branch = Csepel side
    main_w, csepel_w = [add(tip, n_main, -2 * hw["main_branch"])], []
    for f in (0.15, 0.4, 0.7, 1.0):
        c = add(tip, sub(m0, tip), f)
        main_w.append(add(c, n_main, -hw["main_branch"]))
        csepel_w.append(add(c, n_main, hw["main_branch"]))
    rk = [tip, xy(*F.RACKEVE_GUBACS[:2]), xy(*F.RACKEVE_SOUTH[:2])]
    rack_e, csepel_e = [], []
    for a, b in zip(rk, rk[1:]):
        d = unit(sub(b, a))
        nrm = (-d[1], d[0])
        rack_e.append(add(b, nrm, hw["rackeve_branch"]))
        csepel_e.append(add(b, nrm, -hw["rackeve_branch"]))

    w_chain = catmull_rom(west + main_w)
    cw_chain = catmull_rom([tip] + csepel_w)  # tip -> south, Csepel's west shore
    ce_chain = catmull_rom([tip] + csepel_e)  # tip -> south, Csepel's east shore
    e_chain = catmull_rom(east + rack_e)
    ring = w_chain + cw_chain[::-1][:-1] + ce_chain + e_chain[::-1]
    csepel = cw_chain + ce_chain[::-1][:-1]
    return ring, csepel


# ---------------------------------------------------------------------------------------------
# Features
# ---------------------------------------------------------------------------------------------

def names_prop(names):
    return [{"name": n, "from": f, "to": t, "source": s} for n, f, t, s in names]


def feature(kind, fid, geom, props):
    p = {"kind": kind, "id": fid}
    p.update(props)
    return {"type": "Feature", "properties": p, "geometry": geom}


def to_lonlat(coords):
    out = []
    for x, y in coords:
        lat, lon = ll(x, y)
        p = [round(lon, DECIMALS) + 0.0, round(lat, DECIMALS) + 0.0]
        if not out or p != out[-1]:  # drop repeats made by rounding
            out.append(p)
    return out


def simplified(ring):
    """Drop vertices that move the outline by less than SIMPLIFY_M (below the data's precision)."""
    return list(Polygon(ring).simplify(SIMPLIFY_M, preserve_topology=True).exterior.coords)[:-1]


def polygon_geom(ring, holes=()):
    """Rings in metres -> GeoJSON Polygon (RFC 7946 orientation), validated after rounding."""
    poly = orient(Polygon(ring, [h for h in holes]), 1.0)
    ext = to_lonlat(poly.exterior.coords)
    ints = [to_lonlat(i.coords) for i in poly.interiors]
    check = Polygon(ext, ints)
    if not check.is_valid:
        raise SystemExit(f"invalid polygon after rounding: {shapely.is_valid_reason(check)}")
    return {"type": "Polygon", "coordinates": [ext] + ints}


def point_geom(p):
    return {"type": "Point", "coordinates": to_lonlat([p])[0]}


def line_geom(coords):
    return {"type": "LineString", "coordinates": to_lonlat(coords)}


def build():
    feats = []
    # The Kossuth híd points at its Buda landing, half-way between two sourced squares.
    a, b = F.KOSSUTH_BUDA_LANDING
    F.P["kossuth_buda_landing"] = (
        (F.P[a][0] + F.P[b][0]) / 2, (F.P[a][1] + F.P[b][1]) / 2, "wp-kossuth-hid")
    bridge_geo = {b["id"]: bridge_geometry(b) for b in F.BRIDGES}

    isl_rings, isl_west, isl_east = islands(bridge_geo)
    ring, csepel = danube(bridge_geo, isl_west, isl_east)
    ring, csepel = simplified(ring), simplified(csepel)
    isl_rings = {k: simplified(v) for k, v in isl_rings.items()}
    outer = Polygon(ring)
    if not outer.is_valid:
        raise SystemExit(f"river outline invalid: {shapely.is_valid_reason(outer)}")
    holes = [isl_rings["margitsziget"], isl_rings["obudai_sziget"]]
    feats.append(feature("water", "duna", polygon_geom(ring, holes), {
        "name_1956": "Duna", "name_today": "Duna",
        "names": names_prop([("Duna", None, None, "danube-centreline")]), "source": "danube-centreline",
        "min_zoom": 11,
        "note": "Danube between its banks, with the Ráckevei (Soroksári) Duna-ág east of Csepel-sziget; "
                "Margitsziget and Hajógyári-sziget are holes. See tools/budapest/README.md for precision."}))

    for isl in F.ISLANDS:
        feats.append(feature("island", isl["id"], polygon_geom(isl_rings[isl["id"]]), {
            "name_1956": isl["name_1956"], "name_today": isl["name_today"],
            "names": names_prop([(isl["name_1956"], None, None, isl["src"])]),
            "source": isl["src"], "min_zoom": isl["min_zoom"]}))
    feats.append(feature("island", "csepel_sziget", polygon_geom(csepel), {
        "name_1956": "Csepel-sziget", "name_today": "Csepel-sziget",
        "names": names_prop([("Csepel-sziget", None, None, "danube-centreline")]),
        "source": "danube-centreline", "min_zoom": 11,
        "note": "Northern part only (inside Budapest); its shores are schematic."}))

    for pk in F.PARKS:
        if pk["shape"] == "disc":
            c = pt(pk["at"])
            r = math.sqrt(pk["area_km2"] * 1e6 / math.pi)
            ring_p = [add(c, (math.cos(2 * math.pi * k / 32), math.sin(2 * math.pi * k / 32)), r)
                      for k in range(32)]
            poly = Polygon(ring_p)
            if pk.get("cut_by"):  # keep the part on the centre's side of a bounding street
                # The street's end segments are prolonged past the disc so that the cut goes right
                # across it (otherwise the far side could stay joined round the street's end).
                cut = [pt(p) for p in pk["cut_by"]]
                cut[0] = add(cut[0], unit(sub(cut[0], cut[1])), 2 * r)
                cut[-1] = add(cut[-1], unit(sub(cut[-1], cut[-2])), 2 * r)
                line = LineString(cut)
                parts = shapely.get_parts(shapely.difference(poly, line.buffer(15.0, quad_segs=2)))
                poly = [g for g in parts if g.contains(Point(c))][0]
        elif pk["shape"] == "buffer":
            poly = LineString([pt(p) for p in pk["points"]]).buffer(pk["half_width_m"], quad_segs=4)
        elif pk["shape"] == "ring":
            poly = Polygon([pt(p) for p in pk["points"]])
        else:
            poly = Polygon(isl_rings[pk["island"]]).buffer(-pk["inset_m"], quad_segs=4)
        poly = shapely.set_precision(poly, 0.01)
        feats.append(feature("park", pk["id"], polygon_geom(list(poly.exterior.coords)), {
            "name_1956": pk["name_1956"], "name_today": pk["name_today"],
            "names": names_prop([(pk["name_1956"], None, None, pk["src"])]),
            "source": pk["src"], "min_zoom": pk["min_zoom"]}))

    for b in F.BRIDGES:
        line, _w, _e = bridge_geo[b["id"]]
        feats.append(feature("bridge", b["id"], line_geom(line), {
            "name_1956": b["name_1956"], "name_today": b["name_today"], "names": names_prop(b["names"]),
            "source": b["names"][0][3], "min_zoom": b["min_zoom"], "note": b["note"]}))

    ends = {}
    for bid, (line, _w, _e) in bridge_geo.items():
        ends[f"@{bid}:buda"], ends[f"@{bid}:pest"] = line[0], line[-1]
    for sid, nodes, rank, mz, n56, ntoday, names in F.STREETS:
        coords = [ends[n] if n.startswith("@") else pt(n) for n in nodes]
        feats.append(feature("street", sid, line_geom(coords), {
            "name_1956": n56, "name_today": ntoday, "names": names_prop(names),
            "source": names[0][3], "min_zoom": mz, "rank": rank,
            "name_verified": not names[0][3].startswith("unverified")}))

    for pid, mz, n56, ntoday, names in F.SQUARES:
        feats.append(feature("square", pid, point_geom(pt(pid)), {
            "name_1956": n56, "name_today": ntoday, "names": names_prop(names), "source": F.P[pid][2],
            "min_zoom": mz, "name_verified": not names[0][3].startswith("unverified")}))

    for lid, pid, mz, n56, ntoday, names in F.LANDMARKS:
        feats.append(feature("landmark", lid, point_geom(pt(pid)), {
            "name_1956": n56, "name_today": ntoday, "names": names_prop(names), "source": F.P[pid][2],
            "min_zoom": mz}))

    for n in F.NOTES:
        feats.append(feature("note", n["id"], point_geom(pt(n["at"])), {
            "name_1956": n["name_1956"], "name_today": n["name_today"], "names": names_prop(n["names"]),
            "source": F.P[n["at"]][2], "min_zoom": n["min_zoom"], "text": n["text"], "text_hu": n["text_hu"]}))

    for num, lat, lon, src, today in F.DISTRICTS:
        name = f"{num}. kerület"
        feats.append(feature("district", f"district_{num}", point_geom(xy(lat, lon)), {
            "name_1956": name, "name_today": f"{name} ({today})" if today else name,
            "names": names_prop([(name, "1950-01-01", None, "districts-1950")]),
            "source": src, "min_zoom": 11, "max_zoom": 13, "numeral": num}))

    feats.sort(key=lambda f: (KIND_ORDER.index(f["properties"]["kind"]), f["properties"]["id"]))
    return feats


def write(feats, path):
    lines = [json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in feats]
    text = '{"type":"FeatureCollection","features":[\n' + ",\n".join(lines) + "\n]}\n"
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    os.replace(tmp, path)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=OUT)
    args = ap.parse_args()
    feats = build()
    write(feats, args.out)
    print(f"wrote {args.out}: {len(feats)} features")


if __name__ == "__main__":
    main()
