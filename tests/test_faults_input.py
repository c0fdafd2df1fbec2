"""Issue #13, the inputs: every input accounted for, hostile records are error rows, limits, salvage."""
from __future__ import annotations

import gzip
import json
import os

from vnextract.pipeline.batch import run_batch
from vnextract.pipeline.ingest import iter_articles

try:
    from vnextract.pipeline.ingest import Inventory, Limits
except ImportError:  # versions before issue #13 (so these tests can be shown to fail there)
    Inventory = Limits = None
from vnextract.pipeline.sql import query

PARA = "Đồng chí Bùi Quang Hoàn, Chủ tịch UBND huyện chủ trì hội nghị ngày 25/11/2019, đạt 7/9 tiêu chí. "


def jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(x) for x in f]


def by_id(out):
    return {a["article_id"]: a for a in jsonl(os.path.join(out, "articles.jsonl"))}


def manifest(out):
    with open(os.path.join(out, "manifest.json"), encoding="utf-8") as f:
        return json.load(f)


def test_finding2_hostile_jsonl_lines_are_error_rows(tmp_path):
    src = tmp_path / "in.jsonl"
    deep = "[" * 200_000 + "]" * 200_000
    lines = [
        json.dumps({"id": "good", "text": PARA}, ensure_ascii=False),
        '{"id": "sur_text", "text": "Ng\\u00e0y 25/11 \\ud800 h\\u1ecdp."}',
        '{"id": "\\ud800", "text": "Ng\\u00e0y 25/11 h\\u1ecdp."}',
        '{"id": "sur_title", "title": "T\\udfff", "text": "Ng\\u00e0y 25/11 h\\u1ecdp."}',
        '{"id": "deep", "text": "x", "extra": ' + deep + "}",
    ]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    s = run_batch([str(src)], str(out), workers=1, use_cache=True)
    arts = by_id(out)
    assert s.articles == 5 and s.errors == 4
    assert arts["good"]["status"] == "ok"
    assert "surrogate" in arts["sur_text"]["error"] and "surrogate" in arts["sur_title"]["error"]
    assert "surrogate" in arts["in:3"]["error"]  # the bad id is replaced by the line's id
    assert "nested too deeply" in arts["in:5"]["error"]


def test_low_odd_ids(tmp_path):
    src = tmp_path / "f.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in [{"id": "  ", "text": "Một."}, {"id": ["x"], "text": "Hai."},
                                                       {"id": 7, "text": "Ba."}]), encoding="utf-8")
    got = list(iter_articles([str(src)]))
    assert [a.article_id for a in got] == ["f:1", "f:2", "7"]
    assert got[0].ok and "not a string" in got[1].error


def test_finding7_duplicate_ids_are_unique_in_every_table(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    d1 = "Ngày 25/11/2019, UBND huyện yêu cầu các xã hoàn thành trước ngày 30/11/2019 việc rà soát hồ sơ."
    d2 = "Ngày 2/12/2019, Chủ tịch UBND tỉnh yêu cầu Sở Xây dựng hoàn thành trước ngày 15/12/2019 việc kiểm tra."
    recs = [("A", d1), ("A", d1), ("A", d2), ("B", d2), ("B", d1), ("C", d1), ("C", d1)]
    (src / "dup.jsonl").write_text("\n".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) for i, t in recs),
                                   encoding="utf-8")
    for sub in ("a", "b"):
        (src / sub).mkdir()
        (src / sub / "x.txt").write_text(PARA + sub, encoding="utf-8")
    (src / "y.txt").write_text(PARA, encoding="utf-8")
    out = tmp_path / "out"
    run_batch([str(src)], str(out), workers=1, use_cache=False)
    arts = by_id(out)
    assert set(arts) == {"A", "A#2", "B", "B#2", "C", "a/x", "b/x", "y"}
    assert arts["A#2"]["error"] == f"duplicate article id; first at {src / 'dup.jsonl'}:1"
    assert arts["B#2"]["status"] == "error" and arts["A"]["status"] == "ok"
    m = manifest(out)
    assert m["duplicates"]["count"] == 2
    assert {d["article_id"] for d in m["duplicates"]["articles"]} == {"A", "C"}
    for t in ("articles", "officials", "dates", "deadlines", "targets"):
        rows = jsonl(out / f"{t}.jsonl")
        if t == "articles":
            assert len(rows) == len({r["article_id"] for r in rows})
    n_deadlines = len(jsonl(out / "deadlines.jsonl"))
    assert query(str(out), "SELECT count(*) FROM deadlines_timeline")[1][0][0] == n_deadlines


