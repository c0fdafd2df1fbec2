"""deadlines (issue 14, corpus audit 10e): a judgement that a plan will hardly be met, a question of what is due by a
time, a company's own aim, a modal that is a syllable of another word (`hạn hán`), a past word after the time
(`vừa qua`), a plan coordinated after a `trước khi` clause, and a plan whose owner only the attribution names
(corpus sentences, with near-miss traps that must still fire)."""
from __future__ import annotations

import pytest

from tests.test_deadlines import run


def _due_texts(text: str, published: str | None) -> list[str]:
    return [r["due_text"] for r in run(text, published)[1]]


# ---------------------------------------------------------------- a judgement that the plan will hardly be met
@pytest.mark.parametrize("text,published", [
    ("Ông Dương Hữu Hòa, Giám đốc dự án tuyến đường sắt đô thị số 1 cho biết hiện các gói thầu đều đạt tiến độ đề ra. "
     "Tuy nhiên, bây giờ mà thiếu vốn thì kế hoạch về đích vào 2020 là khó đạt.", None),
    ("Đại biểu Quốc hội đoàn TP HCM Trần Anh Tuấn cho rằng, dự án này khó đảm bảo tiến độ giai đoạn vào năm 2025.",
     "2017-06-08"),
    ("Tuy nhiên, UBND thành phố cho biết tuyến đường sẽ khó hoàn thành vào cuối năm 2017 do vướng mặt bằng.",
     "2017-06-10"),
])
def test_a_plan_judged_hard_to_meet_is_no_deadline(text, published):
    assert _due_texts(text, published) == []


@pytest.mark.parametrize("text,published,due_text", [
    # traps: a difficulty that is no judgement of the plan
    ("Dù còn nhiều khó khăn, UBND tỉnh yêu cầu chủ đầu tư phải hoàn thành dự án trước ngày 30/6/2017.", "2017-05-10",
     "trước ngày 30/6/2017"),
    ("Sở Xây dựng phải tháo gỡ khó khăn cho doanh nghiệp, hoàn thành trước ngày 15/7.", "2017-06-20", "trước ngày 15/7"),
])
def test_a_requirement_despite_difficulties_stays_a_deadline(text, published, due_text):
    assert due_text in _due_texts(text, published)


# ---------------------------------------------------------------- asked what will be done by then
@pytest.mark.parametrize("text,published", [
    ("Đồng thời, lộ trình, kế hoạch cũng phải vạch ra từng quý làm gì, cuối năm 2017 đạt kết quả gì và năm 2018 làm "
     "gì… “Phải có lộ trình, phân công, từng bước đi trong hệ thống chính trị.", None),
    ("Đó là lý do tôi nói phía trên là chúng tôi cũng phải ngồi lại, bàn kỹ xem đến năm 2045 thì Hòa Phát làm cái gì.",
     "2021-04-24"),
    ("Các sở phải báo cáo rõ đến cuối năm 2017 sẽ giải ngân được bao nhiêu.", "2017-06-10"),
])
def test_a_question_of_what_is_due_is_no_deadline(text, published):
    assert _due_texts(text, published) == []


def test_nothing_or_any_before_a_question_word_stays_a_deadline():
    # trap: `bất kỳ ... gì` is `any`, no question
    assert "Trong tháng 8/2017" in _due_texts(
        "Trong tháng 8/2017 Sở GTVT sẽ xử lý dứt điểm 63 cây xanh mà không để xảy ra bất kỳ sự cố gì.", "2017-07-20")


# ---------------------------------------------------------------- a company's own aim
@pytest.mark.parametrize("text,published,due_text", [
    ("- À thì chúng tôi đặt mục tiêu đến 2030 Hòa Phát thành tập đoàn sản xuất thép có thứ hạng, lọt vào danh sách 50 "
     "công ty thép lớn nhất thế giới.", "2021-04-24", "đến 2030"),
    ("Ngày 26/5, Ngân hàng TMCP Hàng Hải Việt Nam (Maritime Bank) đã tổ chức Đại hội đồng cổ đông thường niên năm 2017. "
     "Đồng thời, doanh thu từ phí sẽ tiếp tục được chú trọng với mục tiêu tăng 50% trong năm 2017.", "2017-05-27",
     "trong năm 2017"),
])
def test_a_companys_own_aim_is_no_deadline(text, published, due_text):
    assert due_text not in _due_texts(text, published)


