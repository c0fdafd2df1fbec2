"""The marker that makes a date a due time, the clause around it, and the cue words of that clause."""
from __future__ import annotations

import re

from vnextract.extractors.deadlines.grammar import (
    RX_ACTION,
    RX_ACTION_ANY,
    RX_BARE,
    RX_BEFORE,
    RX_CAUSATIVE,
    RX_COMMERCIAL,
    RX_CONTINUES,
    RX_DIRECTIVE,
    RX_ELLIPSIS_END,
    RX_END,
    RX_FROM_END,
    RX_GOAL_AFTER,
    RX_GOAL_BEFORE,
    RX_GOAL_NEXT,
    RX_GOAL_WORD,
    RX_HARD_BOUND,
    RX_MODAL_NOUN_COMPOUND,
    RX_NEED,
    RX_NOT_MODAL,
    RX_OPENING_MODAL,
    RX_OWN_TIME,
    RX_PAST,
    RX_PLAN_YEAR,
    RX_QUANTITY_NEXT,
    RX_STRONG,
    RX_WEAK,
    RX_WITHIN,
    Marker,
)
from vnextract.extractors.lexicon import last_match
from vnextract.extractors.normalize import fold

MARKER_REACH = 48      # characters before the date a marker may start at
BARE_YEAR_REACH = 60   # characters before a bare year its completion phrase may start at
GOAL_AFTER_REACH = 60  # characters after a year its goal verb may end at (`năm 2017, tỉnh phấn đấu`)
GOAL_NEXT_REACH = 20   # characters after a year `đạt` may end at (`năm 2018 đạt ...`)
NOT_MODAL_BEFORE = 6   # a `not_modal` phrase may start this far before the modal (`không cần`) ...
NOT_MODAL_INSIDE = 8   # ... or hold it anywhere from this far before it ...
NOT_MODAL_AFTER = 12   # ... up to this far after it (`thời hạn sử dụng`)
FIRST_VERB_REACH = 120  # characters after a due time its clause's first verb is looked for at
OPENING_MODAL_REACH = 40  # characters after an unmarked due time that opens its clause its modal may end at
_BARE_GRANULARITIES = ("month", "quarter", "half", "year")  # of a due time that may stand without a marker


def marker(text: str, a: int, mt) -> tuple[Marker, int] | None:
    """(kind, start of due_text) when a deadline marker stands before the mention (or, for a year, a goal
    verb after it); a is the start of its sentence."""
    s = mt.start
    if mt.granularity == "interval":
        # a window written `từ A đến B` is its own marker (whether it is a requirement's, `rules` decides)
        return (Marker.WINDOW, s) if re.match(r"(?i)(?:kể[^\S\n]+)?từ(?![\w])", mt.text) and not mt.relative else None
    # (from the character before: a marker's `(?:^|[^\w])` sees what precedes a sentence-initial `Trong`, `^` does
    # not match at a search position)
    lo = max(0, max(a, s - MARKER_REACH) - 1)
    m = RX_BEFORE.search(text, lo, s)
    if m and (m["mk"] or fold(mt.text).startswith("ngày")):
        return Marker.BEFORE, m.start("mk") if m["mk"] else m.start("glued")
    bare = mt.granularity in _BARE_GRANULARITIES and RX_BARE.search(text, max(0, max(a, s - BARE_YEAR_REACH) - 1), s)
    if bare and mt.granularity == "year":
        return Marker.BARE, s  # `đưa vào hoạt động năm 2021`
    if mt.granularity == "day" and RX_FROM_END.search(text, lo, s) and RX_BARE.search(text, lo, s):
        # a work opened `từ` a day (`sẽ được Sở GTVT đưa vào hoạt động từ ngày 30-6`): whether a plan word makes it
        # the plan's due day, `rules` decides (not a day a completion word alone precedes: `khánh thành ngày 2/9`)
        return Marker.BARE, s
    if RX_GOAL_BEFORE.search(text, lo, s):
        return Marker.GOAL, s
    m = RX_WITHIN.search(text, lo, s)
    if m:
        return Marker.WITHIN, m.start("mk")
    if bare:
        return Marker.BARE, s  # `dự kiến hoàn thành tháng 3/2019` (not `hoàn thành vào quý 2/2022`: that is marked)
    if mt.granularity == "year":
        m = RX_PLAN_YEAR.search(text, max(0, max(a, s - BARE_YEAR_REACH) - 1), s)
        # (not a company's business plan: `công ty phải hoàn thành kế hoạch kinh doanh năm 2017`)
        if m and (has_modal(RX_STRONG, text, a, m.start("v")) or RX_DIRECTIVE.search(text, a, m.start("v"))) and \
                not RX_COMMERCIAL.search(text, a, s):
            return Marker.PLAN_YEAR, s  # `dứt khoát phải hoàn thành kế hoạch cổ phần hóa, thoái vốn của năm 2017`
        m = RX_GOAL_AFTER.match(text, mt.end, min(len(text), mt.end + GOAL_AFTER_REACH))
        if m and not RX_OWN_TIME.match(text, m.end()):  # not `năm 2017 và phấn đấu đến năm 2021`: that goal has its own
            return Marker.GOAL_YEAR, s
        if RX_GOAL_NEXT.match(text, mt.end, min(len(text), mt.end + GOAL_NEXT_REACH)) and \
                RX_GOAL_WORD.search(text, a, s):
            return Marker.GOAL_YEAR, s  # `năm 2017 thành phố phấn đấu đạt ..., năm 2018 đạt ...`
    if _opens_before_modal(text, a, mt):
        return Marker.WITHIN, s  # `...; Quý IV/2017 sẽ hoàn chỉnh các thủ tục`
    return None


