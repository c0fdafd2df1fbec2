"""The day of the event an article reports (`event_date`): the lead's first suitable day.

Not a deadline or start, birth, background or recalled event, cited document, quoted story or
scheduled day; the words for each are in lexicons/temporal.json (`event_*` keys).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re

from spacy.tokens import Doc

from vnextract.extractors.dates.builders import TWO_DAYS_CUE
from vnextract.extractors.dates.mentions import find
from vnextract.extractors.dates.regex import LEX, H, alt, compile_ci
from vnextract.extractors.dates.values import DateMention
from vnextract.extractors.extensions import sentence_of, sentence_spans
from vnextract.extractors.lexicon import last_match

_PARTS_OF_DAY = alt(LEX["parts_of_day"])
_TIME = rf"\d{{1,2}}{H}*(?:h|g|giờ|:){H}*(?:\d{{1,2}}{H}*(?:phút|p)?)?"
# a deadline, start or birth word before the day, perhaps with a clock time and a part of day between
_REJECT_FILLERS = rf"(?:{H}+(?:{alt(LEX['event_reject_fillers'])}))?{H}*"


def _reject_end(words: list[str]) -> re.Pattern:
    return compile_ci(rf"(?:^|[^\w])(?:{alt(words)}){_REJECT_FILLERS}"
                      rf"(?:{_TIME}{H}*)?(?:(?:{_PARTS_OF_DAY}){H}*)?(?:ngày{H}*)?$")


_RX_EVENT_REJECT_END = _reject_end(LEX["event_reject_left"])
_RX_TODAY_REJECT_END = _reject_end(LEX["event_today_reject_left"])
_RX_REJECT_COMPOUND_END = _reject_end(LEX["event_reject_compounds"])
# ... except `Đến 17 giờ ngày 23/5, ...`, `Tính từ 6h đến 18h ngày 25/4, ...` opening a sentence: the
# present observed at a moment of the day (not `đến 3 giờ sáng 24/4`, a limit, nor `đến ngày 30/6`)
_RX_AS_OF_OPENING = compile_ci(rf"^[\W]*(?:tính{H}+)?(?:từ{H}+{_TIME}{H}*(?:(?:{_PARTS_OF_DAY}){H}*)?)?"
                               rf"(?:{alt(LEX['event_as_of_openers'])}){_REJECT_FILLERS}"
                               rf"(?:{_TIME}{H}*(?:(?:{_PARTS_OF_DAY}){H}*)?|(?:{_PARTS_OF_DAY}){H}*)(?:ngày{H}*)?$")
_RX_EVENT_BACKGROUND_END = compile_ci(rf"(?:^|[^\w])(?:{alt(LEX['event_background_left'])}){H}*(?:(?:{_PARTS_OF_DAY}){H}*)?"
                                      rf"(?:vào{H}*)?(?:ngày{H}*)?$")
# `16h đến 18h chiều 29/4`: hours of the day, not a deadline
_RX_HOURS_END = compile_ci(rf"{_TIME}{H}*(?:(?:{_PARTS_OF_DAY}){H}*)?(?:đến|tới|[-–]){H}*{_TIME}{H}*(?:(?:{_PARTS_OF_DAY}){H}*)?(?:ngày{H}*)?$")
_RX_RECALL = compile_ci(rf"(?:^|[^\w])(?:(?:{alt(LEX['event_recall_openers'])})(?![\w])"
                        rf"|như(?![\w])[^.;:\n]{{0,40}}(?:{alt(LEX['event_recall_reports'])})(?![\w]))")
_RX_FUTURE = compile_ci(rf"(?:^|[^\w])(?:{alt(LEX['event_future_words'])})(?![\w])")
_RX_FUTURE_AFTER = compile_ci(rf"^{H}*(?:\([^)\n]{{0,12}}\){H}*)?(?:{alt(LEX['event_future_after'])})(?![\w])")
_RX_REPORT_VERB = compile_ci(rf"(?:^|[^\w])(?:{alt(LEX['event_report_verbs'])})(?![\w])")
_RX_REPORT_VERB_AFTER = compile_ci(rf"^{H}*(?:\([^)\n]{{0,12}}\){H}*)?(?:đã{H}+|vừa{H}+)?(?:{alt(LEX['event_report_verbs'])})(?![\w])")
_RX_ISSUED = compile_ci(rf"(?:^|[^\w])(?:{alt(LEX['event_issued_left'])})(?![\w])")
_RX_CITING = compile_ci(rf"(?:^|[^\w])(?:{alt(LEX['event_citing_words'])})(?![\w])")
_ISSUED_REACH = int(LEX["event_issued_reach"])
_RX_STATEMENT = compile_ci(rf"(?:^|[^\w])(?:{alt(LEX['event_statement_left'])}){H}+(?:{alt(LEX['event_statement_docs'])})"
                           rf"(?![\w])[^.;:\n]{{0,{_ISSUED_REACH}}}$")
_QUOTE_MARKS = "\"“”"
_RX_INCIDENT_STATEMENT = compile_ci(rf"(?:^|[^\w])(?:{alt(LEX['event_incident_statement_verbs'])})(?![\w])")
_RX_INCIDENT_WORD = compile_ci(rf"(?:^|[^\w])(?:{alt(LEX['event_incident_words'])})(?![\w])")
_RX_INCIDENT_ACT = compile_ci(rf"(?:^|[^\w])(?:{alt(LEX['event_incident_acts'])})(?![\w])")
_INCIDENT_REACH = int(LEX["event_incident_reach"])
_INCIDENT_MAX_GAP = int(LEX["event_incident_max_gap_days"])
# `khoảng 14h30 ngày 7/6`, `15 giờ 30 chiều qua (16-6)`: a clock time right before the day
_RX_CLOCK_END = compile_ci(rf"(?<![\w]){_TIME}{H}*(?:(?:{_PARTS_OF_DAY}){H}*)?(?:(?:ngày|hôm){H}*)?$")
_RX_TIMED_END = compile_ci(rf"(?:^|[^\w])(?:{_PARTS_OF_DAY})(?:{H}+(?:ngày|hôm))?{H}*$")
_RX_TIMED_START = compile_ci(rf"^(?:{_PARTS_OF_DAY})(?![\w])")
# what may stand between a sentence start and its opening day: cue words, a clock time, a part of day
_RX_OPENING_PREFIX = compile_ci(rf"^[\W]*(?:(?:{alt(LEX['event_opening_words'])}|{_PARTS_OF_DAY}|{_TIME}|,)(?![\w]){H}*)*$")
_RX_COMMA_AFTER = re.compile(r"^\s*(?:\([^)\n]{0,12}\)\s*)?,")
_RX_PAIR_JOIN = re.compile(r"\s*[-–/]\s*")
_RX_LIST_JOIN = compile_ci(rf"{H}*(?:,|và|hoặc){H}*(?:ngày{H}*)?$")
# a short phrase opening its sentence and closed by the day and a comma (`Trả lời phỏng vấn hãng tin CNBC
# (Mỹ) ngày 9/7, ...`, `Tuy nhiên, trong buổi tranh luận ngày 29/9, ...`): the setting of the reported
# event; one opening connective and its comma may come first; no number in it (`các ngày 29/4, 20/5`,
# `ngày 7/2 và 8/2,`: a list; `bắn vào 5 tối`: a schedule) but a clock time (`lúc 13 giờ 15 phút ngày 9/5,`)
_PHRASE_WORDS = int(LEX["event_phrase_max_words"])
_RX_CLOCK = compile_ci(rf"(?:{_TIME})(?![\w])")
_RX_OPENING_PHRASE = re.compile(r"^[\W]*(?:\w+(?:[^\S\n]+\w+)?,[^\S\n]*)?[^\W\d][^\d,;:.!?\n\"“”]*$")
_RX_TODAY = compile_ci(rf"^(?:{alt(k for k, v in LEX['relative_days'].items() if v == 0)})(?![\w])")
_LEAD_SENTENCES = int(LEX["event_lead_sentences"])
_WIDE_SENTENCES = int(LEX["event_wide_sentences"])
_WIDE_DAYS_BACK = dt.timedelta(days=int(LEX["event_wide_days_back"]))
_WIDE_EXTRA_LINES = int(LEX["event_wide_extra_lines"])
_SENTENCE_CLOSERS = set(".!?…:;\"”'’»)")
# Even in the lead, a day weeks before the published date is background (a profile's contest of 2008, a
# landing a month ago, `Ngày 12/4/1961, Liên Xô ...` on an anniversary) or a typo (`ngày 5/2` for 2/5).
_LEAD_DAYS_BACK = dt.timedelta(days=25)
# Without a published date, a day whose written year is this many years before the latest year the
# article writes with a day (`19/5/1890` in a 2017 anniversary story) is history, not the event. The
# latest may be a deadline's (`Ngày 6/2/2017, ... hoàn thành trước ngày 31/12/2019`): a decade, not less.
_HISTORY_YEARS = 10
# how far (characters) each look around a day reaches
_REJECT_WINDOW, _DOC_WINDOW, _FUTURE_LEFT, _FUTURE_RIGHT = 30, 40, 40, 60
_GLUE_REACH = 3             # a word glued before a capitalised `Ngày` (an unsplit sentence)
_COMMA_REACH = 16           # the comma after a sentence-opening day
_FUTURE_AFTER_REACH = 20    # `sẽ` right after the day
_REPORT_VERB_REACH = 40     # a reporting verb right after the day


def _is_caption_line(text: str, a: int, b: int) -> bool:
    """A whole line with no closing punctuation: a photo caption or a section heading, not a sentence."""
    line = text[a:b].strip()
    return (a == 0 or text[a - 1] == "\n") and (b == len(text) or text[b - 1] == "\n" or text[b] == "\n") \
        and line[-1:] not in _SENTENCE_CLOSERS


def _body_sentences(doc: Doc, n: int, extra_lines: int = 0) -> tuple[list[tuple[int, int]], list[int]]:
    """The first n non-empty sentences after the headline, page furniture skipped, and the ends of those
    that count: up to `extra_lines` caption lines among them are kept without counting (a dantri lead is
    often cut by photo captions and section headings)."""
    text = doc.text
    lay = doc._.layout
    body_start = lay.body_start if lay is not None else 0
    out: list[tuple[int, int]] = []
    counted_ends: list[int] = []
    for a, b in sentence_spans(doc):
        if b <= body_start or (lay is not None and lay.is_furniture(a, b)) or not text[a:b].strip():
            continue
        out.append((a, b))
        if extra_lines > 0 and _is_caption_line(text, a, b):
            extra_lines -= 1
            continue
        counted_ends.append(b)
        if len(counted_ends) >= n:
            break
    return out, counted_ends


def _is_today(mt: DateMention) -> bool:
    """`Hôm nay (8/2)`, `sáng nay`: the article's own present, planned or not."""
    return _RX_TODAY.match(mt.text) is not None


