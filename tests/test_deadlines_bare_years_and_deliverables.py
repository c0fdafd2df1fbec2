"""deadlines: a year written without `năm` after a marker (`đến 2020`), a plan whose action is to produce a decision
(`sẽ có kết luận`), a plan word's due time with its subject after it, and `từng` meaning `each` (no past word).
Sentences from the corpus (baomoi-22509300, -22489608, -22487815, -22628840, -22327577, -21510082, -22434530)."""
from __future__ import annotations

import pytest

from tests.test_deadlines import run

FOUND = [
    # a bare year after `đến`, `tới`, `từ nay đến` (the dates table writes no mention for it)
    ("Sở Tài nguyên và Môi trường đến 2020 hoàn tất việc lắp đặt, vận hành hệ thống quan trắc tự động về chất lượng "
     "môi trường trên địa bàn TP.", "2017-06-05", "đến 2020", "2020", "Sở Tài nguyên và Môi trường"),
    ("Từ nay đến 2020 thành phố sẽ tăng thêm 62 tuyến xe buýt.", "2017-06-05", "Từ nay đến 2020", "2020", "thành phố"),
    ("Mục tiêu tới 2020 sẽ xây dựng 50 thiết chế tại 50 khu công nghiệp, khu chế xuất trong cả nước.", "2017-06-05",
     "tới 2020", "2020", ...),
    # a plan whose action is a decision, its subject after the plan word's due time
    ("Ông Đạt cho hay cuộc thanh tra sẽ diễn ra trong 15 ngày và có thể kéo dài hơn, nhưng dự kiến trong tháng 7 "
     "Thanh tra Chính phủ sẽ có kết luận.", "2017-06-28", "trong tháng 7", "2017-07", "Thanh tra Chính phủ"),
    ("Trong tháng 7, Sở Xây dựng sẽ có kết luận về vụ việc.", "2017-06-28", "Trong tháng 7", "2017-07", "Sở Xây dựng"),
    ("Ông cho biết thêm, dự kiến trong tháng 8 Sở Xây dựng sẽ hoàn thành việc lập quy hoạch.", "2017-06-28",
     "trong tháng 8", "2017-08", "Sở Xây dựng"),
    # `từng` before a noun is `each`: no past word
    ("Sở Giao thông vận tải yêu cầu bố trí xe cho từng chuyến và hoàn thành trước ngày 30/6.", "2017-06-20",
     "trước ngày 30/6", "2017-06-30", ...),
    ("UBND tỉnh yêu cầu các sở in danh sách chuyển về dán tại từng trường phổ thông trước ngày 30/6.", "2017-06-20",
     "trước ngày 30/6", "2017-06-30", ...),
]

NONE = [
    # the end of a range, a quantity, a document's horizon, a reported fact, a past year
    ("Dự án được chia làm 2 đoạn, thực hiện từ 2016 đến 2020 nhằm giải quyết tình trạng ùn tắc giao thông.", "2017-06-05"),
    ("Tên lửa có tầm bắn tối đa lên đến 2000 km.", "2017-06-05"),
    ("Đà Nẵng tổ chức lập đồ án Điều chỉnh Quy hoạch chung đến 2030, tầm nhìn 2050.", "2017-06-05"),
    ("Tuy nhiên, đến 2020, thành phố chỉ có thêm khoảng 30 bãi đỗ xe.", "2017-06-05"),
    ("Tới 2020 - 2021, sẽ giảm 10% biên chế.", "2017-06-05"),
    # how long a state lasts at least (dantri-unc-news_business_123)
    ("Những chính sách như giãn thuế cho các DN, giảm thuế TNDN vẫn cần được xem xét và triển khai ít nhất đến hết 2021 "
     "để khoan sức doanh nghiệp.", "2021-04-20"),
    ("Đến 2008, vì sản xuất kinh doanh không có lãi nên Cty này đã trả lại đất, sau đó huyện Vân Đồn lại giao cho "
     "Cty Hoàng Trường vào năm 2011 cũng với mục đích trồng rừng.", "2017-06-05"),
    # a decision already made, a company's plan after the due time
    ("Trong tháng 5, Thanh tra tỉnh đã có kết luận về vụ việc.", "2017-06-28"),
    ("Ông cho biết thêm, dự kiến trong tháng 8 Công ty Vinaconex sẽ hoàn thành việc thi công.", "2017-06-28"),
    ("Ông cho biết thêm, dự kiến trong tháng 8 nhiều người dân sẽ đến tham quan.", "2017-06-28"),
    # the past `từng` stays a past word
    ("Ông từng giữ chức Giám đốc Sở và hoàn thành dự án trước ngày 30/6.", "2017-06-20"),
    ("Kim Hiền từng kết hôn với DJ Hoàng Phong vào năm 2010.", "2017-06-20"),
]


@pytest.mark.parametrize("text,published,due_text,due,responsible", FOUND)
def test_found(text, published, due_text, due, responsible):
    _, rows = run(text, published)
    got = [r for r in rows if r["due_text"] == due_text]
    assert got, rows
    assert got[0]["due"] == due
    if responsible is not ...:
        assert got[0]["responsible"] == responsible


@pytest.mark.parametrize("text,published", NONE)
def test_none(text, published):
    _, rows = run(text, published)
    assert rows == []
