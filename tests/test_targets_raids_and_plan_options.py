"""targets: the facts of one raid or case narrated are no targets (exclusions.is_raid_case_figure), and a figure
under `phương án` (an option or scheme being drawn up) is planned. Sentences from corpus articles."""
from __future__ import annotations

import pytest

from tests.test_targets import rows


def texts(text: str) -> list[str]:
    return [r["text"] for r in rows(text)]


@pytest.mark.parametrize("text", [
    # a search of one home or workshop, and what was seized there (baomoi-22442629, baomoi-22445834)
    "Khám xét nơi ở của vợ chồng Sơn tại quận 8, công an thu giữ 1.500 viên thuốc lắc, 570 triệu đồng.",
    "Qua khám xét, Công an Q. Bình Thạnh phối hợp các đơn vị nghiệp vụ Công an TP.HCM thu giữ hơn 200kg thuốc lắc, "
    "35kg ma túy đá.",
    # the case team and what it did (baomoi-22443382, baomoi-22442629)
    "Trong chuyên án này, Công an thu giữ 7 ô tô, gồm 2 xe Mercedes, 1 xe Lexus.",
    "Chờ đợi thời cơ chín muồi, ngày 3-4, ban chuyên án đã huy động hơn 200 cán bộ, chiến sĩ vào cuộc.",
    # the case widened (baomoi-22476075), a single catch (baomoi-22668508)
    "Mở rộng điều tra, cảnh sát bắt giữ 4 đối tượng khác có liên quan đến vụ truy sát đang lẩn trốn ở các tỉnh.",
    "Mở rộng điều tra, Ban chuyên án đã khám xét nhà ở của Phàng Thị Chú, phát hiện và thu giữ thêm 7 bánh heroin.",
])
def test_one_raid_narrated_is_no_target(text):
    assert texts(text) == []


@pytest.mark.parametrize("text, kept", [
    # a period's police work stays, raid words or not
    ("Từ đầu năm đến nay, lực lượng công an huyện đã khám xét 20 nơi, thu giữ 1.500 viên thuốc lắc.",
     "1.500 viên thuốc lắc"),
    ("Trong 6 tháng đầu năm 2017, các lực lượng chức năng của tỉnh Tây Ninh đã bắt giữ 1.040 vụ với 562 đối tượng "
     "buôn lậu.", "562 đối tượng"),
    # awards to those who took part in a case are no facts of the case (baomoi-22255660)
    ("Chủ tịch UBND TP.Hà Nội đã tặng bằng khen cho 1 tập thể, 5 cá nhân tham gia 2 chuyên án.", "5 cá nhân"),
])
def test_police_work_of_a_period_and_awards_stay(text, kept):
    assert kept in texts(text)


@pytest.mark.parametrize("text, figure", [
    # the object of a scheme being discussed or drawn up (baomoi-22695568, baomoi-22756324, baomoi-22743105,
    # baomoi-22430555)
    ("Sở Xây dựng đã tổ chức hội nghị bàn về phương án xử lý 1.300 cây xanh trên đường Phạm Văn Đồng.",
     "1.300 cây xanh"),
    ("Đồng thời có phương án di dời tiếp gần 200 hộ dân ở khu vực nguy cơ sạt lở đến Khu dân cư vượt lũ.",
     "gần 200 hộ dân"),
    ("Theo phương án sửa chữa 5 tàu vỏ thép sử dụng thép Trung Quốc thay vì thép Hàn Quốc.", "5 tàu vỏ thép"),
    ("Sở phối hợp với lãnh đạo địa phương ra phương án khẩn trương di dời 4 hộ nằm trong diện trên đến nơi ở mới.",
     "4 hộ"),
])
def test_figure_under_a_scheme_is_planned(text, figure):
    found = {r["text"]: r["status"] for r in rows(text)}
    assert found.get(figure) == "planned"


@pytest.mark.parametrize("text, figure", [
    # work done after the scheme is named stays a result
    ("Huyện đã đưa ra 3 phương án và đã di dời 40 hộ dân.", "40 hộ dân"),
    ("Phương án này đã giúp di dời 40 hộ dân ra khỏi vùng sạt lở.", "40 hộ dân"),
])
def test_work_done_after_a_scheme_stays_achieved(text, figure):
    found = {r["text"]: r["status"] for r in rows(text)}
    assert found.get(figure) == "achieved"


@pytest.mark.parametrize("text", [
    # a scheme names no work by itself: a contingency and a vote on it are no targets (dantri-unc-news_society_227,
    # baomoi-22567046, baomoi-22237897)
    "Chuẩn bị phương án điều trị trong trường hợp có 150 ca bệnh.",
    "Trường hợp cần thiết, cần đưa ra phương án phá một trong 7 đập phụ để giữ đập chính.",
    "Các đại biểu đã biểu quyết đồng thuận tuyệt đối 100% phương án phân công ông Nguyễn Thiện Nhân về làm Bí thư.",
])
def test_a_scheme_alone_makes_no_target(text):
    assert texts(text) == []


def test_a_scheme_after_the_unit_is_the_figures_object():
    # `đã được điều chỉnh phương án`: the scheme is what was done to the cases, no plan over them (dantri-unc-news_society_114)
    text = ("UBND quận đã rà soát có tổng số 42 trường hợp hoán đổi (2 trường hợp đã được điều chỉnh phương án bồi "
            "thường hỗ trợ theo quyết định giải quyết khiếu nại).")
    found = {r["text"]: r["status"] for r in rows(text)}
    assert found.get("2 trường hợp") == "achieved"
