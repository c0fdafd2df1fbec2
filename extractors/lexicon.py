"""Loading the lexicon files under extractors/lexicons/ (data, not code), once per process."""
from __future__ import annotations

import functools
import json
import re
from importlib import resources

HORIZONTAL_SPACE = r"[^\S\n]"  # a space or tab, never a line break


def _read(name: str) -> str:
    return resources.files("vnextract.extractors").joinpath("lexicons", name).read_text(encoding="utf-8")


@functools.cache
def load_json(name: str):
    return json.loads(_read(name))


@functools.cache
def load_lines(name: str) -> tuple[str, ...]:
    """One entry a line; `#` starts a comment; blank lines ignored."""
    out = []
    for line in _read(name).splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return tuple(out)


@functools.cache
def load_tsv(name: str) -> tuple[tuple[str, ...], ...]:
    """Tab-separated rows; `#` lines are comments; the first row is data (no header)."""
    rows = []
    for line in _read(name).splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append(tuple(c.strip() for c in line.split("\t")))
    return tuple(rows)


def alternation(words, gap: str = HORIZONTAL_SPACE + "+") -> str:
    """Regex alternation of lexicon words, longest first, `gap` (a run of spaces) between a phrase's words."""
    # longest first; ties in alphabetical order, so the pattern is the same in every process
    out = sorted({w.strip() for w in words if w.strip()}, key=lambda w: (-len(w), w))
    return "|".join(gap.join(re.escape(p) for p in w.split()) for w in out)


def compile_ci(pattern: str, flags=re.IGNORECASE) -> re.Pattern:
    """A pattern of lexicon words: case-insensitive unless told otherwise."""
    return re.compile(pattern, flags)


def last_match(rx: re.Pattern, text: str, lo: int = 0, hi: int | None = None) -> re.Match | None:
    """The last match of `rx` in text[lo:hi] (the nearest cue before a position), else None."""
    found = None
    for found in rx.finditer(text, lo, len(text) if hi is None else hi):
        pass
    return found
