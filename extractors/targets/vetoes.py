"""Vetoes: the figures that are no target, whatever else is said of them. Each is a small predicate on a
`Candidate`, named for what it rejects; candidate.py runs each stage's list in order after the stage has
read what they need, and the name of the first that fires is the reason the figure was dropped
(`targets.explain`)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from vnextract.extractors.normalize import fold

from .cues import ALL_CUE_WORDS, GOVERNING, UNMET, WORK_PHRASES, Cue
from .exclusions import EXCLUSIONS
from .phrases import LEX, alt, phrase_set, suffix_match, word_suffix
from .units import ADMIN, NEXT_WORD, NOT_UNITS, PER_FLOOR_AREA, UNIT_IS_LOWER, UNIT_PHRASE_STOP, WEAK_UNITS

if TYPE_CHECKING:
    from .candidate import Candidate

FINE_CHARS = 40  # how far back a fine word (`xử phạt`) is looked for before an amount of money
PASSIVE_AGENT_SYLLABLES = 3  # `được` + an agent of up to 3 syllables (`ngân sách trung ương`) + the verb
COST_SHARE_CUE_GAP = 30  # chars between a done or goal cue and a cost-share verb it governs (`đã cơ bản bồi thường`)

_ORDINAL = phrase_set(LEX["ordinal_before"])
_NOT_ORDINAL = phrase_set(("tổng số", "với số", "con số", "số lượng"))
_AMONG = re.compile(r"(?:^\W*|[,;:(]\s*)trong\s+số\s*$")  # `, trong số 39 DNNN phải ...`: among, opening a clause
_RANK = phrase_set(("thứ", "hạng", "xếp thứ", "đứng thứ", "xếp hạng"))
_DATE_BEFORE = phrase_set(LEX["date_before"])
_VAGUE = phrase_set(LEX["vague_before"])
_OWNER_OR_INCIDENT = phrase_set(LEX["adjacent_neg"])
_SOFT_NEG_AFTER = phrase_set(LEX["neg_after_soft"])
_SENTENCE_NEG = re.compile(rf"(?<!\w)(?:{alt(LEX['sentence_neg'])})(?!\w)")
_FINE_BEFORE = re.compile(rf"(?<!\w)(?:{alt(LEX['fine_words'])})(?:\s+(?:hành\s+chính|tiền|số\s+tiền|với\s+số\s+tiền))?\s*$")
_BACK_REFERENCE = re.compile(r"\s+(?:trên|nói\s+trên|kể\s+trên|này)\s*(?:[.,;:!?)]|$)")
_AID_VERBS = phrase_set(LEX["aid_verbs"])
_COST_SHARE_VERBS = phrase_set(LEX["cost_share_verbs"])
_REPORTED_CUES = (Cue.DONE, Cue.COMPLETION)  # (a goal or commitment to bear a share is still a policy's share)
_COST_SHARE_FILLERS = frozenset(k[0] for k in phrase_set(LEX["cost_share_fillers"]))
_COST_NOUN_AFTER = re.compile(rf"\s+(?:{alt(LEX['cost_share_nouns'])})(?!\w)")
_CLAUSE_END_AFTER = re.compile(r"\s*(?:[.,;:)!?]|và(?!\w)|$)")
_PER_RECIPIENT = re.compile(r"(?<!\w)mỗi(?:\s+\S+){1,3}\s*$")  # `hỗ trợ mỗi gia đình 3 triệu đồng`
_AMOUNT_OF_FINE = re.compile(r"(?<!\w)(?:với\s+)?(?:số\s+tiền|tổng\s+số(?:\s+tiền)?)(?:\s+phạt)?\s*$")
_FINE_WORD = re.compile(rf"(?<!\w)(?:{alt(LEX['fine_words'])})(?!\w)")
_RULE = re.compile(r"(?<!\w)quy\s+định(?!\w)")
_THIS_AFTER = re.compile(r"\s+(?:này|đó|ấy)(?!\w)")  # `2 cán bộ này chưa thực hiện`: the ones just named
# `giám sát 2 cơ sở trên thực hiện các cam kết`: bare `trên` right after the unit, then a work verb of two syllables
_ABOVE_THEN_WORDS = re.compile(r"\s+trên\s+([^\W\d_]+)\s+([^\W\d_]+)(?!\w)")
# `2 cơ sở đóng tàu nói trên`, `3 hợp đồng nêu trên`, `3 cái tên vừa nêu`: the ones named earlier, ending the noun
# phrase the figure counts, a few words on and whatever follows (bare `trên` is a preposition: `5 xã trên địa bàn`)
_NAMED_EARLIER = re.compile(rf"\s+(?:{alt(LEX['exclusions']['place_back_reference'])})(?!\w)")
NAMED_EARLIER_WITHIN = 3  # words of the counted noun phrase after the unit before such a back reference
_VERB_STOPS_LEFT = (Cue.WORK, Cue.DONE_WORK, Cue.DELTA, Cue.DELTA_LEVEL, Cue.BACKLOG)
_VERB_STOPS_RIGHT = (Cue.WORK, Cue.DELTA, Cue.DELTA_LEVEL, Cue.DONE_WORK, Cue.PLAN, Cue.MODAL, Cue.BACKLOG)
_OWN_CUES = {Cue.WORK, Cue.DONE_WORK, Cue.PLAN, Cue.PLAN_NOUN, Cue.DELTA_LEVEL, Cue.BACKLOG}


# ------------------------------------------------------------------ the quantity as written
def is_not_a_unit(c: Candidate) -> bool:
    """A noun that counts nothing (the `!` lines of units.txt)."""
    return c.unit_folded in NOT_UNITS


def is_proper_noun(c: Candidate) -> bool:
    """A unit written with a capital is a name (`3 Hồ ...`), not a counted unit."""
    return c.unit_key is not None and UNIT_IS_LOWER.get(c.unit_folded, True) and c.ctx.text[c.u_start].isupper()


def is_spelled_number_in_figure(c: Candidate) -> bool:
    """A number in words in a ratio, range, percentage or glued unit, or after `một`/`đôi`
    (`một ba lô` is a backpack)."""
    m = c.m
    return c.is_word_num and bool(c.has_total or c.is_range or m.group("pct") or c.unit_group == "gunit"
                                  or c.ctx.folded.endswith(("một ", "đôi "), 0, c.n_start))


# ------------------------------------------------------------------ its extent
def is_fine(c: Candidate) -> bool:
    """`xử phạt hành chính 5 triệu đồng đối với ông ...`: a fine imposed (counts after it are results)."""
    start = c.m.start()
    return c.currency and bool(_FINE_BEFORE.search(c.ctx.folded, max(0, start - FINE_CHARS), start))


def is_fine_amount(c: Candidate) -> bool:
    """`quyết định xử phạt ... tài xế ... với số tiền 4,9 triệu đồng`: the amount of a fine the sentence imposes."""
    folded = c.ctx.folded
    return c.currency and bool(_AMOUNT_OF_FINE.search(folded, max(c.sent[0], c.start - FINE_CHARS), c.start)) \
        and bool(_FINE_WORD.search(folded, c.sent[0], c.start))


def is_back_reference(c: Candidate) -> bool:
    """`3 công dân trên.`, `2 vụ tự tử trên.`, `2 cán bộ này`, `3 xe nêu trên`: figures already given."""
    folded = c.ctx.folded
    return bool(_BACK_REFERENCE.match(folded, c.end) or _THIS_AFTER.match(folded, c.end)) or _named_earlier(c) \
        or _above_then_verb(folded, c.end)


def _above_then_verb(folded: str, end: int) -> bool:
    """`2 cơ sở trên thực hiện các cam kết`: the ones above, as the subject of a work verb (`trên địa bàn` is a place)."""
    m = _ABOVE_THEN_WORDS.match(folded, end)
    return bool(m) and (m.group(1), m.group(2)) in WORK_PHRASES


def _named_earlier(c: Candidate) -> bool:
    """`2 cơ sở đóng tàu nói trên`, `9 trường hợp nói trên`: the counted noun phrase, a function or cue word ending it,
    closed by a back reference (targets.json `_doc_place_set_before`'s place_back_reference); an `x/y` share of them
    (`17/19 tàu nói trên`) is a new figure."""
    if c.has_total:
        return False
    folded, end = c.ctx.folded, c.end
    for _ in range(NAMED_EARLIER_WITHIN + 1):
        if _NAMED_EARLIER.match(folded, end):
            return True
        w = NEXT_WORD.match(folded, end)
        if not w or w.group(1) in UNIT_PHRASE_STOP or w.group(1) in ALL_CUE_WORDS:
            return False
        end = w.end()
    return False


def is_price_per_area(c: Candidate) -> bool:
    """`15 triệu đồng/m2`: a price per square metre, whatever verb governs it."""
    return c.money_rate and bool(PER_FLOOR_AREA.match(c.m.group("rate")))


# ------------------------------------------------------------------ the words right before it
def is_per_one(c: Candidate) -> bool:
    """`3 người trên 1 chỉ tiêu`: per, not more than."""
    return bool(c.cmp_hit) and c.cmp_hit[0] == ("trên",) and c.ctx.folded[c.n_start:c.n_end] == "1" \
        and not c.m.group("mult")


# `điều 3 xe chữa cháy`, `xuất 2 xe cùng 16 chiến sĩ`: verbs that dispatch a force only before its vehicles or men
_DISPATCH_VERBS = frozenset(fold(w) for w in LEX["dispatch_verbs"])
_DISPATCH_UNITS = tuple(fold(w) for w in LEX["dispatch_units"])


def dispatches(c: Candidate) -> bool:
    """`điều`/`xuất` right before a count of the vehicles or men a force sends (`xe`, `xe chữa cháy`, `tàu`,
    `chiến sĩ`): a dispatch, a work verb (targets.json `_doc_dispatch`), not an article of a law."""
    unit = c.unit_folded
    return bool(c.pre) and c.pre[-1][0] in _DISPATCH_VERBS and bool(unit) \
        and any(unit == u or unit.startswith(u + " ") for u in _DISPATCH_UNITS)


def is_ordinal_rank(c: Candidate) -> bool:
    """An ordinal or naming word right before the number (`đợt 3`, `lần thứ 30`, `số`, `Quân khu`, `vụ 6
    người`), a word of its own in the segmentation (`phục vụ 3 triệu` is not `vụ 3`); `xếp thứ 2/10 huyện`
    (a rank among a counted total) and `tổng số 3` are kept, and `tạm cấp 1.680 tỷ đồng` is a grant, not
    `cấp 3` (a level)."""
    before = c.before
    ordinal = word_suffix(c.ctx.tok_starts, before, _ORDINAL)
    if ordinal and dispatches(c):
        return False  # `điều 3 xe chữa cháy`: a dispatch, not Article 3
    if ordinal and len(ordinal[0]) == 1:
        verb = suffix_match(before, WORK_PHRASES)
        if verb and verb[1] < ordinal[1]:
            return False
    if not ordinal or (c.has_total and ordinal[0] in _RANK):
        return False
    if ordinal[0] == ("số",) and _AMONG.search(c.ctx.folded[c.sent[0]:c.n_start]):
        return False  # not `9 trong số 11 gói thầu`, `nằm trong số 5 địa phương`: a pool, a rank
    nb = [s for s in before if s[2] <= ordinal[1]]
    return not (nb and suffix_match(nb + [(ordinal[0][-1], 0, 0)], _NOT_ORDINAL))


def is_vague_amount(c: Candidate) -> bool:
    """`hàng trăm`, `vài`, `đôi ba`."""
    return bool(suffix_match(c.pre, _VAGUE))


def is_starting_point(c: Candidate) -> bool:
    """`từ 40% lên 60%`, `tuyển chọn từ 350 học viên`: a starting point or a pool, not a range or a bound."""
    return bool(c.pre) and c.pre[-1][0] == "từ" and not (c.is_range or c.comparator in (">=", "<="))


def is_owned_or_incident_count(c: Candidate) -> bool:
    """`của 12 trường hợp`, `vụ 6 người`: what something has or an incident counts, not work done."""
    return not c.cmp_hit and bool(word_suffix(c.ctx.tok_starts, c.pre, _OWNER_OR_INCIDENT))


def is_date_ratio(c: Candidate) -> bool:
    """A date-looking `x/y` after `ngày`, `sáng`, `từ` ..."""
    return c.has_total and bool(suffix_match(c.before, _DATE_BEFORE))


_ABBREVIATION_MIN = 2  # letters of an abbreviation in capitals (`DN`, `GPLX`)
_YEAR_NUMBER = re.compile(r"(?:19|20)\d\d")
_PUBLIC_ABBREVIATIONS = {fold(w) for w in LEX["public_markers"]}  # `UBND`, `HĐND`: a body named before its places


def is_after_capitalised_word(c: Candidate) -> bool:
    """`APEC 2017`, `Quân khu 3`; but `Quảng Bình 760 tỷ đồng` lists amounts by place, and an abbreviation in capitals
    before a counted noun is the object of the verb before it, no name of the number (`tước quyền sử dụng GPLX 322
    trường hợp`, `bậc THCS 390 người`)."""
    if not c.before or c.cmp_hit:
        return False
    prev_s, prev_a, prev_b = c.before[-1]
    amount = bool(c.m.group("mult").strip() or c.m.group("pct")) or c.currency
    if not (c.ctx.text[prev_a].isupper() and prev_a > c.sent[0] and prev_s not in ALL_CUE_WORDS and not amount):
        return False
    return not _objects_abbreviation(c, c.ctx.text[prev_a:prev_b])


def _objects_abbreviation(c: Candidate, prev: str) -> bool:
    """An abbreviation in capitals (`GPLX`, `THCS`) right before a count of a lower-case noun that is no year; not a
    body's (`UBND 24 quận, huyện`: the bodies of the places counted) nor the tail of a name (`TP.HCM 8 trường`), nor
    before a count of places."""
    if not (len(prev) >= _ABBREVIATION_MIN and prev.isupper() and prev.isalpha() and c.unit_key is not None
            and c.unit_key[:1].islower()):
        return False
    a = c.before[-1][1]
    glued = a > 0 and not c.ctx.text[a - 1].isspace()
    return not glued and fold(prev) not in _PUBLIC_ABBREVIATIONS and c.unit_folded not in ADMIN \
        and not _YEAR_NUMBER.fullmatch(c.ctx.folded, c.n_start, c.n_end)


def is_date(c: Candidate) -> bool:
    """The span overlaps a date mention (``doc._.dates``)."""
    return c.ctx.overlaps_date(c.n_start, c.m.end("tot") if c.has_total else c.n_end)


def is_page_furniture(c: Candidate) -> bool:
    return c.ctx.furniture(c.start, c.end)


def is_currency_conversion(c: Candidate) -> bool:
    """`85 tỷ kronor (10 tỷ USD)`: an amount alone in brackets, the same in another currency."""
    if not (c.currency or c.m.group("mult").strip()):
        return False
    folded = c.ctx.folded
    opened = folded[max(0, c.start - 3):c.start].rstrip().endswith("(")
    return opened and folded[c.end:c.end + 3].lstrip().startswith(")")


def is_poll_or_daily_rate(c: Candidate) -> bool:
    """Polls (`tỷ lệ ủng hộ ... tăng lên 46%`), daily rates (`Mỗi ngày, ... 500 du khách`), epidemic counts
    anywhere in the sentence (``sentence_neg``)."""
    return bool(_SENTENCE_NEG.search(c.ctx.folded, c.sent[0], c.sent[1]))


# ------------------------------------------------------------------ its cues
def _nearer_than_verb(c: Candidate):
    """The cues before the figure that are closer to it than its verb (right to left)."""
    for cue in reversed(c.lcues):
        if cue[0] in _VERB_STOPS_LEFT or cue[1] in UNMET:
            return  # `thu hồi tài sản ... không đạt chỉ tiêu 60%`: the verb, not `tài sản`, governs the figure
        yield cue


def is_measure_or_attendance(c: Candidate) -> bool:
    """A ``neg`` or ``attend`` word closer to the number than any work verb: prices, fines, sizes, ages,
    damage, attendance (`giá trị`, `mức hỗ trợ`, `phạt tiền`, `thiệt hại`, `khiến`, `tham dự`); one-syllable
    ones only within three syllables."""
    return any(cls in (Cue.NEG, Cue.ATTEND) and (len(key) > 1 or cs >= c.near_from)
               for cls, key, cs, _ in _nearer_than_verb(c))


def is_baseline(c: Candidate) -> bool:
    """`so với gần 30%`: the baseline, not the figure reached."""
    return any(cls == Cue.COMPARE and ce >= c.start - 1 for cls, _, _, ce in _nearer_than_verb(c))


def is_market_price(c: Candidate) -> bool:
    """Prices, stock and votes in the clause before the figure (``market_strong``: `giá vàng`, `cổ phiếu`,
    `số phiếu`)."""
    return Cue.MARKET_STRONG in c.classes


def is_legal_norm(c: Candidate) -> bool:
    """`Theo quy định, ... không được vượt quá 20%`: a legal norm, in the clause or the sentence before it; a bound
    under a rule of the sentence (`Nghị định 24 ... quy định, số lượng cấp phó ... không quá 3 người`)."""
    if Cue.LEGAL in c.classes or any(cue[0] == Cue.LEGAL for cue in c.scues):
        return True
    return c.comparator in (">=", "<=") and bool(_RULE.search(c.ctx.folded, c.sent[0], c.start))


def is_aid_rate(c: Candidate) -> bool:
    """Money per recipient: `hỗ trợ mỗi gia đình 3 triệu đồng`, `Hỗ trợ 40 triệu đồng/ha`: a policy's or an aid's
    rate, not a total of work done (targets.json `_doc_aid_rates`)."""
    if not c.currency:
        return False
    if _PER_RECIPIENT.search(c.ctx.folded, max(c.sent[0], c.start - FINE_CHARS), c.start):
        return True
    verb = suffix_match(c.pre, _AID_VERBS)  # before the comparator: `hỗ trợ tối đa 5 tỷ đồng/dự án`
    return c.money_rate and (verb is not None or any(cue[1] in _AID_VERBS for cue in c.lcues[-1:]))


def is_cost_share(c: Candidate) -> bool:
    """A policy's share of a cost: `ngân sách nhà nước hỗ trợ 100% mức đóng BHYT`, `tỉnh hỗ trợ 30% và ...`: who pays
    which part, no count of work done (targets.json `_doc_cost_share`)."""
    if not c.m.group("pct"):
        return False
    pre = c.pre[:-1] if c.pre and c.pre[-1][0] in _COST_SHARE_FILLERS else c.pre
    verb = suffix_match(pre, _COST_SHARE_VERBS)
    if verb is None:
        return False
    if _reported_before(c, verb[1]):
        return False  # progress: `huyện đã hoàn thành chi trả 100%`, `đã chi trả 100% kinh phí bồi thường`
    folded = c.ctx.folded
    return bool(_COST_NOUN_AFTER.match(folded, c.end, c.sent[1]) or _CLAUSE_END_AFTER.match(folded, c.end, c.sent[1]))


def _reported_before(c: Candidate, verb_start: int) -> bool:
    """A done or completion cue shortly before a cost-share verb that is not the passive of a recipient
    (`đã được hỗ trợ 70% mệnh giá`, `đã được Nhà nước hỗ trợ 70%` are the policy's share even after `đã`)."""
    before = [s[0] for s in c.left if s[1] < verb_start]
    if "được" in before[-PASSIVE_AGENT_SYLLABLES - 1:]:
        return False
    return any(cue[0] in _REPORTED_CUES and cue[3] <= verb_start and verb_start - cue[3] <= COST_SHARE_CUE_GAP
               for cue in c.lcues)


def is_company_indicator(c: Candidate) -> bool:
    """Business indicators (`doanh thu`, `lợi nhuận`) without a result or plan cue of the clause's own."""
    return Cue.MARKET in c.classes and not c.classes & _OWN_CUES


def is_price(c: Candidate) -> bool:
    """Money per unit (`mức hỗ trợ 15 triệu đồng/ha`, `49,75 USD/thùng`) that no work verb governs
    (`đạt 70 triệu đồng/ha/năm` is kept)."""
    return c.money_rate and c.at_hand not in GOVERNING


def is_casualty_or_attendance(c: Candidate) -> bool:
    """A ``neg_after`` word right after the unit (`5 người chết`, `đại biểu dự`, `tán thành`, `26 tổ chức bị ảnh
    hưởng`); debt and damage words (``neg_after_soft``) only without a work verb at hand (`thu hồi 150 tỷ đồng tiền
    nợ thuế` is recovered, `kiểm tra 18 tàu vỏ thép bị hư hỏng` inspected)."""
    for cls, key, cs, _ in c.rcues:
        if cs >= c.near_to:
            break
        if cls == Cue.NEG_AFTER and not (key in _SOFT_NEG_AFTER and c.at_hand == Cue.WORK):
            return True
        if cls in _VERB_STOPS_RIGHT:
            break
    return False


def is_bare_size(c: Candidate) -> bool:
    """Bare lengths and areas (`400m`, `đường quy hoạch 24m`, `tầm bắn 40 km`): only a work or plan verb right
    before them makes them a result or goal (`nạo vét 2 km`, `thu giữ 60,7m3 gỗ`)."""
    return c.unit_folded in WEAK_UNITS and c.at_hand not in GOVERNING


def is_market_sentence(c: Candidate) -> bool:
    """A price or vote word earlier in the sentence, no plan in the clause (`giá thuê ... đạt 4,5 USD/m2,
    tăng 3,1%`, `Số phiếu ..., đạt tỷ lệ 100%`)."""
    return any(cue[0] == Cue.MARKET_STRONG for cue in c.scues) and Cue.PLAN not in c.classes


# ------------------------------------------------------------------ its status
def has_no_cue(c: Candidate) -> bool:
    """Nothing says the figure is a result of work or a goal (plain narrative: `chở theo 140 hành khách`)."""
    return not c.qualified


def is_spelled_number_without_verb(c: Candidate) -> bool:
    """`hai căn nhà`, `hai nội dung`: a number in words needs its verb right at hand."""
    return c.is_word_num and not c.adjacent


# ------------------------------------------------------------------ its value
def is_unreadable_number(c: Candidate) -> bool:
    return c.value is None


def is_impossible_ratio(c: Candidate) -> bool:
    """An `x/y` with no total, a zero total or more than the total (`12/5`: a date)."""
    return c.has_total and (c.total is None or c.total == 0 or c.value > c.total)


def is_not_a_range(c: Candidate) -> bool:
    """`2015-2020`, `3-2`: not a range of amounts."""
    return c.is_range and (c.hi is None or c.hi <= c.value)


# The vetoes of each stage, in the order they are tried.
QUANTITY = (is_not_a_unit, is_proper_noun, is_spelled_number_in_figure)
EXTENT = (is_fine, is_back_reference, is_price_per_area)
SURROUNDINGS = (is_fine_amount, is_per_one, is_ordinal_rank, is_vague_amount, is_starting_point,
                is_owned_or_incident_count,
                is_date_ratio, is_after_capitalised_word, is_date, is_page_furniture, is_currency_conversion,
                is_poll_or_daily_rate)
CUES = (is_measure_or_attendance, is_baseline, is_market_price, is_legal_norm, is_company_indicator, is_aid_rate,
        is_cost_share, is_price,
        is_casualty_or_attendance, is_bare_size, is_market_sentence)
STATUS = (has_no_cue, is_spelled_number_without_verb) + EXCLUSIONS  # then the named exclusions
VALUE = (is_unreadable_number, is_impossible_ratio, is_not_a_range)
