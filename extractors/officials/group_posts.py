"""Posts in a group given with `làm`: `Đoàn kiểm tra do ông X, Phó Cục trưởng ..., làm trưởng đoàn` makes X
`Trưởng đoàn kiểm tra`, `Tổ công tác do ông Y làm tổ trưởng` makes Y `Tổ trưởng Tổ công tác`.

The group is the one the sentence names before `do` / `gồm` (`Đoàn công tác của Bộ Xây dựng do ...`); a later
sentence that opens on a person given the same kind of post (`Ông Z - Cục trưởng ... làm phó đoàn`) speaks of the
article's last such group. Only people the article already gives a post are read: a name with nothing but a rank or
an honorific before it (`do Trung úy X làm tổ trưởng`) stays no row.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from vnextract.extractors.lexicon import alternation, load_json
from vnextract.extractors.normalize import fold
from vnextract.extractors.officials.bodies import comma_inside_name
from vnextract.extractors.officials.names import is_capitalised
from vnextract.extractors.officials.titles import canonical_title
from vnextract.extractors.officials.units import Unit, phrase_at, sentence_units, token_table
from vnextract.extractors.officials.vocabulary import HONORIFICS

GROUP_POSTS = {fold(k): v for k, v in load_json("officials.json")["group_posts"].items()}
_GROUP_POST_KEYS = frozenset(GROUP_POSTS)
GIVEN_AS = "làm"
GROUP_LEADS = frozenset({"do", "gồm"})  # `Đoàn X do ông Y ...`, `Thành phần đoàn X gồm ông Y ...`
_CUE = re.compile(rf"(?<!\w){GIVEN_AS}\s+(?:{alternation(sorted(GROUP_POSTS))})(?!\w)", re.IGNORECASE)
MAX_GROUP_UNITS = 10       # `Đoàn công tác của Bộ Nông nghiệp và Phát triển nông thôn`: the group's name
MAX_LEAD_TO_NAME_UNITS = 8  # `do` + `Phó Giám đốc Sở Nội vụ` + the name: a post may stand before the name
_TENSE_WORDS = frozenset({"sẽ", "đã", "được", "vừa"})  # between a group's name and its `do`
_GROUP_BREAKS = frozenset({",", ";", ":", "(", ")", ".", "\"", "“", "”", "-", "–"})
_CLAUSE_BREAKS = frozenset({",", ";", ":"})  # a dash or a bracket sets off a post; a second comma opens a clause
MAX_APPOSITION_UNITS = 25  # `Ông Z - Quyền Cục trưởng - Cục ... (Tổng cục ...)` + `làm phó đoàn`


def group_posts(doc: Doc, names: list[str]) -> dict[str, list[str]]:
    """Folded name -> the group posts the article gives that person with `làm`."""
    if not names or not _CUE.search(doc.text):
        return {}
    known = {fold(n) for n in names}
    table = token_table(doc)
    found: dict[str, list[str]] = {}
    last_group: dict[str, list[Unit]] = {}  # a group word -> the article's last group of that kind
    for sent in doc._.sentence_bounds:
        if not _CUE.search(doc.text, sent[2], sent[3]):
            continue
        units = sentence_units(doc, sent, table)
        for k, u in enumerate(units):
            n = phrase_at(units, k + 1, _GROUP_POST_KEYS) if u.key == GIVEN_AS else 0
            if not n or k + 1 + n < len(units) and is_capitalised(units[k + 1 + n].text):
                continue  # `làm Trưởng đoàn Đại biểu Quốc hội ...`: the post is written whole
            post = GROUP_POSTS[" ".join(x.key for x in units[k + 1:k + 1 + n])]
            person = next((p for p in range(k - 1, -1, -1) if fold(units[p].text) in known), None)
            if person is None:
                continue
            group = _group_before(units, person, post["group"])
            if group:
                last_group[post["group"]] = group
            elif _opens_clause(units, person) and _apposition_only(units, person, k):
                group = last_group.get(post["group"])
            if group:
                title = _title(post, group, doc.text)
                titles = found.setdefault(fold(units[person].text), [])
                if title and title not in titles:
                    titles.append(title)
    return found


def _group_before(units: list[Unit], person: int, word: str) -> list[Unit]:
    """The group named before the `do`/`gồm` that leads to the person: its units, else []."""
    lead = next((d for d in range(person - 1, max(-1, person - 1 - MAX_LEAD_TO_NAME_UNITS), -1)
                 if units[d].key in GROUP_LEADS), None)
    if lead is None:
        return []
    end = lead
    while end > 0 and units[end - 1].key in _TENSE_WORDS:
        end -= 1  # `Ban chỉ đạo ... sẽ` + `do`
    for g in range(end - 1, max(-1, end - 1 - MAX_GROUP_UNITS), -1):
        if units[g].key in _GROUP_BREAKS and not comma_inside_name(units, g):  # `Bộ Văn hóa, Thể thao và Du lịch`
            return []
        if units[g].key == word or units[g].key.startswith(word + " "):  # `Tổ công tác` may be one word
            # `Đoàn thanh tra` + `gồm 6 thành viên do ...`: what the group holds is no part of its name
            end = next((m for m in range(g + 1, end) if units[m].key in GROUP_LEADS or units[m].text[:1].isdigit()), end)
            return units[g:end] if end - g > 1 else []  # a bare `Đoàn do ...` names no group
    return []


def _opens_clause(units: list[Unit], person: int) -> bool:
    """The person opens the sentence (`Ông Z - Cục trưởng ... làm phó đoàn`), maybe after a quotation mark."""
    before = [u for u in units[:person] if u.key not in ("\"", "“", "”")]
    return not before or len(before) == 1 and before[0].key in HONORIFICS


def _apposition_only(units: list[Unit], person: int, cue: int) -> bool:
    """Between the person and `làm` at most their post, set off once (`Ông Z - Cục trưởng ... làm phó đoàn`): not a
    clause of their own (`Ông Y, Chủ tịch UBND huyện, yêu cầu mỗi xã ... Phó Chủ tịch UBND xã làm tổ trưởng`)."""
    between = units[person + 1:cue]
    return len(between) <= MAX_APPOSITION_UNITS and sum(u.key in _CLAUSE_BREAKS for u in between) <= 1


def _title(post: dict, group: list[Unit], text: str) -> str:
    """`Trưởng đoàn` + `kiểm tra`, `Tổ trưởng` + `Tổ công tác`: the post and the group's name, canonical."""
    name = canonical_title(group, False, text)
    if not post["keeps_group_word"]:
        name = name.split(" ", 1)[1] if " " in name else ""
    elif name:
        name = name[0].upper() + name[1:]
    return f"{post['title']} {name}".strip() if name else ""
