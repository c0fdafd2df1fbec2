"""The article row's facts: title, event date, locality (with its province and codes), authors.

- title and authors come from the layout (headline, byline);
- event_date is the day of the reported event, from the dates extractor (`dates.event_date`);
- locality is the jurisdiction of the body whose work the article reports (CONTRACT.md): places named
  with their prefix (`huyện Đầm Hà`, `tỉnh Quảng Ninh`, `TP.HCM`, `Q.1`) or bare province names, weighted
  by where they stand (headline, lead, rest) and by what they are: a body's jurisdiction (`UBND huyện
  Núi Thành`) counts double, a person's home (`ngụ tại Đồng Nai`) or one of a list (`các quận Ba Đình,
  Đống Đa`) little. National news (a national body acting, no local one) and stories no place dominates
  are null. A place name inside a longer name is no mention (`Thái Bình Dương`, `Nguyễn Hòa Bình`).
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from spacy.tokens import Doc

from vnextract.extractors import dates, gazetteer
from vnextract.extractors.lexicon import last_match, load_json
from vnextract.extractors.normalize import VI_LOWER, VI_UPPER, fold
from vnextract.extractors.place_mentions import (
    _BODY,
    _PHRASE_BREAK,
    _PLACE_CAP,
    _alternation,
    _before,
    _closes_commune_address,
    mention_kind,
    place_mentions,
)

_LEX = load_json("locality.json")
_NATIONAL = re.compile(rf"(?<![\w])(?:{_alternation(_LEX['national_bodies'])})(?![\w])")
# `Di tích lịch sử - văn hóa quốc gia`, `ĐH Quốc gia TP.HCM`: a national-rank site or school
_NATIONAL_ATTRIBUTE_LAST = re.compile(rf"(?i:(?<![\w])(?:{_alternation(_LEX['national_attribute_nouns'])}))"
                                      rf"(?:[ \t]+(?:[{VI_LOWER}]+|[-–])){{0,5}}[ \t]+$")
_COUNTRY = _LEX["country_name"]
_COUNTRY_RANK_LAST = re.compile(rf"(?<![\w])(?:{_alternation(_LEX['country_rank_words'])})"
                                rf"(?:[ \t]+(?:{_alternation(_LEX['country_rank_links'])}))?[ \t]+$")
_COMMUNE_BODY = re.compile(_LEX["commune_bodies"])
# `Chủ tịch UBND xã Duy Hải (huyện Duy Xuyên`, `lãnh đạo phường Đông Ngạc, quận Bắc Từ Liêm`: the
# district a commune's body works in, right before its name.
_COMMUNE_BODY_ADDRESS_LAST = re.compile(rf"(?:{_LEX['commune_bodies']})[ \t]+{_PLACE_CAP}(?:[ \t]+(?:{_PLACE_CAP}|\d+)){{0,3}}"
                                        r"[ \t]*[,(][ \t]*$")
_DIGEST_OPENERS = tuple(fold(w) for w in _LEX["digest_title_openers"])
_UNNAMED_BODY = {level: re.compile(p) for level, p in _LEX["unnamed_local_bodies"].items()}
_PROVINCE_LEVEL_BODY = re.compile(_LEX["province_level_bodies"])
_OBJECT_CUES = _alternation(_LEX["object_cues"])
# right before the body, or before an earlier item of the same list (`của Tỉnh ủy, UBND tỉnh`)
_OBJECT_CUE_LAST = re.compile(rf"(?<![\w])(?:{_OBJECT_CUES})[ \t]+(?:(?:[^\s,.;:!?()]+[ \t]+){{0,5}}?"
                              rf"[^\s,.;:!?()]+[ \t]*(?:,|[ \t]và)[ \t]+)?$")
_VENUE_HOST_LAST = re.compile(rf"(?<![\w])(?:{_alternation(_LEX['locative_cues'])})[ \t]+"
                              rf"(?:{_alternation(_LEX['venue_words'])})[ \t][^.;!?\n]{{0,80}}?[ \t]do[ \t]+$")
_SPORTS_WORDS = re.compile(rf"(?<![\w])(?:{_alternation(_LEX['sports_report_words'])})(?![\w])", re.IGNORECASE)
_UNNAMED_PROVINCE = ("", "province")  # a province-level body named without its place (`Sở Nội vụ`)
_NATIONWIDE = re.compile(rf"(?<![\w])(?:{_alternation(_LEX['nationwide_event_cues'])})(?![\w])")
_HEAD_IN_PHRASE = re.compile(rf"(?<![\w])(?:{_alternation(_LEX['heads_before_place'])})(?![\w])")
_CAPITALS = frozenset(_LEX["capital_alias"].values())
_CAPITAL_VENUE_LAST = re.compile(rf"(?<![\w])(?:{_alternation(_LEX['capital_venue_cues'])})"
                                 rf"(?:[ \t]+(?:{_alternation(_LEX['capital_alias'])}))?[ \t]+$")
# a body paragraph or sentence opening with the marker: one item of a digest
_SECTION_START = re.compile(rf"(?:^|(?<=[.!?\n]))[ \t]*{re.escape(_LEX['section_marker'])}[ \t]+(?=[{VI_UPPER}])", re.M)


@dataclass
class Locality:
    name: str | None = None
    level: str | None = None
    province: str | None = None


def _lead_end(doc: Doc, body_start: int) -> int:
    """End of the first two body sentences (not furniture); when those two are the whole first
    paragraph, a summary (sapo) set above the report, the report's first sentence too: the acting body
    is often named there first (`Sáng 13-7, tại UBND phường ..., TAND tỉnh Bình Dương mở phiên tòa`)."""
    text = doc.text
    lay = doc._.layout
    starts, ends = [], []
    for s in doc.sents:
        if s.start_char >= body_start and text[s.start_char:s.end_char].strip() \
                and not lay.is_furniture(s.start_char, s.end_char):
            if len(text[s.start_char:s.end_char].split()) < _LEX["lead_min_sentence_words"]:
                continue  # `B.N.`, split off `bệnh nhân N.T.B.N.`
            if len(ends) == 2:
                two = text[starts[0]:ends[1]].rstrip()  # a sentence keeps the line breaks after it
                if "\n" in two or "\n" not in text[starts[0] + len(two):s.start_char]:
                    break  # the first paragraph is one sentence, or goes on: the two are the lead
            starts.append(s.start_char)
            ends.append(s.end_char)
            if len(ends) == 3:
                break
    return ends[-1] if ends else len(text)


@dataclass
class _Tally:
    """Every place the article names, scored by where it stands and what it is."""
    scores: dict = field(default_factory=lambda: defaultdict(float))
    province_votes: dict = field(default_factory=lambda: defaultdict(float))
    up_front: dict = field(default_factory=lambda: defaultdict(float))  # headline and lead only
    body_named: set = field(default_factory=set)       # named as a body's jurisdiction somewhere
    body_up_front: set = field(default_factory=set)    # ... in the headline or lead
    in_title: set = field(default_factory=set)
    national_up_front: bool = False
    nationwide_up_front: bool = False  # ... a nationwide event (`Hội nghị toàn quốc`)
    title_label: set = field(default_factory=set)  # a place labelling the headline (`Vĩnh Phúc: ...`)
    body_not_post: set = field(default_factory=set)  # a body's jurisdiction not only in an official's post
    capital_matter: int = 0  # plain mentions of the capital other than as a venue (`tại Hà Nội`)
    commune_body: bool = False  # a commune-level body is named (`UBND xã`, `lãnh đạo thị trấn A Lưới`)
    commune_body_up_front: bool = False  # ... in the headline or lead
    where: dict = field(default_factory=lambda: defaultdict(float))  # scores of no one's home, no list item
    body_count: dict = field(default_factory=lambda: defaultdict(int))  # mentions as a body's jurisdiction
    unlisted: set = field(default_factory=set)  # named once at least other than as one of a list
    commune_address: set = field(default_factory=set)  # districts named as a commune body's address
    first_actor: tuple | None = None  # the first body up front: a place's key, or _UNNAMED_PROVINCE


def _regions(doc: Doc):
    """(text, start, end, weight) of the headline, the lead and the rest."""
    lay = doc._.layout
    w = _LEX
    lead_end = _lead_end(doc, lay.body_start)
    regions = []
    if lay.title:
        regions.append((lay.title, 0, len(lay.title), w["weight_title"]))
    regions.append((doc.text, lay.body_start, lead_end, w["weight_lead"]))
    regions.append((doc.text, lead_end, len(doc.text), w["weight_body"]))
    return regions


def _is_sports_report(text: str) -> bool:
    """Enough distinct sports words: a match report, where a bare province name is a club's."""
    return len({m.group().lower() for m in _SPORTS_WORDS.finditer(text)}) >= _LEX["min_sports_report_words"]


