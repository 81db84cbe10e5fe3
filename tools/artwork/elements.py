"""Reusable scene elements: buildings, figures, vehicles, flags, trees...

Most functions add filled shapes to a `Shapes` accumulator (the caller
decides colour and wash parameters); some paint directly on a Painting.
Coordinates are canvas pixels, y down.
"""
from __future__ import annotations

import math

import numpy as np

from wc import W, H, hexc

RED, WHITE, GREEN = "#c3323a", "#e9e2d6", "#3b7a45"


def rot(pts, cx, cy, ang):
    c, s = math.cos(ang), math.sin(ang)
    return [(cx + (x - cx) * c - (y - cy) * s, cy + (x - cx) * s + (y - cy) * c) for x, y in pts]


def mirror(pts, cx):
    return [(2 * cx - x, y) for x, y in pts]


# --------------------------------------------------------------- sky & water
def sky(P, top, bottom, y0=0, y1=500, density=0.9, blooms=2, cover_mask=None, white=0.5):
    mix = np.clip(P.vgrad(y0, y1, 0, 1) + (P.window(P.n_low, 0, H, 0, W) - 0.5) * 0.35, 0, 1)
    col = P.colour_field(top, bottom, mix)
    m = np.ones((H, W), np.float32) if cover_mask is None else cover_mask
    if white > 0:
        holes = np.clip((P.window(P.n_low, 0, H, 0, W) - (1 - white * 0.5)) * 5, 0, 1)
        m = m * (1 - holes)
    P.wash(m, col, density=density, soft=2, edge=0.3, gran=0.35, texture=0.5, bleed=0,
           blooms=blooms)


def clouds(P, box, n, colour, density=0.5, rx=(60, 160), ry=(15, 40)):
    x0, y0, x1, y1 = box
    sh = P.shapes()
    for _ in range(n):
        cx, cy = P.rng.uniform(x0, x1), P.rng.uniform(y0, y1)
        a, b = P.rng.uniform(*rx), P.rng.uniform(*ry)
        for _k in range(4):
            sh.ellipse(cx + P.rng.uniform(-a, a) * 0.6, cy + P.rng.uniform(-b, b) * 0.4,
                       a * P.rng.uniform(0.4, 0.8), b * P.rng.uniform(0.6, 1.0), wob=4)
    P.wash(sh.mask(), colour, density=density, soft=6, edge=0.9, bleed=10, texture=0.6, edge_w=6)


def water(P, y0, y1, colour, streak_colour, density=0.8, x0=0, x1=W, streaks=60):
    sh = P.shapes().rect(x0 - 5, y0, x1 + 5, y1 + 5, wob=2)
    mix = P.vgrad(y0, y1, 0.0, 1.0)
    P.wash(sh.mask() * (0.75 + 0.25 * mix), colour, density=density, soft=2, edge=0.5, bleed=3,
           texture=0.6, gran=0.7)
    st = P.shapes()
    for _ in range(streaks):
        y = P.rng.uniform(y0 + 4, y1)
        t = (y - y0) / max(1, y1 - y0)
        L = P.rng.uniform(20, 120) * (0.5 + t)
        x = P.rng.uniform(x0, x1)
        st.line([(x, y), (x + L, y + P.rng.uniform(-1, 1))], width=1 + 2.5 * t, wob=0.6)
    P.wash(st.mask(), streak_colour, density=0.6, soft=0.8, edge=0.4, bleed=1.5)


def reflection_lift(P, y0, y1, xs, width=30, amount=0.35):
    sh = P.shapes()
    for x in xs:
        for k in range(int((y1 - y0) / 7)):
            y = y0 + k * 7 + P.rng.uniform(-2, 2)
            w = width * P.rng.uniform(0.3, 1.0)
            sh.rect(x - w / 2 + P.rng.uniform(-5, 5), y, x + w / 2, y + 2.5, wob=0.5)
    P.lift(sh.mask(), amount, soft=1.2)


