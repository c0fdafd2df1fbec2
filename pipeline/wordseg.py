"""underthesea's word segmentation: the same words, several times faster.

`word_tokenize(sentence)` returns exactly what ``underthesea.word_tokenize(sentence)`` returns
(underthesea 9.5.0 with underthesea_core 3.3.2, default format); `word_tokenize_many` does it for
a list of sentences in one pass. It runs underthesea's own pipeline -- its tokenizer pattern,
its character and token normalisation (the same few lines over its own tables, their source
pinned by KNOWN_SOURCE_HASH), the weights and dictionary of its CRF model -- and only computes
differently:

* Tokenizing: underthesea's regex is run on each whitespace-separated chunk rather than on the
  whole text (provably the same tokens, see `FastSegmenter.tokenize`), and a chunk's tokens,
  normalised, are cached: chunks repeat a lot.
* Features: underthesea builds ~43 feature strings per token in Rust (`CRFFeaturizer.process`)
  and the Rust `CRFTagger` hashes each again to find its weights. Here the templates are grouped
  by what they read (a token, its lower case, its `isdigit`/`istitle`/`is_in_dict` value, a
  bigram, a trigram...); each group has one table from that value to the weights of all its
  templates. A token's unigram values are computed once per distinct token, which gets an id
  and a row of numbers (its unigram combos, istitle, its syllable ids); an article's n-grams are
  then numbers computed and looked up (`searchsorted` in each group's sorted keys) in numpy, with
  no Python per token. A token with a space (underthesea's `Th.S` pattern matches `Th s`) has
  its n-grams looked up by their joined text, as the Rust featurizer does.
* Scores: the emission scores are summed in the Rust tagger's order (template by template, from
  0.0) and the two-label Viterbi keeps its tie-breaking, so the floating-point scores are
  bit-identical to underthesea's, not merely close.

The weights are read from the model file underthesea ships (`models.bin`, CRFsuite format) by
`crfsuite_model.read_crfsuite`, which reproduces underthesea_core's loader; the conversion to
per-template tables is done once and cached under ``$XDG_CACHE_HOME/vnextract`` (else
``~/.cache/vnextract``) in a file keyed by the hashes of the model, template list and dictionary
files; when that cannot be written the conversion stays in memory. The segmenter built from it
(grouped tables, n-gram look-ups, underthesea's normalisation tables and tokenizer pattern) is
cached too, ``wordseg-ready-*.marshal`` (see `wordseg_install.ready_path`): a run then reads that one file and
imports nothing of underthesea (whose ``__init__`` alone takes about a second).

Whatever this module does not know -- another underthesea_core version, other underthesea code
for the steps reproduced here, other feature templates, a model that does not load or has other
labels -- makes it fall back to ``underthesea.word_tokenize`` (logged once, "vnextract" logger).
Inputs underthesea itself would choke on (lone surrogates, a token that would make the Rust
featurizer panic) are handed to underthesea too.
``VNEXTRACT_WORDSEG=underthesea`` forces the fallback.
"""
from __future__ import annotations

import hashlib
import logging
import os
import re
import sys
import threading

from vnextract.pipeline import wordseg_install as install
from vnextract.pipeline.wordseg_arrays import SUMS as _SUMS
from vnextract.pipeline.wordseg_arrays import character_normalizer as _character_normalizer
from vnextract.pipeline.wordseg_arrays import ngram_arrays as _ngram_arrays
from vnextract.pipeline.wordseg_arrays import sequential_sum as _sequential_sum

log = logging.getLogger("vnextract")

