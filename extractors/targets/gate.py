"""The article gate: an article that names no public body, office or locality reports no public work
(company results, world statistics, sport), and has no targets; nor does foreign news (foreign states
named, nothing domestic); see the package docstring."""
from __future__ import annotations

import re

from .exclusions import FOREIGN, never_a_name_syllable
from .phrases import LEX, alt, words_re

_PUBLIC = re.compile(rf"(?<!\w)(?:{alt(LEX['public_markers'])})(?!\w)")
_PUBLIC_WORK = re.compile(rf"(?<!\w)(?:{alt(LEX['public_work_markers'])})(?!\w)")
_HIDING_COMPOUNDS = words_re(LEX["public_marker_compounds"])  # `cơ sở` is no `Sở`
_DOMESTIC = words_re(LEX["exclusions"]["domestic_markers"])


def _blank(m: re.Match) -> str:
    return " " * len(m.group())


def is_foreign_news(text: str, folded: str) -> bool:
    """Foreign states named (by names that are no syllable of a Vietnamese name: `Ấn Độ`, `Australia`) at
    least ``foreign_article_min`` times, and nothing domestic (`Việt Nam`, `UBND`, `huyện`, `Hà Nội`)."""
    named = sum(1 for m in FOREIGN.finditer(text) if never_a_name_syllable(m.group()))
    return named >= LEX["foreign_article_min"] and not _DOMESTIC.search(folded)


def reports_public_work(folded: str, text: str | None = None) -> bool:
    """A public body named, and (in a text long enough to judge) the vocabulary of plans, meetings
    and results used often enough; no foreign news."""
    if not _PUBLIC.search(_HIDING_COMPOUNDS.sub(_blank, folded)):
        return False
    if text is not None and is_foreign_news(text, folded):
        return False
    if len(folded) < LEX["public_work_min_chars"]:
        return True
    words = _PUBLIC_WORK.findall(folded)
    return len(words) >= LEX["public_work_min"] and len(set(words)) >= 2
