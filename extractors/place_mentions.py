"""Where an article names a province or district, and how: every place named with its prefix
(`huyện Đầm Hà`, `tỉnh Quảng Ninh`, `TP.HCM`, `Q.1`) or a bare province name, and the kind of each
mention (a body's jurisdiction, someone's home, one of a list, or plain), for `metadata.find_locality`.
A place name inside a longer name is no mention (`Thái Bình Dương`, `Nguyễn Hòa Bình`).
"""
from __future__ import annotations

import re

from vnextract.extractors import gazetteer
from vnextract.extractors.lexicon import load_json, load_lines
from vnextract.extractors.normalize import VI_LOWER, VI_UPPER, fold

_LEX = load_json("locality.json")
_CAP = rf"[{VI_UPPER}][{VI_LOWER}]*"
# A syllable of a place name may join another after an apostrophe (`M'Đrắk`, `Ia H’Drai`, `Đắk R’lấp`).
_PLACE_CAP = rf"{_CAP}(?:['’][{VI_UPPER}{VI_LOWER}][{VI_LOWER}]*)?"


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_POLICE = _LEX["police_abbreviations"]
_POLICE_ALT = _alternation(_POLICE)
_POLICE_AT = re.compile(rf"(?:{_POLICE_ALT})\s")
_PREFIXED = re.compile(
    r"(?<![\w])((?i:(?:huyện|quận|thị|tỉnh|thành) (?:ủy|uỷ)|huyện đảo|huyện|quận|thị xã|thành phố|tỉnh)"
    rf"|TP\.?|Tp\.?|TX\.?|Q\.|H\.|(?:{_POLICE_ALT})(?=\s))\s*"
    rf"({_PLACE_CAP}(?:[ \t]+{_PLACE_CAP}){{0,3}}(?:\s*[-–]\s*{_CAP}(?:[ \t]+{_CAP})?)?)")
# `quận 1`, `Q.1`, `Q. 10`: Ho Chi Minh City's numbered districts (not `Q1/2021`, a quarter).
_NUMBERED = re.compile(r"(?<![\w])(?:[Qq]uận|Q\.)\s*(\d{1,2})(?![\d/,.]\d|\d)")
_ALIASES = re.compile(r"(?<![\w.])(TP\.? ?HCM|TPHCM|Tp\.? ?HCM|Sài Gòn)(?![\w])")
_PREV_WORD = re.compile(rf"(?<![\w&])([{VI_UPPER}][{VI_LOWER}]*)[ \t]+$")
# `Sở GD&ĐT Hà Nội`, `SHB Đà Nẵng`: an abbreviation before a place name (see `_inside_longer_name`).
_PREV_ABBREVIATION = re.compile(rf"(?<![\w&-])([{VI_UPPER}][{VI_UPPER}&-]+)[ \t]+$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n\"“(]\s*|\s[-–]\s*)$")
_SURNAMES = frozenset(fold(s) for s in load_lines("surnames.txt"))

_BODY = re.compile(rf"(?<![\w])(?:{_alternation(_LEX['body_words'])})(?![\w])")
_BODY_LAST = re.compile(rf"(?<![\w])(?:{_alternation(_LEX['body_words'])})[ \t]+$")
_LOCATIVE_LAST = re.compile(rf"(?<![\w])(?:{_alternation(_LEX['locative_cues'])})[ \t]+$")
_RESIDENCE = re.compile(rf"(?<![\w])(?:{_alternation(_LEX['residence_cues'])})(?![\w])")
_LIST = re.compile(rf"(?<![\w])(?:{_alternation(_LEX['list_cues'])})\s+$")
_PHRASE_BREAK = re.compile(r"[.;:!?()\[\],\n“”\"]")
_CLAUSE_BREAK = re.compile(r"[.;!?()\n]")
# `Hà Tĩnh, Quảng Bình, Quảng Trị`: a name in an enumeration of places is one of many.
_ENUM_NEXT = re.compile(rf"\s*(?:,|và)\s*[{VI_UPPER}]")
_NAMED_AFTER = re.compile(rf"(?<![\w])(?:{_alternation(_LEX['named_after_words'])})[ \t]+$")
# `đường Hà Nội - Hải Phòng`: the far end of a road or route named after two places.
_NAMED_AFTER_ROUTE = re.compile(rf"(?<![\w])(?:{_alternation(_LEX['named_after_words'])})[ \t]+"
                                rf"{_CAP}(?:[ \t]+{_CAP}){{0,3}}[ \t]*[-–][ \t]*$")
