"""Named exclusions: figures that are no public body's or reported programme's goal or result, whatever
verb governs them (targets.json `exclusions`, `_doc_exclusions`). Each is a veto on a candidate that
passed every other test; they read the folded sentence."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from vnextract.extractors.lexicon import last_match, load_json
from vnextract.extractors.normalize import fold

from .cues import COMPLETION, CUES, LEFT, Cue, find_cues
from .phrases import LEX, alt, syllables, words_re
from .status import COMPLETION_WITHIN, Status

if TYPE_CHECKING:
    from .candidate import Candidate

_EXC = LEX["exclusions"]
_COMMON = load_json("common.json")
_COMPANY = words_re(_EXC["company"])
_COMPANY_IF_NAMED = words_re(_EXC["company_if_named"])
_COMPANY_SUBJECT = words_re(_EXC["company_subjects"])
_SPORT = words_re(_EXC["sport"])
_CRIME = words_re(_EXC["crime_case"])
_TRIAL = words_re(_EXC["trial_report"])
_TRIAL_PERIOD = words_re(_EXC["trial_report_periods"])
_RAID = words_re(_EXC["raid_words"])
# a period's summary or a count of cases (`Trong 6 tháng qua`, `Năm 2016,`, `phá 15 chuyên án`): no single case
_RAID_SUMMARY = re.compile(rf"(?<!\w)(?:(?:{alt(_EXC['raid_summary_periods'])})(?!\w)|năm\s+\d{{4}}(?!\d)"
                           rf"|\d+\s+(?:{alt(_EXC['raid_summary_case_units'])})(?!\w))")
_PLOT_UNITS = {fold(u) for u in _EXC["plot_units"]}
_PLOT_CONVERSION = re.compile(rf"(?<!\w)(?:{alt(_EXC['plot_conversion_verbs'])})(?!\w)(?:\s+\S+){{0,2}}\s*$")
_PLOT_CONVERSION_CHARS = 30  # how far back the conversion verb is looked for
_CRIME_AGGREGATE = re.compile(rf"(?<!\w)(?:{alt(_EXC['crime_aggregate'])})(?!\w)|\d\s+vụ(?!\w)")
_FEE = words_re(_EXC["fee"])
_PRIZE = words_re(_EXC["prize_money"])
_RATE_CHARGE = words_re(_EXC["rate_charge"])
_CRIME_MONEY = words_re(_EXC["crime_money"])
_RECOVERED = words_re(_EXC["crime_money_recovered"])
_HOSTAGE = words_re(_EXC["hostage"])
_CASE_UNITS = {fold(u) for u in _EXC["case_units"]}
_CASE_STATES = words_re(_EXC["case_states"])
_SPEC = words_re(_EXC["specification"])
_MEASURE = words_re(_EXC["measure"])
_UNSOLD = words_re(_EXC["unsold_produce"])
_UNSOLD_UNITS = {fold(u) for u in _EXC["unsold_units"]}
_RESEARCH = words_re(_EXC["research_findings"])
_DONE_WORDS = words_re(CUES["done"])
_POLICY_RATE = words_re(_EXC["policy_rate"])
_ADVERT = words_re(_EXC["advert"])
_DOMESTIC = words_re(_EXC["domestic_markers"])
_COMPANY_VOCAB = words_re(_EXC["company"] + _EXC["company_if_named"] + _EXC["company_subjects"])
_PUBLIC_WORK_VOCAB = words_re(LEX["public_work_markers"])
_STATE_PROGRAMME = words_re(_EXC["state_programme"])
_PUBLIC_BODY = words_re(LEX["public_markers"])
_HIDING_COMPOUNDS = words_re(LEX["public_marker_compounds"])  # `chủ sở hữu`, `cơ sở` name no `Sở`
_PUBLIC_WORK_AMID_COMPANIES = words_re(_EXC["public_work_amid_companies"])
# `kỳ trước chỉ là 856 kiến nghị`, `thấp hơn cùng kỳ năm 2016 (7,4%)`: the earlier period's figure right before
_EARLIER_PERIOD = re.compile(rf"(?<!\w)(?:{alt(_EXC['earlier_period'])})(?:\s+(?:19|20)\d\d)?"
                             rf"\s*(?:\(|(?:{alt(_EXC['earlier_period_links'])})(?!\w))\s*$")
_EARLIER_PERIOD_CHARS = 40  # how far back the earlier period is looked for
_NAME_TITLES = {fold(w) for w in _EXC["name_titles"]}
_FOREIGN_RELATION = {fold(w) for w in _EXC["foreign_relation_before"]}
# case-sensitive on the original text: `Mỹ`, `Đức`, `Nga` are also syllables of Vietnamese names
FOREIGN = re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(w) for w in sorted(_EXC['foreign_states'], key=len, reverse=True))})(?![\w-])")
_CAP_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")
_CAP_AFTER = re.compile(r"\s+[^\W\d_a-zà-ỹđ]")
_PLACE_SCOPE = re.compile(rf"(?<!\w)(?:{alt(_EXC['place_scope_before'])})\s+(?:\S+\s+){{0,2}}$")
_PLACE_UNITS = {fold(u) for u in _EXC["place_units"]}
_PERSON_UNITS = {fold(u) for u in _EXC["word_number_person_units"]}
_TWO_IN_WORDS = {fold(w) for w in _EXC["two_in_words"]}
# a verb that makes or sanctions new ones right before `hai`: `thành lập hai tổ công tác`, `kỷ luật hai cá nhân`
_TWO_KEPT_AFTER = re.compile(rf"(?<!\w)(?:{alt(_EXC['two_in_words_kept_after'])})\s+$")
_TWO_KEPT_CHARS = 16  # the longest such verb, with its space
_ADMIN_LEVELS = [w for k, ws in _COMMON["admin_levels"].items() if k != "abbreviated" for w in ws]
# members named right after a count of places, on the original text (capitals): `2 xã Chuyên Mỹ`,
# `2 xã (Thủy Vân, Thủy Bằng)`, `4 địa phương (tỉnh Hà Tĩnh ...)`; same line only
_MEMBERS_NAMED = re.compile(rf"(?:[ \t]+|[ \t]*\([ \t]*)(?:(?:{alt(_ADMIN_LEVELS)})[ \t]+)?[^\W\d_a-zà-ỹđ]")
_ADDRESSEE = re.compile(rf"(?<!\w)(?:{alt(_EXC['addressee_before'])})\s+$")
_ADDRESSEE_CHARS = 20  # how far back the request word is looked for
# `cả 2 địa phương`, `ngư dân 28 tỉnh`, `trên phạm vi 63 tỉnh`: right before a count of places, a set or a possessor
_PLACE_SET_BEFORE = re.compile(rf"(?<!\w)(?:{alt(_EXC['place_set_before'])})\s+$")
_PLACE_SET_CHARS = 20  # the longest such word, with its space
_PLACE_RESULT_WITHIN = 3  # syllables after the unit where the places' own result verb is looked for
_PLACE_QUANTIFIER = re.compile(rf"(?<!\w)(?:{alt(_EXC['place_set_quantifiers'])})\s+$")
_PAST_IN_CLAUSE = re.compile(rf"[^.;:!?\n]{{0,60}}?(?<!\w)(?:{alt(_EXC['place_set_past_words'])})(?!\w)")  # `cả 5 xã ... đã`
# `4 tỉnh trên được yêu cầu`, `5 huyện nêu trên`: the places already named
_PLACE_BACK_REFERENCE = re.compile(rf"\s+(?:(?:{alt(_EXC['place_back_reference'])})(?!\w)|trên\s*(?:[.,;:!?)]|$"
                                   rf"|(?:{alt(_EXC['place_back_reference_next'])})(?!\w)))")
_RESULT_AFTER = (Cue.WORK, Cue.COMPLETION, Cue.BACKLOG, Cue.UNMET)
_INCIDENT = words_re(LEX["incident_words"])
_INCIDENT_UNITS = {fold(u) for u in LEX["incident_units"]}
_PUBLIC_OR_POST = words_re(LEX["public_markers"] + _EXC["public_posts"])
# case-sensitive on the original text: a family title (either case) and a capitalised name (`anh Quỳnh`, `Ông Tín`)
_PERSON_NAMED = re.compile(rf"(?<![\w-])(?:{'|'.join(sorted({w for t in _EXC['name_titles'] for w in (t, t.capitalize())}, key=len, reverse=True))})\s+[^\W\d_a-zà-ỹđ]")
# the whole name after the title (`ông Nguyễn Minh`, `Ông Khoa`): its first word alone, a family name (`Nguyễn`),
# is shared by many people
_NAME_AFTER_TITLE = re.compile(r"[^\W\d_]+(?:\s+(?=[^\W\d_a-zà-ỹđ])[^\W\d_]+)*")
# an admin level and the words after it; a place named where they are capitalised (`str.isupper`, on the original text): `xã Hương Vĩnh`, `huyện Nghĩa Đàn`, `thị trấn Giồng Trôm`
# ... or by a number (`thôn 6`, `tổ 44`)
_PLACE_NAMED = re.compile(rf"(?<!\w)(?:{alt(_ADMIN_LEVELS)})((?:[ \t]+[^\W_]+){{1,4}})")
_PLACE_NAME_WORDS = re.compile(r"[ \t]+([^\W_]+)")
_ADDRESS_CHARS = 40  # how far after a person's name their address may start (`, trú tại`, `, nông dân trồng dừa ở`)
_ADDRESS_GAP = 20    # how far apart the places of one address are (`xóm Nam Sơn, Nghĩa Sơn huyện Nghĩa Đàn`)
# how far before and after a person's name, in another sentence, the post or body that names them is looked for
# (`Chủ tịch UBND xã Nguyễn Văn A`, `ông Nguyễn Đăng Khoa, Phó Chủ tịch UBND tỉnh`)
_POST_BEFORE_CHARS = 40
_POST_AFTER_CHARS = 60
# criminals opening the clause as its subject: `Các đối tượng đã ...`, `có khoảng 20 đối tượng điều động ...`
_CRIMINAL_OPENING = re.compile(rf"\s*(?:có\s+)?(?:(?:khoảng|hơn|gần|trên)\s+)?(?:\d+\s+)?(?:{alt(_EXC['criminal_subjects'])})(?!\w)"
                               rf"(?!\s+(?:{alt(_EXC['criminal_subject_not_before'])})(?!\w))")
_RESIDENT_FINDER = re.compile(rf"(?<!\w)(?:{alt(_EXC['resident_subjects'])})((?:\s+\S+){{0,4}}?)\s+"
                              rf"(?:{alt(_EXC['finder_verbs'])})\s*$")
_ADMIN_LEVEL_WORDS = {fold(w) for w in _ADMIN_LEVELS}
_YEAR_LIST_BEFORE = re.compile(r"(?<!\d)(?:19|20)\d\d\s*(?:,|và|-)\s*$")
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")
# `nếu như ... thì` compares, `nếu tính ... thì` names a way of counting: no hypothesis
_CONDITIONAL = re.compile(rf"(?<!\w)(?:{alt(_EXC['conditional_openers'])})(?!\w)(?!\s+(?:{alt(_EXC['conditional_not_before'])})(?!\w))")
_CONSEQUENT = words_re(_EXC["conditional_consequents"])
_FORECAST = words_re(_EXC["forecast"])
_FORECAST_HOST = re.compile(rf"(?<!\w)(?:{alt(_EXC['forecast_not_after'])})\s+$")
_FORECAST_HOST_CHARS = 12  # how far back before a forecast word its host (`so với`, `công tác`) is looked for
_PRIVATE_SPEAKER = words_re(_EXC["private_speakers"])
_QUOTE_OPENERS = (":", "“", "\"")  # what opens a speaker's own words
_LATIN_NAME_MIN = 5       # a Latin-script state name this long is no Vietnamese syllable (`Nga` is, `Canada` not)
_NAME_BEFORE_CHARS = 20   # how far back the word before a foreign state's name is looked for
_PLACE_SCOPE_CHARS = 30   # how far back a locative word (`tại`) is looked for
_YEAR_LIST_CHARS = 12     # how far back the previous year of a list is looked for


def _found(pattern: re.Pattern, c: Candidate, a: int, b: int) -> bool:
    """A match of `pattern` in folded[a:b] that is not the start of a name (`cầu Thủ Thiêm`: a
    lower-case word running into a capitalised one)."""
    for m in pattern.finditer(c.ctx.folded, a, b):
        orig = c.ctx.text[m.start():m.end()]
        if orig[:1].islower() and any(w[:1].isupper() for w in orig.split()[1:]):
            continue
        return True
    return False


def _sentence(c: Candidate) -> str:
    return c.ctx.folded[c.sent[0]:c.sent[1]]


def _before(c: Candidate) -> str:
    return c.ctx.folded[c.sent[0]:c.start]


def is_company_account(c: Candidate) -> bool:
    """Company and market accounts (`doanh thu thuần`, `lợi nhuận`, `cổ đông`); accounts a public body may
    report too (`doanh thu`, `tổng tài sản`) where the sentence names a company (`của hãng hàng không`)."""
    sentence = _sentence(c)
    return bool(_COMPANY.search(sentence)
                or (_COMPANY_IF_NAMED.search(sentence) and _COMPANY_SUBJECT.search(sentence)))


def is_company_news(c: Candidate) -> bool:
    """The article is company or market news: company vocabulary used at least ``company_news_min`` times and
    ``company_news_ratio`` times as often as the vocabulary of public work, or as often where public bodies are
    named at most ``company_news_few_bodies_max`` times (read once an article)."""
    ctx = c.ctx
    if ctx.company_news is None:
        company = len(_COMPANY_VOCAB.findall(ctx.folded))
        public = len(_PUBLIC_WORK_VOCAB.findall(ctx.folded))
        ctx.company_news = company >= _EXC["company_news_min"] and (
            company >= _EXC["company_news_ratio"] * public
            or (company >= _EXC["company_news_few_bodies_ratio"] * public
                and _public_bodies_named(ctx.folded) <= _EXC["company_news_few_bodies_max"]))
    return ctx.company_news


def _public_bodies_named(folded: str) -> int:
    """How many times the article names a public body or locality, compounds (`cơ sở`, `vốn chủ sở hữu`) aside."""
    hidden = [(m.start(), m.end()) for m in _HIDING_COMPOUNDS.finditer(folded)]
    return sum(1 for m in _PUBLIC_BODY.finditer(folded) if not any(hs <= m.start() < he for hs, he in hidden))


def _names_public_body(folded: str, a: int, b: int) -> bool:
    """A public body or locality named in folded[a:b], not as a syllable of a compound (`vốn chủ sở hữu`)."""
    hidden = [(m.start(), m.end()) for m in _HIDING_COMPOUNDS.finditer(folded, a, b)]
    return any(not any(hs <= m.start() < he for hs, he in hidden) for m in _PUBLIC_BODY.finditer(folded, a, b))


def is_company_news_figure(c: Candidate) -> bool:
    """In company news, a figure with no public body before it in its sentence, and a company or an account named
    in the sentence (`Tổng tài sản đạt 1.326.230 tỷ đồng`, `ngân hàng phát hành cổ phiếu ... cho tối đa 99 nhà đầu
    tư`) or no public body after it either (`Năm 2017 dự kiến đạt 14.000 tấn.`): the company's own result or plan.
    A state programme (`cổ phần hóa`, `thoái vốn`) and a public body's work on companies (`cơ quan Bảo hiểm đã gửi
    thư nhắc nợ tới 134 doanh nghiệp`, `đạt 46,6% số thu dự toán`) stay."""
    sentence = _sentence(c)
    if not is_company_news(c) or _STATE_PROGRAMME.search(sentence) or _PUBLIC_WORK_AMID_COMPANIES.search(sentence):
        return False
    folded, (a, b) = c.ctx.folded, c.sent
    if _names_public_body(folded, a, c.start):
        return False
    return bool(_COMPANY_VOCAB.search(sentence)) or not _names_public_body(folded, c.start, b)


def is_earlier_period_figure(c: Candidate) -> bool:
    """`(3.119 kiến nghị, kỳ trước chỉ là 856 kiến nghị)`, `thấp hơn cùng kỳ năm 2016 (6,5%)`: the figure of the
    period compared with, named right before it; with a work verb between it is that period's result and
    stays (`năm ngoái đạt khoảng 41.000 tỷ đồng`)."""
    return bool(_EARLIER_PERIOD.search(c.ctx.folded, max(c.sent[0], c.start - _EARLIER_PERIOD_CHARS), c.start))


def is_sport_result(c: Candidate) -> bool:
    """Results and statistics of sport; a goal set by a plan word (`mục tiêu giành 5 HCV`) is kept."""
    classes = c.classes | {cue[0] for cue in c.rcues}
    return _found(_SPORT, c, c.sent[0], c.sent[1]) and not classes & {Cue.PLAN, Cue.PLAN_NOUN}


def is_criminal_case(c: Candidate) -> bool:
    """One criminal case before the courts (`truy tố 9 bị can`, `khởi tố 14 bị can`): the police's or
    court's work summed over a period is a result (`6 tháng đầu năm, ... khám phá 41 vụ, xử lý 431
    đối tượng`), and so is an arrest or a seizure by a public body (`đã thu giữ 100 viên thuốc lắc`)."""
    return _found(_CRIME, c, c.sent[0], c.sent[1]) \
        and not _CRIME_AGGREGATE.search(c.ctx.folded, c.sent[0], c.sent[1])


def is_trial_report_figure(c: Candidate) -> bool:
    """In a trial report (court words used ``trial_report_min`` times in the article: one case before the court), a
    figure is a fact of the case (`bồi thường sai cho 2 hộ gia đình`, `diện tích trong phạm vi thu hồi là 32,6m2`),
    unless its sentence sums a period's work (`từ đầu năm`, `lũy kế`); read once an article."""
    ctx = c.ctx
    if ctx.trial_report is None:
        ctx.trial_report = len(_TRIAL.findall(ctx.folded)) >= _EXC["trial_report_min"]
    return ctx.trial_report and not _TRIAL_PERIOD.search(ctx.folded, c.sent[0], c.sent[1])


def is_raid_case_figure(c: Candidate) -> bool:
    """`Khám xét nơi ở của vợ chồng Sơn, công an thu giữ 1.500 viên thuốc lắc`, `phục kích bắt quả tang`, `ban chuyên
    án đã huy động hơn 200 cán bộ`: a sentence narrating one search, ambush or case is a fact of that case, a crime
    statistic (targets.json `_doc_raid_case`); a sentence summing a period's work stays (`từ đầu năm ... khám xét`)."""
    folded, (a, b) = c.ctx.folded, c.sent
    return bool(_RAID.search(folded, a, b)) and not _TRIAL_PERIOD.search(folded, a, b) and \
        not _RAID_SUMMARY.search(folded, a, b)


def is_plot_conversion(c: Candidate) -> bool:
    """`chuyển đổi hơn 13.000m2 đất rừng sản xuất ... sang đất ở`: square metres right after a conversion or transfer
    verb are one plot's land use decided, no work figure (targets.json `_doc_plot_conversion`)."""
    if c.unit_folded not in _PLOT_UNITS:
        return False
    a = max(c.clause[0], c.start - _PLOT_CONVERSION_CHARS)
    return bool(_PLOT_CONVERSION.search(c.ctx.folded, a, c.start))


def is_fee(c: Candidate) -> bool:
    """A fee or charge before the figure (`tiền sử dụng đất phải đóng hơn 103 tỉ đồng`)."""
    return bool(_FEE.search(_before(c)))


def is_specification(c: Candidate) -> bool:
    """A capacity or specification of a thing before the figure (`Quy mô bến xe ..., phục vụ 110 xe
    khách`), unless a `done` word between says work was done (`quy mô 50 ha, đến nay đã ... 30 ha`); a weight or
    speed in the figure's own clause (targets.json `_doc_measure`)."""
    before = _before(c)
    last = last_match(_SPEC, before)
    if last is not None and not _DONE_WORDS.search(before, last.end()):
        return True
    return bool(_MEASURE.search(c.ctx.folded, c.clause[0], c.start))  # `có trọng lượng 3,4 tấn`, its own clause only


def is_unsold_produce(c: Candidate) -> bool:
    """`còn khoảng 500 tấn bí ngô chưa có nơi thu mua`, `còn tồn đọng trên 50.000 tấn`: a weight of produce its clause
    says is unsold, the farmers' stock, no work figure (targets.json `_doc_unsold_produce`)."""
    unit = c.unit_folded
    if unit is None or unit.split(" ", 1)[0] not in _UNSOLD_UNITS:
        return False
    return bool(_UNSOLD.search(c.ctx.folded, c.clause[0], c.clause[1]))


def is_policy_rate(c: Candidate) -> bool:
    """A policy's tax rates and exemptions (`giảm 50% số thuế phải nộp`)."""
    return bool(_POLICY_RATE.search(_sentence(c)))


def is_advert(c: Candidate) -> bool:
    return bool(_ADVERT.search(_sentence(c)))


def never_a_name_syllable(name: str) -> bool:
    """`Australia`, `Philippines`, `Hàn Quốc`: no syllable of a Vietnamese name, whatever is written around it."""
    return " " in name or (name.isascii() and len(name) >= _LATIN_NAME_MIN)


def is_foreign_state_figure(c: Candidate) -> bool:
    """A foreign state or bloc named in the sentence (not as a syllable of a longer name: `Mỹ Đức`, `Yên
    Mỹ`, `ông Đức`) and nothing domestic: its figures are no reported programme of ours."""
    text, sent = c.ctx.text, c.sent
    for m in FOREIGN.finditer(text, sent[0], c.start):
        prev = _CAP_WORD_BEFORE.search(text, max(sent[0], m.start() - _NAME_BEFORE_CHARS), m.start())
        if prev and fold(prev.group(1)) in _FOREIGN_RELATION:
            continue  # `xuất khẩu sang Hàn Quốc`, `vốn ODA vay Nhật Bản`: our work with a foreign state
        if never_a_name_syllable(m.group()):
            return not _DOMESTIC.search(c.ctx.folded, sent[0], sent[1])
        if prev and (prev.group(1)[:1].isupper() or fold(prev.group(1)) in _NAME_TITLES):
            continue  # `Yên Mỹ`, `Nguyễn Đức Chung`, `ông Đức`
        if _CAP_AFTER.match(text, m.end()):
            continue
        return not _DOMESTIC.search(c.ctx.folded, sent[0], sent[1])
    return False


def is_place_scope(c: Candidate) -> bool:
    """A count of places after a locative word (`tại 4 tỉnh miền Trung`): where, not what was done."""
    return c.unit_folded in _PLACE_UNITS \
        and bool(_PLACE_SCOPE.search(c.ctx.folded, max(c.sent[0], c.start - _PLACE_SCOPE_CHARS), c.start))


def is_named_set(c: Candidate) -> bool:
    """A count of places that only names a set (targets.json `_doc_named_set`): its members named right after it
    (`trao tặng bà con 2 xã Chuyên Mỹ và xã Quang Trung`, `2 tỉnh Quảng Nam và Kon Tum`) or the addressee of a
    request (`đề nghị 2 địa phương phải làm việc với nhau`); a set or a possessor right before it (`cả 2 địa phương`,
    `ngư dân 28 tỉnh`), unless a result is stated after it (`đạt chuẩn`); or the places already named (`4 tỉnh trên
    được yêu cầu`, targets.json `_doc_place_set_before`)."""
    if c.unit_folded not in _PLACE_UNITS or c.m.group("pct") or c.has_total:
        return False
    folded = c.ctx.folded
    if _ADDRESSEE.search(folded, max(c.sent[0], c.start - _ADDRESSEE_CHARS), c.start):
        return True  # what follows is the request, not a result
    if _PLACE_BACK_REFERENCE.match(folded, c.unit_end):
        return True  # the places already named: their count was given with their names
    if _PLACE_SET_BEFORE.search(folded, max(c.sent[0], c.start - _PLACE_SET_CHARS), c.start):
        # the places' own predicate must state the result (`cả 63 tỉnh đã hoàn thành`); a verb further on is of
        # the people or bodies meant (`thí sinh 63 tỉnh thành đã đăng ký xét tuyển`)
        if _PLACE_QUANTIFIER.search(folded, max(c.sent[0], c.start - _PLACE_SET_CHARS), c.start):
            # (`cả 5 xã trên địa bàn huyện đã đạt chuẩn`: the places are the subject, their result anywhere in the clause)
            if _PAST_IN_CLAUSE.match(folded, c.unit_end) and any(cue[0] in _RESULT_AFTER for cue in c.rcues):
                return False
        near_end = c.right[_PLACE_RESULT_WITHIN - 1][2] if len(c.right) >= _PLACE_RESULT_WITHIN else c.end + 1
        return not any(cue[0] in _RESULT_AFTER and cue[2] < near_end for cue in c.rcues)
    return bool(_MEMBERS_NAMED.match(c.ctx.text, c.unit_end)) and not any(cue[0] in _RESULT_AFTER for cue in c.rcues)


def is_person_counted_in_words(c: Candidate) -> bool:
    """People counted in words (`hai bị can`, `Ba người họ`): narrative."""
    return c.is_word_num and c.unit_folded in _PERSON_UNITS


def is_two_in_words(c: Candidate) -> bool:
    """`hai` in words (`xây dựng hai tuyến đường sắt ... Cát Linh - Hà Đông`, `Hai dự án trên`): the two things
    already named or named next, not a count of work, unless a verb right before it makes or sanctions new ones
    (`thành lập hai tổ công tác`) or a completion is stated of them (targets.json `_doc_two_in_words`)."""
    folded = c.ctx.folded
    if not (c.is_word_num and folded[c.n_start:c.n_end] in _TWO_IN_WORDS):
        return False
    if _TWO_KEPT_AFTER.search(folded, max(c.sent[0], c.n_start - _TWO_KEPT_CHARS), c.n_start):
        return False
    # a completion stated of them (`đã có hai xã được công nhận đạt chuẩn`) is the count of a result
    r_first = {cs: i for i, (_, cs, _) in enumerate(c.right)}
    return not any((key in COMPLETION or cls == Cue.UNMET) and r_first.get(cs, COMPLETION_WITHIN) < COMPLETION_WITHIN
                   for cls, key, cs, _ in c.rcues)


def is_year_in_list(c: Candidate) -> bool:
    """`năm 2015, 2016, 2017 học sinh`: the last year of a list, not a count."""
    folded, start = c.ctx.folded, c.start
    return bool(_YEAR_LIKE.match(folded, start)) \
        and bool(_YEAR_LIST_BEFORE.search(folded, max(c.sent[0], start - _YEAR_LIST_CHARS), start))


def is_incident_statistics(c: Candidate) -> bool:
    """`xảy ra 322 vụ va chạm, tăng 180 vụ`, `xảy ra 226 vụ phạm pháp hình sự, giảm gần 37% so với cùng kỳ`:
    occurrences of accidents, fires and crimes and their change, unless a work verb is at hand (`khám phá 41 vụ`)
    or the change is a goal (`phấn đấu kéo giảm 5% số vụ tai nạn giao thông`) or the work's own rate (`điều tra
    làm rõ 95% số vụ ..., tăng 5%`: a work verb earlier in the sentence); targets.json `_doc_incident_statistics`."""
    if c.at_hand == Cue.WORK or not _INCIDENT.search(c.ctx.folded, c.sent[0], c.sent[1]):
        return False
    if c.unit_folded in _INCIDENT_UNITS:
        return True
    if not (c.m.group("pct") and c.at_hand in (Cue.DELTA, Cue.DELTA_LEVEL) and c.state == Status.ACHIEVED):
        return False
    before = find_cues(syllables(c.ctx.folded, c.sent[0], c.start), LEFT)
    return not any(cue[0] in (Cue.WORK, Cue.DONE_WORK) for cue in before)


def is_private_person_figure(c: Candidate) -> bool:
    """`anh Quỳnh ... thu hoạch gần 20 tấn bí ngô`: the sentence before the figure names a person by a family title
    and a name, and no public body or post (targets.json `_doc_private_person`): a private person's own affairs.
    The places named right after the person are their address, no body (`ông Trần Hữu Vân, trú tại xóm Trại Tuần,
    xã Hương Vĩnh ... phát hiện 8 con bò`, `Gia đình chị Nguyễn Thị Phương xóm Nam Sơn, Nghĩa Sơn huyện Nghĩa Đàn`)."""
    text, sent = c.ctx.text, c.sent
    named = _PERSON_NAMED.search(text, sent[0], c.start)
    if not named:
        return False
    name = _NAME_AFTER_TITLE.match(text, named.end() - 1).group()
    address = _address_after(text, named.end() - 1 + len(name), sent[1])
    return not any(not any(a <= m.start() < b for a, b in address)
                   for m in _PUBLIC_OR_POST.finditer(c.ctx.folded, sent[0], sent[1])) \
        and not _holds_post(c, name)


def _address_after(text: str, at: int, end: int) -> list[tuple[int, int]]:
    """The spans of the places named (an admin level and a capitalised name or a number) in a chain right after a person's
    name ending at `at`: the first within ``_ADDRESS_CHARS``, each next within ``_ADDRESS_GAP`` of the one before."""
    spans: list[tuple[int, int]] = []
    for m in _PLACE_NAMED.finditer(text, at, end):
        if m.start() - (spans[-1][1] if spans else at) > (_ADDRESS_GAP if spans else _ADDRESS_CHARS):
            break
        name_end = m.start(1)
        for w in _PLACE_NAME_WORDS.finditer(text, m.start(1), m.end(1)):
            if not (w.group(1)[:1].isupper() or w.group(1).isdigit()):
                break
            name_end = w.end()
        if name_end > m.start(1):  # `xã Hương Vĩnh`, not `xã đã hỗ trợ`
            spans.append((m.start(), name_end))
    return spans


def is_private_speaker_figure(c: Candidate) -> bool:
    """`“Năm trước gia đình tôi trồng 1ha bí thu được gần 50 triệu đồng`: a private speaker's own household named before
    the figure, and no public body or post in the speaker's words (targets.json `_doc_private_speaker`); the speaker's
    introduction before the colon (`nhân viên bảo vệ một công ty ..., thành phố Vinh: Hiện gia đình chúng tôi`) names
    their workplace, not the body whose figure it is."""
    folded, (a, b) = c.ctx.folded, c.sent
    household = _PRIVATE_SPEAKER.search(folded, a, c.start)
    if not household:
        return False
    # the speaker's words start after the colon or quote that opens them; without one, the whole sentence counts
    # (`lãnh đạo UBND huyện ... hỗ trợ gia đình em Hoàng Văn Tình 6 triệu đồng`: the body's aid)
    said = max(folded.rfind(mark, a, household.start()) for mark in _QUOTE_OPENERS) + 1
    return not _PUBLIC_OR_POST.search(folded, said if said > 0 else a, b)


def _holds_post(c: Candidate, name: str) -> bool:
    """`Ông Khoa đề nghị ... phải di dời 4 hộ dân`: the person is named with a post or a public body
    in another sentence of the article (`ông Nguyễn Đăng Khoa, Phó Chủ tịch UBND tỉnh`), next to the name and
    not in the address that follows it (`anh Nguyễn Đức Quỳnh, trú thôn 6, xã Cư Yang` holds no post)."""
    ctx = c.ctx
    for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", ctx.text):
        a, b = ctx.sentence(m.start())
        if a == c.sent[0]:
            continue
        address = _address_after(ctx.text, m.end(), b)
        lo, hi = max(a, m.start() - _POST_BEFORE_CHARS), min(b, m.end() + _POST_AFTER_CHARS)
        if any(not any(x <= p.start() < y for x, y in address) for p in _PUBLIC_OR_POST.finditer(ctx.folded, lo, hi)):
            return True
    return False


def is_prize_money(c: Candidate) -> bool:
    """`Giải nhất chỉ 100 triệu đồng`: the money of a prize."""
    return c.currency and bool(_PRIZE.search(_before(c)))


def is_rate_charge(c: Candidate) -> bool:
    """`thu phí xử lý rác từ 500.000 - 800.000 đồng/tấn`: a charge per unit, even under a work verb."""
    return c.money_rate and bool(_RATE_CHARGE.search(_before(c)))


def is_crime_money(c: Candidate) -> bool:
    """`cưỡng đoạt của 12 bị hại tổng số tiền 184 triệu đồng`: the money of a crime, unless it is recovered
    (`thu hồi số tiền bị chiếm đoạt 5 tỷ đồng`)."""
    before = _before(c)
    return c.currency and bool(_CRIME_MONEY.search(before)) and not _RECOVERED.search(before)


def is_hostage(c: Candidate) -> bool:
    """`bao vây lực lượng làm nhiệm vụ, bắt giữ 38 cán bộ, chiến sĩ`: people held by a crowd."""
    return bool(_HOSTAGE.search(_sentence(c)))


def is_case_statistic(c: Candidate) -> bool:
    """`225 trường hợp đã điều trị khỏi bệnh`, `10 F0`, `tiếp nhận 26 bệnh nhân vào cấp cứu`: cases or patients counted
    with a disease state in the figure's own clause: an epidemic or hospital statistic, no work figure (targets.json
    `_doc_case_statistic`); samples, beds, doses and contacts traced are counted otherwise."""
    unit = c.unit_folded
    if unit is None or not any(unit == u or unit.startswith(u + " ") for u in _CASE_UNITS):
        return False
    return bool(_CASE_STATES.search(c.ctx.folded, c.clause[0], c.clause[1]))


def is_hypothetical(c: Candidate) -> bool:
    """`nếu mỗi năm tiết kiệm chi tiêu thường xuyên 1% thì sẽ đủ 23.000 tỉ đồng`: a figure after `nếu` in a sentence
    whose consequence opens with `thì` is a hypothesis or its outcome (targets.json `_doc_hypothetical`); a goal
    named right at hand stays (`thì ... khó hoàn thành mục tiêu 100%`), and so does a figure before `nếu`."""
    folded, (a, b) = c.ctx.folded, c.sent
    opener = last_match(_CONDITIONAL, folded, a, c.start)
    return opener is not None and c.at_hand != Cue.PLAN and bool(_CONSEQUENT.search(folded, opener.end(), b))


def is_forecast(c: Candidate) -> bool:
    """`Ngân hàng Thế giới dự báo kinh tế Việt Nam tăng trưởng 2,5-3% năm 2020`: a figure after a forecast word in its
    sentence is an estimate, no body's goal or result (targets.json `_doc_forecast`); `so với dự báo` names a baseline
    and `công tác dự báo` the work, and neither makes one."""
    folded, a = c.ctx.folded, c.sent[0]
    return any(not _FORECAST_HOST.search(folded, max(a, m.start() - _FORECAST_HOST_CHARS), m.start())
               for m in _FORECAST.finditer(folded, a, c.start))


def is_private_doers_figure(c: Candidate) -> bool:
    """Criminals opening the figure's clause as its subject (`Các đối tượng đã tìm và lập được 36 hồ sơ khống`,
    `băng nhóm của “Hoàng béo” sản xuất 300 kg ma túy`), with no public body after them, or residents finding or
    holding someone or something right before it (`người dân phát hiện 3 người`, `người dân Đồng Tâm đã giữ 38
    người`): their doing, no public work (targets.json `_doc_private_doer`)."""
    folded = c.ctx.folded
    # from the last comma-like mark: the clause also ends at quotes (`băng nhóm của “Hoàng béo” sản xuất`)
    a = max(c.sent[0], *(folded.rfind(mark, c.sent[0], c.start) + 1 for mark in ",;:"))
    opening = _CRIMINAL_OPENING.match(folded, a, c.start)
    if opening and not _names_public_body(folded, opening.end(), c.start):
        return True
    found = _RESIDENT_FINDER.search(folded, a, c.start)
    return bool(found) and not any(m.group() not in _ADMIN_LEVEL_WORDS
                                   for m in _PUBLIC_BODY.finditer(folded, found.start(1), found.end(1)))

def is_research_finding(c: Candidate) -> bool:
    """`Ước tính của các nhà nghiên cứu cho thấy từ 20 - 40% bề mặt đất ...`: researchers or a study named before the
    figure, and no public body in the sentence: a study's finding or estimate (targets.json `_doc_research_finding`)."""
    folded, (a, b) = c.ctx.folded, c.sent
    return bool(_RESEARCH.search(folded, a, c.start)) and not _names_public_body(folded, a, b)

EXCLUSIONS = (is_company_account, is_company_news_figure, is_earlier_period_figure, is_sport_result, is_criminal_case, is_trial_report_figure,
              is_raid_case_figure, is_plot_conversion, is_fee, is_specification, is_unsold_produce, is_policy_rate,
              is_advert, is_foreign_state_figure, is_place_scope, is_named_set, is_person_counted_in_words, is_two_in_words,
              is_year_in_list,
              is_incident_statistics, is_private_person_figure, is_prize_money, is_rate_charge,
              is_crime_money, is_hostage, is_case_statistic, is_hypothetical, is_forecast, is_private_speaker_figure,
              is_private_doers_figure, is_research_finding)
