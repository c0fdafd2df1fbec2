"""The `indicator` column: what a figure measures, where the text names it (targets.json `_doc_indicator`)."""
from __future__ import annotations

from .context import ArticleContext
from .phrases import LEX, Syllable, phrase_set, suffix_match, syllables

_HEADS = phrase_set(LEX["indicator_heads"])
_VERBS = phrase_set(LEX["indicator_verbs"])
_AFTER_HEADS = phrase_set(LEX["indicator_after_heads"])
_MAX_WORDS = LEX["indicator_max_words"]
_TRAILING = phrase_set(LEX["indicator_trailing"])
_HEAD_SYLLABLES = 4   # the longest indicator head
_AFTER_SYLLABLES = 6  # how much of the noun phrase after a percentage is the indicator
_AFTER_HEAD_SYLLABLES = 3
_NAME_RUN_MAX = 4     # how many more syllables of a capitalised name the phrase may run on over


def _phrase(text: str) -> str | None:
    """The phrase with its spaces tidied; None when it holds a figure of its own."""
    return " ".join(text.split()) if not any(c.isdigit() for c in text) else None


def _name_end(ctx: ArticleContext, end: int, clause_end: int) -> int:
    """`gần 18% diện tích Thành phố Hồ Chí Minh`: a phrase cut inside a capitalised name runs on to the name's end."""
    text = ctx.text
    if not text[:end].rsplit(None, 1)[-1][:1].isupper():
        return end
    for s in syllables(ctx.folded, end, clause_end)[:_NAME_RUN_MAX]:
        if not text[s[1]:s[1] + 1].isupper() or text[end:s[1]].strip():
            break
        end = s[2]
    return end


def indicator(ctx: ArticleContext, left: list[Syllable], start: int, end: int, clause: tuple[int, int],
              pct: bool) -> str | None:
    """`Tỷ lệ hộ nghèo toàn huyện` in `Tỷ lệ hộ nghèo toàn huyện giảm còn 1,8%`; null otherwise."""
    verb = suffix_match(left, _VERBS)
    if verb:
        before = [s for s in left if s[2] <= verb[1]]
        while before and (before[-1][0],) in _TRAILING:
            before.pop()  # `tổng sản lượng vụ vải năm nay vẫn đạt`: the adverb is no part of the phrase
        before = before[-_MAX_WORDS:]
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
            return _phrase(ctx.text[after[0][1]:_name_end(ctx, after[-1][2], clause[1])])
    return None
