"""Draw the whole-article evaluation sample from ../shared/corpus/news (fixed seed).

    python tests/data/draw_random_articles.py --texts DIR     # writes DIR/<id>.txt for each drawn article
    python tests/data/draw_random_articles.py --list          # prints id, source, half

The sample is stratified in proportion to the corpus: dantri by its ten sections (the section is part
of the id), baomoi (no sections) at random. Each stratum is shuffled with the seed and its articles
alternate between the `dev` half (errors are read there) and the `test` half (only scored), so both
halves cover every section. The draw depends only on the corpus files and the seed, so it can be
repeated anywhere `../shared` is; the article texts are never copied into the project.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
NEWS = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "corpus", "news"))
SEED = 20261201
SIZE = 126
# A second draw, annotated later, adds to the dev half only (more whole articles to read errors on,
# the test half untouched): its own seed, the same strata, none of the first draw's articles.
EXTRA_SEED = 20261202
EXTRA_SIZE = 36
# A third draw adds to both halves: its own seed, none of the earlier articles; its articles alternate
# between dev and test over the whole draw (most strata give it one article, so alternating within each
# stratum would put nearly all of them in dev).
THIRD_SEED = 20261203
THIRD_SIZE = 36
# A fourth draw, the same way as the third.
FOURTH_SEED = 20261204
FOURTH_SIZE = 48
# A fifth draw, the same way.
FIFTH_SEED = 20261205
FIFTH_SIZE = 36
# A sixth draw, the same way.
SIXTH_SEED = 20261206
SIXTH_SIZE = 36


def read_corpus(news_dir: str = NEWS) -> dict[str, list[dict]]:
    """Articles of each corpus file, keyed by stratum (dantri section, or the file for baomoi)."""
    strata: dict[str, list[dict]] = defaultdict(list)
    for name in sorted(os.listdir(news_dir)):
        if not name.endswith(".jsonl.gz"):
            continue
        with gzip.open(os.path.join(news_dir, name), "rt", encoding="utf-8") as f:
            for line in f:
                art = json.loads(line)
                art["_file"] = name
                key = art["id"].rsplit("_", 1)[0] if art["id"].startswith("dantri") else name
                strata[key].append(art)
    return strata


def draw(news_dir: str = NEWS, size: int = SIZE, seed: int = SEED, exclude: frozenset = frozenset(),
         halves: tuple[str, ...] = ("dev", "test"), alternate_within_stratum: bool = True) -> list[dict]:
    """`size` articles in proportion to each stratum, each tagged with its half (`dev`/`test`, in
    turn within each stratum, or over the whole sample), none of the ids in `exclude`."""
    strata = {k: [a for a in v if a["id"] not in exclude] for k, v in read_corpus(news_dir).items()}
    total = sum(len(v) for v in strata.values())
    rng = random.Random(seed)
    # Largest-remainder apportionment, so the stratum sizes add up to `size` exactly.
    quotas = {k: size * len(v) / total for k, v in sorted(strata.items())}
    counts = {k: int(q) for k, q in quotas.items()}
    for k in sorted(quotas, key=lambda k: (-(quotas[k] - counts[k]), k))[: size - sum(counts.values())]:
        counts[k] += 1
    sample = []
    for key in sorted(strata):
        pool = sorted(strata[key], key=lambda a: a["id"])
        rng.shuffle(pool)
        for i, art in enumerate(pool[: counts[key]]):
            turn = i if alternate_within_stratum else len(sample)
            sample.append({"id": art["id"], "source": art["_file"], "stratum": key,
                           "half": halves[turn % len(halves)], "article": art})
    return sample


def draw_all(news_dir: str = NEWS) -> list[dict]:
    """The first draw (dev and test halves), the extra draw (dev only), then the third, fourth, fifth and
    sixth (both halves, alternating over each draw)."""
    sample = draw(news_dir)
    sample += draw(news_dir, EXTRA_SIZE, EXTRA_SEED, exclude=frozenset(s["id"] for s in sample), halves=("dev",))
    for size, seed in ((THIRD_SIZE, THIRD_SEED), (FOURTH_SIZE, FOURTH_SEED), (FIFTH_SIZE, FIFTH_SEED),
                       (SIXTH_SIZE, SIXTH_SEED)):
        sample += draw(news_dir, size, seed, exclude=frozenset(s["id"] for s in sample),
                       alternate_within_stratum=False)
    return sample


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--texts", metavar="DIR", help="write DIR/<id>.txt for each drawn article")
    ap.add_argument("--jsonl", metavar="FILE", help="write the drawn articles as contract-format JSONL")
    ap.add_argument("--half", choices=("dev", "test"), help="only this half")
    ap.add_argument("--list", action="store_true", help="print id, file, stratum and half")
    a = ap.parse_args(argv)
    sample = [s for s in draw_all() if a.half in (None, s["half"])]
    if a.texts:
        os.makedirs(a.texts, exist_ok=True)
        for s in sample:
            with open(os.path.join(a.texts, s["id"] + ".txt"), "w", encoding="utf-8") as f:
                f.write(s["article"]["text"])
    if a.jsonl:
        with open(a.jsonl, "w", encoding="utf-8") as f:
            for s in sample:
                art = {k: v for k, v in s["article"].items() if not k.startswith("_")}
                f.write(json.dumps(art, ensure_ascii=False) + "\n")
    if a.list:
        for s in sample:
            print(s["id"], s["source"], s["stratum"], s["half"], sep="\t")
    return 0


if __name__ == "__main__":
    sys.exit(main())
