"""Mentions: the people named in one sentence, each with the titles written around the name."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from vnextract.extractors.lexicon import load_json
from vnextract.extractors.normalize import fold, fold_window
from vnextract.extractors.officials.bodies import (
    NAME_PARTS_AFTER_HEAD,
    canonical_bodies,
    complete_state_post,
    ministry_of_sentence,
)
from vnextract.extractors.officials.chains import (
    APPOINTED_AS,
    CHAIN_OPENERS,
    FIELD_OPENER,
    HELD_TOGETHER,
    MAX_FIELD_UNITS,
    MAX_PRE_TITLE_UNITS,
    Span,
    body_shared_over_kiem,
    colon_list_heads,
    counted_list_head,
    follows_former_phrase,
    is_former,
    list_head_title,
    names_company_after_legal_form,
    names_village,
    post_titles,
    pre_title,
    state_holder_post,
    title_before_honorific,
)
from vnextract.extractors.officials.foreign_names import (
    MAX_FOREIGN_NAME_WORDS,
    STATE_WORD,
    Sentence,
    body_word_before_foreign_name,
    foreign_name_after_body_abbreviation,
    foreign_name_before_post,
    merge_foreign_name,
    place_before_foreign_name,
    split_leading_body,
)
from vnextract.extractors.officials.name_cuts import (
    family_name_split_off,
    is_caps_name,
    last_syllable_split_off,
    mend_glued_words,
    merge_caps_name,
    rejoin_place_after_country,
    split_place_glued_to_name,
)
from vnextract.extractors.officials.names import (
    HONORIFIC_SET,
    MIN_FULL_NAME_SYLLABLES,
    country_before_foreign_name,
    is_abbreviation,
    is_capitalised,
    is_country_or_single,
    is_foreign_name,
    is_full_name,
    is_place_at,
    is_place_name,
    is_title_case_name,
    names_organisation,
)
from vnextract.extractors.officials.posts import (
    ORG_HEAD_WORDS,
    field_before_of,
    is_name_word,
    org_continues,
    org_run,
    post_at,
)
from vnextract.extractors.officials.roles import assign_roles
from vnextract.extractors.officials.titles import canonical_title
from vnextract.extractors.officials.units import Unit, match_lexicon, phrase_at
from vnextract.extractors.officials.vocabulary import (
    ABBREVIATIONS,
    ABBREVIATIONS_FOLDED,
    ADMIN_BEFORE_PLACE,
    BAN_KINDS,
    BODIES_OF_THE_NEXT_POST,
    BODY_NAME_JOINERS,
    DECEASED,
    HONORIFIC_BEFORE,
    NAME_PARTICLES,
    NAMED_AFTER,
    ORG_WORDS,
    PLACE_BODIES,
    POSTS,
    PREDICATES,
    RANKS,
    SURNAMES,
)

HONORIFIC_LOOKBACK_CHARS = 20  # text before a name searched for `ông`, `đồng chí`
MIN_UPPER_SENTENCE_CHARS = 10  # a longer sentence all in capitals is a title written in capitals
# `Đại sứ` + `thương hiệu`: a post head, then a word making it an honorary role
_HONORARY_AFTER_POST = {fold(h): frozenset(fold(w) for w in words)
                        for h, words in load_json("officials.json")["honorary_after_post"].items()}
_POST_MODIFIERS = load_json("post_modifiers.json")
HOLDING_LEADS = frozenset(fold(w) for w in _POST_MODIFIERS["holding_leads"])  # `chỉ`, `được bổ nhiệm` + `giữ chức`
HOLDING_TITLES = frozenset(fold(w) for w in _POST_MODIFIERS["holding_titles"])  # `giữ chức danh` + the post
MAX_HOLDING_LEAD_UNITS = 6  # `được` `Bộ Chính trị` `phân công`: units between a name and its holding phrase
MAX_SHORT_NAME_SYLLABLES = 2   # `ông Chung`, `bà Kim Ngân`: a short form, not a full name
MAX_BODY_NAME_UNITS = 8        # `Sở` + `lao động` `-` `thương binh` `và` `xã hội`: units of a body's name capitalised
_HEAD_POSTS = ("trưởng", "giám đốc")  # `Trưởng ban`, `Phó giám đốc` + `sở`: a post before a body's head
_BODY_HEADS = ("ban", *NAME_PARTS_AFTER_HEAD)
MAX_ORG_WORD_WORDS = 3         # `tổng công ty`: words of an organisation word
_CLAUSE_OPENERS = frozenset({",", ";", ":"})  # before a post opening a clause, after a lead phrase
_NAME_ENDS = frozenset({",", ";", ".", ":", "(", ")"})  # the first of them after a post's word ends its body
_JOIN_EARLIER_TITLE = (",", ";", ":", "có", "và", "-", "–")  # before an earlier post of the same person's chain
# between two posts before one name: `Bí thư Đảng ủy - Chủ tịch UBND xã X Đỗ Minh Toàn`, `kiêm`
_BETWEEN_PRE_TITLES = (",", "kiêm", "-", "–")


@dataclass
class Mention:
    name: str
    start: int           # name span in the text
    end: int
    first: int           # first unit of the whole chain (honorific or pre-title)
    last: int            # last unit of the chain (name or last title), inclusive
    name_unit: int
    titles: list[str] = field(default_factory=list)
    former: list[bool] = field(default_factory=list)  # parallel to titles
    short: bool = False   # given name only (`ông Chung`)
    unverified: bool = False  # no family name, no honorific: kept only if the article says `ông X` too
    honorific: bool = False   # introduced by `ông`, `bà`, `cô`
    deceased: bool = False    # `cố` right before the chain: the person has died
    roles: set[str] = field(default_factory=set)


@dataclass
class _Name:
    """A name read at a unit, and what introduces it."""
    unit: int
    units: int           # units the name spans (2: a family name the tokenizer split off)
    full: bool
    caps_name: bool      # written in capitals after an honorific (`Ông NGUYỄN CHÍ THÁI`)
    honorific: bool
    rank: bool
    pre: Span | None     # the post chain right before the name (or before its honorific)
    unverified: bool

    @property
    def introduced(self) -> bool:
        return self.honorific or self.rank


def find_mentions(doc: Doc, sent, units: list[Unit]) -> list[Mention]:
    """The sentence's mentions, roles assigned. `sent`: a Span or a (first token, end token, start char,
    end char) tuple; `units`: its units (`sentence_units`), which a foreign name split over several may merge."""
    text = doc.text
    s_start, s_end = (sent[2], sent[3]) if isinstance(sent, tuple) else (sent.start_char, sent.end_char)
    sent_text = text[s_start:s_end]
    sentence = Sentence(text, s_start, units, len(sent_text) > MIN_UPPER_SENTENCE_CHARS
                         and sent_text == sent_text.upper())
    mend_glued_words(units, sent_text, sentence.upper)  # `nguyên Chánh`, `Công-Trưởng`: cut before names are read
    mentions: list[Mention] = []
    j = 0
    floor = 0  # units before it belong to an earlier person's chain
    # Every name opens with a capital letter: the units that do, found by `list.index` (most units do not).
    _capitalise_body_names(units)
    capitalised = _capitalised(units)
    while True:
        try:
            j = capitalised.index(True, j)
        except ValueError:
            break
        name = _read_name(sentence, j, floor)
        if len(units) != len(capitalised):  # a foreign name's words were merged into one unit
            capitalised = _capitalised(units)
        if name is None:
            j += 1
            continue
        mention = _mention(sentence, name, floor)
        mentions.append(mention)
        j = floor = mention.last + 1
    assign_roles(units, mentions)
    return mentions


def _capitalise_body_names(units: list[Unit]):
    """`Ban` + `chỉ đạo`, `Trưởng ban` + `quản lý`, `Sở` + `tài nguyên – môi trường`: the lower-case words naming the
    Ban's kind, or a state body after its head, are the body's name, capitalised as in official usage (`Ban Chỉ đạo`,
    `Sở Tài nguyên – Môi trường`), so the chain reads on through the rest of the name."""
    for k, u in enumerate(units[:-1]):
        if not u.key.endswith(_BODY_HEADS):
            continue  # the cheap test first: most units end on no body's head
        head = u.key.rsplit(" ", 1)[-1]
        parts = BAN_KINDS if head == "ban" else NAME_PARTS_AFTER_HEAD.get(head)
        if parts is None or u.key != head and not u.key[:-len(head)].rstrip().endswith(_HEAD_POSTS) \
                or not (u.text[:1].isupper() or k and units[k - 1].key.endswith(_HEAD_POSTS)):
            continue  # `cán bộ`, `toàn bộ`; a lower-case `bộ` after no post
        m = k + 1
        while m < len(units) and m - k <= MAX_BODY_NAME_UNITS:
            # `dân vận Tỉnh`: the tokenizer glued a Ban's kind to the next word of the name
            n = phrase_at(units, m, parts) or head == "ban" and any(units[m].key.startswith(f"{b} ") for b in parts)
            if not n:
                break
            for x in range(m, m + n):
                if units[x].text[:1].islower():
                    units[x] = Unit(units[x].text[:1].upper() + units[x].text[1:], units[x].start, units[x].end,
                                    units[x].key)
            m += n
            if head == "ban" or m + 1 >= len(units) or units[m].key not in BODY_NAME_JOINERS \
                    or not phrase_at(units, m + 1, parts):
                break
            m += 1  # `tài nguyên` + `–` + `môi trường`


def _capitalised(units: list[Unit]) -> list[bool]:
    return [u.text[:1].isupper() for u in units]


def _read_name(s: Sentence, j: int, floor: int) -> _Name | None:
    """The name unit j opens, with the posts, honorific or rank introducing it, else None."""
    units, upper = s.units, s.upper
    u = units[j]
    if not u.text[:1].isupper():
        return None  # every name, in capitals or not, opens with a capital letter (the cheap test first)
    if j > 0 and units[j - 1].key in ADMIN_BEFORE_PLACE:
        rejoin_place_after_country(units, j)
        split_place_glued_to_name(units, j)
    if not upper and j > 0 and units[j - 1].key in HONORIFIC_SET and u.text.isupper():
        u = merge_caps_name(units, j)
    caps_name = is_caps_name(units, j, upper)
    if not caps_name and (not is_capitalised(u.text) or u.key in POSTS or u.key in HONORIFIC_SET
                          or is_abbreviation(u.text) and not upper):
        return None
    before = s.text[max(s.start, u.start - HONORIFIC_LOOKBACK_CHARS):u.start]
    honorific = bool(HONORIFIC_BEFORE.search(fold_window(before))) and not (
        j > 0 and " " in units[j - 1].key and units[j - 1].key not in HONORIFIC_SET  # `huyện Đông Anh`: not `anh`
        and is_place_name(units[j - 1].text)
        or country_before_foreign_name(units, j))
    # A place, or `Viện Phan Châu Trinh`, `đường Lê Lợi`; but `ông Đức`, `bà Nga` are people.
    if (is_place_at(units, j) and not (honorific and is_country_or_single(u.text))) \
            or j > 0 and units[j - 1].key in NAMED_AFTER or names_organisation(units, j):
        return None
    rank = j > 0 and units[j - 1].key in RANKS and match_lexicon(units, max(0, j - 1), RANKS) == 1
    pre = title_before_honorific(units, j, upper, floor) if honorific or rank else pre_title(units, j, upper, floor)
    if pre is None and not honorific and not rank and foreign_name_after_body_abbreviation(units, j):
        pre = pre_title(units, j - 1, upper, floor)  # `Chủ tịch UEFA, Aleksander Ceferin`: the post, a comma, its holder
    if pre is None and not honorific and not rank:
        pre = _post_comma_before_speaker(s, j, floor)  # `Chủ tịch UBND huyện Lộc Bình, Lương Trọng Quỳnh cho biết`
    if pre and not honorific and not rank and not is_full_name(u, upper or caps_name) \
            and _body_after_of_before(units, pre, j):
        return None  # `thị trưởng của Castiglione di Sicilia`: what follows `của` is the post's body, not its holder
    if pre and not honorific and not rank and names_village(units, j):
        return None  # `thôn trưởng thôn Lò To, xã Hàm Cần`: the village the post heads, its holder named elsewhere
    if pre and not honorific and not rank and names_company_after_legal_form(units, j):
        return None  # `Giám đốc Cty TNHH TM XNK Hoàng Gia Phát`: the company's name, its holder written apart
    if pre and not honorific and _claimed_by_organisation(units, pre, j, upper):
        return None  # `Công ty TNHH MTV Phát triển Công viên phần mềm Quang Trung`: the company's name
    full = is_full_name(u, upper or caps_name)
    if pre is None and full and not honorific and not rank:
        pre = _place_body_before(units, j, floor)  # `UBND quận Hai Bà Trưng Vũ Văn Hoạt`: the body for the post
    name_units = 1
    if not full and family_name_split_off(units, j, upper, honorific or pre is not None):
        full, name_units = True, 2
    elif full and (pre or honorific or rank) and last_syllable_split_off(units, j, upper):
        name_units = 2  # `Người phát ngôn Bộ Ngoại giao Trung Quốc Triệu Lập` + `Kiên`
    if not full and pre and body_word_before_foreign_name(units, j, upper):
        return None  # `Bộ trưởng Ngân khố Steven Mnuchin`: the Vietnamese word before a foreign name is the body's
    if not full and pre and place_before_foreign_name(s, j):
        return None  # `Đội trưởng Tottenham Hugo Lloris`: the club the article names on its own, then the person
    if full and (pre or honorific) and is_foreign_name(u.text):
        u = merge_foreign_name(s, j)  # `Kim Jong` + `Un`: a family name Vietnamese shares opens a foreign name
    if not full and (pre or honorific and u.text.isascii()) and u.key not in ORG_WORDS \
            and not is_place_name(u.text):
        u = merge_foreign_name(s, j)
    if pre and split_leading_body(s, j):
        return None  # `Tổng thống Italia Sergio Mattarella`: the place or brand is the post's; the person is read next
    unverified = False
    if not full and pre and len(u.text.split()) >= 2 and is_title_case_name(u.text, upper) \
            and u.key not in ORG_WORDS and not is_place_name(u.text) and not org_continues(units, j + 1):
        full = True  # a name without a Vietnamese family name after its post (`Tổng thống Donald Trump`)
        unverified = not state_holder_post(units, pre) and not _owner_after(units, j, upper)
    if not full and (honorific or rank) and is_foreign_name(u.text):
        full = True  # `ông Saif al-Thani, giám đốc ...`, `tướng Hadi Tjahjanto`: a foreign full name, not a short form
    if not full and pre is None and not honorific and not rank and foreign_name_before_post(s, j):
        u = merge_foreign_name(s, j)  # `Marco Rubio, phó chủ tịch ủy ban tình báo Thượng viện Mỹ`: name, then post
        full = True
    after_level = j > 0 and (units[j - 1].key in ADMIN_BEFORE_PLACE or units[j - 1].key == STATE_WORD)
    if (not full or after_level and not _is_vietnamese_name(u.text)) and pre and not honorific and j + 3 < len(units) \
            and units[j + 1].key == "," and units[j + 2].key in HONORIFIC_SET and is_capitalised(units[j + 3].text):
        return None  # `cựu chủ tịch Barca, ông Juan Laporta`, `Thống đốc bang New York, ông Andrew Cuomo`: the words
        # after the post are its body, the person follows
    name = _Name(j, name_units, full, caps_name, honorific, rank, pre, unverified)
    if not full and not _may_be_short_name(units, name, upper):
        return None
    if not full and pre and not honorific and not rank and _inside_post_before_speaker(s, j, floor):
        return None  # `Giám đốc điều hành Pfizer, Albert Bourla cho biết`: the brand is the post's, the person follows
    if not full and pre and not honorific and not rank and _chain_runs_to_later_name(s, j, pre, floor):
        return None  # `Cục trưởng Cục Chống tham nhũng (Thanh tra Chính phủ) Phạm Trọng Đạt`: a word of the body
    return name


def _post_comma_before_speaker(s: Sentence, j: int, floor: int) -> Span | None:
    """`Chủ tịch UBND huyện Lộc Bình, Lương Trọng Quỳnh cho biết`, `Giám đốc điều hành Pfizer, Albert Bourla cho
    biết`: a post with its body opening the clause, a comma, then a full name (one unit, or foreign words) and the
    verb it is the subject of: the post chain, else None. Not a list (`, A và B`), not `Theo Giám đốc Sở, A ...`
    (the post is the source, the name after the comma someone else)."""
    units = s.units
    if s.upper or j < 2 or units[j - 1].key != ",":
        return None  # the cheap tests first
    k = j
    while k < len(units) and k - j < MAX_FOREIGN_NAME_WORDS and is_title_case_name(units[k].text, False) \
            and units[k].text.isascii() == units[j].text.isascii() and not post_at(units, k):
        k += 1
    written = s.text[units[j].start:units[k - 1].end]
    if not (k == j + 1 and is_full_name(units[j], False) and not is_foreign_name(written)
            or units[j].text.isascii() and len(written.split()) >= MIN_FULL_NAME_SYLLABLES
            and is_foreign_name(written)):
        return None
    if k >= len(units) or not units[k].text[:1].islower() or units[k].key in CHAIN_OPENERS \
            or units[k].key == "của":
        return None  # `, Nguyễn Văn A và ...`, `, A của ...`: a list, or a name that is not the clause's subject
    pre = pre_title(units, j - 1, False, floor)
    if pre is None or pre[1] != j - 1 or pre[1] - pre[0] < 2 \
            or any(is_full_name(u, False) for u in units[pre[0]:pre[1]]):
        return None  # a bare post (`Thủ tướng, A`) may head a list of people; its body says whose post it is
    start = pre[0]
    while start > floor and units[start - 1].key == HELD_TOGETHER:  # `Giám đốc HĐQT kiêm Chủ tịch Viện X, A`
        earlier = pre_title(units, start - 1, False, floor)
        if earlier is None:
            break
        start = earlier[0]
    return pre if start == 0 or units[start - 1].key in _CLAUSE_OPENERS else None


def _chain_runs_to_later_name(s: Sentence, j: int, pre: Span, floor: int) -> bool:
    """The post chain read before the short name at unit j runs on, through its body's words (and a bracket), to a
    full name after it: the chain is that person's, the word at j part of the body's name."""
    units = s.units
    for k in range(j + 1, min(len(units), pre[0] + MAX_PRE_TITLE_UNITS + 1)):
        if units[k].key in (";", ".", ":") or units[k].key in HONORIFIC_SET:
            return False
        # a foreign name only right after a bracket (`... quốc tế (IOC) Thomas Bach`): `Chủ tịch Perez của Real Madrid`
        # is the person, then the club
        if (is_full_name(units[k], s.upper) or units[k - 1].key == ")" and len(units[k].text.split()) > 1
                and is_foreign_name(units[k].text)) and not is_place_at(units, k):
            span = pre_title(units, k, s.upper, floor)
            return span is not None and span[0] == pre[0]
    return False


def _inside_post_before_speaker(s: Sentence, j: int, floor: int) -> bool:
    """Unit j, a word after a post (`Giám đốc điều hành` + `Pfizer`, `Bộ trưởng Điều phối` + `Các`), is inside the
    post's body that a comma and its holder follow (`..., Albert Bourla cho biết`): no short name of a person."""
    units = s.units
    comma = next((c for c in range(j + 1, min(len(units), j + MAX_PRE_TITLE_UNITS)) if units[c].key in _NAME_ENDS),
                 None)
    if comma is None or units[comma].key != ",":
        return False
    pre = _post_comma_before_speaker(s, comma + 1, floor)
    return pre is not None and pre[0] < j


