"""Layout: which parts of an article are headline, body, page furniture and byline.

Site banners (`Chủ đề công tác năm 2020: ...`), page dates (`13` / `Thứ 5, 08`), category labels
(`Văn hoá - Xã hội`), lone photo numbers, photo credits and the byline are not body text: the
other extractors skip them (`Layout.is_furniture`) and the article row takes its title and authors
from here.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from vnextract.extractors import gazetteer
from vnextract.extractors.lexicon import load_json, load_lines
from vnextract.extractors.normalize import VI_LOWER, VI_UPPER, fold

_LEX = load_json("layout.json")
_BANNERS = tuple(_LEX["banner_prefixes"])
_CATEGORIES = frozenset(_LEX["category_labels"])
_PHOTO = tuple(_LEX["photo_credit_prefixes"])
_SOURCE = tuple(_LEX["source_prefixes"])
_REPORTER = frozenset(_LEX["byline_reporter_words"])
_ROLE_PREFIXES = frozenset(_LEX["byline_role_prefixes"])
_PLACE_ABBREVIATIONS = frozenset(_LEX["place_abbreviations"])
_SITES = tuple(_LEX["byline_site_suffixes"])
_OUTLETS = frozenset(_LEX["outlets"])
_REGIONS = frozenset(_LEX["regions"])
_NOT_BYLINE_OPENERS = frozenset(_LEX["not_byline_openers"])
_AUTHOR_PREFIXES = tuple(sorted(_LEX["author_prefixes"], key=len, reverse=True))
_HEADLINE_MAX = _LEX["headline_max_chars"]
_RESTATED_MIN_WORDS = int(_LEX["restated_headline_min_words"])
_RESTATED_SHARE = float(_LEX["restated_headline_share"])
_CAPTION_CUES = tuple(_LEX["caption_cues"])
_CAPTION_CREDIT = re.compile(_LEX["caption_credit_pattern"])
_LEAD_OPENERS = tuple(re.compile(p) for p in _LEX["lead_opener_patterns"])
_CONNECTIVE = re.compile(r"^(?:" + "|".join(re.escape(c) for c in _LEX["lead_connectives"]) + r")\b\s*,?")
# `TTO - Chiều 29/4, ...`: an outlet's code and a dash open a lead (the code is checked against the lexicon).
_DATELINE = re.compile(r"^\(?([^\s()\-–]{2,12})\)?\s*[-–]")
_DATELINE_CODES = frozenset(_LEX["dateline_codes"])
_TRAILING_NOTES = tuple(sorted(_LEX["trailing_notes"], key=len, reverse=True))
# A sentence ends inside the line: `... năm 2012. Người đẹp ...` (not `TP. HCM`, not `vì... CĐV`).
_INNER_SENTENCE_END = re.compile(rf"(?<![.])(?:\b[{VI_LOWER}]{{2,}}|\d|[\"”)])[.!](?!\.)\s+[\"“]?[{VI_UPPER}]")
_FINAL_PERIOD = re.compile(r"(?<![.])[.:;,]$")
_WORD = re.compile(r"\w+")
_CAPTION = re.compile(r"\((?:Ảnh|ảnh|Nguồn|Video|Clip)\s*:[^()]*\)\.?\s*$")
# `Minh PhươngTheo Reuters`: a byline glued to the source line after it.
_GLUED_THEO = re.compile(rf"^(.*?[{VI_LOWER}])Theo\s+\S.*$")
# `Theo Ngọc HàVietNamNet`, `Minh PhươngTổng hợp`: the outlet glued after the name, at the first
# lower-to-upper case step.
_GLUE_STEP = re.compile(rf"[{VI_LOWER}](?=[{VI_UPPER}])")
# What may follow a byline on its line: a source (`Trí Kiên Theo Đời sống Plus`, `QUẾ LÂM (Theo RT,
# ...)`) or a photo credit (`Ngát Ngọc Ảnh: Chung Hung Thanh`).
_CREDIT_AFTER_BYLINE = re.compile(rf"\s*(?:\(\s*)?(?:Theo\s+(?=[{VI_UPPER}\d])|(?:Ảnh|ẢNH|Nguồn|NGUỒN)\s*:)")
_CREDIT_WORDS = ("Theo", "Ảnh", "ẢNH", "Nguồn", "NGUỒN")  # one of them in a line, or no match: the cheap test

_LONE_NUMBER = re.compile(r"\d{1,3}")
_PAGE_DATE = re.compile(
    r"(?:thứ\s*(?:" + "|".join(_LEX["page_date_weekdays"]) + r"|\d)|chủ\s*nhật)\s*,?\s*\d{1,2}(?:[/.-]\d{1,2}(?:[/.-]\d{2,4})?)?"
    r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?")
# One name in a byline: capitalised syllables (`Lan Ánh`, `Phạm Tuấn`), or initials (`T.H`, `N.A`).
_NAME_WORD = rf"[{VI_UPPER}][{VI_LOWER}]+"
_UPPER_WORD = rf"[{VI_UPPER}]{{2,}}"
_BYLINE_NAME = re.compile(rf"(?:{_NAME_WORD})(?:\s+{_NAME_WORD}){{0,4}}|(?:{_UPPER_WORD})(?:\s+{_UPPER_WORD}){{1,4}}"
                          rf"|[A-ZĐ](?:\.\s?[A-ZĐ]){{1,3}}\.?|(?:[A-ZĐ][a-zđ]?\.\s?){{1,2}}{_NAME_WORD}(?:\s+{_NAME_WORD})?")
_SURNAMES = frozenset(fold(w) for w in load_lines("surnames.txt"))
# `(Trung tâm TT&VH)`, `(Tổng hợp) (Khám phá)`: where the author works or what the text is, after the names
_TRAILING_BRACKETS = re.compile(r"(?:\s*\([^()]*\))+\s*$")
_PADDED_SEPARATOR = re.compile(r"\s+([-–—/,;])\s+")
_BYLINE_SPLIT = re.compile(r"\s*(?:\s[-–—]\s|[-–—]|,|;|/|\s+và\s+)\s*")
_SENTENCE_END = re.compile(r"(?:[.!?…]|/\.)[\"”’)]*\s+")
_BYLINE_NOTES = tuple(_LEX["byline_notes"])
_GLUED_BLOCKERS = frozenset(_LEX["glued_byline_blockers"])
# A whole line folded, memoised: the same line is read as a headline, a byline and a note in turn, and lines
# are too long for `fold`'s own memo.
_fold_line = functools.lru_cache(maxsize=64)(fold)
# `... Chủ tịch Nguyễn Đức Chung nhấn mạnh Nam Phong`: a name glued to an unpunctuated last sentence.
_NAME_BEFORE_OUTLET = re.compile(rf"(?<![\w])((?:{_NAME_WORD})(?:\s+{_NAME_WORD}){{1,2}})\s*/\s*([^/\s][^/]{{0,25}})$")
_GLUED_NAME = re.compile(rf"(?<=[{VI_LOWER}:>])\s+((?:{_NAME_WORD})(?:\s+{_NAME_WORD}){{1,2}})$")


@dataclass
class Layout:
    lines: list[tuple[int, int]] = field(default_factory=list)  # non-empty lines, whitespace trimmed
    headline: tuple[int, int] | None = None  # the headline as it stands in the text, if it does
    title: str | None = None                 # the article's title (input field, else the headline)
    furniture: list[tuple[int, int]] = field(default_factory=list)
    byline: tuple[int, int] | None = None
    authors: list[str] = field(default_factory=list)

    def is_furniture(self, start: int, end: int | None = None) -> bool:
        """True when [start, end) lies inside a banner, page date, label, credit or byline."""
        end = start + 1 if end is None else end
        return any(a <= start and end <= b for a, b in self.furniture)

    @property
    def body_start(self) -> int:
        return self.headline[1] if self.headline else 0


def line_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            spans.append((pos + lead, pos + lead + len(stripped)))
        pos += len(line) + 1
    return spans


def furniture_kind(line: str, position: int) -> str | None:
    """Why a whole line is page furniture, or None. `position` is its index among non-empty lines."""
    key = _fold_line(line).rstrip(" .:")
    if _LONE_NUMBER.fullmatch(key):
        return "photo number"
    if _PAGE_DATE.fullmatch(key):
        return "page date"
    if key in _CATEGORIES:
        return "category label"
    if position < 3 and key.startswith(_BANNERS):
        return "site banner"
    if key.startswith(_PHOTO) and len(key.split()) <= 10 and (key.startswith("ảnh:") or key.startswith("ảnh ")):
        return "photo credit"
    if _CAPTION.search(line):
        return "photo caption"
    return None


def is_headline(line: str, following: str) -> bool:
    """Whether an untitled text's first line is its headline rather than body text (a lead, a caption).

    A headline is short and one phrase; it carries no photo cue (`Ảnh:`), does not open like a lead
    (`(Dân trí) -`, `Ngày 25/4, ...`) and does not end like a caption (`..., hôm 18/4`). A line ending in a
    full stop is a sentence: a headline only when the lead right after restates it."""
    s = line.strip()
    key = _fold_line(s)
    if len(s) > _HEADLINE_MAX or any(cue in key for cue in _CAPTION_CUES) or _CAPTION_CREDIT.search(key):
        return False
    if any(p.search(key) for p in _LEAD_OPENERS) or _CONNECTIVE.match(key) or _INNER_SENTENCE_END.search(s):
        return False
    if (dateline := _DATELINE.match(key)) and dateline.group(1) in _DATELINE_CODES:
        return False
    if _FINAL_PERIOD.search(s):
        return restated_by(s, following) and _restated_by_first_sentence(s, following) and not _ends_in_person(s)
    return True


def _restated_by_first_sentence(line: str, following: str) -> bool:
    """True when the lead's first sentence restates the whole line (`UBND huyện tổ chức hội nghị ...` /
    `Chiều ngày 26/10, UBND huyện đã tổ chức hội nghị ...`): one run of the line's words, one word perhaps
    inserted; a dantri caption or lead is restated later or in part (`Trụ sở Cục Thi hành án ...` /
    `... công trình trụ sở làm việc Cục Thi hành án ...`)."""
    words = [w.lower() for w in _WORD.findall(line)]
    if len(words) < _RESTATED_MIN_WORDS:
        return False
    first = _SENTENCE_END.split(following.lstrip().split("\n", 1)[0], maxsplit=1)[0]
    after = [w.lower() for w in _WORD.findall(first)]
    best = 0
    for i, w in enumerate(after):
        if w != words[0] and w != words[1]:  # the line's first word may be left out
            continue
        j = 0 if w == words[0] else 1
        n, skipped, k = 0, False, i
        while k < len(after) and j < len(words):
            if after[k] == words[j]:
                n, j = n + 1, j + 1
            elif skipped:
                break
            else:
                skipped = True
            k += 1
        best = max(best, n)
    return best >= _RESTATED_SHARE * len(words)


def _ends_in_person(line: str) -> bool:
    """A caption naming the person in the photo: its title words, then a full name of three syllables or
    more whose first is a surname (`CEO Bkav Nguyễn Tử Quảng.`); not a place (`... tại TP Hồ Chí Minh.`)."""
    words = line.rstrip(" .").split()
    for size in (3, 4):
        name = words[-size:]
        if len(words) > size and all(w[:1].isupper() for w in name) and fold(name[0]) in _SURNAMES \
                and not gazetteer.is_place(" ".join(name)):
            return True
    return False


def restated_by(line: str, following: str) -> bool:
    """True when most of `line` recurs word for word in one run at the start of `following`."""
    words = [w.lower() for w in _WORD.findall(line)]
    after = [w.lower() for w in _WORD.findall(following[:600])]
    if len(words) < 4:
        return False
    # The longest common run of words, from each pair of equal words only: a run starts at one, and comparing
    # every pair of positions cost several milliseconds per untitled article.
    positions: dict[str, list[int]] = {}
    for j, w in enumerate(words):
        positions.setdefault(w, []).append(j)
    best = 0
    for i, w in enumerate(after):
        for j in positions.get(w, ()):
            n = 1
            while i + n < len(after) and j + n < len(words) and after[i + n] == words[j + n]:
                n += 1
            best = max(best, n)
    return best >= 0.6 * len(words)


def parse_byline(raw: str, own_line: bool = False) -> list[str] | None:
    """Author names in a byline (`Lan Ánh - Phạm Tuấn`, `Mai Thắm (Trung tâm TT&VH)`), else None.

    A byline glued to the last sentence may be printed twice (`... trái phép. Minh Minh`, `N.Tùng N.Tùng`);
    on a line of its own two equal words are one pen name (`Nguyễn Nguyễn`): `own_line` says which."""
    s = _strip_trailing_note(raw.strip()).strip(".")
    half = len(s) // 2
    if len(s) % 2 == 1 and s[:half] == s[half + 1:] and s[half] == " " \
            and not (own_line and " " not in s[:half] and "/" not in s[:half]):
        s = s[:half]  # `Lê Hiếu/VOV-Miền Trung Lê Hiếu/VOV-Miền Trung`: the byline printed twice
    # a digit only in the outlet's bracket of a source line (`Theo Minh Hùng (Thể thao 247)`); elsewhere
    # it is no byline (`Lê Văn B (35 tuổi)`: a caption)
    digits_checked = _TRAILING_BRACKETS.sub("", s) if s.startswith("Theo ") else s
    if not s or len(s) > 90 or any(c.isdigit() for c in digits_checked):
        return None
    s = _names_part(s)
    low = fold(s)
    if low.split(" ", 1)[0] in _NOT_BYLINE_OPENERS or low.startswith(_PHOTO):
        return None  # `Ông Nguyễn Xuân Thụy, Chủ tịch ...` (a caption naming a person), `Ảnh Zing Đức Long` (a credit)
    for note in _BYLINE_NOTES:  # `(Còn nữa) Diệu Bình`: the series goes on; the names follow
        if low.startswith(note):
            s = s[len(note):].strip()
            low = fold(s)
            break
    for prefix in _AUTHOR_PREFIXES:  # `Tin, ảnh: Quốc Chiến`: the writer took the photos too
        if low.startswith(prefix):
            s = s[len(prefix):].strip()
            break
    parts = [p for p in _BYLINE_SPLIT.split(s) if p]
    # A trailing site name (`Hiephoa.gov`, `baoquangninh.vn`) is a source, not an author.
    while parts and (fold(parts[-1]).endswith(_SITES) or "." in parts[-1] and " " not in parts[-1] and
                     parts[-1][0].islower()):
        parts.pop()
    names = []
    for p in parts:
        key = fold(p)
        if names and key in _OUTLETS:
            break  # `Hồng Anh/VOV-Trung tâm Tin Sputnik`: what follows the outlet is its desk, not a name
        if key in _REPORTER or key in _OUTLETS or key in _REGIONS:
            continue
        role, _, rest = p.partition(" ")
        if fold(role) in _ROLE_PREFIXES and rest:
            p = rest  # `CTV Nhật Minh/VOV.VN`, `PV Đình Thiệu`: the writer's role before the name
        if key.startswith(("theo ",) + _SOURCE):
            continue  # `Nhật Hồng - Theo Dân Trí`, `Nguồn Trí Thức Trẻ`: a source, never an author
        if _BYLINE_NAME.fullmatch(p):
            names.extend(_two_names(p))
        elif names and (re.search(r"\b[A-ZĐ]{2,}\b", p) or fold(p).endswith(_SITES)
                        or key.startswith(("theo ", "báo ", "tạp chí "))):
            break  # `Châu Anh/VOV-Trung tâm Tin`: the outlet after the name
        else:
            return None
    return names or None


def _names_part(byline: str) -> str:
    """The part of a byline that holds its names: without where the author works (`(Trung tâm TT&VH)`),
    a leading `Theo` (`Theo Doãn Công`: the original author; `Theo Theo`: a typo), what follows two
    spaces (`Vân Linh  Vân Linh`, `Nhu Thụy  Daily Mail`) and a source or credit glued on (`Hoàng Cường
    Theo Leftlanenews`)."""
    s = _TRAILING_BRACKETS.sub("", byline)
    s = re.sub(r"^(?:(?:Theo|theo)\s+)+", "", s)
    s = _PADDED_SEPARATOR.sub(r" \1 ", s)  # `Nguyễn An  -  Trần Bình`: padding is no field break
    s = re.split(r"\s{2,}", s)[0]
    credit = _CREDIT_AFTER_BYLINE.search(s, 1)
    return s[:credit.start()] if credit else s


def _two_names(name: str) -> list[str]:
    """`Công Minh Hoàng Giang` -> `Công Minh`, `Hoàng Giang`: four words, the first no surname and the
    third one, are two pen names printed without their dash (a full name starts with its surname)."""
    words = name.split()
    if len(words) == 4 and fold(words[0]) not in _SURNAMES and fold(words[2]) in _SURNAMES:
        return [" ".join(words[:2]), " ".join(words[2:])]
    return [name]


def glued_byline(line: str) -> int | None:
    """Offset of a byline glued to the last sentence, which then has no final stop (`... nhấn mạnh
    Nam Phong`, `... tham khảo Tổng hợp Vũ Hạnh`), or None. Not a name the sentence itself ends with:
    after `ông`, `tỉnh`, `tại`... (a person, a place), nor a place's name (`... tỉnh Tây Ninh`)."""
    m = _GLUED_NAME.search(line)
    if not m or len(line) - len(m.group(1)) < 40:
        return None
    before = line[:m.start(1)].split()
    if before[-1][0].isupper() and not before[-1].endswith(":"):
        return None  # `... Hà Nội Nguyễn Trọng Thông`: the tail of a longer name, a title and a name
    words = [w for w in re.split(r"[\s/\-–]+", fold(" ".join(before))) if w]  # `VOV-Trung tâm`
    if words[-1].rstrip(":") in _GLUED_BLOCKERS or " ".join(words[-2:]) in _GLUED_BLOCKERS:
        return None
    name = m.group(1)
    if gazetteer.is_place(name) or any(gazetteer.is_place(" ".join(name.split()[:n])) for n in (2, 3)):
        return None
    return m.start(1)


