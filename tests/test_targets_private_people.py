"""targets, issue 17 round 8 (a fresh random audit of 60 corpus rows): a private person whose address names the
places (`ông X, trú tại xóm Y, xã Z`), criminals or residents as the subject of the figure's verb, wishes (`mong được
bố trí`, `hy vọng`) as goals, and weights and speeds as specifications.

Sentences are from the news corpus (../shared/corpus/news), shortened; each class has traps that must not fire.
"""
from __future__ import annotations

import pytest

from tests.test_targets import rows


def statuses(text: str) -> dict[str, str]:
    return {r["text"]: r["status"] for r in rows(text)}


def found(text: str, figure: str) -> bool:
    """A row whose text starts with `figure` (classifier units run on: `12 km đường bê tông`)."""
    return any(t.startswith(figure) for t in statuses(text))


# ---------------------------------------------------------------- a private person and their address
@pytest.mark.parametrize("text,figure", [
    ("Gia đình chị Nguyễn Thị Phương xóm Nam Sơn, Nghĩa Sơn huyện Nghĩa Đàn trồng 200 gốc ổi, mỗi năm cho thu lãi "
     "hơn 200 triệu đồng.", "hơn 200 triệu đồng"),
    ("Trước đó ngày 4/2, ông Trần Hữu Vân, trú tại xóm Trại Tuần, xã Hương Vĩnh, huyện Hương Khê, trong khi đi vào "
     "rừng tìm bò, hốt hoảng phát hiện 8 con bò trong đàn bị chết từ trước đó.", "8 con bò"),
    ("Ông Lê Văn Lũy, xã Mỹ Châu (huyện Phù Mỹ) vừa thu hoạch 4 sào hành tím nhưng đành đem phơi khô.", "4 sào"),
    ("Ông Nguyễn Văn Hoảnh, nông dân trồng dừa ở thị trấn Giồng Trôm hiện đang trồng 2 ha dừa.", "2 ha"),
])
def test_a_private_persons_address_names_no_public_body(text, figure):
    assert not found(text, figure)


@pytest.mark.parametrize("text,figure", [
    # the place before the person: the body that did it
    ("Năm 2017, huyện Yên Thành đã hỗ trợ anh Nguyễn Văn Hùng 20 triệu đồng để làm nhà.", "20 triệu đồng"),
    # a post named with the person
    ("Ông Nguyễn Hữu Tầm, Chủ tịch UBND xã Tiên Cẩm cho biết, xã đã làm được 12 km đường bê tông.", "12 km"),
    # a place far from the person's name: not their address
    ("Ông Thái cho biết, trong năm 2015, tổng giá trị sản xuất nông nghiệp của tỉnh Bắc Giang đã đạt 5.000 tỷ đồng.",
     "5.000 tỷ đồng"),
])
def test_a_place_that_is_no_address_still_names_a_body(text, figure):
    assert found(text, figure)


# ---------------------------------------------------------------- criminals and residents as the subject
@pytest.mark.parametrize("text,figure", [
    ("Các đối tượng đã tìm và lập được 36 hồ sơ khống.", "36 hồ sơ"),
    ("Theo cơ quan điều tra, từ đầu năm 2016 đến nay, băng nhóm của “Hoàng béo” sản xuất 300 kg ma túy tổng hợp.",
     "300 kg"),
    ("Đến khuya ngày 1-2, có khoảng 20 đối tượng điều động 8 xe máy cày đến hiện trường tại tiểu khu 174.",
     "8 xe máy"),
    ("Trước đó, người dân phát hiện 3 người trong nhà bà D bị thương tích nặng.", "3 người"),
    ("Người dân Đồng Tâm đã bắt giữ 38 người tại nhà văn hóa thôn Hoành.", "38 người"),
    ("Đến đêm 25/4, nhiều người dân xã Thiệu Lý lại phát hiện 1 chiếc xe tải chở theo 4 người đi vào khu nghĩa trang.",
     "1 chiếc xe"),
])
def test_criminals_and_residents_doing_it_is_no_public_work(text, figure):
    assert not found(text, figure)


@pytest.mark.parametrize("text,figure", [
    # the police's work on criminals
    ("Công an huyện đã bắt giữ 3 đối tượng và thu giữ 2 xe máy.", "2 xe máy"),
    ("Qua đấu tranh, các đối tượng bị công an huyện thu giữ 200 viên thuốc lắc.", "200 viên thuốc lắc"),
    # people a policy counts
    ("Tính đến giữa tháng 3-2017, tổng số đối tượng được thẩm tra tinh giản biên chế là 4.969 người.", "4.969 người"),
    # residents' work reported by the district, no finding verb
    ("Vụ lúa đông xuân năm nay toàn huyện xuống giống 31.000ha, đến nay bà con đã thu hoạch được trên 15.000ha.",
     "trên 15.000ha"),
    # the police find after residents report
    ("Nhận tin báo của người dân, Công an xã đã phát hiện 5 đối tượng đang đánh bạc.", "5 đối tượng"),
])
def test_public_work_on_criminals_and_residents_stays(text, figure):
    assert found(text, figure)