def _tally(doc: Doc, regions) -> _Tally:
    text = doc.text
    lay = doc._.layout
    w = _LEX
    t = _Tally()
    sports = _is_sports_report(text)
    for src, a, b, weight in regions:
        up_front = weight > w["weight_body"]
        if up_front and _national_body_in(src, a, b):
            t.national_up_front = True
            t.nationwide_up_front = t.nationwide_up_front or bool(_NATIONWIDE.search(src, a, b))
        if _COMMUNE_BODY.search(src, a, b):
            t.commune_body = True
            t.commune_body_up_front = t.commune_body_up_front or up_front
        previous = None
        mentions = sorted(place_mentions(src, a, b), key=lambda m: m[0])
        if up_front and t.first_actor is None:
            t.first_actor = _first_actor(src, a, b, mentions)
        for off, place, prefixed in mentions:
            if src is text and lay.is_furniture(off):
                continue
            kind = mention_kind(src, off, place, prefixed)
            if sports and not prefixed and kind != "body":
                continue  # `trước chủ nhà Nam Định`: a club
            if place.level == "district" and _COMMUNE_BODY_ADDRESS_LAST.search(src, max(a, off - 70), off):
                t.commune_address.add((place.name, place.level))
            # A bare `Hà Nội` deep in the body is often an address or a comparison.
            value = weight if prefixed or up_front else w["weight_bare_deep"]
            key = (place.name, place.level)
            if _qualifies(src, previous, off, place):
                # `huyện Ninh Phước, tỉnh Ninh Thuận`: the district's address names it once more.
                # (someone's home only a little: `Dương Thị Linh (Sóc Sơn, Hà Nội)`)
                t.scores[(previous[1].name, previous[1].level)] += value * (w["factor_residence"] if kind == "residence" else 1)
            elif prefixed and place.level == "district" and _closes_commune_address(src, off, place):
                bare = weight if up_front else w["weight_bare_deep"]
                t.scores[key] += bare * (w["factor_residence"] if kind == "residence" else 1)
            previous = (off, place)
            if up_front:
                t.up_front[key] += value
            if src is not text:
                t.in_title.add(key)
                colon = src.find(":")
                if not src[:off].strip() and off < colon <= off + len(place.name) + 12:
                    t.title_label.add(key)
            if kind == "body":
                if not _HEAD_IN_PHRASE.search(_before(src, off, w["body_gap_chars"], _PHRASE_BREAK)):
                    t.body_not_post.add(key)
                t.body_named.add(key)
                t.body_count[key] += 1
                value *= 1 + w["bonus_body"]
                if up_front:
                    t.body_up_front.add(key)
            elif kind == "residence":
                value *= w["factor_residence"]
            elif kind == "list":
                value *= w["factor_list"]
            t.scores[key] += value
            if kind in ("body", "plain"):
                t.where[key] += value
            if kind == "plain" and place.name in _CAPITALS and not _CAPITAL_VENUE_LAST.search(src, max(0, off - 16), off):
                t.capital_matter += 1
            if kind != "list":
                t.unlisted.add(key)
            # A district name several provinces have (`Hoàng Mai`) votes for none of them.
            if place.level != "district" or len(_provinces_of(place.name)) == 1:
                t.province_votes[place.province or place.name] += value
    return t