# --------------------------------------------------------------- buildings
def parliament(body, roof, det, cx, yb, Wd, h1, dome_extra=1.0, windows=True, lit=None):
    """Hungarian Parliament seen from the Danube. body/roof/det are Shapes."""
    L, R = cx - Wd / 2, cx + Wd / 2
    top = yb - h1
    body.rect(L, top, R, yb, wob=0.8)
    # steep roofs over the wings
    for s in (-1, 1):
        a, b = cx + s * 0.09 * Wd, cx + s * 0.47 * Wd
        lo, hi = min(a, b), max(a, b)
        roof.poly([(lo, top), (hi, top), (hi - 0.01 * Wd, top - 0.28 * h1),
                   (lo + 0.01 * Wd, top - 0.28 * h1)], wob=0.6)
    # end pavilions with pyramidal roofs
    for s in (-1, 1):
        px = cx + s * 0.47 * Wd
        pw = 0.05 * Wd
        body.rect(px - pw, top - 0.25 * h1, px + pw, yb, wob=0.6)
        roof.poly([(px - pw * 1.05, top - 0.25 * h1), (px + pw * 1.05, top - 0.25 * h1),
                   (px, top - 0.95 * h1)], wob=0.5)
        for k in (-1, 1):
            body.poly([(px + k * pw - 2, top - 0.25 * h1), (px + k * pw + 2, top - 0.25 * h1),
                       (px + k * pw, top - 0.7 * h1)], wob=0.2)
    # chamber pavilions with clusters of slender spires
    for s in (-1, 1):
        px = cx + s * 0.25 * Wd
        pw = 0.06 * Wd
        body.rect(px - pw, top - 0.35 * h1, px + pw, yb, wob=0.6)
        roof.poly([(px - pw, top - 0.35 * h1), (px + pw, top - 0.35 * h1),
                   (px + pw * 0.8, top - 0.6 * h1), (px - pw * 0.8, top - 0.6 * h1)], wob=0.5)
        for k in (-1, -0.35, 0.35, 1):
            sx = px + k * pw * 0.9
            sw = 0.006 * Wd + 1.2
            body.rect(sx - sw, top - 0.95 * h1, sx + sw, top - 0.35 * h1, wob=0.3)
            roof.poly([(sx - sw * 1.4, top - 0.95 * h1), (sx + sw * 1.4, top - 0.95 * h1),
                       (sx, top - 1.45 * h1)], wob=0.2)
    # small pinnacles along the roofline
    n = 44
    for i in range(n + 1):
        x = L + (R - L) * i / n
        if abs(x - cx) < 0.11 * Wd:
            continue
        body.poly([(x - 1.6, top + 1), (x + 1.6, top + 1), (x, top - 0.42 * h1)], wob=0.2)
    # central block, drum, dome, lantern, spire
    cw = 0.11 * Wd
    body.rect(cx - cw, top - 0.3 * h1, cx + cw, yb, wob=0.6)
    dw = 0.075 * Wd
    dtop = top - 0.3 * h1 - 0.75 * h1 * dome_extra
    body.rect(cx - dw, dtop, cx + dw, top - 0.3 * h1, wob=0.5)
    dome = []
    dh = 1.15 * h1 * dome_extra
    for i in range(31):
        u = -1 + 2 * i / 30
        hh = 0.55 * math.sqrt(max(0.0, 1 - u * u)) + 0.45 * (1 - abs(u))
        dome.append((cx + u * dw * 1.02, dtop - dh * hh))
    roof.poly([(cx + dw * 1.02, dtop)] + dome[::-1] + [(cx - dw * 1.02, dtop)], wob=0.5)
    if det is not None:
        for u in (-0.66, -0.33, 0.0, 0.33, 0.66):
            pts = []
            for k in range(9):
                v = k / 8
                uu = u * (1 - v)
                hh = 0.55 * math.sqrt(max(0.0, 1 - uu * uu)) + 0.45 * (1 - abs(uu))
                pts.append((cx + uu * dw, dtop - dh * hh * (0.05 + 0.95 * v) - 0 * v))
            det.line(pts, width=1.6, wob=0.3)
    lant_top = dtop - dh * 0.96
    body.rect(cx - 0.011 * Wd, lant_top - 0.3 * h1, cx + 0.011 * Wd, lant_top + 4, wob=0.3)
    roof.poly([(cx - 0.013 * Wd, lant_top - 0.3 * h1), (cx + 0.013 * Wd, lant_top - 0.3 * h1),
               (cx, lant_top - 1.25 * h1 * dome_extra)], wob=0.2)
    # drum pinnacles
    for k in (-1, -0.5, 0.5, 1):
        x = cx + k * dw
        body.poly([(x - 2.5, dtop), (x + 2.5, dtop), (x, dtop - 0.5 * h1)], wob=0.2)
    # windows (detail layer) : two rows of pointed windows
    if windows and det is not None:
        nw = 60
        for i in range(nw):
            x = L + 0.01 * Wd + (R - L - 0.02 * Wd) * i / nw
            ww = (R - L) / nw * 0.38
            for row, (ya, yb2) in enumerate(((top + 0.18 * h1, top + 0.45 * h1),
                                             (top + 0.55 * h1, top + 0.8 * h1))):
                tgt = lit if (lit is not None and (i + row) % 3 == 0) else det
                tgt.poly([(x - ww, yb2), (x - ww, ya + ww), (x, ya), (x + ww, ya + ww),
                          (x + ww, yb2)], wob=0.2)
        # arcade at ground
        for i in range(30):
            x = L + (R - L) * (i + 0.5) / 30
            det.rect(x - 0.004 * Wd, yb - 0.12 * h1, x + 0.004 * Wd, yb - 0.02 * h1, wob=0.2)


