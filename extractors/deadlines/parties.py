"""Who must do a deadline's task: the responsible agent (as written, and a public body's canonical name) and the
kind of a plan's subject. Who set it (directed_by) is in `directed_by`."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from vnextract.extractors import gazetteer
from vnextract.extractors.deadlines.grammar import (
    LEX,
    NOT_AGENT_ALONE,
    POST_KEYS,
    REFERRING_AGENTS,
    RX_ACRONYM,
    RX_ADVERB_GAP,
    RX_AGENT,
    RX_AGENT_CLAUSE_OPENER,
    RX_AGENT_COMPOUND,
    RX_AGENT_END,
    RX_CAPS,
    RX_COMMERCIAL,
    RX_COMMITMENT,
    RX_COMPOUND,
    RX_COUNTED_AGENT,
    RX_CREDIT_LABEL,
    RX_CREDIT_LABEL_END,
    RX_FOREIGN_BODY,
    RX_GOAL_WORD,
    RX_MODAL_NEXT,
    RX_NOT_AGENT,
    RX_NOT_PUBLIC,
    RX_OPENER,
    RX_OWN_TIME,
    RX_PART_BOUND,
    RX_PROJECT_SUBJECT,
    RX_PUBLIC,
    RX_PUBLIC_EXCEPTION,
    RX_PUBLIC_SUBJECT,
    RX_SPEAKER_NEXT,
    Subject,
    clean,
)
from vnextract.extractors.lexicon import HORIZONTAL_SPACE as H
from vnextract.extractors.lexicon import alternation, compile_ci, last_match
from vnextract.extractors.normalize import canonical_spelling, fold
from vnextract.extractors.officials import ABBREVIATIONS, HONORIFICS

MAX_AGENT_WORDS = 14        # a longer phrase before the verb is no agent
MAX_BODY_NAME_WORDS = 20    # ... or one public body's name (no comma) up to this long
MAX_LIST_WORDS = 28         # a comma list of addressees (`các Bộ, cơ quan ngang Bộ, ..., UBND các tỉnh`) may be longer
MAX_FRAMING_WORDS = 15      # a longer leading comma part is no framing clause before the agent
MAX_OWNER_WORDS = 6         # a goal's owner longer than this is no body's or place's name
CREDIT_LABEL_REACH = 16     # characters before a clause a photo credit's label may end in
# a person the clause is credited to, without a comma after the name (`Theo ông Pha các đơn vị thi công sẽ ...`, `Theo
# bà Tân thì ...`): the words before the lower-case one that opens the clause
RX_PERSON_SOURCE = compile_ci(rf"(?:{alternation(LEX['source_leads'])}){H}+(?:{alternation(HONORIFICS)}){H}+"
                              rf"(?:(?-i:[A-ZĐÀ-Ỹ])[\w]*{H}+){{1,3}}(?:thì{H}+)?(?=(?-i:[a-zđà-ỹ]))")
CAPTION_REACH = 240         # characters after a clause's start a glued caption may close in
# a caption closed by its illustration label, glued to the sentence after it (`... - Ảnh minh họa Mới đây, ...`)
RX_CAPTION_CLOSE = compile_ci(rf"(?:[-–(]{H}*)(?:{alternation(LEX['caption_close_labels'])})(?![\w]){H}*\)?{H}+(?=(?-i:[A-ZĐÀ-Ỹ]))")
RX_YEAR_THEN = re.compile(r"(?<![\w/.-])\d{4}(?![\w/.-])[^\S\n]*")
# (`Du lịch`, `Ban Điều hành` end in a compound's first syllable: the verb after them is no compound's second)
RX_COMPOUND_SECOND = compile_ci(rf"(?<![\w])(?:{alternation(LEX['compound_second_nouns'])}){H}+$")
RX_FRAMING = compile_ci(rf"(?:{alternation(LEX['framing_openers'])})(?![\w])")
RX_PLAN_LEAD = compile_ci(alternation(LEX["plan_lead_words"]))
# (not the verb before its object: `UBND tỉnh giao thông báo cho các xã ...`)
RX_NAME_COMPOUND = compile_ci(rf"(?<![\w])(?:{alternation(LEX['body_name_compounds'])})(?![\w])(?!{H}+(?:báo|tin)(?![\w]))")
RX_GOAL_OWNER = compile_ci(rf"(?:{alternation(LEX['goal_lead_nouns'])})(?:{H}+của)?{H}+")
RX_GOAL_OWNER_END = compile_ci(rf"(?<![\w])(?:{alternation(LEX['goal_owner_ends'])})(?![\w])|[,;:(]")
_HONORIFIC_WORDS = frozenset(h for h in HONORIFICS if " " not in h)
SENTENCE_OPENERS = frozenset(fold(w) for w in LEX["credit_sentence_openers"])


# ---------------------------------------------------------------- agents
def credit_end(text: str, i: int, hi: int) -> int:
    """Past a photo credit the caption left before the sentence (`Ảnh: TTXVN Trong năm 2017, ...`,
    `VGP/Lê Sơn Hoàn thành ...`), else i."""
    caption = RX_CAPTION_CLOSE.search(text, i, min(hi, i + CAPTION_REACH))
    if caption and not re.search(r"[.!?;:](?=\s)", text[i:caption.start()]):
        return caption.end()  # (`Tình trạng ùn tắc ... - Ảnh minh họa Mới đây, ...`: the caption before is no part)
    label = RX_CREDIT_LABEL.match(text, i, hi)
    k = label.end() if label else i
    # (the label may stand before i, past a `:` the clause starts after)
    label = label or RX_CREDIT_LABEL_END.search(text, max(0, i - CREDIT_LABEL_REACH), i)
    head = re.match(r"[A-ZĐ][A-ZĐ0-9&.\-]+(/[^\W\d_]\w*)?(?=[^\S\n])", text[k:hi])
    if not head and label:
        return _named_credit_end(text, k, hi, i)
    if not head or not (label or head.group(1)):
        return i
    k += head.end()
    if head.group(1):
        # the credited name's words run on while the next word is capitalised too: the last capitalised word
        # before a lower-case one opens the sentence (`Lê Sơn | Hoàn thành`)
        while True:
            m = re.match(r"[^\S\n]+(\S+)[^\S\n]+(\S+)", text[k:hi])
            if not (m and m.group(1)[:1].isupper() and m.group(2)[:1].isupper()):
                break
            k += len(m.group(0)) - len(m.group(2))
            k = len(text[:k].rstrip())
    rest = text[k:hi].lstrip()
    return hi - len(rest) if rest[:1].isupper() else i


def _named_credit_end(text: str, k: int, hi: int, i: int) -> int:
    """Past a credit of capitalised words after its label (`Ảnh: Báo Thanh Niên Đồng thời Sở VHTT ...`, `Ảnh: Cao Thăng
    Ngoài 2 cầu vượt ...`): the last capitalised word before a lower-case one opens the sentence, or a body's name that
    opens there (`Ảnh: Minh Tâm Sở Xây dựng ...`); else i."""
    words = list(re.finditer(r"\S+", text[k:hi]))
    run = 0
    while run < len(words) and (words[run].group()[:1].isupper() or words[run].group() in ("-", "–", "/")):
        if re.search(r"[.,;:!?”\"()]$", words[run].group()):
            return i  # (a credit closed by its own stop: `Ảnh: Anh Tuấn. Ngoài ra ...` is split already)
        run += 1
    # (at least one credit word before the opener, and a lower-case word or a number after it)
    if run < 2 or run == len(words) or words[run].group()[:1].isupper():
        return i
    # (a word that opens sentences, first: `Nguồn: Internet Tại Công văn số ...` opens at `Tại`, not `Công văn`)
    opener = next((j for j in range(1, run) if fold(words[j].group()) in SENTENCE_OPENERS or
                   j + 1 < len(words) and fold(f"{words[j].group()} {words[j + 1].group()}") in SENTENCE_OPENERS),
                  run - 1)
    if opener == run - 1 and RX_PUBLIC.match(fold(text[k + words[opener - 1].start():hi])):
        opener -= 1  # (`Sở | Xây dựng`: the body's head opens the sentence)
    return k + words[opener].start() if opener and words[opener].group() not in ("-", "–", "/") else i


def skip_openers(text: str, i: int, hi: int) -> int:
    """Past leading discourse words and a leading time adverbial (`Trong tháng 8/2017,`)."""
    while True:
        j = i
        while j < hi and text[j] in " \t,“\"":  # (an opening quote: `“Các đơn vị thi công ... sẽ ...`)
            j += 1
        if credit_end(text, j, hi) > j:
            i = credit_end(text, j, hi)
            continue
        m = RX_OPENER.match(text, j, hi)
        if m and m.end() > j:
            i = m.end()
            continue
        framed = framing_end(text, j, hi)
        if framed > j:
            i = framed
            continue
        m = RX_PERSON_SOURCE.match(text, j, hi)
        if m:
            i = m.end()  # (`Theo ông Pha các đơn vị thi công sẽ ...`: the source, no comma after it)
            continue
        return j


def framing_end(text: str, i: int, hi: int) -> int:
    """Past a leading framing comma part when an agent's head follows it (`Sau khi tư vấn hoàn thiện các phương án,
    Bộ GTVT chủ trì ...`), else i."""
    comma = text.find(",", i, hi)
    # (a plan's word frames the clause only alone: `Dự kiến, Đoàn công tác sẽ ...`, not `Dự kiến 3 đường bay ...,`)
    if comma < 0 or not (RX_FRAMING.match(text, i, hi) or plan_lead(text[i:comma])):
        return i
    part = text[i:comma]
    if len(part.split()) > MAX_FRAMING_WORDS or re.search(r"[;:.“”\"()]", part):
        return i
    rest = text[comma + 1:hi].lstrip(" \t")
    key = fold(rest)
    if not rest or RX_NOT_AGENT.match(key) or \
            not (RX_AGENT.match(key) or RX_CAPS.match(rest) or _vietnamese_place_opens(rest)):
        return i
    return hi - len(rest)


def plan_lead(lead: str) -> bool:
    """lead is only a plan's word (`Dự kiến` before `trong tháng 7, Hà Nội sẽ công bố ...`)."""
    return bool(RX_PLAN_LEAD.fullmatch(lead.strip(' ,“"')))


def agent(text: str, i: int, hi: int) -> tuple[str, int] | None:
    """The agent noun phrase starting at i, up to its verb: (phrase as written, its end)."""
    i = skip_openers(text, i, hi)
    seg = text[i:hi]
    key = fold(seg)
    if not seg or RX_NOT_AGENT.match(key) or \
            not (RX_AGENT.match(key) or RX_CAPS.match(seg) or _counted_units(seg) or _vietnamese_place_opens(seg)):  # (`Hà Nội sẽ ...`)
        return None
    end = None
    # (a name's compound may open with the verb-like word itself: `giao thông`)
    names = [(m.start(), m.end()) for m in RX_NAME_COMPOUND.finditer(seg)]
    compounds = [(m.start(), m.end()) for m in RX_AGENT_COMPOUND.finditer(seg)] + names
    for m in RX_AGENT_END.finditer(seg, 1):
        before = seg[:m.start()]
        # (a verb after a whole compound noun ends it: `đơn vị thi công phải ...`)
        compound_ends = any(e == len(before.rstrip()) for _, e in compounds)
        # (a modal is never a compound's second syllable: `Thường trực Ban điều hành sẽ ...`)
        compound = RX_COMPOUND.search(before) and not compound_ends and not RX_MODAL_NEXT.match(seg, m.start()) \
            and not RX_COMPOUND_SECOND.search(before)
        if before.count("(") > before.count(")") or compound or \
                any(s < m.start() < e for s, e in compounds) or any(s == m.start() for s, _ in names):
            continue
        end = m.start()
        break
    if end is None:
        return None
    phrase = seg[:end]
    own_time = RX_OWN_TIME.search(phrase)  # `Bộ Tài chính trong tháng 7 trình ...`: the due time is no part of it
    phrase = phrase[:own_time.start()] if own_time else phrase
    # a comma ends the phrase unless a list of agents goes on (`các phòng, ngành có liên quan`)
    for cm in re.finditer(r",", phrase):
        rest = phrase[cm.end():].lstrip()
        if not (RX_AGENT.match(fold(rest)) or (rest[:1].isupper())):
            phrase = phrase[:cm.start()]
            break
    found = _without_place_apposition(clean(phrase))
    # (a phrase cut before its noun: `các sở, ngành, các | cấp chính quyền`)
    if not found or re.search(r"(?i)(?<!\w)(?:các|những|mọi)$", found) or \
            (fold(found) in NOT_AGENT_ALONE and found not in REFERRING_AGENTS) or \
            _too_long(found) or found.count("(") != found.count(")"):
        return None
    return found, i + len(phrase)


def _counted_units(seg: str) -> bool:
    """seg opens with a count of administrative units (`38 tỉnh, TP ...`), not a body's name that ends in one
    (`Ban Chỉ đạo 389 tỉnh Thừa Thiên Huế`, `Ban Chỉ đạo 24 huyện Quảng Xương`)."""
    m = RX_COUNTED_AGENT.match(seg)
    return bool(m) and not seg[m.end():].lstrip(" \t")[:1].isupper()


def _too_long(phrase: str) -> bool:
    """Too many words for an agent: one name past MAX_AGENT_WORDS, or a comma list of agents past
    MAX_LIST_WORDS (each of its items an agent's length)."""
    words = len(phrase.split())
    if words <= MAX_AGENT_WORDS:
        return False
    if words <= MAX_BODY_NAME_WORDS and "," not in phrase and RX_PUBLIC.match(fold(phrase)) and \
            RX_NAME_COMPOUND.search(phrase) and not re.search(r"(?i)(?<![\w])và$", phrase):
        return False  # one public body's long name (`Ban quản lý dự án đầu tư xây dựng các công trình giao thông TP`)
    items = [x.strip() for x in phrase.split(",")]
    if words <= MAX_LIST_WORDS and len(items[0].split()) <= MAX_AGENT_WORDS and RX_AGENT.match(fold(items[0])) and \
            all(_names_only(x) for x in items[1:]):
        return False  # an agent and the names its head shares (`chủ đầu tư 4 khu xử lý rác Đa Phước, Vietstar, ...`)
    # (each item a body, or a short lower-case one sharing its head: `UBND các quận, huyện, thị xã`; no person,
    # whose titles a comma list would be: `đồng chí Võ Thị Ánh Xuân, Ủy viên Trung ương Đảng, Bí thư ...`)
    return len(items) < 3 or words > MAX_LIST_WORDS or \
        not all(len(x.split()) <= MAX_AGENT_WORDS // 2 and not _names_person(x) and
                (RX_AGENT.match(fold(x)) or (len(x.split()) <= 2 and x.islower())) for x in items)


def _names_only(item: str) -> bool:
    """item is a short run of names, capitalised words (`Tâm Sinh Nghĩa và Phước Hiệp`)."""
    words = [w for w in item.split() if w != "và"]
    return 0 < len(words) <= MAX_LIST_WORDS // 4 and all(w[:1].isupper() for w in words)


def _names_person(item: str) -> bool:
    key = fold(item)
    return any(key.startswith(fold(h) + " ") for h in HONORIFICS) or \
        any(key.startswith(p + " ") or key == p for p in POST_KEYS)


def _without_place_apposition(phrase: str) -> str:
    """`UBND huyện Vân Đồn, Quảng Ninh` -> `UBND huyện Vân Đồn`: a province after a comma locates the body."""
    head, sep, last = phrase.rpartition(",")
    last = last.strip()
    if sep and head.strip() and last[:1].isupper() and \
            any(p.level == "province" and fold(p.name) == fold(last) for p in gazetteer.lookup(last)):
        return clean(head)
    return phrase


def agent_until(text: str, i: int, pos: int, due_end: int) -> str | None:
    """The agent that fills text[i:pos] up to a due time's marker (`giao Bộ Y tế chậm nhất tháng 11-2017 trình
    ...` -> `Bộ Y tế`)."""
    i = skip_openers(text, i, pos)
    seg = _without_place_apposition(clean(text[i:pos]))
    if not seg or len(seg.split()) > MAX_AGENT_WORDS or RX_AGENT_END.search(seg) or RX_NOT_AGENT.match(fold(seg)) \
            or fold(seg) in NOT_AGENT_ALONE:
        return None
    # a body's or a post's name, capitalised (`Bộ Y tế`, `Chủ tịch UBND TP Phú Quốc`), its task after the due time
    if not seg[:1].isupper() or not re.match(r"[^\S\n]+[a-zđà-ỹ]", text[due_end:due_end + 3]):
        return None
    return seg if RX_AGENT.match(fold(seg)) or RX_CAPS.match(seg) or _vietnamese_place_opens(seg) else None


def past_speaker(text: str, ag: tuple[str, int], hi: int, pos: int) -> tuple[str, int]:
    """The agent after a speaker's speech verb (`CPMB cho biết, ..., Ban được giao ...`), when one stands before
    pos; else ag."""
    m = RX_SPEAKER_NEXT.match(text, ag[1], hi)
    if not m:
        return ag
    for b in [m.end()] + [x.end() for x in re.finditer(r",(?!\d)", text[m.end():pos])]:
        nxt = agent(text, b if b == m.end() else m.end() + b, hi)
        if nxt and nxt[1] <= pos:
            return nxt
    return ag


def goal_subject(text: str, a: int, pos: int) -> str | None:
    """The subject of the sentence's last goal or commitment verb before pos, written right before it in its comma
    part: a later item of the goal list shares it (`năm 2017 thành phố phấn đấu đạt tỷ lệ 59-62%, năm 2018 đạt tỷ lệ
    62-66%`; `chủ đầu tư đã hứa, cam kết với Chính phủ ... sẽ hoàn thành ...`); else the owner the goal's noun names."""
    return _commitment_subject(text, a, pos) or goal_owner(text, a, pos)


def goal_owner(text: str, a: int, pos: int) -> str | None:
    """The public body or place whose goal the sentence opening with the goal's noun states, named before pos
    (`Mục tiêu của TP HCM trong năm 2017 là ...`, `Mục tiêu thành phố Hà Nội đặt ra ... đến năm 2020 là ...`);
    not a programme's or a plan's goal (`Mục tiêu của chương trình là ...`)."""
    m = RX_GOAL_OWNER.match(text, skip_openers(text, a, pos), pos)
    if m is None:
        return None
    end = RX_GOAL_OWNER_END.search(text, m.end(), pos)
    owner = clean(text[m.end():end.start() if end else pos])
    if not owner or len(owner.split()) > MAX_OWNER_WORDS or commercial(owner) or \
            names_foreign_state(owner, 0, len(owner)):
        return None
    return owner if RX_PUBLIC_SUBJECT.match(fold(owner)) or _vietnamese_place_opens(owner) else None


def _commitment_subject(text: str, a: int, pos: int) -> str | None:
    goal = last_match(RX_COMMITMENT, text, a, pos)
    if goal is None:
        return None
    part = _commitment_part(text, a, goal)
    # (at the part's start, or past the year that opens it: not a noun inside the goal's verb phrase)
    for w in [part] + [m.end() for m in RX_YEAR_THEN.finditer(text, part, goal.start())]:
        ag = agent(text, w, goal.end())
        if ag and _commitment_gap(text[ag[1]:goal.start()]):
            # (a company's promise is its own business, not a deadline's party: as before, only `phấn đấu` takes it)
            return ag[0] if RX_GOAL_WORD.fullmatch(goal.group()) or not commercial(ag[0]) else None
    # the subject that opens the sentence with a commitment its later verb phrases share (`Đảng bộ và nhân dân tỉnh
    # Bắc Ninh nguyện tiếp tục đoàn kết, ...; ..., phấn đấu xây dựng ...`)
    first = RX_COMMITMENT.search(text, a, goal.start())
    if first is None:
        return None
    # (or past a lead-in comma part: `Noi gương, học tập đồng chí Nguyễn Văn Cừ, Đảng bộ và nhân dân tỉnh ... nguyện`)
    part = a + max([0] + [m.end() for m in re.finditer(r"[,;:](?!\d)", text[a:first.start()])])
    for start in (a, part) if part > a else (a,):
        ag = agent(text, start, first.end())
        if ag and _commitment_gap(text[ag[1]:first.start()]) and not commercial(ag[0]):
            return ag[0]
    return None


