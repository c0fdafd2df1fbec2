"""Title chains: the posts written before a person's name and after it (`Chủ tịch UBND tỉnh An Giang, ông
Nguyễn Thanh Bình`, `ông X, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện`), as unit spans."""
from __future__ import annotations

from vnextract.extractors.lexicon import load_json
from vnextract.extractors.normalize import fold
from vnextract.extractors.officials.bodies import BELOW_DISTRICT, PARTY_COMMITTEES, PARTY_POSTS, comma_inside_name
from vnextract.extractors.officials.names import (
    MIN_FULL_NAME_SYLLABLES,
    country_before_foreign_name,
    is_abbreviation,
    is_capitalised,
    is_foreign_name,
    is_full_name,
    is_place_at,
    is_place_name,
    names_organisation,
)
from vnextract.extractors.officials.posts import (
    MAX_COMPANY_TRADE_WORDS,
    ORG_HEAD_WORDS,
    POST_HEAD_LOOKBACK,
    is_name_word,
    legal_form_head_before,
    lower_run_to_boundary,
    org_run,
    post_at,
    state_post_chain,
)
from vnextract.extractors.officials.units import MAX_PHRASE_UNITS, Unit, phrase_at
from vnextract.extractors.officials.vocabulary import (
    ABBREVIATIONS,
    ADMIN_BEFORE_PLACE,
    BODIES_OF_THE_NEXT_POST,
    BODY_NAME_JOINERS,
    DROPPED,
    FOREIGN_ORG_WORDS,
    FORMER,
    FORMER_BEFORE,
    HOLDING,
    HONORIFICS,
    LEGAL_FORM_HEADS,
    LEGAL_FORMS,
    LIST_OPENERS,
    MODIFIERS,
    NAME_PARTICLES,
    ORG_LOWER,
    ORG_NAMED_HEADS,
    ORG_WORDS,
    POSTS_OF_THEIR_OWN_BODY,
    PREDICATES,
    ROLE_BY_CUE,
    SEPARATORS,
    STATE_BODIES,
    STATE_POSTS,
    VILLAGE_WORDS,
)

Span = tuple[int, int]  # units [first, end) of a title

MAX_PRE_TITLE_UNITS = 14      # a post chain before a name is read back this far
MAX_ASIDE_UNITS = 11          # `(31 tuổi)`, `(sinh năm 1975)`: units after the `(` searched for its `)`
MAX_BRACKET_TITLE_UNITS = 10  # `(Giám đốc ... Hà Nội)`: units after a post's organisation searched for `)`
HELD_TOGETHER = "kiêm"  # a second post held with the first
APPOINTED_AS = "làm"  # `bầu ông X làm Trưởng đoàn`, `bổ nhiệm ông X làm Giám đốc Sở ...`: the post given
LEAD_PHRASES = FORMER_BEFORE | HOLDING  # between a separator and the post it introduces
LIST_CLOSERS = frozenset({"gồm", "gồm có", "bao gồm"})  # after a post heading a list of its members
MAX_LOWER_WORDS_BEFORE_MEMBERS = 3  # `thành viên` + `đoàn kiểm tra` + `gồm`
MEMBERS_AFTER_COUNT = "là"  # `2 Phó Chánh thanh tra là ông A và ông B`: after a counted post, its holders
_NUMBER_WORDS = load_json("common.json")["number_words"]
_COUNT_WORDS = {**_NUMBER_WORDS["digits"], _NUMBER_WORDS["ten"]: 10}  # `hai Phó Chủ tịch`, `mười`: their values
_ORG_NAME_CLOSERS = frozenset({",", "(", ")", ";", "."})  # after a company's name, not a person's verb
FIELD_OPENER = "về"  # `Đặc phái viên ... về vấn đề Syria`: the field of a post, before its holder
MAX_FIELD_UNITS = 7  # `về` `các` `vấn đề` `chính trị` `Trung Đông`: units between a post and the comma closing its field
CHAIN_OPENERS = frozenset({",", ";", ":", "có", "là", "và", "cùng"})  # before a post chain in a list of people
MAX_VILLAGE_NAME_SYLLABLES = 2  # `Đồng Còng`, `Phước Lộc`: a village's name after `Trưởng thôn`
MAX_DESCRIPTOR_UNITS = 6      # `, chuyên gia lúa gạo,`: units searched for the comma closing a descriptor


