"""The `indicator` column: what a figure measures, where the text names it (targets.json `_doc_indicator`)."""
from __future__ import annotations

from .context import ArticleContext
from .phrases import LEX, Syllable, phrase_set, suffix_match, syllables

_HEADS = phrase_set(LEX["indicator_heads"])
_VERBS = phrase_set(LEX["indicator_verbs"])
_AFTER_HEADS = phrase_set(LEX["indicator_after_heads"])
_MAX_WORDS = LEX["indicator_max_words"]
_HEAD_SYLLABLES = 4   # the longest indicator head
_AFTER_SYLLABLES = 6  # how much of the noun phrase after a percentage is the indicator
_AFTER_HEAD_SYLLABLES = 3


def _phrase(text: str) -> str | None:
    """The phrase with its spaces tidied; None when it holds a figure of its own."""
    return " ".join(text.split()) if not any(c.isdigit() for c in text) else None


def indicator(ctx: ArticleContext, left: list[Syllable], start: int, end: int, clause: tuple[int, int],
              pct: bool) -> str | None:
    """`Tỷ lệ hộ nghèo toàn huyện` in `Tỷ lệ hộ nghèo toàn huyện giảm còn 1,8%`; null otherwise."""
    verb = suffix_match(left, _VERBS)
    if verb:
        before = [s for s in left if s[2] <= verb[1]][-_MAX_WORDS:]
        for k, (_, a, _) in enumerate(before):
            rest = tuple(s[0] for s in before[k:k + _HEAD_SYLLABLES])
            if any(rest[:n] in _HEADS for n in range(1, _HEAD_SYLLABLES + 1)) \
                    and (not ctx.tok_starts or a in ctx.tok_starts):
                return _phrase(ctx.text[a:before[-1][2]])
        return None
    if pct:  # `tối thiểu 90,7% dân số tham gia BHYT`
        after = syllables(ctx.folded, end, clause[1])[:_AFTER_SYLLABLES]
        if after and ctx.folded[end:after[0][1]].strip() == "" and any(
                tuple(s[0] for s in after[:n]) in _AFTER_HEADS for n in range(1, _AFTER_HEAD_SYLLABLES + 1)):
            return _phrase(ctx.text[after[0][1]:after[-1][2]])
    return None
