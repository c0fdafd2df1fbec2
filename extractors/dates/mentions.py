"""From candidates to DateMentions: page furniture, relative values, years, final values."""
from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from vnextract.extractors.dates.bare_years import bare_years
from vnextract.extractors.dates.context import is_docref
from vnextract.extractors.dates.ranges import join_ranges
from vnextract.extractors.dates.scan import candidates, select
from vnextract.extractors.dates.values import Candidate, DateMention, Family, Granularity, Point, Relation, day_point
from vnextract.extractors.dates.years import TET, infer_years
from vnextract.extractors.lexicon import load_json
from vnextract.extractors.normalize import fold

_BANNERS = tuple(load_json("layout.json")["banner_prefixes"])


def _resolve_relative(c: Candidate, pub: dt.date) -> list[Point] | None:
    unit, off = c.rel
    if unit is Relation.DAY:
        x = pub + dt.timedelta(days=off)
        return [day_point(x.year, x.month, x.day, False)]
    if unit is Relation.YEAR:
        return [Point(Granularity.YEAR, pub.year + off, year_written=False)]
    if unit is Relation.MONTH:
        k = pub.year * 12 + pub.month - 1 + off
        return [Point(Granularity.MONTH, k // 12, k % 12 + 1, year_written=False)]
    if unit is Relation.WEEK:
        monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=off)
        sunday = monday + dt.timedelta(days=6)
        return [day_point(monday.year, monday.month, monday.day, False),
                day_point(sunday.year, sunday.month, sunday.day, False)]
    return None


def _is_banner(text: str, lay, a: int, b: int) -> bool:
    for fa, fb in lay.furniture:
        if fa <= a and b <= fb:
            return fold(text[fa:fb]).startswith(_BANNERS)
    return False


def _mention(c: Candidate, text: str, pub: dt.date | None, banner: bool) -> DateMention | None:
    """The mention of one selected candidate, its relative value resolved when the published date allows."""
    parts = c.parts
    relative = c.relative
    unit = c.rel[0] if c.rel else None
    if unit is not None and unit.shifts_published:
        if pub is None:
            return None
        parts = _resolve_relative(c, pub)
    elif unit is Relation.YEAR_OF and pub is not None:
        for p in parts:
            p.year = pub.year + c.rel[1]
        relative = True
    if not parts:
        return None
    return DateMention(c.start, c.end, text[c.start:c.end], family=c.family, parts=parts,
                       relative=relative, furniture=banner, cue=c.cue,
                       year_written=all(p.year_written for p in parts),
                       weekday=c.weekday,
                       year_offset=c.rel[1] if unit is Relation.YEAR_OF else 0,
                       docref=is_docref(text, c.start))


def find(doc: Doc) -> list[DateMention]:
    """All DateMentions of the doc, in text order, with values resolved."""
    text = doc.text
    lay = doc._.layout
    info = doc._.info
    pub = info.published if info is not None else None
    mentions: list[DateMention] = []
    for c in select(candidates(text), text):
        banner = False
        if lay is not None and lay.is_furniture(c.start, c.end):
            if not _is_banner(text, lay, c.start, c.end):
                continue
            banner = True
        mt = _mention(c, text, pub, banner)
        if mt is not None:
            mentions.append(mt)
    infer_years(doc, mentions, pub)
    out = []
    for mt in mentions:
        if mt.family is Family.TET and not _finish_tet(mt):
            continue
        _finish(mt)
        out.append(mt)
    return out


def _finish_tet(mt: DateMention) -> bool:
    """A Tết day as its solar day, once its year is known."""
    p = mt.parts[0]
    if p.year is None or p.year not in TET:
        return False
    x = TET[p.year] + dt.timedelta(days=p.day - 1)
    mt.parts = [day_point(x.year, x.month, x.day, p.year_written)]
    return True


def _finish(mt: DateMention) -> None:
    parts = mt.parts
    if len(parts) == 1:
        p = parts[0]
        mt.value = p.value()
        mt.granularity = p.granularity.value
    else:
        mt.value = parts[0].value() + "/" + parts[1].value()
        mt.granularity = "interval"
    if all(p.year is not None for p in parts):
        b0 = parts[0].bounds(parts[0].year)
        b1 = parts[-1].bounds(parts[-1].year)
        if b0 and b1:
            mt.date_start, mt.date_end = b0[0].isoformat(), b1[1].isoformat()
    if any(not p.year_written for p in parts) and not mt.relative:
        mt.year_inferred = mt.year_inferred or any(p.year is not None and not p.year_written for p in parts)
    if mt.relative:
        mt.year_inferred = False
    if not mt.year_inferred:
        mt.year_source = None


def extract(doc: Doc) -> list[dict]:
    mentions = find(doc)
    # the other extractors read each end as its own mention (a due day, the event day)
    doc._.dates = mentions
    rows = sorted(mentions + bare_years(doc, mentions), key=lambda mt: mt.start)
    return [m.as_row() for m in join_ranges(doc.text, rows)]