def block(body, det, x0, x1, yb, floors, fh, roof=None, lit=None, rng=None, cornice=True,
          win_w=0.4, mansard=True):
    """Eclectic apartment block facade (front-on)."""
    top = yb - floors * fh
    body.rect(x0, top, x1, yb, wob=0.8)
    if cornice:
        body.rect(x0 - 3, top - 5, x1 + 3, top + 2, wob=0.5)
    if roof is not None and mansard:
        roof.poly([(x0 - 2, top - 5), (x1 + 2, top - 5), (x1 - fh * 0.4, top - fh * 0.9),
                   (x0 + fh * 0.4, top - fh * 0.9)], wob=0.6)
    if det is None:
        return top
    bay = fh * 0.85
    nb = max(1, int((x1 - x0) / bay))
    bw = (x1 - x0) / nb
    for f in range(floors):
        y = top + f * fh + fh * 0.22
        for b in range(nb):
            x = x0 + (b + 0.5) * bw
            ww = bw * win_w / 2
            tgt = det
            if lit is not None and rng is not None and rng.random() < 0.25:
                tgt = lit
            tgt.rect(x - ww, y, x + ww, y + fh * 0.55, wob=0.3)
    return top


class Cam:
    """Simple pinhole camera for perspective streets. World: X right, Y up, Z forward."""

    def __init__(self, f=700, cx=W / 2, hor=H * 0.45, camh=1.7):
        self.f, self.cx, self.hor, self.camh = f, cx, hor, camh

    yaw = 0.0

    def p(self, X, Y, Z):
        if self.yaw:
            c, s_ = math.cos(self.yaw), math.sin(self.yaw)
            X, Z = X * c - Z * s_, X * s_ + Z * c
        Z = max(Z, 0.05)
        return (self.cx + self.f * X / Z, self.hor + self.f * (self.camh - Y) / Z)

    def quad_x(self, X, z0, z1, y0, y1):
        """Vertical quad at constant X (a street wall)."""
        return [self.p(X, y0, z0), self.p(X, y0, z1), self.p(X, y1, z1), self.p(X, y1, z0)]

    def quad_z(self, Z, x0, x1, y0, y1):
        return [self.p(x0, y0, Z), self.p(x1, y0, Z), self.p(x1, y1, Z), self.p(x0, y1, Z)]


def street_wall(cam, body, det, X, z0, z1, height, floors, lit=None, rng=None, win=True,
                bays_per_m=0.3, shade=None):
    body.poly(cam.quad_x(X, z0, z1, 0, height), wob=0.8)
    if not win:
        return
    fh = height / (floors + 0.3)
    nb = max(1, int((z1 - z0) * bays_per_m))
    for f in range(floors):
        ya, yb = fh * 0.6 + f * fh, fh * 0.6 + f * fh + fh * 0.55
        for b in range(nb):
            za = z0 + (z1 - z0) * (b + 0.3) / nb
            zb = z0 + (z1 - z0) * (b + 0.7) / nb
            tgt = det
            if lit is not None and rng is not None and rng.random() < 0.3:
                tgt = lit
            tgt.poly(cam.quad_x(X, za, zb, ya, yb), wob=0.2)


