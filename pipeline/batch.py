"""Batch runs: input paths -> the five tables in an output folder, safe to run from cron.

- Streaming: articles flow from ingest to worker processes (a bounded number of chunks in flight)
  and rows flow into sorted table writers that spill to disk; nothing holds the whole corpus.
- Parallel: `workers` processes, each loading underthesea and spaCy once (forked from the parent,
  which loads them at the first article to extract, and replaced every WORKER_CHUNKS chunks so their
  caches cannot grow with the corpus); the writers sort, so the tables are byte-identical for any
  number of workers.
- Incremental: an article whose text, metadata and extractor version are unchanged takes its rows
  from the cache of the previous run (`pipeline.cache`).
- Safe: a lock file stops a second run on the same folder; tables are written into a temporary
  folder and moved into place only when complete, so a killed or failed run leaves the previous
  tables as they were; `manifest.json` records what the run did.
"""
from __future__ import annotations

import collections
import contextlib
import datetime as dt
import fcntl
import json
import multiprocessing as mp
import os
import platform
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from vnextract.pipeline.cache import ResultCache, cached_result, hits_and_misses, remember
from vnextract.pipeline.ingest import Article, iter_articles
from vnextract.pipeline.run import EXTRACTOR_VERSION, ArticleResult, process
from vnextract.pipeline.tables import TABLE_NAMES, TableWriter

LOCK_NAME = ".vnextract.lock"
WORKER_CHUNKS = 64  # chunks a worker process handles before it is replaced (see `results`)
CACHE_NAME = ".vnextract-cache.sqlite"


class OutputLocked(RuntimeError):
    """Another run is writing to the same output folder."""


@dataclass
class RunSummary:
    inputs: list[str] = field(default_factory=list)
    articles: int = 0
    errors: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    chars: int = 0
    cache_hits: int = 0
    cache_misses: int = 0
    workers: int = 1
    error_samples: list[dict] = field(default_factory=list)


# ---------------------------------------------------------------- workers
def _init_worker():
    # Load underthesea's models and the lexicons once per worker, before the first chunk arrives.
    process(Article("warm-up", "Ông Nguyễn Văn A, Chủ tịch UBND huyện chủ trì họp ngày 25/11/2019.", "warm-up"))


def _process_chunk(chunk: list[Article]) -> list[ArticleResult]:
    return [process(a) for a in chunk]


def _pool_context():
    return mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")


def results(articles: Iterable[Article], workers: int = 1, chunk_size: int = 16,
            cache: ResultCache | None = None) -> Iterator[ArticleResult]:
    """ArticleResults for `articles` (cache hits first-hand, misses from the workers).

    At most `4 * workers` chunks are in flight, so reading never runs ahead of extraction.
    """
    def lookup(a: Article):
        return cached_result(cache, a)

    def store(key, result: ArticleResult):
        remember(cache, key, result)

    if workers <= 1:
        for a in articles:
            key, hit = lookup(a)
            if hit is not None:
                yield hit
                continue
            result = process(a)
            store(key, result)
            yield result
        return

    with contextlib.ExitStack() as stack:
        pool = None  # started at the first cache miss: a rerun of an unchanged corpus loads no models
        inflight: collections.deque = collections.deque()

        def drain(limit: int):
            while len(inflight) > limit:
                job, job_keys = inflight.popleft()
                for key, result in zip(job_keys, job.get()):
                    store(key, result)
                    yield result

        for item in hits_and_misses(articles, cache, chunk_size):
            if item[0] == "hit":
                yield item[1]
                continue
            if pool is None:
                pool = stack.enter_context(_start_pool(workers))
            inflight.append((pool.apply_async(_process_chunk, (item[1],)), item[2]))
            yield from drain(4 * workers)
        yield from drain(0)


def _start_pool(workers: int):
    ctx = _pool_context()
    if ctx.get_start_method() == "fork":
        _init_worker()  # load models once here: forked workers share them and start at once
    # A worker is replaced after WORKER_CHUNKS chunks: spaCy's string store and the lexicon caches
    # only grow, so long-lived workers would grow with the corpus; a fresh fork of the parent (models
    # already loaded) starts in milliseconds and keeps memory flat however long the run.
    return ctx.Pool(workers, initializer=_init_worker, maxtasksperchild=WORKER_CHUNKS)


