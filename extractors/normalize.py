"""Vietnamese text folding and number parsing: the one place every extractor normalises through.

Folding never changes offsets: it is used for comparison keys (token norms, lexicon look-ups),
never to rewrite the article text.
"""
from __future__ import annotations

import re
import unicodedata

# Old-style tone placement on the second vowel of oa/oe/uy -> the style official documents and
# underthesea's tokenizer use (`ủy`, `hóa`). Both spellings occur in the same article.
_TONE_PAIRS = (
    ("uỷ", "ủy"), ("uý", "úy"), ("uỳ", "ùy"), ("uỹ", "ũy"), ("uỵ", "ụy"),
    ("oá", "óa"), ("oà", "òa"), ("oả", "ỏa"), ("oã", "õa"), ("oạ", "ọa"),
    ("oé", "óe"), ("oè", "òe"), ("oẻ", "ỏe"), ("oẽ", "õe"), ("oẹ", "ọe"),
)
_TONE_RE = re.compile("|".join(a for a, _ in _TONE_PAIRS) + "|" + "|".join(a.upper() for a, _ in _TONE_PAIRS)
                      + "|" + "|".join(a[0].upper() + a[1] for a, _ in _TONE_PAIRS))
_TONE_MAP = {}
for _a, _b in _TONE_PAIRS:
    _TONE_MAP[_a] = _b
    _TONE_MAP[_a.upper()] = _b.upper()
    _TONE_MAP[_a[0].upper() + _a[1]] = _b[0].upper() + _b[1]


# Vietnamese letters by case, for regex character classes (a range like `À-Ỹ` mixes both cases).
VI_UPPER = ("A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ")
VI_LOWER = ("a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ")

DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_DASH_RE = re.compile(f"[{DASHES}]")
_SPACE_RE = re.compile(r"[\s\u00a0\u200b]+")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def unify_tone_placement(text: str) -> str:
    """`Uỷ ban` -> `Ủy ban`, `hoá` -> `hóa`; only at the end of a syllable, so `hoàn` is untouched."""
    if not _TONE_RE.search(text):
        return text
    out = []
    last = 0
    for m in _TONE_RE.finditer(text):
        end = m.end()
        if end < len(text) and text[end].isalpha():
            continue
        if m.start() > 0 and text[m.start() - 1] in "qQ":  # `quý`: `qu` is one consonant
            continue
        out.append(text[last:m.start()])
        out.append(_TONE_MAP[m.group()])
        last = end
    out.append(text[last:])
    return "".join(out)


def canonical_spelling(text: str) -> str:
    """NFC, one tone-placement style, ASCII hyphen for dashes, single spaces."""
    text = unify_tone_placement(nfc(text))
    if _DASH_RE.search(text):
        text = _DASH_RE.sub("-", text)
    # Printable text holds no whitespace but the ASCII space (nor a zero-width space): without a double
    # space the substitution would change nothing, and it costs more than the rest of the function.
    if not text.isprintable() or "  " in text:
        text = _SPACE_RE.sub(" ", text)
    return text.strip()


_FOLD_CACHE: dict[str, str] = {}


def fold(text: str | None) -> str:
    """Comparison key: canonical spelling, lower case (memoised: words repeat)."""
    if not text:
        return ""
    key = _FOLD_CACHE.get(text)
    if key is None:
        key = canonical_spelling(text).lower()
        if len(text) <= 48 and len(_FOLD_CACHE) < 100_000:  # words and names repeat; sentences do not
            _FOLD_CACHE[text] = key
    return key


_WINDOW_FOLD_CACHE: dict[str, str] = {}
MAX_CACHED_WINDOWS = 20_000


def fold_window(text: str | None) -> str:
    """`fold` for a window of text before a word (most come once, some often: `ông `): memoised apart from
    `fold`'s words, in a small memo emptied when full, so the windows never crowd the words out of theirs."""
    if not text:
        return ""
    key = _WINDOW_FOLD_CACHE.get(text)
    if key is None:
        if len(_WINDOW_FOLD_CACHE) >= MAX_CACHED_WINDOWS:
            _WINDOW_FOLD_CACHE.clear()
        key = _WINDOW_FOLD_CACHE[text] = canonical_spelling(text).lower()
    return key


_STRIP_MARKS = {ord("đ"): "d", ord("Đ"): "D"}


def strip_diacritics(text: str) -> str:
    """`Đầm Hà` -> `Dam Ha`; for loose keys (gazetteer look-ups), never for output."""
    decomposed = unicodedata.normalize("NFD", text.translate(_STRIP_MARKS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# ---------------------------------------------------------------- numbers
def parse_number(raw: str) -> float | None:
    """Vietnamese digits: `1.061` -> 1061, `1,8` -> 1.8, `4.123,2` -> 4123.2, `06` -> 6.

    A single `.` followed by exactly three digits is a thousands separator (Vietnamese usage);
    `,` is the decimal mark. `1.5` (one digit after the dot) is read as a decimal, as some outlets
    write it.
    """
    s = raw.strip().replace(" ", "")
    if not s:
        return None
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
        s = s.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(?:,\d{3}){2,}", s):  # 100,000,000 (English style)
        s = s.replace(",", "")
    elif re.fullmatch(r"\d+,\d+", s):
        s = s.replace(",", ".")
    elif not re.fullmatch(r"\d+(?:\.\d+)?", s):
        return None
    try:
        return float(s)
    except ValueError:
        return None


def tidy_number(x: float | None):
    """14.0 -> 14 so tables show integers as integers."""
    if x is None:
        return None
    return int(x) if float(x).is_integer() else round(x, 6)