def _body_after_of_before(units: list[Unit], pre: Span, j: int) -> bool:
    """The post before unit j goes on with `của` right after its head, and j is (inside) the body named after it:
    no place stands between (`Thủ tướng Chính phủ của Syria Imad Khamis` is the person)."""
    k = pre[0] + post_at(units, pre[0])
    k = (field_before_of(units, k) or k + 1) - 1  # `giám đốc pháp lí của Trump Organization`: the post's field first
    return k < j and units[k].key == "của" and not any(is_place_name(units[m].text) for m in range(k + 1, j))


def _claimed_by_organisation(units: list[Unit], pre: Span, j: int, upper_sentence: bool) -> bool:
    """The organisation of the post before unit j takes j as its own name (a brand, a name after lower-case words)."""
    claimed: set[int] = set()
    org_run(units, pre[0] + post_at(units, pre[0]), upper_sentence, claimed)
    return j in claimed


def _place_body_before(units: list[Unit], j: int, floor: int) -> Span | None:
    """A place's people's committee or council written right before a full name, no post head (`UBND quận Hai Bà
    Trưng Vũ Văn Hoạt`): its units, else None."""
    k = j - 1
    while k > floor and is_place_at(units, k) and is_capitalised(units[k].text):
        k -= 1
    if k == j - 1 or k - 1 < floor or units[k].key not in ADMIN_BEFORE_PLACE:
        return None
    body = units[k - 1]
    if fold(ABBREVIATIONS.get(body.text, body.text)) not in PLACE_BODIES \
            or k - 2 >= floor and (is_capitalised(units[k - 2].text) or post_at(units, k - 2)):
        return None
    return k - 1, j


