"""The pattern families of the dates grammar, as data: one entry per family (FAMILIES), in match order.

Each entry names its family, its compiled pattern, where it can start (`Scope`: near digit runs, or
anywhere once one of its words occurs) and the builder that turns a match into candidates
(builders.py). The patterns are assembled from the words of lexicons/temporal.json once at import;
scan.py runs them all with one generic loop.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from vnextract.extractors.dates import builders as b
from vnextract.extractors.dates.regex import (
    DASH,
    DAY,
    DAY_MONTH_END,
    LEX,
    MONTH,
    NUMBER_START,
    SPELLED_NUMBER,
    YEAR,
    YEAR_END,
    H,
    alt,
    compile_ci,
)
from vnextract.extractors.dates.values import Candidate, Family

# `ngày` may be glued to the word before it (`biếtngày 21-1`); the other day words start a word
_DAY_PRE = rf"(?:(?:\b|(?=[nN]gày))ngày|\b(?:{alt(w for w in LEX['day_prefixes'] if w != 'ngày')}))"
_REL_YEAR_WORDS = alt(LEX["relative_years"])
_FROM = rf"(?P<tu>\b(?:kể{H}+)?từ{H}+)?"

# full day: 25/11/2019, ngày 6-2-2017, Ngày21-11-2013
RX_DMY = compile_ci(rf"(?P<pre>{_DAY_PRE}{H}*)?(?(pre)|(?<![\w/.,:+]))(?P<d>{DAY})(?P<s>[/.\-])(?P<m>{MONTH})(?P=s)"
                    rf"(?P<y>{YEAR}){YEAR_END}")
# ngày 3 tháng 2 năm 1930, ngày 19 tháng 4, 3 tháng 2 năm 1930
RX_DMW = compile_ci(rf"(?:(?P<pre>{_DAY_PRE}{H}*)(?P<d>{DAY}){H}+tháng{H}*(?P<m>{MONTH})"
                    rf"(?:{H}*,?{H}*năm{H}*(?P<y>{YEAR}){YEAR_END}|(?![\w/]|[.,]\d))"
                    rf"|{NUMBER_START}(?P<d2>{DAY}){H}+tháng{H}+(?P<m2>{MONTH}){H}*,?{H}*năm{H}*(?P<y2>{YEAR}){YEAR_END})")
# day-month: ngày 25/11, 6-2, ngày 6.2, hôm 7/2; a dash with a space (`hôm 9- 6`, `Ngày 15 – 5`: `sp`, checked by
# the builder: a number range `2 - 3` far more often)
RX_DM = compile_ci(rf"(?P<pre>{_DAY_PRE}{H}*)?(?(pre)|{NUMBER_START})(?P<d>{DAY})"
                   rf"(?:(?P<s>[/.\-])|(?P<sp>{H}[-–]{H}?|[-–]{H}))(?P<m>{MONTH}){DAY_MONTH_END}")
# day lists: ngày 2 và 3/6, các ngày 19, 21 và 23/07
RX_DLIST = compile_ci(rf"(?P<pre>\bngày{H}*)(?P<ds>{DAY}(?:{H}*,{H}*{DAY})*){H}*,?{H}*(?:và|hoặc){H}*(?:ngày{H}*)?"
                      rf"(?P<d2>{DAY})(?P<s>[/.\-])(?P<m>{MONTH})(?:(?P=s)(?P<y>{YEAR}){YEAR_END}|{DAY_MONTH_END})")
# day intervals: từ ngày 21 đến 23/7/2020, 30/4 - 1/5, ngày 29-30/4, từ 10-4 đến hết 31-12
RX_DINT = compile_ci(rf"{_FROM}(?P<pre>(?:(?:các|hai|ba|2|3){H}+)?(?:\b|(?=[nN]gày))ngày{H}*(?:m[ùồ]ng{H}*)?)?"
                     rf"(?(pre)|{NUMBER_START})(?P<d1>{DAY})(?:(?P<s1>[/.\-])(?P<m1>{MONTH})(?:(?P=s1)(?P<y1>{YEAR}))?)?"
                     rf"{H}*(?P<conn>{DASH}|đến{H}+hết|đến|tới|cho{H}+đến){H}*(?:hết{H}+)?(?:ngày{H}*)?"
                     rf"(?P<d2>{DAY})(?P<s2>[/.\-])(?P<m2>{MONTH})(?:(?P=s2)(?P<y2>{YEAR}){YEAR_END}|{DAY_MONTH_END})")
# month intervals: từ tháng 4 đến tháng 8/2016, (1/2004 - 5/2010), từ tháng 09 đến tháng 11 năm 2020
_MY_TAIL = rf"(?:{H}*[/\-]{H}*(?P<y{{n}}>{YEAR})|{H}+năm{H}+(?P<yb{{n}}>{YEAR}))?"
RX_MINT = compile_ci(rf"{_FROM}(?P<th1>\btháng{H}*)?(?(th1)|{NUMBER_START})(?P<m1>{MONTH})" + _MY_TAIL.format(n=1)
                     + rf"{H}*(?P<conn>{DASH}|đến{H}+hết|đến|tới){H}*(?:hết{H}+)?(?P<th2>tháng{H}*)?(?P<m2>{MONTH})"
                     + _MY_TAIL.format(n=2) + r"(?![\w%]|/\w|[.,:\-]\d)")
# year intervals: 2015 – 2020, từ năm 2008 - 2014, từ năm 2002 đến năm 2013
RX_YINT = compile_ci(rf"{_FROM}(?P<nam>(?:\b|(?=[nN]ăm))năm{H}*)?(?(nam)|{NUMBER_START})(?P<y1>{YEAR}){H}*"
                     rf"(?:(?P<conn>{DASH}|đến|tới){H}*(?P<nam2>năm{H}*)?(?P<y2>{YEAR}){YEAR_END}"
                     rf"|(?P<c2>[-–/])(?P<y2s>\d\d)(?![\w/]|[.,]\d))")
# months: tháng 10, tháng 11 năm 2020, tháng 5-2017, tháng 1/2017, tháng 2.2017 (dot, no space), tháng 3 năm nay
RX_MONTH = compile_ci(rf"(?P<th>\btháng{H}*)(?P<m>{MONTH})(?:(?:{H}*[/\-]{H}*|\.)(?P<y>{YEAR}){YEAR_END}"
                      rf"|{H}*,?{H}*năm{H}*(?P<y2>{YEAR}){YEAR_END}"
                      rf"|{H}+(?P<rel>{_REL_YEAR_WORDS})\b|(?![\w%]|[.,/:\-]\d))")
# bare month/year: từ 9/2019, (8/2016)
RX_MY = compile_ci(rf"{NUMBER_START}(?P<m>{MONTH})(?P<s>[/\-])(?P<y>{YEAR}){YEAR_END}")
# quarters: quý I, quý II năm 2018, quý 4/2016, Q1/2020
RX_QUARTER = compile_ci(rf"(?:\bquý{H}*(?P<r>IV|I{{1,3}}|0?[1-4])(?:{H}*[-–]{H}*(?P<r3>IV|I{{1,3}})(?![\w]))?(?![\w])"
                        rf"|\b(?-i:Q)(?P<r2>[1-4])(?=[/\-]|{H}+năm{H}+\d))"
                        rf"(?:{H}*[/\-]{H}*(?P<y>{YEAR}){YEAR_END}|{H}*,?{H}*năm{H}*(?P<y2>{YEAR}){YEAR_END}"
                        rf"|{H}+(?P<rel>{_REL_YEAR_WORDS})\b)?")
# halves and first/last N months: 6 tháng đầu năm, 6 tháng cuối năm 2020, nửa đầu năm, 4 tháng đầu năm, 9 tháng năm 2019
RX_HALF = compile_ci(rf"(?:(?P<n>\b\d{{1,2}}|\b(?:{SPELLED_NUMBER})){H}+tháng{H}+(?P<pos>đầu|cuối){H}+năm"
                     rf"|\b(?P<nua>nửa){H}+(?P<pos2>đầu|cuối|sau){H}+năm"
                     rf"|(?P<n2>\b\d{{1,2}}|\b(?:{SPELLED_NUMBER})){H}+tháng{H}+năm(?={H}*{YEAR}))(?!{H}+học)"
                     rf"(?:{H}*(?P<y>{YEAR}){YEAR_END}|{H}+(?P<rel>nay|ngoái|tới)\b)?")
# years: năm 2019, Năm 2022, năm2030, SN 1983, mùa Xuân 1975
RX_YEAR = compile_ci(rf"(?:(?P<nam>(?:\b|(?=[nN]ăm))năm{H}*)|(?P<cue>\b(?-i:SN){H}*:?{H}*|\bmùa{H}+xuân{H}+"
                     rf"|(?-i:\b[Xx]uân){H}+))(?P<y>{YEAR}){YEAR_END}")
# lunar year names with a year: Mậu Tuất 2018
_STEMS = alt(w[0].upper() + w[1:] for w in LEX["lunar_stems"])
_BRANCHES = alt(w[0].upper() + w[1:] for w in LEX["lunar_branches"])
RX_CANCHI = re.compile(rf"\b(?P<cc>(?:{_STEMS}){H}+(?:{_BRANCHES})){H}+(?P<y>{YEAR}){YEAR_END}")
# lunar new-year days: mùng 5 Tết, mồng 1 Tết Đinh Dậu, mùng 10 tháng Giêng
RX_TET = compile_ci(rf"(?:\bngày{H}+)?\bm[ùồ]ng{H}*(?P<n>\d{{1,2}}|{SPELLED_NUMBER}){H}+(?P<tet>{alt(LEX['tet_words'])})"
                    rf"(?!{H}+âm)(?:{H}+(?:năm{H}+)?(?P<cc>(?-i:{_STEMS}){H}+(?-i:{_BRANCHES})))?(?:{H}+(?P<y>{YEAR}){YEAR_END})?")
# months as words: tháng Sáu, tháng mười hai năm 2020, tháng Bảy tới
_MONTH_WORDS = {k: v for k, v in LEX["month_words"].items() if k not in LEX["tet_words_months"]}
RX_MONTH_WORD = compile_ci(rf"\btháng{H}+(?P<mw>{alt(_MONTH_WORDS)})(?![\w])"
                           rf"(?:{H}*,?{H}*năm{H}*(?P<y>{YEAR}){YEAR_END}|{H}+(?P<rel>{_REL_YEAR_WORDS})\b)?")
# a year after a season, festival or period (mùa hè 2020, Tết Nguyên đán 2017), or after `, sinh` / `(sinh`
RX_PERIOD_YEAR = compile_ci(rf"(?:\b(?P<period>{alt(LEX['year_period_words'])}){H}+|(?:(?<=,)|(?<=\())\s*(?P<born>sinh){H}+)"
                            rf"(?P<y>{YEAR}){YEAR_END}")
# a day after the name of the day: ngày bầu cử 3/11, ngày tiêm 28/4, ngày Quốc khánh 2/9 (the words are checked by
# the builder: capitalised, or event words of the lexicon)
RX_NAMED_DAY = compile_ci(rf"\bngày{H}+(?P<name>(?:[^\W\d_]+{H}+){{1,5}}?)(?P<d>{DAY})(?P<s>[/\-])(?P<m>{MONTH})"
                          rf"(?:(?P=s)(?P<y>{YEAR}){YEAR_END}|{DAY_MONTH_END})")
# relative expressions
RELATIVE_WORDS = (list(LEX["relative_days"]) + list(LEX["relative_years"]) + list(LEX["relative_months"])
                  + list(LEX["relative_weeks"]))
# (`sang năm 2018`: the written year, not `next year`)
RX_REL = compile_ci(rf"\b(?P<rel>{alt(RELATIVE_WORDS)})(?![\w])(?!{H}+{YEAR}{YEAR_END})")
WEEKDAY_WORDS = [k for k in LEX["weekdays"] if k != "cn"]
RX_WEEKDAY = compile_ci(rf"\b(?P<wd>{alt(WEEKDAY_WORDS)})(?![\w/])")


class Scope(Enum):
    """Where a family's matches can start."""
    NEAR_DIGITS = "near digits"     # within a window around a digit run (numeric families)
    WHOLE_TEXT = "whole text"       # anywhere (word families: their start words are found in the text)
    FIND_ALL = "find all"           # anywhere, found by the pattern itself (rare forms, gated by `needs`)


