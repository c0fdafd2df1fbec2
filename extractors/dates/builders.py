"""What each pattern family makes of one match: zero or more candidates (see FAMILIES in patterns.py).

A builder checks the match's context (context.py) and turns its groups into calendar Points.
"""
from __future__ import annotations

import datetime as dt
import re

from vnextract.extractors.dates import context as cx
from vnextract.extractors.dates.regex import LEX, SPELLED_NUMBER, H, alt, compile_ci, lexicon_key, spelled_or_digits
from vnextract.extractors.dates.values import Candidate, Family, Granularity, Point, Relation, day_point
from vnextract.extractors.normalize import fold

QUARTERS = LEX["roman_quarters"]
HALVES = LEX["halves"]
REL_DAYS = {fold(k): v for k, v in LEX["relative_days"].items()}
REL_YEARS = {fold(k): v for k, v in LEX["relative_years"].items()}
REL_MONTHS = {fold(k): v for k, v in LEX["relative_months"].items()}
REL_WEEKS = {fold(k): v for k, v in LEX["relative_weeks"].items()}
WEEKDAYS = {fold(k): v for k, v in LEX["weekdays"].items()}
STEM_INDEX = {fold(k): v for k, v in LEX["lunar_stems"].items()}
BRANCH_INDEX = {fold(k): v for k, v in LEX["lunar_branches"].items()}
_RX_LIST_DAY = re.compile(r"\d{1,2}")


def _block(m: re.Match) -> Candidate:
    """A lunar span: it wins its text so no part of it becomes a solar date."""
    return Candidate(m.start(), m.end(), Family.BLOCK, [], prio=9)


def _year_of(rel: str) -> tuple[Relation, int]:
    return Relation.YEAR_OF, REL_YEARS.get(lexicon_key(rel), 0)


def build_day_month_year(m: re.Match, text: str) -> list[Candidate]:
    d, mo, y = int(m["d"]), int(m["m"]), int(m["y"])
    if not cx.day_ok(d, mo) or cx.lunar_right(text, m.end()):
        return []
    if not m["pre"] and cx.doc_number_before(text, m.start()):
        return []
    return [Candidate(m.start(), m.end(), Family.DAY_MONTH_YEAR, [day_point(y, mo, d)], prio=3)]


def build_day_month_words(m: re.Match, text: str) -> list[Candidate]:
    if m["d"]:
        d, mo, y = int(m["d"]), int(m["m"]), m["y"]
    else:
        d, mo, y = int(m["d2"]), int(m["m2"]), m["y2"]
    if not cx.day_ok(d, mo) or cx.lunar_right(text, m.end()):
        return []
    p = day_point(int(y) if y else None, mo, d, year_written=bool(y))
    return [Candidate(m.start(), m.end(), Family.DAY_MONTH_WORDS, [p], prio=3)]


def _bare_day_month_cue(m: re.Match, text: str) -> str | None:
    """The cue that makes a bare `D/M` a date (a cue word, brackets, a chain of dates), else None."""
    ns, sep = m.start("d"), m["s"]
    c = cx.left_cue(text, ns)
    if cx.rejected_left(text, ns) and not (c and c[1] == "strong" and c[0] not in ("thứ",)):
        return None
    if c and c[1] == "strong":
        if c[0] == "thứ" and not cx.RX_RANK_DAY_END.search(text[max(0, ns - cx.RANK_LEFT_REACH):ns]):
            return None     # `xếp thứ 2/10` is a rank; `hôm thứ 22/4` a date
        cue = c[0]
    elif text[ns - 1:ns] == "(" and text[m.end():m.end() + 1] == ")" and (
            sep != "-" or cx.RX_PAREN_DATE_END.search(text, max(0, ns - cx.SHORT_LEFT_REACH), ns)):
        cue = "("
    elif cx.RX_CHAIN_END.search(text, max(0, ns - cx.CUE_REACH), ns):
        cue = "chain"
    elif c and c[1] == "weak" and sep == "/":
        nw = cx.next_word(text, m.end())
        if nw and nw[0].isalnum() and nw not in cx.FOLLOW_WORDS:
            return None
        cue = c[0]
    elif c and c[1] == "weak" and sep == "-" and _dash_day_after_weak_cue(text, m.end()) \
            and not cx.rejected_before_cue(text, ns):     # `dẫn trước 2-1` is a score
        cue = c[0]
    else:
        return None
    if cx.RX_REJECT_RIGHT.match(text[m.end():m.end() + cx.REJECT_RIGHT_REACH]) and cue in ("(", "chain") + cx.WEAK_CUES:
        return None
    return cue


