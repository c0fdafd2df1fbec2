"""A sentence as the units the extractor reads (tokenizer words, abbreviations split off), and look-ups over them."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from vnextract.extractors import gazetteer
from vnextract.extractors.normalize import fold
from vnextract.extractors.officials.names import COUNTRY, is_abbreviation, is_caps
from vnextract.extractors.officials.vocabulary import MAX_TITLE_WORDS

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
    for text, idx, norm in table[first:stop]:
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
        country = _leading_country(syl)
        if country:  # `Mỹ Jeff`: a country glued to the foreign name after it
            cut = len(" ".join(syl[:country]))
            rest = text[cut:].lstrip()
            units.append(Unit(text[:cut], idx, idx + cut, fold(text[:cut])))
            units.append(Unit(rest, idx + len(text) - len(rest), idx + len(text), fold(rest)))
            continue
        units.append(Unit(text, idx, idx + len(text), norm))
    return units


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
