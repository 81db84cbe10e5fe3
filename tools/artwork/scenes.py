"""The fifteen scenes. Each function takes a seed and returns a Painting."""
from __future__ import annotations

import math

import numpy as np

from wc import Painting, W, H
import elements as E


def _layers(P, n):
    return [P.shapes() for _ in range(n)]


def solid(P, sh, colour, density=0.95, cover=0.9, pencil=False, **kw):
    """An opaque-ish object wash (reserved paper under it)."""
    m = sh.mask() if hasattr(sh, "mask") else sh
    args = dict(soft=0.7, edge=0.9, bleed=1.5, gran=0.6)
    args.update(kw)
    P.wash(m, colour, density=density, cover=cover, **args)
    if pencil:
        P.pencil(m)


def glaze(P, sh, colour, density=0.6, **kw):
    m = sh.mask() if hasattr(sh, "mask") else sh
    args = dict(soft=1.0, edge=0.7, bleed=3.0)
    args.update(kw)
    P.wash(m, colour, density=density, **args)


def ground(P, y0, colour, density=0.7, y1=H, **kw):
    sh = P.shapes().rect(-10, y0, W + 10, y1 + 10, wob=2)
    glaze(P, sh.mask() * P.vgrad(y0, y1, 0.6, 1.0), colour, density, **kw)


def crowd_flags(P, flags, scale=0.55, hole=True):
    for (hx, hy), h, f in flags:
        fw, fh = h * scale, h * scale * 0.6
        pole_top = hy - h * 0.75
        E.flag(P, hx, pole_top, fw * f if f > 0 else fw, fh, hole=hole, wave=0.1,
               pole_len=h * 0.8, ink=h > 60, droop=0.08)


def cover(seed):
    P = Painting(seed)
    E.sky(P, "#7f9fc0", "#f0d9b0", 0, 470, density=0.75, blooms=2)
    E.clouds(P, (100, 60, 1150, 260), 6, "#9aa6b8", density=0.35)
    # far Pest skyline haze
    far = P.shapes()
    for i in range(40):
        x = i * 32 + P.rng.uniform(-8, 8)
        far.rect(x, 455 - P.rng.uniform(5, 30), x + P.rng.uniform(20, 45), 470, wob=1)
    P.wash(far.mask(), "#a8a4b0", density=0.5, soft=2, edge=0.5, bleed=4)
    body, roof, det = _layers(P, 3)
    E.parliament(body, roof, det, 640, 470, 880, 70)
    P.wash(body.mask(), "#d6b98c", density=0.9, soft=0.8, edge=1.0, bleed=2, cover=0.9, gran=0.7)
    P.wash(roof.mask(), "#8c5a48", density=0.85, soft=0.8, edge=1.0, bleed=2, gran=0.8)
    P.wash(det.mask(), "#6e5a50", density=0.6, soft=0.5, edge=0.4, bleed=0.8)
    P.pencil(np.clip(body.mask() + roof.mask(), 0, 1))
    # shadow side of building
    sh = P.shapes().rect(200, 400, 1080, 470, wob=2)
    P.wash(sh.mask() * P.vgrad(420, 470, 0.0, 1.0), "#8a8fa8", density=0.5, soft=3, edge=0.2)
    # embankment
    emb = P.shapes().rect(0, 468, W, 482, wob=1.5)
    P.wash(emb.mask(), "#8d8578", density=0.8, soft=1, edge=0.6)
    E.water(P, 482, 800, "#6f8ea3", "#3f5a6e", density=0.9, streaks=80)
    # reflection of the parliament
    refl = P.shapes()
    for i in range(60):
        x = 200 + i * 15 + P.rng.uniform(-4, 4)
        y = 486 + P.rng.uniform(0, 90)
        refl.rect(x, y, x + P.rng.uniform(10, 40), y + 3, wob=0.5)
    P.wash(refl.mask(), "#c9a070", density=0.6, soft=1, edge=0.5, bleed=2)
    E.reflection_lift(P, 490, 640, [640], width=90, amount=0.3)
    # foreground Buda embankment + railing
    fg = P.shapes().poly([(0, 700), (520, 740), (700, 800), (0, 800)], wob=3)
    P.wash(fg.mask(), "#6b5c4c", density=0.9, soft=1.2, edge=1.0, gran=0.9, cover=0.9)
    rail = P.shapes()
    rail.line([(0, 672), (560, 712)], width=3)
    for i in range(14):
        x = i * 40
        rail.line([(x, 672 + x * 0.0714), (x, 700 + x * 0.0714 + 8)], width=2.5)
    P.wash(rail.mask(), "#3c3430", density=1.0, soft=0.5, edge=0.3)
    # the flag with the hole
    E.flag(P, 150, 150, 330, 190, hole=True, wave=0.06, pole_len=560, droop=0.05)
    # figures on the embankment
    figs = P.shapes()
    E.figure(figs, 250, 770, 90, "raise", P.rng, facing=1, hat=True)
    E.figure(figs, 330, 778, 96, "stand", P.rng, facing=1)
    E.figure(figs, 410, 785, 86, "walk", P.rng, facing=1, hat=True)
    P.wash(figs.mask(), "#3b3440", density=1.0, soft=0.6, edge=0.8, cover=0.9)
    return P




def march(seed):
    P = Painting(seed)
    E.sky(P, "#9fb6cc", "#f3e2c0", 0, 420, density=0.6, blooms=1)
    # background buildings (Bem square, Buda)
    b1, d1 = _layers(P, 2)
    x = -20
    while x < W:
        w = P.rng.uniform(140, 230)
        E.block(b1, d1, x, x + w - 6, 470, int(P.rng.integers(4, 6)), 34, roof=b1)
        x += w
    glaze(P, b1, "#b9b2b0", 0.65, cover=0.5)
    glaze(P, d1, "#6f6a78", 0.55, soft=0.6, bleed=1)
    # autumn trees
    trunk, c1, c2, c3 = _layers(P, 4)
    for tx in (40, 150, 260, 930, 1040, 1150):
        E.tree_autumn(trunk, [c1, c2, c3], tx + P.rng.uniform(-20, 20), 520, P.rng.uniform(260, 330), P.rng)
    glaze(P, c1, "#e0a035", 0.8, soft=3, bleed=8, blooms=1)
    glaze(P, c2, "#c9602a", 0.7, soft=3, bleed=8)
    glaze(P, c3, "#9a8a30", 0.6, soft=3, bleed=8)
    solid(P, trunk, "#4a3a30", 0.9, cover=0.3)
    # Bem statue on plinth
    st = P.shapes()
    st.rect(560, 300, 660, 520, wob=0.8)
    st.rect(545, 300, 675, 315, wob=0.6)
    st.rect(540, 505, 680, 525, wob=0.6)
    E.figure(st, 610, 302, 120, "raise", None, facing=1, hat=True)
    st.line([(630, 205), (680, 195)], width=6)
    solid(P, st, "#5a6660", 0.9, cover=0.8, pencil=True)
    ground(P, 500, "#a89880", 0.6)
    # crowd with holed flags
    layers = _layers(P, 3)
    E.crowd(P, layers, -20, W + 20, 520, 590, 60, 85, 70, poses=("stand", "walk", "raise"))
    solid(P, layers[0], "#4d4450", 0.85, cover=0.6)
    solid(P, layers[1], "#6a5a48", 0.85, cover=0.6)
    solid(P, layers[2], "#3f4a58", 0.85, cover=0.6)
    fl = _layers(P, 3)
    flags = E.crowd(P, fl, 0, W, 610, 780, 100, 190, 26, poses=("walk", "flag", "raise", "walk"), facing=-1)
    solid(P, fl[0], "#3b3236", 0.95)
    solid(P, fl[1], "#5b4636", 0.95)
    solid(P, fl[2], "#2f3b4a", 0.95)
    P.pencil(np.clip(fl[0].mask() + fl[1].mask() + fl[2].mask(), 0, 1))
    crowd_flags(P, flags, 0.6)
    E.flag(P, 820, 230, 230, 140, hole=True, wave=0.1, pole_len=560)
    return P