def commercial(name: str) -> bool:
    """A company's name (`Công ty Vinamilk`, `Cty CP ...`)."""
    return bool(RX_COMMERCIAL.match(fold(name)))


def _commitment_part(text: str, a: int, goal: re.Match) -> int:
    """Where the comma part of the commitment goal starts, back over a run of commitments (`đã hứa, cam kết`)."""
    while True:
        part = a + max([0] + [m.end() for m in re.finditer(r"[,;:](?!\d)", text[a:goal.start()])])
        prev = last_match(RX_COMMITMENT, text, a, max(a, part - 1))
        if text[part:goal.start()].strip() or part <= a or prev is None or text[prev.end():part - 1].strip():
            return part
        goal = prev


def _commitment_gap(gap: str) -> bool:
    """Between a subject and its commitment: nothing, adverbs, or another commitment (`đã hứa,`)."""
    rest = RX_COMMITMENT.sub(" ", gap).replace(",", " ").strip()
    return not rest or bool(RX_ADVERB_GAP.match(rest))


def agent_before(text: str, lo: int, pos: int) -> tuple[str, int] | None:
    """The subject of `được giao` (`Sở X được giao ...`)."""
    m = re.search(r"(?i)được[^\S\n]+giao", text[lo:pos])
    if not m:
        return None
    # the subject of its own comma part (`CPMB cho biết, ..., Ban được giao ...` -> `Ban`)
    start = lo + max([0] + [b.end() for b in re.finditer(r"[,;:](?!\d)", text[lo:lo + m.start()])])
    return agent(text, start, lo + m.end()) or (agent(text, lo, lo + m.end()) if start > lo else None)


