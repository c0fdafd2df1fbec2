"""targets, issue 17 round 10 (a fresh random read of 30 whole corpus articles, seed 60917, and the fifth draw's
dev errors): the figures of a trial report (one case before the court), a plot's land use converted (square metres
after `chuyển đổi`), Covid positive counts as epidemic statistics, and ships counted with the classifier `con`.

Sentences are from the news corpus (../shared/corpus/news), shortened; each class has traps that must not fire.
"""
from __future__ import annotations

import pytest

from tests.test_targets import rows

# the opening of a trial report: three court words (`xét xử` alone is no trial report word: prosecution work)
TRIAL = ("Ngày 12/6, TAND TP Hà Nội đã mở phiên tòa xét xử 3 bị cáo nguyên là cán bộ phường Trung Tự. "
         "Tòa đã tuyên phạt bị cáo Trương Đình Đức 24 tháng án treo. ")


def texts(text: str) -> list[str]:
    return [r["text"] for r in rows(text)]


def statuses(text: str) -> dict[str, str]:
    return {r["text"]: r["status"] for r in rows(text)}


# ---------------------------------------------------------------- a trial report: the facts of one case
@pytest.mark.parametrize("sentence,figure", [
    ("Kết quả điều tra cho thấy, nhóm cán bộ trên đã thiếu trách nhiệm dẫn đến trình UBND quận Đống Đa bồi thường "
     "sai cho 2 hộ gia đình, gây thất thoát cho Nhà nước số tiền gần 856 triệu đồng.", "2 hộ gia đình"),
    ("Theo kết luận của VKSND tỉnh Phú Yên, cuối năm 2012 UBND tỉnh cấp hơn 2,7 tỉ đồng cho Sở TT&TT để thực hiện "
     "đề án phát triển CNTT.", "hơn 2,7 tỉ đồng"),
    ("Đồng thời tòa tuyên thu hồi số tiền hối lộ liên quan là 200 triệu đồng, sung ngân quỹ nhà nước.",
     "200 triệu đồng"),
])
def test_a_trial_reports_figures_are_facts_of_the_case(sentence, figure):
    assert figure in texts(sentence)  # outside a trial report the sentence has its target
    assert figure not in texts(TRIAL + sentence)


@pytest.mark.parametrize("text,figure", [
    # a period's work summed up stays, even amid court words
    (TRIAL + "Từ đầu năm, Công an quận đã khởi tố 27 vụ án, bắt giữ 41 đối tượng.", "41 đối tượng"),
    # one court word is no trial report (`xét xử` is prosecution work)
    ("Đồng chí Tô Lâm đề nghị đẩy nhanh tiến độ điều tra, truy tố, xét xử các vụ án tham nhũng. Trong năm nay, Ban "
     "Chỉ đạo Trung ương về phòng, chống tham nhũng đã quyết định thành lập 8 Đoàn kiểm tra, giám sát.",
     "8 Đoàn kiểm tra"),
    ("Phiên tòa dự kiến mở vào tháng 7. Công an huyện đã vận động 120 hộ dân ký cam kết không tái phạm.", "120 hộ dân"),
])
def test_outside_a_trial_report_or_over_a_period_the_figures_stay(text, figure):
    assert figure in texts(text)


# ---------------------------------------------------------------- a plot's land use converted
@pytest.mark.parametrize("text,figure", [
    ("Trong vòng 1 ngày, 6 quyết định liên tiếp đã được ông Nguyễn Yên Hiền (Phó Chủ tịch UBND TP.Yên Bái) ký để "
     "chuyển đổi hơn 13.000m 2 đất rừng sản xuất sang đất ở.", "hơn 13.000m 2"),
    ("Dự án Pandora 53 Triều Khúc ban đầu là đất do Công ty Ô tô Hòa Bình quản lý. Sau dự án chuyển đổi 18.896 m2 để "
     "triển khai nhà ở cao tầng, nhà ở thấp tầng.", "18.896 m2"),
    ("Công ty nhận bàn giao đất từ Đại sứ quán Nga, được quản lý tổng cộng 35.075 m2 đất, xin chuyển đổi 4.941 m2, giá "
     "đất sau chuyển đổi thấp.", "4.941 m2"),
])
def test_square_metres_converted_are_one_plots_land_use(text, figure):
    assert figure not in texts(text)


@pytest.mark.parametrize("text,figure", [
    ("Trước thực tế trên, Sở TN&MT Thái Bình đã đề nghị UBND tỉnh thu hồi 6.197,1m 2 đất tại tổ 16.", "6.197,1m 2"),
    ("Để có được kết quả này, nhân dân ở đây đã hiến gần 107.000m2 đất làm đường giao thông.", "gần 107.000m2"),
    # hectares converted are farm work (`chuyển đổi 500 ha đất lúa`), not one plot
    ("Năm 2016, huyện đã chuyển đổi 500 ha đất trồng lúa kém hiệu quả sang trồng cây ăn quả.", "500 ha đất"),
])
def test_areas_recovered_donated_or_farmed_stay(text, figure):
    assert figure in texts(text)


# ---------------------------------------------------------------- Covid positives are epidemic statistics
@pytest.mark.parametrize("text", [
    "Tại Indonesia, hiện nay tỷ lệ ca dương tính với SARS-CoV-2 đã giảm còn 11%, so với gần 30% lúc dịch bùng phát.",
    "Tính đến sáng 30/4 trên địa bàn tỉnh Hà Nam đã xác định được 7 ca dương tính với SARS-Cov-2 và 1 ca nghi ngờ.",
])
def test_positive_cases_are_epidemic_statistics(text):
    assert texts(text) == []


def test_samples_taken_stay_next_to_positive_samples():
    # `mẫu dương tính` counts samples of the testing work, no cases
    assert "991 mẫu" in texts("Tổng số mẫu xét nghiệm đã lấy 991 mẫu, trong đó: 7 mẫu dương tính, 180 mẫu âm tính.")


# ---------------------------------------------------------------- ships counted with `con`
def test_ships_counted_with_the_classifier_con():
    got = statuses("Tại buổi làm việc, UBND tỉnh Bình Định đã chính thức công bố kết quả thẩm định chất lượng 18 con "
                   "tàu vỏ thép ở Bình Định, (trong đó 5 chiếc do Đại Nguyên Dương, 13 chiếc do công ty TNHH MTV Nam "
                   "Triệu đóng).")
    assert got == {"18 con tàu vỏ thép": "achieved", "5 chiếc": "achieved", "13 chiếc": "achieved"}
    assert statuses("Bộ yêu cầu tỉnh Bình Định chỉ đạo tổ thẩm định độc lập kiểm tra toàn bộ 18 con tàu có vấn đề.") \
        == {"18 con tàu": "planned"}


@pytest.mark.parametrize("text", [
    # damage and a company's own work stay out
    "Tổ thẩm định phát hiện sai sót trong quá trình đóng tàu khiến 19 con tàu vỏ thép của ngư dân bị hư hỏng.",
    "Trên tàu còn nhiều dầu nên ngọn lửa đã nhanh chóng thiêu rụi 2 con tàu.",
])
def test_ships_damaged_are_no_targets(text):
    assert texts(text) == []