def _national_body_in(src: str, a: int, b: int) -> bool:
    """A national body is named in src[a:b]; `quốc gia` ranking a site or a school is none, nor the
    country ranking a thing (`Biển hồ nước mặn nhân tạo lớn nhất Việt Nam`, `hòn đảo lớn nhất Việt Nam`)."""
    for m in _NATIONAL.finditer(src, a, b):
        if m.group() == _COUNTRY and _COUNTRY_RANK_LAST.search(src, max(a, m.start() - 20), m.start()):
            continue
        if fold(m.group()).lower() != "quốc gia" or not _NATIONAL_ATTRIBUTE_LAST.search(src, max(a, m.start() - 60), m.start()):
            return True
    return False


def _first_actor(src: str, a: int, b: int, mentions):
    """The first body of src[a:b] (headline or lead): the key of the first place named as a body's
    jurisdiction, or _UNNAMED_PROVINCE where a province-level body without its place comes before it
    (`đoàn kiểm tra do Phó Giám đốc Sở Nội vụ làm trưởng đoàn ... tại huyện Gia Lâm`); None if none."""
    bodies = [(off, (p.name, p.level)) for off, p, prefixed in mentions
              if mention_kind(src, off, p, prefixed) == "body" and not _object_of_another(src, off)]
    first = bodies[0] if bodies else None
    for m in _PROVINCE_LEVEL_BODY.finditer(src, a, first[0] if first else b):
        # its own place follows in the same phrase (`Sở Y tế Hà Nội`): that mention is the body's
        if not _object_of_another(src, m.start(), m.start()) \
                and not any(m.start() < off <= m.start() + _LEX["body_gap_chars"]
                            and not _PHRASE_BREAK.search(src, m.start(), off) for off, _, _ in mentions):
            return _UNNAMED_PROVINCE
    return first[1] if first else None