def _byline_before_outlet(line: str) -> int | None:
    """Offset of a byline signed with its outlet and glued to whatever ends the text (`... 3,09 tỷ EURO
    Hoàng Yến/VOV.VN`, `... (Ảnh: chinhphu.vn) Minh An/VOV.VN`), or None: two or three name words, the
    word before them no name word (`Tiền đạo: Văn Toàn Trọng Phú/VOV.VN` runs two names together) nor a number."""
    m = _NAME_BEFORE_OUTLET.search(line, max(0, len(line) - 120))  # only the tail: lines are long
    if not m or fold(re.split(r"[\s\-–]+", m.group(2).strip())[0]) not in _OUTLETS:
        return None
    before = line[:m.start(1)].split()
    if before and (re.fullmatch(_NAME_WORD, before[-1]) or before[-1][-1].isdigit()) or gazetteer.is_place(m.group(1)):
        return None  # `... làm việc với Hà Nội/VnExpress`: a place; `con số 32 Hồng Anh/...`: a count's noun
    return m.start(1)


def _is_credit_list(line: str) -> bool:
    """`Ảnh: NAG Nguyễn Á, Minh Chính, Vân Huyền, Lê Xuân Thọ`: a long photo credit, one phrase of
    names (a caption that goes on into body text has sentences)."""
    return _fold_line(line).startswith("ảnh") and ":" in line[:6] \
        and len(line.split()) <= _LEX["credit_list_max_words"] \
        and not _SENTENCE_END.search(line.rstrip(" .") + " ", 0, len(line.rstrip(" .")))


