"""targets extractor: quantified goals and results (`đạt 7/9 tiêu chí`, `tối thiểu 02 khu dân cư mẫu`).

What is a target
----------------
A *quantity* is a number (`540`, `1.061`, `2,5 triệu`, `566 tỷ 384 triệu`, `06`, `hai`, `ba mươi`),
an `x/y` ratio, a range (`9 đến 10 xã`, `35-36%`) or a percentage, followed directly by a counted
unit from ``lexicons/units.txt`` (`1038,5ha` may be glued) or `%`. No unit, no target: bare numbers,
dates, durations (`20 năm` -- `năm`, `tháng`, `ngày`, `tuổi` are not units), scores, times.

A quantity is a *target* only when its clause (the sentence cut at `, ; : ( )` and line ends) says
it is a result of work or a goal, by a **cue** from ``lexicons/targets.json``:

* ``work``/``completion``: a result verb or noun of a programme or of public work (`đạt`,
  `hoàn thành`, `giải ngân`, `xử lý`, `công nhận`, `hỗ trợ`, `trao`, `cấp`, `tiếp nhận`, `vận động`,
  `phát hiện`, `thu giữ`, `xếp` ...) before the number, or as the quantity's own predicate after the
  unit (`14/17 khu dân cư mẫu được ... công nhận`, `764 tin đã xử lý`, `94 công dân nhập ngũ`);
* ``plan`` (`phấn đấu`, `dự kiến`, `mục tiêu`, `giao`, `đề ra`), ``plan_noun`` (`kế hoạch`,
  `chỉ tiêu`, `dự toán`), ``done_work`` (`kết quả`, `lũy kế`, `đạt được`);
* ``modal`` (`sẽ`, `phải`, `cần`, `yêu cầu`, `để`, `đến năm`) only with a later work verb
  (`phải hoàn thành tối thiểu 02 ...`) or a bounding comparator (`tối thiểu`, `không quá`);
* ``delta`` (`tăng`, `giảm`) only against a baseline (`tăng 12% so với cùng kỳ`) or under a plan;
* a cue-less clause right after a target of the same sentence, joined by nothing or a linking word
  (`, 66 đối tượng`, `bằng 85% dự toán`), continues its enumeration and takes its status; so does a
  cue-less figure counting the same head noun as an earlier target of the sentence (a breakdown:
  `1.680 tỷ đồng cho 4 địa phương (Hà Tĩnh 560 tỷ đồng, ...)`, `258 cây xanh ..., trong đó 115 cây`),
  and a figure opening a clause of a sentence whose plan is in force (`dự kiến tuyển ..., 452.000 học
  sinh vào lớp mẫu giáo`);
* a verb with `được` right before the figure (`xuất khẩu được 14.800 tấn`), and `có` + figure + a
  work verb right after the unit (`đã có 60 đơn vị khắc phục`), state a result.
A short aside in brackets (`tạm cấp (lần 2) 1.680 tỷ đồng`) does not cut a clause. A work verb under
`không` states no result; under `chưa`, and the ``backlog`` words (`chậm tiến độ`, `quá hạn`,
`vướng mắc`), it states the current state of the work, a result (`chưa hoàn thành 501 nhiệm vụ`,
`115 hộ chưa nhận tiền`, `12 dự án đang chậm tiến độ`), except for verbs too general to count work
left (``backlog_not_under_chua``: `chưa thực hiện hết vai trò`). An ``unmet`` goal names the goal
before its figure (`không đạt chỉ tiêu 60%`: planned) and a state after it (`3 xã chưa đạt chuẩn`).
A sentence opened by a plan word (`Phấn đấu đến năm 2020, cả nước có tối thiểu 90,7% ...`) makes a
bounded or `có` figure of a later clause its goal. `N X này` refers back to things already named. A number written in words
(`hai`, `ba mươi`) needs its verb right at hand (`hai căn nhà` in narrative is not a target).
Cue words written with a capital inside a sentence belong to names (`Ủy ban Kiểm tra`) and do not
count; compounds are matched longest first, so `bàn giao`, `giao thông`, `vận động viên`,
`cứu sinh`, `đánh giá`, `dự án` are not `giao`, `vận động`, `cứu`, `giá`, `dự`.

Plain narrative has none of these (`đám cháy ... khiến 7 người bị thương`, `chở theo 140 hành
khách`). Vetoes, whatever the cues: a number glued to letters or `-` (`Covid-19`, `140/TTr`); an
ordinal or naming word right before it (`đợt 3`, `lần thứ 30`, `số`, `tổng đài`, `Quân khu`, `năm`,
`vụ 6 người`; a word of its own in the segmentation, so `phục vụ 3 triệu` is not `vụ 3`) or a
capitalised word (`APEC 2017`); vague amounts (`hàng trăm`, `vài`, `đôi ba`); `từ` without a range or
`trở lên` (a starting point); a baseline right after `so với`; a span overlapping a date mention
(``doc._.dates``) or a date-looking `x/y` after `ngày`, `sáng`, `từ`...; page furniture
(``doc._.layout``); a ``neg`` word closer to the number than any work cue (prices, fines, sizes,
ages, damage, attendance: `giá trị`, `mức hỗ trợ`, `phạt tiền`, `diện tích sàn`, `thiệt hại`,
`khiến`, `tham dự`; one-syllable ones only within three syllables); a ``neg_after`` word right after
the unit (`người chết`, `đại biểu dự`, `tán thành`; debt words only without a work verb at hand:
`thu hồi 150 tỷ đồng tiền nợ thuế` is recovered); polls and daily rates anywhere in the sentence
(``sentence_neg``: `thăm dò`, `tỷ lệ ủng hộ`, `mỗi ngày`); an amount alone in brackets after another
(`85 tỷ kronor (10 tỷ USD)`, a conversion); money per square metre (a price); prices, stock and votes anywhere in the
sentence before it (``market_strong``: `giá vàng`, `cổ phiếu`, `số phiếu`), company indicators
(``market``: `doanh thu`, `lợi nhuận`) unless the clause has its own result or plan cue; a legal
norm (`Theo quy định, ... không vượt quá 20%`); money per unit (`15 triệu đồng/ha`) unless a work
verb governs it (`đạt 70 triệu đồng/ha/năm`); bare lengths and areas (`400m`, `tầm bắn 40 km`)
unless a work or plan verb is right before them (`thu giữ 60,7m3 gỗ`).

Named exclusions (``exclusions`` in targets.json, ``_exclusion`` below), whatever verb governs the figure: company
and market accounts (`doanh thu thuần`, `lợi nhuận`, `cổ đông`; `doanh thu`, `tổng tài sản` where a company is named),
sport results, one criminal case before the courts (`truy tố 9 bị can`; a period's police work and a public body's
seizure stay), fees, specifications and capacities of things (`Quy mô ..., phục vụ 110 xe khách`), a policy's tax
rates, advertising, a foreign state's figures (`Đức chỉ chi 1,19% GDP`), places counted as a scope (`tại 4 tỉnh`),
people counted in words (`hai bị can`) and the last year of a list of years (`năm 2015, 2016, 2017 học sinh`).

Article gate: an article whose text names no public body, office or locality
(``public_markers``: UBND, huyện, xã, công an, Đảng bộ, ngân sách, ...) reports no public work -- company
results, market reports, world statistics, sport -- and yields no targets at all; nor does an article
longer than ``public_work_min_chars`` that uses the vocabulary of plans, meetings and results
(``public_work_markers``) fewer than ``public_work_min`` (4) times or with fewer than two distinct words.

Ranks: `xếp thứ 2` is an ordinal, but `xếp thứ 2/10 huyện, thành phố` is a ratio with a counted
total -- the unit's standing among ten units, measured at the end of the period -- so an `x/y` after
`thứ`/`hạng` is kept (seed 003's gold), a bare rank is not.

Status
------
Cues are read left to right over the sentence before the clause (plan, modal, done only), then the
clause before the number, then the quantity's predicate after the unit: ``plan`` and ``modal`` make
the state ``planned`` and stay so (they scope over the verbs after them: `dự kiến năm 2020 đẩy 06 xã
đạt chuẩn`, `phải hoàn thành tối thiểu 02`); ``done`` words (`đã`, `đến nay`, `tính đến`) reset it
to ``achieved``; work verbs give ``achieved`` where no plan is in force. A ``plan_noun`` is planned
only within its clause, a later completion verb (`đạt`, `hoàn thành`, `vượt`) turns it achieved
(`kết quả thực hiện kế hoạch ... đạt 90%`), and right after a figure it is a baseline
(`đạt 51,1% dự toán`), no plan. A figure for a year after the publication year is planned.

Values and comparators
----------------------
Values have multipliers applied and units are the counted noun alone (`2,5 triệu lượt khách` ->
2500000 `lượt khách`; `120 tỷ đồng` -> 1.2e11 `đồng`), so sums over a unit are meaningful; rates
keep their denominator (`tạ/ha`, `triệu đồng/ha/năm`). ``total`` is set for `x/y` only. A range
gives its lower bound and `>=` (its text is the whole range). Comparators: `>=` tối thiểu, ít nhất,
không dưới, ... trở lên; `<=` tối đa, không quá, ... trở xuống; `>` hơn, trên, vượt; `<` dưới, chưa
đến; approximations (`khoảng`, `gần`, `xấp xỉ`, `ước`) are `=`: the contract has no `~`, the figure
is still the stated one and `gần 6,1 triệu` is not a bound in the writer's sense. The comparator
words are part of ``text``.

Units after a classifier (``classifier_units``: `viên`, `chiếc`, `giải`) run on over the noun they
count (`100 viên thuốc lắc`, `2 chiếc Lexus`, `7 giải A`), stopping at a function word or a cue.
``indicator``: what the figure measures where the text names it (a phrase opened by an
``indicator_heads`` word and closed by an ``indicator_verbs`` word right before the figure:
`Tỷ lệ hộ nghèo toàn huyện giảm còn 1,8%`; or a noun phrase after a percentage: `90,7% dân số
tham gia BHYT`), else null.

``year``: the year of the nearest date mention in the clause (else a single date earlier in the
sentence) that carries one; else a `năm YYYY` in the clause; else null. ``evidence``: the sentence.

Fines and back references: money right after ``fine_words`` (`xử phạt hành chính 5 triệu đồng`) is
a fine imposed, not a result (counts after them are: `xử phạt 20 cơ sở`); a figure followed by
`trên`/`này`/`nói trên` at the end of its clause (`3 công dân trên.`) repeats one already given.

Measured (tests/test_corpus_cases.py): the 5 seeds F1 1.0; the survey's 106 hand-labelled passages
(146 targets) P 0.96 R 0.92; four random samples of 60 whole news articles about public work,
labelled against the issue's definition independently of these rules (213 targets): F1 0.78 over
all. Samples 3 and 4 were each scored once before their errors were studied: 0.45 and 0.55 -- the
figure to expect on news unlike anything read here.

Speed: one compiled regex finds quantities over a same-length folded copy of the text; cue words
are looked up by syllable n-grams in dicts only around the few quantities found (about 1 ms an
article, a third of it reading ``doc.text`` once).
"""
from __future__ import annotations

