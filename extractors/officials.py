"""Officials: every named person holding a post, with canonical titles, roles and mentions.

How a mention is read, per sentence, over underthesea's words (a personal name is one word,
`Bùi Quang Hoàn`):

1. Name candidates: a word of capitalised syllables that opens with a family name and is not a
   place (`Nguyễn Đức Chung`, not `Hà Nội`); or any capitalised word right after an honorific
   (`ông Chung`), a rank (`Thiếu tướng`) or a post (`Phó Thủ tướng Vũ Đức Đam`, `Tổng thống Mỹ
   Donald Trump`).
2. Titles before the name: the post chain that ends at the name (`Chủ tịch UBND TP Hà Nội`).
   Titles after it: `, / - / – / (` followed by a post, as often as the pattern repeats
   (`, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện`). A post is a head from `titles.tsv` plus the
   organisation words that follow it (capitalised words, abbreviations, places, `huyện`, `nhân dân`).
3. Titles are canonical: abbreviations expanded from `abbreviations.tsv`, heads spelled as in the
   lexicon, one tone-placement style.
4. Roles from cue words (`roles.json`) right after the person's name-and-titles chain (shared by a
   list of people that ends in one verb), or opening the clause before them (`Dự hội nghị có ...`,
   `dưới sự chủ trì của ...`, `Kết luận hội nghị, đồng chí ...`).
5. Within the article, a repeated full name, or a short form (`ông Chung`, `đồng chí Hoàn`,
   `Bí thư Dũng`) that matches the end of a full name, is the same person: one row, posts merged.

A person never given a post in the article (a resident, a victim, a photographer) is not a row.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from vnextract.extractors import gazetteer
from vnextract.extractors.lexicon import load_json, load_lines, load_tsv
from vnextract.extractors.normalize import VI_UPPER, canonical_spelling, fold


@dataclass
class Official:
    """One person holding a post, merged over every mention in the article."""
    name: str
    titles: list[str] = field(default_factory=list)
    roles: set[str] = field(default_factory=set)
    mentions: list[tuple[int, int]] = field(default_factory=list)  # char spans of every mention (full or short)


# ---------------------------------------------------------------- lexicons
_TITLE_ROWS = load_tsv("titles.tsv")
# folded head -> canonical spelling (third column, for abbreviated heads like `PCT`, else as listed)
POSTS = {fold(r[0]): (r[2] if len(r) > 2 and r[2] else r[0]) for r in _TITLE_ROWS if r[1] in ("post", "member")}
RANKS = {fold(r[0]): r[0] for r in _TITLE_ROWS if r[1] == "rank"}
_MAX_TITLE_WORDS = max(len(k.split()) for k in list(POSTS) + list(RANKS))
ABBREVIATIONS = {r[0]: r[1] for r in load_tsv("abbreviations.tsv")}
_ABBR_FOLDED = {fold(k): v for k, v in ABBREVIATIONS.items()}
SURNAMES = frozenset(fold(s) for s in load_lines("surnames.txt"))
ORG_WORDS = frozenset([fold(w) for w in load_lines("org_words.txt")] + [fold(v) for v in ABBREVIATIONS.values()])
HONORIFICS = tuple(sorted((fold(h) for h in load_lines("honorifics.txt")), key=len, reverse=True))
_ROLE_LEX = load_json("roles.json")
ROLE_CUES = sorted(((fold(c), role) for role, cues in _ROLE_LEX.items() if not role.startswith("_")
                    for c in cues), key=lambda cr: -len(cr[0]))

# Lower-case words that belong inside an organisation name after a post head.
ORG_LOWER = frozenset({
    "huyện", "tỉnh", "thành phố", "quận", "xã", "phường", "thị xã", "thị trấn", "thôn", "bản", "ấp",
    "nhân dân", "thường vụ", "thường trực", "chấp hành", "kiểm tra", "trung ương", "đảng", "đảng bộ",
    "quốc gia", "quốc hội", "chính phủ", "nhà nước", "và", "&", "tỉnh ủy", "huyện ủy", "thành ủy",
    "quận ủy", "thị ủy", "đảng ủy", "công an", "quân sự", "mặt trận", "tổ quốc", "sở", "ban", "bộ",
    "hội đồng", "ủy ban", "khối", "cơ quan", "xã hội", "phát triển", "nông thôn", "môi trường",
})
# Words that may sit between a person's chain and the role verb.
_FILLERS = frozenset({"đã", "cũng", "vừa", "đến", "tới", "về", "sẽ", "trực tiếp", "đồng thời", "còn", "thì",
                      "luôn", "vẫn", "đều", "cùng", "lần lượt"})
_LIST_JOINERS = frozenset({",", ";", "và", "cùng", "cùng với", "với"})
_SEPARATORS = frozenset({",", "-", "–", "—", "(", ":", "kiêm"})
_MODIFIERS = frozenset({"nguyên", "quyền", "tân", "đương kim", "cựu"})

# A sentence is read only if one of its words could open a post, a rank or an honorific.
_TRIGGER_WORDS = frozenset(
    " ".join(key.split()[:n]) for key in list(POSTS) + list(RANKS) + list(HONORIFICS) + ["đ"] for n in (1, 2))
_ROLE_BY_CUE = dict(ROLE_CUES)
# Words after which a personal name names a thing: `Viện Phan Châu Trinh`, `đường Lê Lợi`, `giải Bùi Xuân Phái`.
NAMED_AFTER = frozenset(fold(w) for w in load_lines("named_after.txt"))
# Posts whose holder after them is a person, whatever the name looks like (`Thủ tướng Lào Phankham Viphavanh`).
_STATE_POSTS = frozenset(fold(w) for w in (
    "Tổng thống", "Phó Tổng thống", "Thủ tướng", "Phó Thủ tướng", "Ngoại trưởng", "Bộ trưởng", "Thứ trưởng",
    "Quốc vương", "Nhà vua", "Đại sứ", "Thủ hiến", "Thị trưởng", "Tổng Thư ký", "Chủ tịch nước", "Đệ nhất phu nhân",
    "Tổng Bí thư", "Chủ tịch Quốc hội", "Hoàng tử", "Công chúa", "Nữ hoàng", "Giáo hoàng", "Tổng tư lệnh"))
_MAX_CUE_WORDS = max(len(c.split()) for c, _ in ROLE_CUES)
_HONORIFIC_BEFORE = re.compile(
    r"(?:^|[\s,.;:(\"“])(" + "|".join(re.escape(h).replace(r"\ ", r"\s*") for h in HONORIFICS) + r")\s*$")


def _syllables(text: str) -> list[str]:
    return text.split()


def _is_capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper()


@functools.lru_cache(maxsize=65536)
def _is_title_case_name(word: str, allow_upper: bool) -> bool:
    """Every syllable capitalised, letters only: `Nguyễn Thị Kim Ngân`."""
    syl = _syllables(word)
    if not syl or len(syl) > 5:
        return False
    for s in syl:
        if not s[0].isupper() or not s.replace("'", "").replace("’", "").isalpha():
            return False
        if not allow_upper and len(s) > 1 and not s[1:].islower():
            return False
    return True


@functools.lru_cache(maxsize=65536)
def _is_caps(word: str) -> bool:
    """Written in capitals (`UBND`, `TN&MT`), whatever the lexicon says."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@functools.lru_cache(maxsize=65536)