def _is_timed(text: str, mt: DateMention) -> bool:
    """A part of day with the day (`sáng 16/5`, `Chiều nay 15-5`): an event's time, never a document's."""
    return bool(_RX_TIMED_START.match(mt.text)) or \
        _RX_TIMED_END.search(text, max(0, mt.start - _REJECT_WINDOW), mt.start) is not None


def _glued(text: str, mt: DateMention) -> bool:
    """A capitalised day right after a word: the start of a sentence the segmenter did not split."""
    return mt.text[:1].isupper() and re.search(r"[\w)][^\S\n]+$", text[max(0, mt.start - _GLUE_REACH):mt.start]) is not None


def _opens_sentence(doc: Doc, mt: DateMention) -> bool:
    """`Ngày 22/4, ...`, `Sáng 2/10, ...`: the day (with its cues) opens its sentence and a comma follows;
    also a capitalised `Ngày 8.2` glued to the words before it (a sentence the segmenter did not split:
    `... vùng kinh tế Ngày 23/6 Thủ tướng ...`) or right at the sentence start with no comma."""
    text = doc.text
    a, _ = sentence_of(doc, mt.start)
    prefix = text[a:mt.start]
    # a capitalised day right at the sentence start needs no comma (`Ngày 23/6 Thủ tướng ký ...`); not
    # `Hôm nay tụi nhỏ được nghỉ`: a dateless today in a story
    glued = _glued(text, mt) or mt.text[:1].isupper() and not prefix.strip() and not mt.relative
    if not glued and not _RX_COMMA_AFTER.match(text[mt.end:mt.end + _COMMA_REACH]):
        return False
    if _RX_OPENING_PREFIX.match(prefix):
        return True
    cue = re.search(r"(\w+)[^\S\n]+$", prefix)    # the part of day right before the day (`Sáng 6-2`)
    if cue and _RX_TIMED_START.match(cue.group(1)):
        return cue.group(1)[0].isupper()
    return mt.text[:1].isupper()