def _may_be_short_name(units: list[Unit], name: _Name, upper_sentence: bool) -> bool:
    """A given name alone (`ông Chung`, `Bí thư Dũng`) may stand for a person: after an honorific, a rank or a post."""
    j = name.unit
    u = units[j]
    return bool(name.introduced or name.pre) and is_title_case_name(u.text, upper_sentence) \
        and (not is_place_name(u.text) or name.honorific and is_country_or_single(u.text)) \
        and u.key not in ABBREVIATIONS_FOLDED and u.key not in ORG_WORDS \
        and not post_at(units, j) and (name.introduced or not org_continues(units, j + 1))


def _mention(s: Sentence, name: _Name, floor: int) -> Mention:
    """The mention of a name read at `name.unit`, with its titles."""
    units, j = s.units, name.unit
    name_end_unit = j + name.units - 1
    start, end = units[j].start, units[name_end_unit].end
    written = s.text[start:end]
    full = name.full
    if s.upper:
        written = written.title()
    elif name.caps_name:
        full = True
    short = not full and len(written.split()) <= MAX_SHORT_NAME_SYLLABLES
    if not full and not short:
        full = True  # a foreign or unusual full name introduced by a post (`Donald Trump`)
    spans, first = _pre_title_spans(s, name, floor)
    post_spans, last = post_titles(units, name_end_unit, s.upper, glued=name.introduced,
                                     listed=bool(name.pre) and not name.honorific, appointed=full and not name.pre)
    held = _held_post_lead(s, name_end_unit) if full and not post_spans else None
    if held:  # `ông X được điều động, bổ nhiệm giữ chức Phó Ban Dân vận Tỉnh ủy`
        post_spans, last = post_titles(units, held[0], s.upper, glued=held[1])
        last = last if post_spans else name_end_unit
    if name.honorific:
        post_spans, last = _before_next_holder(units, post_spans, last, name_end_unit, bool(name.pre))
    spans.extend(post_spans)
    if not spans and full:
        listed = list_head_title(units, j, s.upper)
        if listed:  # `các Phó Thủ tướng: Trương Hòa Bình, Phạm Bình Minh, Vương Đình Huệ`
            spans.append(listed)
        else:
            counted = counted_list_head(units, first, s.upper)
            if counted:  # `8 Phó Giám đốc Sở gồm các ông, bà: A, B, ... và C`
                spans.append(counted)
    if full:  # `các đồng chí Ủy viên Bộ Chính trị: Thủ tướng ... X; các Phó Thủ tướng: A, B`
        heads = [h for h in colon_list_heads(units, first, s.upper) if h not in spans]
        spans[:0] = heads
    owner = _owner_after(units, name_end_unit, s.upper) if name.pre and not post_spans else None
    if owner:  # `Chủ tịch Florentino Perez của Real Madrid`: the post's organisation after the name
        spans = [(a, b) if (a, b) != name.pre else (a, b, *owner) for a, b in spans]
        last = max(last, owner[1] - 1)
    titles, former = _titles(s, spans, name_end_unit, _is_vietnamese_name(written))
    return Mention(name=written, start=start, end=end, first=first, last=max(last, name_end_unit),
                   name_unit=j, titles=titles, former=former, short=short,
                   unverified=name.unverified and not name.introduced,
                   honorific=name.honorific and bool(post_spans) and not name.pre,
                   deceased=first > 0 and units[first - 1].key in DECEASED)


