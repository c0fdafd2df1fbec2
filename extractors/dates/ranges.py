"""`từ A đến B` written as two date expressions of different shapes, or with times of day between them
(`từ 18h ngày 22/4 đến 6h ngày 23/4`, `từ tháng 1/2016 đến ngày 10/5/2017`, `từ 24/4 đến hết tháng 7`):
one interval row, as the contract writes ranges. The grammar's own interval families read the compact
forms; this joins the mentions they leave as two, once their years are known."""
from __future__ import annotations

import dataclasses

from vnextract.extractors.dates.regex import LEX, H, alt, compile_ci
from vnextract.extractors.dates.values import DateMention, Granularity, Point

# a time of day written before a day (`18h`, `6 giờ 30`, `0h00`, `8:30`), then maybe a part of day
_TIME = rf"(?:\d{{1,2}}{H}*(?:h|giờ)(?:{H}*\d{{1,2}}(?:{H}*phút|')?)?|\d{{1,2}}:\d{{2}})"
# (or the part of a period: `từ cuối năm 2011 đến cuối năm 2016`)
_CLOCK = rf"(?:{_TIME}{H}*,?{H}*)?(?:(?:{alt(LEX['parts_of_day'])}){H}+)?(?:(?:cuối|đầu|giữa){H}+)?"
# `từ` (and a clock) right before the first expression
RX_FROM = compile_ci(rf"\b(?:kể{H}+)?từ{H}+{_CLOCK}$")
# between the two: a short parenthesis (`(mùng 6 Tết)`; one holding a mention of its own is never crossed: B must
# be the next mention), the connector, `hết`, a clock
RX_TO = compile_ci(rf"{H}*(?:\([^()\n]{{0,40}}\){H}*)?,?{H}*(?:cho{H}+đến|đến|tới){H}+(?:hết{H}+)?{_CLOCK}")
_LOOKBACK = 40


def _joinable(mt: DateMention) -> bool:
    return len(mt.parts) == 1 and not mt.relative and not mt.furniture and mt.parts[0].granularity in (
        Granularity.DAY, Granularity.MONTH, Granularity.YEAR, Granularity.QUARTER, Granularity.HALF)


def _ends(a: DateMention, b: DateMention) -> tuple[Point, Point]:
    """The two ends; the first takes the second's written year when its own is not written (`từ 24/4 đến hết
    tháng 7/2021`, as the interval families read `từ ngày 21 đến 23/7/2020`)."""
    pa, pb = dataclasses.replace(a.parts[0]), dataclasses.replace(b.parts[0])
    if not pa.year_written and pb.year_written and pb.year is not None and pa.granularity is not Granularity.YEAR \
            and (pa.month or 1) <= (pb.month or 12):
        pa.year, pa.year_written = pb.year, False
    return pa, pb


def _ordered(pa: Point, pb: Point) -> bool:
    """The first end's first day is not after the second's last day, where both years are known; where one is
    unknown, the years cannot disagree (a bare year cannot start a range of undated days)."""
    if pa.year is None or pb.year is None:
        return pb.year is None or pa.year is None and pa.granularity is not Granularity.YEAR
    ba, bb = pa.bounds(pa.year), pb.bounds(pb.year)
    return ba is not None and bb is not None and ba[0] <= bb[1]


def _joined(text: str, start: int, a: DateMention, b: DateMention, pa: Point, pb: Point) -> DateMention:
    inferred = any(p.year is not None and not p.year_written for p in (pa, pb))
    out = DateMention(start, b.end, text[start:b.end], family=a.family, parts=[pa, pb], cue=a.cue,
                      year_written=pa.year_written and pb.year_written, docref=a.docref,
                      background=a.background and b.background, weekday=a.weekday,
                      year_source=(a.year_source or b.year_source or "same_sentence") if inferred else None)
    out.value = pa.value() + "/" + pb.value()
    out.granularity = "interval"
    if pa.year is not None and pb.year is not None:
        ba, bb = pa.bounds(pa.year), pb.bounds(pb.year)
        if ba and bb:
            out.date_start, out.date_end = ba[0].isoformat(), bb[1].isoformat()
    out.year_inferred = inferred
    return out


def join_ranges(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """The mentions with each `từ A đến B` pair of single expressions made one interval."""
    out: list[DateMention] = []
    i = 0
    while i < len(mentions):
        a = mentions[i]
        b = mentions[i + 1] if i + 1 < len(mentions) else None
        if b is not None and _joinable(a) and _joinable(b):
            head = RX_FROM.search(text, max(0, a.start - _LOOKBACK), a.start)
            tail = RX_TO.match(text, a.end, b.start)
            pa, pb = _ends(a, b)
            if head and tail and tail.end() == b.start and _ordered(pa, pb):
                out.append(_joined(text, head.start(), a, b, pa, pb))
                i += 2
                continue
        out.append(a)
        i += 1
    return out
