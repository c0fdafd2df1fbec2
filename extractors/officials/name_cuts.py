"""Names the tokenizer cut or glued, mended over a sentence's units before a name is read: a name in capitals after
its honorific, a family name or a last syllable split off the rest, a place glued to the name after it; a former-post
word, a name or an honorific glued to the word after it (`nguyên Chánh`, `Phan Xuân Công-Trưởng`, `Ông Văn Anh`)."""
from __future__ import annotations

import re

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
from vnextract.extractors.officials.posts import post_at
from vnextract.extractors.officials.units import Unit
from vnextract.extractors.officials.vocabulary import (
    FORMER,
    GAZETTEER_LEVELS,
    NAMED_AFTER,
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
MIN_GLUED_HEAD_SYLLABLES = 2    # `Ông Văn Anh` + `Tuấn`: the name's syllables glued to the honorific
# Cheap sign of a glue in a sentence's text, so the units are walked only when one may be there: a former-post word
# before a capital (`nguyên Chánh`), a dash between two letters (`Công-Trưởng`), `Ông`/`Bà` before a capital.
_GLUE_SIGN = re.compile(r"(?:[Nn]guyên|[Cc]ựu|[Ôô]ng|[Bb]à) \w|[^\W\d_][-–][^\W\d_]")
_FORMER_PREFIXES = tuple(f"{w} " for w in FORMER)
_GLUED_HONORIFICS = ("ông ", "bà ")  # `anh`, `chị`, `cô` open given names too (`Anh Tuấn`)
_DASHES = ("-", "–")


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


def mend_glued_words(units: list[Unit], text: str, upper_sentence: bool):
    """The sentence's words the tokenizer glued across a boundary, cut apart in place (`text`: the sentence's text):
    a former-post word and the post after it (`nguyên Chánh` + `Thanh tra`, `nguyên Trưởng` + `Ban`); a name and the
    post after a dash with no spaces (`Phan Xuân Công-Trưởng` + `Công an`, `Đặng Công Lâm-Chủ` + `tịch`); `Ông`/`Bà`
    and the name's first syllables (`Ông Văn Anh` + `Tuấn`: `Ông` + `Văn Anh Tuấn`). Each cut only where a post
    (or a name's last syllable) follows, so `Bà Rịa-Vũng Tàu`, `nguyên Ngọc` stay whole."""
    if upper_sentence or not _GLUE_SIGN.search(text):
        return  # most sentences hold no glue: the cheap test first
    k = 0
    while k < len(units):
        u = units[k]
        if u.key.startswith(_FORMER_PREFIXES):
            _cut_before_post(units, k, u.text.index(" "), 1)
        elif "-" in u.text or "–" in u.text:
            at = next(i for i, c in enumerate(u.text) if c in _DASHES)
            if 0 < at < len(u.text) - 1 and u.text[at - 1].isalpha() and u.text[at + 1].isupper() \
                    and u.text[:at].split()[-1][:1].isupper() and _cut_before_post(units, k, at, 1):
                k += 1  # the dash is a unit of its own now
        elif u.key.startswith(_GLUED_HONORIFICS) and (k == 0 or units[k - 1].key not in NAMED_AFTER):
            _cut_honorific(units, k, upper_sentence)
        k += 1


def _cut_before_post(units: list[Unit], k: int, at: int, gap: int) -> bool:
    """Unit k cut at character `at` (a space or a dash, `gap` characters wide) when a post opens right after it: the
    head, the dash (if one) and the rest as units; True when cut."""
    u = units[k]
    head, rest = u.text[:at], u.text[at + gap:]
    if not head.strip() or not rest[:1].isupper():
        return False
    rest_start = u.start + at + gap
    parts = [Unit(head, u.start, u.start + at, fold(head))]
    if u.text[at] != " ":
        parts.append(Unit(u.text[at], u.start + at, rest_start, u.text[at]))
    parts.append(Unit(rest, rest_start, u.end, fold(rest)))
    mended = units[:k] + parts + units[k + 1:]
    if not post_at(mended, k + len(parts) - 1):
        return False
    units[:] = mended
    return True


def _cut_honorific(units: list[Unit], k: int, upper_sentence: bool):
    """`Ông Văn Anh` + `Tuấn`: an honorific glued to a name's first syllables, the name's last syllable the next unit
    (one capitalised Vietnamese syllable, no place, post or body): `Ông` + `Văn Anh Tuấn`."""
    u = units[k]
    hon, _, rest = u.text.partition(" ")
    if len(rest.split()) < MIN_GLUED_HEAD_SYLLABLES or not is_title_case_name(rest, upper_sentence) \
            or is_place_name(rest) or k + 1 >= len(units):
        return
    nxt = units[k + 1]
    if nxt.start != u.end + 1 or " " in nxt.text or not is_title_case_name(nxt.text, upper_sentence) \
            or not is_vietnamese_syllable(nxt.text) or nxt.key in ORG_WORDS or nxt.key in POSTS \
            or nxt.key in SENTENCE_OPENERS or nxt.key in HONORIFIC_SET or is_place_name(nxt.text):
        return
    name = f"{rest} {nxt.text}"
    if len(name.split()) > MAX_NAME_SYLLABLES or is_place_name(name):
        return
    units[k:k + 2] = [Unit(hon, u.start, u.start + len(hon), fold(hon)),
                      Unit(name, u.start + len(hon) + 1, nxt.end, fold(name))]
