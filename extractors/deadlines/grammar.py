"""The deadline grammar: the patterns built from lexicons/deadlines.json, and the tags the steps pass on.

Every pattern is matched on NFC text; a multi-word lexicon entry allows any run of horizontal space
between its words (see `alternation`).
"""
from __future__ import annotations

import re
from enum import Enum

from vnextract.extractors.lexicon import HORIZONTAL_SPACE as H
from vnextract.extractors.lexicon import alternation, compile_ci, load_json
from vnextract.extractors.officials import POSTS

LEX = load_json("deadlines.json")
NEGATORS = load_json("common.json")["negators"]


class Marker(str, Enum):
    """How the due time is marked."""
    BEFORE = "before"        # `trước ngày 28/11`, `chậm nhất đến ngày ...`
    BARE = "bare"            # a bare year after a completion phrase: `đưa vào hoạt động năm 2021`
    GOAL = "goal"            # after a goal verb: `phấn đấu đến năm 2025`
    WITHIN = "within"        # `trong tháng 8/2017`, `vào năm 2025`, `đến cuối năm`
    GOAL_YEAR = "goalyear"   # a year the goal verb follows: `năm 2017 thành phố phấn đấu đạt ...`
    PLAN_YEAR = "planyear"   # the year of a plan to complete, after a requirement: `phải hoàn thành kế hoạch ... năm 2017`
    WINDOW = "window"        # a required action's window, due at its end: `phải ... xác nhận nhập học từ ngày 1/7 đến ngày 3/7`


class Subject(str, Enum):
    """What the subject of a plan is (see `_subject` in the lexicon)."""
    PUBLIC = "public"        # a public body, an official, a Vietnamese province or district
    PROJECT = "project"      # a public work
    FOREIGN = "foreign"      # a foreign country, body or official
    OTHER = "other"          # a company, a product, a person, a thing
    NONE = "none"            # no subject written


def _words(key: str) -> str:
    return alternation(LEX[key])


def clean(s: str) -> str:
    """Without surrounding spaces and punctuation, single spaces."""
    s = s.strip(" \t\n,;:.-–\"“”'")
    return re.sub(r"\s+", " ", s)


# ---------------------------------------------------------------- markers
# a clock time between the marker and the date: `trước 17 giờ ngày 12/9`, `trước 17h00, ngày ...`
_CLOCK = rf"(?:\d{{1,2}}{H}*(?:giờ|h|g)(?:{H}*\d{{1,2}}(?:{H}*phút)?)?{H}*(?:sáng|chiều|tối|trưa)?{H}*,?{H}*)"
# `giáo viêntrước ngày 15/5/2021`: a glued `trước` counts only before `ngày`
# (a part of the period after the marker: `chậm nhất đến cuối tháng 6`; `trước cuối năm` stays a within marker)
RX_BEFORE = compile_ci(rf"(?:(?:^|[^\w])(?P<mk>(?:{_words('before_markers')})(?:{H}+(?:đến|vào|là))?"
                       rf"(?:(?<!trước){H}+(?:{_words('period_parts')}))?)|(?P<glued>trước))"
                       rf"{H}*{_CLOCK}?$")
# (a season's end: `từ nay đến hết mùa cạn năm 2017`; not a season's span, `nhằm hạn chế thiệt hại ... trong mùa mưa
# bão năm 2017`)
RX_WITHIN = compile_ci(rf"(?:^|[^\w])(?P<mk>{_words('within_markers')})"
                       rf"(?:{H}*(?:cả{H}+)?|(?<=hết){H}+(?:{_words('seasons')}){H}+)$")
