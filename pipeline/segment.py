"""Segmentation: article text -> spaCy Doc of underthesea words with exact character offsets.

Lines are split first (a headline or caption never joins the next line), then
`underthesea.sent_tokenize`, then underthesea's word segmentation per sentence, through
`vnextract.pipeline.wordseg.word_tokenize`: exactly `underthesea.word_tokenize`'s words, several
times faster (it falls back to underthesea where it cannot vouch for that). underthesea rewrites
some spellings while tokenising (`uỷ` -> `ủy`, `hoá` -> `hóa`) and joins the syllables of a word
with one space, so its strings are aligned back onto the original text; the Doc is built from the
original substrings (``doc.text == text`` always) and each token's ``norm_`` keeps the folded form
extractors match on.
"""
from __future__ import annotations

import functools
import os
import re
import sys
import unicodedata

from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.tokens import Doc

from vnextract.extractors.extensions import sentence_spans as doc_sentence_spans
from vnextract.extractors.normalize import fold

_VOCAB = None
_SENT_START = [SENT_START]


class ArticleDoc(Doc):
    """A Doc that remembers its text: spaCy's `Doc.text` re-joins every token on each call, and
    extractors read the text many times per article."""

    @property
    def text(self) -> str:
        cached = self.user_data.get("text")
        if cached is None:
            cached = self.user_data["text"] = "".join(t.text_with_ws for t in self)
        return cached

    @property
    def text_with_ws(self) -> str:
        return self.text


def vietnamese_vocab():
    """One shared spaCy Vocab with the Vietnamese lexical attributes: the vocab `spacy.blank("vi")`
    makes, without the Language around it (its config resolution and factory registry cost about
    0.2 s of a run's start-up, and underthesea does the tokenising)."""
    global _VOCAB
    if _VOCAB is None:
        from spacy.vocab import create_vocab

        from vnextract.pipeline.startup import vietnamese_defaults

        _VOCAB = create_vocab("vi", vietnamese_defaults())
    return _VOCAB


@functools.lru_cache(maxsize=4096)
def _char_key(c: str) -> str:
    """Base letter of a character: what survives any of underthesea's respellings."""
    if c == "đ" or c == "Đ":
        return "d"
    base = unicodedata.normalize("NFD", c)[0].lower()
    return "i" if base == "y" else base  # underthesea respells `qui` as `quy`


def _match_loose(text: str, pos: int, end: int, token: str) -> int | None:
    """End offset if `token` matches text[pos:] up to diacritics and whitespace runs, else None."""
    j = pos
    for ch in token:
        if ch == " ":  # underthesea joins syllables with one space, and sometimes adds one (`< body`)
            while j < end and text[j].isspace():
                j += 1
            continue
        if j >= end:
            return None
        if text[j] == ch or _char_key(text[j]) == _char_key(ch):
            j += 1
        else:
            return None
    return j


def align_tokens(text: str, tokens: list[str], start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, token) for each of `tokens` placed inside text[start:end], in order.

    A token that cannot be placed (underthesea changed it beyond respelling) is skipped; the
    characters it covered become a token of their own in the Doc, so nothing is lost.
    """
    spans = []
    pos = start
    for tok in tokens:
        while pos < end and text[pos].isspace():
            pos += 1
        if text.startswith(tok, pos) and pos + len(tok) <= end:
            spans.append((pos, pos + len(tok), tok))
            pos += len(tok)
            continue
        stop = _match_loose(text, pos, end, tok)
        if stop is not None:
            spans.append((pos, stop, tok))
            pos = stop
            continue
        # Resynchronise: look for the token a little further on (a dropped character).
        for probe in range(pos + 1, min(end, pos + 8)):
            stop = _match_loose(text, probe, end, tok)
            if stop is not None:
                spans.append((probe, stop, tok))
                pos = stop
                break
    return spans


_SENT_TOKENIZE = None
_SENT_MODULE = "underthesea.pipeline.sent_tokenize"
# what makes the module depend on the rest of underthesea: then it is imported the ordinary way
_PACKAGE_IMPORT = re.compile(r"^\s*(?:from\s+\.|from\s+underthesea\b|import\s+underthesea\b)", re.M)


def _sent_tokenizer():
    """`underthesea.sent_tokenize`, without importing underthesea's `__init__` (which imports all
    its pipelines: about a second): the module defining it is plain Python reading a JSON file,
    so it is loaded on its own (under a private name) when it still imports nothing of
    underthesea; the very same code, hence the very same sentences."""
    global _SENT_TOKENIZE
    if _SENT_TOKENIZE is None:
        fn = None
        mod = sys.modules.get(_SENT_MODULE)
        if mod is not None:
            fn = getattr(mod, "sent_tokenize", None)
        if fn is None:
            try:
                fn = _load_sent_tokenize_alone()
            except Exception:  # noqa: BLE001 - anything unexpected: the ordinary import
                fn = None
        if fn is None:
            from underthesea import sent_tokenize as fn
        _SENT_TOKENIZE = fn
    return _SENT_TOKENIZE


def _load_sent_tokenize_alone():
    import importlib.util

    spec = importlib.util.find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = os.path.join(list(spec.submodule_search_locations)[0], "pipeline", "sent_tokenize", "__init__.py")
    with open(path, encoding="utf-8") as f:
        if _PACKAGE_IMPORT.search(f.read()):
            return None
    alone = importlib.util.spec_from_file_location("vnextract._underthesea_sent_tokenize", path)
    mod = importlib.util.module_from_spec(alone)
    alone.loader.exec_module(mod)
    return mod.sent_tokenize


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans: per line, underthesea's sentences located in the original text."""
    sent_tokenize = _SENT_TOKENIZE or _sent_tokenizer()

    spans = []
    line_start = 0
    for line in text.split("\n"):
        line_end = line_start + len(line)
        if line.strip():
            cursor = line_start
            for sent in sent_tokenize(line):
                i = text.find(sent, cursor, line_end)
                if i < 0:  # not an exact substring: take the rest of the line
                    while cursor < line_end and text[cursor].isspace():
                        cursor += 1
                    if cursor < line_end:
                        spans.append((cursor, line_end))
                    cursor = line_end
                    break
                spans.append((i, i + len(sent)))
                cursor = i + len(sent)
            rest = text[cursor:line_end]
            if rest.strip():  # trailing text sent_tokenize left out
                lead = len(rest) - len(rest.lstrip())
                spans.append((cursor + lead, line_end - (len(rest) - len(rest.rstrip()))))
        line_start = line_end + 1
    return spans