import bisect
import re

from spacy.attrs import IDX, SENT_START
from spacy.tokens import Doc

from vnextract.extractors.lexicon import load_json, load_lines
from vnextract.extractors.normalize import DASHES, fold, parse_number, tidy_number, unify_tone_placement

_LEX = load_json("targets.json")

_DEBUG = False      # keep each row's cues in `_why` (tuning only)
_MAX_NGRAM = 5
_L_CHARS = 110      # how far back in the clause cues are read
_R_CHARS = 60       # how far after the unit
_NEAR_L = 3         # syllables before the quantity where neg/attend words veto it
_NEAR_R = 3         # syllables after the unit where neg_after words veto it


def _alt(phrases) -> str:
    """Regex alternation of folded phrases, longest first, spaces matching any whitespace run."""
    uniq = sorted({fold(p) for p in phrases if p.strip()}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in uniq)


def _phrase_key(p: str) -> tuple[str, ...]:
    return tuple(_SYL.findall(fold(p)))


_SYL = re.compile(r"[^\W_]+(?:-[^\W_]+)*|%", re.UNICODE)


def _phrase_dict(groups: dict[str, list[str]], order: list[str]) -> dict[tuple[str, ...], str]:
    """Syllable tuple -> class; a phrase listed in two classes keeps the first class in `order`."""
    out: dict[tuple[str, ...], str] = {}
    for cls in reversed(order):
        for p in groups.get(cls, ()):
            k = _phrase_key(p)
            if k:
                out[k] = cls
    return out


# ------------------------------------------------------------------ lexicon -> compiled patterns
_UNIT_LINES = load_lines("units.txt")
_UNITS = [u for u in _UNIT_LINES if not u.startswith("!")]
_NOT_UNITS = [u[1:].strip() for u in _UNIT_LINES if u.startswith("!")]
_UNIT_IS_LOWER = {fold(u): u[:1].islower() for u in _UNITS}
_CURRENCY = {fold(c) for c in _LEX["currency"]}
_ADMIN = _LEX["admin_units"]
_MULT = {fold(k): v for k, v in _LEX["multipliers"].items()}
_NUMW = {fold(k): v for k, v in _LEX["number_words"].items()}

_NUM = (r"\d{1,3}(?:,\d{3}){2,}(?!\d)"          # 100,000,000 (English style)
        r"|\d{1,3}(?:\.\d{3})+(?:,\d+)?(?!\d)"  # 1.061 / 4.123,2
        r"|\d+\.\d{1,2}(?![\d.])"               # 1.5 (decimal point)
        r"|\d+(?:,\d+)?")                      # 06, 97,5
_D = r"(?:hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín)"
_TAIL = r"(?:một|mốt|hai|ba|bốn|tư|lăm|nhăm|sáu|bảy|bẩy|tám|chín)"
_TENS = (rf"(?:mười(?:\s+{_TAIL})?|{_D}\s+mươi(?:\s+{_TAIL})?)")
_NUMWORD = (rf"(?:(?:một|{_D})\s+trăm(?:\s+(?:linh|lẻ)\s+(?:một|{_D})|\s+{_TENS})?"
            rf"|{_TENS}|hai|ba|bốn|sáu|bảy|bẩy|tám|chín)")
_UNIT_ALT = _alt(_UNITS + _NOT_UNITS)
_MULT_ALT = _alt(_MULT)
_DENOM = _alt(_LEX["rate_denominators"])
_QTY = re.compile(
    rf"(?<![\w.,/+\-])(?P<num>{_NUM}|{_NUMWORD})"
    rf"(?:/(?P<tot>{_NUM})(?![\d/])"
    rf"|(?:\s*-\s*|\s+(?:đến|tới)\s+)(?P<hi>{_NUM})(?![\d/]))?"      # x/y, or a range a - b
    rf"(?P<mult>(?:\s+(?:{_MULT_ALT}))*)"
    rf"(?:\s+(?P<n2>\d{{1,3}})\s+(?P<m2>{_MULT_ALT}))?"               # 566 tỷ 384 triệu
    rf"(?:(?P<pct>\s?%|\s+phần\s+trăm(?!\w))|\s+(?P<unit>{_UNIT_ALT})(?!\w)"
    rf"|(?P<gunit>{_alt(_LEX['glue_units'])})(?![\w/]))"               # 1038,5ha
    rf"(?P<rate>\s?/\s?(?:{_DENOM})(?:/(?:{_DENOM}))?(?!\w))?")