def canonical_body(name: str | None) -> str | None:
    """`UBND huyện Vân Đồn` -> `Ủy ban nhân dân huyện Vân Đồn`; None unless a public body."""
    if not name or not RX_PUBLIC.match(fold(name)):
        return None
    out = []
    for tok in re.split(r"(\s+)", name):
        core = tok.rstrip(",.;")
        if core in ABBREVIATIONS:
            out.append(ABBREVIATIONS[core] + tok[len(core):])
        elif re.match(r"(?:TP|Tp)\.(?=\w)", core):
            out.append("thành phố " + core[3:])
        else:
            out.append(tok)
    body = canonical_spelling("".join(out))
    return body[:1].upper() + body[1:]


# ---------------------------------------------------------------- whose plan
def foreign_country(words: list[str]) -> bool:
    """The words name a country other than Việt Nam (`Nhật Bản`)."""
    return any(p.level == "country" and fold(p.name) != "việt nam" for p in gazetteer.lookup(" ".join(words)))


def _foreign(doc: Doc, s: int, e: int) -> bool:
    """The phrase names a foreign country or body (`Một tàu hộ vệ của Đức`, `Chính phủ Mỹ`, `Nhà Trắng`),
    or a foreign official (one whose post names a country)."""
    if names_foreign_state(doc.text, s, e):
        return True
    for off in doc._.officials or []:
        if any(s <= ms and me <= e for ms, me in getattr(off, "mentions", []) or []) and \
                any(_foreign_title(t) for t in off.titles or []):
            return True
    return False


