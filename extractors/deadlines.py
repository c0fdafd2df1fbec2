"""deadlines extractor: a requirement, plan or commitment tied to a due time.

Built on the dates extractor: every DateMention (doc._.dates) is a possible due time. A deadline is one
preceded by a marker (`trước ngày 28/11`, `chậm nhất đến ngày ...`, `trước 17 giờ ngày 12/9`,
`trong tháng 8/2017`, `vào năm 2025` after a goal) or a bare year right after a completion phrase
(`đưa vào hoạt động năm 2021`), in a clause that states a requirement, plan or commitment: a directive
verb of the sentence (`yêu cầu`, `giao`, `đề nghị`; its scope runs over the sentence's `;` items), or of
the passage the sentence continues, or a modal of the clause (`phải`, `cần`, `phấn đấu`, `cam kết`;
weaker: `sẽ`, `kế hoạch`, `dự kiến` with an action verb). Reported facts with a time (`trong quý 1/2021
doanh thu ... đạt`), scheduled events, entry into force and statistics are not deadlines. The words live
in lexicons/deadlines.json.

responsible is the addressee of the directive verb (`yêu cầu các phòng, ngành ...`) or the subject that
commits to it, as written; task the clause of what must be done, from the verb after that agent to the
end of the task clause, without the marker; directed_by the official who is the subject of the directive
verb (a name, a short form, a post one official of the article holds, or a pronoun referring back).
"""
from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc

from vnextract.extractors import dates as _dates
from vnextract.extractors import gazetteer
from vnextract.extractors.lexicon import load_json
from vnextract.extractors.normalize import canonical_spelling, fold
from vnextract.extractors.officials import ABBREVIATIONS, HONORIFICS, POSTS, post_key

_LEX = load_json("deadlines.json")
_H = r"[^\S\n]"  # horizontal space


def _alt(words) -> str:
    """Regex alternation of lexicon words, longest first, any run of spaces between words."""
    out = sorted({w.strip() for w in words if w.strip()}, key=len, reverse=True)
    return "|".join(rf"{_H}+".join(re.escape(p) for p in w.split()) for w in out)


def _c(pattern: str, flags=re.IGNORECASE) -> re.Pattern:
    return re.compile(pattern, flags)


def _words(key: str) -> str:
    return _alt(_LEX[key])


# a clock time between the marker and the date: `trước 17 giờ ngày 12/9`, `trước 17h00, ngày ...`
_CLOCK = rf"(?:\d{{1,2}}{_H}*(?:giờ|h|g)(?:{_H}*\d{{1,2}}(?:{_H}*phút)?)?{_H}*(?:sáng|chiều|tối|trưa)?{_H}*,?{_H}*)"
# `giáo viêntrước ngày 15/5/2021`: a glued `trước` counts only before `ngày`
_RX_BEFORE = _c(rf"(?:(?:^|[^\w])(?P<mk>(?:{_words('before_markers')})(?:{_H}+(?:đến|vào|là))?)|(?P<glued>trước))"
                rf"{_H}*{_CLOCK}?$")
_RX_WITHIN = _c(rf"(?:^|[^\w])(?P<mk>{_words('within_markers')}){_H}*(?:cả{_H}+)?$")
_RX_BARE = _c(rf"(?:^|[^\w])(?:{_words('bare_year_after')})(?:{_H}+(?:trong|vào))?{_H}*$")
_RX_GOAL_BEFORE = _c(rf"(?:^|[^\w])phấn{_H}+đấu(?:{_H}+(?:cả|trong|vào|đến|tới|từ{_H}+nay{_H}+đến))?{_H}*$")
_RX_GOAL_AFTER = _c(rf"{_H}*,?{_H}*(?:[^\s,;.]+{_H}+){{0,4}}?phấn{_H}+đấu\b")
_RX_GOAL_NEXT = _c(rf"{_H}*(?:đạt|phấn{_H}+đấu)(?![\w])")
_RX_GOAL_WORD = _c(r"phấn\s+đấu")
_RX_OWN_TIME = _c(rf"{_H}+(?:{_words('within_markers')}){_H}+(?:năm|tháng|quý|ngày)(?![\w])")
_RX_COMPLETION = _c(rf"(?:^|[^\w])(?:{_words('completion_words')})(?![\w])")
_RX_PAST = _c(rf"(?:^|[^\w])(?:{_words('past_words')})(?![\w])")
_RX_EVENT = _c(rf"(?:^|[^\w])(?:{_words('event_words')})(?![\w])")
_RX_STAT = _c(rf"(?:^|[^\w])(?:{_words('statistic_words')})(?![\w])")
_RX_PROJECTION = _c(rf"(?<![\w])(?:{_words('projection_words')})(?![\w])")
# a document's name written mid-sentence (case-sensitive: `Quy hoạch phát triển ...`, not `quy hoạch`)
_RX_DOCUMENT_NAME = re.compile(rf"(?:(?<=\w[^\S\n])|(?<=[“\"«]))(?:{_words('document_names')})(?![\w])")
_RX_SPEECH_ONLY = _c(rf"{_H}*(?:cho{_H}+biết|cho{_H}+hay|nói|khẳng{_H}+định|thông{_H}+tin){_H}*")  # `..., cho biết trong năm 2016, đơn vị đã ...`
_RX_PERIOD_BEFORE = _c(rf"(?<![\w])(?:{_words('period_before')}|(?:{_words('state_before')})(?:{_H}+[^\s,;.]+){{0,4}}){_H}+$")
_RX_PLANNING_NOUN = re.compile(rf"(?<=\w[^\S\n])(?:{_words('planning_nouns')})(?![\w])")
_RX_PLAN_MAKER = _c(rf"(?<![\w])(?:{_words('planning_makers')})(?![\w])")
_RX_PUBLIC_EXCEPTION = _c(rf"^(?:{_words('public_exceptions')})(?![\w])")
_RX_NOT_PUBLIC = _c(rf"^(?:{_words('not_public_heads')})(?![\w])")
_RX_GOAL_NOUN = _c(r"(?<![\w])(?:mục\s+tiêu|cam\s+kết|quyết\s+tâm|phấn\s+đấu)(?![\w])")
_RX_EVENT_SETTING = _c(rf"\W*(?:{_words('event_setting_openers')}){_H}+(?:\w+{_H}+){{0,2}}?(?:{_words('event_words')})(?![\w])")
_RX_CONDITIONAL = _c(rf"(?<![\w])(?:{_words('conditional_words')})(?![\w])")
_RX_ADVERT = _c(rf"(?<![\w])(?:{_words('advert_words')})(?![\w])")
_RX_PUBLIC_SUBJECT = _c(rf"^(?:{_alt(_LEX['public_body_heads'] + _LEX['public_subject_heads'])})(?![\w])")
_RX_PROJECT_SUBJECT = _c(rf"^(?:{_words('project_subject_heads')})(?![\w])")
# a public body named in the text, as written with a capital (`UBND quận Sơn Trà`, `Bộ GTVT`)
_RX_PUBLIC_NAMED = re.compile(rf"(?<![\w])(?:{_alt([w[:1].upper() + w[1:] for w in _LEX['public_body_heads']] + [w.upper() for w in _LEX['public_body_heads'] if ' ' not in w])})(?![\w])")
_RX_COMMERCIAL = _c(rf"(?<![\w])(?:{_words('commercial_words')})(?![\w])")
_RX_FOREIGN_BODY = re.compile(rf"(?:^|(?<=[^\w]))(?:{_words('foreign_bodies')})(?![\w])")
# a directive verb, not its noun use (`theo đề nghị của`, `giao thông`, `bàn giao`, `ngoại giao`,
# `Kết luận thanh tra`, `công văn đôn đốc mà`)
_NOT_AFTER = "".join(rf"(?<!{re.escape(w)} )" for w in sorted(set(_LEX["directive_noun_after"]))) + r"(?<!\d )"  # `80 yêu cầu`
# (lookbehinds, not `(?:^|[^\w])`: searched from a sentence's start, a cue may open it)
_RX_DIRECTIVE = _c(rf"(?<![\w]){_NOT_AFTER}"
                   rf"(?P<v>{_alt(_LEX['directive_verbs'] + _LEX['speech_directives'])})(?![\w])"
                   rf"(?!{_H}+(?:{_words('directive_noun_before')})(?![\w]))")