def _strip_trailing_note(line: str) -> str:
    """`Anh Ngọc Xem thêm video:` -> `Anh Ngọc`: a link note glued after the byline."""
    key = _fold_line(line)
    for note in _TRAILING_NOTES:
        if key.endswith(note) and len(key) > len(note):
            return line[:len(line) - len(note)].rstrip(" .:-–")
    return line


def _byline_before_credit(text: str, a: int, b: int):
    """(start, end, names) of a byline followed on its line by a source or a photo credit, or None."""
    line = text[a:b]
    if not any(w in line for w in _CREDIT_WORDS):
        return None
    for m in reversed(list(_CREDIT_AFTER_BYLINE.finditer(text, a, b))):
        if m.start() == a or b - m.end() > _LEX["credit_after_byline_max_chars"]:
            continue
        start = _tail_after_last_sentence(text, a, m.start()) or a
        names = parse_byline(text[start:m.start()])
        if names:
            return start, m.start(), names
    return None


def _byline_glued_to_outlet(line: str) -> tuple[int, list[str]] | None:
    """(end of the names, names) of a short last line `Theo Ngọc HàVietNamNet` / `Minh PhươngTổng hợp` /
    `T.ThủyVideo: Reddit`: a byline with its outlet or a credit glued after the name, or None."""
    step = _GLUE_STEP.search(line) if len(line) <= _LEX["glued_outlet_max_chars"] else None
    if not step:
        return None
    head, tail = line[:step.end()], line[step.end():]
    tail_key = _fold_line(tail).strip(" .")
    source = head.startswith("Theo ") and (" " in head[5:] or "." in head[5:])  # not `Theo McDonald's`
    credit = tail_key.startswith(_PHOTO + _SOURCE) and ":" in tail_key[:12]
    if not (source or credit or tail_key in _OUTLETS) or len(tail.split()) > 5 or _SENTENCE_END.search(tail + " "):
        return None
    names = parse_byline(head)
    return (step.end(), names) if names else None


