"""Issue #13, the outputs: atomic publication, empty runs, self-healing cache, safe lock and cache
files, CSV formula neutralisation, byte-stable cells, a sandboxed `query`, plain errors."""
from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import subprocess
import sys

import pandas as pd
import pytest

from tests.conftest import CORPUS, ROOT
from vnextract.pipeline.batch import CACHE_NAME, LOCK_NAME, run_batch
from vnextract.pipeline.sql import format_rows, query
from vnextract.pipeline.tables import TABLE_NAMES, csv_text

PARA = "Đồng chí Bùi Quang Hoàn, Chủ tịch UBND huyện chủ trì hội nghị ngày 25/11/2019, đạt 7/9 tiêu chí. "


def cli(*args):
    return subprocess.run([sys.executable, "-m", "vnextract", *args], capture_output=True, text=True, cwd=ROOT,
                          env=dict(os.environ, PYTHONPATH=ROOT), timeout=300)


def tables(out):
    return {t: (out / f"{t}.{e}").read_bytes() for t in TABLE_NAMES for e in ("csv", "jsonl")}


def small_input(folder, n, tag):
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"{tag}{i}.txt").write_text(PARA + f" Bài {tag} {i}.", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def good_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("good") / "out"
    run_batch([CORPUS], str(out), workers=1)
    return out


def test_finding4_empty_input_keeps_the_tables(tmp_path):
    out = tmp_path / "out"
    run_batch([str(small_input(tmp_path / "in", 2, "a"))], str(out), workers=1)
    before = tables(out)
    (tmp_path / "empty").mkdir()
    proc = cli("run", str(tmp_path / "empty"), "--out", str(out))
    assert proc.returncode == 1 and "previous tables left" in proc.stderr
    assert tables(out) == before
    s = run_batch([str(tmp_path / "empty")], str(out), workers=1, allow_empty=True)
    assert s.published and (out / "articles.jsonl").read_bytes() == b""


def consistent(out) -> set[str]:
    """The article ids every view of the folder shows; fails when two disagree (a mix)."""
    with open(out / "articles.jsonl", encoding="utf-8") as f:
        ids = {json.loads(x)["article_id"] for x in f}
    with open(out / "articles.csv", encoding="utf-8") as f:
        assert {r["article_id"] for r in csv.DictReader(f)} == ids
    for t in TABLE_NAMES:
        with open(out / f"{t}.jsonl", encoding="utf-8") as f:
            assert {json.loads(x)["article_id"] for x in f} <= ids, t
        assert len(pd.read_parquet(out / f"{t}.parquet")) == sum(1 for _ in open(out / f"{t}.jsonl")), t
    m = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert m["articles"]["total"] == len(ids)
    assert query(str(out), "SELECT count(*) FROM articles")[1][0][0] == len(ids)
    return ids


def test_finding5_a_kill_at_any_rename_never_mixes_runs(tmp_path, monkeypatch):
    out = tmp_path / "out"
    old_in, new_in = small_input(tmp_path / "old", 3, "o"), small_input(tmp_path / "new", 2, "n")
    run_batch([str(old_in)], str(out), workers=1)
    run_batch([str(new_in)], str(tmp_path / "warm"), workers=1)  # models loaded, runs are quick
    old_ids = consistent(out)
    real_replace = os.replace
    for k in range(1, 19):
        calls = [0]

        def replace(a, b, *args, **kw):
            calls[0] += 1
            if calls[0] == k:
                raise KeyboardInterrupt("killed")
            return real_replace(a, b, *args, **kw)

        monkeypatch.setattr(os, "replace", replace)
        try:
            run_batch([str(new_in)], str(out), workers=1)
        except KeyboardInterrupt:
            pass
        monkeypatch.setattr(os, "replace", real_replace)
        ids = consistent(out)
        assert ids in (old_ids, {"n0", "n1"}), k
        if ids != old_ids:
            break
        # the interrupted run's folder is gone or removed by the next run; never a leftover beside the tables
        assert not [n for n in os.listdir(out) if n.startswith(".vnextract-tmp-")]
        run_batch([str(old_in)], str(out), workers=1)  # back to the old tables for the next k


def test_low_leftovers_of_killed_runs_are_removed(tmp_path):
    out = tmp_path / "out"
    run_batch([str(small_input(tmp_path / "in", 1, "a"))], str(out), workers=1)
    (out / ".vnextract-tmp-abc").mkdir()
    (out / "runs" / "29991231T000000.000000Z-1").mkdir()  # a killed run's folder
    run_batch([str(tmp_path / "in")], str(out), workers=1)
    assert not (out / ".vnextract-tmp-abc").exists() and not (out / "runs" / "29991231T000000.000000Z-1").exists()
    assert len(os.listdir(out / "runs")) == 2  # this run and the previous one


@pytest.mark.parametrize("damage", ["not_a_database", "malformed", "bad_row"])
def test_finding3_a_broken_cache_heals_itself(good_run, tmp_path, damage, capsys):
    out = tmp_path / "out"
    run_batch([CORPUS], str(out), workers=1)
    path = out / CACHE_NAME
    if damage == "not_a_database":
        path.write_bytes(b"this is not a database" * 100)
    elif damage == "malformed":
        with sqlite3.connect(path) as db:
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        data = bytearray(path.read_bytes())
        for i in range(1024, len(data), 97):
            data[i] = (data[i] + 1) % 256
        path.write_bytes(bytes(data))
    else:
        with sqlite3.connect(path) as db:
            db.execute("UPDATE results SET rows = X'789c00' WHERE key = (SELECT min(key) FROM results)")
    capsys.readouterr()
    s = run_batch([CORPUS], str(out), workers=1)
    err = capsys.readouterr().err
    assert s.articles == 5 and s.errors == 0
    assert tables(out) == tables(good_run)
    if damage == "bad_row":
        assert (s.cache_hits, s.cache_misses) == (4, 1)
    else:
        assert str(path) in err and "moved aside" in err and len(err.strip().splitlines()) == 1
        assert [n for n in os.listdir(out) if n.startswith(CACHE_NAME + ".broken-")]
    again = run_batch([CORPUS], str(out), workers=1)
    assert again.cache_hits == 5
    assert sorted(os.listdir(out / "runs")) == sorted(os.listdir(out / "runs"))[:2]


@pytest.mark.parametrize("name", [LOCK_NAME, CACHE_NAME])
def test_finding12_symlinked_lock_and_cache_are_not_followed(tmp_path, name):
    out = tmp_path / "out"
    out.mkdir()
    target = tmp_path / "precious"
    target.write_bytes(b"")
    os.symlink(target, out / name)
    s = run_batch([str(small_input(tmp_path / "in", 1, "a"))], str(out), workers=1)
    assert s.articles == 1 and s.published
    assert target.read_bytes() == b""


def test_finding10_csv_formula_cells_are_neutralised(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "@x", "title": '=HYPERLINK("http://evil","x")', "text": PARA},
                              ensure_ascii=False) + "\n", encoding="utf-8")
    run_batch([str(src)], str(tmp_path / "safe"), workers=1)
    run_batch([str(src)], str(tmp_path / "raw"), workers=1, csv_raw=True)
    safe = next(csv.DictReader(open(tmp_path / "safe" / "articles.csv", encoding="utf-8")))
    raw = next(csv.DictReader(open(tmp_path / "raw" / "articles.csv", encoding="utf-8")))
    assert safe["article_id"] == "'@x" and safe["title"].startswith("'=HYPERLINK")
    assert raw["article_id"] == "@x" and raw["title"].startswith("=HYPERLINK")
    assert json.loads((tmp_path / "safe" / "articles.jsonl").read_text(encoding="utf-8"))["article_id"] == "@x"
    evidence = csv_text("officials", [{"article_id": "a", "name": "X", "start": 0, "end": 1,
                                       "evidence": "- ông X", "titles": ["+ Chủ tịch"]}])
    row = next(csv.DictReader(io.StringIO(evidence)))
    assert row["evidence"] == "'- ông X" and row["titles"] == "'+ Chủ tịch"


