"""Posts: a post head at a unit, and the organisation words after it that belong to the post."""
from __future__ import annotations

import re

from vnextract.extractors import gazetteer
from vnextract.extractors.normalize import fold
from vnextract.extractors.officials.bodies import comma_name_end
from vnextract.extractors.officials.names import (
    COUNTRY,
    honorific_before,
    is_abbreviation,
    is_capitalised,
    is_foreign_name,
    is_full_name,
    is_place_at,
    is_place_name,
    names_organisation,
)
from vnextract.extractors.officials.units import Unit, match_lexicon, phrase_at
from vnextract.extractors.officials.vocabulary import (
    ABBREVIATIONS,
    ADMIN_BEFORE_PLACE,
    BAN_KINDS,
    BODIES_AT_PLACE,
    BODIES_DESCRIBED_AFTER_OF,
    CLAUSE_WORDS_AFTER_BODY,
    CREDIT_WORDS,
    DATE_OPENERS,
    DROPPED,
    FILLERS,
    HONORIFICS,
    LEGAL_FORM_HEADS,
    LEGAL_FORMS,
    LEVEL_ABBREVIATIONS,
    LOWER_CASE_BODY_NAMES,
    MODIFIERS,
    NAME_OPENER_COMPOUNDS,
    ORG_LOWER,
    ORG_NAMED_HEADS,
    ORG_TYPES,
    ORG_WORDS,
    POSTS,
    POSTS_AT_PLACE,
    POSTS_NAMING_A_BAN,
    RANKS,
    ROLE_BY_CUE,
    SENTENCE_OPENERS,
    STATE_POSTS,
    TITLE_KEPT_ABBREVIATIONS,
    TITLE_STOP_WORDS,
    VICE,
    WORK_NEEDING_AN_OBJECT,
)

POST_HEAD_LOOKBACK = 3         # units a post head before a word may span (`Đại sứ đặc mệnh toàn quyền` + `tại`)
MAX_LOWER_RUN_INSIDE_NAME = 4  # lower-case words between capitalised parts of an organisation's name
MAX_LOWER_WORDS_AT_END = 2     # lower-case name words a title after a name may end on
MAX_LOWER_WORDS_AFTER_HEAD = 6  # `Ban` + `quản lý` `đầu tư` `xây dựng` `công trình` `giao thông`: after a bare head
_NAME_CLOSERS = frozenset({",", ";", ")", "(", ".", ":", "-", "–"})  # what may follow a body's place
MAX_BRANCH_WORDS = 3           # `hải quân`, `quân` `đội`: lower-case words between a foreign post and its state
MAX_FIELD_WORDS_BEFORE_OF = 6  # `phụ trách phát triển quan hệ toàn cầu` + `của Apple`: a post's field before `của`
MAX_FIELDS_BEFORE_AND = 3      # `tố cáo`: lower-case field words between a body's comma and its `và`
MAX_BODY_NUMBER_DIGITS = 3     # `Đội` ... `số 3`, `Công ty phát điện 1`: a body's number (not a year, not a count)
MAX_COMPANY_TRADE_WORDS = 4    # lower-case trade words between a company's legal form and its brand
ORG_HEAD_WORDS = ORG_TYPES | ORG_NAMED_HEADS
APPOINTED_AS = "làm"  # `X, Cục trưởng Cục Quản lý đất đai làm Trưởng đoàn`: the post given next
_TERM_NUMBER = re.compile(r"[IVXLC]+|\d{1,2}")  # `khóa VI`, `khóa 14`


# `post_at` is asked again and again about the same units of one sentence (each chain is read back from every
# name, and each word looks back over the words before it): the answers for the list last asked about, dropped
# when another list is asked about or this one changes length (merging a foreign name's words only shortens it).
_POST_AT_MEMO: list = [None, -1, {}]  # units, their length, unit index -> answer


def post_at(units: list[Unit], i: int) -> int:
    """Units spanned by a post head (with modifiers `nguyên`, `Phó`) starting at i, or 0."""
    memo = _POST_AT_MEMO
    if memo[0] is not units or memo[1] != len(units):
        memo[0], memo[1], memo[2] = units, len(units), {}
    answers = memo[2]
    n = answers.get(i)
    if n is None:
        n = answers[i] = _post_at(units, i)
    return n


def _post_at(units: list[Unit], i: int) -> int:
    j = i
    while j < len(units) and units[j].key in MODIFIERS:
        j += 1
    n = match_lexicon(units, j, POSTS)
    if not n and j < len(units) and units[j].key == VICE:
        n2 = match_lexicon(units, j + 1, POSTS)
        if n2:
            n = n2 + 1
    return (j - i) + n if n else 0


STOP = -1  # a step's answer: the organisation's name ends before this unit


