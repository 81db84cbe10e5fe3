#!/usr/bin/env python3
"""Check a translation file against its story.

Usage:
    tools/i18n/check_translation.py STORY TRANSLATION [--strict]

Errors (exit status 1):
  * an id that is not in the story, an unknown list or field, a wrong type;
  * a list field (body, disputed, overview, status_labels) whose length differs
    from the story's, or a field the story item does not have;
  * a missing or malformed source_hash, or one that differs from what
    source_hash.py computes from the story now (a stale entry);
  * "language" that does not match the file name <stem>.<lang>.json.
Warnings (exit status 1 only with --strict):
  * an item with no entry, an entry that leaves out a field the story has;
  * empty text, text with leading or trailing spaces, õ or û (a Hungarian
    text wants ő and ű), straight ASCII quotes;
  * a file that is not written as tools/i18n/tidy.py writes it.

Python 3 standard library only.
"""
from __future__ import annotations

import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from source_hash import FIELDS, LISTS, load, source_hash  # noqa: E402
from tidy import tidy  # noqa: E402

LIST_FIELDS = {"body", "disputed", "overview", "status_labels"}
HASH_RE = re.compile(r"^[0-9a-f]{8}$")


class Report:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def error(self, where: str, msg: str) -> None:
        self.errors.append(f"error: {where}: {msg}")

    def warn(self, where: str, msg: str) -> None:
        self.warnings.append(f"warning: {where}: {msg}")


def story_value(item: dict, field: str):
    """The story's value of a translatable field (None if the item has none)."""
    if field == "status_labels":
        changes = item.get("status_changes") or []
        return [c.get("label", "") for c in changes] if changes else None
    if "." in field:
        outer, inner = field.split(".", 1)
        return (item.get(outer) or {}).get(inner)
    return item.get(field)


def check_text(rep: Report, where: str, text: str) -> None:
    if not text.strip():
        rep.warn(where, "empty text")
        return
    if text != text.strip():
        rep.warn(where, "leading or trailing whitespace")
    if re.search("[õûÕÛ]", text):
        rep.warn(where, "õ or û (Hungarian wants ő, ű)")
    if '"' in text or re.search(r"(^|\s)'|'(\s|$|[.,;:])", text):
        rep.warn(where, "straight ASCII quotes")


def check_entry(rep: Report, kind: str, ident: str, item: dict, entry) -> None:
    where = f"{kind}.{ident}" if kind != "story" else "story"
    if not isinstance(entry, dict):
        rep.error(where, "entry is not an object")
        return
    allowed = {f.split(".")[0] for f in FIELDS[kind]} | {"source_hash"}
    for key in entry:
        if key not in allowed:
            rep.error(f"{where}.{key}", "unknown field")
    h = entry.get("source_hash")
    if not isinstance(h, str) or not HASH_RE.match(h):
        rep.error(f"{where}.source_hash", f"missing or not 8 lowercase hex digits: {h!r}")
    elif h != source_hash(kind, item):
        rep.error(f"{where}.source_hash",
                  f"stale: {h} recorded, story text now hashes to {source_hash(kind, item)}")
    for field in FIELDS[kind]:
        outer = field.split(".")[0]
        fwhere = f"{where}.{field}"
        want = story_value(item, field)
        if "." in field:
            obj = entry.get(outer)
            if obj is None:
                if want:
                    rep.warn(fwhere, "not translated")
                continue
            if not isinstance(obj, dict):
                rep.error(f"{where}.{outer}", "not an object")
                continue
            inner = field.split(".", 1)[1]
            known = {f.split(".", 1)[1] for f in FIELDS[kind] if f.startswith(outer + ".")}
            for key in obj:
                if key not in known:
                    rep.error(f"{where}.{outer}.{key}", "unknown field")
            got = obj.get(inner)
        else:
            got = entry.get(field)
        if got is None:
            if want:
                rep.warn(fwhere, "not translated")
            continue
        if want is None:
            rep.error(fwhere, "the story item has no such text")
            continue
        if field in LIST_FIELDS:
            if not isinstance(got, list) or not all(isinstance(x, str) for x in got):
                rep.error(fwhere, "not a list of strings")
                continue
            if len(got) != len(want):
                rep.error(fwhere, f"{len(got)} entries, the story has {len(want)}")
            for i, text in enumerate(got):
                check_text(rep, f"{fwhere}[{i}]", text)
        else:
            if not isinstance(got, str):
                rep.error(fwhere, "not a string")
                continue
            check_text(rep, fwhere, got)


def check(story: dict, tr: dict, path: str, raw: str) -> Report:
    rep = Report()
    if not isinstance(tr, dict):
        rep.error("$", "not an object")
        return rep
    for key in tr:
        if key not in ("format", "language", "story", *LISTS):
            rep.error(key, "unknown field")
    if tr.get("format") != 1:
        rep.error("format", "must be 1")
    lang = tr.get("language")
    m = re.match(r"^.+\.([A-Za-z-]+)\.json$", os.path.basename(path))
    if not isinstance(lang, str) or not lang:
        rep.error("language", "missing")
    elif m and m.group(1) != lang:
        rep.error("language", f"{lang!r} does not match the file name ({m.group(1)!r})")
    if "story" in tr:
        check_entry(rep, "story", "-", story, tr["story"])
    else:
        rep.warn("story", "no entry")
    for kind in LISTS:
        entries = tr.get(kind)
        items = {i["id"]: i for i in story.get(kind) or []}
        if entries is None:
            if items:
                rep.warn(kind, "no entries")
            continue
        if not isinstance(entries, dict):
            rep.error(kind, "not an object keyed by id")
            continue
        for ident, entry in entries.items():
            if ident not in items:
                rep.error(f"{kind}.{ident}", "no such id in the story")
                continue
            check_entry(rep, kind, ident, items[ident], entry)
        for ident in items:
            if ident not in entries:
                rep.warn(f"{kind}.{ident}", "no entry")
    if "\\u" in raw:
        rep.warn("$", "\\u escapes: write UTF-8 text")
    tidy_text = json.dumps(tidy(story, tr, False), ensure_ascii=False, indent=2) + "\n"
    if raw != tidy_text:
        rep.warn("$", "not tidy (order, indentation or final newline): run tools/i18n/tidy.py")
    return rep


def main(argv: list[str]) -> int:
    args = [a for a in argv[1:] if a != "--strict"]
    strict = "--strict" in argv[1:]
    if len(args) != 2:
        print("usage: check_translation.py STORY TRANSLATION [--strict]", file=sys.stderr)
        return 2
    story = load(args[0])
    with open(args[1], encoding="utf-8") as f:
        raw = f.read()
    try:
        tr = json.loads(raw)
    except json.JSONDecodeError as e:
        print(f"error: {args[1]}:{e.lineno}:{e.colno}: {e.msg}")
        return 1
    rep = check(story, tr, args[1], raw)
    for line in rep.errors + rep.warnings:
        print(line)
    counted = sum(len(tr.get(k) or {}) for k in LISTS) + ("story" in tr)
    total = sum(len(story.get(k) or []) for k in LISTS) + 1
    print(f"{args[1]}: {counted}/{total} items translated, "
          f"{len(rep.errors)} errors, {len(rep.warnings)} warnings")
    if rep.errors or (strict and rep.warnings):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
