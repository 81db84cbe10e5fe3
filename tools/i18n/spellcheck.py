#!/usr/bin/env python3
"""Spell-check the text of a translation file with Hunspell.

Usage:
    tools/i18n/spellcheck.py [-d DICT] [--max-share P] FILE...  # flagged words and the share
    tools/i18n/spellcheck.py --text FILE                        # only print the text

FILE is a story translation (.json) or a Fluent file of the interface (.ftl); with several
files the share is over all of them together. With --max-share P the exit status is 1 when
P % or more of the lowercase words are flagged (CI runs it with 2 on the Hungarian files).

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


# Fluent: a placeable `{ ... }` (variables, selectors; nested once), a variant key `[one]`.
PLACEABLE_RE = re.compile(r"\{[^{}]*\}")
VARIANT_RE = re.compile(r"\*?\[[^\]]*\]")


def ftl_texts(text: str):
    """The words of a Fluent file's messages: values and variants, without ids, comments,
    placeables or variant keys."""
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[:1].isspace() and "=" in line:
            line = line.split("=", 1)[1]
        line = VARIANT_RE.sub(" ", line)
        # Selector lines (`{ $count ->`) and their ends (`}`) carry no words.
        line = re.sub(r"\{[^{}]*->", " ", line).replace("}", " ").replace("{", " ")
        line = re.sub(r"\$\w+", " ", line)
        yield line


def file_texts(path: str):
    """Every translated string of a file, and its language code."""
    with open(path, encoding="utf-8") as f:
        if path.endswith(".ftl"):
            return list(ftl_texts(f.read())), path.replace("\\", "/").split("/")[-2]
        tr = json.load(f)
        return list(texts(tr)), tr.get("language", "hu")


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
    max_share = None
    if args[:1] == ["--text"]:
        for t in file_texts(args[1])[0]:
            print(t)
        return 0
    if args[:1] == ["-d"]:
        dictionary, args = args[1], args[2:]
    if args[:1] == ["--max-share"]:
        max_share, args = float(args[1]), args[2:]
    if not args:
        print("usage: spellcheck.py [-d DICT] [--max-share P] FILE... | --text FILE",
              file=sys.stderr)
        return 2
    counts = collections.Counter()
    for path in args:
        found, lang = file_texts(path)
        if dictionary is None:
            dictionary = {"hu": "hu_HU", "en": "en_US"}.get(lang, lang)
        counts.update(w for t in found for w in words_of(t))
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
    if max_share is not None and share >= max_share:
        print(f"more than {max_share} % flagged", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