def _is_abbreviation(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) or word in ABBREVIATIONS


# ---------------------------------------------------------------- units
@dataclass
class Unit:
    text: str
    start: int
    end: int
    key: str  # folded


def token_table(doc: Doc) -> list[tuple[str, int, str]]:
    """(text, offset, norm) of every token, read once per article: spaCy builds a Token object on
    each access, which is the dominant cost when sentences are scanned repeatedly."""
    from spacy.attrs import IDX, LENGTH, NORM

    text, strings = doc.text, doc.vocab.strings
    return [(text[i:i + n], i, strings[h]) for i, n, h in doc.to_array([IDX, LENGTH, NORM]).tolist()]


def sentence_units(doc: Doc, sent, table: list[tuple[str, int, str]] | None = None) -> list[Unit]:
    """`sent`: a Span, or a (first token, end token, start char, end char) tuple."""
    """The sentence's words; a word that glues an abbreviation to other words (`TN&MT Hồ Huy Thành`,
    `giáo TU`) is split so the abbreviation and the name stand alone."""
    if table is None:
        table = token_table(doc)
    units = []
    first, stop = (sent[0], sent[1]) if isinstance(sent, tuple) else (sent.start, sent.end)
    for text, idx, norm in table[first:stop]:
        if text.isspace():
            continue
        if " " not in text or text.islower():
            units.append(Unit(text, idx, idx + len(text), norm))
            continue
        syl = text.split()
        abbr = [_is_caps(x) for x in syl]
        if any(abbr) and not all(abbr):
            pos = idx
            groups: list[list[str]] = []
            for x, is_abbr in zip(syl, abbr):
                if is_abbr or not groups or _is_abbreviation(groups[-1][-1]):
                    groups.append([x])
                else:
                    groups[-1].append(x)
            for g in groups:
                a = doc.text.index(g[0], pos)
                b = doc.text.index(g[-1], a) + len(g[-1])
                units.append(Unit(doc.text[a:b], a, b, fold(doc.text[a:b])))
                pos = b
            continue
        country = _leading_country(syl)
        if country:  # `Mỹ Jeff`: a country glued to the foreign name after it
            cut = len(" ".join(syl[:country]))
            rest = text[cut:].lstrip()
            units.append(Unit(text[:cut], idx, idx + cut, fold(text[:cut])))
            units.append(Unit(rest, idx + len(text) - len(rest), idx + len(text), fold(rest)))
            continue
        units.append(Unit(text, idx, idx + len(text), norm))
    return units


