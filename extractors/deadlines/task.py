"""The task of a deadline: the clause of what must be done, without the marker, the due time and the agent."""
from __future__ import annotations

import re

from vnextract.extractors.deadlines.candidate import Candidate
from vnextract.extractors.deadlines.grammar import (
    LEX,
    NOUN_MODALS,
    RX_ACTION,
    RX_BARE_COMPLETION,
    RX_DEICTIC_NEXT,
    RX_MODAL_NEXT,
    RX_OPENING_MODAL,
    RX_PART_BOUND,
    RX_PLAN_YEAR,
    RX_PURPOSE,
    RX_PURPOSE_TASK,
    RX_STOP,
    RX_STRIP,
    RX_STRONG,
    RX_TASK_END_PARTICLE,
    RX_WEAK,
    Marker,
    clean,
)
from vnextract.extractors.deadlines.parties import RX_PERSON_SOURCE, agent, credit_end, framing_end, skip_openers
from vnextract.extractors.lexicon import HORIZONTAL_SPACE as H
from vnextract.extractors.lexicon import alternation, compile_ci
from vnextract.extractors.normalize import fold
from vnextract.extractors.officials import HONORIFICS

GOAL_VERB = "phấn đấu"  # a goal's task starts at it
RX_GOAL_VERB = re.compile(rf"(?i)(?<![\w]){GOAL_VERB}(?![\w])")
PLAN_YEAR_REACH = 61    # characters before the year its plan phrase may start at (markers.BARE_YEAR_REACH + 1)
MIN_TASK_WORDS = 3      # a shorter task is widened to the whole clause around the due time
# a copula or the goal verb right before a due time that opens the next comma part only leads in the task after it
# (`Mục tiêu cụ thể đặt ra là đến năm 2025, phấn đấu ...`, `..., phấn đấu đến năm 2020, cả nước có tối thiểu 90,7%
# dân số tham gia BHYT`; not `... là trước ngày 15/8/2017 là để bảo đảm ...`)
RX_LEAD_IN_END = re.compile(rf"(?i)(?<![\w])(?:là|{GOAL_VERB})[^\S\n]*:?[^\S\n]*$")

# a past fact's conjunct before a plan's (`... đã hoàn thành công tác đấu thầu và các đơn vị trúng thầu sẽ tiến hành
# thi công`): the plan is the task; the later conjunct's subject is at most a few words
RX_PLAN_AFTER_FACT = compile_ci(rf"(?<![\w])(?:{alternation(LEX['tense_past_words'])}){H}.*?(?:,|{H}và){H}+"
                                rf"(?P<plan>(?:[^\s,]+{H}+){{0,6}}?(?:{alternation(LEX['plan_after_fact_modals'])})"
                                rf"(?![\w]).*)$")

# the goal's noun opens the task before the due time, and no verb follows it there (see `goal_lead_nouns`)
RX_GOAL_LEAD = compile_ci(rf"^(?:[^\s,;]+{H}+){{0,4}}?(?:{alternation(LEX['goal_lead_nouns'])})(?![\w])")
RX_GOAL_LEAD_NEXT = compile_ci(rf"{H}*(?:,|là(?![\w])){H}*")  # what follows its due time: the goal clause's opener
# (after a comma or a joiner only: `danh sách thí sinh trúng tuyển dự kiến` is a provisional list)
RX_TRAILING_MODAL = compile_ci(rf"(?:[,;(]|{H}(?:{alternation(LEX['next_step_joiners'])})){H}*"
                               rf"(?:{alternation(LEX['task_trailing_modals'])})$")

# a speaker's credit closing the sentence the task ran into (`..., ông Châu nhấn mạnh`, `...", ông Hổ cho biết`)
RX_TRAILING_CREDIT = compile_ci(rf"[”\"]?{H}*,{H}*(?:{alternation(HONORIFICS)}){H}+(?:(?-i:[A-ZĐÀ-Ỹ])[\w]*{H}+){{1,4}}"
                                rf"(?:{alternation(LEX['speech_verbs'])})$")

# a source the task's clause is credited to, as its first comma part or before `thì` (`Theo quyết định của UBND TP Hà Nội,
# ...`, `Theo quy định thì ...`), and a purpose part right after it (`Theo kế hoạch, để thi công tuyến đường này, ...`)
RX_SOURCE_LEAD = compile_ci(rf"^(?:{alternation(LEX['source_leads'])}){H}+(?!dõi(?![\w]))[^,;:.“”\"()\n]{{2,80}}?(?:,|{H}thì(?![\w])){H}*")
RX_PURPOSE_LEAD = compile_ci(rf"^(?:{alternation(LEX['purpose_leads'])})(?![\w])[^,;:.“”\"()\n]{{2,80}}?,{H}*")
MAX_SOURCE_WORDS = 10   # a longer first part is no source's name

