"""Dates round 7 (#16): `từ A đến B` written as two expressions of different shapes or with times of day
between them (one interval row), a dash with a space after a day word or part of day (`hôm 9- 6`), and bare
calendar years after a cue word or inside a list of years. Sentences from the corpus and the fresh gold,
with the near misses that must not fire."""
from __future__ import annotations

import pytest

from tests.test_dates import rows_of, value_at

PUBLISHED = "2021-04-25"

RANGES = [
    # times of day between the two days
    ("Lệnh phong tỏa có hiệu lực từ 18h ngày 22/4 đến 6h ngày 23/4 để truy vết.", "từ 18h ngày 22/4 đến 6h ngày 23/4",
     "2021-04-22/2021-04-23"),
    # a month to a day, a day to a month, a day to a quarter, a year to a half
    ("Thủ tướng Chính phủ giao từ tháng 1/2016 đến ngày 10/5/2017 cho biết: Qua rà soát.", "từ tháng 1/2016",
     "2016-01/2017-05-10"),
    ("Lễ hội du lịch biển Sầm Sơn kéo dài từ 24/4 đến hết tháng 7. Tương lai, khi quảng trường xong.",
     "từ 24/4 đến hết tháng 7", "2021-04-24/2021-07"),
    ("Lời khai xác định, từ ngày 13/6/2016 đến tháng 12/2016, V và anh Hồng có quan hệ.", "ngày 13/6/2016",
     "2016-06-13/2016-12"),
    ("Thời gian thi công bắt đầu từ ngày 28.6.2016 đến quý 1/2017 hoàn thành.", "ngày 28.6.2016", "2016-06-28/2017-Q1"),
    ("Các vi phạm này diễn ra từ năm 2018 đến 6 tháng đầu năm 2020.", "năm 2018", "2018/2020-H1"),
    # a bracket between the two; the first end takes the written year of the second
    ("Lễ hội sẽ diễn ra từ ngày 3/3 (Quốc khánh Bulgaria) tới hết ngày 8/3/2017 tại đảo.", "ngày 3/3",
     "2017-03-03/2017-03-08"),
    ("Kết luận chỉ ra, từ cuối năm 2011 đến cuối năm 2016, ông Minh đã có những khuyết điểm.", "năm 2011", "2011/2016"),
    ("Thời kỳ thanh tra từ 1/1/2010 đến tháng 6/2017, khi cần thiết có thể xem xét.", "1/1/2010", "2010-01-01/2017-06"),
]


@pytest.mark.parametrize("text,needle,expected", RANGES)
def test_from_to_is_one_interval(text, needle, expected):
    _, rows = rows_of(text, PUBLISHED)
    assert value_at(text, rows, needle) == expected, rows
    assert len(rows) == 1, rows


@pytest.mark.parametrize("text", [
    "Ngày 5/3, ông đến Hà Nội. Ngày 7/3 ông về quê.",              # `đến` the verb, no `từ`
    "Sáng 12/4, đoàn đến thăm. Chiều 13/4 đoàn về.",
    "Từ ngày 2/5 (SN 1980) đến ngày 8/5 là kỳ nghỉ.",               # a date inside the bracket: not crossed
    "Từ năm 2020 đến tháng 3/2018, không có gì thay đổi.",           # the second end before the first
])
def test_not_joined(text):
    _, rows = rows_of(text, PUBLISHED)
    assert all("/" not in r["value"] or r["granularity"] != "interval" for r in rows), rows


SPACED_DASH = [
    ("Hội thảo về Nghị định 67/2014, tổ chức hôm 9- 6 tại thành phố Quy Nhơn.", "9- 6", "2021-06-09"),
    ("Ngày 15 – 5, Đoàn công tác do Phó Thủ tướng dẫn đầu đã làm việc.", "15 – 5", "2021-05-15"),
    ("Khoảng 4 giờ sáng 15- 6, Công an phường Tam Thuận nhận tin báo.", "15- 6", "2021-06-15"),
    ("Đến khoảng 2 giờ sáng ngày 15- 6 thì về nhà Quân sử dụng ma túy.", "15- 6", "2021-06-15"),
    ("Chiều ngày 14- 7, Sở Nông nghiệp tỉnh tổ chức họp.", "14- 7", "2021-07-14"),
]