_RX_SPEECH = _c(_words("speech_directives"))
# (`hồ sơ đề nghị`, `theo yêu cầu`: nouns; `được yêu cầu` stays a requirement)
_NOT_AFTER_STRONG = "".join(rf"(?<!{re.escape(w)} )" for w in sorted(set(_LEX["directive_noun_after"]) - {"được"}))
_RX_STRONG = _c(rf"(?<![\w]){_NOT_AFTER_STRONG}(?:{_words('strong_modals')})(?![\w])")
_RX_WEAK = _c(rf"(?<![\w])(?:{_words('weak_modals')})(?![\w])")
_RX_NOT_MODAL = _c(rf"(?:^|[^\w])(?:{_words('not_modal')})(?![\w])")
# verbs as written in lower case: a capitalised word inside a name (`Sở Xây dựng`) is no verb
_RX_ACTION = re.compile(rf"(?:^|(?<=[^\w]))(?:{_words('action_verbs')})(?![\w])")
_RX_ACTION_ANY = re.compile(_RX_ACTION.pattern, re.IGNORECASE)
_RX_AGENT_END = re.compile(rf"(?:^|(?<=[^\w]))(?:{_words('action_verbs')}|{_words('strong_modals')}|"
                           rf"{_words('weak_modals')}|{_words('agent_end_words')})(?![\w])")
_RX_AGENT = _c(rf"^(?:{_words('responsible_heads')})(?![\w])")
_NOT_AGENT_ALONE = frozenset(_LEX["not_agent_alone"])
_RX_NOT_AGENT = _c(rf"^(?:{_words('not_agents')})(?![\w])")
_RX_PUBLIC = _c(rf"^(?:{_words('public_body_heads')})(?![\w])")
_RX_OPENER = _c(rf"(?:{_words('clause_openers')})(?![\w])[^\S\n]*,?[^\S\n]*")
_RX_PRONOUN = _c(rf"^(?:{_words('pronoun_subjects')})(?![\w])")
_RX_STRIP = _c(rf"^(?:(?:{_words('task_strip_prefixes')})(?![\w])[^\S\n]*)+")
_RX_STOP = _c(rf"[^\S\n]*(?:{_words('task_stop_words')})(?![\w])")
_RX_COMPOUND = _c(rf"(?:^|[^\w])(?:{_words('compound_first')})[^\S\n]+$")
_RX_ACRONYM = re.compile(r"[A-ZĐ][A-ZĐ&]{2,}(?![\w])")
_RX_CAPS = re.compile(r"^[A-ZĐ][A-ZĐ0-9&\-.]+(?![\w])")
_RX_ADVERB_GAP = _c(rf"^(?:(?:{_words('subject_gap_words')})[^\S\n]*)*$")
_RX_CLAUSE_BOUND = re.compile(r"[,;:(]")
_RX_HARD_BOUND = re.compile(r"[;:]|(?:…|\.\.\.)(?=[^\S\n]+[A-ZĐ])")  # `…` before a capital: a sentence the segmenter kept
_RX_CONTINUES = _c(rf"[^\w]*(?:{_words('continuation_openers')})(?![\w])[^\S\n]*,?")
_RX_END = re.compile(r"[;:!?]|\.(?!\d)")  # `500.000 DN`: a number goes on
_GRANS = ("day", "month", "quarter", "half", "year")
_STALE_DAYS = 31
_HISTORY_DAYS = 366  # due more than a year before the article's present: history even when ordered
_POST_KEYS = sorted(POSTS, key=len, reverse=True)


def _clean(s: str) -> str:
    s = s.strip(" \t\n,;:.-–\"“”'")
    return re.sub(r"\s+", " ", s)


