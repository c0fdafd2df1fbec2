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
    titles_former: list[bool] = field(default_factory=list)  # parallel to titles: marked nguyên / cựu / từng là
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
    "ủy",  # `Dân vận Huyện` + `ủy`: the tokenizer splits `Huyện ủy`
})
# Words that may sit between a person's chain and the role verb.
_FILLERS = frozenset({"đã", "cũng", "vừa", "đến", "tới", "về", "sẽ", "trực tiếp", "đồng thời", "còn", "thì",
                      "luôn", "vẫn", "đều", "cùng", "lần lượt"})
_LIST_JOINERS = frozenset({",", ";", "và", "cùng", "cùng với", "với"})
_SEPARATORS = frozenset({",", "-", "–", "—", "(", ":", "kiêm"})
_POST_MODIFIERS = load_json("post_modifiers.json")
FORMER = frozenset(_POST_MODIFIERS["former"])            # `nguyên`, `cựu`: dropped, flagged former
FORMER_BEFORE = frozenset(_POST_MODIFIERS["former_before"])  # `từng là` + post
DROPPED = frozenset(_POST_MODIFIERS["dropped"])          # `tân`, `đương nhiệm`: no part of the post
_MODIFIERS = FORMER | DROPPED | frozenset(_POST_MODIFIERS["kept"])
POSTS_AT_PLACE = frozenset(_POST_MODIFIERS["posts_at_place"])
TITLE_STOP_WORDS = frozenset(fold(w) for w in load_lines("title_stop_words.txt"))
# Capitalised organisation words whose next name is the organisation's (`Bệnh viện Bạch Mai`).
ORG_NAMED_HEADS = frozenset(fold(w) for w in load_lines("org_named_heads.txt"))
NAME_PARTICLES = frozenset(load_lines("name_particles.txt"))
TITLE_KEPT_ABBREVIATIONS = frozenset(load_lines("title_kept_abbreviations.txt"))

# A sentence is read only if one of its words could open a post, a rank or an honorific.
_TRIGGER_WORDS = frozenset(
    " ".join(key.split()[:n]) for key in list(POSTS) + list(RANKS) + list(HONORIFICS) + ["đ"]
    for n in range(1, len(key.split()) + 1))  # a tokenizer word may hold a whole post (`người phát ngôn`)
_ROLE_BY_CUE = dict(ROLE_CUES)
# Words after which a personal name names a thing: `Viện Phan Châu Trinh`, `đường Lê Lợi`, `giải Bùi Xuân Phái`.
NAMED_AFTER = frozenset(fold(w) for w in load_lines("named_after.txt"))
# Posts whose holder after them is a person, whatever the name looks like (`Thủ tướng Lào Phankham Viphavanh`).
_STATE_POSTS = frozenset(fold(w) for w in (
    "Tổng thống", "Phó Tổng thống", "Thủ tướng", "Phó Thủ tướng", "Ngoại trưởng", "Bộ trưởng", "Thứ trưởng",
    "Quốc vương", "Nhà vua", "Đại sứ", "Thủ hiến", "Thị trưởng", "Tổng Thư ký", "Chủ tịch nước", "Đệ nhất phu nhân",
    "Tổng Bí thư", "Chủ tịch Quốc hội", "Hoàng tử", "Công chúa", "Nữ hoàng", "Giáo hoàng", "Tổng tư lệnh",
    # posts held by a person, never followed straight by an organisation's own name
    "Người phát ngôn", "Phát ngôn viên", "Giám đốc điều hành", "Tổng Giám đốc điều hành", "CEO", "Thống đốc",
    "Lãnh đạo tối cao", "Nhà lãnh đạo", "Tổng Lãnh sự", "Thái tử", "Nghị sĩ", "Thượng nghị sĩ",
    "Hạ nghị sĩ", "Cố vấn An ninh Quốc gia", "Đặc phái viên"))