@dataclass(frozen=True)
class PatternFamily:
    family: Family
    pattern: re.Pattern
    scope: Scope
    build: Callable[[re.Match, str], list[Candidate]]
    needs: tuple[str, ...] = ()     # skipped unless one of these occurs in the lowercased text


# In this order: candidates of equal length and priority keep it (scan.select).
FAMILIES = (
    PatternFamily(Family.DAY_MONTH_YEAR, RX_DMY, Scope.NEAR_DIGITS, b.build_day_month_year),
    PatternFamily(Family.DAY_MONTH_WORDS, RX_DMW, Scope.NEAR_DIGITS, b.build_day_month_words),
    PatternFamily(Family.DAY_MONTH, RX_DM, Scope.NEAR_DIGITS, b.build_day_month),
    PatternFamily(Family.DAY_LIST, RX_DLIST, Scope.NEAR_DIGITS, b.build_day_list),
    PatternFamily(Family.DAY_INTERVAL, RX_DINT, Scope.NEAR_DIGITS, b.build_day_interval),
    PatternFamily(Family.MONTH_INTERVAL, RX_MINT, Scope.NEAR_DIGITS, b.build_month_interval),
    PatternFamily(Family.YEAR_INTERVAL, RX_YINT, Scope.NEAR_DIGITS, b.build_year_interval),
    PatternFamily(Family.MONTH, RX_MONTH, Scope.NEAR_DIGITS, b.build_month),
    PatternFamily(Family.MONTH_YEAR, RX_MY, Scope.NEAR_DIGITS, b.build_month_year),
    PatternFamily(Family.QUARTER, RX_QUARTER, Scope.WHOLE_TEXT, b.build_quarter),
    PatternFamily(Family.HALF, RX_HALF, Scope.WHOLE_TEXT, b.build_half, needs=("tháng", "nửa")),
    PatternFamily(Family.YEAR, RX_YEAR, Scope.NEAR_DIGITS, b.build_year),
    PatternFamily(Family.LUNAR_YEAR, RX_CANCHI, Scope.NEAR_DIGITS, b.build_lunar_year),
    PatternFamily(Family.TET, RX_TET, Scope.WHOLE_TEXT, b.build_tet, needs=("mùng", "mồng")),
    PatternFamily(Family.MONTH_WORD, RX_MONTH_WORD, Scope.FIND_ALL, b.build_month_word, needs=("tháng",)),
    PatternFamily(Family.PERIOD_YEAR, RX_PERIOD_YEAR, Scope.FIND_ALL, b.build_period_year,
                  needs=tuple(sorted({w.split()[0] for w in LEX["year_period_words"]} | {"sinh"}))),
    PatternFamily(Family.NAMED_DAY, RX_NAMED_DAY, Scope.FIND_ALL, b.build_named_day, needs=("ngày",)),
    PatternFamily(Family.RELATIVE, RX_REL, Scope.WHOLE_TEXT, b.build_relative),
    PatternFamily(Family.WEEKDAY, RX_WEEKDAY, Scope.WHOLE_TEXT, b.build_weekday, needs=("thứ", "chủ")),
)
