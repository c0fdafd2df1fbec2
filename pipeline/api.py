"""The public Python API: `extract(text, **meta) -> Tables`, as easy to call as `word_tokenize`.

    >>> import vnextract
    >>> t = vnextract.extract("Sáng 25/11/2019, ông Bùi Quang Hoàn, Chủ tịch UBND huyện chủ trì hội nghị.")
    >>> t.officials.loc[0, "name"], t.officials.loc[0, "titles"]
    ('Bùi Quang Hoàn', ['Chủ tịch Ủy ban nhân dân huyện'])
    >>> str(t.officials["start"].dtype), str(t.dates["date_start"].dtype)
    ('Int64', 'datetime64[s]')

The frames carry the schema's types (pipeline/tables.py), the same as the Parquet files: nullable
integers, floats and booleans, strings, ISO days as datetimes, lists as Python lists.
`extract(text, doc=True)` also keeps the spaCy Doc, with one span group per table in `doc.spans`,
so `spacy.displacy.render(tables.doc, style="span", options={"spans_key": "dates"})` shows them.

`extract_many(texts_or_frame, workers=N)` is the batch path (`vnextract run`'s engine: worker
processes, dead-worker recovery, per-article time limit, unique ids) for texts in memory:

    >>> t = vnextract.extract_many(["Ngày 25/11/2019, UBND huyện họp.", "Ông A nói."], workers=1)
    >>> t.articles["article_id"].tolist()
    ['0', '1']
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

import pandas as pd

from vnextract.pipeline.facts import SPAN_TYPES, TABLE_NAMES
from vnextract.pipeline.ingest import Article, Inventory, from_record, normalise_text, unique_articles
from vnextract.pipeline.run import error_row, extract_doc, process
from vnextract.pipeline.tables import SCHEMAS, frames

# pandas dtype of each schema kind (lists stay Python lists in an object column).
_DTYPES = {"str": "str", "int": "Int64", "num": "Float64", "bool": "boolean", "list": "object"}


def typed(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """`frame` (object columns) with the dtypes its schema declares."""
    out = {}
    for col in SCHEMAS[table].columns:
        values = frame[col.name]
        if col.kind == "date":
            out[col.name] = pd.to_datetime(values, format="%Y-%m-%d").astype("datetime64[s]")
        else:
            out[col.name] = values.astype(_DTYPES[col.kind])
    return pd.DataFrame(out, index=frame.index)


class Tables(Mapping):
    """Every table of the registry (`pipeline/facts.py`: articles, officials, dates, deadlines,
    targets) as a typed pandas DataFrame: a mapping from table name to frame (`tables["dates"]`,
    `dict(tables)`), and attributes (`tables.dates`). `doc` is the spaCy Doc, with `extract(doc=True)`."""

    def __init__(self, frames: dict[str, pd.DataFrame], doc=None):
        missing = [t for t in TABLE_NAMES if t not in frames]
        if missing:
            raise TypeError(f"Tables without {', '.join(missing)}")
        self._frames = {t: frames[t] for t in TABLE_NAMES}
        self.doc = doc

    # the contract's tables, named for readers and editors (a new fact type is reached the same way)
    articles: pd.DataFrame
    officials: pd.DataFrame
    dates: pd.DataFrame
    deadlines: pd.DataFrame
    targets: pd.DataFrame

    def __getattr__(self, table: str) -> pd.DataFrame:
        frames = self.__dict__.get("_frames", {})
        if table in frames:
            return frames[table]
        raise AttributeError(table)

    def __getitem__(self, table: str) -> pd.DataFrame:
        return self._frames[table]

    def __iter__(self):
        return iter(self._frames)

    def __len__(self) -> int:
        return len(self._frames)

    def __repr__(self) -> str:
        return "Tables(" + ", ".join(f"{t}={len(f)} rows" for t, f in self._frames.items()) + ")"

    def as_dict(self) -> dict[str, pd.DataFrame]:
        return dict(self._frames)


def tables_from_rows(rows: dict[str, list[dict]], doc=None) -> Tables:
    return Tables({t: typed(t, f) for t, f in frames(rows).items()}, doc=doc)


def add_span_groups(doc, rows: dict[str, list[dict]]):
    """`doc.spans[table]`: one Span per row of each span table, labelled as the registry says."""
    for fact in SPAN_TYPES:
        spans = (doc.char_span(r["start"], r["end"], label=fact.label, alignment_mode="expand")
                 for r in rows.get(fact.name, []))
        doc.spans[fact.name] = [s for s in spans if s is not None]


def extract(text: str, *, article_id: str = "article", title: str | None = None,
            published: str | None = None, url: str | None = None, source: str = "<text>",
            doc: bool = False) -> Tables:
    """Extract all tables from one article's text (the same code path as the CLI).

    `text` is normalised as the contract says (NFC, LF); offsets in the tables point into
    `vnextract.pipeline.ingest.normalise_text(text)`, which equals `text` for NFC input with LF line
    ends. With `doc=True` the result's `.doc` is the segmented spaCy Doc with `doc.spans` per table.
    """
    article = Article(article_id=article_id, text=normalise_text(text), source=source,
                      title=title, url=url, published=published)
    if not article.text.strip():
        article.error = "empty article"
    if not doc or article.error is not None:
        return tables_from_rows(process(article).rows)
    try:
        spacy_doc, rows = extract_doc(article)
    except Exception as e:  # as `process`: a failure is the article's error row
        return tables_from_rows({"articles": [error_row(article, f"internal error: {type(e).__name__}: {e}")]})
    for table_rows in rows.values():
        for r in table_rows:
            r["article_id"] = article.article_id
    add_span_groups(spacy_doc, rows)
    return tables_from_rows(rows, spacy_doc)


META_FIELDS = ("article_id", "title", "url", "published")


def _records(texts_or_frame, text: str, columns: dict) -> Iterator[dict]:
    """Contract records (`id`, `text`, `title`, `url`, `published`) from a DataFrame (columns named by
    `text=` and the `**columns` keywords; by default `text`, and `id`/`article_id`, `title`, `url`,
    `published` where present, else the index as id), a Series (its index as id) or any iterable of
    texts (ids 0, 1, ...; each keyword a sequence aligned with the texts, or one value for all)."""
    if isinstance(texts_or_frame, pd.DataFrame):
        frame = texts_or_frame
        names = {"article_id": next((c for c in ("id", "article_id") if c in frame.columns), None),
                 **{f: f for f in ("title", "url", "published") if f in frame.columns}, **columns}
        ids = frame[names["article_id"]] if names.get("article_id") else frame.index
        for i, (aid, body) in enumerate(zip(ids, frame[text])):
            rec = {"id": aid, "text": body}
            for f in ("title", "url", "published"):
                if names.get(f):
                    rec[f] = frame[names[f]].iloc[i]
            yield rec
        return
    if isinstance(texts_or_frame, pd.Series):
        columns = {"article_id": list(texts_or_frame.index), **columns}
    per_article = {f: v for f, v in columns.items() if not isinstance(v, str) and isinstance(v, Iterable)}
    iterators = {f: iter(v) for f, v in per_article.items()}
    for i, body in enumerate(texts_or_frame):
        rec = {"id": str(i), "text": body}
        for f, v in columns.items():
            rec["id" if f == "article_id" else f] = next(iterators[f]) if f in iterators else v
        yield rec


def _clean(value):
    """A frame cell as a record value: NaN/NaT/NA -> None, timestamps -> ISO days."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    return value