def _leading_country(syl: list[str]) -> int:
    """How many leading syllables name a country when capitalised words follow it, else 0."""
    if len(syl) < 2 or not all(x[:1].isupper() for x in syl):
        return 0
    for n in range(len(syl) - 1, 0, -1):
        if any(p.level == "country" for p in gazetteer.lookup(" ".join(syl[:n]))):
            return n
    return 0


_PREFIXES: dict[int, frozenset[str]] = {}


def _prefixes(table: dict) -> frozenset[str]:
    """Every leading word sequence of the table's keys: lets a look-up stop at the first miss."""
    got = _PREFIXES.get(id(table))
    if got is None:
        got = _PREFIXES[id(table)] = frozenset(
            " ".join(k.split()[:n]) for k in table for n in range(1, len(k.split()) + 1))
    return got


def _match_lexicon(units: list[Unit], i: int, table: dict) -> int:
    """Number of units from i that spell the longest entry of `table` (0 if none)."""
    best = 0
    key = ""
    prefixes = _prefixes(table)
    for n in range(1, min(_MAX_TITLE_WORDS, len(units) - i) + 1):
        key = (key + " " + units[i + n - 1].key) if key else units[i + n - 1].key
        if key not in prefixes:
            break
        if key in table:
            best = n
    return best


def _post_at(units: list[Unit], i: int) -> int:
    """Units spanned by a post head (with modifiers `nguyên`, `Phó`) starting at i, or 0."""
    j = i
    while j < len(units) and units[j].key in _MODIFIERS:
        j += 1
    n = _match_lexicon(units, j, POSTS)
    if not n and j < len(units) and units[j].key == "phó":
        n2 = _match_lexicon(units, j + 1, POSTS)
        if n2:
            n = n2 + 1
    return (j - i) + n if n else 0


@functools.lru_cache(maxsize=65536)
def _place_name(text: str) -> bool:
    return gazetteer.is_place(text)


_ADMIN_BEFORE_PLACE = frozenset({"huyện", "quận", "xã", "phường", "tỉnh", "thành phố", "thị xã", "thị trấn",
                                 "tp", "tp.", "p.", "q.", "tx", "tx.", "tt", "tt.", "thôn", "ấp", "bản", "xóm"})


_GAZETTEER_LEVELS = frozenset({"huyện", "quận", "tỉnh", "thành phố", "thị xã", "tp", "tp.", "tx", "tx."})


def _is_country_or_single(text: str) -> bool:
    """`Đức`, `Nga`, `Anh`, `Mỹ`: country names that are also given names."""
    return len(text.split()) == 1 or all(p.level == "country" for p in gazetteer.lookup(text))


def _is_place_at(units: list[Unit], j: int) -> bool:
    """Unit j names a place: in the gazetteer, with the word before it (`Nam` + `Từ Liêm`), or after
    a commune-level word (`phường Trần Hưng Đạo`). After `tỉnh`/`huyện` a name the gazetteer does
    not know is a person (`Phó Chủ tịch UBND tỉnh Dương Tất Thắng`)."""
    u = units[j]
    if _place_name(u.text):
        return True
    if j > 0 and _place_name(f"{units[j - 1].text} {u.text}"):
        return True
    if j + 2 < len(units) and units[j + 1].key == "-" and _place_name(f"{u.text} - {units[j + 2].text}"):
        return True  # `Thừa Thiên - Huế`
    if j > 0 and units[j - 1].key in _ADMIN_BEFORE_PLACE and units[j - 1].key not in _GAZETTEER_LEVELS:
        return True
    return False


def _is_full_name(u: Unit, upper_sentence: bool) -> bool:
    syl = _syllables(u.text)
    return (2 <= len(syl) <= 5 and _is_title_case_name(u.text, upper_sentence)
            and fold(syl[0]) in SURNAMES and not _place_name(u.text) and u.key not in POSTS
            and u.key not in _ABBR_FOLDED)


