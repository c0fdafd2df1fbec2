"""dates extractor: every calendar expression of an article, with its value in the contract format.

A small Vietnamese temporal grammar in the spirit of EDS-NLP's dates pipe: the words live in
lexicons/temporal.json (parts of day, cue words, relative words and their offsets, lunar year names,
reject contexts); the patterns are assembled from them once at import, as data (one entry per family).

- `regex.py`: the shared regex pieces and helpers;
- `values.py`: Point, Candidate, DateMention and their tags (Granularity, Family, Relation);
- `patterns.py`: the pattern families (FAMILIES: family, pattern, where it can start, builder);
- `builders.py`: what each family makes of a match; `context.py`: the context checks they use
  (ratios, ranks, scores, document numbers, durations, addresses rejected by a few characters either side);
- `scan.py`: one generic scan over FAMILIES (each pattern tried only where it can start), then overlapping
  candidates keep the longest;
- `years.py`: years for the dates written without one; `mentions.py`: `find`, `extract`;
- `event.py`: the day of the event the article reports.

About 0.4 ms for a 3,000-character article; no per-token loops, no dateparser.
"""
from __future__ import annotations

from vnextract.extractors.dates.event import event_date
from vnextract.extractors.dates.mentions import extract, find
from vnextract.extractors.dates.values import DateMention, Family, Granularity, Point
from vnextract.extractors.dates.years import YEAR_SOURCES
from vnextract.extractors.extensions import sentence_of, sentence_spans

__all__ = ["YEAR_SOURCES", "DateMention", "Family", "Granularity", "Point", "event_date", "extract", "find",
           "sentence_of", "sentence_spans"]