def _in_quote(doc: Doc, mt: DateMention) -> bool:
    """Inside a quotation of its sentence: a speaker's own story (`"... Ngày 2/4, tôi nạp thêm tiền"`);
    not when its paragraph has already closed the quote (the segmenter split a quotation of several
    sentences: `"... Chúng tôi sẵn sàng hỗ trợ", bà Leyen bình luận ngày 25/4`; marks mixed as `"...”`)."""
    text = doc.text
    a, _ = sentence_of(doc, mt.start)
    p = text.rfind("\n", 0, mt.start) + 1
    opened = max(text.rfind(q, p, mt.start) for q in _QUOTE_MARKS)
    # the paragraph's last mark before the day is an opening one (`“`, or an odd straight `"`)
    if opened < 0 or text[opened] == "”" or text[opened] == '"' and text.count('"', p, mt.start) % 2 == 0:
        return False
    if opened >= a:
        return True
    # opened in an earlier sentence of the paragraph: inside only if the paragraph closes it later
    end = text.find("\n", mt.end)
    return any(q in text[mt.end:end if end >= 0 else len(text)] for q in _QUOTE_MARKS)


def _closes_opening_phrase(doc: Doc, mt: DateMention) -> bool:
    """`Trả lời phỏng vấn hãng tin CNBC ngày 9/7, ông X nêu rõ`: the day and a comma end a short phrase
    that opens the sentence (at most `event_phrase_max_words` words before the day)."""
    text = doc.text
    if not _RX_COMMA_AFTER.match(text[mt.end:mt.end + _COMMA_REACH]):
        return False
    a, _ = sentence_of(doc, mt.start)
    prefix = text[a:mt.start]
    return len(prefix.split()) <= _PHRASE_WORDS and _RX_OPENING_PHRASE.match(_RX_CLOCK.sub(" ", prefix)) is not None


