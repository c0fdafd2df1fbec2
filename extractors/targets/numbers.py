"""Numbers of a figure: digits (`540`, `1.061`, `4.123,2`, `06`) and numbers in words (`hai`, `ba mươi`,
`hai trăm linh năm`, from common.json `number_words`)."""
from __future__ import annotations

import re

from vnextract.extractors.lexicon import load_json
from vnextract.extractors.normalize import fold, parse_number

_WORDS = load_json("common.json")["number_words"]
_DIGITS = list(_WORDS["digits"])
_TEN, _TENS, _HUNDREDS = _WORDS["ten"], _WORDS["tens"], _WORDS["hundreds"]
_ZERO_FILLERS = tuple(_WORDS["zero_fillers"])
_VALUES = {fold(k): v for k, v in {**_WORDS["digits"], **_WORDS["tail_variants"]}.items()}
_ONE = next(w for w, v in _WORDS["digits"].items() if v == 1)
_FIVE = next(w for w, v in _WORDS["digits"].items() if v == 5)

DIGITS = (r"\d{1,3}(?:,\d{3}){2,}(?!\d)"          # 100,000,000 (English style)
          r"|\d{1,3}(?:\.\d{3})+(?:,\d+)?(?!\d)"  # 1.061 / 4.123,2
          r"|\d+\.\d{1,2}(?![\d.])"               # 1.5 (decimal point)
          r"|\d+(?:,\d+)?")                      # 06, 97,5


def _either(words) -> str:
    return "(?:" + "|".join(words) + ")"


# Two to nine: what multiplies `mươi` and `trăm` (`một trăm` is written, `một mươi` is not).
_MULTIPLIER_DIGIT = _either(w for w in _DIGITS if w != _ONE)
# A digit after `mươi`, with its variants (`hai mươi mốt`, `ba mươi lăm`); `năm` there is a year (`mươi năm`).
_TAIL_DIGIT = _either(w for w, _ in sorted([*_WORDS["digits"].items(), *_WORDS["tail_variants"].items()],
                                           key=lambda item: item[1]) if w != _FIVE)
_TENS_WORDS = rf"(?:{_TEN}(?:\s+{_TAIL_DIGIT})?|{_MULTIPLIER_DIGIT}\s+{_TENS}(?:\s+{_TAIL_DIGIT})?)"
# A digit alone counts from two, and not five: `một` is also `a`, `năm` is also `year`.
_LONE_DIGITS = "|".join(w for w in _DIGITS if w not in (_ONE, _FIVE))
SPELLED = (rf"(?:(?:{_ONE}|{_MULTIPLIER_DIGIT})\s+{_HUNDREDS}"
           rf"(?:\s+{_either(_ZERO_FILLERS)}\s+(?:{_ONE}|{_MULTIPLIER_DIGIT})|\s+{_TENS_WORDS})?"
           rf"|{_TENS_WORDS}|{_LONE_DIGITS})")

# Does the text hold a number at all (a digit, or a number word that can start one)?
ANY_NUMBER = re.compile(rf"\d|(?<!\w)(?:{_MULTIPLIER_DIGIT}|{_TEN})(?!\w)", re.IGNORECASE)


def parse(raw: str) -> float | None:
    raw = " ".join(raw.split())
    if raw[:1].isdigit():
        return parse_number(raw)
    return parse_words(raw)


def parse_words(raw: str) -> float | None:
    """`hai` -> 2, `ba mươi` -> 30, `mười lăm` -> 15, `hai trăm linh năm` -> 205."""
    total, cur = 0, 0
    for w in raw.split():
        if w == _HUNDREDS:
            total += (cur or 1) * 100
            cur = 0
        elif w == _TENS:
            cur = (cur or 1) * 10
        elif w == _TEN:
            cur += 10
        elif w in _ZERO_FILLERS:
            continue
        elif w in _VALUES:
            v = _VALUES[w]
            cur = cur + v if cur >= 10 or cur == 0 else cur * 10 + v
        else:
            return None
    return float(total + cur)
