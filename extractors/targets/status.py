"""A figure's status (planned or achieved), and whether its clause qualifies it as a target at all.

Cues are read left to right over the sentence before the clause (plan, modal, done only), then the clause
before the number, then the quantity's predicate after the unit; see the package docstring."""
from __future__ import annotations

import re
from enum import Enum
from typing import TYPE_CHECKING

from vnextract.extractors.lexicon import last_match

from .cues import BACKLOG_NEGATORS, COMPLETION, PASSIVE, SCHEME_NOUNS, WORKISH, Cue, FoundCue
from .phrases import LEX, Syllable, alt, phrase_key, phrase_set, syllables, words_re
from .units import WEAK_UNITS, unit_key

if TYPE_CHECKING:
    from .candidate import Candidate


class Status(str, Enum):
    """The `status` column."""
    PLANNED = "planned"
    ACHIEVED = "achieved"


COMPARE_WITHIN = 6       # syllables after the unit where `so với` makes a change (`tăng 12%`) a result
PASSIVE_WITHIN = 2       # ... where `được`/`đã` opens the quantity's own predicate
COMPLETION_WITHIN = 6    # ... where a completion verb or a backlog word is its predicate
MODAL_WITHIN = 6         # ... where a modal opens it (a work verb must follow)
PREDICATE_WITHIN = 8     # ... where a work verb after `được`/a modal, or a plan word, is
EXISTENTIAL_WITHIN = 3   # ... where a work verb after `có` + figure is
REMAINING_WITHIN = 8     # ... where `chưa` after `còn` + figure is (`còn lại 5 đề án của 5 tập đoàn kinh tế chưa trình`)
ENUMERATION_GAP = 40     # characters from the last target to a figure continuing its enumeration
BREAKDOWN_GAP = 160      # ... to a figure of the same unit breaking it down
BREAKDOWN_OPENER_GAP = 2  # syllables from a `Trong đó` opening a sentence to the part it names (`có`, `có đến`)
_FAR = 99                # the index of a syllable not found
# the period a list item is for, opening its clause (`đến năm 2025`, `và năm 2030`)
_PERIOD_LEAD = re.compile(r"\W*(?:và\s+)?(?:(?:đến(?:\s+hết)?|vào|trong)\s+)?năm\s+(?:19|20)\d\d(?!\d)")
_PERIOD_LEAD_CHARS = 20  # how much longer the gap to the last target may be with such a period

_LINK = phrase_set(LEX["link_words"])
_PURPOSE = ("để",)
_REMAINING = phrase_set(LEX["remaining_openers"])
_TOTAL_AFTER_UNIT = re.compile(r"\s*/\s*\d")
_ONGOING = "đang"  # a modal that, right after a unit, names the purpose of the thing counted, no goal
_HORIZONS = phrase_set(("đến năm", "đến hết năm", "vào năm"))
_YEAR_AFTER = re.compile(r"\s+((?:19|20)\d\d)(?!\d)")
_GOAL_WORDS = (Cue.PLAN, Cue.PLAN_AFTER, Cue.MODAL, Cue.PLAN_NOUN)
_DONE_TENSE = ("đã",)  # the tense word that tells a period as past (`đã`, `hiện đã`)
_DIGIT = re.compile(r"\d")
_FUTURE = ("sẽ",)  # the modal that is a tense (others may be nouns: `đề nghị`, `yêu cầu`)
_OPENING_CHARS = 12  # how far into its sentence a horizon opens it (`Cụ thể, đến hết năm 2016`)
_PLAIN_EXCLUDES = (Cue.PLAN, Cue.MODAL, Cue.PLAN_NOUN, Cue.WORK, Cue.DONE_WORK, Cue.BACKLOG, Cue.MARKET, Cue.NEG,
                   Cue.ATTEND, Cue.COMPARE)
