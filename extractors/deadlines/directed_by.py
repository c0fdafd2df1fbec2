"""Who set a deadline (directed_by): the official who is the subject of its directive verb, who introduces, signs,
quotes or is credited with it, and which directive verb governs a due time."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from vnextract.extractors.deadlines.grammar import (
    LEX,
    POST_KEYS,
    RX_ADVERB_GAP,
    RX_AGENT,
    RX_AGENT_END,
    RX_ATTRIBUTION,
    RX_CAPS,
    RX_CONTINUES,
    RX_DIRECTIVE,
    RX_ELLIPSIS_END,
    RX_NOT_AGENT,
    RX_PRONOUN,
    RX_QUOTE_DIRECTIVE,
    RX_SIGNED_DOCUMENT,
    RX_SIGNS_DOCUMENT,
    RX_SPEECH,
    RX_SPEECH_THEN,
    RX_STRONG,
    RX_TRAILING_ADVERB,
    Subject,
    clean,
)
from vnextract.extractors.deadlines.markers import last_directive
from vnextract.extractors.deadlines.parties import agent, canonical_body, foreign_country, subject_kind
from vnextract.extractors.extensions import sentence_spans
from vnextract.extractors.lexicon import HORIZONTAL_SPACE as H
from vnextract.extractors.lexicon import alternation, compile_ci, last_match
from vnextract.extractors.normalize import fold
from vnextract.extractors.officials import post_key

MAX_APPOSITION_WORDS = 16   # a longer gap between a name and its verb is no title in apposition
MAX_TITLE_WORDS = 24        # ... unless it is one title alone, at most this long
MAX_SIGNED_GAP_WORDS = 40   # a longer signed document's reference (`vừa ký công văn số ... về việc ...`) is no gap
PRONOUN_REACH = 1500        # characters before the sentence a pronoun's official may be named in
PASSAGE_SENTENCES = 4       # sentences before this one a directive of the passage may stand in
ATTRIBUTION_SENTENCES = 3   # sentences after this one an attribution (`Đây là khẳng định của ...`) may stand in
# a quote's credit by a stating verb, the comma inside the quote or after it (`...,” Bộ trưởng X nêu rõ.`)
RX_QUOTE_CREDIT = compile_ci(rf"[”\"]{H}*[,–-]?{H}*(?P<who>[^,;:.”\"\n]{{3,80}}?){H}+"
                             rf"(?P<v>{alternation(LEX['quote_credit_verbs'])}){H}*[.!]?{H}*$")
NATIONAL_POSTS = frozenset(fold(p) for p in LEX["national_posts"])
MEMBERSHIP_TITLES = tuple(fold(t) for t in LEX["membership_titles"])
RX_OWN_PLAN = compile_ci(rf"(?<![\w])(?:{alternation(LEX['own_plan_words'])})(?![\w])")
RX_FIRST_PERSON = compile_ci(alternation(LEX["first_person_subjects"]))
MAX_CREDIT_GAP_WORDS = 8    # a closing quote and its speaker's name: at most a title's words between (`”- ông Châu`)


def _officials_post(doc: Doc, phrase: str):
    """The one official of the article holding the post `phrase` names (`Chủ tịch UBND tỉnh`)."""
    key = fold(canonical_body("UBND " + phrase)[len("Ủy ban nhân dân "):] if phrase else "")
    key = post_key(key) if key else ""
    if not key or not any(key.startswith(p) for p in POST_KEYS):
        return None
    def holds(title: str) -> bool:
        return post_key(title) == key or post_key(title).startswith(key + " ")

    hits = {off.name for off in doc._.officials or [] for t in off.titles or [] if holds(t)}
    if len(hits) > 1 and key in NATIONAL_POSTS:
        # (one person holds the country's own post, `Thủ tướng Nhật Bản` is another state's: the one whose first
        # office it is, not a title misread after a name)
        own = [off for off in doc._.officials or []
               if any(holds(t) and not _another_states(t, key) for t in off.titles or [])]
        hits = {off.name for off in own}
        if len(hits) > 1:
            hits = {off.name for off in own if _first_post_holds(off.titles, holds)}
    return hits.pop() if len(hits) == 1 else None


def _first_post_holds(titles: list[str], holds) -> bool:
    """The post comes first among the person's posts: only memberships before it (`Ủy viên Bộ Chính trị, Thủ
    tướng`), not another office (`Phó Thống đốc NHNN, Thủ tướng` is a subject read as a title)."""
    for title in titles:
        if holds(title):
            return True
        if not fold(title).startswith(MEMBERSHIP_TITLES):
            return False
    return False


def _another_states(title: str, key: str) -> bool:
    """A national post followed by the name of a foreign country (`Thủ tướng Nhật Bản`)."""
    return foreign_country(title.split()[len(key.split()):])


def _official_ending_in(doc: Doc, lo: int, pos: int):
    """(name, end) of the official mention ending nearest before pos (and after lo)."""
    best, best_end = None, -1
    for off in doc._.officials or []:
        for s, e in getattr(off, "mentions", []) or []:
            if lo <= s and e <= pos and e > best_end:
                best, best_end = off.name, e
    return best, best_end


def _apposition(gap: str) -> bool:
    """Between a name and its verb: nothing, adverbs, the person's title (`, Chủ tịch UBND huyện`), or the
    document the person signs (`vừa ký công văn số 204/TTg-ĐMDN ngày 9/2/2017 về việc ...`)."""
    if RX_SIGNED_DOCUMENT.match(gap.strip()) and len(gap.split()) <= MAX_SIGNED_GAP_WORDS:
        return True
    if ";" in gap or len(gap.split()) > MAX_APPOSITION_WORDS and not _long_title(gap):
        return False
    speech = last_match(RX_SPEECH_THEN, gap)
    if speech and not RX_ADVERB_GAP.match(gap[speech.end():].strip()):
        return False  # `ông Khoa cho biết, Bí thư Thành ủy đã chỉ đạo`: the clause reported has its own subject
    # (a hyphen inside a word is no separator: `Cục trưởng ... thuộc Bộ GD-ĐT`)
    last = re.split(r"[,(–]|(?<!\w)-|-(?!\w)", gap)[-1]
    if RX_ADVERB_GAP.match(last.strip()):
        return True
    chunk = fold(last.strip(" )"))
    return any(chunk.startswith(p) for p in POST_KEYS)


def _long_title(gap: str) -> bool:
    """The gap is one long title after a dash (`- Cục trưởng Cục Nhà giáo và Cán bộ quản lý cơ sở giáo dục
    thuộc Bộ GD-ĐT`), not a clause."""
    m = re.match(r"[^\S\n]*[–-][^\S\n]+(?P<title>[^,;:()–]+?)[^\S\n]*$", gap)
    # (no verb inside it: `, chủ tịch Hiệp hội ... được mời tham dự và trình bày các ý kiến` is a clause)
    return bool(m) and len(gap.split()) <= MAX_TITLE_WORDS and any(fold(m["title"]).startswith(p) for p in POST_KEYS) \
        and not RX_AGENT_END.search(m["title"]) and not re.search(r"(?i)(?<![\w])được(?![\w])", m["title"])


def subject_official(doc: Doc, a: int, v: int):
    """The official who is the subject of the directive verb at v in the sentence starting at a.

    Returns (name or None, whether the verb has a subject of its own in the sentence)."""
    text = doc.text
    lo = a
    for m in re.finditer(r"[;.]", text[a:v]):
        lo = a + m.end()
    name, end = _official_ending_in(doc, lo, v)
    if name and _apposition(text[end:v]):
        return name, True
    colon = text.rfind(":", lo, v)
    if colon >= 0 and not text[colon + 1:v].strip(" “\"\n"):
        # `Chủ tịch UBND Thành phố có ý kiến như sau: “Giao ...`: the official who introduces the directives
        intro = _introducing_official(doc, lo, colon + 1)
        if intro:
            return intro, True
    last = clean(re.split(r",", text[lo:v])[-1])
    if not last or RX_ADVERB_GAP.match(last) or fold(last) in ("và", "đồng thời", "cũng"):
        return None, False
    last = RX_TRAILING_ADVERB.sub("", last)
    if RX_PRONOUN.fullmatch(fold(last)):
        name, _ = _official_ending_in(doc, max(0, a - PRONOUN_REACH), a)
        return name, True
    if RX_FIRST_PERSON.fullmatch(fold(last)):
        return _quote_speaker(doc, v), True
    key = fold(last)
    # (`Trường hợp khi ... chưa đảm bảo an toàn, đề nghị ...`: a condition, no subject)
    subject_like = not RX_NOT_AGENT.match(key) and \
        bool(RX_AGENT.match(key) or RX_CAPS.match(last) or any(key.startswith(p) for p in POST_KEYS))
    return _officials_post(doc, last), subject_like


def _quote_speaker(doc: Doc, v: int) -> str | None:
    """The official credited with the quote (same paragraph) that holds v, named right after it closes (`“..., tôi
    đề nghị ...”- ông Châu quả quyết.`), else None."""
    text = doc.text
    para = text.rfind("\n", 0, v) + 1
    para_end = text.find("\n", v)
    para_end = len(text) if para_end < 0 else para_end
    opening = text.rfind("“", para, v)
    if opening < 0 or text.find("”", opening, v) >= 0:
        return None
    # (a quote introduced before it opens is its introducer's: `X phát biểu: “..., tôi đề nghị ...”, ông Y cho biết`)
    before = text[para:opening].rstrip()
    if before.endswith(":"):
        return _introducing_official(doc, para, para + len(before))
    close = text.find("”", v, para_end)
    if close < 0:
        return None
    found, start = None, para_end
    for off in doc._.officials or []:
        for s, e in getattr(off, "mentions", []) or []:
            if close < s < start and e <= para_end:
                found, start = off.name, s
    gap = text[close + 1:start]
    if found is None or re.search(r"[.;:“”\"!?]", gap) or len(gap.split()) > MAX_CREDIT_GAP_WORDS:
        return None
    return found


def governing_directive(doc: Doc, a: int, lo: int, pos: int):
    """The directive verb that governs a due time at pos: the first one of its clause that has an
    addressee or a subject of its own (`đề nghị Sở X xác minh ..., chỉ đạo và xử lý ...` -> `đề nghị`;
    `đề nghị Chủ tịch tỉnh chỉ đạo ...` -> `đề nghị`), else the last one of the sentence before the clause."""
    text = doc.text
    for m in RX_DIRECTIVE.finditer(text, lo, pos):
        if agent(text, m.end(), pos) or subject_official(doc, a, m.start("v"))[1]:
            return m
    # (not past a `…` the segmenter kept: `... mở rộng sân bay Tân Sơn Nhất… Ngoài ra, giám đốc Sở ... được giao`)
    start = max([a] + [m.end() for m in RX_ELLIPSIS_END.finditer(text, a, lo + 3) if m.end() <= lo])  # (lookahead)
    found = list(RX_DIRECTIVE.finditer(text, start, pos))
    # a speech verb of a later item (`các giải pháp đã đề ra`) does not hide the sentence's `giao`
    orders = [m for m in found if not RX_SPEECH.fullmatch(m["v"])]
    if orders:
        return _outer_order(text, orders, pos)
    # (a speech verb that names neither an addressee nor a subject of its own directs no one: `Bộ Văn hóa, Thể thao và
    # Du lịch phối hợp với Bộ Tài chính đề xuất phương án ...` is the body's own task)
    return found[-1] if found and not _speech_without_parties(doc, a, found[-1], pos) else None


