"""Batch runs: input paths -> the five tables in an output folder, safe to run from cron.

- Streaming: articles flow from ingest to worker processes (a bounded number of chunks in flight)
  and rows flow into sorted table writers that spill to disk; nothing holds the whole corpus.
- Parallel and fault-tolerant: the engines (`pipeline.engines`) run `workers` processes forked
  from the parent, which loads the models once; a worker that dies is replaced and its chunk goes
  on in a fresh worker, an article that kills two workers or runs over the time limit becomes an
  error row; the writers sort, so the tables are byte-identical for any number of workers.
- Incremental: an article whose text, metadata and extractor version are unchanged takes its rows
  from the cache of the previous run (`pipeline.cache`, which heals itself when damaged).
- Safe: a lock file (never followed through a symlink, never held by an orphaned worker) stops a
  second run on the same folder; SIGTERM stops a run like Ctrl-C (what was extracted is cached).

Publication is one atomic step. A run writes every file (tables as CSV and JSONL, Parquet,
extract.duckdb, manifest.json last) into its own folder `DIR/runs/<run id>/`; when all are
complete, the symlink `DIR/current` is switched to it with one rename. `DIR/articles.csv` and the
other top-level names are symlinks to `current/NAME`, so they always show one run's complete set:
a reader never sees tables from two runs in one folder, whatever moment a run is killed at. (A
reader that opens several files over a long time and must not straddle a switch can resolve
`DIR/current` once and read inside that folder.) The previous run's folder is kept until the next
run is published, so a reader in the middle of it is not cut off; older ones and the folders of
killed runs are removed by the next run. A failed run, or one that found no articles (unless
`allow_empty`), publishes nothing: the previous tables stay as they were.
"""
from __future__ import annotations

import datetime as dt
import errno
import fcntl
import json
import os
import platform
import shutil
import signal
import stat
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from vnextract.pipeline.cache import ResultCache
from vnextract.pipeline.engines import local as local_engine
from vnextract.pipeline.ingest import Article, Inventory, Limits, iter_articles
from vnextract.pipeline.run import EXTRACTOR_VERSION, ArticleResult
from vnextract.pipeline.tables import TABLE_NAMES, TableWriter

LOCK_NAME = ".vnextract.lock"
WORKER_CHUNKS = local_engine.WORKER_CHUNKS  # chunks a worker handles before it is replaced
CACHE_NAME = ".vnextract-cache.sqlite"
RUNS_DIR = "runs"
CURRENT = "current"
MANIFEST = "manifest.json"
ARTICLE_TIMEOUT = 120.0  # seconds per article (0: no limit)


class OutputLocked(RuntimeError):
    """Another run is writing to the same output folder."""


class UsageError(ValueError):
    """The output folder cannot be used as asked (exit code 2 on the command line)."""


class Terminated(KeyboardInterrupt):
    """SIGTERM: stops a run exactly as Ctrl-C does."""


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
    published: bool = False
    run_id: str | None = None
    inventory: Inventory = field(default_factory=Inventory)
    engine_stats: dict = field(default_factory=dict)
    cache_info: dict = field(default_factory=dict)
    limits: dict = field(default_factory=dict)


# ---------------------------------------------------------------- engines
def results(articles: Iterable[Article], workers: int = 1, chunk_size: int = 16,
            cache: ResultCache | None = None, article_timeout: float | None = None,
            close_fds: Iterable[int] = (), stats: dict | None = None) -> Iterator[ArticleResult]:
    """ArticleResults for `articles` from the local engine (see `pipeline.engines.local`)."""
    return local_engine.local_results(articles, workers, chunk_size, cache, article_timeout=article_timeout,
                                      close_fds=close_fds, worker_chunks=WORKER_CHUNKS, stats=stats)


# ---------------------------------------------------------------- the lock
class _Lock:
    """An flock on DIR/.vnextract.lock, opened with O_NOFOLLOW (a symlink in its place is removed,
    never followed: its target is not touched)."""

    def __init__(self, out_dir: str):
        self.path = os.path.join(out_dir, LOCK_NAME)
        self.fd: int | None = None

    def _open(self) -> int:
        flags = os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC
        try:
            fd = os.open(self.path, flags, 0o644)
        except OSError as e:
            if e.errno != errno.ELOOP:
                raise
            print(f"vnextract: {self.path} was a symbolic link; removed it (its target is untouched)",
                  file=sys.stderr)
            os.unlink(self.path)
            fd = os.open(self.path, flags | os.O_EXCL, 0o644)
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            raise UsageError(f"{self.path} is not a regular file")
        return fd

    def __enter__(self):
        fd = self._open()
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip() or "unknown"
            os.close(fd)
            raise OutputLocked(f"another vnextract run ({holder}) is writing to {os.path.dirname(self.path)}")
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()} since {dt.datetime.now().isoformat(timespec='seconds')}".encode(), 0)
        self.fd = fd
        return self

    def __exit__(self, *exc):
        fcntl.flock(self.fd, fcntl.LOCK_UN)
        os.close(self.fd)
        self.fd = None


