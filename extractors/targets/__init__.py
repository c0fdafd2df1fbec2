"""targets extractor: quantified goals and results (`đạt 7/9 tiêu chí`, `tối thiểu 02 khu dân cư mẫu`).


Layout: numbers.py (digits and numbers in words), units.py (the quantity pattern, units, multipliers),
cues.py (cue classes and finding them), context.py (sentences, clauses, dates of an article), candidate.py
(one figure read stage by stage), vetoes.py and exclusions.py (what is no target, one named predicate
each), status.py (planned or achieved), indicator.py, gate.py (the article gate). ``explain(doc)`` says
why each figure of an article was dropped (the name of the first veto that fired), for debugging.

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
  (`, 66 đối tượng`, `bằng 85% dự toán`), after the period it is for (`9-11%, đến năm 2025 là 12-15%`),
  continues its enumeration and takes its status; so does a
  cue-less figure counting the same head noun as an earlier target of the sentence (a breakdown:
  `1.680 tỷ đồng cho 4 địa phương (Hà Tĩnh 560 tỷ đồng, ...)`, `258 cây xanh ..., trong đó 115 cây`),
  and a figure opening a clause of a sentence whose plan is in force (`dự kiến tuyển ..., 452.000 học
  sinh vào lớp mẫu giáo`); a sentence opened by `Trong đó` breaks down a figure of the same head noun in the
  sentence right before it, named right after the opener (`... kiểm tra 18 tàu vỏ thép ... . Trong đó có 13 tàu do ...`);
* a verb with `được` right before the figure (`xuất khẩu được 14.800 tấn`), and `có` + figure + a
  work verb right after the unit (`đã có 60 đơn vị khắc phục`; not after `đang`: `có 5 người đang bắt một con
  chó` is narrative, only a backlog word counts there), state a result. People and teams deployed by a
  public body are results too (`đã cử 10 đoàn thanh tra`, `bố trí 72 cán bộ chấm thi`, `điều động`), and so
  is a force dispatched (`điều 3 xe chữa cháy`, `xuất 2 xe`: ``dispatch_units``; elsewhere `điều` is an article).
* a count joined by `và` to the next figure shares the predicate after it (`81 tổ chức và hơn 6.000 đảng viên bị
  kỷ luật`; not an amount: `vốn 9.440 tỷ đồng và 24 dự án được triển khai`); review verbs (``work_at_hand``:
  `giám sát 8.837 tổ chức đảng`, `rà soát hơn 1.150 dự án`) count only right before the figure (`hệ thống giám sát
  dịch ... ghi nhận 16 trường hợp` is a noun); `N X trên` + a work verb names the ones above (`2 cơ sở trên thực hiện`).
* `đã giao` + a count of things hands them over (`đã giao 77 ha đất`: achieved); tasks assigned stay a
  goal (`đã giao 84 nhiệm vụ`).
A short aside in brackets (`tạm cấp (lần 2) 1.680 tỷ đồng`) does not cut a clause, nor does a comma inside a
list of recipients (``listed_nouns``: `giao cho các sở, ngành và quận, huyện 979 nhiệm vụ`). An `x/y` share of
counted things is a progress figure by itself (`hiện 116/134 tuyến đường ... đã thông thoáng`). A work verb under
`không` states no result; under `chưa`, and the ``backlog`` words (`chậm tiến độ`, `quá hạn`,
`vướng mắc`), it states the current state of the work, a result (`chưa hoàn thành 501 nhiệm vụ`,
`115 hộ chưa nhận tiền`, `12 dự án đang chậm tiến độ`), and a figure after `còn` whose own predicate
opens with `chưa` (`vẫn còn 31 cơ quan ... chưa gửi báo cáo`), except for verbs too general to count work
left (``backlog_not_under_chua``: `chưa thực hiện hết vai trò`). An ``unmet`` goal names the goal
before its figure (`không đạt chỉ tiêu 60%`: planned) and a state after it (`3 xã chưa đạt chuẩn`).
A sentence opened by a plan word (`Phấn đấu đến năm 2020, cả nước có tối thiểu 90,7% ...`) makes a
bounded or `có` figure of a later clause its goal. `Theo kế hoạch`, `theo lộ trình` opening a sentence or clause
(``plan_openers``) are such a plan word (`Theo kế hoạch, đơn vị thi công sẽ di chuyển 158 cây`); after a verb they
only name the plan complied with (`hoàn thành 12 phòng học theo kế hoạch`). Sanctions are results of inspection
work (`kỷ luật khiển trách 15 cá nhân`, `đình chỉ hoạt động 2 mỏ đá`; not bare `đình chỉ`: one incident). `N X này` refers back to things already named. A number written in words
(`hai`, `ba mươi`) needs its verb right at hand (`hai căn nhà` in narrative is not a target).
Cue words written with a capital inside a sentence belong to names (`Ủy ban Kiểm tra`) and do not
count; compounds are matched longest first, so `bàn giao`, `giao thông`, `vận động viên`,
`cứu sinh`, `đánh giá`, `dự án` are not `giao`, `vận động`, `cứu`, `giá`, `dự`.

Plain narrative has none of these (`đám cháy ... khiến 7 người bị thương`, `chở theo 140 hành
khách`). Vetoes, whatever the cues: a number glued to letters or `-` (`Covid-19`, `140/TTr`); an
ordinal or naming word right before it (`đợt 3`, `lần thứ 30`, `số` (not `trong số`: among), `tổng đài`, `Quân khu`, `năm`,
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
verb governs it (`đạt 70 triệu đồng/ha/năm`); a policy's share of a cost (`ngân sách hỗ
trợ 100% mức đóng BHYT`, `tỉnh hỗ trợ 30% và ...`; not `đã chi trả hơn 90%.`); bare lengths and areas (`400m`, `tầm bắn 40 km`)
unless a work or plan verb is right before them (`thu giữ 60,7m3 gỗ`).

Named exclusions (``exclusions`` in targets.json, exclusions.py), whatever verb governs the figure: company
and market accounts (`doanh thu thuần`, `lợi nhuận`, `cổ đông`; `doanh thu`, `tổng tài sản` where a company is named),
the figures of company news (an article whose company vocabulary outweighs its public-work vocabulary twice over,
or matches it where public bodies are named at most four times: a company's accounts and plans; a state programme
such as equitisation, and public work on companies, stay), the
figure of an earlier period compared with (`kỳ trước chỉ là 856 kiến nghị`, `thấp hơn cùng kỳ năm 2016 (7,4%)`),
sport results, epidemic and hospital case counts (cases or patients with a disease state in their clause: `225
trường hợp đã điều trị khỏi bệnh`; contacts traced stay), one criminal case before the courts (`truy tố 9 bị can`; a period's police work and a public body's
seizure stay), the facts of one raid narrated (`Khám xét nơi ở của ..., công an thu giữ 1.500 viên thuốc lắc`, `ban chuyên án đã huy
động hơn 200 cán bộ`; not in a sentence summing a period's work), unsold produce (`còn khoảng 500 tấn bí ngô chưa có nơi thu mua`), fees, specifications and capacities of things (`Quy mô ..., phục vụ 110 xe khách`), a policy's tax
rates, advertising, a foreign state's figures (`Đức chỉ chi 1,19% GDP`), places counted as a scope (`tại 4 tỉnh`),
a count of places that only names a set (`2 xã Chuyên Mỹ và xã Quang Trung`, `đề nghị 2 địa phương`,
`cả 2 địa phương`, `ngư dân 28 tỉnh`, `4 tỉnh trên`),
people counted in words (`hai bị can`), `hai` in words (`xây dựng hai tuyến đường sắt ... Cát Linh - Hà Đông`: the two
already named), the last year of a list of years (`năm 2015, 2016, 2017 học sinh`) and a
private person's own affairs (`anh Quỳnh ... thu hoạch gần 20 tấn bí ngô`: a family title and a name, no public body
or post in the sentence, and none held by that name elsewhere in the article; or a private speaker's household:
`gia đình tôi trồng 1ha bí`), a hypothesis and its outcome (`nếu mỗi năm tiết kiệm 1% thì sẽ đủ 23.000 tỉ đồng`; not
`nếu như` comparing, nor `nếu tính` counting) and a forecast (`Ngân hàng Thế giới dự báo ... tăng trưởng 2,5-3%`; not
`so với dự báo`). Request words used as nouns (`100% kiến nghị của cử tri`, `đạt yêu cầu`) set no plan; `để` + a work
verb after a unit is a goal only under a modal or for money (`đã trích ngân sách 149 triệu đồng để hỗ trợ`: spent),
else the purpose of the thing counted (`lấy 4 chiếc Lada để cấp thêm`: narrative).
A private person's address (`ông Trần Hữu Vân, trú tại xóm Trại Tuần, xã Hương Vĩnh`) names no public body; criminals
opening the clause as its subject (`Các đối tượng đã ... lập được 36 hồ sơ khống`) and residents finding or holding someone
(`người dân phát hiện 3 người`) report no public work; a study's finding (`Ước tính của các nhà nghiên cứu cho thấy 20 - 40%`,
no public body in the sentence) is none either; a weight or speed in the figure's clause is a specification (`có trọng
lượng 3,4 tấn`); a wish (`mong được bố trí 9.963 tỷ đồng`, `hy vọng`) is a modal: the work after it is planned.

Article gate: an article whose text names no public body, office or locality
(``public_markers``: UBND, huyện, xã, công an, Đảng bộ, ngân sách, ...) reports no public work -- company
results, market reports, world statistics, sport -- and yields no targets at all; nor does an article
longer than ``public_work_min_chars`` that uses the vocabulary of plans, meetings and results
(``public_work_markers``) fewer than ``public_work_min`` (4) times or with fewer than two distinct words.
Compounds hide markers (``public_marker_compounds``: `cơ sở`, `trụ sở` are no `Sở`, `tỉnh táo` no `tỉnh`), and
foreign news (foreign states named ``foreign_article_min`` times, nothing domestic) reports no public work of ours.

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
(`đạt 51,1% dự toán`), no plan. A figure for a year after the publication year is planned, and so are admission quota places
(`xét tuyển 530 chỉ tiêu`) unless reached (`đạt 150% chỉ tiêu`), and learners an enrolment plan counts (`năm học
2017-2018, Hà Nội tuyển sinh ... 145.000 học sinh lớp 1`; not the habitual or done intake). The
quantity's own predicate right after its unit has the last word: a modal (`39 DNNN phải cổ phần hóa`, not the
purpose `để`) makes it planned whatever the clause before says, and a backlog word (`10 dự án chậm tiến độ`)
achieved against a plan word earlier in the sentence; a negated modal (`không cần`) is no plan.
A scheme (``scheme_nouns``: `bàn về phương án xử lý 1.300 cây xanh`) makes the figures it covers planned, as a
plan noun does, but makes no figure a target by itself. `theo kết quả` under a plan names what the planned figure is reckoned from (`dự kiến thu theo kết quả trúng đấu giá
là 10.000 tỷ đồng`), no result. A goal after `và` is the subject's next step, not the figure's own (`đạt khoảng 87% và dự kiến hoàn thành`); a plan
word naming the plan a result is measured against (`vượt kế hoạch thành phố giao`) and a purpose (`nhằm`) put no plan in
force over later clauses; after a contrast word (`nhưng`, `tuy nhiên`) the cues before it do not scope over the figure.

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

from spacy.tokens import Doc

from .candidate import judge, to_row
from .context import ArticleContext
from .gate import reports_public_work
from .numbers import ANY_NUMBER
from .units import QUANTITY, unit_key

__all__ = ["extract", "explain"]

# The article gate is on; tests/test_corpus_cases.py turns it off for passages cut out of articles.
ARTICLE_GATE = True
NOT_PUBLIC_WORK = "reports_no_public_work"  # explain's reason for the figures of a gated article


def _read(doc: Doc, explaining: bool) -> tuple[list[dict], list[tuple[str, str | None]]]:
    """(rows, and when explaining (figure, reason) of every quantity found)."""
    text = doc.text
    rows: list[dict] = []
    reasons: list[tuple[str, str | None]] = []
    if not ANY_NUMBER.search(text):
        return rows, reasons
    ctx = ArticleContext(doc, text)
    if ARTICLE_GATE and not reports_public_work(ctx.folded, text):
        if explaining:
            reasons = [(text[m.start():m.end()], NOT_PUBLIC_WORK) for m in QUANTITY.finditer(ctx.folded)]
        return rows, reasons
    last: dict = {}  # None -> the last target; unit -> the last target counting that unit
    for m in QUANTITY.finditer(ctx.folded):
        c = judge(ctx, m, last)
        if explaining:
            reasons.append((c.figure, c.dropped_by))
        if c.dropped_by is None:
            rows.append(to_row(c))
            last[None] = last[unit_key(m)] = (c.sent, c.end, c.state)
    return rows, reasons


def extract(doc: Doc) -> list[dict]:
    """The article's targets, as table rows; also left on ``doc._.targets``."""
    rows, _ = _read(doc, explaining=False)
    doc._.targets = rows
    return rows


def explain(doc: Doc) -> list[tuple[str, str | None]]:
    """Every quantity the pattern finds in the article, in text order, with the name of the veto that
    dropped it (vetoes.py, exclusions.py; `reports_no_public_work` for an article the gate rejects), or
    None for a target. For debugging: nothing of it reaches the tables."""
    return _read(doc, explaining=True)[1]