_MAX_CUE_WORDS = max(len(c.split()) for c, _ in ROLE_CUES)
_HONORIFIC_BEFORE = re.compile(
    r"(?:^|[\s,.;:(\"“])(" + "|".join(re.escape(h).replace(r"\ ", r"\s*") for h in HONORIFICS) + r")\s*$")


def _syllables(text: str) -> list[str]:
    return text.split()


def _is_capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper()


@functools.lru_cache(maxsize=65536)
def _is_title_case_name(word: str, allow_upper: bool) -> bool:
    """Every syllable capitalised, letters only: `Nguyễn Thị Kim Ngân`; a foreign name may join parts
    with a hyphen (`Moon Jae-in`, `Jean-Michel`, `al-Thani`) and hold particles (`Meshal bin Hamad`)."""
    syl = _syllables(word)
    if not syl or len(syl) > 5:
        return False
    foreign = word.isascii()
    for n, s in enumerate(syl):
        if foreign and n and s in NAME_PARTICLES:
            continue
        parts = s.split("-") if foreign and "-" in s.strip("-") else [s]
        if foreign and len(parts) > 1 and parts[0] in NAME_PARTICLES:
            parts = parts[1:]  # `al-Thani`
        for m, part in enumerate(parts):
            if not part or not part.replace("'", "").replace("’", "").isalpha():
                return False
            if m == 0 and not part[0].isupper():
                return False
            if not allow_upper and len(part) > 1 and not part[1:].islower():
                return False
    return True


# A syllable Vietnamese could spell without its marks; any other (`Spicer`, `Park`, `Jong`, `Saif`) is foreign.
_VIETNAMESE_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?"
                                  r"[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?")


@functools.lru_cache(maxsize=65536)
def _is_foreign_name(word: str) -> bool:
    """A personal name in Latin letters that is no Vietnamese name: two or more syllables, at least one
    of which Vietnamese cannot spell, or joined by a hyphen or a particle (`Sean Spicer`, `Kim Jong-un`)."""
    if not word.isascii() or not _is_title_case_name(word, False):
        return False
    syl = word.split()
    parts = [p.lower() for s in syl for p in s.split("-") if p]
    if len(parts) < 2:
        return False
    return "-" in word or any(s in NAME_PARTICLES for s in syl[1:]) \
        or any(not _VIETNAMESE_SYLLABLE.fullmatch(p) for p in parts)


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
        syl = u.text.split()
        if j > i and len(syl) > 1 and syl[0].islower() and syl[1][:1].isupper() and syl[0] not in TITLE_STOP_WORDS:
            j += 1  # `Nông nghiệp` + `và Phát triển nông thôn`, `Ủy` + `ban Văn hóa` (one word for the tokenizer)
            continue
        if j > i and u.key == "của" and j + 1 < len(units) and units[j + 1].key in ORG_WORDS \
                and _is_capitalised(units[j + 1].text):
            j += 1  # `Ủy ban Văn hóa xã hội của Quốc hội`
            continue
        if j > i and u.key == "khóa" and j + 1 < len(units) and _TERM_NUMBER.fullmatch(units[j + 1].text):
            j += 2  # `của Quốc hội khóa VI`: the term is part of the post
            continue
        if u.key in ("và", "&"):
            if j + 1 < len(units) and _is_capitalised(units[j + 1].text) and not _is_full_name(units[j + 1], upper_sentence):
                j += 1
                continue
            inner = _lower_run_inside_name(units, i, j, upper_sentence) if u.key == "và" else 0
            if inner:  # `Phòng Thương mại và công nghiệp Việt Nam`
                j = inner
                continue
            break
        if u.key in DROPPED and j > 0:
            j += 1  # `Tổng thống đương nhiệm`
            continue
        if u.key == "tại" and j + 1 < len(units) and _is_place_at(units, j + 1) \
                and any(fold(" ".join(x.key for x in units[m:i])) in POSTS_AT_PLACE for m in range(max(0, i - 3), i)):
            j += 1  # `Đại sứ Qatar tại Mỹ`: the mission's place
            continue
        if _names_organisation(units, j):
            j += 1  # `Bệnh viện Bạch Mai`, `Trường THCS Chu Văn An`: the organisation's name
            continue
        brand = _company_name_end(units, i, j)
        if brand:
            j = brand  # `Công ty TNHH xử lý nước Trâm Anh`: lower-case trade words, then the brand
            continue
        inner = _lower_run_inside_name(units, i, j, upper_sentence)
        if inner:
            j = inner  # `Ban Quản lý dự án đường cao tốc Đà Nẵng`: lower-case words between capitalised parts
            continue
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