def _held_post_lead(s: Sentence, name_end: int) -> tuple[int, bool] | None:
    """`ông X chỉ giữ chức Giám đốc ...`, `ông X được bầu giữ chức danh Bí thư ...`: after the full name ending at unit
    name_end, the aspect and appointment words (`holding_leads`) and then a holding phrase before a post. Returns where
    `post_titles` reads on from: the unit before a `holding` phrase (read as its predicate), or the last unit of a
    `holding_titles` phrase or `làm` (the post then glued to it); else None. A body between the words may be passed over
    (`được Bộ Chính trị phân công giữ chức`), a person may not."""
    units = s.units
    k, skipped = name_end + 1, 0
    while k < len(units) and k - name_end <= MAX_HOLDING_LEAD_UNITS:
        n = phrase_at(units, k, HOLDING_TITLES) or int(skipped > 0 and units[k].key == APPOINTED_AS)
        if n and post_at(units, k + n) and is_capitalised(units[k + n].text):
            return k + n - 1, True
        if skipped and phrase_at(units, k, PREDICATES):
            return k - 1, False  # `post_titles` reads the phrase as the name's predicate
        n = phrase_at(units, k, HOLDING_LEADS)
        if not n and skipped and units[k - 1].key == "được" and is_capitalised(units[k].text) \
                and units[k].key not in HONORIFIC_SET and not is_full_name(units[k], s.upper):
            n = 1  # the body that gave the post
        if not n:
            return None
        k, skipped = k + n, skipped + 1
    return None


