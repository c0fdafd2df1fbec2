"""deadlines round 6 (issue #14, recall on fresh articles): a marked year's end without a year (`vào cuối năm`,
`đến cuối năm`, `từ nay đến cuối năm`) is a due time of the article's year, and a task ends at the closing quote of
the quotation its due time is in (corpus sentences, with near misses that must not fire)."""
from __future__ import annotations

import pytest

from tests.test_deadlines import run

# (text, published, due_text, due, task, responsible)
YEAR_ENDS = [
    ("Chủ đầu tư khẳng định, các đơn vị thi công sẽ nỗ lực hoàn thành gói thầu vào cuối năm để di dời bến xe hiện "
     "hữu.", None, "vào cuối năm", "XXXX", "nỗ lực hoàn thành gói thầu", "các đơn vị thi công"),
    ("Phó Chủ tịch UBND TP.HCM cũng yêu cầu đến cuối năm, Sở Quy hoạch Kiến trúc phải làm xong phần mềm để người dân "
     "sử dụng điện thoại thông minh tìm hiểu mọi thông tin về quy hoạch đất đai.", None, "đến cuối năm", "XXXX",
     "phải làm xong phần mềm", "Sở Quy hoạch Kiến trúc"),
    ("Ông Trần Quốc Vượng nêu rõ: Từ nay đến cuối năm, ít nhất mỗi tỉnh phải có 1, 2 cuộc kiểm tra khi có dấu hiệu vi "
     "phạm.", "2017-07-10", "Từ nay đến cuối năm", "2017",
     "ít nhất mỗi tỉnh phải có 1, 2 cuộc kiểm tra khi có dấu hiệu vi phạm", ...),
    # a published date gives the year
    ("Lãnh đạo thành phố yêu cầu Sở Giao thông vận tải có đánh giá tổng thể hơn đề án cũ, để trình HĐND thành phố "
     "vào cuối năm.", "2017-06-20", "vào cuối năm", "2017", ..., "Sở Giao thông vận tải"),
]


@pytest.mark.parametrize("text,published,due_text,due,task,responsible", YEAR_ENDS)
def test_a_marked_year_end_without_a_year_is_a_due_time(text, published, due_text, due, task, responsible):
    _, rows = run(text, published)
    assert [(r["due_text"], r["due"]) for r in rows] == [(due_text, due)]
    if task is not ...:
        assert rows[0]["task"] == task
    if responsible is not ...:
        assert rows[0]["responsible"] == responsible


def test_a_written_year_after_the_year_end_is_the_dates_mention_not_a_second_row():
    _, rows = run("UBND tỉnh yêu cầu Sở Xây dựng phải hoàn thành việc rà soát vào cuối năm 2017.", "2017-05-01")
    assert [(r["due_text"], r["due"]) for r in rows] == [("vào cuối năm 2017", "2017")]


def test_a_year_end_due_time_has_the_published_year_end_as_its_date():
    _, rows = run("UBND tỉnh yêu cầu Sở Xây dựng phải hoàn thành việc rà soát trước cuối năm.", "2021-04-20")
    assert [(r["due"], r["due_date"]) for r in rows] == [("2021", "2021-12-31")]


YEAR_ENDS_NOT_DEADLINES = [
    # another year's end or a season: no due time of the article's year
    ("Giá đất tại khu Đông Tăng Long từ đầu năm 2016 chỉ ở vào khoảng 10-12 triệu đồng/m2, đến cuối năm ngoái đã tăng "
     "lên mức 15-17 triệu đồng/m2.", "2017-05-01"),
    ("Nhà trường phải hoàn thành việc chấm bài vào cuối năm học.", "2017-05-01"),
    # reported facts and forecasts with a year's end
    ("Tổng lợi nhuận lũy kế chưa phân phối đến cuối năm đạt 13,4 tỷ đồng.", "2017-05-01"),
    ("Rất khó để đưa ra dự báo chính xác nhưng cá nhân tôi cho rằng không loại trừ sẽ có những đợt sóng mới vào cuối "
     "năm.", None),
    ("Cưới nhau đầu năm thì đến cuối năm anh chị có với nhau đứa con đầu lòng.", None),
    # no marker before it: a year's end of the story
    ("Cuối năm, giá các mặt hàng điện tử giảm mạnh.", "2017-05-01"),
]


@pytest.mark.parametrize("text,published", YEAR_ENDS_NOT_DEADLINES)
def test_year_ends_without_a_requirement_are_not_deadlines(text, published):
    _, rows = run(text, published)
    assert rows == []


def test_a_task_ends_at_the_closing_quote_of_its_quotation():
    text = ("“Sản phẩm phần mềm này vừa chính xác, vừa nhanh. Từ nay đến cuối năm phải hoàn thành phần mềm này”, đồng "
            "chí Lê Văn Khoa yêu cầu.")
    _, rows = run(text, None)
    assert [(r["due_text"], r["task"]) for r in rows] == [("Từ nay đến cuối năm", "phải hoàn thành phần mềm này")]


def test_a_quoted_name_the_task_opens_after_its_due_time_stays_in_the_task():
    _, rows = run("Trong tháng 8/2017, Sở Xây dựng sẽ hoàn thành “Đề án phát triển nhà ở xã hội”, trình UBND tỉnh.",
                  "2017-06-01")
    assert [r["task"].startswith("hoàn thành “Đề án phát triển nhà ở xã hội”") for r in rows] == [True]
