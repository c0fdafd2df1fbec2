"""Rebuild tests/data/random_articles.jsonl from the reviewed annotation specs in this folder.

    python tests/data/annotation/merge.py     # needs ../shared (the texts and build_gold.py)

Each spec is validated against the drawn texts by ../shared/eval/build_gold.py (every span must be
found), then the articles are written in draw order with their half (`dev`/`test`) and stratum.
Batches 1-6 annotate the first draw (dev and test halves), batches 7-9 the extra draw (dev only),
batches 10-12 the third draw, 13-16 the fourth, 17-19 the fifth and 20-22 the sixth
(both halves).
"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
sys.path.insert(0, DATA)
from draw_random_articles import NEWS, draw_all  # noqa: E402

BATCHES = 22
BUILD_GOLD = os.path.join(os.path.dirname(os.path.dirname(NEWS)), "eval", "build_gold.py")


def main() -> int:
    sample = draw_all()
    gold = {}
    with tempfile.TemporaryDirectory() as tmp:
        texts = os.path.join(tmp, "texts")
        os.makedirs(texts)
        for s in sample:
            with open(os.path.join(texts, s["id"] + ".txt"), "w", encoding="utf-8") as f:
                f.write(s["article"]["text"])
        for n in range(1, BATCHES + 1):
            out = os.path.join(tmp, f"gold_batch{n}.jsonl")
            subprocess.run([sys.executable, BUILD_GOLD, os.path.join(HERE, f"spec_batch{n}.py"), texts, out],
                           check=True)
            with open(out, encoding="utf-8") as f:
                for line in f:
                    g = json.loads(line)
                    gold[g["article_id"]] = g
    assert set(gold) == {s["id"] for s in sample}, "the specs do not cover the drawn sample exactly"
    with open(os.path.join(DATA, "random_articles.jsonl"), "w", encoding="utf-8") as f:
        for s in sample:
            g = gold[s["id"]]
            row = {"article_id": s["id"], "half": s["half"], "stratum": s["stratum"]}
            row.update({k: v for k, v in g.items() if k != "article_id"})
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(sample), "articles ->", os.path.join(DATA, "random_articles.jsonl"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