def pre_title(units: list[Unit], j: int, upper_sentence: bool, floor: int = 0) -> Span | None:
    """(first, end) units of the post chain that ends right before unit j, if any (not before `floor`)."""
    k = j - 1
    best = None
    bracket = _place_bracket_open(units, k, floor)  # `Phó Chủ tịch UBND xã Thạch Ngọc (Thạch Hà) Nguyễn Hồng Thanh`
    if bracket is None:  # `Cục trưởng Cục Chống tham nhũng (Thanh tra Chính phủ) Phạm Trọng Đạt`
        bracket = _body_bracket_open(units, k, floor)
    if bracket is not None:
        k = bracket - 1
    while k >= floor and j - k <= MAX_PRE_TITLE_UNITS:
        u = units[k]
        if u.key == ")" and k >= 2 and units[k - 2].key == "(" and is_abbreviation(units[k - 1].text):
            k -= 3  # `(FBI)` inside the organisation
            continue
        if u.key == "-" and 0 < k < j - 1 and is_place_name(f"{units[k - 1].text} - {units[k + 1].text}"):
            k -= 1  # `Bà Rịa - Vũng Tàu`
            continue
        if comma_inside_name(units, k):
            k -= 1  # `Bộ Văn hóa, Thể thao và Du lịch`
            continue
        if u.key == "-" and 0 < k < j - 1 and _dash_inside_name(units, k, upper_sentence):
            k -= 1  # `UB Văn hóa - Giáo dục - Thanh Thiếu niên và Nhi đồng`
            continue
        if u.key in SEPARATORS or u.key in (";", ".", ")", "(", ":") \
                or u.key in HONORIFICS and not (k == j - 1 and (country_before_foreign_name(units, j) or units[j].key == ","
                                                                  and country_before_foreign_name(units, j + 1))):
            break
        n = post_at(units, k)
        if n:
            best = k
            # A modifier before the head (`nguyên`) is part of it; keep looking for an earlier head
            # only through organisation words.
        elif not (u.key in ORG_LOWER or is_abbreviation(u.text) or is_capitalised(u.text) or u.text.isdigit()
                  or u.key in DROPPED or u.key == "tại" and k + 1 < j and is_place_at(units, k + 1)
                  or any(post_at(units, m) > k - m for m in range(max(floor, k - POST_HEAD_LOOKBACK), k))
                  # `Tham mưu trưởng hải quân Indonesia`: lower-case words the organisation run must then cover
                  or best is None and is_name_word(u)):
            break
        if is_full_name(u, upper_sentence) and k != (j if bracket is None else bracket) - 1 and not is_place_at(units, k) \
                and not names_organisation(units, k) and not _after_legal_form(units, k) \
                and not names_company_after_legal_form(units, k):
            break  # `Công ty (cổ phần) Hoàng Anh Gia Lai` + its chairman's name: the company's name read through
        k -= 1
    # The chain must run unbroken from the head to the name (or to the bracket of its place, left out of the title).
    if best is None or _org_end(units, best, upper_sentence) < (j if bracket is None else bracket):
        best = _head_reaching_bracket(units, bracket, j, upper_sentence, floor) if bracket is not None else None
    if best is None:
        return None
    while best > floor and units[best - 1].key in MODIFIERS:
        best -= 1
    return best, j if bracket is None else bracket


def _org_end(units: list[Unit], head: int, upper_sentence: bool) -> int:
    """Index after the organisation of the post head at unit `head`, read through a company's name that reads as a
    person's (`Giám đốc Cty TNHH TM XNK Hoàng Gia Phát` + its holder's name)."""
    return _past_company_name(units, org_run(units, head + post_at(units, head), upper_sentence), upper_sentence)


def _past_company_name(units: list[Unit], end: int, upper_sentence: bool) -> int:
    """`end`, or past the organisation's rest when unit `end` is a company's name reading as a person's."""
    if end < len(units) and is_full_name(units[end], upper_sentence) and names_company_after_legal_form(units, end):
        return org_run(units, end + 1, upper_sentence)
    return end


def _head_reaching_bracket(units: list[Unit], bracket: int, j: int, upper_sentence: bool, floor: int) -> int | None:
    """`Cục trưởng Cục Chống tham nhũng (Thanh tra Chính phủ) Phạm Trọng Đạt`, `Trưởng phòng Tài nguyên nước (Sở ...)`:
    lower-case words of the body's name stop the backward scan, so the head is taken whose organisation, read
    forward, runs to the bracket (or through an abbreviation in it to the name at j): the earliest such head of
    the post chain, else None."""
    found = None
    for h in range(bracket - 1, max(floor, bracket - MAX_PRE_TITLE_UNITS) - 1, -1):
        u = units[h]
        if u.key in SEPARATORS or u.key in (";", ".", ")", "(", ":") or u.key in HONORIFICS \
                or is_full_name(u, upper_sentence) and not is_place_at(units, h) or any(c.isdigit() for c in u.text):
            break
        n = post_at(units, h)
        if not n:
            continue
        end = lower_run_to_boundary(units, org_run(units, h + n, upper_sentence))
        if end not in (bracket, j):
            if found is not None:
                break  # an earlier post whose body does not reach the bracket: another clause's
            continue
        found = h
    return found