def org_run(units: list[Unit], i: int, upper_sentence: bool, claimed: set[int] | None = None) -> int:
    """Index after the organisation words that follow a post head at i; `claimed` collects the units a rule took
    as the organisation's own name (a brand after trade words, a name after a lower-case run)."""
    j = i
    while j < len(units):
        nxt = 0
        for step in _ORG_RUN_STEPS:
            nxt = step(units, i, j, upper_sentence, claimed)
            if nxt:
                break
        if nxt <= j:  # STOP, or no step took the unit
            break
        j = nxt
    while j > i and units[j - 1].key in ("và", "&"):
        j -= 1  # `huyện Phú Xuyên và` + `Đại tá ...`: a `và` that led to no more of the name joins the next person
    return j


def _joining_words(units: list[Unit], i: int, j: int, upper_sentence: bool, claimed: set[int] | None) -> int:
    """Dashes, listed lower-case names, glued syllables and commas that join parts of one name: the index after
    them, else 0."""
    u = units[j]
    if u.key == "-" and i < j < len(units) - 1 and is_place_name(
            f"{units[j - 1].text} - {units[j + 1].text}"):
        return j + 2  # `Bà Rịa - Vũng Tàu`
    if u.key == "-" and i < j < len(units) - 1 and is_capitalised(units[j + 1].text) \
            and not post_at(units, j + 1) and not is_full_name(units[j + 1], upper_sentence) \
            and units[j + 1].key not in HONORIFICS \
            and not (j + 2 < len(units) and units[j + 2].key == ":" and units[j + 1].key in CREDIT_WORDS):
        # (`Oracle` + `- Ảnh:`: a photo's credit follows)
        return j + 1  # `Tập đoàn Công nghiệp - Viễn thông Quân đội`
    lower_name = match_lexicon(units, j, LOWER_CASE_BODY_NAMES) if j > 0 else 0
    if lower_name and f' {LOWER_CASE_BODY_NAMES[" ".join(x.key for x in units[j:j + lower_name])]}'.endswith(
            " " + _head_key(units[j - 1])):  # the head may be two tokenizer words (`Ủy` + `ban`) or `UB`
        return j + lower_name  # `Ủy ban` + `các vấn đề xã hội`: a listed name its head leads, in lower case
    syl = u.text.split()
    if j > i and (len(syl) > 1 and syl[0].islower() and syl[1][:1].isupper() and syl[0] not in TITLE_STOP_WORDS
                  or _resumes_glued(u)):
        return j + 1  # `Nông nghiệp` + `và Phát triển nông thôn`, `Ủy` + `ban Văn hóa` (one word for the tokenizer)
    if j > i and comma_name_end(units, j):
        return comma_name_end(units, j)  # `Bộ Văn hóa, Thể thao và Du lịch`, `..., gian lận thương mại và hàng giả`
    return 0


def _body_of_post(units: list[Unit], i: int, j: int, upper_sentence: bool, claimed: set[int] | None) -> int:
    """A `của` that leads to the post's organisation (`Ủy ban Văn hóa xã hội của Quốc hội`, `Giám đốc truyền thông
    của Grab Việt Nam`): the index where the organisation's words go on, else 0."""
    u = units[j]
    if j > i and u.key == "của" and j + 1 < len(units) and units[j + 1].key in ORG_WORDS \
            and is_capitalised(units[j + 1].text):
        return j + 1  # `Ủy ban Văn hóa xã hội của Quốc hội`
    if j == i and u.key == "của" and _body_after_of_ends_clause(units, j + 1, upper_sentence):
        return j + 1  # `Phó Giám đốc của CBRE Hotels Việt Nam`: the post's organisation, `của` kept as written
    of = field_before_of(units, j) if j == i else 0
    if of and _body_after_of_ends_clause(units, of, upper_sentence):
        return of  # `Chủ tịch luân phiên của Huawei`, `Giám đốc truyền thông của Grab Việt Nam`: the post's field
    described = _described_body_after_of(units, of or j + 1, upper_sentence) if j == i and (
        of or u.key == "của") else 0
    return described  # `CEO của công ty tư vấn ô tô` + `ZoZo Go`: the organisation in words, then its name


def _term_list_or_seat(units: list[Unit], i: int, j: int, upper_sentence: bool, claimed: set[int] | None) -> int:
    """A term (`khóa VI`), a `và` inside the name, a dropped word, a mission's or high court's seat: the index
    after them, STOP where a `và` leads to no more of the name, else 0."""
    u = units[j]
    if j > i and u.key == "khóa" and j + 1 < len(units) and _TERM_NUMBER.fullmatch(units[j + 1].text):
        return j + 2  # `của Quốc hội khóa VI`: the term is part of the post
    if u.key in ("và", "&"):
        if j + 1 < len(units) and is_capitalised(units[j + 1].text) and not is_full_name(units[j + 1], upper_sentence):
            return j + 1
        inner = _lower_run_inside_name(units, i, j, upper_sentence) if u.key == "và" else 0
        return inner or STOP  # `Phòng Thương mại và công nghiệp Việt Nam`
    if u.key in DROPPED and j > 0:
        return j + 1  # `Tổng thống đương nhiệm`
    if u.key == "tại" and j + 1 < len(units) and _place_after_at(units, j + 1) \
            and (any(fold(" ".join(x.key for x in units[m:e])) in POSTS_AT_PLACE  # `Giám đốc` + `Quốc gia`
                     for m in range(max(0, i - POST_HEAD_LOOKBACK), i) for e in (i, i + 1))
                 or any(units[m].key in BODIES_AT_PLACE for m in range(i, j))):
        return j + 1  # `Đại sứ Qatar tại Mỹ`, `Chi nhánh Ngân hàng Nhà nước tại Quảng Ninh`: the mission's place
    return _high_court_seat(units, j) if j > i else 0  # `TAND cấp cao tại` + `TP.HCM`: a court named by its seat


