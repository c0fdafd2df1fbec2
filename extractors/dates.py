"""dates extractor: every calendar expression of an article, with its value in the contract format.

A small Vietnamese temporal grammar in the spirit of EDS-NLP's dates pipe: the words live in
lexicons/temporal.json (parts of day, cue words, relative words and their offsets, lunar year names,
reject contexts); the patterns below are assembled from them once at import. Each pattern family
yields candidates (absolute days, months, quarters, halves, years, intervals, relative expressions);
false-positive contexts (ratios, ranks, scores, document numbers, durations, addresses) are
rejected by looking at a few characters either side; overlapping candidates keep the longest.

Years that are not written are inferred per CONTRACT.md: the input's published date first (the
year that puts the expression nearest to it, past preferred), else the explicit dates of the same
sentence, else the article's dominant explicit year (day/month/quarter/half dates weigh more than a
bare `năm YYYY`; intervals and page furniture ignored), else `XXXX`.

Cost: the patterns are not run over the whole text (Python's re tries a pattern with an optional or
case-folded first piece at every position); each is tried only at the few positions where it can
start, found from one scan for digit runs and str.find for the lexicon words (see `_Scan`). About
0.4 ms for a 3,000-character article; no per-token loops, no dateparser.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from vnextract.extractors.extensions import sentence_of, sentence_spans
from vnextract.extractors.lexicon import load_json
from vnextract.extractors.normalize import fold

_LEX = load_json("temporal.json")
_BANNERS = tuple(load_json("layout.json")["banner_prefixes"])

# ------------------------------------------------------------------ regex pieces
_H = r"[^\S\n]"             # horizontal space
_D = r"(?:0?[1-9]|[12]\d|3[01])"
_M = r"(?:0?[1-9]|1[0-2])"
_Y = r"(?:1[0-9]\d\d|20\d\d)"
_DASH = r"[-–—‐‑−]"
_NB = r"(?<![\w/.,:+\-–])"                       # a number starts here
_NE_Y = r"(?![\d%]|/\w|[.,:\-]\d)"               # a year ends here (glued words allowed: `2025được`)
_NE_DM = r"(?![\w%]|/\w|[.,:\-]\d)"              # a day/month ends here


def _alt(words) -> str:
    """Regex alternation of lexicon words, longest first, any run of spaces between words."""
    out = sorted({w.strip() for w in words if w.strip()}, key=len, reverse=True)
    return "|".join(r"[^\S\n]+".join(re.escape(p) for p in w.split()) for w in out)


def _c(pattern: str, flags=re.IGNORECASE) -> re.Pattern:
    return re.compile(pattern, flags)


_DAY_PRE = r"(?:(?:\b|(?=[nN]gày))ngày|\bhôm|\bmùng|\bmồng)"
_NUMW = _LEX["number_words"]
_NUMW_RE = _alt(_NUMW)
_REL_YEAR_WORDS = r"năm" + _H + r"+(?:nay|ngoái|tới)|sang" + _H + r"+năm"

# full day: 25/11/2019, ngày 6-2-2017, Ngày21-11-2013
_RX_DMY = _c(rf"(?P<pre>{_DAY_PRE}{_H}*)?(?(pre)|(?<![\w/.,:+]))(?P<d>{_D})(?P<s>[/.\-])(?P<m>{_M})(?P=s)(?P<y>{_Y}){_NE_Y}")
# ngày 3 tháng 2 năm 1930, ngày 19 tháng 4, 3 tháng 2 năm 1930
_RX_DMW = _c(rf"(?:(?P<pre>{_DAY_PRE}{_H}*)(?P<d>{_D}){_H}+tháng{_H}*(?P<m>{_M})"
             rf"(?:{_H}*,?{_H}*năm{_H}*(?P<y>{_Y}){_NE_Y}|(?![\w/]|[.,]\d))"
             rf"|{_NB}(?P<d2>{_D}){_H}+tháng{_H}+(?P<m2>{_M}){_H}*,?{_H}*năm{_H}*(?P<y2>{_Y}){_NE_Y})")
# day-month: ngày 25/11, 6-2, ngày 6.2, hôm 7/2
_RX_DM = _c(rf"(?P<pre>{_DAY_PRE}{_H}*)?(?(pre)|{_NB})(?P<d>{_D})(?P<s>[/.\-])(?P<m>{_M}){_NE_DM}")
# day lists: ngày 2 và 3/6, các ngày 19, 21 và 23/07
_RX_DLIST = _c(rf"(?P<pre>\bngày{_H}*)(?P<ds>{_D}(?:{_H}*,{_H}*{_D})*){_H}*,?{_H}*(?:và|hoặc){_H}*(?:ngày{_H}*)?"
               rf"(?P<d2>{_D})(?P<s>[/.\-])(?P<m>{_M})(?:(?P=s)(?P<y>{_Y}){_NE_Y}|{_NE_DM})")
# day intervals: từ ngày 21 đến 23/7/2020, 30/4 - 1/5, ngày 29-30/4, từ 10-4 đến hết 31-12
_RX_DINT = _c(rf"(?P<tu>\b(?:kể{_H}+)?từ{_H}+)?(?P<pre>(?:(?:các|hai|ba|2|3){_H}+)?(?:\b|(?=[nN]gày))ngày{_H}*(?:m[ùồ]ng{_H}*)?)?"
              rf"(?(pre)|{_NB})(?P<d1>{_D})(?:(?P<s1>[/.\-])(?P<m1>{_M})(?:(?P=s1)(?P<y1>{_Y}))?)?"
              rf"{_H}*(?P<conn>{_DASH}|đến{_H}+hết|đến|tới|cho{_H}+đến){_H}*(?:hết{_H}+)?(?:ngày{_H}*)?"
              rf"(?P<d2>{_D})(?P<s2>[/.\-])(?P<m2>{_M})(?:(?P=s2)(?P<y2>{_Y}){_NE_Y}|{_NE_DM})")
# month intervals: từ tháng 4 đến tháng 8/2016, (1/2004 - 5/2010), từ tháng 09 đến tháng 11 năm 2020
_MY_TAIL = rf"(?:{_H}*[/\-]{_H}*(?P<y{{n}}>{_Y})|{_H}+năm{_H}+(?P<yb{{n}}>{_Y}))?"
_RX_MINT = _c(rf"(?P<tu>\b(?:kể{_H}+)?từ{_H}+)?(?P<th1>\btháng{_H}*)?(?(th1)|{_NB})(?P<m1>{_M})" + _MY_TAIL.format(n=1)
              + rf"{_H}*(?P<conn>{_DASH}|đến{_H}+hết|đến|tới){_H}*(?:hết{_H}+)?(?P<th2>tháng{_H}*)?(?P<m2>{_M})"
              + _MY_TAIL.format(n=2) + r"(?![\w%]|/\w|[.,:\-]\d)")
# year intervals: 2015 – 2020, từ năm 2008 - 2014, từ năm 2002 đến năm 2013
_RX_YINT = _c(rf"(?P<tu>\b(?:kể{_H}+)?từ{_H}+)?(?P<nam>(?:\b|(?=[nN]ăm))năm{_H}*)?(?(nam)|{_NB})(?P<y1>{_Y}){_H}*"
              rf"(?:(?P<conn>{_DASH}|đến|tới){_H}*(?P<nam2>năm{_H}*)?(?P<y2>{_Y}){_NE_Y}|(?P<c2>[-–/])(?P<y2s>\d\d)(?![\w/]|[.,]\d))")
_RX_SEASON_END = _c(rf"(?:mùa{_H}+giải|mùa|năm{_H}+học|niên{_H}+khóa|niên{_H}+khoá|năm){_H}*$")
# months: tháng 10, tháng 11 năm 2020, tháng 5-2017, tháng 1/2017, tháng 2.2017 (dot, no space), tháng 3 năm nay
_RX_MONTH = _c(rf"(?P<th>\btháng{_H}*)(?P<m>{_M})(?:(?:{_H}*[/\-]{_H}*|\.)(?P<y>{_Y}){_NE_Y}|{_H}*,?{_H}*năm{_H}*(?P<y2>{_Y}){_NE_Y}"
               rf"|{_H}+(?P<rel>{_REL_YEAR_WORDS})\b|(?![\w%]|[.,/:\-]\d))")
# bare month/year: từ 9/2019, (8/2016)
_RX_MY = _c(rf"{_NB}(?P<m>{_M})(?P<s>[/\-])(?P<y>{_Y}){_NE_Y}")
# quarters: quý I, quý II năm 2018, quý 4/2016, Q1/2020
_RX_QUARTER = _c(rf"(?:\bquý{_H}*(?P<r>IV|I{{1,3}}|0?[1-4])(?:{_H}*[-–]{_H}*(?P<r3>IV|I{{1,3}})(?![\w]))?(?![\w])|\b(?-i:Q)(?P<r2>[1-4])(?=[/\-]|{_H}+năm{_H}+\d))"
                 rf"(?:{_H}*[/\-]{_H}*(?P<y>{_Y}){_NE_Y}|{_H}*,?{_H}*năm{_H}*(?P<y2>{_Y}){_NE_Y}|{_H}+(?P<rel>{_REL_YEAR_WORDS})\b)?")
# halves and first/last N months: 6 tháng đầu năm, 6 tháng cuối năm 2020, nửa đầu năm, 4 tháng đầu năm, 9 tháng năm 2019
_RX_HALF = _c(rf"(?:(?P<n>\b\d{{1,2}}|\b(?:{_NUMW_RE})){_H}+tháng{_H}+(?P<pos>đầu|cuối){_H}+năm"
              rf"|\b(?P<nua>nửa){_H}+(?P<pos2>đầu|cuối|sau){_H}+năm"
              rf"|(?P<n2>\b\d{{1,2}}|\b(?:{_NUMW_RE})){_H}+tháng{_H}+năm(?={_H}*{_Y}))(?!{_H}+học)"
              rf"(?:{_H}*(?P<y>{_Y}){_NE_Y}|{_H}+(?P<rel>nay|ngoái|tới)\b)?")
# years: năm 2019, Năm 2022, năm2030, SN 1983, mùa Xuân 1975
_RX_YEAR = _c(rf"(?:(?P<nam>(?:\b|(?=[nN]ăm))năm{_H}*)|(?P<cue>\b(?-i:SN){_H}*:?{_H}*|\bmùa{_H}+xuân{_H}+|(?-i:\b[Xx]uân){_H}+))(?P<y>{_Y}){_NE_Y}")
# lunar year names with a year: Mậu Tuất 2018
_STEMS = _alt(w[0].upper() + w[1:] for w in _LEX["lunar_stems"])
_BRANCHES = _alt(w[0].upper() + w[1:] for w in _LEX["lunar_branches"])
_RX_CANCHI = re.compile(rf"\b(?P<cc>(?:{_STEMS}){_H}+(?:{_BRANCHES})){_H}+(?P<y>{_Y}){_NE_Y}")
# lunar new-year days: mùng 5 Tết, mồng 1 Tết Đinh Dậu, mùng 10 tháng Giêng
_RX_TET = _c(rf"(?:\bngày{_H}+)?\bm[ùồ]ng{_H}*(?P<n>\d{{1,2}}|{_NUMW_RE}){_H}+(?P<tet>tết(?:{_H}+nguyên{_H}+đán)?|tháng{_H}+giêng)"
             rf"(?!{_H}+âm)(?:{_H}+(?:năm{_H}+)?(?P<cc>(?-i:{_STEMS}){_H}+(?-i:{_BRANCHES})))?(?:{_H}+(?P<y>{_Y}){_NE_Y})?")
# relative expressions
_REL_DAYS = {fold(k): v for k, v in _LEX["relative_days"].items()}
_REL_YEARS = {fold(k): v for k, v in _LEX["relative_years"].items()}
_REL_MONTHS = {fold(k): v for k, v in _LEX["relative_months"].items()}
_REL_WEEKS = {fold(k): v for k, v in _LEX["relative_weeks"].items()}
_RX_REL = _c(rf"\b(?P<rel>{_alt(list(_LEX['relative_days']) + list(_LEX['relative_years']) + list(_LEX['relative_months']) + list(_LEX['relative_weeks']))})(?![\w])")
_WEEKDAYS = {fold(k): v for k, v in _LEX["weekdays"].items()}
_RX_WEEKDAY = _c(rf"\b(?P<wd>{_alt(k for k in _LEX['weekdays'] if k != 'cn')})(?![\w/])")

# contexts
_CUE_WORDS = {fold(w): "strong" for w in _LEX["strong_cues"]}
_CUE_WORDS.update({fold(w): "weak" for w in _LEX["weak_cues"] if fold(w) not in _CUE_WORDS})
_RX_CUE_END = _c(rf"(?:^|[^\w])(?P<w>{_alt(list(_LEX['strong_cues']) + list(_LEX['weak_cues']))}){_H}*(?P<p>[,(]?){_H}*$")
_RX_REJECT_END = _c(rf"(?:^|[^\w])(?:{_alt(_LEX['reject_left'])}){_H}*(?:số{_H}*)?$")
_RX_CHAIN_END = _c(rf"\d{{1,2}}[/.\-]\d{{1,2}}(?:[/.\-]\d{{4}})?{_H}*(?:,|và|hoặc){_H}*(?:ngày{_H}*)?$")
_RX_REJECT_RIGHT = _c(rf"^{_H}*(?:{_alt(_LEX['reject_right'])})(?![\w])")
_RX_LUNAR_RIGHT = _c(rf"^{_H}*\)?{_H}*(?:âm{_H}+lịch|\(?(?-i:ÂL|AL)\b)")
_RX_TET_PAREN = _c(rf"(?:tết|nay|qua|mai|nhật|hai|ba|tư|năm|sáu|bảy){_H}*\($")
_RX_WD_DIGIT_OK = _c(rf"(?:^|[\n.,;:(]|\b(?:hôm|vào|sáng|chiều|tối|trưa|đêm|khuya|từ|đến|tới)){_H}*$")
_FOLLOW = frozenset(fold(w) for w in _LEX["date_follow_words"])
_RX_NEXT_WORD = re.compile(r"[^\S\n]*(\w+|\S)?")
_RX_REL_REJECT_END = _c(rf"(?:^|[^\w])(?:\d+|{_alt(_LEX['relative_reject_left'])}){_H}*$")
_RX_MONTH_REJECT_END = _c(rf"(?:(?:^|[^\w])(?:mỗi|hàng|hằng|mấy|vài|lương|từng)|\d){_H}*$")
_RX_YEAR_UNIT_RIGHT = _c(r"^[^\S\n]*(?:người|đồng|usd|tấn|kg|km|m2|m3|m|ha|con|cây|chiếc|lượt|hộ|học\s+sinh|ca|trẻ|"
                         r"vnđ|mét|đ|tỷ|triệu|nghìn|ngàn|lít|cm|mm|độ|sản\s+phẩm|xe|căn|phòng|suất|cái|bộ|trang|"
                         r"tác\s+phẩm|đơn|mẫu|tuổi|lần|vụ|điểm|m²)(?![\w])")
_RX_DOC_BEFORE_YEAR = _c(r"(?:số|nghị\s+định|thông\s+tư|quyết\s+định|luật|qđ|nđ|tt)[^\S\n]*$")

_QUARTERS = _LEX["roman_quarters"]
_STEM_IDX = {fold(k): v for k, v in _LEX["lunar_stems"].items()}
_BRANCH_IDX = {fold(k): v for k, v in _LEX["lunar_branches"].items()}
_TET = {int(k): dt.date.fromisoformat(v) for k, v in _LEX["lunar_new_year"].items()}


# ------------------------------------------------------------------ data model
@dataclass
class Point:
    """One end of a calendar value: g in day/month/quarter/half/year; y None until known."""
    g: str
    y: int | None = None
    m: int | None = None
    d: int | None = None
    q: int | None = None
    h: int | None = None
    yw: bool = True          # year written in the expression

    def bounds(self, y: int) -> tuple[dt.date, dt.date] | None:
        try:
            if self.g == "day":
                x = dt.date(y, self.m, self.d)
                return x, x
            if self.g == "month":
                return dt.date(y, self.m, 1), _month_end(y, self.m)
            if self.g == "quarter":
                return dt.date(y, 3 * self.q - 2, 1), _month_end(y, 3 * self.q)
            if self.g == "half":
                return (dt.date(y, 1, 1), dt.date(y, 6, 30)) if self.h == 1 else (dt.date(y, 7, 1), dt.date(y, 12, 31))
            return dt.date(y, 1, 1), dt.date(y, 12, 31)
        except (ValueError, TypeError):  # no such day, or a part the expression left unknown
            return None

    def value(self) -> str:
        y = "XXXX" if self.y is None else f"{self.y:04d}"
        if self.g == "day":
            return f"{y}-{self.m:02d}-{self.d:02d}"
        if self.g == "month":
            return f"{y}-{self.m:02d}"
        if self.g == "quarter":
            return f"{y}-Q{self.q}"
        if self.g == "half":
            return f"{y}-H{self.h}"
        return y


def _month_end(y: int, m: int) -> dt.date:
    return (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))


@dataclass
class DateMention:
    start: int
    end: int
    text: str
    value: str = ""
    granularity: str = ""
    date_start: str | None = None
    date_end: str | None = None
    year_inferred: bool = False
    relative: bool = False
    family: str = ""
    year_written: bool = True
    parts: list = field(default_factory=list)     # [Point] or [Point, Point] for intervals
    furniture: bool = False                        # inside a site banner (kept, but not used to infer years)
    cue: str = ""                                  # the cue word before it, folded (`sáng`, `trước`)
    docref: bool = False                           # the date of a cited document (`Quyết định số 98, ngày ...`)
    background: bool = False                       # a birth, founding, history or planning date (never the present)
    weekday: int | None = None                     # weekday written with it (0 = Monday)
    year_source: str | None = None                 # how a missing year was found (YEAR_SOURCES)
    year_offset: int = 0                           # `năm ngoái` (-1), `năm tới` (+1): the year relative to the present

    @property
    def is_interval(self) -> bool:
        return len(self.parts) == 2

    def as_row(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end, "value": self.value,
                "date_start": self.date_start, "date_end": self.date_end, "granularity": self.granularity,
                "year_inferred": self.year_inferred, "relative": self.relative, "year_source": self.year_source}


@dataclass
class _Cand:
    start: int
    end: int
    family: str
    parts: list
    prio: int = 0
    relative: bool = False
    rel: tuple | None = None        # (unit, offset) for relative expressions
    subs: list | None = None        # list candidates: several mentions from one match
    merge_next: bool = False        # weekday / relative day: absorbs a following explicit day
    cue: str = ""
    weekday: int | None = None      # the weekday written with the day (0 = Monday), a check on its year


# ------------------------------------------------------------------ helpers
def _num(s: str) -> int:
    s = s.strip()
    if s.isdigit():
        return int(s)
    return _NUMW.get(fold(s), 0)


def _left_cue(text: str, s: int) -> tuple[str, str, str] | None:
    """(word, strength, punctuation) of the cue right before position s, else None."""
    m = _RX_CUE_END.search(text, max(0, s - 30), s)
    if not m:
        return None
    w = fold(m.group("w"))
    w = re.sub(r"\s+", " ", w)
    return w, _CUE_WORDS.get(w, "weak"), m.group("p")


def _rejected_left(text: str, s: int) -> bool:
    return _RX_REJECT_END.search(text, max(0, s - 30), s) is not None


def _right(text: str, e: int, n: int = 30) -> str:
    return text[e:e + n]


def _next_word(text: str, e: int) -> str:
    m = _RX_NEXT_WORD.match(text, e, min(len(text), e + 30))
    return fold(m.group(1)) if m and m.group(1) else ""


def _lunar_right(text: str, e: int) -> bool:
    return _RX_LUNAR_RIGHT.match(text[e:e + 20]) is not None


def _day_ok(d: int, m: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= (29 if m == 2 else 30 if m in (4, 6, 9, 11) else 31)


# ------------------------------------------------------------------ candidate families
_RX_DIGITS = re.compile(r"\d+")


def _windows(text: str, pad: int = 48) -> list[tuple[int, int]]:
    """Stretches of text around digits: the only places the numeric families can match."""
    out: list[list[int]] = []
    n = len(text)
    for m in _RX_DIGITS.finditer(text):
        a, b = max(0, m.start() - pad), min(n, m.end() + pad)
        if out and a <= out[-1][1]:
            out[-1][1] = b
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


def _fi(rx: re.Pattern, text: str, win: list[tuple[int, int]]):
    for a, b in win:
        yield from rx.finditer(text, a, b)


# ------------------------------------------------------------------ anchored scanning
# Python's re tries a pattern at every position when its first character is not fixed (optional
# prefixes, lookbehinds, IGNORECASE words), which made the families above cost ~3 ms an article.
# Instead each family is tried only at the positions where it can start, found from a few anchors:
# the digit runs (one scan; the run's length and what follows select the families, the words
# before it give the prefix starts) and, for the word families, the lexicon words located with
# str.find on the lowercased text. The patterns themselves are unchanged and are matched at those
# positions with the same end bounds as before, so the matches are exactly those of finditer:
# every position where a pattern can match is in its start set (a superset), tried left to right,
# skipping starts inside the previous match.
_RX_DRUN = re.compile(r"\d\d*")
_SHORT_CORE = re.compile(
    r"\d\d?"
    r"(?:(?=(?P<dmy>[/.\-]\d\d?[/.\-]\d\d\d\d))|)"
    r"(?:(?=(?P<dm>[/.\-]\d))|)"
    r"(?:(?=(?P<dmw>[^\S\n]+tháng))|)"
    r"(?:(?=(?P<dlist>[^\S\n]*(?:,|và|hoặc)))|)"
    r"(?:(?=(?P<dint>(?:[/.\-]\d\d?(?:[/.\-]\d\d\d\d)?)?[^\S\n]*(?:[-–—‐‑−]|đến|tới|cho)))|)"
    r"(?:(?=(?P<mint>(?:[^\S\n]*[/\-][^\S\n]*\d\d\d\d|[^\S\n]+năm[^\S\n]+\d\d\d\d)?[^\S\n]*(?:[-–—‐‑−]|đến|tới)))|)"
    r"(?:(?=(?P<my>[/\-]\d\d\d\d))|)")
_YINT_CORE = re.compile(r"\d\d\d\d[^\S\n]*(?:[-–—‐‑−/]|đến|tới)")
_DAY_PRE_WORDS = ("ngày", "hôm", "mùng", "mồng")


def _first_words(phrases) -> tuple[str, ...]:
    return tuple(sorted({p.split()[0].lower() for p in phrases if p.strip()}))


def _lex_words(words) -> tuple[tuple[str, ...], ...]:
    return tuple(sorted({tuple(w.lower().split()) for w in words if w.strip()}))


_REL_FIRST = _first_words(list(_LEX["relative_days"]) + list(_LEX["relative_years"])
                          + list(_LEX["relative_months"]) + list(_LEX["relative_weeks"]))
_WEEKDAY_FIRST = _first_words(k for k in _LEX["weekdays"] if k != "cn")
_NUMW_SEQ = _lex_words(_NUMW)
_STEM_WORDS = tuple(sorted({w.lower() for w in _LEX["lunar_stems"]}))
_BRANCH_WORDS = tuple(sorted({w.lower() for w in _LEX["lunar_branches"]}))


def _lh(s: str, i: int) -> int:
    """Start of the run of horizontal spaces that ends at i (i itself when there is none)."""
    while i:
        c = s[i - 1]
        if c == "\n" or not c.isspace():
            return i
        i -= 1
    return i


def _ends(low: str, i: int, words) -> list[int]:
    """Starts of those words that end at i."""
    return [i - len(w) for w in words if low.endswith(w, 0, i)]


def _seq_start(low: str, i: int, seq: tuple[str, ...]) -> int | None:
    """Start of the words of seq ending at i, separated by runs of horizontal space."""
    for k in range(len(seq) - 1, -1, -1):
        w = seq[k]
        if not low.endswith(w, 0, i):
            return None
        i -= len(w)
        if k:
            j = _lh(low, i)
            if j == i:
                return None
            i = j
    return i


def _tu_before(low: str, q: int, out: list[int]) -> None:
    """`từ ` / `kể từ ` right before q."""
    r = _lh(low, q)
    if r < q and low.endswith("từ", 0, r):
        t = r - 2
        out.append(t)
        r = _lh(low, t)
        if r < t and low.endswith("kể", 0, r):
            out.append(r - 2)


def _find_all(low: str, w: str, out: list[int]) -> None:
    i = low.find(w)
    while i >= 0:
        out.append(i)
        i = low.find(w, i + 1)


class _Scan:
    """Start positions of each pattern family in one text (see above)."""

    def __init__(self, text: str, low: str):
        self.text = text
        n = len(text)
        wa: list[int] = []
        wb: list[int] = []
        st: dict[str, list[int]] = {k: [] for k in (
            "dmy", "dm", "dmw", "dlist", "dint", "mint", "my", "month", "yint", "year", "canchi")}
        for m in _RX_DRUN.finditer(text):
            s, e = m.span()
            # the windows of _windows(), built from the same runs
            a = s - 48 if s > 48 else 0
            b = e + 48 if e + 48 < n else n
            if wb and a <= wb[-1]:
                wb[-1] = b
            else:
                wa.append(a)
                wb.append(b)
            k = e - s
            if k <= 2:
                g = _SHORT_CORE.match(low, s).regs
                r0 = _lh(low, s)
                pre = _ends(low, r0, _DAY_PRE_WORDS) if r0 else []
                if g[1][0] >= 0:
                    st["dmy"].append(s)
                    st["dmy"] += pre
                if g[2][0] >= 0:
                    st["dm"].append(s)
                    st["dm"] += pre
                if g[3][0] >= 0:
                    st["dmw"].append(s)
                    st["dmw"] += pre
                if g[4][0] >= 0 and low.endswith("ngày", 0, r0):
                    st["dlist"].append(r0 - 4)
                if g[5][0] >= 0:
                    out = st["dint"]
                    out.append(s)
                    ps = [s]
                    if low.endswith("ngày", 0, r0):
                        ngs = [r0 - 4]
                    elif low.endswith("mùng", 0, r0) or low.endswith("mồng", 0, r0):
                        r1 = _lh(low, r0 - 4)
                        ngs = [r1 - 4] if low.endswith("ngày", 0, r1) else []
                    else:
                        ngs = []
                    for q in ngs:
                        ps.append(q)
                        r2 = _lh(low, q)
                        if r2 < q:
                            ps += _ends(low, r2, ("các", "hai", "ba", "2", "3"))
                    out += ps
                    for q in ps:
                        _tu_before(low, q, out)
                th = r0 - 5 if low.endswith("tháng", 0, r0) else -1
                if g[6][0] >= 0:
                    out = st["mint"]
                    out.append(s)
                    _tu_before(low, s, out)
                    if th >= 0:
                        out.append(th)
                        _tu_before(low, th, out)
                if g[7][0] >= 0:
                    st["my"].append(s)
                if th >= 0:
                    st["month"].append(th)
            elif k == 4:
                r0 = _lh(low, s)
                nam = r0 - 3 if low.endswith("năm", 0, r0) else -1
                if _YINT_CORE.match(low, s):
                    out = st["yint"]
                    out.append(s)
                    _tu_before(low, s, out)
                    if nam >= 0:
                        out.append(nam)
                        _tu_before(low, nam, out)
                out = st["year"]
                if nam >= 0:
                    out.append(nam)
                for r in (r0, _lh(low, r0 - 1) if r0 and low[r0 - 1] == ":" else -1):
                    if r >= 2 and text.endswith("SN", 0, r):
                        out.append(r - 2)
                if r0 < s:
                    if low.endswith("xuân", 0, r0):
                        x = r0 - 4
                        out.append(x)
                        r1 = _lh(low, x)
                        if r1 < x and low.endswith("mùa", 0, r1):
                            out.append(r1 - 3)
                    for q in _ends(low, r0, _BRANCH_WORDS):
                        r1 = _lh(low, q)
                        if r1 < q:
                            st["canchi"] += _ends(low, r1, _STEM_WORDS)
        self.wa, self.wb, self.starts = wa, wb, st

        # word families (whole text)
        q: list[int] = []
        _find_all(low, "quý", q)
        _find_all(text, "Q", q)
        st["quarter"] = q
        h: list[int] = []
        _find_all(low, "nửa", h)
        ths: list[int] = []
        _find_all(low, "tháng", ths)
        for t in ths:
            r0 = _lh(low, t)
            if r0 == t or not r0:
                continue
            if low[r0 - 1].isdecimal():
                h.append(r0 - 1)
                if r0 >= 2:
                    h.append(r0 - 2)
            for seq in _NUMW_SEQ:
                x = _seq_start(low, r0, seq)
                if x is not None:
                    h.append(x)
        st["half"] = h
        t_: list[int] = []
        for w in ("mùng", "mồng"):
            _find_all(low, w, t_)
        for x in list(t_):
            r0 = _lh(low, x)
            if r0 < x and low.endswith("ngày", 0, r0):
                t_.append(r0 - 4)
        st["tet"] = t_
        r: list[int] = []
        for w in _REL_FIRST:
            _find_all(low, w, r)
        st["rel"] = r
        w_: list[int] = []
        for w in _WEEKDAY_FIRST:
            _find_all(low, w, w_)
        st["weekday"] = w_

    def windowed(self, rx: re.Pattern, fam: str) -> list:
        text, wa, wb = self.text, self.wa, self.wb
        out = []
        last = 0
        for s in sorted(set(self.starts[fam])):
            if s < last:
                continue
            i = bisect.bisect_right(wa, s) - 1
            if i < 0 or s >= wb[i]:
                continue
            m = rx.match(text, s, wb[i])
            if m:
                out.append(m)
                last = m.end()
        return out

    def whole(self, rx: re.Pattern, fam: str) -> list:
        text = self.text
        out = []
        last = 0
        for s in sorted(set(self.starts[fam])):
            if s < last:
                continue
            m = rx.match(text, s)
            if m:
                out.append(m)
                last = m.end()
        return out


class _Slow:
    """The plain finditer scans (texts whose lowercasing is not position-for-position)."""

    def __init__(self, text: str):
        self.text = text
        self.win = _windows(text)

    def windowed(self, rx: re.Pattern, fam: str):
        return _fi(rx, self.text, self.win)

    def whole(self, rx: re.Pattern, fam: str):
        return rx.finditer(self.text)


def _scanner(text: str, low: str):
    # `ı`, `ſ` (and `İ`, which lowercases to two characters) match i/s under IGNORECASE but do not
    # lowercase to them: such texts take the plain scans.
    if len(low) != len(text) or "ı" in text or "ſ" in text:
        return _Slow(text)
    return _Scan(text, low)


def _cands(text: str) -> list[_Cand]:
    out: list[_Cand] = []
    low = text.lower()
    sc = _scanner(text, low)
    add = out.append

    for m in sc.windowed(_RX_DMY, "dmy"):
        d, mo, y = int(m["d"]), int(m["m"]), int(m["y"])
        if not _day_ok(d, mo) or _lunar_right(text, m.end()):
            continue
        if not m["pre"] and _RX_DOC_BEFORE_YEAR.search(text, max(0, m.start() - 15), m.start()):
            continue
        add(_Cand(m.start(), m.end(), "dmy", [Point("day", y, mo, d)], prio=3))

    for m in sc.windowed(_RX_DMW, "dmw"):
        if m["d"]:
            d, mo, y = int(m["d"]), int(m["m"]), m["y"]
        else:
            d, mo, y = int(m["d2"]), int(m["m2"]), m["y2"]
        if not _day_ok(d, mo) or _lunar_right(text, m.end()):
            continue
        add(_Cand(m.start(), m.end(), "dmw", [Point("day", int(y) if y else None, mo, d, yw=bool(y))], prio=3))

    for m in sc.windowed(_RX_DM, "dm"):
        d, mo, sep = int(m["d"]), int(m["m"]), m["s"]
        if not _day_ok(d, mo) or _lunar_right(text, m.end()):
            continue
        s = m.start()
        cue = ""
        if m["pre"]:
            cue = fold(m["pre"]).strip()
        else:
            ns = m.start("d")
            c = _left_cue(text, ns)
            if _rejected_left(text, ns) and not (c and c[1] == "strong" and c[0] not in ("thứ",)):
                continue
            if c and c[1] == "strong":
                if c[0] == "thứ" and not re.search(r"hôm\s+thứ\s*$", text[max(0, ns - 15):ns], re.I):
                    # `xếp thứ 2/10` is a rank; `hôm thứ 22/4` a date
                    continue
                cue = c[0]
            elif text[ns - 1:ns] == "(" and text[m.end():m.end() + 1] == ")" and (
                    sep != "-" or _RX_TET_PAREN.search(text, max(0, ns - 12), ns)):
                cue = "("
            elif _RX_CHAIN_END.search(text, max(0, ns - 30), ns):
                cue = "chain"
            elif c and c[1] == "weak" and sep == "/":
                nw = _next_word(text, m.end())
                if nw and nw[0].isalnum() and nw not in _FOLLOW:
                    continue
                cue = c[0]
            else:
                continue
            if _RX_REJECT_RIGHT.match(text[m.end():m.end() + 20]) and cue in ("(", "chain") + tuple(
                    w for w, k in _CUE_WORDS.items() if k == "weak"):
                continue
        add(_Cand(s, m.end(), "dm", [Point("day", None, mo, d, yw=False)], prio=2, cue=cue))

    for m in sc.windowed(_RX_DLIST, "dlist"):
        mo = int(m["m"])
        y = int(m["y"]) if m["y"] else None
        subs = []
        pos = m.start("ds")
        ok = True
        for i, dm in enumerate(re.finditer(r"\d{1,2}", m["ds"])):
            d = int(dm.group())
            if not _day_ok(d, mo):
                ok = False
                break
            a = m.start() if i == 0 else pos + dm.start()
            subs.append(_Cand(a, pos + dm.end(), "dlist", [Point("day", y, mo, d, yw=False)]))
        d2 = int(m["d2"])
        if not ok or not _day_ok(d2, mo) or _lunar_right(text, m.end()):
            continue
        subs.append(_Cand(m.start("d2"), m.end(), "dlist", [Point("day", y, mo, d2, yw=y is not None)]))
        add(_Cand(m.start(), m.end(), "dlist", [], prio=4, subs=subs))

    for m in sc.windowed(_RX_DINT, "dint"):
        d1, d2, mo2 = int(m["d1"]), int(m["d2"]), int(m["m2"])
        mo1 = int(m["m1"]) if m["m1"] else mo2
        if not (_day_ok(d1, mo1) and _day_ok(d2, mo2)):
            continue
        if _lunar_right(text, m.end()):
            add(_Cand(m.start(), m.end(), "block", [], prio=9))
            continue
        if not m["m1"] and d1 >= d2:
            continue
        y2 = int(m["y2"]) if m["y2"] else None
        y1 = int(m["y1"]) if m["y1"] else None
        s1, s2 = m["s1"], m["s2"]
        conn = m["conn"]
        ns = m.start("d1")
        if not (m["pre"] or m["tu"]):
            c = _left_cue(text, ns)
            strong = c and c[1] == "strong" and c[0] != "thứ"
            if _rejected_left(text, ns) and not strong:
                continue
            slashy = (s1 or s2) != "-" and s2 != "-"
            if not (strong or (m["m1"] and slashy) or (y2 and (s1 or "/") == s2) or
                    (c and c[0] in ("trong", "dịp", "hạn") and slashy) or (text[ns - 1:ns] == "(" and slashy)):
                continue
        if y1 is not None and y2 is not None and (d1, mo1) == (d2, mo2) and y1 != y2:
            # (03/02/1930 - 03/02/2020): two commemorated days, not a span
            a1 = m.start("pre") if m["pre"] else m.start("d1")
            add(_Cand(m.start(), m.end(), "dlist", [], prio=5, subs=[
                _Cand(a1, m.end("y1"), "dmy", [Point("day", y1, mo1, d1)]),
                _Cand(m.start("d2"), m.end(), "dmy", [Point("day", y2, mo2, d2)])]))
            continue
        p1 = Point("day", y1, mo1, d1, yw=y1 is not None or y2 is not None)
        p2 = Point("day", y2, mo2, d2, yw=y2 is not None)
        if y1 is None and y2 is not None:
            p1.y = y2 - 1 if (mo1, d1) > (mo2, d2) else y2
        if y1 is not None and y2 is not None and dt.date(y1, mo1, min(d1, 28)) > dt.date(y2, mo2, min(d2, 28)):
            continue
        s = m.start()
        add(_Cand(s, m.end(), "dint", [p1, p2], prio=5))

    for m in sc.windowed(_RX_MINT, "mint"):
        mo1, mo2 = int(m["m1"]), int(m["m2"])
        y1 = m["y1"] or m["yb1"]
        y2 = m["y2"] or m["yb2"]
        y1 = int(y1) if y1 else None
        y2 = int(y2) if y2 else None
        if not (m["th1"] or (y1 and y2)):
            continue
        if not (m["th2"] or y2):
            continue
        if not m["th1"] and not m["tu"] and _rejected_left(text, m.start("m1")):
            continue
        if _lunar_right(text, m.end()):
            add(_Cand(m.start(), m.end(), "block", [], prio=9))
            continue
        p1 = Point("month", y1, mo1, yw=y1 is not None or y2 is not None)
        p2 = Point("month", y2, mo2, yw=y2 is not None)
        if y1 is None and y2 is not None:
            p1.y = y2 - 1 if mo1 > mo2 else y2
        if p1.y is not None and p2.y is not None and (p1.y, mo1) >= (p2.y, mo2):
            continue
        if p1.y is None and mo1 >= mo2:
            continue
        add(_Cand(m.start(), m.end(), "mint", [p1, p2], prio=5))

    for m in sc.windowed(_RX_YINT, "yint"):
        y1 = int(m["y1"])
        if m["y2s"]:
            y2 = y1 // 100 * 100 + int(m["y2s"])
            if not (0 < y2 - y1 <= 10) or not (m["nam"] or _RX_SEASON_END.search(text, max(0, m.start() - 12), m.start())):
                continue
            add(_Cand(m.start(), m.end(), "yint", [Point("year", y1), Point("year", y2)], prio=5))
            continue
        y2 = int(m["y2"])
        if not (0 < y2 - y1 <= 100):
            continue
        conn = m["conn"]
        if conn[0].isalpha() and not (m["tu"] or m["nam"]):
            continue
        if not (m["tu"] or m["nam"]):
            if not (1900 <= y1 and y2 <= 2100) or _RX_YEAR_UNIT_RIGHT.match(text[m.end():m.end() + 20]):
                continue
            if _RX_DOC_BEFORE_YEAR.search(text, max(0, m.start() - 15), m.start()) or \
                    text[m.start() - 1:m.start()].isdigit():
                continue
        if _RX_YEAR_UNIT_RIGHT.match(text[m.end():m.end() + 20]):
            continue
        add(_Cand(m.start(), m.end(), "yint", [Point("year", y1), Point("year", y2)], prio=5))

    for m in sc.windowed(_RX_MONTH, "month"):
        mo = int(m["m"])
        if _RX_MONTH_REJECT_END.search(text, max(0, m.start() - 12), m.start()):
            continue
        if _lunar_right(text, m.end()) or _RX_REJECT_RIGHT.match(text[m.end():m.end() + 12]) and not (m["y"] or m["y2"]):
            continue
        y = m["y"] or m["y2"]
        if y:
            add(_Cand(m.start(), m.end(), "month", [Point("month", int(y), mo)], prio=3))
        elif m["rel"]:
            add(_Cand(m.start(), m.end(), "month", [Point("month", None, mo, yw=False)], prio=3,
                      rel=("yearof", _REL_YEARS.get(re.sub(r"\s+", " ", fold(m["rel"])), 0))))
        else:
            add(_Cand(m.start(), m.end(), "month", [Point("month", None, mo, yw=False)], prio=3))

    for m in sc.windowed(_RX_MY, "my"):
        mo, y = int(m["m"]), int(m["y"])
        c = _left_cue(text, m.start())
        if _rejected_left(text, m.start()):
            continue
        if m["s"] == "-" and not c:
            continue
        if not (c or text[m.start() - 1:m.start()] == "("):
            continue
        add(_Cand(m.start(), m.end(), "my", [Point("month", y, mo)], prio=2))

    for m in sc.whole(_RX_QUARTER, "quarter"):
        q = _QUARTERS.get(fold(m["r"] or m["r2"]))
        if not q:
            continue
        y = m["y"] or m["y2"]
        if m["r3"]:
            q3 = _QUARTERS.get(fold(m["r3"]))
            if not q3 or q3 <= q:
                continue
            yy = int(y) if y else None
            add(_Cand(m.start(), m.end(), "quarter", [Point("quarter", yy, q=q, yw=yy is not None),
                                                      Point("quarter", yy, q=q3, yw=yy is not None)], prio=3))
            continue
        if y:
            add(_Cand(m.start(), m.end(), "quarter", [Point("quarter", int(y), q=q)], prio=3))
        elif m["rel"]:
            add(_Cand(m.start(), m.end(), "quarter", [Point("quarter", None, q=q, yw=False)], prio=3,
                      rel=("yearof", _REL_YEARS.get(re.sub(r"\s+", " ", fold(m["rel"])), 0))))
        elif m["r"]:
            add(_Cand(m.start(), m.end(), "quarter", [Point("quarter", None, q=q, yw=False)], prio=3))

    for m in (sc.whole(_RX_HALF, "half") if "tháng" in low or "nửa" in low else ()):
        y = int(m["y"]) if m["y"] else None
        rel = ("yearof", _REL_YEARS.get("năm " + fold(m["rel"]), 0)) if m["rel"] else None
        if m["nua"]:
            n, pos = 6, fold(m["pos2"])
        elif m["n"]:
            n, pos = _num(m["n"]), fold(m["pos"])
        else:
            if y is None:
                continue
            n, pos = _num(m["n2"]), "đầu"
        if not 1 <= n <= 11:
            continue
        yw = y is not None
        if n == 6:
            parts = [Point("half", y, h=1 if pos == "đầu" else 2, yw=yw)]
        elif n == 3 and False:
            parts = []
        elif pos == "đầu":
            parts = [Point("month", y, 1, yw=yw), Point("month", y, n, yw=yw)]
        else:
            parts = [Point("month", y, 13 - n, yw=yw), Point("month", y, 12, yw=yw)]
        add(_Cand(m.start(), m.end(), "half", parts, prio=4, rel=rel))

    for m in sc.windowed(_RX_YEAR, "year"):
        y = int(m["y"])
        if not m["nam"] and _RX_YEAR_UNIT_RIGHT.match(text[m.end():m.end() + 20]):
            continue
        s = m.start() if m["nam"] else m.start("y")
        add(_Cand(s, m.end(), "year", [Point("year", y)], prio=1, cue="" if m["nam"] else "sn"))

    for m in sc.windowed(_RX_CANCHI, "canchi"):
        add(_Cand(m.start(), m.end(), "canchi", [Point("year", int(m["y"]))], prio=2))

    for m in (sc.whole(_RX_TET, "tet") if "mùng" in low or "mồng" in low else ()):
        n = _num(m["n"])
        if not 1 <= n <= 30:
            continue
        y = int(m["y"]) if m["y"] else None
        c = _Cand(m.start(), m.end(), "tet", [Point("day", y, None, n, yw=y is not None)], prio=3)
        if y is None and m["cc"]:
            st, br = m["cc"].split()[0], m["cc"].split()[-1]
            c.rel = ("canchi", (_STEM_IDX.get(fold(st)), _BRANCH_IDX.get(fold(br))))
        add(c)

    for m in sc.whole(_RX_REL, "rel"):
        key = re.sub(r"\s+", " ", fold(m["rel"]))
        if key in _REL_DAYS:
            c = _Cand(m.start(), m.end(), "rel", [Point("day", yw=False)], prio=1, relative=True,
                      rel=("day", _REL_DAYS[key]), merge_next=True)
        else:
            if _RX_REL_REJECT_END.search(text, max(0, m.start() - 12), m.start()):
                continue
            if key in _REL_YEARS:
                c = _Cand(m.start(), m.end(), "rel", [Point("year", yw=False)], prio=1, relative=True,
                          rel=("year", _REL_YEARS[key]))
            elif key in _REL_MONTHS:
                c = _Cand(m.start(), m.end(), "rel", [Point("month", yw=False)], prio=1, relative=True,
                          rel=("month", _REL_MONTHS[key]))
            else:
                c = _Cand(m.start(), m.end(), "rel", [Point("day", yw=False), Point("day", yw=False)], prio=1,
                          relative=True, rel=("week", _REL_WEEKS[key]))
        add(c)

    for m in (sc.whole(_RX_WEEKDAY, "weekday") if "thứ" in low or "chủ" in low else ()):
        if m["wd"][-1].isdigit() and not _RX_WD_DIGIT_OK.search(text, max(0, m.start() - 12), m.start()):
            continue  # `Kỳ họp thứ 3` is an ordinal
        add(_Cand(m.start(), m.end(), "weekday", [], prio=0, merge_next=True,
                  rel=("weekday", _WEEKDAYS[re.sub(r"\s+", " ", fold(m["wd"]))])))
    return out


_RX_MERGE_GAP = re.compile(r"[^\S\n]*(?:,|\()?[^\S\n]*(?:ngày[^\S\n]*)?$", re.IGNORECASE)


def _select(cands: list[_Cand], text: str) -> list[_Cand]:
    """Longest non-overlapping candidates; then weekday/relative-day + explicit day merge into one."""
    cands.sort(key=lambda c: (-(c.end - c.start), -c.prio, c.start))
    taken: list[_Cand] = []
    occupied: list[tuple[int, int]] = []
    for c in cands:
        if any(c.start < b and a < c.end for a, b in occupied):
            continue
        taken.append(c)
        occupied.append((c.start, c.end))
    taken.sort(key=lambda c: c.start)
    out: list[_Cand] = []
    i = 0
    while i < len(taken):
        c = taken[i]
        if c.merge_next and i + 1 < len(taken):
            nxt = taken[i + 1]
            gap = text[c.end:nxt.start]
            if nxt.family in ("dm", "dmy", "dmw") and len(gap) <= 8 and _RX_MERGE_GAP.fullmatch(gap):
                end = nxt.end
                if "(" in gap and text[end:end + 1] == ")":
                    end += 1
                wd = c.rel[1] if c.family == "weekday" else None
                out.append(_Cand(c.start, end, nxt.family, nxt.parts, prio=nxt.prio, cue=nxt.cue or c.family,
                                 weekday=wd))
                i += 2
                continue
        if c.family in ("weekday", "block"):
            i += 1
            continue
        if c.subs:
            out.extend(c.subs)
        else:
            out.append(c)
        i += 1
    return out


# ------------------------------------------------------------------ year inference
def _nearest_year(parts: list[Point], pub: dt.date) -> int | None:
    best, best_score = None, None
    for y in (pub.year - 1, pub.year, pub.year + 1):
        ys = _years_for(parts, y)
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


def _years_for(parts: list[Point], y: int) -> list[int]:
    """Years of the parts when the (last) missing year is y: a wrapping span starts the year before."""
    if len(parts) == 2 and parts[0].y is None and parts[1].y is None:
        a, b = parts
        key = lambda p: (p.m or 0, p.d or 0)
        return [y - 1 if a.g == b.g and key(a) > key(b) else y, y]
    return [p.y if p.y is not None else y for p in parts]


# One sentence source for every extractor: the Doc's sentence bounds (extensions.py).
_sentence_spans = sentence_spans


def _resolve_relative(c: _Cand, pub: dt.date) -> list[Point] | None:
    unit, off = c.rel
    if unit == "day":
        x = pub + dt.timedelta(days=off)
        return [Point("day", x.year, x.month, x.day, yw=False)]
    if unit == "year":
        return [Point("year", pub.year + off, yw=False)]
    if unit == "month":
        k = pub.year * 12 + pub.month - 1 + off
        return [Point("month", k // 12, k % 12 + 1, yw=False)]
    if unit == "week":
        monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=off)
        sunday = monday + dt.timedelta(days=6)
        return [Point("day", monday.year, monday.month, monday.day, yw=False),
                Point("day", sunday.year, sunday.month, sunday.day, yw=False)]
    return None


def _canchi_year(stem: int | None, branch: int | None, ref: int) -> int | None:
    if stem is None or branch is None:
        return None
    best = None
    for y in range(ref - 40, ref + 41):
        if y % 10 == stem and y % 12 == branch and (best is None or abs(y - ref) < abs(best - ref)):
            best = y
    return best


def _is_banner(text: str, lay, a: int, b: int) -> bool:
    for fa, fb in lay.furniture:
        if fa <= a and b <= fb:
            return fold(text[fa:fb]).startswith(_BANNERS)
    return False


# ------------------------------------------------------------------ public API
def find(doc: Doc) -> list[DateMention]:
    """All DateMentions of the doc, in text order, with values resolved."""
    text = doc.text
    lay = doc._.layout
    info = doc._.info
    pub = info.published if info is not None else None

    cands = _select(_cands(text), text)
    mentions: list[DateMention] = []
    for c in cands:
        banner = False
        if lay is not None and lay.is_furniture(c.start, c.end):
            if not _is_banner(text, lay, c.start, c.end):
                continue
            banner = True
        parts = c.parts
        relative = c.relative
        if c.rel and c.rel[0] in ("day", "year", "month", "week"):
            if pub is None:
                continue
            parts = _resolve_relative(c, pub)
        elif c.rel and c.rel[0] == "yearof":
            if pub is not None:
                for p in parts:
                    p.y = pub.year + c.rel[1]
                relative = True
        elif c.rel and c.rel[0] == "canchi":
            pass
        if not parts:
            continue
        mentions.append(DateMention(c.start, c.end, text[c.start:c.end], family=c.family, parts=parts,
                                    relative=relative, furniture=banner, cue=c.cue,
                                    year_written=all(p.yw for p in parts),
                                    weekday=c.weekday,
                                    year_offset=c.rel[1] if c.rel and c.rel[0] == "yearof" else 0,
                                    docref=_RX_DOCREF_BEFORE.search(text, max(0, c.start - 40), c.start) is not None))

    _infer_years(doc, mentions, pub)
    out = []
    for mt in mentions:
        if mt.family == "tet":
            if not _finish_tet(mt):
                continue
        _finish(mt)
        out.append(mt)
    return out


# How a missing year was found (the `year_source` column); null when written or unknown.
YEAR_SOURCES = ("published", "same_sentence", "article", "weekday")

_FILLERS = _alt(_LEX["background_year_fillers"])
_RX_BACKGROUND_END = _c(rf"(?:^|[^\w])(?:{_alt(_LEX['background_left'])})(?:{_H}+(?:{_FILLERS}))*{_H}*[:(]?{_H}*$")
_RX_BACKGROUND_DAY_END = _c(rf"(?:^|[^\w])(?:{_alt(_LEX['background_day_left'])}){_H}*$")
_RX_BACKGROUND_YEAR_END = _c(rf"(?:^|[^\w])(?:{_alt(_LEX['background_year_left'])})(?:{_H}+(?:{_FILLERS}))*{_H}*$")
# `Bộ luật Hình sự năm 1999`, `Luật Đất đai 2013`: a few words of the name, no punctuation
_RX_NAME_YEAR_END = re.compile(rf"(?:^|[^\w])(?:{_alt(_LEX['name_year_left'])})(?:{_H}+[\w-]+){{0,6}}{_H}+$")
_VOTE_WEIGHT = _LEX["year_vote_weights"]
_VOTE_MARGIN = float(_LEX["year_vote_margin"])
_SPILL_BEFORE, _SPILL_AFTER = _LEX["bare_year_spill_months"]
_MAX_GAP = int(_LEX["year_max_gap_days"])
_MIN_WEIGHT = float(_LEX["year_min_weight"])
_HISTORY_GAP = int(_LEX["history_gap_years"])
_NEAR_DAYS = int(_LEX["year_near_days"])
_OLD = "~"      # granularity suffix of a written date more than a year older than the article's latest
_RX_PLAN = _c(rf"(?:^|[^\w])(?:{_alt(_LEX['plan_clause_words'])})(?![\w])")
_RX_CLAUSE_START = re.compile(r"[.;:!?\n]")


def _is_background(text: str, mt: DateMention) -> bool:
    """A written date that speaks of another time than the article's present (by the words before it)."""
    s = mt.start
    left = max(0, s - 40)
    if _RX_BACKGROUND_END.search(text, left, s):
        return True
    g = mt.parts[0].g
    if g != "day" and _RX_BACKGROUND_YEAR_END.search(text, left, s):
        return True
    if not mt.docref and _is_future(text, mt) or g == "day" and _RX_BACKGROUND_DAY_END.search(text, max(0, s - 20), s):
        return True   # a plan, a deadline or a scheduled day is not the present either
    return g == "year" and _RX_NAME_YEAR_END.search(text, max(0, s - 60), s) is not None


