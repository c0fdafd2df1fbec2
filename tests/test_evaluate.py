"""`vnextract eval` against the reference scorer (shared/eval/score.py): the same figures on the
pipeline's own output, on damaged output, and the same exit code when the output breaks the contract."""
from __future__ import annotations

import copy
import json
import os
import random
import shutil
import subprocess
import sys
from types import SimpleNamespace

import pytest

from tests.conftest import CORPUS, ROOT, SHARED
from vnextract.pipeline import evaluate
from vnextract.pipeline.evaluate import TABLES, article_text, fold, titles_match, word_f1

SCORE_PY = os.path.join(SHARED, "eval", "score.py")
GOLD = os.path.join(SHARED, "eval", "gold", "seeds.jsonl")
ENV = dict(os.environ, PYTHONPATH=ROOT)

pytestmark = pytest.mark.skipif(not os.path.exists(SCORE_PY) or not os.path.exists(GOLD),
                                reason=f"the reference scorer and gold ({SHARED}/eval) are not available")


# ---------------------------------------------------------------- helpers
def read_tables(folder) -> dict[str, list[dict]]:
    out = {}
    for t in TABLES:
        with open(os.path.join(folder, f"{t}.jsonl"), encoding="utf-8") as f:
            out[t] = [json.loads(line) for line in f if line.strip()]
    return out


def write_tables(folder, tables: dict[str, list[dict]]):
    os.makedirs(folder, exist_ok=True)
    for t, rows in tables.items():
        with open(os.path.join(folder, f"{t}.jsonl"), "w", encoding="utf-8") as f:
            f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def ours(out_dir, json_path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "vnextract", "eval", "--gold", GOLD, "--texts", CORPUS, str(out_dir),
                           "--json", str(json_path), "--show-errors"],
                          capture_output=True, text=True, cwd=ROOT, env=ENV)


def reference(out_dir, json_path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, SCORE_PY, "--gold", GOLD, "--texts", CORPUS, "--pred", str(out_dir),
                           "--json", str(json_path)], capture_output=True, text=True)


def assert_same_figures(mine: dict, ref: dict):
    for name, v in ref.items():
        if name == "violations":
            assert mine[name] == v
        elif name == "overall":
            assert mine[name] == pytest.approx(v, abs=1e-9)
        elif name == "parts":
            assert mine[name].keys() == v.keys()
            for k in v:
                assert mine[name][k] == pytest.approx(v[k], abs=1e-9), (name, k)
        elif "f1" in v:
            assert (mine[name]["tp"], mine[name]["pred"], mine[name]["gold"]) == (v["tp"], v["pred"], v["gold"]), name
            for k in ("p", "r", "f1"):
                assert mine[name][k] == pytest.approx(v[k], abs=1e-9), (name, k)
        else:
            assert mine[name]["n"] == v["n"], name
            assert mine[name]["mean"] == pytest.approx(v["mean"], abs=1e-9), name
    beyond = {"officials.titles_strict", "deadlines.responsible_f1", "deadlines.directed_by"}  # ours only
    for name in mine.keys() - ref.keys() - beyond:  # a mean over nothing, which the reference leaves out
        assert mine[name] == {"mean": 0.0, "n": 0}, name


def compare(out_dir, tmp_path) -> tuple[int, dict]:
    """Score `out_dir` with both scorers; assert identical figures and exit codes; (code, figures)."""
    a, b = ours(out_dir, tmp_path / "ours.json"), reference(out_dir, tmp_path / "ref.json")
    assert a.returncode == b.returncode, (a.stdout, a.stderr, b.stdout, b.stderr)
    mine = json.loads((tmp_path / "ours.json").read_text(encoding="utf-8"))
    ref = json.loads((tmp_path / "ref.json").read_text(encoding="utf-8"))
    assert_same_figures(mine, ref)
    assert a.stdout.rstrip().splitlines()[-1] == b.stdout.rstrip().splitlines()[-1]  # "overall X.XXX"
    return a.returncode, mine


@pytest.fixture(scope="module")
def run_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("run") / "out"
    proc = subprocess.run([sys.executable, "-m", "vnextract", "run", CORPUS, "--out", str(out), "--workers", "1"],
                          capture_output=True, text=True, cwd=ROOT, env=ENV)
    assert proc.returncode == 0, proc.stderr
    return out


@pytest.fixture(scope="module")
def texts():
    out = {}
    for name in os.listdir(CORPUS):
        with open(os.path.join(CORPUS, name), encoding="utf-8") as f:
            out[name[:-4]] = article_text(f.read())
    return out