def stalin(seed):
    P = Painting(seed)
    E.sky(P, "#3d4466", "#e08a50", 0, 560, density=0.9, blooms=2, white=0.2)
    E.clouds(P, (0, 40, W, 260), 7, "#4d4a66", density=0.5)
    trees = P.shapes()
    for i in range(26):
        x = i * 48 + P.rng.uniform(-10, 10)
        trees.ellipse(x, 470, P.rng.uniform(35, 60), P.rng.uniform(40, 80), wob=8)
    glaze(P, trees, "#3b3a40", 0.7, soft=4, bleed=10)
    # tribune and pedestal
    tr = P.shapes()
    tr.rect(260, 430, 940, 560, wob=1)
    tr.rect(300, 410, 900, 432, wob=1)
    tr.rect(470, 250, 730, 412, wob=1)
    tr.rect(455, 240, 745, 258, wob=1)
    solid(P, tr, "#a89c8c", 0.95, cover=0.9, pencil=True, blooms=1)
    rel = P.shapes()
    for i in range(9):
        E.figure(rel, 300 + i * 70, 548, 90, "walk", P.rng, facing=1)
    glaze(P, rel, "#7a6a60", 0.5, soft=0.6, bleed=1)
    shade = P.shapes().rect(660, 250, 730, 412).rect(860, 430, 940, 560)
    glaze(P, shade, "#6a6078", 0.5)
    # boots left standing
    boots = P.shapes()
    for bx in (570, 625):
        boots.poly([(bx, 240), (bx + 42, 240), (bx + 40, 168), (bx + 6, 166)], wob=1.2)
        boots.poly([(bx - 8, 240), (bx + 46, 240), (bx + 40, 226), (bx - 4, 226)], wob=0.8)
    solid(P, boots, "#3d3a30", 1.0, pencil=True)
    # falling statue (pivot near the boots, toppling right)
    k = 1.35
    body = [(0, 0), (64, 0), (74, -28), (68, -120), (84, -185), (80, -200), (44, -210), (44, -216),
            (20, -216), (20, -210), (-16, -200), (-20, -185), (-6, -120), (-10, -28)]
    ang = 1.22
    px, py = 742, 244
    pts = [(px + x * k, py + y * k) for x, y in body]
    statue = P.shapes().poly(E.rot(pts, px, py, ang), wob=1.2)
    head = E.rot([(px + 32 * k, py - 236 * k)], px, py, ang)[0]
    statue.ellipse(head[0], head[1], 22 * k, 26 * k, wob=0.8)
    solid(P, statue, "#4a4634", 1.0, pencil=True, blooms=1)
    chest = E.rot([(px + 30 * k, py - 170 * k)], px, py, ang)[0]
    coatline = P.shapes().line(E.rot([(px + 30 * k, py - 200 * k), (px + 30 * k, py - 10 * k)], px, py, ang), width=2)
    P.ink(coatline.mask(), "#1e1c16", density=0.8)
    ground(P, 560, "#5a4a48", 0.8)
    # lorries and cables
    veh, vd = _layers(P, 2)
    E.truck(veh, vd, E.flatT(1080, 600, 170, 1), canvas=False)
    E.truck(veh, vd, E.flatT(920, 680, 220, 1), canvas=False)
    solid(P, veh, "#3f4a3c", 0.95)
    solid(P, vd, "#1f2220", 0.9, cover=0)
    cab = P.shapes()
    cab.line([head, (1085, 560)], width=2.4, wob=0.3)
    cab.line([chest, (930, 630)], width=2.4, wob=0.3)
    cab.line([(head[0] - 10, head[1] + 8), (1120, 585)], width=2.0, wob=0.3)
    P.ink(cab.mask(), "#1e1c1c", density=1.0, broken=0.0)
    layers = _layers(P, 3)
    flags = E.crowd(P, layers, -20, 860, 610, 790, 90, 170, 45,
                    poses=("raise", "stand", "raise", "walk", "flag"), facing=1)
    solid(P, layers[0], "#2a2430", 0.95)
    solid(P, layers[1], "#3a2e2e", 0.95)
    solid(P, layers[2], "#28303a", 0.95)
    crowd_flags(P, flags, 0.55)
    return P


def radio(seed):
    P = Painting(seed)
    cam = E.Cam(f=620, cx=560, hor=430, camh=1.7)
    E.sky(P, "#1c2240", "#4a4060", 0, 400, density=1.0, blooms=1, white=0.0)
    walls, lit, det = _layers(P, 3)
    rng = P.rng
    E.street_wall(cam, walls, det, -6, 4, 90, 22, 5, lit=lit, rng=rng, bays_per_m=0.28)
    E.street_wall(cam, walls, det, 6, 4, 90, 20, 5, lit=lit, rng=rng, bays_per_m=0.28)
    # facades at the end of the street
    walls.poly(cam.quad_z(90, -6, 6, 0, 21), wob=0.5)
    m = np.clip(walls.mask() - lit.mask(), 0, 1)
    solid(P, m, "#2c2838", 1.0, cover=0.5, blooms=1)
    glaze(P, det, "#151420", 0.7, soft=0.5, bleed=0.5)
    P.lift(lit.mask(), 0.95, soft=0.6)
    glaze(P, lit, "#f0b848", 0.55, soft=0.8, edge=1.2, bleed=1)
    # street
    road = P.shapes().poly([cam.p(-6, 0, 4), cam.p(6, 0, 4), cam.p(6, 0, 90), cam.p(-6, 0, 90)], wob=1)
    glaze(P, road, "#2a2a36", 0.9)
    # searchlights
    for x0, x1 in ((300, 120), (820, 980), (560, 640)):
        beam = P.shapes().poly([(x0 - 6, 520), (x0 + 6, 520), (x1 + 45, -10), (x1 - 45, -10)], wob=2)
        P.lift(beam.mask() * P.vgrad(520, 0, 0.9, 0.3), 0.8, soft=6)
    glaze(P, P.radial(560, 420, 400, 260, 1, 0), "#c8a060", 0.35, soft=0, bleed=0)
    E.smoke(P, 300, 300, 300, -250, 10, 40, 120, "#5a5060", 0.5)
    E.smoke(P, 760, 330, -120, -280, 8, 30, 110, "#605868", 0.45)
    # vehicles
    v, vd, cross = _layers(P, 3)
    E.truck(v, vd, E.camT(cam, 2.2, 13, 6.0, -1), canvas=True, cross=cross)
    E.truck(v, vd, E.camT(cam, -3.0, 40, 6.5, 1), canvas=True)
    solid(P, v, "#d8d0c0", 0.5, cover=1.0, pencil=True)
    solid(P, vd, "#1a1a22", 0.95, cover=0)
    solid(P, cross, "#c02828", 0.95)
    layers = _layers(P, 2)
    E.crowd(P, layers, -20, W + 20, 600, 790, 90, 190, 34, poses=("raise", "stand", "rifle", "walk"))
    solid(P, layers[0], "#14121c", 1.0)
    solid(P, layers[1], "#221a24", 1.0)
    E.flash(P, [(420, 300, 9), (700, 260, 8), (210, 380, 10), (880, 350, 9), (600, 500, 7)])
    return P


