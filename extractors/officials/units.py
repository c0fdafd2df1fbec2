"""A sentence as the units the extractor reads (tokenizer words, abbreviations split off), and look-ups over them."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from vnextract.extractors import gazetteer
from vnextract.extractors.extensions import IDX_COL, NORM_COL, token_array
from vnextract.extractors.normalize import fold
from vnextract.extractors.officials.names import (
    COUNTRY,
    MIN_FULL_NAME_SYLLABLES,
    is_abbreviation,
    is_caps,
    is_vietnamese_syllable,
)
from vnextract.extractors.officials.vocabulary import HONORIFICS, MAX_TITLE_WORDS, ROLE_BY_CUE, SURNAMES

MIN_GLUED_LETTERS = 6  # `tướngA`: shorter words are never two glued together
MIN_PLACE_SYLLABLES = 2  # `Phù Cát` + `nói`: one capitalised syllable before a verb is too often a body's word
MAX_PHRASE_UNITS = 4  # a phrase of `phrase_at` (`từng giữ cương vị`) spans at most this many units


@dataclass(slots=True)
class Unit:
    text: str
    start: int
    end: int
    key: str  # folded


class TokenTable:
    """(text, offset, norm) of the tokens, read from the Doc's one `token_array`: spaCy builds a Token
    object on each access. A row's strings are built only when a slice asks for it, so the sentences never
    read (no trigger word) cost nothing."""
    __slots__ = ("text", "strings", "array")

    def __init__(self, doc: Doc):
        self.text, self.strings = doc.text, doc.vocab.strings
        self.array = token_array(doc)[:, IDX_COL:NORM_COL + 1]  # (offset, length, orth, norm) rows

    def __len__(self) -> int:
        return len(self.array)

    def __getitem__(self, k):
        if not isinstance(k, slice):
            return self[k:k + 1 or None][0]
        text = self.text
        return [(text[i:i + n], i, self.norm(h)) for i, n, _, h in self.array[k].tolist()]

    def norm(self, h: int) -> str:
        """The string of a norm hash."""
        norm = _NORMS.get(h)
        if norm is None:
            norm = self.strings[h]
            if len(_NORMS) < MAX_CACHED_WORDS:
                _NORMS[h] = norm
        return norm


# A norm's string by its hash, and by the word's hash the word, its units and the norm (hash, string) it had
# when first seen: a dict look-up by int is cheaper than the StringStore's or than slicing the text, and a hash
# is its string's own (the same in every vocabulary).
_NORMS: dict[int, str] = {}
_WORDS: dict[int, tuple[str, tuple, int, str]] = {}
MAX_CACHED_WORDS = 200_000  # bounded like `normalize.fold`'s memo
# A word's units as (start, end, key) relative to the word, `key` None where it is the token's own norm:
# a pure function of the word's text.
_WHOLE_WORD = ((0, None, None),)  # the common case: the word is one unit, keyed by its norm


def token_table(doc: Doc) -> TokenTable:
    """The article's `TokenTable`."""
    return TokenTable(doc)


def sentence_units(doc: Doc, sent, table: TokenTable | list[tuple[str, int, str]] | None = None) -> list[Unit]:
    """The sentence's words; a word that glues an abbreviation to other words (`TN&MT Hồ Huy Thành`,
    `giáo TU`) is split so the abbreviation and the name stand alone.

    `sent`: a Span, or a (first token, end token, start char, end char) tuple; `table`: the article's
    `TokenTable` (built when not given), or (text, offset, norm) rows."""
    if table is None:
        table = token_table(doc)
    first, stop = (sent[0], sent[1]) if isinstance(sent, tuple) else (sent.start, sent.end)
    if not isinstance(table, TokenTable):
        units: list[Unit] = []
        for word, idx, norm in table[first:stop]:
            _add_units(units, word, idx, norm, _word_units(word))
        return units
    units = []
    append, text, words, norm_of = units.append, table.text, _WORDS, table.norm
    dash_cut = False
    for idx, n, orth, h in table.array[first:stop].tolist():
        got = words.get(orth)
        if got is None:
            word = text[idx:idx + n]
            got = (word, _word_units(word), h, norm_of(h))
            if len(words) < MAX_CACHED_WORDS:
                words[orth] = got
        norm = got[3] if got[2] == h else norm_of(h)  # a word's norm is nearly always the same (not if respelled)
        if got[1] is _WHOLE_WORD:
            append(Unit(got[0], idx, idx + n, norm))
        else:
            _add_units(units, got[0], idx, norm, got[1])
            dash_cut = dash_cut or any(key == "-" for _, _, key in got[1])  # cut at a glued dash
    if dash_cut:
        _mend_dash_halves(units)
    return units


