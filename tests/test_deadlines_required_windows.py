"""deadlines round 9e (issue #14): the window of a required or directed action (`phải ... từ ngày A đến ngày B`, due
at its end), a work opened `từ` a day in a plan, and a public body as the agent of a planned passive (corpus
sentences, with near-miss traps)."""
from __future__ import annotations

import pytest

from tests.test_deadlines import run

# a required or directed action in a window of days: the window is the due time, due at its end
WINDOWS = [
    ("Sau khi công bố kết quả thi và điểm chuẩn, học sinh có nguyện vọng theo học tại một nguyện vọng trúng tuyển "
     "phải thực hiện thao tác xác nhận nhập học từ ngày 1/7 đến ngày 3/7.", "2021-04-12",
     "từ ngày 1/7 đến ngày 3/7", "2021-07-01/2021-07-03", "2021-07-03"),
    ("Chủ tịch UBND tỉnh yêu cầu UBND các huyện, thị xã, thành phố xây dựng và ban hành kế hoạch tuyển dụng giáo "
     "viên, tiếp nhận hồ sơ đăng ký dự tuyển từ ngày 2/5 đến hết ngày 29/5/2021.", "2021-04-20",
     "từ ngày 2/5 đến hết ngày 29/5/2021", "2021-05-02/2021-05-29", "2021-05-29"),
    ("Nếu muốn điều chỉnh tăng thêm số lượng nguyện vọng, các em bắt buộc phải điều chỉnh bằng phiếu điều chỉnh "
     "nguyện vọng và phải nộp bổ sung lệ phí cho số nguyện vọng tăng thêm theo quy định (từ ngày 15/7 đến 23/7).",
     "2017-06-20", "từ ngày 15/7 đến 23/7", "2017-07-15/2017-07-23", "2017-07-23"),
]


@pytest.mark.parametrize("text,published,due_text,due,due_date", WINDOWS)
def test_a_required_window_is_a_deadline_due_at_its_end(text, published, due_text, due, due_date):
    _, rows = run(text, published)
    assert [(r["due_text"], r["due"], r["due_date"]) for r in rows] == [(due_text, due, due_date)]


@pytest.mark.parametrize("text,published", [
    ("Lễ hội cà phê Buôn Ma Thuột lần thứ 6 sẽ được tổ chức tại thành phố Buôn Ma Thuột từ ngày 8-3 đến 13-3-2017.",
     "2017-02-06"),  # an event's span
    ("Chuyến thăm của Chủ tịch nước và phu nhân tới hai nước sẽ diễn ra từ ngày 26/6 đến 1/7, Bộ Ngoại giao hôm nay "
     "thông báo.", "2017-06-20"),  # a visit
    ("Chủ tịch UBND tỉnh Hà Nam đồng ý cho học sinh các trường trên địa bàn tỉnh nghỉ học từ ngày 03/5/2021 đến hết "
     "ngày 09/5/2021 để phòng, chống dịch Covid-19.", "2021-05-01"),  # a suspension
    ("Chính quyền Phnom Penh yêu cầu đóng cửa toàn bộ chợ dân sinh từ ngày 24/4 đến ngày 7/5 do xuất hiện nhiều ca "
     "bệnh mới.", "2021-04-29"),  # a closure
    ("Theo báo cáo, từ ngày 1-1-2017 đến ngày 14-6-2017, UBND TP và Chủ tịch UBND TP đã giao cho các sở, ngành và "
     "quận, huyện 979 nhiệm vụ.", "2017-06-20"),  # the period a report covers
    ("Theo đó, cơ quan Thanh tra đề nghị bệnh viện cung cấp các báo cáo kết quả hoạt động hàng năm gửi Sở Y tế về "
     "việc sử dụng tài sản liên doanh từ năm 2016 đến năm 2020.", "2021-04-20"),  # a window of years: the reports' period
    ("Cần Thơ sẽ triển khai tiêm đồng loạt tại các điểm tiêm trên địa bàn trong hai đợt. Đợt một từ ngày 22-24, đợt "
     "hai từ ngày 26-28/4.", "2021-04-19"),  # a scheduled campaign, no requirement
    ("Chương trình dành cho khách hàng cá nhân mua bảo hiểm FWD tại Vietcombank trong thời gian từ 15/03/2021 đến "
     "hết 30/04/2021.", "2021-04-22"),  # an offer's period
    ("Thí sinh phải đăng ký dự thi từ ngày 1/4 đến hết ngày 20/4/2017.", "2017-06-20"),  # long gone at publication
])
def test_a_span_that_is_no_required_window_is_no_deadline(text, published):
    _, rows = run(text, published)
    assert rows == []


# a work opened `từ` a day, in a plan: that day is the plan's due time
def test_a_planned_opening_from_a_day_is_a_deadline():
    _, rows = run("Dự kiến, nhánh đi từ đường Hoàng Minh Giám đến đường Nguyễn Thái Sơn của cầu vượt qua nút giao này "
                  "sẽ được Sở Giao thông Vận tải (GTVT) TPHCM đưa vào hoạt động từ ngày 30-6.", "2017-06-20")
    assert [(r["due_text"], r["due"]) for r in rows] == [("từ ngày 30-6", "2017-06-30")]
    _, rows = run("Cầu Vĩnh Tuy 2 dự kiến đưa vào sử dụng từ ngày 1/9/2017.", "2017-06-20")
    assert [(r["due_text"], r["due"]) for r in rows] == [("từ ngày 1/9/2017", "2017-09-01")]


@pytest.mark.parametrize("text,published", [
    ("Trung tâm giải quyết thủ tục hành chính của tỉnh và 3 cơ quan một cửa hiện đại cấp huyện cũng đã đi vào hoạt "
     "động từ ngày 1/1/2017, góp phần tiết kiệm thời gian của người dân.", "2017-05-20"),  # done
    ("Trường có diện tích gần 3.000 m2, 18 phòng học và được khánh thành đưa vào hoạt động từ ngày 15/9/2016.",
     "2017-06-20"),  # told, no plan word
    ("Cầu phao được đưa vào sử dụng từ ngày 10/3/2017.", "2017-06-20"),  # told, no plan word
    ("Siêu thị sẽ chính thức đi vào hoạt động từ ngày 1/7/2017.", "2017-06-20"),  # a company's opening
    ("Tuyến xe buýt này sẽ được Sở GTVT đưa vào hoạt động từ ngày 30-6.", "2017-07-10"),  # a day gone at publication
    ("Quyết định sẽ có hiệu lực từ ngày 1/7/2017.", "2017-06-20"),  # an entry into force
])
def test_a_start_from_a_day_told_is_no_deadline(text, published):
    _, rows = run(text, published)
    assert rows == []


# a public body as the agent of a planned passive: its plan, whatever the subject
def test_a_public_agent_of_a_planned_passive_makes_it_a_plan():
    _, rows = run("Mức điểm quy đổi cụ thể ra sao sẽ được Sở GD-ĐT công bố vào tháng 3.", "2017-02-10")
    assert [(r["due_text"], r["due"]) for r in rows] == [("vào tháng 3", "2017-03")]


def test_a_company_agent_of_a_planned_passive_is_no_plan():
    _, rows = run("Nhà máy sẽ được Công ty Vinacapital đưa vào hoạt động từ ngày 30-6.", "2017-06-20")
    assert rows == []
