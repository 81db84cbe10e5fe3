"""Minimal TopoJSON decoder (enough for Natural Earth files from npm packages).

Decodes quantized, delta-encoded arcs and turns TopoJSON geometries into
GeoJSON-like dicts. No dependencies beyond the standard library.
"""


def _decode_arcs(topo):
    transform = topo.get("transform")
    arcs = []
    for arc in topo["arcs"]:
        if transform:
            (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
            x = y = 0
            pts = []
            for p in arc:
                x += p[0]
                y += p[1]
                pts.append((x * sx + tx, y * sy + ty))
        else:
            pts = [(p[0], p[1]) for p in arc]
        arcs.append(pts)
    return arcs


def _line(arcs, indices):
    out = []
    for i in indices:
        pts = arcs[i] if i >= 0 else arcs[~i][::-1]
        out.extend(pts if not out else pts[1:])
    return out


def _geometry(arcs, g):
    t = g["type"]
    if t == "LineString":
        return {"type": t, "coordinates": _line(arcs, g["arcs"])}
    if t == "MultiLineString":
        return {"type": t, "coordinates": [_line(arcs, a) for a in g["arcs"]]}
    if t == "Polygon":
        return {"type": t, "coordinates": [_line(arcs, r) for r in g["arcs"]]}
    if t == "MultiPolygon":
        polys = [[_line(arcs, r) for r in p] for p in g["arcs"]]
        return {"type": t, "coordinates": [p for p in polys if p and len(p[0]) >= 4]}
    if t in ("Point", "MultiPoint"):
        raise NotImplementedError("points are not used here")
    return None  # null geometry


def features(topo, name):
    """Yield (properties, geometry dict) for every geometry of object `name`."""
    arcs = _decode_arcs(topo)
    obj = topo["objects"][name]
    geoms = obj["geometries"] if obj["type"] == "GeometryCollection" else [obj]
    for g in geoms:
        geom = _geometry(arcs, g)
        if geom is not None:
            yield g.get("properties") or {}, geom