# a goal's measure named between its verb and its year, in words (`phấn đấu tốc độ tăng GRDP năm 2017 đạt ...`)
MIN_GOAL_SUBJECT_WORDS, MAX_GOAL_SUBJECT_WORDS = 2, 8
# `cả` of `cả năm 2017` before the year (not of `tất cả`: `hoàn thành tất cả trước ngày 30/6`)
RX_WHOLE_PERIOD_END = re.compile(r"(?i)(?<![\w])(?<!tất )cả[^\S\n]*$")
# the comma or `và` that ends another due time's item right before this due time's marker
RX_ITEM_JOINT_END = re.compile(r"(?:,|[^\S\n]và)[^\S\n]*(?=$)")
# a photo caption in brackets the task ran into (`... ở Đồng Tâm, Mỹ Đức, Hà Nội (ảnh: Việt Linh) Sáng 3/7, ...`)
RX_BRACKET_CAPTION = compile_ci(rf"[^\S\n]*\({H}*(?:{alternation(LEX['photo_credit_labels'])})(?![\w])")

RX_BARE_PLAN = compile_ci(rf"(?:(?:{alternation(LEX['plan_after_fact_modals'])}){H}*)+"
                          rf"(?:{alternation(LEX['completion_words'])})")


# a condition between the due time and the plan: `, khi ... thì sẽ ...`
RX_CONDITION_THEN = re.compile(r"[^\S\n]*,?[^\S\n]*(?:khi|nếu)(?![\w])[^.;:?!\n]{1,160}?(?<![\w])thì(?![\w])[^\S\n]*")

def strip(task: str) -> str:
    """Without leading conjunctions and directive verbs (`và`, `để`, `yêu cầu`)."""
    task = clean(task)
    task = task[credit_end(task, 0, len(task)):]  # (`VGP/Lê Sơn Hoàn thành việc bồi thường ...`)
    prev = None
    while prev != task:
        prev = task
        # (an opening bracket left at the end held the due time: `để khởi công Nhà máy ... (đầu tháng 3/2017)`)
        task = clean(re.sub(r"[(\[]$", "", RX_STRIP.sub("", task)))
        # (a bracket opening it belongs to the due time before: `đến giữa tháng 7 (hoặc tháng 8), kết luận ...`)
        task = clean(re.sub(r"^\([^()]*\)[^\S\n]*,?", "", task))
    return task


def _end_after(text: str, due_end: int, hi: int, others: list[int]) -> int:
    """Where a task clause that goes on after the due time ends (`để đến tháng 9 đưa chương trình ...`)."""
    if RX_STOP.match(text, due_end, hi) or not re.match(r"[^\S\n]+[a-zđà-ỹ]", text[due_end:hi]):
        return due_end
    end = hi
    for m in re.finditer(r",(?!\d)", text[due_end:hi]):
        end = due_end + m.start()
        break
    nxt = [o for o in others if due_end < o < end]
    return _quote_end(text, due_end, min(nxt) if nxt else end)


def _quote_end(text: str, due_end: int, end: int) -> int:
    """end, or earlier the closing quote of a quotation the due time is in: what follows it is the speaker's credit
    (`Từ nay đến cuối năm phải hoàn thành phần mềm này”, đồng chí Lê Văn Khoa yêu cầu`), not a quoted name the task
    opens after the due time (`hoàn thành “Đề án ...”`)."""
    close = text.find("”", due_end, end)
    return close if close >= 0 and "“" not in text[due_end:close] else end


