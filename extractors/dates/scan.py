"""One generic scan over the pattern families (patterns.FAMILIES), then overlaps settled.

Cost: Python's re tries a pattern at every position when its first character is not fixed (optional
prefixes, lookbehinds, IGNORECASE words), which made the families cost ~3 ms an article. Instead each
family is tried only at the positions where it can start (`StartIndex`), found from a few anchors:
the digit runs (one scan; the run's length and what follows select the families, the words before it
give the prefix starts) and, for the word families, the lexicon words located with str.find on the
lowercased text. The patterns are matched at those positions with the same end bounds as a plain
finditer over the windows around digits (`PlainScan`), so the matches are exactly the same: every
position where a pattern can match is in its start set (a superset), tried left to right, skipping
starts inside the previous match.
"""
from __future__ import annotations

import bisect
import re

from vnextract.extractors.dates.patterns import FAMILIES, RELATIVE_WORDS, WEEKDAY_WORDS, Scope
from vnextract.extractors.dates.regex import LEX, SPELLED_NUMBERS
from vnextract.extractors.dates.values import Candidate, Family

WINDOW_PAD = 48             # characters either side of a digit run where the numeric families can match
MERGE_GAP = 8               # most characters between a weekday / relative day and the day it merges with

_RX_DIGITS = re.compile(r"\d+")
_RX_DRUN = re.compile(r"\d\d*")
# what follows a 1-2 digit run: which numeric families can match there (one lookahead group each)
_SHORT_CORE = re.compile(
    r"\d\d?"
    r"(?:(?=(?P<dmy>[/.\-]\d\d?[/.\-]\d\d\d\d))|)"
    r"(?:(?=(?P<dm>[/.\-]\d|[^\S\n][-–][^\S\n]?\d|[-–][^\S\n]\d))|)"
    r"(?:(?=(?P<dmw>[^\S\n]+tháng))|)"
    r"(?:(?=(?P<dlist>[^\S\n]*(?:,|và|hoặc)))|)"
    r"(?:(?=(?P<dint>(?:[/.\-]\d\d?(?:[/.\-]\d\d\d\d)?)?[^\S\n]*(?:[-–—‐‑−]|đến|tới|cho)))|)"
    r"(?:(?=(?P<mint>(?:[^\S\n]*[/\-][^\S\n]*\d\d\d\d|[^\S\n]+năm[^\S\n]+\d\d\d\d)?[^\S\n]*(?:[-–—‐‑−]|đến|tới)))|)"
    r"(?:(?=(?P<my>[/\-]\d\d\d\d))|)")
_YINT_CORE = re.compile(r"\d\d\d\d[^\S\n]*(?:[-–—‐‑−/]|đến|tới)")
_DAY_PRE_WORDS = tuple(LEX["day_prefixes"])
_DAY_COUNT_WORDS = ("các", "hai", "ba", "2", "3")     # `các ngày`, `hai ngày` before a day interval
_RX_MERGE_GAP = re.compile(r"[^\S\n]*(?:,|\()?[^\S\n]*(?:ngày[^\S\n]*)?$", re.IGNORECASE)


def _first_words(phrases) -> tuple[str, ...]:
    return tuple(sorted({p.split()[0].lower() for p in phrases if p.strip()}))


_REL_FIRST = _first_words(RELATIVE_WORDS)
_WEEKDAY_FIRST = _first_words(WEEKDAY_WORDS)
_NUMBER_SEQS = tuple(sorted({tuple(w.lower().split()) for w in SPELLED_NUMBERS if w.strip()}))
_STEM_WORDS = tuple(sorted({w.lower() for w in LEX["lunar_stems"]}))
_BRANCH_WORDS = tuple(sorted({w.lower() for w in LEX["lunar_branches"]}))


def _lh(s: str, i: int) -> int:
    """Start of the run of horizontal spaces that ends at i (i itself when there is none)."""
    while i:
        c = s[i - 1]
        if c == "\n" or not c.isspace():
            return i
        i -= 1
    return i


def _ends(low: str, i: int, words) -> list[int]:
    """Starts of those words that end at i."""
    return [i - len(w) for w in words if low.endswith(w, 0, i)]


def _seq_start(low: str, i: int, seq: tuple[str, ...]) -> int | None:
    """Start of the words of seq ending at i, separated by runs of horizontal space."""
    for k in range(len(seq) - 1, -1, -1):
        w = seq[k]
        if not low.endswith(w, 0, i):
            return None
        i -= len(w)
        if k:
            j = _lh(low, i)
            if j == i:
                return None
            i = j
    return i


def _tu_before(low: str, q: int, out: list[int]) -> None:
    """`từ ` / `kể từ ` right before q."""
    r = _lh(low, q)
    if r < q and low.endswith("từ", 0, r):
        t = r - 2
        out.append(t)
        r = _lh(low, t)
        if r < t and low.endswith("kể", 0, r):
            out.append(r - 2)


def _find_all(low: str, w: str, out: list[int]) -> None:
    i = low.find(w)
    while i >= 0:
        out.append(i)
        i = low.find(w, i + 1)


