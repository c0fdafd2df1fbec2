"""deadlines (issue #14, recall on undated government news): a plan clause coordinated after a reported one keeps its
due time (`tỷ lệ bao phủ đã đạt 79% và sẽ phấn đấu đến năm 2020 ...`: the `đã` is the reported clause's), an undated
article's `vào cuối năm nay` is a year's end of the article's year (`XXXX`), and a yes/no question about a commitment is
no commitment (corpus sentences, with near misses that must not fire)."""
from __future__ import annotations

import pytest

from tests.test_deadlines import run

# (text, due_text, due): a past word of the clause before a coordinated plan modal
COORDINATED_PLANS = [
    ("Thế nhưng, với sự vào cuộc đồng bộ của cả hệ thống chính trị, 6 tháng đầu năm 2017, tỷ lệ bao phủ đã đạt 79% và "
     "sẽ phấn đấu đến năm 2020 đạt trên 90%.", "đến năm 2020", "2020"),
    ("Đến nay, dự án thực hiện được khoảng 30% khối lượng, Chủ đầu tư đã chủ động thực hiện các giải pháp để đẩy nhanh "
     "tiến độ thực hiện, các gói thầu xây lắp đã từng bước rút ngắn thời gian bị chậm, phấn đấu hoàn thành dự án vào năm "
     "2021.", "vào năm 2021", "2021"),
    ("Xã đã đạt 11/19 tiêu chí NTM và phấn đấu năm 2017 này hoàn thành thêm 2 tiêu chí.", "năm 2017", "2017"),
    ("Phó chủ tịch UBND TP Hải Phòng Nguyễn Xuân Bình cho biết, cầu vượt biển Tân Vũ - Lạch Huyện hiện đã cơ bản hoàn "
     "thành, dự kiến thông xe kỹ thuật và đưa vào sử dụng vào đầu tháng 9 tới.", "vào đầu tháng 9", "XXXX-09"),
]


@pytest.mark.parametrize("text,due_text,due", COORDINATED_PLANS)
def test_a_past_word_before_a_coordinated_plan_is_the_reported_clause_s(text, due_text, due):
    _, rows = run(text)
    assert [(r["due_text"], r["due"]) for r in rows] == [(due_text, due)]


COORDINATED_NOT_DEADLINES = [
    # the past word is the plan's own (after the coordinator): what was to be done, a report
    "Tỉnh đã thành lập tổ công tác và đã phải hoàn thành báo cáo trước ngày 20/6/2016.",
    # the coordinated plan is an event's time
    "Được biết, giấy triệu tập của Hội đồng kỷ luật đã chuyển tới ông Bùi Quang Hưng ngày 8/2 và dự kiến sẽ họp vào "
    "ngày 20/2/2017.",
    # a foreign country's plan
    "Singapore và Malaysia đã điều các tàu cứu hộ để giải cứu tàu ngầm Indonesia và dự kiến sẽ đến khu vực tìm kiếm vào "
    "ngày 24/4.",
]


@pytest.mark.parametrize("text", COORDINATED_NOT_DEADLINES)
def test_a_coordinated_clause_that_is_no_plan_of_the_work_stays_no_deadline(text):
    _, rows = run(text)
    assert rows == []


# (text, due_text): an undated article's year's end with `nay`
THIS_YEAR_ENDS = [
    ("Tỉnh Bình Dương đã đầu tư khoảng 3.000 tỉ đồng thực hiện dự án thu gom. Dự kiến đến cuối năm nay, Bình Dương hoàn "
     "thành dự án này.", "đến cuối năm nay"),
    ("Theo đó, Thủ tướng giao cho Bộ Giao thông Vận tải chủ trì, thuê tư vấn nước ngoài nghiên cứu, đánh giá, khảo sát "
     "theo hướng mở rộng sân bay Tân Sơn Nhất và báo cáo kết quả cho thường trực Chính phủ vào cuối năm nay.",
     "vào cuối năm nay"),
    ("Phó Chủ tịch UBND TP Nguyễn Doãn Toản cho hay, Thủ đô sẽ hoàn thành cổ phần hóa Tổng Công ty Thương mại Hà Nội "
     "Hapro có giá trị vốn NN là 2.200 tỷ đồng vào cuối năm nay.", "vào cuối năm nay"),
]


@pytest.mark.parametrize("text,due_text", THIS_YEAR_ENDS)
def test_an_undated_article_s_year_end_with_nay_is_a_due_time_of_unknown_year(text, due_text):
    _, rows = run(text)
    assert [(r["due_text"], r["due"], r["due_date"]) for r in rows] == [(due_text, "XXXX", None)]


def test_a_dated_article_s_year_end_with_nay_is_the_published_year():
    _, rows = run("Thủ đô sẽ hoàn thành cổ phần hóa Tổng Công ty Thương mại Hà Nội Hapro vào cuối năm nay.", "2017-07-12")
    assert [(r["due_text"], r["due"]) for r in rows] == [("vào cuối năm nay", "2017")]


THIS_YEAR_NOT_DEADLINES = [
    # a yes/no question about a commitment
    "Trước câu trả lời này, bà Nguyễn Thị Quyết Tâm ngắt lời: “Vậy giám đốc Sở TN-MT có cam kết đến cuối năm nay, kênh "
    "Ba Bò có hết ô nhiễm hay không?”. Trả lời bà Tâm, ông Thắng nói sẽ cố gắng.",
    # a foreign leader's visit, a company's product launch, a forecast
    "Riêng với Philippines, ông Modi dự kiến sẽ thăm Manila vào cuối năm nay nhân dịp tham dự Hội nghị Thượng đỉnh Ấn Độ - "
    "ASEAN.",
    "Các nhà phân tích tại Standard Chartered cho rằng khả năng giá vàng sẽ theo xu hướng tăng vào cuối năm nay.",
]


@pytest.mark.parametrize("text", THIS_YEAR_NOT_DEADLINES)
def test_a_year_end_with_nay_that_is_no_commitment_is_no_deadline(text):
    _, rows = run(text)
    assert rows == []


def test_a_question_that_asks_for_no_yes_or_no_keeps_its_deadline():
    # (only a yes/no question about the commitment itself; an order before a question stays an order)
    _, rows = run("Bí thư yêu cầu Sở Xây dựng phải báo cáo trước ngày 30/6/2017, vì sao dự án chậm?", "2017-06-01")
    assert [r["due_text"] for r in rows] == ["trước ngày 30/6/2017"]