def _clause_task(text: str, start: int, mk_start: int, due_end: int, hi: int, others: list[int]) -> str:
    """The task clause from start, without the marker and due time."""
    item_start = max([start] + [e for e in others if start <= e <= mk_start])
    joint = RX_ITEM_JOINT_END.search(text, item_start, mk_start) if item_start > start else None
    if joint:
        # the due time opens its own item after another's (`Cuối tháng 6-2017 thanh toán 500 triệu đồng, cuối
        # tháng 7-2017 thanh toán 500 triệu đồng`): what is before it is the other's task
        own = _clause_task(text, joint.end(), mk_start, due_end, hi, others)
        if len(own.split()) >= MIN_TASK_WORDS:
            return own
    start = item_start
    if len(text[start:mk_start].split()) <= 1 or RX_MODAL_NEXT.match(text, due_end, hi):
        # the due time opens the clause: `Trong tháng 8/2017, Sở GTVT sẽ xử lý 63 cây xanh`; or its own modal
        # follows it (`... như trong tháng 2 này sẽ hoàn thành Báo cáo ...`)
        end = hi
        for m in re.finditer(r",(?!\d)", text[due_end:hi]):
            if RX_STOP.match(text, due_end + m.end(), hi):
                end = due_end + m.start()
                break
        nxt = [o for o in others if due_end < o < end]
        end = _quote_end(text, due_end, min(nxt) if nxt else end)
        purpose = RX_PURPOSE.search(text, due_end, end)
        end = purpose.start() if purpose and len(text[due_end:purpose.start()].split()) >= MIN_TASK_WORDS else end
        after = clean(text[due_end:end])
        ag = agent(after, 0, len(after))
        return strip(after[ag[1]:] if ag else after)
    before = RX_WHOLE_PERIOD_END.sub("", text[start:mk_start])  # (`phấn đấu cả năm 2017 thu ngân sách ...`)
    purpose = list(RX_PURPOSE_TASK.finditer(before))
    if purpose and len(before[purpose[-1].end():].split()) >= MIN_TASK_WORDS and "," not in before[purpose[-1].end():]:
        before = before[purpose[-1].end():]  # `... nhằm sớm di dời chợ cũ sang chợ mới vào tháng 12.2017`
    after = text[due_end:_end_after(text, due_end, hi, others)]
    return strip(clean(before) + (" " + clean(after) if clean(after) else ""))


def goal_year_task(c: Candidate) -> tuple[str, str | None]:
    """(task, agent) of a year the goal follows: `Năm 2017, tỉnh phấn đấu ...`."""
    after = re.split(r";|[,.](?!\d)", c.text[c.mt.end:c.b].lstrip(" ,"))[0]
    ag = agent(after, 0, len(after))
    task = after[ag[1]:] if ag else after
    i = fold(task).find(GOAL_VERB)
    if i >= 0:
        return strip(task[i + len(GOAL_VERB):]), (ag[0] if ag else None)
    return clean(_goal_subject_before(c) + " " + strip(task)), (ag[0] if ag else None)


def _goal_subject_before(c: Candidate) -> str:
    """The measure a goal verb names before its year in the same comma part (`phấn đấu tốc độ tăng GRDP năm 2017 đạt
    từ 8,5 - 9%`, `phấn đấu tăng trưởng tín dụng cả năm 2017 đạt trên 18%`): the subject of the goal after the
    year; else ''."""
    part = re.split(r"[;:]|[,.](?!\d)", c.text[c.lo:c.due_start])[-1]
    verbs = list(RX_GOAL_VERB.finditer(part))
    lead = clean(RX_WHOLE_PERIOD_END.sub("", part[verbs[-1].end():])) if verbs else ""
    return lead if MIN_GOAL_SUBJECT_WORDS <= len(lead.split()) <= MAX_GOAL_SUBJECT_WORDS else ""


def tail_end(text: str, due_end: int) -> int:
    """Past a word that closes the due time (`quý 3 này`, `tháng 4 tới`)."""
    m = RX_DEICTIC_NEXT.match(text, due_end)
    return m.end() if m else due_end


