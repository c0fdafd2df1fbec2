"""Years (issue #16): a date told as a time of every year (`vào tháng 9 hoặc đầu tháng 10 hằng năm`, `kết
thúc trong tháng 11 hằng năm`) is no one year's: without a published date it stays XXXX, whatever year the
article writes near it (the vote put baomoi-22447695's `tháng 9`, `tháng 10` in 2016 beside `tháng 10-2016`).
The date listed before the every-year one goes with it; a year written after `của năm` is a year written,
and a date of its own with no `hằng năm` after it keeps the article's year. With a published date the
published year is kept (the contract's rule for an input that gives one).
"""
from __future__ import annotations

import pytest

from tests.test_dates import rows_of, value_at

# baomoi-22447695, trimmed: the forum is held every September or October; the last one, October 2016
FORUM = ("Diễn đàn Xiangshan, một diễn đàn cấp cao để thảo luận các vấn đề an ninh và quốc phòng, được Trung "
         "Quốc tổ chức vào tháng 9 hoặc đầu tháng 10 hằng năm. Tuy nhiên, Diễn đàn Xiangshan này sẽ không được "
         "tổ chức trong năm nay. Diễn đàn lần thứ 7 diễn ra vào tháng 10-2016 tại Bắc Kinh với sự tham dự của "
         "hơn 500 đại biểu.")
# baomoi-22547886, trimmed: a review that must end in November of every year
REVIEW = ("Kết quả rà soát hộ nghèo cuối tháng 10/2016 của xã đã được UBND các cấp phê duyệt. Theo quy định thì "
          "việc rà soát hộ nghèo và cận nghèo phải kết thúc trong tháng 11 hằng năm, nhưng thực tế thường chậm "
          "hơn.")
# baomoi-21474762, trimmed: a season of every year (`từ 2 đến tháng 8 hàng năm`), a licence of 2015
SEASON = ("Tháng 3/2015, tỉnh Quảng Bình cho phép Công ty Oxalis đưa vào khai thác; thời gian khai thác từ tháng "
          "2 đến tháng 8 hàng năm với số lượng từ 700 đến 800 khách.")


@pytest.mark.parametrize("text,needle,value", [
    (FORUM, "tháng 9", "XXXX-09"),
    (FORUM, "tháng 10 hằng", "XXXX-10"),
    (REVIEW, "tháng 11", "XXXX-11"),
    (SEASON, "tháng 8", "XXXX-02/XXXX-08"),
])
def test_a_time_of_every_year_takes_no_year_from_the_article(text, needle, value):
    _, rows = rows_of(text)
    assert value_at(text, rows, needle) == value


@pytest.mark.parametrize("text,needle,value", [
    # the written dates of the same articles keep their years
    (FORUM, "tháng 10-2016", "2016-10"),
    (REVIEW, "tháng 10/2016", "2016-10"),
    # near misses: a day told once, right after a written month of its year (baomoi-22746016)
    ("Tháng 10/ 2016, chị Lan ra Hà Nam đưa con vào Huế chơi. Tối 26/10, Thạnh đón xe từ Hà Nam vào Huế gặp "
     "chị Lan. Khoảng 18h ngày 27/10, Thạnh đến quán chè nơi làm việc của chị Lan.", "ngày 27/10", "2016-10-27"),
    # `năm nay` after a month is this year's, not every year's (no `hằng năm`)
    ("Tháng 3/2016, Công an quận phát hiện đường dây. Đến cuối tháng 3 năm nay, chuyên án được triệt phá.",
     "Tháng 3/2016", "2016-03"),
])
def test_dates_not_told_as_every_year_keep_their_years(text, needle, value):
    _, rows = rows_of(text)
    assert value_at(text, rows, needle) == value


def test_with_a_published_date_the_published_year_is_kept():
    _, rows = rows_of(REVIEW, published="2017-03-02")
    assert value_at(REVIEW, rows, "tháng 11") == "2016-11"


def test_a_quarter_of_the_working_year_keeps_the_articles_year():
    # baomoi-21480467, trimmed: `của năm công tác` is this working year, not every year
    text = ("Ngày 15/5/2017, Cục Thi hành án dân sự tổ chức hội nghị giao ban. Đối với các cơ quan THADS, đây "
            "không phải là thời điểm đầu năm để có thể thảnh thơi mà đã vào giữa quý II của năm công tác.")
    _, rows = rows_of(text)
    assert value_at(text, rows, "quý II") == "2017-Q2"
