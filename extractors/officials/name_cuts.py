"""Names the tokenizer cut or glued, mended over a sentence's units before a name is read: a name in capitals after
its honorific, a family name or a last syllable split off the rest, a place glued to the name after it."""
from __future__ import annotations

from vnextract.extractors.normalize import fold
from vnextract.extractors.officials.names import (
    HONORIFIC_SET,
    MAX_NAME_SYLLABLES,
    MIN_FULL_NAME_SYLLABLES,
    is_abbreviation,
    is_capitalised,
    is_foreign_name,
    is_place_at,
    is_place_name,
    is_title_case_name,
    is_vietnamese_syllable,
)
from vnextract.extractors.officials.units import Unit
from vnextract.extractors.officials.vocabulary import (
    GAZETTEER_LEVELS,
    ORG_WORDS,
    POSTS,
    RANKS,
    SENTENCE_OPENERS,
    SURNAMES,
)

CUT_NAME_HEAD_SYLLABLES = 2    # `Triệu Lập` + `Kiên`: the syllables before the tokenizer's cut of a three-syllable name
MAX_GIVEN_NAME_SYLLABLES = 3   # `Nguyễn` + `Văn A`: the given name the tokenizer split off a family name
MIN_GLUED_PLACE_SYLLABLES = 2   # `Mỹ Đình` + `Lưu Chí Dưỡng`: a one-syllable head is too often a name's
MIN_GLUED_NAME_SYLLABLES = 3    # `phường Nguyễn Thái Bình` is a ward named after a person, no one after it
MAX_GLUED_NAME_SYLLABLES = 4


def is_caps_name(units: list[Unit], j: int, upper_sentence: bool) -> bool:
    """`Ông NGUYỄN CHÍ THÁI, Phó Chủ tịch ...`: a name in capitals after an honorific, in a sentence that is not."""
    u = units[j]
    return is_abbreviation(u.text) and not upper_sentence and j > 0 and units[j - 1].key in HONORIFIC_SET \
        and MIN_FULL_NAME_SYLLABLES <= len(u.text.split()) <= MAX_NAME_SYLLABLES and u.text.replace(" ", "").isalpha()


def merge_caps_name(units: list[Unit], j: int) -> Unit:
    """`Ông` + `NGUYỄN` `ĐỨC` `KIÊN` (the honorific glued to the family name, the rest read as abbreviations): the
    syllables in capitals, one space apart, made one unit at j when they open with a family name."""
    u = units[j]
    if " " in u.text or fold(u.text) not in SURNAMES:
        return u
    k = j + 1
    while k < len(units) and k - j < MAX_NAME_SYLLABLES and units[k].start == units[k - 1].end + 1 \
            and " " not in units[k].text and units[k].text.isupper() and units[k].text.isalpha():
        k += 1
    if k - j >= MIN_FULL_NAME_SYLLABLES:
        text = " ".join(x.text for x in units[j:k])
        units[j:k] = [Unit(text, u.start, units[k - 1].end, fold(text))]
    return units[j]


def family_name_split_off(units: list[Unit], j: int, upper_sentence: bool, after_post_or_honorific: bool) -> bool:
    """A family name split from the rest by the tokenizer: `Nguyễn` + `Văn A`, `Trương` + `Hòa Bình`
    (a given name that is also a place, after a post or an honorific); not a body's name (`Lầu` + `Năm Góc`)."""
    u = units[j]
    return fold(u.text) in SURNAMES and len(u.text.split()) == 1 and j + 1 < len(units) \
        and is_title_case_name(units[j + 1].text, upper_sentence) \
        and f"{u.key} {units[j + 1].key}" not in ORG_WORDS \
        and len(units[j + 1].text.split()) <= MAX_GIVEN_NAME_SYLLABLES \
        and (not is_place_name(units[j + 1].text) or after_post_or_honorific or (j > 0 and units[j - 1].key in RANKS))


def last_syllable_split_off(units: list[Unit], j: int, upper_sentence: bool) -> bool:
    """A three-syllable name the tokenizer cut after its second syllable (`Triệu Lập` + `Kiên`, `Hà Sỹ` + `Đồng`,
    `Mai Anh` + `Nhịn`): unit j, a family name and one syllable, then one capitalised Vietnamese syllable right after
    it that is no place, body, post, honorific or sentence opener (`Nguyễn Sự` + `Nhưng`, a stop left out), nor the
    family name opening the next person's name."""
    u = units[j]
    syl = u.text.split(" ")
    if len(syl) != CUT_NAME_HEAD_SYLLABLES or fold(syl[0]) not in SURNAMES or j + 1 >= len(units):
        return False
    nxt = units[j + 1]
    if nxt.start != u.end + 1 or " " in nxt.text or not is_title_case_name(nxt.text, upper_sentence) \
            or not is_vietnamese_syllable(nxt.text) or is_foreign_name(f"{u.text} {nxt.text}"):
        return False  # `Kim Jong` + `Un`: a foreign name, merged as one
    if nxt.key in ORG_WORDS or nxt.key in POSTS or nxt.key in SENTENCE_OPENERS or nxt.key in HONORIFIC_SET \
            or is_place_name(nxt.text) or is_place_at(units, j + 1):
        return False
    return not (nxt.key in SURNAMES and j + 2 < len(units) and is_capitalised(units[j + 2].text))


def rejoin_place_after_country(units: list[Unit], j: int):
    """`phường` + `Mỹ` `Đình`: a place's name that opens like a country, cut by the country rule (`Mỹ Jeff`),
    is one unit again when one Vietnamese syllable follows the country after an admin word."""
    u = units[j]
    if j + 1 >= len(units) or " " in u.text or not is_place_name(u.text):
        return
    nxt = units[j + 1]
    if nxt.start == u.end + 1 and " " not in nxt.text and nxt.text[:1].isupper() and nxt.text.isalpha() \
            and is_vietnamese_syllable(nxt.text):
        text = f"{u.text} {nxt.text}"
        units[j:j + 2] = [Unit(text, u.start, nxt.end, fold(text))]


def split_place_glued_to_name(units: list[Unit], j: int) -> bool:
    """Unit j, after an admin word, is a place's name the tokenizer glued to the full name after it (`phường` +
    `Mỹ Đình Lưu Chí Dưỡng`): cut into the place and the name (True), the name a family name and two or three
    syllables, the place two syllables or more; after `tỉnh`/`huyện` the gazetteer must know the place."""
    u = units[j]
    syl = u.text.split(" ")
    if len(syl) < MIN_GLUED_PLACE_SYLLABLES + MIN_GLUED_NAME_SYLLABLES or not all(
            x[:1].isupper() and x.isalpha() and not x.isupper() for x in syl):
        return False
    for size in range(MIN_GLUED_NAME_SYLLABLES, MAX_GLUED_NAME_SYLLABLES + 1):
        n = len(syl) - size
        if n < MIN_GLUED_PLACE_SYLLABLES or fold(syl[n]) not in SURNAMES:
            continue
        place = " ".join(syl[:n])
        if units[j - 1].key in GAZETTEER_LEVELS and not is_place_name(place):
            continue
        cut = len(place)
        units[j:j + 1] = [Unit(place, u.start, u.start + cut, fold(place)),
                          Unit(u.text[cut + 1:], u.start + cut + 1, u.end, fold(u.text[cut + 1:]))]
        return True
    return False