_COMMUNE_NAME = rf"(?<![\w])(?:xã|phường|thị trấn)[ \t]+{_PLACE_CAP}(?:[ \t]+(?:{_PLACE_CAP}|\d+)){{0,3}}"
# `thị trấn Phố Châu (Hương Sơn)`, `xã Ngải Thầu (Bát Xát)`: a commune's district, bare in brackets after it.
_COMMUNE_THEN_DISTRICT = re.compile(rf"{_COMMUNE_NAME}[ \t]*\(({_PLACE_CAP}(?:[ \t]+{_PLACE_CAP}){{0,3}})\)")
_PARTY_COMMITTEE_AT = re.compile(r"(?i:huyện|quận|thị|tỉnh|thành) (?:ủy|uỷ)\s")
_ARCHIPELAGOS = frozenset(fold(n) for n in _LEX["archipelagos"])
_LOCATIVE_NAME = re.compile(rf"(?<![\w])(?:{_alternation(_LEX['locative_cues'])})[ \t]+({_CAP}(?:[ \t]+{_CAP}){{1,3}})")
# `Bệnh viện Nhi Đồng 1, TPHCM`: a body's own name, then its place after a comma.
_BODY_THEN_COMMA = re.compile(rf"(?<![\w])(?:{_alternation(_LEX['body_words'])})((?:[ \t]+(?:{_CAP}|\d+)){{1,5}})\s*,\s*$")
_CAPITAL = re.compile(rf"(?<![\w])(?:{_alternation(_LEX['capital_alias'])})(?![\w])(?![ \t]+(?:[{VI_UPPER}]|của(?![\w])))")
_CAPITAL_NOT_AFTER = re.compile(rf"(?<![\w])(?:{_alternation(_LEX['capital_not_after'])})[ \t]+$")
_PERSON_NAMED = frozenset(_LEX["person_named_provinces"])
_PERSON_CUE_LAST = re.compile(rf"(?<![\w])(?:{_alternation(_LEX['person_name_cues'])}),?[ \t]+$")
_PROVINCE_WORDS = None


def _province_pattern():
    """Bare province names (`Hà Nội`, `Quảng Ninh`), longest first, compiled once."""
    global _PROVINCE_WORDS
    if _PROVINCE_WORDS is None:
        names = sorted(gazetteer.province_names(), key=len, reverse=True)
        # Not when another capitalised word follows: `Thái Bình Dương` is the Pacific, `HA Gia Lai` a club;
        # unless that word may open a person's name (group 2, see `_before_holder`).
        _PROVINCE_WORDS = re.compile(r"(?<![\w.])(" + "|".join(re.escape(n) for n in names)
                                     + rf")(?![\w])(?:(?=[ \t]+({_CAP})[ \t]+[{VI_UPPER}])|(?!\s+[{VI_UPPER}]))")
    return _PROVINCE_WORDS


# `Chủ tịch Hà Nội`, `Chủ tịch UBND Hà Nội`: a head's post or a body right before a bare province
_HEAD_OR_BODY_LAST = re.compile(rf"(?<![\w])(?:{_alternation(_LEX['heads_before_place'] + _LEX['body_words'])})[ \t]+$")


def _before_holder(text: str, start: int, next_word: str) -> bool:
    """A bare province followed by a capitalised word is a place only as a post's or a body's, with
    the holder's name after it (`Chủ tịch UBND Hà Nội Nguyễn Đức Chung`), not `Thái Bình Dương`."""
    return fold(next_word) in _SURNAMES and bool(_HEAD_OR_BODY_LAST.search(text, max(0, start - 30), start))


# `Huyện ủy Đầm Hà`, `Tỉnh ủy Quảng Ninh`: a party committee names its place like the prefix does (the committees
# below a district, all `Đảng ủy`, name no level)
_COMMITTEE_LEVEL = {fold(body): level for level, body in load_json("officials.json")["party_committees_by_level"].items()
                    if fold(body) != fold("Đảng ủy")}
# the gazetteer levels a prefix names (built once: `_resolve` runs for every prefixed mention)
_PREFIX_LEVELS = {"huyện": ("district",), "huyện đảo": ("district",), "quận": ("district",), "thị xã": ("district",),
                  "tx": ("district",), "q": ("district",), "h": ("district",),
                  "tỉnh": ("province",), "thành phố": ("province", "district"), "tp": ("province", "district")}