_NOT_UNIT_SET = {fold(u) for u in _NOT_UNITS}
_ADMIN_NEXT = re.compile(rf"(?:\s*,\s*|\s+và\s+)({_alt(_ADMIN)})(?!\w)")
_AFTER_CMP = re.compile(rf"\s+({_alt([w for ws in _LEX['comparators_after'].values() for w in ws])})(?!\w)")
_CMP_AFTER = {fold(w): c for c, ws in _LEX["comparators_after"].items() for w in ws}
_CMP_BEFORE = {_phrase_key(w): c for c, ws in _LEX["comparators_before"].items() for w in ws}
_ORDINAL = {_phrase_key(w) for w in _LEX["ordinal_before"]}
_NOT_ORDINAL = {_phrase_key(w) for w in ("tổng số", "với số", "con số", "số lượng")}
_RANK = {_phrase_key(w) for w in ("thứ", "hạng", "xếp thứ", "đứng thứ", "xếp hạng")}
_DATE_BEFORE = {_phrase_key(w) for w in _LEX["date_before"]}
_VAGUE = {_phrase_key(w) for w in _LEX["vague_before"]}
_ADJ_NEG = {_phrase_key(w) for w in _LEX["adjacent_neg"]}
_WEAK_UNITS = {fold(u) for u in _LEX["weak_units"]}
_LINK = {_phrase_key(w) for w in _LEX["link_words"]}
_SOFT_NEG_AFTER = {_phrase_key(w) for w in _LEX["neg_after_soft"]}
_NOT_BEFORE_DUOC = {"không", "chưa", "mới", "chỉ", "sẽ", "có", "là", "phải", "đo", "ước", "tính", "cân"}

_CUES = _LEX["cues"]
_CUE_ORDER = ["neutral", "market", "neg", "attend", "done_work", "done", "unmet", "backlog", "plan", "plan_noun",
              "modal", "work", "delta_level", "delta"]
_L_DICT = _phrase_dict({k: v for k, v in _CUES.items()
                        if k not in ("neg_after", "passive", "completion", "plan_after")},
                       ["legal", "market_strong"] + _CUE_ORDER + ["compare"])
_R_DICT = _phrase_dict({k: v for k, v in _CUES.items()
                        if k not in ("neg", "attend", "market", "market_strong")},
                       ["neutral", "neg_after", "compare", "done_work", "unmet", "backlog", "plan_after", "plan",
                        "plan_noun", "modal", "work", "delta_level", "delta", "done", "passive", "completion"])
_ALL_CUE_WORDS = {k[0] for k in _L_DICT} | {k[0] for k in _R_DICT}
_COMPLETION = {_phrase_key(w) for w in _CUES["completion"]}
_WORK_PHRASES = {_phrase_key(w) for w in _CUES["work"] if len(_phrase_key(w)) > 1}
_UNMET = {_phrase_key(w) for w in _CUES["unmet"]}
_PASSIVE = {_phrase_key(w) for w in _CUES["passive"] + _CUES["done"]}
_WORKISH = ("work", "delta_level", "done_work", "completion", "backlog")
_GOVERNING = ("work", "done_work", "plan", "delta_level")  # verbs that make a rate or a size a result or goal

_SENTENCE_NEG = re.compile(rf"(?<!\w)(?:{_alt(_LEX['sentence_neg'])})(?!\w)")
_FINE_BEFORE = re.compile(rf"(?<!\w)(?:{_alt(_LEX['fine_words'])})(?:\s+(?:hành\s+chính|tiền|số\s+tiền|với\s+số\s+tiền))?\s*$")
_BACK_REFERENCE = re.compile(r"\s+(?:trên|nói\s+trên|kể\s+trên|này)\s*(?:[.,;:!?)]|$)")
_THIS_AFTER = re.compile(r"\s+(?:này|đó|ấy)(?!\w)")  # `2 cán bộ này chưa thực hiện`: the ones just named
_PER_FLOOR_AREA = re.compile(r"\s?/\s?(?:m\s?2|m²|m\s?3|m³)(?!\w)")
_BOUNDARY = re.compile(r"[;:()\[\]\n!?…\"“”]|,(?!\d)|\.(?!\d)|\s-\s")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_YEAR_IN_CLAUSE = re.compile(r"(?<!\w)năm\s+((?:19|20)\d\d)(?!\d)")


def _fold_text(text: str) -> str:
    """Lower case, one tone placement, ASCII dashes: same length as `text`, offsets kept."""
    low = text.lower()
    if len(low) != len(text):  # a character whose lower case is longer (rare): keep it as is
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    low = unify_tone_placement(low)
    for d in DASHES:
        if d in low:
            low = low.replace(d, "-")
    return low


def _syllables_abs(folded: str, a: int, b: int) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _SYL.finditer(folded, a, b)] if b > a else []


def _cues(sylls: list[tuple[str, int, int]], table: dict) -> list[tuple[str, tuple[str, ...], int, int]]:
    """Greedy longest match of lexicon phrases over syllables: [(class, phrase, start, end)]."""
    out = []
    i, n = 0, len(sylls)
    while i < n:
        if sylls[i][0] not in _ALL_CUE_WORDS:
            i += 1
            continue
        for k in range(min(_MAX_NGRAM, n - i), 0, -1):
            key = tuple(s[0] for s in sylls[i:i + k])
            cls = table.get(key)
            if cls is not None:
                out.append((cls, key, sylls[i][1], sylls[i + k - 1][2]))
                i += k
                break
        else:
            i += 1
    return out


def _suffix_match(sylls: list[tuple[str, int, int]], table) -> tuple[tuple[str, ...], int] | None:
    """Longest phrase of `table` (a dict or set of syllable tuples) ending at the last syllable."""
    for k in range(min(_MAX_NGRAM, len(sylls)), 0, -1):
        key = tuple(s[0] for s in sylls[-k:])
        if key in table:
            return key, sylls[-k][1]
    return None


def _word_suffix(ctx, sylls, table):
    """`_suffix_match`, but the phrase must start a segmenter word (`vụ` in `11 vụ`, not `phục vụ`)."""
    hit = _suffix_match(sylls, table)
    if hit and ctx.tok_starts and hit[1] not in ctx.tok_starts:
        return None
    return hit


def _parse(raw: str) -> float | None:
    raw = " ".join(raw.split())
    if raw[:1].isdigit():
        return parse_number(raw)
    return _parse_words(raw)


def _parse_words(raw: str) -> float | None:
    """`hai` -> 2, `ba mươi` -> 30, `mười lăm` -> 15, `hai trăm linh năm` -> 205."""
    words = raw.split()
    total, cur = 0, 0
    for w in words:
        if w == "trăm":
            total += (cur or 1) * 100
            cur = 0
        elif w == "mươi":
            cur = (cur or 1) * 10
        elif w == "mười":
            cur += 10
        elif w in ("linh", "lẻ"):
            continue
        elif w in _NUMW:
            v = _NUMW[w]
            cur = cur + v if cur >= 10 or cur == 0 else cur * 10 + v
        else:
            return None
    return float(total + cur)


