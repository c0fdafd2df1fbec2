"""The local engine: a process pool on this machine that survives its workers.

- `workers` processes forked from the parent, which loads the models once before the first fork,
  so a fresh worker starts in milliseconds; each worker is replaced after `worker_chunks` chunks
  (spaCy's string store and the lexicon caches only grow).
- One pipe per worker: the parent sends a chunk, the worker reports each article as it starts and
  as it ends. Once the input is all read, the chunks still waiting are split into pieces of
  TAIL_PIECE articles, so no worker idles while another finishes a last whole chunk. The parent
  waits on the pipes *and* the process sentinels, so a worker that dies
  (kill -9, the OOM killer, a crash in a C extension) is seen at once: the articles it finished are
  kept, the one it was on and the rest of its chunk go to a fresh worker; an article whose worker
  dies a second time becomes an error row (`worker died ...`). The run always finishes.
- Per-article time limit: a worker on one article longer than `article_timeout` seconds is killed,
  that article becomes an error row (`time limit exceeded`), the rest of its chunk goes on.
- Workers die with their parent (PR_SET_PDEATHSIG on Linux, plus a parent-pid check) and close
  the inherited lock handle, so a killed run never leaves workers holding the output folder's lock.
  They ignore SIGINT: the parent alone decides (Ctrl-C and SIGTERM stop the pool cleanly).
"""
from __future__ import annotations

import collections
import ctypes
import multiprocessing as mp
import os
import signal
import sys
import time
from collections.abc import Iterable, Iterator
from multiprocessing.connection import wait

from vnextract.pipeline import startup
from vnextract.pipeline.cache import ResultCache
from vnextract.pipeline.engines import common
from vnextract.pipeline.ingest import Article
from vnextract.pipeline.run import ArticleResult

WORKER_CHUNKS = 64  # chunks a worker process handles before it is replaced
TAIL_PIECE = 2  # articles per job once the input is read (see `LocalPool.input_done`)
DEATHS_PER_ARTICLE = 2  # an article whose worker dies this often becomes an error row


def pool_context():
    return mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")


