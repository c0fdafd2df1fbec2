"""Years for the dates written without one (CONTRACT.md: the right year or XXXX).

The input's published date first (the year that puts the expression nearest to it, past preferred),
else the explicit dates of the same sentence, else the article's dominant explicit year by a weighted
vote (day/month/quarter/half dates weigh more than a bare `năm YYYY`; intervals, page furniture and
background dates ignored), else `XXXX`. Where the text does not settle the year, XXXX: a day placed
before the events it is near costs more (reports follow them), written days of two years near it
disagree, a bare year under review or elsewhere in the article leaves its next half year open, a
`tới` / `vừa qua` date must fit the article's latest written day, a weekday its year. A year the
article states as its own (`kỷ niệm 46 năm Ngày toàn thắng 30/4/1975`, `trong năm 2017 này`) makes
older dates history and dates what the vote left undated; so does a day written elsewhere with its
year (`từ 1-6` beside `trước ngày 01/06/2017`) and an event named with its year in the day's sentence
(`Chiều 8.5, ... chương trình Đối tác Thái Bình Dương 2017`). An undated day the vote puts in a year
older than the latest written day of the present, no written day of that year near it, stays XXXX; a
month or year told as a career step (`Tháng 5-2013, ông được bầu vào Bộ Chính trị`) does not vote.
"""
from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc

from vnextract.extractors.dates.regex import LEX, H, alt, compile_ci, lexicon_key
from vnextract.extractors.dates.values import DateMention, Family, Granularity, Point, add_months
from vnextract.extractors.extensions import sentence_of
from vnextract.extractors.lexicon import last_match

# How a missing year was found (the `year_source` column); null when written or unknown.
YEAR_SOURCES = ("published", "same_sentence", "article", "weekday")

BACKGROUND_REACH = 40       # a background cue word before a written date
BACKGROUND_DAY_REACH = 20   # a scheduled-day cue before a written day
NAME_YEAR_REACH = 60        # a law or plan name before its year (`Luật Đất đai 2013`)
PLAN_CLAUSE_REACH = 80      # a plan word in the clause before a date

_FILLERS = alt(LEX["background_year_fillers"])
_RX_BACKGROUND_END = compile_ci(rf"(?:^|[^\w])(?:{alt(LEX['background_left'])})(?:{H}+(?:{_FILLERS}))*{H}*[:(]?{H}*$")
_RX_BACKGROUND_DAY_END = compile_ci(rf"(?:^|[^\w])(?:{alt(LEX['background_day_left'])}){H}*$")
_RX_BACKGROUND_YEAR_END = compile_ci(rf"(?:^|[^\w])(?:{alt(LEX['background_year_left'])})(?:{H}+(?:{_FILLERS}))*{H}*$")
# `Bộ luật Hình sự năm 1999`, `Luật Đất đai 2013`: a few words of the name, no punctuation
_RX_NAME_YEAR_END = re.compile(rf"(?:^|[^\w])(?:{alt(LEX['name_year_left'])})(?:{H}+[\w-]+){{0,6}}{H}+$")
_VOTE_WEIGHT = LEX["year_vote_weights"]
_VOTE_MARGIN = float(LEX["year_vote_margin"])
_SPILL_BEFORE, _SPILL_AFTER = LEX["bare_year_spill_months"]
_SAME_SENTENCE_SPILL_AFTER = int(LEX["same_sentence_year_spill_after"])
_MAX_GAP = int(LEX["year_max_gap_days"])
_ARTICLE_MAX_GAP = int(LEX["year_article_max_gap_days"])
_MIN_WEIGHT = float(LEX["year_min_weight"])
_HISTORY_GAP = int(LEX["history_gap_years"])
_NEAR_DAYS = int(LEX["year_near_days"])
_BEFORE_COST = float(LEX["year_before_cost"])
_OLD = "~"      # granularity suffix of a written date more than a year older than the article's latest
_RX_AFTER_FUTURE = compile_ci(rf"{H}*,?{H}*(?:{alt(LEX['year_future_right'])})(?![\w])")
_RX_AFTER_PAST = compile_ci(rf"{H}*,?{H}*(?:{alt(LEX['year_past_right'])})(?![\w])")
RELATIVE_RIGHT_REACH = 16   # `tới`, `vừa qua` right after an undated date
_RX_PLAN = compile_ci(rf"(?:^|[^\w])(?:{alt(LEX['plan_clause_words'])})(?![\w])")
# a law's or decision's date of entry into force is its own future, whatever cites it
_RX_IN_FORCE = compile_ci(rf"(?:^|[^\w])(?:{alt(LEX['in_force_words'])})(?![\w])")
_RX_REVIEW = compile_ci(rf"(?:^|[^\w])(?:{alt(LEX['review_clause_words'])})(?![\w])")
# an event a case file recounts (`Theo cáo trạng, vào tháng 3/2016`): the trial is months or years later
_RX_RECALL = compile_ci(rf"(?:^|[^\w])(?:{alt(LEX['recall_clause_words'])})(?![\w])")
_RX_CLAUSE_START = re.compile(r"[.;:!?\n]")
_RX_BIOGRAPHY = compile_ci(rf"(?:^|[^\w])(?:{alt(LEX['biography_clause_words'])})(?![\w])")
_RX_CLAUSE_END = re.compile(r"[.;!?\n]")
# `vào năm 2020`, `vào cuối năm 2022` beside a day of the same sentence: the time of another event the
# sentence tells of (`sẽ chuyển sang hệ thống mới vào năm 2020, ... cho biết hôm 29-5`), not the day's own
# time frame; nor is a year its clause compares with or counts from (`lớn hơn thời điểm ... năm 2014`)
_RX_OTHER_EVENT_YEAR_END = compile_ci(rf"(?:^|[^\w])vào(?:{H}+(?:cuối|đầu|giữa))?(?:{H}+năm)?{H}*$")
_RX_OTHER_TIME = compile_ci(rf"(?:^|[^\w])(?:{alt(LEX['other_time_year_clause'])})(?![\w])")
TET = {int(k): dt.date.fromisoformat(v) for k, v in LEX["lunar_new_year"].items()}
# `kỷ niệm 46 năm Ngày toàn thắng 30/4/1975`: the count, then (in the same clause) the anniversary's base date
_RX_ANNIVERSARY = compile_ci(rf"(?:^|[^\w])(?:{alt(LEX['anniversary_words'])}){H}+(\d{{1,4}}){H}+năm(?![\w])")
_ANNIVERSARY_REACH = int(LEX["anniversary_reach"])
_RX_CLAUSE_BREAK = re.compile(r"[.,;:!?\n]")
_RX_YEAR_WORD_AFTER = compile_ci(rf"{H}+năm(?![\w])")
_RX_EVERY_YEAR = compile_ci(rf"{H}+(?:{alt(LEX['every_year_right'] + LEX['every_year_after'])})(?![\w])")
# `vào tháng 9 hoặc đầu tháng 10 hằng năm`: a time of every year (and the date listed before it), not one
# year's: no year from the article
# (after a comma only a written day or month is listed: `Ngày 15/3, 15 hằng năm ...` is another number)
_RX_EVERY_YEAR_AFTER = compile_ci(
    rf"(?:{H}*(?:(?:hoặc|và|đến|-|–){H}*(?:(?:đầu|giữa|cuối){H}+)?(?:(?:ngày|tháng){H}*)?\d{{1,2}}(?:[/.-]\d{{1,2}})?"
    rf"|,{H}*(?:(?:đầu|giữa|cuối){H}+)?(?:(?:ngày|tháng){H}*\d{{1,2}}(?:[/.-]\d{{1,2}})?|\d{{1,2}}[/.-]\d{{1,2}})))?"
    rf"{H}+(?:{alt(LEX['every_year_after'])})(?![\w])")