# ---------------------------------------------------------------- markers
def _marker(text: str, a: int, mt) -> tuple[str, int] | None:
    """(kind, start of due_text) when a deadline marker stands before the mention."""
    s = mt.start
    lo = max(a, s - 48)
    m = _RX_BEFORE.search(text, lo, s)
    if m and (m["mk"] or fold(mt.text).startswith("ngày")):
        return "before", m.start("mk") if m["mk"] else m.start("glued")
    if mt.granularity == "year" and _RX_BARE.search(text, max(a, s - 60), s):
        return "bare", s
    if _RX_GOAL_BEFORE.search(text, lo, s):
        return "goal", s
    m = _RX_WITHIN.search(text, lo, s)
    if m:
        return "within", m.start("mk")
    m = _RX_GOAL_AFTER.match(text, mt.end, min(len(text), mt.end + 60)) if mt.granularity == "year" else None
    if m and not _RX_OWN_TIME.match(text, m.end()):  # not `năm 2017 và phấn đấu đến năm 2021`: that goal has its own
        return "goalyear", s
    if mt.granularity == "year" and _RX_GOAL_NEXT.match(text, mt.end, min(len(text), mt.end + 20)) and \
            _RX_GOAL_WORD.search(text, a, s):
        return "goalyear", s  # `năm 2017 thành phố phấn đấu đạt ..., năm 2018 đạt ...`
    return None


# ---------------------------------------------------------------- clause and cues
def _clause(text: str, a: int, b: int, due_start: int, due_end: int) -> tuple[int, int]:
    """The `;`/`:`-delimited clause of the sentence around the due time."""
    lo = a
    for m in _RX_HARD_BOUND.finditer(text, a, min(len(text), due_start + 3)):  # (its lookahead sees the due time)
        if m.end() <= due_start:
            lo = m.end()
    m = _RX_END.search(text, due_end, b)
    return lo, (m.start() if m else b)


def _directive(text: str, a: int, pos: int):
    """The last directive verb of the sentence before pos (its scope runs over `;` items)."""
    last = None
    for m in _RX_DIRECTIVE.finditer(text, a, pos):
        last = m
    return last


def _governing_directive(doc: Doc, a: int, lo: int, pos: int):
    """The directive verb that governs a due time at pos: the first one of its clause that has an
    addressee or a subject of its own (`đề nghị Sở X xác minh ..., chỉ đạo và xử lý ...` -> `đề nghị`;
    `đề nghị Chủ tịch tỉnh chỉ đạo ...` -> `đề nghị`), else the last one of the sentence before the clause."""
    text = doc.text
    for m in _RX_DIRECTIVE.finditer(text, lo, pos):
        if _agent(text, m.end(), pos) or _subject_official(doc, a, m.start("v"))[1]:
            return m
    found = list(_RX_DIRECTIVE.finditer(text, a, pos))
    # a speech verb of a later item (`các giải pháp đã đề ra`) does not hide the sentence's `giao`
    orders = [m for m in found if not _RX_SPEECH.fullmatch(m["v"])]
    return orders[-1] if orders else (found[-1] if found else None)


def _has_modal(rx: re.Pattern, text: str, lo: int, hi: int) -> bool:
    for m in rx.finditer(text, lo, hi):
        if not _RX_NOT_MODAL.match(text, max(lo, m.start() - 6), min(hi, m.end() + 12)) and \
                not _RX_NOT_MODAL.search(text[max(lo, m.start() - 8):min(hi, m.end() + 12)]):
            return True
    return False


def _stale(mt, published: dt.date | None, days: int = _STALE_DAYS) -> bool:
    if not published or not mt.date_end:
        return False
    try:
        due = dt.date.fromisoformat(mt.date_end)
    except ValueError:
        return False
    return due < published - dt.timedelta(days=days)


def _past_at(mt, published: dt.date | None) -> bool:
    """The due time had passed when the article was published."""
    if not published or not mt.date_end:
        return False
    try:
        return dt.date.fromisoformat(mt.date_end) < published
    except ValueError:
        return False


def _future(mt, published: dt.date | None) -> bool:
    if not published or not mt.date_end:
        return False
    try:
        return dt.date.fromisoformat(mt.date_end) >= published
    except ValueError:
        return False


def _past_before_verb(text: str, i: int, hi: int) -> bool:
    """After a due time that opens the clause, `đã` before its first verb or modal (`trong những tháng đầu
    năm 2017, các bộ, cơ quan trung ương và địa phương đã tích cực triển khai ...`): a report."""
    hi = min(hi, i + 120)
    first = [m.start() for rx in (_RX_ACTION, _RX_STRONG, _RX_WEAK) for m in [rx.search(text, i, hi)] if m]
    return bool(_RX_PAST.search(text, i, min(first) if first else hi))


def _continues_before(text: str, a: int, due_start: int) -> bool:
    """The sentence opens with a continuation word and no subject of its own: a verb or modal follows."""
    m = _RX_CONTINUES.match(text, a, due_start)
    if not m:
        return False
    i = m.end()
    while i < due_start and text[i] in " \t,":
        i += 1
    return bool(_RX_ACTION_ANY.match(text, i, due_start) or _RX_STRONG.match(text, i, due_start)
                or _RX_WEAK.match(text, i, due_start) or i >= due_start)


# ---------------------------------------------------------------- agents
def _skip_openers(text: str, i: int, hi: int) -> int:
    """Past leading discourse words and a leading time adverbial (`Trong tháng 8/2017,`)."""
    while True:
        j = i
        while j < hi and text[j] in " \t,":
            j += 1
        m = _RX_OPENER.match(text, j, hi)
        if m and m.end() > j:
            i = m.end()
            continue
        return j