class _Ctx:
    """Per-article look-ups, built once."""

    def __init__(self, doc: Doc, text: str):
        self.doc = doc
        self.text = text  # doc.text joins every token anew on each access: read it once
        self.folded = _fold_text(text)
        # sentence starts from the token array (iterating doc.sents costs more than all the rest)
        arr = doc.to_array([SENT_START, IDX])
        starts = [int(i) for i in arr[arr[:, 0] == 1, 1]] if len(arr) else []
        self.tok_starts = set(arr[:, 1].tolist()) if len(arr) else set()
        if not starts or starts[0] != 0:
            starts.insert(0, 0)
        self.sent_starts = starts
        self.sent_ends = []
        for k, a in enumerate(starts):
            b = starts[k + 1] if k + 1 < len(starts) else len(text)
            while b > a and text[b - 1].isspace():
                b -= 1
            self.sent_ends.append(b)
        self.bounds = _clause_bounds(self.folded)
        dates = getattr(doc._, "dates", None) or []
        spans = []
        for d in dates:
            s, e = getattr(d, "start", None), getattr(d, "end", None)
            if s is None and isinstance(d, dict):
                s, e = d.get("start"), d.get("end")
            if isinstance(s, int) and isinstance(e, int):
                spans.append((s, e, d))
        spans.sort(key=lambda x: x[0])
        self.dates = spans
        self.date_starts = [s for s, _, _ in spans]
        self.layout = getattr(doc._, "layout", None)
        info = getattr(doc._, "info", None)
        published = getattr(info, "published", None)
        self.published = published if hasattr(published, "isoformat") else None

    def sentence(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.sent_starts, pos) - 1
        if i < 0:
            return 0, len(self.text)
        return self.sent_starts[i], max(self.sent_ends[i], pos + 1)

    def clause(self, start: int, end: int, sent: tuple[int, int]) -> tuple[int, int]:
        i = bisect.bisect_left(self.bounds, start) - 1
        a = self.bounds[i] + 1 if i >= 0 else 0
        j = bisect.bisect_left(self.bounds, end)
        b = self.bounds[j] if j < len(self.bounds) else len(self.text)
        return max(a, sent[0]), min(b, sent[1])

    def overlaps_date(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.date_starts, end)
        for s, e, _ in self.dates[max(0, i - 8):i]:
            if s < end and start < e:
                return True
        return False

    def when(self, clause: tuple[int, int], sent: tuple[int, int], start: int) -> tuple[str | None, str | None]:
        """(year, date value) of the date the figure is for: the nearest date of its clause, else a
        single date earlier in the sentence, else a `năm YYYY` of the clause."""
        best = None
        for s, e, d in self.dates:
            if s >= sent[1]:
                break
            if e <= sent[0]:
                continue
            y = _date_year(d)
            if y is None:
                continue
            in_clause = clause[0] <= s < clause[1]
            if not in_clause and (s > start or "/" in str(getattr(d, "value", ""))):
                continue  # outside the clause: only a single date the sentence gave before
            rank = (0 if in_clause else 1, abs(s - start))
            if best is None or rank < best[0]:
                best = (rank, y, str(getattr(d, "value", "") or ""))
        if best:
            return best[1], best[2]
        m = _YEAR_IN_CLAUSE.search(self.folded, clause[0], clause[1])
        return (m.group(1), m.group(1)) if m else (None, None)

    def after_publication(self, value: str | None) -> bool:
        """Is the date `value` (`2017`, `2017-08`, `2017-08-20`) later than the publication date?"""
        if not value or self.published is None or not value[:4].isdigit():
            return False
        pub = self.published.isoformat()
        if len(value) >= 7 and value[5:7].isdigit():
            return value[:7] > pub[:7]
        return value[:4] > pub[:4]

    def furniture(self, start: int, end: int) -> bool:
        lay = self.layout
        return bool(lay is not None and hasattr(lay, "is_furniture") and lay.is_furniture(start, end))


_SHORT_PAREN = re.compile(r"\([^()\n,;:]{1,24}\)")


def _clause_bounds(folded: str) -> list[int]:
    """Clause boundary positions; a short aside in brackets (`tạm cấp (lần 2) 1.680 tỷ đồng`)
    does not cut its clause."""
    bounds = [m.start() for m in _BOUNDARY.finditer(folded)]
    if "(" not in folded:
        return bounds
    aside = set()
    for m in _SHORT_PAREN.finditer(folded):
        aside.update((m.start(), m.end() - 1))
    return [b for b in bounds if b not in aside]


def _date_year(d) -> str | None:
    value = getattr(d, "value", None)
    if value is None and isinstance(d, dict):
        value = d.get("value")
    if not value:
        return None
    ys = _YEAR.findall(str(value))
    return ys[-1] if ys else None


def _scan(cues, state: str | None, sticky: bool, qualified: bool, pending_modal: bool):
    """Run the status state machine over cue matches; see the module docstring."""
    done_seen = False
    for cls, key, _, _ in cues:
        if cls == "modal" and done_seen and key == ("để",):
            continue  # `đã có mặt ... để trao 500 phần quà`: the purpose of something done
        if cls in ("done", "done_work"):
            done_seen = True
        if cls in ("plan", "plan_after"):
            state, sticky, qualified, pending_modal = "planned", True, True, False
        elif cls == "modal":
            state, sticky, pending_modal = "planned", True, True
        elif cls == "plan_noun":
            if not sticky:
                state = "planned"
            qualified = True
        elif cls == "done":
            state, sticky, pending_modal = "achieved", False, False
        elif cls == "done_work":
            state, sticky, qualified, pending_modal = "achieved", False, True, False
        elif cls in ("work", "delta_level", "delta", "completion", "backlog"):
            qualified = True
            if pending_modal:
                pending_modal = False
            if not sticky and (state != "planned" or key in _COMPLETION):
                state = "achieved"
    return state, sticky, qualified, pending_modal


def extract(doc: Doc) -> list[dict]:
    text = doc.text
    rows: list[dict] = []
    if _QUICK.search(text):
        ctx = _Ctx(doc, text)
        if _GATE and not _reports_public_work(ctx.folded):
            doc._.targets = rows
            return rows
        last: dict = {}  # None -> the last target; unit -> the last target counting that unit
        for m in _QTY.finditer(ctx.folded):
            row = _candidate(ctx, m, last)
            if row is None:
                continue
            rows.append(row)
            last[None] = last[_unit_key(m)] = (row.pop("_sent"), row["end"], row["status"])
            if not _DEBUG:
                del row["_why"]
    doc._.targets = rows
    return rows


# An article that names no public body, office or locality reports no public work (company results,
# world statistics, sport): it has no targets. See the module docstring.
_PUBLIC = re.compile(rf"(?<!\w)(?:{_alt(_LEX['public_markers'])})(?!\w)")
_PUBLIC_WORK = re.compile(rf"(?<!\w)(?:{_alt(_LEX['public_work_markers'])})(?!\w)")
_GATE = True


def _reports_public_work(folded: str) -> bool:
    """A public body named, and (in a text long enough to judge) the vocabulary of plans, meetings
    and results used often enough."""
    if not _PUBLIC.search(folded):
        return False
    if len(folded) < _LEX["public_work_min_chars"]:
        return True
    words = _PUBLIC_WORK.findall(folded)
    return len(words) >= _LEX["public_work_min"] and len(set(words)) >= 2

_QUICK = re.compile(rf"\d|(?<!\w)(?:{_D}|mười)(?!\w)", re.IGNORECASE)


