"""Doc extensions: how extractors pass results to each other (registered once, spaCy style)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.tokens import Doc


@dataclass(frozen=True)
class ArticleInfo:
    """What the input says about the article besides its text."""
    article_id: str = ""
    title: str | None = None
    published: dt.date | None = None


def parse_published(value: str | None) -> dt.date | None:
    """`2020-10-01`, `2020-10-01T08:00:00+07:00`, `01/10/2020` -> date; anything else -> None."""
    if not value:
        return None
    value = value.strip()
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        pass
    import re
    m = re.match(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", value)
    if m:
        try:
            return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        except ValueError:
            return None
    return None


_EXTENSIONS = {
    "info": None,        # ArticleInfo
    "layout": None,      # extractors.layout.Layout: headline, furniture lines, byline
    "officials": None,   # list[extractors.officials.Official]
    "dates": None,       # list[extractors.dates.DateMention]
    "deadlines": None,   # list[dict] deadline rows
    "targets": None,     # list[dict] target rows
}
for _name, _default in _EXTENSIONS.items():
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)