# --------------------------------------------------------------- figures
def figure(sh, x, yf, h, pose="stand", rng=None, facing=1, hat=False, coat=True):
    """Simple human silhouette. Returns hand position (for flags)."""
    r = rng.uniform if rng is not None else (lambda a, b: (a + b) / 2)
    hr = h * 0.068
    hy = yf - h + hr
    sh.ellipse(x, hy, hr * 0.9, hr, wob=0.2, n=14)
    if hat:
        sh.ellipse(x, hy - hr * 0.6, hr * 1.1, hr * 0.45, wob=0.2, n=12)
    sy = yf - h * 0.83
    hip = yf - h * 0.47
    sw = h * 0.125
    cb = yf - h * (0.3 if coat else 0.45)
    lean = facing * h * 0.02
    sh.poly([(x - sw * 0.45 + lean, sy - h * 0.02), (x + sw * 0.45 + lean, sy - h * 0.02),
             (x + sw + lean, sy + h * 0.035), (x + sw * 0.82, hip), (x + sw * 0.98, cb),
             (x - sw * 0.98, cb), (x - sw * 0.82, hip), (x - sw + lean, sy + h * 0.035)], wob=0.4)
    sh.rect(x - h * 0.03, hy + hr * 0.6, x + h * 0.03, sy + 2, wob=0.1)
    step = h * 0.07 if pose in ("walk", "flag", "rifle", "bundle") else h * 0.02
    lw = h * 0.045
    for k, d in ((-1, -step), (1, step)):
        hx = x + k * sw * 0.45
        sh.poly([(hx - lw, cb - 2), (hx + lw, cb - 2), (hx + d + lw * 0.8, yf), (hx + d - lw * 0.8, yf)],
                wob=0.2)
    hand = (x + facing * sw * 1.2, hip + h * 0.05)
    aw = h * 0.035
    if pose == "raise":
        hand = (x + facing * sw * 1.6, yf - h * 1.18)
    elif pose == "flag":
        hand = (x + facing * sw * 1.3, yf - h * 0.75)
    elif pose == "rifle":
        hand = (x + facing * sw * 1.5, yf - h * 0.6)
    elif pose == "bundle":
        hand = (x + facing * sw * 1.2, sy + h * 0.08)
    shx = x + facing * sw * 0.85
    sh.line([(shx, sy + 3), hand], width=aw * 2, wob=0.2)
    sh.line([(x - facing * sw * 0.85, sy + 3), (x - facing * sw * 1.1, hip + h * 0.06)],
            width=aw * 2, wob=0.2)
    if pose == "rifle":
        sh.line([(hand[0] - facing * h * 0.25, hand[1] + h * 0.12),
                 (hand[0] + facing * h * 0.35, hand[1] - h * 0.2)], width=max(1.2, h * 0.025), wob=0)
    if pose == "bundle":
        sh.ellipse(x - facing * sw * 0.6, sy + h * 0.02, h * 0.17, h * 0.13, wob=0.8)
    return hand


def crowd(P, shapes, x0, x1, y0, y1, h0, h1, n, poses=("stand", "walk", "raise"), hats=0.3,
          facing=None):
    """Scatter n figures across band; distribute over the list of Shapes layers.
    Returns list of (hand, height) of 'flag' poses."""
    flags = []
    items = []
    for _ in range(n):
        y = P.rng.uniform(y0, y1)
        items.append((y, P.rng.uniform(x0, x1)))
    items.sort()
    for y, x in items:
        t = (y - y0) / max(1e-3, y1 - y0)
        h = (h0 + (h1 - h0) * t) * P.rng.uniform(0.9, 1.1)
        pose = poses[int(P.rng.integers(0, len(poses)))]
        f = facing if facing is not None else (1 if P.rng.random() < 0.5 else -1)
        sh = shapes[int(P.rng.integers(0, len(shapes)))]
        hand = figure(sh, x, y, h, pose, P.rng, facing=f, hat=P.rng.random() < hats)
        if pose == "flag":
            flags.append((hand, h, f))
    return flags


# --------------------------------------------------------------- vehicles
def flatT(x, y, L, facing=1):
    """Profile mapping for a flat side view; (x,y)=rear-bottom, L = length in px."""
    return lambda pts: [(x + facing * px * L, y - py * L) for px, py in pts]


def camT(cam, X, z0, Lm, dirn=-1):
    """Profile mapping onto the world plane X=const; vehicle front points along dirn*Z."""
    return lambda pts: [cam.p(X, py * Lm, z0 + dirn * px * Lm) for px, py in pts]


def _circle(cx, cy, rx, ry, n=16):
    return [(cx + rx * math.cos(2 * math.pi * i / n), cy + ry * math.sin(2 * math.pi * i / n))
            for i in range(n)]