def _is_recalled(doc: Doc, mt: DateMention) -> bool:
    """An earlier event the article recalls: `Trước đó, sáng 1-7, ...`, `Như TTXVN đã đưa tin, vào đêm 12/3`
    (anywhere before the day in its sentence: a caption may be glued before it); not the words of a
    caption glued before a capitalised day (`Video: Nhà thờ trước khi lùi hàng rào Ngày 29/5, ...`), nor
    today with its date (`Như tin đã đưa, sáng nay (7/10), ...`: the article's present, told again)."""
    if _glued(doc.text, mt) or _is_today(mt) and any(c.isdigit() for c in mt.text):
        return False
    a, _ = sentence_of(doc, mt.start)
    return _RX_RECALL.search(doc.text[a:mt.start]) is not None


def _is_upcoming(doc: Doc, mt: DateMention) -> bool:
    """A scheduled day: a future word before it in its sentence, or after it before any reporting verb
    (`Apple ngày 10/7 cho biết sẽ đầu tư` reports on 10/7; `ngày 26/4, đơn vị sẽ phối hợp` is planned)."""
    text = doc.text
    a, b = sentence_of(doc, mt.start)
    if _RX_FUTURE_AFTER.match(text[mt.end:min(b, mt.end + _FUTURE_AFTER_REACH)]):
        return True
    if _RX_FUTURE.search(text[max(a, mt.start - _FUTURE_LEFT):mt.end]):
        return True
    right = text[mt.end:min(b, mt.end + _FUTURE_RIGHT)]
    verb = _RX_REPORT_VERB.search(right)
    return _RX_FUTURE.search(right[:verb.start()] if verb else right) is not None