def _dash_day_after_weak_cue(text: str, e: int) -> bool:
    """`đến 23-7, ...`, `từ 27-7 sau khi ...`: a dashed pair after a weak cue is a date only when a clause
    break or a date-follow word comes next; never before a number, a unit or `năm` (`từ 2-3 năm`)."""
    nw = cx.next_word(text, e)
    if not nw or not (nw[0].isalnum()):
        return nw not in ("-", "/", "%")
    return nw in cx.FOLLOW_WORDS and nw not in cx.DASH_RANGE_FOLLOW_WORDS


def _spaced_dash_day_ok(m: re.Match, text: str) -> bool:
    """`hôm 9- 6 tại`, `sáng 15- 6,`: a dash with a space is a day only after a day word or a part of day, and
    before a clause break or a date-follow word (`mỗi ngày 2 - 3 lần`, `từ 2 - 3 mét` are ranges)."""
    if not m["pre"]:
        c = cx.left_cue(text, m.start("d"))
        if not (c and c[1] == "strong" and c[0] != "thứ"):
            return False
    elif fold(m["pre"]).strip() != "ngày" and fold(m["pre"]).strip() != "hôm":
        return False
    return _dash_day_after_weak_cue(text, m.end())


def build_day_month(m: re.Match, text: str) -> list[Candidate]:
    d, mo = int(m["d"]), int(m["m"])
    if not cx.day_ok(d, mo) or cx.lunar_right(text, m.end()):
        return []
    if m["sp"] and not _spaced_dash_day_ok(m, text):
        return []
    cue = fold(m["pre"]).strip() if m["pre"] else _bare_day_month_cue(m, text)
    if cue is None:
        return []
    return [Candidate(m.start(), m.end(), Family.DAY_MONTH, [day_point(None, mo, d, False)], prio=2, cue=cue)]


TWO_DAYS_CUE = "days"      # the cue of a span of two days running written as a list (`ngày 4 và 5-2`)


def build_day_list(m: re.Match, text: str) -> list[Candidate]:
    mo = int(m["m"])
    y = int(m["y"]) if m["y"] else None
    subs = []
    pos = m.start("ds")
    for i, dm in enumerate(_RX_LIST_DAY.finditer(m["ds"])):
        d = int(dm.group())
        if not cx.day_ok(d, mo):
            return []
        a = m.start() if i == 0 else pos + dm.start()
        subs.append(Candidate(a, pos + dm.end(), Family.DAY_LIST, [day_point(y, mo, d, False)]))
    d2 = int(m["d2"])
    if not cx.day_ok(d2, mo) or cx.lunar_right(text, m.end()):
        return []
    subs.append(Candidate(m.start("d2"), m.end(), Family.DAY_LIST, [day_point(y, mo, d2, y is not None)]))
    if len(subs) == 2 and d2 == subs[0].parts[0].day + 1 and "hoặc" not in m.group().lower():
        # `trong hai ngày 4 và 5-2`: two days running are one span (as the gold reads them), not a choice
        first = day_point(y, mo, subs[0].parts[0].day, y is not None)
        return [Candidate(m.start(), m.end(), Family.DAY_INTERVAL, [first, subs[1].parts[0]], prio=4, cue=TWO_DAYS_CUE)]
    return [Candidate(m.start(), m.end(), Family.DAY_LIST, [], prio=4, subs=subs)]