def tanks_enter(seed):
    P = Painting(seed)
    cam = E.Cam(f=560, cx=600, hor=360, camh=1.8)
    cam.yaw = 0.72
    E.sky(P, "#a8b0b8", "#d8d6cc", 0, 380, density=0.6, blooms=1, white=0.6)
    # far facade row of four-storey eclectic blocks along the boulevard
    for i, z0 in enumerate(range(110, -20, -14)):
        z1 = z0 + 13.5
        fog = min(1.0, max(0.25, 1 - z0 / 140))
        b, d = _layers(P, 2)
        h = 17 + (i % 3) * 1.5
        b.poly([cam.p(16, 0, z0), cam.p(16, 0, z1), cam.p(16, h, z1), cam.p(16, h, z0)], wob=0.8)
        b.poly([cam.p(16, h, z0), cam.p(16, h, z1), cam.p(14.5, h + 3, z1 - 0.8),
                cam.p(14.5, h + 3, z0 + 0.8)], wob=0.6)
        for f in range(4):
            for k in range(4):
                za, zb = z0 + 1.2 + k * 3.1, z0 + 2.6 + k * 3.1
                ya = 1.2 + f * 4.1
                d.poly([cam.p(16, ya, za), cam.p(16, ya, zb), cam.p(16, ya + 2.3, zb), cam.p(16, ya + 2.3, za)],
                       wob=0.2)
        col = ["#b7a88f", "#a9a39a", "#bfa58a"][i % 3]
        solid(P, b, col, 0.85 * fog, cover=0.8)
        glaze(P, d, "#5d5a62", 0.7 * fog, soft=0.5, bleed=0.8)
    # road, tram lines
    road = P.shapes().poly([cam.p(-4, 0, -3), cam.p(16, 0, -3), cam.p(16, 0, 140), cam.p(-4, 0, 140)], wob=1)
    glaze(P, road, "#8a8a88", 0.6)
    rails = P.shapes()
    for X in (6.0, 7.4, 9.6, 11.0):
        rails.line([cam.p(X, 0, z) for z in (1, 5, 15, 40, 100)], width=1.6, wob=0.3)
    P.ink(rails.mask(), "#3a3a40", density=0.8)
    wires = P.shapes()
    for X in (6.7, 10.3):
        wires.line([cam.p(X, 6.2, z) for z in (2, 8, 20, 50, 120)], width=1.0, wob=0.3)
    for z in (6, 20, 34, 48, 62):
        wires.line([cam.p(2, 0, z), cam.p(2, 7, z), cam.p(14, 6.5, z)], width=2.0, wob=0.3)
    P.ink(wires.mask(), "#3a3a44", density=0.7, broken=0.2)
    # column of T-34s coming down the boulevard (far to near)
    for z in (92, 74, 56, 38, 20, 5):
        fog = min(1.0, max(0.3, 1 - z / 110))
        b, d = _layers(P, 2)
        E.tank(b, d, E.camT(cam, 8.4, z + 6.5, 6.8, -1), turret_ang=0.05, hatch=True)
        solid(P, b, "#4c5844", 1.0 * fog + 0.1, cover=0.9, pencil=z < 30)
        glaze(P, d, "#262a24", 0.8 * fog, soft=0.5, bleed=0.5)
    # fog glaze over distance
    P.lift(P.radial(300, 330, 420, 200, 1, 0) * 0.7, 0.5, soft=0)
    # onlookers at the near kerb
    layers = _layers(P, 2)
    E.crowd(P, layers, 20, 420, 690, 790, 160, 220, 7, poses=("stand",), hats=0.6, facing=1)
    solid(P, layers[0], "#2e2c30", 0.95)
    solid(P, layers[1], "#3e3630", 0.95)
    return P


def kossuth(seed):
    P = Painting(seed)
    E.sky(P, "#6f7480", "#c8c0b0", 0, 430, density=0.8, blooms=2, white=0.3)
    E.clouds(P, (0, 20, W, 200), 8, "#5a5e6a", density=0.45)
    body, roof, det = _layers(P, 3)
    E.parliament(body, roof, det, 560, 440, 1000, 80)
    solid(P, body, "#cbb28e", 0.85, cover=0.8)
    solid(P, roof, "#6e4a40", 0.85)
    glaze(P, det, "#5a4a48", 0.6, soft=0.5, bleed=0.8)
    P.pencil(np.clip(body.mask() + roof.mask(), 0, 1), density=0.4)
    # ministry building on the right edge with rooftop silhouettes (menace)
    mb = P.shapes()
    mb.poly([(960, 110), (1210, 60), (1210, 800), (960, 800)], wob=1)
    md = P.shapes()
    for f in range(7):
        for k in range(3):
            x = 985 + k * 70
            y = 160 + f * 80 - k * 12
            md.rect(x, y, x + 30, y + 45, wob=0.4)
    solid(P, mb, "#4c4a50", 0.95, cover=0.9, pencil=True)
    glaze(P, md, "#1e1e26", 0.8, soft=0.5, bleed=0.5)
    roofmen = P.shapes()
    for x in (985, 1035, 1090, 1150):
        E.figure(roofmen, x, 100 - (x - 960) * 0.2, 34, "rifle", P.rng, facing=-1)
    solid(P, roofmen, "#15141a", 1.0)
    ground(P, 440, "#8c8478", 0.6)
    # tank in the square
    t, td = _layers(P, 2)
    E.tank(t, td, E.flatT(380, 600, 260, 1), turret_ang=0.0, hatch=True)
    solid(P, t, "#4c5646", 1.0, pencil=True)
    glaze(P, td, "#202420", 0.8)
    # crowd
    layers = _layers(P, 3)
    flags = E.crowd(P, layers, -20, W - 200, 470, 560, 45, 70, 80, poses=("stand", "raise", "walk", "flag"))
    solid(P, layers[0], "#3a3440", 0.9, cover=0.6)
    solid(P, layers[1], "#5a4a3c", 0.9, cover=0.6)
    solid(P, layers[2], "#34404e", 0.9, cover=0.6)
    crowd_flags(P, flags, 0.7)
    fl = _layers(P, 3)
    flags = E.crowd(P, fl, -20, 960, 640, 790, 120, 190, 16, poses=("stand", "walk", "flag", "raise"))
    solid(P, fl[0], "#2c2830", 0.95)
    solid(P, fl[1], "#4a3a30", 0.95)
    solid(P, fl[2], "#28323e", 0.95)
    crowd_flags(P, flags, 0.55)
    glaze(P, P.vgrad(0, 200, 1, 0), "#3a3848", 0.4, soft=0, bleed=0)
    return P


