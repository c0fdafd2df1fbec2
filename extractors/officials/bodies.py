"""Bodies' names in a title written as the state writes them: `Sở Tài nguyên - Môi trường` -> `Sở Tài nguyên và
Môi trường`, `Sở Nông nghiệp tỉnh Kiên Giang` -> `Sở Nông nghiệp và Phát triển nông thôn tỉnh Kiên Giang`, and,
for a Vietnamese official, `Bộ trưởng Tài chính` -> `Bộ trưởng Bộ Tài chính`, `Phó Thủ tướng` -> `Phó Thủ tướng
Chính phủ` (`bodies.tsv`, officials.json `implied_bodies`, `ministry_posts`)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from vnextract.extractors.lexicon import load_json, load_tsv
from vnextract.extractors.normalize import fold
from vnextract.extractors.officials.names import is_place_name
from vnextract.extractors.officials.vocabulary import ORG_LOWER, TITLE_STOP_WORDS

MINISTRY = "Bộ"  # the head whose short form is completed only at a title's end (a place after it is a country)
DEPARTMENT = "Sở"  # a province's department: a post may write it bare after the sentence named it
_JOINER = r"(?:\s*(?:và|&|-|–|,)\s*|\s+)"  # what a title may write between two words of a body's name
_PART_JOINERS = re.compile(r"\s*(?:\bvà\b|,|-|–)\s*")  # between the parts of a body's name
_NAME_JOINERS = re.compile(r"\s*(?:\bvà\b|,|-|–)\s*|\s+")
_OFFICIALS = load_json("officials.json")
IMPLIED_BODIES = _OFFICIALS["implied_bodies"]
MINISTRY_POSTS = frozenset(_OFFICIALS["ministry_posts"])
PARTY_COMMITTEES = {fold(level): body for level, body in _OFFICIALS["party_committees_by_level"].items()}
PARTY_POSTS = frozenset(fold(p) for p in _OFFICIALS["party_posts"])
BELOW_DISTRICT = "Đảng ủy"  # a commune's (ward's, town's) committee keeps the level: `Đảng ủy xã X`
_LEVEL_FIRST = re.compile(
    "(" + "|".join(sorted((re.escape(w) for w in PARTY_COMMITTEES), key=len, reverse=True)) + ")(?: |$)", re.IGNORECASE)
_YOUTH_UNION = "đoàn"  # `Tỉnh Đoàn`, `huyện Đoàn`: the Youth Union's committee at that level
MAX_PARTY_POST_WORDS = 5  # `Phó Bí thư Thường trực`


@dataclass(frozen=True)
class _Body:
    name: str               # canonical
    heads: frozenset[str]   # `Bộ`, `Sở`, `Phòng`
    pattern: re.Pattern     # head + the name with any joiners, or head + the short form
    short: bool             # the pattern may have matched the short form only


def _body(row: tuple[str, ...]) -> _Body:
    name, heads = row[0], frozenset(row[1].split())
    short = row[2] if len(row) > 2 else ""
    words = [w for w in _NAME_JOINERS.split(name) if w]
    full = _JOINER.join(re.escape(w) for w in words)
    body = f"(?:{full}|{re.escape(short)})" if short else full
    head = "|".join(re.escape(h) for h in sorted(heads))
    return _Body(name, heads, re.compile(rf"({head})\s+({body})(?!\w)", re.IGNORECASE), bool(short))


# Longest first: `Văn hóa, Thể thao và Du lịch` before `Văn hóa và Thể thao`.
BODIES = tuple(sorted((_body(r) for r in load_tsv("bodies.tsv")), key=lambda b: -len(b.name)))
_HEAD = re.compile(r"(?<!\w)(?:" + "|".join(sorted({re.escape(h) for b in BODIES for h in b.heads})) + r")\s",
                   re.IGNORECASE)
# The words of each head's state bodies' names (`tài nguyên`, `môi trường` after `sở`), folded: written in lower case
# after the head (`Sở tài nguyên – môi trường`) they are the body's name, capitalised in the title.
NAME_PARTS_AFTER_HEAD = {fold(h): frozenset(fold(w.strip()) for b in BODIES if h in b.heads
                                            for w in _PART_JOINERS.split(b.name) if w.strip())
                         for h in {h for b in BODIES for h in b.heads}}
MINISTRIES = tuple(b for b in BODIES if MINISTRY in b.heads)
DEPARTMENTS = tuple(b for b in BODIES if DEPARTMENT in b.heads)
_WHOLE_NAMES = frozenset(_NAME_JOINERS.sub("", fold(b.name)) for b in BODIES)  # names with their joiners left out
_MINISTRY_POST = re.compile(r"^((?:Phó |Quyền )?(?:Bộ trưởng|Thứ trưởng)(?: Thường trực)?) (?!Bộ\b)(.+)$")
_PLACE_WORDS = frozenset(w for w in ORG_LOWER if " " not in w or w == "thành phố") | {"tp", "thành phố"}


def _place_follows(rest: str) -> bool:
    """What follows a body's short form is nothing, or its place (`tỉnh Kiên Giang`, `Hà Nội`)."""
    rest = rest.strip(" ,-")
    if not rest:
        return True
    first = fold(rest.split()[0])
    return first in _PLACE_WORDS or fold(" ".join(rest.split()[:2])) in _PLACE_WORDS or is_place_name(rest)


