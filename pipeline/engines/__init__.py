"""Engines: Articles -> ArticleResults, cache hits in the driver, misses on a pool of workers.

- `local`: a process pool on this machine that detects dead workers, retries and time-limits
  articles, and whose workers die with their parent.
- `dask`: a Dask distributed cluster (`distributed` is imported only when it is used).
Both share `common.process_chunk` (the worker-side task) and `common.bounded_map` (the driver).
"""