RX_ON_DAY = compile_ci(r"vào(?![\w])")  # `vào ngày 1/7`: the day something happens (not `đến hết`, `trong ngày`: a limit)
# (`đưa vào khai thác từ năm 2022`: a plan word decides whether that `từ` is the due time or a start told)
RX_BARE = compile_ci(rf"(?:^|[^\w])(?:{_words('bare_year_after')})(?:{H}+(?:trong|vào|(?:kể{H}+)?từ))?{H}*$")
RX_GOAL_BEFORE = compile_ci(rf"(?:^|[^\w])phấn{H}+đấu(?:{H}+(?:{_words('goal_links')}))?{H}*$")
RX_GOAL_AFTER = compile_ci(rf"{H}*,?{H}*(?:[^\s,;.]+{H}+){{0,4}}?phấn{H}+đấu\b")
RX_GOAL_NEXT = compile_ci(rf"{H}*(?:đạt|phấn{H}+đấu)(?![\w])")
RX_GOAL_WORD = compile_ci(r"phấn\s+đấu")
RX_FOLLOW_UP = compile_ci(rf"(?:{_words('request_follow_up_verbs')})(?![\w])")
RX_COMMITMENT = compile_ci(rf"(?<![\w])(?:{_words('commitment_verbs')})(?![\w])")
# (words between the object and the year: no sentence or clause bound, no other figure)
RX_PLAN_YEAR = compile_ci(rf"(?:^|[^\w])(?P<v>{_words('plan_year_verbs')})(?:{H}+vượt(?:{H}+mức)?)?{H}+(?:(?:các|toàn{H}+bộ){H}+)?"
                          rf"(?:{_words('plan_year_objects')})(?![\w])[^.;:!?\n\d]{{0,60}}?{H}(?:của{H}+)?$")
# (a year written without `năm` too: `Sở ... đến 2020 hoàn tất ...`)
RX_OWN_TIME = compile_ci(rf"{H}+(?:{_words('within_markers')}){H}+(?:năm|tháng|quý|ngày|20[0-4]\d)(?![\w])")

# ---------------------------------------------------------------- clause bounds
RX_CLAUSE_BOUND = re.compile(r"[,;:(]")
RX_ELLIPSIS_END = re.compile(r"(?:…|\.\.\.)(?=[^\S\n]+[A-ZĐ])")  # `…` before a capital: a sentence the segmenter kept
RX_HARD_BOUND = re.compile(rf"[;:]|{RX_ELLIPSIS_END.pattern}")
RX_END = re.compile(r"[;:!?]|\.(?!\d)")  # `500.000 DN`: a number goes on
RX_PART_BOUND = re.compile(r"[;:]|,(?!\d)")  # `4,327 triệu`: a number goes on

# ---------------------------------------------------------------- cues: directives and modals
# a directive verb, not its noun use (`theo đề nghị của`, `giao thông`, `bàn giao`, `ngoại giao`,
# `Kết luận thanh tra`, `công văn đôn đốc mà`)
# (`80 yêu cầu`: a count; a year before the verb ends a document's reference: `... 6 tháng đầu năm 2016 yêu cầu`)
# (`đạt` only in lower case: `Nguyễn Văn Đạt yêu cầu` is a person's order)
_NOT_AFTER = "".join(rf"(?<!{re.escape(w)} )" for w in sorted(
    set(LEX["directive_noun_after"]) | set(LEX["noun_after_meet_all"]) | set(LEX["directive_noun_pair_first"]))) + \
    "".join(rf"(?<!(?-i:{re.escape(w)}) )" for w in sorted(LEX["noun_after_meet_directive"])) + \
    r"(?:(?<!\d )|(?<=(?<!\d)\d{4} ))"
# (lookbehinds, not `(?:^|[^\w])`: searched from a sentence's start, a cue may open it)
# (`tiến độ đã đề ra`: after a past word, a relative clause of a noun, no directive)
_NOT_AFTER_PAST = "".join(rf"(?<!{re.escape(w)} )" for w in LEX["tense_past_words"] + ["được"])
_SPEECH_DIRECTIVES = [w for w in LEX["speech_directives"] if w not in LEX["relative_after_past"]]
# (a verb's own noun compounds: `giao thông`, `kết luận thanh tra`; not after another verb: `yêu cầu kiểm điểm`; the
# lookbehind needs a fixed width, so the verb's words are matched with single spaces)
_VERB_NOUN_LOOKAHEAD = "".join(rf"(?!(?<=(?<![\w]){alternation([verb], gap=' ')}){H}+(?-i:{alternation(words)})(?![\w]))"
                               for verb, words in sorted(LEX["directive_noun_before_verb"].items()))
