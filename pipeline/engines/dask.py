"""The Dask engine: the local engine's driver, with a Dask cluster as the pool.

`vnextract run ... --engine dask [--scheduler tcp://host:8786]` streams articles to a cluster:

- Cache hits are answered in the driver (same key as the local engine), never sent anywhere.
- Misses go to the cluster in chunks of `chunk_size` articles, one task per chunk
  (`common.process_chunk`, a pure function of its articles, so the task key is a hash of them).
  At most `4 x workers` chunks are in flight (`common.bounded_map`, shared with the local engine).
- Each worker process loads underthesea and spaCy once, when it joins (a worker plugin), not per
  chunk; `worker_state` reports how often that happened.
- Results are stored into the cache in the driver, as they arrive. The table writers sort, so the
  order in which chunks finish does not matter: the tables are byte-identical to the local engine.
- A chunk whose task raises is retried once by the scheduler and then extracted in the driver,
  with a log line saying so. A chunk whose workers keep dying (KilledWorker: the scheduler already
  retried it in fresh workers) is split: each article is tried once more on its own, and an
  article that kills its worker again becomes an error row (`worker died`), never extracted in the
  driver (it would kill the driver too). No article is lost; the run finishes.

`scheduler="local"` starts a LocalCluster of `workers` single-threaded worker processes on this
machine, its scheduler and dashboard bound to 127.0.0.1 (`dashboard` to choose another address),
and shuts it down at the end; any other value is the address of a running scheduler, whose workers
must be able to import this package (same version: the cache key trusts their output).
"""
from __future__ import annotations

import asyncio
import logging
import os
import threading
from collections.abc import Iterable, Iterator

from distributed.diagnostics.plugin import WorkerPlugin

from vnextract.pipeline.cache import ResultCache
from vnextract.pipeline.engines import common
from vnextract.pipeline.ingest import Article
from vnextract.pipeline.run import ArticleResult, process

log = logging.getLogger("vnextract.dask")

RETRIES = 1  # scheduler-side retries of a failed chunk before the driver extracts it itself
PLUGIN_NAME = "vnextract-warm-up"
DASHBOARD = "127.0.0.1:0"  # any free port, this machine only: two runs may overlap

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
        common.warm_up()
        _warm_ups += 1


def _process_chunk(chunk: list[Article]) -> list[ArticleResult]:
    global _chunks_done
    _ensure_warm()  # a no-op once the plugin has run
    out = common.process_chunk(chunk)
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
def _connect(scheduler: str, workers: int, dashboard: str | None = None):
    """(client, cluster or None) for `scheduler`: "local" starts a LocalCluster."""
    from distributed import Client, LocalCluster

    if scheduler == "local":
        cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                               host="127.0.0.1", dashboard_address=dashboard or DASHBOARD)
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


def _reason(e: BaseException) -> str:
    return f"{type(e).__name__}: {' '.join(str(e).split())[:200]}"


class DaskPool:
    """The Pool protocol of `common.bounded_map` over a distributed Client."""

    def __init__(self, client):
        from distributed import as_completed

        self.client = client
        self.done = as_completed(loop=client.loop)
        self.inflight: dict = {}  # Future -> (chunk, keys, single: a retry of one article)
        self.jobs: dict[int, dict] = {}  # job id -> {"keys", "results", "left"}
        self._next = 0

    def submit(self, chunk: list[Article], keys: list[str | None]):
        self._next += 1
        self.jobs[self._next] = {"keys": list(keys), "results": [None] * len(chunk), "left": len(chunk)}
        self._send(chunk, self._next, list(range(len(chunk))), single=False)

    def _send(self, chunk, job_id, idx, single):
        future = self.client.submit(_process_chunk, chunk, pure=True, retries=RETRIES)
        self.inflight[future] = (chunk, job_id, idx, single)
        self.done.add(future)

    def pending(self) -> int:
        return len(self.jobs)

    def next_done(self):
        from distributed import KilledWorker

        while True:
            future = next(self.done)
            chunk, job_id, idx, single = self.inflight.pop(future)
            try:
                results = future.result()
            except KilledWorker as e:
                if not single:
                    log.warning("vnextract: a chunk of %d articles (%s .. %s) kept killing its workers (%s); "
                                "trying each article on its own", len(chunk), chunk[0].article_id,
                                chunk[-1].article_id, _reason(e))
                    for i, a in zip(idx, chunk):
                        self._send([a], job_id, [i], single=True)
                    continue
                results = [common.failed(chunk[0], f"worker died ({_reason(e)}) while extracting this article: "
                                                   "too big for memory, or it crashes the extractor")]
            except Exception as e:  # the task erred (retries spent)
                results = _in_driver(chunk, _reason(e))
            finally:
                future.release()
            job = self.jobs[job_id]
            for i, r in zip(idx, results):
                job["results"][i] = r
                job["left"] -= 1
            if job["left"] == 0:
                del self.jobs[job_id]
                return list(zip(job["keys"], job["results"]))

    def close(self, ok: bool):
        for future in list(self.inflight):
            future.release()
        self.inflight.clear()


def dask_results(articles: Iterable[Article], scheduler: str = "local", workers: int = 1, chunk_size: int = 16,
                 cache: ResultCache | None = None, dashboard: str | None = None) -> Iterator[ArticleResult]:
    """ArticleResults for `articles` (cache hits first-hand, misses from the Dask cluster)."""
    client, cluster = _connect(scheduler, workers, dashboard)
    try:
        client.register_plugin(WarmUp(), name=PLUGIN_NAME)
        window = 4 * max(1, workers, sum(client.nthreads().values()))
        yield from common.bounded_map(articles, lambda: DaskPool(client), window, chunk_size, cache)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
