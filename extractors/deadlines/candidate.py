"""A date mention with a deadline marker: where its due text, clause and comma part are, and the cue of its
clause (a directive verb, a strong modal of requirement or goal, a weak modal of plan)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from vnextract.extractors.deadlines.directed_by import governing_directive
from vnextract.extractors.deadlines.grammar import (
    RX_ACTION_ANY,
    RX_CLAUSE_BOUND,
    RX_COMPLETION,
    RX_CONTRAST,
    RX_DEICTIC_NEXT,
    RX_NEGATED_BEFORE,
    RX_NEXT_STEP,
    RX_OPENING_MODAL,
    RX_SPEECH,
    RX_STRONG,
    RX_WEAK,
    Marker,
)
from vnextract.extractors.deadlines.markers import clause, continues_before, has_modal, last_directive, marker
from vnextract.extractors.extensions import sentence_of

PRE_WINDOW = 90          # characters before the due time its cue words are read in
POST_WINDOW = 80         # characters after the due time its cue words are read in
OPENING_CUE_REACH = 60   # a due time that opens its comma part takes its cue this far after it, at most
DIRECTIVE_LIST_REACH = 400  # characters before an item of a `yêu cầu:` list its directive verb may stand in
SUBJECT_LIST_PART_WORDS = 4  # words of one item of a subject list after an opening due time, at most
NEGATOR_REACH = 8  # characters before a directive verb its negator may start at
BULLETS = " \t\n-+•*–"  # what may stand before a due time that heads a list item
RX_HEADING_COLON = re.compile(r"[^\S\n]*:[^\S\n]*(?=\w)")


@dataclass
class Candidate:
    doc: Doc
    mt: object           # the dates.DateMention
    kind: Marker
    a: int               # the sentence: text[a:b]
    b: int
    due_start: int       # where due_text starts (the marker's start)
    lo: int              # the `;`/`:` clause: text[lo:hi]
    hi: int
    comma_lo: int        # the start of the comma part the due time is in
    opens: bool          # the due time opens its comma part (its cue may follow it)
    cue_hi: int          # the end of the cue words read after the due time
    pre_lo: int          # the start of the cue words read before the due time
    pre: str             # the text before the due time (PRE_WINDOW, inside the clause)
    post: str            # the text after the due time (POST_WINDOW, inside the sentence)
    directive: re.Match | None = None
    strong: bool = False
    weak: bool = False

    @property
    def text(self) -> str:
        return self.doc.text

    @property
    def no_cue(self) -> bool:
        return self.directive is None and not self.strong and not self.weak

    @property
    def directs_before_due(self) -> bool:
        """A directive verb before the due time, whose addressee and task follow it."""
        return self.directive is not None and self.directive.end() <= self.due_start


def locate(doc: Doc, mt) -> Candidate | None:
    """The deadline marker of the mention and the clause around it; None without a marker."""
    text = doc.text
    a, b = sentence_of(doc, mt.start)
    found = marker(text, a, mt)
    if found is None:
        return None
    kind, due_start = found
    lo, hi = clause(text, a, b, due_start, mt.end)
    heading = RX_HEADING_COLON.match(text, mt.end, b)
    if heading and not text[lo:due_start].strip(BULLETS):
        # a due time that heads an item (`- Trước ngày 30/6/2021: Hoàn thành tổ chức ...`): its clause is the
        # item's text after the colon
        hi = clause(text, a, b, heading.end(), heading.end())[1]
    comma_lo = a
    for m in RX_CLAUSE_BOUND.finditer(text, a, due_start):
        if m.group() != "(" or ")" not in text[m.end():due_start]:  # `(Quảng Nam)` closes inside the clause
            comma_lo = m.end()
    # the clause after the due time counts when the due time opens it
    opens = len(text[comma_lo:due_start].split()) <= 1
    cue_hi = mt.end
    if opens:
        rest = text[mt.end:hi]
        m = re.search(r"[,;]|[.,](?!\d)", rest.lstrip(" ,"))
        cue_hi = hi if not m else mt.end + (len(rest) - len(rest.lstrip(" ,"))) + m.start()
        cue_hi = _past_subject_list(text, mt.end, cue_hi, hi)
        cue_hi = min(cue_hi, mt.end + OPENING_CUE_REACH)  # the cue belongs to the clause the due time opens
    # cue words around the due time, never the marker itself (`hạn chót là`); a due time that opens a
    # comma part takes its cue from that part (`..., riêng trong ngày 28/4 là 76 người`)
    return Candidate(doc, mt, kind, a, b, due_start, lo, hi, comma_lo, opens, cue_hi,
                     pre_lo=due_start if opens else lo,
                     pre=text[max(lo, due_start - PRE_WINDOW):due_start],
                     post=text[mt.end:min(b, mt.end + POST_WINDOW)])


def _past_subject_list(text: str, start: int, cut: int, hi: int) -> int:
    """The end of the cue words after a due time that opens its comma part: past the commas of a subject list
    that holds no verb (`trong tháng 7-2017, UBND 24 quận, huyện phải có kế hoạch ...`), up to its modal."""
    if text[cut:cut + 1] != ",":
        return cut
    m = RX_OPENING_MODAL.match(text, cut, min(hi, start + OPENING_CUE_REACH))
    if m is None:
        return cut
    subject = text[start:cut]
    modal = max((x.start() for rx in (RX_STRONG, RX_WEAK) for x in rx.finditer(text, cut, m.end())), default=cut)
    if RX_ACTION_ANY.search(text, start, modal) or RX_STRONG.search(subject) or RX_WEAK.search(subject) or \
            len(subject.split()) > SUBJECT_LIST_PART_WORDS:
        return cut
    return m.end()


def read_cues(c: Candidate, mentions) -> None:
    """Set the candidate's directive verb and modals."""
    text, mt = c.text, c.mt
    directive = governing_directive(c.doc, c.a, c.lo, c.due_start)
    strong = has_modal(RX_STRONG, text, c.pre_lo, c.due_start) or has_modal(RX_STRONG, text, mt.end, c.cue_hi)
    # a plan word before another due time is that one's (`theo kế hoạch đến hết ngày 1/7 ... trong ngày 4/6`)
    weak_lo = max([c.pre_lo] + [o.end for o in mentions
                                if o is not mt and c.pre_lo <= o.start and o.end <= c.due_start
                                and not _next_step(text, o.end, c.due_start)])
    weak = has_modal(RX_WEAK, text, weak_lo, c.due_start) or has_modal(RX_WEAK, text, mt.end, c.cue_hi)
    if directive is not None and RX_SPEECH.fullmatch(directive["v"]) and not strong:
        directive = None
    if directive is not None and _directive_void(text, c, directive):
        directive = None
    c.directive, c.strong, c.weak = directive, strong, weak
    if c.no_cue and c.kind == Marker.WITHIN:
        c.strong, c.weak = _passage_cues(c)


