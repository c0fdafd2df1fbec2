"""Issue #13, the engine: dead workers, orphans, SIGTERM, FIFOs, time limits (CLI subprocesses with a
timeout, so a hang fails the test instead of stopping the suite)."""
from __future__ import annotations

import fcntl
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from tests.conftest import ROOT
from vnextract.pipeline.batch import CACHE_NAME, LOCK_NAME, run_batch
from vnextract.pipeline.tables import TABLE_NAMES

PARA = "Đồng chí Bùi Quang Hoàn, Chủ tịch UBND huyện chủ trì hội nghị ngày 25/11/2019, đạt 7/9 tiêu chí. "

# Runs the CLI with extraction slowed or deadly for marked articles: "SLEEP<n>" sleeps n seconds
# (and appends the worker's pid to $MARK), "KILLME" kills its process with SIGKILL. Patches the
# engines of this version, or the pool task of older ones, so the tests also run on old code.
HOOK = r'''
import os, signal, sys, time
import vnextract.pipeline.run as run
orig = run.process
def slow(a):
    t = a.text or ""
    if "SLEEP" in t or "KILLME" in t:
        with open(os.environ["MARK"], "a") as f:
            f.write(f"{os.getpid()}\n")
    if "KILLME" in t:
        os.kill(os.getpid(), signal.SIGKILL)
    if "SLEEP" in t:
        time.sleep(float(t.split("SLEEP", 1)[1].split()[0]))
    return orig(a)
try:
    from vnextract.pipeline.engines import common
    common.process_one = slow
except ImportError:
    import vnextract.pipeline.batch as b
    b._process_chunk = lambda chunk: [slow(a) for a in chunk]
    b.process = slow
from vnextract.pipeline.cli import main
sys.exit(main(sys.argv[1:]))
'''


def start(args, mark, **kw):
    env = dict(os.environ, PYTHONPATH=ROOT, MARK=str(mark))
    return subprocess.Popen([sys.executable, "-c", HOOK, *args], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True, **kw)


def finish(proc, timeout):
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        pytest.fail(f"the run did not finish within {timeout} s (hung)")
    return proc.returncode, err


def wait_for_mark(mark, n=1, timeout=120):
    t0 = time.monotonic()
    while time.monotonic() - t0 < timeout:
        if mark.exists():
            pids = [int(x) for x in mark.read_text().split()]
            if len(pids) >= n:
                return pids
        time.sleep(0.1)
    pytest.fail("no worker reached the marked article")


def alive(pid) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def lock_is_free(out) -> bool:
    with open(out / LOCK_NAME, "a") as f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        fcntl.flock(f, fcntl.LOCK_UN)
        return True


def articles(out):
    with open(out / "articles.jsonl", encoding="utf-8") as f:
        return {a["article_id"]: a for a in map(json.loads, f)}


def write_inputs(folder, texts: dict[str, str]):
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def test_finding1_a_killed_worker_does_not_hang_the_run(tmp_path):
    """kill -9 of the pool worker busy on an article: the run goes on in a fresh worker, nothing lost."""
    src = write_inputs(tmp_path / "in", {f"a{i}": PARA + (" SLEEP3" if i == 2 else "") for i in range(5)})
    out, mark = tmp_path / "out", tmp_path / "mark"
    proc = start(["run", str(src), "--out", str(out), "--workers", "2"], mark)
    (pid,) = wait_for_mark(mark)[:1]
    os.kill(pid, signal.SIGKILL)
    rc, err = finish(proc, 180)
    assert rc == 0, err
    arts = articles(out)
    assert set(arts) == {f"a{i}" for i in range(5)} and all(a["status"] == "ok" for a in arts.values())
    assert lock_is_free(out)