def _org_run(units: list[Unit], i: int, upper_sentence: bool) -> int:
    """Index after the organisation words that follow a post head at i."""
    j = i
    while j < len(units):
        u = units[j]
        if u.key == "-" and i < j < len(units) - 1 and _place_name(
                f"{units[j - 1].text} - {units[j + 1].text}"):
            j += 2  # `Bà Rịa - Vũng Tàu`
            continue
        if u.key == "-" and i < j < len(units) - 1 and _is_capitalised(units[j + 1].text) \
                and not _post_at(units, j + 1) and not _is_full_name(units[j + 1], upper_sentence) \
                and units[j + 1].key not in HONORIFICS:
            j += 1  # `Tập đoàn Công nghiệp - Viễn thông Quân đội`
            continue
        if u.key in ("và", "&"):
            if j + 1 < len(units) and _is_capitalised(units[j + 1].text) and not _is_full_name(units[j + 1], upper_sentence):
                j += 1
                continue
            break
        if _is_full_name(u, upper_sentence) and not _is_place_at(units, j) or _post_at(units, j) and j > i:
            break
        if u.key in RANKS:
            break
        if u.key in ORG_LOWER or _is_abbreviation(u.text):
            j += 1
            continue
        if _is_capitalised(u.text) and any(c.isalpha() for c in u.text):
            if _honorific_before_unit(units, j):
                break
            j += 1
            continue
        if u.key == "(" and j + 2 < len(units) and units[j + 2].key == ")" and _is_abbreviation(units[j + 1].text):
            j += 3  # `Cục Điều tra Liên bang (FBI)`
            continue
        if u.text.isdigit() and j > i and _is_capitalised(units[j - 1].text):  # `Quân khu 3`
            j += 1
            continue
        break
    return j


def _state_post_chain(units: list[Unit], pre: tuple[int, int]) -> bool:
    """The post before a foreign name is a head of state or government's, or names a country."""
    a, b = pre
    while a < b and units[a].key in _MODIFIERS:
        a += 1
    n = _post_at(units, a)
    head = " ".join(u.key for u in units[a:a + n]).removeprefix("phó ").strip()
    return head in _STATE_POSTS or fold("phó " + head) in _STATE_POSTS or any(
        p.level == "country" for u in units[a + n:b] for p in gazetteer.lookup(u.text))


def _org_continues(units: list[Unit], k: int) -> bool:
    """True when unit k still reads as part of an organisation or place name."""
    if k >= len(units):
        return False
    u = units[k]
    return (_is_capitalised(u.text) and any(c.isalpha() for c in u.text) and u.key not in HONORIFICS) \
        or u.key in ORG_LOWER and u.key not in ("và", "&")


def _honorific_before_unit(units: list[Unit], j: int) -> bool:
    return j > 0 and units[j - 1].key in HONORIFICS


# ---------------------------------------------------------------- canonical titles
def canonical_title(units: list[Unit], upper_sentence: bool = False, text: str | None = None) -> str:
    """`Phó Bí thư HU` -> `Phó Bí thư Huyện ủy`; `Chủ tịch UBND TP Hà Nội` ->
    `Chủ tịch Ủy ban nhân dân thành phố Hà Nội`."""
    out: list[str] = []
    gaps: list[str] = []  # what stood before each output piece: keep `(FBI)` tight

    def gap_before(i: int) -> str:
        if text is None or i == 0:
            return " " if i else ""
        return " " if text[units[i - 1].end:units[i].start] else ""

    i = 0
    while i < len(units):
        gaps.append(gap_before(i))
        n = _match_lexicon(units, i, POSTS)
        if n:
            out.append(POSTS[" ".join(u.key for u in units[i:i + n])])
            i += n
            continue
        u = units[i]
        joined = _joined_abbreviation(units, i, text)
        if joined:
            out.append(ABBREVIATIONS[joined[0]])
            i += joined[1]
            continue
        glued_city = re.match(r"(?:TP|Tp)\.(?=\w)", u.text)
        if glued_city and u.text not in ABBREVIATIONS:
            out.append("thành phố " + u.text[glued_city.end():])  # `TP.Yên Bái`
        elif u.text in ABBREVIATIONS:
            out.append(ABBREVIATIONS[u.text])
        elif u.key in _ABBR_FOLDED and _is_abbreviation(u.text):
            out.append(_ABBR_FOLDED[u.key])
        elif u.key in _MODIFIERS or u.key == "phó":
            out.append(u.key if u.key != "phó" else "Phó")
        elif upper_sentence and not _is_abbreviation_lexicon(u.text):
            out.append(u.text.capitalize() if not out else u.text.lower())  # a title written in capitals
        else:
            out.append(u.text)
        i += 1
    title = canonical_spelling("".join(g + o for g, o in zip(gaps, out)))
    title = re.sub(r"\s*([-–])\s*", " - ", title).replace(" , ", ", ")
    return title[0].upper() + title[1:] if title and not title.startswith(tuple(_MODIFIERS)) else title