def names_foreign_state(text: str, s: int, e: int) -> bool:
    """text[s:e] names a foreign body or a country other than Việt Nam (`Chính phủ Mỹ`, `Bộ Quốc phòng Nhật Bản`)."""
    if RX_FOREIGN_BODY.search(text, s, e):
        return True
    # (punctuation stripped first: `(Q.Thủ Đức)` is one capitalised run, a district, not `Đức`, Germany)
    words = [w.strip(",.;:()\"“”") for w in text[s:e].split()]
    i = 0
    while i < len(words):
        if not words[i][:1].isupper() or (i and fold(words[i - 1]) in _HONORIFIC_WORDS):
            i += 1
            continue
        for n in (3, 2, 1):  # a run of capitalised words opening with a country (`Mỹ Joe Biden`)
            run = words[i:i + n]
            if len(run) == n and all(w[:1].isupper() for w in run) and foreign_country(run):
                return True
        while i < len(words) and words[i][:1].isupper():
            i += 1
    return False


def _foreign_title(title: str) -> bool:
    words = title.split()
    return any(foreign_country(words[i:i + n])
               for n in (1, 2, 3) for i in range(len(words) - n + 1) if words[i][:1].isupper())


def _vietnamese_place_opens(phrase: str) -> bool:
    """`Nghệ An phấn đấu ...`, `Hà Nội sẽ ...`: a province or district of Vietnam opens the phrase."""
    caps = []
    for w in phrase.split()[:4]:
        if not w[:1].isupper():
            break
        caps.append(w.strip(",.;:()"))
    return any(p.level in ("province", "district") for n in range(len(caps), 0, -1)
               for p in gazetteer.lookup(" ".join(caps[:n])))