def _unit_key(m: re.Match) -> str:
    """What a quantity counts, for telling an enumeration of like figures (`560 tỷ đồng, 760 tỷ đồng`)."""
    if m.group("pct"):
        return "%"
    unit = fold(m.group("unit") or m.group("gunit") or "").split()
    return (unit[0] if unit else "") + (m.group("rate") or "")  # `258 cây xanh ..., trong đó 115 cây`


def _candidate(ctx: _Ctx, m: re.Match, last: dict) -> dict | None:
    text, folded = ctx.text, ctx.folded
    unit_group = "unit" if m.group("unit") is not None else "gunit"
    unit_key = m.group(unit_group)
    if unit_key is not None and fold(unit_key) in _NOT_UNIT_SET:
        return None
    n_start, n_end = m.span("num")
    numraw = text[n_start:n_end]
    is_word_num = not numraw[:1].isdigit()
    has_total = m.group("tot") is not None
    is_range = m.group("hi") is not None
    if unit_key is not None:
        u_start, u_end = m.span(unit_group)
        if _UNIT_IS_LOWER.get(fold(unit_key), True) and text[u_start].isupper():
            return None  # a proper noun (`3 Hồ ...`), not a counted unit
    else:
        u_start, u_end = m.span("pct")
        u_start += len(m.group("pct")) - len(m.group("pct").lstrip())
    if is_word_num and (has_total or is_range or m.group("pct") or unit_group == "gunit"
                        or folded.endswith(("một ", "đôi "), 0, n_start)):
        return None  # `một ba lô` is a backpack
    end = u_end

    # admin unit lists (`huyện, thành phố`), comparator after (`trở lên`)
    if unit_key is not None and fold(unit_key) in _ADMIN_SET:
        while True:
            a = _ADMIN_NEXT.match(folded, end)
            if not a:
                break
            end = a.end()
    if m.group("rate") and end == m.start("rate"):
        end = m.end("rate")
    elif unit_key is not None and end == u_end and fold(unit_key) in _CLASSIFIERS:
        end = _classified_noun_end(folded, end)  # `100 viên thuốc lắc`, `2 chiếc Lexus`, `7 giải A`
    unit_end = end
    comparator = ">=" if is_range else "="
    a = _AFTER_CMP.match(folded, end)
    if a:
        comparator = _CMP_AFTER[" ".join(a.group(1).split())]
        end = a.end()
    currency = unit_key is not None and fold(unit_key) in _CURRENCY
    money_rate = bool(m.group("rate")) and currency
    if currency and _FINE_BEFORE.search(
            folded, max(0, m.start() - 40), m.start()):
        return None  # `xử phạt hành chính 5 triệu đồng đối với ông ...`: a fine imposed
    if _BACK_REFERENCE.match(folded, end) or _THIS_AFTER.match(folded, end):
        return None  # `3 công dân trên.`, `2 vụ tự tử trên.`: figures already given
    if money_rate and _PER_FLOOR_AREA.match(m.group("rate")):
        return None  # `15 triệu đồng/m2`: a price per square metre, whatever verb governs it

    sent = ctx.sentence(n_start)
    before = _syllables_abs(folded, max(sent[0], n_start - 40), n_start)
    if before and folded[before[-1][2]:n_start].strip():
        before = []  # `11 vụ, 3 đối tượng`: punctuation parts the number from the word before
    start = n_start
    cmp_hit = _suffix_match(before, _CMP_BEFORE)
    pre = before
    if cmp_hit:
        if not is_range:
            comparator = _CMP_BEFORE[cmp_hit[0]]
        start = cmp_hit[1]
        pre = [s for s in before if s[2] <= start]
        if cmp_hit[0] == ("trên",) and folded[n_start:n_end] == "1" and not m.group("mult"):
            return None  # `3 người trên 1 chỉ tiêu`: per, not more than

    # vetoes on the words right before the number (a word of its own: `vụ` but not `phục vụ`)
    ordinal = _word_suffix(ctx, before, _ORDINAL)
    if ordinal and len(ordinal[0]) == 1:
        verb = _suffix_match(before, _WORK_PHRASES)
        if verb and verb[1] < ordinal[1]:
            ordinal = None  # `tạm cấp 1.680 tỷ đồng` is a grant, not `cấp 3` (a level)
    if ordinal and not (has_total and ordinal[0] in _RANK):
        nb = [s for s in before if s[2] <= ordinal[1]]
        if not (nb and _suffix_match(nb + [(ordinal[0][-1], 0, 0)], _NOT_ORDINAL)):
            return None
    if _suffix_match(pre, _VAGUE):
        return None
    if pre and pre[-1][0] == "từ":
        if not (is_range or comparator in (">=", "<=")):
            return None  # `từ 40% lên 60%`, `tuyển chọn từ 350 học viên`: a starting point or a pool
        start = pre[-1][1]  # `từ 10% trở lên`, `từ 40 - 45%`: the range starts at `từ`
    if not cmp_hit and _word_suffix(ctx, pre, _ADJ_NEG):
        return None  # `với 22 doanh nghiệp`, `của 12 trường hợp`: company kept, not work done
    if has_total and _suffix_match(before, _DATE_BEFORE):
        return None
    if before and not cmp_hit:
        prev_s, prev_a, _ = before[-1]
        orig = text[prev_a]
        amount = bool(m.group("mult").strip() or m.group("pct")) or currency
        if orig.isupper() and prev_a > sent[0] and prev_s not in _ALL_CUE_WORDS and not amount:
            return None  # `APEC 2017`, `Quân khu 3`; but `Quảng Bình 760 tỷ đồng` lists amounts by place
    if ctx.overlaps_date(n_start, m.end("tot") if has_total else n_end):
        return None
    if ctx.furniture(start, end):
        return None
    if (currency or m.group("mult").strip()) and _alone_in_brackets(folded, start, end):
        return None  # `85 tỷ kronor (10 tỷ USD)`: the same amount in another currency

    if _SENTENCE_NEG.search(folded, sent[0], sent[1]):
        return None  # polls (`tỷ lệ ủng hộ ... tăng lên 46%`) and daily rates (`Mỗi ngày, ... 500 du khách`)

    clause = ctx.clause(start, end, sent)
    l_from = max(clause[0], start - _L_CHARS)
    left = _syllables_abs(folded, l_from, start)
    right = _syllables_abs(folded, end, min(clause[1], end + _R_CHARS))
    lcues = _cues(left, _L_DICT)
    rcues = _cues(right, _R_DICT)

    lcues = [_as_stated(c, left, "plan") for c in lcues
             if not _in_name(text, c[2], sent[0]) and not _reference(c, left) and not _negated(c, left)]
    if len(pre) >= 2 and pre[-1][0] == "được" and pre[-2][0] not in _NOT_BEFORE_DUOC \
            and not (lcues and lcues[-1][3] >= pre[-1][1]):
        lcues.append(("work", ("được",), pre[-1][1], pre[-1][2]))  # `xuất khẩu được 14.800 tấn`
    rcues = [_as_stated(c, right, "backlog") for c in rcues if not _in_name(text, c[2], sent[0])]

    # vetoes: a neg / attend word closer to the number than any work cue (one-syllable ones only
    # right before it); a stock-market word anywhere before it in the clause; a baseline (`so với`)
    near_from = left[-_NEAR_L][1] if len(left) >= _NEAR_L else l_from
    for cls, key, cs, ce in reversed(lcues):
        if cls == "market_strong":
            return None
        if cls in ("work", "done_work", "delta", "delta_level", "backlog") or key in _UNMET:
            break  # `thu hồi tài sản ... không đạt chỉ tiêu 60%`: the verb, not `tài sản`, governs the figure
        if cls in ("neg", "attend") and (len(key) > 1 or cs >= near_from):
            return None
        if cls == "compare" and ce >= start - 1:
            return None  # `so với gần 30%`: the baseline, not the figure reached
    # the class of the cue right before the figure (within _NEAR_L syllables), if any
    at_hand = lcues[-1][0] if lcues and lcues[-1][3] >= near_from else None
    classes = {c[0] for c in lcues}
    if "market_strong" in classes or "legal" in classes:
        return None
    # business indicators (`doanh thu`, `lợi nhuận`): only with a result or plan cue of their own
    if "market" in classes and not classes & {"work", "done_work", "plan", "plan_noun", "delta_level", "backlog"}:
        return None
    if money_rate and at_hand not in _GOVERNING:
        return None  # `mức hỗ trợ 15 triệu đồng/ha`, `49,75 USD/thùng`: a rate or price
    near_to = right[_NEAR_R - 1][2] if len(right) >= _NEAR_R else end + _R_CHARS
    for cls, key, cs, ce in rcues:
        if cs >= near_to:
            break
        if cls == "neg_after" and not (key in _SOFT_NEG_AFTER and at_hand == "work"):
            return None  # `5 người chết`; but `thu hồi 150 tỷ đồng tiền nợ thuế` is debt recovered
        if cls in ("work", "delta", "delta_level", "done_work", "plan", "modal", "backlog"):
            break

    # bare lengths and areas (`400m`, `đường quy hoạch 24m`, `tầm bắn 40 km`) are mostly sizes: only a
    # work or plan verb right before them makes them a result or goal (`nạo vét 2 km`, `thu giữ 60,7m3`)
    if unit_key is not None and fold(unit_key) in _WEAK_UNITS and at_hand not in _GOVERNING:
        return None

    # status: sentence before the clause (plan / modal / done only), the clause, then after the unit
    state, sticky, qualified, pending = None, False, False, False
    goal_stated = False  # a plan word (`phấn đấu`, `mục tiêu`), not a mere modal, opens the sentence
    if clause[0] > sent[0]:
        scues = [c for c in _cues(_syllables_abs(folded, sent[0], clause[0]), _L_DICT)
                 if c[0] in ("plan", "modal", "done", "done_work", "legal", "market_strong")]
        if any(c[0] == "legal" for c in scues):
            return None  # `Theo quy định, ... không được vượt quá 20%`: a legal norm
        if any(c[0] == "market_strong" for c in scues) and not classes & {"plan"}:
            return None  # `giá thuê ... đạt 4,5 USD/m2, tăng 3,1%`, `Số phiếu ..., đạt tỷ lệ 100%`
        state, sticky, _, _ = _scan(scues, None, False, False, False)
        goal_stated = any(c[0] == "plan" for c in scues)
    plan_in_force = sticky and state == "planned"

    # a change (`tăng 12%`) is a result only when measured against something (`so với cùng kỳ`),
    # or a goal when a plan is in force (`phấn đấu ...; tỷ lệ hộ nghèo giảm 2-3%`)
    r_first = {cs: i for i, (_, cs, _) in enumerate(right)}
    compared = any(c[0] == "compare" and r_first.get(c[2], 99) < 6 for c in rcues)
    if not compared and not sticky and not any(c[0] in ("plan", "modal") for c in lcues):
        lcues = [c for c in lcues if c[0] != "delta"]
    state, sticky, qualified, pending = _scan(lcues, state, sticky, False, False)
    adjacent = bool(lcues) and lcues[-1][3] >= near_from and lcues[-1][0] in ("work", "plan", "done_work",
                                                                               "delta_level", "completion",
                                                                               "backlog")
    if not qualified or state is None:
        upto = _right_predicate(rcues, r_first) or _existential_predicate(pre, rcues, r_first)
        adjacent = adjacent or bool(upto)
        if upto:
            state, sticky, qualified, pending = _scan(rcues[:upto], state, sticky, qualified, pending)
    if not qualified and pending and comparator in (">=", "<=") and not is_range:
        qualified = True
    if not qualified:
        like, prev, plain = last.get(_unit_key(m)), last.get(None), _plain_clause(lcues)
        if prev and prev[0] == sent and plain \
                and start - prev[1] <= 40 and _linking_only(_syllables_abs(folded, max(clause[0], prev[1]), start)):
            qualified, state = True, prev[2]  # `..., 66 đối tượng`, `bằng 85% dự toán`
        elif like and like[0] == sent and plain and start - like[1] <= 160:
            qualified, state = True, like[2]  # `(Hà Tĩnh 560 tỷ đồng, Quảng Bình 760 tỷ đồng, ...)`
        elif plan_in_force and plain and _linking_only(_syllables_abs(folded, clause[0], start)):
            qualified, state = True, "planned"  # `dự kiến tuyển 105.000 ..., 452.000 học sinh vào lớp mẫu giáo`
        elif plan_in_force and goal_stated and plain and (comparator in (">=", "<=") or (pre and pre[-1][0] == "có")):
            qualified, state = True, "planned"  # `Phấn đấu đến năm 2020, cả nước có tối thiểu 90,7% dân số ...`
        else:
            return None
    if state is None:
        state = "achieved"
    if is_word_num and not adjacent:
        return None  # `hai căn nhà`, `hai nội dung`: a number in words needs its verb right at hand

    if _exclusion(ctx, sent, start, end, unit_key, is_word_num, classes | {c[0] for c in rcues}):
        return None  # a figure of a company, a match, a case, a price, a thing, a foreign state (see _EXCLUSIONS)

    value = _parse(folded[n_start:n_end])
    if value is None:
        return None
    total = _parse(m.group("tot")) if has_total else None
    if has_total and (total is None or total == 0 or value > total):
        return None
    if is_range:
        hi = _parse(m.group("hi"))
        if hi is None or hi <= value:
            return None  # `2015-2020`, `3-2`: not a range of amounts
    mult = 1
    mult_raw = m.group("mult")
    for w in mult_raw.split():
        mult *= _MULT.get(w, 1)
    value *= mult
    if m.group("n2"):
        value += float(m.group("n2")) * _MULT.get(" ".join(m.group("m2").split()), 1)
    if m.group("pct"):
        unit = "%"
    else:
        # The multiplier is in the value, so the unit is the counted noun alone (CONTRACT.md:
        # `2,5 triệu lượt khách` -> 2500000 `lượt khách`; likewise `120 tỷ đồng` -> 1.2e11 `đồng`).
        unit = " ".join(text[u_start:unit_end].split())

    year, when = ctx.when(clause, sent, start)
    if state == "achieved" and ctx.after_publication(when) \
            and not any(c[0] in ("done", "done_work") for c in lcues):
        state = "planned"  # a figure for a month or year still to come is a goal

    return {
        "text": text[start:end], "start": start, "end": end,
        "value": tidy_number(value), "total": tidy_number(total), "unit": unit,
        "comparator": comparator, "status": state,
        "year": year,
        "evidence": text[sent[0]:sent[1]].strip(),
        "indicator": _indicator(ctx, left, start, end, clause, bool(m.group("pct"))),
        "_sent": sent,
        "_why": (" ".join("+".join(k) for _, k, _, _ in lcues) + " | " + " ".join("+".join(k) for _, k, _, _ in rcues))
        if _DEBUG else None,
    }