def _is_cited_document(doc: Doc, mt: DateMention) -> bool:
    """The date of a document the article cites (`Quyết định số 98/QĐ-UBND ngày 19/8/2022`), unless the
    lead reports that document as just issued (`UBND tỉnh vừa có quyết định số 669/QĐ-UBND ngày 29/4`)."""
    if not mt.docref:
        return False
    a, _ = sentence_of(doc, mt.start)
    left = doc.text[max(a, mt.start - _ISSUED_REACH):mt.start]
    sentence_left = doc.text[a:mt.start]
    if _RX_STATEMENT.search(sentence_left) and not _RX_CITING.search(sentence_left):
        return False
    issued = last_match(_RX_ISSUED, left)
    return issued is None or _RX_CITING.search(left[issued.end():]) is not None


def _is_event_day(doc: Doc, mt: DateMention, pub: dt.date | None) -> bool:
    """A day that can be the reported event's: not a deadline or start, birth, background or recalled
    event, cited document, quoted story or scheduled day (a part of day or a sentence-opening day is never
    a document's; `hôm nay` is the article's present even when planned)."""
    text = doc.text
    if mt.furniture or mt.granularity != "day" and _two_days(mt) is None:
        return False
    a, _ = sentence_of(doc, mt.start)
    dated_today = _is_today(mt) and any(c.isdigit() for c in mt.text)
    reject_end = _RX_TODAY_REJECT_END if dated_today else _RX_EVENT_REJECT_END
    window = max(0, mt.start - _REJECT_WINDOW)
    if reject_end.search(text, window, mt.start) and not _RX_REJECT_COMPOUND_END.search(text, window, mt.start) \
            and not _RX_AS_OF_OPENING.match(text[a:mt.start]) \
            and not _RX_HOURS_END.search(text[max(a, mt.start - _REJECT_WINDOW):mt.start]):
        return False
    if _RX_EVENT_BACKGROUND_END.search(text, max(0, mt.start - _DOC_WINDOW), mt.start):
        return False
    if _is_recalled(doc, mt) or _in_quote(doc, mt):
        return False
    # `Theo thông báo của chính quyền Ấn Độ hôm nay 27/4`: today with its date is the present, not a document's
    if not _is_timed(text, mt) and not dated_today and not _opens_sentence(doc, mt) and _is_cited_document(doc, mt):
        return False
    if not _is_today(mt) and _is_upcoming(doc, mt):
        return False
    if pub is not None and mt.date_start and not \
            pub - _LEAD_DAYS_BACK <= dt.date.fromisoformat(mt.date_start) <= pub + dt.timedelta(days=1):
        return False
    return True


def _two_days(mt: DateMention) -> DateMention | None:
    """`trong hai ngày 9 và 10-2` (one span of two days running, `builders.build_day_list`): its first
    day, the event's as when the two were listed apart; else None."""
    if mt.cue != TWO_DAYS_CUE or len(mt.parts) != 2:
        return None
    first = mt.parts[0]
    return dataclasses.replace(mt, parts=[first], value=first.value(), granularity="day", date_end=mt.date_start)


def _dates_the_lead(doc: Doc, mt: DateMention, pub: dt.date | None) -> bool:
    """Past the lead's first sentences, only a day written as the event's: opening its sentence, with a part
    of day, right before a reporting verb, or `hôm nay (26/5)`; never with a written year or long before
    the published date (there, such days are mostly a story's background)."""
    text = doc.text
    if mt.year_written or mt.relative and not _opens_sentence(doc, mt):
        return False
    if pub is not None and mt.date_start and dt.date.fromisoformat(mt.date_start) < pub - _WIDE_DAYS_BACK:
        return False
    return (_is_today(mt) or _is_timed(text, mt) or _opens_sentence(doc, mt) or _closes_opening_phrase(doc, mt)
            or _RX_REPORT_VERB_AFTER.match(text[mt.end:mt.end + _REPORT_VERB_REACH]) is not None)


def _latest_written_year(mentions: list[DateMention]) -> int | None:
    """The latest year written with a day in the article (`19-5-2017` of an anniversary too); bare years
    and periods are left out: planning horizons and terms (`năm 2025`, `giai đoạn 2015 – 2020`)."""
    years = [p.year for mt in mentions if mt.year_written and not mt.furniture and mt.granularity == "day"
             for p in mt.parts if p.year_written and p.year is not None]
    return max(years, default=None)