def _opens_before_modal(text: str, a: int, mt) -> bool:
    """A month, quarter, half or year without a marker that opens its clause, a modal following it."""
    if mt.granularity not in _BARE_GRANULARITIES:
        return False  # (a day that opens a clause is mostly an event's: `Ngày 5/5, hội nghị sẽ ...`)
    before = text[a:mt.start]
    cut = max(before.rfind(";"), before.rfind(":"), before.rfind(","))
    if before[cut + 1:].strip():
        return False
    m = RX_OPENING_MODAL.match(text, mt.end, min(len(text), mt.end + OPENING_MODAL_REACH))
    return bool(m) and not re.search(r"[;.]", text[mt.end:m.end()])


def clause(text: str, a: int, b: int, due_start: int, due_end: int) -> tuple[int, int]:
    """The `;`/`:`-delimited clause of the sentence text[a:b] around the due time."""
    lo = a
    for m in RX_HARD_BOUND.finditer(text, a, min(len(text), due_start + 3)):  # (its lookahead sees the due time)
        if m.end() <= due_start:
            lo = m.end()
    m = RX_END.search(text, due_end, b)
    hi = m.start() if m else b
    # (`… Tại buổi làm việc, ...`: a sentence the segmenter kept ends the clause after the due time too)
    ellipsis = RX_ELLIPSIS_END.search(text, due_end, hi)
    return lo, (ellipsis.start() if ellipsis else hi)


def last_directive(text: str, a: int, pos: int):
    """The last directive verb of the sentence before pos (its scope runs over `;` items)."""
    return last_match(RX_DIRECTIVE, text, a, pos)


def has_modal(rx: re.Pattern, text: str, lo: int, hi: int) -> bool:
    """A modal of rx in text[lo:hi] that is no part of a `not_modal` phrase (`cần thiết`, `phải lòng`)."""
    for m in rx.finditer(text, lo, hi):
        if RX_NEED.fullmatch(m.group()) and RX_QUANTITY_NEXT.match(text, m.end()):
            continue  # `cần hơn 5.400 tỷ đồng`: a need, no requirement
        if m.group()[:1].isupper() and re.search(r"(?<![\w])[A-ZĐÀ-Ỹ][a-zđà-ỹ]+[^\S\n]+$", text[max(0, m.start() - 20):m.start()]):
            continue  # capitalised mid-sentence: part of a name (`ông Nguyễn Kiên Quyết`)
        if _in_compound(text, m):
            continue  # `hạn hán`, `giới hạn`, `trách nhiệm hữu hạn`: a syllable of another word
        part = max(text.rfind(",", lo, m.start()), text.rfind(";", lo, m.start()), lo)
        if RX_CAUSATIVE.search(text, part, m.start()):
            continue  # `đã khiến các nhà khoa học phải quan tâm`: what something made someone do
        # (a `not_modal` phrase is a word: it may run past the window, `chương trình mục tiêu quốc gia`)
        after = min(len(text), m.end() + NOT_MODAL_AFTER)
        if not RX_NOT_MODAL.match(text, max(lo, m.start() - NOT_MODAL_BEFORE), after) and \
                not RX_NOT_MODAL.search(text[max(lo, m.start() - NOT_MODAL_INSIDE):after]):
            return True
    return False


def _in_compound(text: str, m: re.Match) -> bool:
    """The modal is a syllable of a compound noun that holds it (`hạn hán`, `giới hạn`)."""
    return any(x.start() <= m.start() and m.end() <= x.end()
               for x in RX_MODAL_NOUN_COMPOUND.finditer(text, max(0, m.start() - NOT_MODAL_INSIDE), m.end() + NOT_MODAL_AFTER))


def past_before_verb(text: str, i: int, hi: int) -> bool:
    """After a due time that opens the clause, `đã` before its first verb or modal (`trong những tháng đầu
    năm 2017, các bộ, cơ quan trung ương và địa phương đã tích cực triển khai ...`): a report."""
    hi = min(hi, i + FIRST_VERB_REACH)
    first = [m.start() for rx in (RX_ACTION, RX_STRONG, RX_WEAK) for m in [rx.search(text, i, hi)] if m]
    return bool(RX_PAST.search(text, i, min(first) if first else hi))


def continues_before(text: str, a: int, due_start: int) -> bool:
    """The sentence opens with a continuation word and no subject of its own: a verb or modal follows."""
    m = RX_CONTINUES.match(text, a, due_start)
    if not m:
        return False
    i = m.end()
    while i < due_start and text[i] in " \t,":
        i += 1
    return bool(RX_ACTION_ANY.match(text, i, due_start) or RX_STRONG.match(text, i, due_start)
                or RX_WEAK.match(text, i, due_start) or i >= due_start)