def _object_of_another(src: str, off: int, at: int | None = None) -> bool:
    """The body whose place is at `off` (its body word at `at`) is no actor: it follows an object cue
    (`theo chỉ đạo của UBND tỉnh Quảng Nam`, `của Tỉnh ủy, UBND tỉnh`) or is the host of a venue
    (`Tại buổi họp báo do UBND TP.HCM tổ chức`)."""
    if at is None:
        phrase = _before(src, off, _LEX["body_gap_chars"], _PHRASE_BREAK)
        body = last_match(_BODY, src, off - len(phrase), off)  # the body word nearest the place
        at = body.start() if body else off
    return bool(_OBJECT_CUE_LAST.search(src, max(0, at - 40), at) or _VENUE_HOST_LAST.search(src, max(0, at - 110), at))


def _qualifies(text: str, previous, off: int, place) -> bool:
    """A province right after a district of its own (`huyện Ninh Phước, tỉnh Ninh Thuận`, `thị xã
    Điện Bàn, Quảng Nam`): the district's address, the most specific place of the phrase."""
    if previous is None or place.level != "province" or previous[1].level != "district" \
            or previous[1].province != place.name:
        return False
    between = text[previous[0]:off]
    at = fold(between).rfind(fold(previous[1].name))
    return len(between) <= 60 and at >= 0 and re.fullmatch(r"[\s,(–-]*", between[at + len(previous[1].name):]) is not None


