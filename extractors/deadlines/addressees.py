"""Who must do a deadline's task when the directive verb names no one right after it: the addressee named elsewhere, in
the sentence before (a request the sentence carries on, or repeats), in the document the request is sent in, in the
topic part that opens the sentence (`Đối với các phòng GD&ĐT, Sở yêu cầu ...`), or past the charge's noun (`giao nhiệm
vụ cho Sở KH&ĐT ...`)."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from vnextract.extractors.deadlines.grammar import (
    LEX,
    NEGATORS,
    REFERRING_AGENTS,
    RX_ADVERB_GAP,
    RX_AGENT,
    RX_AGENT_END,
    RX_CAPS,
    RX_DIRECTIVE,
    RX_FOLLOW_UP,
    RX_NOT_AGENT,
    RX_PART_BOUND,
    clean,
)
from vnextract.extractors.deadlines.markers import last_directive
from vnextract.extractors.deadlines.parties import MAX_LIST_WORDS, agent, skip_openers
from vnextract.extractors.extensions import sentence_of
from vnextract.extractors.lexicon import HORIZONTAL_SPACE as H
from vnextract.extractors.lexicon import alternation, compile_ci, last_match
from vnextract.extractors.normalize import fold

PASSAGE_REQUEST_SENTENCES = 3  # sentences back a request's addressee may be carried from
MAX_LEAD_IN_WORDS = 3          # a comma part this short before a subject is a lead-in (`Cùng đó,`)
# a document sent to its addressees (`công văn hỏa tốc gửi`, `văn bản số 12/UBND ngày 5/2 gửi`), and a verb that relays
# another's request in it (`truyền đạt ý kiến của ...`)
RX_DOCUMENT_SENT_TO = compile_ci(rf"(?<![\w])(?:{alternation(LEX['signed_documents'])})(?![\w])(?:{H}+[^\s,;:.]+){{0,6}}?"
                                 rf"{H}+gửi{H}+")
RX_RELAY = compile_ci(rf"(?<![\w])(?:{alternation(LEX['document_relay_verbs'])})(?![\w])")
RX_RESULT_OPENER = compile_ci(rf"(?:{alternation(LEX['request_result_openers'])})(?![\w])")
NEGATOR_WORDS = frozenset(w for n in NEGATORS for w in fold(n).split())
# the charge's noun between `giao` and its addressee (`giao nhiệm vụ cho Sở KH&ĐT chủ trì ...`)
RX_CHARGE_LEAD = compile_ci(rf"{H}+(?:{alternation(LEX['charge_nouns'])}){H}+cho{H}+")
# a topic part that opens the sentence (`Đối với các phòng GD&ĐT, Sở yêu cầu ...`): the part after its lead
RX_TOPIC_LEAD = compile_ci(rf"(?:{alternation(LEX['topic_addressee_leads'])}){H}+")
MAX_DIRECTOR_WORDS = 8      # the directive's subject between a topic part and its verb (`..., Phó Thủ tướng yêu cầu`)


def addressee(text: str, v: re.Match, hi: int) -> tuple[str, int] | None:
    """The addressee right after the directive verb v, past the charge's noun after `giao` (`giao nhiệm vụ cho Sở
    KH&ĐT chủ trì ...` -> `Sở KH&ĐT`): (phrase as written, its end)."""
    charge = RX_CHARGE_LEAD.match(text, v.end(), hi) if fold(v["v"]).endswith("giao") else None
    return agent(text, charge.end(), hi) if charge else agent(text, v.end(), hi)


def topic_addressee(text: str, s: int, v: re.Match) -> str | None:
    """The addressee a topic part opening the sentence text[s:] names for a directive verb that names none after it
    (`Đối với lãnh đạo UBND TP Phan Thiết, tỉnh yêu cầu tổ chức kiểm điểm ...`, `Với UBND các quận, huyện, thị xã, Sở
    Xây dựng yêu cầu ...`); not a thing's (`Với ô tô điện, Hà Nội yêu cầu ...`, `Đối với việc giải quyết ...`)."""
    i = skip_openers(text, s, v.start("v"))
    lead = RX_TOPIC_LEAD.match(text, i, v.start("v"))
    comma = text.rfind(",", i, v.start("v"))
    if lead is None or comma < lead.end():
        return None
    topic = clean(text[lead.end():comma])
    # (the part before the verb is its subject alone, adverbs after it: no clause of its own, `..., thành phố đã ban hành
    # Quyết định giao ...`; the verb in lower case, no document's name: `Quyết định/Chỉ thị`)
    director = [w for w in text[comma + 1:v.start("v")].split() if not RX_ADVERB_GAP.match(w)]
    key = fold(topic)
    if not topic or not director or len(director) > MAX_DIRECTOR_WORDS or RX_AGENT_END.search(" ".join(director)) or \
            not text[v.start("v")].islower() or re.search(r"[;:.()“”\"]", topic) or re.search(r"(?i)(?<!\w)mà(?!\w)", topic) or \
            len(topic.split()) > MAX_LIST_WORDS or RX_NOT_AGENT.match(key) or not (RX_AGENT.match(key) or RX_CAPS.match(topic)):
        return None
    return topic