# `Lễ hội Làng Sen 2017`: an event word, its name's words, then a year not written as a date (no range)
_RX_EVENT_NAME_YEAR = compile_ci(
    rf"(?:^|[^\w])(?:{alt(LEX['event_name_words'])})((?:{H}+[\w&]+|{H}+[-–]){{1,{int(LEX['event_name_max_words'])}}}?)"
    rf"{H}+((?:19|20)\d\d)(?![\w/-]|[.,]\d|{H}*[-–]{H}*\d)")
_RX_SPAN_END_LEFT = compile_ci(rf"(?:^|[^\w])(?:{alt(LEX['span_end_left'])}){H}+(?:ngày{H}+)?$")
SPAN_END_REACH = 12          # `đến hết ngày ` before a written day
_RX_THIS_YEAR = compile_ci(rf"{H}+(?:{alt(LEX['this_year_right'])})(?![\w])")
# `Tết Đinh Dậu 2017`: the lunar year's name (its stem agrees with the year's last digit), then its year
TET_YEAR_REACH = 20         # `Tết Nguyên đán ` before a lunar year's name
_RX_TET_YEAR_END = compile_ci(rf"(?:^|[^\w])(?:{alt(LEX['tet_year_left'])}){H}+$")
_RX_STEM_BRANCH = compile_ci(rf"({alt(LEX['lunar_stems'])}){H}+(?:{alt(LEX['lunar_branches'])}){H}+")
_STEMS = {lexicon_key(k): v for k, v in LEX["lunar_stems"].items()}
# `Tháng 9 cùng năm`, `vào tháng 10 năm đó`: not `cùng năm 2017` (a year written after it)
_RX_SAME_YEAR_AFTER = compile_ci(rf"{H}*,?{H}*(?:{alt(LEX['same_year_right'])})(?![\w]|{H}*\d)")


def years_for(parts: list[Point], y: int) -> list[int]:
    """Years of the parts when the (last) missing year is y: a wrapping span starts the year before."""
    if len(parts) == 2 and parts[0].year is None and parts[1].year is None:
        a, b = parts
        key = lambda p: (p.month or 0, p.day or 0)
        return [y - 1 if a.granularity == b.granularity and key(a) > key(b) else y, y]
    return [p.year if p.year is not None else y for p in parts]