def corvin(seed):
    P = Painting(seed)
    E.sky(P, "#8e98a8", "#d9c9a8", 0, 300, density=0.7, blooms=1)
    # surrounding apartment blocks forming the courtyard
    b, d = _layers(P, 2)
    E.block(b, d, -10, 330, 470, 6, 55, roof=b)
    E.block(b, d, 840, 1210, 470, 6, 55, roof=b)
    E.block(b, d, 300, 880, 330, 4, 45, roof=b)
    solid(P, b, "#b8a48a", 0.8, cover=0.6)
    glaze(P, d, "#4a4450", 0.7, soft=0.5, bleed=0.8)
    # Kilián barracks: heavy building on the right
    kb, kd = _layers(P, 2)
    kb.poly([(1000, 200), (1210, 150), (1210, 620), (1000, 600)], wob=1)
    for f in range(5):
        for k in range(3):
            x = 1020 + k * 62
            y = 240 + f * 72 - k * 14
            kd.rect(x, y, x + 26, y + 38, wob=0.4)
    solid(P, kb, "#c8a86c", 0.85, cover=0.9, pencil=True)
    glaze(P, kd, "#3a3028", 0.75, soft=0.5)
    # Corvin cinema: round drum in the courtyard
    cin, cd = _layers(P, 2)
    cx, cyb, r = 600, 500, 250
    drum = [(cx - r, cyb)]
    for i in range(25):
        a = math.pi * i / 24
        drum.append((cx - r * math.cos(a), cyb + 34 * math.sin(a)))
    drum = drum + [(cx + r, 300)] + [(cx + r * math.cos(math.pi * i / 24), 300 - 30 * math.sin(math.pi * i / 24)) for i in range(25)]
    cin.poly(drum, wob=1)
    cin.poly([(cx - r - 8, 300)] + [(cx - (r + 8) * math.cos(math.pi * i / 24), 300 + 12 + 34 * math.sin(math.pi * i / 24)) for i in range(25)] + [(cx + r + 8, 288)], wob=0.8)
    for k in range(9):
        a = math.pi * (k + 0.5) / 9
        x = cx - r * 0.9 * math.cos(a)
        w = 12 * math.sin(a) + 3
        cd.rect(x - w, 340 + 16 * math.sin(a), x + w, 430 + 26 * math.sin(a), wob=0.5)
    solid(P, cin, "#d9c8a0", 0.7, cover=1.0, pencil=True)
    glaze(P, cd, "#3a3440", 0.75, soft=0.6)
    drum_m = cin.mask()
    glaze(P, drum_m * P.hgrad(cx - r * 0.2, cx + r, 0.0, 1.0), "#6a6080", 0.7, soft=0, bleed=0)
    bands = P.shapes()
    for yb in (330, 445):
        bands.line([(cx - r * math.cos(math.pi * i / 24), yb + 30 * math.sin(math.pi * i / 24)) for i in range(25)], width=5)
    glaze(P, bands.mask() * drum_m, "#8a6a50", 0.8, soft=0.6)
    sign = P.shapes()
    E.letters(sign, "CORVIN", cx - 105, 250, 36, 34)
    solid(P, sign, "#b83030", 0.9, cover=1.0)
    ground(P, 470, "#8a7f72", 0.7)
    E.smoke(P, 320, 560, 120, -500, 14, 40, 150, "#2e2a2e", 0.75)
    # barricade of cobbles, beams and an overturned tram
    bar = P.shapes()
    for i in range(40):
        x = 640 + P.rng.uniform(0, 560)
        y = 690 - P.rng.uniform(0, 60) * (1 - abs(x - 920) / 300)
        bar.ellipse(x, y, P.rng.uniform(12, 26), P.rng.uniform(8, 14), wob=2)
    bar.poly([(700, 700), (1210, 700), (1210, 770), (680, 770)], wob=2)
    bar.line([(760, 690), (880, 600)], width=8)
    bar.line([(1000, 700), (1100, 610)], width=7)
    solid(P, bar, "#5e5248", 0.95, pencil=True, blooms=1)
    # burnt-out tank
    t, td = _layers(P, 2)
    E.tank(t, td, E.flatT(120, 700, 380, 1), turret_ang=0.18, gun=0.8)
    solid(P, t, "#2a2624", 1.0, pencil=True, blooms=1)
    glaze(P, td, "#141210", 0.8)
    rust = P.shapes().ellipse(300, 620, 110, 40, wob=10)
    glaze(P, rust, "#8a4a28", 0.5, soft=6, bleed=8)
    # young insurgents
    layers = _layers(P, 2)
    E.crowd(P, layers, 560, 1150, 640, 700, 120, 150, 7, poses=("rifle",), hats=0.3)
    E.crowd(P, layers, 40, 500, 740, 790, 160, 190, 3, poses=("rifle", "stand"), hats=0.2)
    solid(P, layers[0], "#2c2a30", 1.0)
    solid(P, layers[1], "#3a3428", 1.0)
    E.flag(P, 870, 470, 130, 80, hole=True, wave=0.1, pole_len=200)
    return P