RX_DIRECTIVE = compile_ci(rf"(?<![\w]){_NOT_AFTER}"
                  rf"(?P<v>{alternation(LEX['directive_verbs'] + _SPEECH_DIRECTIVES)}"
                  rf"|{_NOT_AFTER_PAST}(?:{_words('relative_after_past')}))(?![\w])"
                  rf"(?!{H}+(?-i:{_words('directive_noun_before')})(?![\w])){_VERB_NOUN_LOOKAHEAD}")  # (lower case only:
# `yêu cầu Thanh tra`, a capital opens a name)
RX_SPEECH = compile_ci(_words("speech_directives"))
# (`hồ sơ đề nghị`, `theo yêu cầu`: nouns; `được yêu cầu` stays a requirement)
_NOT_AFTER_STRONG = "".join(rf"(?<!{re.escape(w)} )" for w in sorted(
    (set(LEX["directive_noun_after"]) - {"được"}) | set(LEX["strong_noun_after"]) | set(LEX["noun_after_meet_all"])))
RX_STRONG = compile_ci(rf"(?<![\w]){_NOT_AFTER_STRONG}(?:{_words('strong_modals')})(?![\w])")
RX_WEAK = compile_ci(rf"(?<![\w])(?:{_words('weak_modals')})(?![\w])")
RX_NOT_MODAL = compile_ci(rf"(?:^|[^\w])(?:{_words('not_modal')})(?![\w])")
# verbs as written in lower case: a capitalised word inside a name (`Sở Xây dựng`) is no verb
# (not before a count of what was done: `thực hiện nhiều nhiệm vụ trinh thám`)
_NOT_AFTER_COMPOUND = "".join(rf"(?<!{re.escape(w)} )" for w in LEX["action_compound_first"])  # (`xuất phát`)
# (to produce a decision or document is an action too: `sẽ có kết luận`)
_ACTIONS = alternation(LEX["action_verbs"] + LEX["deliverable_actions"])
RX_ACTION = re.compile(rf"(?:^|(?<=[^\w])){_NOT_AFTER_COMPOUND}(?:{_ACTIONS})(?![\w])"
                       rf"(?!{H}+(?:{_words('count_words')}|\d[\d.,]*){H}+(?:{_words('counted_objects')})(?![\w]))")
RX_ACTION_ANY = re.compile(RX_ACTION.pattern, re.IGNORECASE)
RX_CONTINUES = compile_ci(rf"[^\w]*(?:{_words('continuation_openers')})(?![\w])[^\S\n]*,?")

# ---------------------------------------------------------------- what is no deadline
RX_COMPLETION = compile_ci(rf"(?:^|[^\w])(?:{_words('completion_words')})(?![\w])")
# a plan's next step (`khởi công ... và hoàn thành`), not an event's end (`khai mạc ... và kết thúc`)
_NEXT_STEP_JOINERS = alternation(LEX["next_step_joiners"], gap=" ")  # (`sau đó` as written, one space)
RX_NEXT_STEP_END = compile_ci(rf"(?<![\w])(?:{_NEXT_STEP_JOINERS}){H}+(?:sẽ{H}+)?$")  # (`... và` + `hoàn thành`)
RX_NEXT_STEP = compile_ci(rf"{H}*,?{H}*(?:{_NEXT_STEP_JOINERS}){H}+(?:sẽ{H}+)?")  # (another due time + `và hoàn thành`)
RX_NEXT_STEP_COMPLETION = compile_ci(
    rf"(?<![\w])(?:{_words('next_step_joiners')}){H}+(?:sẽ{H}+)?(?:được{H}+)?"
    rf"(?:{alternation([w for w in LEX['completion_words'] if w not in LEX['event_end_words']])})(?![\w])")