_QUOTA_UNITS = phrase_set(LEX["quota_units"])
_QUOTA_CONTEXT = words_re(LEX["quota_contexts"])
_QUOTA_REACHED = words_re(LEX["quota_reached"])
_QUOTA_REACHED_NEAR = re.compile(rf"(?:{_QUOTA_REACHED.pattern})\s*$")
_QUOTA_REACHED_AFTER = re.compile(rf"\s+(?:{_QUOTA_REACHED.pattern})")
QUOTA_NEAR_CHARS = 12    # how far before the number, or after the unit, a reaching verb is looked for
_ENROLMENT_UNITS = phrase_set(LEX["enrolment_units"])
_ENROLMENT_CONTEXT = words_re(LEX["enrolment_contexts"])
_ENROLMENT_HABITUAL = words_re(LEX["enrolment_habitual"])
_ENROLMENT_DONE = words_re(LEX["enrolment_done"])
_SCHOOL_YEAR = re.compile(r"(?<!\w)năm\s+học\s+(?:19|20)\d\d(?!\d)")
_ADJACENT = (Cue.WORK, Cue.PLAN, Cue.DONE_WORK, Cue.DELTA_LEVEL, Cue.COMPLETION, Cue.BACKLOG)
_RESULTS = (Cue.WORK, Cue.DELTA_LEVEL, Cue.DELTA, Cue.COMPLETION, Cue.BACKLOG)
_HANDOVER = phrase_set(LEX["handover_verbs"])
_ASSIGNED_WORK = (Cue.WORK, Cue.COMPLETION)  # a verb after `giao` is the work assigned, not the thing handed over
_TASK_UNITS = phrase_set(LEX["assigned_task_units"])
_BREAKDOWN_OPENER = re.compile(rf"\W*(?:{alt(LEX['breakdown_openers'])})(?!\w)")
# `vượt kế hoạch thành phố giao`, `đạt 105% kế hoạch huyện giao`: a plan word naming the plan a result is measured
# against (a reaching word, a plan noun, its author), ending where the plan word ends
_BASELINE_PLAN = re.compile(rf"(?<!\w)(?:{alt(LEX['baseline_plan_reached'])})\s+(?:[^\s,;:.]+\s+){{0,2}}?"
                            rf"(?:{alt(LEX['baseline_plan_nouns'])})(?:\s+[^\s,;:.]+){{0,4}}?\s*$")
_BASELINE_PLAN_CHARS = 60  # how far back before a plan word its reaching word is looked for
# `(vượt 1,43% so với mục tiêu năm 2016 của Ban Chỉ đạo Trung ương đề ra)`: a plan a result is compared with
_COMPARED_PLAN = re.compile(r"(?<!\w)so với[^,;:.()]*$")
_CONTRAST = words_re(LEX["contrast_words"])
_COORDINATOR = re.compile(rf"(?<!\w)(?:và|{_CONTRAST.pattern})(?!\w)")  # opens a predicate of its own
_PLAN_WITHIN_CLAUSE = phrase_set(LEX["plan_within_clause"])
_PLAN_WORDS = (Cue.PLAN, Cue.MODAL, Cue.PLAN_NOUN)  # what a contrast word stops
_BASIS = "theo "  # `theo kết quả trúng đấu giá`: what a figure is reckoned from
_COORDINATED = "và"  # `đạt khoảng 87% và dự kiến hoàn thành`: a new predicate of the subject, not the figure's own


def scan(cues: list[FoundCue], state: Status | None, sticky: bool, qualified: bool, pending_modal: bool):
    """Run the status state machine over cue matches: (state, sticky, qualified, pending_modal).

    ``plan`` and ``modal`` make the state planned and stay so (sticky: they scope over the verbs after
    them); ``done`` words reset it to achieved; work verbs give achieved where no plan is in force; a
    ``plan_noun`` is planned only within its clause, and a later completion verb turns it achieved."""
    done_seen = False
    done_end = -2  # end of the last `done` word
    for cls, key, cs, ce in cues:
        if cls == Cue.MODAL and done_seen and key == ("để",):
            continue  # `đã có mặt ... để trao 500 phần quà`: the purpose of something done
        if cls == Cue.MODAL and cs - done_end <= 1:
            continue  # `đã kiến nghị xử lý 142 người`, `đã phải chi`: a request made, an act done
        if cls == Cue.DONE:
            done_end = ce
        if cls in (Cue.DONE, Cue.DONE_WORK):
            done_seen = True
        if cls in (Cue.PLAN, Cue.PLAN_AFTER):
            state, sticky, qualified, pending_modal = Status.PLANNED, True, True, False
        elif cls == Cue.MODAL:
            state, sticky, pending_modal = Status.PLANNED, True, True
        elif cls == Cue.PLAN_NOUN:
            if not sticky:
                state = Status.PLANNED
            qualified = qualified or key not in SCHEME_NOUNS
        elif cls == Cue.DONE:
            state, sticky, pending_modal = Status.ACHIEVED, False, False
        elif cls == Cue.DONE_WORK:
            state, sticky, qualified, pending_modal = Status.ACHIEVED, False, True, False
        elif cls in _RESULTS:
            qualified = True
            if pending_modal:
                pending_modal = False
            if not sticky and (state != Status.PLANNED or key in COMPLETION):
                state = Status.ACHIEVED
    return state, sticky, qualified, pending_modal


