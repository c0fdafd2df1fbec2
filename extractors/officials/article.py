"""The article level: every sentence's mentions merged into one row per person."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from vnextract.extractors.extensions import IDX_COL, NORM_COL, token_array
from vnextract.extractors.lexicon import alternation, load_json
from vnextract.extractors.normalize import VI_UPPER, fold
from vnextract.extractors.officials.group_posts import group_posts
from vnextract.extractors.officials.mentions import Mention, find_mentions
from vnextract.extractors.officials.names import is_foreign_name, is_place_name
from vnextract.extractors.officials.titles import post_key
from vnextract.extractors.officials.units import sentence_units, token_table
from vnextract.extractors.officials.vocabulary import (
    ABBREVIATIONS,
    ADMIN_BEFORE_PLACE,
    BODIES_OF_THE_NEXT_POST,
    COMPANY_BOARDS,
    FOREIGN_ORG_WORDS,
    ORG_NAMED_HEADS,
    ORG_TYPES,
    POST_IMPLIED_BODY,
    POST_IMPLIED_PARTY_BODIES,
    STANDING,
    TITLE_KEPT_ABBREVIATIONS,
    TRIGGER_WORDS,
)

DEFINITION_LOOKBACK_CHARS = 160  # text before an article's `(CPMB)` searched for the name it stands for
MAX_DEFINITION_WORDS = 14        # words of that name
MIN_TAIL_NAME_WORDS = 2  # `Kim Tiến` of `Nguyễn Thị Kim Tiến`: one word is a short form, joined before
MAX_ORG_HEAD_WORDS = 3           # `Ban Quản lý dự án`: words of the organisation word opening it
_DEFINED_ABBREVIATION = re.compile(r"\(([A-ZĐ][A-ZĐ0-9&-]{1,11})\)")
_CAPS_WORD = re.compile(r"\b[A-ZĐ][A-ZĐ0-9&-]{1,11}\b")
_CLAUSE_BREAK = re.compile(r"[,.;:()\"“”\n]")
_DEFINITION_HEADS = ORG_TYPES | ORG_NAMED_HEADS
BARE_POST_BODIES = load_json("officials.json")["bare_post_bodies"]
ASSEMBLY = load_json("officials.json")["assembly_of_place"]
MAX_PLACE_WORDS = 4  # `thành phố Hồ Chí Minh`: words of a place after an assembly's name
_ASSEMBLY_PLACE = re.compile(rf"(?<!\w)(?:{alternation(ASSEMBLY['assembly'])})\s+((?:[^\s,;:()\"“”]+ ){{0,{MAX_PLACE_WORDS - 1}}}"
                             r"[^\s,;:()\"“”]+)")
_ADMIN_WORDS = sorted(ADMIN_BEFORE_PLACE, key=lambda w: (-len(w), w))  # `thành phố` before `thành`


@dataclass
class Official:
    """One person holding a post, merged over every mention in the article."""
    name: str
    titles: list[str] = field(default_factory=list)
    titles_former: list[bool] = field(default_factory=list)  # parallel to titles: marked nguyên / cựu / từng là
    roles: set[str] = field(default_factory=set)
    mentions: list[tuple[int, int]] = field(default_factory=list)  # char spans of every mention (full or short)
    deceased: bool = False  # some mention writes `cố` before the person's post


@dataclass
class _People:
    """The people of an article as its sentences are read, by folded full name."""
    people: dict[str, Official] = field(default_factory=dict)
    first_seen: dict[str, tuple[int, int, str]] = field(default_factory=dict)  # key -> (start, end, evidence)
    order: list[str] = field(default_factory=list)
    pending_short: list[tuple[Mention, str]] = field(default_factory=list)  # short forms, joined at the end
    unverified: set[str] = field(default_factory=set)

    def add(self, m: Mention, evidence: str):
        if m.short:
            self.pending_short.append((m, evidence))
            return
        key = _name_key(m.name)
        if m.unverified and key not in self.people:
            self.unverified.add(key)
        elif not m.unverified:
            self.unverified.discard(key)
        person = self.people.get(key)
        if person is None:
            person = self.people[key] = Official(name=m.name)
            self.first_seen[key] = (m.start, m.end, evidence)
            self.order.append(key)
        _merge(person, m)

    def join_short_forms(self):
        """Short forms join the full name they end with (the latest one mentioned before them)."""
        people = self.people
        for m, evidence in self.pending_short:
            candidates = [k for k in self.order if _matches_short(m.name, people[k].name)
                          and (people[k].mentions and people[k].mentions[0][0] < m.start)]
            if not candidates:
                candidates = [k for k in self.order if _matches_short(m.name, people[k].name)]
            if not candidates and m.honorific and m.titles:
                # `Cô Minh Thủy, tổ trưởng môn Ngữ văn ...`: the article never gives the full name
                m.short = False
                self.add(m, evidence)
                continue
            if candidates:
                best = max(candidates, key=lambda k: max(s for s, _ in people[k].mentions if s < m.start)
                           if any(s < m.start for s, _ in people[k].mentions) else -1)
                _merge(people[best], m)

    def join_name_tails(self):
        """`Bộ trưởng Kim Tiến` after `Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến`, `Thủ tướng Hun Sen` after `Thủ tướng
        Campuchia Samdech Hun Sen`: a name of two words or more that ends one other person's longer name, and shares a
        post with that person, is the same person (its words read as a full name, so no short form joined it)."""
        people = self.people
        for key in list(self.order):
            longer = [k for k in self.order if k != key and _matches_short(people[key].name, people[k].name)]
            if len(longer) != 1 or len(key.split()) < MIN_TAIL_NAME_WORDS:
                continue
            short, full = people[key], people[longer[0]]
            prefix = fold(full.name[:len(full.name) - len(short.name)].strip())
            if any(prefix in fold(t) for t in full.titles + short.titles):
                continue  # `Chủ tịch Samsung` + `Samsung Lee Kun-hee`: the longer name holds the post's body
            if not any(_same_post(post_key(a), post_key(b)) for a in short.titles for b in full.titles):
                continue  # `Giám đốc Fossil Việt Nam` Kiều Trang, `Giám đốc Facebook Việt Nam` Lê Diệp Kiều Trang
            full.mentions = sorted(full.mentions + short.mentions)
            for t, former in zip(short.titles, short.titles_former):
                _add_title(full, t, former)
            full.roles |= short.roles
            full.deceased = full.deceased or short.deceased
            del people[key]
            self.order.remove(key)
            self.unverified.discard(key)


_TRIGGER_HASHES: dict[int, object] = {}


def _trigger_offsets(doc: Doc) -> list[int]:
    """Character offsets of the words that may open a post, rank or honorific (vectorised)."""
    import numpy as np

    strings = doc.vocab.strings
    hashes = _TRIGGER_HASHES.get(id(strings))
    if hashes is None:  # once per vocabulary, not once per article; sorted for `searchsorted`
        # (sorted in Python: `np.unique` imports numpy.ma, ~0.02 s of every run's start-up)
        hashes = _TRIGGER_HASHES[id(strings)] = np.array(sorted({strings.add(w) for w in TRIGGER_WORDS}),
                                                         dtype=np.uint64)
    arr = token_array(doc)
    norms = arr[:, NORM_COL]
    # A binary search of each norm in the few trigger hashes: `np.isin` would sort the article's norms.
    at = np.minimum(np.searchsorted(hashes, norms), len(hashes) - 1)
    hits = hashes[at] == norms
    return arr[hits, IDX_COL].tolist()


def _name_key(name: str) -> str:
    return fold(name)


def _matches_short(short: str, full: str) -> bool:
    s, f = fold(short).split(), fold(full).split()
    return len(s) < len(f) and f[-len(s):] == s


def extract(doc: Doc) -> list[dict]:
    """The article's officials as rows (first full mention's span and sentence); `doc._.officials` the Officials."""
    triggers = _trigger_offsets(doc)
    if not triggers:
        doc._.officials = []
        return []
    found = _read_sentences(doc, triggers)
    found.join_short_forms()
    found.join_name_tails()
    people = found.people
    # `cố Thủ tướng Võ Văn Kiệt` named once: a historical figure named in passing (one the article is about is
    # named again)
    officials = [people[k] for k in found.order if people[k].titles
                 and not (people[k].deceased and len(people[k].mentions) == 1)
                 and (k not in found.unverified or _called_by_honorific(doc.text, people[k].name)
                      or _foreign_person(people[k]))]
    _expand_defined_abbreviations(doc.text, officials)
    _party_bodies_of_the_company(officials)
    _complete_bare_posts(doc.text, officials)
    _complete_assembly_delegates(doc.text, officials)
    _add_group_posts(doc, officials)
    doc._.officials = officials
    rows = []
    for p in officials:
        start, end, evidence = found.first_seen[_name_key(p.name)]
        rows.append({
            "name": p.name, "titles": p.titles, "titles_former": p.titles_former, "roles": sorted(p.roles),
            "mentions": len(p.mentions),
            "start": start, "end": end, "text": doc.text[start:end], "evidence": evidence,
        })
    return rows


def _read_sentences(doc: Doc, triggers: list[int]) -> _People:
    """The mentions of every sentence holding a trigger word, outside the page furniture."""
    layout = doc._.layout
    found = _People()
    t = 0
    table = token_table(doc)
    for sent in doc._.sentence_bounds:
        s_start, s_end = sent[2], sent[3]
        while t < len(triggers) and triggers[t] < s_start:
            t += 1
        if t >= len(triggers):
            break
        if triggers[t] >= s_end:
            continue  # no post, rank or honorific in this sentence
        if layout is not None and layout.is_furniture(s_start, s_end):
            continue
        units = sentence_units(doc, sent, table)
        if not units:
            continue
        evidence = doc.text[s_start:s_end].strip()
        for m in find_mentions(doc, sent, units):
            if layout is not None and layout.is_furniture(m.start, m.end):
                continue
            found.add(m, evidence)
    return found


def _abbreviation_definitions(text: str) -> dict[str, str]:
    """`Ban Quản lý dự án các công trình điện miền Trung (CPMB)`: the article's own abbreviations, each
    with the organisation's name written before its bracket (from an organisation word on)."""
    found: dict[str, str] = {}
    for m in _DEFINED_ABBREVIATION.finditer(text):
        if m.group(1) in ABBREVIATIONS or m.group(1) in found:
            continue
        before = _CLAUSE_BREAK.split(text[max(0, m.start() - DEFINITION_LOOKBACK_CHARS):m.start()])[-1].split()
        spelled = _spelled_by_initials(m.group(1), before)
        if spelled:  # `... Phát triển doanh nghiệp (DN)`: DN stands for `doanh nghiệp`, not the whole body
            found[m.group(1)] = spelled
            continue
        for n in range(max(0, len(before) - MAX_DEFINITION_WORDS), len(before)):
            for width in range(MAX_ORG_HEAD_WORDS, 0, -1):
                head = " ".join(before[n:n + width])
                if head[:1].isupper() and fold(head) in _DEFINITION_HEADS and n + width < len(before):
                    found[m.group(1)] = " ".join(before[n:])
                    break
            if m.group(1) in found:
                break
    return found