def _glued_part_dash(word: str) -> int:
    """Offset of a dash gluing a lower-case syllable to the capital of a body name's next part (`chính-Kế hoạch` of
    `Tài chính-Kế hoạch`, `chức-Hành` of `Tổ chức-Hành chính`), else -1. A capitalised syllable before the dash
    (`Bà Rịa-Vũng Tàu`, `Phan Xuân Công-Trưởng`) is left to the names' readers."""
    at = word.find("-")
    if at < 1 or at > len(word) - 2 or not word[at + 1].isupper():
        return -1
    before = word[:at].rsplit(" ", 1)[-1]
    return at if before.isalpha() and before.islower() and is_vietnamese_syllable(before) else -1


def _mend_dash_halves(units: list[Unit]):
    """Each half of a glued dash (`chính` `-` `Hành`) joined, in place, to the syllable the tokenizer cut it from:
    the one capitalised syllable before it (`Tổ` + `chức`) and the one lower-case syllable after it (`Hành` +
    `chính`), each one space away, so the name reads as when the dash is spaced (`Tổ chức - Hành chính`). Where
    neither half joins anything, the word is whole again."""
    k = 1
    while k < len(units) - 1:
        dash = units[k]
        left, right = units[k - 1], units[k + 1]
        if dash.key != "-" or left.end != dash.start or right.start != dash.end:
            k += 1
            continue
        after = units[k + 2] if k + 2 < len(units) else None
        joins_after = after is not None and _one_syllable(right.text) and right.text[:1].isupper() \
            and _one_syllable(after.text) and after.text.islower() and after.start == right.end + 1
        before = units[k - 2] if k >= 2 else None
        joins_before = before is not None and _one_syllable(left.text) and left.text.islower() \
            and _one_syllable(before.text) and before.text[:1].isupper() and before.text[1:].islower() \
            and is_vietnamese_syllable(before.text.lower()) and left.start == before.end + 1
        if joins_after:
            units[k + 1:k + 3] = [_joined(right, after)]
        if joins_before:
            units[k - 2:k] = [_joined(before, left)]
            k -= 1
        if not joins_after and not joins_before:  # (`Kinh tế-Hạ tầng`: read as the tokenizer gave it)
            text = left.text + dash.text + right.text
            units[k - 1:k + 2] = [Unit(text, left.start, right.end, fold(text))]
        k += 1


def _one_syllable(text: str) -> bool:
    return text.isalpha() and " " not in text


def _joined(a: Unit, b: Unit) -> Unit:
    text = f"{a.text} {b.text}"
    return Unit(text, a.start, b.end, fold(text))


def _add_units(units: list[Unit], word: str, idx: int, norm: str, parts: tuple):
    """The units of the word at `idx` (its `_word_units`), appended to `units`."""
    if parts is _WHOLE_WORD:
        units.append(Unit(word, idx, idx + len(word), norm))
        return
    for a, b, key in parts:
        units.append(Unit(word[a:b], idx + a, idx + b, norm if key is None else key))


