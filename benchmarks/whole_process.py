"""Whole-process throughput (issue #18): `vnextract run` against a plain Python process doing only
underthesea segmentation (`sent_tokenize` per line, `word_tokenize` per sentence) of the same texts.

Each round runs the three commands one after the other (bare, 1 worker, 2 workers), fresh processes,
so start-up, reading and writing are all counted; the medians are compared. The CPU time of each
command (its processes and their workers, user + system) is printed too, as minima over the rounds:
on a machine other jobs load, it is the steadier figure.

    python benchmarks/whole_process.py [--n 1200] [--rounds 3]
"""
from __future__ import annotations

import argparse
import gzip
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NEWS = os.path.join(os.path.dirname(ROOT), "shared", "corpus", "news", "baomoi-5000.jsonl.gz")
BARE = """
import json, sys
from underthesea import sent_tokenize, word_tokenize
for line in open(sys.argv[1], encoding="utf-8"):
    for text_line in json.loads(line)["text"].split("\\n"):
        if text_line.strip():
            for sentence in sent_tokenize(text_line):
                word_tokenize(sentence)
"""


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(cmd: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of `cmd` (the CPU of every process it waited for, workers included)."""
    cpu = _children_cpu()
    start = time.perf_counter()
    subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start, _children_cpu() - cpu


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=1200)
    ap.add_argument("--rounds", type=int, default=3)
    a = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "articles.jsonl")
        with gzip.open(NEWS, "rt", encoding="utf-8") as f, open(path, "w", encoding="utf-8") as out:
            for i, line in enumerate(f):
                if i >= a.n:
                    break
                out.write(line)
        run = [sys.executable, "-m", "vnextract", "run", path, "--no-cache", "--out"]
        times: dict[str, list[float]] = {"bare": [], "run1": [], "run2": []}
        cpus: dict[str, list[float]] = {k: [] for k in times}
        commands = {"bare": [sys.executable, "-c", BARE, path],
                    "run1": run + [os.path.join(tmp, "o1"), "--workers", "1"],
                    "run2": run + [os.path.join(tmp, "o2"), "--workers", "2"]}
        for r in range(a.rounds):
            for name, cmd in commands.items():
                wall, cpu = timed(cmd)
                times[name].append(wall)
                cpus[name].append(cpu)
            print(f"round {r + 1}: " + ", ".join(f"{k} {v[-1]:.1f} s (CPU {cpus[k][-1]:.1f} s)" for k, v in times.items()),
                  flush=True)
    med = {k: statistics.median(v) for k, v in times.items()}
    low = {k: min(v) for k, v in cpus.items()}
    print(f"{a.n} articles, medians: bare underthesea {med['bare']:.1f} s, vnextract run 1 worker "
          f"{med['run1']:.1f} s ({med['bare'] / med['run1']:.2f}x bare), 2 workers {med['run2']:.1f} s "
          f"({med['run1'] / med['run2']:.2f}x one worker)")
    print(f"CPU minima: bare {low['bare']:.2f} s, 1 worker {low['run1']:.2f} s ({low['bare'] / low['run1']:.2f}x bare), "
          f"2 workers {low['run2']:.2f} s (parent and workers together)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
