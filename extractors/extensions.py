"""Doc extensions: how extractors pass results to each other (registered once, spaCy style)."""
from __future__ import annotations

import bisect
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


def sentence_bounds(doc: Doc) -> list[tuple[int, int, int, int]]:
    """(first token, end token, start char, end char) of every sentence, computed once per Doc.

    The same sentences as `doc.sents`, without building a Span per sentence and per look-up:
    extractors that scan sentences repeatedly use this.
    """
    cached = doc.user_data.get("sentence_bounds")
    if cached is None:
        from spacy.attrs import IDX, LENGTH, SENT_START

        arr = doc.to_array([SENT_START, IDX, LENGTH]).tolist()
        cached = []
        start = 0
        for i in range(1, len(arr) + 1):
            if i == len(arr) or arr[i][0] == 1:
                last = arr[i - 1]
                cached.append((start, i, arr[start][1], last[1] + last[2]))
                start = i
        doc.user_data["sentence_bounds"] = cached
    return cached


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """(start char, end char) of every sentence: `sentence_bounds` without the token indices."""
    cached = doc.user_data.get("sentence_spans")
    if cached is None:
        cached = [(a, b) for _, _, a, b in sentence_bounds(doc)] or [(0, len(doc.text))]
        doc.user_data["sentence_spans"] = cached
    return cached


def sentence_of(doc: Doc, pos: int) -> tuple[int, int]:
    """Character span of the sentence holding character `pos` (the first sentence before it)."""
    spans = sentence_spans(doc)
    starts = doc.user_data.get("sentence_starts")
    if starts is None:
        starts = [a for a, _ in spans]
        doc.user_data["sentence_starts"] = starts
    i = bisect.bisect_right(starts, pos) - 1
    if i < 0:
        return (0, spans[0][1])
    return spans[i]


if not Doc.has_extension("sentence_bounds"):
    Doc.set_extension("sentence_bounds", getter=sentence_bounds)
