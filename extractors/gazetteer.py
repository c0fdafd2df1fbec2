"""Vietnam's provinces and districts (from the address data underthesea ships) plus countries.

`place(name)` answers what a capitalised phrase is (`Hà Nội` -> province, `Đầm Hà` -> district,
`Mỹ` -> country); the officials extractor uses it to tell a place from a person's name, the article
row to find the locality. `admin_code` gives a province's or district's official code (Tổng cục Thống
kê) from the `vietnam-provinces` package's data (0.6.0: the 63 provinces and their districts, before the
2025 merger). Loaded once per process, from a cache of the built tables when their inputs are
unchanged (see `_cached`); no download (the data is in the installed wheels).
"""
from __future__ import annotations

import functools
import hashlib
import json
import marshal
import os
import sys
import tempfile
import unicodedata
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


def _underthesea_dir() -> str:
    """underthesea's package folder, found without importing it (its `__init__` imports all its
    pipelines: about a second, for a file path)."""
    mod = sys.modules.get("underthesea")
    if mod is not None and getattr(mod, "__file__", None):
        return os.path.dirname(mod.__file__)
    from importlib.util import find_spec

    spec = find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("underthesea is not installed")
    return list(spec.submodule_search_locations)[0]


# The built tables are cached (marshal) under $XDG_CACHE_HOME/vnextract (else ~/.cache/vnextract),
# keyed by the contents of every file they are built from and of the code building them: parsing
# the packages' JSON (7 MB) and folding its names is most of a run's start-up otherwise.
_CACHE_FORMAT = 1


def _cache_dir() -> str:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "vnextract")


def _cached(name: str, data_files: list[str], lexicons: tuple[str, ...], build):
    """build(), or what an earlier build() with the very same inputs left in the cache."""
    from importlib import resources

    here = os.path.dirname(os.path.abspath(__file__))
    try:
        h = hashlib.sha256(f"gazetteer-{name}-{_CACHE_FORMAT}-py{sys.version_info[:2]}-m{marshal.version}"
                           f"-u{unicodedata.unidata_version}".encode())
        for path in data_files + [os.path.join(here, n) for n in ("gazetteer.py", "normalize.py", "lexicon.py")]:
            with open(path, "rb") as f:
                h.update(os.path.basename(path).encode() + b"\0" + hashlib.sha256(f.read()).digest())
        root = resources.files("vnextract.extractors").joinpath("lexicons")
        for lex in lexicons:
            h.update(lex.encode() + b"\0" + hashlib.sha256(root.joinpath(lex).read_bytes()).digest())
        key = h.hexdigest()
    except OSError:
        return build()
    path = os.path.join(_cache_dir(), f"gazetteer-{name}-{key[:24]}.marshal")
    try:
        with open(path, "rb") as f:
            entry = marshal.loads(f.read())  # one read: `marshal.load` reads a file object piece by piece
        if isinstance(entry, tuple) and len(entry) == 2 and entry[0] == key:
            return entry[1]
    except (OSError, EOFError, ValueError, TypeError):
        pass
    value = build()
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".gazetteer-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                marshal.dump((key, value), f)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except (OSError, ValueError):  # read-only home, full disk...: built again next time
        pass
    return value


@functools.lru_cache(maxsize=1)
def _places() -> dict[str, list[Place]]:
    path = os.path.join(_underthesea_dir(), "address", "data", "mapping.json")
    rows = _cached("places", [path], ("places.tsv",), lambda: tuple(
        (key, tuple((p.name, p.level, p.province) for p in entries)) for key, entries in _build_places(path).items()))
    return {key: [Place(*p) for p in entries] for key, entries in rows}