def segment(text: str) -> Doc:
    """The article as a spaCy Doc of underthesea words; doc.text == text."""
    from vnextract.pipeline.wordseg import word_tokenize_many  # == underthesea.word_tokenize each

    pieces: list[tuple[int, int, str, bool]] = []  # start, end, underthesea's form, sentence start
    spans = sentence_spans(text)
    for (s_start, s_end), words in zip(spans, word_tokenize_many([text[a:b] for a, b in spans])):
        first = True
        for a, b, word in align_tokens(text, words, s_start, s_end):
            pieces.append((a, b, word, first))
            first = False
    return _build_doc(text, pieces)


def _build_doc(text: str, pieces: list[tuple[int, int, str, bool]]) -> Doc:
    words: list[str] = []
    spaces: list[bool] = []
    sent_starts: list[bool] = []
    respelled: dict[int, str] = {}  # token index -> underthesea's form, folded, where it differs

    def add_gap(a: int, b: int):
        """Text between two words: one space rides on the previous word, the rest is a token."""
        gap = text[a:b]
        if gap[0] == " " and words and not spaces[-1] and not words[-1].isspace():
            spaces[-1] = True
            gap = gap[1:]
            a += 1
        if not gap:
            return
        if gap.isspace():
            words.append(gap)
            spaces.append(False)
            sent_starts.append(not sent_starts)
            return
        for part in gap.split():  # characters underthesea did not return: tokens of their own
            off = text.index(part, a)
            if off > a:
                add_gap(a, off)
            respelled[len(words)] = fold(part)
            words.append(part)
            spaces.append(False)
            sent_starts.append(not sent_starts)
            a = off + len(part)
        if b > a:
            add_gap(a, b)

    pos = 0
    for start, end, form, sent_start in pieces:
        if start > pos:
            if start == pos + 1 and text[pos] == " " and words and not spaces[-1]:
                spaces[-1] = True
            else:
                add_gap(pos, start)
        word = text[start:end]
        if form != word:  # respelled (`uỷ` -> `ủy`) or spaced differently
            respelled[len(words)] = fold(form)
        words.append(word)
        spaces.append(False)
        sent_starts.append(sent_start or not sent_starts)
        pos = end
    if pos < len(text):
        add_gap(pos, len(text))
    doc = ArticleDoc(vietnamese_vocab(), words=words, spaces=spaces)
    if words:  # the same as `sent_starts=` (True 1, False -1), set as one array: half the cost
        import numpy

        starts = numpy.array(sent_starts, dtype=numpy.int64)
        doc.from_array(_SENT_START, (starts * 2 - 1).astype(numpy.uint64).reshape(-1, 1))
    for i, norm in respelled.items():
        doc[i].norm_ = norm
    doc.user_data["text"] = text
    doc.user_data["n_words"] = _count_alnum_words(words)
    return doc


_ALNUM = re.compile(r"[^\W_]")  # a letter or digit: the same characters as str.isalnum


def _count_alnum_words(words: list[str]) -> int:
    """How many of `words` hold a letter or digit; most open with one, which `str.isalnum` tells
    before any regex runs."""
    has_alnum = _ALNUM.search
    return sum(1 for w in words if w[:1].isalnum() or has_alnum(w))


def count_words(doc: Doc) -> int:
    """Words as underthesea segments them, punctuation and whitespace excluded (counted when the Doc is
    built; else from the tokens read as text slices: a spaCy Token per word costs more than the count)."""
    counted = doc.user_data.get("n_words")
    if counted is not None:
        return counted
    text, has_alnum = doc.text, _ALNUM.search
    return sum(1 for i, n in doc.to_array([IDX, LENGTH]).tolist() if has_alnum(text, i, i + n))


def count_sentences(doc: Doc) -> int:
    """Sentences that hold more than whitespace."""
    text = doc.text
    if not len(doc):
        return 0
    return sum(1 for a, b in doc_sentence_spans(doc) if not text[a:b].isspace())
