"""Foreign names over a sentence's units: a name split over several tokenizer words made one unit, a country or
brand glued before it cut off, and a name written before its post (`Elon Musk, giám đốc điều hành của Tesla`)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from vnextract.extractors import gazetteer
from vnextract.extractors.normalize import fold
from vnextract.extractors.officials.names import (
    COUNTRY,
    MIN_FULL_NAME_SYLLABLES,
    is_abbreviation,
    is_capitalised,
    is_foreign_name,
    is_full_name,
    is_middle_initial,
    is_particle_led_name,
    is_place_name,
    is_title_case_name,
    is_vietnamese_syllable,
    stands_alone_in_text,
)
from vnextract.extractors.officials.posts import org_run, post_at
from vnextract.extractors.officials.units import Unit
from vnextract.extractors.officials.vocabulary import (
    ADMIN_BEFORE_PLACE,
    FOREIGN_ORG_WORDS,
    NAME_PARTICLES,
    ORG_WORDS,
    STAFF_POSTS_AFTER_FOREIGN_NAME,
)

_WORD = re.compile(r"\S+")
MIN_SPLIT_NAME_WORDS = 2       # a foreign name left after its place or brand is cut off
STATE_WORD = "bang"  # `Thủ hiến bang Delhi Arvind Kejriwal`: a federal state's name follows it, then its head's name
MAX_FOREIGN_NAME_WORDS = 5     # `Meshal bin` `Hamad Al` `Thani`: tokenizer words of one foreign name
_NAME_POST_SEPARATORS = frozenset({",", "(", "-", "–"})  # between a foreign name and its post after it
_NAME_CLOSERS = frozenset({",", "(", ")", ";", ".", ":"})  # after an organisation's name ending a post, not a verb


@dataclass
class Sentence:
    """One sentence as the name readers see it: its units (merged or cut as names are read) and the article."""
    text: str            # the article's text
    start: int           # the sentence's first character
    units: list[Unit]
    upper: bool          # written in capitals


def body_word_before_foreign_name(units: list[Unit], j: int, upper_sentence: bool) -> bool:
    """Unit j is a Vietnamese word and a foreign name follows it."""
    return not units[j].text.isascii() and j + 1 < len(units) \
        and is_title_case_name(units[j + 1].text, upper_sentence) and units[j + 1].text.isascii() \
        and not is_abbreviation(units[j + 1].text) and not post_at(units, j + 1)


def place_before_foreign_name(s: Sentence, j: int) -> bool:
    """Unit j, one foreign word before a foreign name (`Tottenham` `Hugo Lloris`, `Alaska` `Sarah Palin`), is
    written on its own elsewhere in the article (`ở Tottenham`, `của Alaska`): a place or a club, not a first name."""
    u, units = s.units[j], s.units
    return u.text.isascii() and " " not in u.text and j + 1 < len(units) and units[j + 1].text.isascii() \
        and is_title_case_name(units[j + 1].text, s.upper) and not is_abbreviation(units[j + 1].text) \
        and stands_alone_in_text(s.text, u.text, units[j + 1].text.split()[0])


def merge_foreign_name(s: Sentence, j: int) -> Unit:
    """A foreign name split over several words (`Jeff` `Sessions`, `Meshal bin` `Hamad Al` `Thani`) made
    one unit at j, in `s.units`; the unit at j."""
    units, upper = s.units, s.upper
    u = units[j]
    if not is_title_case_name(u.text, upper):
        return u  # `Ban` `Dân nguyện` + `Nguyễn Thanh Hải`: a body's word, no name to go on
    k = j + 1
    while k < len(units) and k - j < MAX_FOREIGN_NAME_WORDS:
        if is_middle_initial(units[k].text) and k + 1 < len(units) and units[k + 1].text.isascii() \
                and is_title_case_name(units[k + 1].text, upper) and u.text.isascii():
            k += 1  # `Rochelle` `P.` `Walensky`: a middle initial, then the name goes on
            continue
        glued = units[k].text.split(" ", 1)  # `Antony` + `Blinken tái`: the tokenizer glued the last name to a verb
        if u.text.isascii() and len(glued) == 2 and glued[1][:1].islower() and glued[0].isascii() \
                and is_title_case_name(glued[0], False) and not is_vietnamese_syllable(glued[0]):
            rest = units[k].end - len(glued[1])
            units[k:k + 1] = [Unit(glued[0], units[k].start, units[k].start + len(glued[0]), fold(glued[0])),
                              Unit(glued[1], rest, units[k].end, fold(glued[1]))]
        if not (is_title_case_name(units[k].text, upper) or (
                units[k].text in NAME_PARTICLES and k + 1 < len(units)
                and is_title_case_name(units[k + 1].text, upper)) or is_particle_led_name(units[k].text)) \
                or units[k].key in ORG_WORDS or is_place_name(units[k].text) \
                or post_at(units, k) or is_abbreviation(units[k].text) \
                or not same_script(units[k].text, u.text):
            break
        k += 1
    if k > j + 1:
        merged = Unit(s.text[u.start:units[k - 1].end], u.start, units[k - 1].end,
                      fold(s.text[u.start:units[k - 1].end]))
        units[j:k] = [merged]
    return units[j]


def split_leading_body(s: Sentence, j: int) -> bool:
    """Unit j, a foreign name of three words or more, opens with a country or a word the article writes on its own
    (`Italia Sergio Mattarella`, `Google Sundar Pichai`, `Saudi Arabia Adel al-Jubeir`): that place or brand is
    cut off into a unit of its own (True), leaving a name of two words or more that opens with a capital."""
    units = s.units
    u = units[j]
    words = [(m.start(), m.group()) for m in _WORD.finditer(u.text)]
    if len(words) < MIN_SPLIT_NAME_WORDS + 1 or not u.text.isascii():
        return False
    for n in range(1, len(words) - MIN_SPLIT_NAME_WORDS + 1):
        at, rest = words[n]
        head = " ".join(w for _, w in words[:n])
        if not rest[:1].isupper() or not words[n - 1][1][:1].isupper():
            return False
        # after `bang` a state's name the gazetteer does not hold (`Hessen`, `New York`): the last two words are the
        # person's given and family names
        # (`thành phố Paris Anne Hidalgo`: after any level word)
        state = j > 0 and (units[j - 1].key == STATE_WORD or units[j - 1].key in ADMIN_BEFORE_PLACE) \
            and n == len(words) - MIN_SPLIT_NAME_WORDS
        if state or any(p.level == COUNTRY for p in gazetteer.lookup(head)) or stands_alone_in_text(s.text, head, rest):
            cut = len(u.text[:at].rstrip())
            units[j:j + 1] = [Unit(u.text[:cut], u.start, u.start + cut, fold(u.text[:cut])),
                              Unit(u.text[at:], u.start + at, u.end, fold(u.text[at:]))]
            return True
    return False


def same_script(a: str, b: str) -> bool:
    """Both words foreign, or both Vietnamese: `Esteban` + `Lazo Hernández` (a Spanish accent, no Vietnamese
    syllable) go together, `Donald Trump` + `Hà Nội` do not."""
    if a.isascii() == b.isascii():
        return True
    accented = b if a.isascii() else a
    try:
        accented.encode("latin-1")  # `ư`, `đ`, `ộ`: letters only Vietnamese writes
    except UnicodeEncodeError:
        return False
    return not all(is_vietnamese_syllable(x) for x in accented.replace("-", " ").split())


def foreign_name_before_post(s: Sentence, j: int) -> bool:
    """Unit j opens a foreign name in Latin letters (its words not merged yet) followed by `,`, `(` or a dash and a
    post: the person it names (`Elon Musk, giám đốc điều hành của Tesla`, `Sean Spicer, thư ký báo chí Nhà Trắng`).
    Not where a name follows that post's head (`Theo New York Times, Tổng thống Donald Trump`, `Real Madrid, Chủ
    tịch Florentino Perez`): the words before the comma are a paper or a club, the post is the next person's."""
    units = s.units
    if s.upper or not units[j].text.isascii() or units[j].key in ORG_WORDS:
        return False  # the cheap tests first
    if j > 0 and (units[j - 1].key in ORG_WORDS or j > 1 and is_capitalised(units[j - 1].text)):
        return False  # `Công ty Thiết kế Hexagon Design, Phó trưởng Khoa ...`: the end of a body's name
    k = j + 1
    while k < len(units) and k - j < MAX_FOREIGN_NAME_WORDS and units[k].text.isascii() \
            and (is_title_case_name(units[k].text, False) or units[k].text in NAME_PARTICLES):
        k += 1
    if k + 1 >= len(units) or units[k].key not in _NAME_POST_SEPARATORS:
        return False
    first = units[j].text
    if " " not in first and is_vietnamese_syllable(first.lower()):
        return False  # `Theo` + `Helen Milner`, `Theo` + `Dailymail`: a Vietnamese word opens the sentence
    start = k + 1
    n = post_at(units, start)
    written = s.text[units[j].start:units[k - 1].end]
    head = " ".join(u.key for u in units[start:start + n])
    if not n or head in STAFF_POSTS_AFTER_FOREIGN_NAME or not is_foreign_name(written) or any(
            units[x].key in ORG_WORDS or is_place_name(units[x].text) for x in range(j, k)) \
            or any(w in FOREIGN_ORG_WORDS for w in fold(written).split()):  # `European Super League, Phó chủ tịch`
        return False
    after = start + n
    if after < len(units) and any(p.level == COUNTRY for p in gazetteer.lookup(units[after].text)):
        after += 1  # `, Tổng thống Mỹ` + a name
    if after + 2 < len(units) and units[after].key == "(" and units[after + 2].key == ")":
        after += 3  # `, Giám đốc Điều hành (GĐĐH)` + a name
    end = org_run(units, after, False)
    # `Marc Chandler, Giám đốc điều hành Bannockburn Global Forex cho rằng`: Latin words ending on a firm's word
    firm = end > after and all(latin_name_word(units[x]) for x in range(after, end)) \
        and any(w in FOREIGN_ORG_WORDS for w in units[end - 1].key.split())
    if after < len(units) and latin_name_word(units[after]) and not firm:
        return False
    # `Straits Times, Giám đốc điều hành Viện Hàng hải Quốc gia Indonesia Siswanto Rusdi cho biết`: the post's run
    # ends on a name that a verb, not a closer, follows
    last = end if end < len(units) and (is_full_name(units[end], False) or latin_name_word(units[end])) else end - 1
    return not (last >= after and not is_place_name(units[last].text) and not firm
                and (is_full_name(units[last], False) or latin_name_word(units[last])
                     and len(units[last].text.split()) >= MIN_FULL_NAME_SYLLABLES)
                and (last + 1 >= len(units) or units[last + 1].key not in _NAME_CLOSERS))


def latin_name_word(u: Unit) -> bool:
    return u.text.isascii() and is_title_case_name(u.text, False) and not is_abbreviation(u.text)


def foreign_name_after_body_abbreviation(units: list[Unit], j: int) -> bool:
    """Unit j, a foreign name of two words or more, follows a comma after an organisation's abbreviation (`UEFA`,
    `(DFB)`) or the post's country (`Thủ tướng Anh, Boris Johnson`): the holder of the post that ends on it. A name
    before the comma (`Tổng thống Joe Biden, Emmanuel Macron`) may be a person's, an abbreviation or a country is not."""
    if j < 3 or units[j - 1].key != "," or len(units[j].text.split()) < 2 or not is_foreign_name(units[j].text) \
            or not is_title_case_name(units[j].text, False):
        return False
    last = units[j - 3] if units[j - 2].key == ")" else units[j - 2]
    country = last is units[j - 2] and any(p.level == COUNTRY for p in gazetteer.lookup(last.text))
    return (is_abbreviation(last.text) or country) and not post_at(units, j - 2)
