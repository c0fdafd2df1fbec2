"""The few characters either side of a candidate date that confirm or reject it.

False positives (ratios, ranks, scores, document numbers, durations, addresses, lunar dates) are told
apart by the words right before or after the numbers; each look is bounded by a reach in characters.
"""
from __future__ import annotations

import re

from vnextract.extractors.dates.regex import DAY, LEX, MONTH, NUMBER_START, H, alt, compile_ci
from vnextract.extractors.normalize import fold

# how far (characters) each context look reaches
CUE_REACH = 30              # a cue or reject word before the numbers, the next word after them
LUNAR_REACH = 20            # `âm lịch` / `(ÂL)` after a date
REJECT_RIGHT_REACH = 20     # a unit or noun after a bare day-month (`3/4 đại biểu`)
MONTH_RIGHT_REACH = 12      # the same after `tháng N`
UNIT_RIGHT_REACH = 20       # a unit after a year (`2019 người`)
DOC_NUMBER_REACH = 15       # `số`, `Nghị định` right before a number (a document number, not a date)
SHORT_LEFT_REACH = 12       # one or two words before a month, quarter-season, relative word or weekday
RANK_LEFT_REACH = 15        # `hôm thứ` before a day after `thứ`
DOCREF_REACH = 40           # a cited document's number or name before its date

CUE_WORDS = {fold(w): "strong" for w in LEX["strong_cues"]}
CUE_WORDS.update({fold(w): "weak" for w in LEX["weak_cues"] if fold(w) not in CUE_WORDS})
WEAK_CUES = tuple(w for w, k in CUE_WORDS.items() if k == "weak")
FOLLOW_WORDS = frozenset(fold(w) for w in LEX["date_follow_words"])
DASH_RANGE_FOLLOW_WORDS = frozenset(fold(w) for w in LEX["dash_range_follow_words"])

_ANY_SPACE = r"\s+"        # (these lists allow a line break inside a word pair)

RX_CUE_END = compile_ci(rf"(?:^|[^\w])(?P<w>{alt(list(LEX['strong_cues']) + list(LEX['weak_cues']))}){H}*(?P<p>[,(]?){H}*$")
RX_REJECT_END = compile_ci(rf"(?:^|[^\w])(?:{alt(LEX['reject_left'])}){H}*(?:số{H}*)?$")
# a day of a chain (`ngày 16-4, 17-4 ...`): the pair before is itself a day and a month (`1.0 và 1.2` is no chain)
RX_CHAIN_END = compile_ci(rf"{NUMBER_START}{DAY}[/.\-]{MONTH}(?:[/.\-]\d{{4}})?{H}*(?:,|và|hoặc){H}*(?:ngày{H}*)?$")
RX_REJECT_RIGHT = compile_ci(rf"^{H}*(?:{alt(LEX['reject_right'])})(?![\w])")
RX_LUNAR_RIGHT = compile_ci(rf"^{H}*\)?{H}*(?:âm{H}+lịch|\(?(?-i:ÂL|AL)\b)")
RX_PAREN_DATE_END = compile_ci(rf"(?:{alt(LEX['paren_date_left'])}){H}*\($")
RX_WEEKDAY_DIGIT_OK = compile_ci(rf"(?:^|[\n.,;:(]|\b(?:{alt(LEX['weekday_digit_left'])})){H}*$")
RX_NEXT_WORD = re.compile(r"[^\S\n]*(\w+|\S)?")
RX_REL_REJECT_END = compile_ci(rf"(?:^|[^\w])(?:\d+|{alt(LEX['relative_reject_left'])}){H}*$")
RX_MONTH_REJECT_END = compile_ci(rf"(?:(?:^|[^\w])(?:{alt(LEX['month_reject_left'])})|\d){H}*$")
RX_YEAR_UNIT_RIGHT = compile_ci(rf"^[^\S\n]*(?:{alt(LEX['year_unit_right'], gap=_ANY_SPACE)})(?![\w])")
RX_DOC_BEFORE_YEAR = compile_ci(rf"(?:{alt(LEX['doc_number_left'], gap=_ANY_SPACE)})[^\S\n]*$")
RX_SEASON_END = compile_ci(rf"(?:{alt(LEX['season_year_left'])}){H}*$")
RX_RANK_DAY_END = re.compile(r"hôm\s+thứ\s*$", re.I)
# (the words end at a word boundary: `kh` is `Kế hoạch`, not the start of `khoảng`)
RX_DOCREF_BEFORE = compile_ci(rf"(?:\d+{H}*/{H}*[A-ZĐ]|(?:^|[^\w])(?:{alt(LEX['event_doc_words'])})(?![\w]))[^.;:\n]{{0,25}}$")


def left_cue(text: str, s: int) -> tuple[str, str, str] | None:
    """(word, strength, punctuation) of the cue right before position s, else None."""
    m = RX_CUE_END.search(text, max(0, s - CUE_REACH), s)
    if not m:
        return None
    w = fold(m.group("w"))
    w = re.sub(r"\s+", " ", w)
    return w, CUE_WORDS.get(w, "weak"), m.group("p")


def rejected_left(text: str, s: int) -> bool:
    return RX_REJECT_END.search(text, max(0, s - CUE_REACH), s) is not None


def rejected_before_cue(text: str, s: int) -> bool:
    """A reject word right before the cue word that ends at s (`dẫn trước 2-1`: a score)."""
    m = RX_CUE_END.search(text, max(0, s - CUE_REACH), s)
    return bool(m) and rejected_left(text, m.start("w"))


def next_word(text: str, e: int) -> str:
    m = RX_NEXT_WORD.match(text, e, min(len(text), e + CUE_REACH))
    return fold(m.group(1)) if m and m.group(1) else ""


def lunar_right(text: str, e: int) -> bool:
    return RX_LUNAR_RIGHT.match(text[e:e + LUNAR_REACH]) is not None


def doc_number_before(text: str, s: int) -> bool:
    return RX_DOC_BEFORE_YEAR.search(text, max(0, s - DOC_NUMBER_REACH), s) is not None


def unit_after_year(text: str, e: int) -> bool:
    return RX_YEAR_UNIT_RIGHT.match(text[e:e + UNIT_RIGHT_REACH]) is not None


def is_docref(text: str, s: int) -> bool:
    """The date of a cited document: its number or name right before (`Quyết định số 98, ngày ...`)."""
    return RX_DOCREF_BEFORE.search(text, max(0, s - DOCREF_REACH), s) is not None


def day_ok(d: int, m: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= (29 if m == 2 else 30 if m in (4, 6, 9, 11) else 31)
