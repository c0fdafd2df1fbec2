"""The article's present, and how a due time lies against it (a time long past is a reported fact)."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Doc

from vnextract.extractors import dates
from vnextract.extractors.deadlines.grammar import RX_BEFORE, RX_GOAL_BEFORE, RX_OPENING_PART, RX_WITHIN

STALE_DAYS = 31
HISTORY_DAYS = 366  # due more than a year before the article's present: history even when ordered


def _due_date(mt) -> dt.date | None:
    if not mt.date_end:
        return None
    try:
        return dt.date.fromisoformat(mt.date_end)
    except ValueError:
        return None


def stale(mt, present: dt.date | None, days: int = STALE_DAYS) -> bool:
    """The due time lies more than `days` before the present."""
    due = _due_date(mt) if present else None
    return due is not None and due < present - dt.timedelta(days=days)


def past_at(mt, published: dt.date | None) -> bool:
    """The due time had passed when the article was published."""
    due = _due_date(mt) if published else None
    return due is not None and due < published


def future_at(mt, published: dt.date | None) -> bool:
    """The due time had not passed when the article was published."""
    due = _due_date(mt) if published else None
    return due is not None and due >= published


def dominant_year_start(mentions) -> dt.date | None:
    """Without a published date or an event day: 1 January of the year most of the article's written days
    and months fall in (two at least), against which a due time of another age is history."""
    counts: dict[int, int] = {}
    for mt in mentions:
        if mt.year_written and not mt.furniture and not mt.background and mt.granularity in ("day", "month") \
                and mt.date_end:
            y = int(mt.date_end[:4])
            counts[y] = counts.get(y, 0) + 1
    if not counts:
        return None
    y, n = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
    return dt.date(y, 1, 1) if n >= 2 else None


def latest_written_day(mentions) -> dt.date | None:
    """The last day the article writes with its year: a floor for its present (history lies far before it)."""
    days = [mt.date_end for mt in mentions if mt.year_written and not mt.furniture and mt.granularity == "day"
            and mt.date_end]
    try:
        return dt.date.fromisoformat(max(days)) if days else None
    except ValueError:
        return None


def event_days(doc: Doc) -> tuple[dt.date | None, dt.date | None]:
    """Without a published date, the day of the event the article reports: (with a written year only, the
    article's present, against which a due time long past is a reported fact; with its year inferred too, the
    day against which a `vào ngày` day already gone is a reported one)."""
    ev = dates.event_date(doc)
    if ev is None or ev.granularity != "day" or not ev.date_end:
        return None, None
    try:
        day = dt.date.fromisoformat(ev.date_end)
    except ValueError:
        return None, None
    return (None if ev.year_inferred else day), day


RX_COMMA_NEXT = re.compile(r"[^\S\n]*,")
# a written year a past word follows (`năm 2016 đã giao các sở ...`)
RX_PAST_NEXT = re.compile(r"[^\S\n]*,?[^\S\n]*(?:[^\s,.;:]+[^\S\n]+){0,4}?(?:đã|vừa)(?![\w])")
OPENING_REACH = 12  # characters before a day its sentence or comma part may start at


def reported_day(text: str, mentions) -> dt.date | None:
    """The last written day that opens its sentence or comma part: the article's present is no earlier."""
    days = [mt.date_end for mt in mentions if mt.year_written and not mt.furniture and mt.granularity == "day"
            and mt.date_end and RX_OPENING_PART.search(text[max(0, mt.start - OPENING_REACH):mt.start])
            and RX_COMMA_NEXT.match(text, mt.end)]
    try:
        return dt.date.fromisoformat(max(days)) if days else None
    except ValueError:
        return None


def past_told_year(text: str, mentions) -> dt.date | None:
    """1 January of the last written year a past word follows (`năm 2016 đã giao ...`): the article's present is in
    it or later."""
    years = [int(mt.date_end[:4]) for mt in mentions if mt.year_written and not mt.furniture and not mt.background
             and mt.granularity == "year" and mt.date_end and RX_PAST_NEXT.match(text, mt.end)
             and not any(rx.search(text, max(0, mt.start - OPENING_REACH - 1), mt.start)
                         for rx in (RX_BEFORE, RX_WITHIN, RX_GOAL_BEFORE))]  # (not a due time: `đến năm 2020 đã có ...`)
    return dt.date(max(years), 1, 1) if years else None


@dataclass(frozen=True)
class ArticleTime:
    published: dt.date | None    # the article's published date
    present: dt.date | None      # the published date, else the event's day, else the year most days fall in
    history_ref: dt.date | None  # the present, else the last day the article writes (or year it tells as past)
    told_floor: dt.date | None = None  # without a published date: the last day of a reported act opening its part
    day: dt.date | None = None   # the published date, else the event's day even with its year inferred


def article_time(doc: Doc, mentions) -> ArticleTime:
    published = getattr(getattr(doc._, "info", None), "published", None)
    if published:
        return ArticleTime(published, published, published, day=published)
    written_day, day = event_days(doc)
    present = written_day or dominant_year_start(mentions)
    told = reported_day(doc.text, mentions)
    if present:
        return ArticleTime(published, present, present, told, day)
    floors = [d for d in (latest_written_day(mentions), past_told_year(doc.text, mentions)) if d]
    return ArticleTime(published, None, max(floors) if floors else None, told, day)