def _outer_order(text: str, orders: list[re.Match], pos: int) -> re.Match:
    """The sentence's last order, or the order whose addressee is that one's subject (`yêu cầu UBND thành phố chỉ đạo
    tháo dỡ ...; phối hợp ...` -> `yêu cầu`): a later item goes on with the addressee's task, set by the outer order."""
    pick = orders[-1]
    for m in reversed(orders[:-1]):
        ag = agent(text, m.end(), pos)
        if ag and not text[ag[1]:pick.start("v")].strip():
            pick = m
    return pick


def _speech_without_parties(doc: Doc, a: int, m: re.Match, pos: int) -> bool:
    """The speech directive m is the sentence's public body's own verb (`Bộ VH-TT-DL phối hợp với Bộ Tài chính đề
    xuất phương án ...`): no addressee after it, no official before it, and the sentence's subject a public body.
    (Whether its object is a thing or someone else's action is not checked.)"""
    text = doc.text
    k = m.end() + len(text[m.end():pos]) - len(text[m.end():pos].lstrip())
    if RX_AGENT_END.match(text, k, pos) or agent(text, m.end(), pos) or subject_official(doc, a, m.start("v"))[1]:
        return False
    subject = agent(text, a, m.start("v"))
    return subject is not None and subject_kind(doc, a, subject[1]) == Subject.PUBLIC