def _resolve(prefix: str, words: str):
    """The longest leading part of `words` that is a place of the prefix's level."""
    prefix = fold(_POLICE.get(prefix, prefix)).rstrip(".")
    prefix = _COMMITTEE_LEVEL.get(prefix, prefix)
    levels = _PREFIX_LEVELS.get(prefix)
    if levels is None:  # a prefix the pattern matched in an unexpected spelling (`Thị Uỷ`): no place
        return None
    parts = words.replace("’", "'").split()  # the gazetteer spells the apostrophe straight
    for n in range(len(parts), 0, -1):
        cand = " ".join(parts[:n])
        for p in gazetteer.lookup(cand):
            if p.level in levels:
                return p
    return None


def _inside_longer_name(text: str, start: int) -> bool:
    """True when a bare name continues a capitalised name before it (`Thái Bình Dương`, `Nguyễn Hòa
    Bình`); a capitalised word opening the sentence (`Tại Hà Nội`) is no part of the name. After an
    abbreviation it is a body's place only when a body word leads the phrase (`Sở GD&ĐT Hà Nội`,
    `UBND Hà Nội`); otherwise part of a name (`SHB Đà Nẵng`, a club)."""
    window_start = max(0, start - 30)
    abbreviation = _PREV_ABBREVIATION.search(text, window_start, start)
    if abbreviation:
        # The abbreviation a body (`UBND`) or a body's name (`Sở GD&ĐT`), not `Đoàn ĐBQH Sơn La`, a
        # deputy's constituency.
        return not (_BODY.fullmatch(abbreviation.group(1))
                    or _BODY_LAST.search(text, max(0, abbreviation.start() - 40), abbreviation.start()))
    m = _PREV_WORD.search(text, window_start, start)
    if not m:
        return False
    return fold(m.group(1)) in _SURNAMES or not _SENTENCE_START.search(text, max(0, m.start() - 3), m.start())


def place_mentions(text: str, start: int, end: int):
    """(offset, Place, prefixed) for every province/district named in text[start:end]."""
    found = []
    for m in _PREFIXED.finditer(text, start, end):
        p = _resolve(m.group(1), m.group(2))
        if p:
            found.append((m.start(), p, True))
    for m in _NUMBERED.finditer(text, start, end):
        places = [p for p in gazetteer.lookup(f"Quận {m.group(1)}") if p.level == "district"]
        if places:
            found.append((m.start(), places[0], True))
    for m in _ALIASES.finditer(text, start, end):
        if not _named_after(text, m.start()):
            found.append((m.start(), gazetteer.lookup(m.group(1))[0], True))
    for m in _province_pattern().finditer(text, start, end):
        if m.group(1) in _PERSON_NAMED and _PERSON_CUE_LAST.search(text, max(0, m.start() - 30), m.start()):
            continue  # `Chủ tịch Hồ Chí Minh`, `phong cách Hồ Chí Minh`: the person
        if any(abs(off - m.start()) < 20 for off, _, _ in found):
            continue  # already read with its prefix
        if m.group(2) and not _before_holder(text, m.start(), m.group(2)):
            continue
        if _inside_longer_name(text, m.start()) or _named_after(text, m.start()):
            continue
        found.append((m.start(), gazetteer.lookup(m.group(1))[0], False))
    for m in _CAPITAL.finditer(text, start, end):
        # `người dân Thủ đô`: capitalised mid-sentence, the country's capital (not `thủ đô của Ấn Độ`,
        # `Thủ đô Moscow`, a sentence opening `Thủ đô Viêng Chăn`, the paper `An ninh Thủ đô`)
        if not _SENTENCE_START.search(text, max(0, m.start() - 3), m.start()) \
                and not _CAPITAL_NOT_AFTER.search(text, max(0, m.start() - 12), m.start()) \
                and not any(abs(off - m.start()) < 20 for off, _, _ in found):
            found.append((m.start(), gazetteer.lookup(_LEX["capital_alias"][m.group()])[0], False))
    for m in _LOCATIVE_NAME.finditer(text, start, end):
        # `ở Lộc Hà`: the whole capitalised phrase is a district's name (not `tại Sơn Trà Resort`).
        districts = [p for p in gazetteer.lookup(m.group(1)) if p.level == "district"]
        if districts and fold(m.group(1)) not in _ARCHIPELAGOS and not any(p.level == "province" for p in gazetteer.lookup(m.group(1))) \
                and not any(abs(off - m.start(1)) < 20 for off, _, _ in found):
            found.append((m.start(1), districts[0], False))
    for m in _COMMUNE_THEN_DISTRICT.finditer(text, start, end):
        districts = [p for p in gazetteer.lookup(m.group(1)) if p.level == "district"]
        if districts and not any(p.level == "province" for p in gazetteer.lookup(m.group(1))) \
                and not any(abs(off - m.start(1)) < 20 for off, _, _ in found):
            found.append((m.start(1), districts[0], True))
    found.extend(_address_districts(text, start, found))
    return found