# The feature templates the fast path knows (the installation's other checks: wordseg_install).
KNOWN_TEMPLATES = (
    "T[-2]", "T[-1]", "T[0]", "T[1]", "T[2]",
    "T[-2,-1]", "T[-1,0]", "T[0,1]", "T[1,2]", "T[-2,0]", "T[-1,1]", "T[0,2]",
    "T[-2].lower", "T[-1].lower", "T[0].lower", "T[1].lower", "T[2].lower",
    "T[-2,-1].lower", "T[-1,0].lower", "T[0,1].lower", "T[1,2].lower",
    "T[-1].isdigit", "T[0].isdigit", "T[1].isdigit",
    "T[-2].istitle", "T[-1].istitle", "T[0].istitle", "T[1].istitle", "T[2].istitle",
    "T[0,1].istitle", "T[0,2].istitle",
    "T[-2].is_in_dict", "T[-1].is_in_dict", "T[0].is_in_dict", "T[1].is_in_dict", "T[2].is_in_dict",
    "T[-2,-1].is_in_dict", "T[-1,0].is_in_dict", "T[0,1].is_in_dict", "T[1,2].is_in_dict",
    "T[-2,0].is_in_dict", "T[-1,1].is_in_dict", "T[0,2].is_in_dict",
)
# sha256 of regex_tokenize.patterns (pattern + flags): the chunked tokenizer relies on its shape.
KNOWN_PATTERN_HASH = "1268bea036509cc6a6a98091fa189d387aa29fa660c3d5f385c2e5fc79ecb372"

