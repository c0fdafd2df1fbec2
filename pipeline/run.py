"""Orchestration: one article -> all its rows (`process`), and batches of articles -> tables.

`process` is a pure function of the article and the pipeline version; everything that scales
(worker processes, the result cache) wraps it and nothing inside it knows about files or workers.
"""
from __future__ import annotations

import time
import traceback
from dataclasses import dataclass, field

from spacy.tokens import Doc

from vnextract.extractors import layout, metadata
from vnextract.extractors.datevalue import value_bounds
from vnextract.extractors.extensions import ArticleInfo, parse_published
from vnextract.pipeline.facts import SPAN_TYPES, extractor
from vnextract.pipeline.ingest import Article
from vnextract.pipeline.segment import count_sentences, count_words, segment


def _walk(folder, prefix=""):
    """(relative name, file) of every source and lexicon file under `folder`, sub-packages included."""
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name == "__pycache__":
            continue
        if entry.is_dir():
            yield from _walk(entry, f"{prefix}{entry.name}/")
        elif entry.name.endswith((".py", ".json", ".txt", ".tsv")):
            yield f"{prefix}{entry.name}", entry


def version_inputs() -> list[tuple[str, object]]:
    """The files that decide a row: every extractor module and lexicon, and the pipeline's own."""
    from importlib import resources

    files = list(_walk(resources.files("vnextract.extractors")))
    pipeline = resources.files("vnextract.pipeline")
    files += [(n, pipeline.joinpath(n))
              for n in ("segment.py", "wordseg.py", "wordseg_arrays.py", "wordseg_install.py", "crfsuite_model.py",
                        "facts.py", "run.py")]
    return files


def _extractor_version() -> str:
    """The project version plus a hash of `version_inputs`: it keys the cache, so any change to the
    rules or their data invalidates earlier results automatically."""
    import hashlib

    from vnextract import __version__

    h = hashlib.sha256()
    for name, f in version_inputs():
        if f.is_file():
            h.update(name.encode())
            h.update(f.read_bytes())
    return f"{__version__}+{h.hexdigest()[:12]}"


EXTRACTOR_VERSION = _extractor_version()


@dataclass
class ArticleResult:
    article_id: str
    rows: dict[str, list[dict]] = field(default_factory=dict)

    @property
    def status(self) -> str:
        return self.rows["articles"][0]["status"]


def error_row(article: Article, error: str) -> dict:
    return {
        "article_id": article.article_id, "source": article.source, "title": article.title,
        "event_date": None, "locality": None, "authors": [], "n_sentences": 0, "n_words": 0,
        "status": "error", "error": error, "url": article.url, "published": article.published,
        "n_chars": len(article.text),
    }


def extract_rows(article: Article, timings: dict[str, float] | None = None) -> dict[str, list[dict]]:
    """All rows of all tables for one good article (may raise on a bug; see `process`).

    `timings`, when given, accumulates the seconds spent in each stage (for `make bench`).
    """
    return extract_doc(article, timings)[1]


def extract_doc(article: Article, timings: dict[str, float] | None = None) -> tuple[Doc, dict[str, list[dict]]]:
    """The article's segmented Doc (with every extractor's extensions set) and all its rows."""
    clock = time.perf_counter
    t = clock()

    def lap(stage: str):
        nonlocal t
        if timings is not None:
            now = clock()
            timings[stage] = timings.get(stage, 0.0) + now - t
            t = now

    doc = segment(article.text)
    lap("segment")
    doc._.info = ArticleInfo(article.article_id, article.title, parse_published(article.published))
    doc._.layout = layout.read_layout(doc)
    lap("layout")
    rows = {}
    for fact in SPAN_TYPES:  # registry order: each may read what earlier ones left on the Doc
        rows[fact.name] = extractor(fact)(doc)
        lap(fact.name)
    art = metadata.extract(doc)
    art.update({
        "article_id": article.article_id, "source": article.source, "status": "ok", "error": None,
        "url": article.url, "published": article.published, "n_chars": len(article.text),
        "n_sentences": count_sentences(doc), "n_words": count_words(doc),
    })
    art["event_date_start"], art["event_date_end"] = value_bounds(art.get("event_date"))
    rows["articles"] = [art]
    for row in rows["deadlines"]:
        row["due_start"] = value_bounds(row.get("due"))[0]
    for table_rows in rows.values():
        for r in table_rows:
            r["article_id"] = article.article_id
    lap("metadata")
    return doc, rows


def process(article: Article) -> ArticleResult:
    """One article -> its rows; never raises: a failure becomes the article's error row."""
    if article.error is not None:
        return ArticleResult(article.article_id, {"articles": [error_row(article, article.error)]})
    try:
        return ArticleResult(article.article_id, extract_rows(article))
    except Exception as e:  # one bad article never stops a batch
        where = traceback.extract_tb(e.__traceback__)[-1]
        msg = f"internal error: {type(e).__name__}: {e} ({where.filename.rsplit('/', 1)[-1]}:{where.lineno})"
        return ArticleResult(article.article_id, {"articles": [error_row(article, " ".join(msg.split()))]})