def tank(body, det, T, turret_ang=0.0, gun=1.0, hatch=False):
    """T-34/85 profile (length 1, facing +x) mapped to screen by T."""
    body.poly(T([(0.02, 0.0), (0.96, 0.0), (1.03, 0.09), (1.0, 0.16), (0.0, 0.16), (-0.03, 0.09)]), wob=0.6)
    body.poly(T([(-0.02, 0.15), (0.72, 0.15), (1.02, 0.17), (0.98, 0.24), (0.7, 0.28),
                 (0.05, 0.28), (-0.03, 0.22)]), wob=0.6)
    tur = [(0.3, 0.27), (0.72, 0.27), (0.76, 0.33), (0.7, 0.4), (0.36, 0.41), (0.28, 0.35)]
    cx, cy = 0.52, 0.33
    body.poly(T(rot(tur, cx, cy, -turret_ang)), wob=0.5)
    gpts = [(0.74, 0.331), (0.74 + 0.62 * gun, 0.334), (0.74 + 0.62 * gun, 0.356), (0.74, 0.359)]
    body.poly(T(rot(gpts, cx, cy, -turret_ang)), wob=0.2)
    if hatch:
        body.poly(T(_circle(0.5, 0.43, 0.06, 0.03)), wob=0.3)
    if det is not None:
        for i in range(5):
            det.poly(T(_circle(0.1 + 0.19 * i, 0.075, 0.07, 0.068)), wob=0.3)
        det.poly(T([(0.0, 0.15), (1.0, 0.15), (1.0, 0.165), (0.0, 0.165)]), wob=0.2)


def truck(body, det, T, canvas=True, cross=None):
    body.poly(T([(0.0, 0.1), (1.0, 0.1), (1.0, 0.22), (0.95, 0.3), (0.78, 0.3), (0.72, 0.45),
                 (0.6, 0.45), (0.6, 0.25), (0.0, 0.25)]), wob=0.5)
    if canvas:
        body.poly(T([(0.0, 0.24), (0.58, 0.24), (0.58, 0.42), (0.52, 0.5), (0.06, 0.5), (0.0, 0.42)]),
                  wob=0.8)
    if det is not None:
        for px in (0.17, 0.3, 0.83):
            det.poly(T(_circle(px, 0.08, 0.075, 0.075)), wob=0.2)
        det.poly(T([(0.65, 0.3), (0.74, 0.3), (0.74, 0.41), (0.65, 0.41)]), wob=0.2)
    if cross is not None:
        cross.poly(T([(0.26, 0.3), (0.32, 0.3), (0.32, 0.44), (0.26, 0.44)]), wob=0.2)
        cross.poly(T([(0.22, 0.34), (0.36, 0.34), (0.36, 0.4), (0.22, 0.4)]), wob=0.2)


def car(body, det, x, y, L, facing=1):
    def T(pts):
        return [(x + facing * px * L, y - py * L) for px, py in pts]
    body.poly(T([(0, 0.08), (1, 0.08), (1.0, 0.22), (0.75, 0.25), (0.62, 0.4), (0.28, 0.4),
                 (0.18, 0.25), (0.0, 0.22)]), wob=0.5)
    if det is not None:
        for px in (0.2, 0.8):
            wx, wy = T([(px, 0.08)])[0]
            det.ellipse(wx, wy, 0.08 * L, 0.08 * L, wob=0.2)