def _bare_day_interval_ok(m: re.Match, text: str, y2: int | None) -> bool:
    """A day span without `ngày`/`từ` before it: a strong cue, or slashes / a year that make it a date."""
    ns = m.start("d1")
    s1, s2 = m["s1"], m["s2"]
    c = cx.left_cue(text, ns)
    strong = c and c[1] == "strong" and c[0] != "thứ"
    if cx.rejected_left(text, ns) and not strong:
        return False
    slashy = (s1 or s2) != "-" and s2 != "-"
    return bool(strong or (m["m1"] and slashy) or (y2 and (s1 or "/") == s2) or
                (c and c[0] in ("trong", "dịp", "hạn") and slashy) or (text[ns - 1:ns] == "(" and slashy))


def build_day_interval(m: re.Match, text: str) -> list[Candidate]:
    d1, d2, mo2 = int(m["d1"]), int(m["d2"]), int(m["m2"])
    mo1 = int(m["m1"]) if m["m1"] else mo2
    if not (cx.day_ok(d1, mo1) and cx.day_ok(d2, mo2)):
        return []
    if cx.lunar_right(text, m.end()):
        return [_block(m)]
    if not m["m1"] and d1 >= d2:
        return []
    y2 = int(m["y2"]) if m["y2"] else None
    y1 = int(m["y1"]) if m["y1"] else None
    if not (m["pre"] or m["tu"]) and not _bare_day_interval_ok(m, text, y2):
        return []
    if y1 is not None and y2 is not None and (d1, mo1) == (d2, mo2) and y1 != y2:
        # (03/02/1930 - 03/02/2020): two commemorated days, not a span
        a1 = m.start("pre") if m["pre"] else m.start("d1")
        return [Candidate(m.start(), m.end(), Family.DAY_LIST, [], prio=5, subs=[
            Candidate(a1, m.end("y1"), Family.DAY_MONTH_YEAR, [day_point(y1, mo1, d1)]),
            Candidate(m.start("d2"), m.end(), Family.DAY_MONTH_YEAR, [day_point(y2, mo2, d2)])])]
    p1 = day_point(y1, mo1, d1, y1 is not None or y2 is not None)
    p2 = day_point(y2, mo2, d2, y2 is not None)
    if y1 is None and y2 is not None:
        p1.year = y2 - 1 if (mo1, d1) > (mo2, d2) else y2
    if y1 is not None and y2 is not None and dt.date(y1, mo1, min(d1, 28)) > dt.date(y2, mo2, min(d2, 28)):
        return []
    return [Candidate(m.start(), m.end(), Family.DAY_INTERVAL, [p1, p2], prio=5)]


def build_month_interval(m: re.Match, text: str) -> list[Candidate]:
    mo1, mo2 = int(m["m1"]), int(m["m2"])
    y1 = m["y1"] or m["yb1"]
    y2 = m["y2"] or m["yb2"]
    y1 = int(y1) if y1 else None
    y2 = int(y2) if y2 else None
    if not (m["th1"] or (y1 and y2)):
        return []
    if not (m["th2"] or y2):
        return []
    if not m["th1"] and not m["tu"] and cx.rejected_left(text, m.start("m1")):
        return []
    if cx.lunar_right(text, m.end()):
        return [_block(m)]
    p1 = Point(Granularity.MONTH, y1, mo1, year_written=y1 is not None or y2 is not None)
    p2 = Point(Granularity.MONTH, y2, mo2, year_written=y2 is not None)
    if y1 is None and y2 is not None:
        p1.year = y2 - 1 if mo1 > mo2 else y2
    if p1.year is not None and p2.year is not None and (p1.year, mo1) >= (p2.year, mo2):
        return []
    if p1.year is None and mo1 >= mo2:
        return []
    return [Candidate(m.start(), m.end(), Family.MONTH_INTERVAL, [p1, p2], prio=5)]