def _named_body(units: list[Unit], i: int, j: int, upper_sentence: bool, claimed: set[int] | None) -> int:
    """An organisation's own name: after its head, a foreign branch's state, a company's brand, a name after a
    lower-case run: the index after it, else 0."""
    if names_organisation(units, j):
        return j + 1  # `Bệnh viện Bạch Mai`, `Trường THCS Chu Văn An`: the organisation's name
    country = _country_after_branch(units, i, j)
    if country:
        return country  # `Tham mưu trưởng hải quân Indonesia`: a foreign state's branch, then the state
    brand = _brand_after_legal_form(units, j) or _company_name_end(units, i, j)
    if brand:
        if claimed is not None:
            claimed.add(brand - 1)
        return brand  # `Công ty TNHH xử lý nước Trâm Anh`: lower-case trade words, then the brand
    inner = _lower_run_inside_name(units, i, j, upper_sentence)
    if inner and claimed is not None:
        claimed.add(inner)
    return inner  # `Ban Quản lý dự án đường cao tốc Đà Nẵng`: lower-case words between capitalised parts


def _name_word(units: list[Unit], i: int, j: int, upper_sentence: bool, claimed: set[int] | None) -> int:
    """One more word of the name (a capitalised word, an organisation's lower-case word, an abbreviation or its
    bracket, a unit's number): the index after it; STOP at a person's name, a post, a rank or anything else."""
    u = units[j]
    if is_full_name(u, upper_sentence) and not is_place_at(units, j) or post_at(units, j) and j > i \
            and not (units[j - 1].key == "ban" and u.key in POSTS_NAMING_A_BAN):  # `Ủy viên Ban Thư ký ...`
        return STOP
    if u.key in RANKS:
        return STOP
    if u.key in ORG_LOWER or is_abbreviation(u.text):
        return j + 1
    if is_capitalised(u.text) and any(c.isalpha() for c in u.text):
        if honorific_before(units, j) and not _place_opens_on_honorific(units, i, j) \
                or _opens_next_sentence(units, i, j):
            return STOP
        return j + 1
    if u.key == "(" and j + 2 < len(units) and units[j + 2].key == ")" and is_abbreviation(units[j + 1].text):
        return j + 3  # `Cục Điều tra Liên bang (FBI)`
    if u.text.isdigit() and j > i and (is_capitalised(units[j - 1].text) or units[j - 1].key in ADMIN_BEFORE_PLACE):
        return j + 1  # `Quân khu 3`, `quận 12`
    return STOP


# Tried in this order at each unit; the first step with an answer decides it.
_ORG_RUN_STEPS = (_joining_words, _body_of_post, _term_list_or_seat, _named_body, _name_word)


def _head_key(u: Unit) -> str:
    """A body's head word as its lexicon key: an abbreviation by the words it stands for (`UB` -> `ủy ban`)."""
    return fold(ABBREVIATIONS[u.text]) if u.text in ABBREVIATIONS else u.key


def _place_after_at(units: list[Unit], k: int) -> bool:
    """Unit k, after `tại`, opens a place: a place's name, or a level's word before one (`Thành phố` + `Hồ Chí Minh`,
    `TP.` + `HCM`)."""
    if is_place_at(units, k):
        return True
    level = units[k].key in ADMIN_BEFORE_PLACE or units[k].text.rstrip(".") in LEVEL_ABBREVIATIONS
    return level and k + 1 < len(units) and (is_place_at(units, k + 1) or units[k + 1].text in ABBREVIATIONS)


_COURT_WORDS = frozenset({"nhân dân", "tand", "vksnd"})  # `Tòa án nhân dân`, `TAND`, `VKSND` before `cấp cao`


def _high_court_seat(units: list[Unit], j: int) -> int:
    """`cấp cao` (and `tại` + a place) at j, right after a court's or procuracy's name (`TAND cấp cao tại Đà Nẵng`,
    `Viện Kiểm sát nhân dân cấp cao tại Hà Nội`): the index after `cấp cao`, or of the place, else 0."""
    if units[j - 1].key not in _COURT_WORDS:
        return 0
    k = j + 1 if units[j].key == "cấp cao" else j + 2 if units[j].key == "cấp" and j + 1 < len(units) \
        and units[j + 1].key == "cao" else 0
    if k and k + 1 < len(units) and units[k].key == "tại" and is_place_at(units, k + 1):
        return k + 1
    return k