def _closes_commune_address(text: str, off: int, place) -> bool:
    """The prefixed district at `off` is named right after a commune and is followed, past a comma or
    bracket only, by its own province written bare (`xã Ngọc Định, huyện Định Quán, Đồng Nai`, `xã Mai
    Phụ, huyện Lộc Hà (Hà Tĩnh)`): the event's full address, the province named once more for the district (as
    `_qualifies` counts a prefixed one; the bare one is skipped as read with the district's prefix).
    Without the commune (`huyện Bến Lức (Long An)`, a trial site) nothing more."""
    m = _PREFIXED.match(text, off)
    commune = _COMMUNE_BEFORE.search(text, max(0, off - 60), off)
    # not a street address with its house number (`156 Xã Đàn 2, phường Nam Đồng, quận Đống Đa, Hà
    # Nội`): an office's, the paper's in a charity appeal
    if m is None or not commune or _HOUSE_NUMBER_LAST.search(text, max(0, commune.start() - 30), commune.start()):
        return False
    glue = _ADDRESS_GLUE.match(text, m.end())
    province = glue and _province_pattern().match(text, glue.end())
    return bool(province) and not province.group(2) and province.group(1) == place.province


_ADDRESS_GLUE = re.compile(r"[ \t]*[,(][ \t]*")
_COMMUNE_BEFORE = re.compile(rf"{_COMMUNE_NAME}[ \t]*,[ \t]*$")
# a house number before a street's name (not `xóm 3, xã Lạng Sơn`, `ngày 10/5, tại thôn Đồng Bào, xã ...`)
_HOUSE_NUMBER_LAST = re.compile(rf"\d+[A-Za-z]?[ \t]+(?:đường[ \t]+|phố[ \t]+)?[{VI_UPPER}][^\n.;:()]{{0,25}}$")


# `Mỹ Đình 2, Nam Từ Liêm, Hà Nội`, `(Hà Đông, Hà Nội)`: capitalised words right before a comma and a
# province, an address's district.
_ADDRESS_BEFORE = re.compile(rf"(?<![\w.])({_CAP}(?:[ \t]+{_CAP}){{0,2}})[ \t]*,[ \t]*$")


def _address_districts(text: str, start: int, found) -> list:
    """A bare district named in an address before its own province (`chung cư An Bình (số 97 Trần Bình,
    Mỹ Đình 2, Nam Từ Liêm, Hà Nội)`): elsewhere a bare district name is too often a person's or a
    firm's; not one already read (`thị xã Điện Bàn, Quảng Nam`) nor a name that is a province too."""
    out = []
    for off, province, _ in found:
        if province.level != "province" or not text[max(start, off - 3):off].rstrip().endswith(","):
            continue  # (most are no address: the regex only after a comma)
        m = _ADDRESS_BEFORE.search(text, max(start, off - 40), off)
        if not m or any(m.start() - 12 <= o < off for o, _, _ in found):  # `thành phố Vĩnh Yên, ...`
            continue
        words = m.group(1).split()
        for n in range(len(words), 0, -1):
            places = gazetteer.lookup(" ".join(words[-n:]))
            if places and places[0].level == "district" and any(p.province == province.name for p in places):
                out.append((m.end(1) - len(" ".join(words[-n:])), next(p for p in places if p.province == province.name), False))
                break
    return out


def _named_after(text: str, start: int) -> bool:
    """A place name naming a river, street, bridge... (`sông Sài Gòn`, `phố Huế`, `đường Hà Nội - Hải
    Phòng`)."""
    return bool(_NAMED_AFTER.search(text, max(0, start - 12), start)
                or _NAMED_AFTER_ROUTE.search(text, max(0, start - 45), start))


def _before(text: str, off: int, width: int, breaks: re.Pattern) -> str:
    """The text before `off` back to the last break, at most `width` characters."""
    window = text[max(0, off - width):off]
    found = list(breaks.finditer(window))
    return window[found[-1].end():] if found else window