def previous_request(doc: Doc, a: int) -> tuple[str, str] | None:
    """(task, addressee) of the directive of the sentence before a (`... giao Chủ tịch UBND quận Hà Đông kiểm
    tra thông tin ... . Hạn báo cáo trước ngày 30/9/2016.`), when it has an addressee."""
    if a <= 0:
        return None
    s, e = sentence_of(doc, a - 1)
    v = last_directive(doc.text, s, e)
    ag = addressee(doc.text, v, e) if v else None
    if not ag:
        return None
    task = clean(doc.text[ag[1]:e]).rstrip(" .;")
    return (task, ag[0]) if task else None


def continued_party(doc: Doc, a: int) -> str | None:
    """Who does the work of a sentence that carries on the one before (`Qua đó, đảm bảo mặt bằng ...`): the addressee of
    that sentence's directive when its subject is the one who gave it (`Chủ tịch UBND TP giao nhiệm vụ cho Sở KH&ĐT chủ
    trì ... . Cùng với đó, chuẩn bị ...` -> `Sở KH&ĐT`), else that subject, else the addressee of its last directive."""
    text = doc.text
    s, e = sentence_of(doc, a - 1)
    ag = agent(text, s, e)
    v = RX_DIRECTIVE.search(text, ag[1], e) if ag else None
    gap = text[ag[1]:v.start("v")].strip(" ,") if v else None
    if gap is not None and (not gap or RX_ADVERB_GAP.match(gap) and len(gap.split()) <= MAX_LEAD_IN_WORDS):
        to = addressee(text, v, e)
        if to and RX_AGENT.match(fold(to[0])):
            return to[0]  # (the subject directs: the next part is the addressee's work)
    if ag:
        return ag[0]
    carried = previous_request(doc, a)
    return carried[1] if carried and RX_AGENT.match(fold(carried[1])) else None


def imperative_addressee(doc: Doc, a: int, due_start: int) -> str | None:
    """The addressee of the directive of the sentence before a, in the same paragraph, when this sentence opens
    with a verb and no subject, as the request's next item does (`Tổng cục ĐBVN đề nghị Sở GTVT TP.HCM thực hiện
    kiểm tra ... . Báo cáo kết quả kiểm tra, xử lý về Tổng cục ĐBVN trước ngày 20/2/2017.`)."""
    text = doc.text
    i = skip_openers(text, a, due_start)
    head = text[i:due_start]
    if a <= 0 or not text[a:due_start].lstrip(" “\"")[:1].isupper() or text.rfind("\n", 0, a) >= sentence_of(doc, a - 1)[0] or \
            not (RX_FOLLOW_UP.match(head) or RX_RESULT_OPENER.match(head)) or agent(text, i, due_start):
        return None
    carried = _passage_addressee(doc, a)
    # (not an addressee whose phrase ran into its negated verb: `các doanh nghiệp không bơm hút ...`)
    if not carried or set(fold(carried).split()) & NEGATOR_WORDS:
        return None
    return carried


