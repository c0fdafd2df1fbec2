"""Start-up round 3 (issue #18): the collector paused for a run's start-up, the confection check
skipped for a known source, trigger hashes sorted without `np.unique`."""
from __future__ import annotations

import gc
import hashlib
import json
import os
import subprocess
import sys

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _python(code: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=180, cwd=ROOT)


def test_pause_and_resume_in_a_fresh_process():
    code = ("import gc\n"
            "from vnextract.pipeline import startup\n"
            "assert gc.isenabled() and gc.get_freeze_count() == 0\n"
            "startup.pause_gc()\n"
            "assert not gc.isenabled() and startup.gc_paused()\n"
            "startup.resume_gc()\n"
            "assert gc.isenabled() and not startup.gc_paused() and gc.get_freeze_count() > 0\n"
            "frozen = gc.get_freeze_count()\n"
            "startup.resume_gc()\n"  # a second call changes nothing
            "assert gc.isenabled() and gc.get_freeze_count() == frozen\n")
    proc = _python(code)
    assert proc.returncode == 0, proc.stderr


def test_no_pause_once_spacy_is_imported_or_the_collector_is_off():
    """A program (or this test process) that runs the command line keeps its collector as it is."""
    code = ("import gc\n"
            "import spacy.tokens\n"
            "from vnextract.pipeline import startup\n"
            "startup.pause_gc()\n"
            "assert gc.isenabled() and not startup.gc_paused()\n"
            "startup.resume_gc()\n"
            "assert gc.get_freeze_count() == 0\n")
    proc = _python(code)
    assert proc.returncode == 0, proc.stderr
    code = ("import gc\n"
            "gc.disable()\n"
            "from vnextract.pipeline import startup\n"
            "startup.pause_gc()\n"
            "startup.resume_gc()\n"
            "assert not gc.isenabled() and gc.get_freeze_count() == 0\n")  # the caller's choice stays
    proc = _python(code)
    assert proc.returncode == 0, proc.stderr


def _run_in_fresh_process(tmp_path, workers: int, articles: list[dict], tag: str):
    path = tmp_path / f"in-{tag}.jsonl"
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    out = tmp_path / f"out-{tag}"
    code = ("import gc, sys\n"
            "from vnextract.pipeline.cli import main\n"
            "sys.argv = ['vnextract', 'run', sys.argv[1], '--out', sys.argv[2], '--no-cache', '--workers', sys.argv[3]]\n"
            "code = main()\n"  # as the console command: its own process
            "print(code, gc.isenabled(), gc.get_freeze_count() > 0)\n")
    proc = _python(code, str(path), str(out), str(workers))
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.split(), out


ARTICLES = [
    {"id": "a1", "text": "Sáng 6-2, ông Nguyễn Văn A, Chủ tịch UBND tỉnh chủ trì hội nghị tổng kết công tác năm 2016."},
    {"id": "a2", "text": "UBND TP yêu cầu các sở hoàn thành báo cáo trước ngày 15/3/2017. Bà Trần Thị B, Phó "
                         "Giám đốc Sở Y tế, cho biết năm 2017 phấn đấu giảm 10% số ca mắc."},
]


def test_a_run_turns_the_collector_back_on_and_writes_the_same_tables(tmp_path):
    """One worker (the warm-up, then the collector, before the first article) and two (forked after
    the warm-up): the collector is on at the end, start-up frozen; the tables are those of a run
    whose collector stayed on (this process: spaCy imported, so no pause)."""
    from vnextract.pipeline.cli import main

    ordinary = tmp_path / "ordinary"
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    import spacy.tokens  # noqa: F401  (as a program that already uses spaCy)

    assert main(["run", str(path), "--out", str(ordinary), "--no-cache", "--workers", "1"]) == 0
    assert gc.isenabled()
    for workers in (1, 2):
        status, out = _run_in_fresh_process(tmp_path, workers, ARTICLES, f"w{workers}")
        assert status == ["0", "True", "True"]
        for table in ("officials", "dates", "deadlines", "targets"):
            assert (out / f"{table}.jsonl").read_bytes() == (ordinary / f"{table}.jsonl").read_bytes(), table


def test_a_run_that_extracts_nothing_turns_the_collector_back_on(tmp_path):
    status, _ = _run_in_fresh_process(tmp_path, 1, [], "empty")
    assert status[1] == "True"  # on again (the start-up's modules frozen)


