"""Years round 2 (issue #16): years the article's own text settles, two-day spans, two-name bylines.

Sentences from the corpus (baomoi 2017, dantri 2021), no published date: the year must come from the text.
"""
from __future__ import annotations

import pytest

from tests.test_dates import rows_of, value_at
from vnextract.extractors.layout import parse_byline

# (text, [(needle, value)]): each case a corpus sentence or two, traps after the cases that fire
CASES = [
    # a Tết written `Tết Nguyên đán` with its lunar year and its year states the article's year
    ("Ngay trong tuần làm việc đầu tiên sau dịp nghỉ Tết Nguyên đán Đinh Dậu 2017, không khí làm việc rất "
     "nghiêm túc. Bà Quỳnh đến chứng thực hồ sơ vào ngày 7-2 cho biết như vậy.",
     [("ngày 7-2", "2017-02-07")]),
    ("Dịp Tết Nguyên đán Tân Sửu 2021 vừa rồi, bà con trồng hành bán được giá. Để giải quyết số hành tồn "
     "đọng, ngày 19/4, thị xã có văn bản đề nghị Phòng Kinh tế rà soát.",
     [("ngày 19/4", "2021-04-19")]),
    # ... not a Tết of history beside a later year
    ("Tết Nguyên đán Mậu Thân 1968 đi vào lịch sử. Năm 1995, ông trở lại. Ngày 7-2, ông kể lại.",
     [("Ngày 7-2", "XXXX-02-07")]),
    # an undated day the article writes elsewhere with its year
    ("Thì từ 1-6, chủ đầu tư được trực tiếp quản lý dự án. Chứng chỉ đã được cấp trước ngày 01/06/2017 "
     "vẫn được tiếp tục sử dụng.",
     [("1-6", "2017-06-01")]),
    ("Ngày 22/4, đoàn công tác đến kiểm tra. Kết quả kiểm tra ngày 22/4/2021 cho thấy nhiều sai phạm.",
     [("Ngày 22/4", "2021-04-22")]),
    # ... not a day of every year (`của năm báo cáo`), not an anniversary's base, not two years written
    ("Doanh nghiệp gửi Bộ Tài chính trước ngày 31/8 của năm báo cáo. Chỉ có 10 đơn vị lập báo cáo "
     "trước ngày 31/8/2016.",
     [("ngày 31/8", "XXXX-08-31")]),
    ("Sáng 2/9, người dân đổ về quảng trường. Quốc khánh 2/9/1945 là mốc son. Năm 2017, tỉnh đạt 19 tiêu chí.",
     [("Sáng 2/9", "XXXX-09-02")]),
    ("Ngày 5/6, đoàn làm việc. Ngày 5/6/2016 và ngày 5/6/2017 là hai mốc của dự án.",
     [("Ngày 5/6", "XXXX-06-05")]),
    # an event named with its year dates the days of its sentence
    ("Chiều 8.5, tàu hải quân Mỹ USNS Fall River cập cảng Tiên Sa, TP.Đà Nẵng, bắt đầu chương trình "
     "Đối tác Thái Bình Dương 2017 (PP17).",
     [("8.5", "2017-05-08")]),
    ("Tối 17-5, tại sân vận động làng Sen, UBND tỉnh Nghệ An long trọng khai mạc Lễ hội Làng Sen 2017.",
     [("17-5", "2017-05-17")]),
    ("Ngày 7.7, ông Đinh Xuân Nguyên, Phó ban tổ chức Lễ hội chọi trâu Đồ Sơn 2017 cho biết như vậy.",
     [("Ngày 7.7", "2017-07-07")]),
    ("Phongsavanh Souphavady đăng quang tại cuộc thi Miss World Laos 2021 diễn ra vào tối 31/3.",
     [("31/3", "2021-03-31")]),
    # ... not a year under review, not a name without its capitals, not a product, not next year's event
    ("Ngày 10/1, huyện tổ chức Hội nghị tổng kết công tác Đảng 2016.", [("Ngày 10/1", "XXXX-01-10")]),
    ("Ngày 12/1, Samsung giới thiệu Galaxy A7 2017 tại Hà Nội.", [("Ngày 12/1", "XXXX-01-12")]),
    ("Ngày 20/12, Ban tổ chức công bố chương trình Lễ hội Hoa Đà Lạt 2018.", [("Ngày 20/12", "XXXX-12-20")]),
    ("Ngày 3/6, đoàn thăm chương trình hành động đến 2030 của tỉnh.", [("Ngày 3/6", "XXXX-06-03")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_years_the_text_settles(text, expected):
    _, rows = rows_of(text)
    for needle, value in expected:
        assert value_at(text, rows, needle) == value, (needle, rows)


@pytest.mark.parametrize("text,needle,value", [
    ("Cũng trong hai ngày 4 và 5-2, hàng trăm CBCS công an, quân đội cùng người dân gia cố đê.",
     "ngày 4 và 5-2", "XXXX-02-04/XXXX-02-05"),
    ("Kỳ thi diễn ra trong hai ngày 10 và 11/06, đối với hệ không chuyên.", "ngày 10 và 11/06",
     "XXXX-06-10/XXXX-06-11"),
    ("Chương trình diễn ra trong 2 ngày 20 và 21/5/2017 với nhiều hoạt động.", "ngày 20 và 21/5/2017",
     "2017-05-20/2017-05-21"),
])
def test_two_days_running_are_one_span(text, needle, value):
    _, rows = rows_of(text)
    assert [(r["text"], r["value"]) for r in rows] == [(needle, value)]


@pytest.mark.parametrize("text,want", [
    ("Thí sinh thi vào ngày 2 hoặc 3/6.", ["XXXX-06-02", "XXXX-06-03"]),       # a choice
    ("Đoàn làm việc vào ngày 8 và 10/6.", ["XXXX-06-08", "XXXX-06-10"]),       # days apart
    ("Các ngày 19, 21 và 23/07 có mưa.", ["XXXX-07-19", "XXXX-07-21", "XXXX-07-23"]),
])
def test_other_day_lists_stay_days(text, want):
    _, rows = rows_of(text)
    assert [r["value"] for r in rows] == want


@pytest.mark.parametrize("line,want", [
    ("Công Minh Hoàng Giang", ["Công Minh", "Hoàng Giang"]),
    ("Đình Sơn Lê Quân", ["Đình Sơn", "Lê Quân"]),
    ("Việt Hương Nguyễn Hoàn", ["Việt Hương", "Nguyễn Hoàn"]),
    # one full name: it starts with its surname
    ("Nguyễn Thị Hồng Vui", ["Nguyễn Thị Hồng Vui"]),
    ("Trần Thị Mai Anh", ["Trần Thị Mai Anh"]),
    ("Phạm Chu Quang Vinh", ["Phạm Chu Quang Vinh"]),
])
def test_two_pen_names_without_their_dash(line, want):
    assert parse_byline(line) == want


@pytest.mark.parametrize("text,want", [
    ("Dinh mang tên Quốc vương Campuchia bấy giờ (Vua Norodom 1834-1904) do Sở Công chánh Sài Gòn đảm trách.",
     [("1834-1904", "1834/1904")]),
    ("Cụ Nguyễn Đình Chiểu (1822 - 1888) là nhà thơ lớn của Nam Bộ.", [("1822 - 1888", "1822/1888")]),
    # not a bare older span outside brackets, nor a phone number, nor a dynasty's centuries
    ("Mã số 1834-1904 của hồ sơ được lưu.", []),
    ("Liên hệ số (028) 3834-1904 để được hỗ trợ.", []),
    ("Chùa được xây dựng dưới thời nhà Minh (1368-1644).", []),
])
def test_a_life_span_in_brackets_is_a_year_span(text, want):
    _, rows = rows_of(text)
    assert [(r["text"], r["value"]) for r in rows] == want


def test_a_spans_end_a_year_later_does_not_date_its_start():
    # baomoi-22300769: a 12-month flight ban from 21/5 ends on 21/5/2018 (the article is of 2017)
    text = ("Cục Hàng không VN vừa ra quyết định cấm bay 12 tháng (kể từ 21/5) đối với bà Trần Thị T. Như vậy, bà T. "
            "sẽ bị cấm bay cho đến hết ngày 21/5/2018 và phải chịu sự kiểm tra từ ngày 22/5/2018 đến ngày 22/5/2019.")
    _, rows = rows_of(text)
    assert value_at(text, rows, "21/5)") == "XXXX-05-21"