def _agent(text: str, i: int, hi: int) -> tuple[str, int] | None:
    """The agent noun phrase starting at i, up to its verb: (phrase as written, its end)."""
    i = _skip_openers(text, i, hi)
    seg = text[i:hi]
    key = fold(seg)
    if not seg or _RX_NOT_AGENT.match(key) or not (_RX_AGENT.match(key) or _RX_CAPS.match(seg)):
        return None
    end = None
    for m in _RX_AGENT_END.finditer(seg, 1):
        before = seg[:m.start()]
        if before.count("(") > before.count(")") or _RX_COMPOUND.search(before):
            continue
        end = m.start()
        break
    if end is None:
        return None
    phrase = seg[:end]
    # a comma ends the phrase unless a list of agents goes on (`các phòng, ngành có liên quan`)
    for cm in re.finditer(r",", phrase):
        rest = phrase[cm.end():].lstrip()
        if not (_RX_AGENT.match(fold(rest)) or (rest[:1].isupper())):
            phrase = phrase[:cm.start()]
            break
    agent = _clean(phrase)
    if not agent or fold(agent) in _NOT_AGENT_ALONE or len(agent.split()) > 14 or agent.count("(") != agent.count(")"):
        return None
    return agent, i + len(phrase)


def _agent_before(text: str, lo: int, pos: int) -> tuple[str, int] | None:
    """The subject of `được giao` (`Sở X được giao ...`)."""
    m = re.search(r"(?i)được[^\S\n]+giao", text[lo:pos])
    if not m:
        return None
    ag = _agent(text, lo, lo + m.start() + 1)
    return ag


# ---------------------------------------------------------------- whose plan
_RX_PART_BOUND = re.compile(r"[;:]|,(?!\d)")  # `4,327 triệu`: a number goes on
_HONORIFIC_WORDS = frozenset(h for h in HONORIFICS if " " not in h)


def _foreign(doc: Doc, s: int, e: int) -> bool:
    """The phrase names a foreign country or body (`Một tàu hộ vệ của Đức`, `Chính phủ Mỹ`, `Nhà Trắng`),
    or a foreign official (one whose post names a country)."""
    text = doc.text
    if _RX_FOREIGN_BODY.search(text, s, e):
        return True
    words = text[s:e].split()
    i = 0
    while i < len(words):
        if not words[i][:1].isupper() or (i and fold(words[i - 1]) in _HONORIFIC_WORDS):
            i += 1
            continue
        for n in (3, 2, 1):  # a run of capitalised words opening with a country (`Mỹ Joe Biden`)
            run = [w.strip(",.;:()\"“”") for w in words[i:i + n]]
            if len(run) == n and all(w[:1].isupper() for w in run) and \
                    any(p.level == "country" and fold(p.name) != "việt nam" for p in gazetteer.lookup(" ".join(run))):
                return True
        while i < len(words) and words[i][:1].isupper():
            i += 1
    for off in doc._.officials or []:
        if any(s <= ms and me <= e for ms, me in getattr(off, "mentions", []) or []) and \
                any(_foreign_title(t) for t in off.titles or []):
            return True
    return False


def _foreign_title(title: str) -> bool:
    words = title.split()
    return any(p.level == "country" and fold(p.name) != "việt nam"
               for n in (1, 2, 3) for i in range(len(words) - n + 1) if words[i][:1].isupper()
               for p in gazetteer.lookup(" ".join(words[i:i + n])))


def _subject_kind(doc: Doc, s: int, e: int) -> str:
    """What the subject phrase text[s:e] is: `public` (a public body, an official, a Vietnamese province
    or district), `project` (a public work), `foreign`, `other` (a company, a product, a person, a
    thing) or `none` (no subject written)."""
    text = doc.text
    s = _skip_openers(text, s, e)
    phrase = _clean(text[s:e])
    if not phrase:
        return "none"
    if _foreign(doc, s, e):
        return "foreign"
    key = fold(phrase)
    if _RX_PUBLIC_EXCEPTION.match(key):
        return "public"
    if _RX_COMMERCIAL.match(key) or _RX_NOT_PUBLIC.match(key):
        return "other"
    for off in doc._.officials or []:
        if any(s <= ms < e for ms, me in getattr(off, "mentions", []) or []):
            return "public"
    if _RX_PUBLIC_SUBJECT.match(key) or any(key.startswith(p + " ") or key == p for p in _POST_KEYS):
        return "public"
    if _vietnamese_place_opens(phrase) or _RX_ACRONYM.match(phrase):
        return "public"  # `Hà Nội sẽ ...`; `CPMB đang ... sẽ hoàn thành` (boards and state groups go by acronyms)
    if _RX_PROJECT_SUBJECT.match(key):
        return "other" if _RX_COMMERCIAL.search(key) else "project"
    return "other"


def _vietnamese_place_opens(phrase: str) -> bool:
    """`Nghệ An phấn đấu ...`, `Hà Nội sẽ ...`: a province or district of Vietnam opens the phrase."""
    caps = []
    for w in phrase.split()[:4]:
        if not w[:1].isupper():
            break
        caps.append(w.strip(",.;:()"))
    return any(p.level in ("province", "district") for n in range(len(caps), 0, -1)
               for p in gazetteer.lookup(" ".join(caps[:n])))


def _cue_subject(doc: Doc, rx: re.Pattern, lo: int, hi: int, sent_start: int) -> str:
    """The kind of the subject of the first modal of rx in text[lo:hi] (not an adverbial one): the comma part
    before it (`Dự kiến, Stratolaunch sẽ ...` -> `Stratolaunch`; `Theo kế hoạch, đoàn sẽ` -> `đoàn`);
    without one written, the subject that opens the sentence."""
    text = doc.text
    for m in rx.finditer(text, lo, hi):
        if re.match(r"[^\S\n]*,", text[m.end():m.end() + 3]):
            continue  # `Dự kiến,` `Theo kế hoạch,`: an adverbial, the subject follows
        start = lo
        for b in _RX_PART_BOUND.finditer(text, lo, m.start()):
            start = b.end()
        kind = _subject_kind(doc, start, m.start())
        if kind != "none":
            return kind
        break  # the first modal has no subject written: the sentence's subject is the plan's
    if sent_start < lo:
        end = _RX_PART_BOUND.search(text, sent_start, lo)
        return _subject_kind(doc, sent_start, end.start() if end else lo)
    return "none"


