"""The incremental cache: an article's rows keyed by a hash of what determines them.

The key covers the article text, its metadata and the extractor version, so a changed article, a
changed `published` date or a new release of the rules all miss. Entries live in one SQLite file
beside the tables; after a run, entries the run did not use are dropped, so the cache never grows
beyond the last corpus.

The cache heals itself: it is only an accelerator, so nothing in it can fail a run.
- A cache file that SQLite cannot read (not a database, malformed, a symlink, an error at any later
  read or write) is moved aside as `NAME.broken-<time>` with one warning line naming it, and a
  fresh cache is started (this run re-extracts what it would have taken from it).
- A stored row that does not decompress or decode to an article's rows is a miss: the article is
  extracted again and its row replaced.
- The file is never reached through a symbolic link (a link in its place is moved aside), so a
  planted link cannot make the run overwrite another file.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import sqlite3
import stat
import sys
import time
import zlib

from vnextract.pipeline.ingest import Article
from vnextract.pipeline.run import EXTRACTOR_VERSION, ArticleResult, process

log = logging.getLogger("vnextract.cache")

SCHEMA = """
CREATE TABLE IF NOT EXISTS results (
    key TEXT PRIMARY KEY,
    rows BLOB NOT NULL,
    run TEXT NOT NULL
)
"""
_SIDE_FILES = ("-wal", "-shm", "-journal")


def article_key(article: Article, version: str) -> str:
    payload = json.dumps([version, article.article_id, article.text, article.title, article.url, article.published],
                         ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest()


def _warn(msg: str):
    print(f"vnextract: {msg}", file=sys.stderr, flush=True)


class ResultCache:
    def __init__(self, path: str, run_id: str, warn=_warn):
        self.path = path
        self.run_id = run_id
        self.hits = 0
        self.misses = 0
        self.bad_rows = 0
        self.recovered: list[str] = []  # where broken cache files were moved
        self.warn = warn
        self.db = None
        self._pending = 0
        self._committed = time.monotonic()
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
        try:
            self._open()
        except (sqlite3.DatabaseError, _Unsafe) as e:
            self._recover(e)

    # ------------------------------------------------------------ opening and healing
    def _open(self):
        for p in [self.path] + [self.path + s for s in _SIDE_FILES]:
            try:
                st = os.lstat(p)
            except FileNotFoundError:
                continue
            if stat.S_ISLNK(st.st_mode) or not stat.S_ISREG(st.st_mode):
                raise _Unsafe(f"{p} is {'a symbolic link' if stat.S_ISLNK(st.st_mode) else 'not a regular file'}")
        self.db = sqlite3.connect(self.path)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute(SCHEMA)
        self.db.execute("SELECT count(*) FROM (SELECT 1 FROM results LIMIT 1)").fetchone()

    def _recover(self, error: BaseException):
        """Move the unreadable cache aside (never deleting what may be worth a look) and start anew."""
        if self.db is not None:
            try:
                self.db.close()
            except sqlite3.Error:
                pass
            self.db = None
        stamp = dt.datetime.now().strftime("%Y%m%dT%H%M%S")
        aside = f"{self.path}.broken-{stamp}-{os.getpid()}"
        for suffix in ("",) + _SIDE_FILES:
            if os.path.lexists(self.path + suffix):
                os.replace(self.path + suffix, aside + suffix)  # renames a symlink itself, not its target
        self.recovered.append(aside)
        self.warn(f"the cache {self.path} could not be used ({type(error).__name__}: "
                  f"{' '.join(str(error).split())[:160]}); moved aside to {os.path.basename(aside)}, "
                  "starting a new cache (this run extracts those articles again)")
        self._pending = 0
        self._open()

    def _guard(self, fn, *args):
        """Run a database operation; a broken database is moved aside and the operation retried once."""
        try:
            return fn(*args)
        except sqlite3.DatabaseError as e:
            if isinstance(e, sqlite3.InterfaceError):
                raise
            self._recover(e)
            return fn(*args)

    # ------------------------------------------------------------ entries
    def get(self, key: str) -> dict | None:
        row = self._guard(lambda: self.db.execute("SELECT rows FROM results WHERE key = ?", (key,)).fetchone())
        rows = None
        if row is not None:
            try:
                rows = json.loads(zlib.decompress(row[0]))
                if not (isinstance(rows, dict) and isinstance(rows.get("articles"), list) and len(rows["articles"]) == 1
                        and isinstance(rows["articles"][0], dict)
                        and all(isinstance(v, list) for v in rows.values())):
                    raise ValueError("not an article's rows")
            except (zlib.error, ValueError, TypeError, RecursionError):
                self.bad_rows += 1
                rows = None
                self._guard(lambda: self.db.execute("DELETE FROM results WHERE key = ?", (key,)))
        if rows is None:
            self.misses += 1
            return None
        self.hits += 1
        self._guard(lambda: self.db.execute("UPDATE results SET run = ? WHERE key = ?", (self.run_id, key)))
        self._tick()
        return rows

    def put(self, key: str, rows: dict):
        try:
            blob = zlib.compress(json.dumps(rows, ensure_ascii=False).encode("utf-8"), 3)
        except (UnicodeEncodeError, ValueError, TypeError):
            return  # not storable: the article is simply extracted again next time
        self._guard(lambda: self.db.execute("INSERT OR REPLACE INTO results (key, rows, run) VALUES (?, ?, ?)",
                                            (key, blob, self.run_id)))
        self._tick()

    def _tick(self):
        # commit every 2,000 entries or 5 seconds: a run killed with SIGKILL loses at most that much
        self._pending += 1
        if self._pending >= 2000 or time.monotonic() - self._committed > 5:
            self._guard(self.db.commit)
            self._pending = 0
            self._committed = time.monotonic()

    def finish(self):
        """Keep exactly the entries this run used; commit."""
        def go():
            self.db.execute("DELETE FROM results WHERE run != ?", (self.run_id,))
            self.db.commit()
        self._guard(go)

    def close(self):
        if self.db is None:
            return
        try:
            self.db.commit()
        except sqlite3.DatabaseError as e:
            self.warn(f"the cache {self.path} could not be saved ({e}); the next run rebuilds it")
        finally:
            self.db.close()
            self.db = None


class _Unsafe(Exception):
    pass


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
