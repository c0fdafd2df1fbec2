"""Date forms beyond digits after `ngày`/`tháng`/`năm`: months as words, a year after a season or festival,
a birth year after `, sinh`, a day after the name of the day, a written year after `sang năm`.
Sentences from the corpus and the whole-article gold (patterns, with the near misses that must not fire)."""
from __future__ import annotations

import pytest

from tests.test_dates import rows_of, value_at

PUBLISHED = "2021-04-25"  # undated days take the nearest year, the past preferred

FOUND = [
    # months as words: capitalised any, lowercase the unambiguous ones
    ("Trận đấu giữa đội bóng này và đội tuyển Việt Nam vào tháng Sáu tới vẫn đáng được mong chờ.", "tháng Sáu", "2021-06"),
    ("Giải đấu khởi tranh vào tháng Mười năm 2020 tại Hà Nội.", "tháng Mười năm 2020", "2020-10"),
    ("Phái đoàn đến Nhật Bản vào tháng mười hai năm 1598.", "tháng mười hai năm 1598", "1598-12"),
    ("Kế hoạch được công bố hồi tháng Ba.", "tháng Ba", "2021-03"),
    # a year after a season, festival or named period
    ("Bộ phim được phát sóng vào mùa hè 2020 và nhanh chóng gây sốt.", "mùa hè 2020", "2020"),
    ("Trước Tết Nguyên đán 2017 khoảng 1 tháng, một chiếc xe ô tô đâm vào trụ.", "Tết Nguyên đán 2017", "2017"),
    ("Câu lạc bộ đứng thứ ba ở mùa giải 2020.", "mùa giải 2020", "2020"),
    # a birth year after `, sinh` / `(sinh`
    ("Đỗ Văn Chí, sinh 1971, trú ở xã Tam Hưng thành lập công ty.", "1971", "1971"),
    ("Đối tượng Nguyễn Văn B. (sinh 1988, trú tại huyện Thanh Trì) bị bắt.", "1988", "1988"),
    # a day after the name of the day
    ("Mỹ sẽ có vắc xin Covid-19 trước ngày bầu cử 3/11.", "3/11", "2020-11-03"),
    ("Tính riêng ngày tiêm 28/4 có 50 trường hợp phản ứng nhẹ.", "28/4", "2021-04-28"),
    ("Lễ mít tinh kỷ niệm ngày Quốc khánh 2/9 được tổ chức trang trọng.", "2/9", "2020-09-02"),
    ("Nhân ngày Nhà giáo Việt Nam 20/11/2020, Sở Giáo dục tặng quà.", "20/11/2020", "2020-11-20"),
    # `sang năm 2018`: the written year
    ("Một số công ty có thể phải sang năm 2018 mới cổ phần hóa được.", "năm 2018", "2018"),
]


@pytest.mark.parametrize("text,needle,expected", FOUND)
def test_date_forms_found(text, needle, expected):
    _, rows = rows_of(text, PUBLISHED)
    assert value_at(text, rows, needle) == expected, rows


NOT_DATES = [
    ("Mỗi tháng hai lần, đoàn kiểm tra xuống từng xã.", "tháng hai"),
    ("Những tháng năm gian khổ ấy không bao giờ quên.", "tháng năm"),
    ("Từ tháng Giêng đến nay, giá lúa tăng.", "tháng Giêng"),          # a lunar month, not January
    ("Chuẩn bị lực lượng cho Cách mạng Tháng Tám thành công.", "Tháng Tám"),  # a name
    ("Bổ sung giấy tờ cho Sở Y tế mất một tháng bảy ngày.", "tháng bảy"),      # a duration
    ("Trong ngày Hội có 7/9 đội đạt giải.", "7/9"),                    # a verb inside the `name`
    ("Trong ngày Hà Nội 7/9 người mắc mới.", "7/9"),                   # a count after the pair
]


@pytest.mark.parametrize("text,needle", NOT_DATES)
def test_date_forms_not_dates(text, needle):
    _, rows = rows_of(text, PUBLISHED)
    assert value_at(text, rows, needle) is None, rows


def test_birth_year_needs_the_comma_or_bracket():
    text = "Trường có 1500 học sinh 1500 em đã tiêm."
    _, rows = rows_of(text, PUBLISHED)
    assert rows == [], rows


DASH_AFTER_WEAK_CUE = [
    ("Từ nay đến 30-8 sẽ tạm dừng triển khai quy hoạch tổng thể.", "30-8", "2021-08-30"),
    ("Tôi đồng ý trong ba tháng, trước 30-8, các đồng chí phải có văn bản.", "30-8", "2021-08-30"),
    ("Từ 27-7 sau khi về nhà, bệnh nhân tự cách ly tại nhà.", "27-7", "2021-07-27"),
]


@pytest.mark.parametrize("text,needle,expected", DASH_AFTER_WEAK_CUE)
def test_dashed_day_after_a_weak_cue(text, needle, expected):
    _, rows = rows_of(text, "2021-07-01")
    assert value_at(text, rows, needle) == expected, rows


@pytest.mark.parametrize("text,needle", [
    ("Dzeko đã đưa AS Roma vượt lên dẫn trước 2-1. Sau đó Man Utd gỡ hòa.", "2-1"),   # a score
    ("Thời gian thi công dự kiến từ 2-3 năm nữa.", "2-3"),                           # a range of years
    ("Mỗi nhóm từ 3-5 người tham gia.", "3-5"),
    ("Lãi suất tăng từ 5-7% so với năm trước.", "5-7"),
])
def test_dashed_numbers_after_a_weak_cue_are_not_days(text, needle):
    _, rows = rows_of(text, "2021-07-01")
    assert value_at(text, rows, needle) is None, rows


def test_a_chain_needs_a_day_before_it():
    text = "Xe có hai tùy chọn động cơ 1.0 và 1.2 lít."     # engine sizes, `1.0` is no day
    _, rows = rows_of(text, "2018-05-01")
    assert value_at(text, rows, "1.2") is None, rows
    text = "Bệnh nhân ra viện ngày 16-4, 17-4 dương tính lại."
    _, rows = rows_of(text, "2020-05-01")
    assert value_at(text, rows, "17-4") == "2020-04-17", rows


@pytest.mark.parametrize("text,needle,expected", [
    ("Dự án sẽ hoàn thành đến đầu 2017.", "đầu 2017", "2017"),
    ("Từ cuối 2016, giá thép tăng mạnh.", "cuối 2016", "2016"),
])
def test_a_year_after_the_start_or_end_word(text, needle, expected):
    _, rows = rows_of(text, PUBLISHED)
    assert value_at(text, rows, needle) == expected, rows