def _place_opens_on_honorific(units: list[Unit], i: int, j: int) -> bool:
    """The capitalised honorific word before unit j is a place's first syllable, right after its level word
    (`tỉnh Bà` + `Rịa-Vũng Tàu`): the place goes on, no person begins."""
    return j - 2 >= i and is_capitalised(units[j - 1].text) and units[j - 2].key in ADMIN_BEFORE_PLACE


def _opens_next_sentence(units: list[Unit], i: int, j: int) -> bool:
    """A capitalised sentence opener after two words of a name or more, then a lower-case word, a number or
    the end (`Chi cục Kiểm lâm tỉnh Vĩnh Phúc` + `Theo ông X`): a caption ran into the text with no stop."""
    after = units[j + 1].text if j + 1 < len(units) else ""
    if units[j].key in DATE_OPENERS and after[:1].isdigit() and j > i:
        return True  # `Bí thư Thành ủy TP.HCM` + `Sáng 10.5, ...`: a headline, then the text's date
    if units[j].key not in SENTENCE_OPENERS or units[j - 1].key in ORG_TYPES:  # `Ban Về các vấn đề`
        return False
    # The run may start right after a post that holds its body (`Trưởng Ban Kinh tế Trung ương` + `Những ý kiến`),
    # or after a level word standing for its place (`Phó Chánh thanh tra TP` + `Sau đó, ...`).
    name_before = j - 1 > i or j >= 2 and is_capitalised(units[j - 1].text) \
        and (is_capitalised(units[j - 2].text) or units[j - 2].key in ADMIN_BEFORE_PLACE) \
        or _level_word(units[j - 1])
    if not name_before:
        return False
    if after and f"{units[j].key} {units[j + 1].key}" in NAME_OPENER_COMPOUNDS:
        return False  # `Phòng Đào tạo Sau đại học`, `Ban Tổ chức Ngày hội ...`: the opener is a word of the name
    return not after or after[:1].islower() or after[:1].isdigit()


def _level_word(u: Unit) -> bool:
    """An administrative level's word, or its abbreviation (`thành phố`, `TP`), with no place's name after it yet."""
    return u.key in ADMIN_BEFORE_PLACE or u.text.rstrip(".") in LEVEL_ABBREVIATIONS


def field_before_of(units: list[Unit], j: int) -> int:
    """Right after a post head (j), a few lower-case words of its field or rank and `của` (`luân phiên của`,
    `truyền thông của`, `phụ trách phát triển của`): the index after `của`, else 0."""
    k = j
    while k < len(units) and k - j < MAX_FIELD_WORDS_BEFORE_OF and units[k].key != "của" and is_name_word(units[k]):
        k += 1
    return k + 1 if j < k < len(units) and units[k].key == "của" else 0


def _body_after_of_ends_clause(units: list[Unit], k: int, upper_sentence: bool) -> bool:
    """Units from k name an organisation (capitalised, no person, post, rank or honorific) that runs to a
    punctuation mark or a lower-case word (`của CBRE Hotels Việt Nam:`, `của IHS Markit nhận định`), with no name
    inside it the post could be taken for."""
    if k >= len(units):
        return False
    u = units[k]
    if not is_capitalised(u.text) or not any(c.isalpha() for c in u.text) or u.key in HONORIFICS \
            or u.key in RANKS or post_at(units, k) or is_full_name(u, upper_sentence):
        return False
    end = org_run(units, k, upper_sentence)
    if any(is_full_name(units[m], upper_sentence) and not is_place_at(units, m) for m in range(k, end)):
        return False
    return end == len(units) or not is_capitalised(units[end].text)


def _described_body_after_of(units: list[Unit], k: int, upper_sentence: bool) -> int:
    """After a post's `của` (k): an organisation's head in lower case, a few words of what it does, then its name
    running to the clause's end (`hãng phần mềm Oracle`, `chuỗi cửa hàng ăn nhanh Popeyes,`): the name's index,
    else 0."""
    if k >= len(units) or units[k].key not in BODIES_DESCRIBED_AFTER_OF or not units[k].text.islower():
        return 0
    m = k + 1
    while m < len(units) and m - k <= MAX_COMPANY_TRADE_WORDS and is_name_word(units[m]):
        m += 1
    # A name that reads as a foreign person's would end the title for the chain (`nhóm vận động Better Markets`).
    return m if _body_after_of_ends_clause(units, m, upper_sentence) and not is_foreign_name(units[m].text) else 0


def is_name_word(u: Unit) -> bool:
    """A lower-case word that may sit inside an organisation's name (no function word, verb or role cue)."""
    return u.text.islower() and u.text.replace(" ", "").isalpha() and u.key not in TITLE_STOP_WORDS \
        and u.key not in ROLE_BY_CUE and u.key not in FILLERS and u.key not in HONORIFICS


