"""Shape tests on words: is this a personal name, a foreign name, an abbreviation, a place?"""
from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from vnextract.extractors import gazetteer
from vnextract.extractors.lexicon import load_json
from vnextract.extractors.normalize import fold, strip_diacritics
from vnextract.extractors.officials.vocabulary import (
    ABBREVIATIONS,
    ABBREVIATIONS_FOLDED,
    ADMIN_BEFORE_PLACE,
    COMMUNE_WORDS,
    GAZETTEER_LEVELS,
    HONORIFICS,
    NAME_PARTICLES,
    ORG_NAMED_HEADS,
    ORG_WORDS,
    POSTS,
    SURNAMES,
)

if TYPE_CHECKING:
    from vnextract.extractors.officials.units import Unit

COUNTRY = "country"  # gazetteer.Place.level of a country
MAX_NAME_SYLLABLES = 5
MIN_FULL_NAME_SYLLABLES = 2  # a family name and a given name
MIN_ABBREVIATION_LETTERS = 2
_NEVER_PERSONAL_NAMES = frozenset(fold(w) for w in load_json("officials.json")["never_personal_names"])
WORD_CACHE_SIZE = 65536  # the tests run on words, and words repeat across an article and a corpus
HONORIFIC_SET = frozenset(HONORIFICS)  # membership tests: the tuple keeps the longest-first order for regexes

# A syllable Vietnamese could spell without its marks (onset, vowels, coda); any other (`Spicer`, `Park`,
# `Jong`, `Saif`) is foreign.
_ONSET = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?"
_CODA = r"(?:ch|ng|nh|[cmnpt])?"
_VIETNAMESE_SYLLABLE = re.compile(_ONSET + r"[aeiouy]{1,3}" + _CODA)
# A family name's prefix before a second capital (`Betsy DeVos`, `John McCain`, `H.R. McMaster`): after a first name
# only, since a first word so spelled is as often a brand (`McLaren`, `MacBook`).
_PREFIXED_SURNAME = re.compile(r"(?:Mc|Mac|De|Di|La|Le|O['’])[A-Z][a-z]+")


@functools.lru_cache(maxsize=WORD_CACHE_SIZE)
def is_vietnamese_syllable(syllable: str) -> bool:
    """A syllable Vietnamese could spell (`trưởng`, `quân`); marks are left out before the test."""
    return bool(_VIETNAMESE_SYLLABLE.fullmatch(strip_diacritics(syllable).lower()))


def is_capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper()


def is_middle_initial(word: str) -> bool:
    """`P.` of `Rochelle P. Walensky`: one capital Latin letter and a stop."""
    return len(word) == 2 and word[1] == "." and "A" <= word[0] <= "Z"


@functools.lru_cache(maxsize=WORD_CACHE_SIZE)
def is_title_case_name(word: str, allow_upper: bool) -> bool:
    """Every syllable capitalised, letters only: `Nguyễn Thị Kim Ngân`; a foreign name may join parts
    with a hyphen (`Moon Jae-in`, `Jean-Michel`, `al-Thani`) and hold particles (`Meshal bin Hamad`)."""
    syl = word.split()
    if not syl or len(syl) > MAX_NAME_SYLLABLES:
        return False
    foreign = word.isascii()
    for n, s in enumerate(syl):
        if foreign and n and s in NAME_PARTICLES:
            continue
        if foreign and len(syl) > 1 and is_middle_initial(s):
            continue  # `Rochelle P. Walensky`, the tokenizer's `George W.` + `Bush`, `Jay` + `Y. Lee`
        parts = s.split("-") if foreign and "-" in s.strip("-") else [s]
        if foreign and len(parts) > 1 and parts[0] in NAME_PARTICLES:
            parts = parts[1:]  # `al-Thani`
        for m, part in enumerate(parts):
            if not part or not part.replace("'", "").replace("’", "").isalpha():
                return False
            if m == 0 and not part[0].isupper():
                return False
            if not allow_upper and len(part) > 1 and not part[1:].islower() \
                    and not (foreign and n and _PREFIXED_SURNAME.fullmatch(part)):
                return False
    return True


@functools.lru_cache(maxsize=WORD_CACHE_SIZE)
def is_foreign_name(word: str) -> bool:
    """A personal name in Latin letters that is no Vietnamese name: two or more syllables, at least one
    of which Vietnamese cannot spell, or joined by a hyphen or a particle (`Sean Spicer`, `Kim Jong-un`)."""
    if not word.isascii() or not is_title_case_name(word, False):
        return False
    syl = word.split()
    parts = [p.lower() for s in syl for p in s.split("-") if p]
    if len(parts) < 2:
        return False
    return "-" in word or any(s in NAME_PARTICLES for s in syl[1:]) \
        or any(not _VIETNAMESE_SYLLABLE.fullmatch(p) for p in parts)


