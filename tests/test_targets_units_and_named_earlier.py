"""targets: counted nouns of public work that were missing from units.txt (`hợp đồng`, `nhà chung cư`, `m vuông`, `CBCS`,
`sĩ quan`, `hũ cốt`), and figures whose noun phrase is closed by a back reference a few words after the unit
(`2 dự án nêu trên`, `3 xe nêu trên`, `2 cơ sở đóng tàu nói trên`): things named earlier, no new figure.

Sentences are from the news corpus (../shared/corpus/news), shortened; each class has traps that must not fire.
"""
from __future__ import annotations

import pytest

from tests.test_targets import rows
from vnextract.extractors.normalize import fold
from vnextract.extractors.targets.units import QUANTITY


def by_text(text: str) -> dict[str, dict]:
    return {r["text"]: r for r in rows(text)}


# ---------------------------------------------------------------- units that were missing
NEW_UNIT_TARGETS = [
    ("Hiện Ngân hàng đã giải ngân cho 55 hợp đồng với số tiền hơn 803 tỷ đồng.", "55 hợp đồng", "achieved"),
    ("Các ngân hàng đã giải ngân 55 hợp đồng tín dụng với tổng số tiền 803,607 tỷ đồng.", "55 hợp đồng", "achieved"),
    ("Khối cơ quan chính quyền sẽ giảm 704 hợp đồng có chỉ tiêu đã tồn tại nhiều năm.", "704 hợp đồng", "planned"),
    ("Trong những năm qua, dù hết sức nỗ lực, Hà Nội mới chỉ cải tạo được 14/1.555 nhà chung cư cũ.",
     "14/1.555 nhà chung cư", "achieved"),
    ("Những nỗ lực của TP.Hà Nội trong nhiều năm qua mới chỉ cải tạo được 14/1.155 nhà chung cư cũ, chủ yếu ở những vị "
     "trí đắc địa.", "14/1.155 nhà chung cư", "achieved"),
]


@pytest.mark.parametrize("text, figure, status", NEW_UNIT_TARGETS)
def test_counted_nouns_of_public_work_are_units(text, figure, status):
    found = by_text(text)
    assert figure in found and found[figure]["status"] == status


@pytest.mark.parametrize("phrase, unit", [
    ("gần 150 CBCS công an", "CBCS"),
    ("hơn 1.500 sĩ quan Quân đội", "sĩ quan"),
    ("có 883 hũ cốt thuộc 364 hộ", "hũ cốt"),
    ("đã có 457 hũ có thân chủ", "hũ"),
    ("nhận được 80 mét vuông.", "mét vuông"),
    ("từ 10 m vuông/người", "m vuông"),
])
def test_the_unit_is_the_whole_counted_noun(phrase, unit):
    m = QUANTITY.search(fold(phrase))  # the pattern runs over the folded text
    assert m and (m.group("unit") or "") == fold(unit)


NEW_UNIT_NON_TARGETS = [
    # a contract in a court report or a private deal is no public work's figure
    ("Sau khi hoàn tất 5 hợp đồng kể trên, Thảo chỉ thanh toán cho Công ty mía đường Tây Ninh.", "5 hợp đồng"),
    # a foreign ship's crew on a visit is narrative
    ("HMAS Ballarat (FFH 155) cùng 166 sĩ quan, thủy thủ do trung tá David Landon chỉ huy cập cảng Tiên Sa.",
     "166 sĩ quan"),
]


@pytest.mark.parametrize("text, figure", NEW_UNIT_NON_TARGETS)
def test_counted_nouns_in_narrative_stay_out(text, figure):
    assert figure not in by_text(text)


def test_a_celebritys_contracts_stay_out():
    """An entertainment story names no public body: the article gate keeps its contracts out."""
    text = ("Trương Bá Chi kiếm bộn tiền\nGần đây, cô liên tiếp ký 3 hợp đồng mới, quay 7 quảng cáo và nhận được hàng "
            "chục lời mời tham gia các chương trình truyền hình.")
    assert rows(text, context=False) == []


# ---------------------------------------------------------------- a back reference closing the noun phrase
NAMED_EARLIER = [
    ("Với số vốn trên, TP.HCM rất khó hoàn thành tiến độ 2 dự án nêu trên đúng thời gian quy định.", "2 dự án"),
    ("Tổng cục ĐBVN đã kiểm tra dữ liệu trên hệ thống GSHT đối với 3 xe nêu trên, kết quả cho thấy xe này chưa có dữ "
     "liệu.", "3 xe"),
    ("Trước hết, đình chỉ 2 cơ sở đóng tàu nói trên, không được nhận thêm hợp đồng.", "2 cơ sở"),
    ("Hiện tại, ngành y tế Đà Nẵng đã tiến hành cách ly, lấy mẫu xét nghiệm đối với 9 trường hợp nói trên.",
     "9 trường hợp"),
    ("Tổng giá trị thanh lý 3 hợp đồng nêu trên, Sở TT-TT Phú Yên đã chuyển đủ cho Công ty iNet.", "3 hợp đồng"),
]


@pytest.mark.parametrize("text, figure", NAMED_EARLIER)
def test_a_back_reference_after_the_noun_phrase_repeats_a_figure(text, figure):
    assert figure not in by_text(text)


NOT_NAMED_EARLIER = [
    # a preposition or a new figure comes first: the back reference is of another noun
    ("Huyện đã hoàn thành 12 phòng học tại các xã nói trên.", "12 phòng học"),
    ("Đến nay, đã hỗ trợ 35 hộ nghèo của 3 xã nêu trên.", "35 hộ nghèo"),
    # bare `trên` before a noun is a preposition
    ("Năm 2016, tỉnh đã hỗ trợ 120 hộ trên địa bàn xây dựng nhà ở.", "120 hộ"),
]


@pytest.mark.parametrize("text, figure", NOT_NAMED_EARLIER)
def test_a_back_reference_of_another_noun_keeps_the_figure(text, figure):
    assert figure in by_text(text)