# ---------------------------------------------------------------- the run
class _Lock:
    def __init__(self, out_dir: str):
        self.path = os.path.join(out_dir, LOCK_NAME)
        self.f = None

    def __enter__(self):
        self.f = open(self.path, "a+")
        try:
            fcntl.flock(self.f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self.f.seek(0)
            holder = self.f.read().strip() or "unknown"
            self.f.close()
            raise OutputLocked(f"another vnextract run ({holder}) is writing to {os.path.dirname(self.path)}")
        self.f.seek(0)
        self.f.truncate()
        self.f.write(f"pid {os.getpid()} since {dt.datetime.now().isoformat(timespec='seconds')}")
        self.f.flush()
        return self

    def __exit__(self, *exc):
        fcntl.flock(self.f, fcntl.LOCK_UN)
        self.f.close()


def versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out = {"extractor": EXTRACTOR_VERSION, "python": platform.python_version()}
    for pkg in ("vnextract", "underthesea", "underthesea_core", "spacy", "pandas"):
        try:
            out[pkg] = version(pkg)
        except PackageNotFoundError:
            out[pkg] = "not installed"
    out["word_model"] = "underthesea ws_crf_vlsp2013_20230727 (in the wheel)"
    return out


def run_batch(inputs: list[str], out_dir: str, workers: int = 1, use_cache: bool = True,
              on_article: Callable[[ArticleResult, RunSummary], None] | None = None,
              chunk_size: int = 16, engine: str = "local", scheduler: str = "local",
              columnar: bool = True) -> RunSummary:
    """Extract every article under `inputs` into `out_dir`: {table}.csv|.jsonl|.parquet,
    extract.duckdb and manifest.json.

    engine "local" runs a process pool of `workers`; engine "dask" sends chunks of articles to a
    Dask cluster (`scheduler` an address, or "local" for a LocalCluster on this machine).
    """
    t0 = time.perf_counter()
    started = dt.datetime.now(dt.timezone.utc)
    out_dir = os.path.abspath(out_dir)
    os.makedirs(out_dir, exist_ok=True)
    summary = RunSummary(inputs=list(inputs), workers=workers)
    with _Lock(out_dir):
        tmp = tempfile.mkdtemp(prefix=".vnextract-tmp-", dir=out_dir)
        cache = ResultCache(os.path.join(out_dir, CACHE_NAME), started.isoformat()) if use_cache else None
        try:
            writers = {t: TableWriter(t, tmp) for t in TABLE_NAMES}
            if engine == "dask":
                from vnextract.pipeline.dask_engine import dask_results
                stream = dask_results(iter_articles(inputs), scheduler, workers, chunk_size, cache)
            else:
                stream = results(iter_articles(inputs), workers, chunk_size, cache)
            for result in stream:
                summary.articles += 1
                for table, rows in result.rows.items():
                    for row in rows:
                        writers[table].add(row)
                art = result.rows["articles"][0]
                summary.chars += art.get("n_chars") or 0
                if art["status"] == "error":
                    summary.errors += 1
                    if len(summary.error_samples) < 100:
                        summary.error_samples.append({"article_id": art["article_id"], "source": art["source"],
                                                      "error": art["error"]})
                if on_article:
                    on_article(result, summary)
            for table, writer in writers.items():
                writer.close()
                summary.rows[table] = writer.count
            summary.seconds = time.perf_counter() - t0
            if cache is not None:
                summary.cache_hits, summary.cache_misses = cache.hits, cache.misses
            produced = [f"{t}.{ext}" for t in TABLE_NAMES for ext in ("csv", "jsonl")]
            if columnar:
                from vnextract.pipeline.sql import write_columnar
                produced += write_columnar(tmp)  # Parquet per table and extract.duckdb, from the JSONL
            _write_manifest(tmp, summary, started)
            # Every table is complete: move them into place (each rename is atomic), manifest last.
            for name in produced:
                os.replace(os.path.join(tmp, name), os.path.join(out_dir, name))
            os.replace(os.path.join(tmp, "manifest.json"), os.path.join(out_dir, "manifest.json"))
            if cache is not None:
                cache.finish()
        finally:
            if cache is not None:
                cache.close()
            shutil.rmtree(tmp, ignore_errors=True)
    return summary


def _write_manifest(folder: str, summary: RunSummary, started: dt.datetime):
    finished = dt.datetime.now(dt.timezone.utc)
    manifest = {
        "tool": "vnextract",
        "started": started.isoformat(timespec="seconds"),
        "finished": finished.isoformat(timespec="seconds"),
        "inputs": summary.inputs,
        "articles": {"total": summary.articles, "ok": summary.articles - summary.errors, "error": summary.errors},
        "rows": summary.rows,
        "errors": summary.error_samples,
        "cache": {"hits": summary.cache_hits, "misses": summary.cache_misses},
        "workers": summary.workers,
        "timings": {"seconds": round(summary.seconds, 3), "chars": summary.chars,
                    "chars_per_second": round(summary.chars / summary.seconds) if summary.seconds else None},
        "versions": versions(),
    }
    with open(os.path.join(folder, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=2)
        f.write("\n")