_ADMIN_SET = {fold(u) for u in _ADMIN}
_IND_HEADS = {_phrase_key(w) for w in _LEX["indicator_heads"]}
_IND_VERBS = {_phrase_key(w) for w in _LEX["indicator_verbs"]}
_IND_AFTER = {_phrase_key(w) for w in _LEX["indicator_after_heads"]}
_IND_MAX = _LEX["indicator_max_words"]


def _indicator(ctx, left, start: int, end: int, clause: tuple[int, int], pct: bool) -> str | None:
    """What the figure measures, where the text names it (see targets.json `_doc_indicator`):
    `Tỷ lệ hộ nghèo toàn huyện` in `Tỷ lệ hộ nghèo toàn huyện giảm còn 1,8%`; null otherwise."""
    verb = _suffix_match(left, _IND_VERBS)
    if verb:
        before = [s for s in left if s[2] <= verb[1]][-_IND_MAX:]
        for k, (syl, a, _) in enumerate(before):
            rest = tuple(s[0] for s in before[k:k + 4])
            if any(rest[:n] in _IND_HEADS for n in range(1, 5)) and (not ctx.tok_starts or a in ctx.tok_starts):
                phrase = ctx.text[a:before[-1][2]]
                return " ".join(phrase.split()) if not any(c.isdigit() for c in phrase) else None
        return None
    if pct:  # `tối thiểu 90,7% dân số tham gia BHYT`
        after = _syllables_abs(ctx.folded, end, clause[1])[:6]
        if after and ctx.folded[end:after[0][1]].strip() == "" and any(
                tuple(s[0] for s in after[:n]) in _IND_AFTER for n in (1, 2, 3)):
            phrase = ctx.text[after[0][1]:after[-1][2]]
            return " ".join(phrase.split()) if not any(c.isdigit() for c in phrase) else None
    return None