def _joined_abbreviation(units: list[Unit], i: int, text: str | None) -> tuple[str, int] | None:
    """An abbreviation the tokenizer split (`LĐ` `-` `TB&XH`): (its lexicon form, units spanned)."""
    if text is None:
        return None
    for n in (5, 4, 3, 2):
        if i + n > len(units):
            continue
        raw = text[units[i].start:units[i + n - 1].end]
        for cand in (raw, raw.replace(" ", "")):
            if cand in ABBREVIATIONS:
                return cand, n
    return None


def _is_abbreviation_lexicon(text: str) -> bool:
    return text in ABBREVIATIONS


_ADMIN_WORDS = re.compile(r"\b(?:tỉnh|thành phố|huyện|quận|thị xã|tp)\b ?")


def post_key(title: str) -> str:
    """Comparison key for posts: `Giám đốc Sở Du lịch tỉnh Bình Định` ~ `... Sở Du lịch Bình Định`."""
    return _ADMIN_WORDS.sub("", fold(title)).strip()


# ---------------------------------------------------------------- mentions
@dataclass
class Mention:
    name: str
    start: int           # name span in the text
    end: int
    first: int           # first unit of the whole chain (honorific or pre-title)
    last: int            # last unit of the chain (name or last title), inclusive
    name_unit: int
    titles: list[str] = field(default_factory=list)
    short: bool = False   # given name only (`ông Chung`)
    unverified: bool = False  # no family name, no honorific: kept only if the article says `ông X` too
    introduced: bool = False  # by an honorific or a rank
    roles: set[str] = field(default_factory=set)


def _pre_title(units: list[Unit], j: int, upper_sentence: bool, floor: int = 0) -> tuple[int, int] | None:
    """(first, end) units of the post chain that ends right before unit j, if any (not before `floor`)."""
    k = j - 1
    best = None
    while k >= floor and j - k <= 14:
        u = units[k]
        if u.key == ")" and k >= 2 and units[k - 2].key == "(" and _is_abbreviation(units[k - 1].text):
            k -= 3  # `(FBI)` inside the organisation
            continue
        if u.key == "-" and 0 < k < j - 1 and _place_name(f"{units[k - 1].text} - {units[k + 1].text}"):
            k -= 1  # `Bà Rịa - Vũng Tàu`
            continue
        if u.key in _SEPARATORS or u.key in (";", ".", ")", "(", ":") or u.key in HONORIFICS:
            break
        n = _post_at(units, k)
        if n:
            best = k
            # A modifier before the head (`nguyên`) is part of it; keep looking for an earlier head
            # only through organisation words.
        elif not (u.key in ORG_LOWER or _is_abbreviation(u.text) or _is_capitalised(u.text) or u.text.isdigit()
                  or any(_post_at(units, m) > k - m for m in range(max(floor, k - 3), k))):
            break
        if _is_full_name(u, upper_sentence) and k != j - 1 and not _is_place_at(units, k):
            break
        k -= 1
    if best is None:
        return None
    # The chain must run unbroken from the head to the name.
    end = _org_run(units, best + _post_at(units, best), upper_sentence)
    if end < j:
        return None
    while best > floor and units[best - 1].key in _MODIFIERS:
        best -= 1
    return best, j


def _list_head_title(units: list[Unit], j: int, upper_sentence: bool) -> tuple[int, int] | None:
    """The post that heads a colon list of names the name at unit j belongs to, if any."""
    k = j - 1
    while k >= 1 and units[k].key in (",", "và") and _is_full_name(units[k - 1], upper_sentence):
        k -= 2
    if k >= 1 and units[k].key == ":":
        head = _pre_title(units, k, upper_sentence)
        if head and not any(_is_full_name(u, upper_sentence) for u in units[head[0]:head[1]]):
            return head
    return None


def _honorific_start(units: list[Unit], j: int) -> int:
    """First unit of the honorific right before unit j (`ông`, `đồng chí`, `Đ` `/` `c`, `các ông`)."""
    k = j - 1
    if k >= 2 and units[k].key == "c" and units[k - 1].key == "/":
        k -= 2
    if k >= 1 and units[k - 1].key == "các":
        k -= 1
    return k


def _title_before_honorific(units: list[Unit], j: int, upper_sentence: bool, floor: int):
    """`Chủ tịch UBND tỉnh An Giang, ông Nguyễn Thanh Bình`: the post chain before the honorific."""
    k = _honorific_start(units, j)
    if k - 1 >= floor and units[k - 1].key in (",", "-", "–", "là", ":"):
        k -= 1
        if units[k].key == "là" and k - 1 >= floor and units[k - 1].key in ("đó", "này", "đây"):
            return None
    return _pre_title(units, k, upper_sentence, floor)