# ---------------------------------------------------------------- the pipeline's output
def test_same_figures_on_the_pipeline_output(run_out, tmp_path):
    code, figures = compare(run_out, tmp_path)
    assert code == 0
    assert figures["violations"] == []
    assert 0.0 < figures["overall"] <= 1.0


def test_output_format(run_out, tmp_path):
    proc = ours(run_out, tmp_path / "x.json")
    lines = proc.stdout.rstrip().splitlines()
    assert lines[-1].startswith("overall ") and len(lines[-1].split()[1]) == 5
    table = [ln for ln in lines if ln.split() and ln.split()[0] in evaluate.MEASURES]
    assert len(table) == len(evaluate.MEASURES)
    assert len({ln.index(ln.split()[1]) + len(ln.split()[1]) for ln in table}) == 1  # P column right-aligned


# ---------------------------------------------------------------- damaged output
def damage_by_hand(tables: dict[str, list[dict]], texts: dict[str, str]) -> dict[str, list[dict]]:
    t = copy.deepcopy(tables)
    arts = t["articles"]
    arts[0]["title"] = "Một tiêu đề khác"
    arts[1]["event_date"] = "2020-10-27"
    arts[2]["locality"] = None
    arts[3]["authors"] = arts[3]["authors"][:1] + ["Ai Đó"]
    off = t["officials"]
    off[0]["titles"] = [off[0]["titles"][0][:-1], "Giám đốc Sở Tư pháp"]  # a cut-off word is no title
    off[1]["roles"] = [r for r in off[1]["roles"] if r != "chair"]
    off[2]["name"] = "Nguyễn Văn Không"
    off[3]["titles"] = "; ".join(off[3]["titles"])  # a list column as CSV-style text
    del off[4]
    dates = t["dates"]
    for i in range(0, len(dates), 7):
        dates[i]["value"] = "1999"
    del dates[3::11]
    dates.append(dict(dates[5]))  # the same span twice: the second has no gold left
    dl = t["deadlines"]
    dl[0]["due"] = "2019-12-31"
    dl[1]["task"] = "một việc hoàn toàn khác"
    del dl[2]
    tg = t["targets"]
    tg[0]["total"] = None
    tg[1]["value"] = str(tg[1]["value"])  # numbers as text still compare as numbers
    tg[2]["unit"] = "cái"
    tg[3]["status"] = "achieved" if tg[3]["status"] == "planned" else "planned"
    del tg[4]
    # A false hit on a span no gold item or optional span covers: the article's first word.
    aid = arts[0]["article_id"]
    first = texts[aid].split()[0]
    tg.append({**tg[0], "article_id": aid, "start": 0, "end": len(first), "text": first, "value": 1, "total": None})
    return t


def test_same_figures_on_damaged_output(run_out, texts, tmp_path):
    out = tmp_path / "damaged"
    write_tables(out, damage_by_hand(read_tables(run_out), texts))
    code, figures = compare(out, tmp_path)
    assert code == 0 and figures["overall"] < 0.9
    for name in ("article.title", "officials", "officials.titles", "officials.chair", "dates.value",
                 "deadlines", "targets"):
        assert figures[name]["f1"] < 1.0, name
    assert figures["deadlines.task_f1"]["mean"] < 1.0
    assert figures["targets.unit"]["mean"] < 1.0 and figures["targets.status"]["mean"] < 1.0


def shuffle_rows(rows: list[dict], text: str, rng: random.Random) -> None:
    """Move some spans a few characters (keeping text == text[start:end]) so they overlap other gold."""
    for r in rows:
        if rng.random() < 0.3 and isinstance(r.get("start"), int):
            s = max(0, r["start"] + rng.randint(-15, 15))
            e = min(len(text), max(s + 1, r["end"] + rng.randint(-15, 15)))
            r["start"], r["end"] = s, e
            for key in ("text", "due_text"):
                if key in r:
                    r[key] = text[s:e]