def radio_address(seed):
    P = Painting(seed, paper="#f7efe0")
    # interior wall
    wall = P.shapes().rect(-10, -10, W + 10, H + 10, wob=0)
    win = P.shapes().rect(430, 90, 1010, 560, wob=1.2)
    wm = np.clip(wall.mask() - win.mask(), 0, 1)
    glaze(P, wm, "#c8a070", 0.75, blooms=2, texture=0.5)
    glaze(P, wm * P.hgrad(0, 600, 0.9, 0.0), "#6a5048", 0.5, soft=0, bleed=0)
    # view: sky and rooftops of Budapest
    E.sky(P, "#a8b8c8", "#ecd9b0", 90, 560, density=0.6, cover_mask=win.mask(), blooms=0)
    roofs, rd = _layers(P, 2)
    x = 420
    while x < 1020:
        w = P.rng.uniform(60, 130)
        y = P.rng.uniform(360, 430)
        roofs.poly([(x, 570), (x, y), (x + w * 0.5, y - P.rng.uniform(20, 50)), (x + w, y), (x + w, 570)], wob=1)
        rd.rect(x + w * 0.3, y - 30, x + w * 0.3 + 8, y, wob=0.3)
        x += w
    roofs.ellipse(700, 330, 55, 60, wob=2)
    roofs.rect(690, 240, 710, 300, wob=0.5)
    roofs.rect(620, 330, 780, 420, wob=1)
    rm = roofs.mask() * win.mask()
    glaze(P, rm, "#9a6a58", 0.7, cover=0.6)
    glaze(P, rd.mask() * win.mask(), "#5a4040", 0.8)
    # window frame and mullions
    frame = P.shapes()
    frame.rect(420, 80, 1020, 98, wob=0.8).rect(420, 552, 1030, 580, wob=0.8)
    frame.rect(420, 80, 438, 570, wob=0.8).rect(1002, 80, 1020, 570, wob=0.8)
    frame.rect(712, 90, 728, 560, wob=0.6).rect(430, 320, 1010, 334, wob=0.6)
    solid(P, frame, "#e8e0d0", 0.3, cover=1.0, pencil=True)
    cur = P.shapes()
    cur.poly([(360, 40), (470, 40), (450, 300), (500, 640), (340, 640)], wob=4)
    cur.poly([(980, 40), (1100, 40), (1120, 640), (960, 640), (1000, 300)], wob=4)
    solid(P, cur, "#8a3a30", 0.8, cover=0.9, blooms=1)
    # family listening, seated behind the table
    fam = P.shapes()
    E.figure(fam, 300, 800, 450, "stand", P.rng, facing=1)
    E.figure(fam, 490, 800, 380, "stand", P.rng, facing=1)
    E.figure(fam, 970, 810, 320, "stand", P.rng, facing=-1)
    solid(P, fam, "#3a3038", 0.95, pencil=True)
    # table
    tab = P.shapes().poly([(250, 610), (1100, 610), (1200, 800), (150, 800)], wob=2)
    solid(P, tab, "#6a4028", 0.9, cover=1.0, blooms=1, pencil=True)
    # valve radio
    rad, rdet = _layers(P, 2)
    rpts = [(620, 610), (620, 470)]
    for i in range(13):
        a = math.pi * i / 12
        rpts.append((740 - 120 * math.cos(a), 470 - 60 * math.sin(a)))
    rpts += [(860, 470), (860, 610)]
    rad.poly(rpts, wob=0.8)
    solid(P, rad, "#8a5228", 0.95, pencil=True)
    cloth = P.shapes().ellipse(740, 500, 80, 55, wob=1)
    solid(P, cloth, "#c8a878", 0.6, cover=1.0)
    for i in range(5):
        rdet.line([(680 + i * 30, 455), (680 + i * 30, 545)], width=2)
    rdet.rect(650, 565, 830, 590, wob=0.5)
    glaze(P, rdet, "#4a3020", 0.7, soft=0.5)
    dial = P.shapes().rect(660, 569, 820, 586, wob=0.4)
    E.glow(P, 740, 578, 110, "#f0c060", lift=0.4, density=0.4)
    solid(P, dial, "#f0c860", 0.5, cover=1.0)
    glaze(P, P.radial(740, 560, 500, 300, 1, 0) * 0.6, "#f0c070", 0.3, soft=0, bleed=0)
    return P


def withdrawal(seed):
    P = Painting(seed)
    E.sky(P, "#9aa6b6", "#e6dcc8", 0, 420, density=0.7, blooms=2, white=0.5)
    # Buda castle hill
    hill = P.shapes().poly([(-10, 420), (100, 330), (500, 300), (900, 320), (1210, 380), (1210, 440), (-10, 440)], wob=4)
    glaze(P, hill, "#7a8a78", 0.7, cover=0.3)
    pal, pd = _layers(P, 2)
    pal.rect(300, 250, 800, 320, wob=1)
    pal.rect(500, 210, 600, 250, wob=1)
    pal.ellipse(550, 205, 42, 40, wob=1)
    pal.poly([(545, 170), (555, 170), (550, 140)], wob=0.3)
    for i in range(20):
        pd.rect(310 + i * 24, 265, 320 + i * 24, 285, wob=0.3)
    glaze(P, pal, "#a8a098", 0.75, cover=0.6)
    glaze(P, pd, "#5a5a66", 0.6, soft=0.5)
    E.water(P, 430, 800, "#7d909a", "#4a5c68", density=0.8, streaks=70)
    # Chain Bridge
    br, ch = _layers(P, 2)
    E.chain_bridge(br, ch, 60, 1140, 470, 200, 42)
    solid(P, br, "#8e857a", 0.9, cover=0.95, pencil=True)
    P.ink(ch.mask(), "#2e2c2c", density=0.95, broken=0.1)
    # columns of tanks and trucks on the deck
    v, vd = _layers(P, 2)
    x = 80
    i = 0
    while x < 1120:
        if i % 3 == 2:
            E.truck(v, vd, E.flatT(x, 469, 46, 1))
            x += 58
        else:
            E.tank(v, vd, E.flatT(x, 469, 50, 1), hatch=True)
            x += 70
        i += 1
    solid(P, v, "#3e4638", 1.0, cover=1.0)
    # embankment with watchers
    emb = P.shapes().poly([(-10, 660), (1210, 620), (1210, 810), (-10, 810)], wob=2)
    solid(P, emb, "#8a7a66", 0.8, blooms=1)
    layers = _layers(P, 3)
    flags = E.crowd(P, layers, -20, W + 20, 690, 790, 120, 170, 22, poses=("stand", "raise", "stand", "flag"),
                    facing=1, hats=0.5)
    solid(P, layers[0], "#2e2a30", 0.95)
    solid(P, layers[1], "#4a3a30", 0.95)
    solid(P, layers[2], "#2a3440", 0.95)
    crowd_flags(P, flags, 0.55)
    return P


def republic(seed):
    P = Painting(seed)
    E.sky(P, "#8a8a96", "#d8c4a0", 0, 350, density=0.75, blooms=1, white=0.3)
    hq, hd = _layers(P, 2)
    hq.rect(300, 110, 900, 520, wob=1)
    hq.rect(280, 100, 920, 118, wob=0.8)
    hq.rect(900, 200, 1080, 520, wob=1)
    hq.rect(120, 220, 300, 520, wob=1)
    for f in range(7):
        for k in range(12):
            x = 320 + k * 48
            y = 135 + f * 54
            hd.rect(x, y, x + 22, y + 34, wob=0.4)
    for f in range(5):
        for k in range(3):
            hd.rect(920 + k * 55, 225 + f * 56, 940 + k * 55, 255 + f * 56, wob=0.4)
            hd.rect(140 + k * 55, 245 + f * 52, 160 + k * 55, 275 + f * 52, wob=0.4)
    solid(P, hq, "#b8ab96", 0.8, cover=0.9, pencil=True, blooms=1)
    glaze(P, hd, "#2e2a30", 0.8, soft=0.5)
    scorch = P.shapes()
    for _ in range(6):
        scorch.ellipse(P.rng.uniform(340, 860), P.rng.uniform(150, 480), 40, 26, wob=8)
    glaze(P, scorch, "#3a302a", 0.6, soft=5, bleed=8)
    fire = P.shapes()
    fires = [(450, 300), (700, 190), (610, 410)]
    for x, y in fires:
        fire.ellipse(x, y, 18, 14, wob=3)
    P.lift(fire.mask(), 0.9, soft=3)
    glaze(P, fire, "#f08a28", 0.8, soft=3, bleed=3)
    for x, y in fires:
        E.smoke(P, x, y, 60, -300, 9, 25, 90, "#3e3a3c", 0.55)
    # square: trees and ground
    ground(P, 515, "#8a7e68", 0.7)
    trees = P.shapes()
    for tx in (60, 200, 1000, 1150):
        E.tree_bare(trees, tx, 620, 330, P.rng, depth=5)
    P.wash(trees.mask(), "#3a3028", density=0.8, soft=0.6, edge=0.3, bleed=1)
    t, td = _layers(P, 2)
    E.tank(t, td, E.flatT(640, 700, 330, -1), turret_ang=0.25)
    E.tank(t, td, E.flatT(950, 640, 220, -1), turret_ang=0.3)
    solid(P, t, "#48503e", 1.0, pencil=True)
    glaze(P, td, "#1e221c", 0.8)
    E.flash(P, [(345, 540, 16), (555, 560, 12)])
    E.smoke(P, 250, 560, -100, -60, 8, 30, 80, "#c8c0b0", 0.45)
    layers = _layers(P, 2)
    E.crowd(P, layers, 700, 1200, 720, 790, 120, 150, 6, poses=("rifle",), facing=-1)
    E.crowd(P, layers, 0, 300, 600, 640, 70, 80, 5, poses=("rifle", "stand"), facing=1)
    solid(P, layers[0], "#2c2a30", 1.0)
    solid(P, layers[1], "#3a3228", 1.0)
    return P


