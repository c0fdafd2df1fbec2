"""The article row's facts: title, event date, locality (with its province and codes), authors.

- title and authors come from the layout (headline, byline);
- event_date is the day of the reported event, from the dates extractor (`dates.event_date`);
- locality is the jurisdiction of the body whose work the article reports (CONTRACT.md): places named
  with their prefix (`huyện Đầm Hà`, `tỉnh Quảng Ninh`, `TP.HCM`, `Q.1`) or bare province names, weighted
  by where they stand (headline, lead, rest) and by what they are: a body's jurisdiction (`UBND huyện
  Núi Thành`) counts double, a person's home (`ngụ tại Đồng Nai`) or one of a list (`các quận Ba Đình,
  Đống Đa`) little. National news (a national body acting, no local one) and stories no place dominates
  are null. A place name inside a longer name is no mention (`Thái Bình Dương`, `Nguyễn Hòa Bình`).
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from spacy.tokens import Doc

from vnextract.extractors import dates, gazetteer
from vnextract.extractors.lexicon import load_json, load_lines
from vnextract.extractors.normalize import VI_LOWER, VI_UPPER, fold

_LEX = load_json("locality.json")
_CAP = rf"[{VI_UPPER}][{VI_LOWER}]*"
_PREFIXED = re.compile(
    r"(?<![\w])((?i:(?:huyện|quận|thị|tỉnh|thành) (?:ủy|uỷ)|huyện|quận|thị xã|thành phố|tỉnh)|TP\.?|Tp\.?|TX\.?|Q\.|H\.)\s*"
    rf"({_CAP}(?:[ \t]+{_CAP}){{0,3}}(?:\s*[-–]\s*{_CAP}(?:[ \t]+{_CAP})?)?)")
# `quận 1`, `Q.1`, `Q. 10`: Ho Chi Minh City's numbered districts (not `Q1/2021`, a quarter).
_NUMBERED = re.compile(r"(?<![\w])(?:[Qq]uận|Q\.)\s*(\d{1,2})(?![\d/,.]\d|\d)")
_ALIASES = re.compile(r"(?<![\w.])(TP\.? ?HCM|TPHCM|Tp\.? ?HCM|Sài Gòn)(?![\w])")
_PREV_WORD = re.compile(rf"([{VI_UPPER}][{VI_LOWER}]*)[ \t]+$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n\"“(]\s*|\s[-–]\s*)$")
_SURNAMES = frozenset(fold(s) for s in load_lines("surnames.txt"))


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_BODY = re.compile(rf"(?<![\w])(?:{_alternation(_LEX['body_words'])})(?![\w])")
_RESIDENCE = re.compile(rf"(?<![\w])(?:{_alternation(_LEX['residence_cues'])})(?![\w])")
_LIST = re.compile(rf"(?<![\w])(?:{_alternation(_LEX['list_cues'])})\s+$")
_NATIONAL = re.compile(rf"(?<![\w])(?:{_alternation(_LEX['national_bodies'])})(?![\w])")
_PHRASE_BREAK = re.compile(r"[.;:!?()\[\],\n“”\"]")
_CLAUSE_BREAK = re.compile(r"[.;!?()\n]")
# `Hà Tĩnh, Quảng Bình, Quảng Trị`: a name in an enumeration of places is one of many.
_ENUM_NEXT = re.compile(rf"\s*(?:,|và)\s*[{VI_UPPER}]")
_UNNAMED_BODY = {level: re.compile(p) for level, p in _LEX["unnamed_local_bodies"].items()}
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
    # `Huyện ủy Đầm Hà`, `Tỉnh ủy Quảng Ninh`: a party committee names its place like the prefix does.
    prefix = {"huyện ủy": "huyện", "quận ủy": "quận", "thị ủy": "thị xã", "tỉnh ủy": "tỉnh",
              "thành ủy": "thành phố"}.get(prefix, prefix)
    levels = {"huyện": ("district",), "quận": ("district",), "thị xã": ("district",), "tx": ("district",),
              "q": ("district",), "h": ("district",),
              "tỉnh": ("province",), "thành phố": ("province", "district"), "tp": ("province", "district")}.get(prefix)
    if levels is None:  # a prefix the pattern matched in an unexpected spelling (`Thị Uỷ`): no place
        return None
    parts = words.split()
    for n in range(len(parts), 0, -1):
        cand = " ".join(parts[:n])
        for p in gazetteer.lookup(cand):
            if p.level in levels:
                return p
    return None


def _inside_longer_name(text: str, start: int) -> bool:
    """True when a bare name continues a capitalised name before it (`Thái Bình Dương`, `Nguyễn Hòa
    Bình`); a capitalised word opening the sentence (`Tại Hà Nội`) is no part of the name."""
    m = _PREV_WORD.search(text, max(0, start - 30), start)
    if not m:
        return False
    return fold(m.group(1)) in _SURNAMES or not _SENTENCE_START.search(text, max(0, m.start() - 3), m.start())


def place_mentions(text: str, start: int, end: int):
    """(offset, Place, prefixed) for every province/district named in text[start:end]."""
    found = []
    for m in _PREFIXED.finditer(text, start, end):
        p = _resolve(m.group(1), m.group(2))
        if p:
            found.append((m.start(), p, True))
    for m in _NUMBERED.finditer(text, start, end):
        places = [p for p in gazetteer.lookup(f"Quận {m.group(1)}") if p.level == "district"]
        if places:
            found.append((m.start(), places[0], True))
    for m in _ALIASES.finditer(text, start, end):
        found.append((m.start(), gazetteer.lookup(m.group(1))[0], True))
    for m in _province_pattern().finditer(text, start, end):
        if any(abs(off - m.start()) < 20 for off, _, _ in found):
            continue  # already read with its prefix
        if _inside_longer_name(text, m.start()):
            continue
        found.append((m.start(), gazetteer.lookup(m.group(1))[0], False))
    return found


def _before(text: str, off: int, width: int, breaks: re.Pattern) -> str:
    """The text before `off` back to the last break, at most `width` characters."""
    window = text[max(0, off - width):off]
    found = list(breaks.finditer(window))
    return window[found[-1].end():] if found else window


def _in_enumeration(text: str, off: int, place) -> bool:
    """A bare name between commas of a list of places (`Hà Tĩnh, Quảng Bình, Quảng Trị`)."""
    end = off + len(place.name)
    if text[end:end + 1] == "," and _ENUM_NEXT.match(text, end) and place_follows(text, end):
        return True
    return bool(re.search(r"[,]\s*$", text[max(0, off - 3):off])) and place_precedes(text, off)


def place_follows(text: str, end: int) -> bool:
    m = re.match(rf"\s*(?:,|và)\s*({_CAP}(?:[ \t]+{_CAP}){{0,3}})", text[end:end + 40])
    return bool(m) and any(gazetteer.lookup(" ".join(m.group(1).split()[:n])) for n in (3, 2, 1))


def place_precedes(text: str, off: int) -> bool:
    m = re.search(rf"({_CAP}(?:[ \t]+{_CAP}){{0,3}})\s*,\s*$", text[max(0, off - 40):off])
    return bool(m) and any(gazetteer.lookup(" ".join(m.group(1).split()[-n:])) for n in (3, 2, 1))


def mention_kind(text: str, off: int, place=None, prefixed: bool = True) -> str:
    """`body` (a body's jurisdiction), `residence` (someone's home), `list` (one of several) or `plain`."""
    before = _before(text, off, _LEX["body_gap_chars"], _PHRASE_BREAK)
    if _LIST.search(text, max(0, off - 12), off) or not prefixed and place and _in_enumeration(text, off, place):
        return "list"
    if _RESIDENCE.search(_before(text, off, _LEX["cue_window_chars"], _CLAUSE_BREAK)):
        return "residence"
    if _BODY.search(before):
        return "body"
    return "plain"


@dataclass
class Locality:
    name: str | None = None
    level: str | None = None
    province: str | None = None


def _lead_end(doc: Doc, body_start: int) -> int:
    """End of the first two body sentences (not furniture)."""
    text = doc.text
    lay = doc._.layout
    ends = []
    for s in doc.sents:
        if s.start_char >= body_start and text[s.start_char:s.end_char].strip() \
                and not lay.is_furniture(s.start_char, s.end_char):
            ends.append(s.end_char)
            if len(ends) == 2:
                break
    return ends[-1] if ends else len(text)


def find_locality(doc: Doc) -> Locality:
    text = doc.text
    lay = doc._.layout
    w = _LEX
    scores: dict[tuple[str, str], float] = defaultdict(float)
    body_named: set[tuple[str, str]] = set()
    up_front: dict[tuple[str, str], float] = defaultdict(float)
    in_title: set[tuple[str, str]] = set()
    local_body_up_front = False
    national_up_front = False
    province_votes: dict[str, float] = defaultdict(float)
    body_start = lay.body_start
    lead_end = _lead_end(doc, body_start)
    regions = []
    if lay.title:
        regions.append((lay.title, 0, len(lay.title), w["weight_title"]))
    regions.append((text, body_start, lead_end, w["weight_lead"]))
    regions.append((text, lead_end, len(text), w["weight_body"]))
    for src, a, b, weight in regions:
        if weight > w["weight_body"] and _NATIONAL.search(src, a, b):
            national_up_front = True
        for off, place, prefixed in place_mentions(src, a, b):
            if src is text and lay.is_furniture(off):
                continue
            kind = mention_kind(src, off, place, prefixed)
            # A bare `Hà Nội` deep in the body is often an address or a comparison.
            value = weight if prefixed or weight > w["weight_body"] else w["weight_bare_deep"]
            key = (place.name, place.level)
            if weight > w["weight_body"]:
                up_front[key] += value
            if src is not text:
                in_title.add(key)
            if kind == "body":
                body_named.add(key)
                value *= 1 + w["bonus_body"]
                if weight > w["weight_body"]:
                    local_body_up_front = True
            elif kind == "residence":
                value *= w["factor_residence"]
            elif kind == "list":
                value *= w["factor_list"]
            scores[key] += value
            province_votes[place.province or place.name] += value
    if not scores:
        return Locality()
    best = max(scores, key=lambda k: (scores[k], k[1] == "district", k[0]))
    own_level = any(_UNNAMED_BODY[best[1]].search(src, a, b) for src, a, b, weight in regions
                    if weight > w["weight_body"] and best[1] in _UNNAMED_BODY)
    if scores[best] < (w["weight_body"] if own_level else w["min_score"]):
        return Locality()  # named once in passing: not what the article is about
    if national_up_front and not local_body_up_front and not _dominant(best, scores, body_named, in_title):
        return Locality()  # a national body's news; places named are venues or examples
    if best[1] == "province" and best not in body_named:
        # No body of the province acts: the most specific place the event concerns, a district of it
        # named in the headline or lead (`Nghệ An: ...` about `huyện Thanh Chương`).
        districts = [k for k in up_front if k[1] == "district" and best[0] in _provinces_of(k[0])]
        if districts:
            best = max(districts, key=lambda k: (scores[k], k[0]))
    name, level = best
    if level == "province":
        return Locality(name, level, name)
    return Locality(name, level, _province_of_district(name, province_votes))


def _dominant(best, scores, body_named, in_title) -> bool:
    """A national body acting on one local matter: its place is in the headline, or is a body's
    jurisdiction and outweighs every other place twice over."""
    if best in in_title:
        return True
    others = [v for k, v in scores.items() if k != best and k[0] not in _provinces_of(best[0])
              and best[0] not in _provinces_of(k[0])]
    return best in body_named and scores[best] >= 2 * max(others, default=0)


def _provinces_of(name: str) -> set[str]:
    return {p.province for p in gazetteer.lookup(name) if p.level == "district" and p.province}


def _province_of_district(name: str, votes: dict[str, float]) -> str | None:
    """The province of district `name`: the only one, or the one the article names most; None if unsure."""
    provinces = {p.province for p in gazetteer.lookup(name) if p.level == "district" and p.province}
    if len(provinces) == 1:
        return provinces.pop()
    named = [p for p in provinces if votes.get(p)]
    if named:
        return max(named, key=lambda p: votes[p])
    return None


def locality(doc: Doc) -> str | None:
    return find_locality(doc).name


def extract(doc: Doc) -> dict:
    lay = doc._.layout
    place = find_locality(doc)
    event = dates.event_date(doc) if hasattr(dates, "event_date") else None
    return {
        "title": lay.title,
        "event_date": event.value if event is not None else None,
        "event_date_text": event.text if event is not None else None,
        "locality": place.name,
        "province": place.province,
        "locality_code": gazetteer.admin_code(place.name, place.level, place.province),
        "province_code": gazetteer.admin_code(place.province, "province") if place.province else None,
        "authors": list(lay.authors),
    }
