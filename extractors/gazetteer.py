"""Vietnam's provinces and districts (from the address data underthesea ships) plus countries.

`place(name)` answers what a capitalised phrase is (`Hà Nội` -> province, `Đầm Hà` -> district,
`Mỹ` -> country); the officials extractor uses it to tell a place from a person's name, the article
row to find the locality. Loaded once per process; no download (the data is in underthesea's wheel).
"""
from __future__ import annotations

import functools
import json
import os
from dataclasses import dataclass

from vnextract.extractors.lexicon import load_tsv
from vnextract.extractors.normalize import canonical_spelling, fold

_PREFIXES = ("thành phố ", "tỉnh ", "huyện ", "quận ", "thị xã ")


@dataclass(frozen=True)
class Place:
    name: str       # canonical, without prefix: `Đầm Hà`
    level: str      # province | district | country | region
    province: str | None = None  # for a district: its province


def _strip_prefix(full: str) -> tuple[str, str]:
    low = full.lower()
    for p in _PREFIXES:
        if low.startswith(p):
            return p.strip(), canonical_spelling(full[len(p):])
    return "", canonical_spelling(full)


@functools.lru_cache(maxsize=1)
def _places() -> dict[str, list[Place]]:
    import underthesea

    path = os.path.join(os.path.dirname(underthesea.__file__), "address", "data", "mapping.json")
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    table: dict[str, list[Place]] = {}

    def add(p: Place, key: str | None = None, first: bool = False):
        entries = table.setdefault(fold(key or p.name), [])
        if p not in entries:
            entries.insert(0, p) if first else entries.append(p)

    for group in ("old_province_names", "province_names"):
        for v in data[group].values():
            add(Place(_strip_prefix(v["name"])[1], "province"))
    for w in data["ward_mapping"]:
        prefix, name = _strip_prefix(w["old_district"])
        province = _strip_prefix(w["old_province"])[1]
        if name.isdigit():  # `Quận 7`: a number alone names nothing
            add(Place(f"Quận {name}", "district", province), key=f"Quận {name}")
            add(Place(f"Quận {name}", "district", province), key=name)
        else:
            add(Place(name, "district", province))
    for row in load_tsv("places.tsv"):
        name, level = row[0], row[1]
        canonical = row[2] if len(row) > 2 and row[2] else name
        add(Place(canonical, level), key=name, first=True)  # the project's spelling wins
    return table


def lookup(name: str) -> list[Place]:
    """Every place called `name` (provinces first), or []."""
    found = _places().get(fold(name), [])
    return sorted(found, key=lambda p: ("province", "district", "country", "region").index(p.level))


def is_place(name: str) -> bool:
    return bool(_places().get(fold(name)))
