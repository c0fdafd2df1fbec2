"""Table writing: contract columns, CSV cells, JSONL values, order, and spilled runs."""
from __future__ import annotations

import csv
import io
import json
import os

from vnextract.pipeline.tables import SCHEMAS, TableWriter, conform, csv_text, frames


def test_contract_columns_present():
    want = {
        "articles": ["article_id", "source", "title", "event_date", "locality", "authors", "n_sentences", "n_words",
                     "status", "error"],
        "officials": ["name", "titles", "roles", "mentions", "start", "end", "text", "evidence"],
        "dates": ["text", "start", "end", "value", "date_start", "date_end", "granularity", "year_inferred"],
        "deadlines": ["due_text", "start", "end", "due", "due_date", "task", "responsible", "directed_by", "evidence"],
        "targets": ["text", "start", "end", "value", "total", "unit", "comparator", "status", "year", "evidence"],
    }
    for table, cols in want.items():
        assert set(cols) <= set(SCHEMAS[table].names), table


def test_csv_lists_nulls_bools_and_quoting():
    row = {"article_id": "a", "name": "Bùi Quang Hoàn", "titles": ["Phó Bí thư Huyện ủy", "Chủ tịch, kiêm"],
           "roles": [], "mentions": 2, "start": 3, "end": 17, "text": "Bùi Quang Hoàn", "evidence": 'Câu "trích"\ndòng'}
    out = csv_text("officials", [row])
    rec = next(csv.DictReader(io.StringIO(out)))
    assert rec["titles"] == "Phó Bí thư Huyện ủy; Chủ tịch, kiêm"
    assert rec["roles"] == "" and rec["evidence"] == 'Câu "trích"\ndòng'
    d = csv_text("dates", [{"article_id": "a", "text": "năm 2019", "start": 0, "end": 8, "value": "2019",
                            "year_inferred": False, "date_start": None}])
    assert "false" in d.splitlines()[1] and ",," in d.splitlines()[1]


def test_conform_numbers():
    r = conform("targets", {"article_id": "a", "text": "x", "start": 0, "end": 1, "value": 14.0, "total": 2.5})
    assert r["value"] == 14 and isinstance(r["value"], int) and r["total"] == 2.5


def test_writer_orders_by_article_then_start_across_spilled_runs(tmp_path):
    w = TableWriter("dates", str(tmp_path), run_rows=3)
    rows = [{"article_id": aid, "text": "t", "start": s, "end": s + 1, "value": "2019"}
            for aid, s in [("b", 5), ("a", 9), ("b", 1), ("a", 2), ("c", 0), ("a", 2), ("b", 3)]]
    for r in rows:
        w.add(r)
    csv_path, jsonl_path = w.close()
    got = [(r["article_id"], r["start"]) for r in map(json.loads, open(jsonl_path, encoding="utf-8"))]
    assert got == sorted(got)
    assert len(got) == 7
    assert open(csv_path, encoding="utf-8").read().count("\n") == 8


def test_tiered_merge_keeps_few_files_and_gives_the_same_bytes(tmp_path):
    import random

    rng = random.Random(7)
    rows = [{"article_id": f"a{rng.randrange(40):02d}", "text": "t", "start": rng.randrange(500), "end": 600,
             "value": "2019"} for _ in range(700)]
    (tmp_path / "one").mkdir()
    (tmp_path / "tiers").mkdir()
    one = TableWriter("dates", str(tmp_path / "one"), run_rows=10_000)
    tiers = TableWriter("dates", str(tmp_path / "tiers"), run_rows=5, fan_in=4)
    most_runs = 0
    for r in rows:
        one.add(dict(r))
        tiers.add(dict(r))
        most_runs = max(most_runs, len(tiers.runs))
    assert max(t for t, _ in tiers.runs) >= 2  # 140 spills merged through several tiers
    assert most_runs <= 4 * 4  # at most fan_in - 1 runs per tier (+1 while merging)
    for a, b in zip(one.close(), tiers.close()):
        assert open(a, encoding="utf-8").read() == open(b, encoding="utf-8").read()
    assert sorted(os.listdir(tmp_path / "tiers")) == ["dates.csv", "dates.jsonl"]  # runs removed


def test_empty_table_has_header(tmp_path):
    csv_path, jsonl_path = TableWriter("targets", str(tmp_path)).close()
    assert open(csv_path, encoding="utf-8").read().startswith("article_id,text,start,end,value")
    assert open(jsonl_path, encoding="utf-8").read() == ""


def test_frames_keep_lists():
    f = frames({"officials": [{"article_id": "a", "name": "X", "titles": ["Chủ tịch"], "start": 0, "end": 1}]})
    assert f["officials"].iloc[0]["titles"] == ["Chủ tịch"]
    assert list(f) == ["articles", "officials", "dates", "deadlines", "targets"]