# (a lookbehind: a past word may open the window; `cho từng chuyến`, `từng bước`: each, no past)
RX_PAST = compile_ci(rf"(?<![\w])(?!từng{H}+(?:{_words('each_nouns')})(?![\w]))(?:{_words('past_words')})(?![\w])")
RX_EVENT = compile_ci(rf"(?:^|[^\w])(?:{_words('event_words')})(?![\w])")
RX_HORIZON_EVENT = compile_ci(rf"(?:^|[^\w])(?:{_words('horizon_event_words')})$")
RX_STAT = compile_ci(rf"(?:^|[^\w])(?:{_words('statistic_words')})(?![\w])")
RX_MODAL_BEFORE = compile_ci(rf"(?<![\w])(?:{_words('opening_modals')}){H}+$")  # (`sẽ | tăng thêm`)
# (or a judgement that the plan will hardly be met: `kế hoạch về đích vào 2020 là khó đạt`)
RX_PROJECTION = compile_ci(rf"(?<![\w])(?:{alternation(LEX['projection_words'] + LEX['doubt_words'])})(?![\w])")
# a forecast verb closing the comma part before the one a due time opens (`Sở dự báo, đến năm 2020 ...`)
RX_PROJECTION_CLOSE = compile_ci(rf"(?<![\w])(?:{_words('projection_words')}){H}*,{H}*$")
# a strategy's phase heading opening the sentence (`Giai đoạn 2017-2030: ...`)
RX_PHASE_HEADING = compile_ci(rf"\W*(?:{_words('phase_heading_words')}){H}*:?{H}*\d{{4}}{H}*[-–]{H}*\d{{4}}{H}*:")
RX_PHASE_OBLIGATION = compile_ci(rf"(?<![\w])(?:{_words('phase_obligation_modals')})(?![\w])")
# general duties whose period a following year is (`nhiệm vụ phát triển kinh tế - xã hội ... trong năm 2017`)
RX_GENERAL_DUTY = compile_ci(rf"(?<![\w])(?:{_words('general_duty_nouns')})(?![\w])")
# a state that lasts until an `đến` time (`dừng toàn bộ lịch cắt điện ... đến hết ngày 1/7`)
RX_PERIOD_STATE = compile_ci(rf"(?<![\w])(?:{_words('period_state_verbs')})(?![\w])")
# a document's name written mid-sentence (case-sensitive: `Quy hoạch phát triển ...`, not `quy hoạch`)
RX_DOCUMENT_NAME = re.compile(rf"(?:(?<=\w[^\S\n])|(?<=[“\"«]))(?:{_words('document_names')})(?![\w])")
RX_SPEECH_ONLY = compile_ci(rf"{H}*(?:cho{H}+biết|cho{H}+hay|nói|khẳng{H}+định|thông{H}+tin){H}*")  # `..., cho biết trong năm 2016, đơn vị đã ...`
RX_PERIOD_BEFORE = compile_ci(rf"(?<![\w])(?:{alternation(LEX['period_before'] + LEX['duration_before'])}|(?:{_words('state_before')})(?:{H}+[^\s,;.]+){{0,4}}){H}+$")
RX_PLAN_DOCUMENT = re.compile(rf"(?<=\w[^\S\n])(?<!theo )(?:{_words('plan_document_nouns')})(?![\w])")
RX_HORIZON_MARKER = compile_ci(rf"(?:{_words('horizon_markers')})(?![\w])")
RX_PLANNING_NOUN = re.compile(rf"(?<=\w[^\S\n])(?:{_words('planning_nouns')})(?![\w])")
RX_PLAN_MAKER = compile_ci(rf"(?<![\w])(?:{_words('planning_makers')})(?![\w])")
RX_GOAL_NOUN = compile_ci(r"(?<![\w])(?:mục\s+tiêu|cam\s+kết|quyết\s+tâm|phấn\s+đấu)(?![\w])")
RX_EVENT_SETTING = compile_ci(rf"\W*(?:{_words('event_setting_openers')}){H}+(?:\w+{H}+){{0,2}}?(?:{_words('event_words')})(?![\w])")
RX_CONDITIONAL = compile_ci(rf"(?<![\w])(?:{_words('conditional_words')})(?![\w])")
RX_ADVERT = compile_ci(rf"(?<![\w])(?:{_words('advert_words')})(?![\w])")