def names_company_after_legal_form(units: list[Unit], j: int) -> bool:
    """Unit j, reading as a person's name, is a company's (`Công ty CP Đầu tư Thái Bình Dương`, `Cty TNHH TM XNK
    Hoàng Gia Phát`): it follows the company's head, its legal form and at most a few capitalised trade words or
    abbreviations. A personal name never runs into an organisation's name; the holder is written apart from it."""
    for m in range(j, max(0, j - MAX_COMPANY_TRADE_WORDS) - 1, -1):
        before = units[m - 1] if m > 0 else None
        if before is None:
            return False
        if before.key in LEGAL_FORMS and m >= 2 and (
                units[m - 2].key in LEGAL_FORMS or fold(ABBREVIATIONS.get(units[m - 2].text, units[m - 2].key))
                in LEGAL_FORM_HEADS):
            return True
        if not (is_abbreviation(before.text) or is_capitalised(before.text) and (
                before.key in ORG_WORDS or before.key in ORG_LOWER)) or post_at(units, m - 1):
            return False  # a trade word (`Đầu tư`, `TM`), not a brand (`Nam Triệu`) whose holder follows
    return False


def _after_legal_form(units: list[Unit], k: int) -> bool:
    """Unit k follows a company's head and its legal form (`Công ty cổ phần`, `Công ty TNHH MTV`): the name there
    is the company's, even one that reads as a person's."""
    return 0 <= legal_form_head_before(units, k) < k - 1


def _place_bracket_open(units: list[Unit], k: int, floor: int) -> int | None:
    """Where the bracket closing at unit k opens, when it holds only the places a post's body sits in (`(Thạch
    Hà)`, `(huyện Đức Phổ, tỉnh Quảng Ngãi)`, `(Trung Quốc)`), else None: not an aside (`(31 tuổi)`) or a body."""
    if k - 2 < floor or units[k].key != ")":
        return None
    places = 0
    for m in range(k - 1, max(floor, k - MAX_ASIDE_UNITS) - 1, -1):
        u = units[m]
        if u.key == "(":
            return m if places and m > floor else None
        if is_place_name(u.text) or is_abbreviation(u.text) \
                or is_capitalised(u.text) and units[m - 1].key in ADMIN_BEFORE_PLACE:  # `xã An Định`
            places += 1
        elif u.key not in ADMIN_BEFORE_PLACE and u.key not in (",", "-", "–"):
            return None
    return None


def _body_bracket_open(units: list[Unit], k: int, floor: int) -> int | None:
    """Where the bracket closing at unit k opens, when it holds only the parent body of the post's organisation
    (`(Thanh tra Chính phủ)`, `(Bộ NN&PTNT)`, `(Bộ Văn hóa, Thể thao và Du lịch)`), else None: not a post (`(phó
    hiệu trưởng)` is an aside about someone) nor a person. Like a place's bracket it is left out of the title."""
    if k - 2 < floor or units[k].key != ")":
        return None
    for m in range(k - 1, max(floor, k - MAX_ASIDE_UNITS) - 1, -1):
        u = units[m]
        if u.key == "(":
            opener = units[m + 1]
            body = opener.key in ORG_WORDS or fold(ABBREVIATIONS.get(opener.text, "")) in ORG_WORDS
            return m if body and m > floor and m + 1 < k else None
        if post_at(units, m) or is_full_name(u, False) and not is_place_at(units, m):
            return None
        if not (is_capitalised(u.text) or is_abbreviation(u.text) or u.key in ORG_LOWER
                or u.key in BODY_NAME_JOINERS or u.key == "&" or u.key in ADMIN_BEFORE_PLACE):
            return None
    return None


def _dash_inside_name(units: list[Unit], k: int, upper_sentence: bool) -> bool:
    """The dash at unit k joins two capitalised parts of one organisation's name, no person or post after it."""
    before, after = units[k - 1], units[k + 1]
    return is_capitalised(before.text) and is_capitalised(after.text) and not post_at(units, k + 1) \
        and not is_full_name(before, upper_sentence) and not is_full_name(after, upper_sentence) \
        and after.key not in HONORIFICS