def _right_predicate(rcues: list[FoundCue], r_first: dict[int, int], purpose_is_goal: bool = True) -> int:
    """How many cues after the unit form the quantity's own predicate (0: none does).

    `14/17 khu dân cư mẫu được đoàn kiểm tra tỉnh công nhận`, `764 tin đã xử lý`, `7 xã tổ chức công
    bố đạt chuẩn`, `03 khu dân cư còn lại đang cố gắng phấn đấu`: a completion verb within six
    syllables, a plan word within eight, or `được`/`đã` right after the unit and a work verb within
    eight. A work verb further on belongs to another clause of the sentence. `để` + a work verb is the goal only
    where a modal or plan before the figure awaits one (`cần lượng vốn là 5.231,6 tỷ đồng để bồi thường`) or the
    figure is money, a resource for work (`đã trích ngân sách 149 triệu đồng để hỗ trợ`); else it is the purpose of
    the thing counted (`đã ... lấy 4 chiếc Lada để cấp thêm cho cán bộ`: narrative).
    """
    passive = modal = False
    for n, (cls, key, cs, _) in enumerate(rcues):
        i = r_first.get(cs, _FAR)
        if cls in (Cue.NEG_AFTER, Cue.COMPARE):
            continue
        if i < PASSIVE_WITHIN and key in PASSIVE:
            passive = True
        if i < MODAL_WITHIN and cls == Cue.MODAL and (purpose_is_goal or key != _PURPOSE):
            modal = True  # `1.300 cây xanh ... phải đánh chuyển, di dời`
        if modal and cls in WORKISH and i < PREDICATE_WITHIN:
            return n + 1
        if (key in COMPLETION or cls == Cue.BACKLOG) and i < COMPLETION_WITHIN:
            return n + 1  # `12 dự án đang chậm tiến độ`, `115 hộ chưa nhận tiền`: the state of the work
        if cls == Cue.PLAN_AFTER and i < PREDICATE_WITHIN:
            return n + 1
        if passive and cls in WORKISH and i < PREDICATE_WITHIN:
            return n + 1
        if i >= PREDICATE_WITHIN:
            break
    return 0


def _opens_with_goal(rcues: list[FoundCue], r_first: dict[int, int], right: list[Syllable]) -> bool:
    """The quantity's own predicate opens with a modal or a plan word right after the unit (`39 DNNN phải ...`);
    `để` there is a purpose of the figure (`đã chi 8,9 tỷ đồng để hỗ trợ`), no goal, and after `và` a goal of the
    subject, coordinated with the verb that governs the figure (`khối lượng thi công đạt khoảng 87% và dự kiến hoàn
    thành cuối năm nay`, `đạt trung bình 3 tỷ USD/năm và phấn đấu nâng lên 5 tỷ USD`)."""
    if right and right[0][0] == _COORDINATED:
        return False
    return bool(rcues) and rcues[0][0] in (Cue.MODAL, Cue.PLAN_AFTER) and rcues[0][1] != _PURPOSE \
        and r_first.get(rcues[0][2], _FAR) < PASSIVE_WITHIN