def mindszenty(seed):
    P = Painting(seed)
    E.sky(P, "#8fa6c0", "#efe0c4", 0, 420, density=0.65, blooms=1, white=0.6)
    # Buda castle and Matthias church
    hill = P.shapes().poly([(-10, 400), (300, 340), (900, 330), (1210, 380), (1210, 470), (-10, 470)], wob=4)
    glaze(P, hill, "#8a9a80", 0.6)
    ch, cd = _layers(P, 2)
    ch.rect(620, 200, 820, 340, wob=1)
    ch.poly([(615, 200), (825, 200), (720, 150)], wob=1)
    ch.rect(770, 80, 820, 340, wob=0.8)
    ch.poly([(765, 82), (825, 82), (795, -10)], wob=0.5)
    for k in range(4):
        ch.poly([(768 + k * 17, 90), (776 + k * 17, 90), (772 + k * 17, 50)], wob=0.2)
    ch.rect(200, 240, 560, 340, wob=1)
    for k in range(7):
        ch.rect(210 + k * 50, 220, 240 + k * 50, 245, wob=0.5)
    ch.rect(880, 230, 1100, 345, wob=1)
    ch.poly([(875, 230), (1105, 230), (1070, 200), (910, 200)], wob=0.8)
    for k in range(5):
        cd.poly([(645 + k * 25, 320), (645 + k * 25, 250), (652 + k * 25, 238), (659 + k * 25, 250), (659 + k * 25, 320)], wob=0.2)
    cd.ellipse(720, 225, 14, 14, wob=0.5)
    for k in range(10):
        cd.rect(215 + k * 34, 260, 228 + k * 34, 290, wob=0.3)
    solid(P, ch, "#d8cab0", 0.7, cover=0.8, pencil=True)
    tile = P.shapes().poly([(615, 200), (825, 200), (720, 150)], wob=1)
    glaze(P, tile, "#b88a40", 0.7)
    glaze(P, cd, "#5a5060", 0.6, soft=0.5)
    trunk, c1, c2 = _layers(P, 3)
    for tx in (60, 1120):
        E.tree_autumn(trunk, [c1, c2], tx, 560, 360, P.rng)
    glaze(P, c1, "#d8902e", 0.75, soft=3, bleed=8)
    glaze(P, c2, "#a85a28", 0.65, soft=3, bleed=8)
    solid(P, trunk, "#4a3a30", 0.9, cover=0.3)
    ground(P, 470, "#a8a090", 0.55)
    layers = _layers(P, 3)
    E.crowd(P, layers, -20, W + 20, 500, 600, 70, 110, 50, poses=("raise", "stand", "raise"))
    solid(P, layers[0], "#3e3844", 0.9, cover=0.6)
    solid(P, layers[1], "#5a4a3c", 0.9, cover=0.6)
    solid(P, layers[2], "#3a4450", 0.9, cover=0.6)
    # the cardinal
    cx, cy, hgt = 600, 760, 400
    robe = P.shapes().poly([(cx - 60, cy - 300), (cx + 60, cy - 300), (cx + 95, cy), (cx - 95, cy)], wob=1.5)
    solid(P, robe, "#201c24", 1.0, pencil=True, blooms=1)
    cape = P.shapes().poly([(cx - 68, cy - 305), (cx + 68, cy - 305), (cx + 85, cy - 210), (cx - 85, cy - 210)], wob=1.5)
    solid(P, cape, "#b8202c", 0.95)
    sash = P.shapes().rect(cx - 62, cy - 160, cx + 66, cy - 138, wob=1)
    solid(P, sash, "#c02530", 0.95)
    face = P.shapes().ellipse(cx, cy - 345, 30, 38, wob=1)
    solid(P, face, "#e0b898", 0.6, cover=1.0, pencil=True)
    cap = P.shapes().ellipse(cx, cy - 375, 24, 10, wob=0.6)
    solid(P, cap, "#c02030", 0.95)
    arm = P.shapes().line([(cx + 55, cy - 280), (cx + 120, cy - 360), (cx + 130, cy - 400)], width=24)
    solid(P, arm, "#201c24", 1.0)
    hand = P.shapes().ellipse(cx + 130, cy - 405, 13, 16, wob=0.5)
    solid(P, hand, "#e0b898", 0.6, cover=1.0)
    cross = P.shapes().rect(cx - 4, cy - 285, cx + 4, cy - 235).rect(cx - 14, cy - 272, cx + 14, cy - 264)
    solid(P, cross, "#d8b040", 0.8, cover=1.0)
    fl = _layers(P, 2)
    flags = E.crowd(P, fl, -20, 430, 660, 790, 150, 200, 6, poses=("raise", "stand", "flag"), facing=1)
    flags += E.crowd(P, fl, 780, W + 20, 660, 790, 150, 200, 6, poses=("raise", "stand", "flag"), facing=-1)
    solid(P, fl[0], "#2e2a30", 0.95)
    solid(P, fl[1], "#4a3c30", 0.95)
    crowd_flags(P, flags, 0.55)
    return P