def _year_span(m: re.Match, y1: int, y2: int) -> list[Candidate]:
    return [Candidate(m.start(), m.end(), Family.YEAR_INTERVAL,
                      [Point(Granularity.YEAR, y1), Point(Granularity.YEAR, y2)], prio=5)]


def build_year_interval(m: re.Match, text: str) -> list[Candidate]:
    y1 = int(m["y1"])
    if m["y2s"]:    # `2015-16`, only after `năm` or a season word (`mùa giải 2015-16`)
        y2 = y1 // 100 * 100 + int(m["y2s"])
        if not (0 < y2 - y1 <= 10) or not (
                m["nam"] or cx.RX_SEASON_END.search(text, max(0, m.start() - cx.SHORT_LEFT_REACH), m.start())):
            return []
        return _year_span(m, y1, y2)
    y2 = int(m["y2"])
    if not (0 < y2 - y1 <= 100):
        return []
    if m["conn"][0].isalpha() and not (m["tu"] or m["nam"]):
        return []
    if not (m["tu"] or m["nam"]):
        # an older span only closing a bracket: a life or a reign (`(Vua Norodom 1834-1904)`, `(1368-1644)`)
        oldest = 1000 if text[m.end():m.end() + 1] == ")" else 1900
        if not (oldest <= y1 and y2 <= 2100) or cx.unit_after_year(text, m.end()):
            return []
        if cx.doc_number_before(text, m.start()) or text[m.start() - 1:m.start()].isdigit():
            return []
    if cx.unit_after_year(text, m.end()):
        return []
    return _year_span(m, y1, y2)


def build_month(m: re.Match, text: str) -> list[Candidate]:
    return _month(m, text, int(m["m"]), m["y"] or m["y2"])


_MONTH_WORDS = {fold(k): v for k, v in LEX["month_words"].items()}
_MONTH_WORDS_LOWERCASE = {fold(w) for w in LEX["month_words_lowercase"]}
_NAMED_DAY_WORDS = {fold(w) for w in LEX["named_day_words"]}
_WEEKDAY_KEYS = {fold(w) for w in LEX["weekdays"]}
_NAMED_DAY_STOP = {fold(w) for w in LEX["named_day_stop_words"]}
# `Cách mạng Tháng Tám` (a name), `một tháng bảy ngày` / `2 tháng` (a duration) end right before `tháng`
_RX_MONTH_WORD_REJECT_END = compile_ci(
    rf"(?:\b(?:{alt(LEX['month_word_reject_left'])})|\b(?:{SPELLED_NUMBER})|\d){H}+$")


def build_month_word(m: re.Match, text: str) -> list[Candidate]:
    """`tháng Sáu`: any month word capitalised, lowercase only the unambiguous ones (`tháng hai lần` is not)."""
    word = lexicon_key(m["mw"])
    if not (m["mw"][0].isupper() or word in _MONTH_WORDS_LOWERCASE):
        return []
    if _RX_MONTH_WORD_REJECT_END.search(text, max(0, m.start() - cx.SHORT_LEFT_REACH), m.start()):
        return []
    return _month(m, text, _MONTH_WORDS[word], m["y"])


def _month(m: re.Match, text: str, mo: int, y: str | None) -> list[Candidate]:
    if cx.RX_MONTH_REJECT_END.search(text, max(0, m.start() - cx.SHORT_LEFT_REACH), m.start()):
        return []
    if cx.lunar_right(text, m.end()) or cx.RX_REJECT_RIGHT.match(
            text[m.end():m.end() + cx.MONTH_RIGHT_REACH]) and not y:
        return []
    if y:
        return [Candidate(m.start(), m.end(), Family.MONTH, [Point(Granularity.MONTH, int(y), mo)], prio=3)]
    rel = _year_of(m["rel"]) if m["rel"] else None
    return [Candidate(m.start(), m.end(), Family.MONTH, [Point(Granularity.MONTH, None, mo, year_written=False)],
                      prio=3, rel=rel)]