def nearest_year(parts: list[Point], pub: dt.date) -> int | None:
    """The year that puts the parts nearest the published day (a day after it costs twice)."""
    best, best_score = None, None
    for y in (pub.year - 1, pub.year, pub.year + 1):
        ys = years_for(parts, y)
        b0 = parts[0].bounds(ys[0])
        b1 = parts[-1].bounds(ys[-1])
        if not b0 or not b1:
            continue
        lo, hi = b0[0], b1[1]
        if lo <= pub <= hi:
            score = 0
        elif hi < pub:
            score = (pub - hi).days
        else:
            score = 2 * (lo - pub).days
        if best_score is None or score < best_score:
            best, best_score = y, score
    return best


def nearest_tet_year(mt: DateMention, pub: dt.date) -> int | None:
    n = mt.parts[0].day
    best, best_score = None, None
    for y in (pub.year - 1, pub.year, pub.year + 1):
        if y not in TET:
            continue
        x = TET[y] + dt.timedelta(days=n - 1)
        score = (pub - x).days if x <= pub else 2 * (x - pub).days
        if best_score is None or score < best_score:
            best, best_score = y, score
    return best


def _background_kind(text: str, mt: DateMention) -> str | None:
    """How a written date speaks of another time than the article's present (by the words before it):
    `past` (births, foundings, history, starts of periods, planning horizons, names), `plan` (a plan,
    deadline or scheduled day: not the present, but not long after it either), else None."""
    s = mt.start
    left = max(0, s - BACKGROUND_REACH)
    if _RX_BACKGROUND_END.search(text, left, s) or _anniversary_base(text, s):
        return "past"
    g = mt.parts[0].granularity
    if g is not Granularity.DAY and _RX_BACKGROUND_YEAR_END.search(text, left, s):
        return "past"
    if g is Granularity.YEAR and _RX_NAME_YEAR_END.search(text, max(0, s - NAME_YEAR_REACH), s) is not None:
        return "past"
    if not mt.docref and _in_clause(text, mt, _RX_PLAN) or _in_clause(text, mt, _RX_IN_FORCE) or g is Granularity.DAY and _RX_BACKGROUND_DAY_END.search(
            text, max(0, s - BACKGROUND_DAY_REACH), s):
        return "plan"
    return None


def _anniversary_base(text: str, s: int) -> bool:
    """The date at s is an anniversary's base (`kỷ niệm 46 năm Ngày toàn thắng 30/4/1975`): history;
    not the time of the anniversary itself (`kỷ niệm 10 năm ngày cưới vào năm 2018`)."""
    if _RX_OTHER_EVENT_YEAR_END.search(text, max(0, s - 12), s):
        return False
    a = max(0, s - _ANNIVERSARY_REACH - 20)
    last = last_match(_RX_ANNIVERSARY, text, a, s)
    return last is not None and s - last.end() <= _ANNIVERSARY_REACH and not _RX_CLAUSE_BREAK.search(text, last.end(), s)


def _in_clause(text: str, mt: DateMention, rx: re.Pattern) -> bool:
    """One of rx's words in the clause before the date (up to PLAN_CLAUSE_REACH): a plan word (a plan,
    goal or deadline) or a review word (a year under review)."""
    a = max(0, mt.start - PLAN_CLAUSE_REACH)
    left = text[a:mt.start]
    cut = max((m.end() for m in _RX_CLAUSE_START.finditer(left)), default=0)
    return rx.search(left, cut) is not None


def _present_span(mt: DateMention) -> tuple[dt.date, dt.date, str] | None:
    """(first day, last day, granularity) of the article's present this written date points to, or None."""
    if (mt.furniture or not mt.year_written or mt.cue in ("sn", "history") or mt.relative
            or mt.background or not mt.parts or mt.parts[-1].year is None):
        return None   # a cited document's date counts only near the undated date (granularity `doc`)
    p = mt.parts[-1]
    if mt.is_interval and p.granularity is not Granularity.DAY:
        return None   # planning periods, terms and past spans (`2016-2020`, `từ tháng 11/2004 đến 10/2005`)
    if not 1900 <= p.year <= 2100:
        return None
    b = p.bounds(p.year)
    if b is None:
        return None
    if p.granularity is Granularity.YEAR:
        return add_months(b[0], -_SPILL_BEFORE), add_months(b[1], _SPILL_AFTER + 1) - dt.timedelta(days=1), "year"
    return b[0], b[1], "doc" if mt.docref else p.granularity.value


def _span_cost(mt: DateMention, ys: list[int], lo: dt.date, hi: dt.date) -> tuple[dt.date, int] | None:
    """(first day of mt in the years ys, its distance in days from [lo, hi]: 0 when they overlap)."""
    b0, b1 = mt.parts[0].bounds(ys[0]), mt.parts[-1].bounds(ys[-1])
    if not b0 or not b1:
        return None
    a, b = b0[0], b1[1]
    return a, 0 if a <= hi and lo <= b else (a - hi).days if a > hi else (lo - b).days