def _word_units(word: str) -> tuple:
    """The units of one tokenizer word as (start, end, key) relative to it, `key` None for the token's own norm."""
    dash = _glued_part_dash(word) if "-" in word else -1
    if dash > 0:
        rest = _word_units(word[dash + 1:])
        rest = ((0, len(word) - dash - 1, None),) if rest is _WHOLE_WORD else rest
        return ((0, dash, fold(word[:dash])), (dash, dash + 1, "-")) \
            + tuple((a + dash + 1, b + dash + 1, fold(word[a + dash + 1:b + dash + 1]) if key is None else key)
                    for a, b, key in rest)
    parts = []
    for text, idx, norm in _unglued([(word, 0, None)]):
        if text.isspace():
            continue
        if " " not in text or text.islower():
            parts.append((idx, idx + len(text), norm))
            continue
        syl = text.split()
        abbr = [is_caps(x) for x in syl]
        if any(abbr) and not all(abbr):
            parts.extend((u.start, u.end, u.key) for u in _split_abbreviations(word, idx, syl, abbr))
            continue
        tail = _glued_name_tail(text)
        if tail:  # `Nguyễn Phú Trọngmong rằng`: the source lost the space after the name
            parts.append((idx, idx + tail, fold(text[:tail])))
            parts.append((idx + tail, idx + len(text), fold(text[tail:])))
            continue
        honoured = _full_name_after_honorific(syl)
        if honoured:  # `Hòa thượng Thích Trí Quảng`: the tokenizer glued the name to the rank before it
            cut = len(" ".join(syl[:honoured]))
            rest = text[cut:].lstrip()
            parts.append((idx, idx + cut, fold(text[:cut])))
            parts.append((idx + len(text) - len(rest), idx + len(text), fold(rest)))
            continue
        named = _leading_full_name(syl) or _name_before_next_honorific(syl)
        if named:  # `Trần Hiếu nêu`: the tokenizer glued the verb after a name to it
            cut = len(" ".join(syl[:named]))
            rest = text[cut:].lstrip()
            parts.append((idx, idx + cut, fold(text[:cut])))
            parts.append((idx + len(text) - len(rest), idx + len(text), fold(rest)))
            continue
        placed = _leading_place_before_verb(syl)
        if placed:  # `Phù Cát nói`, `Hương Vĩnh thông tin`: the tokenizer glued the clause's verb to a place
            cut = len(" ".join(syl[:placed]))
            rest = text[cut:].lstrip()
            parts.append((idx, idx + cut, fold(text[:cut])))
            parts.append((idx + len(text) - len(rest), idx + len(text), fold(rest)))
            continue
        country = _leading_country(syl)
        if country:  # `Mỹ Jeff`: a country glued to the foreign name after it
            cut = len(" ".join(syl[:country]))
            rest = text[cut:].lstrip()
            parts.append((idx, idx + cut, fold(text[:cut])))
            parts.append((idx + len(text) - len(rest), idx + len(text), fold(rest)))
            continue
        parts.append((idx, idx + len(text), norm))
    if parts == [(0, len(word), None)]:
        return _WHOLE_WORD
    return tuple(parts)


def _unglued(words: list[tuple[str, int, str]]):
    """The words, each cut where the source glued two words together with no space (`tướngHadi Tjahjanto`,
    `trưởngquân`): the text of a cut word's parts is the article's, so offsets stay true."""
    for text, idx, norm in words:
        cut = _glue_point(text)
        if not cut:
            yield text, idx, norm
            continue
        yield text[:cut], idx, fold(text[:cut])
        yield text[cut:], idx + cut, fold(text[cut:])


def _glue_point(text: str) -> int:
    """Offset inside the word's first syllable where a Vietnamese word ends and another begins, else 0:
    a capital after lower-case Vietnamese letters (`tướngHadi`), or two syllables run together (`trưởngquân`)."""
    first = text.split(" ", 1)[0]
    if len(first) < MIN_GLUED_LETTERS or first.isascii() or not first.isalpha():
        return 0
    if first[0].isupper():
        return _capitalised_honorific_glue(first)
    for n in range(2, len(first) - 1):
        if first[n].isupper() and first[:n].islower() and not first[:n].isascii():
            return n
    if not first.islower() or is_vietnamese_syllable(first):
        return 0
    for n in range(len(first) - 2, 1, -1):
        if is_vietnamese_syllable(first[:n]) and is_vietnamese_syllable(first[n:]) and not first[:n].isascii():
            return n
    return 0