class StartIndex:
    """Start positions of each pattern family in one text (see the module's docstring)."""

    def __init__(self, text: str, low: str):
        self.text, self.low = text, low
        self.wa: list[int] = []     # windows around digit runs: starts ...
        self.wb: list[int] = []     # ... and ends
        self.starts: dict[Family, list[int]] = {f.family: [] for f in FAMILIES}
        for m in _RX_DRUN.finditer(text):
            s, e = m.span()
            self._extend_window(s, e)
            if e - s <= 2:
                self._short_run(s)
            elif e - s == 4:
                self._year_run(s)
        self._word_starts()

    def _extend_window(self, s: int, e: int) -> None:
        """The windows of `_windows()`, built from the same runs."""
        a = s - WINDOW_PAD if s > WINDOW_PAD else 0
        b = e + WINDOW_PAD if e + WINDOW_PAD < len(self.text) else len(self.text)
        if self.wb and a <= self.wb[-1]:
            self.wb[-1] = b
        else:
            self.wa.append(a)
            self.wb.append(b)

    def _short_run(self, s: int) -> None:
        """A day or month number: the day and month families, with their prefix words."""
        low, st = self.low, self.starts
        g = _SHORT_CORE.match(low, s).regs
        r0 = _lh(low, s)
        pre = _ends(low, r0, _DAY_PRE_WORDS) if r0 else []
        for i, fam in ((1, Family.DAY_MONTH_YEAR), (2, Family.DAY_MONTH), (3, Family.DAY_MONTH_WORDS)):
            if g[i][0] >= 0:
                st[fam].append(s)
                st[fam] += pre
        if g[4][0] >= 0 and low.endswith("ngày", 0, r0):
            st[Family.DAY_LIST].append(r0 - 4)
        if g[5][0] >= 0:
            self._day_interval(s, r0)
        th = r0 - 5 if low.endswith("tháng", 0, r0) else -1
        if g[6][0] >= 0:
            out = st[Family.MONTH_INTERVAL]
            out.append(s)
            _tu_before(low, s, out)
            if th >= 0:
                out.append(th)
                _tu_before(low, th, out)
        if g[7][0] >= 0:
            st[Family.MONTH_YEAR].append(s)
        if th >= 0:
            st[Family.MONTH].append(th)

    def _day_interval(self, s: int, r0: int) -> None:
        """`[từ] [các] ngày [mùng] D`: the starts of a day interval whose first day is at s."""
        low = self.low
        out = self.starts[Family.DAY_INTERVAL]
        out.append(s)
        ps = [s]
        if low.endswith("ngày", 0, r0):
            ngs = [r0 - 4]
        elif low.endswith("mùng", 0, r0) or low.endswith("mồng", 0, r0):
            r1 = _lh(low, r0 - 4)
            ngs = [r1 - 4] if low.endswith("ngày", 0, r1) else []
        else:
            ngs = []
        for q in ngs:
            ps.append(q)
            r2 = _lh(low, q)
            if r2 < q:
                ps += _ends(low, r2, _DAY_COUNT_WORDS)
        out += ps
        for q in ps:
            _tu_before(low, q, out)

    def _year_run(self, s: int) -> None:
        """A four-digit run: year intervals, years with their cue words, lunar year names."""
        text, low, st = self.text, self.low, self.starts
        r0 = _lh(low, s)
        nam = r0 - 3 if low.endswith("năm", 0, r0) else -1
        if _YINT_CORE.match(low, s):
            out = st[Family.YEAR_INTERVAL]
            out.append(s)
            _tu_before(low, s, out)
            if nam >= 0:
                out.append(nam)
                _tu_before(low, nam, out)
        out = st[Family.YEAR]
        if nam >= 0:
            out.append(nam)
        for r in (r0, _lh(low, r0 - 1) if r0 and low[r0 - 1] == ":" else -1):
            if r >= 2 and text.endswith("SN", 0, r):
                out.append(r - 2)
        if r0 < s:
            if low.endswith("xuân", 0, r0):
                x = r0 - 4
                out.append(x)
                r1 = _lh(low, x)
                if r1 < x and low.endswith("mùa", 0, r1):
                    out.append(r1 - 3)
            for q in _ends(low, r0, _BRANCH_WORDS):
                r1 = _lh(low, q)
                if r1 < q:
                    st[Family.LUNAR_YEAR] += _ends(low, r1, _STEM_WORDS)

    def _word_starts(self) -> None:
        """The word families, over the whole text."""
        text, low, st = self.text, self.low, self.starts
        _find_all(low, "quý", st[Family.QUARTER])
        _find_all(text, "Q", st[Family.QUARTER])
        self._half_starts(st[Family.HALF])
        tet = st[Family.TET]
        for w in ("mùng", "mồng"):
            _find_all(low, w, tet)
        for x in list(tet):
            r0 = _lh(low, x)
            if r0 < x and low.endswith("ngày", 0, r0):
                tet.append(r0 - 4)
        for w in _REL_FIRST:
            _find_all(low, w, st[Family.RELATIVE])
        for w in _WEEKDAY_FIRST:
            _find_all(low, w, st[Family.WEEKDAY])

    def _half_starts(self, h: list[int]) -> None:
        """`nửa`, and the number (digits or spelled) before each `tháng`."""
        low = self.low
        _find_all(low, "nửa", h)
        ths: list[int] = []
        _find_all(low, "tháng", ths)
        for t in ths:
            r0 = _lh(low, t)
            if r0 == t or not r0:
                continue
            if low[r0 - 1].isdecimal():
                h.append(r0 - 1)
                if r0 >= 2:
                    h.append(r0 - 2)
            for seq in _NUMBER_SEQS:
                x = _seq_start(low, r0, seq)
                if x is not None:
                    h.append(x)

    def near_digits(self, rx: re.Pattern, fam: Family) -> list:
        text, wa, wb = self.text, self.wa, self.wb
        out = []
        last = 0
        for s in sorted(set(self.starts[fam])):
            if s < last:
                continue
            i = bisect.bisect_right(wa, s) - 1
            if i < 0 or s >= wb[i]:
                continue
            m = rx.match(text, s, wb[i])
            if m:
                out.append(m)
                last = m.end()
        return out

    def whole_text(self, rx: re.Pattern, fam: Family) -> list:
        text = self.text
        out = []
        last = 0
        for s in sorted(set(self.starts[fam])):
            if s < last:
                continue
            m = rx.match(text, s)
            if m:
                out.append(m)
                last = m.end()
        return out