_CLASSIFIERS = {fold(u) for u in _LEX["classifier_units"]}
_UNIT_PHRASE_STOP = {fold(w) for w in _LEX["unit_phrase_stop"]}
_NEXT_WORD = re.compile(r" ([^\W\d_]+)(?![\w/])")


def _classified_noun_end(folded: str, end: int) -> int:
    """End of the noun a classifier counts (`viên` + `thuốc lắc`): the words right after it, one
    space apart, up to `classifier_max_words`, stopping at a function word, a cue word, a
    multiplier, a number or punctuation. The classifier alone where nothing follows."""
    for _ in range(_LEX["classifier_max_words"]):
        w = _NEXT_WORD.match(folded, end)
        if not w or w.group(1) in _UNIT_PHRASE_STOP or w.group(1) in _ALL_CUE_WORDS or w.group(1) in _MULT:
            break
        end = w.end()
    return end
_OPENERS = set(".:;!?\n\"“(-–•*")


def _in_name(text: str, pos: int, sent_start: int) -> bool:
    """A cue word written with a capital inside a sentence is part of a name (`Ủy ban Kiểm tra`)."""
    if pos <= sent_start or not text[pos].isupper():
        return False
    j = pos - 1
    while j > sent_start and text[j] in " \t":
        j -= 1
    return text[j] not in _OPENERS


def _right_predicate(rcues, r_first) -> int:
    """How many cues after the unit form the quantity's own predicate (0: none does).

    `14/17 khu dân cư mẫu được đoàn kiểm tra tỉnh công nhận`, `764 tin đã xử lý`, `7 xã tổ chức công
    bố đạt chuẩn`, `03 khu dân cư còn lại đang cố gắng phấn đấu`: a completion verb within six
    syllables, a plan word within eight, or `được`/`đã` right after the unit and a work verb within
    eight. A work verb further on belongs to another clause of the sentence.
    """
    passive = modal = False
    for n, (cls, key, cs, ce) in enumerate(rcues):
        i = r_first.get(cs, 99)
        if cls in ("neg_after", "compare"):
            continue
        if i < 2 and key in _PASSIVE:
            passive = True
        if i < 6 and cls == "modal":
            modal = True  # `1.300 cây xanh ... phải đánh chuyển, di dời`
        if modal and cls in _WORKISH and i < 8:
            return n + 1
        if (key in _COMPLETION or cls == "backlog") and i < 6:
            return n + 1  # `12 dự án đang chậm tiến độ`, `115 hộ chưa nhận tiền`: the state of the work
        if cls == "plan_after" and i < 8:
            return n + 1
        if passive and cls in _WORKISH and i < 8:
            return n + 1
        if i >= 8:
            break
    return 0


def _reference(cue, sylls) -> bool:
    """`đạt 51,1% dự toán`: a plan noun right after a figure names its baseline, it states no plan."""
    if cue[0] != "plan_noun":
        return False
    prev = None
    for syl, a, b in sylls:
        if a >= cue[2]:
            break
        prev = syl
    return prev is not None and (prev == "%" or prev[0].isdigit())


def _existential_predicate(pre, rcues, r_first) -> int:
    """`đã có 60 đơn vị khắc phục`, `có 20 đơn vị tổ chức đấu giá`: after `có`, a work verb right
    after the unit is the quantity's own predicate."""
    if not pre or pre[-1][0] != "có":
        return 0
    for n, (cls, key, cs, ce) in enumerate(rcues):
        if r_first.get(cs, 99) >= 3:
            break
        if cls in ("work", "completion", "backlog"):
            return n + 1
        if cls in ("neg_after", "neutral", "done_work"):
            break
    return 0


def _negator(cue, sylls) -> str | None:
    """The negator right before a work verb (`chưa xử lý`, `không được giải quyết`), if any."""
    if cue[0] not in _WORKISH:
        return None
    i = next((k for k, syl in enumerate(sylls) if syl[1] == cue[2]), None)
    if not i:
        return None
    prev = [syl[0] for syl in sylls[max(0, i - 2):i]]
    if prev[-1] in _NEGATORS:
        return prev[-1]
    if prev[-1] in ("được", "bị", "thể") and len(prev) > 1 and prev[0] in _NEGATORS:
        return prev[0]
    return None


def _negated(cue, left) -> bool:
    """A work verb under `không` (`không xử lý`) states no result; under `chưa` it states a backlog,
    unless the verb is too general to count work left (``backlog_not_under_chua``)."""
    neg = _negator(cue, left)
    return neg is not None and (neg not in _BACKLOG_NEGATORS or cue[1] in _NOT_BACKLOG)


def _as_stated(cue, sylls, unmet_as: str):
    """The cue's class as the clause states it: a work verb under `chưa` is work still to do
    (`chưa hoàn thành 501 nhiệm vụ`, `4.000 ngôi mộ chưa được di dời`: a backlog, the current state);
    an unmet goal (`không đạt chỉ tiêu 60%`) names a goal before its figure (`unmet_as` = plan) and
    a state after it (`3 xã chưa đạt chuẩn`: backlog)."""
    if cue[0] == "unmet":
        return (unmet_as,) + cue[1:]
    if _negator(cue, sylls) in _BACKLOG_NEGATORS and cue[1] not in _NOT_BACKLOG:
        return ("backlog",) + cue[1:]
    return cue


_NEGATORS = {"chưa", "không", "chẳng"}
_BACKLOG_NEGATORS = {"chưa"}
_NOT_BACKLOG = {_phrase_key(w) for w in _LEX["backlog_not_under_chua"]}


def _alone_in_brackets(folded: str, start: int, end: int) -> bool:
    """The span is all there is between its brackets (`(10 tỷ USD)`, `(gần 11 triệu USD)`)."""
    before = folded[max(0, start - 3):start].rstrip()
    after = folded[end:end + 3].lstrip()
    return before.endswith("(") and after.startswith(")")


