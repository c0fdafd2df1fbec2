"""Years round 9b (issue #16).

A date told as just past (`tháng 4 vừa rồi`, `ngày 13/4 vừa qua`) is the latest time the article tells
of: the vote no longer puts it in a year older than a written date of the article's present (`Theo số
liệu năm 2019 ...`, then `công bố đầu tháng 4 vừa rồi` had been put in 2018 by `Vào năm 2018`). On dantri
with `published` hidden and baomoi: wrong years removed only (see the round's report); a just-past date
of the present's latest year keeps it.
"""
from __future__ import annotations

import pytest

from tests.test_dates import rows_of, value_at

# dantri-unc-news_world_112, trimmed: the present writes 2019, the vote's only near date is of 2018 (the
# article is of 2021)
NGAD = ("Theo số liệu năm 2019 của Văn phòng Ngân sách Quốc hội (Congressional Budget Office - CBO) Mỹ, Không quân "
        "Mỹ (USAF) trung bình chi 12 tỷ USD mỗi năm cho máy bay mới.\n"
        "Tháng 3/2018, Phòng thí nghiệm của Không quân Mỹ đã công bố hình ảnh máy bay thế hệ tiếp theo F/X, cho "
        "thấy nó sẽ có thiết kế tàng hình.\n"
        "Theo tài liệu NGAD được công bố đầu tháng 4 vừa rồi, máy bay có hình viên kim cương, khác so với các máy "
        "bay chiến đấu hiện nay.")


def test_a_just_past_month_is_not_older_than_the_present():
    _, rows = rows_of(NGAD)
    assert value_at(NGAD, rows, "tháng 4 vừa rồi") == "XXXX-04"


@pytest.mark.parametrize("text,needle,value", [
    # the vote's year is the present's latest: kept
    ("Theo số liệu năm 2019 của Văn phòng Ngân sách Quốc hội Mỹ, Không quân Mỹ chi 12 tỷ USD mỗi năm.\n"
     "Vào tháng 3/2019, Không quân công bố kế hoạch mới.\n"
     "Theo tài liệu NGAD được công bố đầu tháng 4 vừa rồi, máy bay có hình viên kim cương.", "tháng 4 vừa rồi",
     "2019-04"),
    # not told as just past: the vote decides as before
    ("Theo số liệu năm 2019 của Văn phòng Ngân sách Quốc hội Mỹ, Không quân Mỹ chi 12 tỷ USD mỗi năm.\n"
     "Tháng 3/2018, Phòng thí nghiệm của Không quân Mỹ đã công bố hình ảnh máy bay thế hệ tiếp theo F/X.\n"
     "Theo tài liệu NGAD được công bố đầu tháng 4, máy bay có hình viên kim cương.", "tháng 4", "2018-04"),
    # a coming month after the present's latest year: not what this rule weighs
    ("Theo số liệu năm 2019 của Văn phòng Ngân sách Quốc hội Mỹ, Không quân Mỹ chi 12 tỷ USD mỗi năm.\n"
     "Tháng 3/2020, Phòng thí nghiệm của Không quân Mỹ đã công bố hình ảnh máy bay thế hệ tiếp theo F/X.\n"
     "Theo tài liệu NGAD được công bố đầu tháng 4 vừa rồi, máy bay có hình viên kim cương.", "tháng 4 vừa rồi",
     "2020-04"),
])
def test_near_misses_keep_their_year(text, needle, value):
    _, rows = rows_of(text)
    assert value_at(text, rows, needle) == value


def test_the_published_date_still_decides():
    _, rows = rows_of(NGAD, "2021-04-25")
    assert value_at(NGAD, rows, "tháng 4 vừa rồi") == "2021-04"