def _post_titles(units: list[Unit], j: int, upper_sentence: bool,
                 glued: bool = False) -> tuple[list[tuple[int, int]], int]:
    """Title spans after the name at unit j, and the last unit index of the chain.

    `, / - / – / ( / kiêm` then a post, as often as it repeats; `glued`: a post may follow the name
    with no separator (`ông Nguyễn Bá Diệp Phó Chủ tịch ...`); one short descriptor between commas is
    passed over (`TS Võ Tòng Xuân, chuyên gia lúa gạo, Hiệu trưởng ...`).
    """
    spans = []
    last = j
    k = j + 1
    closing = False
    skipped = False
    while k < len(units):
        sep = units[k].key
        if sep in _SEPARATORS:
            start = k + 1
        elif glued and not spans and _post_at(units, k):
            start = k
        else:
            break
        if sep == "(":
            closing = True
        n = _post_at(units, start)
        if not n:
            nxt = _descriptor_end(units, start)
            if spans or skipped or sep != "," or nxt is None:
                break
            skipped = True
            k = nxt
            continue
        end = _org_run(units, start + n, upper_sentence)
        if end < len(units) and _is_full_name(units[end], upper_sentence) and not _is_place_at(units, end):
            break  # `..., Bí thư Thành ủy Hà Nội Hoàng Trung Hải`: the next person's title
        spans.append((start, end))
        last = end - 1
        k = end
        if closing and k < len(units) and units[k].key == ")":
            last = k
            k += 1
            closing = False
    return spans, last


def _descriptor_end(units: list[Unit], start: int) -> int | None:
    """Index of the `,` after a short lower-case descriptor that a post follows, else None."""
    for k in range(start, min(len(units), start + 6)):
        u = units[k]
        if u.key == ",":
            return k if k > start and _post_at(units, k + 1) else None
        if not u.text.islower() or u.key in _ROLE_BY_CUE or any(c.isdigit() for c in u.text):
            return None
    return None


def find_mentions(doc: Doc, sent, units: list[Unit]) -> list[Mention]:
    text = doc.text
    s_start, s_end = (sent[2], sent[3]) if isinstance(sent, tuple) else (sent.start_char, sent.end_char)
    sent_text = text[s_start:s_end]
    upper_sentence = len(sent_text) > 10 and sent_text == sent_text.upper()
    mentions: list[Mention] = []
    j = 0
    floor = 0  # units before it belong to an earlier person's chain
    while j < len(units):
        u = units[j]
        caps_name = False
        if _is_abbreviation(u.text) and not upper_sentence and j > 0 and units[j - 1].key in HONORIFICS \
                and 2 <= len(u.text.split()) <= 5 and u.text.replace(" ", "").isalpha():
            caps_name = True  # `Ông NGUYỄN CHÍ THÁI, Phó Chủ tịch ...`
        elif not _is_capitalised(u.text) or u.key in POSTS or u.key in HONORIFICS or _is_abbreviation(u.text) and not upper_sentence:
            j += 1
            continue
        before = text[max(s_start, u.start - 20):u.start]
        honorific = bool(_HONORIFIC_BEFORE.search(fold(before)))
        # A place, or `Viện Phan Châu Trinh`, `đường Lê Lợi`; but `ông Đức`, `bà Nga` are people.
        if (_is_place_at(units, j) and not (honorific and _is_country_or_single(u.text))) \
                or j > 0 and units[j - 1].key in NAMED_AFTER:
            j += 1
            continue
        rank = j > 0 and _match_lexicon(units, max(0, j - 1), RANKS) == 1 and units[j - 1].key in RANKS
        pre = _title_before_honorific(units, j, upper_sentence, floor) if honorific \
            else _pre_title(units, j, upper_sentence, floor)
        full = _is_full_name(u, upper_sentence or caps_name)
        name_units = 1
        # A family name split from the rest by the tokenizer: `Nguyễn` + `Văn A`, `Trương` + `Hòa Bình`
        # (a given name that is also a place, after a post or an honorific).
        if not full and fold(u.text) in SURNAMES and len(u.text.split()) == 1 and j + 1 < len(units) \
                and _is_title_case_name(units[j + 1].text, upper_sentence) and len(units[j + 1].text.split()) <= 3 \
                and (not _place_name(units[j + 1].text) or honorific or pre or (j > 0 and units[j - 1].key in RANKS)):
            full, name_units = True, 2
        introduced = honorific or rank
        unverified = False
        if not full and pre and u.key not in ORG_WORDS and not _place_name(u.text):
            # A foreign name split over several words: `Jeff` `Sessions`.
            k = j + 1
            while k < len(units) and k - j < 4 and _is_title_case_name(units[k].text, upper_sentence) \
                    and units[k].key not in ORG_WORDS and not _place_name(units[k].text) \
                    and not _post_at(units, k) and not _is_abbreviation(units[k].text):
                k += 1
            if k > j + 1:
                merged = Unit(text[u.start:units[k - 1].end], u.start, units[k - 1].end,
                              fold(text[u.start:units[k - 1].end]))
                units[j:k] = [merged]
                u = merged
        if not full and pre and len(u.text.split()) >= 2 and _is_title_case_name(u.text, upper_sentence) \
                and u.key not in ORG_WORDS and not _place_name(u.text) and not _org_continues(units, j + 1):
            full = True  # a name without a Vietnamese family name after its post (`Tổng thống Donald Trump`)
            unverified = not _state_post_chain(units, pre)
        if not full:
            ok_short = (introduced or pre) and _is_title_case_name(u.text, upper_sentence) \
                and (not _place_name(u.text) or honorific and _is_country_or_single(u.text)) \
                and u.key not in _ABBR_FOLDED and u.key not in ORG_WORDS \
                and not _post_at(units, j) and (introduced or not _org_continues(units, j + 1))
            if not ok_short:
                j += 1
                continue
        name_end_unit = j + name_units - 1
        start, end = u.start, units[name_end_unit].end
        name = text[start:end]
        if upper_sentence:
            name = name.title()
        elif caps_name:
            full = True
        syl = name.split()
        short = not full and len(syl) <= 2
        if not full and not short:
            full = True  # a foreign or unusual full name introduced by a post (`Donald Trump`)
        titles_spans = []
        first = j
        if pre:
            titles_spans.append(pre)
            first = pre[0]
            # `Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Hoàng Trung Hải`: earlier posts, comma-joined.
            while first - 1 > floor and units[first - 1].key == ",":
                more = _pre_title(units, first - 1, upper_sentence, floor)
                if not more or more[0] > 0 and units[more[0] - 1].key not in (",", ";", ":", "có", "và") \
                        and units[more[0] - 1].key not in HONORIFICS:
                    break
                titles_spans.insert(0, more)
                first = more[0]
        elif honorific or rank:
            first = j - 1
        post_spans, last = _post_titles(units, name_end_unit, upper_sentence, glued=introduced)
        titles_spans.extend(post_spans)
        if not titles_spans and full:
            listed = _list_head_title(units, j, upper_sentence)
            if listed:  # `các Phó Thủ tướng: Trương Hòa Bình, Phạm Bình Minh, Vương Đình Huệ`
                titles_spans.append(listed)
        titles = []
        for a, b in titles_spans:
            t = canonical_title(units[a:b], upper_sentence, text)
            if t and t not in titles:
                titles.append(t)
        mentions.append(Mention(name=name, start=start, end=end, first=first, last=max(last, name_end_unit),
                                name_unit=j, titles=titles, short=short, introduced=introduced,
                                unverified=unverified and not introduced))
        j = max(last, name_end_unit) + 1
        floor = j
    _assign_roles(units, mentions)
    return mentions