def _linking_only(sylls) -> bool:
    """The clause before the number is empty or a linking word (`bằng 85% dự toán`, `, 66 đối tượng`)."""
    if not sylls:
        return True
    return len(sylls) <= 3 and tuple(s[0] for s in sylls) in _LINK


def _plain_clause(lcues) -> bool:
    """A clause that only continues an enumeration: no cue of its own before the number."""
    return not any(c[0] in ("plan", "modal", "plan_noun", "work", "done_work", "backlog", "market", "neg", "attend",
                            "compare") for c in lcues)


# ------------------------------------------------------------------ named exclusions
# Figures that are no public body's or reported programme's goal or result, whatever verb governs them
# (targets.json `exclusions`, `_doc_exclusions`). Each predicate reads the folded sentence; they run only
# on the few figures that passed every other test.
_EXC = _LEX["exclusions"]


def _words_re(words) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{_alt(words)})(?!\w)")


_COMPANY = _words_re(_EXC["company"])
_COMPANY_IF_NAMED = _words_re(_EXC["company_if_named"])
_COMPANY_SUBJECT = _words_re(_EXC["company_subjects"])
_SPORT = _words_re(_EXC["sport"])
_CRIME = _words_re(_EXC["crime_case"])
_CRIME_AGGREGATE = re.compile(rf"(?<!\w)(?:{_alt(_EXC['crime_aggregate'])})(?!\w)|\d\s+vụ(?!\w)")
_FEE = _words_re(_EXC["fee"])
_SPEC = _words_re(_EXC["specification"])
_DONE_WORDS = _words_re(_CUES["done"])
_POLICY_RATE = _words_re(_EXC["policy_rate"])
_ADVERT = _words_re(_EXC["advert"])
_DOMESTIC = _words_re(_EXC["domestic_markers"])
_NAME_TITLES = {fold(w) for w in _EXC["name_titles"]}
_FOREIGN_RELATION = {fold(w) for w in _EXC["foreign_relation_before"]}
# case-sensitive on the original text: `Mỹ`, `Đức`, `Nga` are also syllables of Vietnamese names
_FOREIGN = re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(w) for w in sorted(_EXC['foreign_states'], key=len, reverse=True))})(?![\w-])")
_CAP_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")
_CAP_AFTER = re.compile(r"\s+[^\W\d_a-zà-ỹđ]")
_PLACE_SCOPE = re.compile(rf"(?<!\w)(?:{_alt(_EXC['place_scope_before'])})\s+(?:\S+\s+){{0,2}}$")
_PLACE_UNITS = {fold(u) for u in _EXC["place_units"]}
_PERSON_UNITS = {fold(u) for u in _EXC["word_number_person_units"]}
_YEAR_LIST_BEFORE = re.compile(r"(?<!\d)(?:19|20)\d\d\s*(?:,|và|-)\s*$")
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")


def _found(pattern: re.Pattern, ctx, a: int, b: int) -> bool:
    """A match of `pattern` in folded[a:b] that is not the start of a name (`cầu Thủ Thiêm`: a
    lower-case word running into a capitalised one)."""
    for m in pattern.finditer(ctx.folded, a, b):
        orig = ctx.text[m.start():m.end()]
        if orig[:1].islower() and any(w[:1].isupper() for w in orig.split()[1:]):
            continue
        return True
    return False


def _company_figure(sentence: str) -> bool:
    """Company and market accounts (`doanh thu thuần`, `lợi nhuận`, `cổ đông`); accounts a public body may
    report too (`doanh thu`, `tổng tài sản`) where the sentence names a company (`của hãng hàng không`)."""
    return bool(_COMPANY.search(sentence)
                or (_COMPANY_IF_NAMED.search(sentence) and _COMPANY_SUBJECT.search(sentence)))


def _sport_figure(ctx, sent, classes) -> bool:
    """Results and statistics of sport; a goal set by a plan word (`mục tiêu giành 5 HCV`) is kept."""
    return _found(_SPORT, ctx, sent[0], sent[1]) and not classes & {"plan", "plan_noun"}


def _crime_case(ctx, sent) -> bool:
    """One criminal case before the courts (`truy tố 9 bị can`, `khởi tố 14 bị can`): the police's or
    court's work summed over a period is a result (`6 tháng đầu năm, ... khám phá 41 vụ, xử lý 431
    đối tượng`), and so is an arrest or a seizure by a public body (`đã thu giữ 100 viên thuốc lắc`)."""
    return _found(_CRIME, ctx, sent[0], sent[1]) and not _CRIME_AGGREGATE.search(ctx.folded, sent[0], sent[1])


def _specification(before: str) -> bool:
    """A capacity or specification of a thing before the figure (`Quy mô bến xe ..., phục vụ 110 xe
    khách`), unless a `done` word between says work was done (`quy mô 50 ha, đến nay đã ... 30 ha`)."""
    last = None
    for last in _SPEC.finditer(before):
        pass
    return last is not None and not _DONE_WORDS.search(before, last.end())


def _foreign_state(ctx, sent, start: int) -> bool:
    """A foreign state or bloc named in the sentence (not as a syllable of a longer name: `Mỹ Đức`, `Yên
    Mỹ`, `ông Đức`) and nothing domestic: its figures are no reported programme of ours."""
    text = ctx.text
    for m in _FOREIGN.finditer(text, sent[0], start):
        prev = _CAP_WORD_BEFORE.search(text, max(sent[0], m.start() - 20), m.start())
        if prev and (prev.group(1)[:1].isupper() or fold(prev.group(1)) in _NAME_TITLES):
            continue  # `Yên Mỹ`, `Nguyễn Đức Chung`, `ông Đức`
        if prev and fold(prev.group(1)) in _FOREIGN_RELATION:
            continue  # `xuất khẩu sang Hàn Quốc`, `vốn ODA vay Nhật Bản`: our work with a foreign state
        if _CAP_AFTER.match(text, m.end()):
            continue
        return not _DOMESTIC.search(ctx.folded, sent[0], sent[1])
    return False


def _place_scope(folded: str, sent, start: int, unit_key) -> bool:
    """A count of places after a locative word (`tại 4 tỉnh miền Trung`): where, not what was done."""
    return unit_key is not None and fold(unit_key) in _PLACE_UNITS \
        and bool(_PLACE_SCOPE.search(folded, max(sent[0], start - 30), start))


def _year_in_list(folded: str, sent, start: int, end: int) -> bool:
    """`năm 2015, 2016, 2017 học sinh`: the last year of a list, not a count."""
    return bool(_YEAR_LIKE.match(folded, start)) and bool(_YEAR_LIST_BEFORE.search(folded, max(sent[0], start - 12), start))


def _exclusion(ctx, sent, start: int, end: int, unit_key, is_word_num: bool, classes) -> str | None:
    """The name of the exclusion a figure falls under, or None."""
    folded = ctx.folded
    sentence = folded[sent[0]:sent[1]]
    before = folded[sent[0]:start]
    if _company_figure(sentence):
        return "company"
    if _sport_figure(ctx, sent, classes):
        return "sport"
    if _crime_case(ctx, sent):
        return "crime_case"
    if _FEE.search(before):
        return "fee"
    if _specification(before):
        return "specification"
    if _POLICY_RATE.search(sentence):
        return "policy_rate"
    if _ADVERT.search(sentence):
        return "advert"
    if _foreign_state(ctx, sent, start):
        return "foreign_state"
    if _place_scope(folded, sent, start, unit_key):
        return "place_scope"
    if is_word_num and unit_key is not None and fold(unit_key) in _PERSON_UNITS:
        return "word_number_person"
    if _year_in_list(folded, sent, start, end):
        return "year_list"
    return None
