"""The fact types: one declaration per table, which everything that handles tables iterates over.

A fact type says what its table is (name and columns), how it is extracted (the extractor, a
function from a segmented Doc to rows, named as `module:function` so this registry imports nothing
heavy), what it leaves on the Doc for later extractors, how the report and displaCy show it (label,
colours, the columns of its row table) and how `vnextract eval` scores it. `run` (extraction order),
`tables` (schemas and writers), `api` (`Tables`), `report`, `evaluate`, `audit` and `sql` read it.

Adding a fact type, e.g. `organisations`: write `extractors/organisations.py` (its `extract(doc)`
returns rows with `start`, `end`, `text`), its lexicon under `extractors/lexicons/`, and one
`FactType(...)` line below; CSV, JSONL, Parquet, DuckDB, the API, the report and the audit sheet then
carry it. Scoring it needs a gold format and a `Scorer` method (`scorer=`), and an SQL view is a
choice, not a requirement.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True)
class Colour:
    """A span's colours in displaCy's default palette (spacy.displacy.render.DEFAULT_LABEL_COLORS):
    the fill (legend swatch, label, translucent background), the underline, and the background's
    opacity as two hex digits."""
    fill: str
    underline: str
    alpha: str


@dataclass(frozen=True)
class FactType:
    name: str                          # the table
    columns: tuple[str, ...]           # `name` or `name:kind` (kinds: pipeline/tables.py `Column`)
    extractor: str | None = None       # "module:function", Doc -> rows; None: built by pipeline/run.py
    span_text: str | None = None       # the column that equals text[start:end]; None: no span
    label: str | None = None           # the span's label in the report and in displaCy
    colour: Colour | None = None
    nesting: int = 0                   # spans of the same range nest outer (low) to inner (high)
    report_columns: tuple[str, ...] = ()  # what the report's row table and the audit sheet show
    scorer: str | None = None          # the `evaluate.Scorer` method that scores it against gold


FACT_TYPES: tuple[FactType, ...] = (
    FactType(
        "articles",
        ("article_id", "source", "title", "event_date", "locality", "authors:list",
         "n_sentences:int", "n_words:int", "status", "error",
         "url", "published", "n_chars:int", "event_date_text",
         "province", "locality_code", "province_code", "event_date_start:date", "event_date_end:date"),
        report_columns=("title", "event_date", "locality", "province", "authors", "status", "error"),
        scorer="score_article"),
    FactType(
        "officials",
        ("article_id", "name", "titles:list", "roles:list", "mentions:int",
         "start:int", "end:int", "text", "evidence", "titles_former:list"),
        extractor="vnextract.extractors.officials:extract", span_text="text", label="OFFICIAL",
        colour=Colour("#aa9cfc", "#aa9cfc", "40"), nesting=0,
        report_columns=("name", "titles", "titles_former", "roles", "mentions"), scorer="score_officials"),
    FactType(
        "dates",
        ("article_id", "text", "start:int", "end:int", "value", "date_start:date", "date_end:date",
         "granularity", "year_inferred:bool", "relative:bool", "year_source"),
        extractor="vnextract.extractors.dates:extract", span_text="text", label="DATE",
        colour=Colour("#bfe1d9", "#8cc5b7", "66"), nesting=3,  # darker underline: the fill is pale
        report_columns=("value", "granularity", "date_start", "date_end", "year_inferred", "year_source"),
        scorer="score_dates"),
    FactType(
        "deadlines",
        ("article_id", "due_text", "start:int", "end:int", "due", "due_date:date", "task",
         "responsible", "directed_by", "evidence", "responsible_canonical", "due_start:date"),
        extractor="vnextract.extractors.deadlines:extract", span_text="due_text", label="DEADLINE",
        colour=Colour("#ff8197", "#ff8197", "33"), nesting=1,
        report_columns=("due", "due_date", "task", "responsible", "directed_by"), scorer="score_deadlines"),
    FactType(
        "targets",
        ("article_id", "text", "start:int", "end:int", "value:num", "total:num", "unit",
         "comparator", "status", "year", "evidence", "indicator"),
        extractor="vnextract.extractors.targets:extract", span_text="text", label="TARGET",
        colour=Colour("#feca74", "#feca74", "55"), nesting=2,
        report_columns=("value", "total", "unit", "comparator", "status", "year", "indicator"),
        scorer="score_targets"),
)

TABLE_NAMES = tuple(f.name for f in FACT_TYPES)
# Fact types found in the text (a span per row), in extraction order and in nesting order.
SPAN_TYPES = tuple(f for f in FACT_TYPES if f.span_text)
SPAN_TABLES_NESTED = tuple(f.name for f in sorted(SPAN_TYPES, key=lambda f: f.nesting))


@cache
def extractor(fact: FactType) -> Callable:
    """The fact type's extract function (imported on first use)."""
    module, _, function = fact.extractor.partition(":")
    return getattr(importlib.import_module(module), function)
