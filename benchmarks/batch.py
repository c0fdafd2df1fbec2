"""`make bench-batch`: the batch path at corpus scale (issue #6 figures).

- peak memory (RSS summed over the CLI process and all its workers, sampled from /proc) for the
  news corpus at 1x and at 4x (the same articles repeated under new ids): it should stay flat;
- a rerun of the unchanged corpus against the first run (incremental cache);
- 1 worker against 2 workers on the same articles.

    python benchmarks/batch.py [--scale 1 4] [--rerun] [--workers-scaling N_ARTICLES]
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NEWS = os.path.join(os.path.dirname(ROOT), "shared", "corpus", "news")
CLI = [sys.executable, "-m", "vnextract", "run"]


def make_corpus(folder: str, copies: int, limit: int | None = None) -> tuple[str, int, int]:
    """The news corpus repeated `copies` times (ids suffixed) as one JSONL file: (path, articles, chars)."""
    path = os.path.join(folder, f"news-x{copies}.jsonl")
    n = chars = 0
    with open(path, "w", encoding="utf-8") as out:
        for copy in range(copies):
            for name in sorted(os.listdir(NEWS)):
                with gzip.open(os.path.join(NEWS, name), "rt", encoding="utf-8") as f:
                    for i, line in enumerate(f):
                        if limit is not None and i >= limit:
                            break
                        r = json.loads(line)
                        r["id"] = f"{r['id']}#{copy}" if copies > 1 else r["id"]
                        out.write(json.dumps(r, ensure_ascii=False) + "\n")
                        n += 1
                        chars += len(r["text"])
    return path, n, chars


def tree_rss_kb(pid: int) -> int:
    """Resident memory of `pid` and all its descendants, in kB."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry))
        except (OSError, ValueError, IndexError):
            continue
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
        except OSError:
            pass
        stack.extend(children.get(p, []))
    return total


def run_cli(inp: str, out: str, workers: int, cache: bool) -> tuple[float, int, int]:
    """(seconds, peak tree RSS in kB, exit code) of one `vnextract run`."""
    args = CLI + [inp, "--out", out, "--workers", str(workers), "--log-every", "600"]
    if not cache:
        args.append("--no-cache")
    env = dict(os.environ, PYTHONPATH=ROOT)
    t0 = time.perf_counter()
    proc = subprocess.Popen(args, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = 0
    stop = threading.Event()

    def sample():
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, tree_rss_kb(proc.pid))
            stop.wait(0.25)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    _, err = proc.communicate()
    stop.set()
    th.join()
    if proc.returncode not in (0, 3):
        print(err, file=sys.stderr)
    return time.perf_counter() - t0, peak, proc.returncode


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scale", type=int, nargs="*", default=[], help="corpus copies to measure peak memory at")
    ap.add_argument("--rerun", action="store_true", help="first run vs rerun of the unchanged corpus")
    ap.add_argument("--workers-scaling", type=int, default=0, metavar="N", help="1 vs 2 workers on N articles")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for copies in a.scale:
            inp, n, chars = make_corpus(tmp, copies)
            sec, peak, rc = run_cli(inp, os.path.join(tmp, f"out{copies}"), a.workers, cache=False)
            print(f"scale {copies}x: {n} articles, {chars:,} chars, {sec:.0f} s, {chars / sec:,.0f} chars/s, "
                  f"peak RSS (all processes) {peak / 1024:.0f} MiB, exit {rc}", flush=True)
            os.remove(inp)
        if a.rerun:
            inp, n, chars = make_corpus(tmp, 1)
            out = os.path.join(tmp, "rerun")
            first, _, _ = run_cli(inp, out, a.workers, cache=True)
            again, _, _ = run_cli(inp, out, a.workers, cache=True)
            print(f"first run {first:.1f} s, rerun of the unchanged corpus {again:.1f} s: {first / again:.1f}x faster",
                  flush=True)
        if a.workers_scaling:
            inp, n, chars = make_corpus(tmp, 1, limit=a.workers_scaling // 2)
            rates = {}
            for w in (1, 2):
                sec, _, _ = run_cli(inp, os.path.join(tmp, f"w{w}"), w, cache=False)
                rates[w] = chars / sec
                print(f"{n} articles, {w} worker(s): {sec:.1f} s, {rates[w]:,.0f} chars/s", flush=True)
            print(f"2 workers / 1 worker: {rates[2] / rates[1]:.2f}x", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
