"""End to end: the CLI over the bundled corpus, validated by the project's scorer and the contract."""
from __future__ import annotations

import filecmp
import json
import os
import subprocess
import sys
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import CORPUS, ROOT, needs_shared
from vnextract.pipeline.api import extract
from vnextract.pipeline.tables import TABLE_NAMES

TEXT_FIELD = {"articles": None, "officials": "text", "dates": "text", "deadlines": "due_text", "targets": "text"}


def run_cli(*args, check=True):
    env = dict(os.environ, PYTHONPATH=ROOT)
    proc = subprocess.run([sys.executable, "-m", "vnextract", *args], capture_output=True, text=True, env=env, cwd=ROOT)
    if check and proc.returncode not in (0, 3):
        raise AssertionError(proc.stderr)
    return proc


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    proc = run_cli("run", CORPUS, "--out", str(out), "--workers", "1")
    assert proc.returncode == 0, proc.stderr
    return out


def load(out, table):
    with open(os.path.join(out, f"{table}.jsonl"), encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def test_all_tables_written(corpus_run):
    for t in TABLE_NAMES:
        assert os.path.exists(os.path.join(corpus_run, f"{t}.csv"))
        assert os.path.exists(os.path.join(corpus_run, f"{t}.jsonl"))
    arts = load(corpus_run, "articles")
    assert len(arts) == len([f for f in os.listdir(CORPUS) if f.endswith(".txt")])
    assert all(a["status"] == "ok" for a in arts)


def test_offsets_point_at_the_text(corpus_run):
    texts = {}
    for name in os.listdir(CORPUS):
        with open(os.path.join(CORPUS, name), encoding="utf-8") as f:
            texts[name[:-4]] = unicodedata.normalize("NFC", f.read().replace("\r\n", "\n"))
    for table, field in TEXT_FIELD.items():
        if not field:
            continue
        for row in load(corpus_run, table):
            assert texts[row["article_id"]][row["start"]:row["end"]] == row[field], (table, row)


def test_rows_ordered(corpus_run):
    for table in TABLE_NAMES:
        rows = load(corpus_run, table)
        keys = [(r["article_id"], r.get("start") or 0) for r in rows]
        assert keys == sorted(keys)


def test_scorer_accepts_the_output(corpus_run):
    score = needs_shared("eval/score.py")
    gold = needs_shared("eval/gold/seeds.jsonl")
    proc = subprocess.run([sys.executable, score, "--gold", gold, "--texts", CORPUS, "--pred", str(corpus_run)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr  # contract holds
    overall = float(proc.stdout.strip().splitlines()[-1].split()[-1])
    assert overall >= 0.5, proc.stdout


def test_rerun_is_byte_identical(corpus_run, tmp_path):
    proc = run_cli("run", CORPUS, "--out", str(tmp_path), "--workers", "1")
    assert proc.returncode == 0
    for t in TABLE_NAMES:
        for ext in ("csv", "jsonl"):
            assert filecmp.cmp(os.path.join(corpus_run, f"{t}.{ext}"), os.path.join(tmp_path, f"{t}.{ext}"),
                               shallow=False), (t, ext)


def test_bad_article_does_not_stop_the_batch(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text("Đồng chí Bùi Quang Hoàn, Chủ tịch UBND huyện chủ trì hội nghị ngày 25/11/2019.",
                                  encoding="utf-8")
    (src / "bad.txt").write_bytes(b"\xff\xfe broken")
    (src / "empty.txt").write_bytes(b"")
    (src / "lines.jsonl").write_text('{"id": "j1", "text": "Một."}\n{oops\n', encoding="utf-8")
    out = tmp_path / "out"
    proc = run_cli("run", str(src), "--out", str(out), "--workers", "1", check=False)
    assert proc.returncode == 3, proc.stderr  # some articles are error rows
    arts = {a["article_id"]: a for a in load(out, "articles")}
    assert set(arts) == {"good", "bad", "empty", "j1", "lines:2"}
    assert arts["good"]["status"] == "ok" and arts["bad"]["status"] == "error"
    assert "invalid UTF-8" in arts["bad"]["error"]
    assert [o["name"] for o in load(out, "officials")] == ["Bùi Quang Hoàn"]


def test_cli_help():
    proc = run_cli("run", "--help")
    assert "--out" in proc.stdout and "Exit codes" in proc.stdout


def test_api_matches_cli_rows(corpus_run):
    name = sorted(os.listdir(CORPUS))[0]
    with open(os.path.join(CORPUS, name), encoding="utf-8") as f:
        tables = extract(f.read(), article_id=name[:-4])
    cli_dates = [r["value"] for r in load(corpus_run, "dates") if r["article_id"] == name[:-4]]
    assert list(tables.dates["value"]) == cli_dates


_SNIPPETS = [
    "Chiều ngày 25/11, UBND huyện tổ chức họp giao ban.", "Đồng chí Bùi Quang Hoàn, Phó Bí thư Huyện uỷ, Chủ tịch UBND "
    "huyện chủ trì hội nghị.", "đạt 7/9 tiêu chí", "phấn đấu 06 xã đạt chuẩn", "trước ngày 28/11", "quý I năm 2018",
    "Ông Nguyễn Đức Chung, Chủ tịch UBND TP Hà Nội cho biết", "6 tháng đầu năm", "văn hoá", "\n", "\r\n", "  ",
    "540 đơn vị máu", "từ ngày 21 đến 23/7/2020", "Lan Ánh - Phạm Tuấn", "Covid-19", "2,5 triệu lượt khách",
]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_SNIPPETS), min_size=1, max_size=10), st.booleans(), st.sampled_from([None, "2020-10-01"]))
def test_property_every_row_points_at_its_text(pieces, nfd, published):
    raw = " ".join(pieces)
    if nfd:
        raw = unicodedata.normalize("NFD", raw)
    text = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))
    tables = extract(raw, published=published)
    for table, field in TEXT_FIELD.items():
        if not field:
            continue
        for _, row in getattr(tables, table).iterrows():
            assert text[row["start"]:row["end"]] == row[field]


def test_missing_input_path_is_a_usage_error(tmp_path):
    proc = run_cli("run", str(tmp_path / "nope"), "--out", str(tmp_path / "out"), check=False)
    assert proc.returncode == 2 and "no such input" in proc.stderr