def clause_task(c: Candidate, task_start: int, responsible: str | None, others: list[int]) -> str:
    """The task from task_start (past the agent), without the responsible agent; a goal's from its verb."""
    if c.opens and RX_OPENING_MODAL.match(c.text, c.mt.end, c.hi):
        task_start = c.due_start  # `Để ..., năm 2017, Bộ NN&PTNT sẽ tập trung ...`: the task follows the due time
    if c.directive is not None and c.directive.end() < c.lo < c.due_start and c.text[:c.lo].rstrip().endswith(";"):
        # a later `;` item of the directive: its own text is the task (`yêu cầu UBND thành phố chỉ đạo tháo dỡ ...
        # trước ngày 30/4; phối hợp ... cắt bỏ các đường ống ... trước ngày 7/5`); not past a `:` that opens a list
        # of bodies (`phối hợp với các Bộ: Xây dựng, Quốc phòng, ...`)
        task_start = max(task_start, c.lo)
    due_end = tail_end(c.text, c.mt.end)
    # (a task that starts past an agent after the due time: `Cũng trong tháng 6, Phó Thủ tướng yêu cầu Bộ GTVT ...`)
    task = _clause_task(c.text, task_start, c.due_start, max(due_end, task_start), c.hi, others)
    if responsible:
        # (past a framing part before it: `Theo nghị quyết, thành phố sẽ dừng hoạt động xe máy ...`)
        framed = task[framing_end(task, 0, len(task)):]
        if fold(framed).startswith(fold(responsible)):  # (`Thành phố` as the responsible, `thành phố` in the task)
            task = strip(framed[len(responsible):])
    lead_in = RX_LEAD_IN_END.search(c.text, task_start, c.due_start) and re.match(r"[^\S\n]*,", c.text[due_end:])
    goal = _goal_after(c, task_start, due_end, others)
    if goal:
        return goal
    if len((without_end_particle(task) or '').split()) < MIN_TASK_WORDS or lead_in:
        # only a cue before the due time (`Phấn đấu đến hết năm 2017, hầu hết các dịch vụ công ...`, `Dự kiến đến
        # ngày 7/7, Hội đồng thi sẽ công bố ...`): the clause after it
        after = _clause_task(c.text, c.due_start, c.due_start, due_end, c.hi, others)
        then = RX_CONDITION_THEN.match(c.text, due_end, c.hi)
        if len(after.split()) < MIN_TASK_WORDS and then:
            # (`Dự kiến đến cuối năm nay, khi Bình Dương hoàn thành hệ thống thu gom thì sẽ xử lý xong mùi hôi ...`:
            # the plan is what follows the condition's `thì`)
            after = _clause_task(c.text, then.end(), then.end(), then.end(), c.hi, others)
        task = after if len(after.split()) >= MIN_TASK_WORDS else task
    i = fold(task).find(GOAL_VERB)
    return _without_past_fact(task[i:] if i > 0 else task)


def _goal_after(c: Candidate, task_start: int, due_end: int, others: list[int]) -> str | None:
    """The goal clause after the due time when the part before it only names the goal (see RX_GOAL_LEAD): `Mục tiêu
    ... đến năm 2020 là hình thành cơ bản ...` -> `hình thành cơ bản ...`; else None."""
    text = c.text
    start = skip_openers(text, task_start, c.due_start)
    before = text[start:c.due_start]
    lead = RX_GOAL_LEAD.match(before)
    nxt = RX_GOAL_LEAD_NEXT.match(text, due_end, c.hi)
    rest = before[lead.end():].lstrip() if lead else ""
    # (not a goal of doing: `Mục tiêu hoàn thành ... đến năm 2020, ...`; not a goal served: `Để thực hiện mục tiêu
    # đến năm 2020, UBND tỉnh yêu cầu ...` names the aim of the order after it)
    if not lead or not nxt or RX_ACTION.match(rest) or RX_STRONG.match(rest) or RX_PURPOSE.search(lead.group()):
        return None
    after = _clause_task(text, c.due_start, c.due_start, nxt.end(), c.hi, others)
    return after if len(after.split()) >= MIN_TASK_WORDS else None


def _without_past_fact(task: str) -> str:
    """Without a past fact's conjunct before the plan's (see RX_PLAN_AFTER_FACT), when the plan's says enough."""
    m = RX_PLAN_AFTER_FACT.search(task)
    plan = clean(m.group("plan")) if m else ""
    # (not a modal and a completion word alone: `..., dự kiến hoàn thành`)
    return plan if len(plan.split()) >= MIN_TASK_WORDS and not RX_BARE_PLAN.fullmatch(plan) and \
        not RX_PLAN_AFTER_FACT.search(plan) else task


def plan_year_task(c: Candidate, responsible: str | None) -> str | None:
    """The task of a plan's year without a directive: from the comma part of the requirement's modal to the year
    (`dứt khoát phải hoàn thành kế hoạch cổ phần hóa, thoái vốn`), past the responsible agent."""
    text, a, due_start = c.text, c.a, c.due_start
    plan = RX_PLAN_YEAR.search(text, max(c.lo, due_start - PLAN_YEAR_REACH), due_start)
    modals = [m for m in RX_STRONG.finditer(text, c.lo, plan.start("v") + 1)
              if fold(m.group()) not in NOUN_MODALS] if plan else []  # (`nhiệm vụ` is a noun here)
    if not modals:
        return None
    start = max([c.lo, a] + [m.end() for m in RX_PART_BOUND.finditer(text, c.lo, modals[-1].start())])
    task = strip(text[skip_openers(text, start, due_start):due_start])
    tail = responsible.rsplit(",", 1)[-1].strip() if responsible else ""
    return strip(task[len(tail):]) if tail and task.startswith(tail) else task