# ---------------------------------------------------------------- subjects and agents
RX_PUBLIC_EXCEPTION = compile_ci(rf"^(?:{_words('public_exceptions')})(?![\w])")
RX_NOT_PUBLIC = compile_ci(rf"^(?:{_words('not_public_heads')})(?![\w])")
RX_PUBLIC_SUBJECT = compile_ci(rf"^(?:{alternation(LEX['public_body_heads'] + LEX['public_subject_heads'])})(?![\w])")
_COUNTS = [w for key in ("digits", "tail_variants") for w in load_json("common.json")["number_words"][key]] + \
    [load_json("common.json")["number_words"]["ten"]]
# (a plural or a count before the head, one part of it: `Các hạng mục này sẽ hoàn thành`, `Ba công trình dự kiến ...`)
RX_PROJECT_SUBJECT = compile_ci(rf"^(?:(?:{_words('project_subject_openers')}|\d+|{alternation(_COUNTS)}){H}+)*"
                                rf"(?!(?:{_words('project_subject_not_heads')})(?![\w]))"
                                rf"(?:{_words('project_subject_heads')})(?![\w])")
# a public body named in the text, as written with a capital (`UBND quận Sơn Trà`, `Bộ GTVT`)
RX_PUBLIC_NAMED = re.compile(rf"(?<![\w])(?:{alternation([w[:1].upper() + w[1:] for w in LEX['public_body_heads']] + [w.upper() for w in LEX['public_body_heads'] if ' ' not in w])})(?![\w])")
RX_COMMERCIAL = compile_ci(rf"(?<![\w])(?:{_words('commercial_words')})(?![\w])")
RX_FOREIGN_BODY = re.compile(rf"(?:^|(?<=[^\w]))(?:{_words('foreign_bodies')})(?![\w])")
RX_AGENT_END = re.compile(rf"(?:^|(?<=[^\w]))(?:{_ACTIONS}|{_words('strong_modals')}|"
                          rf"{_words('weak_modals')}|{_words('agent_end_words')})(?![\w])")