def _build_places(path: str) -> dict[str, list[Place]]:
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    table: dict[str, list[Place]] = {}
    # ~21,000 ward rows name a few hundred districts and provinces: each name is stripped once
    strip_prefix = functools.lru_cache(maxsize=None)(_strip_prefix)

    def add(p: Place, key: str | None = None, first: bool = False):
        entries = table.setdefault(fold(key or p.name), [])
        if p not in entries:
            entries.insert(0, p) if first else entries.append(p)

    for group in ("old_province_names", "province_names"):
        for v in data[group].values():
            add(Place(_strip_prefix(v["name"])[1], "province"))
    rows = list(load_tsv("places.tsv"))
    # A district's province in the project's spelling: the data files Thừa Thiên Huế's districts
    # under `Huế` (its 2025 name), which the articles' `tỉnh Thừa Thiên Huế` would never match.
    province_spelling = {fold(r[0]): r[2] for r in rows if len(r) > 2 and r[1] == "province" and r[2]}
    for w in data["ward_mapping"]:
        prefix, name = strip_prefix(w["old_district"])
        province = strip_prefix(w["old_province"])[1]
        province = province_spelling.get(fold(province), province)
        if name.isdigit():  # `Quận 7`: a number alone names nothing
            add(Place(f"Quận {name}", "district", province), key=f"Quận {name}")
            add(Place(f"Quận {name}", "district", province), key=name)
        else:
            add(Place(name, "district", province))
    for row in rows:
        name, level = row[0], row[1]
        canonical = row[2] if len(row) > 2 and row[2] else name
        province = row[3] if len(row) > 3 and row[3] else None
        add(Place(canonical, level, province), key=name, first=True)  # the project's spelling wins
    return table


def province_names() -> tuple[str, ...]:
    """Every province-level name of the gazetteer, once each."""
    return tuple(sorted({p.name for places in _places().values() for p in places if p.level == "province"}))


def lookup(name: str) -> list[Place]:
    """Every place called `name` (provinces first), or []."""
    found = _places().get(fold(name), [])
    return sorted(found, key=lambda p: ("province", "district", "country", "region").index(p.level))


def is_place(name: str) -> bool:
    return bool(_places().get(fold(name)))


_DIVISION_PREFIXES = ("thành phố ", "tỉnh ", "huyện ", "quận ", "thị xã ")


def _division_name(full: str) -> str:
    """`Thành phố Hà Nội` -> `hà nội`, `Quận Ba Đình` -> `ba đình`; `Quận 1` stays `quận 1`."""
    key = fold(full)
    for p in _DIVISION_PREFIXES:
        if key.startswith(p) and not key[len(p):].isdigit():
            return key[len(p):]
    return key


@functools.lru_cache(maxsize=1)
def _admin_codes() -> dict[tuple[str, str], str]:
    """(province key, '') -> `01`; (province key, district key) -> `001`; {} without the package."""
    try:
        from vietnam_provinces import NESTED_DIVISIONS_JSON_PATH
    except ImportError:  # an environment without the pinned package: no codes rather than a crash
        import warnings
        warnings.warn("vietnam-provinces is not installed: locality codes left empty", stacklevel=2)
        return {}
    path = str(NESTED_DIVISIONS_JSON_PATH)
    return dict(_cached("codes", [path], ("place_codes.tsv", "places.tsv"), lambda: tuple(_build_admin_codes(path).items())))


def _build_admin_codes(path: str) -> dict[tuple[str, str], str]:
    with open(path, encoding="utf-8") as f:
        provinces = json.load(f)
    codes: dict[tuple[str, str], str] = {}
    for row in load_tsv("place_codes.tsv"):  # units dissolved before the package's data was taken
        codes[(fold(row[0]), fold(row[1]) if row[1] != "-" else "")] = row[2]
    for prov in provinces:
        pkey = _division_name(prov["name"])
        codes[(pkey, "")] = f"{prov['code']:02d}"
        for d in prov["districts"]:
            codes.setdefault((pkey, _division_name(d["name"])), f"{d['code']:03d}")
    # Districts filed under a province's newer name (`Huế`) answer to the project's spelling too.
    for row in load_tsv("places.tsv"):
        if len(row) > 2 and row[1] == "province" and row[2] and fold(row[0]) != fold(row[2]):
            for (pkey, dkey), code in list(codes.items()):
                if pkey == fold(row[0]) and dkey:
                    codes.setdefault((fold(row[2]), dkey), code)
    return codes


def admin_code(name: str | None, level: str | None, province: str | None = None) -> str | None:
    """The official code of a province (`Hà Nội` -> `01`) or of a district of `province`
    (`Quận 1`, `Hồ Chí Minh` -> `760`); None when unknown or the district's province is."""
    if not name:
        return None
    codes = _admin_codes()
    if level == "province":
        return codes.get((fold(name), ""))
    if level == "district" and province:
        return codes.get((fold(province), fold(name)))
    return None