def subject_kind(doc: Doc, s: int, e: int) -> Subject:
    """What the subject phrase text[s:e] is (see `Subject`)."""
    text = doc.text
    s = skip_openers(text, s, e)
    phrase = clean(text[s:e])
    if not phrase:
        return Subject.NONE
    if _foreign(doc, s, e):
        return Subject.FOREIGN
    key = fold(phrase)
    if RX_PUBLIC_EXCEPTION.match(key):
        return Subject.PUBLIC
    if RX_COMMERCIAL.match(key) or RX_NOT_PUBLIC.match(key):
        return Subject.OTHER
    for off in doc._.officials or []:
        if any(s <= ms < e for ms, _ in getattr(off, "mentions", []) or []):
            return Subject.PUBLIC
    if RX_PUBLIC_SUBJECT.match(key) or any(key.startswith(p + " ") or key == p for p in POST_KEYS):
        return Subject.PUBLIC
    if _vietnamese_place_opens(phrase) or RX_ACRONYM.match(phrase):
        return Subject.PUBLIC  # `Hà Nội sẽ ...`; `CPMB đang ... sẽ hoàn thành` (boards and state groups go by acronyms)
    if RX_PROJECT_SUBJECT.match(key):
        return Subject.OTHER if RX_COMMERCIAL.search(key) else Subject.PROJECT
    return Subject.OTHER