def _is_future(text: str, mt: DateMention) -> bool:
    """A plan, goal or deadline: a plan word in the clause before the date (up to 80 characters)."""
    a = max(0, mt.start - 80)
    left = text[a:mt.start]
    cut = max((m.end() for m in _RX_CLAUSE_START.finditer(left)), default=0)
    return _RX_PLAN.search(left, cut) is not None


def _add_months(d: dt.date, n: int) -> dt.date:
    k = d.year * 12 + d.month - 1 + n
    return dt.date(k // 12, k % 12 + 1, 1)


def _present_span(mt: DateMention) -> tuple[dt.date, dt.date, str] | None:
    """(first day, last day, granularity) of the article's present this written date points to, or None."""
    if (mt.furniture or not mt.year_written or mt.cue in ("sn", "history") or mt.relative
            or mt.background or not mt.parts or mt.parts[-1].y is None):
        return None   # a cited document's date counts only near the undated date (granularity `doc`)
    p = mt.parts[-1]
    if mt.is_interval and p.g != "day":
        return None   # planning periods, terms and past spans (`2016-2020`, `từ tháng 11/2004 đến 10/2005`)
    if not 1900 <= p.y <= 2100:
        return None
    b = p.bounds(p.y)
    if b is None:
        return None
    if p.g == "year":
        return _add_months(b[0], -_SPILL_BEFORE), _add_months(b[1], _SPILL_AFTER + 1) - dt.timedelta(days=1), "year"
    return b[0], b[1], "doc" if mt.docref else p.g


def _place(mt: DateMention, lo: dt.date, hi: dt.date, g: str, use_weekday: bool = True) -> tuple[int, int] | None:
    """(year, distance in days) that puts the undated mt nearest the written span [lo, hi], else None.

    A day is placed in the year that puts it nearest the span (inside costs 0), within _MAX_GAP days
    and at most half as far as the next year; an undated month, quarter or half takes the span's own
    year (`tháng 9` in a January report is this September), at its distance from the span."""
    g = g.rstrip(_OLD)
    if mt.parts[0].g != "day":
        y = _add_months(lo, _SPILL_BEFORE).year if g == "year" else lo.year
        ys = _years_for(mt.parts, y)
        b0, b1 = mt.parts[0].bounds(ys[0]), mt.parts[-1].bounds(ys[-1])
        if not b0 or not b1:
            return None
        a, b = b0[0], b1[1]
        if g in ("year", "doc"):
            return None   # a bare year or a document's date does not say which months are the present
        return y, 0 if a <= hi and lo <= b else (a - hi).days if a > hi else (lo - b).days
    scores = []
    for y in range(lo.year - 1, hi.year + 2):
        if use_weekday and not _weekday_ok(mt, y):
            continue
        ys = _years_for(mt.parts, y)
        b0, b1 = mt.parts[0].bounds(ys[0]), mt.parts[-1].bounds(ys[-1])
        if not b0 or not b1:
            continue
        a, b = b0[0], b1[1]
        if g == "doc" and a < lo:
            continue    # the reported event follows the document it cites
        cost = 0 if a <= hi and lo <= b else (a - hi).days if a > hi else (lo - b).days
        scores.append((cost, y))
    if not scores:
        return None
    scores.sort()
    best = scores[0]
    if best[0] > _MAX_GAP or (len(scores) > 1 and scores[1][0] <= 2 * best[0]):
        return None
    return best[1], best[0]


def _vote(votes: list[tuple[tuple[int, int] | None, str]], min_weight: float = 0, day: bool = True) -> int | None:
    """The year the weighted votes clearly agree on (abstentions ignored), else None.

    The winner needs _VOTE_MARGIN times the next year's weight, and min_weight in all unless one of
    its votes is a written date near the undated one (within _NEAR_DAYS, a month or quarter it falls in)."""
    weights: dict[int, float] = {}
    near: set[int] = set()
    for placed, g in votes:
        if placed is not None:
            y, cost = placed
            if g.startswith("doc") and cost > _NEAR_DAYS:
                continue
            weights[y] = weights.get(y, 0) + _VOTE_WEIGHT.get(g.rstrip(_OLD), 1)
            if cost <= _NEAR_DAYS and g in ("day", "month", "doc") or cost == 0 and g in ("quarter", "half") and not day:
                near.add(y)
    if not weights:
        return None
    ranked = sorted(weights.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[0][1] < _VOTE_MARGIN * ranked[1][1]:
        return None
    if ranked[0][1] < min_weight and ranked[0][0] not in near:
        return None
    return ranked[0][0]


def _weekday_ok(mt: DateMention, y: int) -> bool:
    if mt.weekday is None or mt.parts[0].g != "day":
        return True
    p = mt.parts[0]
    try:
        return dt.date(y, p.m, p.d).weekday() == mt.weekday
    except ValueError:
        return False


def _resolve(mt: DateMention, spans: list, use_weekday: bool, min_weight: float) -> int | None:
    return _vote([(_place(mt, lo, hi, g, use_weekday), g) for lo, hi, g in spans], min_weight,
                 day=mt.parts[0].g == "day")


def _infer_years(doc: Doc, mentions: list[DateMention], pub: dt.date | None) -> None:
    """Years for the dates written without one (CONTRACT.md: the right year or XXXX).

    With a published date: the year that puts the date nearest to it. Without one, reasoning over
    the article's time frame: each written date of the present (background dates excluded by their
    cue, see `_is_background`) places the undated date in the year nearest to it (`_place`); the
    written dates of the same sentence decide when they agree, else all of the article's by a
    weighted vote that one year must clearly win. A weekday written with the date must agree with
    the year (`year_source` = `weekday` when it is what settled it); otherwise XXXX.
    """
    missing = [mt for mt in mentions if any(p.y is None for p in mt.parts)]
    if not missing:
        return
    if pub is not None:
        for mt in missing:
            y = _nearest_year_tet(mt, pub) if mt.family == "tet" else _nearest_year(mt.parts, pub)
            if y is not None and _weekday_ok(mt, y):
                _apply_year(mt, y, "published")
        return
    text = doc.text
    for mt in mentions:
        if mt.year_written and mt.parts and not mt.relative:
            mt.background = _is_background(text, mt)
    present = [(mt, sp) for mt in mentions if (sp := _present_span(mt)) is not None]
    # history: far older than the latest year the article writes (`Ngày 28/11/1959, Bác Hồ ...`)
    latest = max((p.y for mt in mentions if mt.year_written and not mt.furniture and not mt.is_interval
                  and not mt.background for p in mt.parts if p.y is not None and p.y <= 2100), default=None)
    if latest is not None:
        present = [(mt, sp) for mt, sp in present if sp[1].year >= latest - _HISTORY_GAP]
        # an older date still votes, but is not near enough alone (`Tháng 3-2012` in a 2017 story)
        present = [(mt, sp if sp[1].year >= latest - 1 else (sp[0], sp[1], sp[2] + _OLD)) for mt, sp in present]
    if not present:
        return
    every = [sp for _, sp in present]
    todo = [mt for mt in missing if mt.family != "tet" and not mt.year_offset]
    # (a lunar day is placed by its year name or the published date only; `tháng 12 năm ngoái`
    # needs the present year itself, which only `published` gives)
    for mt in todo:
        _resolve_from(doc, mt, present, every)
    # a day the first pass dated places the undated days near it (`ngày 25/11 ... năm 2019`, then
    # `trước ngày 28/11`), near ones only, like a cited document's date
    placed = [(mt, (*mt.parts[0].bounds(mt.parts[0].y), "doc")) for mt in todo
              if mt.year_source in ("same_sentence", "article") and not mt.is_interval and mt.parts[0].g == "day"]
    if placed:
        for mt in todo:
            if any(p.y is None for p in mt.parts):
                _resolve_from(doc, mt, present, every + [sp for _, sp in placed], "article")


def _resolve_from(doc: Doc, mt: DateMention, present: list, every: list, only: str | None = None) -> None:
    a, b = sentence_of(doc, mt.start)
    same = [sp for other, sp in present if a <= other.start < b and not sp[2].startswith("doc")]
    for spans, src, need in ((same, "same_sentence", 0), (every, "article", _MIN_WEIGHT)):
        if not spans or (only and src != only):
            continue
        y = _resolve(mt, spans, True, need)
        if y is not None:
            if mt.weekday is not None and _resolve(mt, spans, False, need) != y:
                src = "weekday"
            _apply_year(mt, y, src)
            return


def _nearest_year_tet(mt: DateMention, pub: dt.date) -> int | None:
    n = mt.parts[0].d
    best, best_score = None, None
    for y in (pub.year - 1, pub.year, pub.year + 1):
        if y not in _TET:
            continue
        x = _TET[y] + dt.timedelta(days=n - 1)
        score = (pub - x).days if x <= pub else 2 * (x - pub).days
        if best_score is None or score < best_score:
            best, best_score = y, score
    return best


def _apply_year(mt: DateMention, y: int, source: str) -> None:
    ys = _years_for(mt.parts, y)
    for p, yy in zip(mt.parts, ys):
        if p.y is None:
            p.y = yy
            mt.year_inferred = True
            mt.year_source = source


def _finish_tet(mt: DateMention) -> bool:
    p = mt.parts[0]
    if p.y is None or p.y not in _TET:
        return False
    x = _TET[p.y] + dt.timedelta(days=p.d - 1)
    mt.parts = [Point("day", x.year, x.month, x.day, yw=p.yw)]
    return True


def _finish(mt: DateMention) -> None:
    parts = mt.parts
    if len(parts) == 1:
        p = parts[0]
        mt.value = p.value()
        mt.granularity = p.g
    else:
        mt.value = parts[0].value() + "/" + parts[1].value()
        mt.granularity = "interval"
    if all(p.y is not None for p in parts):
        b0 = parts[0].bounds(parts[0].y)
        b1 = parts[-1].bounds(parts[-1].y)
        if b0 and b1:
            mt.date_start, mt.date_end = b0[0].isoformat(), b1[1].isoformat()
    if any(not p.yw for p in parts) and not mt.relative:
        mt.year_inferred = mt.year_inferred or any(p.y is not None and not p.yw for p in parts)
    if mt.relative:
        mt.year_inferred = False
    if not mt.year_inferred:
        mt.year_source = None


def extract(doc: Doc) -> list[dict]:
    mentions = find(doc)
    doc._.dates = mentions
    return [m.as_row() for m in mentions]


# ------------------------------------------------------------------ the article's event day
_PARTS_OF_DAY = _alt(_LEX["parts_of_day"])
_TIME = rf"\d{{1,2}}{_H}*(?:h|g|giờ|:){_H}*(?:\d{{1,2}}{_H}*(?:phút|p)?)?"
# a deadline, start or birth word before the day, perhaps with a clock time and a part of day between
_REJECT_FILLERS = rf"(?:{_H}+(?:{_alt(_LEX['event_reject_fillers'])}))?{_H}*"
_RX_EVENT_REJECT_END = _c(rf"(?:^|[^\w])(?:{_alt(_LEX['event_reject_left'])}){_REJECT_FILLERS}"
                          rf"(?:{_TIME}{_H}*)?(?:(?:{_PARTS_OF_DAY}){_H}*)?(?:ngày{_H}*)?$")
# ... except `Đến 17 giờ ngày 23/5, ...`, `Tính từ 6h đến 18h ngày 25/4, ...` opening a sentence: the
# present observed at a moment of the day (not `đến 3 giờ sáng 24/4`, a limit, nor `đến ngày 30/6`)
_RX_AS_OF_OPENING = _c(rf"^[\W]*(?:tính{_H}+)?(?:từ{_H}+{_TIME}{_H}*(?:(?:{_PARTS_OF_DAY}){_H}*)?)?"
                       rf"(?:{_alt(_LEX['event_as_of_openers'])}){_REJECT_FILLERS}"
                       rf"(?:{_TIME}{_H}*(?:(?:{_PARTS_OF_DAY}){_H}*)?|(?:{_PARTS_OF_DAY}){_H}*)(?:ngày{_H}*)?$")
# (the words end at a word boundary: `kh` is `Kế hoạch`, not the start of `khoảng`)
_RX_DOCREF_BEFORE = _c(rf"(?:\d+{_H}*/{_H}*[A-ZĐ]|(?:^|[^\w])(?:{_alt(_LEX['event_doc_words'])})(?![\w]))[^.;:\n]{{0,25}}$")
_RX_EVENT_BACKGROUND_END = _c(rf"(?:^|[^\w])(?:{_alt(_LEX['event_background_left'])}){_H}*(?:(?:{_PARTS_OF_DAY}){_H}*)?"
                              rf"(?:vào{_H}*)?(?:ngày{_H}*)?$")
# `16h đến 18h chiều 29/4`: hours of the day, not a deadline
_RX_HOURS_END = _c(rf"{_TIME}{_H}*(?:(?:{_PARTS_OF_DAY}){_H}*)?(?:đến|tới|[-–]){_H}*{_TIME}{_H}*(?:(?:{_PARTS_OF_DAY}){_H}*)?(?:ngày{_H}*)?$")
_RX_RECALL = _c(rf"(?:^|[^\w])(?:(?:{_alt(_LEX['event_recall_openers'])})(?![\w])"
                rf"|như(?![\w])[^.;:\n]{{0,40}}(?:{_alt(_LEX['event_recall_reports'])})(?![\w]))")
_RX_FUTURE = _c(rf"(?:^|[^\w])(?:{_alt(_LEX['event_future_words'])})(?![\w])")
_RX_FUTURE_AFTER = _c(rf"^{_H}*(?:\([^)\n]{{0,12}}\){_H}*)?(?:{_alt(_LEX['event_future_after'])})(?![\w])")
_RX_REPORT_VERB = _c(rf"(?:^|[^\w])(?:{_alt(_LEX['event_report_verbs'])})(?![\w])")
_RX_REPORT_VERB_AFTER = _c(rf"^{_H}*(?:\([^)\n]{{0,12}}\){_H}*)?(?:đã{_H}+|vừa{_H}+)?(?:{_alt(_LEX['event_report_verbs'])})(?![\w])")
_RX_ISSUED = _c(rf"(?:^|[^\w])(?:{_alt(_LEX['event_issued_left'])})(?![\w])")
_RX_CITING = _c(rf"(?:^|[^\w])(?:{_alt(_LEX['event_citing_words'])})(?![\w])")
_ISSUED_REACH = int(_LEX["event_issued_reach"])
_RX_TIMED_END = _c(rf"(?:^|[^\w])(?:{_PARTS_OF_DAY})(?:{_H}+(?:ngày|hôm))?{_H}*$")
_RX_TIMED_START = _c(rf"^(?:{_PARTS_OF_DAY})(?![\w])")
# what may stand between a sentence start and its opening day: cue words, a clock time, a part of day
_RX_OPENING_PREFIX = _c(rf"^[\W]*(?:(?:{_alt(_LEX['event_opening_words'])}|{_PARTS_OF_DAY}|{_TIME}|,)(?![\w]){_H}*)*$")
_RX_COMMA_AFTER = re.compile(r"^\s*(?:\([^)\n]{0,12}\)\s*)?,")
_RX_TODAY = _c(rf"^(?:{_alt(k for k, v in _LEX['relative_days'].items() if v == 0)})(?![\w])")
_LEAD_SENTENCES = int(_LEX["event_lead_sentences"])
_WIDE_SENTENCES = int(_LEX["event_wide_sentences"])
_WIDE_DAYS_BACK = dt.timedelta(days=int(_LEX["event_wide_days_back"]))
_REJECT_WINDOW, _DOC_WINDOW, _FUTURE_LEFT, _FUTURE_RIGHT = 30, 40, 40, 60


def _body_sentences(doc: Doc, n: int) -> list[tuple[int, int]]:
    """The first n non-empty sentences after the headline, page furniture skipped."""
    text = doc.text
    lay = doc._.layout
    body_start = lay.body_start if lay is not None else 0
    out = []
    for a, b in _sentence_spans(doc):
        if b <= body_start or (lay is not None and lay.is_furniture(a, b)) or not text[a:b].strip():
            continue
        out.append((a, b))
        if len(out) >= n:
            break
    return out


def _is_today(mt: DateMention) -> bool:
    """`Hôm nay (8/2)`, `sáng nay`: the article's own present, planned or not."""
    return _RX_TODAY.match(mt.text) is not None


def _is_timed(text: str, mt: DateMention) -> bool:
    """A part of day with the day (`sáng 16/5`, `Chiều nay 15-5`): an event's time, never a document's."""
    return bool(_RX_TIMED_START.match(mt.text)) or \
        _RX_TIMED_END.search(text, max(0, mt.start - _REJECT_WINDOW), mt.start) is not None


def _opens_sentence(doc: Doc, mt: DateMention) -> bool:
    """`Ngày 22/4, ...`, `Sáng 2/10, ...`: the day (with its cues) opens its sentence and a comma follows;
    also a capitalised `Ngày 8.2` glued to the words before it (a sentence the segmenter did not split:
    `... vùng kinh tế Ngày 23/6 Thủ tướng ...`)."""
    text = doc.text
    glued = mt.text[:1].isupper() and re.search(r"[\w)][^\S\n]+$", text[max(0, mt.start - 3):mt.start])
    if not glued and not _RX_COMMA_AFTER.match(text[mt.end:mt.end + 16]):
        return False
    a, _ = sentence_of(doc, mt.start)
    prefix = text[a:mt.start]
    if _RX_OPENING_PREFIX.match(prefix):
        return True
    cue = re.search(r"(\w+)[^\S\n]+$", prefix)    # the part of day right before the day (`Sáng 6-2`)
    if cue and _RX_TIMED_START.match(cue.group(1)):
        return cue.group(1)[0].isupper()
    return mt.text[:1].isupper()


def _in_quote(doc: Doc, mt: DateMention) -> bool:
    """Inside a quotation of its sentence: a speaker's own story (`"... Ngày 2/4, tôi nạp thêm tiền"`)."""
    a, _ = sentence_of(doc, mt.start)
    left = doc.text[a:mt.start]
    return left.count("“") > left.count("”") or left.count('"') % 2 == 1


def _is_recalled(doc: Doc, mt: DateMention) -> bool:
    """An earlier event the article recalls: `Trước đó, sáng 1-7, ...`, `Như TTXVN đã đưa tin, vào đêm 12/3`
    (anywhere before the day in its sentence: a caption may be glued before it)."""
    a, _ = sentence_of(doc, mt.start)
    return _RX_RECALL.search(doc.text[a:mt.start]) is not None


def _is_upcoming(doc: Doc, mt: DateMention) -> bool:
    """A scheduled day: a future word before it in its sentence, or after it before any reporting verb
    (`Apple ngày 10/7 cho biết sẽ đầu tư` reports on 10/7; `ngày 26/4, đơn vị sẽ phối hợp` is planned)."""
    text = doc.text
    a, b = sentence_of(doc, mt.start)
    if _RX_FUTURE_AFTER.match(text[mt.end:min(b, mt.end + 20)]):
        return True
    if _RX_FUTURE.search(text[max(a, mt.start - _FUTURE_LEFT):mt.end]):
        return True
    right = text[mt.end:min(b, mt.end + _FUTURE_RIGHT)]
    verb = _RX_REPORT_VERB.search(right)
    return _RX_FUTURE.search(right[:verb.start()] if verb else right) is not None


def _is_cited_document(doc: Doc, mt: DateMention) -> bool:
    """The date of a document the article cites (`Quyết định số 98/QĐ-UBND ngày 19/8/2022`), unless the
    lead reports that document as just issued (`UBND tỉnh vừa có quyết định số 669/QĐ-UBND ngày 29/4`)."""
    if not mt.docref:
        return False
    a, _ = sentence_of(doc, mt.start)
    left = doc.text[max(a, mt.start - _ISSUED_REACH):mt.start]
    issued = None
    for issued in _RX_ISSUED.finditer(left):
        pass
    return issued is None or _RX_CITING.search(left[issued.end():]) is not None


def _is_event_day(doc: Doc, mt: DateMention, pub: dt.date | None) -> bool:
    """A day that can be the reported event's: not a deadline or start, birth, background or recalled
    event, cited document, quoted story or scheduled day (a part of day or a sentence-opening day is never
    a document's; `hôm nay` is the article's present even when planned)."""
    text = doc.text
    if mt.furniture or mt.granularity != "day":
        return False
    a, _ = sentence_of(doc, mt.start)
    if _RX_EVENT_REJECT_END.search(text, max(0, mt.start - _REJECT_WINDOW), mt.start) \
            and not _RX_AS_OF_OPENING.match(text[a:mt.start]) \
            and not _RX_HOURS_END.search(text[max(a, mt.start - _REJECT_WINDOW):mt.start]):
        return False
    if _RX_EVENT_BACKGROUND_END.search(text, max(0, mt.start - _DOC_WINDOW), mt.start):
        return False
    if _is_recalled(doc, mt) or _in_quote(doc, mt):
        return False
    if not _is_timed(text, mt) and not _opens_sentence(doc, mt) and _is_cited_document(doc, mt):
        return False
    if not _is_today(mt) and _is_upcoming(doc, mt):
        return False
    if pub is not None and mt.date_start and dt.date.fromisoformat(mt.date_start) > pub + dt.timedelta(days=1):
        return False
    return True


def _dates_the_lead(doc: Doc, mt: DateMention, pub: dt.date | None) -> bool:
    """Past the lead's first sentences, only a day written as the event's: opening its sentence, with a part
    of day, right before a reporting verb, or `hôm nay (26/5)`; never with a written year or long before
    the published date (there, such days are mostly a story's background)."""
    text = doc.text
    if mt.year_written or mt.relative and not _opens_sentence(doc, mt):
        return False
    if pub is not None and mt.date_start and dt.date.fromisoformat(mt.date_start) < pub - _WIDE_DAYS_BACK:
        return False
    return (_is_today(mt) or _is_timed(text, mt) or _opens_sentence(doc, mt)
            or _RX_REPORT_VERB_AFTER.match(text[mt.end:mt.end + 40]) is not None)


def event_date(doc: Doc) -> DateMention | None:
    """The day of the event the article reports: the first suitable day of the lead's first sentences;
    failing that, of the next few sentences the first day written as an event's (`_dates_the_lead`);
    else None."""
    mentions = doc._.dates
    if mentions is None:
        mentions = find(doc)
        doc._.dates = mentions
    if not mentions:
        return None
    info = doc._.info
    pub = info.published if info is not None else None
    sentences = _body_sentences(doc, _WIDE_SENTENCES)
    if not sentences:
        return None
    lo = sentences[0][0]
    lead_end = sentences[min(_LEAD_SENTENCES, len(sentences)) - 1][1]
    wide_end = sentences[-1][1]
    for mt in mentions:
        if mt.start < lo or mt.start >= wide_end:
            continue
        if mt.start >= lead_end and not _dates_the_lead(doc, mt, pub):
            continue
        if _is_event_day(doc, mt, pub):
            return mt
    return None