@functools.lru_cache(maxsize=WORD_CACHE_SIZE)
def is_caps(word: str) -> bool:
    """Written in capitals (`UBND`, `TN&MT`), whatever the lexicon says."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= MIN_ABBREVIATION_LETTERS and all(c.isupper() for c in letters)


@functools.lru_cache(maxsize=WORD_CACHE_SIZE)
def is_abbreviation(word: str) -> bool:
    """Written in capitals, or listed in `abbreviations.tsv`."""
    return is_caps(word) or word in ABBREVIATIONS


@functools.lru_cache(maxsize=WORD_CACHE_SIZE)
def is_place_name(text: str) -> bool:
    return gazetteer.is_place(text)


def is_country_or_single(text: str) -> bool:
    """`Đức`, `Nga`, `Anh`, `Mỹ`: country names that are also given names."""
    return len(text.split()) == 1 or all(p.level == COUNTRY for p in gazetteer.lookup(text))


def is_place_at(units: list[Unit], j: int) -> bool:
    """Unit j names a place: in the gazetteer, with the word before it (`Nam` + `Từ Liêm`), or after
    a commune-level word (`phường Trần Hưng Đạo`). After `tỉnh`/`huyện` a name the gazetteer does
    not know is a person (`Phó Chủ tịch UBND tỉnh Dương Tất Thắng`)."""
    u = units[j]
    if is_place_name(u.text):
        return True
    if j > 0 and is_place_name(f"{units[j - 1].text} {u.text}"):
        return True
    if j + 2 < len(units) and units[j + 1].key == "-" and is_place_name(f"{u.text} - {units[j + 2].text}"):
        return True  # `Thừa Thiên - Huế`
    if j > 0 and _commune_word(units[j - 1].key):
        return True
    if j > 0 and units[j - 1].text in ABBREVIATIONS and fold(ABBREVIATIONS[units[j - 1].text].split()[-1]) in COMMUNE_WORDS:
        return True  # `CAP Lý Thái Tổ`: the abbreviation ends on `phường`
    return False


def _commune_word(key: str) -> bool:
    """A commune- or village-level word: a capitalised name after it is a place, whatever the gazetteer says."""
    return key in ADMIN_BEFORE_PLACE and key not in GAZETTEER_LEVELS


def is_full_name(u: Unit, upper_sentence: bool) -> bool:
    """A Vietnamese full name: capitalised syllables opening with a family name, no place, post, abbreviation or
    body (`Lầu Năm Góc` opens with the family name `Lầu`)."""
    return _is_full_name(u.text, u.key, upper_sentence)


@functools.lru_cache(maxsize=WORD_CACHE_SIZE)
def _is_full_name(text: str, key: str, upper_sentence: bool) -> bool:
    syl = text.split()
    return (MIN_FULL_NAME_SYLLABLES <= len(syl) <= MAX_NAME_SYLLABLES and is_title_case_name(text, upper_sentence)
            and fold(syl[0]) in SURNAMES and not is_place_name(text) and key not in POSTS
            and key not in ABBREVIATIONS_FOLDED and key not in ORG_WORDS and key not in _NEVER_PERSONAL_NAMES)


def names_organisation(units: list[Unit], j: int) -> bool:
    """Unit j, a capitalised name, follows a capitalised organisation word that takes a name
    (`Công ty Lê Thành`, `Bệnh viện Bạch Mai`), so it names that organisation, not a person."""
    if j == 0 or not is_capitalised(units[j].text) or is_foreign_name(units[j].text):
        return False
    head = units[j - 1]
    return head.key in ORG_NAMED_HEADS and is_capitalised(head.text)


def country_before_foreign_name(units: list[Unit], j: int) -> bool:
    """The capitalised word before a foreign name at j, not opening the sentence, is a country that reads as an
    honorific (`Thủ tướng Anh Boris Johnson`, `Ngoại trưởng Anh Dominic Raab`, `Thủ tướng Anh, Boris Johnson`): the
    post's state, not `anh`."""
    k = j - 2 if j > 2 and units[j - 1].key == "," else j - 1
    return 0 < k < j < len(units) and units[k].text[:1].isupper() and is_foreign_name(units[j].text) \
        and any(p.level == COUNTRY for p in gazetteer.lookup(units[k].text))


def honorific_before(units: list[Unit], j: int) -> bool:
    return j > 0 and units[j - 1].key in HONORIFIC_SET


@functools.lru_cache(maxsize=WORD_CACHE_SIZE)
def is_particle_led_name(word: str) -> bool:
    """`der Leyen`, `de Leon`: the tokenizer cut a foreign name before its particle; the rest is the name's."""
    syl = word.split()
    return word.isascii() and len(syl) >= 2 and syl[0] in NAME_PARTICLES and is_title_case_name(" ".join(syl[1:]), False)


def stands_alone_in_text(text: str, word: str, next_word: str) -> bool:
    """`word` (`Tottenham`, `Alaska`) is written elsewhere in the article on its own: after a lower-case word that
    neither is an honorific nor ends a post, and before punctuation or a lower-case word (`ở Tottenham đã`, `bang
    California đang`, `của Alaska,`), so it is a place or a club, and before a person's name the post's organisation,
    not a first name (`nhà kinh tế Jean Pisani-Ferry` is another Jean)."""
    pattern = rf"(?:(\w+)\s+)?(?<![\w-])(\w+)\s+{re.escape(word)}(?![\w-])(?!\s+{re.escape(next_word)})(\s*\S?)"
    for m in re.finditer(pattern, text):
        before, after = m.group(2), m.group(3).strip()
        two = fold(f"{m.group(1)} {before}") if m.group(1) else ""
        if before[0].islower() and fold(before) not in HONORIFIC_SET and fold(before) not in POSTS \
                and two not in POSTS and two not in HONORIFIC_SET and (not after or not after[0].isupper()):
            return True
    return False
