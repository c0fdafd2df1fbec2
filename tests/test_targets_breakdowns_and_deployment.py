"""targets, issue 17 round 7 (new dev articles and corpus rows): a `Trong đó` sentence breaking down the figure of the
sentence before, `đã giao` handing things over, a purpose clause (`Để ...,`) and a result after it, people and teams deployed
(`cử`, `bố trí`, `điều động`), `có N X đang` + verb as narrative, the affected scope (`bị ảnh hưởng`), and units as the
full counted noun phrase (`tàu vỏ thép`, `nội dung chính`).

Sentences are from the news corpus (../shared/corpus/news), shortened; each class has traps that must not fire.
"""
from __future__ import annotations

import pytest

from tests.test_targets import rows


def statuses(text: str) -> dict[str, str]:
    return {r["text"]: r["status"] for r in rows(text)}


# ---------------------------------------------------------------- a `Trong đó` sentence breaks down the one before
@pytest.mark.parametrize("text,figure,status", [
    ("Ông Phúc, Phó Giám đốc Sở NN&PTNT, cho biết dự kiến tổ công tác sẽ kiểm tra 18 tàu vỏ thép bị hư hỏng. Trong đó "
     "có 13 tàu do Công ty TNHH MTV Nam Triệu đóng, còn lại do Công ty TNHH Đại Nguyên Dương đóng.", "13 tàu", "planned"),
    ("Năm 2017, huyện đã hoàn thành 25 công trình thủy lợi. Trong đó có 12 công trình do xã làm chủ đầu tư.",
     "12 công trình", "achieved"),
    ("Đến nay, tỉnh đã giải ngân 320 tỷ đồng. Trong số đó, 120 tỷ đồng cho các xã nghèo.", "120 tỷ đồng", "achieved"),
])
def test_a_trong_do_sentence_breaks_down_the_figure_before(text, figure, status):
    assert statuses(text).get(figure) == status


@pytest.mark.parametrize("text,figure", [
    # another unit: no breakdown of the figure before
    ("Năm 2017, huyện đã hoàn thành 25 công trình thủy lợi. Trong đó có 12 người cao tuổi.", "12 người"),
    # no `Trong đó` opening the sentence
    ("Năm 2017, huyện đã hoàn thành 25 công trình thủy lợi. Hiện có 12 công trình do xã làm chủ đầu tư.",
     "12 công trình"),
    # the part named later in a clause of its own, and a share
    ("Năm 2017, toàn tỉnh đã khắc phục 3.500 ha lúa. Trong đó, nặng nhất là huyện Phong Điền với khoảng 1.300 ha.",
     "khoảng 1.300 ha"),
    ("Năm 2017, thanh tra tỉnh đã giải quyết 85% đơn thư. Trong đó có đến 59,3% là tố cáo sai.", "59,3%"),
    # `Trong đó` two sentences after the figure
    ("Năm 2017, huyện đã hoàn thành 25 công trình thủy lợi. Mùa mưa năm nay đến sớm. Trong đó có 12 công trình do xã "
     "làm chủ đầu tư.", "12 công trình"),
])
def test_no_breakdown_without_the_figure_right_before(text, figure):
    assert figure not in statuses(text)


# ---------------------------------------------------------------- `đã giao` hands things over
@pytest.mark.parametrize("text,figure,status", [
    ("Ngày 27/6, UBND Đà Nẵng cho biết đã giao 77 ha đất ở Sơn Trà cho các dự án.", "77 ha đất", "achieved"),
    ("Hiện nay, Bình Dương đã giao 5.000 căn NƠXH giá rẻ cho người dân.", "5.000 căn", "achieved"),
    ("Năm nay, huyện đã giao đủ 250 thanh niên lên đường nhập ngũ.", "250 thanh niên", "achieved"),
    # tasks assigned stay a goal
    ("Năm 2017, UBND tỉnh đã giao 84 nhiệm vụ cho các sở, ngành.", "84 nhiệm vụ", "planned"),
    ("Năm 2017, tỉnh giao 5 chỉ tiêu cho mỗi huyện.", "5 chỉ tiêu", "planned"),
    ("Thành phố giao cho huyện 300 ha đất để xây dựng khu tái định cư.", "300 ha đất", "planned"),
])
def test_da_giao_hands_things_over(text, figure, status):
    assert statuses(text).get(figure) == status


# ---------------------------------------------------------------- a purpose clause and the clause after it
@pytest.mark.parametrize("text,figure,status", [
    ("Để đảm bảo an toàn cho người dân trong mùa mưa bão, Công ty Công viên cây xanh đã cắt tỉa được trên 50.000 cây.",
     "trên 50.000 cây", "achieved"),
    # a goal of its own clause stays
    ("Để đạt chuẩn nông thôn mới, xã sẽ xây dựng 5 trường học.", "5 trường học", "planned"),
    ("Để thực hiện chương trình này, huyện phấn đấu trồng 20.000 cây xanh.", "20.000 cây xanh", "planned"),
])
def test_a_purpose_clause_sets_no_goal(text, figure, status):
    assert statuses(text).get(figure) == status