def neutrality(seed):
    P = Painting(seed)
    E.sky(P, "#3a3a6a", "#f0a060", 0, 470, density=0.85, blooms=2, white=0.15)
    E.clouds(P, (0, 60, W, 300), 6, "#8a5a78", density=0.4)
    body, roof, det, lit = _layers(P, 4)
    E.parliament(body, roof, det, 660, 480, 860, 68, lit=lit)
    m = np.clip(body.mask() - lit.mask(), 0, 1)
    solid(P, m, "#8a6a70", 0.9, cover=0.7)
    solid(P, roof, "#4a3448", 0.9)
    glaze(P, det, "#3a2a3a", 0.6, soft=0.5)
    P.lift(lit.mask(), 0.9, soft=0.8)
    glaze(P, lit, "#f8c850", 0.6, soft=0.8, edge=1.2, bleed=0.8)
    P.pencil(np.clip(body.mask() + roof.mask(), 0, 1), density=0.4)
    E.water(P, 495, 800, "#4a4a70", "#2a2a48", density=0.9, streaks=80)
    refl = P.shapes()
    for i in range(90):
        x = 250 + P.rng.uniform(0, 820)
        y = 500 + P.rng.uniform(0, 200)
        refl.rect(x, y, x + P.rng.uniform(6, 30), y + 3, wob=0.4)
    P.lift(refl.mask(), 0.8, soft=0.8)
    glaze(P, refl, "#f0b850", 0.5, soft=0.8)
    # radio studio microphone in the foreground
    mic = P.shapes()
    pill = [(170 + 46 * math.cos(math.pi * i / 12), 370 - 20 * math.sin(math.pi * i / 12)) for i in range(13)]
    pill += [(170 - 46 * math.cos(math.pi * i / 12), 470 + 20 * math.sin(math.pi * i / 12)) for i in range(13)]
    mic.poly(pill, wob=0.8)
    mic.rect(164, 490, 176, 760, wob=0.5)
    mic.poly([(100, 770), (240, 770), (210, 745), (130, 745)], wob=0.6)
    mic.rect(120, 412, 136, 428, wob=0.3).rect(204, 412, 220, 428, wob=0.3)
    mic.line([(128, 420), (128, 500), (170, 500)], width=5).line([(212, 420), (212, 500), (170, 500)], width=5)
    solid(P, mic, "#2a2a30", 1.0, pencil=True)
    grille = P.shapes()
    for i in range(9):
        grille.line([(132, 362 + i * 14), (208, 362 + i * 14)], width=1.5)
    P.ink(grille.mask(), "#8a8aa0", density=0.5)
    P.lift(P.shapes().ellipse(150, 390, 10, 30).mask(), 0.6, soft=3)
    E.flag(P, 880, 120, 250, 150, hole=True, wave=0.08, pole_len=640)
    return P


def whirlwind(seed):
    P = Painting(seed)
    E.sky(P, "#1e2438", "#6a7488", 0, 420, density=1.0, blooms=2, white=0.1)
    E.clouds(P, (0, 30, W, 250), 8, "#283040", density=0.6)
    # city silhouette, castle hill, fires
    city = P.shapes()
    city.poly([(-10, 400), (120, 340), (420, 320), (700, 335), (760, 290), (800, 335), (1210, 350), (1210, 440), (-10, 440)], wob=3)
    for i in range(30):
        x = i * 42
        city.rect(x, 420 - P.rng.uniform(10, 60), x + 30, 445, wob=1)
    glaze(P, city, "#252a38", 0.95, cover=0.3)
    for x, y in ((260, 400), (840, 380), (1050, 420)):
        E.glow(P, x, y, 130, "#e07030", lift=0.5, density=0.7)
        E.smoke(P, x, y - 20, 80, -330, 10, 30, 120, "#1a1a24", 0.5)
    E.water(P, 445, 800, "#2e3a4e", "#1a2230", density=0.95, streaks=60)
    # glints of fire in water
    gl = P.shapes()
    for x in (260, 840, 1050):
        for k in range(12):
            y = 450 + k * 9
            gl.rect(x - 20 + P.rng.uniform(-10, 10), y, x + 20 + P.rng.uniform(-10, 10), y + 2.5, wob=0.5)
    P.lift(gl.mask(), 0.6, soft=1)
    glaze(P, gl, "#e08a40", 0.5, soft=1)
    br, ch = _layers(P, 2)
    E.chain_bridge(br, ch, 420, 1000, 455, 115, 24, deck_th=5)
    E.arch_bridge(br, -20, 300, 440, 3, 30, th=5)
    solid(P, br, "#14161e", 1.0, cover=0.5)
    P.ink(ch.mask(), "#10121a", density=1.0, broken=0.1)
    # embankment road with a tank column coming towards the viewer
    emb = P.shapes().poly([(-10, 580), (1210, 520), (1210, 810), (-10, 810)], wob=2)
    solid(P, emb, "#2c2c34", 0.95, cover=0.6)
    for i, (x, y, L) in enumerate(((1050, 560, 90), (900, 585, 130), (700, 625, 190), (380, 690, 300))):
        t, td = _layers(P, 2)
        E.tank(t, td, E.flatT(x, y, L, -1), hatch=True)
        solid(P, t, "#181a18", 1.0, pencil=i == 3)
        glaze(P, td, "#080808", 0.6)
    E.flash(P, [(120, 620, 10)], "#ffa040")
    return P


def refugees(seed):
    P = Painting(seed)
    E.sky(P, "#b0bcc8", "#ece4d4", 0, 400, density=0.55, blooms=1, white=0.6)
    E.clouds(P, (0, 40, W, 220), 6, "#a8adb8", density=0.35)
    far = P.shapes().poly([(-10, 380), (1210, 370), (1210, 400), (-10, 405)], wob=3)
    glaze(P, far, "#8a9488", 0.6)
    ground(P, 395, "#a69a78", 0.55)
    # canal running across
    can = P.shapes().poly([(-10, 520), (1210, 500), (1210, 585), (-10, 615)], wob=3)
    solid(P, can, "#7a8c98", 0.75, cover=0.9, blooms=1)
    # reeds
    reeds = P.shapes()
    for i in range(400):
        x = P.rng.uniform(-10, 1210)
        y = P.rng.choice([P.rng.uniform(420, 515), P.rng.uniform(625, 800)])
        hh = 15 + (y - 400) * 0.2
        reeds.line([(x, y), (x + P.rng.uniform(-6, 6), y - hh)], width=1.2, wob=0.3)
    P.wash(reeds.mask(), "#7a6a48", density=0.8, soft=0.5, edge=0.2, bleed=0.8)
    # Andau bridge: a small wooden footbridge over the canal
    br = P.shapes()
    near_y, far_y = 620, 495
    nl, nr, fl_, fr = 730, 850, 765, 835
    br.poly([(nl, near_y), (nr, near_y), (nr, near_y + 10), (nl, near_y + 10)], wob=0.6)
    br.poly([(nl, near_y), (fl_, far_y), (fl_ + 4, far_y), (nl + 12, near_y)], wob=0.4)
    br.poly([(nr, near_y), (fr, far_y), (fr - 4, far_y), (nr - 12, near_y)], wob=0.4)
    for t in np.linspace(0, 1, 6):
        lx, rx = nl + (fl_ - nl) * t, nr + (fr - nr) * t
        y = near_y + (far_y - near_y) * t
        ph = 50 * (1 - t) + 22 * t
        br.line([(lx, y), (lx, y - ph)], width=4 - 2 * t)
        br.line([(rx, y), (rx, y - ph)], width=4 - 2 * t)
        br.line([(lx, y + 2), (lx, y + 30 * (1 - t) + 10)], width=4 - 2 * t)
        br.line([(rx, y + 2), (rx, y + 30 * (1 - t) + 10)], width=4 - 2 * t)
    br.line([(nl, near_y - 50), (fl_, far_y - 22)], width=3)
    br.line([(nr, near_y - 50), (fr, far_y - 22)], width=3)
    deck = P.shapes().poly([(nl, near_y), (nr, near_y), (fr, far_y), (fl_, far_y)], wob=0.6)
    solid(P, deck, "#8a6a48", 0.8, pencil=True)
    planks = P.shapes()
    for t in np.linspace(0.05, 1, 14):
        y = near_y + (far_y - near_y) * t
        planks.line([(nl + (fl_ - nl) * t, y), (nr + (fr - nr) * t, y)], width=1.2)
    P.ink(planks.mask(), "#3a2a1a", density=0.6)
    solid(P, br, "#4a3a2a", 0.95, pencil=True)
    # bare trees
    trees = P.shapes()
    for tx, th in ((120, 330), (230, 260), (1040, 300), (1150, 240), (640, 150)):
        E.tree_bare(trees, tx, 520 if tx < 700 else 500, th, P.rng, depth=6)
    P.wash(trees.mask(), "#4a4440", density=0.75, soft=0.6, edge=0.3, bleed=1)
    # refugees walking towards the bridge along a track
    path = P.shapes().poly([(0, 800), (420, 800), (840, 630), (740, 630)], wob=3)
    glaze(P, path, "#8a7a60", 0.45, soft=4, bleed=8)
    ppl = _layers(P, 2)
    for i, t in enumerate(np.linspace(0.0, 0.95, 9)):
        x = 100 + (790 - 100) * t ** 0.8 + P.rng.uniform(-15, 15)
        y = 795 - (795 - 600) * t ** 0.8
        h = 150 * (1 - t) ** 1.2 + 55
        E.figure(ppl[i % 2], x, y, h, "bundle", P.rng, facing=1, hat=P.rng.random() < 0.5)
    solid(P, ppl[0], "#33303a", 0.95, pencil=True)
    solid(P, ppl[1], "#4a3a36", 0.95)
    glaze(P, P.vgrad(0, 800, 0.0, 0.4), "#a0b0c8", 0.3, soft=0, bleed=0)
    return P