# ---------------------------------------------------------------- roles
def _cue_at(units: list[Unit], i: int) -> tuple[str, int] | None:
    """(role, units spanned) of the role cue starting at unit i."""
    key = ""
    best = None
    for n in range(1, min(_MAX_CUE_WORDS, len(units) - i) + 1):
        key = (key + " " + units[i + n - 1].key).strip()
        role = _ROLE_BY_CUE.get(key)
        if role:
            best = (role, n)
    return best


def _assign_roles(units: list[Unit], mentions: list[Mention]):
    if not mentions:
        return
    # Cue after the chain, shared back over a list of people that ends in it.
    group: list[Mention] = []
    for idx, m in enumerate(mentions):
        group.append(m)
        k = m.last + 1
        nxt = mentions[idx + 1] if idx + 1 < len(mentions) else None
        while k < len(units) and (units[k].key in _FILLERS or units[k].key == ")"):
            k += 1
        if nxt is not None and k <= nxt.first and all(u.key in _LIST_JOINERS or u.key in _FILLERS
                                                      for u in units[m.last + 1:nxt.first]):
            continue  # the list goes on
        roles = set()
        while k < len(units):
            cue = _cue_at(units, k)
            if not cue:
                break
            roles.add(cue[0])
            k += cue[1]
            while k < len(units) and units[k].key in _FILLERS | {"và"}:
                k += 1
        for g in group:
            g.roles |= roles
        group = []
    # Cue opening the clause before the people: `Dự hội nghị có ...`, `dưới sự chủ trì của ...`,
    # `Kết luận hội nghị, đồng chí ...`.
    first = mentions[0].first
    opening: set[str] = set()
    i = 0
    while i < first:
        cue = _cue_at(units, i)
        if not cue:
            i += 1
            continue
        role, n = cue
        after = [u.key for u in units[i + n:first]]
        opens_clause = i <= 2 or (i > 0 and units[i - 1].key in ("sự", "có", ","))
        linked = any(w in ("có", "của", ",") for w in after) and ";" not in after and "." not in after
        if opens_clause and linked:
            opening.add(role)
        i += n
    for m in mentions:
        m.roles |= opening if "chair" not in m.roles else opening - {"attend"}


