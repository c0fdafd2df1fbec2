"""deadlines round 9d (issue #14, who and what): a later `;` item of a directive whose addressee is the subject of a
nested order (`yêu cầu UBND thành phố chỉ đạo tháo dỡ ...; phối hợp ... trước ngày 7/5`) is set by the outer order:
its responsible is that order's addressee, its directed_by that order's official, and its task is the item's own text,
not the items before it. Corpus sentences, with near misses that must keep their reading."""
from __future__ import annotations

import pytest

from tests.test_deadlines_carried_addressees_and_national_posts import _official, _row


# ---------------------------------------------------------------- a later item of a nested order
@pytest.mark.parametrize("text,due_text,responsible,official,task", [
    # dantri-unc-news_society_104
    ("Sau khi kiểm tra thực trạng sông Ngũ Huyện Khê và một số cơ sở sản xuất trên địa bàn phường, Phó Chủ tịch "
     "Thường trực UBND tỉnh Vương Quốc Tuấn yêu cầu UBND thành phố chỉ đạo tháo dỡ các hệ thống xả thải không đúng "
     "quy định ra sông Ngũ Huyện Khê trước ngày 30/4, thường xuyên kiểm tra sau khi đã thực hiện việc tháo dỡ; phối "
     "hợp công ty Bắc Đuống cắt bỏ các đường ống lấy nước mặt từ hệ thống đập Phú Lâm trước ngày 7/5.",
     "trước ngày 7/5", "UBND thành phố", ("Vương Quốc Tuấn", "Phó Chủ tịch Thường trực UBND tỉnh"),
     "phối hợp công ty Bắc Đuống cắt bỏ các đường ống lấy nước mặt từ hệ thống đập Phú Lâm"),
    # baomoi-22642994
    ("Văn phòng Chính phủ đề nghị Chủ tịch tỉnh chỉ đạo thanh tra trong vòng 6 năm, từ năm 2010-2016; báo cáo lên "
     "Thủ tướng Chính phủ trước ngày 1-10-2017.", "trước ngày 1-10-2017", "Chủ tịch tỉnh", None,
     "báo cáo lên Thủ tướng Chính phủ"),
    # baomoi-22236711
    ("Phó Thủ tướng giao Ngân hàng Nhà nước chỉ đạo kiểm tra nội dung phản ánh của Công ty Trách nhiệm hữu hạn Quốc "
     "Hân về việc lập các hợp đồng tín dụng; báo cáo kết quả lên Thủ tướng Chính phủ trước ngày 1/7/2017.",
     "trước ngày 1/7/2017", "Ngân hàng Nhà nước", None, "báo cáo kết quả lên Thủ tướng Chính phủ"),
])
def test_later_item_of_a_nested_order(text, due_text, responsible, official, task):
    officials = [_official(text, *official)] if official else None
    row = _row(text, due_text, officials=officials)
    assert row["responsible"] == responsible
    assert row["task"] == task
    if official:
        assert row["directed_by"] == official[0]


# ---------------------------------------------------------------- the addressee's own later item
def test_later_item_of_a_listed_addressee():
    # baomoi-21488028: the `:` list of bodies the addressee works with is no part of the report's task
    text = ("Về việc trên, UBND TP Hà Nội giao Sở Tài nguyên và Môi trường chủ trì cùng các sở: Nông nghiệp và Phát "
            "triển nông thôn, Giao thông Vận tải và UBND huyện Thanh Trì kiểm tra xử lý theo quy định; báo cáo kết quả "
            "thực hiện về Báo Nhân Dân và UBND TP Hà Nội trước 15/2.")
    row = _row(text, "trước 15/2")
    assert row["responsible"] == "Sở Tài nguyên và Môi trường"
    assert row["task"] == "báo cáo kết quả thực hiện về Báo Nhân Dân và UBND TP Hà Nội"


# ---------------------------------------------------------------- near misses: the reading stays
def test_first_item_keeps_the_order_after_the_addressee():
    # the item the directive opens: its task follows the addressee and the nested verb
    text = ("Phó Chủ tịch Thường trực UBND tỉnh Vương Quốc Tuấn yêu cầu UBND thành phố chỉ đạo tháo dỡ các hệ thống xả "
            "thải không đúng quy định ra sông Ngũ Huyện Khê trước ngày 30/4, thường xuyên kiểm tra sau khi đã thực hiện "
            "việc tháo dỡ; phối hợp công ty Bắc Đuống cắt bỏ các đường ống trước ngày 7/5.")
    officials = [_official(text, "Vương Quốc Tuấn", ["Phó Chủ tịch Thường trực UBND tỉnh"])]
    row = _row(text, "trước ngày 30/4", officials=officials)
    assert row["responsible"] == "UBND thành phố"
    assert row["directed_by"] == "Vương Quốc Tuấn"
    assert row["task"] == "tháo dỡ các hệ thống xả thải không đúng quy định ra sông Ngũ Huyện Khê"


def test_later_item_opened_by_its_due_time():
    # baomoi-21481738 kind: a later item the due time opens keeps its task after the due time
    text = ("Chủ tịch UBND tỉnh yêu cầu Sở Xây dựng chỉ đạo rà soát các dự án; trong tháng 10/2017 hoàn thành việc "
            "lập quy hoạch chi tiết khu đô thị mới.")
    row = _row(text, "trong tháng 10/2017")
    assert row["responsible"] == "Sở Xây dựng"
    assert row["task"] == "hoàn thành việc lập quy hoạch chi tiết khu đô thị mới"


def test_plain_order_of_one_item_is_unchanged():
    # no nested order, no later item: the addressee and task as before
    text = ("Bộ GD&ĐT yêu cầu Sở GD&ĐT Hà Nội chỉ đạo, kiểm tra làm rõ vụ việc, phối hợp các cơ quan chức năng xử lý "
            "nghiêm theo quy định trước ngày 10/2.")
    row = _row(text, "trước ngày 10/2")
    assert row["responsible"] == "Sở GD&ĐT Hà Nội"
    assert row["task"] == "kiểm tra làm rõ vụ việc, phối hợp các cơ quan chức năng xử lý nghiêm theo quy định"


def test_colon_list_of_bodies_is_no_item():
    # baomoi-22557067: a `:` opens the list of bodies the addressee works with, no later item of the order
    text = ("Thủ tướng yêu cầu sau khi tư vấn hoàn thành việc xây dựng các phương án, Bộ Giao thông vận tải chủ trì, "
            "phối hợp với các Bộ: Xây dựng, Quốc phòng, Tài nguyên và Môi trường, Ủy ban nhân dân thành phố Hồ Chí Minh "
            "và các cơ quan liên quan thành lập Hội đồng thẩm định có ý kiến chính thức, khẩn trương báo cáo Thường trực "
            "Chính phủ trước tháng 12/2017.")
    row = _row(text, "trước tháng 12/2017")
    assert row["responsible"] == "Bộ Giao thông vận tải"
    assert row["task"].startswith("chủ trì, phối hợp với các Bộ: Xây dựng")