class _TermAsInterrupt:
    """While a run is on, SIGTERM raises Terminated (a KeyboardInterrupt) in the main thread."""

    def __enter__(self):
        self.previous = None
        if threading.current_thread() is threading.main_thread():
            def handler(signum, frame):
                signal.signal(signal.SIGTERM, signal.SIG_IGN)  # once: the cleanup must not be cut short
                raise Terminated()
            self.previous = signal.signal(signal.SIGTERM, handler)
        return self

    def __exit__(self, *exc):
        if self.previous is not None:
            signal.signal(signal.SIGTERM, self.previous)


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


# ---------------------------------------------------------------- the output folder
def check_out_dir(out_dir: str):
    """Raise UsageError when `out_dir` cannot hold runs (a file, a `current` that is not ours)."""
    if os.path.lexists(out_dir) and not os.path.isdir(out_dir):
        raise UsageError(f"--out {out_dir} is a file, not a folder")
    cur = os.path.join(out_dir, CURRENT)
    if os.path.lexists(cur) and not os.path.islink(cur):
        raise UsageError(f"{cur} exists and is not vnextract's `current` link; choose another --out folder")
    runs = os.path.join(out_dir, RUNS_DIR)
    if os.path.lexists(runs) and (os.path.islink(runs) or not os.path.isdir(runs)):
        raise UsageError(f"{runs} exists and is not a folder of vnextract runs; choose another --out folder")


def current_run(out_dir: str) -> str | None:
    """The published run's folder name (inside DIR/runs), or None."""
    try:
        target = os.readlink(os.path.join(out_dir, CURRENT))
    except OSError:
        return None
    return os.path.basename(os.path.normpath(target))


def _tidy(out_dir: str, keep: set[str]):
    """Remove run folders not in `keep`, and leftovers of killed runs (called under the lock)."""
    runs = os.path.join(out_dir, RUNS_DIR)
    if os.path.isdir(runs):
        for name in os.listdir(runs):
            if name not in keep:
                path = os.path.join(runs, name)
                if os.path.isdir(path) and not os.path.islink(path):
                    shutil.rmtree(path, ignore_errors=True)
                else:
                    os.unlink(path)
    for name in os.listdir(out_dir):
        path = os.path.join(out_dir, name)
        if name.startswith(".vnextract-tmp-") and os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path, ignore_errors=True)  # the temporary folders of earlier versions
        elif name.startswith(".vnextract-link-") and os.path.islink(path):
            os.unlink(path)


def _previous_keep(out_dir: str) -> set[str]:
    """At the start of a run: the current run and the newest older one (a reader may be on it)."""
    cur = current_run(out_dir)
    if cur is None:
        return set()
    runs = os.path.join(out_dir, RUNS_DIR)
    older = sorted(n for n in (os.listdir(runs) if os.path.isdir(runs) else []) if n < cur)
    return {cur} | set(older[-1:])


def _publish(out_dir: str, run_id: str, names: list[str]):
    """Switch DIR/current to runs/<run_id> in one rename; make sure the top-level names link to it."""
    link = os.path.join(out_dir, f".vnextract-link-{run_id}")
    os.symlink(os.path.join(RUNS_DIR, run_id), link)
    os.replace(link, os.path.join(out_dir, CURRENT))  # the publication: one atomic rename
    _fsync_dir(out_dir)
    for name in names:  # created by the first run; later runs find them in place
        top = os.path.join(out_dir, name)
        target = os.path.join(CURRENT, name)
        if os.path.islink(top) and os.readlink(top) == target:
            continue
        if os.path.isdir(top) and not os.path.islink(top):
            continue  # not ours to replace
        tmp = os.path.join(out_dir, f".vnextract-link-{name}")
        if os.path.lexists(tmp):
            os.unlink(tmp)
        os.symlink(target, tmp)
        os.replace(tmp, top)


def _fsync_dir(path: str):
    try:
        fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:
        pass


def _new_run_dir(out_dir: str) -> tuple[str, str]:
    runs = os.path.join(out_dir, RUNS_DIR)
    os.makedirs(runs, exist_ok=True)
    base = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S.%fZ")
    run_id = f"{base}-{os.getpid()}"
    path = os.path.join(runs, run_id)
    os.mkdir(path)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, 0o777 & ~umask)
    return run_id, path