# --------------------------------------------------------------- flags & trees
def flag(P, x, y, w, h, hole=True, wave=0.08, pole=True, pole_len=None, cover=1.0,
         density=0.85, ink=True, droop=0.0):
    """Hungarian tricolour (red top, white, green) hanging from a pole at x.
    Hole cut in the centre where the Rákosi emblem was removed."""
    def edge(yoff):
        pts = []
        for i in range(13):
            t = i / 12
            yy = y + yoff + math.sin(t * 5.5 + x * 0.01) * wave * h * t + droop * h * t * t
            pts.append((x + w * t, yy))
        return pts
    bands = [(0, h / 3, RED), (h / 3, 2 * h / 3, WHITE), (2 * h / 3, h, GREEN)]
    hx, hy = x + w * 0.52, y + h / 2 + math.sin(0.52 * 5.5 + x * 0.01) * wave * h * 0.52 + droop * h * 0.27
    hr = h * 0.24
    hole_sh = P.shapes().ellipse(hx, hy, hr * 0.95, hr, wob=1.2) if hole else None
    hole_m = hole_sh.mask() if hole else 0
    for a, b, c in bands:
        top, bot = edge(a), edge(b)
        sh = P.shapes().poly(top + bot[::-1], wob=0.6)
        m = np.clip(sh.mask() - hole_m, 0, 1)
        d = 0.25 if c == WHITE else density
        P.wash(m, c, density=d, soft=0.8, edge=0.9, bleed=1.5, cover=cover, gran=0.6)
    if pole:
        pl = pole_len or h * 2.6
        P.wash(P.shapes().line([(x, y - 4), (x - 1, y + pl)], width=max(1.5, h * 0.05), wob=0.3).mask(),
               "#4a3a2c", density=1.0, soft=0.4, edge=0.2, bleed=0.5, cover=cover)
    if ink:
        ln = P.shapes()
        ln.line(edge(0) + edge(h)[::-1] + [edge(0)[0]], width=0.9, wob=0.8)
        if hole:
            ln.ellipse(hx, hy, hr * 0.99, hr * 1.04, wob=1.2)
            ln.ellipse(hx, hy, hr * 0.93, hr * 0.98, wob=1.2, fill=0)
        P.ink(ln.mask(), density=0.45, broken=0.45)
    return (hx, hy, hr)


def tree_autumn(trunk, crowns, x, yb, h, rng, spread=0.45):
    trunk.poly([(x - h * 0.03, yb), (x + h * 0.03, yb), (x + h * 0.012, yb - h * 0.6),
                (x - h * 0.012, yb - h * 0.6)], wob=0.5)
    for k in (-1, 1):
        trunk.line([(x, yb - h * 0.45), (x + k * h * 0.12, yb - h * 0.62)], width=h * 0.012, wob=0.5)
    for _ in range(9):
        cx = x + rng.uniform(-spread, spread) * h * 0.7
        cy = yb - h * rng.uniform(0.55, 0.95)
        r = h * rng.uniform(0.12, 0.22)
        layer = crowns[int(rng.integers(0, len(crowns)))]
        layer.ellipse(cx, cy, r * 1.2, r, wob=r * 0.25)


def tree_bare(sh, x, yb, h, rng, depth=6, ang=-math.pi / 2, width=None):
    width = width or h * 0.05

    def br(x0, y0, L, a, w, d):
        x1, y1 = x0 + L * math.cos(a), y0 + L * math.sin(a)
        sh.line([(x0, y0), ((x0 + x1) / 2 + rng.uniform(-L, L) * 0.08, (y0 + y1) / 2), (x1, y1)],
                width=max(0.7, w), wob=0.4)
        if d <= 0:
            return
        for k in range(2 if d < depth - 1 else 3):
            br(x1, y1, L * rng.uniform(0.6, 0.8), a + rng.uniform(-0.65, 0.65), w * 0.65, d - 1)
    br(x, yb, h * 0.32, ang, width, depth)


def smoke(P, x, y, dx, dy, n, r0, r1, colour, density=0.5, cover=0.0):
    sh = P.shapes()
    for i in range(n):
        t = i / max(1, n - 1)
        r = r0 + (r1 - r0) * t
        sh.ellipse(x + dx * t + P.rng.uniform(-r, r) * 0.4, y + dy * t + P.rng.uniform(-r, r) * 0.3,
                   r * P.rng.uniform(0.8, 1.3), r * P.rng.uniform(0.6, 0.9), wob=r * 0.2)
    P.wash(sh.mask(), colour, density=density, soft=8, edge=0.6, bleed=14, texture=0.7,
           edge_w=8, cover=cover)


def glow(P, x, y, r, colour, lift=0.8, density=0.6):
    m = P.radial(x, y, r, r * 0.8, 1, 0) ** 1.5
    P.lift(m, lift, soft=0)
    P.wash(m, colour, density=density, soft=0, edge=0, bleed=0, gran=0.3, texture=0.4)


def flash(P, pts, colour="#ffb020"):
    sh = P.shapes()
    for x, y, r in pts:
        star = []
        for i in range(12):
            a = i * math.pi / 6
            rr = r if i % 2 == 0 else r * 0.35
            star.append((x + rr * math.cos(a) * 1.4, y + rr * math.sin(a)))
        sh.poly(star, wob=0.3)
    m = sh.mask()
    P.lift(m, 1.0, soft=1.5)
    P.wash(m, colour, density=0.6, soft=1.5, edge=0.3, bleed=1)


