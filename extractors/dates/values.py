"""The values the dates extractor builds: calendar points, candidates, mentions, and their tags."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum


class Granularity(str, Enum):
    """How precise one end of a date is (a mention's `granularity` is this value, or `interval`)."""
    DAY = "day"
    MONTH = "month"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"


class Family(str, Enum):
    """The pattern family a candidate came from (the order of FAMILIES in patterns.py)."""
    DAY_MONTH_YEAR = "dmy"      # 25/11/2019
    DAY_MONTH_WORDS = "dmw"     # ngày 3 tháng 2 năm 1930
    DAY_MONTH = "dm"            # ngày 25/11
    DAY_LIST = "dlist"          # các ngày 19, 21 và 23/07
    DAY_INTERVAL = "dint"       # từ ngày 21 đến 23/7/2020
    MONTH_INTERVAL = "mint"     # từ tháng 4 đến tháng 8/2016
    YEAR_INTERVAL = "yint"      # 2015 – 2020
    MONTH = "month"             # tháng 10 năm 2020
    MONTH_YEAR = "my"           # (8/2016)
    QUARTER = "quarter"         # quý II năm 2018
    HALF = "half"               # 6 tháng đầu năm
    YEAR = "year"               # năm 2019
    LUNAR_YEAR = "canchi"       # Mậu Tuất 2018
    TET = "tet"                 # mùng 5 Tết
    MONTH_WORD = "mword"        # tháng Sáu, tháng mười hai
    PERIOD_YEAR = "pyear"       # mùa hè 2020, Tết Nguyên đán 2017, (sinh 1988)
    NAMED_DAY = "nday"          # ngày bầu cử 3/11, ngày Quốc khánh 2/9
    RELATIVE = "rel"            # hôm qua, tuần tới
    WEEKDAY = "weekday"         # thứ Hai (merged into the day after it)
    BLOCK = "block"             # a lunar span: occupies its text, yields no mention


class Relation(str, Enum):
    """What a candidate's value is relative to (`Candidate.rel` = (Relation, argument))."""
    DAY = "day"                 # the published day + n days
    MONTH = "month"             # the published month + n
    YEAR = "year"               # the published year + n
    WEEK = "week"               # the published week + n (Monday to Sunday)
    YEAR_OF = "yearof"          # a written month/quarter/half in the published year + n (`tháng 3 năm ngoái`)
    LUNAR_YEAR = "canchi"       # a Tết day with its lunar year name: (stem, branch)
    WEEKDAY = "weekday"         # a weekday: 0 = Monday

    @property
    def shifts_published(self) -> bool:
        """Resolved from the published date alone."""
        return self in (Relation.DAY, Relation.YEAR, Relation.MONTH, Relation.WEEK)


@dataclass
class Point:
    """One end of a calendar value; year None until known."""
    granularity: Granularity
    year: int | None = None
    month: int | None = None
    day: int | None = None
    quarter: int | None = None
    half: int | None = None
    year_written: bool = True

    def bounds(self, year: int) -> tuple[dt.date, dt.date] | None:
        """First and last day of this point in the given year."""
        g = self.granularity
        try:
            if g is Granularity.DAY:
                x = dt.date(year, self.month, self.day)
                return x, x
            if g is Granularity.MONTH:
                return dt.date(year, self.month, 1), month_end(year, self.month)
            if g is Granularity.QUARTER:
                return dt.date(year, 3 * self.quarter - 2, 1), month_end(year, 3 * self.quarter)
            if g is Granularity.HALF:
                if self.half == 1:
                    return dt.date(year, 1, 1), dt.date(year, 6, 30)
                return dt.date(year, 7, 1), dt.date(year, 12, 31)
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        except (ValueError, TypeError):  # no such day, or a part the expression left unknown
            return None

    def value(self) -> str:
        y = "XXXX" if self.year is None else f"{self.year:04d}"
        g = self.granularity
        if g is Granularity.DAY:
            return f"{y}-{self.month:02d}-{self.day:02d}"
        if g is Granularity.MONTH:
            return f"{y}-{self.month:02d}"
        if g is Granularity.QUARTER:
            return f"{y}-Q{self.quarter}"
        if g is Granularity.HALF:
            return f"{y}-H{self.half}"
        return y


def day_point(year: int | None, month: int | None, day: int, year_written: bool = True) -> Point:
    return Point(Granularity.DAY, year, month, day, year_written=year_written)


def month_end(y: int, m: int) -> dt.date:
    return dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)


def add_months(d: dt.date, n: int) -> dt.date:
    """The first day of the month n months after d's."""
    k = d.year * 12 + d.month - 1 + n
    return dt.date(k // 12, k % 12 + 1, 1)


@dataclass
class DateMention:
    start: int
    end: int
    text: str
    value: str = ""
    granularity: str = ""                          # a Granularity value, or `interval`
    date_start: str | None = None
    date_end: str | None = None
    year_inferred: bool = False
    relative: bool = False
    family: Family | str = ""
    year_written: bool = True
    parts: list = field(default_factory=list)     # [Point] or [Point, Point] for intervals
    furniture: bool = False                        # inside a site banner (kept, but not used to infer years)
    cue: str = ""                                  # the cue word before it, folded (`sáng`, `trước`)
    docref: bool = False                           # the date of a cited document (`Quyết định số 98, ngày ...`)
    background: bool = False                       # a birth, founding, history or planning date (never the present)
    weekday: int | None = None                     # weekday written with it (0 = Monday)
    year_source: str | None = None                 # how a missing year was found (YEAR_SOURCES)
    year_offset: int = 0                           # `năm ngoái` (-1), `năm tới` (+1): the year relative to the present
    direction: int = 0                             # `ngày 9/8 tới` (+1: after the present), `tháng 2 vừa qua` (-1: before it)

    @property
    def is_interval(self) -> bool:
        return len(self.parts) == 2

    def as_row(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end, "value": self.value,
                "date_start": self.date_start, "date_end": self.date_end, "granularity": self.granularity,
                "year_inferred": self.year_inferred, "relative": self.relative, "year_source": self.year_source}


@dataclass
class Candidate:
    """One match of a pattern family, before overlaps are settled and years resolved."""
    start: int
    end: int
    family: Family
    parts: list
    prio: int = 0
    relative: bool = False
    rel: tuple | None = None        # (Relation, argument) for values relative to something else
    subs: list | None = None        # list candidates: several mentions from one match
    merge_next: bool = False        # weekday / relative day: absorbs a following explicit day
    cue: str = ""
    weekday: int | None = None      # the weekday written with the day (0 = Monday), a check on its year
