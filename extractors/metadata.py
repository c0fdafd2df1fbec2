"""The article row's facts: title, event date, locality, authors.

- title and authors come from the layout (headline, byline);
- event_date is the day of the reported event, from the dates extractor (`dates.event_date`);
- locality is the most specific Vietnamese province or district the article is about: places
  named with their prefix (`huyện Đầm Hà`, `tỉnh Quảng Ninh`, `TP.HCM`) or bare province names,
  weighted by where they stand (headline, lead, rest of the body); a district wins over its
  province when it is named in the headline or lead.
"""
from __future__ import annotations

import re
from collections import defaultdict

from spacy.tokens import Doc

from vnextract.extractors import dates, gazetteer
from vnextract.extractors.normalize import VI_LOWER, VI_UPPER, fold

_CAP = rf"[{VI_UPPER}][{VI_LOWER}]*"
_PREFIXED = re.compile(
    r"(?<![\w])((?i:huyện|quận|thị xã|thành phố|tỉnh)|TP\.?|Tp\.?|TX\.?|Q\.|H\.)\s*"
    rf"({_CAP}(?:[ \t]+{_CAP}){{0,3}}(?:\s*[-–]\s*{_CAP}(?:[ \t]+{_CAP})?)?)")
_ALIASES = re.compile(r"(?<![\w.])(TP\.? ?HCM|TPHCM|Tp\.? ?HCM|Sài Gòn)(?![\w])")
_PROVINCE_WORDS = None


def _province_pattern():
    """Bare province names (`Hà Nội`, `Quảng Ninh`), longest first, compiled once."""
    global _PROVINCE_WORDS
    if _PROVINCE_WORDS is None:
        names = sorted({p.name for key, places in gazetteer._places().items() for p in places
                        if p.level == "province"}, key=len, reverse=True)
        # Not when another capitalised word follows: `Thái Bình Dương` is the Pacific, `HA Gia Lai` a club.
        _PROVINCE_WORDS = re.compile(r"(?<![\w.])(" + "|".join(re.escape(n) for n in names)
                                     + rf")(?![\w])(?!\s+[{VI_UPPER}])")
    return _PROVINCE_WORDS


def _resolve(prefix: str, words: str):
    """The longest leading part of `words` that is a place of the prefix's level."""
    prefix = fold(prefix).rstrip(".")
    levels = {"huyện": ("district",), "quận": ("district",), "thị xã": ("district",), "tx": ("district",),
              "q": ("district",), "h": ("district",),
              "tỉnh": ("province",), "thành phố": ("province", "district"), "tp": ("province", "district")}[prefix]
    parts = words.split()
    for n in range(len(parts), 0, -1):
        cand = " ".join(parts[:n])
        for p in gazetteer.lookup(cand):
            if p.level in levels:
                return p
    return None


def place_mentions(text: str, start: int, end: int):
    """(offset, Place, prefixed) for every province/district named in text[start:end]."""
    found = []
    for m in _PREFIXED.finditer(text, start, end):
        p = _resolve(m.group(1), m.group(2))
        if p:
            found.append((m.start(), p, True))
    for m in _ALIASES.finditer(text, start, end):
        found.append((m.start(), gazetteer.lookup(m.group(1))[0], True))
    for m in _province_pattern().finditer(text, start, end):
        if any(abs(off - m.start()) < 20 for off, _, _ in found):
            continue  # already read with its prefix
        found.append((m.start(), gazetteer.lookup(m.group(1))[0], False))
    return found


def locality(doc: Doc) -> str | None:
    text = doc.text
    lay = doc._.layout
    scores: dict[tuple[str, str], float] = defaultdict(float)
    prominent: set[tuple[str, str]] = set()
    province_of: dict[tuple[str, str], str | None] = {}
    regions = []
    if lay.title:
        regions.append((lay.title, 0, len(lay.title), 3.0))
    body_start = lay.body_start
    lead = []
    for s in doc.sents:  # the first two body sentences
        if s.start_char >= body_start and text[s.start_char:s.end_char].strip() \
                and not lay.is_furniture(s.start_char, s.end_char):
            lead.append(s.end_char)
            if len(lead) == 2:
                break
    lead_end = lead[-1] if lead else len(text)
    regions.append((text, body_start, lead_end, 2.0))
    regions.append((text, lead_end, len(text), 1.0))
    for src, a, b, weight in regions:
        for off, place, prefixed in place_mentions(src, a, b):
            if src is text and lay.is_furniture(off):
                continue
            key = (place.name, place.level)
            # A bare `Hà Nội` deep in the body is often an address or a comparison.
            scores[key] += weight if prefixed or weight > 1 else weight / 2
            province_of[key] = place.province
            if weight >= 2:
                prominent.add(key)
    if not scores:
        return None
    best = max(scores, key=lambda k: (scores[k], k[1] == "district", k[0]))
    if scores[best] < 1:
        return None  # named once in passing, deep in the body: not what the article is about
    # A district named up front is more specific than its province.
    districts = [k for k in scores if k[1] == "district" and k in prominent
                 and (best[1] != "province" or province_of[k] == best[0] or scores[k] >= scores[best] / 2)]
    if best[1] == "province" and districts:
        best = max(districts, key=lambda k: (scores[k], k[0]))
    return best[0]


def extract(doc: Doc) -> dict:
    lay = doc._.layout
    event = dates.event_date(doc) if hasattr(dates, "event_date") else None
    return {
        "title": lay.title,
        "event_date": event.value if event is not None else None,
        "event_date_text": event.text if event is not None else None,
        "locality": locality(doc),
        "authors": list(lay.authors),
    }
