"""deadlines extractor: a due time attached to a required task or goal.

Built on the dates extractor: every DateMention (doc._.dates) is a possible due time; a deadline is
one preceded by a marker (`trước ngày 28/11`, `chậm nhất ngày ...`, `hoàn thành trong tháng 6-2017`,
`vào năm 2025` after a goal) or a bare year right after a completion phrase (`đưa vào hoạt động năm
2021`), in a clause that sets a task: past facts (`đã hoàn thành trước ngày`), projections
(`dự kiến`), scheduled events (`sẽ diễn ra từ ...`), entry into force and planning horizons are
not deadlines. The words live in lexicons/temporal.json under "deadline".

task is the clause before the marker (or after the date when the date opens the clause),
responsible the agent noun phrase after the directing verb (or the clause's subject), directed_by
the official who is the subject of the directing verb in the same or the nearest preceding
sentences of the paragraph.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from vnextract.extractors import dates as _dates
from vnextract.extractors.lexicon import load_json
from vnextract.extractors.normalize import fold

_LEX = load_json("temporal.json")["deadline"]
_alt = _dates._alt
_H = _dates._H
_c = _dates._c


_RX_BEFORE = _c(rf"(?:^|[^\w])(?P<mk>(?:{_alt(_LEX['before_markers'])})(?:{_H}+(?:đến|vào|là))?){_H}*$")
_RX_WITHIN = _c(rf"(?:^|[^\w])(?P<mk>{_alt(_LEX['within_markers'])}){_H}*(?:cả{_H}+)?$")
_RX_BARE = _c(rf"(?:^|[^\w])(?:{_alt(_LEX['bare_year_after'])})(?:{_H}+(?:trong|vào))?{_H}*$")
_RX_GOAL_BEFORE = _c(rf"(?:^|[^\w])phấn{_H}+đấu(?:{_H}+(?:cả|trong|vào|đến|tới|từ{_H}+nay{_H}+đến))?{_H}*$")
_RX_GOAL_AFTER = _c(rf"{_H}*,?{_H}*(?:[^\s,;.]+{_H}+){{0,4}}?phấn{_H}+đấu\b")
_RX_GOAL_NEXT = _c(rf"{_H}*(?:đạt|phấn{_H}+đấu)(?![\w])")
_RX_GOAL_WORD = _c(r"phấn\s+đấu")
_RX_COMPLETION = _c(rf"(?:^|[^\w])(?:{_alt(_LEX['completion_words'])})(?![\w])")
_RX_REQUIRE = _c(rf"(?:^|[^\w])(?:{_alt(_LEX['requirement_words'])})(?![\w])")
_RX_PAST = _c(r"(?:^|[^\w])(?:đã|vừa|từng|chỉ\s+có|mới\s+có|sau\s+khi)(?![\w])")
_RX_EVENT = _c(r"(?:^|[^\w])(?:diễn\s+ra|khai\s+mạc|bế\s+mạc|hiệu\s+lực|áp\s+dụng|bắt\s+đầu|khởi\s+công|xử\s+phạt|"
               r"tổ\s+chức|mở\s+cửa|tính\s+đến|tầm\s+nhìn|quy\s+hoạch|chiến\s+lược|định\s+hướng|giai\s+đoạn|lùi)(?![\w])")
_RX_PROJECTION = _c(r"(?:^|[^\w])(?:dự\s+kiến|có\s+thể|dự\s+báo|ước\s+tính|theo\s+kế\s+hoạch)(?![\w])")
_RX_DIRECTIVE = _c(rf"(?:^|[^\w])(?<!ban )(?<!Ban )(?P<v>{_alt(_LEX['directive_verbs'])})(?![\w])")
_RX_ACTION = _c(rf"(?:^|[^\w])(?:{_alt(_LEX['action_verbs'] + ['đẩy nhanh', 'phấn đấu', 'đạt', 'tự', 'thi công', 'di dời', 'vận động', 'xác minh', 'in ấn', 'thông báo', 'dừng', 'đón', 'nâng', 'thu hồi', 'xử nghiêm', 'thu'])})(?![\w])")
_RX_AGENT = _c(rf"^(?:{_alt(_LEX['responsible_heads'])})(?![\w])")
_RX_STRIP = _c(rf"^(?:(?:{_alt(_LEX['task_strip_prefixes'])})(?![\w]){_H}*)+")
_RX_CLAUSE_BOUND = re.compile(r"[,;:(]")
_RX_HARD_BOUND = re.compile(r"[;:]")
_GRANS = ("day", "month", "quarter", "half", "year")


def _clean(s: str) -> str:
    s = s.strip(" \t,;:.-–\"“”'")
    return re.sub(r"\s+", " ", s)


def _marker(text: str, a: int, mt) -> tuple[str, int] | None:
    """(kind, start of due_text) when a deadline marker stands before the mention."""
    s = mt.start
    lo = max(a, s - 40)
    m = _RX_BEFORE.search(text, lo, s)
    if m:
        mk = fold(m["mk"])
        if not mk.startswith(("trước", "xong")) or True:
            return "before", m.start("mk")
    if mt.granularity == "year" and _RX_BARE.search(text, max(a, s - 60), s):
        return "bare", s
    if _RX_GOAL_BEFORE.search(text, lo, s):
        return "goal", s
    m = _RX_WITHIN.search(text, lo, s)
    if m:
        return "within", m.start("mk")
    if mt.granularity == "year" and _RX_GOAL_AFTER.match(text, mt.end, min(len(text), mt.end + 60)):
        return "goalyear", s
    if mt.granularity == "year" and _RX_GOAL_NEXT.match(text, mt.end, min(len(text), mt.end + 20)) and \
            _RX_GOAL_WORD.search(text, a, s):
        return "goalyear", s  # `năm 2017 thành phố phấn đấu đạt ..., năm 2018 đạt ...`
    return None


def _within_marker_start(text: str, a: int, s: int) -> int | None:
    m = _RX_WITHIN.search(text, max(a, s - 30), s)
    return m.start("mk") if m else None


def _official_before(doc: Doc, pos: int, lo: int) -> str | None:
    """Name of the official whose mention ends nearest before pos (and after lo)."""
    best, best_end = None, -1
    for off in doc._.officials or []:
        for a, b in getattr(off, "mentions", []) or []:
            if lo <= a and b <= pos and b > best_end:
                best, best_end = off.name, b
    return best


def _paragraph_start(text: str, pos: int) -> int:
    i = text.rfind("\n", 0, pos)
    return i + 1


def _directed_by(doc: Doc, sent: tuple[int, int], due_start: int) -> str | None:
    text = doc.text
    if not doc._.officials:
        return None
    para = _paragraph_start(text, sent[0])
    spans = _dates._sentence_spans(doc)
    # sentences of the paragraph up to this one, nearest first
    cands = [sent] + [sp for sp in reversed(spans) if para <= sp[0] < sent[0]][:4]
    for k, (a, b) in enumerate(cands):
        end = due_start if k == 0 else b
        verbs = list(_RX_DIRECTIVE.finditer(text, a, end))
        if not verbs:
            continue
        v = verbs[-1].start("v")
        name = _official_before(doc, v, a)
        if name:
            return name
        # `Đồng chí yêu cầu ...`, `Và yêu cầu ...`: the official named just before
        return _official_before(doc, v, max(0, a - 1500))
    return None


def _task_and_responsible(text: str, a: int, b: int, mk_start: int, mt, kind: str):
    """Task clause and responsible agent for a due time whose marker starts at mk_start."""
    # the clause before the marker
    lo = a
    for m in _RX_CLAUSE_BOUND.finditer(text, a, mk_start):
        lo = m.end()
    clause = text[lo:mk_start]
    responsible = None
    dv = None
    for dv in _RX_DIRECTIVE.finditer(text, a, mk_start):
        pass
    if len(clause.split()) < 2 and kind in ("within", "before", "goal"):
        # the date opens the clause: `trong năm 2017, các địa phương cần hoàn thành ...`
        hi = b
        hm = re.search(r"[;.]", text[mt.end:b])
        if hm:
            hi = mt.end + hm.start()
        after = _clean(text[mt.end:hi])
        task, resp = _split_agent(after)
        return _strip(task), resp
    if dv is not None and dv.end() <= mk_start:
        # agent right after the directing verb: `yêu cầu các phòng, ngành có liên quan đánh giá ...`
        rest = text[dv.end():mk_start]
        agent_task = _split_agent(_clean(rest), strict=True)
        if agent_task[1]:
            responsible = agent_task[1]
        if dv.end() > lo:
            clause = text[dv.end():mk_start]
            if responsible and clause.strip().startswith(responsible):
                clause = clause.strip()[len(responsible):]
    elif lo == a:
        task, resp = _split_agent(_clean(clause), strict=True)
        if resp:
            return _strip(task), resp
    task = _clean(clause)
    i = fold(task).find("phấn đấu")
    if i > 0:
        task = task[i:]
    return _strip(task), responsible


def _dates_before(mt, a: int, pos: int):
    return [o.end for o in _CUR_DATES if a <= o.end <= pos and o is not mt]


_CUR_DATES: list = []


def _split_agent(s: str, strict: bool = False) -> tuple[str, str | None]:
    """`các địa phương cần hoàn thành X` -> (`hoàn thành X`, `các địa phương`)."""
    if not s or not _RX_AGENT.match(fold(s)):
        return s, None
    m = _RX_ACTION.search(s, 1)
    if not m:
        return s, None
    agent = _clean(s[:m.start() + (1 if not s[m.start()].isalnum() else 0)])
    rest = s[m.start():].strip()
    if not agent or len(agent.split()) > 14:
        return s, None
    return _strip(rest), agent


def _strip(task: str) -> str:
    task = _clean(task)
    prev = None
    while prev != task:
        prev = task
        task = _clean(_RX_STRIP.sub("", task))
    return task


def extract(doc: Doc) -> list[dict]:
    text = doc.text
    mentions = doc._.dates
    if mentions is None:
        mentions = _dates.find(doc)
        doc._.dates = mentions
    global _CUR_DATES
    _CUR_DATES = mentions
    rows = []
    for mt in mentions:
        if mt.furniture or mt.granularity not in _GRANS or not mt.value:
            continue
        a, b = _dates.sentence_of(doc, mt.start)
        mk = _marker(text, a, mt)
        if mk is None:
            continue
        kind, due_start = mk
        clause_lo = a
        for m in _RX_HARD_BOUND.finditer(text, a, due_start):
            clause_lo = m.end()
        pre = text[max(clause_lo, due_start - 90):due_start]
        post = text[mt.end:min(b, mt.end + 80)]
        comma_lo = a
        for m in _RX_CLAUSE_BOUND.finditer(text, a, due_start):
            comma_lo = m.end()
        if _RX_PROJECTION.search(text, comma_lo, due_start):
            continue
        if re.match(r"[^\S\n]*,?[^\S\n]*mới(?![\w])", post):
            continue  # `phải đến năm 2019 mới được tìm thấy`
        if _RX_PAST.search(pre[-70:]):
            continue
        if _RX_EVENT.search(pre[-45:]) or _RX_EVENT.match(post[:25]):
            continue
        if kind == "before":
            if re.match(r"(?i)\W*trước", text[a:due_start + 6]) and re.match(r"[^\S\n]*,", post):
                continue  # `Trước ngày 30/4, giá xăng ...`: background, not a due time
        elif kind == "within":
            window_pre = pre[-80:]
            post_clause = re.split(r"[;.]", post)[0]
            if _RX_PAST.search(post_clause[:40]):
                continue
            opens = len(text[comma_lo:due_start].split()) <= 1
            next_clause = re.split(r"[,;.]", post.lstrip(" ,"))[0]
            if not (_RX_COMPLETION.search(window_pre) or _RX_REQUIRE.search(window_pre) or
                    (opens and _RX_REQUIRE.search(next_clause))):
                continue
        elif kind in ("goal", "goalyear"):
            if kind == "goal":
                s2 = _within_marker_start(text, a, mt.start)
                due_start = s2 if s2 is not None else mt.start
        task, responsible = _task_and_responsible(text, a, b, due_start, mt, kind)
        if kind == "goalyear":
            after = re.split(r"[,;.]", text[mt.end:b])[0]
            task, responsible = _split_agent(_clean(after))
            i = fold(task).find("phấn đấu")
            if i >= 0:
                task = task[i + len("phấn đấu"):]
            task = _strip(task)
        rows.append({
            "due_text": text[due_start:mt.end], "start": due_start, "end": mt.end,
            "due": mt.value, "due_date": mt.date_end, "task": task or None,
            "responsible": responsible, "directed_by": _directed_by(doc, (a, b), due_start),
            "evidence": text[a:b].strip(),
        })
    doc._.deadlines = rows
    return rows