def test_finding8_out_inside_the_input_folder_is_never_read(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(PARA, encoding="utf-8")
    out = src / "out"
    first = run_batch([str(src)], str(out), workers=1)
    second = run_batch([str(src)], str(out), workers=1)
    assert first.articles == second.articles == 1
    assert any(s["reason"] == "the output folder" for s in manifest(out)["skipped"]["files"])


def test_finding9_skipped_files_unlistable_folders_and_named_files(tmp_path, monkeypatch):
    src = tmp_path / "in"
    (src / "locked").mkdir(parents=True)
    (src / "locked" / "z.txt").write_text(PARA, encoding="utf-8")
    (src / "a.txt").write_text(PARA, encoding="utf-8")
    for name in ("data.json", "notes.md", "README"):
        (src / name).write_text("x", encoding="utf-8")
    os.symlink("/etc/passwd", src / "passwd.txt")
    docx = tmp_path / "doc.docx"
    docx.write_bytes(b"PK\x03\x04 not text")
    real_scandir = os.scandir

    def scandir(path="."):
        if os.path.basename(str(path)) == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    inv = Inventory()
    got = {a.article_id: a for a in iter_articles([str(src), str(docx)], inventory=inv)}
    assert set(got) == {"a", "locked", "doc"}
    assert got["a"].ok
    assert "unreadable folder" in got["locked"].error
    assert "unsupported file type (.docx)" in got["doc"].error
    reasons = {os.path.basename(s["path"]): s["reason"] for s in inv.skipped}
    assert reasons["data.json"] == "not an article file (.json)"
    assert reasons["notes.md"] == "not an article file (.md)"
    assert reasons["README"] == "not an article file (no extension)"
    assert reasons["passwd.txt"] == "symbolic link (not followed)"


def test_limits_article_size_and_gzip_bomb(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "big.txt").write_bytes(b"a" * 2_000_001)
    (src / "bomb.txt.gz").write_bytes(gzip.compress(b"\0" * 50_000_000))
    (src / "bomb.jsonl.gz").write_bytes(gzip.compress(b"x" * 50_000_000))
    with gzip.open(src / "lines.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write(json.dumps({"id": "ok", "text": PARA}, ensure_ascii=False) + "\n")
        f.write(json.dumps({"id": "huge", "text": "b" * 1_500_000}) + "\n")
    got = {a.article_id: a for a in iter_articles([str(src)], Limits(article_bytes=1_000_000,
                                                                     decompressed_bytes=10_000_000))}
    assert "article too large" in got["big"].error
    assert "article too large" in got["bomb"].error
    bomb = [a for k, a in got.items() if k.startswith("bomb:")]
    assert len(bomb) == 1 and "decompressed size over" in bomb[0].error
    assert got["ok"].ok and "article too large" in got["huge"].error


def test_salvage_truncated_csv_gz_and_unterminated_quote(tmp_path):
    rows = "".join(f'c{i},"{PARA} {i}"\n' for i in range(200))
    data = gzip.compress(("id,text\n" + rows).encode())
    (tmp_path / "t.csv.gz").write_bytes(data[: len(data) // 2])
    got = list(iter_articles([str(tmp_path / "t.csv.gz")]))
    assert sum(a.ok for a in got) >= 20 and not got[-1].ok and "broken gzip" in got[-1].error
    (tmp_path / "q.csv").write_text('id,text\nc1,"Một.\nc2,Hai.\nc3,Ba.\n', encoding="utf-8")
    got = {a.article_id: a for a in iter_articles([str(tmp_path / "q.csv")])}
    assert got["c2"].text == "Hai." and got["c3"].text == "Ba."
    assert "broken CSV record at line 2" in got["q:2"].error
