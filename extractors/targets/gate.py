"""The article gate: an article that names no public body, office or locality reports no public work
(company results, world statistics, sport), and has no targets; see the package docstring."""
from __future__ import annotations

import re

from .phrases import LEX, alt

_PUBLIC = re.compile(rf"(?<!\w)(?:{alt(LEX['public_markers'])})(?!\w)")
_PUBLIC_WORK = re.compile(rf"(?<!\w)(?:{alt(LEX['public_work_markers'])})(?!\w)")


def reports_public_work(folded: str) -> bool:
    """A public body named, and (in a text long enough to judge) the vocabulary of plans, meetings
    and results used often enough."""
    if not _PUBLIC.search(folded):
        return False
    if len(folded) < LEX["public_work_min_chars"]:
        return True
    words = _PUBLIC_WORK.findall(folded)
    return len(words) >= LEX["public_work_min"] and len(set(words)) >= 2