def test_a_known_confection_source_passes_the_full_check():
    from vnextract.pipeline import startup

    source = startup.validation_source()
    assert source is not None
    # the pinned confection's source is listed (a version bump must re-list it, or it loses the fast path)
    assert hashlib.sha256(source).hexdigest() in startup.KNOWN_VALIDATION_SOURCES
    assert startup.source_reads_pydantic_only_in_readers(source)
    assert startup.confection_defers_safely()


def test_the_full_check_still_rejects_a_source_that_reads_pydantic_elsewhere():
    from vnextract.pipeline import startup

    source = startup.validation_source()
    changed = source + b"\n\ndef other():\n    return _PydanticV2BaseModel\n"
    assert hashlib.sha256(changed).hexdigest() not in startup.KNOWN_VALIDATION_SOURCES
    assert not startup.source_reads_pydantic_only_in_readers(changed)
    assert not startup.source_reads_pydantic_only_in_readers(b"def (:\n")


def test_trigger_hashes_are_what_np_unique_gives():
    from vnextract.extractors.officials import article
    from vnextract.pipeline.segment import segment

    doc = segment("Ông Nguyễn Văn A, Chủ tịch UBND huyện, chủ trì.")
    article._trigger_offsets(doc)
    strings = doc.vocab.strings
    ours = article._TRIGGER_HASHES[id(strings)]
    theirs = np.unique(np.fromiter((strings.add(w) for w in article.TRIGGER_WORDS), dtype=np.uint64))
    assert ours.dtype == theirs.dtype and np.array_equal(ours, theirs)



# Runs `vnextract run IN --out OUT --workers N [flags]` in a fresh process, as the console command
# (`console`) or as a program calling main([...]) (`caller`), and prints the exit code, whether the
# collector was on at every article, the number of articles, whether it is on at the end and whether
# anything was frozen.
_SPY = ("import gc, sys\n"
        "from vnextract.pipeline import cli\n"
        "seen = []\n"
        "called = cli.Progress.__call__\n"
        "def spy(self, *a, **k):\n"
        "    seen.append(gc.isenabled())\n"
        "    return called(self, *a, **k)\n"
        "cli.Progress.__call__ = spy\n"
        "mode, inp, out, workers, *flags = sys.argv[1:]\n"
        "argv = ['run', inp, '--out', out, '--workers', workers, *flags]\n"
        "if mode == 'console':\n"
        "    sys.argv = ['vnextract', *argv]\n"
        "    code = cli.main()\n"
        "else:\n"
        "    code = cli.main(argv)\n"
        "print(code, all(seen), len(seen), gc.isenabled(), gc.get_freeze_count() > 0)\n")


def _spied_run(tmp_path, mode: str, workers: int, *flags: str) -> list[str]:
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    proc = _python(_SPY, mode, str(path), str(tmp_path / "out"), str(workers), *flags)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.split()


def test_a_cached_rerun_has_the_collector_on_while_it_serves_the_cache(tmp_path):
    """A rerun whose articles all come from the cache never warms up: the collector must be on from its
    first article anyway (one worker, then two)."""
    _spied_run(tmp_path, "console", 1)  # fills the cache
    for workers in (1, 2):
        code, all_on, n, on_at_end, _ = _spied_run(tmp_path, "console", workers)
        assert (code, all_on, n, on_at_end) == ("0", "True", "2", "True")


def test_a_caller_of_main_keeps_its_collector_and_heap_as_they_are(tmp_path):
    """main([...]) from a program: no pause, nothing frozen (only the console command tunes its process)."""
    assert _spied_run(tmp_path, "caller", 1, "--no-cache") == ["0", "True", "2", "True", "False"]


def test_a_usage_error_turns_the_collector_back_on(tmp_path):
    code = ("import gc, sys\n"
            "from vnextract.pipeline.cli import main\n"
            "sys.argv = ['vnextract', 'run', sys.argv[1], '--out', sys.argv[2]]\n"
            "print(main(), gc.isenabled())\n")
    proc = _python(code, str(tmp_path / "missing.jsonl"), str(tmp_path / "out"))
    assert proc.stdout.split() == ["2", "True"], proc.stdout + proc.stderr
