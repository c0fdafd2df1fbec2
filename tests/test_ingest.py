"""Ingest: every input article yields exactly one Article; bad input becomes an error, never a crash."""
from __future__ import annotations

import gzip
import json
import os
import unicodedata

import pytest

from vnextract.pipeline.ingest import iter_articles, normalise_text


def write(path, data: bytes):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    return path


def arts(*paths):
    return list(iter_articles([str(p) for p in paths]))


def test_txt_folder_nested_and_mixed(tmp_path):
    write(tmp_path / "a" / "x.txt", "Hội nghị huyện.".encode())
    write(tmp_path / "b" / "deep" / "y.txt.gz", gzip.compress("Ngày 25/11 họp.".encode()))
    write(tmp_path / "c.jsonl", (json.dumps({"id": "j1", "text": "Một."}) + "\n").encode())
    write(tmp_path / "d.csv", b"id,text\nc1,Hai.\n")
    write(tmp_path / "notes.md", b"not an article")
    got = {a.article_id: a for a in arts(tmp_path)}
    assert set(got) == {"x", "y", "j1", "c1"}
    assert all(a.ok for a in got.values())
    assert got["j1"].source.endswith("c.jsonl:1")


def test_crlf_and_nfd_normalised(tmp_path):
    raw = unicodedata.normalize("NFD", "Huyện uỷ\r\nhọp\rngày 6-2").encode()
    (a,) = arts(write(tmp_path / "n.txt", raw))
    assert a.text == unicodedata.normalize("NFC", "Huyện uỷ\nhọp\nngày 6-2")
    assert "uỷ" in a.text  # spelling is not rewritten, only normalised to NFC


def test_bom_dropped(tmp_path):
    (a,) = arts(write(tmp_path / "b.txt", b"\xef\xbb\xbf" + "Xin chào".encode()))
    assert a.text == "Xin chào"


@pytest.mark.parametrize("name,data,reason", [
    ("bad.txt", b"abc \xff\xfe def", "invalid UTF-8"),
    ("empty.txt", b"", "empty article"),
    ("blank.txt", b"  \n\t\n", "empty article"),
    ("bin.txt", b"\x00\x01\x02binary\x00", "binary"),
    ("zero.txt.gz", b"", "empty gzip"),
    ("trunc.txt.gz", gzip.compress("Bài viết dài ".encode() * 200)[:40], "broken gzip"),
])
def test_bad_text_files_become_error_rows(tmp_path, name, data, reason):
    (a,) = arts(write(tmp_path / name, data))
    assert not a.ok and reason in a.error and "\n" not in a.error


def test_missing_file_is_an_error_row(tmp_path):
    (a,) = arts(tmp_path / "nope.txt")
    assert a.error == "no such file"


def test_jsonl_broken_line_keeps_the_rest(tmp_path):
    lines = [json.dumps({"id": "a", "text": "Một."}), "{broken", json.dumps({"id": "c", "text": ""}),
             json.dumps({"id": "d"}), json.dumps([1, 2]), json.dumps({"id": "e", "text": "Ba.", "published": "2020-10-01"})]
    got = arts(write(tmp_path / "f.jsonl", "\n".join(lines).encode()))
    assert [a.article_id for a in got] == ["a", "f:2", "c", "d", "f:5", "e"]
    assert [a.ok for a in got] == [True, False, False, False, False, True]
    assert "broken JSON" in got[1].error and got[2].error == "empty article" and got[3].error == "no text field"
    assert got[5].published == "2020-10-01"


def test_jsonl_gz_truncated_keeps_complete_lines(tmp_path):
    body = "\n".join(json.dumps({"id": f"a{i}", "text": f"Nội dung bài viết số {i}. " * 30}) for i in range(50))
    data = gzip.compress(body.encode())
    got = arts(write(tmp_path / "t.jsonl.gz", data[: len(data) // 2]))
    assert got[-1].error and "broken gzip" in got[-1].error
    assert all(a.ok for a in got[:-1]) and len(got) >= 2


def test_zero_byte_jsonl_gz(tmp_path):
    (a,) = arts(write(tmp_path / "z.jsonl.gz", b""))
    assert "empty gzip" in a.error


def test_csv_with_embedded_newlines_and_quotes(tmp_path):
    data = 'id,title,text\n1,"Tiêu đề, có phẩy","Dòng một\r\nDòng ""hai"""\n2,,Ba\n'
    got = arts(write(tmp_path / "x.csv", data.encode()))
    assert [a.article_id for a in got] == ["1", "2"]
    assert got[0].text == 'Dòng một\nDòng "hai"' and got[0].title == "Tiêu đề, có phẩy"


def test_csv_without_text_column(tmp_path):
    (a,) = arts(write(tmp_path / "x.csv", b"id,body\n1,abc\n"))
    assert "no `text` column" in a.error


def test_normalise_text_only_nfc_and_lf():
    assert normalise_text("a\r\nb\rc") == "a\nb\nc"
    assert normalise_text("  giữ   nguyên  ") == "  giữ   nguyên  "


def test_the_progress_total_counts_what_the_run_reads(tmp_path):
    """The CLI's progress total walks the inputs as ingest does: every accepted suffix (`.ndjson` too),
    no hidden files, one article per text file, per JSON line, per CSV row less the header."""
    import gzip

    from vnextract.pipeline.cli import count_articles

    (tmp_path / "a.txt").write_text("Một bài.", encoding="utf-8")
    (tmp_path / "b.ndjson").write_text('{"id": "1", "text": "x"}\n{"id": "2", "text": "y"}\n', encoding="utf-8")
    with gzip.open(tmp_path / "c.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write('{"id": "3", "text": "z"}\n')
    (tmp_path / "d.csv").write_text("id,text\n4,w\n5,v\n", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("bỏ qua", encoding="utf-8")
    (tmp_path / "notes.md").write_text("bỏ qua", encoding="utf-8")
    assert count_articles([str(tmp_path)]) == 1 + 2 + 1 + 2