def _after_contrast(c: Candidate) -> None:
    """`có 50 cơ sở phải di dời nhưng hiện vẫn còn 11 cơ sở chưa chuyển đi`: after a contrast word in the figure's clause
    the plan and modal words before it, in the clause or in the sentence before it, do not scope over the figure; the
    work verbs before it still name the work (`sẽ mất khoảng 18.000 tỷ đồng nhưng hiện nay đã lên tới 23.000 tỷ
    đồng`; targets.json `_doc_contrast`)."""
    last = last_match(_CONTRAST, c.ctx.folded, c.clause[0], c.start)
    if last is not None:
        c.lcues = [cue for cue in c.lcues if cue[2] >= last.end() or cue[0] not in _PLAN_WORDS]
        c.scues = [cue for cue in c.scues if cue[0] not in _PLAN_WORDS]


def _without_baseline_plans(c: Candidate, cues: list[FoundCue]) -> list[FoundCue]:
    """The sentence's cues before the clause without the plan words that name a baseline (`trong đó có 9 chỉ tiêu vượt
    kế hoạch thành phố giao, 4 chỉ tiêu ...`, `vượt 1,43% so với mục tiêu ... đề ra`: the plan met or compared with puts
    no plan in force, targets.json `_doc_baseline_plan`) or a
    purpose (`nhằm tăng cường ..., lực lượng TTGT đang bố trí 5 chốt`: `_doc_plan_within_clause`)."""
    folded, a = c.ctx.folded, c.sent[0]
    return [cue for cue in cues if not (cue[0] == Cue.PLAN and (cue[1] in _PLAN_WITHIN_CLAUSE or _BASELINE_PLAN.search(
        folded, max(a, cue[2] - _BASELINE_PLAN_CHARS), cue[3]) or _COMPARED_PLAN.search(
        folded, max(a, cue[2] - _BASELINE_PLAN_CHARS), cue[2])))]


def _opens_with_backlog(rcues: list[FoundCue], r_first: dict[int, int]) -> bool:
    """The quantity's own predicate is a backlog word right after the unit (`10 dự án chậm tiến độ`)."""
    return bool(rcues) and rcues[0][0] == Cue.BACKLOG and r_first.get(rcues[0][2], _FAR) < PASSIVE_WITHIN


def _existential_predicate(pre: list[Syllable], right: list[Syllable], rcues: list[FoundCue],
                           r_first: dict[int, int]) -> int:
    """`đã có 60 đơn vị khắc phục`, `có 20 đơn vị tổ chức đấu giá`: after `có`, a work verb right
    after the unit is the quantity's own predicate; after `đang` it is an ongoing act of the people counted
    (`có 5 người đang bắt một con chó`, `có 350 học sinh đang học`), narrative, and only a backlog word counts."""
    if not pre or pre[-1][0] != "có":
        return 0
    ongoing = bool(right) and right[0][0] == _ONGOING  # `có 5 người đang bắt một con chó`: narrative
    for n, (cls, _, cs, _) in enumerate(rcues):
        if r_first.get(cs, _FAR) >= EXISTENTIAL_WITHIN:
            break
        if cls == Cue.BACKLOG or (cls in (Cue.WORK, Cue.COMPLETION) and not ongoing):
            return n + 1  # `có 12 dự án đang chậm tiến độ` is the state of the work
        if cls in (Cue.NEG_AFTER, Cue.NEUTRAL, Cue.DONE_WORK):
            break
    return 0


def _remaining_left(c: Candidate) -> bool:
    """`vẫn còn 31 cơ quan ... chưa gửi báo cáo`, `còn 46 dự án chưa được giao đất`: a figure after `còn` whose own
    predicate opens with `chưa` is the work left now, a backlog (targets.json `_doc_remaining`), whatever the verb."""
    pre = tuple(s[0] for s in c.pre[-2:])
    if c.is_word_num or not any(pre[len(pre) - len(k):] == k for k in _REMAINING if len(k) <= len(pre)):
        return False
    if _TOTAL_AFTER_UNIT.match(c.ctx.folded, c.unit_end):
        return False  # `còn hơn 250 ha/4.250 chưa thể gieo sạ`: a total after the unit, not read: no value at all
    return any(s[0] in BACKLOG_NEGATORS for s in c.right[:REMAINING_WITHIN])


def _linking_only(sylls: list[Syllable]) -> bool:
    """The clause before the number is empty or a linking word (`bằng 85% dự toán`, `, 66 đối tượng`)."""
    if not sylls:
        return True
    return len(sylls) <= 3 and tuple(s[0] for s in sylls) in _LINK