def _lower_run_inside_name(units: list[Unit], i: int, j: int, upper_sentence: bool) -> int:
    """Index of the capitalised word that resumes an organisation's name after a short lower-case run
    at j (the run follows a capitalised word of the name), else 0."""
    # Right after a head, the run needs a head that ends on or holds the body's word, or to open on one written in
    # lower case (`Tổng giám đốc` + `công ty` + `Viễn thông MobiFone`, `Phó hiệu trưởng` + `trường` + `THPT Bình Phú`).
    if j < i or not is_name_word(units[j]) or j == i and not _ends_on_org_word(units[j - 1]) \
            and not _head_holds_org_word(units, i) and units[j].key not in ORG_TYPES \
            or j > i and not is_capitalised(units[j - 1].text):
        return 0
    for k in range(j + 1, min(len(units), j + 1 + MAX_LOWER_RUN_INSIDE_NAME)):
        u = units[k]
        if is_name_word(u):
            continue
        after_place = is_place_at(units, j - 1)  # `Sở Y tế Quảng Bình` + `tiêm vắc xin ... Covid-19`: the clause's
        if after_place and j >= 2 and units[j - 2].key in ADMIN_BEFORE_PLACE:
            return 0  # `... tỉnh Quảng Ninh` + `thỉnh chuông khai mạc lễ hội Xuân Yên Tử`: a name ends on its place
        if _resumes_glued(u) and not after_place and units[j].key != "và":  # `và nhà` + `lãnh đạo Đức`: a new post
            return k  # `khí tượng` + `thủy văn Quốc gia`: the tokenizer glued the name's next capital on
        if _abbreviation_bracket_at(units, k) and not after_place:
            return k  # `Liên đoàn` + `bóng đá thế giới` + `(FIFA)`: the bracket repeats the whole name, run included
        if is_capitalised(u.text) and u.text.replace(" ", "").replace("-", "").isalnum() \
                and (u.text.replace(" ", "").replace("-", "").isalpha() or not after_place) \
                and u.key not in HONORIFICS and not post_at(units, k) and u.key not in RANKS \
                and not (is_full_name(u, upper_sentence) and not is_place_at(units, k)):
            return k
        return 0
    return 0


def _abbreviation_bracket_at(units: list[Unit], k: int) -> bool:
    """A bracket at k holding one abbreviation (`(FIFA)`, `(Sở TN&MT)` is not one)."""
    return k + 2 < len(units) and units[k].key == "(" and units[k + 2].key == ")" and is_abbreviation(units[k + 1].text)


def _resumes_glued(u: Unit) -> bool:
    """One tokenizer word of lower-case name words glued to the capitalised word after them (`thủy văn Quốc gia`)."""
    syl = u.text.split()
    lower = [x for x in syl if x.islower()]
    return len(syl) > 1 and syl[0].islower() and u.text.replace(" ", "").isalpha() \
        and any(x[:1].isupper() for x in syl[1:]) and not any(x in TITLE_STOP_WORDS for x in lower) \
        and not any(fold(x) in ROLE_BY_CUE for x in lower) and fold(" ".join(lower)) not in ROLE_BY_CUE


def _head_holds_org_word(units: list[Unit], i: int) -> bool:
    """The post head that ends right before unit i holds its organisation's word after its first word
    (`Trưởng Phòng Cảnh sát` + `hình sự ...`): lower-case words of the organisation's name may follow it."""
    for m in range(max(0, i - POST_HEAD_LOOKBACK), i):
        if post_at(units, m) == i - m:
            words = " ".join(u.key for u in units[m:i]).split()
            return any(" ".join(words[a:b]) in ORG_HEAD_WORDS
                       for a in range(1, len(words)) for b in range(a + 1, min(len(words), a + 3) + 1))
    return False


def _ends_on_org_word(u: Unit) -> bool:
    """A post head that ends on its organisation's word (`Giám đốc Bệnh viện`, `Trưởng phòng`, `Chủ tịch Hội`):
    lower-case words of the organisation's name may follow it (`... đa khoa huyện Gia Viễn`)."""
    words = u.key.split()
    return any(" ".join(words[n:]) in ORG_HEAD_WORDS for n in range(len(words)))


# What closes a title's lower-case run: punctuation, or the dash after an apposition (`X - Cục trưởng Cục Cảnh sát
# hình sự - Bộ Công an`, `Trưởng phòng Chính trị tư tưởng - Sở ...`).
_RUN_CLOSERS = frozenset({",", ";", ")", "(", "-", "–"})


def lower_run_to_boundary(units: list[Unit], end: int) -> int:
    """A title after a name may end on a few lower-case name words before a comma, semicolon,
    bracket, or the verb of the clause (`Phó Hiệu trưởng Đại học Kinh tế quốc dân;`, `Trưởng đoàn công tác
    đã về kiểm tra`), and on the rest of a list of fields its body is named by (`, tố cáo và thanh tra khu vực II`):
    the index after them, else `end`."""
    return _field_list_after_comma(units, _lower_run_end(units, end))