def _in_enumeration(text: str, off: int, place) -> bool:
    """A bare name between commas of a list of places (`Hà Tĩnh, Quảng Bình, Quảng Trị`)."""
    end = off + len(place.name)
    if text[end:end + 1] == "," and _ENUM_NEXT.match(text, end) and place_follows(text, end):
        return True
    return bool(re.search(r"[,]\s*$", text[max(0, off - 3):off])) and place_precedes(text, off)


def place_follows(text: str, end: int) -> bool:
    m = re.match(rf"\s*(?:,|và)\s*({_CAP}(?:[ \t]+{_CAP}){{0,3}})", text[end:end + 40])
    return bool(m) and any(gazetteer.lookup(" ".join(m.group(1).split()[:n])) for n in (3, 2, 1))


def place_precedes(text: str, off: int) -> bool:
    m = re.search(rf"({_CAP}(?:[ \t]+{_CAP}){{0,3}})\s*,\s*$", text[max(0, off - 40):off])
    return bool(m) and any(gazetteer.lookup(" ".join(m.group(1).split()[-n:])) for n in (3, 2, 1))


def mention_kind(text: str, off: int, place=None, prefixed: bool = True) -> str:
    """`body` (a body's jurisdiction), `residence` (someone's home), `list` (one of several) or `plain`."""
    before = _before(text, off, _LEX["body_gap_chars"], _PHRASE_BREAK)
    if _person_address(text, off):
        return "residence"
    if _LIST.search(text, max(0, off - 12), off) or not prefixed and place and _in_enumeration(text, off, place):
        return "list"
    if _RESIDENCE.search(_before(text, off, _LEX["cue_window_chars"], _CLAUSE_BREAK)):
        return "residence"
    if _POLICE_AT.match(text, off) or _PARTY_COMMITTEE_AT.match(text, off):
        return "body"  # `CAQ Hoàn Kiếm`, `Tỉnh ủy Hà Tĩnh`: the prefix is the place's body
    # `Công an Hà Nội điều tra vụ ... ở Hoàng Mai`: a place after `ở`/`tại` is where, not whose.
    if not _LOCATIVE_LAST.search(text, max(0, off - 6), off) and (_BODY.search(before) or _body_then_comma(text, off)):
        return "body"
    return "plain"


# `chị Hà Thanh (`, `: Dương Thị Linh (`: a person's name (a pronoun or nothing before it) opening a bracket
_NAME_BEFORE_BRACKET = re.compile(rf"(?:(?:^|[.:;!?\n\"“]|(?<![\w])(?:{_alternation(_LEX['person_pronouns'])}))[ \t]*)"
                                  rf"({_CAP}(?:[ \t]+{_CAP}){{1,3}})[ \t]*\($")


_ADDRESS_OPENING = re.compile(rf"(?:{_CAP}(?:[ \t]+{_CAP}){{0,3}}[ \t]*,[ \t]*)?")


def _person_address(text: str, off: int) -> bool:
    """A place opening a bracket after a person's name: their home (`Dương Thị Linh (Sóc Sơn, Hà Nội)`,
    `chị Hà Thanh (Hà Đông, Hà Nội)`), not the place of a thing named after someone (`đền Trần Thương
    (Lý Nhân, Hà Nam)`, `chợ Lương Văn Can (phường Máy Tơ, ...)`)."""
    # the bracket opens right before the place, or before the district the province follows
    opening = text.rfind("(", max(0, off - 30), off)
    if opening < 0 or not _ADDRESS_OPENING.fullmatch(text, opening + 1, off):
        return False
    m = _NAME_BEFORE_BRACKET.search(text, max(0, opening - 40), opening + 1)
    return bool(m) and fold(m.group(1).split()[0]) in _SURNAMES


def _body_then_comma(text: str, off: int) -> bool:
    """`Bệnh viện Nhi Đồng 1, TPHCM`: the place of a body named by its own name (not a place's:
    `UBND huyện Núi Thành, tỉnh Quảng Nam` gives the district, not the province, a body)."""
    m = _BODY_THEN_COMMA.search(_before(text, off, _LEX["body_gap_chars"], _CLAUSE_BREAK))
    if not m:
        return False
    name = m.group(1).strip()
    return not _PREFIXED.match(name) and not _NUMBERED.match(name) and not gazetteer.is_place(name) \
        and not any(gazetteer.is_place(w) for w in name.split()[:1])