_TERM_NUMBER = re.compile(r"[IVXLC]+|\d{1,2}")


def _name_word(u: Unit) -> bool:
    """A lower-case word that may sit inside an organisation's name (no function word, verb or role cue)."""
    return u.text.islower() and u.text.replace(" ", "").isalpha() and u.key not in TITLE_STOP_WORDS \
        and u.key not in _ROLE_BY_CUE and u.key not in _FILLERS and u.key not in HONORIFICS


def _lower_run_inside_name(units: list[Unit], i: int, j: int, upper_sentence: bool) -> int:
    """Index of the capitalised word that resumes an organisation's name after a short lower-case run
    at j (the run follows a capitalised word of the name), else 0."""
    if j <= i or not _is_capitalised(units[j - 1].text) or not _name_word(units[j]):
        return 0
    for k in range(j + 1, min(len(units), j + 4)):
        u = units[k]
        if _name_word(u):
            continue
        if _is_capitalised(u.text) and u.text.replace(" ", "").replace("-", "").isalpha() \
                and u.key not in HONORIFICS and not _post_at(units, k) and u.key not in RANKS \
                and not (_is_full_name(u, upper_sentence) and not _is_place_at(units, k)):
            return k
        return 0
    return 0


def _lower_run_to_boundary(units: list[Unit], end: int) -> int:
    """A title after a name may end on up to two lower-case name words before a comma, semicolon,
    bracket, or the verb of the clause (`Phó Hiệu trưởng Đại học Kinh tế quốc dân;`, `Trưởng đoàn công tác
    đã về kiểm tra`): the index after them, else `end`."""
    if end == 0 or not _is_capitalised(units[end - 1].text) and not units[end - 1].text.islower():
        return end
    k = end
    while k < len(units) and k - end < 2 and _name_word(units[k]):
        k += 1
    if k > end and k < len(units) and (units[k].key in (",", ";", ")", "(")):
        return k
    return end


def _company_name_end(units: list[Unit], i: int, j: int) -> int:
    """After a company's legal form (`TNHH`, `CP`), lower-case words up to a capitalised brand name
    belong to the company's name: index after the brand, else 0."""
    if not units[j].text.islower() or not any(units[m].text in TITLE_KEPT_ABBREVIATIONS for m in range(i, j)):
        return 0
    for k in range(j + 1, min(len(units), j + 5)):
        u = units[k]
        if _is_capitalised(u.text) and u.text.replace(" ", "").isalpha() and u.key not in HONORIFICS \
                and not _post_at(units, k) and not _is_full_name(u, False):
            return k + 1
        if not u.text.islower() or u.key in _ROLE_BY_CUE or not u.text.replace(" ", "").isalpha():
            return 0
    return 0