def _plain_clause(lcues: list[FoundCue]) -> bool:
    """A clause that only continues an enumeration: no cue of its own before the number."""
    return not any(cue[0] in _PLAIN_EXCLUDES for cue in lcues)


def _continues_enumeration(c: Candidate, prev: tuple) -> bool:
    """The figure's clause only links it to the last target of the sentence (`, 66 đối tượng`, `bằng 85% dự toán`),
    after the period it is for, if any (`đạt tỷ trọng 9-11%, đến năm 2025 là 12-15%`: the horizon names the period
    of the next item, not a goal of its own)."""
    folded, start = c.ctx.folded, c.start
    if prev[0] != c.sent or start - prev[1] > ENUMERATION_GAP + _PERIOD_LEAD_CHARS:
        return False
    a = max(c.clause[0], prev[1])
    lead = _PERIOD_LEAD.match(folded, a, start)
    if lead:
        a = lead.end()
    elif start - prev[1] > ENUMERATION_GAP:
        return False
    # the horizon word of the period (`đến năm`) is no cue of the item
    return _plain_clause([cue for cue in c.lcues if cue[2] >= a]) and _linking_only(syllables(folded, a, start))


def _continued(c: Candidate, plan_in_force: bool, goal_stated: bool) -> Status | None:
    """The status a cue-less figure takes from the sentence around it, or None: it continues an
    enumeration of targets or breaks one down, or opens a clause of a sentence whose plan is in force."""
    folded, sent, start, clause, pre = c.ctx.folded, c.sent, c.start, c.clause, c.pre
    like, prev, plain = c.last.get(unit_key(c.m)), c.last.get(None), _plain_clause(c.lcues)
    if prev and _continues_enumeration(c, prev):
        return prev[2]  # `..., 66 đối tượng`, `bằng 85% dự toán`, `, đến năm 2025 là 12-15%`
    if like and plain and start - like[1] <= BREAKDOWN_GAP and (like[0] == sent or _breaks_down_previous(c, like[0])):
        return like[2]  # `(Hà Tĩnh 560 tỷ đồng, Quảng Bình 760 tỷ đồng, ...)`, `. Trong đó có 13 tàu`
    if plan_in_force and plain and _linking_only(syllables(folded, clause[0], start)):
        return Status.PLANNED  # `dự kiến tuyển 105.000 ..., 452.000 học sinh vào lớp mẫu giáo`
    if _past_period_opens(c) and plain and _linking_only(syllables(folded, clause[0], start)):
        return Status.ACHIEVED  # `Cụ thể, đến hết năm 2016, 100% các tỉnh ... đã có xã đạt chuẩn NTM`
    if plan_in_force and goal_stated and plain and (c.comparator in (">=", "<=") or (pre and pre[-1][0] == "có")):
        return Status.PLANNED  # `Phấn đấu đến năm 2020, cả nước có tối thiểu 90,7% dân số ...`
    if c.has_total and c.unit_key is not None and not c.currency and c.unit_folded not in WEAK_UNITS:
        # `hiện 116/134 tuyến đường ở khu vực trung tâm đã thật sự thông thoáng`: a share of counted things
        # (`x/y` + unit) measures progress by itself
        return Status.PLANNED if plan_in_force else Status.ACHIEVED
    return None


def _past_period_opens(c: Candidate) -> bool:
    """A horizon read as past (``_past_horizons``) opens the sentence before the figure's clause (`Cụ thể, đến hết năm
    2016, ...`): the figures of the clauses it opens are the period's results, as a plan in force makes them goals. A
    horizon later in the sentence names the period of a thing (`khu vực dự trữ khoáng sản quốc gia (đến năm 2020)`)."""
    a = c.sent[0]
    return any(cue[0] == Cue.DONE and cue[1] in _HORIZONS and cue[2] - a <= _OPENING_CHARS for cue in c.scues)