def _before_next_holder(units: list[Unit], spans: list[Span], last: int, name_end: int,
                        post_first: bool) -> tuple[list[Span], int]:
    """`Bí thư Tỉnh ủy, ông A, Chủ tịch UBND tỉnh, ông B cùng ...`: where the person's post stood before the name
    (`post_first`), a post after the name, then `, ông` + a name with no post of its own after it, is that next
    person's; so is a post with its field (`Trợ lý Ngoại trưởng Jordan về các vấn đề chính trị, ông B`), a post-first
    form whatever stood before. `ông A, Bí thư Tỉnh ủy, ông B, Chủ tịch ...` (names before posts) keeps its reading."""
    for n, (a, b) in enumerate(spans):
        field = b < len(units) and units[b].key == FIELD_OPENER
        if field:
            b = next((k for k in range(b + 1, min(len(units), b + MAX_FIELD_UNITS)) if units[k].key == ","), b)
        if (post_first or field) and b + 2 < len(units) and units[b].key == "," and units[b + 1].key in HONORIFIC_SET \
                and is_capitalised(units[b + 2].text) and not _post_after_name(units, b + 2):
            return spans[:n], spans[n - 1][1] - 1 if n else name_end
    return spans, last


def _post_after_name(units: list[Unit], j: int) -> bool:
    """The name opening at unit j (its words may not be merged yet) is followed by a separator and a post."""
    k = j + 1
    while k < len(units) and k - j < MAX_FOREIGN_NAME_WORDS and (is_title_case_name(units[k].text, False)
                                                                  or units[k].text in NAME_PARTICLES):
        k += 1
    return k + 1 < len(units) and units[k].key in (",", "-", "–", "(") and bool(post_at(units, k + 1))