def list_head_title(units: list[Unit], j: int, upper_sentence: bool) -> Span | None:
    """The post that heads a colon list of names the name at unit j belongs to, if any."""
    k = j - 1
    while k >= 1 and units[k].key in (",", "và") and is_full_name(units[k - 1], upper_sentence):
        k -= 2
    if k >= 1 and units[k].key == ":":
        head = pre_title(units, k, upper_sentence)
        if head and not any(is_full_name(u, upper_sentence) for u in units[head[0]:head[1]]):
            return head
    return None


def colon_list_heads(units: list[Unit], first: int, upper_sentence: bool) -> list[Span]:
    """The posts heading the colon lists that a person's chain starting at unit `first` stands in: a post
    opened by `các` / `các đồng chí` / `gồm` and closed by `:`, before the person in the sentence."""
    heads = []
    for k in range(1, first):
        if units[k].key == ":":
            head = pre_title(units, k, upper_sentence)
        elif units[k].key in LIST_CLOSERS:
            head = _head_before_members(units, k, upper_sentence)
        else:
            continue
        if head and head[0] > 0 and units[head[0] - 1].key in LIST_OPENERS \
                and not any(is_full_name(u, upper_sentence) for u in units[head[0]:head[1]]):
            heads.append(head)
    return heads


def counted_list_head(units: list[Unit], first: int, upper_sentence: bool) -> Span | None:
    """`5 Phó Chủ tịch UBND gồm các ông: A, B và C`, `2 Phó Chánh thanh tra là ông A và ông B`: the counted post
    heading the list of names that the person's chain starting at unit `first` stands in (the nearest before it),
    else None. For a person with no post of their own: a count says the names after it hold that post."""
    found = None
    for k in range(2, first):
        if units[k].key != ":" and units[k].key not in LIST_CLOSERS and units[k].key != MEMBERS_AFTER_COUNT:
            continue  # the cheap test first
        if units[k].key == MEMBERS_AFTER_COUNT and not _names_next(units, k + 1, first, upper_sentence):
            continue  # `2 Phó Chủ tịch là nữ, ông A cho biết`: `là` says what they are, no list of holders
        end = k - 1 if units[k - 1].key == "," else k  # `3 ủy viên Ban Chấp hành HNV, gồm các ông: ...`
        count = next((c for c in range(end - 2, max(-1, end - MAX_PRE_TITLE_UNITS), -1) if _is_count(units[c])), None)
        if count is None:
            continue
        # read from the count on: an earlier post in the sentence (`ông A là Chánh Thanh tra và 2 Phó ...`) is not it
        head = pre_title(units, end, upper_sentence, count + 1)
        if head and head[0] == count + 1 and not any(is_full_name(u, upper_sentence) for u in units[head[0]:head[1]]) \
                and sum(is_full_name(u, upper_sentence) for u in units[k + 1:first]) < _count_of(units[count]):
            found = head  # `2 đội phó là các ông A và B; ông C, kiểm soát viên`: the count says where the list ends
    return found


def _names_next(units: list[Unit], k: int, first: int, upper_sentence: bool) -> bool:
    """The list right after `là` at k-1 opens on a name, after its honorifics (`là các ông A và B`)."""
    while k < first and (units[k].key in HONORIFICS or units[k].key == "các"):
        k += 1
    return k < len(units) and is_full_name(units[k], upper_sentence)


def _is_count(u: Unit) -> bool:
    return _is_numeral(u.key) or u.key in _COUNT_WORDS


def _count_of(u: Unit) -> int:
    return int(u.key) if _is_numeral(u.key) else _COUNT_WORDS[u.key]


def _is_numeral(key: str) -> bool:
    return key.isascii() and key.isdigit()  # (`²`, `①` are digits to str.isdigit, not to int)


def _head_before_members(units: list[Unit], k: int, upper_sentence: bool) -> Span | None:
    """`Các thành viên đoàn kiểm tra gồm ...`: the post before `gồm` at k, with the lower-case words of its
    body's name (`đoàn kiểm tra`) running up to it."""
    for r in range(MAX_LOWER_WORDS_BEFORE_MEMBERS + 1):
        if k - r < 1 or r and not (is_name_word(units[k - r]) or units[k - r].key in ORG_LOWER):
            return None
        head = pre_title(units, k - r, upper_sentence)
        if head:
            return head[0], k
    return None


def _honorific_start(units: list[Unit], j: int) -> int:
    """First unit of the honorific right before unit j (`ông`, `đồng chí`, `Đ` `/` `c`, `các ông`)."""
    k = j - 1
    if k >= 2 and units[k].key == "c" and units[k - 1].key == "/":
        k -= 2
    if k >= 1 and units[k - 1].key == "các":
        k -= 1
    return k


