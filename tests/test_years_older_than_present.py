"""Years round 8b (issue #16): an undated day the article vote places in a year older than the latest
written day of the article's present, with no written day of that older year near it, is left XXXX.

Measured over every baomoi (no published date, a 2017 crawl) and dantri (`published` hidden, the
published year as truth) article with an inferred year older than a year it writes: only wrong years
changed (baomoi 2 wrong removed, dantri 1 wrong corrected), none right lost. Days that continue a
written day of their own year (`ngày 27/12/2016 ... Tiếp đến, ngày 28/12`), days written as coming
(`Ngày 25/12 tới`) and undated months and quarters keep their years (counting a later month or bare
year as the present blanked right plan months, `tháng 2 này`, `tháng 4 tới`, and `Quý IV` results).
"""
from __future__ import annotations

import pytest

from tests.test_dates import rows_of, value_at

# baomoi-21491798, trimmed: the lead days of a 2017 story, the 2013 days of the case told as background,
# the latest written day 29-12-2016; the vote put `Ngày 8-2` in 2014 (six months after `2-8-2013`)
CASE = ("Ngày 8-2, một lãnh đạo VKSND Tối cao cho biết trong ngày 7-2 lãnh đạo VKSND Tối cao đã yêu cầu viện "
        "trưởng VKSND TP.HCM kiểm tra lại vụ án chìm canô xảy ra ngày 2-8-2013 tại vùng biển Cần Giờ. "
        "Trước đó, tháng 12-2016, Thủ tướng Nguyễn Xuân Phúc đã có ý kiến chỉ đạo Bộ Công an kiểm tra các kêu "
        "cứu của ông Vũ Văn Đảo. Trở lại vụ án chìm canô ở Cần Giờ, ngày 2-8-2013 xảy ra vụ tai nạn giao thông "
        "đường thủy khiến chín người tử nạn. Đến ngày 4-9-2013, ông Đảo, ông Quyết bị khởi tố tạm giam. "
        "Kết quả giám định lần hai ngày 29-12-2016 của Cục Hàng hải Việt Nam kết luận tai nạn là do chở quá "
        "số người.")


@pytest.mark.parametrize("needle,value", [("Ngày 8-2", "XXXX-02-08"), ("ngày 7-2", "XXXX-02-07")])
def test_a_lead_day_voted_into_an_older_year_is_unsettled(needle, value):
    _, rows = rows_of(CASE)
    assert value_at(CASE, rows, needle) == value


KEEP = [
    # a day continuing a written day of its own year, a later year's day written after it
    ("Gần đây nhất trong ngày 27/12/2016, một nhóm 6 người mang theo gậy gộc kéo đến nhà máy gây rối. "
     "Tiếp đến, ngày 28/12, khoảng 30 người ném chất bẩn vào trụ sở. Ngày 5/1/2017, công an tỉnh đã khởi "
     "tố vụ án.", "ngày 28/12", "2016-12-28"),
    ("Khám xét nơi ở, công an thu giữ 1.500 viên thuốc lắc vào ngày 17-12-2016. Ngày 18-12, trinh sát bắt "
     "giữ thêm Vũ Tuấn Phan. Ngày 10-1-2017, cơ quan CSĐT đã khởi tố bị can.", "Ngày 18-12", "2016-12-18"),
    # a day written as coming: its direction already checks it against the latest written day
    ("Sản lượng tháng 12/2016 đạt 20.000 tấn. Ngày 25/12 tới, nhà máy sẽ khánh thành dây chuyền mới. "
     "Ngày 3/1/2017, công ty báo cáo kết quả.", "Ngày 25/12", "2016-12-25"),
    # the older year's own written day lies near (the rule does not fire on a plain continuation)
    ("Cũng liên quan tới PVTex, ngày 2.11.2016, Bộ Công Thương cho hay đã nhận được báo cáo của Vinachem. "
     "Trong ngày 3.11, Bộ Công Thương đã có ý kiến chỉ đạo về vụ việc. Ngày 9.1.2017, Thanh tra Chính phủ "
     "công bố kết luận.", "ngày 3.11", "2016-11-03"),
]


@pytest.mark.parametrize("text,needle,value", KEEP)
def test_a_day_near_a_written_day_of_its_year_keeps_it(text, needle, value):
    _, rows = rows_of(text)
    assert value_at(text, rows, needle) == value


# A written month or year in the clause of a career step (`được bầu`, `trúng cử`, `được bổ nhiệm`) is a
# biography told as background: the article's undated present is not placed by it (baomoi: 5 wrong
# years removed, dantri: none changed). A day stays: the present's own election or appointment is news.
CAREER_STEP = [
    # baomoi-22259128
    ("Chiều ngày 12/5 Bí thư thành ủy TP.HCM Nguyễn Thiện Nhân đã có buổi tiếp xúc với cử tri của TP Trà Vinh "
     "(tỉnh Trà Vinh). Đây là nơi ông đã ứng cử và trúng cử vào vị trí Đại biểu Quốc hội trong tháng 5/2016.",
     "Chiều ngày 12/5", "XXXX-05-12"),
    # baomoi-22235988, trimmed
    ("Ngày 10/5, tại TP.HCM, bà Nguyễn Thị Kim Ngân, Chủ tịch Quốc hội, đã tiếp xúc cử tri. Ông Nguyễn Thiện "
     "Nhân là Ủy viên Trung ương Đảng khóa X, XI, XII. Tháng 5-2013, ông được bầu vào Bộ Chính trị.",
     "Ngày 10/5", "XXXX-05-10"),
]

CAREER_STEP_KEEP = [
    # a written day of the election itself still dates the days after it
    ("Sáng 5/6/2017, ông Trần Văn A được bầu làm Chủ tịch UBND tỉnh. Chiều 6/6, ông A làm việc với các sở.",
     "Chiều 6/6", "2017-06-06"),
    # a written month without a career step still votes
    ("Trong tháng 5/2017, tỉnh đã thu ngân sách 500 tỷ đồng. Ngày 12/5, đoàn công tác của Bộ Tài chính làm "
     "việc với tỉnh.", "Ngày 12/5", "2017-05-12"),
]


@pytest.mark.parametrize("text,needle,value", CAREER_STEP + CAREER_STEP_KEEP)
def test_a_career_step_month_does_not_date_the_present(text, needle, value):
    _, rows = rows_of(text)
    assert value_at(text, rows, needle) == value
