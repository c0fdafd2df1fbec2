"""Canonical titles: a post as written (`Phó Bí thư HU`) -> as the lexicon spells it (`Phó Bí thư Huyện ủy`)."""
from __future__ import annotations

import re

from vnextract.extractors.normalize import canonical_spelling, fold
from vnextract.extractors.officials.bodies import MINISTRY, comma_inside_name
from vnextract.extractors.officials.names import is_abbreviation, is_caps, is_place_name
from vnextract.extractors.officials.units import Unit, match_lexicon
from vnextract.extractors.officials.vocabulary import (
    ABBREVIATIONS,
    ABBREVIATIONS_FOLDED,
    DROPPED,
    FORMER,
    LEGAL_FORM_HEADS,
    LEGAL_FORMS,
    LEVEL_ABBREVIATIONS,
    MODIFIERS,
    ORG_TYPES,
    POST_KEY_ADMIN_WORDS,
    POSTS,
    TITLE_KEPT_ABBREVIATIONS,
    VICE,
)

MAX_BRACKET_REPEAT_UNITS = 5       # units after a `(` searched for its `)` (`(NN&PTNT)`, `(TP.HCM)`)
MAX_JOINED_ABBREVIATION_UNITS = 5  # `LĐ` `-` `TB&XH`: units of an abbreviation the tokenizer split
# An administrative level's abbreviation glued to its place's name: `TP.Yên Bái`, `H.Thủy Nguyên`, `X.Điền Hải`.
# Two letters after the dot: `H.R. McMaster` is a person's initials.
_GLUED_CITY = re.compile(rf"({'|'.join(sorted(LEVEL_ABBREVIATIONS, key=len, reverse=True))})\.(?=[^\W\d_]{{2}})")
_GLUED_LEVEL = LEVEL_ABBREVIATIONS
# `Q.1` expanded to `quận1`
_GLUED_NUMBER = re.compile(r"\b(quận|phường|khu vực|Quận|Phường)(\d)")
# Two to four words written twice in a row (`Công ty Công ty Thiết bị ...`, `Chủ tịch Chủ tịch Hội ...`): a slip of the
# text, never an official name (a repeated single word may be one: `Trưởng phòng Phòng Giáo dục`, `Sâm Sâm`).
_REPEATED_WORDS = re.compile(r"(?<!\w)(\w+(?: \w+){1,3}) \1(?!\w)")


def _without_final_stop(units: list[Unit]) -> list[Unit]:
    """`Thành ủy TP.HCM.` at a sentence's end: the full stop the tokenizer kept on the abbreviation goes."""
    last = units[-1] if units else None
    if last is None or not last.text.endswith(".") or last.text[:-1] not in ABBREVIATIONS:
        return units
    return units[:-1] + [Unit(last.text[:-1], last.start, last.end - 1, fold(last.text[:-1]))]