_TEMPLATE = re.compile(r"T\[(-?\d+)(?:,(-?\d+))?\](?:\.(lower|isdigit|istitle|is_in_dict))?")
_I32 = re.compile(r"[+-]?[0-9]+")
# Characters whose case mappings Python and Rust agree on whatever their Unicode versions (Latin,
# combining marks, Vietnamese, general punctuation, currency); other tokens get their properties
# from the Rust featurizer itself.
_NOT_PY_SAFE = re.compile(r"[^\x00-\u024f\u0300-\u036f\u1e00-\u1eff\u2000-\u206f\u20a0-\u20cf]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_TH_SPACE = re.compile(r"Th[^\S\n][Ss]")  # the abbreviation pattern `Th.S` across whitespace
_TRUE, _FALSE, _BOS, _EOS = "True", "False", "BOS", "EOS"
_RT_MODULE = "underthesea.pipeline.word_tokenize.regex_tokenize"
_CACHE_MAX = 300_000  # entries per cache (chunks, tokens); a full token cache starts over


class _Delegate(Exception):
    """This input goes to underthesea itself (it would raise or panic there)."""


def _rust_i32(text: str) -> str:
    """underthesea_core's `isdigit`: whether Rust's ``text.parse::<i32>()`` succeeds."""
    if _I32.fullmatch(text) is None:
        return _FALSE
    return _TRUE if -2147483648 <= int(text) <= 2147483647 else _FALSE


def _istitle(text: str) -> bool:
    """underthesea_core's `istitle`: every space-separated part starts with a character that
    upper-casing leaves unchanged. An empty part makes the Rust code panic."""
    for part in text.split(" "):
        if not part:
            raise _Delegate("empty part in istitle")
        c = part[0]
        if c.upper() != c:
            return False
    return True


class FastSegmenter:
    """The CRF word segmenter with per-template weight tables (see the module docstring).

    Built from the converted model (`FastSegmenter(templates, ...)`, which imports underthesea
    for its normalisation tables and pattern), or from the ready-to-use tables a previous build
    cached (`FastSegmenter.from_state`, which imports nothing of underthesea): `state()` is what
    the cache holds."""

    def __init__(self, templates, labels, transitions, tables, weights, dictionary):
        import numpy as np
        from underthesea.pipeline.text_normalize import text_normalizer
        from underthesea.pipeline.word_tokenize import regex_tokenize

        W = np.asarray(weights, dtype=np.float64).reshape(-1, 2)
        # Templates grouped by what they read: (n-gram length, function). A group's distinct
        # values (a token, a lower-cased bigram, "True", "BOS"...) are numbered ("combos"); combo c
        # is row c of `combos`: for each template of the group, its row of weights in W
        # (0: the model has no such feature). Row `zero` of a group: a value the model never saw.
        parsed = []
        for syntax in templates:
            m = _TEMPLATE.fullmatch(syntax)
            a = int(m.group(1))
            b = int(m.group(2)) if m.group(2) is not None else a
            if b < a:
                raise ValueError(f"template {syntax}: offset2 < offset1")
            parsed.append((a, b, m.group(3)))
        pad = max(max(abs(a), abs(b)) for a, b, _ in parsed)
        members: dict[tuple, list[int]] = {}
        for k, (a, b, fn) in enumerate(parsed):
            members.setdefault((b - a + 1, fn), []).append(k)
        keys = [g for g in members if g[0] == 1] + [g for g in members if g[0] > 1]
        width = max(len(ks) for ks in members.values())
        combos: list[tuple] = []
        group_of, slot_of = [0] * len(parsed), [0] * len(parsed)
        uni_groups = []  # (function, value -> combo, zero, BOS combo, EOS combo)
        multi_groups = []  # (n, source, tuple -> combo or None, default, BOS combo, EOS combo)
        for gi, key in enumerate(keys):
            ks = members[key]
            rows: dict[str, list[int]] = {}
            for slot, k in enumerate(ks):
                group_of[k], slot_of[k] = gi, slot
                for value, row in tables[k].items():
                    rows.setdefault(value, [0] * width)[slot] = row
            zero = len(combos)
            combos.append((0,) * width)
            ids = {}
            for value, r in rows.items():
                ids[value] = len(combos)
                combos.append(tuple(r))
            get = ids.get
            bos, eos, true, false = get(_BOS, zero), get(_EOS, zero), get(_TRUE, zero), get(_FALSE, zero)
            g, fn = key
            if g == 1:
                uni_groups.append((fn, ids, zero, bos, eos))
                continue
            # n-grams of tokens without a space are looked up by the tuple of their tokens ("a b"
            # <-> ("a", "b") is one-to-one for them), as numbers (see `_ngram_arrays`); the few
            # values with more spaces ("extras") only match a gram with a token like `Th s`.
            if fn is None or fn == "lower":
                by_tuple = {tuple(v.split(" ")): c for v, c in ids.items() if v.count(" ") == g - 1}
                extras = {v: c for v, c in ids.items() if v.count(" ") > g - 1}
                lookup = (("tok" if fn is None else "low"), by_tuple, zero, extras)
            elif fn == "is_in_dict":
                entries = (tuple(w.split(" ")) for w in dictionary if w.count(" ") == g - 1)
                lookup = ("dict", dict.fromkeys(entries, true), false, (false, true))
            elif fn == "istitle":
                lookup = ("title", None, false, (false, true))
            else:  # isdigit: a joined n-gram contains a space, never an i32
                lookup = ("const", None, false, None)
            multi_groups.append((g,) + lookup + (bos, eos))
        # combo -> (template slot -> its 2 label weights), flattened for `take`
        cw = np.ascontiguousarray(W[np.array(combos, dtype=np.intp)].reshape(-1, 2), dtype=np.float64)
        if not regex_tokenize.recompile_regex_patterns:
            pattern = (regex_tokenize.patterns.pattern, regex_tokenize.patterns.flags)
        else:  # fixed_words recompiled it: the one its import compiled (regex_tokenize.py, line 235)
            pattern = (r"(" + "|".join(regex_tokenize.regex_patterns) + ")", re.VERBOSE | re.UNICODE)
        vocab, ngrams = _ngram_arrays(np, multi_groups)
        self._setup({
            "labels": tuple(labels), "transitions": tuple(transitions), "dictionary": frozenset(dictionary),
            "pad": pad, "combo_width": width, "uni_groups": tuple(uni_groups),
            "vocab": vocab, "ngrams": ngrams, "cw": cw.tobytes(),
            "t_base": tuple(group_of), "t_offset": tuple(a for a, _, _ in parsed), "t_slot": tuple(slot_of),
            # underthesea's normalisation tables and tokenizer pattern (as compiled at its import)
            "character_map": dict(text_normalizer.character_map), "token_map": dict(text_normalizer.token_map),
            "pattern": pattern,
        })

    @classmethod
    def from_state(cls, state: dict) -> FastSegmenter:
        self = cls.__new__(cls)
        self._setup(state)
        return self

    def state(self) -> dict:
        """Everything `from_state` needs: builtins, bytes and numbers only (marshal-able)."""
        return self._state

    def _setup(self, state: dict):
        import numpy as np

        self._state = state
        self._np = np
        self.labels = list(state["labels"])
        self.t00, self.t01, self.t10, self.t11 = state["transitions"]
        self.dictionary = state["dictionary"]
        self._pad = pad = state["pad"]
        self._uni_groups = [(fn, ids.get, zero, bos, eos) for fn, ids, zero, bos, eos in state["uni_groups"]]
        # n-gram groups: (g, kind, sorted keys, their combos, default, extra, BOS combo, EOS combo)
        self._ngrams = [(g, kind, np.frombuffer(keys, dtype=np.int64), None if vals is None else
                         np.frombuffer(vals, dtype=np.int64), default, extra, bos, eos)
                        for g, kind, keys, vals, default, extra, bos, eos in state["ngrams"]]
        self._vocab_get = state["vocab"].get
        self._unk = len(state["vocab"])  # the id of a syllable no n-gram of the model contains
        self._base = self._unk + 1
        self._n_uni = len(self._uni_groups)
        self._n_groups = self._n_uni + len(self._ngrams)
        self._combo_width = state["combo_width"]
        self._CW = np.frombuffer(state["cw"], dtype=np.float64).reshape(-1, 2)  # read-only
        self._pad_bos, self._pad_eos = [0] * pad, [1] * pad  # token ids 0 and 1: BOS and EOS
        # template k at token i reads group t_base[k] at padded position pad + t_offset[k] + i
        self._t_base = np.array(state["t_base"], dtype=np.intp)[:, None]
        self._t_offset = np.array(state["t_offset"], dtype=np.intp)[:, None]
        self._t_slot = np.array(state["t_slot"], dtype=np.intp)[:, None]
        self._index_cache: dict[int, object] = {}
        # the summation order this numpy needs (checked once per numpy version, then cached)
        if state.get("sum") is None or state.get("sum_numpy") != np.__version__:
            state["sum"], state["sum_numpy"] = _sequential_sum(np), np.__version__
        self._sum_templates = _SUMS[state["sum"]](np)

        # underthesea's character and token normalisation (character_normalize.py and
        # token_normalize.py, whose source KNOWN_SOURCE_HASH pins), over its own tables
        self._normalize_text = _character_normalizer(state["character_map"])
        self._token_map = state["token_map"]
        # Whitespace-chunked tokenizing is only proven for the pattern underthesea 9.5.0 compiles
        # at import (see `tokenize`); a pattern rebuilt with fixed_words goes the slow way.
        # Without underthesea imported, the same pattern is compiled from the cached source.
        self._rt = None  # underthesea's regex_tokenize module, once it is imported
        source, flags = state["pattern"]
        rt = sys.modules.get(_RT_MODULE)
        own = getattr(rt, "patterns", None) if rt is not None else None
        if own is None or own.pattern != source or own.flags != flags:
            own = re.compile(source, flags)
        self._own = own  # what underthesea's import compiles, used while its module is not imported
        self._known = own if _pattern_hash(own) == KNOWN_PATTERN_HASH else None  # proven for chunking
        self._chunk_cache: dict[str, tuple] = {}  # chunk -> its tokens when whitespace follows
        self._tail_cache: dict[str, tuple] = {}  # last chunk (+ "\n" or " ") -> its tokens
        # Every distinct token gets an id (>= 2), its row of `_tokens`: its combo in each unigram
        # group, then istitle, its syllable id (`vocab`) and its lower case's, whether it has a space.
        self._tok_info: dict[str, int] = {}  # token -> id
        self._tokens = np.zeros((1024, self._n_uni + 4), dtype=np.int64)
        self._tokens[0, :self._n_uni] = [g[3] for g in self._uni_groups]
        self._tokens[1, :self._n_uni] = [g[4] for g in self._uni_groups]
        self._tokens[:2, self._n_uni + 1:self._n_uni + 3] = self._unk
        self._tok_text: list[str | None] = [None, None]  # id -> token
        self._tok_lower: list[str | None] = [None, None]  # id -> its lower case
        self._lock = threading.Lock()
        self._rust_featurizer = None
        self.delegated = 0  # sentences handed to underthesea.word_tokenize

    def _current_pattern(self):
        """The pattern underthesea's `tokenize` would use now: its module's global `patterns` once
        it is imported (read on each call, as underthesea does: fixed_words recompiles it), else
        the one compiled here. Its original pattern, not yet recompiled, is the known one."""
        rt = sys.modules.get(_RT_MODULE)
        if rt is None:
            return self._own
        pat = getattr(rt, "patterns", None)
        if pat is None:  # the module is being imported right now
            return self._own
        if rt is not self._rt:
            self._rt = rt
            if not rt.recompile_regex_patterns and _pattern_hash(pat) == KNOWN_PATTERN_HASH:
                self._known = pat
            else:
                self._known = None
        return pat

    @property
    def _patterns(self):
        """The pattern chunked tokenizing is proven for (None: none)."""
        self._current_pattern()
        return self._known

    # -- tokens -------------------------------------------------------------------------------
    def tokenize(self, sentence: str) -> list[str]:
        """underthesea's `regex_tokenize.tokenize(sentence)` (character and token normalisation).

        No token of underthesea's pattern starts with or contains whitespace (save `Th.S`, whose
        unescaped dot matches any character), none is empty, and its look-arounds see at most one
        character on either side, where whitespace and the ends of the text look alike except to
        `$`. So the text's tokens are the tokens of each whitespace-separated chunk followed by a
        space, except the last chunk, followed by what follows it when that is nothing or a lone
        newline (which `$` tells apart). Chunks repeat a lot; their tokens are cached.
        """
        text = self._normalize_text(sentence)
        if not text.isascii() and _SURROGATE.search(text):
            raise _Delegate("surrogate")
        pat = self._current_pattern()  # read on each call, as underthesea does
        if pat is not self._known or ("Th" in text and _TH_SPACE.search(text)):
            return self._normalize_tokens([m.group() for m in pat.finditer(text)])
        chunks = text.split()  # str.isspace() == the pattern's \s (checked in the tests)
        if not chunks:
            return []
        cache = self._chunk_cache
        tokens: list[str] = []
        for chunk in chunks[:-1]:
            toks = cache.get(chunk)
            if toks is None:
                toks = tuple(self._normalize_tokens([m.group() for m in pat.finditer(chunk + " ")]))
                if len(cache) < _CACHE_MAX:
                    cache[chunk] = toks
            tokens += toks
        last = chunks[-1]
        tail = last if text.endswith(last) else (last + "\n" if text.endswith(last + "\n") else last + " ")
        toks = self._tail_cache.get(tail)
        if toks is None:
            toks = tuple(self._normalize_tokens([m.group() for m in pat.finditer(tail)]))
            if len(self._tail_cache) < _CACHE_MAX:
                self._tail_cache[tail] = toks
        tokens += toks
        return tokens

    def _normalize_tokens(self, tokens: list[str]) -> list[str]:
        # `extract_match` returns the text of the one named group that matched, and every
        # alternative of the pattern is one named group spanning the whole match: `group()`.
        # underthesea's token_normalize: tokens up to 6 characters, character-normalised, then
        # looked up in its token table
        norm, get = self._normalize_text, self._token_map.get
        out = []
        for tok in tokens:
            if len(tok) <= 6:
                tok = norm(tok)
                tok = get(tok, tok)
            out.append(tok)
        return out

    # -- per-token properties -----------------------------------------------------------------
    def _info(self, tok: str) -> tuple:
        """A new token's id, its row of `_tokens` filled in."""
        if _NOT_PY_SAFE.search(tok) is None:
            lower = tok.lower()
            title = _istitle(tok)
            values = {None: tok, "lower": lower, "isdigit": _rust_i32(tok),
                      "istitle": _TRUE if title else _FALSE,
                      "is_in_dict": _TRUE if lower in self.dictionary else _FALSE}
        else:
            values = self._rust_values(tok)
            lower, title = values["lower"], values["istitle"] == _TRUE
        combos = [get(values[fn], zero) for fn, get, zero, _, _ in self._uni_groups]
        tid = len(self._tok_text)
        if tid >= len(self._tokens):
            self._tokens = self._np.concatenate([self._tokens, self._np.zeros_like(self._tokens)])
        vget, unk = self._vocab_get, self._unk
        self._tokens[tid] = combos + [title, vget(tok, unk), vget(lower, unk), " " in tok]
        self._tok_text.append(tok)
        self._tok_lower.append(lower)
        self._tok_info[tok] = tid
        return tid

    def _rust_values(self, tok: str) -> dict:
        """The unigram function values computed by underthesea_core's own featurizer."""
        _istitle(tok)  # raises _Delegate where the Rust code would panic
        if self._rust_featurizer is None:
            from underthesea_core import CRFFeaturizer
            self._rust_featurizer = CRFFeaturizer(
                ["T[0].lower", "T[0].isdigit", "T[0].istitle", "T[0].is_in_dict"], set(self.dictionary))
        feats = self._rust_featurizer.process([[[tok]]])[0][0]
        lower, digit, title, in_dict = (f.split("=", 1)[1] for f in feats)
        return {None: tok, "lower": lower, "isdigit": digit, "istitle": title, "is_in_dict": in_dict}

    # -- scores -------------------------------------------------------------------------------
    def infos(self, tokens: list[str]) -> list[int]:
        """The tokens' ids (see `_setup`), new tokens numbered."""
        get = self._tok_info.get
        return [get(t) or self._info(t) for t in tokens]

    def emissions(self, sentences: list[list[str]], infos: list[list[int]] | None = None
                  ) -> list[list[float]]:
        """For every token of the (non-empty) token lists, in order: its two label scores as the
        Rust tagger computes them, bit for bit. One vectorised pass for all the sentences."""
        with self._lock:
            if infos is None:
                infos = [self.infos(tokens) for tokens in sentences]
            return self._scores(infos).tolist()

    def _scores(self, sentences: list[list[int]]):
        """`emissions` of sentences given as token ids: a (tokens, 2) array.

        The padded sentences (pad BOS, the tokens, pad EOS, one block per sentence) are one array of
        token ids; each group's combo at each padded position comes from the tokens' rows
        (unigrams) or, for an n-gram starting there, from its number (its syllable ids in base
        `_base`) searched in the group's sorted keys: no Python per token. A template (a, b) at
        token i reads its group at padded position pad + a + i: BOS before a sentence, EOS from
        where its n-gram would run past the sentence's end."""
        np = self._np
        pad = self._pad
        seq: list[int] = []
        pad_bos, pad_eos = self._pad_bos, self._pad_eos
        for ids in sentences:
            seq += pad_bos
            seq += ids
            seq += pad_eos
        width = len(seq)  # padded positions per group
        seq += pad_eos  # room for the n-grams starting in the last pad (g - 1 <= pad)
        arr = np.array(seq, dtype=np.intp)
        rows = self._tokens.take(arr, axis=0)
        n_uni = self._n_uni
        groups = np.empty((self._n_groups, width), dtype=np.intp)
        groups[:n_uni] = rows[:width, :n_uni].T
        real = arr >= 2
        head = real[:width]
        at_bos = arr[:width] == 0
        title = rows[:, n_uni].astype(bool)
        syllables = {"tok": rows[:, n_uni + 1], "low": rows[:, n_uni + 2]}
        syllables["dict"] = syllables["low"]
        base = self._base
        for gi, (g, kind, keys, vals, default, extra, bos, eos) in enumerate(self._ngrams, n_uni):
            ok = head & real[g - 1:width + g - 1]
            col = np.where(at_bos, bos, eos)
            if kind == "const":
                col[ok] = default
            elif kind == "title":
                t = title[:width].copy()
                for k in range(1, g):
                    t &= title[k:width + k]
                col[ok] = np.where(t[ok], extra[1], extra[0])
            else:
                v = syllables[kind]
                key = v[:width].copy()
                for k in range(1, g):
                    key *= base
                    key += v[k:width + k]
                key = key[ok]
                if len(keys):
                    at = keys.searchsorted(key)
                    at[at == len(keys)] = 0
                    found = keys[at] == key
                else:
                    at = found = np.zeros(len(key), dtype=bool)
                if vals is None:  # is_in_dict
                    col[ok] = np.where(found, extra[1], extra[0])
                else:
                    col[ok] = np.where(found, vals[at], default)
            groups[gi] = col
        if rows[:width, n_uni + 3].any():
            self._spaced_grams(groups, arr, real, rows[:, n_uni + 3].astype(bool), width)
        lengths = [len(t) for t in sentences]
        total = sum(lengths)
        if len(sentences) == 1:
            centre = self._centre(total)
        else:
            centre = np.arange(total, dtype=np.intp) + pad
            centre += np.repeat(np.arange(len(sentences), dtype=np.intp) * (2 * pad), lengths)
        combo = groups.ravel().take(self._t_base * width + self._t_offset + centre[None, :])  # (templates, tokens)
        weights = self._CW.take(combo * self._combo_width + self._t_slot, axis=0)  # (templates, tokens, 2)
        return self._sum_templates(weights.reshape(len(self._t_slot), 2 * total)).reshape(total, 2)

    def _spaced_grams(self, groups, arr, real, spaced, width):
        """The n-grams holding a token with a space (`Th s`, from underthesea's `Th.S` pattern),
        looked up by their joined text as the Rust featurizer does: in the values with more spaces
        than an n-gram of space-free tokens has (`extra`), or in the dictionary."""
        texts = {"tok": self._tok_text, "low": self._tok_lower, "dict": self._tok_lower}
        for gi, (g, kind, _, vals, default, extra, _, _) in enumerate(self._ngrams, self._n_uni):
            if kind not in texts:
                continue  # istitle / isdigit of the joined text: what the token rows already give
            strings = texts[kind]
            for j in range(width):
                if real[j] and real[j + g - 1] and spaced[j:j + g].any():
                    joined = " ".join(strings[i] for i in arr[j:j + g].tolist())
                    if vals is None:
                        groups[gi, j] = extra[1] if joined in self.dictionary else extra[0]
                    else:
                        groups[gi, j] = extra.get(joined, default)

    def _centre(self, n: int):
        idx = self._index_cache.get(n)
        if idx is None:
            idx = self._np.arange(n, dtype=self._np.intp) + self._pad
            if len(self._index_cache) < 1024:
                self._index_cache[n] = idx
        return idx

    def viterbi(self, em: list[list[float]], start: int, end: int) -> list[int]:
        """The best label ids for em[start:end], with the Rust tagger's tie-breaking (a strict
        `>` from the lowest label: ties go to label 0)."""
        return self._viterbi([x for pair in em[start:end] for x in pair], 0, end - start)

    def _viterbi(self, em: list[float], start: int, end: int) -> list[int]:
        """`viterbi` over flat scores: token i's are em[2 * i] and em[2 * i + 1]."""
        t00, t01, t10, t11 = self.t00, self.t01, self.t10, self.t11
        s0, s1 = em[2 * start], em[2 * start + 1]
        back = []
        it = iter(em[2 * start + 2:2 * end])
        for e0, e1 in zip(it, it):
            a = s0 + t00
            b = s1 + t10
            if b > a:
                n0, p0 = b + e0, 1
            else:
                n0, p0 = a + e0, 0
            a = s0 + t01
            b = s1 + t11
            if b > a:
                n1, p1 = b + e1, 1
            else:
                n1, p1 = a + e1, 0
            back.append((p0, p1))
            s0, s1 = n0, n1
        y = 1 if s1 > s0 else 0
        path = [y]
        for bp in reversed(back):
            y = bp[y]
            path.append(y)
        path.reverse()
        return path

    def tag(self, tokens: list[str]) -> list[str]:
        """underthesea's tags (B-W / I-W) for a non-empty token list."""
        labels = self.labels
        return [labels[y] for y in self.viterbi(self.emissions([tokens]), 0, len(tokens))]

    def word_tokenize_many(self, sentences: list[str]) -> list[list[str]]:
        with self._lock:
            return self._word_tokenize_many(sentences)

    def _word_tokenize_many(self, sentences: list[str]) -> list[list[str]]:
        results: list[list[str] | None] = [None] * len(sentences)
        batch: list[list[str]] = []
        infos: list[list[int]] = []
        where: list[int] = []
        if len(self._tok_info) >= _CACHE_MAX:  # bound the memory: start over
            self._tok_info.clear()
            del self._tok_text[2:], self._tok_lower[2:]
        for i, sentence in enumerate(sentences):
            try:
                tokens = self.tokenize(sentence)
                info = self.infos(tokens)
            except _Delegate:  # underthesea would raise or panic
                self.delegated += 1
                results[i] = _underthesea_word_tokenize(sentence)
                continue
            if tokens:
                batch.append(tokens)
                infos.append(info)
                where.append(i)
            else:
                results[i] = []
        if batch:
            em = self._scores(infos).ravel().tolist()
            i_label = self.labels.index("I-W") if "I-W" in self.labels else -1
            start = 0
            for i, tokens in zip(where, batch):
                end = start + len(tokens)
                output: list[str] = []
                for y, token in zip(self._viterbi(em, start, end), tokens):
                    if y == i_label and output:
                        output[-1] = output[-1] + " " + token
                    else:
                        output.append(token)
                results[i] = output
                start = end
        return results

    def word_tokenize(self, sentence: str) -> list[str]:
        return self.word_tokenize_many([sentence])[0]


def _pattern_hash(pattern) -> str:
    return hashlib.sha256((pattern.pattern + str(pattern.flags)).encode()).hexdigest()


# -- loading ----------------------------------------------------------------------------------
_LOCK = threading.Lock()
_SEGMENTER: FastSegmenter | bool | None = None  # None: not loaded yet; False: fall back


def _underthesea_word_tokenize(sentence: str) -> list[str]:
    from underthesea import word_tokenize as uts_word_tokenize
    return uts_word_tokenize(sentence)


def load() -> FastSegmenter | None:
    """The fast segmenter, or None when this installation falls back to underthesea."""
    global _SEGMENTER
    if _SEGMENTER is None:
        with _LOCK:
            if _SEGMENTER is None:
                _SEGMENTER = _build()
    return _SEGMENTER or None


def _build() -> FastSegmenter | bool:
    if os.environ.get("VNEXTRACT_WORDSEG", "").strip().lower() == "underthesea":
        log.info("wordseg: VNEXTRACT_WORDSEG=underthesea, using underthesea.word_tokenize")
        return False
    try:
        seg, reason = _fast_segmenter()
        if seg is not None:
            return seg
    except Exception as e:  # noqa: BLE001 - any surprise: underthesea stays the reference
        reason = f"{type(e).__name__}: {e}"
    log.warning("wordseg: falling back to underthesea.word_tokenize: %s", reason)
    return False


def _fast_segmenter() -> tuple[FastSegmenter | None, str | None]:
    """(the segmenter, None), or (None, why the fast path cannot be used)."""
    core = install.core_version()
    reason = install.core_reason(core)
    if reason is not None:
        return None, reason
    mdir = install.model_dir()
    try:
        path, key = install.ready_path(mdir, core)
    except OSError as e:  # a file to hash is missing: no ready cache, the slow way decides
        log.info("wordseg: no ready-table cache (%s)", e)
        path = key = None
    cached = install.read_ready(path, key) if path else None
    if cached is not None:  # built (and checked) before with these very files
        source_hash, templates, state = cached
        if source_hash != install.KNOWN_SOURCE_HASH:
            return None, install.SOURCE_DIFFERS
        if tuple(templates) != KNOWN_TEMPLATES:
            return None, install.TEMPLATES_DIFFER
        try:
            return FastSegmenter.from_state(state), None
        except Exception as e:  # noqa: BLE001 - a damaged entry: build it again
            log.info("wordseg: ready-table cache unusable (%s: %s); rebuilding", type(e).__name__, e)
    reason = install.check_installation()
    if reason is not None:
        return None, reason
    templates, labels, transitions, tables, weights, dictionary = install.load_converted(mdir)
    if tuple(templates) != KNOWN_TEMPLATES:
        return None, install.TEMPLATES_DIFFER
    seg = FastSegmenter(templates, labels, transitions, tables, weights, dictionary)
    if path:
        install.write_ready(path, key, (install.KNOWN_SOURCE_HASH, tuple(templates), seg.state()))
    return seg, None


def word_tokenize(sentence: str) -> list[str]:
    """Exactly ``underthesea.word_tokenize(sentence)``: the sentence's words, syllables joined by
    one space, in underthesea's spelling."""
    seg = _SEGMENTER if _SEGMENTER is not None else load()
    if not seg:
        return _underthesea_word_tokenize(sentence)
    return seg.word_tokenize(sentence)


def word_tokenize_many(sentences: list[str]) -> list[list[str]]:
    """``[word_tokenize(s) for s in sentences]``, scored in one vectorised pass (faster for the
    sentences of an article than one call each)."""
    seg = _SEGMENTER if _SEGMENTER is not None else load()
    if not seg:
        return [_underthesea_word_tokenize(s) for s in sentences]
    return seg.word_tokenize_many(list(sentences))