def _capitalised_honorific_glue(first: str) -> int:
    """Where a family name begins inside a word that opens with a capitalised honorific (`ÔngTrần`, `ÔngNGUYỄN`,
    the source lost the space at a sentence's start), else 0: brand names in camel case (`VietinBank`) open with
    no honorific."""
    for n in range(2, len(first) - 1):
        if first[n].isupper():
            return n if first[1:n].islower() and fold(first[:n]) in HONORIFICS and fold(first[n:]) in SURNAMES else 0
    return 0


def _split_abbreviations(text: str, idx: int, syl: list[str], abbr: list[bool]) -> list[Unit]:
    """The word at `idx` cut into its abbreviations and the runs of other syllables between them."""
    groups: list[list[str]] = []
    for x, is_abbr in zip(syl, abbr):
        if is_abbr or not groups or is_abbreviation(groups[-1][-1]):
            groups.append([x])
        else:
            groups[-1].append(x)
    units = []
    pos = idx
    for g in groups:
        a = text.index(g[0], pos)
        b = text.index(g[-1], a) + len(g[-1])
        units.append(Unit(text[a:b], a, b, fold(text[a:b])))
        pos = b
    return units


def _leading_full_name(syl: list[str]) -> int:
    """How many leading syllables spell a Vietnamese full name (a family name, then capitalised syllables) when
    only lower-case syllables follow, else 0."""
    n = 0
    while n < len(syl) and syl[n][:1].isupper():
        n += 1
    if not MIN_FULL_NAME_SYLLABLES <= n < len(syl) or fold(syl[0]) not in SURNAMES \
            or not all(x.islower() for x in syl[n:]):
        return 0
    return n


def _full_name_after_honorific(syl: list[str]) -> int:
    """Where a full name (a family name, then capitalised syllables to the word's end) begins after an honorific
    or its second half (`Hòa thượng Thích Trí Quảng`, `thượng Thích Huệ Thông` after `Hòa`), else 0."""
    n = len(syl)
    while n > 0 and syl[n - 1][:1].isupper() and syl[n - 1].isalpha():
        n -= 1
    if n == 0 or len(syl) - n < MIN_FULL_NAME_SYLLABLES or fold(syl[n]) not in SURNAMES:
        return 0
    if not syl[n - 1].islower():
        return 0
    prefix = fold(" ".join(syl[:n]))
    if any(h == prefix or h.endswith(" " + prefix) or prefix.endswith(" " + h) for h in HONORIFICS):
        return n
    return 0


# Honorifics no Vietnamese given name is: after a full name they open the next sentence (a headline without its stop).
_NEVER_GIVEN_NAMES = frozenset({"ông", "bà"})


def _name_before_next_honorific(syl: list[str]) -> int:
    """`Nguyễn Thiện Nhân Ông` (+ `Nguyễn Thiện Nhân sinh ...`): a full name the tokenizer glued to the capitalised
    honorific opening the next sentence: the name's syllable count, else 0."""
    n = len(syl) - 1  # three syllables at least before it: `Nguyễn Văn Bà` may still be a name
    if n <= MIN_FULL_NAME_SYLLABLES or not syl[-1][:1].isupper() or fold(syl[-1]) not in _NEVER_GIVEN_NAMES \
            or fold(syl[0]) not in SURNAMES or not all(x[:1].isupper() and x[1:].islower() for x in syl[:n]):
        return 0
    return n


def _leading_place_before_verb(syl: list[str]) -> int:
    """How many leading capitalised syllables (two or more) stand before a lower-case tail that is no part of
    them: they name a place (a place's name has no lower-case word), or the tail is a role cue (`nói`,
    `thông tin`), else 0. `Tổng Bí thư`, `Ban Chỉ đạo`, `Tết Nguyên đán` are neither."""
    n = 0
    while n < len(syl) and syl[n][:1].isupper():
        n += 1
    if n < MIN_PLACE_SYLLABLES or n == len(syl) or not all(x.islower() and x.isalpha() for x in syl[n:]) \
            or not all(x.isalpha() for x in syl[:n]):
        return 0
    if fold(" ".join(syl[n:])) in ROLE_BY_CUE or gazetteer.is_place(" ".join(syl[:n])):
        return n
    return 0