def canonical_body(name: str | None) -> str | None:
    """`UBND huyện Vân Đồn` -> `Ủy ban nhân dân huyện Vân Đồn`; None unless a public body."""
    if not name or not _RX_PUBLIC.match(fold(name)):
        return None
    out = []
    for tok in re.split(r"(\s+)", name):
        core = tok.rstrip(",.;")
        if core in ABBREVIATIONS:
            out.append(ABBREVIATIONS[core] + tok[len(core):])
        elif re.match(r"(?:TP|Tp)\.(?=\w)", core) and core not in ABBREVIATIONS:
            out.append("thành phố " + core[3:])
        else:
            out.append(tok)
    body = canonical_spelling("".join(out))
    return body[:1].upper() + body[1:]


# ---------------------------------------------------------------- task
def _strip(task: str) -> str:
    task = _clean(task)
    prev = None
    while prev != task:
        prev = task
        task = _clean(_RX_STRIP.sub("", task))
    return task


def _task_end_after(text: str, due_end: int, hi: int, others: list[int]) -> int:
    """Where a task clause that goes on after the due time ends (`để đến tháng 9 đưa chương trình ...`)."""
    if _RX_STOP.match(text, due_end, hi) or not re.match(r"[^\S\n]+[a-zđà-ỹ]", text[due_end:hi]):
        return due_end
    end = hi
    for m in re.finditer(r",(?!\d)", text[due_end:hi]):
        end = due_end + m.start()
        break
    nxt = [o for o in others if due_end < o < end]
    return min(nxt) if nxt else end


def _task(text: str, start: int, mk_start: int, due_end: int, hi: int, others: list[int]) -> str:
    """The task clause from start, without the marker and due time."""
    start = max([start] + [e for e in others if start <= e <= mk_start])
    if len(text[start:mk_start].split()) <= 1:
        # the due time opens the clause: `Trong tháng 8/2017, Sở GTVT sẽ xử lý 63 cây xanh`
        end = hi
        for m in re.finditer(r",(?!\d)", text[due_end:hi]):
            if _RX_STOP.match(text, due_end + m.end(), hi):
                end = due_end + m.start()
                break
        nxt = [o for o in others if due_end < o < end]
        end = min(nxt) if nxt else end
        after = _clean(text[due_end:end])
        ag = _agent(after, 0, len(after))
        return _strip(after[ag[1]:] if ag else after)
    before = text[start:mk_start]
    after = text[due_end:_task_end_after(text, due_end, hi, others)]
    return _strip(_clean(before) + (" " + _clean(after) if _clean(after) else ""))


# ---------------------------------------------------------------- directed_by
def _officials_post(doc: Doc, phrase: str):
    """The one official of the article holding the post `phrase` names (`Chủ tịch UBND tỉnh`)."""
    key = fold(canonical_body("UBND " + phrase)[len("Ủy ban nhân dân "):] if phrase else "")
    key = post_key(key) if key else ""
    if not key or not any(key.startswith(p) for p in _POST_KEYS):
        return None
    hits = {off.name for off in doc._.officials or [] for t in off.titles or []
            if post_key(t) == key or post_key(t).startswith(key + " ")}
    return hits.pop() if len(hits) == 1 else None


def _official_ending_in(doc: Doc, lo: int, pos: int):
    """(name, end) of the official mention ending nearest before pos (and after lo)."""
    best, best_end = None, -1
    for off in doc._.officials or []:
        for s, e in getattr(off, "mentions", []) or []:
            if lo <= s and e <= pos and e > best_end:
                best, best_end = off.name, e
    return best, best_end


def _apposition(gap: str) -> bool:
    """Between a name and its verb: nothing, adverbs, or the person's title (`, Chủ tịch UBND huyện`)."""
    if ";" in gap or len(gap.split()) > 16:
        return False
    last = re.split(r"[,(–\-]", gap)[-1]
    if _RX_ADVERB_GAP.match(last.strip()):
        return True
    chunk = fold(last.strip(" )"))
    return any(chunk.startswith(p) for p in _POST_KEYS)


def _subject_official(doc: Doc, a: int, v: int):
    """The official who is the subject of the directive verb at v in the sentence starting at a.

    Returns (name or None, whether the verb has a subject of its own in the sentence)."""
    text = doc.text
    lo = a
    for m in re.finditer(r"[;.]", text[a:v]):
        lo = a + m.end()
    name, end = _official_ending_in(doc, lo, v)
    if name and _apposition(text[end:v]):
        return name, True
    seg = text[lo:v]
    last = _clean(re.split(r",", seg)[-1])
    if not last or _RX_ADVERB_GAP.match(last) or fold(last) in ("và", "đồng thời", "cũng"):
        return None, False
    last = re.sub(r"(?i)[^\S\n]+(?:cũng|đã|tiếp tục|đồng thời|thì|vẫn)$", "", last)
    if _RX_PRONOUN.fullmatch(fold(last)) or re.fullmatch(r"(?i)(?:đồng chí|ông|bà)", last):
        name, _ = _official_ending_in(doc, max(0, a - 1500), a)
        return name, True
    key = fold(last)
    subject_like = bool(_RX_AGENT.match(key) or _RX_CAPS.match(last) or any(key.startswith(p) for p in _POST_KEYS))
    return _officials_post(doc, last), subject_like


def _passage_directed_by(doc: Doc, sent: tuple[int, int], reach_back: bool = False) -> str | None:
    """directed_by carried from the sentences this one continues (same paragraph, or a `:` list, or the
    paragraph before when this one opens with a directive verb without subject: `Và yêu cầu ...`)."""
    text = doc.text
    para = text.rfind("\n", 0, sent[0]) + 1
    prev_para = text.rfind("\n\n", 0, max(0, para - 1))
    spans = _dates._sentence_spans(doc)
    lo = para
    if text[para:sent[0]].strip() == "" and (reach_back or text[:para].rstrip().endswith(":")):
        lo = prev_para + 1 if prev_para >= 0 else 0  # an item of a `yêu cầu:` list
    cands = [sp for sp in reversed(spans) if lo <= sp[0] < sent[0]][:4]
    for a, b in cands:
        v = _directive(text, a, b)
        if v is None:
            continue
        name, own = _subject_official(doc, a, v.start("v"))
        if own or name:
            return name
    return None


