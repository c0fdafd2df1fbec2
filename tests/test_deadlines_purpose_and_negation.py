"""deadlines round 2 (issue #14): the aim of a planned task after a purpose word, a directive's negated modal after
its due time, an agent that ends at an adverb (corpus sentences)."""
from __future__ import annotations

import pytest

from tests.test_deadlines import run

# `để có thể khởi công ... vào năm 2019`: the aim of a planned task is no forecast and no event's time
AIMS = [
    ("Thời gian tới, UBND tỉnh Đồng Nai sẽ tiếp tục rà soát, chuẩn bị các điều kiện cần thiết nhằm triển khai nhanh, "
     "có hiệu quả công tác bồi thường, hỗ trợ, tái định cư để có thể khởi công xây dựng dự án vào năm 2019 và đưa "
     "vào sử dụng giai đoạn 1 vào năm 2025.", "2017-07-20",
     [("vào năm 2019", "2019"), ("vào năm 2025", "2025")]),
    ("Sau khi nghe ý kiến của đại diện các Sở, ngành, Phó Chủ tịch Nguyễn Ngọc Tuấn yêu cầu các công trình phục vụ cho "
     "sự kiện APEC là rất quan trọng phải tập trung nhân lực để hoàn thành trong tháng 6-2017 và không thể thay đổi "
     "tiến độ.", "2017-02-20", [("trong tháng 6-2017", "2017-06")]),
]


@pytest.mark.parametrize("text,published,want", AIMS)
def test_aim_of_a_planned_task_is_a_due_time(text, published, want):
    _, rows = run(text, published)
    assert [(r["due_text"], r["due"]) for r in rows] == want


AIMS_NOT = [
    # a forecast stays a forecast
    ("Theo các chuyên gia, giá vàng có thể tăng mạnh vào cuối năm 2017.", "2017-07-20"),
    ("Dự án có thể khởi công vào năm 2019 nếu đủ vốn.", "2017-07-20"),
    # the start of works without a plan cue is an event's time
    ("Công trình khởi công vào tháng 3/2016 với tổng vốn 200 tỷ đồng.", "2017-07-20"),
    # a period of the plan stays a horizon
    ("Tỉnh đã ban hành kế hoạch phát triển du lịch giai đoạn 2016-2020 để khởi công nhiều dự án.", "2017-07-20"),
]


@pytest.mark.parametrize("text,published", AIMS_NOT)
def test_forecasts_and_starts_without_a_plan_stay_out(text, published):
    _, rows = run(text, published)
    assert rows == []


# the agent phrase ends at an adverb before its verb
AGENTS = [
    ("Trên tinh thần này, Phó Thủ tướng Vương Đình Huệ đề nghị, các bộ, địa phương dứt khoát phải phấn đấu để hoàn "
     "thành kế hoạch cổ phần hóa trước ngày 30/11.", "các bộ, địa phương"),
    ("Ông đề nghị các sở, ngành dứt khoát hoàn thành việc rà soát trước ngày 15/8.", "các sở, ngành"),
]


@pytest.mark.parametrize("text,resp", AGENTS)
def test_agent_ends_at_an_adverb(text, resp):
    _, rows = run(text, "2017-07-20")
    assert [r["responsible"] for r in rows] == [resp]


def test_agent_ends_at_nhanh_chong_and_task_drops_an_open_bracket():
    _, rows = run("Đề nghị các địa phương nhanh chóng bàn giao đất sạch trong tháng 8 để sớm thực hiện giai đoạn 1 của dự án.",
                  "2017-06-20")
    assert [(r["due_text"], r["responsible"]) for r in rows] == [("trong tháng 8", "các địa phương")]
    _, rows = run("Giao Sở Kế hoạch và Đầu tư chuẩn bị các điều kiện và giải quyết các thủ tục đầu tư để khởi công Nhà máy "
                  "nước mặt sông Đuống (đầu tháng 3/2017).", "2017-02-06")
    assert [r["task"] for r in rows] == [
        "chuẩn bị các điều kiện và giải quyết các thủ tục đầu tư để khởi công Nhà máy nước mặt sông Đuống"]