# ---------------------------------------------------------------- people and teams deployed by a public body
@pytest.mark.parametrize("text,figure", [
    ("Hiện nay, Bộ đã cử 10 đoàn thanh tra chấm thi ở các tỉnh, thành trên cả nước.", "10 đoàn thanh tra"),
    ("Trong chấm thi môn tự luận, Sở GD&ĐT Hưng Yên đã bố trí 72 cán bộ chấm thi và 8 người chấm kiểm tra.",
     "72 cán bộ"),
    ("Thanh tra Sở Văn hóa - Thể thao tỉnh Thừa Thiên - Huế đã cử 2 cán bộ đến xem xét hiện trường.", "2 cán bộ"),
    ("Ban quản lý lễ hội đã bố trí hơn 40 lao động tham gia dọn vệ sinh toàn bộ tuyến đường hành hương.",
     "hơn 40 lao động"),
])
def test_people_and_teams_deployed(text, figure):
    assert statuses(text).get(figure) == "achieved"


@pytest.mark.parametrize("text", [
    "Cử tri 5 xã đã kiến nghị nhiều nội dung về đất đai.",
    "Tại kỳ bầu cử 3 đại biểu của huyện đã trúng cử.",
    "Ông được cử làm trưởng đoàn trong 2 năm.",
    "Với tỷ lệ trúng cử 98%, ông được bầu làm Chủ tịch Hội đồng quản trị.",
])
def test_words_hiding_cu_are_no_deployment(text):
    assert rows(text) == []


# ---------------------------------------------------------------- `có N X đang` + verb: narrative
@pytest.mark.parametrize("text", [
    "Mới đây, trên các trang mạng xã hội xuất hiện đoạn clip có 5 người đang bắt một con chó trước cửa một nhà dân.",
    "Trong khi đó, có 350 học sinh đang học cấp THCS hệ song bằng.",
])
def test_people_doing_something_now_are_narrative(text):
    assert rows(text) == []


@pytest.mark.parametrize("text,figure", [
    ("Hiện có 12 dự án đang chậm tiến độ.", "12 dự án"),   # a backlog word: the state of the work
    ("Đến nay đã có 60 đơn vị khắc phục xong.", "60 đơn vị"),
])
def test_existential_results_stay(text, figure):
    assert statuses(text).get(figure) == "achieved"


# ---------------------------------------------------------------- the affected scope
@pytest.mark.parametrize("text", [
    "Cả xã thời điểm thu hồi đất phục vụ dự án có 433 hộ bị ảnh hưởng.",
    "Sự cố khiến hệ thống ngừng hoạt động, có 26 tổ chức bị ảnh hưởng.",
    "Cụ thể, đã có 57 nhà bị ảnh hưởng do đất đá sạt lở tại huyện Quang Bình.",
])
def test_the_affected_scope_is_no_target(text):
    assert rows(text) == []


@pytest.mark.parametrize("text,figure", [
    ("Huyện đã hỗ trợ 120 hộ bị ảnh hưởng bởi cơn bão số 10.", "120 hộ"),
    ("Năm 2016, tỉnh đã sửa chữa 35 căn nhà bị hư hỏng do lũ.", "35 căn nhà"),
])
def test_work_on_the_affected_is_a_result(text, figure):
    assert statuses(text).get(figure) == "achieved"


# ---------------------------------------------------------------- the unit is the full counted noun phrase
@pytest.mark.parametrize("text,unit", [
    ("Dự kiến tổ công tác của Sở NN&PTNT sẽ kiểm tra 18 tàu vỏ thép bị hư hỏng.", "tàu vỏ thép"),
    ("Bộ trưởng đề nghị Tổng cục Giáo dục nghề nghiệp và Cục Việc làm thực hiện tốt 3 nội dung chính: xây dựng hệ "
     "thống dự báo cung cầu lao động.", "nội dung chính"),
    ("Năm 2017, tỉnh đặt mục tiêu thực hiện 6 nhiệm vụ trọng tâm.", "nhiệm vụ trọng tâm"),
    ("Năm 2017, tỉnh đã hỗ trợ ngư dân đóng mới 12 tàu cá.", "tàu cá"),
])
def test_unit_is_the_counted_noun_phrase(text, unit):
    assert [r["unit"] for r in rows(text)] == [unit]


# ---------------------------------------------------------------- climate scenarios are forecasts
@pytest.mark.parametrize("text", [
    "Chủ tịch Quốc hội cho biết theo các kịch bản biến đổi khí hậu của Việt Nam, vào cuối thế kỷ 21, sẽ có khoảng 40% "
    "diện tích đồng bằng sông Cửu Long bị ngập.",
    "Theo kịch bản nước biển dâng, đến năm 2050 tỉnh sẽ có 20% diện tích bị ngập.",
])
def test_climate_scenarios_are_forecasts(text):
    assert rows(text) == []


def test_a_plan_against_climate_change_stays():
    assert statuses("Để ứng phó biến đổi khí hậu, tỉnh phấn đấu trồng mới 500 ha rừng ngập mặn.") == {
        "500 ha rừng": "planned"}
