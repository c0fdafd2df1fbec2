"""Roles (`roles.json`: chair, attend, speak, ...) from the cue words around the people of a sentence."""
from __future__ import annotations

from typing import TYPE_CHECKING

from vnextract.extractors.lexicon import load_json
from vnextract.extractors.normalize import fold
from vnextract.extractors.officials.names import is_capitalised
from vnextract.extractors.officials.units import Unit, phrase_at
from vnextract.extractors.officials.vocabulary import (
    ABBREVIATIONS_FOLDED,
    FILLERS,
    HONORIFICS,
    LIST_JOINERS,
    MAX_CUE_WORDS,
    MEETINGS,
    NEEDS_MEETING,
    ON_BEHALF,
    ORG_LOWER,
    ORG_TYPES,
    ORG_WORDS,
    POSTS,
    ROLE_BY_CUE,
)

if TYPE_CHECKING:
    from vnextract.extractors.officials.mentions import Mention

# Roles the code names (keys of roles.json); the others are only data.
CHAIR = "chair"
ATTEND = "attend"

MAX_MEETING_UNITS = 3    # `phiên họp thường kỳ`: units a meeting's name is read over
MAX_ON_BEHALF_UNITS = 8  # `thay mặt Bộ Chính trị`: units of the phrase and the body
CLAUSE_OPENING_UNITS = 2  # a cue this close to the sentence's start opens its clause (`Dự hội nghị có ...`)
_FILLERS_OR_AND = FILLERS | {"và"}  # between two cues of one person (`chủ trì và phát biểu`)
_FILLERS_OR_BRACKET = FILLERS | {")"}  # after a chain that ends inside brackets
_CHAIN_CLOSERS = frozenset({",", "-", "–", "—"})  # close an apposition before the verb (`ông X - Bí thư - chủ trì`)
_ROLE_LEXICON = load_json("roles.json")  # the `_`-prefixed word lists vocabulary.py does not read
_BEFORE_CUE = frozenset(fold(w) for w in _ROLE_LEXICON["_before_cue"])  # `tiếp tục chủ trì`
_PASSIVE_CHAIR = frozenset(fold(w) for w in _ROLE_LEXICON["_passive_chair"])  # `dưới sự chủ trì` + `của` + person
_PASSIVE_FIRST_WORDS = frozenset(c.split()[0] for c in _PASSIVE_CHAIR)
_NOT_SUBJECT_AFTER = frozenset(fold(w) for w in _ROLE_LEXICON["_not_subject_after"])  # `Theo ông X, ...`
_OPENING_LINKS = frozenset(_ROLE_LEXICON["_opening_links"])  # `Chủ trì hội nghị có / là đồng chí X`
_TITLE_TAIL_WORDS = frozenset(fold(w) for w in _ROLE_LEXICON["_title_tail_words"])  # `Trưởng ban Quản lý các KCN`
MAX_PASSIVE_LEAD_UNITS = 8  # `của` + posts before the chain that holds the name
_PASSIVE_JOINERS = LIST_JOINERS - {",", ";"}  # `của A và B`; a comma may end the phrase (`của A, ông B cho biết`)
_TASK_AFTER_CHAIR = frozenset(fold(w) for w in _ROLE_LEXICON["_task_after_chair"])  # `chủ trì, phối hợp`
_TAIL_JOINERS = LIST_JOINERS - {",", "với"}  # a comma may end the subject (`bà X, Phó Chủ tịch, ngay lập tức ...`)
PASSIVE_BY = "do"  # `Cuộc họp do ông X, ..., chủ trì.`: the meeting stands before the person
_SKIPPED = FILLERS | _BEFORE_CUE
MAX_TITLE_TAIL_UNITS = 14  # `..., Trưởng Ban Chỉ đạo sơ kết 5 năm thực hiện Luật ... năm 2012, chủ trì buổi sơ kết`
_GAP_STOPS = frozenset({".", ";", ":", "“", "”", "\"", "?", "!"})


def _cue_at(units: list[Unit], i: int) -> tuple[str, int] | None:
    """(role, units spanned) of the role cue starting at unit i."""
    key = ""
    best = None
    for n in range(1, min(MAX_CUE_WORDS, len(units) - i) + 1):
        key = (key + " " + units[i + n - 1].key).strip()
        role = ROLE_BY_CUE.get(key)
        if role and (key not in NEEDS_MEETING or _meeting_at(units, i + n)) and not (
                role == CHAIR and _task_at(units, i + n)):
            best = (role, n)
    return best


def _task_at(units: list[Unit], i: int) -> bool:
    """A task follows a chair cue (`chủ trì, phối hợp với các sở`, `Chủ trì và phối hợp`): leading the work,
    chairing no meeting."""
    if i < len(units) and units[i].key in (",", "và"):
        i += 1
    return i < len(units) and units[i].key in _TASK_AFTER_CHAIR