RX_AGENT = compile_ci(rf"^(?:{_words('responsible_heads')})(?![\w])")
_ADMIN = load_json("common.json")["admin_levels"]
# a count of administrative units is an agent (`đề nghị 38 tỉnh, TP ... khẩn trương chỉ đạo`), a count of other
# things is not (`yêu cầu 2 bộ hồ sơ`)
RX_COUNTED_AGENT = compile_ci(rf"^\d+{H}+(?:{alternation(_ADMIN['province'] + _ADMIN['district'] + _ADMIN['commune'])})(?![\w])")
NOT_AGENT_ALONE = frozenset(LEX["not_agent_alone"])
REFERRING_AGENTS = frozenset(LEX["referring_agents"])  # (capitalised: the body named before)
RX_NOT_AGENT = compile_ci(rf"^(?:{_words('not_agents')})(?![\w])")
RX_PUBLIC = compile_ci(rf"^(?:{_words('public_body_heads')})(?![\w])")
RX_OPENER = compile_ci(rf"(?:{_words('clause_openers')})(?![\w])[^\S\n]*,?[^\S\n]*")
RX_PRONOUN = compile_ci(rf"^(?:{_words('pronoun_subjects')})(?![\w])")
RX_AGENT_COMPOUND = compile_ci(rf"(?<![\w])(?:{_words('agent_compound_nouns')})(?![\w])")
RX_COMPOUND = compile_ci(rf"(?:^|[^\w])(?:{_words('compound_first')})[^\S\n]+$")
RX_ACRONYM = re.compile(rf"(?!(?:{alternation(LEX['person_acronyms'])})(?![\w]))[A-ZĐ][A-ZĐ&]{{2,}}(?![\w])")
RX_CAPS = re.compile(r"^[A-ZĐ][A-ZĐ0-9&\-.]+(?![\w])")
RX_CREDIT_LABEL = compile_ci(rf"(?:{_words('photo_credit_labels')}){H}*:{H}*")
RX_CREDIT_LABEL_END = compile_ci(rf"(?<![\w])(?:{_words('photo_credit_labels')}){H}*:{H}*$")
RX_DEADLINE_NOUN = compile_ci(rf"(?:{_words('deadline_nouns')})")
RX_AGENT_CLAUSE_OPENER = compile_ci(rf"(?<![\w])(?:{_words('agent_clause_openers')}){H}+")
# `vừa ký công văn số 204/TTg-ĐMDN ngày 9/2/2017 về việc ...`: the signed document's number, date and subject
RX_SIGNED_DOCUMENT = compile_ci(rf"^(?:(?:{_words('subject_gap_words')}){H}+)*(?:{_words('signing_verbs')}){H}+"
                                rf"(?:{_words('signed_documents')})(?:{H}+(?:hỏa{H}+tốc|khẩn))?(?:{H}+số{H}+\S+)?"
                                rf"(?:{H}+ngày{H}+\S+)?(?:{H}+(?:về|gửi){H}+[^,;:“\"\n]*)?{H}*$")
# a signed document written mid-sentence (`X đã ký văn bản hỏa tốc gửi Sở ...`): its signer directs what it asks
RX_SIGNS_DOCUMENT = compile_ci(rf"(?<![\w])(?:{_words('signing_verbs')}){H}+(?:{_words('signed_documents')})(?![\w])")
RX_ADVERB_GAP = compile_ci(rf"^(?:(?:{_words('subject_gap_words')})[^\S\n]*)*$")
RX_TRAILING_ADVERB = compile_ci(rf"{H}+(?:{_words('subject_trailing_adverbs')})$")
POST_KEYS = sorted(POSTS, key=len, reverse=True)

# ---------------------------------------------------------------- task
RX_STRIP = compile_ci(rf"^(?:(?:{_words('task_strip_prefixes')})(?![\w])[^\S\n]*)+")
# (not after `đưa`, `đi`: `đưa vào`, `đi vào` are verbs of their own)
RX_TASK_END_PARTICLE = compile_ci(rf"(?<![\w])(?<!đưa )(?<!đi )(?:{_words('task_end_particles')})$")
RX_STOP = compile_ci(rf"[^\S\n]*(?:{_words('task_stop_words')})(?![\w])")

# ---------------------------------------------------------------- additions: needs, opening due times, purpose, attribution
RX_QUANTITY_NEXT = compile_ci(rf"{H}+(?:(?:{_words('quantity_prefixes')}){H}+)?\d")  # `cần hơn 5.400 tỷ`
RX_NEED = compile_ci(rf"(?:{_words('need_modals')})")
RX_OPENING_MODAL = compile_ci(rf"{H}*,?{H}*(?:[^\s,;.]+{H}+){{0,4}}?(?:{_words('opening_modals')})(?![\w])")
RX_MODAL_NEXT = compile_ci(rf"{H}*(?:{_words('opening_modals')})(?![\w])")  # a modal right after the due time
# a plan modal a coordinator or comma opens, a short subject between (`đã đạt 79% và sẽ phấn đấu`, `đã lắp đặt ... và dự
# kiến`, `đã từng bước rút ngắn ..., phấn đấu`)
RX_COORDINATED_MODAL = compile_ci(rf"(?:,|(?<![\w])(?:{_words('clause_coordinators')})){H}+(?:[^\s,;.]+{H}+){{0,3}}?"
                                  rf"(?P<m>{_words('opening_modals')})(?![\w])")
