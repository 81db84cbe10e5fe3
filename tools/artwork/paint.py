#!/usr/bin/env python3
"""Render the Hungary 1956 Explorer watercolour paintings.

usage: paint.py [--out DIR] [--only NAME ...] [--jobs N]
"""
from __future__ import annotations

import argparse
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from scenes import SCENES  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.normpath(os.path.join(HERE, "..", "..", "assets", "artwork"))


def render(args):
    name, out = args
    t = time.time()
    seed, fn = SCENES[name]
    P = fn(seed)
    path = os.path.join(out, name + ".jpg")
    P.save(path)
    return name, time.time() - t, os.path.getsize(path)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--jobs", type=int, default=2)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    names = a.only or list(SCENES)
    for n in names:
        if n not in SCENES:
            sys.exit(f"unknown painting {n!r}; known: {', '.join(SCENES)}")
    work = [(n, a.out) for n in names]
    if a.jobs > 1 and len(work) > 1:
        from multiprocessing import Pool
        with Pool(a.jobs) as pool:
            results = pool.map(render, work, chunksize=1)
    else:
        results = [render(w) for w in work]
    total = 0
    for name, dt, size in results:
        total += size
        print(f"{name:32s} {dt:5.1f}s {size / 1024:7.1f} KiB")
    print(f"{len(results)} paintings, {total / 1024 / 1024:.2f} MiB -> {a.out}")


if __name__ == "__main__":
    main()
