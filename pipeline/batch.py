"""Batch runs: input paths -> the five tables in an output folder.

Articles stream from ingest to a pool of worker processes (chunks of articles, models loaded once
per worker) and their rows stream into sorted table writers; nothing holds the whole corpus.
The tables are written into a temporary folder beside the output and moved into place at the
end, so a killed run leaves the previous tables intact.
"""
from __future__ import annotations

import itertools
import multiprocessing as mp
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from pipeline.ingest import Article, iter_articles
from pipeline.run import ArticleResult, process
from pipeline.tables import TABLE_NAMES, TableWriter


@dataclass
class RunSummary:
    articles: int = 0
    errors: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    chars: int = 0
    error_samples: list[dict] = field(default_factory=list)


def _init_worker():
    # Load underthesea's models once per worker, before the first chunk arrives.
    from pipeline.segment import segment
    segment("Khởi động.")


def _process_chunk(chunk: list[Article]) -> list[ArticleResult]:
    return [process(a) for a in chunk]


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def results(articles: Iterable[Article], workers: int = 1, chunk_size: int = 16) -> Iterator[ArticleResult]:
    """ArticleResults in input order, computed by `workers` processes."""
    if workers <= 1:
        for a in articles:
            yield process(a)
        return
    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    with ctx.Pool(workers, initializer=_init_worker) as pool:
        for chunk_result in pool.imap(_process_chunk, _chunks(articles, chunk_size)):
            yield from chunk_result


def run_batch(inputs: list[str], out_dir: str, workers: int = 1,
              on_article: Callable[[ArticleResult, int], None] | None = None) -> RunSummary:
    """Extract every article under `inputs` into `out_dir`/{table}.csv|.jsonl."""
    t0 = time.perf_counter()
    out_dir = os.path.abspath(out_dir)
    os.makedirs(out_dir, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix=".vnextract-", dir=out_dir)
    summary = RunSummary()
    try:
        writers = {t: TableWriter(t, tmp) for t in TABLE_NAMES}
        for result in results(iter_articles(inputs), workers):
            summary.articles += 1
            for table, rows in result.rows.items():
                for row in rows:
                    writers[table].add(row)
            art = result.rows["articles"][0]
            summary.chars += art.get("n_chars") or 0
            if art["status"] == "error":
                summary.errors += 1
                if len(summary.error_samples) < 50:
                    summary.error_samples.append({"article_id": art["article_id"], "source": art["source"],
                                                  "error": art["error"]})
            if on_article:
                on_article(result, summary.articles)
        for table, writer in writers.items():
            csv_path, jsonl_path = writer.close()
            summary.rows[table] = writer.count
        # Move the finished tables into place (each rename is atomic).
        for table in TABLE_NAMES:
            for ext in ("csv", "jsonl"):
                os.replace(os.path.join(tmp, f"{table}.{ext}"), os.path.join(out_dir, f"{table}.{ext}"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    summary.seconds = time.perf_counter() - t0
    return summary