# ---------------------------------------------------------------- wishes are goals
@pytest.mark.parametrize("text,figure", [
    ("Cụ thể, trong giai đoạn 2016 – 2020 TP mong được bố trí 9.963 tỷ đồng từ nguồn vốn của SCIC.", "9.963 tỷ đồng"),
    ("Tôi hy vọng, thanh tra 60 dự án đất vàng này sẽ ra được kết quả như mong đợi.", "60 dự án"),
    ("Sở GTVT mong được trồng thêm 500 cây xanh trên các tuyến phố.", "500 cây xanh"),
])
def test_a_wish_of_work_is_planned(text, figure):
    assert statuses(text).get(figure) == "planned"


@pytest.mark.parametrize("text,figure", [
    # a wish as a noun, and a result reported after it
    ("Với mong muốn chung tay cùng TP giải quyết bài toán nước sạch, Ngân hàng Thế giới đã tài trợ cho Hà Nội để xây "
     "dựng 7 trạm cấp nước sạch.", "7 trạm"),
    ("Năm 2016, Bộ Kế hoạch và Đầu tư đã bố trí 11.517 tỷ đồng cho 2 dự án.", "11.517 tỷ đồng"),
])
def test_no_wish_no_goal(text, figure):
    assert statuses(text).get(figure) == "achieved"


def test_no_wish_after_the_figure_makes_a_target():
    text = ("Đây là tín hiệu tốt, mang lại kỳ vọng thay đổi nhận thức của khoảng 4,9 triệu hộ kinh doanh không mong "
            "muốn chuyển đổi thành doanh nghiệp.")
    assert not found(text, "khoảng 4,9 triệu hộ")


# ---------------------------------------------------------------- weights and speeds are specifications
@pytest.mark.parametrize("text,figure", [
    ("Thời điểm bị xử phạt, xe tải của tài xế Anh có trọng lượng 3,4 tấn và trên xe không chở hàng.", "3,4 tấn"),
    ("Ông Tú cho biết, đợt này ông thả 3.200 con cá mú, tất cả đã đạt trọng lượng 400 – 500 gram/con.",
     "400 – 500 gram/con"),
    ("Máy bay có vận tốc tối đa 900 km/h, bay liên tục 12 giờ.", "900 km/h"),
])
def test_weights_and_speeds_are_specifications(text, figure):
    assert not found(text, figure)


@pytest.mark.parametrize("text,figure", [
    ("Trong năm 2017, lực lượng kiểm lâm đã thu giữ 3,4 tấn gỗ lậu.", "3,4 tấn"),
    ("Đến nay, xã đã làm được 12 km đường bê tông.", "12 km"),
    # the weight in another clause
    ("Tổng khối lượng động vật nhập khẩu là 45.246 lô với trọng lượng 2.179.430 tấn, lấy 45.246 mẫu kiểm tra, phát "
     "hiện 357 mẫu vi phạm các chỉ tiêu về ATTP.", "357 mẫu"),
])
def test_weights_and_lengths_of_work_stay(text, figure):
    assert found(text, figure)


# ---------------------------------------------------------------- a study's findings
@pytest.mark.parametrize("text,figure", [
    ("Ước tính của các nhà nghiên cứu cho thấy từ 20 - 40% bề mặt đất của Trái đất có thể được coi là nguyên vẹn.",
     "từ 20 - 40%"),
    ("“Theo các nhà khoa học tính toán, cây xanh sau 5 năm sẽ đạt 12-15 m2, tới năm thứ 7 sẽ đạt 18-22 m2.", "12-15 m2"),
    ("Theo nghiên cứu của Viện Chiến lược TT&TT, tỷ lệ đóng góp của 5G vào tăng trưởng GDP có thể đạt 7,34% vào năm "
     "2025.", "7,34%"),
])
def test_a_studys_finding_is_no_target(text, figure):
    assert not found(text, figure)


@pytest.mark.parametrize("text,figure", [
    # a public body in the sentence
    ("Căn cứ ý kiến của nhiều nhà khoa học, UBND TP đã quyết định xử lý 1.300 cây xanh trên đường Vành đai III.",
     "1.300 cây xanh"),
    # the researchers after the figure
    ("Năm 2020, Trung tâm đã tổ chức gần 60 hội nghị khoa học quốc tế với sự tham dự của 5.500 nhà khoa học.",
     "gần 60 hội nghị"),
])
def test_public_work_with_scientists_stays(text, figure):
    assert found(text, figure)
