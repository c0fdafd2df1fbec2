"""The incremental cache: an article's rows keyed by a hash of what determines them.

The key covers the article text, its metadata and the extractor version, so a changed article, a
changed `published` date or a new release of the rules all miss. Entries live in one SQLite file
beside the tables; after a run, entries the run did not use are dropped, so the cache never grows
beyond the last corpus.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import zlib

from vnextract.pipeline.ingest import Article
from vnextract.pipeline.run import EXTRACTOR_VERSION, ArticleResult, process

SCHEMA = """
CREATE TABLE IF NOT EXISTS results (
    key TEXT PRIMARY KEY,
    rows BLOB NOT NULL,
    run TEXT NOT NULL
)
"""


def article_key(article: Article, version: str) -> str:
    payload = json.dumps([version, article.article_id, article.text, article.title, article.url, article.published],
                         ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class ResultCache:
    def __init__(self, path: str, run_id: str):
        self.path = path
        self.run_id = run_id
        self.hits = 0
        self.misses = 0
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
        self.db = sqlite3.connect(path)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute(SCHEMA)
        self._pending = 0

    def get(self, key: str) -> dict | None:
        row = self.db.execute("SELECT rows FROM results WHERE key = ?", (key,)).fetchone()
        if row is None:
            self.misses += 1
            return None
        self.hits += 1
        self.db.execute("UPDATE results SET run = ? WHERE key = ?", (self.run_id, key))
        self._tick()
        return json.loads(zlib.decompress(row[0]))

    def put(self, key: str, rows: dict):
        blob = zlib.compress(json.dumps(rows, ensure_ascii=False).encode("utf-8"), 3)
        self.db.execute("INSERT OR REPLACE INTO results (key, rows, run) VALUES (?, ?, ?)", (key, blob, self.run_id))
        self._tick()

    def _tick(self):
        self._pending += 1
        if self._pending >= 2000:
            self.db.commit()
            self._pending = 0

    def finish(self):
        """Keep exactly the entries this run used; commit."""
        self.db.execute("DELETE FROM results WHERE run != ?", (self.run_id,))
        self.db.commit()

    def close(self):
        self.db.commit()
        self.db.close()


def cached_result(cache: ResultCache | None, article: Article) -> tuple[str | None, ArticleResult | None]:
    """(cache key, the article's cached result or None); (None, None) when there is nothing to look up."""
    if cache is None or article.error is not None:
        return None, None
    key = article_key(article, EXTRACTOR_VERSION)
    rows = cache.get(key)
    if rows is None:
        return key, None
    rows["articles"][0]["source"] = article.source  # the file may have moved
    return key, ArticleResult(article.article_id, rows)


def remember(cache: ResultCache | None, key: str | None, result: ArticleResult):
    """Keep a good article's rows for the next run (error rows are always recomputed)."""
    if cache is not None and key is not None and result.status == "ok":
        cache.put(key, result.rows)


def hits_and_misses(articles, cache: ResultCache | None, chunk_size: int):
    """Split a stream of articles for an engine: yields ("hit", ArticleResult) for each cached
    article (and the error row of each unreadable one) and ("chunk", [Article], [cache key]) for
    every `chunk_size` articles to extract."""
    chunk: list[Article] = []
    keys: list[str | None] = []
    for a in articles:
        if a.error is not None:  # unreadable input: its error row needs no worker (nor models)
            yield "hit", process(a)
            continue
        key, hit = cached_result(cache, a)
        if hit is not None:
            yield "hit", hit
            continue
        chunk.append(a)
        keys.append(key)
        if len(chunk) >= chunk_size:
            yield "chunk", chunk, keys
            chunk, keys = [], []
    if chunk:
        yield "chunk", chunk, keys