def _names_organisation(units: list[Unit], j: int) -> bool:
    """Unit j, a capitalised name, follows a capitalised organisation word that takes a name
    (`Công ty Lê Thành`, `Bệnh viện Bạch Mai`), so it names that organisation, not a person."""
    if j == 0 or not _is_capitalised(units[j].text) or _is_foreign_name(units[j].text):
        return False
    head = units[j - 1]
    return head.key in ORG_NAMED_HEADS and _is_capitalised(head.text)


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
        n = _match_lexicon(units, i, POSTS)
        if n:
            out.append(POSTS[" ".join(u.key for u in units[i:i + n])])
            after_post = True
            i += n
            continue
        if u.text in TITLE_KEPT_ABBREVIATIONS:
            out.append(u.text)  # `Công ty TNHH ...`: a legal form, part of the company's name
            i += 1
            continue
        if after_post and u.text.islower() and u.key in _ORG_TYPES:
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
        glued_city = re.match(r"(?:TP|Tp)\.(?=\w)", u.text)
        if glued_city and u.text not in ABBREVIATIONS:
            out.append("thành phố " + u.text[glued_city.end():])  # `TP.Yên Bái`
        elif u.text in ABBREVIATIONS:
            out.append(ABBREVIATIONS[u.text])
        elif u.key in _ABBR_FOLDED and _is_abbreviation(u.text):
            out.append(_ABBR_FOLDED[u.key])
        elif u.key in _MODIFIERS or u.key == "phó":
            out.append(u.key.capitalize())
        elif upper_sentence and not _is_abbreviation_lexicon(u.text):
            out.append(u.text.capitalize() if not out else u.text.lower())  # a title written in capitals
        else:
            out.append(u.text)
        i += 1
    title = canonical_spelling("".join(g + o for g, o in zip(gaps, out)))
    # A dash with space on either side is the spaced dash of official names; `Văn hóa-Du lịch` stays as written.
    title = re.sub(r"\s+[-–]\s*|\s*[-–]\s+", " - ", title).replace(" , ", ", ")
    title = _GLUED_NUMBER.sub(r"\1 \2", title).strip(" ,;-")  # `Q.1` -> `quận1` -> `quận 1`
    return title[0].upper() + title[1:] if title else title


_GLUED_NUMBER = re.compile(r"\b(quận|phường|khu vực|Quận|Phường)(\d)")
# Lower-case organisation words that open a body's name after a post (`giám đốc trung tâm ...`).
_ORG_TYPES = frozenset({"sở", "ban", "phòng", "cục", "vụ", "viện", "trung tâm", "công ty", "bệnh viện", "trường",
                        "tập đoàn", "tổng công ty", "hội", "chi cục", "học viện", "văn phòng", "đài", "báo"})


def _bracket_repeat(units: list[Unit], i: int) -> int:
    """Units spanned by a bracket at i that only repeats the name before it as an abbreviation, or names
    the place it sits in (`(ĐBQH)`, `(NN&PTNT)`, `(TP.HCM)`, `(Hà Nội)`), else 0."""
    if units[i].key != "(" or i == 0:
        return 0
    for k in range(i + 1, min(len(units), i + 6)):
        if units[k].key == ")":
            inner = units[i + 1:k]
            if inner and (all(_is_abbreviation(u.text) for u in inner) or all(_place_name(u.text) for u in inner)):
                return k - i + 1
            return 0
    return 0


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
    former: list[bool] = field(default_factory=list)  # parallel to titles
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
                  or u.key in DROPPED or u.key == "tại" and k + 1 < j and _is_place_at(units, k + 1)
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


_LIST_OPENERS = frozenset({"các", "các đồng chí", "đồng chí", "các ông", "các bà", "gồm", "có", "gồm có"})


def _colon_list_heads(units: list[Unit], first: int, upper_sentence: bool) -> list[tuple[int, int]]:
    """The posts heading the colon lists that a person's chain starting at unit `first` stands in: a post
    opened by `các` / `các đồng chí` / `gồm` and closed by `:`, before the person in the sentence."""
    heads = []
    for k in range(1, first):
        if units[k].key != ":":
            continue
        head = _pre_title(units, k, upper_sentence)
        if head and head[0] > 0 and units[head[0] - 1].key in _LIST_OPENERS \
                and not any(_is_full_name(u, upper_sentence) for u in units[head[0]:head[1]]):
            heads.append(head)
    return heads


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
    skipped = aside = False
    while k < len(units):
        sep = units[k].key
        predicate = _phrase_at(units, k, _PREDICATES) if not spans else 0
        if sep in _SEPARATORS:
            start = k + 1
        elif glued and not spans and _post_at(units, k):
            start = k
        elif predicate and _post_at(units, k + predicate) and _is_capitalised(units[k + predicate].text):
            start = k + predicate  # `ông Trần Bạch Đằng từng là Bí thư Thành ủy ...`, `ông X là Chủ tịch ...`
        else:
            break
        if sep == "(":
            closing = True
        start += _former_phrase_at(units, start)  # `, từng là Bộ trưởng ...`
        n = _post_at(units, start)
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
        end = _org_run(units, start + n, upper_sentence)
        if end < len(units) and _is_full_name(units[end], upper_sentence) and not _is_place_at(units, end):
            break  # `..., Bí thư Thành ủy Hà Nội Hoàng Trung Hải`: the next person's title
        if closing:
            end = _bracket_title_end(units, end, upper_sentence)
        end = _lower_run_to_boundary(units, end)
        spans.append((start, end))
        last = end - 1
        k = end
        if closing and k < len(units) and units[k].key == ")":
            last = k
            k += 1
            closing = False
    return spans, last


