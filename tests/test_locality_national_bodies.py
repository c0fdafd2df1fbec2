"""Locality and years round 3 (issue #16, session 7c): `quốc gia` ranking a site or a school (`Di tích
Quốc gia`, `ĐH Quốc gia TP.HCM`, `Vườn quốc gia`) is no national body acting; a national body, the national
exam or a national project (`kỳ thi THPT quốc gia`, `dự án trọng điểm quốc gia`) still is. A bare year after `cùng kỳ`
(`so với cùng kỳ 2016`) is a calendar year. Sentences from the corpus, with the near misses."""
from __future__ import annotations

import pytest

from tests.conftest import make_doc
from tests.test_dates import rows_of, value_at
from vnextract.extractors import metadata


def loc(text, title=None):
    return metadata.find_locality(make_doc(text, title=title)).name


@pytest.mark.parametrize("text", [
    "Hơn 10 năm được công nhận Di tích Quốc gia đặc biệt, Dinh Thống Nhất là điểm đến hấp dẫn.",
    "Khu di tích lịch sử - văn hóa quốc gia Đền Hùng đón hàng vạn du khách.",
    "Sáng 24/4, Trường ĐH Bách khoa, ĐH Quốc gia TP.HCM tổ chức Lễ tốt nghiệp.",
    "Nâng cấp Khu bảo tồn thiên nhiên Sông Thanh thành Vườn quốc gia Sông Thanh.",
    "Trạm y tế xã đạt chuẩn quốc gia theo tiêu chí nông thôn mới.",
])
def test_national_rank_of_a_site_school_or_exam_is_no_national_body(text):
    assert not metadata._national_body_in(text, 0, len(text))


@pytest.mark.parametrize("text", [
    "Ủy ban An toàn giao thông Quốc gia vừa có văn bản gửi các địa phương.",
    "Ban Chỉ đạo quốc gia về phòng chống dịch họp trực tuyến.",
    # the national exam is run by the ministry: its stories stay national unless a local body acts
    "Đã cận kề kỳ thi THPT quốc gia, nữ sinh lớp 12 vẫn tranh thủ vừa ôn thi vừa làm thêm.",
    "Dự án cao tốc là một trong những dự án trọng điểm quốc gia.",
    "Trung tâm Dự báo khí tượng thủy văn quốc gia cho biết bão đang mạnh lên.",
    "Hội nghị có sự tham gia của đại diện 20 quốc gia.",
    # another national body in the same span still counts
    "Thủ tướng Chính phủ thăm Di tích Quốc gia đặc biệt Côn Sơn.",
])
def test_national_bodies_and_projects_still_count(text):
    assert metadata._national_body_in(text, 0, len(text))


def test_graduation_at_a_national_university_campus_is_the_citys():
    # dantri-unc-news_education_154
    text = ("Sáng 24/4, Trường ĐH Bách khoa, ĐH Quốc gia TP.HCM tổ chức Lễ tốt nghiệp và trao bằng cho trên 1.100 tân "
            "Tiến sỹ, Thạc sĩ, Kỹ sư.\n\nTrong lễ tốt nghiệp, Trường ĐH Bách khoa TP.HCM vinh danh một tân kỹ sư. "
            "Đại diện Trường ĐH Bách khoa TP.HCM cho biết, trường đào tạo chương trình kỹ sư 4 năm.")
    assert loc(text) == "Hồ Chí Minh"


def test_national_project_across_provinces_stays_null():
    # baomoi-22361400: `dự án trọng điểm quốc gia` across Đà Nẵng, Quảng Nam, Quảng Ngãi
    text = ("Dự án xây dựng đường cao tốc Đà Nẵng – Quảng Ngãi là một trong những dự án trọng điểm quốc gia và là dự án "
            "đường bộ cao tốc đầu tiên ở khu vực miền Trung do VEC làm chủ đầu tư.\n\nTuy nhiên, hiện nay dự án vẫn chưa "
            "hoàn thành như tiến độ đề ra. Tổng công ty Đầu tư phát triển đường cao tốc Việt Nam (VEC) cho biết hiện nay "
            "dự án đang gặp phải nhiều vướng mắc liên quan đến vấn đề mặt bằng. Ông Đỗ Chí Chung, Chánh Văn phòng VEC cho "
            "biết: “VEC gặp rất nhiều khó khăn, vướng mắc trong công tác giải phóng mặt bằng tại các địa phương như các "
            "tỉnh, thành phố Đà Nẵng, Quảng Nam và Quảng Ngãi”.")
    assert loc(text, title="Vướng mắc mặt bằng kéo lùi tiến độ cao tốc Đà Nẵng - Quảng Ngãi") is None


@pytest.mark.parametrize("text,needle", [
    ("Vốn FDI đạt 1,3 tỷ USD, giảm 44% so với cùng kỳ 2015. Vốn FDI đầu tư vào bất động sản tăng.", "2015"),
    ("Doanh thu đạt 125 tỷ đồng, tăng 53% so với cùng kỳ 2020. Năm 2021, ngân hàng đặt kế hoạch mới.", "2020"),
    ("Giá tăng 15-40%, nhưng nếu so với cùng kỳ 2016, mức tăng cũng không cao.", "2016"),
])
def test_bare_year_after_same_period(text, needle):
    _, rows = rows_of(text, "2021-04-25")
    assert value_at(text, rows, needle) == needle, rows


@pytest.mark.parametrize("text,needle", [
    ("Lượng khách tăng 20% so với cùng kỳ, đạt 2016 lượt trong tháng.", "2016"),   # a count, not after the cue
    ("Sản lượng tăng so với cùng kỳ 2000 tấn.", "2000"),                           # a quantity with its unit
])
def test_same_period_near_misses(text, needle):
    _, rows = rows_of(text, "2021-04-25")
    assert value_at(text, rows, needle) is None, rows