def build_month_year(m: re.Match, text: str) -> list[Candidate]:
    mo, y = int(m["m"]), int(m["y"])
    c = cx.left_cue(text, m.start())
    if cx.rejected_left(text, m.start()):
        return []
    if m["s"] == "-" and not c:
        return []
    if not (c or text[m.start() - 1:m.start()] == "("):
        return []
    return [Candidate(m.start(), m.end(), Family.MONTH_YEAR, [Point(Granularity.MONTH, y, mo)], prio=2)]


def _quarter(y: int | None, q: int) -> Point:
    return Point(Granularity.QUARTER, y, quarter=q, year_written=y is not None)


def build_quarter(m: re.Match, text: str) -> list[Candidate]:
    q = QUARTERS.get(fold(m["r"] or m["r2"]))
    if not q:
        return []
    y = m["y"] or m["y2"]
    y = int(y) if y else None
    if m["r3"]:     # quý II-III
        q3 = QUARTERS.get(fold(m["r3"]))
        if not q3 or q3 <= q:
            return []
        return [Candidate(m.start(), m.end(), Family.QUARTER, [_quarter(y, q), _quarter(y, q3)], prio=3)]
    if y is None and not m["rel"] and not m["r"]:
        return []   # `Q1` needs its year
    rel = _year_of(m["rel"]) if y is None and m["rel"] else None
    return [Candidate(m.start(), m.end(), Family.QUARTER, [_quarter(y, q)], prio=3, rel=rel)]


def build_half(m: re.Match, text: str) -> list[Candidate]:
    y = int(m["y"]) if m["y"] else None
    rel = (Relation.YEAR_OF, REL_YEARS.get("năm " + fold(m["rel"]), 0)) if m["rel"] else None
    if m["nua"]:
        n, pos = 6, fold(m["pos2"])
    elif m["n"]:
        n, pos = spelled_or_digits(m["n"]), fold(m["pos"])
    else:
        if y is None:
            return []
        n, pos = spelled_or_digits(m["n2"]), "đầu"
    if not 1 <= n <= 11:
        return []
    yw = y is not None
    if n == 6:
        parts = [Point(Granularity.HALF, y, half=HALVES.get(pos, 2), year_written=yw)]
    elif pos == "đầu":
        parts = [Point(Granularity.MONTH, y, 1, year_written=yw), Point(Granularity.MONTH, y, n, year_written=yw)]
    else:
        parts = [Point(Granularity.MONTH, y, 13 - n, year_written=yw), Point(Granularity.MONTH, y, 12, year_written=yw)]
    return [Candidate(m.start(), m.end(), Family.HALF, parts, prio=4, rel=rel)]


def build_year(m: re.Match, text: str) -> list[Candidate]:
    y = int(m["y"])
    if not m["nam"] and cx.unit_after_year(text, m.end()):
        return []
    s = m.start() if m["nam"] else m.start("y")
    return [Candidate(s, m.end(), Family.YEAR, [Point(Granularity.YEAR, y)], prio=1, cue="" if m["nam"] else "sn")]


def build_period_year(m: re.Match, text: str) -> list[Candidate]:
    """`mùa hè 2020`, `Tết Nguyên đán 2017`: the period's year; `, sinh 1971`: a birth year (background)."""
    y = int(m["y"])
    if cx.unit_after_year(text, m.end()):
        return []
    if m["born"]:
        return [Candidate(m.start("y"), m.end(), Family.YEAR, [Point(Granularity.YEAR, y)], prio=1, cue="sn")]
    return [Candidate(m.start(), m.end(), Family.YEAR, [Point(Granularity.YEAR, y)], prio=1)]