def test_finding1_an_article_that_kills_its_worker_twice_is_an_error_row(tmp_path):
    src = write_inputs(tmp_path / "in", {"a": PARA, "b": PARA + " KILLME", "c": PARA, "d": PARA})
    out, mark = tmp_path / "out", tmp_path / "mark"
    rc, err = finish(start(["run", str(src), "--out", str(out), "--workers", "2"], mark), 180)
    assert rc == 3, err
    arts = articles(out)
    assert set(arts) == {"a", "b", "c", "d"}
    assert arts["b"]["status"] == "error" and "worker died" in arts["b"]["error"]
    assert all(arts[k]["status"] == "ok" for k in "acd")
    assert len(mark.read_text().split()) == 2  # tried once more in a fresh worker, then given up
    assert lock_is_free(out)


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_finding6_workers_die_with_the_main_process(tmp_path, sig):
    src = write_inputs(tmp_path / "in", {"slow": PARA + " SLEEP60", "b": PARA})
    out, mark = tmp_path / "out", tmp_path / "mark"
    proc = start(["run", str(src), "--out", str(out), "--workers", "2"], mark)
    (worker,) = wait_for_mark(mark)[:1]
    os.kill(proc.pid, sig)
    rc, _ = finish(proc, 60)
    t0 = time.monotonic()
    while alive(worker) and time.monotonic() - t0 < 15:
        time.sleep(0.1)
    assert not alive(worker), "an orphaned worker lives on"
    assert lock_is_free(out)
    if sig == signal.SIGTERM:
        assert rc == 1  # like Ctrl-C, not 143


def test_sigterm_is_like_sigint_previous_tables_kept_and_extractions_cached(tmp_path):
    out, mark = tmp_path / "out", tmp_path / "mark"
    first = write_inputs(tmp_path / "first", {"old": PARA})
    rc, err = finish(start(["run", str(first), "--out", str(out), "--workers", "1"], mark), 180)
    assert rc == 0, err
    before = {t: (out / f"{t}.jsonl").read_bytes() for t in TABLE_NAMES}
    second = write_inputs(tmp_path / "second", {"q1": PARA + " Một.", "q2": PARA + " Hai.", "z": PARA + " SLEEP60"})
    proc = start(["run", str(second), "--out", str(out), "--workers", "2"], mark)
    wait_for_mark(mark)
    time.sleep(1.0)  # q1 and q2 (before z in the chunk) are done by now
    proc.send_signal(signal.SIGTERM)
    rc, err = finish(proc, 60)
    assert rc == 1 and "SIGTERM" in err
    assert {t: (out / f"{t}.jsonl").read_bytes() for t in TABLE_NAMES} == before
    with sqlite3.connect(out / CACHE_NAME) as db:
        assert db.execute("SELECT count(*) FROM results").fetchone()[0] == 3  # old + q1 + q2
    assert lock_is_free(out)


def test_finding9_a_fifo_is_an_error_row_not_a_hang(tmp_path):
    src = write_inputs(tmp_path / "in", {"b": PARA})
    os.mkfifo(src / "a.txt")
    out = tmp_path / "out"
    rc, err = finish(start(["run", str(src), "--out", str(out), "--workers", "1"], tmp_path / "mark"), 90)
    assert rc == 3, err
    arts = articles(out)
    assert arts["b"]["status"] == "ok" and "FIFO" in arts["a"]["error"]


def test_time_limit_per_article_in_the_pool(tmp_path):
    src = write_inputs(tmp_path / "in", {"a": PARA, "slow": PARA + " SLEEP60", "c": PARA})
    out = tmp_path / "out"
    t0 = time.monotonic()
    rc, err = finish(start(["run", str(src), "--out", str(out), "--workers", "2", "--article-timeout", "3"],
                           tmp_path / "mark"), 120)
    assert rc == 3, err
    arts = articles(out)
    assert "time limit exceeded" in arts["slow"]["error"]
    assert arts["a"]["status"] == arts["c"]["status"] == "ok"
    assert time.monotonic() - t0 < 60


def test_time_limit_in_process(tmp_path, monkeypatch):
    from vnextract.pipeline.engines import common

    orig = common.process_one

    def slow(a):
        if "SLEEP" in a.text:
            time.sleep(30)
        return orig(a)

    common.warm_up()  # the models load outside the time limit of the first article
    monkeypatch.setattr(common, "process_one", slow)
    src = write_inputs(tmp_path / "in", {"a": PARA, "slow": PARA + " SLEEP"})
    s = run_batch([str(src)], str(tmp_path / "out"), workers=1, use_cache=False, article_timeout=5)
    arts = articles(tmp_path / "out")
    assert s.errors == 1 and "time limit exceeded" in arts["slow"]["error"] and arts["a"]["status"] == "ok"
