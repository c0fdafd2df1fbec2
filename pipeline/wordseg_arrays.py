"""The numeric side of `vnextract.pipeline.wordseg`: its n-gram tables as sorted numbers, the
template summation order, underthesea's character normalisation over its table."""
from __future__ import annotations

import unicodedata


def ngram_arrays(np, multi_groups) -> tuple[dict, tuple]:
    """The n-gram groups as numbers: every syllable of an n-gram the model or the dictionary
    knows gets an id (`vocab`; any other syllable is `len(vocab)`); an n-gram of syllable ids
    s1..sg is the number s1 s2 .. sg in base len(vocab) + 1. Per group: (g, kind, its known
    n-grams' numbers sorted, their combos (None: is_in_dict, found is True), default, extra, BOS,
    EOS), arrays as bytes; extra: the values with more spaces (tok, lower) or the (False, True)
    combos (is_in_dict, istitle)."""
    syllables = set()
    for _, kind, table, *_ in multi_groups:
        if table is not None:
            for key in table:
                syllables.update(key)
    vocab = {w: i for i, w in enumerate(sorted(syllables))}
    base = len(vocab) + 1
    out = []
    for g, kind, table, default, extra, bos, eos in multi_groups:
        if base ** g >= 2 ** 63:
            raise ValueError("n-gram numbers overflow int64")
        keys = vals = None
        if table is not None:
            numbered = []
            for key, combo in table.items():
                n = 0
                for w in key:
                    n = n * base + vocab[w]
                numbered.append((n, combo))
            numbered.sort()
            keys = np.array([n for n, _ in numbered], dtype=np.int64).tobytes()
            if kind != "dict":
                vals = np.array([c for _, c in numbered], dtype=np.int64).tobytes()
        out.append((g, kind, keys if keys is not None else b"", vals, default, extra, bos, eos))
    return vocab, tuple(out)


def sum_by_reduce(np):
    def by_reduce(a):
        return np.add.reduce(a, axis=0)
    return by_reduce


def sum_by_cumsum(np):
    def by_cumsum(a):
        return np.cumsum(a, axis=0)[-1]
    return by_cumsum


SUMS = {"reduce": sum_by_reduce, "cumsum": sum_by_cumsum}  # name -> (numpy -> summing function)


def sequential_sum(np) -> str:
    """How to sum a (templates, m) float64 array over its first axis strictly in row order
    (((0 + r0) + r1) + r2)..., the order of the Rust tagger's loop: a key of `SUMS`.
    `np.add.reduce` over the outer axis of a C-contiguous array adds row after row (no pairwise
    summation: that is only for the inner axis) and is fast; this numpy's behaviour is verified
    here (the ready cache remembers the answer per numpy version), else `cumsum` is used."""
    rng = np.random.default_rng(0)
    for k, m in ((43, 2), (43, 70), (43, 2000), (7, 130), (100, 33)):
        a = rng.standard_normal((k, m)) * 10.0 ** rng.integers(-8, 8, (k, m))
        ref = [0.0] * m
        for row in a.tolist():
            ref = [x + y for x, y in zip(ref, row)]
        if sum_by_reduce(np)(np.ascontiguousarray(a)).tolist() != ref:
            return "cumsum"
    return "reduce"


def character_normalizer(character_map: dict):
    """underthesea's `normalize_characters_in_text` (character_normalize.py, pinned by
    KNOWN_SOURCE_HASH) over its `character_map`: `utf8_normalize` (bytes decoded, NFC), then
    every replacement of the table, in the table's order."""
    pairs = tuple(character_map.items())
    nfc = unicodedata.normalize

    def normalize_characters_in_text(text):
        if type(text) is not str:
            text = text.decode("utf-8")
        text = nfc("NFC", text)
        for non_standard, standard in pairs:
            text = text.replace(non_standard, standard)
        return text
    return normalize_characters_in_text