RX_YES_NO_QUESTION = compile_ci(rf"(?<![\w])(?:{_words('question_particles')}){H}*[”\"]?$")  # before the clause's `?`
RX_WHY = compile_ci(rf"(?<![\w])(?:{_words('why_words')})(?![\w])")
RX_PURPOSE_TASK = compile_ci(rf"(?<![\w])(?:{_words('purpose_task_words')})(?![\w])[^\S\n]*")
RX_PURPOSE = compile_ci(rf"(?<![\w])(?:{_words('purpose_words')})(?![\w])")
# `để có thể`, `để khởi công`, `nhằm có thể động thổ`: the aim of a planned task (blanked before the forecast and
# event tests)
RX_PURPOSE_AIM = compile_ci(rf"(?<![\w])(?:{_words('purpose_words')})[^\S\n]+(?:(?:{_words('purpose_aim_ability')})"
                            rf"(?:[^\S\n]+(?:{_words('purpose_aim_milestones')}))?|{_words('purpose_aim_milestones')})(?![\w])")
# `giai đoạn 1`, `giai đoạn II`: a phase of a project, no period of the story (unlike `giai đoạn 2021-2025`)
RX_PROJECT_PHASE = compile_ci(r"(?<![\w])giai[^\S\n]+đoạn[^\S\n]+(?:\d{1,2}|[IVX]{1,4})(?![\w–-])")
RX_ATTRIBUTION = compile_ci(rf"\W*(?:{_words('attribution_openers')}){H}+(?:lời{H}+|những{H}+)?"
                    rf"(?:{_words('attribution_nouns')}){H}+của(?![\w])")
RX_EVENT_AT = compile_ci(rf"(?<![\w])tại{H}+(?:\w+{H}+){{0,2}}?(?:{_words('event_words')})(?![\w])")  # `tại Hội nghị sơ kết`
RX_TIME_CLAUSE = compile_ci(rf"(?<![\w])(?:{_words('time_clause_openers')})(?![\w])")
NOUN_MODALS = frozenset(LEX["noun_modals"])
RX_REFERENCE = compile_ci(rf"(?<![\w])(?:{_words('reference_words')}){H}*$")
# a `từ` (or `kể từ`) that ends the text before a due time (`đưa vào khai thác từ cuối năm 2021`)
RX_FROM_END = compile_ci(rf"(?<![\w])(?:kể{H}+)?từ{H}*$")
RX_CAUSATIVE = compile_ci(rf"(?<![\w])(?:{_words('causative_words')})(?![\w])")
RX_EXPECTATION = compile_ci(rf"(?<![\w])(?:{_words('expectation_words')})(?![\w])")
RX_EXPECTATION_NEXT = compile_ci(rf"{H}*(?:{_words('expectation_words')})(?![\w])")
RX_SPEAKER_NEXT = compile_ci(rf"{H}*(?:{_words('speech_verbs')})(?![\w])(?:{H}*,|{H}+rằng(?![\w])|{H}*:)?")
# a speech verb with its reported clause after it (case-sensitive: `Sở Thông tin` names a body)
RX_SPEECH_THEN = re.compile(rf"(?<![\w])(?:{_words('speech_verbs')})(?:{H}*,|{H}+rằng(?![\w])|{H}*:)")
RX_DEICTIC_NEXT = compile_ci(rf"{H}+(?:{_words('date_deictics')})(?![\w])")
TENSE_PAST = frozenset(LEX["tense_past_words"])
RX_CONDITIONAL_OPENER = compile_ci(rf"[^\w]*(?:{_words('conditional_openers')})(?![\w])")