def title_before_honorific(units: list[Unit], j: int, upper_sentence: bool, floor: int) -> Span | None:
    """`Chủ tịch UBND tỉnh An Giang, ông Nguyễn Thanh Bình`: the post chain before the honorific."""
    k = _honorific_start(units, j)
    if k - 1 >= floor and units[k - 1].key in (",", "-", "–", "là", ":"):
        k -= 1
        if units[k].key == "là" and k - 1 >= floor and units[k - 1].key in ("đó", "này", "đây"):
            return None
    span = pre_title(units, k, upper_sentence, floor)
    if span is None and units[k].key == ",":
        span = _title_before_field(units, k, upper_sentence, floor)
    return span


def _title_before_field(units: list[Unit], k: int, upper_sentence: bool, floor: int) -> Span | None:
    """`Trợ lý Ngoại trưởng Jordan về các vấn đề chính trị, ông X`: the post chain before the field (`về` ...)
    that the comma at unit k closes, when a list or the clause opens the chain (not `làm việc với Bộ trưởng ... về`)."""
    for f in range(k - 2, max(floor, k - MAX_FIELD_UNITS) - 1, -1):
        if units[f].key in _ORG_NAME_CLOSERS:
            return None
        if units[f].key == FIELD_OPENER:
            span = pre_title(units, f, upper_sentence, floor)
            if span and (span[0] == floor or units[span[0] - 1].key in CHAIN_OPENERS):
                return span
            return None
    return None


def post_titles(units: list[Unit], j: int, upper_sentence: bool,
                glued: bool = False, listed: bool = False, appointed: bool = False) -> tuple[list[Span], int]:
    """Title spans after the name at unit j, and the last unit index of the chain.

    `, / - / – / ( / kiêm` then a post, as often as it repeats; `glued`: a post may follow the name
    with no separator (`ông Nguyễn Bá Diệp Phó Chủ tịch ...`); one short descriptor between commas is
    passed over (`TS Võ Tòng Xuân, chuyên gia lúa gạo, Hiệu trưởng ...`); `listed`: the name's own post stands
    before it, as in a list of people each after their post (`Thủ tướng Narendra Modi, Tổng thống ...`); `appointed`:
    a full name with no post before it, so `làm` + a post gives it (`bầu ông X làm Trưởng đoàn`; after `em trai Bí
    thư tỉnh Y Phạm Thị Z` the post is the brother's; `ông Bình làm Chủ tịch` restates a known post in short).
    """
    spans = []
    last = j
    k = j + 1
    closing = False
    skipped = aside = False
    while k < len(units):
        sep = units[k].key
        predicate = (phrase_at(units, k, PREDICATES) or int(appointed and units[k].key == APPOINTED_AS)) \
            if not spans else 0
        if sep in SEPARATORS:
            start = k + 1
        elif glued and not spans and post_at(units, k):
            start = k
        elif predicate and post_at(units, k + predicate) and is_capitalised(units[k + predicate].text):
            start = k + predicate  # `ông Trần Bạch Đằng từng là Bí thư Thành ủy ...`, `ông X là Chủ tịch ...`
        else:
            break
        if sep == "(":
            closing = True
        if sep in (",", "-", "–") and start < len(units) and units[start].key == HELD_TOGETHER:
            start += 1  # `Phó Tổng cục trưởng Tổng cục Lâm nghiệp, kiêm giữ chức Cục trưởng Cục Kiểm lâm`
        start += _former_phrase_at(units, start)  # `, từng là Bộ trưởng ...`
        n = post_at(units, start)
        if not n:
            close = _aside_end(units, k) if sep == "(" and not spans and not aside else None
            if close is not None:  # `Bùi Mạnh Quốc (31 tuổi), Giám đốc ...`: an aside, then the post
                aside, closing = True, False
                k = close + 1
                continue
            nxt = _descriptor_end(units, start)
            if spans or skipped or sep not in (",", "-", "–") or nxt is None:
                break
            skipped = True
            k = nxt
            continue
        end = org_run(units, start + n, upper_sentence)
        if not spans:
            end = _past_company_name(units, end, upper_sentence)  # `ông X, Giám đốc Công ty CP Đầu tư Thái Bình Dương`
        if end < len(units) and is_full_name(units[end], upper_sentence) and not is_place_at(units, end):
            if spans or end + 1 < len(units) and units[end + 1].key not in _ORG_NAME_CLOSERS \
                    or not any(u.key in ORG_NAMED_HEADS for u in units[start:end]) and not names_village(units, end):
                break  # `..., Bí thư Thành ủy Hà Nội Hoàng Trung Hải`: the next person's title
            end = org_run(units, end + 1, upper_sentence)  # `ông X, Giám đốc Công ty ... Hoàng Gia Phát (TP.HCM)`
        if is_foreign_name(units[j].text) and _foreign_name_ends_run(units, start + n, end, listed):
            break  # `X, Giám đốc Tình báo Quốc gia Avril Haines, ...`: the next person's title and name (in lists of
            # foreign people; a Vietnamese official's body may end on a place or brand: `huyện Ea Kar`, `Cen Land`)
        if end == start + n and _body_after_comma(units, end, upper_sentence):
            end = org_run(units, end + 1, upper_sentence)  # `thanh tra viên, Thanh tra Bộ X`: the post's body
        if closing:
            end = _bracket_title_end(units, end, upper_sentence)
        end = lower_run_to_boundary(units, end)
        spans.append((start, end))
        last = end - 1
        k = end
        if closing and k < len(units) and units[k].key == ")":
            last = k
            k += 1
            closing = False
    return spans, last


