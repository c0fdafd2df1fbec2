"""Years (issue #16): a plan's written date near an undated day.

Sentences from the baomoi corpus (a January-July 2017 crawl, no published date): the year must come
from the text. A plan's day or month (`sẽ diễn ra từ ngày 11 - 13.2.2017`) is no date of the present,
but the present comes shortly before it: it places an undated day before or inside it, within a month,
when a written date of the present is of the same year (a plan's month alone is as often a year away).
"""
from __future__ import annotations

import pytest

from tests.test_dates import rows_of, value_at

# (text, [(needle, value)]): each case a corpus passage, shortened
CASES = [
    # a planned day span a few days after the undated day, a written date of the present in the same year
    ("Chiều 6.2, Ban tổ chức (BTC) lễ hội hoa anh đào Tuyền Lâm - Đà Lạt lần thứ nhất năm 2017 chính thức "
     "thông báo chủ trương của UBND tỉnh Lâm Đồng là dừng tổ chức lễ hội này. Theo kế hoạch được tỉnh phê "
     "duyệt trước đó, lễ hội hoa anh đào nói trên sẽ diễn ra từ ngày 11 - 13.2.2017 tại khu du lịch hồ Tuyền "
     "Lâm. Hiện nay, những cây mai anh đào được trồng từ ngày 26.12.2016 vẫn chưa nở hoa.",
     [("Chiều 6.2", "2017-02-06")]),
    ("Lễ hội Cà phê Buôn Ma Thuột lần thứ 6 sẽ được tổ chức tại thành phố Buôn Ma Thuột từ ngày 8/3 - "
     "13/3/2017. Tại buổi họp báo giới thiệu Lễ hội tổ chức tại Hà Nội ngày 06/2, Ban Tổ chức cho biết: Lễ "
     "khai mạc sẽ được tổ chức vào ngày 10/3/2017. Năm 2017, lễ hội có quy mô lớn nhất từ trước đến nay.",
     [("ngày 06/2", "2017-02-06")]),
    # a planned month the undated days fall in or just before
    ("Ngày 22/6, cơ quan điều tra đã khởi tố bị can 3 người liên quan đến vụ sự cố chạy thận. Sáng 29/5, "
     "18 bệnh nhân đang chạy thận có dấu hiệu bất thường. Nếu năm 2010 chỉ có 10 bệnh nhân thì trong năm "
     "2017 đã có tới 150 bệnh nhân. Nếu hoàn thành sớm công tác lắp đặt vào tháng 6/2017, các bệnh nhân sẽ được đưa về Hòa Bình.",
     [("Ngày 22/6", "2017-06-22"), ("Sáng 29/5", "2017-05-29")]),
]

# ... and the plans that must not date the day
TRAPS = [
    # a plan's month alone: as often a year away (the factory is due in 2018, the story is of 2017)
    ("Ngày 7/6 tại TP.HCM, Bộ Ngoại giao phối hợp với UBND TP.HCM tổ chức hội nghị. Dự kiến, nhà máy này "
     "sẽ khởi công trong quý 3 năm nay và hoàn thành đưa vào sử dụng tháng 7/2018.",
     [("Ngày 7/6", "XXXX-06-07")]),
    ("Cơ quan Hàng không Vũ trụ Mỹ (NASA) ngày 31/5 đã công bố sứ mệnh đầy tham vọng đưa một tàu vũ trụ "
     "tới gần Mặt trời. Tàu dự kiến sẽ được phóng vào tháng 7/2018 từ Trung tâm vũ trụ Kennedy.",
     [("ngày 31/5", "XXXX-05-31")]),
    # a day after the plan it is near: the present comes before its plans
    ("Ngày 5/1, Công ty tổ chức lễ ra quân. Công ty cam kết sẽ hoàn thành di dời chợ vào tháng 12/2016. "
     "Năm 2016, UBND huyện đã kiểm tra công trường nhiều lần.",
     [("Ngày 5/1", "XXXX-01-05")]),
    # a deadline's day (`trước ngày`) is no plan the present is near
    ("Ngày 2/6, UBND tỉnh có văn bản yêu cầu các sở báo cáo trước ngày 15/6/2017. Năm 2016, tỉnh đã "
     "thu hồi 12 dự án.",
     [("Ngày 2/6", "XXXX-06-02")]),
]

@pytest.mark.parametrize("text,expected", CASES + TRAPS)
def test_plan_dates_near_an_undated_day(text, expected):
    _, rows = rows_of(text)
    for needle, value in expected:
        assert value_at(text, rows, needle) == value, needle