def chain_bridge(body, chains, x0, x1, yd, tower_h, tower_w, deck_th=6):
    """Széchenyi Chain Bridge silhouette between x0 and x1 at deck level yd."""
    span = x1 - x0
    t1, t2 = x0 + span * 0.22, x0 + span * 0.78
    body.rect(x0 - span * 0.05, yd, x1 + span * 0.05, yd + deck_th, wob=0.5)
    for tx in (t1, t2):
        tw = tower_w
        top = yd - tower_h
        body.poly([(tx - tw, yd + tower_h * 0.55), (tx - tw, top + tower_h * 0.08),
                   (tx - tw * 1.08, top + tower_h * 0.06), (tx - tw * 1.08, top),
                   (tx + tw * 1.08, top), (tx + tw * 1.08, top + tower_h * 0.06),
                   (tx + tw, top + tower_h * 0.08), (tx + tw, yd + tower_h * 0.55)], wob=0.6)
        # arch opening (cut)
        aw = tw * 0.45
        arch = [(tx - aw, yd + deck_th)]
        for i in range(11):
            a = math.pi * i / 10
            arch.append((tx - aw * math.cos(a), yd - tower_h * 0.45 - aw * math.sin(a)))
        arch.append((tx + aw, yd + deck_th))
        body.cut(arch, wob=0.4)
    # chains: catenary-ish curves
    def curve(ax, ay, bx, by, sag, n=24):
        pts = []
        for i in range(n + 1):
            t = i / n
            pts.append((ax + (bx - ax) * t, ay + (by - ay) * t + sag * 4 * t * (1 - t)))
        return pts
    top = yd - tower_h * 0.93
    for off in (0, 5):
        chains.line(curve(t1, top + off, t2, top + off, (yd - 6 - top) * 0.95), width=2.2, wob=0.3)
        chains.line(curve(x0 - span * 0.05, yd - 2, t1, top + off, (yd - top) * 0.12), width=2.2, wob=0.3)
        chains.line(curve(t2, top + off, x1 + span * 0.05, yd - 2, (yd - top) * 0.12), width=2.2, wob=0.3)
    for i in range(1, 24):
        x = t1 + (t2 - t1) * i / 24
        t = i / 24
        yc = top + (yd - 6 - top) * 0.95 * 4 * t * (1 - t)
        chains.line([(x, yc), (x, yd)], width=0.9, wob=0.1)


def arch_bridge(body, x0, x1, yd, piers, h_pier, th=7):
    body.rect(x0, yd, x1, yd + th, wob=0.5)
    for i in range(piers):
        px = x0 + (x1 - x0) * (i + 1) / (piers + 1)
        body.rect(px - 5, yd, px + 5, yd + h_pier, wob=0.4)
    span = (x1 - x0) / (piers + 1)
    for i in range(piers + 1):
        a = x0 + span * i
        pts = [(a + span * t / 10, yd + th + h_pier * 0.5 * (1 - (2 * t / 10 - 1) ** 2)) for t in range(11)]
        body.line(pts, width=3, wob=0.3)


_GLYPHS = {  # tiny stroke font on a 0..1 box, enough for signage
    "C": [[(1, 0.1), (0.6, 0), (0.15, 0.15), (0, 0.5), (0.15, 0.85), (0.6, 1), (1, 0.9)]],
    "O": [[(0.5, 0), (0.1, 0.15), (0, 0.5), (0.1, 0.85), (0.5, 1), (0.9, 0.85), (1, 0.5), (0.9, 0.15), (0.5, 0)]],
    "R": [[(0, 1), (0, 0), (0.7, 0), (0.95, 0.2), (0.7, 0.5), (0, 0.5)], [(0.45, 0.5), (1, 1)]],
    "V": [[(0, 0), (0.5, 1), (1, 0)]],
    "I": [[(0.5, 0), (0.5, 1)]],
    "N": [[(0, 1), (0, 0), (1, 1), (1, 0)]],
}


def letters(sh, text, x, y, w, h, width=None):
    width = width or max(2.0, w * 0.16)
    for i, ch in enumerate(text):
        for stroke in _GLYPHS.get(ch, []):
            pts = [(x + i * w + (0.1 + px * 0.7) * w, y + py * h) for px, py in stroke]
            sh.line(pts, width=width, wob=0.4)