def _windows(text: str, pad: int = WINDOW_PAD) -> list[tuple[int, int]]:
    """Stretches of text around digits: the only places the numeric families can match."""
    out: list[list[int]] = []
    n = len(text)
    for m in _RX_DIGITS.finditer(text):
        a, b = max(0, m.start() - pad), min(n, m.end() + pad)
        if out and a <= out[-1][1]:
            out[-1][1] = b
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


class PlainScan:
    """The plain finditer scans (texts whose lowercasing is not position-for-position)."""

    def __init__(self, text: str):
        self.text = text
        self.win = _windows(text)

    def near_digits(self, rx: re.Pattern, fam: Family):
        for a, b in self.win:
            yield from rx.finditer(self.text, a, b)

    def whole_text(self, rx: re.Pattern, fam: Family):
        return rx.finditer(self.text)


def scanner(text: str, low: str):
    # `ı`, `ſ` (and `İ`, which lowercases to two characters) match i/s under IGNORECASE but do not
    # lowercase to them: such texts take the plain scans.
    if len(low) != len(text) or "ı" in text or "ſ" in text:
        return PlainScan(text)
    return StartIndex(text, low)


def candidates(text: str) -> list[Candidate]:
    """Every family's candidates, in FAMILIES order."""
    out: list[Candidate] = []
    low = text.lower()
    sc = scanner(text, low)
    for fam in FAMILIES:
        if fam.needs and not any(w in low for w in fam.needs):
            continue
        if fam.scope is Scope.FIND_ALL:
            matches = fam.pattern.finditer(text)
        else:
            scan = sc.near_digits if fam.scope is Scope.NEAR_DIGITS else sc.whole_text
            matches = scan(fam.pattern, fam.family)
        for m in matches:
            out.extend(fam.build(m, text))
    return out


_MERGED_INTO = (Family.DAY_MONTH, Family.DAY_MONTH_YEAR, Family.DAY_MONTH_WORDS)


def _longest(cands: list[Candidate]) -> list[Candidate]:
    """Longest non-overlapping candidates (then higher priority, then earlier), in text order."""
    cands.sort(key=lambda c: (-(c.end - c.start), -c.prio, c.start))
    taken: list[Candidate] = []
    occupied: list[tuple[int, int]] = []
    for c in cands:
        if any(c.start < b and a < c.end for a, b in occupied):
            continue
        taken.append(c)
        occupied.append((c.start, c.end))
    taken.sort(key=lambda c: c.start)
    return taken


def select(cands: list[Candidate], text: str) -> list[Candidate]:
    """Longest non-overlapping candidates; then weekday/relative-day + explicit day merge into one."""
    taken = _longest(cands)
    out: list[Candidate] = []
    i = 0
    while i < len(taken):
        c = taken[i]
        if c.merge_next and i + 1 < len(taken):
            nxt = taken[i + 1]
            gap = text[c.end:nxt.start]
            if nxt.family in _MERGED_INTO and len(gap) <= MERGE_GAP and _RX_MERGE_GAP.fullmatch(gap):
                end = nxt.end
                if "(" in gap and text[end:end + 1] == ")":
                    end += 1
                wd = c.rel[1] if c.family is Family.WEEKDAY else None
                out.append(Candidate(c.start, end, nxt.family, nxt.parts, prio=nxt.prio,
                                     cue=nxt.cue or c.family.value, weekday=wd))
                i += 2
                continue
        if c.family in (Family.WEEKDAY, Family.BLOCK):
            i += 1
            continue
        if c.subs:
            out.extend(c.subs)
        else:
            out.append(c)
        i += 1
    return out