def _breaks_down_previous(c: Candidate, like_sent: tuple[int, int]) -> bool:
    """`... kiểm tra 18 tàu vỏ thép ... . Trong đó có 13 tàu do Công ty ... đóng`: a sentence opened by `Trong đó`
    breaks down the figure of the sentence right before it."""
    a = c.sent[0]
    if a == 0 or c.m.group("pct") or like_sent[0] != c.ctx.sentence(a - 1)[0]:
        return False  # a share (`Trong đó có đến 59,3% là ...`) names no part of a counted whole
    opener = _BREAKDOWN_OPENER.match(c.ctx.folded, a)
    # the part is named right after the opener (`Trong đó, có 43 dự án`), not later in a clause of its own
    # (`Trong đó, nặng nhất là H. Phong Điền với khoảng 1.300 ha`)
    return bool(opener) and len(syllables(c.ctx.folded, opener.end(), c.start)) <= BREAKDOWN_OPENER_GAP


def handed_over(c: Candidate, cues: list[FoundCue]) -> list[FoundCue]:
    """`đã giao 77 ha đất`, `đã giao 5.000 căn NƠXH`: `giao` right after a done word hands things over, a result;
    tasks assigned (`đã giao 84 đầu việc`) stay a goal, and so does the work `giao` assigns to someone with a work verb
    of its own (`đã giao cho Ban ATGT ... lắp đặt đường truyền dữ liệu tại 22 mỏ đá`; targets.json `_doc_handed_over`)."""
    if c.unit_folded is None or phrase_key(c.unit_folded) in _TASK_UNITS:
        return cues
    out, done_end = [], -2
    for i, cue in enumerate(cues):
        if cue[0] == Cue.DONE:
            done_end = cue[3]
        elif cue[0] == Cue.PLAN and cue[1] in _HANDOVER and cue[2] - done_end <= 1 \
                and not any(later[0] in _ASSIGNED_WORK for later in cues[i + 1:]):
            cue = (Cue.WORK,) + cue[1:]
        out.append(cue)
    return out


def _told_as_done(c: Candidate, horizon_end: int) -> bool:
    """`Cụ thể, đến hết năm 2016, 100% các tỉnh ... đã có xã đạt chuẩn`: the first tense word after a horizon, up to the
    end of the figure's clause, is `đã`: the writer tells the period as past, whatever the publication date (baomoi
    articles have none). A plan or modal word before the `đã` or the horizon (`đến năm 2020 sẽ ...`, `phấn đấu`) keeps
    it a goal."""
    cues = c.scues + c.lcues + c.rcues
    if any(cue[0] in _GOAL_WORDS and cue[3] < horizon_end and cue[1] not in _HORIZONS for cue in cues):
        return False  # `Phấn đấu đến năm 2020, 100% xã đã có trạm y tế`: a goal stated as a state to reach
    for cls, key, _, _ in sorted((cue for cue in cues if horizon_end <= cue[2] < c.clause[1]), key=lambda cue: cue[2]):
        if cls in _GOAL_WORDS:
            return False
        if cls == Cue.DONE:
            return key[:1] == _DONE_TENSE or key[1:2] == _DONE_TENSE
    return False


def _without_relative_done(c: Candidate, cues: list[FoundCue]) -> list[FoundCue]:
    """`Khối cơ quan chính quyền sẽ giảm 704 hợp đồng có chỉ tiêu đã tồn tại nhiều năm, tinh giản biên chế 115 cán bộ`:
    a `đã` after the object figure of a plan word or `sẽ` of its clause describes the things counted (a relative
    clause), no new predicate: it does not end the plan's scope over later figures. Other modals may be nouns (`đã nhận
    được đề nghị mua hàng từ 23 nhà phân phối với giá trị đã chuyển tiền`) and are left out. After a coordinator (`sẽ kiểm
    tra 20 cơ sở và đã xử phạt 5 cơ sở`) it opens a predicate of its own and stays."""
    folded, out = c.ctx.folded, []
    for cue in cues:
        if cue[0] == Cue.DONE and cue[1][:1] == _DONE_TENSE:
            a = c.ctx.clause(cue[2], cue[3], c.sent)[0]
            goal = next((g for g in cues if (g[0] == Cue.PLAN or g[1] == _FUTURE) and a <= g[2] and g[3] <= cue[2]),
                        None)
            number = _DIGIT.search(folded, goal[3], cue[2]) if goal else None
            if number and not _COORDINATOR.search(folded, number.end(), cue[2]):
                continue
        out.append(cue)
    return out