def passage_directed_by(doc: Doc, sent: tuple[int, int], reach_back: bool = False) -> str | None:
    """directed_by carried from the sentences this one continues (same paragraph, or a `:` list, or the
    paragraph before when this one opens with a directive verb without subject: `Và yêu cầu ...`)."""
    text = doc.text
    para = text.rfind("\n", 0, sent[0]) + 1
    prev_para = text.rfind("\n\n", 0, max(0, para - 1))
    lo = para
    if text[para:sent[0]].strip() == "" and (reach_back or text[:para].rstrip().endswith(":")):
        lo = prev_para + 1 if prev_para >= 0 else 0  # an item of a `yêu cầu:` list
    before = [sp for sp in reversed(sentence_spans(doc)) if lo <= sp[0] < sent[0]][:PASSAGE_SENTENCES]
    for a, b in before:
        v = last_directive(text, a, b)
        if v is None:
            name = _introducing_official(doc, a, b) or _signer(doc, a, b)
            if name:
                return name
            continue
        name, own = subject_official(doc, a, v.start("v"))
        if own and not name:
            # the last verb's subject may be the addressee of the sentence's first order (`Thứ trưởng Nghĩa yêu cầu Sở
            # GD&ĐT Hà Nội chỉ đạo, kiểm tra ...`): that order's official
            first = next((m for m in RX_DIRECTIVE.finditer(text, a, v.start()) if not RX_SPEECH.fullmatch(m["v"])), None)
            name = subject_official(doc, a, first.start("v"))[0] if first and agent(text, first.end(), b) else None
        if own or name:
            return name
    return None