def _spelled_by_initials(abbreviation: str, before: list[str]) -> str:
    """The last words before a bracket whose initials spell the abbreviation (`doanh nghiệp` for `DN`), else ''."""
    letters = [c for c in abbreviation if c.isalpha()]
    words = before[-len(letters):] if len(letters) <= len(before) else []
    if words and [w[0].upper() for w in words] == letters:
        return " ".join(words)
    return ""


def _expand_defined_abbreviations(text: str, officials: list[Official]):
    """A title naming its body by an abbreviation the article defines (`Giám đốc CPMB`) gets the name."""
    unknown = {w for p in officials for t in p.titles for w in _CAPS_WORD.findall(t) if w not in ABBREVIATIONS
               and w not in TITLE_KEPT_ABBREVIATIONS}
    if not unknown:
        return
    defined = {k: v for k, v in _abbreviation_definitions(text).items() if k in unknown}
    for p in officials:
        for i, t in enumerate(p.titles):
            for abbr, name in defined.items():
                if name not in t:  # not inside a longer code (`PVC-KB`, `PVC.KBC`: another company)
                    t = _with_defined_name(t, abbr, name)
            p.titles[i] = t


def _with_defined_name(title: str, abbr: str, name: str) -> str:
    """The title with the abbreviation written as the name it stands for; the words before it that already open that
    name are said once (`Viện trưởng Viện Kỹ thuật PK-KQ` -> `Viện trưởng Viện Kỹ thuật Phòng không – Không quân`,
    `Tổng Công ty PTSC` -> `Tổng Công ty Cổ phần Dịch vụ Kỹ thuật Dầu khí Việt Nam`)."""
    m = re.search(rf"(?<![\w.-]){re.escape(abbr)}(?![\w]|[.-]\w)", title)
    if m is None:
        return title
    before, named = title[:m.start()].split(), fold(name).split()
    opening = next((k for k in range(min(len(before), len(named) - 1), 0, -1)
                    if fold(" ".join(before[-k:])).split() == named[:k]), 0)
    head = " ".join(before[:len(before) - opening] + [name])
    return head + _with_defined_name(title[m.end():], abbr, name) if m.end() < len(title) else head