def _is_history(mt: DateMention, latest: int | None) -> bool:
    """A day with a written year well before the article's latest written year: a recalled past."""
    if latest is None or not mt.year_written or not mt.parts or mt.parts[0].year is None:
        return False
    return mt.parts[0].year <= latest - _HISTORY_YEARS


def _days_before(later: DateMention, earlier: DateMention) -> int | None:
    """How many days `earlier` lies before `later` (the year of either, one assumed for both), or None."""
    if not later.parts or not earlier.parts:
        return None
    a, b = later.parts[0], earlier.parts[0]
    year = a.year or b.year or 2001
    try:
        return (dt.date(a.year or year, a.month, a.day) - dt.date(b.year or year, b.month, b.day)).days
    except (TypeError, ValueError):
        return None


def _incident_day(doc: Doc, mt: DateMention, mentions: list[DateMention]) -> DateMention | None:
    """The incident's day when the lead's day `mt` is an authority's word about it (`Ngày 8/6, ông X ...
    cho biết, trên địa bàn vừa xảy ra vụ ...`) and the statement or a sentence soon after first tells the
    incident at a clock time a day or two earlier (`Theo đó, vào khoảng 14h30 ngày 7/6, ...`); else None."""
    text = doc.text
    a, b = sentence_of(doc, mt.start)
    statement = text[mt.end:b]
    if mt.granularity != "day" or not _RX_INCIDENT_STATEMENT.search(statement) or _RX_INCIDENT_ACT.search(statement):
        return None
    told = _RX_INCIDENT_WORD.search(statement) is not None
    for other in mentions:  # told in the statement itself (`..., khoảng 23h50 ngày 23/4, ... xảy ra vụ cháy`) or after it
        if other.start < mt.end or other.granularity != "day" or other.furniture or other.docref or other.background:
            continue
        if other.start > b + _INCIDENT_REACH:
            break
        gap = _days_before(mt, other)
        if gap is None or not 1 <= gap <= _INCIDENT_MAX_GAP:
            continue
        c, _ = sentence_of(doc, other.start)
        before = text[max(c, other.start - _REJECT_WINDOW):other.start]
        if (_RX_CLOCK_END.search(before) or _RX_TIMED_START.match(other.text)
                and _RX_CLOCK_END.search(before + other.text.split()[0])) \
                and (told or _RX_INCIDENT_WORD.search(text[c:other.start])) and not _in_quote(doc, other):
            return other
    return None


def event_date(doc: Doc) -> DateMention | None:
    """The day of the event the article reports: the first suitable day of the lead's first sentences;
    failing that, of the next few sentences the first day written as an event's (`_dates_the_lead`);
    else None."""
    mentions = doc._.dates
    if mentions is None:
        mentions = find(doc)
        doc._.dates = mentions
    if not mentions:
        return None
    info = doc._.info
    pub = info.published if info is not None else None
    sentences, counted_ends = _body_sentences(doc, _WIDE_SENTENCES, _WIDE_EXTRA_LINES)
    if not sentences:
        return None
    lo = sentences[0][0]
    wide_end = sentences[-1][1]
    lead_end = counted_ends[min(_LEAD_SENTENCES, len(counted_ends)) - 1] if counted_ends else wide_end
    latest = _latest_written_year(mentions) if pub is None else None
    rejected_end, history = -1, False
    for mt in mentions:
        if mt.start < lo or mt.start >= wide_end:
            continue
        # `sau kỳ nghỉ lễ 30/4, 1/5`: a day listed right after a rejected one shares its qualifier
        if rejected_end >= 0 and _RX_LIST_JOIN.match(doc.text, rejected_end, mt.start):
            rejected_end = mt.end
            continue
        if mt.start >= lead_end and not _dates_the_lead(doc, mt, pub):
            continue
        # `(19-5-1890/ 19-5-2017)`: the anniversary day paired with a past one is no event either
        if _is_history(mt, latest) or rejected_end >= 0 and history and _RX_PAIR_JOIN.fullmatch(doc.text, rejected_end, mt.start):
            rejected_end, history = mt.end, True
            continue
        if _is_event_day(doc, mt, pub):
            return _incident_day(doc, mt, mentions) or _two_days(mt) or mt
        rejected_end, history = mt.end, False
    return None