def _aside_end(units: list[Unit], k: int) -> int | None:
    """Index of the `)` closing a short aside opened at k that holds no post (`(31 tuốii)`,
    `(sinh năm 1975)`, `(tức hòa thượng Thích Bảo Nghiêm)`), when a separator and a post follow it."""
    for c in range(k + 1, min(len(units), k + 12)):
        if units[c].key == ")":
            after = c + 1
            if after + 1 < len(units) and units[after].key in _SEPARATORS and units[after].key != "(":
                start = after + 1 + _former_phrase_at(units, after + 1)
                if _post_at(units, start) or _descriptor_end(units, start) is not None:
                    return c
            return None
        if units[c].key in ("(", ";", ".") or _post_at(units, c):
            return None
    return None


def _bracket_title_end(units: list[Unit], end: int, upper_sentence: bool) -> int:
    """A post in brackets runs to the closing bracket when only words of its organisation are left
    (`(Giám đốc trung tâm quản lý và điều hành giao thông đô thị Hà Nội)`)."""
    for c in range(end, min(len(units), end + 10)):
        u = units[c]
        if u.key == ")":
            return c
        if not any(ch.isalpha() for ch in u.text) or _post_at(units, c) or u.key in HONORIFICS \
                or _is_full_name(u, upper_sentence) and not _is_place_at(units, c):
            return end
    return end


# Words joining a name to its post as a predicate (`ông X là Chủ tịch ...`); the former ones are in FORMER_BEFORE.
_PREDICATES = frozenset({"là", "hiện là", "đang là"}) | FORMER_BEFORE


def _phrase_at(units: list[Unit], i: int, phrases: frozenset[str]) -> int:
    """Units spanned by the longest of `phrases` (folded) written from unit i, else 0 (a tokenizer word
    may hold several words: `thay mặt`, `từng` `là`)."""
    key, best = "", 0
    for n, u in enumerate(units[i:i + 4], 1):
        key = f"{key} {u.key}".strip()
        if key in phrases:
            best = n
    return best


def _former_phrase_at(units: list[Unit], i: int) -> int:
    """Units spanned by `từng là` / `nguyên là` at i when a post follows, else 0."""
    n = _phrase_at(units, i, FORMER_BEFORE)
    return n if n and _post_at(units, i + n) else 0


def _is_former(units: list[Unit], a: int, b: int) -> bool:
    """The post spanning units a..b is marked as no longer held: `nguyên Chủ tịch`, `cựu Tổng thống`,
    `..., từng là Bộ trưởng`."""
    k = a
    while k < b and units[k].key in _MODIFIERS:
        if units[k].key in FORMER:
            return True
        k += 1
    return any(_phrase_at(units, m, FORMER_BEFORE) == a - m for m in range(max(0, a - 4), a))


