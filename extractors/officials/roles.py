"""Roles (`roles.json`: chair, attend, speak, ...) from the cue words around the people of a sentence."""
from __future__ import annotations

from typing import TYPE_CHECKING

from vnextract.extractors.officials.names import is_capitalised
from vnextract.extractors.officials.units import Unit, phrase_at
from vnextract.extractors.officials.vocabulary import (
    FILLERS,
    LIST_JOINERS,
    MAX_CUE_WORDS,
    MEETINGS,
    NEEDS_MEETING,
    ON_BEHALF,
    ORG_LOWER,
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


def _cue_at(units: list[Unit], i: int) -> tuple[str, int] | None:
    """(role, units spanned) of the role cue starting at unit i."""
    key = ""
    best = None
    for n in range(1, min(MAX_CUE_WORDS, len(units) - i) + 1):
        key = (key + " " + units[i + n - 1].key).strip()
        role = ROLE_BY_CUE.get(key)
        if role and (key not in NEEDS_MEETING or _meeting_at(units, i + n)):
            best = (role, n)
    return best


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
    opening = _opening_roles(units, mentions[0].first)
    for m in mentions:
        m.roles |= opening if CHAIR not in m.roles else opening - {ATTEND}


def _roles_after_chains(units: list[Unit], mentions: list[Mention]):
    """Cue after the chain, shared back over a list of people that ends in it."""
    group: list[Mention] = []
    for idx, m in enumerate(mentions):
        group.append(m)
        k = m.last + 1
        nxt = mentions[idx + 1] if idx + 1 < len(mentions) else None
        while k < len(units) and (units[k].key in FILLERS or units[k].key == ")"):
            k += 1
        if k + 1 < len(units) and units[k].key == "," and m.titles and k > m.name_unit + 1 and (
                _cue_at(units, k + 1) or _on_behalf_end(units, k + 1) > k + 1):
            k += 1  # `ông X, Chủ tịch UBND huyện, cho biết`: the comma closes the apposition
        k = _on_behalf_end(units, k)  # `..., thay mặt Bộ Chính trị điều hành phiên họp`
        if nxt is not None and k <= nxt.first and all(u.key in LIST_JOINERS or u.key in FILLERS
                                                      for u in units[m.last + 1:nxt.first]):
            continue  # the list goes on
        roles = set()
        while k < len(units):
            cue = _cue_at(units, k)
            if not cue:
                break
            roles.add(cue[0])
            k += cue[1]
            while k < len(units) and units[k].key in _FILLERS_OR_AND:
                k += 1
        for g in group:
            g.roles |= roles
        group = []


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
        opens_clause = i <= CLAUSE_OPENING_UNITS or (i > 0 and units[i - 1].key in ("sự", "có", ","))
        linked = any(w in ("có", "của", ",") for w in after) and ";" not in after and "." not in after
        if opens_clause and linked:
            opening.add(role)
        i += n
    return opening