def canonical_bodies(title: str, name_may_go_on: bool = False) -> str:
    """Every listed body in the title under its canonical name; a short form completed where nothing else follows
    (`name_may_go_on`: the text after the title goes on in lower-case name words, `Phòng Giáo dục` + `mầm non`,
    so a short form at the title's end is left short)."""
    out, pos = [], 0
    for h in _HEAD.finditer(title):
        if h.start() < pos:
            continue
        found = next(((b, m) for b, m in ((b, b.pattern.match(title, h.start())) for b in BODIES)
                      if m and _accepted(m, title, name_may_go_on)), None)
        if found is None:
            continue
        body, m = found
        out.append(title[pos:m.start()] + f"{m.group(1)} {body.name}")  # the head as written: `Trưởng phòng Y tế`
        pos = m.end()
    return party_committee_of_place("".join(out) + title[pos:] if out else title)


def party_committee_of_place(title: str) -> str:
    """A party secretary's post written with its place but not its committee, as the press shortens it or as a
    `kiêm` shares the next post's place: `Bí thư huyện Nhà Bè` -> `Bí thư Huyện ủy Nhà Bè`, `Phó Bí thư Thành phố
    Hồ Chí Minh` -> `Phó Bí thư Thành ủy Thành phố Hồ Chí Minh`, `Bí thư phường 3` -> `Bí thư Đảng ủy phường 3`."""
    words = title.split()
    post = next((" ".join(words[:n]) for n in range(min(len(words) - 1, MAX_PARTY_POST_WORDS), 1, -1)
                 if fold(" ".join(words[:n])) in PARTY_POSTS), None)
    m = _LEVEL_FIRST.match(title, len(post) + 1) if post else None
    if not m:
        return title
    place = title[m.end():]  # none: `Bí thư thị trấn`, the short form of a longer mention's post
    if place and not place[:1].isupper() and not place[:1].isdigit() or fold(place.split(" ", 1)[0]) == _YOUTH_UNION:
        return title  # (`Bí thư Tỉnh Đoàn`, `Bí thư huyện Đoàn X`: the youth union's secretary, no party post)
    committee = PARTY_COMMITTEES[fold(m.group(1))]
    # The level stays where the committee does not name it, where the place is a number (`quận 9`) and where it is
    # a word of the name (`Thành phố Hồ Chí Minh`).
    # (no place: the committee alone, never its level twice: `Bí thư Thành phố` -> `Bí thư Thành ủy`)
    keep_level = committee == BELOW_DISTRICT or bool(place) and (place[:1].isdigit() or m.group(1)[:1].isupper())
    return f"{post} {committee} {title[m.start():] if keep_level else place}".rstrip()


def _accepted(m: re.Match, title: str, name_may_go_on: bool) -> bool:
    """The body matched is the whole name, or a short form nothing else of a name follows."""
    if _NAME_JOINERS.sub("", fold(m.group(2))) in _WHOLE_NAMES:
        return True
    rest = title[m.end():]
    if name_may_go_on and not rest.strip():
        return False
    return _place_follows(rest) and not (m.group(1).capitalize() == MINISTRY and rest.strip())


def complete_state_post(title: str) -> str:
    """A Vietnamese official's post with its body unwritten: `Phó Thủ tướng` -> `Phó Thủ tướng Chính phủ`,
    `Bộ trưởng Tài chính` -> `Bộ trưởng Bộ Tài chính`."""
    implied = IMPLIED_BODIES.get(fold(title))
    if implied:
        return f"{title} {implied}"
    m = _MINISTRY_POST.match(title)
    if m and fold(m.group(1)) in MINISTRY_POSTS:
        candidate = f"{m.group(1)} {MINISTRY} {m.group(2)}"
        for body in MINISTRIES:
            hit = body.pattern.match(candidate, len(m.group(1)) + 1)
            if hit and hit.end() == len(candidate):
                return canonical_bodies(candidate)
    return title


