"""Regex pieces shared by the dates modules (and by other extractors that build date-shaped patterns)."""
from __future__ import annotations

import re

from vnextract.extractors.lexicon import (
    HORIZONTAL_SPACE,
    alternation,
    compile_ci,  # noqa: F401  (the dates modules import it from here)
    load_json,
)
from vnextract.extractors.normalize import fold

LEX = load_json("temporal.json")

H = HORIZONTAL_SPACE
DAY = r"(?:0?[1-9]|[12]\d|3[01])"
MONTH = r"(?:0?[1-9]|1[0-2])"
YEAR = r"(?:1[0-9]\d\d|20\d\d)"
DASH = r"[-–—‐‑−]"
NUMBER_START = r"(?<![\w/.,:+\-–])"             # a number starts here
YEAR_END = r"(?![\d%]|/\w|[.,:\-]\d)"            # a year ends here (glued words allowed: `2025được`)
DAY_MONTH_END = r"(?![\w%]|/\w|[.,:\-]\d)"       # a day/month ends here


alt = alternation  # the dates modules' short name for lexicon.alternation


def lexicon_key(s: str) -> str:
    """A matched phrase as the folded, single-spaced key of a lexicon mapping."""
    return re.sub(r"\s+", " ", fold(s))


def _spelled_numbers() -> dict[str, int]:
    """One to eleven spelled out (`sáu tháng đầu năm`, `mùng mười Tết`), from common.json's number words."""
    words = load_json("common.json")["number_words"]
    digits = words["digits"]
    one = next(w for w, v in digits.items() if v == 1)
    out = dict(digits)
    out.update({w: words["tail_variants"][w] for w in LEX["standalone_digit_variants"]})
    out[words["ten"]] = 10
    out[f"{words['ten']} {one}"] = 11
    return out


SPELLED_NUMBERS = _spelled_numbers()
SPELLED_NUMBER = alt(SPELLED_NUMBERS)


def spelled_or_digits(s: str) -> int:
    """The number written in digits or spelled out; 0 when it is neither."""
    s = s.strip()
    if s.isdigit():
        return int(s)
    return SPELLED_NUMBERS.get(fold(s), 0)
