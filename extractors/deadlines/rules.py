"""Whether a marked due time is a deadline: a requirement, plan or commitment of the reported work, not a
reported fact, the time of an event, a reference time or a period of the story, a forecast, a document's
horizon, a condition, an offer, a foreign country's or a company's plan."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from vnextract.extractors.deadlines.candidate import Candidate
from vnextract.extractors.deadlines.grammar import (
    NOUN_MODALS,
    RX_ACTION,
    RX_ACTION_ANY,
    RX_ADVERT,
    RX_BARE,
    RX_CAREER,
    RX_COMMERCIAL,
    RX_COMPLETING,
    RX_COMPLETION,
    RX_CONDITIONAL,
    RX_CONDITIONAL_OPENER,
    RX_COORDINATED_MODAL,
    RX_DIRECTIVE,
    RX_DOCUMENT_NAME,
    RX_EVENT,
    RX_EVENT_AT,
    RX_EVENT_SETTING,
    RX_EXPECTATION,
    RX_EXPECTATION_NEXT,
    RX_FROM_END,
    RX_GENERAL_DUTY,
    RX_GOAL_NOUN,
    RX_GOAL_ONLY,
    RX_GOAL_WORD,
    RX_HORIZON_EVENT,
    RX_HORIZON_MARKER,
    RX_ISSUING_ACT,
    RX_MISSED_NEXT,
    RX_MISSED_REPORT,
    RX_MODAL_BEFORE,
    RX_MODAL_NEXT,
    RX_NEXT_STEP_COMPLETION,
    RX_NEXT_STEP_END,
    RX_ON_DAY,
    RX_PAST,
    RX_PERIOD_BEFORE,
    RX_PERIOD_STATE,
    RX_PHASE_HEADING,
    RX_PHASE_OBLIGATION,
    RX_PLAN_ATTRIBUTION,
    RX_PLAN_DOCUMENT,
    RX_PLAN_MAKER,
    RX_PLANNING_NOUN,
    RX_PROJECT_PHASE,
    RX_PROJECTION,
    RX_PROJECTION_CLOSE,
    RX_PUBLIC_NAMED,
    RX_PURPOSE,
    RX_PURPOSE_AIM,
    RX_REFERENCE,
    RX_SERVED_FOR,
    RX_SPEECH_ONLY,
    RX_STAT,
    RX_STRONG,
    RX_TIME_CLAUSE,
    RX_WEAK,
    RX_WH_NOT_AFTER,
    RX_WH_QUESTION_END,
    RX_WHY,
    RX_YES_NO_QUESTION,
    TENSE_PAST,
    Marker,
    Subject,
)
from vnextract.extractors.deadlines.markers import has_modal, past_before_verb
from vnextract.extractors.deadlines.parties import cue_subject, sentence_subject_kind, subject_kind
from vnextract.extractors.deadlines.present import HISTORY_DAYS, STALE_DAYS, ArticleTime, future_at, past_at, stale
from vnextract.extractors.extensions import sentence_of
from vnextract.extractors.lexicon import last_match
from vnextract.extractors.normalize import fold

RX_PASSIVE_NEXT = re.compile(r"[^\S\n]+được[^\S\n]+")  # (after a plan word: `sẽ được Sở GTVT ...`)

PAST_REACH = 70          # characters before the due time a past word makes it a report
PAST_AFTER_REACH = 30    # ... and after it, inside its comma part
EVENT_REACH = 45         # characters before the due time an event word makes it the event's time
EVENT_AFTER_REACH = 25   # ... and after it
PROJECTION_AFTER_REACH = 30  # characters after the due time a forecast word may stand in
PROJECTION_CLOSE_REACH = 20  # characters before the due time's comma part a forecast verb closing the part before may start at
PERIOD_REACH = 40        # characters before the due time a period or state word may stand in
DONE_REACH = 16          # characters before the directive verb its `đã` may stand in (`đã chỉ đạo`)
PERIOD_START_REACH = 12  # characters before the previous due time its `từ` may stand in
PERIOD_END_REACH = 6     # characters before the marker a period's `đến` may stand in
PERIOD_GAP = 3           # characters between the previous due time and this one's `đến`
REFERENCE_REACH = 8      # characters before the due time its `tính`/`kể`/`từ` may stand in (`tính đến`)
PASSIVE_REACH = 40       # characters before a bare year its `được` may stand in (`được đưa vào hoạt động`)
PLAN_MAKER_REACH = 20    # characters before a plan document its maker may stand in (`xây dựng kế hoạch ...`)
MODAL_BEFORE_REACH = 12  # characters before a statistic word the modal it is the verb of may start at
GENERAL_DUTY_REACH = 40  # characters before the due time the name of general duties it is the period of may start at
NAME_BEFORE_MODAL_WORDS = 10  # words of a document's or work's name between its head and the modal it is the subject of
PLAN_SUBJECT_WORDS = 6   # words of a subject between an opening plan word and its modal, at most
ISSUING_ACT_REACH = 80   # characters after an opening due time its act of issuing an order may start in
SERVED_REACH = 90        # characters before a `vào` time what it serves (`phục vụ cho`) may start at
ORDER_AFTER_ACT_REACH = 12  # characters after that act the order it issues may start in
OPENING_PUNCTUATION = " \t\n,-–•“\"'"  # what may stand before a plan word that opens its comma part


def is_deadline(c: Candidate, mentions, time: ArticleTime) -> bool:
    if c.directive is None and not _plan_of_the_work(c):
        return False
    if c.kind == Marker.BARE and c.mt.granularity != "year" and c.no_cue:
        return False  # `hạ thủy đưa vào sử dụng tháng 12/2016`: a bare month needs a plan word
    if c.kind == Marker.WINDOW and not _window_of_a_requirement(c):
        return False
    return not (_told_as_past(c) or _time_of_an_event(c, mentions) or _not_a_due_time(c, mentions)
                or _reported_fact(c, time) or _nothing_to_do(c, time))


def _plan_of_the_work(c: Candidate) -> bool:
    """Without a directive: the clause states a requirement, plan or commitment of the reported work, not a
    condition, an offer, a foreign country's or a company's plan (see `_subject` in the lexicon)."""
    doc, text, mt, a, b, comma_lo, due_start = c.doc, c.text, c.mt, c.a, c.b, c.comma_lo, c.due_start
    cond = RX_CONDITIONAL.search(text, a, due_start) or RX_CONDITIONAL_OPENER.match(text, comma_lo, due_start)
    if cond and (cond.start() >= comma_lo or re.search(r"(?i)(?<![\w])thì(?![\w])", text[cond.end():due_start])) \
            or RX_ADVERT.search(text, a, b):
        return False
    lo, hi = c.pre_lo, (c.cue_hi if c.opens else due_start)
    if mt.end <= lo or c.opens:  # the due time opens the clause: its subject follows it
        lo, hi = mt.end, max(hi, mt.end)
    if c.strong:
        if RX_GOAL_NOUN.search(text, comma_lo, due_start) and RX_COMMERCIAL.search(text, comma_lo, due_start) and \
                not RX_PUBLIC_NAMED.search(text, comma_lo, due_start):
            return False  # `mục tiêu của ngân hàng là đạt tỷ lệ CASA 55% vào năm 2025`: a company's goal
        kind = cue_subject(doc, RX_STRONG, lo, hi, a)
        if kind == Subject.OTHER and _goal_words_only(c) and not _names_public_body(doc, a, b) and \
                RX_COMMERCIAL.search(text, sentence_of(doc, a - 1)[0] if a > 0 else a, b):
            return False  # `chúng tôi đặt mục tiêu đến 2030 Hòa Phát thành tập đoàn ...`: a company's own aim
        return kind != Subject.FOREIGN
    if not c.weak and c.kind != Marker.WITHIN:
        # `Kết quả gửi về Bộ trước ngày 10/2`: the marker itself sets the time, but a bare `trước năm 1954`
        # is a time of the story
        # (`Nga lệnh rút phần lớn binh sĩ ... và hoàn tất trước 1/5`: a foreign country's)
        return not (c.kind == Marker.BEFORE and mt.granularity == "year") and \
            sentence_subject_kind(doc, a, due_start) != Subject.FOREIGN
    if not c.weak and not RX_ACTION.search(text, c.lo, c.hi):
        return False  # no modal and no action verb in the clause (`..., với 43 lần xuất phát trong tháng 4`)
    # (the subject written after a plan word's due time is that plan's, whatever the clause before it holds)
    kind_of = subject_after_planned_time(c) if c.weak else Subject.NONE
    if kind_of == Subject.NONE and c.weak:
        kind_of = _attributed_owner(c)
    if kind_of == Subject.NONE:
        kind_of = cue_subject(doc, RX_WEAK if c.weak else RX_ACTION, lo, hi, a)
    if kind_of == Subject.NONE and c.weak:
        kind_of = _subject_after_plan_word(c, lo, hi)
    context = (a, b)
    if kind_of == Subject.NONE and a > 0:  # `Dự kiến hoàn thành trong tháng 6.`: the sentence before says whose
        pa, pb = sentence_of(doc, a - 1)
        kind_of = sentence_subject_kind(doc, pa, pb)
        context = (pa, b)
    if kind_of == Subject.PUBLIC or (c.weak and kind_of != Subject.FOREIGN and _public_passive_agent(c, lo, hi)):
        return True
    if kind_of == Subject.PROJECT and RX_COMPLETION.search(text, c.lo, c.hi):
        # (a work the sentence before names, nothing to complete: the passage test below decides; a work of a
        # foreign story is not the reported work: `Các lữ đoàn pháo binh Nga sẽ ... . “Việc tái trang bị ... sẽ được
        # hoàn tất vào năm 2020”`)
        return a == 0 or sentence_subject_kind(doc, *sentence_of(doc, a - 1)) != Subject.FOREIGN
    # a plan without a subject of its own, in a passage about a public body's work (`Hiện tại, vụ việc đã
    # trình lên UBND quận Sơn Trà ...; dự kiến đến tháng 9/2017 sẽ giải quyết dứt điểm`)
    own = cue_subject(doc, RX_WEAK if c.weak else RX_ACTION, lo, hi, lo)
    return own == Subject.NONE and kind_of != Subject.FOREIGN and _names_public_body(doc, *context) and \
        not RX_COMMERCIAL.search(text, *context)


def _goal_words_only(c: Candidate) -> bool:
    """Every strong modal around the due time is a goal word that names an aim (`mục tiêu`, `nhắm`), no requirement."""
    text = c.text
    found = [m for lo, hi in ((c.pre_lo, c.due_start), (c.mt.end, c.cue_hi)) for m in RX_STRONG.finditer(text, lo, hi)
             if has_modal(RX_STRONG, text, m.start(), m.end())]
    return bool(found) and all(RX_GOAL_ONLY.fullmatch(re.sub(r"\s+", " ", m.group())) for m in found)


def _attributed_owner(c: Candidate) -> Subject:
    """The owner an attribution opening the sentence names for its plan (`Theo dự kiến của Hà Nội, sẽ có kết luận
    trong tháng 7 tới`: not `Theo` read as the plan word's subject); else NONE."""
    m = RX_PLAN_ATTRIBUTION.match(c.text, c.a, c.due_start)
    if m is None:
        return Subject.NONE
    kind = subject_kind(c.doc, m.start("owner"), m.end("owner"))
    return kind if kind in (Subject.PUBLIC, Subject.FOREIGN, Subject.OTHER) else Subject.NONE


def _window_of_a_requirement(c: Candidate) -> bool:
    """A `từ A đến B` window is a deadline only as the window of a required or directed action written before it
    (`học sinh ... phải thực hiện thao tác xác nhận nhập học từ ngày 1/7 đến ngày 3/7`): not a plan's or an event's
    span (`Lễ hội sẽ diễn ra từ ...`, `Cần Thơ sẽ triển khai tiêm ... từ ngày 22-24`), not a suspension, closure or
    exemption (`cho học sinh nghỉ học từ ... đến hết ...`), not a period a report covers; a window of days."""
    text = c.text
    if not re.fullmatch(r"[\dX]{4}-\d\d-\d\d", c.mt.value.rsplit("/", 1)[-1]):
        return False  # a window of months or years is a period the task covers (`báo cáo ... từ năm 2016 đến năm 2020`)
    cue = None
    if c.directs_before_due:
        cue = c.directive.end()
    else:
        # (a window in brackets after its clause is that clause's: `phải nộp bổ sung lệ phí ... (từ ngày 15/7 đến 23/7)`)
        lo = c.lo if text[c.lo:c.due_start].rstrip().endswith("(") else c.pre_lo
        cue = max((m.end() for m in RX_STRONG.finditer(text, lo, c.due_start)
                   if has_modal(RX_STRONG, text, m.start(), m.end())), default=None)
    if cue is None:
        return False  # (a modal after the window is another clause's: `từ ngày 1/1 đến 14/6, UBND TP đã giao ...`)
    if RX_PERIOD_STATE.search(text, cue, c.due_start) or not RX_ACTION.search(text, cue, c.due_start):
        return False
    return not RX_EVENT.search(text, cue, c.due_start)


def _public_passive_agent(c: Candidate, lo: int, hi: int) -> bool:
    """A public body is the agent of the planned passive (`nhánh ... của cầu vượt sẽ được Sở Giao thông Vận tải TPHCM
    đưa vào hoạt động từ ngày 30-6`): its plan, whatever the subject."""
    return any(RX_PUBLIC_NAMED.match(c.text, p.end()) for m in RX_WEAK.finditer(c.text, lo, hi)
               for p in [RX_PASSIVE_NEXT.match(c.text, m.end(), hi)] if p)


def _subject_after_plan_word(c: Candidate, lo: int, hi: int) -> Subject:
    """A public body or work written between a plan word that opens the comma part and the next modal or completion
    word (`Dự kiến dự án sẽ hoàn thành vào 31/12/2021`, `Dự kiến công trình sẽ được hoàn thành vào ngày 30/6/2017`);
    else NONE (a company there is `cue_subject`'s)."""
    text = c.text
    m = RX_WEAK.search(text, lo, hi)
    if m is None or text[c.comma_lo:m.start()].strip(OPENING_PUNCTUATION):
        return Subject.NONE
    # (a modal first: a completion word may be a noun's second syllable, `công trình`)
    ends = [x.start() for rx in (RX_WEAK, RX_STRONG) for x in [rx.search(text, m.end(), hi)] if x] or \
        [x.start() for x in [RX_COMPLETION.search(text, m.end(), hi)] if x]
    if not ends or not 0 < len(text[m.end():min(ends)].split()) <= PLAN_SUBJECT_WORDS:
        return Subject.NONE
    kind = subject_kind(c.doc, m.end(), min(ends))
    return kind if kind in (Subject.PUBLIC, Subject.PROJECT) else Subject.NONE


def subject_after_planned_time(c: Candidate) -> Subject:
    """A public body or work written between a due time right after its plan word and the modal that follows it (`...,
    nhưng dự kiến trong tháng 7 Thanh tra Chính phủ sẽ có kết luận`); else NONE."""
    text = c.text
    plan = last_match(RX_WEAK, text, c.lo, c.due_start)
    if plan is None or text[plan.end():c.due_start].strip():
        return Subject.NONE
    start = c.mt.end + len(text[c.mt.end:c.hi]) - len(text[c.mt.end:c.hi].lstrip(" ,"))
    ends = [x.start() for rx in (RX_WEAK, RX_STRONG) for x in [rx.search(text, start, c.hi)] if x]
    if not ends or re.search(r"[,;:]", text[start:min(ends)]) or \
            not 0 < len(text[start:min(ends)].split()) <= PLAN_SUBJECT_WORDS:
        return Subject.NONE
    kind = subject_kind(c.doc, start, min(ends))
    return kind if kind in (Subject.PUBLIC, Subject.PROJECT) else Subject.NONE


def _names_public_body(doc: Doc, s: int, e: int) -> bool:
    return bool(RX_PUBLIC_NAMED.search(doc.text, s, e)) or any(
        s <= ms < e for off in doc._.officials or [] for ms, _ in getattr(off, "mentions", []) or [])


def _told_as_past(c: Candidate) -> bool:
    """A past word around the due time (`đã`, `vừa`, `trước đó`): what was done by then, a report."""
    text, mt, due_start, post = c.text, c.mt, c.due_start, c.post
    if re.match(r"[^\S\n]*,?[^\S\n]*mới(?![\w])", post):
        return True  # `phải đến năm 2019 mới được tìm thấy`
    sub = last_match(RX_TIME_CLAUSE, text, c.lo, due_start)
    coordinated = _coordinated_plan_start(c)
    if sub is not None and not re.search(r"[,;]", text[sub.end():due_start]) and coordinated < sub.end():
        # (not a plan coordinated after that clause: `... trước khi xả ra kênh và dự kiến cuối tháng 7-2017 hoàn thành`)
        return True  # `trước khi bị CLB mới buộc phải rời ghế nóng vào đầu năm 2014`: the time of that event
    cue_end = max(c.directive.end() if c.directs_before_due else c.lo, coordinated)
    own_clause = c.comma_lo if c.opens and RX_MODAL_NEXT.match(text, mt.end) else c.lo
    # (`ông đã trao đổi ..., trong tháng 2 phải hoàn thành đề án`: that `đã` is of its own clause)
    past_before = any(m.start() >= own_clause or fold(re.sub(r"\s+", " ", m.group()).strip()) not in TENSE_PAST
                      for m in RX_PAST.finditer(text, max(cue_end, c.lo, due_start - PAST_REACH), due_start))
    # `..., mà trước ngày 1-1-2017, Tòa án đã trả lại đơn`: the comma part after the due time tells what was done
    closes = re.match(r"[^\S\n]*,", post)
    return bool(past_before
                or RX_PAST.match(re.split(r"[;.,]", post)[0][:PAST_AFTER_REACH].lstrip(" \t"))  # (`... tháng 4 vừa qua`)
                or (closes and not c.directs_before_due and past_before_verb(text, mt.end + closes.end(), c.hi))
                or (c.opens and RX_PAST.search(text, mt.end, c.cue_hi))
                or ((c.opens or RX_SPEECH_ONLY.fullmatch(text, c.comma_lo, due_start))
                    and past_before_verb(text, mt.end, c.hi)))


def _coordinated_plan_start(c: Candidate) -> int:
    """Where the last plan modal a coordinator or comma opens before the due time starts (`tỷ lệ bao phủ đã đạt 79% và
    sẽ phấn đấu đến năm 2020 đạt trên 90%`): a past word before it is the reported clause's, not the plan's; else 0."""
    text = c.text
    m = last_match(RX_COORDINATED_MODAL, text, c.lo, c.due_start)
    if m is None or RX_PAST.search(text, m.start(), m.start("m")) or \
            not (has_modal(RX_STRONG, text, m.start("m"), m.end("m")) or has_modal(RX_WEAK, text, m.start("m"), m.end("m"))):
        return 0  # (`và đã phải ...`: the past is the modal's own)
    return m.start("m")


def _time_of_an_event(c: Candidate, mentions) -> bool:
    """The time an event takes place, or a reference time or the end of a period of the story."""
    text, mt, a, due_start = c.text, c.mt, c.a, c.due_start
    if _event_before(c) or RX_EVENT.match(c.post.lstrip(" ,")[:EVENT_AFTER_REACH]):
        return True
    if RX_REFERENCE.search(text[max(a, due_start - REFERENCE_REACH):due_start]) and not _planned_opening(c):
        return True  # `tính đến ngày 31/8`: a reference time; `từ đầu tháng 5`: a start
    # (`từ cuối tháng 12/2016 đến đầu tháng 1/2017`: `đến` may stand before the marker)
    end_word = re.search(r"(?i)(?<![\w])(?:đến|tới)[^\S\n]+$", text[max(a, due_start - PERIOD_END_REACH):due_start])
    period_end = due_start - len(end_word.group()) if end_word else due_start
    if (end_word or fold(text[due_start:mt.start]).startswith(("đến", "tới"))) and \
            any(0 <= period_end - o.end <= PERIOD_GAP
                and re.search(r"(?i)(?:^|[^\w])từ(?![\w])", text[max(a, o.start - PERIOD_START_REACH):o.start])
                for o in mentions if o is not mt):
        return True  # `từ tháng 1/2016 đến ngày 10/5/2017`: the end of a period
    if _time_of_what_is_served(c):
        return True
    if mt.granularity == "day" and c.kind == Marker.WITHIN:
        if _after_an_event_setting(text, a, due_start):
            return True  # `... tại Hội nghị sơ kết ...; triển khai nhiệm vụ những tháng cuối năm vào ngày 10/7`
        ev = last_match(RX_EVENT, text, c.comma_lo, due_start)
        if ev is not None and not any(not re.search(r"(?i)(?:các|những|mọi)[^\S\n]+$", text[max(0, v.start() - 6):v.start()])
                                      for v in RX_ACTION_ANY.finditer(text, ev.end(), due_start)):  # (`các cấp`: a noun)
            return True  # `bảo vệ thành công cuộc bầu cử Quốc hội khóa XV ... vào ngày 23/5`: the event's day
    # `Tại cuộc họp giao ban ... vào sáng nay (6/2), Chủ tịch ... yêu cầu ...`
    return bool(RX_EVENT_SETTING.match(text, a, due_start) and not RX_DIRECTIVE.search(text, a, due_start)
                and not has_modal(RX_STRONG, text, a, due_start) and not has_modal(RX_WEAK, text, a, due_start))


def _planned_opening(c: Candidate) -> bool:
    return planned_opening_start(c) is not None


def planned_opening_start(c: Candidate) -> int | None:
    """Where the `từ` of a plan to open a work from the due time starts (`dự kiến hoàn thành, đưa vào khai thác từ
    cuối năm 2021`: the completion's time, not a start), else None; without a plan word it is a report (`được đưa
    vào sử dụng từ tháng 10/2016`)."""
    if not (c.weak or c.strong):
        return None
    m = RX_FROM_END.search(c.text, c.lo, c.due_start)
    return m.start() if m and RX_BARE.search(c.text, c.lo, m.start()) else None


def _after_an_event_setting(text: str, a: int, due_start: int) -> bool:
    """The sentence names an event (`tại Hội nghị ...`) before the due time and no cue stands between them."""
    last = last_match(RX_EVENT_AT, text, a, due_start)
    if last is None or RX_DIRECTIVE.search(text, last.end(), due_start):
        return False
    return not any(fold(re.sub(r"\s+", " ", m.group())) not in NOUN_MODALS
                   for rx in (RX_STRONG, RX_WEAK) for m in rx.finditer(text, last.end(), due_start)
                   if has_modal(rx, text, m.start(), m.end()))


def _not_a_due_time(c: Candidate, mentions) -> bool:
    """A document's horizon, a forecast, a period of the story."""
    text, mt, a, due_start = c.text, c.mt, c.a, c.due_start
    if mt.granularity == "year" and (_in_document_name(text, c.comma_lo, due_start)
                                     or _in_quoted_name(text, a, due_start) or _closes_a_title(text, a, mt)):
        return True
    if mt.granularity == "year" and c.directive is None and RX_PHASE_HEADING.match(text, a, due_start) and \
            not has_modal(RX_PHASE_OBLIGATION, text, c.lo, c.hi):
        return True  # `Giai đoạn 2017-2030: ... để đến năm 2030 dừng hoạt động xe máy`: a strategy's phase, its horizon
        # (`Giai đoạn 2016-2020: UBND tỉnh phải hoàn thành ... đến năm 2020` stays an obligation)
    if c.directive is None and text[c.hi:c.hi + 1] == "?" and RX_YES_NO_QUESTION.search(text, mt.end, c.hi) and \
            not RX_WHY.search(text, mt.end, c.hi):
        return True  # `... có cam kết đến cuối năm nay, kênh Ba Bò có hết ô nhiễm hay không?`: asked, not committed
    if c.directive is None and _asks_what(c):
        return True  # `vạch ra từng quý làm gì, cuối năm 2017 đạt kết quả gì`: asked what by then, nothing committed
    if c.directive is None and RX_CAREER.search(text, c.comma_lo, c.hi):
        return True  # a person's own career move (`Ed Woodward phải từ chức ... vào cuối năm nay`): no task of the work
    if RX_EXPECTATION.search(text, c.comma_lo, due_start) or RX_EXPECTATION_NEXT.match(text, mt.end):
        return True  # a belief or an expectation (`kỳ vọng mục tiêu vốn hóa 20 tỷ USD vào năm 2025`)
    if c.lo > a and RX_PROJECTION.search(text, a, c.lo) and not has_modal(RX_STRONG, text, c.lo, c.hi) and \
            not RX_DIRECTIVE.search(text, c.lo, c.hi):
        return True  # a later `;` item of a forecast (`... cho thấy, đến năm 2020 ... sẽ thiếu hụt ...; đến năm 2025, ...`)
    if RX_PROJECTION.search(_without_aims(text[c.comma_lo:due_start])):
        return True
    # (after the due time of a directive, `không thể` is part of the order: `yêu cầu ... phải ... hoàn thành trong
    # tháng 6-2017 và không thể thay đổi tiến độ`)
    if not (c.directs_before_due and c.strong) and \
            RX_PROJECTION.search(text, mt.end, min(c.b, mt.end + PROJECTION_AFTER_REACH)):
        return True
    if c.opens and c.comma_lo > c.lo and not c.directs_before_due and \
            RX_PROJECTION_CLOSE.search(text, max(c.lo, c.comma_lo - PROJECTION_CLOSE_REACH), c.comma_lo):
        return True  # `Sở dự báo, đến năm 2020 ... sẽ phải tăng gấp đôi`: the forecast's time
    if _state_until(c):
        return True
    if c.kind != Marker.BEFORE and mt.granularity in ("year", "half") and \
            RX_GENERAL_DUTY.search(text, max(c.comma_lo, due_start - GENERAL_DUTY_REACH), due_start):
        return True  # `thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội của Đà Nẵng trong năm 2017`: their period
    # `những tháng cuối năm 2017`: a period of the story; `nợ phát sinh trước 31-12-2016`
    return bool(RX_PERIOD_BEFORE.search(text, max(a, due_start - PERIOD_REACH), due_start))


def _asks_what(c: Candidate) -> bool:
    """The comma part after the due time ends with a question word (`... đạt kết quả gì`), no `không`/`bất kỳ` before it."""
    text, end = c.text, c.mt.end
    bound = re.search(r"[,;:.?!…(\n]", text[end:c.b])
    part = text[end:end + bound.start() if bound else c.b]
    last = RX_WH_QUESTION_END.search(part)
    return last is not None and not RX_WH_NOT_AFTER.search(part, 0, last.start())


def _state_until(c: Candidate) -> bool:
    """An `đến` time a state of its comma part lasts until (`EVN dừng toàn bộ lịch cắt điện ... đến hết ngày 1/7`,
    `cho học sinh nghỉ học đến ngày 2/11`): the end of a suspension, an exemption or a contract, nothing due then,
    unless a completion word follows the state (`gia hạn tiến độ thi công đến ngày 31.12.2017 hoàn thành`)."""
    text = c.text
    if not fold(text[c.due_start:c.mt.start]).startswith(("đến", "tới")):
        return False
    last = last_match(RX_PERIOD_STATE, text, c.comma_lo, c.due_start)
    return last is not None and not RX_COMPLETION.search(text, last.end(), c.due_start) and \
        not RX_COMPLETION.match(text, c.mt.end, c.hi)


def _in_document_name(text: str, lo: int, due_start: int) -> bool:
    """The year closes the name of a document or strategy of its comma part (no goal verb in between)."""
    last = last_match(RX_DOCUMENT_NAME, text, lo, due_start)
    if last is not None and not RX_GOAL_WORD.search(text, last.end(), due_start) and \
            not _document_made_by(text, lo, last, due_start) and not _document_to_complete(text, last, due_start):
        return True
    for m in RX_PLANNING_NOUN.finditer(text, lo, due_start):
        if not RX_PLAN_MAKER.search(text, lo, m.start()) and not RX_GOAL_WORD.search(text, m.end(), due_start):
            return True
    if RX_HORIZON_MARKER.match(text, due_start):
        # `bằng kế hoạch phát triển NƠXH đến năm 2020`: the plan's horizon, nothing to do by then
        for m in RX_PLAN_DOCUMENT.finditer(text, lo, due_start):
            if not RX_PLAN_MAKER.search(text, max(lo, m.start() - PLAN_MAKER_REACH), m.start()) and \
                    not any(rx.search(text, m.end(), due_start) for rx in (RX_COMPLETION, RX_STRONG, RX_WEAK, RX_GOAL_WORD)):
                return True
    return False


def _document_to_complete(text: str, name: re.Match, due_start: int) -> bool:
    """The named document or work is the subject of a plan to complete it: a modal right after its name, then a
    completion word before the due time (`Dự án sẽ hoàn thành vào cuối năm 2021`, `Dự án Luật ... sẽ được trình Quốc
    hội vào năm 2018`); not a year closing the name (`Quy hoạch ... đến năm 2020`), nor a document's own course
    (`Nghị quyết ... với lộ trình sẽ dừng ... vào năm 2030`)."""
    if RX_HORIZON_MARKER.match(text, due_start):
        return False
    modal = RX_WEAK.search(text, name.end(), due_start) or RX_STRONG.search(text, name.end(), due_start)
    if modal is None or re.search(r"[,;:(]", text[name.end():modal.start()]) or \
            len(text[name.end():modal.start()].split()) > NAME_BEFORE_MODAL_WORDS:
        return False
    return bool(RX_COMPLETION.search(text, modal.end(), due_start))


def _document_made_by(text: str, lo: int, name: re.Match, due_start: int) -> bool:
    """The document is what the task makes or submits, by a due time that is no horizon (`hoàn thiện Đề án
    phát triển ... trình Chính phủ vào cuối năm 2021`; a horizon: `Quy hoạch ... đến năm 2020`)."""
    if RX_HORIZON_MARKER.match(text, due_start) or RX_STRONG.search(text, name.end(), due_start) or \
            RX_WEAK.search(text, name.end(), due_start):
        return False  # (`ban hành dự thảo Nghị quyết ... với lộ trình sẽ dừng ... vào năm 2030`: the document's own plan)
    # (a maker word after the name may be part of it: `Quy hoạch xây dựng vùng ...`)
    return bool(RX_PLAN_MAKER.search(text, max(lo, name.start() - PLAN_MAKER_REACH), name.start()))


def _in_quoted_name(text: str, a: int, due_start: int) -> bool:
    """The year is inside a quoted document name (`“Phương án nâng cấp, sửa chữa ... chợ An Đông đến năm 2021”`)."""
    q = text.rfind("“", a, due_start)
    return q >= 0 and "”" not in text[q:due_start] and bool(RX_DOCUMENT_NAME.match(text, q + 1))


def _closes_a_title(text: str, a: int, mt) -> bool:
    """The year closes a quoted title (`Nghị quyết số 26 ... ”về phương hướng, nhiệm vụ phát triển tỉnh Nghệ An
    đến năm 2020”`): a closing quote follows it and a document is named before it in the sentence."""
    if not re.match(r"[^\S\n]*[”\"»]", text[mt.end:mt.end + 3]):
        return False
    last = last_match(RX_DOCUMENT_NAME, text, a, mt.start)
    return last is not None and not RX_GOAL_WORD.search(text, last.end(), mt.start)


def _reported_fact(c: Candidate, time: ArticleTime) -> bool:
    """A time long past at publication, background, or what was done when."""
    text, mt, a, due_start, directive = c.text, c.mt, c.a, c.due_start, c.directive
    grace = STALE_DAYS if time.published or c.kind == Marker.BEFORE else 0
    if stale(mt, time.present, grace) and directive is None:
        # a time long past at publication: a reported fact, unless someone ordered it; without a published date the
        # present is the earliest the article can be (its event's day, 1 January of its year), so any time before
        # it is past (`Theo dự kiến, BVĐK Lạng Sơn sẽ được đưa vào sử dụng năm 2015` among days of 2016), but for a
        # `trước` limit, which may carry a request told before it (`Hạn báo cáo trước ngày 20/11/2016.`)
        return True
    if c.kind == Marker.WITHIN and (RX_ON_DAY.match(text, due_start) or directive is None) \
            and mt.granularity == "day" and past_at(mt, time.day):
        # `đề nghị địa phương lấy mẫu của trâu số 18 húc chết chủ vào ngày 1/7` told on 4/7: the day of what is
        # reported, not a due day; an ordered limit may be told after it passed (`yêu cầu ... trước ngày 30/9`,
        # `yêu cầu ... hoàn thành báo cáo đến hết ngày 30/6`): only a `vào` day, or a day nobody ordered
        return True
    if stale(mt, time.history_ref, HISTORY_DAYS):
        return True  # `quyền sử dụng đất ổn định ... trước tháng 10/1993`: history, whoever spoke of it
    if directive is None and RX_MISSED_REPORT.match(text, mt.end):
        return True  # `cam kết hoàn thành trong tháng 3/2017 nhưng đến nay mới chỉ ...`: a missed commitment, a report
    if _missed_next(c, time) or _issued_then(c):
        return True
    if (directive is None or not c.directs_before_due) and c.kind != Marker.BEFORE and past_at(mt, time.told_floor):
        # without a published date, the article tells of later days (`Ngày 13/01/2016, ...`): a plan due before
        # them, or an act the due time opens (`Cuối tháng 7.2016, lãnh đạo ... có văn bản yêu cầu ...`), is a report
        # (not a time limit a `trước` sets: `Hạn báo cáo trước ngày 30/9/2016.` after the request that sets it)
        return True
    if c.kind == Marker.BEFORE and c.opens and re.match(r"(?i)\W*trước", text[due_start:due_start + 6]) and \
            re.match(r"[^\S\n]*,", c.post):
        return True  # `Trước ngày 30/4, giá xăng ...`, `..., trước tháng 1-2017, các sổ ...`: background
    if c.kind == Marker.BARE and mt.granularity == "day" and directive is None and past_at(mt, time.present):
        return True  # `sẽ được ... đưa vào hoạt động từ ngày 30-6` told on 10/7: the opening is a report by then
    if c.kind == Marker.BARE and c.no_cue:
        if re.search(r"(?i)(?:^|[^\w])được[^\S\n]+$", text[max(a, due_start - PASSIVE_REACH):due_start].rsplit("đưa", 1)[0]):
            return True  # `Chợ Hữu nghị ... được đưa vào hoạt động năm 2009`
        if past_at(mt, time.present):
            return True  # `mới xây dựng và đưa vào sử dụng năm 2015` in a later article
        if time.published is None and not RX_PURPOSE.search(text, c.lo, due_start):
            # undated, no cue and no aim it is set for (`để đưa vào hoạt động năm 2021`): what was done when
            # (`láng nhựa và đưa vào sử dụng năm 2015`, `Dự án này hoàn thành vào năm 2016 với giá trị quyết toán ...`)
            return True
    # `đã chỉ đạo thành lập đoàn thanh tra vào ngày 9/6/2017`: when it was done (not `đã yêu cầu ... báo cáo
    # ... vào sáng nay`)
    return bool(directive is not None and c.kind == Marker.WITHIN and fold(text[due_start:mt.start]).startswith("vào")
                and not RX_COMPLETION.search(text, directive.end(), due_start)
                and re.search(r"(?i)(?<![\w])đã[^\S\n]+(?:\w+[^\S\n]+)?$",
                              text[max(a, directive.start("v") - DONE_REACH):directive.start("v")]))


def _time_of_what_is_served(c: Candidate) -> bool:
    """A `vào` time after what the task prepares or serves, no completion word in between (`chuẩn bị các điều kiện cần
    thiết phục vụ cho tái đánh giá Công viên địa chất ... vào năm 2018`): that event's time (not `chuẩn bị tài liệu
    trình kỳ họp thứ tư gửi phòng Tổng hợp ... vào ngày 19/6`, where the task is done by then)."""
    text, due_start = c.text, c.due_start
    if c.kind != Marker.WITHIN or not fold(text[due_start:c.mt.start]).startswith("vào"):
        return False
    served = last_match(RX_SERVED_FOR, text, max(c.comma_lo, due_start - SERVED_REACH), due_start)
    return served is not None and not RX_COMPLETION.search(text, served.end(), due_start)


def _missed_next(c: Candidate, time: ArticleTime) -> bool:
    """Without a published date, a plan nobody ordered that the next sentence tells as missed: it opens with a contrast
    and the time since (`... dự kiến hoàn thành và đi vào sử dụng đầu năm 2016. Tuy nhiên, đến nay DA gần như bốn bề
    cỏ dại`), or a later year (`... dự kiến hoàn thành năm 2009. Tuy nhiên đến 2011, ...`). (With a published date a
    plan still ahead stays one, however late it runs.)"""
    if time.published is not None or c.directive is not None:
        return False
    m = RX_MISSED_NEXT.match(c.text, c.b)
    return m is not None and (m["year"] is None or bool(c.mt.date_end) and int(m["year"]) > int(c.mt.date_end[:4]))


def _issued_then(c: Candidate) -> bool:
    """The due time opens its sentence or part before an act of issuing an order, no modal in between (`Cuối tháng
    7.2016, lãnh đạo Viện KSND tối cao có văn bản yêu cầu ...`, `Cuối năm 2015, Thủ tướng Chính phủ tiếp tục có ý kiến
    chỉ đạo yêu cầu ...`): when the order was given, not a time it sets (`Trong tháng 7/2017, UBND các huyện phải có văn bản
    báo cáo ...` keeps its modal)."""
    text, end = c.text, c.mt.end
    if not c.opens or c.directs_before_due:
        return False
    act = RX_ISSUING_ACT.search(text, end, min(c.hi, end + ISSUING_ACT_REACH))
    if act is None or any(rx.search(text, end, act.start()) for rx in (RX_STRONG, RX_WEAK)):
        return False
    # (the order itself right after the act: `có văn bản yêu cầu`, `có ý kiến chỉ đạo yêu cầu`, `có công văn đề nghị`)
    order = RX_DIRECTIVE.search(text, act.start(), min(c.hi, act.end() + ORDER_AFTER_ACT_REACH)) or \
        RX_STRONG.search(text, act.end(), min(c.hi, act.end() + ORDER_AFTER_ACT_REACH))
    return order is not None


def _nothing_to_do(c: Candidate, time: ArticleTime) -> bool:
    """No action for the due time, or (a `within` time without a directive) no requirement or plan of one."""
    text, mt, lo, hi = c.text, c.mt, c.lo, c.hi
    uncommanded = c.directive is None and not c.strong
    if uncommanded and not RX_ACTION_ANY.search(text, lo, hi) and not RX_COMPLETION.search(text, lo, hi):
        # (a completion word is the action: `Đợt tiêm chủng ... sẽ diễn ngày 24/4 và xong trước ngày 5/5`)
        return True  # `lượng ôxy ... sẽ cạn kiệt (hạn chót là 3h sáng ngày 24/4)`
    if c.kind != Marker.WITHIN:
        return False
    if uncommanded:
        if past_at(mt, time.present) or (mt.relative and mt.granularity == "day"):
            return True  # a plan for a day already gone, or for today (`ngay trong chiều nay`): a report
        if c.weak and subject_after_planned_time(c) != Subject.NONE:
            lo = max(lo, c.comma_lo)  # (the plan's own comma part: `..., nhưng dự kiến trong tháng 7 Thanh tra ...`)
        purpose = RX_PURPOSE.search(text, mt.end, hi)  # (`sẽ hoàn chỉnh các thủ tục để khởi công dự án`)
        clause = text[lo:purpose.start() if purpose else hi]
        if not c.weak and not (RX_COMPLETION.search(clause) and future_at(mt, time.published)):
            return True
        # (an event word the completion word governs is what is completed: `hoàn thành việc điều tra, truy tố, xét xử`)
        done = RX_COMPLETING.search(clause)
        before_done = clause[:done.start()] if done else clause
        if done and lo + done.start() < c.due_start and RX_NEXT_STEP_END.search(before_done):
            before_done = ""  # the plan's next step: an event before it is the step before's (`khởi công ... và hoàn thành`)
        return bool(not RX_ACTION.search(clause) or RX_EVENT.search(_without_aims(before_done)) or _statistic(clause))
    return bool(c.directive is None and RX_STAT.search(text, lo, hi) and not RX_ACTION.search(text, lo, hi))


def _statistic(s: str) -> bool:
    """A statistic word in s that is no verb of a modal: `Hà Nội sẽ tăng thêm 62 tuyến xe buýt` is what a plan does
    (whose plan it is, its subject has decided), `doanh thu ... tăng 20%` a statistic."""
    for m in RX_STAT.finditer(s):
        word = m.start() + len(m.group()) - len(m.group().lstrip(" \t\n,;:.()"))
        if not RX_MODAL_BEFORE.search(s, max(0, word - MODAL_BEFORE_REACH), word):
            return True
    return False


def _event_before(c: Candidate) -> bool:
    """An event word just before the due time; a plan document's name before a `trước`-marked day or month is the
    task's object, not an event (`hoàn chỉnh đồ án Quy hoạch chung đô thị Hòa Lạc trước ngày 10/02/2017`)."""
    document_object = c.kind == Marker.BEFORE and c.mt.granularity in ("day", "month")
    pre = _without_aims(c.pre)[-EVENT_REACH:]
    step = last_match(RX_NEXT_STEP_COMPLETION, pre)
    # (an event before the plan's next step is the step before's: `sẽ được khởi công và hoàn thành trong năm 2017`)
    return any(not (document_object and RX_HORIZON_EVENT.search(m.group()))
               for m in RX_EVENT.finditer(pre, step.end() if step else 0))


def _without_aims(s: str) -> str:
    """s with the aims of a planned task (`để có thể khởi công`) and a project's phases (`giai đoạn 1`) blanked: no
    forecast, no event's time."""
    def blank(m: re.Match) -> str:
        return " " * len(m.group())
    return RX_PROJECT_PHASE.sub(blank, RX_PURPOSE_AIM.sub(blank, s))
