"""deadlines extractor: a requirement, plan or commitment tied to a due time.

Built on the dates extractor: every DateMention (doc._.dates) is a possible due time. A deadline is one
preceded by a marker (`trước ngày 28/11`, `chậm nhất đến ngày ...`, `trước 17 giờ ngày 12/9`,
`trong tháng 8/2017`, `vào năm 2025` after a goal) or a bare year right after a completion phrase
(`đưa vào hoạt động năm 2021`), in a clause that states a requirement, plan or commitment: a directive
verb of the sentence (`yêu cầu`, `giao`, `đề nghị`; its scope runs over the sentence's `;` items), or of
the passage the sentence continues, or a modal of the clause (`phải`, `cần`, `phấn đấu`, `cam kết`;
weaker: `sẽ`, `kế hoạch`, `dự kiến` with an action verb). Reported facts with a time (`trong quý 1/2021
doanh thu ... đạt`), scheduled events, entry into force and statistics are not deadlines. The words live
in lexicons/deadlines.json.

responsible is the addressee of the directive verb (`yêu cầu các phòng, ngành ...`) or the subject that
commits to it, as written; task the clause of what must be done, from the verb after that agent to the
end of the task clause, without the marker; directed_by the official who is the subject of the directive
verb (a name, a short form, a post one official of the article holds, or a pronoun referring back).

The steps, one module each: `markers` (the marker before a date, its clause, the cue words), `candidate`
(a marked date with its clause and cues), `rules` (what is no deadline), `parties` (who must do it: responsible,
a public body's canonical name, a plan subject's kind), `addressees` (an addressee named elsewhere than right after
the directive verb: the sentence before, the document sent, a topic part, past the charge's noun), `directed_by`
(who set it), `task`, `present` (the article's present); `grammar` holds the patterns built from the lexicon.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from vnextract.extractors import dates
from vnextract.extractors.deadlines.addressees import (
    addressee,
    continued_party,
    document_addressee,
    imperative_addressee,
    previous_request,
    repeated_addressee,
    topic_addressee,
)
from vnextract.extractors.deadlines.candidate import Candidate, locate, read_cues
from vnextract.extractors.deadlines.directed_by import (
    attributed_official,
    passage_directed_by,
    quoting_official,
    subject_official,
)
from vnextract.extractors.deadlines.grammar import (
    LEX,
    RX_AGENT_CLAUSE_OPENER,
    RX_DEADLINE_NOUN,
    RX_DIRECTIVE,
    RX_GOAL_WORD,
    RX_PART_BOUND,
    RX_SPEAKER_AFTER,
    RX_SPEECH,
    RX_STRONG,
    RX_WEAK,
    RX_WITHIN,
    Marker,
    Subject,
)
from vnextract.extractors.deadlines.markers import continues_before, marker
from vnextract.extractors.deadlines.parties import (
    agent,
    agent_before,
    agent_until,
    canonical_body,
    goal_subject,
    past_speaker,
    plan_lead,
    skip_openers,
    subject_kind,
)
from vnextract.extractors.deadlines.present import ArticleTime, article_time
from vnextract.extractors.deadlines.rules import is_deadline, planned_opening_start, subject_after_planned_time
from vnextract.extractors.deadlines.task import (
    clause_task,
    completed_work,
    goal_year_task,
    plan_year_task,
    tail_end,
    widened,
    without_caption,
    without_end_particle,
    without_linking_of,
    without_source_lead,
)
from vnextract.extractors.deadlines.year_end import bare_year_mentions, year_end_mentions
from vnextract.extractors.lexicon import HORIZONTAL_SPACE as H
from vnextract.extractors.lexicon import alternation, compile_ci

__all__ = ["canonical_body", "extract"]

_GRANULARITIES = ("day", "month", "quarter", "half", "year", "interval")  # of a mention that may be a due time
# a speech verb right before a due time (`cho biết trong năm 2017`), with its `rằng`
RX_SPEECH_BEFORE = compile_ci(rf"(?<![\w])(?:{alternation(LEX['speech_verbs'])})(?:{H}+rằng)?{H}+$")
RX_PLAN_WORD = compile_ci(rf"(?<![\w])(?:{alternation(LEX['plan_lead_words'])})(?![\w])")  # `dự kiến`, `theo kế hoạch`
MAX_SPEAKER_WORDS = 16  # a speaker's name with titles before the speech verb, at most
GOAL_MARKER_REACH = 30  # characters before a goal's year its `đến`/`vào` marker may start at


def extract(doc: Doc) -> list[dict]:
    """The deadline rows of the article (also set as doc._.deadlines)."""
    mentions = doc._.dates
    if mentions is None:
        mentions = dates.find(doc)
        doc._.dates = mentions
    time = article_time(doc, mentions)
    # (a year's end without a year is no date mention, but may be a due time: `vào cuối năm`)
    # (nor is a year written without `năm` after a marker: `đến 2020 hoàn tất ...`)
    due_times = sorted(mentions + year_end_mentions(doc.text, mentions, time.published) +
                       bare_year_mentions(doc.text, mentions), key=lambda mt: mt.start)
    rows = []
    for mt in due_times:
        if mt.furniture or mt.granularity not in _GRANULARITIES or not mt.value:
            continue
        row = _row(doc, mt, due_times, time)
        if row is not None:
            rows.append(row)
    doc._.deadlines = rows
    return rows


def _row(doc: Doc, mt, mentions, time: ArticleTime) -> dict | None:
    c = locate(doc, mt)
    if c is None:
        return None
    read_cues(c, mentions)
    if not is_deadline(c, mentions, time):
        return None
    opening = planned_opening_start(c)
    if opening is not None:
        c.due_start = opening  # (`đưa vào khai thác từ cuối năm 2021`: due_text takes its `từ`)
    if c.kind == Marker.GOAL:  # due_text takes the marker before the goal's year (`phấn đấu đến năm 2025`)
        m = RX_WITHIN.search(c.text, max(c.a, mt.start - GOAL_MARKER_REACH), mt.start)
        c.due_start = m.start("mk") if m else mt.start
    others = _other_due_times(c, mentions)
    responsible, task_start = _responsible(c)
    if c.kind == Marker.GOAL_YEAR:
        task, subject = goal_year_task(c)
        responsible = responsible or subject
    else:
        task = clause_task(c, task_start, responsible, others)
    if responsible is None and c.directive is None:
        responsible = goal_subject(c.text, c.a, c.due_start)
    if c.kind == Marker.PLAN_YEAR:
        task = without_linking_of((plan_year_task(c, responsible) if c.directive is None else None) or task)
    task = without_end_particle(completed_work(c, without_end_particle(widened(c, task, others)), responsible, others))
    task = without_caption(without_source_lead(task))
    if task and RX_DEADLINE_NOUN.fullmatch(task):
        # `Hạn báo cáo trước ngày 30/9/2016.`: the deadline of the request the sentence before states
        carried = previous_request(doc, c.a)
        task, responsible = (carried[0], responsible or carried[1]) if carried else (task, responsible)
    text = c.text
    directed_by = _directed_by(c, responsible)
    if responsible is None and c.directive is None:
        responsible = imperative_addressee(doc, c.a, c.due_start)  # (the passage's director stays the same)
    return {
        "due_text": text[c.due_start:mt.end], "start": c.due_start, "end": mt.end,
        "due": mt.value, "due_date": mt.date_end, "task": task or None,
        "responsible": responsible, "directed_by": directed_by,
        "responsible_canonical": canonical_body(responsible),
        "evidence": text[c.a:c.b].strip(),
    }


def _other_due_times(c: Candidate, mentions) -> list[int]:
    """The ends of the clause's other marked due times before this one, the starts of those after it: a task
    stops at them."""
    mt = c.mt
    marked = [(o, found) for o in mentions if o is not mt and c.lo <= o.start < c.hi
              for found in [marker(c.text, c.a, o)] if found]
    # (a later one's marker is no part of this task: `... để phê duyệt vào tháng 7/2017`)
    return [tail_end(c.text, o.end) for o, _ in marked if o.end <= c.due_start] + \
        [max(mt.end, found[1]) for o, found in marked if mt.end < o.start]


def _responsible(c: Candidate) -> tuple[str | None, int]:
    """(responsible, where the task starts): the addressee of the directive, else the subject of the clause
    or the sentence."""
    text, a, lo, hi, due_start = c.text, c.a, c.lo, c.hi, c.due_start
    later = _directive_after_opening_due(c)
    if later:
        # the due time before the directive verb: its addressee follows the verb (`trong năm 2017 Chủ tịch TP yêu
        # cầu UBND các quận huyện phải ...`)
        ag = addressee(text, later, hi)
        if ag:
            return ag
    responsible, task_start = None, None
    if c.directs_before_due:
        ag = addressee(text, c.directive, hi)
        if ag and ag[1] <= due_start:
            responsible, task_start = ag
        else:
            task_start = c.directive.end()
            responsible = agent_until(text, c.directive.end(), due_start, c.mt.end)
            if responsible is None and not text[c.directive.end():due_start].strip():
                # the due time right after the verb, its addressee after it (`yêu cầu trước 30/8 tới đơn vị thi
                # công phải hoàn thành ...`)
                ag = agent(text, tail_end(text, c.mt.end), hi)
                responsible = ag[0] if ag else None
        if responsible is None:
            # (the addressee of the document the request is sent in: `ký công văn gửi Sở GD&ĐT Hà Nội đề nghị ...`)
            responsible = document_addressee(text, a, c.directive) or topic_addressee(text, a, c.directive)
        if responsible is None:
            responsible = repeated_addressee(c.doc, a, c.directive)  # (the same subject's request just before)
        if c.opens and c.directive.end() < lo:
            task_start = lo  # a later `;` item the due time opens: its task follows the due time
    if responsible is None:
        ag = agent_before(text, lo, due_start)
        if ag:
            responsible = ag[0]
            task_start = ag[1] if task_start is None else task_start  # (`Ban được giao triển khai ...`)
    if responsible is None and task_start is None and not c.opens and _reported_clause_opens(text, c.comma_lo, due_start, c.mt.end):
        # the speaker's reported clause opens with the due time, no comma after the speech verb: its subject commits, the
        # speaker's clause is no part of the task (`... Bùi Xuân Cường cho biết trong năm 2017, TP.HCM sẽ nghiên cứu ...`;
        # `... cho biết đến cuối tháng 2 này, đề án ... sẽ hoàn thành`)
        after = agent(text, tail_end(text, c.mt.end), hi)
        responsible, task_start = after if after else (None, tail_end(text, c.mt.end))
    if responsible is None and task_start is None:
        # (first, the clause after a conditional's `thì`: `Đối với ... thì các Cục Thuế phải ...`)
        opener = list(RX_AGENT_CLAUSE_OPENER.finditer(text, lo, due_start))
        for start in ((opener[-1].end(),) if opener else ()) + (lo, c.comma_lo) + ((a,) if lo > a else ()):
            ag = agent(text, start, hi)
            speaker = ag
            ag = past_speaker(text, ag, hi, due_start) if ag and ag[1] <= due_start else ag
            if ag is speaker and ag and c.opens and RX_SPEAKER_AFTER.match(text, ag[1], due_start):
                # the speaker's reported clause opens with the due time, its subject after it commits (`Giám đốc Sở
                # ... cho biết, năm 2017, Thành phố sẽ ...` -> `Thành phố`)
                after = agent(text, tail_end(text, c.mt.end), hi)
                if after:
                    responsible = after[0]
                    break
            if ag and ag[1] <= due_start or ag and c.opens:
                responsible = ag[0]
                # (past a speaker, the task starts after the one who commits: `X cho biết, Hà Nội sẽ ...`)
                task_start = ag[1] if ag[1] <= due_start and (start != a or ag is not speaker) else None
                break
    # (a goal word or a plan's word alone before the due time opens the part too: `Phấn đấu đến ngày 1/4/2017, TP Hà Nội
    # chấm dứt ...`, `Dự kiến trong tháng 7, Hà Nội sẽ công bố ...`)
    lead_opens = (c.kind == Marker.GOAL and bool(RX_GOAL_WORD.fullmatch(text[c.comma_lo:due_start].strip(' ,“"')))) or \
        plan_lead(text[c.comma_lo:due_start])
    # (so does a plan word before the due time, its subject after it: `..., nhưng dự kiến trong tháng 7 Thanh tra Chính phủ sẽ ...`)
    lead_opens = lead_opens or (responsible is None and c.weak and subject_after_planned_time(c) == Subject.PUBLIC)
    if responsible is None and (c.opens or lead_opens):
        ag = agent(text, tail_end(text, c.mt.end), hi)  # `trong năm 2017, các địa phương cần hoàn thành ...`
        # (past a goal word, only a public body or a place commits: not a company, not a figure's noun)
        ag = None if ag and not c.opens and subject_kind(c.doc, tail_end(text, c.mt.end), ag[1]) != Subject.PUBLIC else ag
        responsible = ag[0] if ag else None
        if ag and task_start is None and (c.comma_lo > lo or lead_opens):
            # the task follows that agent, not the clause's opener (`Theo ông Tuyến, trong tháng 7-2017, ...`)
            task_start = ag[1]
    if responsible is None and a > 0 and continues_before(text, a, due_start):
        # `Qua đó, đảm bảo mặt bằng ...`: the addressee of the directive of the sentence this one carries on
        # (`giao Bộ Nội vụ ... . Trên cơ sở đó, làm rõ ...`), else its subject
        responsible = continued_party(c.doc, a)
    if task_start is None:
        task_start = skip_openers(text, lo, due_start)
        if task_start < due_start and c.kind in (Marker.WITHIN, Marker.BARE) and len(text[lo:due_start].split()) > 1 and \
                responsible is None and c.directive is None:
            task_start = max(task_start, c.comma_lo)  # a long clause before the marker: its last comma part
    return responsible, task_start


def _reported_clause_opens(text: str, part_start: int, due_start: int, due_end: int) -> bool:
    """The due time follows a speech verb right after its speaker, no comma between, and a comma closes it: it opens the
    reported clause (`Giám đốc Sở ... cho biết trong năm 2017, TP.HCM sẽ ...`)."""
    verb = RX_SPEECH_BEFORE.search(text, part_start, due_start)
    if not verb or not re.match(r"[^\S\n]*(?:này|tới)?[^\S\n]*,", text[due_end:due_end + 8]):
        return False
    # (a speaker alone before it: not a clause with its own modal or order, whose verb's object the word is: `Các doanh
    # nghiệp phải cung cấp thông tin trước ngày 30/5, ...`)
    speaker = text[part_start:verb.start()]
    return 0 < len(speaker.split()) <= MAX_SPEAKER_WORDS and not any(
        rx.search(speaker) for rx in (RX_STRONG, RX_WEAK, RX_DIRECTIVE))


def _directive_after_opening_due(c: Candidate) -> re.Match | None:
    """The directive verb that follows a due time opening its comma part, in that part (`trong năm 2017 Chủ tịch TP
    yêu cầu ...`), or None."""
    if not c.opens or c.directs_before_due:
        return None
    start = tail_end(c.text, c.mt.end)
    start += len(c.text[start:c.hi]) - len(c.text[start:c.hi].lstrip(" ,"))  # (`Trong tháng 3, UBND tỉnh yêu cầu`)
    bound = RX_PART_BOUND.search(c.text, start, c.hi)
    m = RX_DIRECTIVE.search(c.text, start, bound.start() if bound else c.hi)
    # (a speech verb proposes, it directs no one: `giữa năm 2017, thành phố sẽ đề xuất Chính phủ ...`)
    return None if m is None or RX_SPEECH.fullmatch(m["v"]) else m


def _directed_by(c: Candidate, responsible: str | None) -> str | None:
    """The official who is the subject of the directive verb (or of the passage's directive), else the one a
    later sentence attributes the commitment to."""
    if c.no_cue:
        return _directive_subject(c, responsible)
    return _directive_subject(c, responsible) or attributed_official(c.doc, (c.a, c.b)) or \
        quoting_official(c.doc, c.mt.end, c.b)


def _directive_subject(c: Candidate, responsible: str | None) -> str | None:
    doc = c.doc
    later = _directive_after_opening_due(c)
    if c.directs_before_due or later:
        directed_by, own = subject_official(doc, c.a, (later or c.directive).start("v"))
        if not own and doc._.officials:
            directed_by = passage_directed_by(doc, (c.a, c.b), reach_back=True)
        return directed_by
    if responsible is None or c.strong:
        # (a forecast of the plan's word, no requirement of its own, is no order the passage's official set: `... yêu cầu
        # ... đảm bảo dự án hoàn thành đúng tiến độ. Dự án dự kiến sẽ được hoàn thành vào năm 2019.`)
        forecast = not c.strong and RX_PLAN_WORD.search(c.text, c.lo, c.hi)
        return passage_directed_by(doc, (c.a, c.b)) if doc._.officials and not forecast else None
    return None