def _meeting_at(units: list[Unit], i: int) -> bool:
    """A meeting is named at unit i (`phiên họp`, `cuộc họp`, `hội nghị`), so `điều hành` chairs it."""
    key = ""
    for u in units[i:i + MAX_MEETING_UNITS]:
        key = f"{key} {u.key}".strip()
        if key in MEETINGS:
            return True
    return False


def _on_behalf_end(units: list[Unit], k: int) -> int:
    """Index after `thay mặt Bộ Chính trị` at k (the body a person acts for), else k."""
    n = phrase_at(units, k, ON_BEHALF)
    if not n:
        return k
    j = k + n
    while j < len(units) and j - k < MAX_ON_BEHALF_UNITS and (
            is_capitalised(units[j].text) or units[j].key in ORG_LOWER or units[j].key == ","):
        if units[j].key == "," and (j + 1 >= len(units) or not is_capitalised(units[j + 1].text)):
            break
        j += 1
    return j if j > k + n else k


def assign_roles(units: list[Unit], mentions: list[Mention]):
    """Each mention's roles: from the cues after its chain, and from a cue opening the clause before them all."""
    if not mentions:
        return
    _roles_after_chains(units, mentions)
    _passive_chairs(units, mentions)
    opening = _opening_roles(units, mentions[0].first)
    for m in mentions:
        m.roles |= opening if CHAIR not in m.roles else opening - {ATTEND}


def _skip(units: list[Unit], k: int, words: frozenset[str]) -> int:
    """The first index from k whose unit is not one of `words`."""
    while k < len(units) and units[k].key in words:
        k += 1
    return k


def _after_closer(units: list[Unit], m: Mention, k: int) -> int:
    """k past a comma or dash closing the person's apposition when a cue (or `thay mặt`) follows it:
    `ông X, Chủ tịch UBND huyện, cho biết`, `ông X - Bí thư Thành ủy - chủ trì`, `Chủ tịch Y - ông X - đã chủ trì`."""
    if k + 1 >= len(units) or units[k].key not in _CHAIN_CLOSERS or not m.titles:
        return k
    if units[k].key == "," and k <= m.name_unit + 1:
        return k  # `ông X, ...` with its post before the name: the comma opens what follows
    j = _skip(units, k + 1, _SKIPPED)
    if _cue_at(units, j) or _on_behalf_end(units, j) > j:
        return j
    return k


def _is_org_or_post(key: str) -> bool:
    return key in ORG_TYPES or key in ORG_WORDS or key in POSTS or key in ABBREVIATIONS_FOLDED


def _role_after_title_tail(units: list[Unit], m: Mention, k: int, end: int) -> str | None:
    """The role of a cue after the rest of a title the chain left out. Over capitalised words, places and
    brackets any cue counts (`ông X, Cục trưởng Cục Chăn nuôi (Bộ NN&PTNT) cho biết`, `..., Chủ tịch UBND xã
    Châu Lộc, huyện Quỳ Hợp cho biết`); over common words only a chair cue before a meeting (`Phó Thủ tướng X,
    Trưởng Ban Chỉ đạo Đổi mới và Phát triển doanh nghiệp chủ trì cuộc làm việc`). Not across another cue, a
    clause's end or a new body after a common word (`đồng ý để Bộ Y chủ trì hội nghị`)."""
    if not m.titles or (m.first > 0 and units[m.first - 1].key in _NOT_SUBJECT_AFTER):
        return None
    by_meeting = m.first > 1 and units[m.first - 1].key == PASSIVE_BY and any(
        _meeting_at(units, i) for i in range(max(0, m.first - 1 - MAX_MEETING_UNITS), m.first - 1))
    # `A, B, cùng thân nhân gia đình đã đến tham dự`: the people joined with others the verb is also about
    joined = k < len(units) and units[k].key in _TAIL_JOINERS
    seen_common = False
    for j in range(k, min(end, k + MAX_TITLE_TAIL_UNITS, len(units))):
        key = units[j].key
        if key in _GAP_STOPS and not (joined and j == k) or units[j].text.endswith("."):
            return None  # a word with its period may end the sentence the tokenizer ran on (`PV Gas D. Đoàn ...`)
        cue = _cue_at(units, j)
        if cue and (joined or not seen_common) and j > k and cue[0] != CHAIR:
            return cue[0]
        if cue:
            chairs = cue[0] == CHAIR and (by_meeting or _meeting_at(units, _skip(units, j + cue[1], _SKIPPED)))
            return CHAIR if chairs else None
        if seen_common and not joined and _is_org_or_post(key):
            return None
        if not (is_capitalised(units[j].text) or key in ORG_LOWER or key in _SKIPPED or key in _TITLE_TAIL_WORDS
                or key in _CHAIN_CLOSERS or key in ("(", ")") or key[:1].isdigit()):
            seen_common = True
    return None