# ---------------------------------------------------------------- corpus audit 7: career moves, missed commitments, negated or cut directives
RX_CAREER = compile_ci(rf"(?<![\w])(?:{_words('career_moves')})(?![\w])")
RX_MISSED_REPORT = compile_ci(rf"[^\S\n]*,?[^\S\n]*(?:{_words('missed_report_openers')})(?![\w])")
RX_CONTRAST = compile_ci(rf"(?<![\w])(?:{_words('contrast_words')})(?![\w])")
# the next sentence opening with a contrast and the time since a plan (`Tuy nhiên, đến nay ...`, `Tuy nhiên đến 2011, ...`)
RX_MISSED_NEXT = compile_ci(rf"\s*(?:{_words('missed_next_contrasts')}){H}*,?{H}*(?:(?:{_words('missed_next_times')})(?![\w])"
                            rf"|(?:đến|tới){H}+(?:năm{H}+)?(?P<year>(?:19|20)\d\d)(?![\w]|[/.-]\d))")
RX_ISSUING_ACT = compile_ci(rf"(?<![\w])(?:{_words('issuing_acts')})(?![\w])")
RX_SERVED_FOR = compile_ci(rf"(?<![\w])(?:{_words('served_for_words')})(?![\w])")
RX_NEGATED_BEFORE = compile_ci(rf"(?<![\w])(?:{alternation(NEGATORS)}){H}+$")  # `không yêu cầu khám nghiệm`
# a task that is only a modal and a completion word (`phấn đấu hoàn thành`, `bắt buộc hoàn thành`)
# (a strong modal only: `dự kiến hoàn thành` is said of the work its subject names)
RX_BARE_COMPLETION = compile_ci(rf"(?:(?:{_words('strong_modals')}){H}+)+(?:{_words('completion_words')})")
# a completion phrase proper (not `trình` inside `chương trình`): what follows it is what is completed
RX_COMPLETING = compile_ci(rf"(?<![\w])(?:{_words('bare_year_after')})(?![\w])")
# a quote closed by the official who directs it (`..., bắt buộc hoàn thành trong quý 3 năm nay”, Bộ trưởng Đào Ngọc Dung chỉ
# đạo.`)
RX_QUOTE_DIRECTIVE = compile_ci(rf"[^\S\n]*[”\"][^\S\n]*[,–-][^\S\n]*(?P<who>[^,;:.”\"\n]{{3,80}}?)[^\S\n]+"
                                rf"(?P<v>{_words('directive_verbs')})[^\S\n]*[.!]?[^\S\n]*$")
# a speech verb after a subject, past its adverbs (`Giám đốc Sở ... cũng cho biết`)
RX_SPEAKER_AFTER = compile_ci(rf"(?:{H}*(?:{_words('subject_gap_words')})(?![\w]))*{H}*(?:{_words('speech_verbs')})(?![\w])")
# a written day that opens its sentence or comma part (`Ngày 13/01/2016, UBND tỉnh ...`, `Sáng 5/7/2017, ...`)
RX_OPENING_PART = compile_ci(rf"(?:^|[.;:,!?\n)]){H}*(?:(?:{_words('day_parts')}){H}+)?$")

# ---------------------------------------------------------------- corpus audit 10e: questions, goals of others, compounds, attributions
# a comma part that ends with a question word (`cuối năm 2017 đạt kết quả gì`), not after `không`/`bất kỳ` (`không có gì`)
RX_WH_QUESTION_END = compile_ci(rf"(?<![\w])(?:{_words('wh_question_words')})[^\S\n]*[”\"]?[^\S\n]*$")
RX_WH_NOT_AFTER = compile_ci(rf"(?<![\w])(?:{_words('wh_question_not_after')})(?![\w])")
RX_GOAL_ONLY = compile_ci(rf"(?:{_words('goal_only_modals')})")
RX_MODAL_NOUN_COMPOUND = compile_ci(rf"(?<![\w])(?:{_words('modal_noun_compounds')})(?![\w])")
RX_PLAN_ATTRIBUTION = compile_ci(rf"\W*(?:{_words('plan_attribution_openers')}){H}+của{H}+(?P<owner>[^,;:.\n]{{2,60}}?){H}*,")