def test_finding13_csv_cells_do_not_depend_on_the_batch():
    def row(aid, value):
        return {"article_id": aid, "text": "x", "start": 0, "end": 3, "value": value, "unit": "%"}

    alone = csv_text("targets", [row("a", 20)]).splitlines()[1]
    mixed = csv_text("targets", [row("a", 20), row("b", 91.5)]).splitlines()
    assert mixed[1] == alone and ",20," in alone and ",91.5," in mixed[2]


def test_finding11_query_reaches_nothing_beyond_the_run(good_run, tmp_path):
    other = tmp_path / "other.duckdb"
    import duckdb
    duckdb.connect(str(other)).execute("CREATE TABLE t AS SELECT 1 AS x").close()
    target = tmp_path / "written.csv"
    for sql in (f"COPY (SELECT 1) TO '{target}'", "SELECT * FROM read_csv('/etc/passwd')",
                f"ATTACH '{other}' AS o (READ_WRITE)", "SELECT * FROM read_csv('http://127.0.0.1:9/x.csv')",
                "SET enable_external_access = true", "INSTALL httpfs", "LOAD httpfs"):
        with pytest.raises(Exception):
            query(str(good_run), sql)
    assert not target.exists()
    assert duckdb.connect(str(other)).execute("SELECT * FROM t").fetchall() == [(1,)]
    assert query(str(good_run), "SELECT count(*) FROM articles")[1] == [(5,)]


def test_low_query_escapes_control_characters():
    out = format_rows(["title"], [("\x1b[2J\x1b[31mred\x07 \u202eevil",)])
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out and "\\x1b[2J" in out
    js = format_rows(["t"], [("\x9b31m",)], fmt="json")
    assert "\x9b" not in js and "\\u009b" in js


def test_low_out_is_a_file_is_a_usage_error(tmp_path):
    f = tmp_path / "file"
    f.write_text("x")
    proc = cli("run", CORPUS, "--out", str(f))
    assert proc.returncode == 2 and "is a file, not a folder" in proc.stderr and "Errno" not in proc.stderr