@pytest.mark.parametrize("text,needle,expected", SPACED_DASH)
def test_spaced_dash_day(text, needle, expected):
    _, rows = rows_of(text, "2021-07-20")
    assert value_at(text, rows, needle) == expected, rows


@pytest.mark.parametrize("text,needle", [
    ("Mỗi ngày 2 - 3 lần uống thuốc sau bữa ăn.", "2 - 3"),
    ("Xuất hiện những hố có đường kính từ 2 - 3 mét.", "2 - 3"),
    ("Đi khám định kỳ 3- 6 tháng một lần.", "3- 6"),
    ("Có khi 3 - 4 giờ sáng tôi mới ngủ.", "3 - 4"),
    ("Tỷ số 2 - 1 nghiêng về phía Barcelona.", "2 - 1"),
    ("Mức thu nhập từ 6 - 7 triệu đồng/tháng.", "6 - 7"),
])
def test_spaced_dash_ranges_are_not_days(text, needle):
    _, rows = rows_of(text, PUBLISHED)
    assert value_at(text, rows, needle) is None, rows


BARE_YEARS = [
    ("Nếu năm 2010 chỉ có 10 bệnh nhân thì đến 2017 đã có tới 150 bệnh nhân.", "2017", "2017"),
    ("Quy hoạch giao thông giai đoạn 2017-2020 tầm nhìn 2030; tỷ lệ đại biểu tán thành cao.", "2030", "2030"),
    ("Trong năm 2015 và 2016, tuyến đê này bị nứt vỡ không ít lần.", "2016", "2016"),
    ("Tập thể lao động xuất sắc các năm 2011, 2012, 2013, 2014 và 2016.", "2013", "2013"),
    ("Trước 1975, Thạnh An thuộc tỉnh Bà Rịa.", "1975", "1975"),
    ("Ngân hàng đặt kế hoạch lợi nhuận đạt 18 nghìn tỷ đồng trong 2021. Thị trường rung lắc.", "2021", "2021"),
    ("Kể từ 2014 đến nay, Eximbank đã có 7 năm không chia cổ tức.", "2014", "2014"),
    ("Từ nay đến 2030, Hà Nội sẽ xin đầu tư 8 tuyến đường sắt đô thị.", "2030", "2030"),
    ("Các dự án từ 1.7.2014 đến hết 2016, tức là thời điểm luật có hiệu lực.", "2016", "2014-07-01/2016"),
]


@pytest.mark.parametrize("text,needle,expected", BARE_YEARS)
def test_bare_calendar_years(text, needle, expected):
    _, rows = rows_of(text, PUBLISHED)
    assert value_at(text, rows, needle) == expected, rows


@pytest.mark.parametrize("text,needle", [
    ("Tên lửa có tầm bắn tối đa lên đến 2000 km.", "2000"),          # a quantity
    ("Cổ vật tham gia đấu giá có niên đại tới 2000 năm.", "2000"),    # a duration
    ("Giải chạy thu hút đến 2017 người tham gia.", "2017"),
    ("Năm 2016, 1500 người tham gia lễ hội.", "1500"),                 # a count after a year
    ("Sản phẩm đạt chuẩn ISO 9001:2015 từ lâu.", "2015"),
])
def test_bare_numbers_that_are_not_years(text, needle):
    _, rows = rows_of(text, PUBLISHED)
    assert value_at(text, rows, needle) is None, rows


def test_bare_years_do_not_date_undated_days():
    # the bare year is a row of its own; the undated day keeps the year the article settles (none here)
    text = "Ngày 8/2, công ty công bố kết quả. Lợi nhuận sẽ còn tăng cho đến 2020."
    _, rows = rows_of(text)
    assert value_at(text, rows, "8/2") == "XXXX-02-08", rows
    assert value_at(text, rows, "2020") == "2020", rows
