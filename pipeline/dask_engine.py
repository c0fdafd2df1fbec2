"""The Dask engine: the batch engine of `pipeline.batch.results`, with a Dask cluster as the pool.

`vnextract run ... --engine dask [--scheduler tcp://host:8786]` streams articles to a cluster:

- Cache hits are answered in the driver (same key as the local engine), never sent anywhere.
- Misses go to the cluster in chunks of `chunk_size` articles, one task per chunk
  (`_process_chunk`, a pure function of its articles, so the task key is a hash of them). At most
  `4 x workers` chunks are in flight; reading the input never runs ahead of extraction.
- Each worker process loads underthesea and spaCy once, when it joins (a worker plugin), not per
  chunk; `worker_state` reports how often that happened.
- Results are stored into the cache in the driver, as they arrive. The table writers sort, so the
  order in which chunks finish does not matter: the tables are byte-identical to the local engine.
- A chunk that fails on the cluster (an exception, a worker that died too often) is retried once
  by the scheduler and then extracted in the driver, with a log line saying so; no article is lost.

`scheduler="local"` starts a LocalCluster of `workers` single-threaded worker processes on this
machine and shuts it down at the end; any other value is the address of a running scheduler, whose
workers must be able to import this package (same version: the cache key trusts their output).
"""
from __future__ import annotations

import asyncio
import logging
import os
import threading
from typing import Iterable, Iterator

from distributed.diagnostics.plugin import WorkerPlugin

from vnextract.pipeline.cache import ResultCache, hits_and_misses, remember
from vnextract.pipeline.ingest import Article
from vnextract.pipeline.run import ArticleResult, process

log = logging.getLogger("vnextract.dask")

RETRIES = 1  # scheduler-side retries of a failed chunk before the driver extracts it itself
PLUGIN_NAME = "vnextract-warm-up"

# ---------------------------------------------------------------- on the workers
_warm_lock = threading.Lock()
_warm_ups = 0  # how many times this process loaded the models (must stay 1)
_chunks_done = 0


def _ensure_warm():
    """Load underthesea's models and the lexicons in this process, once."""
    global _warm_ups
    with _warm_lock:
        if _warm_ups:
            return
        from vnextract.pipeline.batch import _init_worker

        _init_worker()
        _warm_ups += 1


def _process_chunk(chunk: list[Article]) -> list[ArticleResult]:
    global _chunks_done
    _ensure_warm()  # a no-op once the plugin has run
    out = [process(a) for a in chunk]
    _chunks_done += 1
    return out


def worker_state() -> dict:
    """This process's pid, model loads and chunks processed (run on every worker with `client.run`)."""
    return {"pid": os.getpid(), "warm_ups": _warm_ups, "chunks": _chunks_done}


class WarmUp(WorkerPlugin):
    """Loads the models when a worker joins, in the worker's task thread (not its event loop)."""

    name = PLUGIN_NAME
    idempotent = True  # a second run against the same cluster does not re-register it

    async def setup(self, worker):
        executor = worker.executors.get("default")
        await asyncio.get_running_loop().run_in_executor(executor, _ensure_warm)


# ---------------------------------------------------------------- in the driver
def _connect(scheduler: str, workers: int):
    """(client, cluster or None) for `scheduler`: "local" starts a LocalCluster."""
    from distributed import Client, LocalCluster

    if scheduler == "local":
        cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                               dashboard_address=":0")  # any free port: two runs may overlap
        try:
            return Client(cluster, set_as_default=False), cluster
        except BaseException:
            cluster.close()
            raise
    return Client(scheduler, set_as_default=False), None


def _in_driver(chunk: list[Article], reason: str) -> list[ArticleResult]:
    log.warning("vnextract: a chunk of %d articles (%s .. %s) failed on the cluster (%s); extracting it "
                "in the driver", len(chunk), chunk[0].article_id, chunk[-1].article_id, reason)
    return [process(a) for a in chunk]


def dask_results(articles: Iterable[Article], scheduler: str = "local", workers: int = 1, chunk_size: int = 16,
                 cache: ResultCache | None = None) -> Iterator[ArticleResult]:
    """ArticleResults for `articles` (cache hits first-hand, misses from the Dask cluster)."""
    from distributed import as_completed

    def store(key, result: ArticleResult):
        remember(cache, key, result)

    client, cluster = _connect(scheduler, workers)
    try:
        client.register_plugin(WarmUp(), name=PLUGIN_NAME)
        window = 4 * max(1, workers, sum(client.nthreads().values()))
        done = as_completed(loop=client.loop)
        inflight: dict = {}  # Future -> (chunk, cache keys)

        def submit(chunk: list[Article], keys: list[str | None]):
            future = client.submit(_process_chunk, chunk, pure=True, retries=RETRIES)
            inflight[future] = (chunk, keys)
            done.add(future)

        def drain(limit: int):
            while len(inflight) > limit:
                future = next(done)
                chunk, keys = inflight.pop(future)
                try:
                    chunk_results = future.result()
                except Exception as e:  # the task erred (retries spent) or its worker kept dying
                    chunk_results = _in_driver(chunk, f"{type(e).__name__}: {' '.join(str(e).split())[:200]}")
                finally:
                    future.release()
                for key, result in zip(keys, chunk_results):
                    store(key, result)
                    yield result

        for item in hits_and_misses(articles, cache, chunk_size):
            if item[0] == "hit":
                yield item[1]
                continue
            submit(item[1], item[2])
            yield from drain(window)
        yield from drain(0)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
