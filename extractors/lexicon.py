"""Loading the lexicon files under extractors/lexicons/ (data, not code), once per process."""
from __future__ import annotations

import functools
import json
from importlib import resources


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
