"""Tiny procedural watercolour engine.

A painting is a sheet of simulated cold-press paper onto which transparent
washes are glazed one after another.  Every wash is defined by a coverage
mask (drawn with Pillow at 2x supersampling, outlines wobbled by a smooth
noise field) and a pigment colour.  The mask is turned into a pigment
density map by:

* warping it with low-frequency noise  (wet edges bleed irregularly),
* softening it with a small blur       (soft wash boundary),
* modulating it with mid-frequency noise (uneven pigment load, blooms),
* adding pigment where the wash edge dries (edge darkening: mask minus
  a blurred copy of itself gives a band just inside the boundary),
* adding pigment in the valleys of the paper (granulation),

and then glazed subtractively: ``canvas *= colour ** density``.  Because
glazes only darken, highlights are the paper itself (reserved), exactly as
in transparent watercolour.  ``cover`` optionally re-whitens the paper
under a wash first (what a painter gets by reserving the area), so that a
foreground object can sit over a dark background.  ``lift`` removes
pigment (sponge lifting) for searchlights and glows.

Everything is driven by ``numpy.random.default_rng(seed)`` so that the same
seed gives byte-identical output.
"""
from __future__ import annotations

import math

import numpy as np
from PIL import Image, ImageDraw
from scipy import ndimage as ndi

W, H = 1200, 800
SS = 2  # supersampling factor for shape rasterisation
F32 = np.float32


def _resize_f(a: np.ndarray, w: int, h: int) -> np.ndarray:
    im = Image.fromarray(a.astype(F32), mode="F")
    return np.asarray(im.resize((w, h), Image.BICUBIC), dtype=F32)


def fbm(rng, h, w, scale, octaves=4, persistence=0.5):
    """Fractal value noise in [0,1] of size (h,w); `scale` = largest feature px."""
    out = np.zeros((h, w), F32)
    amp, tot = 1.0, 0.0
    s = float(scale)
    for _ in range(octaves):
        gh, gw = max(2, int(h / s) + 3), max(2, int(w / s) + 3)
        g = rng.random((gh, gw), dtype=F32)
        big = _resize_f(g, int(gw * s), int(gh * s))
        oy = int(rng.integers(0, max(1, big.shape[0] - h)))
        ox = int(rng.integers(0, max(1, big.shape[1] - w)))
        out += amp * big[oy:oy + h, ox:ox + w]
        tot += amp
        amp *= persistence
        s = max(1.0, s / 2.0)
    out /= tot
    lo, hi = np.percentile(out, 1), np.percentile(out, 99)
    return np.clip((out - lo) / (hi - lo + 1e-6), 0, 1).astype(F32)


def hexc(s: str):
    s = s.lstrip("#")
    return tuple(int(s[i:i + 2], 16) / 255.0 for i in (0, 2, 4))


