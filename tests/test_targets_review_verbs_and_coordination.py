"""targets: counts joined by `và` share the predicate after the second (`81 tổ chức và hơn 6.000 đảng viên bị kỷ luật`);
review and supervision verbs right before a figure (`giám sát 8.837 tổ chức đảng`, `rà soát hơn 1.150 dự án`);
`đồng chí` counts party members; `còn lại` + figure + `chưa` a few words on (`Còn lại 5 đề án của 5 tập đoàn kinh tế chưa
trình`); a housing fund let `bán, cho thuê, thuê mua` keeps the plan before it; `N X trên` + a work verb is a back reference.

Sentences are from the news corpus (../shared/corpus/news), shortened; each class has traps that must not fire.
"""
from __future__ import annotations

import pytest

from tests.test_targets import rows


def found(text: str) -> list[tuple[str, str]]:
    return [(r["text"], r["status"]) for r in rows(text)]


# ---------------------------------------------------------------- counts joined by `và`: one predicate
COORDINATED = [
    ("Trong 6 tháng đầu năm 2017, tổng cộng có 81 tổ chức và hơn 6.000 đảng viên bị kỷ luật.",
     [("81 tổ chức", "achieved"), ("hơn 6.000 đảng viên", "achieved")]),
    ("Hiện tại, vẫn còn 33 tàu cá đóng mới và 16 tàu nâng cấp chưa ký hợp đồng vay vốn với các ngân hàng.",
     [("33 tàu cá", "achieved"), ("16 tàu", "achieved")]),
    ("Cấp ủy các cấp giám sát 8.837 tổ chức đảng và 37.816 đảng viên.",
     [("8.837 tổ chức đảng", "achieved"), ("37.816 đảng viên", "achieved")]),
]

COORDINATED_TRAPS = [
    # casualties, whatever the conjunction
    ("Vụ tai nạn làm 4 người chết và 13 người bị thương, trong đó, có 9 nạn nhân bị thương nặng.", []),
    ("Tại trường ghi nhận 33 trẻ và 1 giáo viên bị tay chân miệng.", []),
    # an amount, then the next item of a list: the amount takes no predicate of the projects
    ("Có 3 dự án sử dụng vốn ODA với số vốn 9.440 tỷ đồng và 24 dự án được triển khai theo hình thức PPP.",
     [("24 dự án", "achieved")]),
]


@pytest.mark.parametrize("text, expected", COORDINATED + COORDINATED_TRAPS)
def test_counts_joined_by_and_share_the_predicate(text, expected):
    assert found(text) == expected


# ---------------------------------------------------------------- review verbs, only right before the figure
REVIEWED = [
    ("UBKT các cấp đã kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát đối với 9.880 tổ chức đảng.",
     [("9.880 tổ chức đảng", "achieved")]),
    ("Về việc xử lý các dự án chậm tiến độ, sở này cùng các cơ quan chức năng đã rà soát hơn 1.150 dự án với tổng "
     "diện tích hơn 6.560 ha.", [("hơn 1.150 dự án", "achieved")]),
    ("TP. Hà Nội rà soát có khoảng 1.579 nhà chung cư cũ.", [("khoảng 1.579 nhà chung cư", "achieved")]),
    ("Tới đây, liên ngành giao thông vận tải - công an thành phố Hà Nội sẽ rà soát 87 tuyến phố có đủ điều kiện để "
     "cho phép trông giữ xe dưới lòng đường.", [("87 tuyến", "planned")]),
    ("Chính phủ cũng đang chỉ đạo rất quyết liệt để rà soát lại 12 dự án, phát hiện sai phạm.",
     [("12 dự án", "planned")]),
]

REVIEW_TRAPS = [
    # a system, a period, a force: nouns, not the work done on the figure
    ("Trung tâm Kiểm soát bệnh tật cho biết, hệ thống giám sát dịch tại Thanh Hóa đã ghi nhận 16 trường hợp F1.", []),
    ("Kết quả giám sát cho thấy, số thu phí đối với vé lượt trong thời gian giám sát là 10,99 tỷ đồng.", []),
    ("Theo ông, 600.000 đoàn viên sẽ là lực lượng giám sát rất đông đảo nếu mọi người cùng có ý thức.", []),
    ("Do thiếu kiểm tra, giám sát dẫn đến ông Thi Danh chiếm dụng số tiền hơn 54 tỉ đồng kinh phí bồi thường.", []),
    # the ones named above, as the subject of a verb
    ("Bộ sẽ cùng với tỉnh Bình Định giám sát 2 cơ sở trên thực hiện các cam kết khắc phục.", []),
]


@pytest.mark.parametrize("text, expected", REVIEWED + REVIEW_TRAPS)
def test_review_verbs_right_before_the_figure(text, expected):
    assert found(text) == expected


def test_bare_tren_before_a_place_is_no_back_reference():
    assert found("Huyện đã hoàn thành 5 xã trên địa bàn đạt chuẩn nông thôn mới.") == [("5 xã", "achieved")]


# ---------------------------------------------------------------- `đồng chí` counts party members
COMRADES = [
    ("Trong năm 2016, Đảng bộ đã kết nạp được 6 đồng chí Đảng viên mới.", [("6 đồng chí", "achieved")]),
    ("Nhân dịp này, 13 đồng chí được trao tặng Huy hiệu Đảng 40 năm tuổi Đảng.", [("13 đồng chí", "achieved")]),
    ("Ủy ban Kiểm tra Trung ương quyết định thi hành kỷ luật 4 đồng chí nguyên là lãnh đạo Tập đoàn Dầu khí.",
     [("4 đồng chí", "achieved")]),
    ("Thứ 3, Thanh tra Chính phủ đã cử 1 đồng chí Phó Cục trưởng cùng cán bộ nghiệp vụ phối hợp với thành phố.",
     [("1 đồng chí", "achieved")]),
]

COMRADE_TRAPS = [
    ("Hội nghị đã nghe ý kiến của 4 đồng chí Phó Chủ tịch UBND TP.", []),
    ("Riêng Ban Chỉ đạo liên ngành Trung ương về VSATTP do 01 đồng chí Phó Thủ tướng làm Trưởng ban.", []),
    ("Trong thời gian giữ cương vị Bí thư Tỉnh ủy nhiệm kỳ 2010 - 2015 đồng chí Nguyễn Văn Thiện đã có nhiều sai phạm.",
     []),
    # money stays money
    ("UBND huyện đã hỗ trợ 5 triệu đồng cho mỗi hộ.", [("5 triệu đồng", "achieved")]),
]


@pytest.mark.parametrize("text, expected", COMRADES + COMRADE_TRAPS)
def test_comrades_are_counted_people(text, expected):
    assert found(text) == expected


# ---------------------------------------------------------------- work left, and a housing fund's list
@pytest.mark.parametrize("text, expected", [
    ("Còn lại 5 đề án của 5 tập đoàn kinh tế chưa trình là Cao su, Than - Khoáng sản, VNPT, Viettel, Hóa chất.",
     [("5 đề án", "achieved")]),
    ("Sở Xây dựng TP.HCM đề xuất UBND TP.HCM thành lập quỹ nhà ở xã hội bán, cho thuê, thuê mua khoảng 30.000 căn.",
     [("khoảng 30.000 căn", "planned")]),
    # unsold produce left is no work left
    ("Hiện nông dân còn khoảng 500 tấn bí ngô chưa có nơi thu mua.", []),
])
def test_work_left_and_a_listed_fund(text, expected):
    assert found(text) == expected