def names_village(units: list[Unit], k: int) -> bool:
    """`ông X - Trưởng thôn Đồng Còng, xã ...`: the name at unit k, after a post ending on a village word and before
    a closer, is the village's (its first syllable may be a family name: `Đồng`, `Lò`); a person's full name
    mostly has three syllables (`Trưởng thôn Nguyễn Văn Trịnh`)."""
    village = units[k - 1].text.rsplit(" ", 1)[-1] if k > 0 else ""  # lower case: `Nhật Bản` is a country
    return 0 < k < len(units) - 1 and village.islower() and fold(village) in VILLAGE_WORDS \
        and len(units[k].text.split()) <= MAX_VILLAGE_NAME_SYLLABLES and units[k + 1].key in _ORG_NAME_CLOSERS


def _foreign_name_ends_run(units: list[Unit], a: int, end: int, listed: bool) -> bool:
    """The organisation run [a, end) ends on a foreign personal name written after a Vietnamese word of the
    body's name (`Tình báo Quốc gia` + `Avril Haines`, `Tư pháp Mỹ` + `Merrick Garland`, the tokenizer's `Nội địa
    Alejandro` + `Mayorkas`): the next person's. Syllables, since the tokenizer may glue the name to the body."""
    while end > a and units[end - 1].key in ("và", "&"):
        end -= 1  # `Avril Haines và`: the run went on to the next post
    syllables = [(x, k) for k in range(a, end) for x in units[k].text.split()]
    n = len(syllables)
    while n > 0 and syllables[n - 1][0].isascii() and (
            syllables[n - 1][0][:1].isupper() or syllables[n - 1][0] in NAME_PARTICLES):
        n -= 1
    if n == 0:  # `Thủ tướng Narendra Modi, Tổng thống Pranab Mukherjee và Phó Tổng thống ...`: in a list of posts
        # and names, foreign words alone between a post and the next post are a name (`Ông Jeff Bezos, Chủ tịch Blue
        # Origin, Giám đốc ...` is one person's chain: the name had no post before it); so is a foreign name of no
        # organisation's or place's words ending the list (`Ngoại trưởng Antony Blinken, Bộ trưởng Quốc phòng Lloyd
        # Austin.`, `Chủ tịch Hạ viện Nancy Pelosi, Chủ tịch Thượng viện Patrick Leahy cũng ...`)
        if not listed or len(syllables) < MIN_FULL_NAME_SYLLABLES \
                or not is_foreign_name(" ".join(x for x, _ in syllables[-MIN_FULL_NAME_SYLLABLES:])):
            return False
        if end < len(units) and units[end].key in (",", ";", "và") and end + 1 < len(units) and post_at(units, end + 1):
            return True
        return (end >= len(units) or not is_capitalised(units[end].text)) and not any(
            fold(x) in FOREIGN_ORG_WORDS or is_place_name(x) for x, _ in syllables)
    if n == len(syllables):
        return False
    words = " ".join(x for x, _ in syllables[n:])
    body_unit = syllables[n - 1][1]
    body_word = fold(" ".join(x for x in units[body_unit].text.split() if not x.isascii()))
    # `Giám đốc Trung tâm Carnegie Moscow`, `Chủ tịch Tập đoàn Thai Group`: an organisation's name after its head
    # `thị trưởng của Castiglione di Sicilia`: after `của` the foreign words are the body's own name
    # In a list of posts and names (`listed`), a field word then a foreign name opens the next person's
    # (`Ngoại trưởng Antony Blinken, Bộ trưởng Quốc phòng Lloyd Austin`).
    return is_foreign_name(words) and body_word not in ORG_NAMED_HEADS \
        and not (body_unit == a and body_word in ORG_WORDS and not listed) \
        and body_word != "của" \
        and not any(fold(w) in FOREIGN_ORG_WORDS or is_place_name(w) for w in words.replace("-", " ").split())


