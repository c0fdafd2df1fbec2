"""targets, issue 17 round 14 (a blind read of 30 whole corpus articles, seed 83519: 20 baomoi, 10 dantri; an audit of
60 random rows of a whole-corpus run, seed 31337): a policy's share of a cost (`ngân sách nhà nước hỗ trợ 100% mức
đóng BHYT`, `tỉnh hỗ trợ 30% và ngân sách trung ương hỗ trợ 70%`) says who pays which part, no count of work done;
about 40 rows of a whole-corpus run, nearly all of them such rates. A loss (`tổn thất`) is damage, like `thiệt hại`; the
people polled (`số người được lấy ý kiến ủng hộ là hơn 67%`) give a poll's figures.

Sentences are from the news corpus (../shared/corpus/news), shortened; each class has traps that must not fire.
"""
from __future__ import annotations

import pytest

from tests.test_targets import rows


def found(text: str) -> dict[str, str]:
    """figure text -> status"""
    return {r["text"]: r["status"] for r in rows(text)}


# ---------------------------------------------------------------- a policy's share of a cost
@pytest.mark.parametrize("sentence,figure", [
    # baomoi-22651974, baomoi-22547886, baomoi-21512646, baomoi-22512044, baomoi-22652701, baomoi-22482839
    ("Ngân sách nhà nước hỗ trợ 100% mức đóng BHYT và đã cấp thẻ cho người nghèo.", "100%"),
    ("100% người cận nghèo trong tỉnh đã được cấp thẻ BHYT nhờ được tỉnh hỗ trợ 30% và ngân sách trung ương "
     "hỗ trợ 70%.", "30%"),
    ("100% người cận nghèo trong tỉnh đã được cấp thẻ BHYT nhờ được tỉnh hỗ trợ 30% và ngân sách trung ương "
     "hỗ trợ 70%.", "70%"),
    ("Người cận nghèo đã được Nhà nước hỗ trợ 70% mức đóng BHYT, thì 30% còn lại người dân phải tự đóng.", "70%"),
    ("Nhóm học sinh, sinh viên mặc dù đã được hỗ trợ tới 70% mệnh giá BHYT nhưng tỷ lệ tham gia chưa cao.", "70%"),
    ("Nhà nước ưu tiên hỗ trợ 100% chi phí tập huấn kỹ thuật cho nông dân.", "100%"),
    ("Công ty Nam Triệu cam kết chịu 100% kinh phí khắc phục và kiểm định lại tàu.", "100%"),
    ("Theo quyết định của UBND tỉnh, ngư dân chỉ được hỗ trợ 50%.", "50%"),
    ("Người có BHYT sẽ được quỹ BHYT chi trả từ 80 - 100% chi phí, tùy theo từng đối tượng.", "từ 80 - 100%"),
])
def test_a_policys_share_of_a_cost_is_no_target(sentence, figure):
    assert figure not in found(sentence)


@pytest.mark.parametrize("sentence,figure,state", [
    # progress of payment and of a contract, and shares of people, stay
    ("Đến nay, các địa phương đã chi trả hơn 90%.", "hơn 90%", "achieved"),          # baomoi-22645456
    ("Đơn vị tư vấn nghiệm thu đạt 91% giá trị hợp đồng.", "91%", "achieved"),          # baomoi-21486018
    ("Năm 2016, huyện đã hỗ trợ 100% hộ nghèo mua thẻ BHYT.", "100%", "achieved"),
    ("Kinh phí đã giải ngân là 5.290 tỷ đồng, bằng 65,3% tổng kinh phí thực hiện.", "65,3%", "achieved"),
])
def test_traps_progress_and_shares_of_people_stay(sentence, figure, state):
    assert found(sentence).get(figure) == state


# ---------------------------------------------------------------- losses and people polled
@pytest.mark.parametrize("sentence,figure", [
    # baomoi-22241432, baomoi-22634727 (twice in the corpus), baomoi-22406316
    ("TP.HCM sẽ bị ảnh hưởng nặng nề bởi biến đổi khí hậu, với tổn thất khoảng 10% GDP.", "khoảng 10%"),
    ("Riêng phiên bản nâng cấp “H”, con số tổn thất đã vượt quá 1.300 chiếc.", "quá 1.300 chiếc"),
    ("Trong đó khu vực Vành đai 3 có số người được lấy ý kiến ủng hộ là hơn 67%.", "hơn 67%"),
    ("Trên 71% người dân được lấy ý kiến ủng hộ việc điều chỉnh giờ học, giờ làm.", "trên 71%"),
])
def test_losses_and_polls_are_no_targets(sentence, figure):
    assert figure not in found(sentence)


@pytest.mark.parametrize("sentence,figure,state", [
    # a consultation the body held, and damage made good, stay
    ("Sau đó, Bộ đã gửi dự thảo quy hoạch và lấy ý kiến 11 bộ ngành liên quan.", "11 bộ", None),
    ("Đến nay, huyện đã khắc phục xong 120 ha lúa bị thiệt hại do mưa lũ.", "120 ha lúa", "achieved"),
])
def test_traps_consultation_and_repair_stay(sentence, figure, state):
    assert figure in found(sentence) and (state is None or found(sentence)[figure] == state)
