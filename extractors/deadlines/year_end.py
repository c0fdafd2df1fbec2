"""A marked year's end without a year (`vào cuối năm`, `đến hết năm`): the dates table writes no mention for it
(no year is written), yet it is the due time of many plans and orders (`các đơn vị thi công sẽ nỗ lực hoàn thành gói
thầu vào cuối năm`, `yêu cầu đến cuối năm, Sở Quy hoạch Kiến trúc phải làm xong phần mềm`). It stands for the end of
the article's year: the published year, else `XXXX` (a wrong year is worse than none). A year written without `năm` after
a due-time marker (`đến 2020 hoàn tất việc lắp đặt ...`) has no mention either: it is that year, as `đến năm 2020` is."""
from __future__ import annotations

import datetime as dt
import re

from vnextract.extractors.dates.values import DateMention
from vnextract.extractors.deadlines.grammar import LEX
from vnextract.extractors.lexicon import HORIZONTAL_SPACE as H
from vnextract.extractors.lexicon import alternation, compile_ci

# the mention is the word `năm` (with its `nay`: an undated article's `vào cuối năm nay` has no dates mention either);
# the marker before it (`vào cuối`) is read as for any other due time
RX_YEAR_END = compile_ci(rf"(?:^|[^\w])(?:{alternation(LEX['year_end_markers'])}){H}+(?P<year>năm(?:{H}+nay)?)(?![\w])"
                         rf"(?!{H}*,?{H}*\d)(?!{H}+(?:{alternation(LEX['year_end_not_after'])})(?![\w]))")


def year_end_mentions(text: str, mentions, published: dt.date | None) -> list[DateMention]:
    """The year's ends of the text no date mention covers, as year mentions of the article's year."""
    taken = [(mt.start, mt.end) for mt in mentions]
    value = str(published.year) if published else "XXXX"
    found = []
    for m in RX_YEAR_END.finditer(text):
        s, e = m.span("year")
        if any(ts < e and s < te for ts, te in taken):
            continue
        found.append(DateMention(
            start=s, end=e, text=text[s:e], value=value, granularity="year",
            date_start=f"{value}-01-01" if published else None, date_end=f"{value}-12-31" if published else None,
            relative=True, year_written=False))
    return found


# (not a quantity, `lên đến 2000 km`: no unit or range after the year, no quantity word before the marker)
RX_BARE_YEAR = compile_ci(rf"(?:^|[^\w])(?P<mk>{alternation(LEX['bare_year_markers'])}){H}+(?P<year>20[0-4]\d)"
                          rf"(?![\w.,/%-]|{H}*[–-])")
RX_QUANTITY_BEFORE = compile_ci(rf"(?<![\w])(?:{alternation(LEX['bare_year_not_after_words'])}){H}+$")
RANGE_REACH = 12  # characters before the marker the first number of a range (`từ 2016 đến 2020`) may end at


def bare_year_mentions(text: str, mentions) -> list[DateMention]:
    """The years written without `năm` after a due-time marker that no date mention covers, as year mentions."""
    taken = [(mt.start, mt.end) for mt in mentions]
    found = []
    for m in RX_BARE_YEAR.finditer(text):
        s, e = m.span("year")
        before = text[max(0, m.start("mk") - RANGE_REACH):m.start("mk")]
        if any(ts < e and s < te for ts, te in taken) or re.search(r"\d", before) or RX_QUANTITY_BEFORE.search(before):
            continue
        y = m["year"]
        found.append(DateMention(start=s, end=e, text=y, value=y, granularity="year",
                                 date_start=f"{y}-01-01", date_end=f"{y}-12-31"))
    return found