def _without_basis_results(c: Candidate) -> None:
    """`Dự kiến, kế hoạch thu theo kết quả trúng đấu giá là 10.000 tỷ đồng`: a ``done_work`` word after `theo` names
    what a planned figure is reckoned from (according to the results of ...), no result reached: under a plan word
    or modal before it, it does not end the plan's scope. Without one (`Theo kết quả kiểm tra, có 18 tàu`) it stays."""
    folded = c.ctx.folded

    def kept(cues: list[FoundCue], earlier: list[FoundCue]) -> list[FoundCue]:
        out = []
        for cue in cues:
            if cue[0] == Cue.DONE_WORK and folded.endswith(_BASIS, 0, cue[2]) \
                    and any(g[0] in _PLAN_WORDS and g[3] <= cue[2] for g in earlier + out):
                continue
            out.append(cue)
        return out

    c.scues = kept(c.scues, [])
    c.lcues = kept(c.lcues, c.scues)


def _past_horizons(c: Candidate, cues: list[FoundCue]) -> list[FoundCue]:
    """`Đến năm 2016 có 28 xã đạt chuẩn` in 2017: a horizon already passed states what was done, no goal; so does a
    horizon whose period is told with `đã` (``_told_as_done``)."""
    published = c.ctx.published
    out = []
    for cue in cues:
        m = _YEAR_AFTER.match(c.ctx.folded, cue[3]) if cue[0] == Cue.MODAL and cue[1] in _HORIZONS else None
        past = m is not None and ((published is not None and int(m.group(1)) < published.year)
                                  or _told_as_done(c, m.end()))
        out.append((Cue.DONE,) + cue[1:] if past else cue)
    return out


def is_quota(c: Candidate) -> bool:
    """`Trường THPT Nguyễn Hữu Huân 840 chỉ tiêu, với 595 chỉ tiêu lớp 10 thường`: admission quota places are set,
    not reached, unless a reaching verb is at hand (`đạt 150% chỉ tiêu`, `11 chỉ tiêu đạt và vượt`)."""
    if c.unit_folded is None or phrase_key(c.unit_folded) not in _QUOTA_UNITS:
        return False
    folded = c.ctx.folded
    if not _QUOTA_CONTEXT.search(folded, c.sent[0], c.sent[1]):
        return False
    return not _QUOTA_REACHED_NEAR.search(folded, max(c.sent[0], c.start - QUOTA_NEAR_CHARS), c.start) \
        and not _QUOTA_REACHED_AFTER.match(folded, c.end, c.end + QUOTA_NEAR_CHARS)


def is_enrolment_plan(c: Candidate) -> bool:
    """`năm học 2017-2018, Hà Nội tuyển sinh khoảng 452.000 trẻ mẫu giáo, 145.000 học sinh lớp 1`: learners counted in
    a sentence about enrolment are the places a plan sets (targets.json `_doc_enrolment`), unless the sentence says
    they are done (`đã`, `tuyển được`, `nhận trúng tuyển 103 sinh viên`, `đạt`), habitual (`Hàng năm, học viện tổ chức tuyển sinh khoảng
    1.000 học viên`: what it does every year), or their year is before the publication year (without one, a calendar
    year rather than a school year)."""
    key = phrase_key(c.unit_folded) if c.unit_folded is not None else ()
    if key[:2] not in _ENROLMENT_UNITS and key[:1] not in _ENROLMENT_UNITS:
        return False  # `145.000 học sinh lớp 1`, `452.000 trẻ mẫu giáo`: the learner noun opens the unit
    folded = c.ctx.folded
    if not _ENROLMENT_CONTEXT.search(folded, c.sent[0], c.sent[1]) or _ENROLMENT_HABITUAL.search(folded, *c.sent):
        return False
    if _ENROLMENT_DONE.search(folded, c.sent[0], c.start) \
            or any(cue[0] in (Cue.DONE, Cue.DONE_WORK, Cue.COMPLETION) for cue in c.scues + c.lcues + c.rcues[:2]):
        return False
    if _QUOTA_REACHED_NEAR.search(folded, max(c.sent[0], c.start - QUOTA_NEAR_CHARS), c.start):
        return False
    year, _ = c.ctx.when(c.clause, c.sent, c.start)
    if not year:
        return True
    if c.ctx.published is not None:
        return int(year) >= c.ctx.published.year
    # no publication date to compare with: a school year names the intake planned (`năm học 2017-2018, Hà Nội tuyển
    # sinh ...`), a calendar year the intake of that year (`Năm 2016, nhà trường tuyển sinh 500 học sinh`)
    return bool(_SCHOOL_YEAR.search(folded, c.sent[0], c.start))


