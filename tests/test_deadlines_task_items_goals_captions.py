"""deadlines task: a due time that opens its own item after another's, the measure a goal verb names before its
year, and a bracketed photo caption the task ran into (corpus sentences, with near misses that must not change)."""
from __future__ import annotations

import pytest

from tests.test_deadlines import run


def _tasks(text: str, published: str) -> list[tuple[str, str]]:
    _, rows = run(text, published)
    return [(r["due_text"], r["task"]) for r in rows]


def test_due_time_opening_its_own_item_takes_only_its_item():
    text = ("Đến ngày 9-5 vừa qua, Công ty Thái Bình Dương, chủ đầu tư, có văn bản gửi BQT, đề nghị thanh toán theo lộ "
            "trình: Cuối tháng 6-2017 thanh toán 500 triệu đồng, cuối tháng 7-2017 thanh toán 500 triệu đồng và cuối "
            "tháng 8-2017 sẽ thanh toán hết phần còn lại.")
    assert _tasks(text, "2017-05-20") == [
        ("Cuối tháng 6-2017", "thanh toán 500 triệu đồng"),
        ("cuối tháng 7-2017", "thanh toán 500 triệu đồng"),
        ("cuối tháng 8-2017", "thanh toán hết phần còn lại"),
    ]


def test_item_after_another_due_time_keeps_its_task_when_its_own_part_is_too_short():
    # (`còn 25%` alone says too little: the shared measure stays)
    text = ("Tỷ lệ chôn lấp rác thải hiện nay trên địa bàn thành phố là 76%, thành phố sẽ thực hiện các giải pháp cũng "
            "như kêu gọi đầu tư công nghệ xử lý hiện đại, phấn đấu đến năm 2020 tỷ lệ chôn lấp rác còn 60% và đến năm "
            "2025 còn 25%.")
    tasks = dict(_tasks(text, "2017-06-01"))
    assert "tỷ lệ chôn lấp rác" in tasks["đến năm 2025"]


def test_later_directive_item_after_its_due_time_is_unchanged():
    text = ("UBND tỉnh yêu cầu Sở Tài chính báo cáo trước ngày 15/3, trước ngày 30/3 trình UBND tỉnh phương án phân bổ "
            "kinh phí.")
    assert dict(_tasks(text, "2017-03-01"))["trước ngày 30/3"] == "trình UBND tỉnh phương án phân bổ kinh phí"


@pytest.mark.parametrize("text,task", [
    ("Hà Nội sẽ tiếp tục cải thiện môi trường đầu tư. Theo đó, Thành phố phấn đấu tốc độ tăng GRDP năm 2017 đạt từ "
     "8,5 - 9%, GRDP bình quân đầu người từ 86 đến 88 triệu đồng; tốc độ tăng vốn đầu tư phát triển trên địa bàn từ 11 "
     "đến 12%.", "tốc độ tăng GRDP đạt từ 8,5 - 9%"),
    ("Ngân hàng Nhà nước Việt Nam xây dựng phương án cụ thể phấn đấu thực hiện giảm lãi suất tín dụng cho vay đầu tư "
     "sản xuất, kinh doanh, phù hợp với diễn biến lạm phát, phấn đấu tăng trưởng tín dụng cả năm 2017 đạt trên 18%; "
     "theo dõi sát diễn biến của tín dụng cho nông nghiệp công nghệ cao.", "tăng trưởng tín dụng đạt trên 18%"),
])
def test_goal_measure_named_before_its_year_leads_the_task(text, task):
    rows = _tasks(text, "2017-01-20")
    assert rows and rows[0][1] == task


def test_goal_year_before_the_goal_verb_is_unchanged():
    assert _tasks("Năm 2017 thành phố phấn đấu đạt tốc độ tăng trưởng kinh tế 8,5%.", "2017-01-20") == [
        ("Năm 2017", "đạt tốc độ tăng trưởng kinh tế 8,5%")]


def test_whole_period_word_before_the_year_is_no_part_of_the_task():
    rows = _tasks("Tỉnh phấn đấu cả năm 2017 thu ngân sách đạt 29.000 tỷ đồng.", "2017-01-20")
    assert rows and "cả" not in rows[0][1].split()


def test_all_of_before_the_due_time_stays_in_the_task():
    rows = _tasks("UBND tỉnh yêu cầu Sở Xây dựng phải giải quyết dứt điểm tất cả trước ngày 30/6.", "2017-05-01")
    assert rows and rows[0][1].endswith("tất cả")


@pytest.mark.parametrize("text,published,task", [
    ("Dự kiến trong tháng 7, Hà Nội sẽ công bố kết luận thanh tra đất đai ở Đồng Tâm, Mỹ Đức, Hà Nội (ảnh: Việt Linh)  "
     "Sáng 3/7, trao đổi với báo chí bên lề kỳ họp HĐND TP Hà Nội, ông Nguyễn Anh Huy, Phó Chánh thanh tra TP Hà Nội, "
     "đã trả lời một số vấn đề liên quan.", "2017-07-03",
     "công bố kết luận thanh tra đất đai ở Đồng Tâm, Mỹ Đức, Hà Nội"),
    ("Lãnh đạo thành phố Hà Nội yêu cầu rút kinh nghiệm trong việc “làm mới” các di tích (ảnh chụp di tích Hoàng "
     "thành Thăng Long) Chấn chỉnh công tác quản lý lễ hội Đánh giá về công tác, nhiệm vụ trong tháng đầu năm 2017, "
     "bên cạnh các kết quả đạt được, Chủ tịch UBND thành phố Hà Nội Nguyễn Đức Chung cũng chỉ rõ việc cần nghiêm túc "
     "rút kinh nghiệm, không để tái diễn.", "2017-02-05",
     "rút kinh nghiệm trong việc “làm mới” các di tích"),
])
def test_task_stops_at_a_bracketed_photo_caption(text, published, task):
    rows = _tasks(text, published)
    assert rows and rows[0][1] == task


def test_bracket_that_is_no_caption_stays_in_the_task():
    text = "Thứ trưởng yêu cầu Sở GD-ĐT Hà Nội báo cáo kết quả về Bộ (qua Vụ Giáo dục Mầm non) trước ngày 10/02/2017."
    assert _tasks(text, "2017-02-01") == [("trước ngày 10/02/2017", "báo cáo kết quả về Bộ (qua Vụ Giáo dục Mầm non)")]