def _semicolon_list_goes_on(units: list[Unit], k: int, nxt_first: int) -> bool:
    """`A, ..., Phó Trưởng Ban Chỉ đạo Trung ương về phòng, chống tham nhũng; B, ...`: the rest of a title the chain
    left out, then a semicolon before the next person, and no cue nor clause's end between."""
    j = nxt_first - 1
    while j >= k and units[j].key in HONORIFICS:
        j -= 1
    if j < k or units[j].key != ";" or j - k > MAX_TITLE_TAIL_UNITS:
        return False
    return not any(units[i].key in _GAP_STOPS and i != j or _cue_at(units, i) for i in range(k, j))


def _roles_after_chains(units: list[Unit], mentions: list[Mention]):
    """Cue after the chain, shared back over a list of people that ends in it."""
    group: list[Mention] = []
    for idx, m in enumerate(mentions):
        group.append(m)
        nxt = mentions[idx + 1] if idx + 1 < len(mentions) else None
        k = _skip(units, m.last + 1, _FILLERS_OR_BRACKET)
        k = _after_closer(units, m, k)
        k = _on_behalf_end(units, k)  # `..., thay mặt Bộ Chính trị điều hành phiên họp`
        if nxt is not None and k <= nxt.first and (all(u.key in LIST_JOINERS or u.key in FILLERS
                                                       for u in units[m.last + 1:nxt.first])
                                                   or _semicolon_list_goes_on(units, m.last + 1, nxt.first)):
            continue  # the list goes on
        k = _skip(units, k, _BEFORE_CUE)
        roles = set()
        while k < len(units):
            cue = _cue_at(units, k)
            if not cue:
                break
            roles.add(cue[0])
            k += cue[1]
            k = _skip(units, k, _FILLERS_OR_AND)
        tail_role = None if roles else _role_after_title_tail(units, m, k, nxt.first if nxt else len(units))
        if tail_role:
            roles.add(tail_role)
        for g in group:
            g.roles |= roles
        group = []


def _passive_chairs(units: list[Unit], mentions: list[Mention]):
    """`Ban Bí thư đã họp dưới sự chủ trì của đồng chí Tổng Bí thư X`: the people right after `của` (their chain may
    start after posts it left out: `của Ủy viên Bộ Chính trị, Phó Thủ tướng X`), wherever the phrase stands."""
    for i in range(len(units) - 2):
        if units[i].key not in _PASSIVE_FIRST_WORDS:
            continue
        cue = _cue_at(units, i)
        if not cue or cue[0] != CHAIR or " ".join(u.key for u in units[i:i + cue[1]]) not in _PASSIVE_CHAIR:
            continue
        j = i + cue[1]
        if units[j].key != "của":
            continue
        idx = next((n for n, m in enumerate(mentions) if m.first > j), None)
        if idx is None or mentions[idx].first - j > MAX_PASSIVE_LEAD_UNITS or not all(
                is_capitalised(u.text) or u.key in HONORIFICS or u.key in ORG_LOWER or u.key == ","
                for u in units[j + 1:mentions[idx].first]):
            continue
        while idx is not None:
            mentions[idx].roles.add(CHAIR)
            m = mentions[idx]
            nxt = mentions[idx + 1] if idx + 1 < len(mentions) else None
            joined = nxt is not None and all(u.key in _PASSIVE_JOINERS or u.key in HONORIFICS
                                             for u in units[m.last + 1:nxt.first])
            idx = idx + 1 if joined else None


def _opening_roles(units: list[Unit], first: int) -> set[str]:
    """Roles of a cue opening the clause before the people (their chains start at unit `first`):
    `Dự hội nghị có ...`, `dưới sự chủ trì của ...`, `Kết luận hội nghị, đồng chí ...`."""
    opening: set[str] = set()
    i = 0
    while i < first:
        cue = _cue_at(units, i)
        if not cue:
            i += 1
            continue
        role, n = cue
        after = [u.key for u in units[i + n:first]]
        # a capital opens a clause a caption ran into (`Ảnh: VGP/Lê Anh Dự buổi lễ có ...`)
        opens_clause = i <= CLAUSE_OPENING_UNITS or units[i - 1].key in ("sự", "có", ",") or units[i].text[:1].isupper()
        linked = any(w in _OPENING_LINKS for w in after) and ";" not in after and "." not in after
        if opens_clause and linked:
            opening.add(role)
        i += n
    return opening