# ---------------------------------------------------------------- extract
def _plan_of_the_work(doc: Doc, mt, kind: str, sent: tuple[int, int], clause: tuple[int, int], comma_lo: int,
                      due_start: int, cue_span: tuple[int, int], strong: bool, weak: bool) -> bool:
    """Without a directive: the clause states a requirement, plan or commitment of the reported work, not a
    condition, an offer, a foreign country's or a company's plan (see `_subject` in the lexicon)."""
    text = doc.text
    a, b = sent
    cond = _RX_CONDITIONAL.search(text, a, due_start)
    if cond and (cond.start() >= comma_lo or re.search(r"(?i)(?<![\w])thì(?![\w])", text[cond.end():due_start])) \
            or _RX_ADVERT.search(text, a, b):
        return False
    lo, hi = cue_span
    if mt.end <= lo:  # the due time opens the clause: its subject follows it
        lo, hi = mt.end, max(hi, mt.end)
    if strong:
        if _RX_GOAL_NOUN.search(text, comma_lo, due_start) and _RX_COMMERCIAL.search(text, comma_lo, due_start) and \
                not _RX_PUBLIC_NAMED.search(text, comma_lo, due_start):
            return False  # `mục tiêu của ngân hàng là đạt tỷ lệ CASA 55% vào năm 2025`: a company's goal
        return _cue_subject(doc, _RX_STRONG, lo, hi, a) != "foreign"
    if not weak and kind != "within":
        # `Kết quả gửi về Bộ trước ngày 10/2`: the marker itself sets the time, but a bare `trước năm 1954`
        # is a time of the story
        return not (kind == "before" and mt.granularity == "year")
    kind_of = _cue_subject(doc, _RX_WEAK if weak else _RX_ACTION, lo, hi, a)
    context = (a, b)
    if kind_of == "none" and a > 0:  # `Dự kiến hoàn thành trong tháng 6.`: the sentence before says whose
        pa, pb = _dates.sentence_of(doc, a - 1)
        end = _RX_PART_BOUND.search(text, pa, pb)
        kind_of = _subject_kind(doc, pa, end.start() if end else pb)
        context = (pa, b)
    if kind_of == "public":
        return True
    if kind_of == "project":
        return bool(_RX_COMPLETION.search(text, clause[0], clause[1]))
    # a plan without a subject of its own, in a passage about a public body's work (`Hiện tại, vụ việc đã
    # trình lên UBND quận Sơn Trà ...; dự kiến đến tháng 9/2017 sẽ giải quyết dứt điểm`)
    own = _cue_subject(doc, _RX_WEAK if weak else _RX_ACTION, lo, hi, lo)
    return own == "none" and kind_of != "foreign" and _names_public_body(doc, *context) and \
        not _RX_COMMERCIAL.search(text, *context)


def _names_public_body(doc: Doc, s: int, e: int) -> bool:
    return bool(_RX_PUBLIC_NAMED.search(doc.text, s, e)) or any(
        s <= ms < e for off in doc._.officials or [] for ms, _ in getattr(off, "mentions", []) or [])


def _in_document_name(text: str, lo: int, due_start: int) -> bool:
    """The year closes the name of a document or strategy of its comma part (no goal verb in between)."""
    last = None
    for m in _RX_DOCUMENT_NAME.finditer(text, lo, due_start):
        last = m
    if last is not None and not _RX_GOAL_WORD.search(text, last.end(), due_start):
        return True
    for m in _RX_PLANNING_NOUN.finditer(text, lo, due_start):
        if not _RX_PLAN_MAKER.search(text, lo, m.start()) and not _RX_GOAL_WORD.search(text, m.end(), due_start):
            return True
    return False


def _dominant_year_start(mentions) -> dt.date | None:
    """Without a published date or an event day: 1 January of the year most of the article's written days
    and months fall in (two at least), against which a due time of another age is history."""
    counts: dict[int, int] = {}
    for mt in mentions:
        if mt.year_written and not mt.furniture and not mt.background and mt.granularity in ("day", "month") \
                and mt.date_end:
            y = int(mt.date_end[:4])
            counts[y] = counts.get(y, 0) + 1
    if not counts:
        return None
    y, n = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
    return dt.date(y, 1, 1) if n >= 2 else None


def _in_quoted_name(text: str, a: int, due_start: int) -> bool:
    """The year is inside a quoted document name (`“Phương án nâng cấp, sửa chữa ... chợ An Đông đến năm 2021”`)."""
    q = text.rfind("“", a, due_start)
    return q >= 0 and "”" not in text[q:due_start] and bool(_RX_DOCUMENT_NAME.match(text, q + 1))


def _latest_written_day(mentions) -> dt.date | None:
    """The last day the article writes with its year: a floor for its present (history lies far before it)."""
    days = [mt.date_end for mt in mentions if mt.year_written and not mt.furniture and mt.granularity == "day"
            and mt.date_end]
    try:
        return dt.date.fromisoformat(max(days)) if days else None
    except ValueError:
        return None


def _event_day(doc: Doc) -> dt.date | None:
    """Without a published date, the day of the event the article reports (a written year only): the
    article's present, against which a due time long past is a reported fact."""
    ev = _dates.event_date(doc)
    if ev is None or ev.granularity != "day" or ev.year_inferred or not ev.date_end:
        return None
    try:
        return dt.date.fromisoformat(ev.date_end)
    except ValueError:
        return None


