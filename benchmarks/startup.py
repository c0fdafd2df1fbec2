"""A run's fixed cost (issue #18): `vnextract run` of one short article, `--no-cache`, `--workers 1`.

Prints, per round and as medians: the wall time from the process's start until the first article's rows
are extracted (the fixed cost before the first article, plus that article's few milliseconds), and the
whole run (writing every table format included). Fresh processes, a fresh output folder each round.

    python benchmarks/startup.py [--rounds 7]
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

# Runs in the child: wraps the extract step right after the command's own start-up steps (so they
# still apply) and reports when the first article's rows are ready.
CHILD = r"""
import os, sys, time
t_start = float(os.environ["VNEXTRACT_BENCH_T0"])
import vnextract.pipeline.startup as startup
first = []
last_step = startup.defer_spacy_schemas
def wrapped_last_step():
    last_step()
    import vnextract.pipeline.run as run
    extract_rows = run.extract_rows
    def timed_extract_rows(article, *a, **k):
        rows = extract_rows(article, *a, **k)
        if not first and article.article_id != "warm-up":  # (one worker warms up before its first article)
            first.append(time.time() - t_start)
        return rows
    run.extract_rows = timed_extract_rows
startup.defer_spacy_schemas = wrapped_last_step
from vnextract.pipeline.cli import main
try:
    sys.argv = ["vnextract", "run", sys.argv[1], "--out", sys.argv[2], "--no-cache", "--workers", "1"]
    main()  # as the console command calls it (a caller's own argv list keeps its process untuned)
except SystemExit:
    pass
print(first[0], time.time() - t_start, file=sys.stderr)
"""

ARTICLE = {"id": "one", "text": "Sáng 6-2, UBND tỉnh tổ chức hội nghị tổng kết công tác năm 2016."}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=7)
    a = ap.parse_args(argv)
    firsts, wholes = [], []
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "one.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            f.write(json.dumps(ARTICLE, ensure_ascii=False) + "\n")
        for r in range(a.rounds):
            env = dict(os.environ, VNEXTRACT_BENCH_T0=repr(time.time()))
            done = subprocess.run([sys.executable, "-c", CHILD, path, os.path.join(tmp, f"out{r}")], env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False)
            first, whole = map(float, done.stderr.strip().splitlines()[-1].split())
            firsts.append(first)
            wholes.append(whole)
            print(f"round {r + 1}: first article's rows at {first:.3f} s, whole run {whole:.3f} s", flush=True)
    print(f"medians of {a.rounds}: first article's rows at {statistics.median(firsts):.3f} s, "
          f"whole run {statistics.median(wholes):.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
