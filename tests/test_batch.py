"""Batch runs: parallel = serial bytes, incremental cache, lock, atomic replace, manifest, bad input."""
from __future__ import annotations

import fcntl
import filecmp
import gzip
import json
import os
import subprocess
import sys
import unicodedata

import pytest

from tests.conftest import CORPUS, ROOT
from vnextract.pipeline.batch import CACHE_NAME, LOCK_NAME, run_batch
from vnextract.pipeline.tables import TABLE_NAMES


def same_tables(a, b):
    for t in TABLE_NAMES:
        for ext in ("csv", "jsonl"):
            assert filecmp.cmp(os.path.join(a, f"{t}.{ext}"), os.path.join(b, f"{t}.{ext}"), shallow=False), (t, ext)


def jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(x) for x in f]


@pytest.fixture(scope="module")
def mixed_input(tmp_path_factory):
    """The bundled articles as .txt, plus the same texts again as JSONL with ids of their own."""
    d = tmp_path_factory.mktemp("mixed")
    lines = []
    for name in sorted(os.listdir(CORPUS)):
        with open(os.path.join(CORPUS, name), encoding="utf-8") as f:
            text = f.read()
        (d / name).write_text(text, encoding="utf-8")
        lines.append(json.dumps({"id": "j-" + name[:-4], "text": text, "published": "2020-10-01"}, ensure_ascii=False))
    with gzip.open(d / "more.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return d


def test_two_workers_write_the_same_bytes_as_one(mixed_input, tmp_path):
    s1 = run_batch([str(mixed_input)], str(tmp_path / "w1"), workers=1, use_cache=False)
    s2 = run_batch([str(mixed_input)], str(tmp_path / "w2"), workers=2, use_cache=False, chunk_size=2)
    assert s1.articles == s2.articles == 10
    same_tables(tmp_path / "w1", tmp_path / "w2")


def test_replaced_workers_write_the_same_bytes(mixed_input, tmp_path, monkeypatch):
    """Workers are replaced every WORKER_CHUNKS chunks (memory stays flat); here after each chunk."""
    import vnextract.pipeline.batch as batch

    monkeypatch.setattr(batch, "WORKER_CHUNKS", 1)
    s1 = run_batch([str(mixed_input)], str(tmp_path / "w1"), workers=1, use_cache=False)
    s2 = run_batch([str(mixed_input)], str(tmp_path / "w2"), workers=2, use_cache=False, chunk_size=1)
    assert s1.articles == s2.articles == 10 and s2.errors == 0
    same_tables(tmp_path / "w1", tmp_path / "w2")


def test_chunks_waiting_at_the_end_of_the_input_are_split_and_give_the_same_bytes(mixed_input, tmp_path, monkeypatch):
    """Once the input is read, the chunks not yet sent to a worker go out in pieces of TAIL_PIECE
    articles (the workers finish together); the tables are the same bytes."""
    from vnextract.pipeline.engines import local

    seen = []
    split = local.LocalPool.input_done

    def spy(pool):
        before = [len(j.articles) for j in pool.queue]
        split(pool)
        seen.append((before, [len(j.articles) for j in pool.queue], sum(j.weight for j in pool.queue)))

    monkeypatch.setattr(local.LocalPool, "input_done", spy)
    s1 = run_batch([str(mixed_input)], str(tmp_path / "w1"), workers=1, use_cache=False)
    s2 = run_batch([str(mixed_input)], str(tmp_path / "w2"), workers=2, use_cache=False, chunk_size=3)
    assert s1.articles == s2.articles == 10 and s2.errors == 0
    [(before, after, weight)] = seen
    assert sum(before) == sum(after) and max(after) <= local.TAIL_PIECE
    if any(n > local.TAIL_PIECE for n in before):
        assert len(after) > len(before)
    assert abs(weight - len(before)) < 1e-9  # the pieces of a chunk count as that one chunk
    same_tables(tmp_path / "w1", tmp_path / "w2")


def test_rerun_uses_the_cache_and_gives_the_same_tables(mixed_input, tmp_path):
    out = tmp_path / "out"
    first = run_batch([str(mixed_input)], str(out), workers=1)
    assert first.cache_hits == 0 and first.cache_misses == 10
    full = tmp_path / "full"
    run_batch([str(mixed_input)], str(full), workers=1, use_cache=False)
    second = run_batch([str(mixed_input)], str(out), workers=2)
    assert second.cache_hits == 10 and second.cache_misses == 0
    same_tables(out, full)


def test_changed_article_or_metadata_misses(tmp_path):
    src = tmp_path / "in.jsonl"
    rows = [{"id": "a", "text": "Ngày 25/11, UBND huyện họp."}, {"id": "b", "text": "Tháng 10 đạt 540 đơn vị máu."}]
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    out = tmp_path / "out"
    run_batch([str(src)], str(out), workers=1)
    rows[1]["published"] = "2020-10-30"  # metadata changed: the year of `Tháng 10` changes
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    again = run_batch([str(src)], str(out), workers=1)
    assert (again.cache_hits, again.cache_misses) == (1, 1)
    dates = {d["article_id"]: d["value"] for d in jsonl(out / "dates.jsonl")}
    assert dates["b"] == "2020-10"


def test_lock_stops_a_second_run(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with open(out / LOCK_NAME, "w") as holder:
        fcntl.flock(holder, fcntl.LOCK_EX)
        proc = subprocess.run([sys.executable, "-m", "vnextract", "run", CORPUS, "--out", str(out)],
                              capture_output=True, text=True, cwd=ROOT, env=dict(os.environ, PYTHONPATH=ROOT))
    assert proc.returncode == 4
    assert "another vnextract run" in proc.stderr
    assert not (out / "articles.csv").exists()


def test_failed_run_leaves_previous_tables(tmp_path):
    out = tmp_path / "out"
    run_batch([CORPUS], str(out), workers=1, use_cache=False)
    before = {t: (out / f"{t}.jsonl").read_bytes() for t in TABLE_NAMES}

    def boom(result, summary):
        if summary.articles == 3:
            raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        run_batch([CORPUS], str(out), workers=1, use_cache=False, on_article=boom)
    assert {t: (out / f"{t}.jsonl").read_bytes() for t in TABLE_NAMES} == before
    assert not [p for p in os.listdir(out) if p.startswith(".vnextract-tmp-")]


def test_manifest(tmp_path):
    out = tmp_path / "out"
    run_batch([CORPUS], str(out), workers=1)
    m = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert m["articles"] == {"total": 5, "ok": 5, "error": 0}
    assert set(m["rows"]) == set(TABLE_NAMES) and m["rows"]["articles"] == 5
    assert m["versions"]["underthesea"] == "9.5.0" and m["versions"]["extractor"]
    assert m["timings"]["seconds"] > 0
    assert (out / CACHE_NAME).exists()


def test_bad_input_suite(tmp_path):
    """Every input article gets exactly one articles row; good ones are extracted; exit code 3."""
    src = tmp_path / "in"
    src.mkdir()
    para = "Đồng chí Bùi Quang Hoàn, Chủ tịch UBND huyện chủ trì hội nghị ngày 25/11/2019, đạt 7/9 tiêu chí. "
    (src / "invalid_utf8.txt").write_bytes(b"Ng\xe0y 25/11 \xff\xfe")
    (src / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (src / "nfd.txt").write_text(unicodedata.normalize("NFD", para), encoding="utf-8")
    (src / "crlf.txt").write_bytes(para.replace(". ", ".\r\n").encode())
    (src / "empty.txt").write_bytes(b"")
    (src / "big.txt").write_text((para * (1_000_000 // len(para) + 1))[:1_000_000], encoding="utf-8")
    (src / "html.txt").write_text(f"<html><body><p>{para}</p><br/><script>x=1</script></body></html>", encoding="utf-8")
    (src / "lines.jsonl").write_text(json.dumps({"id": "ok1", "text": para}, ensure_ascii=False) + "\n{broken json\n",
                                     encoding="utf-8")
    (src / "table.csv").write_text('id,text\nc1,"Dòng một,\nvới ""ngoặc kép"" và xuống dòng"\n', encoding="utf-8")
    (src / "zero.txt.gz").write_bytes(b"")
    (src / "truncated.jsonl.gz").write_bytes(gzip.compress((json.dumps({"id": "t1", "text": para * 50},
                                                                       ensure_ascii=False) + "\n").encode() * 40)[:300])
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "vnextract", "run", str(src), "--out", str(out), "--workers", "2"],
                          capture_output=True, text=True, cwd=ROOT, env=dict(os.environ, PYTHONPATH=ROOT))
    assert proc.returncode == 3, proc.stderr
    arts = {a["article_id"]: a for a in jsonl(out / "articles.jsonl")}
    # The truncated gzip keeps the lines it could read, then one error row for the rest.
    truncated = {k for k, a in arts.items() if a["source"].split(":")[0].endswith("truncated.jsonl.gz")}
    assert sum(arts[k]["status"] == "error" and "broken gzip" in arts[k]["error"] for k in truncated) == 1
    want_error = {"invalid_utf8", "binary", "empty", "lines:2", "zero"} | {k for k in truncated if k != "t1"}
    want_ok = {"nfd", "crlf", "big", "html", "ok1", "c1"} | ({"t1"} & truncated)
    assert set(arts) == want_error | want_ok
    assert {k for k, a in arts.items() if a["status"] == "error"} == want_error
    assert all(arts[k]["error"] and "\n" not in arts[k]["error"] for k in want_error)
    officials = {(o["article_id"], o["name"]) for o in jsonl(out / "officials.jsonl")}
    for k in ("nfd", "crlf", "big", "html", "ok1"):
        assert any(a == k for a, _ in officials), k