def _signer(doc: Doc, a: int, b: int) -> str | None:
    """The official who signs the document the sentence text[a:b] tells of (`Thứ trưởng ... Nguyễn Thị Nghĩa ký công
    văn gửi Sở GD&ĐT Hà Nội.`): the passage after it carries what the document asks."""
    text = doc.text
    m = RX_SIGNS_DOCUMENT.search(text, a, b)
    if m is None:
        return None
    name, end = _official_ending_in(doc, a, m.start())
    gap = text[end:m.start()]
    # (no date or other clause between: `ý kiến chỉ đạo của Phó Thủ tướng X, ngày 8/5, Tổng Thanh tra Chính phủ đã
    # ký Quyết định` -> the Tổng Thanh tra signs, X is no subject)
    part = text[a + max([0] + [x.end() for x in re.finditer(r"[,;:](?!\d)", text[a:end])]):end]
    if not name or re.search(r"\d", gap) or re.search(r"(?i)(?<![\w])của(?![\w])", part):
        return None
    return name if _apposition(gap) else None


def _introducing_official(doc: Doc, a: int, b: int) -> str | None:
    """The official who opens a `:` list of directives (`Chủ tịch UBND Thành phố có ý kiến như sau:`)."""
    text = doc.text
    b = a + len(text[a:b].rstrip())
    if not text[a:b].endswith(":"):
        return None
    start = a + max([0] + [m.end() for m in re.finditer(r"[,;.](?!\d)", text[a:b])])
    ag = agent(text, start, b)
    if not ag:
        return None
    name, end = _official_ending_in(doc, start, ag[1])
    return name or _officials_post(doc, ag[0])


def attributed_official(doc: Doc, sent: tuple[int, int]) -> str | None:
    """The official a sentence after this one attributes it to (`Đây là khẳng định của Phó Chủ tịch ...
    Nguyễn Khánh Toàn`), past sentences that carry it on (`Qua đó, ...`), in the same paragraph."""
    text = doc.text
    para_end = text.find("\n", sent[1])
    para_end = len(text) if para_end < 0 else para_end
    after = [sp for sp in sentence_spans(doc) if sent[1] <= sp[0] < para_end][:ATTRIBUTION_SENTENCES]
    for a, b in after:
        if RX_ATTRIBUTION.match(text, a, b):
            name, _ = _official_ending_in(doc, a, b)
            return name
        if not RX_CONTINUES.match(text, a, b):
            return None
    return None


def quoting_official(doc: Doc, due_end: int, b: int) -> str | None:
    """The official named after a quote that closes the sentence with a directive verb (`“... bắt buộc hoàn thành
    trong quý 3 năm nay”, Bộ trưởng Đào Ngọc Dung chỉ đạo.`): who set what the quote holds. Also with the comma
    inside the quote and a stating verb, when the quote is itself a requirement (`"Các đơn vị khẩn trương triển
    khai ... và báo cáo Bộ trưởng trước ngày 15/5/2017," Bộ trưởng Trần Tuấn Anh nêu rõ.`)."""
    text = doc.text
    close = max(text.rfind("”", due_end, b), text.rfind('"', due_end, b))
    if close < 0:
        return None
    m = RX_QUOTE_DIRECTIVE.match(text, close, b)
    if m is None:
        m = RX_QUOTE_CREDIT.match(text, close, b)
        if m is None or not _requirement_quote(text, due_end, close):
            return None
    name, _ = _official_ending_in(doc, m.start("who"), m.start("v"))
    return name


def _requirement_quote(text: str, due_end: int, close: int) -> bool:
    """The quote closing at close is a requirement set on others: it opens with its addressee or holds a strong
    modal, and is no one's own plan or promise (`sẽ`, `tôi`, `chúng tôi`)."""
    opening = max(text.rfind("“", 0, due_end), text.rfind('"', 0, due_end))
    if opening < 0 or "\n" in text[opening:close]:
        return False
    quote = text[opening + 1:close]
    if RX_OWN_PLAN.search(quote):
        return False
    return bool(RX_STRONG.search(quote) or agent(quote, 0, len(quote)))