def _passage_addressee(doc: Doc, a: int) -> str | None:
    """The addressee of the request the sentences before a (same paragraph) state, back over sentences that carry it
    on without a subject of their own (`Thứ trưởng Nghĩa yêu cầu Sở GD&ĐT Hà Nội chỉ đạo, kiểm tra ... . Yêu cầu Sở
    chỉ đạo tổ chức rút kinh nghiệm ... . Đồng thời báo cáo kết quả sự việc về Bộ trước ngày 10/2.`)."""
    text = doc.text
    para = text.rfind("\n", 0, a) + 1
    short = None  # a body's head alone (`Yêu cầu Sở chỉ đạo ...`): its full name may stand in the request before
    for _ in range(PASSAGE_REQUEST_SENTENCES):
        if a <= para:
            break
        s, e = sentence_of(doc, a - 1)
        directives = list(RX_DIRECTIVE.finditer(text, s, e))
        # (the first verb's addressee: `yêu cầu Công an tỉnh chỉ đạo các cơ quan chức năng ...` -> `Công an tỉnh`)
        found = next((ag[0] for v in directives for ag in [addressee(text, v, e)] if ag), None)
        # (or the topic part the request opens with: `Đối với lãnh đạo UBND TP Phan Thiết, tỉnh yêu cầu tổ chức ...`)
        found = found or (topic_addressee(text, s, directives[0]) if directives else None)
        if found and found not in REFERRING_AGENTS:
            found = _before_listed_items(found)
            return found if short is None or fold(found).startswith(fold(short)) else short
        short = short or found
        # (a sentence of the same request without addressee goes on: `Bộ cũng chỉ đạo rút kinh nghiệm ...`; one with
        # a subject of its own and no directive is another party's work)
        if not directives and _opens_with_subject(text, s, e):
            break
        a = s
    return short


def _before_listed_items(addressee: str) -> str:
    """`Sở GD-ĐT Hà Nội: Chỉ đạo` -> `Sở GD-ĐT Hà Nội`: the items of a `:` list of tasks are no part of the addressee
    (a `:` list of bodies is: `Bộ trưởng các Bộ: Công Thương, Quốc phòng`)."""
    head, sep, items = addressee.partition(":")
    return head.strip() if sep and (RX_DIRECTIVE.match(items.strip()) or RX_FOLLOW_UP.match(items.strip())) else addressee


def _opens_with_subject(text: str, s: int, e: int) -> bool:
    """The sentence text[s:e] opens with a subject, or with a short lead-in and then one (`Cùng đó, Giám đốc Sở GTVT
    chủ trì ...`)."""
    starts = [s]
    comma = RX_PART_BOUND.search(text, s, e)
    if comma and len(text[s:comma.start()].split()) <= MAX_LEAD_IN_WORDS:
        starts.append(comma.end())
    return any(agent(text, skip_openers(text, i, e), e) for i in starts)


def document_addressee(text: str, a: int, directive: re.Match) -> str | None:
    """The addressee of the document the directive verb's request is sent in, when the verb names none after it (`Thứ
    trưởng ... đã ký công văn hỏa tốc gửi Sở Giáo dục - Đào tạo Hà Nội đề nghị xác minh ...`, `Văn phòng Chính phủ đã có
    văn bản gửi Bộ VH-TT-DL và UBND TP Đà Nẵng truyền đạt ý kiến của Phó Thủ tướng ... yêu cầu ...`)."""
    v = directive.start("v")
    sent = last_match(RX_DOCUMENT_SENT_TO, text, a, v)
    if sent is None or re.search(r"[.;:]", text[sent.end():v]):
        return None
    relay = RX_RELAY.search(text, sent.end(), v)
    if relay is None:
        ag = agent(text, sent.end(), directive.end())
        # (`gửi Bộ Tài chính và đề nghị ...`: the joiner before the verb is no part of the name)
        return re.sub(r"(?i)[^\S\n,]*(?<![\w])và$", "", ag[0]) or None if ag and ag[1] <= v else None
    phrase = clean(text[sent.end():relay.start()])  # (the relaying verb ends it: `... truyền đạt ý kiến của ...`)
    key = fold(phrase)
    if not phrase or len(phrase.split()) > MAX_LIST_WORDS or RX_NOT_AGENT.match(key) or \
            not (RX_AGENT.match(key) or RX_CAPS.match(phrase)):
        return None
    return phrase


def repeated_addressee(doc: Doc, a: int, directive) -> str | None:
    """The addressee of the directive of the sentence before a, when this sentence repeats its subject with a
    directive of its own but no addressee (`Phó Thủ tướng yêu cầu Bộ VH-TT-DL, UBND TP.Đà Nẵng ... . Phó Thủ
    tướng yêu cầu kịp thời thông tin ..., báo cáo Thủ tướng trước ngày 30.5.`)."""
    if a <= 0:
        return None
    text = doc.text
    s, e = sentence_of(doc, a - 1)
    subject = fold(clean(text[skip_openers(text, a, directive.start("v")):directive.start("v")]))
    v = next(RX_DIRECTIVE.finditer(text, s, e), None)  # (its first: `yêu cầu Bộ X ... chỉ đạo xem xét ...`)
    if not v or not subject or subject != fold(clean(text[skip_openers(text, s, v.start("v")):v.start("v")])):
        return None
    ag = addressee(text, v, e)
    return ag[0] if ag else None