def un_council(seed):
    P = Painting(seed)
    wall = P.shapes().rect(-10, -10, W + 10, 450, wob=1)
    glaze(P, wall, "#c8a870", 0.7, blooms=1)
    # abstract mural on the back wall
    mur = P.shapes().rect(250, 60, 950, 380, wob=1.5)
    solid(P, mur, "#e8dcc0", 0.3, cover=1.0, pencil=True)
    cols = ["#2a5a8a", "#b8402a", "#d8a830", "#3a7a5a", "#5a3a6a"]
    for k in range(20):
        sh = P.shapes()
        x, y = P.rng.uniform(270, 930), P.rng.uniform(80, 360)
        kind = k % 3
        if kind == 0:
            sh.ellipse(x, y, P.rng.uniform(20, 60), P.rng.uniform(20, 60), wob=3)
        elif kind == 1:
            sh.rect(x - P.rng.uniform(20, 70), y - P.rng.uniform(15, 50), x + P.rng.uniform(20, 70), y + P.rng.uniform(10, 40), wob=3)
        else:
            sh.poly([(x, y - 60), (x + 50, y + 40), (x - 50, y + 40)], wob=3)
        glaze(P, sh.mask() * mur.mask(), cols[k % 5], 0.6, soft=1.5, bleed=4)
    # side walls with blinds
    for x0, x1, s in ((-10, 220, 1), (980, 1210, -1)):
        sw = P.shapes().rect(x0, -10, x1, 470, wob=1)
        glaze(P, sw, "#3a4a6a", 0.8, cover=0.3)
        bl = P.shapes()
        for i in range(14):
            bl.line([(x0 + 10, 40 + i * 28), (x1 - 10, 40 + i * 28)], width=2)
        P.ink(bl.mask(), "#1e2840", density=0.7)
    # floor
    ground(P, 440, "#4a5a7a", 0.8)
    # horseshoe table
    tab = P.shapes()
    outer, inner = [], []
    cx, cy = 600, 760
    for i in range(41):
        a = math.pi * i / 40
        outer.append((cx - 480 * math.cos(a), cy - 300 * math.sin(a)))
        inner.append((cx - 390 * math.cos(a), cy - 230 * math.sin(a)))
    tab.poly(outer + inner[::-1], wob=1)
    top_m = tab.mask()
    # delegates seated around (behind the table, outside the ring)
    dl = _layers(P, 2)
    for i in range(1, 20):
        a = math.pi * i / 20
        x = cx - 505 * math.cos(a)
        y = cy - 318 * math.sin(a) + 4
        sh = dl[i % 2]
        hh = 95 + 40 * (1 - math.sin(a))
        sh.ellipse(x, y - hh * 0.95, hh * 0.1, hh * 0.12, wob=0.4)
        sh.poly([(x - hh * 0.2, y - hh * 0.78), (x + hh * 0.2, y - hh * 0.78), (x + hh * 0.26, y - hh * 0.1), (x - hh * 0.26, y - hh * 0.1)], wob=0.6)
        sh.rect(x - hh * 0.28, y - hh * 0.55, x + hh * 0.28, y, wob=0.6)
    solid(P, dl[0], "#2a2630", 0.95)
    solid(P, dl[1], "#3e3430", 0.95)
    solid(P, top_m, "#7a4a28", 0.9, pencil=True)
    cloth = P.shapes().poly(inner + [(p[0], p[1] + 22) for p in inner][::-1], wob=1)
    glaze(P, cloth, "#2a3a5a", 0.6)
    papers = P.shapes()
    for i in range(2, 39, 3):
        a = math.pi * i / 40
        x, y = cx - 435 * math.cos(a), cy - 265 * math.sin(a)
        papers.rect(x - 10, y - 5, x + 10, y + 5, wob=0.5)
    P.lift(papers.mask(), 0.8, soft=0.6)
    # flags on poles at the sides
    for i, (fx, c1, c2) in enumerate(((40, "#2a4a9a", "#e8e0d0"), (110, "#c02a2a", "#e8d040"),
                                      (1080, "#e8e0d0", "#2a5aa0"), (1150, "#3a8a4a", "#c02a2a"))):
        pole = P.shapes().line([(fx, 180), (fx, 470)], width=3)
        solid(P, pole, "#6a5a3a", 0.9)
        fsh = P.shapes().poly([(fx, 185), (fx + 55, 195), (fx + 52, 260), (fx, 268)], wob=1)
        stripe = P.shapes().poly([(fx, 210), (fx + 54, 218), (fx + 53, 238), (fx, 240)], wob=1)
        solid(P, fsh, c1, 0.85)
        solid(P, stripe, c2, 0.8)
    # the Hungarian flag with the hole draped at front
    E.flag(P, 560, 600, 110, 66, hole=True, wave=0.05, pole_len=160)
    glaze(P, P.radial(600, 200, 700, 450, 0, 1), "#2a2a40", 0.5, soft=0, bleed=0)
    return P


SCENES = {
    "cover": (1956, cover),
    "march-holed-flag": (231056, march),
    "stalin-monument": (231057, stalin),
    "radio-siege": (231058, radio),
    "soviet-tanks-enter": (241056, tanks_enter),
    "kossuth-square-massacre": (251056, kossuth),
    "corvin-passage": (261056, corvin),
    "ceasefire-radio-address": (281056, radio_address),
    "soviet-withdrawal-budapest": (291056, withdrawal),
    "republic-square-siege": (301056, republic),
    "mindszenty-freed": (311056, mindszenty),
    "warsaw-pact-withdrawal": (11156, neutrality),
    "operation-whirlwind": (41156, whirlwind),
    "refugees-austria": (201156, refugees),
    "un-security-council": (41157, un_council),
}