def ministry_of_sentence(title: str, sentence: str) -> str:
    """A bare `Thứ trưởng` / `Bộ trưởng` after a sentence's start (`sentence`) that names one ministry and no other
    (`Bộ Tài nguyên và Môi trường vừa có Quyết định ... do Thứ trưởng X ký`): the post is that ministry's. A ministry
    written after the post is the minister's addressee as often as his own (`Bộ trưởng X đề nghị Bộ Xây dựng ...`).
    Likewise a post ending on a bare `Sở` (`cán bộ Sở Tài nguyên và Môi trường đánh nhau, ông X, Giám đốc Sở cho
    biết`) is that department's."""
    if fold(title) in MINISTRY_POSTS:
        head, bodies, prefix = MINISTRY, MINISTRIES, f"{title} {MINISTRY}"
    elif title.endswith(" " + DEPARTMENT):
        head, bodies, prefix = DEPARTMENT, DEPARTMENTS, title
    else:
        return title
    if head not in sentence:
        return title
    named: dict[int, str] = {}
    for body in bodies:  # longest first: the first body matched at a place is the whole name written there
        for m in body.pattern.finditer(sentence):
            if m.group(1) == head and _NAME_JOINERS.sub("", fold(m.group(2))) in _WHOLE_NAMES:
                named.setdefault(m.start(), body.name)
    names = set(named.values())
    return f"{prefix} {names.pop()}" if len(names) == 1 else title


# Listed names holding a comma (`Văn hóa, Thể thao và Du lịch`): the comma is inside the name, not between posts.
_COMMA_NAMES = tuple(tuple(part.strip() for part in fold(b.name).split(",", 1)) for b in BODIES if "," in b.name)
PREVENTION, AGAINST = "phòng", "chống"  # `phòng, chống X` (prevent and fight X) names one body's work
CULTURE = "văn hóa"  # the body whose name lists its other fields with commas after it
CULTURE_NAME_PARTS = frozenset(fold(w) for w in _OFFICIALS["culture_name_parts"])
MAX_PREVENTION_OBJECT_UNITS = 8  # units of what a `phòng, chống` body fights (`thiên tai và tìm kiếm cứu nạn`)
MAX_COMMA_NAME_UNITS = 6  # units of a name part on either side of its comma (`hàng` `giả`: one word each)


def _prevention_object_end(units: list, k: int) -> int:
    """After `phòng, chống` (k): what the body fights, lower-case words (`tham nhũng`, `thiên tai và tìm kiếm cứu
    nạn`) and a name closing them (`dịch Covid-19`): the index after them."""
    start = k
    while k < len(units) and k - start < MAX_PREVENTION_OBJECT_UNITS:
        u = units[k]
        lower_word = u.text.islower() and u.text.replace(" ", "").isalpha() and u.key not in TITLE_STOP_WORDS
        if lower_word or u.key == "và" and k > start and k + 1 < len(units) and units[k + 1].text.islower():
            k += 1
        elif k > start and u.text[:1].isupper() and any(c.isdigit() for c in u.text):
            return k + 1  # `dịch` + `Covid-19`
        else:
            break
    return k


def comma_inside_name(units: list, k: int) -> bool:
    """Unit k is the comma inside a listed body's name (`Bộ Văn hóa, Thể thao và Du lịch`)."""
    return bool(comma_name_end(units, k))


def comma_name_end(units: list, k: int) -> int:
    """When unit k is the comma inside a listed body's name, the index after the name's part after the comma
    (`gian lận thương mại và hàng giả` of `Ban Chỉ đạo chống buôn lậu, ...`: lower-case words a title keeps), else 0."""
    if units[k].key != "," or k == 0:
        return 0
    if k + 1 < len(units) and units[k - 1].key.endswith(PREVENTION) and units[k + 1].key.startswith(AGAINST):
        return _prevention_object_end(units, k + 2)  # `Cục Phòng, chống tham nhũng`: one name
    if k + 1 < len(units) and units[k + 1].key in CULTURE_NAME_PARTS and units[k + 1].text[:1].isupper() \
            and (units[k - 1].key in CULTURE_NAME_PARTS or units[k - 1].key.endswith(CULTURE)) \
            and any(u.key.endswith(CULTURE) for u in units[max(0, k - MAX_COMMA_NAME_UNITS):k]):
        return k + 1  # `Trung tâm Văn hóa, Thể thao và Truyền thanh`, `Ủy ban Văn hóa, Giáo dục, Thanh niên ...`
    for before, after in _COMMA_NAMES:
        left = [" ".join(u.key for u in units[k - m:k]) for m in range(1, min(k, MAX_COMMA_NAME_UNITS) + 1)]
        if not any(x.endswith(before) for x in left):
            continue
        for n in range(1, MAX_COMMA_NAME_UNITS + 1):
            right = " ".join(u.key for u in units[k + 1:k + 1 + n])
            if right == after:
                return k + 1 + n
            if right.startswith(after + " "):
                return k + 1  # the part ends inside a unit: only the comma is known to be the name's
    return 0
