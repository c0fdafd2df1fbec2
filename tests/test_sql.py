"""Columnar outputs and SQL: Parquet and DuckDB hold the tables; README queries run; CLI formats."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pandas as pd
import pytest

from tests.conftest import CORPUS, ROOT
from vnextract.pipeline.batch import run_batch
from vnextract.pipeline.sql import VIEWS, format_rows, query
from vnextract.pipeline.tables import TABLE_NAMES


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("sql")
    run_batch([CORPUS], str(out), workers=1, use_cache=False)
    return str(out)


def test_parquet_and_duckdb_hold_the_same_rows(run_dir):
    for t in TABLE_NAMES:
        with open(os.path.join(run_dir, f"{t}.jsonl"), encoding="utf-8") as f:
            n = sum(1 for _ in f)
        assert len(pd.read_parquet(os.path.join(run_dir, f"{t}.parquet"))) == n
        assert query(run_dir, f"SELECT count(*) FROM {t}")[1][0][0] == n
    cols, rows = query(run_dir, "SELECT titles, roles FROM officials WHERE name = 'Bùi Quang Hoàn'")
    assert rows[0][0] == ["Phó Bí thư Huyện ủy", "Chủ tịch Ủy ban nhân dân huyện"]
    _, rows = query(run_dir, "SELECT typeof(due_date) FROM deadlines LIMIT 1")
    assert rows[0][0] == "DATE"


@pytest.mark.parametrize("view", sorted(VIEWS))
def test_views_answer(run_dir, view):
    cols, rows = query(run_dir, f"SELECT * FROM {view}")
    assert cols and rows


def test_readme_example_queries_run(run_dir):
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
        readme = f.read()
    sqls = re.findall(r'vnextract query "(.+?)"', readme, flags=re.S)
    assert len(sqls) >= 5
    for sql in sqls:  # each returns rows on the bundled corpus (tests/test_readme.py runs them as commands)
        cols, rows = query(run_dir, " ".join(sql.split()))
        assert cols and rows, sql


def test_person_posts_view(run_dir):
    _, rows = query(run_dir, "SELECT title, first_seen FROM person_posts WHERE name = 'Bùi Quang Hoàn' ORDER BY title")
    assert rows == [("Chủ tịch Ủy ban nhân dân huyện", "2019-11-25"), ("Phó Bí thư Huyện ủy", "2019-11-25")]


def test_cli_query_formats(run_dir):
    def run(*args):
        return subprocess.run([sys.executable, "-m", "vnextract", "query", *args, "--out", run_dir],
                              capture_output=True, text=True, cwd=ROOT, env=dict(os.environ, PYTHONPATH=ROOT))
    table = run("SELECT name FROM officials ORDER BY name LIMIT 2")
    assert table.returncode == 0 and table.stdout.splitlines()[1].startswith("---") and "(2 rows)" in table.stdout
    js = run("SELECT name, roles FROM officials ORDER BY name LIMIT 1", "--format", "json")
    assert json.loads(js.stdout.splitlines()[0])["name"]
    csv_out = run("SELECT name FROM officials ORDER BY name", "--format", "csv")
    assert csv_out.stdout.splitlines()[0] == "name"
    bad = run("SELECT nope")
    assert bad.returncode == 2 and "query failed" in bad.stderr


def test_format_rows_aligns_and_truncates():
    out = format_rows(["a", "bb"], [("x" * 100, None), ("y", ["p", "q"])])
    lines = out.splitlines()
    assert lines[0].startswith("a") and "…" in lines[2] and "p; q" in lines[3]


def test_sql_prompt_reads_statements_and_commands(run_dir):
    script = ".tables\nSELECT name\n  FROM officials ORDER BY name LIMIT 1;\n.mode csv\nSELECT count(*) AS n FROM articles;\n" \
             "SELECT nope;\nCOPY officials TO '/tmp/x.csv';\n.quit\nSELECT 1;\n"
    proc = subprocess.run([sys.executable, "-m", "vnextract", "sql", "--out", run_dir], input=script,
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    out = proc.stdout
    assert proc.returncode == 0, proc.stderr
    assert "deadlines_timeline" in out and "(1 row)" in out  # .tables, then a statement over two lines
    assert "n\n5\n" in out  # .mode csv
    assert out.count("error:") == 2  # a bad column and a write outside the run: said, and the prompt goes on
    assert out.rstrip().splitlines()[-1].startswith("error:")  # nothing after .quit ran


def test_a_new_run_removes_the_stale_report(tmp_path):
    out = tmp_path / "run"
    env = dict(os.environ, PYTHONPATH=ROOT)
    cli = [sys.executable, "-m", "vnextract"]
    assert subprocess.run(cli + ["run", CORPUS, "--out", str(out), "--workers", "1"], env=env,
                          capture_output=True, cwd=ROOT).returncode == 0
    assert subprocess.run(cli + ["report", "--out", str(out)], env=env, capture_output=True, cwd=ROOT).returncode == 0
    assert (out / "report" / "index.html").exists()
    proc = subprocess.run(cli + ["run", CORPUS, "--out", str(out), "--workers", "1", "--no-cache"], env=env,
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0 and not (out / "report").exists()
    assert "removed the previous report" in proc.stderr
