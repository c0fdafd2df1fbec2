"""What every engine shares: the worker-side functions and the bounded map of the driver.

Engines turn a stream of Articles into ArticleResults. The driver splits the stream
(`pipeline.cache.hits_and_misses`): cache hits and unreadable inputs are answered at once, misses
go to the engine's pool in chunks; `bounded_map` keeps at most `window` chunks in flight (reading
never runs ahead of extraction) and stores each fresh result in the cache as it arrives.
"""
from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Protocol

from vnextract.pipeline.cache import ResultCache, hits_and_misses, remember
from vnextract.pipeline.ingest import Article
from vnextract.pipeline.run import ArticleResult, error_row, process

WARM_UP_TEXT = "Ông Nguyễn Văn A, Chủ tịch UBND huyện chủ trì họp ngày 25/11/2019."


def warm_up():
    """Load underthesea's models and the lexicons in this process (before the first chunk)."""
    process(Article("warm-up", WARM_UP_TEXT, "warm-up"))


def process_one(article: Article) -> ArticleResult:
    return process(article)


def process_chunk(chunk: list[Article]) -> list[ArticleResult]:
    """The worker-side task of every engine: a pure function of its articles."""
    return [process_one(a) for a in chunk]


def failed(article: Article, error: str) -> ArticleResult:
    """The error row of an article the engine could not extract (worker died, time limit)."""
    return ArticleResult(article.article_id, {"articles": [error_row(article, error)]})


SCALE_CHARS = 100_000  # the time limit grows with the article beyond this many characters


def time_limit(article: Article, per_article: float | None) -> float | None:
    """Seconds `article` may take: `per_article` (the --article-timeout), times its length in
    units of SCALE_CHARS when longer (a 1 MB article legitimately takes minutes)."""
    if not per_article:
        return None
    return per_article * max(1.0, len(article.text) / SCALE_CHARS)


def timeout_error(seconds: float) -> str:
    return f"time limit exceeded (over {seconds:.0f} s for this article, --article-timeout)"


class _ArticleTimeout(BaseException):
    """Raised by SIGALRM inside an in-process extraction (a BaseException: `process` must not
    turn it into an ordinary error row)."""


def process_in_process(article: Article, timeout: float | None) -> ArticleResult:
    """One article in this process, with a time limit when called from the main thread (a soft
    limit: SIGALRM interrupts Python code, not a long call into a C extension)."""
    timeout = time_limit(article, timeout)
    if not timeout or article.error is not None or threading.current_thread() is not threading.main_thread():
        return process_one(article)

    def alarm(signum, frame):
        raise _ArticleTimeout()

    previous = signal.signal(signal.SIGALRM, alarm)
    try:
        signal.setitimer(signal.ITIMER_REAL, timeout)
        try:
            return process_one(article)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    except _ArticleTimeout:
        return failed(article, timeout_error(timeout))
    finally:
        signal.signal(signal.SIGALRM, previous)


class Pool(Protocol):
    def submit(self, chunk: list[Article], keys: list[str | None]) -> None: ...
    def pending(self) -> int: ...
    def next_done(self) -> list[tuple[str | None, ArticleResult]]: ...
    def close(self, ok: bool) -> None: ...


def bounded_map(articles: Iterable[Article], start_pool: Callable[[], Pool], window: int, chunk_size: int,
                cache: ResultCache | None) -> Iterator[ArticleResult]:
    """ArticleResults for `articles`: hits first-hand, misses through the pool (started at the
    first miss, so a rerun of an unchanged corpus starts none), at most `window` chunks in flight."""
    pool = None
    ok = False
    try:
        for item in hits_and_misses(articles, cache, chunk_size):
            if item[0] == "hit":
                yield item[1]
                continue
            if pool is None:
                pool = start_pool()
            pool.submit(item[1], item[2])
            while pool.pending() > window:
                for key, result in pool.next_done():
                    remember(cache, key, result)
                    yield result
        if pool is not None and hasattr(pool, "input_done"):  # the pool may rebalance its last chunks
            pool.input_done()
        while pool is not None and pool.pending():
            for key, result in pool.next_done():
                remember(cache, key, result)
                yield result
        ok = True
    finally:
        if pool is not None:
            if not ok:  # interrupted: keep what the workers finished, so the next run need not redo it
                for key, result in getattr(pool, "salvage", lambda: [])():
                    remember(cache, key, result)
            pool.close(ok)