@pytest.mark.parametrize("text,published,due_text", [
    # traps: a public goal, a resolution's goal, a requirement put to a company
    ("Mục tiêu tới năm 2020 sẽ xây dựng 50 thiết chế tại 50 khu công nghiệp, khu chế xuất trong cả nước.", "2017-06-01",
     "tới năm 2020"),
    ("Nghị quyết này đặt mục tiêu cụ thể đến hết năm 2017, Việt Nam đạt tối thiểu bằng trung bình của các nước ASEAN 4 "
     "trên các chỉ tiêu về môi trường kinh doanh.", "2017-02-06", "đến hết năm 2017"),
    ("Bộ Công Thương yêu cầu Tập đoàn Điện lực Việt Nam phải hoàn thành việc sửa chữa trước ngày 30/6/2017.",
     "2017-06-01", "trước ngày 30/6/2017"),
])
def test_a_public_goal_or_a_requirement_put_to_a_company_stays_a_deadline(text, published, due_text):
    assert due_text in _due_texts(text, published)


# ---------------------------------------------------------------- a modal inside another word, a past word after the time
def test_a_modal_syllable_of_another_word_and_a_past_time_are_no_deadline():
    assert _due_texts("Các tác động tích lũy đã tạo thành tác động kép lên toàn bộ Đồng bằng sông Cửu Long mà đỉnh "
                      "điểm là đợt hạn hán, xâm nhập mặn vào mùa khô 2016 và sạt lở nghiêm trọng, lún đất xảy ra ở "
                      "nhiều nơi, đặc biệt là ở sông Vàm Nao (huyện Chợ Mới, tỉnh An Giang vào cuối tháng 4 vừa qua).",
                      None) == []
    assert _due_texts("Công ty trách nhiệm hữu hạn Minh Phát khai trương cửa hàng vào tháng 3/2017.", "2017-05-01") == []


@pytest.mark.parametrize("text,published,due_text", [
    # traps: a requirement about a drought; a coming time (`tới`) after the due time
    ("Bộ NN&PTNT yêu cầu các tỉnh phải hoàn thành việc nạo vét kênh mương trước ngày 30/4 để ứng phó hạn hán.",
     "2017-03-20", "trước ngày 30/4"),
    ("“Hà Nội sẽ làm hoàn chỉnh kết luận vào đầu tháng 7 tới”, Chủ tịch UBND TP Hà Nội cho biết.", "2017-06-10",
     "vào đầu tháng 7"),
])
def test_a_drought_or_a_coming_time_stays_a_deadline(text, published, due_text):
    assert due_text in _due_texts(text, published)


# ---------------------------------------------------------------- a plan coordinated after a `trước khi` clause
def test_a_plan_coordinated_after_a_time_clause_is_a_deadline():
    assert "cuối tháng 7-2017" in _due_texts(
        "Hiện UBND huyện đã lắp đặt hệ thống xử lý nước thải tập trung trước khi xả ra kênh và dự kiến cuối tháng "
        "7-2017 hoàn thành.", "2017-06-28")


def test_the_time_of_a_time_clause_is_no_deadline():
    # trap: no plan after the clause
    assert _due_texts("Ông từng dẫn dắt nhiều đội bóng trước khi bị CLB mới buộc phải rời ghế nóng vào đầu năm 2014.",
                      "2017-06-01") == []


# ---------------------------------------------------------------- the plan's owner named in the attribution
def test_a_plan_whose_owner_the_attribution_names_is_a_deadline():
    rows = run("Hiện nay Hà Nội đang hoàn chỉnh kết luận thanh tra để báo cáo Thủ tướng Chính phủ. Theo dự kiến của Hà "
               "Nội, sẽ có kết luận trong tháng 7 tới.", "2017-06-13")[1]
    assert [(r["due_text"], r["due"]) for r in rows] == [("trong tháng 7", "2017-07")]


def test_a_plan_a_company_owns_by_attribution_is_no_deadline():
    # trap: the attribution names a company
    assert _due_texts("Công ty đang hoàn thiện sản phẩm mới. Theo kế hoạch của Công ty Pacific Crystal, sẽ có kết "
                      "luận trong tháng 7 tới.", "2017-06-13") == []
