#!/usr/bin/env python3
"""Rewrite a translation file tidily, optionally recording source hashes.

Usage:
    tools/i18n/tidy.py STORY TRANSLATION            # reorder and reformat only
    tools/i18n/tidy.py --stamp STORY TRANSLATION    # ... and fill missing source_hash

The file is written back with the story's own text first, then the lists in
the documented order (events, places, polities, phases, tracks, movements),
entries in the order of the story, fields in the order of
docs/story-format.md, 2-space indentation, UTF-8 without escapes, and a final
newline.  Entries whose id is not in the story are kept at the end of their
list (`hungary1956 check STORY` reports them).

--stamp sets "source_hash" only where it is missing or empty, computed by
source_hash.py from the story as it is now: run it right after translating an
item.  A hash that is already there is never changed, so a stale entry stays
stale until someone has updated its text and removed the old hash.
"""
from __future__ import annotations

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from source_hash import FIELDS, LISTS, load, source_hash  # noqa: E402

TOP = ["format", "language", "story"] + LISTS


def order_entry(kind: str, entry: dict) -> dict:
    keys = ["source_hash"] + [f.split(".")[0] for f in FIELDS[kind]]
    out = {k: entry[k] for k in keys if k in entry}
    out.update({k: v for k, v in entry.items() if k not in out})
    return out


def tidy(story: dict, tr: dict, stamp: bool) -> dict:
    out: dict = {}
    for key in TOP:
        if key not in tr:
            continue
        if key == "story":
            entry = dict(tr["story"])
            if stamp and not entry.get("source_hash"):
                entry["source_hash"] = source_hash("story", story)
            out["story"] = order_entry("story", entry)
        elif key in LISTS:
            entries = tr[key]
            ordered: dict = {}
            for item in story.get(key) or []:
                ident = item["id"]
                if ident in entries:
                    entry = dict(entries[ident])
                    if stamp and not entry.get("source_hash"):
                        entry["source_hash"] = source_hash(key, item)
                    ordered[ident] = order_entry(key, entry)
            for ident, entry in entries.items():
                if ident not in ordered:
                    ordered[ident] = entry
            out[key] = ordered
        else:
            out[key] = tr[key]
    out.update({k: v for k, v in tr.items() if k not in out})
    return out


def main(argv: list[str]) -> int:
    args = argv[1:]
    stamp = False
    if args and args[0] == "--stamp":
        stamp = True
        args = args[1:]
    if len(args) != 2:
        print("usage: tidy.py [--stamp] STORY TRANSLATION", file=sys.stderr)
        return 2
    story, path = load(args[0]), args[1]
    result = tidy(story, load(path), stamp)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
