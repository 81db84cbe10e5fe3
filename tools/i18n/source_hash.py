#!/usr/bin/env python3
"""Print the source hash of every translatable item of a story.

Usage:
    tools/i18n/source_hash.py STORY            # one line per item: LIST<TAB>ID<TAB>HASH
    tools/i18n/source_hash.py --json STORY     # {"events": {"id": "hash", ...}, ...}

The rule is the one in docs/story-format.md, section "Translations": an item's
text is its text fields in the documented order, each written out as it stands
in the story (a list as its entries joined by U+000A, a missing field as the
empty string), joined by U+001F; the hash is the first 8 hexadecimal digits
(lowercase) of the SHA-256 of that text encoded as UTF-8.

The story's own text (title, subtitle, overview, cover.alt, cover.credit) is listed as list
"story" with id "-".  Python 3 standard library only.
"""
from __future__ import annotations

import hashlib
import json
import sys

# Fields per list, in the documented order.  A dotted name is a field of an
# object field ("artwork.alt"); "status_labels" is the label of each of a
# polity's status_changes, in order.
FIELDS: dict[str, list[str]] = {
    "story": ["title", "subtitle", "overview", "cover.alt", "cover.credit"],
    "events": ["title", "summary", "body", "disputed", "dating_note", "artwork.alt",
               "artwork.credit"],
    "places": ["name", "description"],
    "polities": ["name", "short_name", "status_labels"],
    "phases": ["name"],
    "tracks": ["name"],
    "movements": ["label"],
    "tour": ["caption"],
}

# Lists of items in the order they are printed (the story's own text first).
LISTS = ["events", "places", "polities", "phases", "tracks", "movements", "tour"]

SEP = "\x1f"


def field_text(item: dict, field: str) -> str:
    """One field of an item as it enters the hash."""
    if field == "status_labels":
        value = [c.get("label", "") for c in item.get("status_changes") or []]
    elif "." in field:
        outer, inner = field.split(".", 1)
        value = (item.get(outer) or {}).get(inner)
    else:
        value = item.get(field)
    if value is None:
        return ""
    if isinstance(value, list):
        return "\n".join(value)
    return value


def item_text(kind: str, item: dict) -> str:
    return SEP.join(field_text(item, f) for f in FIELDS[kind])


def source_hash(kind: str, item: dict) -> str:
    return hashlib.sha256(item_text(kind, item).encode("utf-8")).hexdigest()[:8]


def story_hashes(story: dict) -> list[tuple[str, str, str]]:
    """(list, id, hash) for the story itself and every item, in the story's order."""
    rows = [("story", "-", source_hash("story", story))]
    for kind in LISTS:
        for item in story.get(kind) or []:
            rows.append((kind, item["id"], source_hash(kind, item)))
    return rows


def load(path: str) -> dict:
    with open(path, encoding="utf-8-sig") as f:
        return json.load(f)


def main(argv: list[str]) -> int:
    args = argv[1:]
    as_json = False
    if args and args[0] == "--json":
        as_json = True
        args = args[1:]
    if len(args) != 1 or args[0].startswith("-"):
        print("usage: source_hash.py [--json] STORY", file=sys.stderr)
        return 2
    rows = story_hashes(load(args[0]))
    if as_json:
        out: dict[str, object] = {}
        for kind, ident, h in rows:
            if kind == "story":
                out["story"] = h
            else:
                out.setdefault(kind, {})[ident] = h  # type: ignore[union-attr]
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        for kind, ident, h in rows:
            print(f"{kind}\t{ident}\t{h}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
