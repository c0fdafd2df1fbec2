"""A sentence as the units the extractor reads (tokenizer words, abbreviations split off), and look-ups over them."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from vnextract.extractors import gazetteer
from vnextract.extractors.normalize import fold
from vnextract.extractors.officials.names import (
    COUNTRY,
    MIN_FULL_NAME_SYLLABLES,
    is_abbreviation,
    is_caps,
    is_vietnamese_syllable,
)
from vnextract.extractors.officials.vocabulary import MAX_TITLE_WORDS, SURNAMES

MIN_GLUED_LETTERS = 6  # `tướngA`: shorter words are never two glued together
MAX_PHRASE_UNITS = 4  # a phrase of `phrase_at` (`từng giữ cương vị`) spans at most this many units


@dataclass
class Unit:
    text: str
    start: int
    end: int
    key: str  # folded


def token_table(doc: Doc) -> list[tuple[str, int, str]]:
    """(text, offset, norm) of every token, read once per article: spaCy builds a Token object on
    each access, which is the dominant cost when sentences are scanned repeatedly."""
    from spacy.attrs import IDX, LENGTH, NORM

    text, strings = doc.text, doc.vocab.strings
    return [(text[i:i + n], i, strings[h]) for i, n, h in doc.to_array([IDX, LENGTH, NORM]).tolist()]


def sentence_units(doc: Doc, sent, table: list[tuple[str, int, str]] | None = None) -> list[Unit]:
    """The sentence's words; a word that glues an abbreviation to other words (`TN&MT Hồ Huy Thành`,
    `giáo TU`) is split so the abbreviation and the name stand alone.

    `sent`: a Span, or a (first token, end token, start char, end char) tuple."""
    if table is None:
        table = token_table(doc)
    units = []
    first, stop = (sent[0], sent[1]) if isinstance(sent, tuple) else (sent.start, sent.end)
    for text, idx, norm in _unglued(table[first:stop]):
        if text.isspace():
            continue
        if " " not in text or text.islower():
            units.append(Unit(text, idx, idx + len(text), norm))
            continue
        syl = text.split()
        abbr = [is_caps(x) for x in syl]
        if any(abbr) and not all(abbr):
            units.extend(_split_abbreviations(doc.text, idx, syl, abbr))
            continue
        named = _leading_full_name(syl)
        if named:  # `Trần Hiếu nêu`: the tokenizer glued the verb after a name to it
            cut = len(" ".join(syl[:named]))
            units.append(Unit(text[:cut], idx, idx + cut, fold(text[:cut])))
            rest = text[cut:].lstrip()
            units.append(Unit(rest, idx + len(text) - len(rest), idx + len(text), fold(rest)))
            continue
        country = _leading_country(syl)
        if country:  # `Mỹ Jeff`: a country glued to the foreign name after it
            cut = len(" ".join(syl[:country]))
            rest = text[cut:].lstrip()
            units.append(Unit(text[:cut], idx, idx + cut, fold(text[:cut])))
            units.append(Unit(rest, idx + len(text) - len(rest), idx + len(text), fold(rest)))
            continue
        units.append(Unit(text, idx, idx + len(text), norm))
    return units


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
    if len(first) < MIN_GLUED_LETTERS or first.isascii() or not first.isalpha() or not first[0].islower():
        return 0
    for n in range(2, len(first) - 1):
        if first[n].isupper() and first[:n].islower() and not first[:n].isascii():
            return n
    if not first.islower() or is_vietnamese_syllable(first):
        return 0
    for n in range(len(first) - 2, 1, -1):
        if is_vietnamese_syllable(first[:n]) and is_vietnamese_syllable(first[n:]) and not first[:n].isascii():
            return n
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


def _leading_country(syl: list[str]) -> int:
    """How many leading syllables name a country when capitalised words follow it, else 0."""
    if len(syl) < 2 or not all(x[:1].isupper() for x in syl):
        return 0
    for n in range(len(syl) - 1, 0, -1):
        if any(p.level == COUNTRY for p in gazetteer.lookup(" ".join(syl[:n]))):
            return n
    return 0


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
    best = 0
    key = ""
    prefixes = _prefixes(table)
    for n in range(1, min(MAX_TITLE_WORDS, len(units) - i) + 1):
        key = (key + " " + units[i + n - 1].key) if key else units[i + n - 1].key
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