_BOARD_UNDER_BODY = [(len(body.split()), len(board.split()), f" {body} {board} ") for body in BODIES_OF_THE_NEXT_POST
                     if body not in COMPANY_BOARDS for board in COMPANY_BOARDS]


def _party_bodies_of_the_company(officials: list[Official]):
    """`Bí thư Đảng ủy Hội đồng thành viên Tập đoàn X` (the next post's body taken whole) -> `Bí thư Đảng ủy Tập đoàn X`:
    a party committee or trade union is the company's, not its board's."""
    for p in officials:
        for i, t in enumerate(p.titles):
            folded = f" {fold(t)} "
            for body_words, board_words, phrase in _BOARD_UNDER_BODY:
                at = folded.find(phrase)
                if at >= 0 and folded[at + len(phrase):].strip():  # the company's name follows the board
                    words, k = t.split(), len(folded[:at].split()) + body_words
                    p.titles[i] = " ".join(words[:k] + words[k + board_words:])
                    break
        kept = [i for i, t in enumerate(p.titles) if t not in p.titles[:i]]  # the post may now be written twice
        if len(kept) < len(p.titles):
            p.titles_former = [any(f for t, f in zip(p.titles, p.titles_former) if t == p.titles[i]) for i in kept]
            p.titles = [p.titles[i] for i in kept]