def _row(doc: Doc, mt, mentions, published, present=None, history_ref=None) -> dict | None:
    text = doc.text
    a, b = _dates.sentence_of(doc, mt.start)
    mk = _marker(text, a, mt)
    if mk is None:
        return None
    kind, due_start = mk
    lo, hi = _clause(text, a, b, due_start, mt.end)
    comma_lo = a
    for m in _RX_CLAUSE_BOUND.finditer(text, a, due_start):
        if m.group() != "(" or ")" not in text[m.end():due_start]:  # `(Quảng Nam)` closes inside the clause
            comma_lo = m.end()
    pre = text[max(lo, due_start - 90):due_start]
    post = text[mt.end:min(b, mt.end + 80)]
    directive = _governing_directive(doc, a, _clause(text, a, b, due_start, mt.end)[0], due_start)
    # the clause after the due time counts when the due time opens it
    opens = len(text[comma_lo:due_start].split()) <= 1
    cue_hi = mt.end
    if opens:
        m = re.search(r"[,;]|[.,](?!\d)", text[mt.end:hi].lstrip(" ,"))
        cue_hi = hi if not m else mt.end + (len(text[mt.end:hi]) - len(text[mt.end:hi].lstrip(" ,"))) + m.start()
        cue_hi = min(cue_hi, mt.end + 60)  # the cue belongs to the clause the due time opens
    # cue words around the due time, never the marker itself (`hạn chót là`); a due time that opens a
    # comma part takes its cue from that part (`..., riêng trong ngày 28/4 là 76 người`)
    pre_lo = due_start if opens else lo
    strong = _has_modal(_RX_STRONG, text, pre_lo, due_start) or _has_modal(_RX_STRONG, text, mt.end, cue_hi)
    # a plan word before another due time is that one's (`theo kế hoạch đến hết ngày 1/7 ... trong ngày 4/6`)
    weak_lo = max([pre_lo] + [o.end for o in mentions if o is not mt and pre_lo <= o.start and o.end <= due_start])
    weak = _has_modal(_RX_WEAK, text, weak_lo, due_start) or _has_modal(_RX_WEAK, text, mt.end, cue_hi)
    if directive is not None and _RX_SPEECH.fullmatch(directive["v"]) and not strong:
        directive = None
    if directive is None and not strong and not weak and kind == "within":
        # an item of a directive passage: `Đồng chí yêu cầu: ...`
        strong = text[:a].rstrip().endswith(":") and _directive(text, max(0, a - 400), a) is not None
        # a later `;` item of a plan (`... sẽ hoàn thành ...; trong quý 2/2017 hoàn thành ...`), or a
        # sentence that carries on the one before (`Qua đó, đảm bảo mặt bằng ... vào cuối tháng 6/2017`)
        carried = (a, lo) if lo > a and text[lo - 1] == ";" else None  # (not past a `…` the segmenter kept)
        if carried is None and _continues_before(text, a, due_start):
            carried = _dates.sentence_of(doc, max(0, a - 2)) if a > 0 else None
        if carried and carried[0] < carried[1]:
            strong = _has_modal(_RX_STRONG, text, *carried)
            weak = _has_modal(_RX_WEAK, text, *carried)
    if directive is None and not _plan_of_the_work(doc, mt, kind, (a, b), (lo, hi), comma_lo, due_start,
                                                    (pre_lo, cue_hi if opens else due_start), strong, weak):
        return None
    cue_end = directive.end() if directive is not None and directive.end() <= due_start else lo
    if re.match(r"[^\S\n]*,?[^\S\n]*mới(?![\w])", post):
        return None  # `phải đến năm 2019 mới được tìm thấy`
    if _RX_PAST.search(text, max(cue_end, lo, due_start - 70), due_start) or \
            _RX_PAST.match(re.split(r"[;.,]", post)[0][:30]) or (opens and _RX_PAST.search(text, mt.end, cue_hi)) or \
            ((opens or _RX_SPEECH_ONLY.fullmatch(text, comma_lo, due_start)) and _past_before_verb(text, mt.end, hi)):
        return None
    if _RX_EVENT.search(pre[-45:]) or _RX_EVENT.match(post.lstrip(" ,")[:25]):
        return None
    if re.search(r"(?i)(?:tính|kể|từ)[^\S\n]*$", text[max(a, due_start - 8):due_start]):
        return None  # `tính đến ngày 31/8`: a reference time; `từ đầu tháng 5`: a start
    if fold(text[due_start:mt.start]).startswith(("đến", "tới")) and \
            any(0 <= due_start - o.end <= 3 and re.search(r"(?i)(?:^|[^\w])từ(?![\w])", text[max(a, o.start - 12):o.start])
                for o in mentions if o is not mt):
        return None  # `từ tháng 1/2016 đến ngày 10/5/2017`: the end of a period
    if mt.granularity == "year" and (_in_document_name(text, comma_lo, due_start) or _in_quoted_name(text, a, due_start)):
        return None
    if _RX_PROJECTION.search(text, comma_lo, due_start) or _RX_PROJECTION.search(text, mt.end, min(b, mt.end + 30)):
        return None
    if _stale(mt, present) and directive is None:
        return None  # a time long past at publication: a reported fact, unless someone ordered it
    if kind == "before":
        if opens and re.match(r"(?i)\W*trước", text[due_start:due_start + 6]) and re.match(r"[^\S\n]*,", post):
            return None  # `Trước ngày 30/4, giá xăng ...`, `..., trước tháng 1-2017, các sổ ...`: background
    if kind == "bare" and directive is None and not strong and not weak and \
            re.search(r"(?i)(?:^|[^\w])được[^\S\n]+$", text[max(a, due_start - 40):due_start].rsplit("đưa", 1)[0]):
        return None  # `Chợ Hữu nghị ... được đưa vào hoạt động năm 2009`: a reported fact
    if directive is not None and kind == "within" and fold(text[due_start:mt.start]).startswith("vào") and \
            not _RX_COMPLETION.search(text, directive.end(), due_start) and re.search(r"(?i)(?<![\w])đã[^\S\n]+(?:\w+[^\S\n]+)?$", text[max(a, directive.start("v") - 16):directive.start("v")]):
        return None  # `đã chỉ đạo thành lập đoàn thanh tra vào ngày 9/6/2017`: when it was done (not `đã yêu cầu ... báo cáo ... vào sáng nay`)
    if _RX_EVENT_SETTING.match(text, a, due_start) and not _RX_DIRECTIVE.search(text, a, due_start) and \
            not _has_modal(_RX_STRONG, text, a, due_start) and not _has_modal(_RX_WEAK, text, a, due_start):
        return None  # `Tại cuộc họp giao ban ... vào sáng nay (6/2), Chủ tịch ... yêu cầu ...`
    if _stale(mt, history_ref, _HISTORY_DAYS):
        return None  # `quyền sử dụng đất ổn định ... trước tháng 10/1993`: history, whoever spoke of it
    if kind == "bare" and directive is None and not strong and not weak and _past_at(mt, present):
        return None  # `mới xây dựng và đưa vào sử dụng năm 2015` in a later article: a reported fact
    if _RX_PERIOD_BEFORE.search(text, max(a, due_start - 40), due_start):
        return None  # `những tháng cuối năm 2017`: a period of the story; `nợ phát sinh trước 31-12-2016`
    if directive is None and not strong and not _RX_ACTION_ANY.search(text, lo, hi):
        return None  # nothing to be done: `lượng ôxy ... sẽ cạn kiệt (hạn chót là 3h sáng ngày 24/4)`
    if kind == "within":
        if directive is None and not strong and (_past_at(mt, present) or (mt.relative and mt.granularity == "day")):
            return None  # a plan for a day already gone, or for today (`ngay trong chiều nay`): a report
        if directive is None and not strong:
            clause = text[lo:hi]
            if not weak and not (_RX_COMPLETION.search(clause) and _future(mt, published)):
                return None
            if not _RX_ACTION.search(clause) or _RX_EVENT.search(clause) or _RX_STAT.search(clause):
                return None
        elif directive is None and _RX_STAT.search(text, lo, hi) and not _RX_ACTION.search(text, lo, hi):
            return None
    elif kind == "goal":
        m = _RX_WITHIN.search(text, max(a, mt.start - 30), mt.start)
        due_start = m.start("mk") if m else mt.start
    marked = [o for o in mentions if o is not mt and lo <= o.start < hi and _marker(text, a, o)]
    others = [o.end for o in marked if o.end <= due_start] + [o.start for o in marked if mt.end < o.start]
    # responsible: the addressee of the directive, else the subject of the clause or the sentence
    responsible, task_start = None, None
    if directive is not None and directive.end() <= due_start:
        ag = _agent(text, directive.end(), hi)
        if ag and ag[1] <= due_start:
            responsible, task_start = ag[0], ag[1]
        else:
            task_start = directive.end()
    if responsible is None:
        ag = _agent_before(text, lo, due_start)
        if ag:
            responsible = ag[0]
    if responsible is None and task_start is None:
        for start in (lo, comma_lo) + ((a,) if lo > a else ()):
            ag = _agent(text, start, hi)
            if ag and ag[1] <= due_start or ag and opens:
                responsible = ag[0]
                task_start = ag[1] if ag[1] <= due_start and start != a else None
                break
    if responsible is None and opens:
        ag = _agent(text, mt.end, hi)  # `trong năm 2017, các địa phương cần hoàn thành ...`
        responsible = ag[0] if ag else None
    if task_start is None:
        task_start = _skip_openers(text, lo, due_start)
        if task_start < due_start and kind == "within" and len(text[lo:due_start].split()) > 1:
            # a long clause before the marker: its last comma part, past any subject
            task_start = max(task_start, comma_lo) if responsible is None and directive is None else task_start
    if kind == "goalyear":
        after = re.split(r";|[,.](?!\d)", text[mt.end:b].lstrip(" ,"))[0]  # `Năm 2017, tỉnh phấn đấu ...`
        ag = _agent(after, 0, len(after))
        task = after[ag[1]:] if ag else after
        responsible = responsible or (ag[0] if ag else None)
        i = fold(task).find("phấn đấu")
        task = _strip(task[i + len("phấn đấu"):] if i >= 0 else task)
    else:
        task = _task(text, task_start, due_start, mt.end, hi, others)
        if responsible and task.startswith(responsible):
            task = _strip(task[len(responsible):])
        i = fold(task).find("phấn đấu")
        if i > 0:
            task = task[i:]
    if len(task.split()) < 3:
        wide = _strip(_clean(text[_skip_openers(text, lo, due_start):due_start]) + " " +
                      _clean(text[mt.end:_task_end_after(text, mt.end, hi, others)]))
        task = wide if len(wide.split()) >= 3 else task
    if directive is not None and directive.end() <= due_start:
        directed_by, own = _subject_official(doc, a, directive.start("v"))
        if not own and doc._.officials:
            directed_by = _passage_directed_by(doc, (a, b), reach_back=True)
    elif responsible is None or strong:
        directed_by = _passage_directed_by(doc, (a, b)) if doc._.officials else None
    else:
        directed_by = None
    return {
        "due_text": text[due_start:mt.end], "start": due_start, "end": mt.end,
        "due": mt.value, "due_date": mt.date_end, "task": task or None,
        "responsible": responsible, "directed_by": directed_by,
        "responsible_canonical": canonical_body(responsible),
        "evidence": text[a:b].strip(),
    }


def extract(doc: Doc) -> list[dict]:
    mentions = doc._.dates
    if mentions is None:
        mentions = _dates.find(doc)
        doc._.dates = mentions
    info = getattr(doc._, "info", None)
    published = getattr(info, "published", None)
    present = published or _event_day(doc) or _dominant_year_start(mentions)
    history_ref = present or _latest_written_day(mentions)
    rows = []
    for mt in mentions:
        if mt.furniture or mt.granularity not in _GRANS or not mt.value:
            continue
        row = _row(doc, mt, mentions, published, present, history_ref)
        if row is not None:
            rows.append(row)
    doc._.deadlines = rows
    return rows