def sentence_subject_kind(doc: Doc, s: int, e: int) -> Subject:
    """The kind of the subject that opens text[s:e]: its first comma part."""
    s = skip_openers(doc.text, s, e)  # (`Hiện nay, CPMB đang ...`)
    end = RX_PART_BOUND.search(doc.text, s, e)
    return subject_kind(doc, s, end.start() if end else e)


def cue_subject(doc: Doc, rx: re.Pattern, lo: int, hi: int, sent_start: int) -> Subject:
    """The kind of the subject of the first modal of rx in text[lo:hi] (not an adverbial one): the comma part
    before it (`Dự kiến, Stratolaunch sẽ ...` -> `Stratolaunch`; `Theo kế hoạch, đoàn sẽ` -> `đoàn`);
    without one written, the subject that opens the sentence."""
    text = doc.text
    for m in rx.finditer(text, lo, hi):
        if re.match(r"[^\S\n]*,", text[m.end():m.end() + 3]):
            continue  # `Dự kiến,` `Theo kế hoạch,`: an adverbial, the subject follows
        # (a clause after a condition's `thì` holds the subject: `Khi Thành ủy phê duyệt thì Thành phố sẽ ...`)
        starts = sorted([lo] + [b.end() for rx in (RX_PART_BOUND, RX_AGENT_CLAUSE_OPENER)
                                for b in rx.finditer(text, lo, m.start())])
        kind = subject_kind(doc, starts[-1], m.start())
        if kind == Subject.NONE:
            after = agent(text, m.end(), hi)  # `dự kiến Cty Pacific Crystal hoàn thiện ...`: the subject follows
            kind = Subject.OTHER if after and subject_kind(doc, m.end(), after[1]) == Subject.OTHER else kind
        if kind == Subject.NONE and len(starts) > 1 and text[starts[-1] - 1] == ",":
            # `Ban được giao ... Dự án Sân phân phối ..., dự kiến hoàn thành tháng 3/2019`: the comma part before
            before = subject_kind(doc, starts[-2], starts[-1] - 1)
            kind = before if before != Subject.OTHER else kind  # (`Đây là thời điểm ...,`: no subject)
        if kind != Subject.NONE:
            return kind
        break  # the first modal has no subject written: the sentence's subject is the plan's
    if sent_start < lo:
        return sentence_subject_kind(doc, sent_start, lo)
    return Subject.NONE
