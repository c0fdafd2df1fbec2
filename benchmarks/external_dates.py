"""Date detection on an external gold set: the DATE entities of PhoNER_COVID19's test split (3,000 sentences,
VinAI Research, https://github.com/VinAIResearch/PhoNER_COVID19, `data/syllable/test_syllable.json`), which the
project neither ships nor tuned on (issue #16: detection must not regress).

The set is syllable-tokenised (`18 - 3`); sentences are rebuilt as running text (`18-3`, no space before
punctuation) with each token's character offsets, run through `vnextract.extract`, and scored relaxed:
precision = predicted dates that overlap a gold DATE span, recall = gold spans that a predicted date overlaps
(PhoNER marks the two ends of `từ 15 đến 26/3` as two dates; the pipeline reads one interval).

    python benchmarks/external_dates.py PATH/test_syllable.json [--errors N]
"""
from __future__ import annotations

import argparse
import json
import sys
import unicodedata

_NO_SPACE_BEFORE = {",", ".", ")", ":", ";", "!", "?", "%", "”"}
_NO_SPACE_AFTER = {"(", "“"}
_JOINERS = {"-", "/"}


def rebuild(words: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Running text of a tokenised sentence (NFC, as the pipeline's offsets are), with each token's (start, end)."""
    words = [unicodedata.normalize("NFC", w) for w in words]
    out, spans = "", []
    for i, w in enumerate(words):
        prev = words[i - 1] if i else ""
        glued = (not out or w in _NO_SPACE_BEFORE or prev in _NO_SPACE_AFTER
                 or (w in _JOINERS and prev.isdigit() and i + 1 < len(words) and words[i + 1].isdigit())
                 or (prev in _JOINERS and w.isdigit() and i >= 2 and words[i - 2].isdigit()))
        if not glued:
            out += " "
        spans.append((len(out), len(out) + len(w)))
        out += w
    return out, spans


def gold_dates(tags: list[str], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Character spans of the DATE entities (BIO tags)."""
    out, start, end = [], None, None
    for tag, (a, b) in zip(tags, spans):
        if tag == "B-DATE" or (tag == "I-DATE" and start is None):
            if start is not None:
                out.append((start, end))
            start, end = a, b
        elif tag == "I-DATE":
            end = b
        elif start is not None:
            out.append((start, end))
            start = None
    if start is not None:
        out.append((start, end))
    return out


def overlapped(spans: list[tuple[int, int]], others: list[tuple[int, int]]) -> int:
    """How many of spans overlap one of others."""
    return sum(any(a < d and c < b for c, d in others) for a, b in spans)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("path", help="PhoNER_COVID19 data/syllable/test_syllable.json")
    ap.add_argument("--errors", type=int, default=0, help="print this many missed and spurious dates")
    a = ap.parse_args(argv)
    from vnextract import extract

    tp_pred = tp_gold = n_pred = n_gold = 0
    errors: list[str] = []
    with open(a.path, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            text, spans = rebuild(row["words"])
            gold = gold_dates(row["tags"], spans)
            pred = [(r.start, r.end) for r in extract(text).dates.itertuples()]
            hit_pred, hit_gold = overlapped(pred, gold), overlapped(gold, pred)
            tp_pred, tp_gold = tp_pred + hit_pred, tp_gold + hit_gold
            n_pred, n_gold = n_pred + len(pred), n_gold + len(gold)
            if len(errors) < a.errors and (hit_gold < len(gold) or hit_pred < len(pred)):
                errors.append(f"gold {[text[s:e] for s, e in gold]} pred {[text[s:e] for s, e in pred]} | {text}")
    p, r = tp_pred / max(1, n_pred), tp_gold / max(1, n_gold)
    f1 = 2 * p * r / max(1e-9, p + r)
    print(f"PhoNER_COVID19 test DATE, relaxed: P {p:.3f} R {r:.3f} F1 {f1:.3f} (pred {tp_pred}/{n_pred} on a gold date, gold {tp_gold}/{n_gold} found)")
    for e in errors:
        print(e)
    return 0


if __name__ == "__main__":
    sys.exit(main())