def _trails_byline(key: str, line: str, above: str) -> bool:
    """Whether the last line is a trailer under the byline line `above`: a source (`Theo DM`, `(theo ABC
    News)`, `(Tổng hợp)`), an editor's note (`* Mọi ý kiến đóng góp ... hộp thư ...`, `Bài viết thể hiện
    quan điểm cá nhân của tác giả`), or the outlet of a source line (`Theo Linh Anh` / `Thế giới & Việt Nam`)."""
    key = key.strip("() ")
    note = key.startswith("*") or key in _OUTLETS or key.rstrip(" .") in _TRAILING_NOTES
    if not (note or key.startswith("theo ") or above.startswith("Theo ")) or not parse_byline(above, True):
        return False
    if note:
        return True
    if key.startswith("theo "):
        return len(key.split()) <= 8 and not _SENTENCE_END.search(line + " ")
    return len(key) <= 40 and len(key.split()) <= 6 and not key.endswith(".") and not any(c.isdigit() for c in key)


def _tail_after_last_sentence(text: str, a: int, b: int) -> int | None:
    """Start of the text after the last sentence end within [a, b), if any."""
    last = None
    for m in _SENTENCE_END.finditer(text, a, b):
        last = m.end()
    return last


def _byline_tail(text: str, a: int, b: int) -> tuple[int, list[str]] | None:
    """(start, names) of a byline glued after the last sentence of the line, or None; the sentence end
    before it may be an abbreviation's dot inside the byline's outlet (`... làm rõ./. Hà Khánh/VOV - TP.
    HCM`), so the tail after the end before that is tried too when it is byline-short."""
    ends = [m for m in _SENTENCE_END.finditer(text, a, b)][-2:]
    for k, m in enumerate(reversed(ends)):
        if k and b - m.end() > _LEX["glued_outlet_max_chars"]:
            break
        # not a place after its prefix's dot: `... làm việc với UBND TP. Hồ Chí Minh` names no writer
        # (`... Trung tâm dữ liệu TP. Nguyễn Cường` does)
        after_prefix = fold(text[max(a, m.start() - 3):m.start() + 1]).split()[-1] in _PLACE_ABBREVIATIONS
        if (names := parse_byline(text[m.end():b])) and not (after_prefix and gazetteer.is_place(text[m.end():b])):
            return m.end(), names
    return None