class Painting:
    PAD = 200  # noise bank margin so washes can sample shifted windows

    def __init__(self, seed: int, paper="#f7f2e6", border=True):
        self.rng = np.random.default_rng(seed)
        r = self.rng
        self.paper = np.array(hexc(paper), F32)
        self.canvas = np.ones((H, W, 3), F32) * self.paper
        P = self.PAD
        bh, bw = H + 2 * P, W + 2 * P
        # noise bank (shared, windows taken at random offsets per wash)
        self.n_low = fbm(r, bh, bw, 160, 4)
        self.n_mid = fbm(r, bh, bw, 40, 4)
        self.n_dx = fbm(r, bh, bw, 60, 3) - 0.5
        self.n_dy = fbm(r, bh, bw, 60, 3) - 0.5
        # paper height field: cold-press tooth + a few fibres
        tooth = fbm(r, H, W, 6, 3, 0.6)
        fine = ndi.gaussian_filter(r.random((H, W), dtype=F32), 0.8)
        fine = (fine - fine.min()) / (fine.max() - fine.min() + 1e-6)
        self.paper_h = (0.65 * tooth + 0.35 * fine).astype(F32)
        # smooth wobble field for outlines (in canvas px)
        self.wob_x = (fbm(r, H // 4 + 2, W // 4 + 2, 12, 3) - 0.5) * 2
        self.wob_y = (fbm(r, H // 4 + 2, W // 4 + 2, 12, 3) - 0.5) * 2
        if border:
            sh = Shapes(self)
            m = 14
            sh.poly([(m, m), (W - m, m), (W - m, H - m), (m, H - m)], wob=5, seg=10)
            bm = sh.mask()
            bm = ndi.gaussian_filter(bm, 1.5)
            self.border = bm
        else:
            self.border = np.ones((H, W), F32)

    # ------------------------------------------------------------------ utils
    def window(self, arr, y0, y1, x0, x1):
        P = self.PAD
        oy = int(self.rng.integers(-P + 1, P - 1))
        ox = int(self.rng.integers(-P + 1, P - 1))
        return arr[P + y0 + oy:P + y1 + oy, P + x0 + ox:P + x1 + ox]

    def shapes(self):
        return Shapes(self)

    def vgrad(self, y0, y1, a0=1.0, a1=0.0):
        y = np.arange(H, dtype=F32)
        t = np.clip((y - y0) / max(1e-3, (y1 - y0)), 0, 1)
        g = a0 + (a1 - a0) * t
        return np.repeat(g[:, None], W, axis=1).astype(F32)

    def hgrad(self, x0, x1, a0=1.0, a1=0.0):
        x = np.arange(W, dtype=F32)
        t = np.clip((x - x0) / max(1e-3, (x1 - x0)), 0, 1)
        g = a0 + (a1 - a0) * t
        return np.repeat(g[None, :], H, axis=0).astype(F32)

    def radial(self, cx, cy, rx, ry, a0=1.0, a1=0.0):
        y, x = np.mgrid[0:H, 0:W].astype(F32)
        d = np.sqrt(((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2)
        t = np.clip(d, 0, 1)
        return (a0 + (a1 - a0) * t).astype(F32)

    def colour_field(self, c0, c1, mix):
        c0 = np.array(hexc(c0) if isinstance(c0, str) else c0, F32)
        c1 = np.array(hexc(c1) if isinstance(c1, str) else c1, F32)
        return c0 * (1 - mix[..., None]) + c1 * mix[..., None]

    def _bbox(self, mask, pad):
        ys = np.flatnonzero(mask.max(axis=1) > 0.004)
        xs = np.flatnonzero(mask.max(axis=0) > 0.004)
        if len(ys) == 0:
            return None
        return (max(0, ys[0] - pad), min(H, ys[-1] + pad + 1),
                max(0, xs[0] - pad), min(W, xs[-1] + pad + 1))

    # ------------------------------------------------------------------ wash
    def wash(self, mask, colour, density=0.85, soft=0.9, edge=0.8, gran=0.5,
             texture=0.35, bleed=3.0, blooms=0, cover=0.0, edge_w=4.0,
             mid=0.5):
        """Glaze a transparent wash of `colour` through `mask` (H,W in 0..1)."""
        pad = int(bleed * 1.2 + soft * 3 + edge_w * 3 + 6)
        bb = self._bbox(mask, pad)
        if bb is None:
            return
        y0, y1, x0, x1 = bb
        m = mask[y0:y1, x0:x1].astype(F32)
        h, w = m.shape
        if bleed > 0:
            dx = self.window(self.n_dx, y0, y1, x0, x1) * (2 * bleed)
            dy = self.window(self.n_dy, y0, y1, x0, x1) * (2 * bleed)
            yy, xx = np.mgrid[0:h, 0:w].astype(F32)
            m = ndi.map_coordinates(m, [yy + dy, xx + dx], order=1, mode="nearest")
        if soft > 0:
            m = ndi.gaussian_filter(m, soft)
        m = np.clip(m, 0, 1) * self.border[y0:y1, x0:x1]
        blur = ndi.gaussian_filter(m, edge_w)
        band = np.clip(m - blur, 0, 1) * 2.0
        lowv = self.window(self.n_low, y0, y1, x0, x1)
        midv = self.window(self.n_mid, y0, y1, x0, x1)
        var = (1 - mid) * lowv + mid * midv
        dens = m * density * (1 + texture * (var - 0.5) * 2)
        if blooms:
            dens *= self._blooms(blooms, m, y0, x0)
        dens = dens * (1 + edge * band)
        grain = 1 - self.paper_h[y0:y1, x0:x1]
        dens = dens * (1 + gran * (grain - 0.5) * 1.6)
        dens = np.clip(dens, 0, 3)[..., None]
        if isinstance(colour, np.ndarray) and colour.ndim == 3:
            col = np.clip(colour[y0:y1, x0:x1], 0.02, 1)
        else:
            c = hexc(colour) if isinstance(colour, str) else colour
            col = np.clip(np.array(c, F32), 0.02, 1)
        cv = self.canvas[y0:y1, x0:x1]
        if cover > 0:
            cm = np.clip(m * cover * 1.15, 0, 1)[..., None] * self.border[y0:y1, x0:x1, None]
            cv = cv * (1 - cm) + self.paper * cm
        self.canvas[y0:y1, x0:x1] = cv * np.power(col, dens)

    def _blooms(self, n, m, y0, x0):
        h, w = m.shape
        f = np.ones((h, w), F32)
        yy, xx = np.mgrid[0:h, 0:w].astype(F32)
        ring_noise = self.window(self.n_mid, y0, y0 + h, x0, x0 + w)
        for _ in range(n):
            for _try in range(10):
                cy = int(self.rng.integers(0, h))
                cx = int(self.rng.integers(0, w))
                if m[cy, cx] > 0.5:
                    break
            r = float(self.rng.uniform(25, 80))
            d = np.sqrt((yy - cy) ** 2 + (xx - cx) ** 2) / r + (ring_noise - 0.5) * 0.6
            inside = np.clip(1 - d, 0, 1)
            ring = np.exp(-((d - 1.0) / 0.06) ** 2)
            f *= (1 - 0.45 * np.clip(inside * 3, 0, 1)) * (1 + 0.9 * ring)
        return f

    def lift(self, mask, amount=0.8, soft=3.0):
        m = ndi.gaussian_filter(mask.astype(F32), soft) if soft else mask
        m = np.clip(m * amount, 0, 1)[..., None] * self.border[..., None]
        self.canvas = self.canvas * (1 - m) + self.paper * m

    def ink(self, mask, colour="#2b2522", density=0.9, broken=0.35):
        """Loose pencil/ink line: mask of thin strokes, partially skipped."""
        midv = self.window(self.n_mid, 0, H, 0, W)
        skip = np.clip((midv - broken) * 4, 0.15, 1)
        self.wash(mask * skip, colour, density=density, soft=0.35, edge=0.0,
                  gran=0.8, texture=0.2, bleed=0.6)

    def pencil(self, mask, colour="#3a3230", density=0.55, offset=(1.5, -1.0), broken=0.4):
        """Loose outline of a mask, slightly out of register with the wash."""
        m = ndi.gaussian_filter(mask.astype(F32), 0.7)
        gy, gx = np.gradient(m)
        g = np.clip(np.hypot(gx, gy) * 2.2, 0, 1)
        g = ndi.shift(g, (offset[1], offset[0]), order=1, mode="constant")
        self.ink(g, colour, density=density, broken=broken)

    def spatter(self, box, n, colour, rmin=0.8, rmax=2.6, density=0.8):
        x0, y0, x1, y1 = box
        sh = self.shapes()
        for _ in range(n):
            x = self.rng.uniform(x0, x1)
            y = self.rng.uniform(y0, y1)
            r = self.rng.uniform(rmin, rmax)
            sh.ellipse(x, y, r, r * self.rng.uniform(0.7, 1.2), wob=0)
        self.wash(sh.mask(), colour, density=density, soft=0.4, edge=0.6, bleed=0.5)

    # ------------------------------------------------------------------ out
    def finish(self):
        hgt = ndi.gaussian_filter(self.paper_h, 0.9)
        gy, gx = np.gradient(hgt)
        shade = 1 + 0.7 * (gx - gy) - 0.03 * (1 - self.paper_h)
        img = self.canvas * shade[..., None]
        return np.clip(img * 255 + 0.5, 0, 255).astype(np.uint8)

    def save(self, path, quality=85):
        im = Image.fromarray(self.finish(), "RGB")
        im.save(path, "JPEG", quality=quality, optimize=True, progressive=False,
                subsampling=2)


class Shapes:
    """Accumulates filled shapes into a supersampled coverage mask."""

    def __init__(self, painting: Painting):
        self.p = painting
        self.img = Image.new("L", (W * SS, H * SS), 0)
        self.d = ImageDraw.Draw(self.img)

    def _wobble(self, pts, amp, seg, closed=True):
        pts = [(float(x), float(y)) for x, y in pts]
        if amp <= 0:
            return pts
        out = []
        n = len(pts)
        rng = range(n) if closed else range(n - 1)
        for i in rng:
            ax, ay = pts[i]
            bx, by = pts[(i + 1) % n]
            L = math.hypot(bx - ax, by - ay)
            k = max(1, int(L / seg))
            for j in range(k):
                t = j / k
                out.append((ax + (bx - ax) * t, ay + (by - ay) * t))
        if not closed:
            out.append(pts[-1])
        res = []
        wx, wy = self.p.wob_x, self.p.wob_y
        for x, y in out:
            ix = min(max(int(x / 4), 0), wx.shape[1] - 1)
            iy = min(max(int(y / 4), 0), wx.shape[0] - 1)
            res.append((x + wx[iy, ix] * amp, y + wy[iy, ix] * amp))
        return res

    def poly(self, pts, wob=1.2, seg=7, fill=255):
        p = self._wobble(pts, wob, seg)
        if len(p) >= 3:
            self.d.polygon([(x * SS, y * SS) for x, y in p], fill=fill)
        return self

    def cut(self, pts, wob=1.0, seg=7):
        return self.poly(pts, wob, seg, fill=0)

    def rect(self, x0, y0, x1, y1, wob=1.0, fill=255):
        return self.poly([(x0, y0), (x1, y0), (x1, y1), (x0, y1)], wob, fill=fill)

    def ellipse(self, cx, cy, rx, ry, wob=1.0, fill=255, n=None):
        n = n or max(12, int((rx + ry) * 0.8))
        pts = [(cx + rx * math.cos(2 * math.pi * i / n), cy + ry * math.sin(2 * math.pi * i / n))
               for i in range(n)]
        return self.poly(pts, wob, seg=6, fill=fill)

    def line(self, pts, width=2.0, wob=0.8, fill=255):
        p = self._wobble(pts, wob, 6, closed=False)
        self.d.line([(x * SS, y * SS) for x, y in p], fill=fill, width=max(1, int(width * SS)),
                    joint="curve")
        return self

    def outline(self, pts, width=1.0, wob=1.2):
        pts = list(pts) + [pts[0]]
        return self.line(pts, width, wob)

    def mask(self):
        im = self.img.resize((W, H), Image.BOX)
        return np.asarray(im, dtype=F32) / 255.0