def _complete_bare_posts(text: str, officials: list[Official]):
    """A bare `Đại biểu` in an article on the National Assembly (and on no other assembly) is `Đại biểu Quốc hội`."""
    folded = None  # the whole text is folded only when some title is a bare post (few articles)
    for post, rule in BARE_POST_BODIES.items():
        if not any(fold(t) == post for p in officials for t in p.titles):
            continue
        if folded is None:
            folded = fold(text)
        if not any(c in folded for c in rule["cues"]) or any(c in folded for c in rule["rival_cues"]):
            continue
        for p in officials:
            for i, t in enumerate(p.titles):
                full = f"{t} {rule['body']}"
                if fold(t) == post and full not in p.titles:
                    p.titles[i] = full


def _complete_assembly_delegates(text: str, officials: list[Official]):
    """A bare `Đại biểu` in an article on one local assembly (`kỳ họp HĐND TP.HCM`), and on no other body a delegate
    sits in, is a delegate of that assembly: `Đại biểu Hội đồng nhân dân Thành phố Hồ Chí Minh`."""
    bare = [(p, i) for p in officials for i, t in enumerate(p.titles) if fold(t) in ASSEMBLY["posts"]]
    if not bare or any(c in fold(text) for c in ASSEMBLY["rival_cues"]):
        return
    places = {}
    for m in _ASSEMBLY_PLACE.finditer(text):
        place = _place_of_words(m.group(1).split())
        if place:
            places.setdefault(fold(place), place)
    if len(places) != 1:
        return  # no place, or several assemblies: which one a delegate sits in is not settled
    title = f"{ASSEMBLY['title']} {next(iter(places.values()))}"
    for p, i in bare:
        if title not in p.titles:
            p.titles[i] = title