def find_locality(doc: Doc) -> Locality:
    w = _LEX
    lay = doc._.layout
    if lay.title and fold(lay.title).startswith(_DIGEST_OPENERS):
        return Locality()  # a digest of many stories: no one place
    regions = _regions(doc)
    t = _tally(doc, regions)
    scores = t.scores
    if not scores:
        return Locality()
    best = max(scores, key=lambda k: (scores[k], k[1] == "district", k[0]))
    own_level = any(_UNNAMED_BODY[best[1]].search(src, a, b) for src, a, b, weight in regions
                    if weight > w["weight_body"] and best[1] in _UNNAMED_BODY)
    # a commune's body up front with its district named there (`UBND phường Trung Hòa, quận Cầu Giấy`):
    # the commune's own story, its district named once as its address
    own_level = own_level or best[1] == "district" and t.commune_body_up_front and best in t.up_front
    # a commune's body working in its district, the only place named but that district's province
    # (`Phó chủ tịch UBND phường Định Công (quận Hoàng Mai) cho biết`, named once deep): that district
    own_level = own_level or best in t.commune_address and _rival_score(best, scores) == 0
    if scores[best] < (w["weight_body"] if own_level else w["min_score"]):
        return Locality()  # named once in passing: not what the article is about
    if len({_province_key(k) for k in t.body_up_front | t.in_title} - {None}) >= w["min_provinces_of_digest"]:
        return Locality()  # several provinces' bodies acting up front or named in the headline: a digest
    if t.national_up_front and not t.body_up_front and not _dominant(best, t):
        return Locality()  # a national body's news; places named are venues or examples
    if t.nationwide_up_front and not t.body_up_front and best not in t.in_title:
        return Locality()  # a nationwide conference: its venue and speakers' places are no matter of its own
    if _other_province_in_section(doc, best):
        return Locality()  # a digest of separate items, another province's body acting in one
    if best not in t.body_named and best not in t.in_title \
            and _rival_score(best, scores) >= w["factor_rival"] * scores[best]:
        return Locality()  # several places, none a body's and none dominating (market prices...)
    if not any(k == best or _related(k, best) for k in t.up_front) \
            and any(k != best and not _related(k, best) for k in t.body_up_front):
        return Locality()  # the lead's body is another place's: the best fills later sections (a round-up)
    best = _acting_level(best, t)
    name, level = best
    province = _province_of_district(name, t.province_votes) if level == "district" else None
    if province is not None and _sibling_district(best, province, t):
        return Locality(province, "province", province)
    if level == "province":
        return Locality(name, level, name)
    return Locality(name, level, province)


def _other_province_in_section(doc: Doc, best) -> bool:
    """A body of a province other than best's acts in the first sentence of a marked item of the body
    (`* Ngày 10-2, đồng chí Đinh La Thăng, ..., Bí thư Thành ủy TP Hồ Chí Minh có buổi làm việc`)."""
    text = doc.text
    own = _province_key(best)
    for m in _SECTION_START.finditer(text, doc._.layout.body_start):
        end = _CLAUSE_END.search(text, m.end())
        for off, p, prefixed in place_mentions(text, m.end(), end.start() if end else len(text)):
            other = _province_key((p.name, p.level))
            if other is not None and other != own and mention_kind(text, off, p, prefixed) == "body":
                return True
    return False


_CLAUSE_END = re.compile(r"[.!?\n]")


def _sibling_district(best, province: str, t: _Tally) -> bool:
    """Another district of the province is a body's jurisdiction too and scores nearly as much (dikes
    breached in `H. Phong Điền` and `H. Quảng Điền`): the story is the province's, not one district's."""
    floor = _LEX["factor_sibling_district"] * t.scores[best]
    return any(k[1] == "district" and k != best and province in _provinces_of(k[0]) and t.scores[k] >= floor
               for k in t.body_named)