def _glued_name_tail(text: str) -> int:
    """Offset where a lower-case word glued onto the last syllable of a Vietnamese full name begins (`Nguyễn Phú
    Trọngmong`: `Trọng` + `mong`), else 0: the syllable is no Vietnamese one, and it splits into two that are."""
    syl = text.split(" ")
    n = 0
    while n < len(syl) and syl[n][:1].isupper():
        n += 1
    if n < MIN_FULL_NAME_SYLLABLES or fold(syl[0]) not in SURNAMES or not all(x.isalpha() for x in syl[:n]):
        return 0
    last = syl[n - 1]
    if len(last) < MIN_GLUED_LETTERS or not last[1:].islower() or last.isascii() \
            or not all(is_vietnamese_syllable(x) for x in syl[:n - 1]) or is_vietnamese_syllable(last):
        return 0
    at = len(" ".join(syl[:n - 1])) + 1
    for k in range(len(last) - 2, 1, -1):
        if is_vietnamese_syllable(last[:k]) and is_vietnamese_syllable(last[k:]):
            return at + k
    return 0


def _leading_country(syl: list[str]) -> int:
    """How many leading syllables name a country when capitalised words follow it, else 0."""
    if len(syl) < 2 or not all(x[:1].isupper() for x in syl):
        return 0
    if _vietnamese_name_ends(syl):
        return 0  # `Mỹ Đình Lưu Chí Dưỡng`: a ward's name (opening like a country) glued to a Vietnamese name
    for n in range(len(syl) - 1, 0, -1):
        if any(p.level == COUNTRY for p in gazetteer.lookup(" ".join(syl[:n]))):
            return n
    return 0


def _vietnamese_name_ends(syl: list[str]) -> bool:
    """The word ends on a Vietnamese full name of three or four syllables after two or more others, all
    Vietnamese syllables: a place glued to a person's name, not a country glued to a foreign one."""
    return len(syl) >= MIN_PLACE_SYLLABLES + 3 and all(is_vietnamese_syllable(x) for x in syl) \
        and any(fold(syl[-n]) in SURNAMES for n in (3, 4) if len(syl) - n >= MIN_PLACE_SYLLABLES)


_PREFIXES: dict[int, frozenset[str]] = {}


def _prefixes(table: dict) -> frozenset[str]:
    """Every leading word sequence of the table's keys: lets a look-up stop at the first miss."""
    got = _PREFIXES.get(id(table))
    if got is None:
        got = _PREFIXES[id(table)] = frozenset(
            " ".join(k.split()[:n]) for k in table for n in range(1, len(k.split()) + 1))
    return got


def match_lexicon(units: list[Unit], i: int, table: dict) -> int:
    """Number of units from i that spell the longest entry of `table` (a post or rank table; 0 if none)."""
    prefixes = _PREFIXES.get(id(table))
    if prefixes is None:
        prefixes = _prefixes(table)
    if i >= len(units):
        return 0
    key = units[i].key
    if key not in prefixes:
        return 0  # most words open no entry: the look-up ends here
    best = 1 if key in table else 0
    for n in range(2, min(MAX_TITLE_WORDS, len(units) - i) + 1):
        key = key + " " + units[i + n - 1].key
        if key not in prefixes:
            break
        if key in table:
            best = n
    return best


def phrase_at(units: list[Unit], i: int, phrases: frozenset[str]) -> int:
    """Units spanned by the longest of `phrases` (folded) written from unit i, else 0 (a tokenizer word
    may hold several words: `thay mặt`, `từng` `là`)."""
    key, best = "", 0
    for n, u in enumerate(units[i:i + MAX_PHRASE_UNITS], 1):
        key = f"{key} {u.key}".strip()
        if key in phrases:
            best = n
    return best
