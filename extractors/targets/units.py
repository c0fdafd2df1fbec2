"""The quantity pattern (number, ratio or range, multipliers, then a counted unit or `%`) and units."""
from __future__ import annotations

import re

from vnextract.extractors.lexicon import load_lines
from vnextract.extractors.normalize import fold

from .cues import ALL_CUE_WORDS
from .numbers import DIGITS, SPELLED
from .phrases import LEX, alt, phrase_key

_UNIT_LINES = load_lines("units.txt")
_UNITS = [u for u in _UNIT_LINES if not u.startswith("!")]
_NOT_UNITS = [u[1:].strip() for u in _UNIT_LINES if u.startswith("!")]  # `!` lines: nouns that count nothing
NOT_UNITS = {fold(u) for u in _NOT_UNITS}
UNIT_IS_LOWER = {fold(u): u[:1].islower() for u in _UNITS}
CURRENCY = {fold(c) for c in LEX["currency"]}
ADMIN = {fold(u) for u in LEX["admin_units"]}
MULTIPLIERS = {fold(k): v for k, v in LEX["multipliers"].items()}
WEAK_UNITS = {fold(u) for u in LEX["weak_units"]}  # lengths and areas: mostly sizes
CLASSIFIERS = {fold(u) for u in LEX["classifier_units"]}
UNIT_PHRASE_STOP = {fold(w) for w in LEX["unit_phrase_stop"]}

_MULT_ALT = alt(MULTIPLIERS)
_DENOM = alt(LEX["rate_denominators"])
QUANTITY = re.compile(
    rf"(?<![\w.,/+\-])(?P<num>{DIGITS}|{SPELLED})"
    rf"(?:/(?P<tot>{DIGITS})(?![\d/])"
    rf"|(?:\s*-\s*|\s+(?:đến|tới)\s+)(?P<hi>{DIGITS})(?![\d/]))?"      # x/y, or a range a - b
    rf"(?P<mult>(?:\s+(?:{_MULT_ALT}))*)"
    rf"(?:\s+(?P<n2>\d{{1,3}})\s+(?P<m2>{_MULT_ALT}))?"               # 566 tỷ 384 triệu
    rf"(?:(?P<pct>\s?%|\s+phần\s+trăm(?!\w))|\s+(?P<unit>{alt(_UNITS + _NOT_UNITS)})(?!\w)"
    rf"|(?P<gunit>{alt(LEX['glue_units'])})(?![\w/]))"                 # 1038,5ha
    rf"(?P<rate>\s?/\s?(?:{_DENOM})(?:/(?:{_DENOM}))?(?!\w))?")
ADMIN_NEXT = re.compile(rf"(?:\s*,\s*|\s+và\s+)({alt(LEX['admin_units'])})(?!\w)")  # `huyện, thành phố`
_COMPARATORS_AFTER = LEX["comparators_after"]
COMPARATOR_AFTER = re.compile(rf"\s+({alt([w for ws in _COMPARATORS_AFTER.values() for w in ws])})(?!\w)")
COMPARATOR_AFTER_SIGN = {fold(w): c for c, ws in _COMPARATORS_AFTER.items() for w in ws}
COMPARATOR_BEFORE_SIGN = {phrase_key(w): c for c, ws in LEX["comparators_before"].items() for w in ws}
PER_FLOOR_AREA = re.compile(r"\s?/\s?(?:m\s?2|m²|m\s?3|m³)(?!\w)")
NEXT_WORD = re.compile(r" ([^\W\d_]+)(?![\w/])")


def unit_key(m: re.Match) -> str:
    """What a quantity counts, for telling an enumeration of like figures (`560 tỷ đồng, 760 tỷ đồng`)."""
    if m.group("pct"):
        return "%"
    unit = fold(m.group("unit") or m.group("gunit") or "").split()
    return (unit[0] if unit else "") + (m.group("rate") or "")  # `258 cây xanh ..., trong đó 115 cây`


def classified_noun_end(folded: str, end: int) -> int:
    """End of the noun a classifier counts (`viên` + `thuốc lắc`): the words right after it, one
    space apart, up to `classifier_max_words`, stopping at a function word, a cue word, a
    multiplier, a number or punctuation. The classifier alone where nothing follows."""
    for _ in range(LEX["classifier_max_words"]):
        w = NEXT_WORD.match(folded, end)
        if not w or w.group(1) in UNIT_PHRASE_STOP or w.group(1) in ALL_CUE_WORDS or w.group(1) in MULTIPLIERS:
            break
        end = w.end()
    return end


def multiplied(value: float, m: re.Match) -> float:
    """`2,5 triệu` -> 2500000, `566 tỷ 384 triệu` -> 566384000000."""
    mult = 1
    for w in m.group("mult").split():
        mult *= MULTIPLIERS.get(w, 1)
    value *= mult
    if m.group("n2"):
        value += float(m.group("n2")) * MULTIPLIERS.get(" ".join(m.group("m2").split()), 1)
    return value