def body_shared_over_kiem(units: list[Unit], spans: list[Span], n: int) -> Span | None:
    """`Chánh văn phòng kiêm Người phát ngôn UBND quận 1`, `Chủ tịch HĐQT kiêm Tổng giám đốc CICO 501`: a post
    written bare (or with a bare board) before `kiêm` is held in the organisation of the post after it: the units of
    that organisation, else None."""
    a, b = spans[n][:2]
    if n + 1 >= len(spans) or b >= len(units) or units[b].key != "kiêm" or spans[n + 1][0] != b + 1:
        return None
    post = fold(" ".join(ABBREVIATIONS.get(u.text, u.key) for u in units[a:b]))
    party = _party_place_over_kiem(units, post, *spans[n + 1][:2])
    if party:
        return party
    words = post.split()
    with_body = any(" ".join(words[m:m + w]) in ORG_LOWER for m in range(1, len(words)) for w in (1, 2, 3))
    if with_body and not any(post.endswith(" " + w) for w in BODIES_OF_THE_NEXT_POST) \
            or any(post == w or post.startswith(w + " ") for w in POSTS_OF_THEIR_OWN_BODY):
        return None  # `Bí thư Huyện ủy kiêm ...`, `Chủ tịch HĐND kiêm ...`: the post names its own body
    start, end = spans[n + 1][:2]
    org = start + post_at(units, start)
    if org < end and units[org].key in ORG_LOWER and units[org].key not in ORG_WORDS and not units[org].text[:1].isupper():
        return None  # `... kiêm Chủ tịch huyện X`: a place alone, whose body differs by post
    return (org, end) if org < end else None


_PEOPLES_BODIES = frozenset({"", "ủy ban nhân dân", "hội đồng nhân dân"})  # between the next post and its place
_PEOPLES_HEADS = frozenset({"chủ tịch", "phó chủ tịch"})  # `Chủ tịch phường X`: a people's committee's chair
_COMMITTEES = frozenset(fold(c) for c in PARTY_COMMITTEES.values())
_CITY = fold("thành phố")


def _party_place_over_kiem(units: list[Unit], post: str, start: int, end: int) -> Span | None:
    """`Bí thư kiêm Chủ tịch UBND huyện Nhà Bè`, `Bí thư Quận ủy kiêm Chủ tịch UBND quận Nam Từ Liêm`: a party
    secretary's committee (folded `post`) sits at the place of the next post (units start to end), not in its body:
    the units of that place (with its level word where `party_committee_of_place` reads the committee from it), else
    None."""
    words = post.split()
    committee = next((" ".join(words[m:]) for m in range(2, len(words)) if " ".join(words[:m]) in PARTY_POSTS), "")
    if post not in PARTY_POSTS and committee not in _COMMITTEES:
        return None
    org = start + post_at(units, start)
    if org - 1 > start and units[org - 1].key in PARTY_COMMITTEES:
        org -= 1  # `Chủ tịch phường` is one post of the lexicon: its level word opens the place
    expanded = [fold(ABBREVIATIONS.get(u.text, u.key)) for u in units[org:end]]
    level = next((m for m, w in enumerate(expanded) if w in PARTY_COMMITTEES or w.startswith(_CITY + " ")), None)
    if level is None or " ".join(expanded[:level]) not in _PEOPLES_BODIES:
        return None
    # (the next post's body absorbed into the post must be a people's committee: not `Trưởng Công an xã X`,
    # `Chủ tịch Hội Nông dân xã X`)
    next_post = fold(" ".join(ABBREVIATIONS.get(u.text, u.key) for u in units[start:org]))
    if not level and not (next_post.endswith(tuple(b for b in _PEOPLES_BODIES if b)) or next_post in _PEOPLES_HEADS):
        return None
    key, level = expanded[level], org + level
    if key not in PARTY_COMMITTEES:
        # One unit for the level and the name (`TP.HCM`): the committee the place's level calls for, the name whole.
        return (level, end) if committee in ("", fold(PARTY_COMMITTEES[_CITY])) else None
    if level + 1 >= end or committee and committee != fold(PARTY_COMMITTEES[key]):
        return None  # `Bí thư Đảng ủy kiêm Chủ tịch UBND huyện`: no place, or another committee than the place's
    keep_level = not committee or committee == fold(PARTY_COMMITTEES[key]) and (
        PARTY_COMMITTEES[key] == BELOW_DISTRICT or units[level + 1].text[:1].isdigit())
    return (level if keep_level else level + 1, end)