def _field_list_after_comma(units: list[Unit], end: int) -> int:
    """`Cục Giải quyết khiếu nại` + `, tố cáo và thanh tra khu vực II`, `Viện Nghiên cứu xã hội` + `, kinh tế và môi
    trường`: a name ending on a lower-case field, then a comma, lower-case fields, `và` and the last field, closed by a
    punctuation mark or the clause's verb (the body's number or place may close the last field): the index after them,
    else `end`. A name ending on a place or a number (`UBND tỉnh Bắc Ninh, kích hoạt sim rác và ...`) takes none."""
    if end < 2 or end + 1 >= len(units) or units[end].key != "," or units[end - 1].key == "và" \
            or not is_name_word(units[end - 1]):
        return end
    k = end + 1
    while k < len(units) and k - end <= MAX_FIELDS_BEFORE_AND and units[k].key != "và" and is_name_word(units[k]):
        k += 1
    if k == end + 1 or k >= len(units) or units[k].key != "và":
        return end
    last = k = k + 1
    while k < len(units) and k - last < MAX_LOWER_WORDS_AT_END + 1 and units[k].key != "và" and is_name_word(units[k]):
        k += 1
    if k == last:
        return end
    if k < len(units) and (_TERM_NUMBER.fullmatch(units[k].text) or is_place_at(units, k)):
        k = org_run(units, k, False)  # `thanh tra khu vực` + `II`, `du lịch` + `Lâm Đồng`
    closed = k == len(units) or units[k].key in _NAME_CLOSERS or phrase_at(units, k, ROLE_BY_CUE)
    return k if closed else end


def _lower_run_end(units: list[Unit], end: int) -> int:
    """`lower_run_to_boundary` up to the first comma."""
    if end == 0 or not is_capitalised(units[end - 1].text) and not units[end - 1].text.islower():
        return end
    k = end
    # `Ban`, or a post that ends on its body's word (`Trưởng phòng` + `quản lý giá công sản,`)
    bare_head = units[end - 1].key in ORG_HEAD_WORDS or _ends_on_org_word(units[end - 1]) and post_at(units, end - 1) == 1 \
        or _ban_kind_ends(units, end)  # `Ban Quản lý` + `dự án xây dựng giao thông,`
    most = MAX_LOWER_WORDS_AFTER_HEAD if bare_head else MAX_LOWER_WORDS_AT_END
    while k < len(units) and k - end < most and is_name_word(units[k]):
        k += 1
    if _kind_ends(units, end):
        return _work_object_end(units, end)
    if k > end and k < len(units) and units[k].key in _RUN_CLOSERS and (bare_head or k - end <= MAX_LOWER_WORDS_AT_END):
        after_comma = comma_name_end(units, k)  # `chống buôn lậu, gian lận thương mại và hàng giả tỉnh X`
        return org_run(units, after_comma, False) if after_comma else k
    if bare_head and k > end and k < len(units) and phrase_at(units, k, ROLE_BY_CUE):
        return k  # `Giám đốc Trung tâm` + `đăng kiểm` + `cho biết`: a bare head's lower-case name, closed by the verb
    if bare_head and k > end:
        closed_at = _bare_name_closed_at(units, k)
        if closed_at:
            return closed_at
    if bare_head and end < k - 1 <= end + MAX_LOWER_WORDS_AT_END and k < len(units) and units[k - 1].key == "và" \
            and units[k].key in HONORIFICS:
        return k - 1  # `Giám đốc Trung tâm` + `đăng kiểm` + `và ông X`: a short name closed by the list's next person
    if bare_head and k > end and k < len(units) and is_capitalised(units[k].text) and is_place_name(units[k].text) \
            and (k + 1 == len(units) or units[k + 1].key in _NAME_CLOSERS or units[k + 1].key in ROLE_BY_CUE):
        return k + 1  # `Ban` + `chỉ đạo` + `Tây Nguyên` + `cho biết`: a bare head's lower-case name, closed by its place
    return _brand_after_trade_words(units, end) or end


def _bare_name_closed_at(units: list[Unit], k: int) -> int:
    """After a bare head's lower-case name (it ends at k): its number and place (`Công ty phát điện` + `1`, `xuất nhập
    khẩu` + `29 Hà Nội`), then a punctuation mark or a word opening the predicate (`Cục khám chữa bệnh` + `nhận định`,
    `Trung tâm đăng kiểm` + `nhưng`, `Cục phòng chống tham nhũng` + `làm phó đoàn`) closing them: the index after the
    name, else 0. The sentence's end closes nothing: a verb ends it as often (`giám đốc trung tâm đưa chúng tôi ...`)."""
    if _body_number_end(units, k) > k:
        k += 1  # `Công ty phát điện 1`
        if k < len(units) and is_place_at(units, k):
            k = org_run(units, k, False)  # `... xuất nhập khẩu 29` + `Hà Nội`
    if k < len(units) and units[k].key in _RUN_CLOSERS:
        return k
    return k if phrase_at(units, k, CLAUSE_WORDS_AFTER_BODY) or phrase_at(units, k, ROLE_BY_CUE) else 0