def _add_group_posts(doc: Doc, officials: list[Official]):
    """`Đoàn kiểm tra do ông X, ..., làm trưởng đoàn`: X's post in the group, `Trưởng đoàn kiểm tra`."""
    given = group_posts(doc, [p.name for p in officials])
    for p in officials:
        for title in given.get(fold(p.name), ()):
            if not any(_same_post(post_key(t), post_key(title)) for t in p.titles):
                p.titles.append(title)
                p.titles_former.append(False)


def _place_of_words(words: list[str]) -> str:
    """The place the words after an assembly's name open with, as a title writes it (`TP.HCM` -> `Thành phố Hồ Chí
    Minh`, `tỉnh Bình Định`, `Hà Nội`), else ''."""
    words = [w.rstrip(".") if w not in ABBREVIATIONS else w for w in words]
    for n in range(len(words), 0, -1):
        written = " ".join(words[:n])
        expanded = ABBREVIATIONS.get(written) or " ".join([ABBREVIATIONS.get(words[0], words[0])] + words[1:n])
        level = next((w for w in _ADMIN_WORDS if fold(expanded).startswith(w + " ")), "")
        name = expanded[len(level):].strip()
        if name[:1].isupper() and is_place_name(name):
            return expanded
    return ""


def _foreign_person(p: Official) -> bool:
    """`thẩm phán James Robart`, `Chủ tịch Florentino Perez`: a name in Latin letters that Vietnamese cannot spell,
    after a post that does not end on an organisation's word (`giám đốc Trung tâm Carnegie Moscow`, `Tập đoàn Thai
    Group` name organisations) and holding no place, is a person even where the article never writes `ông X`."""
    words = p.name.replace("-", " ").split()
    return is_foreign_name(p.name) and not any(is_place_name(w) or fold(w) in FOREIGN_ORG_WORDS for w in words) \
        and not any(
        fold(" ".join(t.split()[-n:])) in _DEFINITION_HEADS for t in p.titles for n in range(1, MAX_ORG_HEAD_WORDS + 1))


def _called_by_honorific(text: str, name: str) -> bool:
    """`ông Comey` somewhere in the article: `James Comey` is a person, not a club or a brand."""
    last = name.split()[-1]
    return re.search(rf"(?:\b[Ôô]ng|\b[Bb]à|\b[Nn]gài)\s+(?:[{VI_UPPER}][\w'-]*\s+)*" + re.escape(last) + r"\b",
                     text) is not None


def _merge(person: Official, m: Mention):
    person.mentions.append((m.start, m.end))
    person.roles |= m.roles
    person.deceased = person.deceased or m.deceased
    for t, former in zip(m.titles, m.former):
        _add_title(person, t, former)


def _add_title(person: Official, t: str, former: bool):
    folded = post_key(t)
    # `Chủ tịch Ủy ban nhân dân huyện` and `Chủ tịch Ủy ban nhân dân huyện Đầm Hà` are one post.
    same = [i for i, old in enumerate(person.titles) if _same_post(post_key(old), folded)]
    if not same:
        person.titles.append(t)
        person.titles_former.append(former)
        return
    if len(t) > len(person.titles[same[0]]):
        person.titles[same[0]] = t
    person.titles_former[same[0]] = person.titles_former[same[0]] or former  # once former, former


def _same_post(a: str, b: str) -> bool:
    """Two post keys of one person name one post (`của` aside): equal, one the other's start, or one the other with the body
    a post at a place alone stands for (`phó chủ tịch hồ chí minh` ~ `phó chủ tịch ủy ban nhân dân hồ chí minh`)."""
    a, b = a.replace(" của ", " "), b.replace(" của ", " ")  # `Người phát ngôn (của) Hải quân Indonesia`
    if a == b or a.startswith(b + " ") or b.startswith(a + " "):
        return True
    for word in STANDING:  # `Phó Thủ tướng Chính phủ` ~ `Phó Thủ tướng Thường trực Chính phủ`
        if f" {a} ".replace(f" {word} ", " ", 1).strip() == b or f" {b} ".replace(f" {word} ", " ", 1).strip() == a:
            return True
    for body in (POST_IMPLIED_BODY, *POST_IMPLIED_PARTY_BODIES):
        body = f" {body} "
        if f" {a} ".replace(body, " ", 1).strip() == b or f" {b} ".replace(body, " ", 1).strip() == a:
            return True
    return False
