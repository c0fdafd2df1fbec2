"""One figure read step by step: each stage fills in a part of the `Candidate`, then the vetoes of that
stage (vetoes.py) run in order; the first that fires drops the figure and names the reason."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from vnextract.extractors.normalize import fold, tidy_number

from . import status, vetoes
from .context import ArticleContext
from .cues import (
    LEFT,
    RIGHT,
    SCHEME_NOUNS,
    Cue,
    FoundCue,
    as_opened,
    as_stated,
    find_cues,
    in_name,
    is_request_noun,
    names_baseline,
    negated,
    undergone,
)
from .indicator import indicator
from .numbers import parse
from .phrases import LEX, Syllable, alt, phrase_set, suffix_match, syllables
from .status import Status
from .units import (
    ADMIN,
    ADMIN_NEXT,
    CLASSIFIERS,
    COMPARATOR_AFTER,
    COMPARATOR_AFTER_SIGN,
    COMPARATOR_BEFORE_SIGN,
    CURRENCY,
    QUANTITY,
    classified_noun_end,
    multiplied,
)

BEFORE_CHARS = 40   # how far back the words right before a number are read (ordinals, comparators, `từ`)
LEFT_CHARS = 110    # how far back in the clause cues are read
RIGHT_CHARS = 60    # how far after the unit
NEAR_LEFT = 3       # syllables before the quantity where one-syllable neg/attend words veto it
NEAR_RIGHT = 3      # syllables after the unit where neg_after words veto it

# Words before `được` that make it no result marker (`không được`, `sẽ được`, `đo được`).
_NOT_BEFORE_DUOC = set(LEX["not_before_duoc"])
_SENTENCE_CUES = (Cue.PLAN, Cue.MODAL, Cue.DONE, Cue.DONE_WORK, Cue.LEGAL, Cue.MARKET_STRONG)
_WORK_AT_HAND = phrase_set(LEX["work_at_hand"])  # `giám sát`, `rà soát`: a work verb only right before the figure
_WORK_AT_HAND_GAP = set(LEX["work_at_hand_gap"])
# `và` and an optional comparator opening a second figure right after the unit (`81 tổ chức và hơn 6.000 đảng viên`)
_AND_NEXT_FIGURE = re.compile(
    rf"\s+và\s+(?:(?:{alt([w for ws in LEX['comparators_before'].values() for w in ws])})\s+)?")


def coordinated_end(folded: str, end: int, clause_end: int) -> int:
    """`81 tổ chức và hơn 6.000 đảng viên bị kỷ luật`: a figure joined by `và` to the next one shares its
    predicate, read after the second figure; else `end`."""
    a = _AND_NEXT_FIGURE.match(folded, end)
    q = QUANTITY.match(folded, a.end()) if a else None
    if not q or q.end() > clause_end or fold(q.group("unit") or "") in CURRENCY:
        return end  # amounts are no coordinated counts (`vốn 9.440 tỷ đồng và 24 dự án được triển khai`: a list)
    return q.end()


def _at_hand(cue: FoundCue, left: list[Syllable]) -> bool:
    """A review verb (``work_at_hand``) governs the figure only with nothing but ``work_at_hand_gap`` words between."""
    return cue[1] not in _WORK_AT_HAND or all(s[0] in _WORK_AT_HAND_GAP for s in left if s[1] >= cue[3])


@dataclass(eq=False)
class Candidate:
    """A quantity the pattern found, and what the stages read about it."""
    ctx: ArticleContext
    m: re.Match
    last: dict  # None -> (sentence, end, status) of the last target; unit key -> the last counting that unit
    dropped_by: str | None = None  # the veto that rejected it
    # the quantity (read_quantity)
    unit_group: str = "unit"
    unit_key: str | None = None     # the unit as written; None for a percentage
    unit_folded: str | None = None
    n_start: int = 0
    n_end: int = 0
    u_start: int = 0
    u_end: int = 0
    is_word_num: bool = False
    has_total: bool = False
    is_range: bool = False
    # its extent (read_extent)
    end: int = 0
    unit_end: int = 0
    comparator: str = "="
    currency: bool = False
    money_rate: bool = False
    # the words right before it (read_surroundings)
    sent: tuple[int, int] = (0, 0)
    start: int = 0
    before: list[Syllable] = field(default_factory=list)  # syllables right before the number
    pre: list[Syllable] = field(default_factory=list)     # ... and before its comparator
    cmp_hit: tuple | None = None
    # its cues (read_cues)
    clause: tuple[int, int] = (0, 0)
    left: list[Syllable] = field(default_factory=list)
    right: list[Syllable] = field(default_factory=list)
    lcues: list[FoundCue] = field(default_factory=list)
    rcues: list[FoundCue] = field(default_factory=list)
    scues: list[FoundCue] = field(default_factory=list)  # plan, modal, done, legal, market words of the sentence before the clause
    near_from: int = 0
    near_to: int = 0
    at_hand: Cue | None = None  # the class of the cue right before the figure
    classes: set[Cue] = field(default_factory=set)
    # its status (status.read_status)
    state: Status | None = None
    qualified: bool = False
    adjacent: bool = False  # a verb right at hand (needed by a number in words)
    # its value (read_value)
    value: float | None = None
    total: float | None = None
    hi: float | None = None

    @property
    def figure(self) -> str:
        """The text the pattern matched."""
        return self.ctx.text[self.m.start():self.m.end()]


def read_quantity(c: Candidate) -> None:
    m, text = c.m, c.ctx.text
    c.unit_group = "unit" if m.group("unit") is not None else "gunit"
    c.unit_key = m.group(c.unit_group)
    c.unit_folded = fold(c.unit_key) if c.unit_key is not None else None
    c.n_start, c.n_end = m.span("num")
    c.is_word_num = not text[c.n_start:c.n_end][:1].isdigit()
    c.has_total = m.group("tot") is not None
    c.is_range = m.group("hi") is not None
    if c.unit_key is not None:
        c.u_start, c.u_end = m.span(c.unit_group)
    else:
        c.u_start, c.u_end = m.span("pct")
        c.u_start += len(m.group("pct")) - len(m.group("pct").lstrip())


def read_extent(c: Candidate) -> None:
    """The span runs on over a list of admin units (`huyện, thành phố`), a rate (`/ha`), the noun a
    classifier counts, and a comparator after it (`trở lên`)."""
    m, folded = c.m, c.ctx.folded
    end = c.u_end
    if c.unit_folded in ADMIN:
        while a := ADMIN_NEXT.match(folded, end):
            end = a.end()
    if m.group("rate") and end == m.start("rate"):
        end = m.end("rate")
    elif c.unit_key is not None and end == c.u_end and c.unit_folded in CLASSIFIERS:
        end = classified_noun_end(folded, end)  # `100 viên thuốc lắc`, `2 chiếc Lexus`, `7 giải A`
    c.unit_end = end
    c.comparator = ">=" if c.is_range else "="
    a = COMPARATOR_AFTER.match(folded, end)
    if a:
        c.comparator = COMPARATOR_AFTER_SIGN[" ".join(a.group(1).split())]
        end = a.end()
    c.end = end
    c.currency = c.unit_folded in CURRENCY
    c.money_rate = bool(m.group("rate")) and c.currency


def read_surroundings(c: Candidate) -> None:
    """The sentence, the syllables right before the number, a comparator before it (`tối thiểu`), and
    `từ` opening a range (`từ 10% trở lên`): the span starts there."""
    folded = c.ctx.folded
    c.sent = c.ctx.sentence(c.n_start)
    before = syllables(folded, max(c.sent[0], c.n_start - BEFORE_CHARS), c.n_start)
    if before and folded[before[-1][2]:c.n_start].strip():
        before = []  # `11 vụ, 3 đối tượng`: punctuation parts the number from the word before
    c.before = c.pre = before
    c.start = c.n_start
    c.cmp_hit = suffix_match(before, COMPARATOR_BEFORE_SIGN)
    if c.cmp_hit:
        if not c.is_range:
            c.comparator = COMPARATOR_BEFORE_SIGN[c.cmp_hit[0]]
        c.start = c.cmp_hit[1]
        c.pre = [s for s in before if s[2] <= c.start]
    if c.pre and c.pre[-1][0] == "từ":
        c.start = c.pre[-1][1]  # `từ 10% trở lên`, `từ 40 - 45%`: the range starts at `từ`


def read_cues(c: Candidate) -> None:
    """The cue words of the clause before the figure and after its unit, as the clause states them."""
    ctx, folded, text, sent, pre = c.ctx, c.ctx.folded, c.ctx.text, c.sent, c.pre
    c.clause = ctx.clause(c.start, c.end, sent)
    l_from = max(c.clause[0], c.start - LEFT_CHARS)
    c.left = left = syllables(folded, l_from, c.start)
    r_from = c.end if c.currency else coordinated_end(folded, c.end, c.clause[1])
    c.right = right = syllables(folded, r_from, min(c.clause[1], r_from + RIGHT_CHARS))
    lcues = [as_opened(as_stated(cue, left, Cue.PLAN), folded, sent[0]) for cue in find_cues(left, LEFT)
             if not in_name(text, cue[2], sent[0]) and not names_baseline(cue, left) and not negated(cue, left)
             and not undergone(cue, left) and not is_request_noun(cue, left) and _at_hand(cue, left)]
    if len(pre) >= 2 and pre[-1][0] == "được" and pre[-2][0] not in _NOT_BEFORE_DUOC \
            and not (lcues and lcues[-1][3] >= pre[-1][1]):
        lcues.append((Cue.WORK, ("được",), pre[-1][1], pre[-1][2]))  # `xuất khẩu được 14.800 tấn`
    if vetoes.dispatches(c):
        # `điều 3 xe chữa cháy`, `xuất 2 xe`: a force dispatched (`điều` is no article of a law here)
        lcues = [cue for cue in lcues if cue[2] != pre[-1][1]] + [(Cue.WORK, (pre[-1][0],), pre[-1][1], pre[-1][2])]
    c.lcues = lcues
    # `2 trường hợp đã được điều chỉnh phương án bồi thường`: a scheme after the unit is the object of the figure's
    # own verb, no plan over it
    c.rcues = [as_stated(cue, right, Cue.BACKLOG) for cue in find_cues(right, RIGHT)
               if not in_name(text, cue[2], sent[0]) and cue[1] not in SCHEME_NOUNS and cue[1] not in _WORK_AT_HAND]
    c.near_from = left[-NEAR_LEFT][1] if len(left) >= NEAR_LEFT else l_from
    c.at_hand = lcues[-1][0] if lcues and lcues[-1][3] >= c.near_from else None
    c.classes = {cue[0] for cue in lcues}
    c.near_to = right[NEAR_RIGHT - 1][2] if len(right) >= NEAR_RIGHT else c.end + RIGHT_CHARS
    if c.clause[0] > sent[0]:
        head = syllables(folded, sent[0], c.clause[0])
        opened = (as_opened(cue, folded, sent[0]) for cue in find_cues(head, LEFT) if not is_request_noun(cue, head))
        c.scues = [cue for cue in opened if cue[0] in _SENTENCE_CUES]


def read_value(c: Candidate) -> None:
    c.value = parse(c.ctx.folded[c.n_start:c.n_end])
    c.total = parse(c.m.group("tot")) if c.has_total else None
    c.hi = parse(c.m.group("hi")) if c.is_range else None


Stage = tuple[Callable[[Candidate], None], tuple[Callable[[Candidate], bool], ...]]
STAGES: tuple[Stage, ...] = (
    (read_quantity, vetoes.QUANTITY),
    (read_extent, vetoes.EXTENT),
    (read_surroundings, vetoes.SURROUNDINGS),
    (read_cues, vetoes.CUES),
    (status.read_status, vetoes.STATUS),
    (read_value, vetoes.VALUE),
)


def judge(ctx: ArticleContext, m: re.Match, last: dict) -> Candidate:
    """Read the quantity `m` stage by stage; stop at the first veto that fires."""
    c = Candidate(ctx, m, last)
    for step, stage_vetoes in STAGES:
        step(c)
        for veto in stage_vetoes:
            if veto(c):
                c.dropped_by = veto.__name__
                return c
    return c


def to_row(c: Candidate) -> dict:
    """The table row of a kept candidate."""
    ctx, text, m = c.ctx, c.ctx.text, c.m
    value = multiplied(c.value, m)
    # The multiplier is in the value, so the unit is the counted noun alone (CONTRACT.md:
    # `2,5 triệu lượt khách` -> 2500000 `lượt khách`; likewise `120 tỷ đồng` -> 1.2e11 `đồng`).
    unit = "%" if m.group("pct") else " ".join(text[c.u_start:c.unit_end].split())
    year, when = ctx.when(c.clause, c.sent, c.start)
    if c.state == Status.ACHIEVED and ctx.after_publication(when) \
            and not any(cue[0] in (Cue.DONE, Cue.DONE_WORK) for cue in c.lcues):
        c.state = Status.PLANNED  # a figure for a month or year still to come is a goal
    return {
        "text": text[c.start:c.end], "start": c.start, "end": c.end,
        "value": tidy_number(value), "total": tidy_number(c.total), "unit": unit,
        "comparator": c.comparator, "status": c.state.value,
        "year": year,
        "evidence": text[c.sent[0]:c.sent[1]].strip(),
        "indicator": indicator(ctx, c.left, c.start, c.end, c.clause, bool(m.group("pct"))),
    }
