"""Text helpers of the targets extractor: the folded copy of the text, syllables, phrase tables."""
from __future__ import annotations

import re

from vnextract.extractors.lexicon import load_json
from vnextract.extractors.normalize import DASHES, fold, unify_tone_placement

LEX = load_json("targets.json")

MAX_NGRAM = 5  # the longest cue phrase, in syllables

SYLLABLE = re.compile(r"[^\W_]+(?:-[^\W_]+)*|%", re.UNICODE)

Syllable = tuple[str, int, int]  # (folded syllable, start, end)


def alt(phrases) -> str:
    """Regex alternation of folded phrases, longest first, spaces matching any whitespace run."""
    # longest first; ties in alphabetical order, so the pattern is the same in every process (as lexicon.alternation)
    uniq = sorted({fold(p) for p in phrases if p.strip()}, key=lambda p: (-len(p), p))
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in uniq)


def words_re(words) -> re.Pattern:
    """Any of the phrases as whole words."""
    return re.compile(rf"(?<!\w)(?:{alt(words)})(?!\w)")


def phrase_key(p: str) -> tuple[str, ...]:
    return tuple(SYLLABLE.findall(fold(p)))


def phrase_set(phrases) -> set[tuple[str, ...]]:
    return {phrase_key(p) for p in phrases}


def fold_text(text: str) -> str:
    """Lower case, one tone placement, ASCII dashes: same length as `text`, offsets kept."""
    low = text.lower()
    if len(low) != len(text):  # a character whose lower case is longer (rare): keep it as is
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    low = unify_tone_placement(low)
    for d in DASHES:
        if d in low:
            low = low.replace(d, "-")
    return low


def syllables(folded: str, a: int, b: int) -> list[Syllable]:
    return [(m.group(), m.start(), m.end()) for m in SYLLABLE.finditer(folded, a, b)] if b > a else []


def suffix_match(sylls: list[Syllable], table) -> tuple[tuple[str, ...], int] | None:
    """Longest phrase of `table` (a dict or set of syllable tuples) ending at the last syllable:
    (phrase, its start)."""
    for k in range(min(MAX_NGRAM, len(sylls)), 0, -1):
        key = tuple(s[0] for s in sylls[-k:])
        if key in table:
            return key, sylls[-k][1]
    return None


def word_suffix(tok_starts: set[int], sylls: list[Syllable], table):
    """`suffix_match`, but the phrase must start a segmenter word (`vụ` in `11 vụ`, not `phục vụ`)."""
    hit = suffix_match(sylls, table)
    if hit and tok_starts and hit[1] not in tok_starts:
        return None
    return hit
