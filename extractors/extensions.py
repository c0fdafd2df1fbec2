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


# Columns of `token_array`.
SENT_START_COL, IDX_COL, LENGTH_COL, ORTH_COL, NORM_COL = range(5)


def token_array(doc: Doc):
    """(sent start, char offset, length, orth hash, norm hash) of every token as one uint64 array, built once per
    Doc: each `to_array` call walks every token, and the sentence, trigger and token look-ups all need one."""
    cached = doc.user_data.get("token_array")
    if cached is None:
        from spacy.attrs import IDX, LENGTH, NORM, ORTH, SENT_START

        cached = doc.user_data["token_array"] = doc.to_array([SENT_START, IDX, LENGTH, ORTH, NORM])
    return cached


def sentence_bounds(doc: Doc) -> list[tuple[int, int, int, int]]:
    """(first token, end token, start char, end char) of every sentence, computed once per Doc.

    The same sentences as `doc.sents`, without building a Span per sentence and per look-up:
    extractors that scan sentences repeatedly use this.
    """
    cached = doc.user_data.get("sentence_bounds")
    if cached is None:
        import numpy as np

        arr = token_array(doc)
        n = len(arr)
        if not n:
            cached = []
        else:
            # A sentence opens at token 0 and at every later token marked as a sentence start.
            cuts = np.flatnonzero(arr[1:, SENT_START_COL] == 1) + 1
            firsts = np.concatenate(([0], cuts)).astype(np.int64)
            ends = np.concatenate((cuts, [n])).astype(np.int64)
            lasts = ends - 1
            end_chars = arr[lasts, IDX_COL] + arr[lasts, LENGTH_COL]
            cached = list(zip(firsts.tolist(), ends.tolist(), arr[firsts, IDX_COL].tolist(), end_chars.tolist()))
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