def _is_day_name(name: str) -> bool:
    """The words between `ngày` and a day: a name (`Quốc khánh`, `Nhà giáo Việt Nam`: its first word
    capitalised), or event words of the lexicon (`bầu cử`)."""
    words, key = name.split(), lexicon_key(name)
    if not words or key in _WEEKDAY_KEYS or any(fold(w) in _NAMED_DAY_STOP for w in words):
        return False
    return words[0][0].isupper() or key in _NAMED_DAY_WORDS


def build_named_day(m: re.Match, text: str) -> list[Candidate]:
    """`ngày bầu cử 3/11`: the day (span from the number) of a named day."""
    d, mo = int(m["d"]), int(m["m"])
    if not cx.day_ok(d, mo) or not _is_day_name(m["name"]) or cx.lunar_right(text, m.end()):
        return []
    if not m["y"] and cx.RX_REJECT_RIGHT.match(text[m.end():m.end() + cx.MONTH_RIGHT_REACH]):
        return []
    y = int(m["y"]) if m["y"] else None
    return [Candidate(m.start("d"), m.end(), Family.DAY_MONTH if y is None else Family.DAY_MONTH_YEAR,
                      [day_point(y, mo, d, y is not None)], prio=2, cue="ngày")]


def build_lunar_year(m: re.Match, text: str) -> list[Candidate]:
    return [Candidate(m.start(), m.end(), Family.LUNAR_YEAR, [Point(Granularity.YEAR, int(m["y"]))], prio=2)]


def build_tet(m: re.Match, text: str) -> list[Candidate]:
    n = spelled_or_digits(m["n"])
    if not 1 <= n <= 30:
        return []
    y = int(m["y"]) if m["y"] else None
    c = Candidate(m.start(), m.end(), Family.TET, [day_point(y, None, n, y is not None)], prio=3)
    if y is None and m["cc"]:
        stem, branch = m["cc"].split()[0], m["cc"].split()[-1]
        c.rel = (Relation.LUNAR_YEAR, (STEM_INDEX.get(fold(stem)), BRANCH_INDEX.get(fold(branch))))
    return [c]


def build_relative(m: re.Match, text: str) -> list[Candidate]:
    key = lexicon_key(m["rel"])
    if key in REL_DAYS:
        return [Candidate(m.start(), m.end(), Family.RELATIVE, [Point(Granularity.DAY, year_written=False)], prio=1,
                          relative=True, rel=(Relation.DAY, REL_DAYS[key]), merge_next=True)]
    if cx.RX_REL_REJECT_END.search(text, max(0, m.start() - cx.SHORT_LEFT_REACH), m.start()):
        return []
    if key in REL_YEARS:
        parts, rel = [Point(Granularity.YEAR, year_written=False)], (Relation.YEAR, REL_YEARS[key])
    elif key in REL_MONTHS:
        parts, rel = [Point(Granularity.MONTH, year_written=False)], (Relation.MONTH, REL_MONTHS[key])
    else:
        parts = [Point(Granularity.DAY, year_written=False), Point(Granularity.DAY, year_written=False)]
        rel = (Relation.WEEK, REL_WEEKS[key])
    return [Candidate(m.start(), m.end(), Family.RELATIVE, parts, prio=1, relative=True, rel=rel)]


def build_weekday(m: re.Match, text: str) -> list[Candidate]:
    if m["wd"][-1].isdigit() and not cx.RX_WEEKDAY_DIGIT_OK.search(
            text, max(0, m.start() - cx.SHORT_LEFT_REACH), m.start()):
        return []   # `Kỳ họp thứ 3` is an ordinal
    return [Candidate(m.start(), m.end(), Family.WEEKDAY, [], prio=0, merge_next=True,
                      rel=(Relation.WEEKDAY, WEEKDAYS[lexicon_key(m["wd"])]))]