def _descriptor_end(units: list[Unit], start: int) -> int | None:
    """Index of the `,` after a short descriptor opening in lower case that a post follows, else None
    (`chuyên gia lúa gạo`, `tu sĩ Phật giáo`)."""
    for k in range(start, min(len(units), start + 6)):
        u = units[k]
        if u.key == ",":
            return k if k > start and _post_at(units, k + 1) else None
        if k == start and not u.text.islower() or u.key in _ROLE_BY_CUE or any(c.isdigit() for c in u.text) \
                or u.key in HONORIFICS or not any(c.isalpha() for c in u.text) or _is_full_name(u, False):
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
                or j > 0 and units[j - 1].key in NAMED_AFTER or _names_organisation(units, j):
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
        if not full and pre and not u.text.isascii() and j + 1 < len(units) \
                and _is_title_case_name(units[j + 1].text, upper_sentence) and units[j + 1].text.isascii() \
                and not _is_abbreviation(units[j + 1].text) and not _post_at(units, j + 1):
            j += 1  # `Bộ trưởng Ngân khố Steven Mnuchin`: a Vietnamese word before a foreign name is the body's
            continue
        if not full and (pre or honorific and u.text.isascii()) and u.key not in ORG_WORDS \
                and not _place_name(u.text):
            # A foreign name split over several words: `Jeff` `Sessions`, `Meshal bin` `Hamad Al` `Thani`.
            k = j + 1
            while k < len(units) and k - j < 5 and (_is_title_case_name(units[k].text, upper_sentence) or (
                    units[k].text in NAME_PARTICLES and k + 1 < len(units)
                    and _is_title_case_name(units[k + 1].text, upper_sentence))) \
                    and units[k].key not in ORG_WORDS and not _place_name(units[k].text) \
                    and not _post_at(units, k) and not _is_abbreviation(units[k].text) \
                    and units[k].text.isascii() == u.text.isascii():
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
        if not full and honorific and _is_foreign_name(u.text):
            full = True  # `ông Saif al-Thani, giám đốc ...`: a foreign full name, not a short form
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
        if full:  # `các đồng chí Ủy viên Bộ Chính trị: Thủ tướng ... X; các Phó Thủ tướng: A, B`
            heads = [h for h in _colon_list_heads(units, first, upper_sentence) if h not in titles_spans]
            titles_spans[:0] = heads
        titles, former = [], []
        in_former_scope = False  # `từng là A, B`: every post of the predicate is former
        for a, b in titles_spans:
            t = canonical_title(units[a:b], upper_sentence, text)
            was = _is_former(units, a, b)
            if was and a > name_end_unit and any(_phrase_at(units, m, FORMER_BEFORE) == a - m
                                                 for m in range(max(0, a - 4), a)):
                in_former_scope = True
            if t and t not in titles:
                titles.append(t)
                former.append(was or in_former_scope and a > name_end_unit)
        mentions.append(Mention(name=name, start=start, end=end, first=first, last=max(last, name_end_unit),
                                name_unit=j, titles=titles, former=former, short=short, introduced=introduced,
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
        if role and (key not in _NEEDS_MEETING or _meeting_at(units, i + n)):
            best = (role, n)
    return best


_NEEDS_MEETING = frozenset(_ROLE_LEX["_needs_meeting"])
_MEETINGS = frozenset(_ROLE_LEX["_meetings"])
_ON_BEHALF = frozenset(_ROLE_LEX["_on_behalf"])


def _meeting_at(units: list[Unit], i: int) -> bool:
    """A meeting is named at unit i (`phiên họp`, `cuộc họp`, `hội nghị`), so `điều hành` chairs it."""
    key = ""
    for u in units[i:i + 3]:
        key = f"{key} {u.key}".strip()
        if key in _MEETINGS:
            return True
    return False


def _on_behalf_end(units: list[Unit], k: int) -> int:
    """Index after `thay mặt Bộ Chính trị` at k (the body a person acts for), else k."""
    n = _phrase_at(units, k, _ON_BEHALF)
    if not n:
        return k
    j = k + n
    while j < len(units) and j - k < 8 and (_is_capitalised(units[j].text) or units[j].key in ORG_LOWER
                                             or units[j].key == ","):
        if units[j].key == "," and (j + 1 >= len(units) or not _is_capitalised(units[j + 1].text)):
            break
        j += 1
    return j if j > k + n else k


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
        if k + 1 < len(units) and units[k].key == "," and m.titles and k > m.name_unit + 1 and (
                _cue_at(units, k + 1) or _on_behalf_end(units, k + 1) > k + 1):
            k += 1  # `ông X, Chủ tịch UBND huyện, cho biết`: the comma closes the apposition
        k = _on_behalf_end(units, k)  # `..., thay mặt Bộ Chính trị điều hành phiên họp`
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
    _expand_defined_abbreviations(doc.text, officials)
    doc._.officials = officials
    rows = []
    for p in officials:
        start, end, evidence = first_seen[_name_key(p.name)]
        rows.append({
            "name": p.name, "titles": p.titles, "titles_former": p.titles_former, "roles": sorted(p.roles),
            "mentions": len(p.mentions),
            "start": start, "end": end, "text": doc.text[start:end], "evidence": evidence,
        })
    return rows


_DEFINED_ABBREVIATION = re.compile(r"\(([A-ZĐ][A-ZĐ0-9&-]{1,11})\)")
_CAPS_WORD = re.compile(r"\b[A-ZĐ][A-ZĐ0-9&-]{1,11}\b")
_CLAUSE_BREAK = re.compile(r"[,.;:()\"“”\n]")


def _abbreviation_definitions(text: str) -> dict[str, str]:
    """`Ban Quản lý dự án các công trình điện miền Trung (CPMB)`: the article's own abbreviations, each
    with the organisation's name written before its bracket (from an organisation word on)."""
    found: dict[str, str] = {}
    for m in _DEFINED_ABBREVIATION.finditer(text):
        if m.group(1) in ABBREVIATIONS or m.group(1) in found:
            continue
        before = _CLAUSE_BREAK.split(text[max(0, m.start() - 160):m.start()])[-1].split()
        for n in range(max(0, len(before) - 14), len(before)):
            for width in (3, 2, 1):
                head = " ".join(before[n:n + width])
                if head[:1].isupper() and fold(head) in _ORG_TYPES | ORG_NAMED_HEADS and n + width < len(before):
                    found[m.group(1)] = " ".join(before[n:])
                    break
            if m.group(1) in found:
                break
    return found


def _expand_defined_abbreviations(text: str, officials: list[Official]):
    """A title naming its body by an abbreviation the article defines (`Giám đốc CPMB`) gets the name."""
    unknown = {w for p in officials for t in p.titles for w in _CAPS_WORD.findall(t) if w not in ABBREVIATIONS
               and w not in TITLE_KEPT_ABBREVIATIONS}
    if not unknown:
        return
    defined = {k: v for k, v in _abbreviation_definitions(text).items() if k in unknown}
    for p in officials:
        for i, t in enumerate(p.titles):
            for abbr, name in defined.items():
                if name not in t:
                    t = re.sub(rf"\b{re.escape(abbr)}\b", name, t)
            p.titles[i] = t


def _called_by_honorific(text: str, name: str) -> bool:
    """`ông Comey` somewhere in the article: `James Comey` is a person, not a club or a brand."""
    last = name.split()[-1]
    return re.search(rf"(?:\b[Ôô]ng|\b[Bb]à|\b[Nn]gài)\s+(?:[{VI_UPPER}][\w'-]*\s+)*" + re.escape(last) + r"\b",
                     text) is not None


def _merge(person: Official, m: Mention):
    person.mentions.append((m.start, m.end))
    person.roles |= m.roles
    for t, former in zip(m.titles, m.former):
        folded = post_key(t)
        # `Chủ tịch Ủy ban nhân dân huyện` and `Chủ tịch Ủy ban nhân dân huyện Đầm Hà` are one post.
        same = [i for i, old in enumerate(person.titles)
                if post_key(old) == folded or post_key(old).startswith(folded + " ")
                or folded.startswith(post_key(old) + " ")]
        if not same:
            person.titles.append(t)
            person.titles_former.append(former)
            continue
        if len(t) > len(person.titles[same[0]]):
            person.titles[same[0]] = t
        person.titles_former[same[0]] = person.titles_former[same[0]] or former  # once former, former