def _owner_after(units: list[Unit], j: int, upper_sentence: bool) -> tuple[int, int] | None:
    """`Florentino Perez của Real Madrid`: the units of the capitalised organisation after `của` that follows
    the name at unit j, else None."""
    k = j + 1
    if k + 1 >= len(units) or units[k].key != "của" or not is_capitalised(units[k + 1].text) \
            or units[k + 1].key in HONORIFIC_SET or post_at(units, k + 1) or is_full_name(units[k + 1], upper_sentence):
        return None
    end = k + 1
    while end < len(units) and is_capitalised(units[end].text) and any(c.isalpha() for c in units[end].text) \
            and units[end].key not in HONORIFIC_SET and not post_at(units, end):
        end += 1
    return k + 1, end


def _pre_title_spans(s: Sentence, name: _Name, floor: int) -> tuple[list[Span], int]:
    """The title spans before the name, and the first unit of the person's chain."""
    units = s.units
    if not name.pre:
        return [], name.unit - 1 if name.introduced else name.unit
    spans = [name.pre]
    first = name.pre[0]
    # `Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Hoàng Trung Hải`: earlier posts, comma- or dash-joined
    # (`Ủy viên Bộ Chính trị - Bí thư Trung ương Đảng - Trưởng Ban Tuyên giáo Trung ương Võ Văn Thưởng`);
    # `Bí thư Quận ủy kiêm Chủ tịch UBND quận X Nguyễn Văn Hải`: or held together (`kiêm`).
    while first - 1 > floor and units[first - 1].key in _BETWEEN_PRE_TITLES:
        more = pre_title(units, first - 1, s.upper, floor)
        held_together = units[first - 1].key == "kiêm"  # the same person's, whatever stands before
        if not more or more[0] > 0 and not held_together and units[more[0] - 1].key not in _JOIN_EARLIER_TITLE \
                and units[more[0] - 1].key not in HONORIFIC_SET:
            break
        spans.insert(0, more)
        first = more[0]
    return spans, first