def _body_number_end(units: list[Unit], k: int) -> int:
    """The index after the number at k that closes a body's lower-case name (`Khu Quản lý giao thông đô thị số` +
    `3`, `Công ty phát điện` + `1`), else k."""
    return k + 1 if k < len(units) and units[k].text.isdigit() and len(units[k].text) <= MAX_BODY_NUMBER_DIGITS else k


def _brand_after_trade_words(units: list[Unit], end: int) -> int:
    """After a name, a title on a capitalised body that takes a brand (`Công ty Chế biến`), a few lower-case trade
    words and the brand, closed by a stop or the clause's verb (`dừa Lương Quới (huyện Châu Thành)`, `xuất nhập khẩu
    Hoàng Gia Phát,`): the person is already named, so a brand that reads as a name is the body's. Index after it,
    else 0."""
    head = next((m for m in range(end - 1, max(-1, end - 1 - MAX_COMPANY_TRADE_WORDS), -1)
                 if units[m].key in ORG_NAMED_HEADS and is_capitalised(units[m].text)), None)
    # Or the head written in lower case right after the post (`Hiệu trưởng` + `trường mầm non Mai Dịch`).
    lower_head = end < len(units) and units[end].key in ORG_NAMED_HEADS and _post_ends_at(units, end)
    if not lower_head and (head is None or any(not is_capitalised(u.text) for u in units[head:end])):
        return 0
    k = end
    while k < len(units) and k - end < MAX_COMPANY_TRADE_WORDS and is_name_word(units[k]):
        k += 1
    if k == end or k >= len(units) or not _brand_word(units, k) or units[k - 1].key in ("và", "&"):
        return 0  # `Công ty Điện lực` + `và Nguyễn Văn Bình`: a second person
    m = k + 1
    while m < len(units) and _brand_word(units, m):
        m += 1  # `thủy lợi` + `Nam` `Hà Tĩnh`
    if m == len(units) or phrase_at(units, m, ROLE_BY_CUE) or units[m].key in ("(", ")", ".", ";"):
        return m
    # A comma or dash then a post or an honorific: the capitalised words were the next person's name.
    if units[m].key in (",", "-", "–") and m + 1 < len(units) and not post_at(units, m + 1) \
            and units[m + 1].key not in HONORIFICS:
        return m
    return 0


def _post_ends_at(units: list[Unit], end: int) -> bool:
    """A post head (no organisation words after it) ends right before unit `end`."""
    return any(post_at(units, m) == end - m for m in range(max(0, end - POST_HEAD_LOOKBACK), end))


def _brand_word(units: list[Unit], k: int) -> bool:
    u = units[k]
    return is_capitalised(u.text) and u.text.replace(" ", "").isalpha() and u.key not in HONORIFICS \
        and u.key not in RANKS and not post_at(units, k)


def _work_object_end(units: list[Unit], end: int) -> int:
    """After `Tổng cục Quản lý` (end): the lower-case object of the body's work (`nhà và thị trường bất động sản`),
    and a place after it (`quỹ đất` + `TP.Huế`), when a punctuation mark or the clause's verb closes them: the index
    after them, else `end`."""
    k = end
    while k < len(units) and k - end < MAX_LOWER_WORDS_AFTER_HEAD and (
            units[k].key != "và" and is_name_word(units[k])
            or units[k].key == "và" and k + 1 < len(units) and is_name_word(units[k + 1])):
        k += 1
    if k == end:
        return end
    k = _body_number_end(units, k)  # `giao thông đô thị số` + `3`
    if k < len(units) and (is_place_at(units, k) or _glued_level_place(units[k].text)):
        k = org_run(units, k, False)  # `quỹ đất` + `TP.Huế`, `thị trường` + `tỉnh Quảng Nam`
    closed = k == len(units) or units[k].key in _NAME_CLOSERS or phrase_at(units, k, ROLE_BY_CUE) \
        or units[k].key == APPOINTED_AS \
        or units[k].key == "và" and k + 1 < len(units) and units[k + 1].key in HONORIFICS
    # (`Tổng cục Quản lý đất đai` + `làm Trưởng đoàn`: the post the person is given next; `Chi cục Quản lý đất đai` +
    # `và ông X`: the list's next person)
    return k if closed else end


def _glued_level_place(text: str) -> bool:
    """`TP.Huế`: a level's abbreviation glued by its dot to a place's name."""
    level, dot, place = text.partition(".")
    return bool(dot) and level in LEVEL_ABBREVIATIONS and place[:1].isupper() and is_place_name(place)