# ---------------------------------------------------------------- the run
def run_batch(inputs: list[str], out_dir: str, workers: int = 1, use_cache: bool = True,
              on_article: Callable[[ArticleResult, RunSummary], None] | None = None,
              chunk_size: int = 16, engine: str = "local", scheduler: str = "local",
              columnar: bool = True, allow_empty: bool = False, csv_raw: bool = False,
              limits: Limits | None = None, article_timeout: float | None = ARTICLE_TIMEOUT,
              dashboard: str | None = None) -> RunSummary:
    """Extract every article under `inputs` into `out_dir`: {table}.csv|.jsonl|.parquet,
    extract.duckdb and manifest.json, published together (see the module docstring).

    engine "local" runs a process pool of `workers`; engine "dask" sends chunks of articles to a
    Dask cluster (`scheduler` an address, or "local" for a LocalCluster on this machine).
    `summary.published` says whether the run replaced the tables (not when no article was found,
    unless `allow_empty`).
    """
    t0 = time.perf_counter()
    started = dt.datetime.now(dt.timezone.utc)
    out_dir = os.path.abspath(out_dir)
    check_out_dir(out_dir)
    os.makedirs(out_dir, exist_ok=True)
    limits = limits or Limits()
    summary = RunSummary(inputs=list(inputs), workers=workers,
                         limits={"article_bytes": limits.article_bytes,
                                 "decompressed_bytes": limits.decompressed_bytes,
                                 "article_seconds": article_timeout or 0})
    with _Lock(out_dir) as lock, _TermAsInterrupt():
        _tidy(out_dir, _previous_keep(out_dir))
        run_id, tmp = _new_run_dir(out_dir)
        summary.run_id = run_id
        cache = ResultCache(os.path.join(out_dir, CACHE_NAME), started.isoformat()) if use_cache else None
        try:
            writers = {t: TableWriter(t, tmp, csv_raw=csv_raw) for t in TABLE_NAMES}
            articles = iter_articles(inputs, limits, exclude=[out_dir], inventory=summary.inventory)
            if engine == "dask":
                from vnextract.pipeline.engines.dask import dask_results
                stream = dask_results(articles, scheduler, workers, chunk_size, cache, dashboard=dashboard)
            else:
                stream = results(articles, workers, chunk_size, cache, article_timeout=article_timeout,
                                 close_fds=[lock.fd], stats=summary.engine_stats)
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
                summary.cache_info = {"bad_rows": cache.bad_rows, "moved_aside": cache.recovered}
            if summary.articles == 0 and not allow_empty:
                return summary  # nothing to publish: the previous tables stay
            produced = [f"{t}.{ext}" for t in TABLE_NAMES for ext in ("csv", "jsonl")]
            if columnar:
                from vnextract.pipeline.sql import write_columnar
                produced += write_columnar(tmp)  # Parquet per table and extract.duckdb, from the JSONL
            _write_manifest(tmp, summary, started)
            previous = current_run(out_dir)
            _publish(out_dir, run_id, produced + [MANIFEST])
            summary.published = True
            _tidy(out_dir, {run_id} | ({previous} if previous else set()))
            if cache is not None:
                cache.finish()
        finally:
            if cache is not None:
                cache.close()
            if not summary.published:
                shutil.rmtree(tmp, ignore_errors=True)
    return summary


def _write_manifest(folder: str, summary: RunSummary, started: dt.datetime):
    finished = dt.datetime.now(dt.timezone.utc)
    inventory = summary.inventory.as_dict()
    manifest = {
        "tool": "vnextract",
        "run": summary.run_id,
        "started": started.isoformat(timespec="seconds"),
        "finished": finished.isoformat(timespec="seconds"),
        "inputs": summary.inputs,
        "articles": {"total": summary.articles, "ok": summary.articles - summary.errors, "error": summary.errors},
        "rows": summary.rows,
        "errors": summary.error_samples,
        "skipped": inventory["skipped"],
        "duplicates": inventory["duplicates"],
        "cache": {"hits": summary.cache_hits, "misses": summary.cache_misses, **summary.cache_info},
        "workers": summary.workers,
        "engine": summary.engine_stats,
        "limits": summary.limits,
        "timings": {"seconds": round(summary.seconds, 3), "chars": summary.chars,
                    "chars_per_second": round(summary.chars / summary.seconds) if summary.seconds else None},
        "versions": versions(),
    }
    path = os.path.join(folder, MANIFEST)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=2)
        f.write("\n")
        f.flush()
        os.fsync(f.fileno())