def damage_at_random(tables: dict[str, list[dict]], texts: dict[str, str], rng: random.Random):
    t = copy.deepcopy(tables)
    values = {k: [r.get(k) for rows in t.values() for r in rows if r.get(k) is not None]
              for k in ("value", "due", "total", "unit", "status", "task", "name", "title", "event_date",
                        "locality")}
    for table, rows in t.items():
        kept = []
        for r in rows:
            if table != "articles" and rng.random() < 0.15:
                continue
            for k in values:
                if k in r and values[k] and rng.random() < 0.15:
                    r[k] = rng.choice(values[k])
            if "titles" in r and rng.random() < 0.3:
                r["titles"] = rng.sample(r["titles"], k=rng.randint(0, len(r["titles"])))
            if "roles" in r and rng.random() < 0.3:
                r["roles"] = rng.choice([[], ["chair"], ["attend", "chair"], ["speak"]])
            kept.append(r)
            if table != "articles" and rng.random() < 0.05:
                kept.append(dict(r))
        rows[:] = kept
        by_article: dict[str, list[dict]] = {}
        for r in rows:
            by_article.setdefault(r["article_id"], []).append(r)
        if table != "articles":
            for aid, group in by_article.items():
                shuffle_rows(group, texts[aid], rng)
    return t


def test_same_figures_on_randomly_damaged_output(run_out, texts, tmp_path):
    """Many damaged runs: the project's scorer in process (fast), the reference as a program."""
    clean = read_tables(run_out)
    for seed in range(40):
        out = tmp_path / f"damaged-{seed}"
        write_tables(out, damage_at_random(clean, texts, random.Random(seed)))
        ref = reference(out, tmp_path / "ref.json")
        assert ref.returncode == 0, ref.stdout
        mine = evaluate.evaluate(GOLD, CORPUS, str(out))
        assert not mine.violations
        assert_same_figures(mine.as_json(), json.loads((tmp_path / "ref.json").read_text(encoding="utf-8")))


# ---------------------------------------------------------------- broken contract
def test_a_shifted_offset_is_a_contract_violation_for_both(run_out, tmp_path):
    tables = read_tables(run_out)
    tables["dates"][0]["start"] += 1  # text no longer equals text[start:end]
    tables["targets"][0]["end"] = 10 ** 6  # past the end of the article
    out = tmp_path / "broken"
    write_tables(out, tables)
    code, figures = compare(out, tmp_path)
    assert code == 1
    assert len(figures["violations"]) == 2


def test_missing_table_and_duplicate_article_row(run_out, tmp_path):
    tables = read_tables(run_out)
    tables["articles"].append(dict(tables["articles"][0]))
    out = tmp_path / "broken"
    write_tables(out, tables)
    os.remove(out / "deadlines.jsonl")
    code, figures = compare(out, tmp_path)
    assert code == 1
    assert any("missing tables: deadlines.jsonl" in v for v in figures["violations"])
    assert any("2 rows, want 1" in v for v in figures["violations"])


def test_show_errors_lists_misses_and_false_hits(run_out, texts, tmp_path):
    out = tmp_path / "damaged"
    write_tables(out, damage_by_hand(read_tables(run_out), texts))
    lines = ours(out, tmp_path / "x.json").stdout.splitlines()
    kinds = {ln.split()[0] + " " + ln.split()[1] for ln in lines if ln.startswith(("FN ", "FP ", "WRONG "))}
    assert {"FN officials", "FP officials", "FP title", "WRONG dates", "FN dates", "FP targets",
            "WRONG article.title"} <= kinds


# ---------------------------------------------------------------- helpers, in process
def test_fold_and_word_f1():
    assert fold(" Uỷ ban  nhân dân tỉnh Hoà Bình. ") == fold("ủy ban nhân dân tỉnh hòa bình")
    assert fold("2015 – 2020") == fold("2015 - 2020") and fold(None) == ""
    assert word_f1("báo cáo kinh tế", "báo cáo kinh tế") == 1.0
    assert word_f1("", "x") == 0.0
    assert word_f1("a b", "a c") == pytest.approx(0.5)
    assert word_f1("báo cáo báo cáo", "báo cáo") == pytest.approx(2 / 3)  # words counted as a multiset
    assert titles_match("Phó Bí thư", "Phó Bí thư Huyện ủy") and titles_match("Bí thư Huyện uỷ", "bí thư huyện ủy")
    assert not titles_match("Phó Bí thư Huyện ủ", "Phó Bí thư Huyện ủy")


def test_main_returns_exit_codes(run_out, tmp_path, capsys):
    args = SimpleNamespace(gold=GOLD, texts=CORPUS, outdir=str(run_out), show_errors=False, json=None)
    assert evaluate.main(args) == 0
    assert capsys.readouterr().out.rstrip().splitlines()[-1].startswith("overall ")
    broken = tmp_path / "broken"
    shutil.copytree(run_out, broken)
    os.remove(broken / "targets.jsonl")
    assert evaluate.main(SimpleNamespace(**{**vars(args), "outdir": str(broken)})) == 1
