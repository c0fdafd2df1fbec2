"""Calendar years written without `năm`: after a cue word (`đến 2017 đã có`, `tầm nhìn 2030`, `Trước 1975,`)
and the later years of a list (`Trong năm 2015 và 2016`, `năm 2014, 2015`). They are rows of the dates
table only: they do not take part in year inference nor in the other extractors' date mentions (a bare
number is a weaker sign of the present than `năm YYYY`, and a horizon `đến 2020` is seldom the present)."""
from __future__ import annotations

import re

from vnextract.extractors.dates import context as cx
from vnextract.extractors.dates.regex import LEX, YEAR, YEAR_END, H, alt, compile_ci
from vnextract.extractors.dates.values import DateMention, Family, Granularity, Point

BARE_CUE = "bare"
# found from the four-digit runs, the cue checked in a short window before each (one scan of the whole text)
_RX_YEAR_RUN = re.compile(rf"(?<![\w/.,:\-]){YEAR}{YEAR_END}")
_RX_CUE_BEFORE = compile_ci(rf"(?<![\w/.,:\-])(?:{alt(LEX['bare_year_cues'])}){H}+$")
# a later year of a list: `năm 2015 và `, `năm 2011, 2012, `
_RX_LIST_BEFORE = compile_ci(rf"(?:\b|(?=[nN]ăm))năm{H}*{YEAR}(?:{H}*,{H}*{YEAR})*{H}*(?:,|và|hoặc){H}*$")
_CUE_REACH = 16
_LIST_REACH = 60


def _year_ends_phrase(text: str, e: int) -> bool:
    """A clause break or a date-follow word after the year; never a unit, a number or `năm` (`tới 2000 năm`)."""
    if cx.unit_after_year(text, e):
        return False
    nw = cx.next_word(text, e)
    if not nw or not nw[0].isalnum():
        return nw not in ("-", "/", "%")
    return nw in cx.FOLLOW_WORDS and nw not in cx.DASH_RANGE_FOLLOW_WORDS


def _spans(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _RX_YEAR_RUN.finditer(text):
        a = m.start()
        if (_RX_CUE_BEFORE.search(text, max(0, a - _CUE_REACH), a)
                or _RX_LIST_BEFORE.search(text, max(0, a - _LIST_REACH), a)) and _year_ends_phrase(text, m.end()):
            out.append(m.span())
    return out


def bare_years(doc, mentions: list[DateMention]) -> list[DateMention]:
    """The bare years no mention covers, outside page furniture, in text order."""
    text = doc.text
    lay = doc._.layout
    taken = [(mt.start, mt.end) for mt in mentions]
    out = []
    for a, b in sorted(set(_spans(text))):
        if any(s < b and a < e for s, e in taken) or (lay is not None and lay.is_furniture(a, b)):
            continue
        y = int(text[a:b])
        mt = DateMention(a, b, text[a:b], value=str(y), granularity=Granularity.YEAR.value,
                         date_start=f"{y:04d}-01-01", date_end=f"{y:04d}-12-31", family=Family.YEAR,
                         parts=[Point(Granularity.YEAR, y)], cue=BARE_CUE, docref=cx.is_docref(text, a))
        taken.append((a, b))
        out.append(mt)
    return out
