#!/usr/bin/env python3
"""Spell-check the text of a translation file with Hunspell.

Usage:
    tools/i18n/spellcheck.py [-d DICT] TRANSLATION      # flagged words and the share
    tools/i18n/spellcheck.py --text TRANSLATION         # only print the text, one field a line

Collects every text field of the translation (not ids, not source_hash),
splits it into words, asks `hunspell -d DICT -a` (default DICT: the
translation's language, e.g. hu -> hu_HU) about each distinct word and prints
the words it does not know with how often they occur, lowercase words first
(those are the likely misspellings; unknown capitalised words are mostly
proper names).  Last line: flagged lowercase words / all lowercase words.

Needs the hunspell program and a dictionary (Debian/Ubuntu:
apt-get install hunspell hunspell-hu).  Otherwise Python 3 stdlib only.
"""
from __future__ import annotations

import collections
import json
import re
import subprocess
import sys

# A word is letters, possibly joined by hyphens; a token with a digit in it
# (23-án, 1956-os, S/3730) is a number with its suffix and is not checked.
TOKEN_RE = re.compile(r"\w+(?:-\w+)*")


def words_of(text: str) -> list[str]:
    return [t for t in TOKEN_RE.findall(text) if not re.search(r"[\d_]", t)]


def texts(node, key: str = ""):
    """Every translated string in a translation file."""
    if isinstance(node, dict):
        for k, v in node.items():
            if k in ("source_hash", "format", "language"):
                continue
            yield from texts(v, k)
    elif isinstance(node, list):
        for v in node:
            yield from texts(v, key)
    elif isinstance(node, str):
        yield node


def flagged_words(words: list[str], dictionary: str) -> set[str]:
    """The words Hunspell does not accept (a hyphenated word if any part fails)."""
    proc = subprocess.run(
        ["hunspell", "-d", dictionary, "-a"],
        input="".join(f"^{w}\n" for w in words),  # ^ = take the line literally
        capture_output=True, text=True, encoding="utf-8", check=True,
    )
    # The first line is Hunspell's banner; after it, one block of result lines
    # per input line, each block ended by an empty line.
    lines = proc.stdout.splitlines()
    if lines and lines[0].startswith("@(#)"):
        lines = lines[1:]
    blocks = "\n".join(lines).split("\n\n")
    bad = set()
    for word, block in zip(words, blocks):
        if any(line[:1] in ("&", "#") for line in block.splitlines()):
            bad.add(word)
    return bad


def main(argv: list[str]) -> int:
    args = argv[1:]
    dictionary = None
    if args[:1] == ["--text"]:
        with open(args[1], encoding="utf-8") as f:
            for t in texts(json.load(f)):
                print(t)
        return 0
    if args[:1] == ["-d"]:
        dictionary, args = args[1], args[2:]
    if len(args) != 1:
        print("usage: spellcheck.py [-d DICT] TRANSLATION | --text TRANSLATION", file=sys.stderr)
        return 2
    with open(args[0], encoding="utf-8") as f:
        tr = json.load(f)
    if dictionary is None:
        lang = tr.get("language", "hu")
        dictionary = {"hu": "hu_HU"}.get(lang, lang)
    counts = collections.Counter(w for t in texts(tr) for w in words_of(t))
    bad = flagged_words(sorted(counts), dictionary)
    lower = {w: n for w, n in counts.items() if w[0].islower()}
    bad_lower = {w: lower[w] for w in bad if w in lower}
    for w in sorted(bad_lower, key=lambda w: (-bad_lower[w], w)):
        print(f"{bad_lower[w]:4d}  {w}")
    print("---- capitalised (mostly names)")
    for w in sorted(bad - set(bad_lower), key=lambda w: (-counts[w], w)):
        print(f"{counts[w]:4d}  {w}")
    n_lower = sum(lower.values())
    n_bad = sum(bad_lower.values())
    share = 100.0 * n_bad / n_lower if n_lower else 0.0
    print(f"flagged lowercase words: {n_bad} / {n_lower} = {share:.2f} %  "
          f"(all words: {sum(counts.values())}, distinct: {len(counts)})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