def iter_extract_many(texts_or_frame, *, workers: int = 1, batch_size: int = 1000, text: str = "text",
                      article_timeout: float | None = 120.0, **columns) -> Iterator[Tables]:
    """`extract_many`, streamed: one Tables per `batch_size` articles, in input order of batches.

    Memory stays bounded by the batch, so a million texts can go through a notebook."""
    unknown = set(columns) - set(META_FIELDS)
    if unknown:
        raise TypeError(f"unknown metadata column(s) {sorted(unknown)}; expected some of {list(META_FIELDS)}")
    from vnextract.pipeline.engines.local import local_results

    def articles() -> Iterator[Article]:
        for n, rec in enumerate(_records(texts_or_frame, text, columns)):
            rec = {k: _clean(v) for k, v in rec.items()}
            if isinstance(rec.get("id"), float) and rec["id"].is_integer():
                rec["id"] = int(rec["id"])
            article = from_record(rec, str(n), f"<extract_many>:{n}")
            if article.error is None and not article.text.strip():
                article.error = "empty article"
            yield article

    stream = local_results(unique_articles(articles(), Inventory()), workers=workers, article_timeout=article_timeout)
    batch: dict[str, list[dict]] = {}
    n = 0
    for result in stream:
        for table, rows in result.rows.items():
            batch.setdefault(table, []).extend(rows)
        n += 1
        if n == batch_size:
            yield tables_from_rows(batch)
            batch, n = {}, 0
    if n:
        yield tables_from_rows(batch)


def extract_many(texts_or_frame, *, workers: int = 1, text: str = "text", article_timeout: float | None = 120.0,
                 **columns) -> Tables:
    """All tables for many articles at once, through the batch engine (`workers` processes).

    `texts_or_frame`: an iterable of texts, a pandas Series of texts (its index as ids), or a
    DataFrame with a `text` column (or `text="col"`); metadata columns by keyword, e.g.
    `extract_many(df, article_id="doc_id", published="date", workers=2)`. Rows are ordered by
    article id, then start, as in the files; bad input (an empty text, a duplicate id) is an error row.
    """
    parts = list(iter_extract_many(texts_or_frame, workers=workers, batch_size=10**9, text=text,
                                   article_timeout=article_timeout, **columns))
    if not parts:
        return tables_from_rows({})
    return parts[0]