def _body_after_comma(units: list[Unit], k: int, upper_sentence: bool) -> bool:
    """A comma (or dash) at k, then a body's name with no post head (`Thanh tra Bộ X`, `Vụ I - Thanh tra Chính phủ`,
    `Cục Y`): the body of the bare post before the comma."""
    if k + 1 >= len(units) or units[k].key not in (",", "-", "–"):
        return False  # `Quyền Cục trưởng - Cục Kinh tế và Phát triển quỹ đất`: a dash between them too
    u = units[k + 1]
    return is_capitalised(u.text) and (u.key in ORG_WORDS or u.key in ORG_HEAD_WORDS) and not post_at(units, k + 1) \
        and not is_full_name(u, upper_sentence)


def _aside_end(units: list[Unit], k: int) -> int | None:
    """Index of the `)` closing a short aside opened at k that holds no post (`(31 tuổi)`,
    `(sinh năm 1975)`, `(tức hòa thượng Thích Bảo Nghiêm)`), when a separator and a post follow it."""
    for c in range(k + 1, min(len(units), k + 1 + MAX_ASIDE_UNITS)):
        if units[c].key == ")":
            after = c + 1
            if after + 1 < len(units) and units[after].key in SEPARATORS and units[after].key != "(":
                start = after + 1 + _former_phrase_at(units, after + 1)
                if post_at(units, start) or _descriptor_end(units, start) is not None:
                    return c
            return None
        if units[c].key in ("(", ";", ".") or post_at(units, c):
            return None
    return None


def _bracket_title_end(units: list[Unit], end: int, upper_sentence: bool) -> int:
    """A post in brackets runs to the closing bracket when only words of its organisation are left
    (`(Giám đốc trung tâm quản lý và điều hành giao thông đô thị Hà Nội)`)."""
    for c in range(end, min(len(units), end + MAX_BRACKET_TITLE_UNITS)):
        u = units[c]
        if u.key == ")":
            return c
        if not any(ch.isalpha() for ch in u.text) or post_at(units, c) or u.key in HONORIFICS \
                or is_full_name(u, upper_sentence) and not is_place_at(units, c):
            return end
    return end


def _former_phrase_at(units: list[Unit], i: int) -> int:
    """Units spanned by `từng là` / `nguyên là` / `hiện giữ chức vụ` at i when a post follows, else 0."""
    n = phrase_at(units, i, LEAD_PHRASES)
    return n if n and post_at(units, i + n) else 0


def is_former(units: list[Unit], a: int, b: int) -> bool:
    """The post spanning units a..b is marked as no longer held: `nguyên Chủ tịch`, `cựu Tổng thống`,
    `..., từng là Bộ trưởng`."""
    k = a
    while k < b and units[k].key in MODIFIERS:
        if units[k].key in FORMER:
            return True
        k += 1
    return follows_former_phrase(units, a)


def follows_former_phrase(units: list[Unit], a: int) -> bool:
    """A `từng là` / `nguyên là` phrase ends right before unit a."""
    return any(phrase_at(units, m, FORMER_BEFORE) == a - m for m in range(max(0, a - MAX_PHRASE_UNITS), a))


def _descriptor_end(units: list[Unit], start: int) -> int | None:
    """Index of the `,` after a short descriptor opening in lower case that a post follows, else None
    (`chuyên gia lúa gạo`, `tu sĩ Phật giáo`)."""
    for k in range(start, min(len(units), start + MAX_DESCRIPTOR_UNITS)):
        u = units[k]
        if u.key == ",":
            return k if k > start and post_at(units, k + 1) else None
        if k == start and not u.text.islower() or u.key in ROLE_BY_CUE or any(c.isdigit() for c in u.text) \
                or u.key in HONORIFICS or not any(c.isalpha() for c in u.text) or is_full_name(u, False):
            return None
    return None


def state_holder_post(units: list[Unit], pre: Span) -> bool:
    """The post chain before a foreign name is a state's, so the name is its holder's without `ông`/`bà` elsewhere:
    a head of state's or one naming a country (`state_post_chain`), a state post with its field in one lexicon entry
    (`Bộ trưởng Quốc phòng Lloyd Austin`), or a post of a state's body (`Chủ tịch Hạ viện Nancy Pelosi`)."""
    if state_post_chain(units, pre):
        return True
    a, b = pre
    while a < b and units[a].key in MODIFIERS:
        a += 1
    words = " ".join(u.key for u in units[a:a + post_at(units, a)]).split()
    return any(" ".join(words[:m]) in STATE_POSTS for m in range(1, len(words))) \
        or any(units[k].key in STATE_BODIES for k in range(a, b))