def _is_vietnamese_name(name: str) -> bool:
    """`Nguyễn Xuân Phúc`, not `Donald Trump`: a Vietnamese official's state posts may leave their body unwritten."""
    return len(name.split()) >= MIN_FULL_NAME_SYLLABLES and fold(name.split()[0]) in SURNAMES \
        and not is_foreign_name(name)


def _titles(s: Sentence, spans: list[Span], name_end_unit: int,
            vietnamese: bool) -> tuple[list[str], list[bool]]:
    """Canonical titles of the spans (each once), and whether each is a former post."""
    titles, former, organisations = [], [], []
    in_former_scope = False  # `từng là A, B`: every post of the predicate is former
    for n, (a, b, *owner) in enumerate(spans):
        head_end = a + post_at(s.units, a)
        # `thanh tra viên, Thanh tra Bộ X`: the comma between a bare post and its body is no part of the title
        words = s.units[a:b] if head_end >= b or s.units[head_end].key not in (",", "-", "–") else \
            s.units[a:head_end] + s.units[head_end + 1:b]
        if owner:
            words = s.units[a:b] + s.units[owner[0]:owner[1]]
        shared = body_shared_over_kiem(s.units, spans, n)
        if shared:
            words = words + s.units[shared[0]:shared[1]]
        if _honorary_role(s.units, a, head_end):
            continue  # `Đại sứ thương hiệu`: a brand's ambassador holds no post
        t = canonical_bodies(canonical_title(words, s.upper, s.text),
                             b < len(s.units) and is_name_word(s.units[b]))
        if vietnamese:
            t = ministry_of_sentence(complete_state_post(t), s.text[s.start:s.units[a].start])
        was = is_former(s.units, a, b)
        if was and a > name_end_unit and follows_former_phrase(s.units, a):
            in_former_scope = True
        if t and t not in titles:
            titles.append(t)
            former.append(was or in_former_scope and a > name_end_unit)
            organisations.append(_organisation(t))
    return [_with_neighbour_body(t, organisations, n) for n, t in enumerate(titles)], former