def canonical_title(units: list[Unit], upper_sentence: bool = False, text: str | None = None) -> str:
    """`Phó Bí thư HU` -> `Phó Bí thư Huyện ủy`; `Chủ tịch UBND TP Hà Nội` ->
    `Chủ tịch Ủy ban nhân dân thành phố Hà Nội`."""
    units = _without_final_stop(units)
    out: list[str] = []
    gaps: list[str] = []  # what stood before each output piece: keep `(FBI)` tight

    def gap_before(i: int) -> str:
        if text is None or i == 0:
            return " " if i else ""
        glued = units[i - 1].text[-1:].isalpha() and units[i].text[:1].isalpha()  # `trưởngquân` written glued
        return " " if text[units[i - 1].end:units[i].start] or glued else ""

    i = 0
    after_post = False
    while i < len(units):
        u = units[i]
        if u.key in FORMER or u.key in DROPPED:
            i += 1  # `nguyên Chủ tịch`: the post is `Chủ tịch` (its being former is in titles_former)
            continue
        skip = _bracket_repeat(units, i)
        if skip:
            i += skip  # `Sở NN&PTNT (Sở Nông nghiệp ...)`, `Đại biểu Quốc hội (ĐBQH)`, `Q.1 (TP.HCM)`
            continue
        gaps.append(gap_before(i) if out else "")
        legal = match_lexicon(units, i, LEGAL_FORMS) if i and u.text.islower() else 0
        if legal and (units[i - 1].key in LEGAL_FORMS or units[i - 1].key in LEGAL_FORM_HEADS):
            out.append(" ".join(x.text for x in units[i:i + legal]))  # `TNHH` + `một thành viên`: no post
            i += legal
            continue
        n = match_lexicon(units, i, POSTS)
        if n:
            out.append(POSTS[" ".join(u.key for u in units[i:i + n])])
            after_post = True
            i += n
            continue
        if u.text in TITLE_KEPT_ABBREVIATIONS:
            out.append(u.text)  # `Công ty TNHH ...`: a legal form, part of the company's name
            i += 1
            continue
        # `Thứ trưởng bộ Y tế`: `bộ` before a capitalised name is the ministry (`các bộ, ngành` is not after a post)
        ministry = u.text == MINISTRY.lower() and i + 1 < len(units) and units[i + 1].text[:1].isupper()
        if after_post and u.text.islower() and (u.key in ORG_TYPES or ministry) \
                and not (i + 1 < len(units) and comma_inside_name(units, i + 1)):
            out.append(u.text[0].upper() + u.text[1:])  # `Giám đốc trung tâm ...` -> `Giám đốc Trung tâm ...`
            after_post = False
            i += 1
            continue
        after_post = False
        joined = _joined_abbreviation(units, i, text)
        if joined:
            out.append(ABBREVIATIONS[joined[0]])
            i += joined[1]
            continue
        glued_city = _GLUED_CITY.match(u.text)
        if glued_city and u.text not in ABBREVIATIONS:
            out.append(f"{_GLUED_LEVEL[glued_city.group(1)]} {u.text[glued_city.end():]}")  # `TP.Yên Bái`
        elif u.text in ABBREVIATIONS:
            out.append(ABBREVIATIONS[u.text])
        elif _spaced_level(units, i):
            out.append(LEVEL_ABBREVIATIONS[u.text[:-1]])  # `UBND H. Quảng Điền` -> `... huyện Quảng Điền`
        elif u.key in ABBREVIATIONS_FOLDED and is_abbreviation(u.text):
            out.append(ABBREVIATIONS_FOLDED[u.key])
        elif not upper_sentence and " " in u.text and is_caps(u.text):
            out.append(" ".join(_expanded(x) for x in u.text.split()))  # `GD-ĐT TP.HCM`: one word for the tokenizer
        elif u.key in MODIFIERS or u.key == VICE:
            out.append(u.key.capitalize())
        elif upper_sentence:
            out.append(u.text.capitalize() if not out else u.text.lower())  # a title written in capitals
        else:
            out.append(u.text)
        i += 1
    title = canonical_spelling("".join(g + o for g, o in zip(gaps, out)))
    # A dash with space on either side is the spaced dash of official names; `Văn hóa-Du lịch` stays as written.
    title = re.sub(r"\s+[-–]\s*|\s*[-–]\s+", " - ", title).replace(" , ", ", ")
    title = _GLUED_NUMBER.sub(r"\1 \2", title).strip(" ,;-")  # `Q.1` -> `quận1` -> `quận 1`
    title = _REPEATED_WORDS.sub(r"\1", title)
    return title[0].upper() + title[1:] if title else title


def _spaced_level(units: list[Unit], i: int) -> bool:
    """`H.` written apart from its place's name inside a post (`Phòng NN&PTNT H. Quảng Điền`): a level's
    abbreviation when a capitalised name follows it (at a post's start, `H.` is a person's initial)."""
    u = units[i]
    return (i > 0 and i + 1 < len(units) and u.text.endswith(".") and u.text[:-1] in LEVEL_ABBREVIATIONS
            and units[i + 1].text[:1].isupper() and units[i + 1].start > u.end)


def _expanded(word: str) -> str:
    """One abbreviation of a word the tokenizer glued several into (`TP.HCM`, `TP.Yên`), expanded if listed."""
    if word in ABBREVIATIONS:
        return ABBREVIATIONS[word]
    glued_city = _GLUED_CITY.match(word)
    return f"{_GLUED_LEVEL[glued_city.group(1)]} {word[glued_city.end():]}" if glued_city else word


def _bracket_repeat(units: list[Unit], i: int) -> int:
    """Units spanned by a bracket at i that only repeats the name before it as an abbreviation, or names
    the place it sits in (`(ĐBQH)`, `(NN&PTNT)`, `(TP.HCM)`, `(Hà Nội)`), else 0."""
    if units[i].key != "(" or i == 0:
        return 0
    for k in range(i + 1, min(len(units), i + 1 + MAX_BRACKET_REPEAT_UNITS)):
        if units[k].key == ")":
            inner = units[i + 1:k]
            if inner and (all(is_abbreviation(u.text) for u in inner) or all(is_place_name(u.text) for u in inner)):
                return k - i + 1
            return 0
    return 0


def _joined_abbreviation(units: list[Unit], i: int, text: str | None) -> tuple[str, int] | None:
    """An abbreviation the tokenizer split (`LĐ` `-` `TB&XH`): (its lexicon form, units spanned)."""
    if text is None:
        return None
    for n in range(MAX_JOINED_ABBREVIATION_UNITS, 1, -1):
        if i + n > len(units):
            continue
        raw = text[units[i].start:units[i + n - 1].end]
        for cand in (raw, raw.replace(" ", "")):
            if cand in ABBREVIATIONS:
                return cand, n
    return None


def post_key(title: str) -> str:
    """Comparison key for posts: `Giám đốc Sở Du lịch tỉnh Bình Định` ~ `... Sở Du lịch Bình Định`."""
    return POST_KEY_ADMIN_WORDS.sub("", fold(title)).strip()