def _place(mt: DateMention, lo: dt.date, hi: dt.date, g: str, use_weekday: bool = True) -> tuple[int, int] | None:
    """(year, distance in days) that puts the undated mt nearest the written span [lo, hi], else None.

    A day is placed in the year that puts it nearest the span (inside costs 0), within _MAX_GAP days
    and at most half as far as the next year; an undated month, quarter or half takes the span's own
    year (`tháng 9` in a January report is this September), at its distance from the span."""
    g = g.rstrip(_OLD)
    if mt.parts[0].granularity is not Granularity.DAY:
        y = add_months(lo, _SPILL_BEFORE).year if g == "year" else lo.year
        placed = _span_cost(mt, years_for(mt.parts, y), lo, hi)
        if placed is None or g in ("year", "doc") or g == "plan" and placed[0] > hi:
            return None   # a bare year or a document's date does not say which months are the present
        if placed[0] < lo and placed[1] * _BEFORE_COST > _MAX_GAP and g != "plan":
            return None   # months far before the span in its year: as likely the next year's
        return y, placed[1]
    scores = []
    for y in range(lo.year - 1, hi.year + 2):
        if use_weekday and not _weekday_ok(mt, y):
            continue
        placed = _span_cost(mt, years_for(mt.parts, y), lo, hi)
        if placed is None:
            continue
        if g == "doc" and placed[0] < lo or g == "plan" and placed[0] > hi:
            continue    # the reported event follows the document it cites, and comes before its plans
        cost = placed[1]
        if placed[0] < lo and g != "plan":
            cost *= _BEFORE_COST   # a report follows the events it recalls: a day before them is less likely
        scores.append((cost, y))
    if not scores:
        return None
    scores.sort()
    best = scores[0]
    if best[0] > _MAX_GAP or (len(scores) > 1 and scores[1][0] <= 2 * best[0]):
        return None
    return best[1], best[0]


def _present_day_year(present: list) -> int | None:
    """The latest year a written day of the present is in (not a bare year, month or quarter: those are
    as often plans and schedules, `tháng 7/2020`, `tới năm 2018`)."""
    return max((other.parts[-1].year for other, sp in present if sp[2].rstrip(_OLD) == "day"), default=None)


def _older_than_present(mt: DateMention, y: int, present_year: int | None, spans: list) -> bool:
    """An undated day (not one written as coming or past) placed in a year older than the latest written
    day of the present, with no written day of that year near it: the vote's older dates are as likely
    background (measured on baomoi and on dantri without published: wrong years only removed)."""
    return (present_year is not None and y < present_year and not mt.direction
            and mt.parts[0].granularity is Granularity.DAY and not _near_written_day(mt, y, spans))


def _near_written_day(mt: DateMention, y: int, spans: list) -> bool:
    """A written day of year y (an old one too) lies within _NEAR_DAYS of the undated mt placed in y."""
    for lo, hi, g in spans:
        if g.rstrip(_OLD) == "day" and lo.year == y:
            placed = _span_cost(mt, years_for(mt.parts, y), lo, hi)
            if placed is not None and placed[1] <= _NEAR_DAYS:
                return True
    return False


def _direction_ok(mt: DateMention, y: int, latest: dt.date | None) -> bool:
    """A date written as coming (`ngày 9/8 tới`) is not before the latest written date of the present
    (less _NEAR_DAYS); one written as just past (`tháng 2 vừa qua`) not a year or more before it."""
    if not mt.direction or latest is None:
        return True
    b = mt.parts[0].bounds(years_for(mt.parts, y)[0])
    if b is None:
        return False
    if mt.direction > 0:
        return b[1] >= latest - dt.timedelta(days=_NEAR_DAYS)
    return b[1] > latest - dt.timedelta(days=365)


def _relative_direction(text: str, mt: DateMention) -> int:
    right = text[mt.end:mt.end + RELATIVE_RIGHT_REACH]
    return 1 if _RX_AFTER_FUTURE.match(right) else -1 if _RX_AFTER_PAST.match(right) else 0