def _honorary_role(units: list[Unit], a: int, head_end: int) -> bool:
    """The post head spanning units [a, head_end) is followed by a word that makes it an honorary role (`Đại sứ` +
    `thương hiệu`, `hình ảnh`): officials.json `honorary_after_post`."""
    if head_end >= len(units):
        return False
    head = fold(" ".join(u.text for u in units[a:head_end]))
    return any(head.endswith(h) and units[head_end].key in words for h, words in _HONORARY_AFTER_POST.items())


def _organisation(title: str) -> str:
    """The organisation a title names from its organisation word on (`Bệnh viện X` of `Giám đốc Bệnh viện X`), or ''."""
    words = title.split()
    for k in range(1, len(words)):
        if words[k][:1].isupper() and any(fold(" ".join(words[k:k + w])) in ORG_HEAD_WORDS
                                         for w in range(1, MAX_ORG_WORD_WORDS + 1)):
            return " ".join(words[k:])
    return ""


def _with_neighbour_body(title: str, organisations: list[str], n: int) -> str:
    """`Bí thư Đảng ủy` followed (or preceded) in the chain by `Giám đốc Bệnh viện X`: `Bí thư Đảng ủy Bệnh viện X`."""
    if len(organisations) < 2:
        return title  # no neighbour post
    folded = fold(title)
    bare = next((w for w in BODIES_OF_THE_NEXT_POST if folded.endswith(" " + w)), None)
    if bare is None or folded.removesuffix(" " + bare) not in POSTS and not organisations[n].lower() == bare:
        return title
    for m in (n + 1, n - 1):
        org = organisations[m] if 0 <= m < len(organisations) else ""
        place_body = next((p for p in PLACE_BODIES if fold(org).startswith(p + " ")), None)
        if place_body:
            org = org[len(place_body) + 1:]  # `Ủy ban nhân dân xã X` -> `xã X`
        if org and fold(org) not in BODIES_OF_THE_NEXT_POST and fold(org) not in PLACE_BODIES:
            return f"{title} {org}"
    return title
