"""The calendar days a `dates.value` string covers: `2019-11` -> (2019-11-01, 2019-11-30).

Values are those of the contract (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `YYYY-Qn`, `YYYY-Hn`, and an
interval `A/B` of those); a value with an unknown year (`XXXX-11-25`) covers no known day.

    >>> value_bounds("2020-Q2")
    ('2020-04-01', '2020-06-30')
    >>> value_bounds("2015/2020")
    ('2015-01-01', '2020-12-31')
    >>> value_bounds("XXXX-11-25")
    (None, None)
"""
from __future__ import annotations

import calendar
import re

_POINT = re.compile(r"(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|Q([1-4])|H([12])))?")


def _point_bounds(value: str) -> tuple[str, str] | None:
    m = _POINT.fullmatch(value)
    if m is None:
        return None
    year, month, day, quarter, half = m.groups()
    y = int(year)
    if day:
        return value, value
    if month:
        first, last = int(month), int(month)
    elif quarter:
        first, last = 3 * int(quarter) - 2, 3 * int(quarter)
    elif half:
        first, last = 6 * int(half) - 5, 6 * int(half)
    else:
        first, last = 1, 12
    if not 1 <= first <= last <= 12:
        return None
    end_day = calendar.monthrange(y, last)[1]
    return f"{y:04d}-{first:02d}-01", f"{y:04d}-{last:02d}-{end_day:02d}"


def value_bounds(value: str | None) -> tuple[str | None, str | None]:
    """(first ISO day, last ISO day) of a `dates.value`; (None, None) where the year is unknown."""
    if not value:
        return None, None
    parts = value.split("/")
    if len(parts) > 2:
        return None, None
    first, last = _point_bounds(parts[0]), _point_bounds(parts[-1])
    if first is None or last is None:
        return None, None
    return first[0], last[1]
