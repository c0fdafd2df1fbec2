"""deadlines round 9 (issue #14, recall and precision on fresh whole articles): a plan document's name before a
`trước`-marked day is the task's object, not an event (`hoàn chỉnh đồ án Quy hoạch chung ... trước ngày 10/02/2017`);
a plan word carries over to the plan's next step (`Dự kiến ... khởi công vào quý III/2017 và hoàn thành ... quý
III/2018`) (corpus sentences, with near misses that must not fire)."""
from __future__ import annotations

import pytest

from tests.test_deadlines import run


# ---------------------------------------------------------------- `hoàn chỉnh đồ án Quy hoạch ... trước ngày`
@pytest.mark.parametrize("text,due_text,task", [
    ("Yêu cầu hoàn chỉnh đồ án Quy hoạch chung đô thị Hòa Lạc trước ngày 10/02/2017 để tiếp tục tổ chức thẩm định.",
     "trước ngày 10/02/2017", "hoàn chỉnh đồ án Quy hoạch chung đô thị Hòa Lạc"),
    ("UBND tỉnh yêu cầu hoàn chỉnh đồ án Quy hoạch chung đô thị Hạ Long trước ngày 10/02/2017.",
     "trước ngày 10/02/2017", "hoàn chỉnh đồ án Quy hoạch chung đô thị Hạ Long"),
    ("Kế hoạch thực hiện Chiến lược phát triển ngành đến năm 2025 phải được ban hành trước tháng 3/2017.",
     "trước tháng 3/2017", None),
])
def test_a_plan_document_before_a_before_marked_day_is_the_task_object(text, due_text, task):
    _, rows = run(text, "2017-01-20")
    assert [r["due_text"] for r in rows] == [due_text]
    if task:
        assert rows[0]["task"] == task


@pytest.mark.parametrize("text", [
    "Sở Xây dựng cần rà soát Quy hoạch phát triển đô thị đến năm 2030.",
    "Theo Quy hoạch phát triển giao thông vận tải đến năm 2020 và tầm nhìn đến năm 2030, tỉnh sẽ xây dựng cầu.",
])
def test_a_plan_document_horizon_stays_no_deadline(text):
    _, rows = run(text, "2017-01-20")
    assert rows == []


# ---------------------------------------------------------------- `khởi công vào quý III/2017 và hoàn thành ...`
@pytest.mark.parametrize("text,due_text,due", [
    ("Theo UBND tỉnh, dự kiến Sở Giao thông vận tải sẽ khởi công cầu vào quý III/2017 và hoàn thành đưa vào sử "
     "dụng quý III/2018.", "quý III/2018", "2018-Q3"),
    ("UBND huyện dự kiến khởi công trường học trong tháng 8/2017 và hoàn thành trong tháng 12/2018.",
     "trong tháng 12/2018", "2018-12"),
    ("Theo kế hoạch, UBND thành phố sẽ khởi công dự án vào tháng 9/2017, sau đó hoàn thành vào tháng 6/2019.",
     "vào tháng 6/2019", "2019-06"),
])
def test_a_plan_word_carries_to_the_next_step(text, due_text, due):
    # (the start of works is the time of an event: only the completion is due)
    _, rows = run(text, "2017-06-20")
    assert [(r["due_text"], r["due"]) for r in rows] == [(due_text, due)]


@pytest.mark.parametrize("text", [
    "Năm 2016, huyện đã khởi công 3 công trình và hoàn thành 2 công trình trong tháng 12/2016.",
    "Hội nghị sẽ diễn ra vào ngày 5/8/2017 và kết thúc vào ngày 7/8/2017.",
])
def test_a_next_step_of_a_report_or_an_event_is_no_deadline(text):
    _, rows = run(text, "2017-06-20")
    assert rows == []


# ---------------------------------------------------------------- the step before a next step
def test_the_start_before_a_next_step_stays_an_event():
    text = ("Theo Trung tâm Điều hành chương trình chống ngập TPHCM, dự kiến cuối năm 2017 sẽ khởi công thực hiện nạo "
            "vét, khơi thông dòng cho kênh A41 và hoàn thành công tác này vào năm 2018.")
    _, rows = run(text, "2017-06-20")
    assert [r["due_text"] for r in rows] == ["vào năm 2018"]