def without_linking_of(task: str | None) -> str | None:
    """Without the `của` that links a plan to its year (`kế hoạch ... của năm 2017`)."""
    return re.sub(r"(?i)[^\S\n]*(?<![\w])của$", "", task) if task else task


def without_end_particle(task: str | None) -> str | None:
    """Without the marker's preposition (or a cut `và`) the task ends in (`đưa vào sử dụng vào` -> `đưa vào sử
    dụng`), unless that is all there is."""
    if not task or len(task.split()) < 2:
        return task
    task = clean(RX_TRAILING_CREDIT.sub("", RX_TRAILING_MODAL.sub("", task))).rstrip(" ,;") or task
    return clean(RX_TASK_END_PARTICLE.sub("", task)).rstrip(" ,;") or task


def widened(c: Candidate, task: str, others: list[int]) -> str:
    """A task too short to say what is to be done: the clause around the due time, when that says more."""
    if len(task.split()) >= MIN_TASK_WORDS:
        return task
    text, lo, due_start, due_end = c.text, c.lo, c.due_start, tail_end(c.text, c.mt.end)
    after = clean(text[due_end:_end_after(text, due_end, c.hi, others)])
    # the nearest comma parts before the due time first (`..., là Dự án Sân phân phối ..., dự kiến hoàn thành
    # tháng 3/2019`), then the whole clause
    bounds = [m.end() for m in re.finditer(r",(?!\d)", text[lo:due_start])] if c.kind == Marker.BARE else []
    for start in [lo + e for e in reversed(bounds[:-1])][:1] + [lo]:
        wide = strip(clean(text[skip_openers(text, start, due_start):due_start]) + " " + after)
        if len(wide.split()) >= MIN_TASK_WORDS:
            return wide
    return task


def completed_work(c: Candidate, task: str | None, responsible: str | None, others: list[int]) -> str | None:
    """A task that is only a modal and a completion word (`..., phấn đấu hoàn thành trước ngày 10-2`): with the comma
    parts before it that say what is to be completed (`tiến hành tiêu úng, gieo cấy lại ..., phấn đấu hoàn thành`)."""
    if not task or not RX_BARE_COMPLETION.fullmatch(task):
        return task
    text, lo, due_start = c.text, c.lo, c.due_start
    start = lo
    at = text.rfind(responsible, lo, due_start) if responsible else -1
    if at >= 0:
        start = at + len(responsible)  # (the work follows the one who does it)
    # (nor past the directive verb, or another due time: `dự kiến khởi công trong quý I/2017, phấn đấu hoàn thành ...`)
    start = max([start] + [o for o in others if o <= due_start] +
                ([c.directive.end()] if c.directive is not None and c.directive.end() <= due_start else []))
    wide = strip(text[skip_openers(text, start, due_start):due_start])
    return wide if len(wide.split()) > len(task.split()) else task


def without_source_lead(task: str | None) -> str | None:
    """Without the source the clause is credited to (see RX_SOURCE_LEAD, and `Theo ông Pha các đơn vị ...`) and a purpose
    part after it, when what follows is a clause of its own: one opening with its agent, or holding a modal (not `Theo
    kế hoạch việc chặt, hạ cây xanh ...`, where the comma is inside the task)."""
    if not task or not task[:1].isupper():
        return task  # (the source opens the sentence: a lower-case `theo` is a verb's, `theo dõi`)
    m = RX_SOURCE_LEAD.match(task) or RX_PERSON_SOURCE.match(task)
    if not m or len(task[:m.end()].split()) > MAX_SOURCE_WORDS:
        return task
    rest = task[m.end():]
    purpose = RX_PURPOSE_LEAD.match(rest)
    after = rest[purpose.end():] if purpose else rest
    own_clause = agent(after, 0, len(after)) or RX_STRONG.search(after) or RX_WEAK.search(after)
    return strip(after) if own_clause and len(after.split()) >= MIN_TASK_WORDS else task


def without_caption(task: str | None) -> str | None:
    """The task before a bracketed photo caption it ran into (see RX_BRACKET_CAPTION): the caption and the glued
    text after it are no part of it (`rút kinh nghiệm ... các di tích (ảnh chụp di tích ...) Chấn chỉnh ...`)."""
    m = RX_BRACKET_CAPTION.search(task) if task else None
    if not m or len(task[:m.start()].split()) < MIN_TASK_WORDS:
        return task
    return strip(task[:m.start()])
