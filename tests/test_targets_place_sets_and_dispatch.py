"""targets: a count of places that is a known set or a possessor (`cả 2 địa phương`, `ngư dân 28 tỉnh`, `4 tỉnh trên`),
a force dispatched (`điều 3 xe chữa cháy`), and `theo kết quả` under a plan (`dự kiến thu theo kết quả ... là`).

Sentences are from the news corpus (../shared/corpus/news), shortened; each class has traps that must not fire.
"""
from __future__ import annotations

import pytest

from tests.test_targets import rows


def texts_of(text: str) -> list[str]:
    return [r["text"] for r in rows(text)]


def status_of(text: str, figure: str) -> str:
    return {r["text"]: r["status"] for r in rows(text)}[figure]


# ---------------------------------------------------------------- places: a set already known, or a possessor
PLACE_SETS = [
    ("Đồng thời, cả 2 địa phương thống nhất sẽ cùng bắt tay nhau thể hiện quyết tâm cứu Hải Vân Quan khỏi nguy cơ "
     "hoang phế.", "2 địa phương"),
    ("Bộ đã huy động các giáo viên THPT giỏi của tất cả 63 tỉnh, thành, các giảng viên ĐH có chuyên môn tốt.",
     "63 tỉnh, thành"),
    ("Bộ Nội vụ phối hợp với Thanh tra Chính phủ tăng cường tổ chức thanh tra, kiểm tra về công tác tổ chức cán bộ trên "
     "phạm vi 63 tỉnh, thành phố thuộc Trung ương.", "63 tỉnh, thành"),
    ("Bộ cũng giao cho Công an Bình Định phối hợp các cơ quan liên quan sửa chữa tàu cho ngư dân Bình Định nói riêng và "
     "ngư dân 28 tỉnh trên biển nói chung.", "28 tỉnh"),
    ("Thông tin chính thức từ Bộ GD-ĐT báo rằng số lượng thí sinh 63 tỉnh thành đã đăng ký xét tuyển vào trường ĐH Y "
     "Khoa Phạm Ngọc Thạch là 16.429 thí sinh.", "63 tỉnh"),
    ("Ông Trần Hoàng Quân, Chủ tịch UBND quận 4, có mặt tại hiện trường điều động lực lượng 6 phường trên địa bàn với "
     "khoảng 200 người để đảm bảo an ninh trật tự.", "6 phường"),
]

PLACE_BACK_REFERENCES = [
    ("UBND 4 tỉnh trên được yêu cầu tiếp tục triển khai theo hướng dẫn của Bộ NN-PTNT về nuôi trồng thủy sản.",
     "4 tỉnh"),
    ("Sở GTVT đã thông qua ranh bồi thường giải phóng mặt bằng và 2 quận trên đang triển khai công tác bồi thường.",
     "2 quận"),
    ("Đã có đề án xây dựng nhà máy nước sạch ở xã Thượng Long với công suất cấp nước khoảng 2.000m3/ngày đêm để cung "
     "cấp cho 5 xã trên và một số xã lân cận.", "5 xã"),
    ("Đến năm 2025, thành phố sẽ hoàn thành Đề án đầu tư xây dựng huyện thành quận đối với 5 huyện nêu trên.",
     "5 huyện"),
]


@pytest.mark.parametrize("text,figure", PLACE_SETS + PLACE_BACK_REFERENCES)
def test_count_of_a_known_set_of_places_is_no_target(text, figure):
    assert figure not in texts_of(text)


PLACE_COUNTS_KEPT = [
    # the places' own predicate states the result
    ("Đến hết năm 2016, cả 63 tỉnh, thành phố đã hoàn thành việc rà soát hộ nghèo.", "63 tỉnh, thành", "achieved"),
    # `trên địa bàn` is where, not a back reference; `của` further back is no possessor of the count
    ("Đến nay đã có 5 xã trên địa bàn huyện đạt chuẩn nông thôn mới.", "5 xã", "achieved"),
    ("Theo báo cáo của huyện, hiện có 12 xã đạt chuẩn nông thôn mới.", "12 xã", "achieved"),
    ("Hiện nay đã có 61/63 địa phương hoàn thành việc tự chấm điểm.", "61/63 địa phương", "achieved"),
    ("Tỉnh phấn đấu năm 2017 có thêm 8 xã đạt chuẩn nông thôn mới.", "8 xã", "planned"),
]


@pytest.mark.parametrize("text,figure,status", PLACE_COUNTS_KEPT)
def test_count_of_places_with_its_own_result_stays(text, figure, status):
    assert status_of(text, figure) == status


# ---------------------------------------------------------------- a force dispatched
DISPATCHED = [
    ("Nhận được tin báo, Cảnh sát PCCC Hải Phòng đã điều 3 xe chữa cháy cùng hàng chục chiến sĩ tập trung dập tắt đám "
     "cháy.", "3 xe"),
    ("Ngay khi nhận được tin báo cháy, chúng tôi chỉ đạo đội chữa cháy Đồng Đăng, xuất 2 xe chữa cháy cùng 16 chiến sĩ "
     "lên tham gia chữa cháy.", "2 xe"),
    ("Khi nhận được thông tin, Cảng vụ đường thủy nội địa Quảng Ninh đã điều 2 tàu cao tốc ra ứng cứu.", "2 tàu"),
    ("Phòng Cảnh sát PCCC số 4 và Phòng Cảnh sát PCCC số 2 điều 6 xe chữa cháy cùng gần 100 cán bộ chiến sĩ đến hiện "
     "trường.", "6 xe"),
]


@pytest.mark.parametrize("text,figure", DISPATCHED)
def test_force_dispatched_is_a_result(text, figure):
    assert status_of(text, figure) == "achieved"


NOT_DISPATCHED = [
    # an article of a law, before a fine or a vehicle that is the rule's subject
    ("Theo điều 5 của Luật, mức phạt đối với hành vi này là 20 triệu đồng.", "20 triệu đồng"),
    ("Quy định tại điều 3 xe ô tô phải được kiểm định định kỳ.", "3 xe"),
]


@pytest.mark.parametrize("text,figure", NOT_DISPATCHED)
def test_dispatch_words_elsewhere_state_nothing(text, figure):
    assert figure not in texts_of(text)


# ---------------------------------------------------------------- `theo kết quả` under a plan
def test_figure_reckoned_from_results_under_a_plan_is_planned():
    for text in ("UBND TP Hà Nội vừa ban hành Kế hoạch đấu giá quyền sử dụng đất năm 2017. Dự kiến, kế hoạch thu theo "
                 "kết quả trúng đấu giá là 10.000 tỷ đồng.",
                 "Năm 2017, TP Hà Nội sẽ đấu giá quyền sử dụng đất trên diện tích 102,05 ha, dự kiến thu theo kết quả "
                 "trúng đấu giá là 10.000 tỷ đồng."):
        assert status_of(text, "10.000 tỷ đồng") == "planned"


def test_results_without_a_plan_stay_achieved():
    assert status_of("Kết quả thực hiện kế hoạch năm 2016 của huyện đạt 90%.", "90%") == "achieved"
    assert status_of("Theo kết quả kiểm tra, huyện đã xử lý 25 cơ sở vi phạm.", "25 cơ sở") == "achieved"