def _next_step(text: str, end: int, due_start: int) -> bool:
    """The plan's next step follows the other due time, coordinated (`Dự kiến khởi công vào quý III/2017 và hoàn
    thành đi vào hoạt động quý III/2018`): the plan word before that one is this one's too."""
    m = RX_NEXT_STEP.match(text, end, due_start)
    return bool(m and RX_COMPLETION.match(text, m.end() - 1, due_start))


def _directive_void(text: str, c: Candidate, directive: re.Match) -> bool:
    """A negated directive (`Do gia đình không yêu cầu khám nghiệm tử thi nên trong ngày 29/4, ...`), or one a
    contrast cuts off from the later due time (`... rồi giao cho Tổng Công ty ... thực hiện tuy nhiên đến năm 2006
    thì được chuyển giao`): it sets no deadline."""
    v = directive.start("v")
    if RX_NEGATED_BEFORE.search(text, max(c.a, v - NEGATOR_REACH), v):
        return True
    if directive.end() <= c.due_start and not text[directive.end():c.due_start].strip():
        # nothing to do after it, nor before the due time: a noun (`Hà Nội sẽ làm hoàn chỉnh kết luận vào đầu tháng 7`)
        deictic = RX_DEICTIC_NEXT.match(text, c.mt.end, c.hi)
        if not re.search(r"\w", text[deictic.end() if deictic else c.mt.end:c.hi]):
            return True
    return directive.end() <= c.due_start and bool(RX_CONTRAST.search(text, directive.end(), c.due_start))


def _passage_cues(c: Candidate) -> tuple[bool, bool]:
    """(strong, weak) a clause without a cue of its own takes from the passage it belongs to."""
    text, a, lo = c.text, c.a, c.lo
    # an item of a directive passage: `Đồng chí yêu cầu: ...`
    strong = text[:a].rstrip().endswith(":") and last_directive(text, max(0, a - DIRECTIVE_LIST_REACH), a) is not None
    weak = False
    # a later `;` item of a plan (`... sẽ hoàn thành ...; trong quý 2/2017 hoàn thành ...`), or a
    # sentence that carries on the one before (`Qua đó, đảm bảo mặt bằng ... vào cuối tháng 6/2017`)
    carried = (a, lo) if lo > a and text[lo - 1] == ";" else None  # (not past a `…` the segmenter kept)
    if carried is None and continues_before(text, a, c.due_start):
        carried = sentence_of(c.doc, max(0, a - 2)) if a > 0 else None
    if carried and carried[0] < carried[1]:
        strong = has_modal(RX_STRONG, text, *carried)
        weak = has_modal(RX_WEAK, text, *carried)
    return strong, weak