# ---------------------------------------------------------------- article level
_TRIGGER_HASHES: dict[int, object] = {}


def _trigger_offsets(doc: Doc) -> list[int]:
    """Character offsets of the words that may open a post, rank or honorific (vectorised)."""
    import numpy as np
    from spacy.attrs import IDX, NORM

    strings = doc.vocab.strings
    hashes = _TRIGGER_HASHES.get(id(strings))
    if hashes is None:  # once per vocabulary, not once per article
        hashes = _TRIGGER_HASHES[id(strings)] = np.fromiter((strings.add(w) for w in _TRIGGER_WORDS), dtype=np.uint64)
    arr = doc.to_array([NORM, IDX])
    hits = np.isin(arr[:, 0], hashes)
    return arr[hits, 1].tolist()


def _name_key(name: str) -> str:
    return fold(name)


def _matches_short(short: str, full: str) -> bool:
    s, f = fold(short).split(), fold(full).split()
    return len(s) < len(f) and f[-len(s):] == s


def extract(doc: Doc) -> list[dict]:
    layout = doc._.layout
    people: dict[str, Official] = {}
    first_seen: dict[str, tuple[int, int, str]] = {}  # key -> (start, end, evidence)
    order: list[str] = []
    pending_short: list[tuple[Mention, str]] = []
    unverified: set[str] = set()

    triggers = _trigger_offsets(doc)
    if not triggers:
        doc._.officials = []
        return []
    t = 0
    table = token_table(doc)
    for sent in doc._.sentence_bounds:
        s_start, s_end = sent[2], sent[3]
        while t < len(triggers) and triggers[t] < s_start:
            t += 1
        if t >= len(triggers):
            break
        if triggers[t] >= s_end:
            continue  # no post, rank or honorific in this sentence
        if layout is not None and layout.is_furniture(s_start, s_end):
            continue
        units = sentence_units(doc, sent, table)
        if not units:
            continue
        evidence = doc.text[s_start:s_end].strip()
        for m in find_mentions(doc, sent, units):
            if layout is not None and layout.is_furniture(m.start, m.end):
                continue
            if m.short:
                pending_short.append((m, evidence))
                continue
            key = _name_key(m.name)
            if m.unverified and key not in people:
                unverified.add(key)
            elif not m.unverified:
                unverified.discard(key)
            person = people.get(key)
            if person is None:
                person = people[key] = Official(name=m.name)
                first_seen[key] = (m.start, m.end, evidence)
                order.append(key)
            _merge(person, m)

    # Short forms join the full name they end with (the latest one mentioned before them).
    for m, evidence in pending_short:
        candidates = [k for k in order if _matches_short(m.name, people[k].name)
                      and (people[k].mentions and people[k].mentions[0][0] < m.start)]
        if not candidates:
            candidates = [k for k in order if _matches_short(m.name, people[k].name)]
        if candidates:
            best = max(candidates, key=lambda k: max(s for s, _ in people[k].mentions if s < m.start)
                       if any(s < m.start for s, _ in people[k].mentions) else -1)
            _merge(people[best], m)

    officials = [people[k] for k in order if people[k].titles
                 and (k not in unverified or _called_by_honorific(doc.text, people[k].name))]
    doc._.officials = officials
    rows = []
    for p in officials:
        start, end, evidence = first_seen[_name_key(p.name)]
        rows.append({
            "name": p.name, "titles": p.titles, "roles": sorted(p.roles), "mentions": len(p.mentions),
            "start": start, "end": end, "text": doc.text[start:end], "evidence": evidence,
        })
    return rows


def _called_by_honorific(text: str, name: str) -> bool:
    """`ông Comey` somewhere in the article: `James Comey` is a person, not a club or a brand."""
    last = name.split()[-1]
    return re.search(rf"(?:\b[Ôô]ng|\b[Bb]à|\b[Nn]gài)\s+(?:[{VI_UPPER}][\w'-]*\s+)*" + re.escape(last) + r"\b",
                     text) is not None


def _merge(person: Official, m: Mention):
    person.mentions.append((m.start, m.end))
    person.roles |= m.roles
    for t in m.titles:
        folded = post_key(t)
        # `Chủ tịch Ủy ban nhân dân huyện` and `Chủ tịch Ủy ban nhân dân huyện Đầm Hà` are one post.
        same = [i for i, old in enumerate(person.titles)
                if post_key(old) == folded or post_key(old).startswith(folded + " ")
                or folded.startswith(post_key(old) + " ")]
        if not same:
            person.titles.append(t)
        elif len(t) > len(person.titles[same[0]]):
            person.titles[same[0]] = t
