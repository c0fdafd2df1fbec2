"""F1 floors on the whole-article test half (tests/data/random_articles.jsonl).

Articles drawn at random with fixed seeds from ../shared/corpus/news (every section, in proportion;
tests/data/draw_random_articles.py: a first draw of 126 split into halves, 36 more for the dev half,
then further draws split between the halves), each annotated completely by one reader and reviewed by
a second, following ../shared/eval/GUIDELINES.md. The dev half is where errors are read (`make eval
ERRORS=1`); this test only scores the test half, through the same scorer as `vnextract eval`, and
fails when a measure drops more than 0.02 below the figure measured when the floor was set.
"""
from __future__ import annotations

import json
import os

import pytest

from tests.conftest import SHARED
from vnextract.pipeline.evaluate import Scorer
from vnextract.pipeline.ingest import Article, normalise_text
from vnextract.pipeline.run import process

DATA = os.path.join(os.path.dirname(__file__), "data")
TOLERANCE = 0.02

# Measured on the test half (`make eval`, column `test`) when the floors were last set (2026-12-02, 139
# articles: the third to sixth draws added 78 to the test half; their figures are lower than the first
# draw's, the old dev half having been read a lot).
MEASURED = {
    "article.title": 0.993,
    "article.event_date": 0.835,
    "article.locality": 0.912,
    "article.authors": 0.964,
    "officials": 0.927,
    "officials.titles": 0.939,
    "officials.titles_strict": 0.810,
    "officials.chair": 0.800,  # three gold chairs in this half: one miss is 0.2 of F1
    "dates.value": 0.934,
    "deadlines": 0.615,
    "targets": 0.600,
    "overall": 0.795,
}


@pytest.fixture(scope="module")
def test_half():
    if not os.path.isdir(os.path.join(SHARED, "corpus", "news")):
        pytest.skip("../shared/corpus/news not available")
    from tests.data.draw_random_articles import draw_all

    with open(os.path.join(DATA, "random_articles.jsonl"), encoding="utf-8") as f:
        gold = [g for g in map(json.loads, f) if g["half"] == "test"]
    drawn = {s["id"]: s["article"] for s in draw_all()}
    texts, tables = {}, {}
    for g in gold:
        art = drawn[g["article_id"]]
        article = Article(art["id"], normalise_text(art["text"]), "random_articles", title=art.get("title"),
                          url=art.get("url"), published=art.get("published"))
        texts[art["id"]] = article.text
        for table, rows in process(article).rows.items():
            tables.setdefault(table, []).extend(rows)
    return Scorer(gold, texts, tables).run()


def test_the_sample_is_the_drawn_one():
    """The gold covers exactly the drawn samples (the first draw's two halves, the extra dev-only draw,
    the later draws' two halves), and each half of the first draw every dantri section."""
    from tests.data.draw_random_articles import EXTRA_SIZE, SIZE, draw_all

    with open(os.path.join(DATA, "random_articles.jsonl"), encoding="utf-8") as f:
        gold = [json.loads(line) for line in f]
    if not os.path.isdir(os.path.join(SHARED, "corpus", "news")):
        pytest.skip("../shared/corpus/news not available")
    sample = draw_all()
    assert [g["article_id"] for g in gold] == [s["id"] for s in sample]
    assert {s["half"] for s in sample[SIZE:SIZE + EXTRA_SIZE]} == {"dev"}
    assert {s["half"] for s in sample[SIZE + EXTRA_SIZE:]} <= {"dev", "test"}
    assert [g["half"] for g in gold] == [s["half"] for s in sample]
    for half in ("dev", "test"):
        strata = {s["stratum"] for s in sample[:SIZE] if s["half"] == half}
        assert len(strata) == 11  # ten dantri sections and baomoi


@pytest.mark.parametrize("measure", sorted(MEASURED))
def test_f1_floor_on_the_test_half(test_half, measure):
    got = test_half.overall() if measure == "overall" else test_half.counts[measure].f1
    assert got >= MEASURED[measure] - TOLERANCE, f"{measure}: {got:.3f} < {MEASURED[measure]:.3f} - {TOLERANCE}"
