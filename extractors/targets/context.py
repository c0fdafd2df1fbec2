"""Per-article look-ups of the targets extractor: sentences, clauses, dates, layout, publication date."""
from __future__ import annotations

import bisect
import re

from spacy.attrs import IDX, SENT_START
from spacy.tokens import Doc

from .phrases import LEX, alt, fold_text

_BOUNDARY = re.compile(r"[;:()\[\]\n!?…\"“”]|,(?!\d)|\.(?!\d)|\s-\s")
_SHORT_ASIDE = re.compile(r"\([^()\n,;:]{1,24}\)")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_YEAR_IN_CLAUSE = re.compile(r"(?<!\w)năm\s+((?:19|20)\d\d)(?!\d)")
_LISTED = alt(LEX["listed_nouns"])
_LISTED_BEFORE = re.compile(rf"(?<!\w)(?:{_LISTED})$")
_LISTED_AFTER = re.compile(rf"\s*(?:{_LISTED})(?!\w)")
_LISTED_CHARS = 12  # the longest listed noun, in characters
_BASELINE_BEFORE = re.compile(rf"(?<!\w)(?:{alt(LEX['year_baseline_before'])})\s+(?:năm\s+)?$")
_BASELINE_CHARS = 24  # the longest baseline phrase with `năm`, in characters
_DATES_LOOKED_BACK = 8  # date mentions before a figure checked for overlap (they do not nest deeper)


def _joins_listed_nouns(folded: str, m: re.Match) -> bool:
    """A comma inside a list of recipients (`giao cho các sở, ngành và quận, huyện 979 nhiệm vụ`) cuts
    no clause: the verb before the list governs the figure after it."""
    b = m.start()
    return folded[b] == "," and bool(_LISTED_BEFORE.search(folded, max(0, b - _LISTED_CHARS), b)) \
        and bool(_LISTED_AFTER.match(folded, b + 1))


def _clause_bounds(folded: str) -> list[int]:
    """Clause boundary positions; a short aside in brackets (`tạm cấp (lần 2) 1.680 tỷ đồng`)
    does not cut its clause."""
    bounds = [m.start() for m in _BOUNDARY.finditer(folded) if not _joins_listed_nouns(folded, m)]
    if "(" not in folded:
        return bounds
    aside = set()
    for m in _SHORT_ASIDE.finditer(folded):
        aside.update((m.start(), m.end() - 1))
    return [b for b in bounds if b not in aside]


def _date_year(d) -> str | None:
    value = getattr(d, "value", None)
    if value is None and isinstance(d, dict):
        value = d.get("value")
    if not value:
        return None
    ys = _YEAR.findall(str(value))
    return ys[-1] if ys else None


def _date_spans(doc: Doc) -> list[tuple[int, int, object]]:
    """(start, end, mention) of the article's date mentions (``doc._.dates``), by start."""
    spans = []
    for d in getattr(doc._, "dates", None) or []:
        s, e = getattr(d, "start", None), getattr(d, "end", None)
        if s is None and isinstance(d, dict):
            s, e = d.get("start"), d.get("end")
        if isinstance(s, int) and isinstance(e, int):
            spans.append((s, e, d))
    spans.sort(key=lambda x: x[0])
    return spans


class ArticleContext:
    """Per-article look-ups, built once."""

    def __init__(self, doc: Doc, text: str):
        self.doc = doc
        self.text = text  # doc.text joins every token anew on each access: read it once
        self.folded = fold_text(text)
        # sentence starts from the token array (iterating doc.sents costs more than all the rest)
        arr = doc.to_array([SENT_START, IDX])
        starts = [int(i) for i in arr[arr[:, 0] == 1, 1]] if len(arr) else []
        self.tok_starts = set(arr[:, 1].tolist()) if len(arr) else set()
        if not starts or starts[0] != 0:
            starts.insert(0, 0)
        self.sent_starts = starts
        self.sent_ends = []
        for k, a in enumerate(starts):
            b = starts[k + 1] if k + 1 < len(starts) else len(text)
            while b > a and text[b - 1].isspace():
                b -= 1
            self.sent_ends.append(b)
        self.bounds = _clause_bounds(self.folded)
        self.dates = _date_spans(doc)
        self.date_starts = [s for s, _, _ in self.dates]
        self.layout = getattr(doc._, "layout", None)
        self.company_news: bool | None = None  # exclusions.is_company_news fills it on first use
        self.trial_report: bool | None = None  # exclusions.is_trial_report_figure fills it on first use
        info = getattr(doc._, "info", None)
        published = getattr(info, "published", None)
        self.published = published if hasattr(published, "isoformat") else None

    def sentence(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.sent_starts, pos) - 1
        if i < 0:
            return 0, len(self.text)
        return self.sent_starts[i], max(self.sent_ends[i], pos + 1)

    def clause(self, start: int, end: int, sent: tuple[int, int]) -> tuple[int, int]:
        i = bisect.bisect_left(self.bounds, start) - 1
        a = self.bounds[i] + 1 if i >= 0 else 0
        j = bisect.bisect_left(self.bounds, end)
        b = self.bounds[j] if j < len(self.bounds) else len(self.text)
        return max(a, sent[0]), min(b, sent[1])

    def overlaps_date(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.date_starts, end)
        for s, e, _ in self.dates[max(0, i - _DATES_LOOKED_BACK):i]:
            if s < end and start < e:
                return True
        return False

    def when(self, clause: tuple[int, int], sent: tuple[int, int], start: int) -> tuple[str | None, str | None]:
        """(year, date value) of the date the figure is for: the nearest date of its clause, else a
        single date earlier in the sentence, else a `năm YYYY` of the clause."""
        best = None
        for s, e, d in self.dates:
            if s >= sent[1]:
                break
            if e <= sent[0]:
                continue
            y = _date_year(d)
            if y is None:
                continue
            if _BASELINE_BEFORE.search(self.folded, max(sent[0], s - _BASELINE_CHARS), s):
                continue  # `so với năm 2010`: the baseline's year
            in_clause = clause[0] <= s < clause[1]
            if not in_clause and (s > start or "/" in str(getattr(d, "value", ""))):
                continue  # outside the clause: only a single date the sentence gave before
            rank = (0 if in_clause else 1, abs(s - start))
            if best is None or rank < best[0]:
                best = (rank, y, str(getattr(d, "value", "") or ""))
        if best:
            return best[1], best[2]
        for m in _YEAR_IN_CLAUSE.finditer(self.folded, clause[0], clause[1]):
            if not _BASELINE_BEFORE.search(self.folded, max(sent[0], m.start() - _BASELINE_CHARS), m.start()):
                return m.group(1), m.group(1)
        return None, None

    def after_publication(self, value: str | None) -> bool:
        """Is the date `value` (`2017`, `2017-08`, `2017-08-20`) later than the publication date?"""
        if not value or self.published is None or not value[:4].isdigit():
            return False
        pub = self.published.isoformat()
        if len(value) >= 7 and value[5:7].isdigit():
            return value[:7] > pub[:7]
        return value[:4] > pub[:4]

    def furniture(self, start: int, end: int) -> bool:
        """Is the span page furniture (``doc._.layout``: headline, banner, byline)?"""
        lay = self.layout
        return bool(lay is not None and hasattr(lay, "is_furniture") and lay.is_furniture(start, end))