def read_status(c: Candidate) -> None:
    """Sets `state`, `qualified` (a cue makes the figure a result or a goal) and `adjacent`."""
    c.scues = _without_baseline_plans(c, _without_relative_done(c, _past_horizons(c, c.scues)))
    c.lcues = handed_over(c, _past_horizons(c, c.lcues))
    _after_contrast(c)
    _without_basis_results(c)
    state, sticky, _, _ = scan(c.scues, None, False, False, False)
    goal_stated = any(cue[0] == Cue.PLAN for cue in c.scues)  # a plan word, not a mere modal, opens the sentence
    plan_in_force = sticky and state == Status.PLANNED

    # a change (`tăng 12%`) is a result only when measured against something (`so với cùng kỳ`),
    # or a goal when a plan is in force (`phấn đấu ...; tỷ lệ hộ nghèo giảm 2-3%`)
    r_first = {cs: i for i, (_, cs, _) in enumerate(c.right)}
    compared = any(cue[0] == Cue.COMPARE and r_first.get(cue[2], _FAR) < COMPARE_WITHIN for cue in c.rcues)
    if not compared and not sticky and not any(cue[0] in (Cue.PLAN, Cue.MODAL) for cue in c.lcues):
        c.lcues = [cue for cue in c.lcues if cue[0] != Cue.DELTA]
    state, sticky, qualified, pending = scan(c.lcues, state, sticky, False, False)
    adjacent = bool(c.lcues) and c.lcues[-1][3] >= c.near_from and c.lcues[-1][0] in _ADJACENT
    if not qualified or state is None:
        upto = _right_predicate(c.rcues, r_first, pending or state == Status.PLANNED or c.currency) \
            or _existential_predicate(c.pre, c.right, c.rcues, r_first)
        adjacent = adjacent or bool(upto)
        if upto:
            # `đã trích ngân sách 149 triệu đồng để hỗ trợ`: money spent on a purpose is done; `còn lại 55,7 triệu
            # đồng để hỗ trợ` is money set aside, a plan
            spent = c.rcues[0][1] == _PURPOSE and any(cue[0] == Cue.DONE for cue in c.scues + c.lcues)
            state, sticky, qualified, pending = scan(c.rcues[int(spent):upto], state, sticky, qualified, pending)
    elif _opens_with_goal(c.rcues, r_first, c.right) and (upto := _right_predicate(c.rcues, r_first)):
        # `chưa có DN nào được cổ phần hóa trong danh sách 39 DNNN phải cổ phần hóa`: the figure's own
        # predicate, a modal right after its unit, states its goal whatever the clause before says
        state, sticky, qualified, pending = scan(c.rcues[:upto], state, sticky, qualified, pending)
    if state == Status.PLANNED and _opens_with_backlog(c.rcues, r_first) \
            and not any(cue[0] in (Cue.PLAN, Cue.MODAL, Cue.PLAN_NOUN) for cue in c.lcues):
        # `có 71 dự án đã giao đất, ..., nhưng hiện có tới 10 dự án chậm tiến độ`: the figure's own predicate
        # states work left now; a plan word earlier in the sentence is no goal for it
        state = Status.ACHIEVED
    if not qualified and pending and c.comparator in (">=", "<=") and not c.is_range:
        qualified = True  # a modal bounding the figure (`sẽ ... tối thiểu 30%`)
    if not qualified and _remaining_left(c):
        qualified, adjacent, state = True, True, Status.ACHIEVED
    if not qualified:
        continued = _continued(c, plan_in_force, goal_stated)
        if continued is not None:
            qualified, state = True, continued
    c.qualified = qualified
    c.state = state if state is not None else Status.ACHIEVED
    if c.state == Status.ACHIEVED and (is_quota(c) or is_enrolment_plan(c)):
        c.state = Status.PLANNED
    c.adjacent = adjacent