def _vote(votes: list[tuple[tuple[int, int] | None, str]], min_weight: float = 0, day: bool = True,
          max_cost: float | None = None) -> int | None:
    """The year the weighted votes clearly agree on (abstentions ignored), else None.

    The winner needs _VOTE_MARGIN times the next year's weight, min_weight in all unless one of its
    votes is a written date near the undated one (within _NEAR_DAYS, a month or quarter it falls in),
    and one vote within max_cost days when given."""
    weights: dict[int, float] = {}
    nearest: dict[int, float] = {}   # each year's least distance
    near: set[int] = set()
    near_days: set[int] = set()     # years a written day or month within _NEAR_DAYS places it in
    for placed, g in votes:
        if placed is not None:
            y, cost = placed
            if g.startswith(("doc", "plan")) and cost > _NEAR_DAYS:
                continue   # a cited document's or a plan's date counts only near the undated date
            weights[y] = weights.get(y, 0) + _VOTE_WEIGHT.get(g.rstrip(_OLD), 1)
            nearest[y] = min(cost, nearest.get(y, cost))
            if cost <= _NEAR_DAYS and g in ("day", "month", "doc", "plan") or cost == 0 and g in ("quarter", "half") and not day:
                near.add(y)
            if cost <= _NEAR_DAYS and g.rstrip(_OLD) in ("day", "month"):
                near_days.add(y)
    if not weights:
        return None
    ranked = sorted(weights.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[0][1] < _VOTE_MARGIN * ranked[1][1]:
        return None
    if len(near_days) > 1:
        return None   # written days of two years lie near it (a timeline over two years): they disagree
    if ranked[0][1] < min_weight and ranked[0][0] not in near:
        return None
    if max_cost is not None and nearest[ranked[0][0]] > max_cost:
        return None
    return ranked[0][0]


def _weekday_ok(mt: DateMention, y: int) -> bool:
    if mt.weekday is None or mt.parts[0].granularity is not Granularity.DAY:
        return True
    p = mt.parts[0]
    try:
        return dt.date(y, p.month, p.day).weekday() == mt.weekday
    except ValueError:
        return False


def resolve_year(mt: DateMention, spans: list, use_weekday: bool, min_weight: float,
                 max_cost: float | None = None) -> int | None:
    """The year the written spans of the present vote for the undated mt, else None."""
    return _vote([(_place(mt, lo, hi, g, use_weekday), g) for lo, hi, g in spans], min_weight,
                 day=mt.parts[0].granularity is Granularity.DAY, max_cost=max_cost)


def _apply_year(mt: DateMention, y: int, source: str) -> None:
    ys = years_for(mt.parts, y)
    for p, yy in zip(mt.parts, ys):
        if p.year is None:
            p.year = yy
            mt.year_inferred = True
            mt.year_source = source


def _present_spans(text: str, mentions: list[DateMention], anchor: int | None = None) -> list:
    """(mention, span) of the written dates of the article's present, old ones marked `_OLD`."""
    plans = set()
    for mt in mentions:
        if mt.year_written and mt.parts and not mt.relative:
            kind = _background_kind(text, mt)
            mt.background = kind is not None
            if kind == "plan" and mt.parts[0].granularity in (Granularity.DAY, Granularity.MONTH):
                plans.add(id(mt))
    present = [(mt, sp) for mt in mentions if (sp := _present_span(mt)) is not None]
    # history: far older than the latest year the article writes (`Ngày 28/11/1959, Bác Hồ ...`); a
    # planned or due day counts for the latest (the present is not long before it), a horizon does not
    latest = max((p.year for mt in mentions if mt.year_written and not mt.furniture and not mt.is_interval
                  and (not mt.background or id(mt) in plans)
                  for p in mt.parts if p.year is not None and p.year <= 2100), default=None)
    if anchor is not None and (latest is None or anchor > latest):
        latest = anchor   # the year the article states as its own (`kỷ niệm 46 năm ... 30/4/1975`)
    if latest is not None:
        present = [(mt, sp) for mt, sp in present if sp[1].year >= latest - _HISTORY_GAP]
        # an older date still votes, but is not near enough alone (`Tháng 3-2012` in a 2017 story)
        present = [(mt, sp if sp[1].year >= latest - 1 else (sp[0], sp[1], sp[2] + _OLD)) for mt, sp in present]
    present = [(mt, sp) for mt, sp in present if not _told_as_background(text, mt)]
    # ... and so does an event a case file recounts, whatever its year
    return [(mt, (sp[0], sp[1], sp[2] + _OLD) if not sp[2].endswith(_OLD) and _in_clause(text, mt, _RX_RECALL) else sp)
            for mt, sp in present]


def _plan_spans(text: str, mentions: list[DateMention], present: list) -> list:
    """The spans of the days and months a plan clause writes with their year (`Nếu hoàn thành sớm công
    tác lắp đặt vào tháng 6/2017`, `lễ hội ... sẽ diễn ra từ ngày 11 - 13.2.2017`): not the present,
    but the present is near them, so they place an undated date within _NEAR_DAYS of them (granularity
    `plan`); only a plan of a year a written date of the present is in (a plan's day alone is as often
    a year away: `Ngày 7/6` beside `hoàn thành đưa vào sử dụng tháng 7/2018` in a 2017 story); not a
    deadline's day nor a date of entry into force, nor a span of months (`từ tháng 3/2018 – tháng 4/2019`)."""
    present_years = {sp[0].year for _, sp in present if not sp[2].endswith(_OLD)} | {
        mt.parts[-1].year for mt, sp in present if not sp[2].endswith(_OLD)}
    out = []
    for mt in mentions:
        if (not mt.background or mt.furniture or mt.docref or not mt.year_written or mt.relative
                or mt.parts[0].granularity not in (Granularity.DAY, Granularity.MONTH)
                or mt.is_interval and mt.parts[0].granularity is not Granularity.DAY
                or any(p.year not in present_years for p in mt.parts)):
            continue
        s = mt.start
        if (_RX_BACKGROUND_END.search(text, max(0, s - BACKGROUND_REACH), s) or not _in_clause(text, mt, _RX_PLAN)
                or _in_clause(text, mt, _RX_IN_FORCE)
                or _RX_BACKGROUND_DAY_END.search(text, max(0, s - BACKGROUND_DAY_REACH), s)
                or mt.parts[0].granularity is not Granularity.DAY and _RX_BACKGROUND_YEAR_END.search(
                    text, max(0, s - BACKGROUND_REACH), s)):
            continue
        b0, b1 = mt.parts[0].bounds(mt.parts[0].year), mt.parts[-1].bounds(mt.parts[-1].year)
        if b0 and b1:
            out.append((b0[0], b1[1], "plan"))
    return out


def _told_as_background(text: str, mt: DateMention) -> bool:
    """A written month or year its own clause tells as a career step (`Tháng 5-2013, ông được bầu vào Bộ
    Chính trị`, `trúng cử ... trong tháng 5/2016`): background, not the present. (A period's start running
    to now, `từ cuối tháng 3/2021 đến nay`, is as often the present's weeks: measured, not a cue.)"""
    if mt.parts[0].granularity not in (Granularity.MONTH, Granularity.YEAR):
        return False
    if _in_clause(text, mt, _RX_BIOGRAPHY):
        return True
    right = text[mt.end:mt.end + PLAN_CLAUSE_REACH]
    end = _RX_CLAUSE_END.search(right)
    return _RX_BIOGRAPHY.search(right, 0, end.start() if end else len(right)) is not None


def _tet_year(text: str, mt: DateMention) -> bool:
    """mt is a Tết's lunar year with its year (`Tết Đinh Dậu 2017`), not a comparison's (`so với Tết ...`)."""
    m = _RX_STEM_BRANCH.match(mt.text)
    return (m is not None and mt.parts[0].granularity is Granularity.YEAR and not mt.is_interval
            and _STEMS.get(lexicon_key(m.group(1))) == mt.parts[0].year % 10
            and _RX_TET_YEAR_END.search(text, max(0, mt.start - TET_YEAR_REACH), mt.start) is not None
            and _background_kind(text, mt) != "past")


def _anchor_years(text: str, mentions: list[DateMention]) -> dict[int, bool]:
    """The years the article states as its own (each with whether only a Tết states it): an anniversary's
    (`kỷ niệm 46 năm Ngày toàn thắng 30/4/1975`: 1975 + 46), a written year or month said to be this one
    (`trong năm 2017 này`), a Tết's (`Tết Đinh Dậu 2017`)."""
    written = [mt for mt in mentions if mt.year_written and mt.parts and mt.parts[0].year is not None
               and not mt.furniture]
    # one Tết only (not `Tết Đinh Dậu 2017` beside the next one planned), and not one of history (`Tết Mậu
    # Thân 1968` beside `năm 1995`): the latest year written
    latest = max((p.year for mt in written for p in mt.parts if p.year is not None and p.year <= 2100), default=0)
    tet = {mt.parts[0].year for mt in written if _tet_year(text, mt)}
    tet = tet if len(tet) == 1 and max(tet) >= latest else set()
    years = set()
    for m in _RX_ANNIVERSARY.finditer(text):
        base = next((mt for mt in written if m.end() <= mt.start), None)
        if base is not None and _anniversary_base(text, base.start):
            years.add(base.parts[0].year + int(m.group(1)))
    for mt in written:
        # not `sinh năm 1963 này` (a person's birth year); a plan's `tháng 12.2017 này` is this year's
        if not mt.is_interval and mt.parts[0].granularity in (Granularity.YEAR, Granularity.MONTH) \
                and _RX_THIS_YEAR.match(text, mt.end) and _background_kind(text, mt) != "past":
            years.add(mt.parts[0].year)
    return {y: y not in years for y in years | tet if 1900 <= y <= 2100}


def _anchor_year(text: str, mentions: list[DateMention]) -> tuple[int, bool] | None:
    """(the one year the article states as its own, whether only a Tết states it), else None (none
    stated, or several)."""
    anchors = _anchor_years(text, mentions)
    return anchors.popitem() if len(anchors) == 1 else None


def _fill_from_anchor(text: str, todo: list[DateMention], anchor: tuple[int, bool] | None) -> None:
    """The dates the vote left undated take the year the article states as its own, when it states one
    (a Tết's: not a November or December date, as likely the weeks before that Tết)."""
    if anchor is None:
        return
    y, tet_only = anchor
    for mt in todo:
        if tet_only and (mt.parts[0].month or 0) >= 11:
            continue
        # not `Ngày 24 tháng 5 năm Mậu Tý`: a year written in words the scanner does not read
        if any(p.year is None for p in mt.parts) and _weekday_ok(mt, y) and not _RX_YEAR_WORD_AFTER.match(text, mt.end):
            _apply_year(mt, y, "article")


def infer_years(doc: Doc, mentions: list[DateMention], pub: dt.date | None) -> None:
    """Years for the dates written without one (CONTRACT.md: the right year or XXXX).

    With a published date: the year that puts the date nearest to it. Without one, reasoning over
    the article's time frame: each written date of the present (background dates excluded by their
    cue, see `_background_kind`) places the undated date in the year nearest to it (`_place`); the
    written dates of the same sentence decide when they agree, else all of the article's by a
    weighted vote that one year must clearly win. A weekday written with the date must agree with
    the year (`year_source` = `weekday` when it is what settled it); otherwise XXXX.
    """
    _fill_from_told_year(doc.text, mentions)
    missing = [mt for mt in mentions if any(p.year is None for p in mt.parts)]
    if not missing:
        return
    if pub is not None:
        for mt in missing:
            y = nearest_tet_year(mt, pub) if mt.family is Family.TET else nearest_year(mt.parts, pub)
            if y is not None and _weekday_ok(mt, y):
                _apply_year(mt, y, "published")
        return
    anchor = _anchor_year(doc.text, mentions)
    present = _present_spans(doc.text, mentions, anchor[0] if anchor else None)
    todo = [mt for mt in missing if mt.family is not Family.TET and not mt.year_offset
            and not _RX_EVERY_YEAR_AFTER.match(doc.text, mt.end)]
    if not present:
        _fill_from_same_day(doc.text, todo, mentions)
        _fill_from_event_name(doc, todo, mentions)
        _fill_from_anchor(doc.text, todo, anchor)
        return
    # (a plan's written date places the undated ones near it, see `_plan_spans`)
    every = [sp for _, sp in present] + _plan_spans(doc.text, mentions, present)
    # (start, years) of every date written with its year, background too: the years a sentence writes
    written = [(x.start, {p.year for p in x.parts if p.year is not None}) for x in mentions
               if x.year_written and not x.furniture]
    for mt in todo:
        mt.direction = _relative_direction(doc.text, mt)
    # (a lunar day is placed by its year name or the published date only; `tháng 12 năm ngoái`
    # needs the present year itself, which only `published` gives)
    present_year = _present_day_year(present)
    for mt in todo:
        _resolve_from(doc, mt, present, every, written, present_year=present_year)
    # a day the first pass dated places the undated days near it (`ngày 25/11 ... năm 2019`, then
    # `trước ngày 28/11`), near ones only, like a cited document's date; not one it placed in a year
    # older than the latest of the present's written dates (`sáng 16.5` by a cited 2012 document beside
    # `năm 2013`): its error would spread to the days near it
    _fill_from_same_day(doc.text, todo, mentions)
    _fill_from_event_name(doc, todo, mentions)
    placed = [(mt, (*mt.parts[0].bounds(mt.parts[0].year), "doc")) for mt in todo
              if mt.year_source in ("same_sentence", "article") and not mt.is_interval
              and mt.parts[0].granularity is Granularity.DAY
              and mt.parts[0].year >= max(other.parts[-1].year for other, _ in present)]
    if placed:
        for mt in todo:
            if any(p.year is None for p in mt.parts):
                _resolve_from(doc, mt, present, every + [sp for _, sp in placed], written, "article", present_year)
    _fill_from_anchor(doc.text, todo, anchor)


def _fill_from_told_year(text: str, mentions: list[DateMention]) -> None:
    """An undated date told as of the year just told (`lần đầu vào tháng 2/2013 ... Tháng 9 cùng năm`,
    `tháng 5/1968 ... tháng 10 năm đó`) takes the year of the last date written with its year before it
    in its paragraph, whatever the published date; not a year told in passing as background (`người cha
    qua đời năm 2011`)."""
    for mt in mentions:
        if any(p.year is not None for p in mt.parts) or not _RX_SAME_YEAR_AFTER.match(text, mt.end):
            continue
        a = text.rfind("\n", 0, mt.start) + 1
        told = [x for x in mentions if a <= x.start and x.end <= mt.start and x.year_written and not x.furniture
                and x.parts and x.parts[-1].year is not None and _background_kind(text, x) != "past"]
        # (`Năm 2014 ... Tháng 3 năm ngoái, ... Tháng 5 năm đó`: the nearer year, told relative to now, is it)
        relative = [x for x in mentions if a <= x.start and x.end <= mt.start and x.relative and x.parts
                    and x.parts[-1].year is not None]
        if relative and (not told or relative[-1].start > told[-1].start):
            told = relative
        if told and _weekday_ok(mt, told[-1].parts[-1].year):
            _apply_year(mt, told[-1].parts[-1].year, "article")


def _fill_from_same_day(text: str, todo: list[DateMention], mentions: list[DateMention]) -> None:
    """An undated day the article also writes with its year (`từ 1-6` beside `trước ngày 01/06/2017`)
    takes that year, when one year only writes it and that year is not of history (`ngày 30-4` beside
    `30/4/1975`: an anniversary's base is of history, so is a year far older than the latest), nor the
    end of a span (`12 tháng kể từ ngày 21-5` beside `đến hết ngày 21-5-2018`)."""
    written = [mt for mt in mentions if mt.year_written and not mt.furniture and not mt.relative and mt.parts
               and mt.parts[0].year is not None]
    latest = max((p.year for mt in written if not mt.is_interval for p in mt.parts if p.year <= 2100), default=None)
    if latest is None:
        return
    years: dict[tuple[int, int], set[int]] = {}
    for mt in written:
        for p in mt.parts:
            if p.granularity is Granularity.DAY:
                past = p.year < latest - 1 or mt.cue in ("sn", "history") or _background_kind(text, mt) == "past" \
                    or _RX_SPAN_END_LEFT.search(text, max(0, mt.start - SPAN_END_REACH), mt.start) is not None
                years.setdefault((p.month, p.day), set()).add(0 if past else p.year)
    for mt in todo:
        if len(mt.parts) != 1 or mt.parts[0].year is not None or mt.parts[0].granularity is not Granularity.DAY:
            continue
        ys = years.get((mt.parts[0].month, mt.parts[0].day), set())
        if len(ys) == 1 and 0 not in ys and _weekday_ok(mt, min(ys)) and not _RX_EVERY_YEAR.match(text, mt.end):
            _apply_year(mt, min(ys), "article")


def _event_name_year(text: str, a: int, b: int, mentions: list[DateMention]) -> int | None:
    """The one year an event is named with in text[a:b] (`khai mạc Lễ hội Làng Sen 2017`): a name (the
    event word or the next capitalised, the word before the year too), not a year under review (`Hội nghị
    tổng kết Đảng bộ 2016`), the year not a date found."""
    found = set()
    for m in _RX_EVENT_NAME_YEAR.finditer(text, a, b):
        words = [w for w in m.group(1).split() if w not in "-–"]
        first = text[m.start()] if text[m.start()].isalpha() else text[m.start() + 1]   # the event word's
        named = words and words[-1][0].isupper() and (first.isupper() or words[0][0].isupper())
        if named and not _RX_REVIEW.search(m.group(0)) and not any(x.start <= m.start(2) < x.end for x in mentions):
            found.add(int(m.group(2)))
    return found.pop() if len(found) == 1 else None


def _fill_from_event_name(doc: Doc, todo: list[DateMention], mentions: list[DateMention]) -> None:
    """An undated day or month in the sentence of an event named with its year takes that year; not a
    November or December one (an event of the next year is announced in the weeks before it)."""
    for mt in todo:
        if any(p.year is not None for p in mt.parts) or (mt.parts[0].month or 0) >= 11 \
                or mt.parts[0].granularity not in (Granularity.DAY, Granularity.MONTH):
            continue
        a, b = sentence_of(doc, mt.start)
        y = _event_name_year(doc.text, a, b, mentions)
        if y is not None and _weekday_ok(mt, y) and not _RX_YEAR_WORD_AFTER.match(doc.text, mt.end):
            _apply_year(mt, y, "same_sentence")


def _resolve_from(doc: Doc, mt: DateMention, present: list, every: list, written: list[tuple[int, set[int]]],
                  only: str | None = None, present_year: int | None = None) -> None:
    a, b = sentence_of(doc, mt.start)
    # a bare year of the same sentence is its time frame: it spills less into the next year, unless it
    # is a year under review (`tổng kết năm 2016`: such reports run through the next year's first half);
    # only when the sentence writes no other year (`sơ kết 5 tháng đầu năm 2017 và công bố chỉ số năm
    # 2016`, `mốc năm 2025 ... lùi đến năm 2030`: which one frames the day is unsaid)
    one_year = len({y for x, ys in written if a <= x < b for y in ys}) <= 1
    same = [(sp[0], add_months(sp[0], 12 + _SPILL_BEFORE + _SAME_SENTENCE_SPILL_AFTER) - dt.timedelta(days=1),
             "year") if sp[2] == "year" and not _in_clause(doc.text, other, _RX_REVIEW) else sp
            for other, sp in present if a <= other.start < b and not sp[2].startswith("doc")
            and not (sp[2] == "year" and (not one_year or _RX_OTHER_EVENT_YEAR_END.search(
                doc.text, max(0, other.start - 18), other.start) or _in_clause(doc.text, other, _RX_OTHER_TIME)))]
    latest = max((sp[0] for sp in every if sp[2] == "day"), default=None)
    for spans, src, need, gap in ((same, "same_sentence", 0, None), (every, "article", _MIN_WEIGHT, _ARTICLE_MAX_GAP)):
        if not spans or (only and src != only):
            continue
        y = resolve_year(mt, spans, True, need, gap)
        if y is not None and not _direction_ok(mt, y, latest):
            return    # `ngày 9/8 tới` before the article's latest written day: the year does not fit
        if y is not None and mt.direction < 0 and y < max(other.parts[-1].year for other, _ in present):
            return    # `tháng 4 vừa rồi` placed in 2018 beside `số liệu năm 2019`: just past is the latest time told
        if y is not None and _older_than_present(mt, y, present_year, every):
            return    # `Ngày 8-2` placed by a 2014 month in a story of 2017 days: as likely the present's
        if y is not None:
            if mt.weekday is not None and resolve_year(mt, spans, False, need, gap) != y:
                src = "weekday"
            _apply_year(mt, y, src)
            return
