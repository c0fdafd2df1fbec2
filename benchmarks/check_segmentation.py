"""`make check-segmentation`: vnextract's word segmentation against underthesea's, every sentence.

Every article of the news corpus (``../shared/corpus/news/*.jsonl.gz``), its text normalised as
the pipeline does (`ingest.normalise_text`), cut into the sentences `pipeline/segment.py` hands to
word segmentation (`segment.sentence_spans`); each sentence's words from
`vnextract.pipeline.wordseg` (per article in one batch, as `segment()` calls it, and one sentence
at a time) are compared with ``underthesea.word_tokenize``. Prints the counts; exit 1 on any
mismatch, 2 when the fast path is not active or the corpus is missing.

    python benchmarks/check_segmentation.py [--corpus DIR] [--limit N]
    python benchmarks/check_segmentation.py --bench 300 [--rounds 3]   # speed, not identity
"""
from __future__ import annotations

import argparse
import glob
import gzip
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from vnextract.pipeline import wordseg  # noqa: E402
from vnextract.pipeline.ingest import normalise_text  # noqa: E402
from vnextract.pipeline.segment import sentence_spans  # noqa: E402

DEFAULT_CORPUS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "..", "shared",
                              "corpus", "news")


def articles(corpus: str, limit: int | None = None):
    n = 0
    for path in sorted(glob.glob(os.path.join(corpus, "*.jsonl.gz"))):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                rec = json.loads(line)
                yield rec.get("id"), normalise_text(rec.get("text") or "")
                n += 1
                if limit is not None and n >= limit:
                    return


def sentences_of(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


def check(corpus: str, limit: int | None) -> int:
    from underthesea import word_tokenize as reference

    n_articles = n_sentences = n_words = n_syllables = 0
    mismatches: list[tuple[str, str, list, list]] = []
    t0 = time.perf_counter()
    for aid, text in articles(corpus, limit):
        sents = sentences_of(text)
        batch = wordseg.word_tokenize_many(sents)
        for sent, fast in zip(sents, batch):
            ref = reference(sent)
            single = wordseg.word_tokenize(sent)
            n_sentences += 1
            n_words += len(ref)
            n_syllables += sum(w.count(" ") + 1 for w in ref)
            if fast != ref or single != ref:
                mismatches.append((aid, sent, ref, fast if fast != ref else single))
        n_articles += 1
        if n_articles % 500 == 0:
            print(f"  ... {n_articles} articles, {n_sentences} sentences, {len(mismatches)} mismatches "
                  f"({time.perf_counter() - t0:.0f} s)", file=sys.stderr, flush=True)
    seg = wordseg.load()
    print(f"articles: {n_articles}")
    print(f"sentences compared: {n_sentences:,}")
    print(f"words compared: {n_words:,} ({n_syllables:,} syllable tokens)")
    print(f"sentences handed to underthesea by the fast path: {seg.delegated if seg else 'all'}")
    print(f"mismatches: {len(mismatches)}")
    for aid, sent, ref, got in mismatches[:10]:
        print(f"  {aid}: {sent[:120]!r}\n    underthesea: {ref}\n    vnextract:   {got}")
    return 1 if mismatches else 0


def bench(corpus: str, n: int, rounds: int) -> int:
    """word_tokenize, fast vs underthesea, on the sentences of the first n baomoi articles: one
    process, the same sentences, alternating rounds (a warm-up round first for both)."""
    from underthesea import word_tokenize as reference

    texts = []
    with gzip.open(os.path.join(corpus, "baomoi-5000.jsonl.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            texts.append(normalise_text(json.loads(line)["text"]))
            if len(texts) >= n:
                break
    per_article = [sentences_of(t) for t in texts]
    sents = [s for ss in per_article for s in ss]
    tokens = sum(len(w.split()) for s in sents for w in reference(s))  # also the warm-up round
    for s in sents:
        wordseg.word_tokenize(s)
    print(f"{len(texts)} articles, {len(sents):,} sentences, {tokens:,} syllable tokens")
    t_ref = t_one = t_many = 0.0
    for r in range(rounds):
        a = time.perf_counter()
        for s in sents:
            reference(s)
        b = time.perf_counter()
        for s in sents:
            wordseg.word_tokenize(s)
        c = time.perf_counter()
        for ss in per_article:
            wordseg.word_tokenize_many(ss)
        d = time.perf_counter()
        t_ref, t_one, t_many = t_ref + b - a, t_one + c - b, t_many + d - c
        print(f"  round {r + 1}: underthesea {b - a:.2f} s   word_tokenize {c - b:.2f} s "
              f"({(b - a) / (c - b):.1f}x)   word_tokenize_many per article {d - c:.2f} s "
              f"({(b - a) / (d - c):.1f}x)")
    us = 1e6 / (tokens * rounds)
    print(f"underthesea.word_tokenize:           {t_ref * us:6.1f} us/token")
    print(f"wordseg.word_tokenize:               {t_one * us:6.1f} us/token  {t_ref / t_one:.2f}x faster")
    print(f"wordseg.word_tokenize_many/article:  {t_many * us:6.1f} us/token  {t_ref / t_many:.2f}x faster")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=DEFAULT_CORPUS, help="folder of *.jsonl.gz articles")
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    ap.add_argument("--bench", type=int, default=0, metavar="N", help="time N baomoi articles instead")
    ap.add_argument("--rounds", type=int, default=3)
    a = ap.parse_args()
    if not glob.glob(os.path.join(a.corpus, "*.jsonl.gz")):
        print(f"no corpus at {a.corpus}", file=sys.stderr)
        return 2
    if wordseg.load() is None:
        print("the fast word segmentation is not active here (see the 'vnextract' log)", file=sys.stderr)
        return 2
    return bench(a.corpus, a.bench, a.rounds) if a.bench else check(a.corpus, a.limit)


if __name__ == "__main__":
    raise SystemExit(main())