def _acting_level(best, t: _Tally):
    """Province or district: the one whose body the headline or lead shows acting.

    A district's own body up front, its province's not nor the province in the headline: the district
    (`TP Thủ Đức tổ chức lễ`, the city's bodies named later); the province's body up front and the district's not: the province (a
    UBND TP Hà Nội inspection in huyện Sóc Sơn). No body of the province at all: a district of it
    named up front, the most specific place the event concerns (`Nghệ An: ...` about `huyện Thanh
    Chương`)."""
    if best[1] == "province":
        # not one named only as one of a list (`các huyện Tân Yên, Yên Thế, Lục Ngạn`)
        districts = [k for k in t.up_front if k[1] == "district" and best[0] in _provinces_of(k[0]) and k in t.unlisted]
        named = [k for k in t.where if k[1] == "district" and best[0] in _provinces_of(k[0])]
        if t.commune_body and len(named) == 1 and best not in t.body_up_front and t.body_count[best] <= 1 \
                and t.where[named[0]] >= _LEX["weight_lead"]:
            return named[0]  # a commune's story: its district, the province's bodies not up front nor acting
        # (one more where a commune's body up front makes it that commune's district's story)
        if best not in t.body_named and best in t.in_title \
                and len(named) >= _LEX["min_districts_of_province_story"] + t.commune_body_up_front:
            return best  # `Vĩnh Long khai thác thế mạnh du lịch` in several of its districts: the province's story
        if best not in t.body_named:
            pool = districts
        elif best not in t.body_up_front and best not in t.in_title:
            pool = [k for k in districts if k in t.body_up_front]
        else:
            pool = []
        if pool:
            top = max(pool, key=lambda k: (t.scores[k], k[0]))
            # several of its districts alike (fireworks cancelled in `TP Hạ Long, TP Cẩm Phả và thị xã
            # Đông Triều`): the province's story, not the one that sorts first (the share as for sibling bodies)
            if sum(t.scores[k] >= _LEX["factor_sibling_district"] * t.scores[top] for k in pool) > 1:
                return best
            return top
        return best
    provinces = _provinces_of(best[0])
    if len(provinces) == 1:
        province = (provinces.pop(), "province")
        if best not in t.body_up_front and province in t.body_up_front:
            return province
        # `Vĩnh Phúc: Đường tỉnh 303 xuống cấp`, the province's bodies acting as often as the district's
        if best not in t.body_up_front and province in t.title_label \
                and t.body_count[province] >= max(_LEX["min_label_body_mentions"], t.body_count[best]):
            return province
        # the province's body acts first up front, the district is where or with whom it works
        # (`Phó Chủ tịch UBND TP.HCM ... làm việc với UBND huyện Củ Chi`)
        if t.first_actor in (province, _UNNAMED_PROVINCE) and t.scores.get(province):
            return province
    return best


def _rival_score(best, scores) -> float:
    """The highest score of a place neither containing `best` nor inside it."""
    return max((v for k, v in scores.items() if k != best and not _related(k, best)), default=0.0)


def _related(a, b) -> bool:
    return a[0] in _provinces_of(b[0]) or b[0] in _provinces_of(a[0]) or \
        bool(_provinces_of(a[0]) & _provinces_of(b[0]))


def _dominant(best, t: _Tally) -> bool:
    """A national body acting on one local matter: its place is in the headline, or is a body's
    jurisdiction and outweighs every other place twice over, named up front too unless it is the only
    place named (`UBND tỉnh Vĩnh Phúc` borrowing a ministry's loan); a place first named deep in a
    national story among others is one of its topics (a Quốc hội question session)."""
    if best in t.in_title:
        return True
    if best[0] in _CAPITALS and best not in t.body_not_post and t.capital_matter < _LEX["min_capital_matter_mentions"]:
        return False  # the capital hosts national bodies; its leaders named only in their posts attend
    rival = _rival_score(best, t.scores)
    return best in t.body_named and (best in t.up_front or rival == 0) and t.scores[best] >= 2 * rival


def _province_key(key) -> str | None:
    """The province a place's key stands for: itself, or a district's; None where that is unsure
    (`Hoàng Mai`, of two provinces)."""
    if key[1] == "province":
        return key[0]
    provinces = _provinces_of(key[0])
    return provinces.pop() if len(provinces) == 1 else None


def _provinces_of(name: str) -> set[str]:
    return {p.province for p in gazetteer.lookup(name) if p.level == "district" and p.province}


def _province_of_district(name: str, votes: dict[str, float]) -> str | None:
    """The province of district `name`: the only one, or the one the article names most; None if unsure."""
    provinces = {p.province for p in gazetteer.lookup(name) if p.level == "district" and p.province}
    if len(provinces) == 1:
        return provinces.pop()
    named = [p for p in provinces if votes.get(p)]
    if named:
        return max(named, key=lambda p: votes[p])
    return None


def locality(doc: Doc) -> str | None:
    return find_locality(doc).name


def extract(doc: Doc) -> dict:
    lay = doc._.layout
    place = find_locality(doc)
    event = dates.event_date(doc) if hasattr(dates, "event_date") else None
    return {
        "title": lay.title,
        "event_date": event.value if event is not None else None,
        "event_date_text": event.text if event is not None else None,
        "locality": place.name,
        "province": place.province,
        "locality_code": gazetteer.admin_code(place.name, place.level, place.province),
        "province_code": gazetteer.admin_code(place.province, "province") if place.province else None,
        "authors": list(lay.authors),
    }