def read_layout(doc: Doc) -> Layout:
    text = doc.text
    info = doc._.info
    lay = Layout(lines=line_spans(text))
    given_title = (info.title or "").strip() if info else ""

    # Headline: the first line that is not furniture (or the given title where the text repeats it).
    # An untitled text that opens with a photo caption has begun its body: the short line after the
    # caption is a section heading (`Sự trở lại ngoạn mục`), not the headline.
    opened_with_photo = False
    for i, (a, b) in enumerate(lay.lines):
        kind = furniture_kind(text[a:b], i)
        if kind:
            lay.furniture.append((a, b))
            opened_with_photo = opened_with_photo or kind == "photo caption"
            continue
        line = text[a:b]
        if given_title:
            if _fold_line(line).rstrip(" .") == _fold_line(given_title).rstrip(" ."):
                lay.headline = (a, b)
        elif len(lay.lines) > 1 and not opened_with_photo and is_headline(line, text[b:]):
            lay.headline = (a, b)
        break
    if given_title:
        lay.title = given_title
    elif lay.headline:
        lay.title = text[lay.headline[0]:lay.headline[1]]

    # Byline: the last line (or the tail of a one-paragraph body) when it is a list of names.
    for a, b in reversed(lay.lines[-3:]):
        if lay.headline and a <= lay.headline[0]:
            break
        line = text[a:b]
        key = _fold_line(line)
        glued = _GLUED_THEO.match(line) if "Theo" in line else None  # the cheap test first: lines are long
        if glued and parse_byline(glued.group(1)):
            lay.byline = (a, a + len(glued.group(1)))
            lay.authors = parse_byline(glued.group(1))
            lay.furniture.append((a, b))
            break
        glued_outlet = _byline_glued_to_outlet(line) if (a, b) == lay.lines[-1] else None
        if glued_outlet:
            lay.byline, lay.authors = (a, a + glued_outlet[0]), glued_outlet[1]
            lay.furniture.append((a, b))
            break
        if (a, b) == lay.lines[-1] and len(lay.lines) > 1 \
                and _trails_byline(key, line, text[lay.lines[-2][0]:lay.lines[-2][1]]):
            lay.furniture.append((a, b))  # a source, note or outlet under the byline line
            continue
        if key.startswith(_PHOTO) and (len(key.split()) <= 10 or _is_credit_list(line)) \
                or key.startswith(_SOURCE) and len(key) <= 60 \
                or key.strip(" .") in _OUTLETS or (src := key.strip("() .")).startswith("theo ") and all(
                    fold(p) in _OUTLETS for p in re.split(r"\s*[,;/]\s*", src[5:].strip(" ."))):
            lay.furniture.append((a, b))  # photo credit or `Theo VnExpress`: skip, look above
            continue
        names = parse_byline(line, own_line=True)
        if names:
            lay.byline = (a, b)
        else:
            if found := _byline_tail(text, a, b):
                lay.byline, names = (found[0], b), found[1]
            elif (glued := glued_byline(line)) is not None and (names := parse_byline(line[glued:])):
                lay.byline = (a + glued, b)
            elif (glued := _byline_before_outlet(line)) is not None and (names := parse_byline(line[glued:])):
                lay.byline = (a + glued, b)
            elif found := _byline_before_credit(text, a, b):
                lay.byline, names = (found[0], found[1]), found[2]
                lay.furniture.append((found[1], b))  # the source or credit after it
        if names:
            lay.authors = names
            lay.furniture.append(lay.byline)
        break
    return lay
