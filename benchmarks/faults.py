"""Slow checks of issue #13 (outside the test suite; run once, the figures go in the notes).

    python benchmarks/faults.py big          # a 50 MB article and a 1 MB gzip bomb: error rows, fast, bounded memory
    python benchmarks/faults.py kill [N]     # N news articles (default 400), SIGKILL of the main process at 30%:
                                             # workers gone, lock free, previous tables intact, rerun = clean run
"""
from __future__ import annotations

import fcntl
import filecmp
import gzip
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "benchmarks"))
from batch import tree_rss_kb  # noqa: E402

NEWS = os.path.join(os.path.dirname(ROOT), "shared", "corpus", "news")
TABLES = ("articles", "officials", "dates", "deadlines", "targets")
PARA = "Đồng chí Bùi Quang Hoàn, Chủ tịch UBND huyện chủ trì hội nghị ngày 25/11/2019, đạt 7/9 tiêu chí. "


def cli(args, **kw):
    env = dict(os.environ, PYTHONPATH=ROOT)
    return subprocess.Popen([sys.executable, "-m", "vnextract", *args], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, **kw)


def watch(proc) -> tuple[int, float, int, str]:
    """(exit code, seconds, peak tree RSS kB, stderr) of a running CLI."""
    t0, peak = time.perf_counter(), 0
    while proc.poll() is None:
        peak = max(peak, tree_rss_kb(proc.pid))
        time.sleep(0.05)
    return proc.returncode, time.perf_counter() - t0, peak, proc.stderr.read()


def articles(out):
    with open(os.path.join(out, "articles.jsonl"), encoding="utf-8") as f:
        return [json.loads(x) for x in f]


def big(tmp: str):
    src = os.path.join(tmp, "in")
    os.makedirs(src)
    with open(os.path.join(src, "huge.txt"), "w", encoding="utf-8") as f:
        for _ in range(50_000_000 // len(PARA.encode())):
            f.write(PARA)
    with open(os.path.join(src, "huge.jsonl"), "w", encoding="utf-8") as f:
        f.write(json.dumps({"id": "huge-jsonl", "text": PARA * (50_000_000 // len(PARA.encode()))},
                           ensure_ascii=False) + "\n")
        f.write(json.dumps({"id": "small-jsonl", "text": PARA}, ensure_ascii=False) + "\n")
    with gzip.open(os.path.join(src, "bomb.txt.gz"), "wb", compresslevel=9) as f:
        for _ in range(1000):
            f.write(b"\0" * 1_000_000)  # 1 GB of zeros, about 1 MB compressed
    with gzip.open(os.path.join(src, "bomb.jsonl.gz"), "wb", compresslevel=9) as f:
        for _ in range(1000):
            f.write(b" " * 1_000_000)
    (open(os.path.join(src, "small.txt"), "w", encoding="utf-8")).write(PARA)
    sizes = {n: os.path.getsize(os.path.join(src, n)) for n in sorted(os.listdir(src))}
    print("inputs (bytes on disk):", sizes)
    out = os.path.join(tmp, "out")
    rc, secs, peak, err = watch(cli(["run", src, "--out", out, "--workers", "2"]))
    print(f"exit {rc} in {secs:.1f} s, peak RSS (all processes) {peak / 1024:.0f} MB")
    for a in articles(out):
        print(f"  {a['article_id']:<14} {a['status']:<6} {a['error'] or ''}")
    print("stderr:", " | ".join(err.strip().splitlines()))


def make_news(path: str, n: int):
    k = 0
    with open(path, "w", encoding="utf-8") as out:
        for name in sorted(os.listdir(NEWS)):
            with gzip.open(os.path.join(NEWS, name), "rt", encoding="utf-8") as f:
                for line in f:
                    if k >= n:
                        return
                    out.write(line)
                    k += 1


def children(pid: int) -> list[int]:
    out = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    if int(f.read().rsplit(")", 1)[1].split()[1]) == pid:
                        out.append(int(entry))
            except (OSError, ValueError, IndexError):
                pass
    return out


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def kill(tmp: str, n: int):
    inp = os.path.join(tmp, "news.jsonl")
    make_news(inp, n)
    clean, out = os.path.join(tmp, "clean"), os.path.join(tmp, "out")
    rc, secs, _, _ = watch(cli(["run", inp, "--out", clean, "--workers", "2", "--no-cache"]))
    print(f"clean run: exit {rc}, {n} articles in {secs:.0f} s")
    small = os.path.join(tmp, "small")
    os.makedirs(small)
    open(os.path.join(small, "prev.txt"), "w", encoding="utf-8").write(PARA)
    watch(cli(["run", small, "--out", out, "--workers", "1"]))
    before = {t: open(os.path.join(out, f"{t}.jsonl"), "rb").read() for t in TABLES}
    proc = cli(["run", inp, "--out", out, "--workers", "2", "--log-every", "1"])
    done = 0
    t0 = time.perf_counter()
    for line in proc.stderr:
        m = re.match(r"vnextract: (\d+) articles", line)
        if m and int(m.group(1)) >= 0.3 * n:
            done = int(m.group(1))
            break
    workers = children(proc.pid)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    print(f"SIGKILL of the main process after {time.perf_counter() - t0:.0f} s at {done}/{n} articles; "
          f"workers {workers}")
    t1 = time.perf_counter()
    while any(alive(w) for w in workers) and time.perf_counter() - t1 < 30:
        time.sleep(0.1)
    print(f"  workers alive after {time.perf_counter() - t1:.1f} s: {[w for w in workers if alive(w)]}")
    with open(os.path.join(out, ".vnextract.lock"), "a") as f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
            print("  lock free: yes")
            fcntl.flock(f, fcntl.LOCK_UN)
        except BlockingIOError:
            print("  lock free: NO")
    same = all(open(os.path.join(out, f"{t}.jsonl"), "rb").read() == before[t] for t in TABLES)
    print(f"  previous tables intact: {same}; folder: {sorted(os.listdir(out))}")
    print(f"  run folders left: {sorted(os.listdir(os.path.join(out, 'runs')))}")
    rc, secs, _, err = watch(cli(["run", inp, "--out", out, "--workers", "2"]))
    hits = re.search(r"(\d+) from cache", err)
    print(f"rerun: exit {rc} in {secs:.0f} s, {hits.group(1) if hits else '?'} from cache")
    ident = all(filecmp.cmp(os.path.join(clean, f"{t}.{e}"), os.path.join(out, f"{t}.{e}"), shallow=False)
                for t in TABLES for e in ("csv", "jsonl"))
    print(f"  rerun tables byte-identical to the clean run: {ident}")
    for t in TABLES:
        for e in ("csv", "jsonl"):
            a, b = (open(os.path.join(d, f"{t}.{e}"), encoding="utf-8").read().splitlines() for d in (clean, out))
            diff = [(x, y) for x, y in zip(a, b) if x != y]
            if diff or len(a) != len(b):
                print(f"    {t}.{e}: {len(diff)} lines differ ({len(a)} vs {len(b)}); first: {diff[:1]}"[:600])
    print(f"  run folders: {sorted(os.listdir(os.path.join(out, 'runs')))}")


def main():
    what = sys.argv[1] if len(sys.argv) > 1 else "big"
    tmp = tempfile.mkdtemp(prefix="vnextract-faults-")
    try:
        if what == "big":
            big(tmp)
        else:
            kill(tmp, int(sys.argv[2]) if len(sys.argv) > 2 else 400)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