def _kind_ends(units: list[Unit], end: int) -> bool:
    """The units before `end` end on a body's head and a word of the work it does that needs an object (`Tổng cục`
    `Quản lý`, `Cục` `Kiểm soát`, `Trung tâm` `Phát triển`): the lower-case words after it are the body's name."""
    if end < 2 or units[end - 1].key not in WORK_NEEDING_AN_OBJECT:
        return False
    head = units[end - 2].key
    return head in ORG_TYPES or head.rsplit(" ", 1)[-1] in ORG_TYPES


def _ban_kind_ends(units: list[Unit], end: int) -> bool:
    """The units before `end` end on a Ban and the word naming its kind (`Ban` `Quản lý`, `Trưởng ban` `Quản lý`)."""
    return end >= 2 and units[end - 1].key in BAN_KINDS and (units[end - 2].key == "ban" or units[end - 2].key.endswith(" ban"))


def _country_after_branch(units: list[Unit], i: int, j: int) -> int:
    """Right after a post head, a few lower-case words and a country (`hải quân Indonesia`, `quốc phòng Mỹ`):
    the index after the country, else 0."""
    if j != i:
        return 0
    for k in range(j, min(len(units), j + MAX_BRANCH_WORDS + 1)):
        u = units[k]
        if k > j and is_capitalised(u.text):
            return k + 1 if any(p.level == COUNTRY for p in gazetteer.lookup(u.text)) else 0
        if not is_name_word(u):
            return 0
    return 0


def legal_form_head_before(units: list[Unit], k: int) -> int:
    """Index of the company head (`Công ty`, `Doanh nghiệp`) before unit k, past the legal-form words between them
    (`Công ty` + `TNHH` + `một thành viên`), else -1."""
    head = k - 1
    while head >= 0 and units[head].key in LEGAL_FORMS:
        head -= 1
    return head if head >= 0 and units[head].key in LEGAL_FORM_HEADS else -1


def _brand_after_legal_form(units: list[Unit], j: int) -> int:
    """Right after a company's head, its legal form in words or letters (`cổ phần`, `TNHH một thành viên`), a few
    lower-case trade words, then its name: the first capitalised word, even one that reads as a person's name
    (`Công ty cổ phần Hoàng Anh Gia Lai`); a name after that one is the person's. Index after the name, else 0."""
    if legal_form_head_before(units, j) < 0:  # (`Công ty` + `TNHH`, taken as the head's name, + `một thành viên`)
        return 0
    k = j
    while k < len(units) and (n := match_lexicon(units, k, LEGAL_FORMS)):
        k += n
    if k == j:
        return 0
    for m in range(k, min(len(units), k + MAX_COMPANY_TRADE_WORDS + 1)):
        u = units[m]
        if is_capitalised(u.text) and u.text.replace(" ", "").isalpha() and u.key not in HONORIFICS \
                and not post_at(units, m) and not is_abbreviation(u.text):
            return m + 1
        if not is_name_word(u):
            return 0
    return 0


def _company_name_end(units: list[Unit], i: int, j: int) -> int:
    """After a company's legal form (`TNHH`, `CP`), lower-case words up to a capitalised brand name
    belong to the company's name: index after the brand, else 0."""
    # The trade words are name words or legal forms (`một thành viên`): `Công ty TNHH MTV Cấp thoát nước Kiên
    # Giang` + `được UBND tỉnh` is the clause.
    if not units[j].text.islower() or not any(units[m].text in TITLE_KEPT_ABBREVIATIONS for m in range(i, j)):
        return 0
    k = j
    while k < min(len(units), j + 1 + MAX_COMPANY_TRADE_WORDS):
        u = units[k]
        if k > j and is_capitalised(u.text) and u.text.replace(" ", "").isalpha() and u.key not in HONORIFICS \
                and not post_at(units, k) and not is_full_name(u, False):
            return k + 1
        legal = match_lexicon(units, k, LEGAL_FORMS)
        if not legal and not is_name_word(u):
            return 0
        k += legal or 1
    return 0


def state_post_chain(units: list[Unit], pre: tuple[int, int]) -> bool:
    """The post before a foreign name is a head of state or government's, or names a country."""
    a, b = pre
    while a < b and units[a].key in MODIFIERS:
        a += 1
    n = post_at(units, a)
    head = " ".join(u.key for u in units[a:a + n]).removeprefix(VICE + " ").strip()
    return head in STATE_POSTS or fold(f"{VICE} {head}") in STATE_POSTS or any(
        p.level == COUNTRY for u in units[a + n:b] for p in gazetteer.lookup(u.text))


def org_continues(units: list[Unit], k: int) -> bool:
    """True when unit k still reads as part of an organisation or place name."""
    if k >= len(units):
        return False
    u = units[k]
    return (is_capitalised(u.text) and any(c.isalpha() for c in u.text) and u.key not in HONORIFICS) \
        or u.key in ORG_LOWER and u.key not in ("và", "&")