def die_with_parent(parent_pid: int):
    """Make the kernel kill this process when its parent dies (Linux); elsewhere a no-op."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent_pid:  # the parent died before prctl took effect
        os._exit(1)


def _worker_main(conn, parent_pid: int, close_fds: tuple[int, ...], warm: bool):
    die_with_parent(parent_pid)
    for fd in close_fds:  # e.g. the lock: an orphan must never keep the output folder locked
        try:
            os.close(fd)
        except OSError:
            pass
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if warm:
        common.warm_up()
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        job_id, items = msg
        for i, article in items:
            conn.send(("start", job_id, i))
            conn.send(("done", job_id, i, common.process_one(article)))
        conn.send(("end", job_id))


class _Job:
    def __init__(self, job_id: int, chunk: list[Article], keys: list[str | None], weight: float = 1.0):
        self.id = job_id
        self.articles = chunk
        self.keys = keys
        self.weight = weight  # the share of a chunk it is (pieces of a split chunk count together as one)
        self.results: list[ArticleResult | None] = [None] * len(chunk)
        self.remaining = set(range(len(chunk)))
        self.deaths = collections.Counter()

    def finish(self, i: int, result: ArticleResult):
        if i in self.remaining:
            self.results[i] = result
            self.remaining.discard(i)


class _Worker:
    def __init__(self, proc, conn):
        self.proc = proc
        self.conn = conn
        self.job: _Job | None = None
        self.current: int | None = None  # index of the article it is on
        self.since = 0.0  # when it started that article (parent's clock)
        self.limit: float | None = None  # seconds that article may take
        self.chunks = 0.0


def _how(exitcode) -> str:
    if exitcode is None:
        return "still running"
    if exitcode < 0:
        try:
            return f"killed by {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"killed by signal {-exitcode}"
    return f"exit code {exitcode}"


class LocalPool:
    def __init__(self, workers: int, article_timeout: float | None = None, worker_chunks: int | None = None,
                 close_fds: Iterable[int] = (), log=None):
        self.n = max(1, workers)
        self.timeout = article_timeout or None
        self.worker_chunks = worker_chunks or WORKER_CHUNKS
        self.close_fds = tuple(close_fds)
        self.log = log or (lambda msg: print(f"vnextract: {msg}", file=sys.stderr, flush=True))
        self.ctx = pool_context()
        self.fork = self.ctx.get_start_method() == "fork"
        if self.fork:
            common.warm_up()  # load models once here: forked workers share them and start at once
        startup.resume_gc()  # (before the fork: the workers inherit the frozen start-up)
        self.queue: collections.deque[_Job] = collections.deque()
        self.workers: list[_Worker] = []
        self.finished: collections.deque[list] = collections.deque()
        self._pending = 0
        self._next_id = 0
        self.deaths = 0  # workers that died (for the manifest)
        self.timeouts = 0

    # ------------------------------------------------------------ the Pool protocol
    def submit(self, chunk: list[Article], keys: list[str | None]):
        self._next_id += 1
        self.queue.append(_Job(self._next_id, chunk, keys))
        self._pending += 1
        self._dispatch()

    def pending(self) -> int:
        return self._pending

    def input_done(self):
        """No chunk comes after these: split the chunks still waiting into pieces of TAIL_PIECE
        articles, so the workers run out of work together instead of one finishing a last whole
        chunk while the others idle. A chunk back from a dead worker stays as it is."""
        size = TAIL_PIECE
        queue: collections.deque[_Job] = collections.deque()
        for job in self.queue:
            n = len(job.articles)
            if n <= size or job.deaths or len(job.remaining) < n:
                queue.append(job)
                continue
            starts = range(0, n, size)
            for k in starts:
                self._next_id += 1
                piece = job.articles[k:k + size]
                queue.append(_Job(self._next_id, piece, job.keys[k:k + size], job.weight * len(piece) / n))
            self._pending += len(starts) - 1  # the chunk's one job is now len(starts) jobs
        self.queue = queue

    def next_done(self) -> list[tuple[str | None, ArticleResult]]:
        while not self.finished:
            self._poll()
        self._pending -= 1
        return self.finished.popleft()

    def salvage(self) -> list[tuple[str | None, ArticleResult]]:
        """Finished results not delivered yet (an interrupted run caches them)."""
        for w in list(self.workers):  # read what the workers already sent
            if w.job is not None:
                self._drain(w)
        out = [pair for done in self.finished for pair in done]
        jobs = {id(w.job): w.job for w in self.workers if w.job is not None}
        jobs.update({id(j): j for j in self.queue})
        for job in jobs.values():
            out += [(job.keys[i], r) for i, r in enumerate(job.results) if r is not None]
        return out

    def close(self, ok: bool = True):
        for w in self.workers:
            if ok:
                try:
                    w.conn.send(None)
                except OSError:
                    pass
        deadline = time.monotonic() + (5 if ok else 0)
        for w in self.workers:
            w.proc.join(max(0.0, deadline - time.monotonic()))
            if w.proc.is_alive():
                w.proc.kill()
                w.proc.join(5)
            w.conn.close()
        self.workers = []

    # ------------------------------------------------------------ workers
    def _spawn(self) -> _Worker:
        parent, child = self.ctx.Pipe(duplex=True)
        proc = self.ctx.Process(target=_worker_main, args=(child, os.getpid(), self.close_fds, not self.fork),
                                daemon=True, name="vnextract-worker")
        proc.start()
        child.close()
        w = _Worker(proc, parent)
        self.workers.append(w)
        return w

    def _retire(self, w: _Worker, kill: bool = False):
        self.workers.remove(w)
        if kill:
            w.proc.kill()
        else:
            try:
                w.conn.send(None)
            except OSError:
                pass
        w.proc.join(5)
        if w.proc.is_alive():
            w.proc.kill()
            w.proc.join(5)
        w.conn.close()

    def _dispatch(self):
        while self.queue:
            idle = next((w for w in self.workers if w.job is None), None)
            if idle is None:
                if len(self.workers) >= self.n:
                    return
                idle = self._spawn()
            job = self.queue.popleft()
            idle.job, idle.current, idle.since = job, None, time.monotonic()
            idle.limit = common.time_limit(job.articles[min(job.remaining)], self.timeout)
            try:
                idle.conn.send((job.id, [(i, job.articles[i]) for i in sorted(job.remaining)]))
            except OSError:  # it died before taking the job: the job waits for the next worker
                idle.job = None
                self.queue.appendleft(job)
                self._retire(idle, kill=True)
                self.deaths += 1

    def _complete(self, job: _Job):
        self.finished.append(list(zip(job.keys, job.results)))

    def _handle(self, w: _Worker, msg):
        kind, job_id = msg[0], msg[1]
        job = w.job
        if job is None or job.id != job_id:
            return
        if kind == "start":
            w.current, w.since = msg[2], time.monotonic()
            w.limit = common.time_limit(job.articles[msg[2]], self.timeout)
        elif kind == "done":
            job.finish(msg[2], msg[3])
            w.current, w.since = None, time.monotonic()  # the next article's clock starts now
            if job.remaining:
                w.limit = common.time_limit(job.articles[min(job.remaining)], self.timeout)
        elif kind == "end":
            w.job, w.current = None, None
            w.chunks += job.weight
            if job.remaining:  # cannot happen: every item was sent; keep the run whole anyway
                self.queue.appendleft(job)
            else:
                self._complete(job)
            if w.chunks >= self.worker_chunks:
                self._retire(w)

    def _drain(self, w: _Worker):
        try:
            while w.conn.poll():
                self._handle(w, w.conn.recv())
        except (EOFError, OSError):
            pass

    def _lost(self, w: _Worker, error: str | None):
        """`w` is gone (died, or killed for a time limit with `error` set): settle its job."""
        job, current = w.job, w.current
        if w in self.workers:
            self.workers.remove(w)
        w.proc.join(5)
        how = _how(w.proc.exitcode)
        w.conn.close()
        if job is None:
            return
        if current is None or current not in job.remaining:
            current = min(job.remaining) if job.remaining else None
        if current is not None:
            article = job.articles[current]
            if error is not None:
                job.finish(current, common.failed(article, error))
            else:
                job.deaths[current] += 1
                if job.deaths[current] >= DEATHS_PER_ARTICLE:
                    job.finish(current, common.failed(
                        article, f"worker died ({how}) while extracting this article, twice: too big for "
                                 "memory, or it crashes the extractor"))
                else:
                    self.log(f"a worker died ({how}) on article {article.article_id}; its chunk goes on in a "
                             "fresh worker")
        if job.remaining:
            self.queue.appendleft(job)
        else:
            self._complete(job)

    def _poll(self):
        if not self.workers and self.queue:
            self._dispatch()
        busy = [w for w in self.workers if w.job is not None]
        wait_on = [w.conn for w in busy] + [w.proc.sentinel for w in self.workers]
        timeout = None
        now = time.monotonic()
        timed = [w for w in busy if w.limit]
        if timed:
            timeout = max(0.0, min(w.since + w.limit - now for w in timed)) + 0.05
        ready = set(wait(wait_on, timeout))
        for w in list(self.workers):
            if w.conn in ready or w.proc.sentinel in ready:
                self._drain(w)
            if w.proc.sentinel in ready and w in self.workers:
                self._drain(w)
                self.deaths += 1
                self._lost(w, None)
        now = time.monotonic()
        for w in [w for w in self.workers if w.job is not None and w.limit and now - w.since > w.limit]:
            self._drain(w)
            if w.job is None or not w.limit or now - w.since <= w.limit:
                continue
            limit = w.limit
            w.proc.kill()
            self.timeouts += 1
            self._lost(w, common.timeout_error(limit))
        self._dispatch()


def local_results(articles: Iterable[Article], workers: int = 1, chunk_size: int = 16,
                  cache: ResultCache | None = None, article_timeout: float | None = None,
                  close_fds: Iterable[int] = (), worker_chunks: int | None = None,
                  stats: dict | None = None) -> Iterator[ArticleResult]:
    """ArticleResults for `articles` (cache hits first-hand, misses from the pool or, for one
    worker, in this process). At most `4 * workers` chunks are in flight."""
    if workers <= 1:
        from vnextract.pipeline.cache import cached_result, remember

        for a in articles:
            key, hit = cached_result(cache, a)
            if hit is not None:
                startup.resume_gc()  # a cached rerun never warms up: the collector on for what follows
                yield hit
                continue
            if startup.gc_paused():  # the first miss: warm up, then the collector back on before its own garbage
                common.warm_up()
                startup.resume_gc()
            result = common.process_in_process(a, article_timeout)
            remember(cache, key, result)
            yield result
        return

    pools: list[LocalPool] = []

    def start() -> LocalPool:
        pools.append(LocalPool(workers, article_timeout, worker_chunks, close_fds))
        return pools[-1]

    try:
        for result in common.bounded_map(articles, start, 4 * workers, chunk_size, cache):
            startup.resume_gc()  # (a no-op once on; a cached rerun starts no pool, whose start resumes it)
            yield result
    finally:
        if stats is not None and pools:
            stats["worker_deaths"] = pools[0].deaths
            stats["timeouts"] = pools[0].timeouts
