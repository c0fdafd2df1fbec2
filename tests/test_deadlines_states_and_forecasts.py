"""deadlines round 11 (issue #14, audit and blind-sample classes): the end of a state that lasts until an `đến` time
(a suspension, an exemption, a contract), the time of a forecast whose verb closes the comma part before, a `vào
ngày` day already gone on the article's day are no deadlines; a public work after an opening plan word (`Dự kiến dự
án sẽ hoàn thành ...`) and a plan's next step after an event word (`khởi công ... và hoàn thành ...`) are (corpus
sentences, with near misses that must not fire)."""
from __future__ import annotations

import pytest

from tests.test_deadlines import run


def _due_texts(text: str, published: str | None = None) -> list[str]:
    _, rows = run(text, published)
    return [r["due_text"] for r in rows]


# ---------------------------------------------------------------- a state that lasts until the time
@pytest.mark.parametrize("text,published", [
    ("EVN dừng toàn bộ lịch cắt điện theo kế hoạch đến hết ngày 1/7 Trả lời về việc một số khu vực mất điện trong "
     "ngày 4/6 như Cầu Giấy, Định Công.", None),
    ("Gianluigi Donnarumma đang là cái tên được báo chí săn đón sau quyết định không gia hạn với CLB chủ quản AC "
     "Milan dù hợp đồng chỉ còn thời hạn đến năm 2018.", None),
    ("Ngành giáo dục Quảng Ngãi phải cho học sinh nghỉ học đến ngày 2/11 để khắc phục thiệt hại bão lũ.",
     "2020-10-30"),
    ("Trang chủ Ajax Amsterdam thông báo đạt thỏa thuận gia hạn với HLV Erik Ten Hag đến năm 2023.", "2021-04-20"),
    ("Bộ Tài chính đề nghị Thủ tướng miễn tiền thuê đất cho trung tâm từ 2011 đến hết năm 2020, chứ không miễn giảm "
     "toàn bộ thời gian thuê đất của dự án.", "2019-04-20"),
])
def test_the_end_of_a_suspension_exemption_or_contract_is_no_deadline(text, published):
    assert _due_texts(text, published) == []


@pytest.mark.parametrize("text,published,due_text", [
    # a completion word right after the time: the new due time of the work
    ("Tuy nhiên, đến nay dự án nạo vét vẫn chưa thực hiện xong nên chủ đầu tư xin gia hạn tiến độ thi công đến "
     "ngày 31.12.2017 hoàn thành.", "2017-03-20", "đến ngày 31.12.2017"),
    # a ban is no state that lasts until the time: the goal is to have it by then
    ("Đề án này sẽ hạn chế, tiến tới cấm xe máy trong nội thành đến năm 2030.", "2017-07-01", "đến năm 2030"),
    # a completion between the state and the time
    ("Sở GTVT yêu cầu nhà thầu phải dừng thi công ban đêm và hoàn thành việc sửa chữa cầu đến hết ngày 30/6.",
     "2017-06-01", "đến hết ngày 30/6"),
])
def test_a_completion_or_a_ban_until_the_time_stays_a_deadline(text, published, due_text):
    assert due_text in _due_texts(text, published)


# ---------------------------------------------------------------- a forecast verb closing the part before
def test_the_time_a_forecast_opens_is_no_deadline():
    assert _due_texts("Sở dự báo, đến năm 2020 khi có gần 2.000 trường mầm non thì số giáo viên sẽ phải tăng gấp "
                      "đôi so với năm 2017 mới đáp ứng đủ nhu cầu thực tế.") == []
    assert _due_texts("Báo cáo của Bộ cho thấy, đến năm 2025 cả nước sẽ phải có thêm 10.000 bác sĩ.") == []


def test_a_forecast_word_far_before_the_part_or_a_directive_keeps_the_deadline():
    # (the directive before the forecast's noun sets the due time)
    assert "đến ngày 30/6" in _due_texts("UBND tỉnh yêu cầu Sở NN-PTNT theo dõi sát dự báo, đến ngày 30/6 phải báo "
                                         "cáo phương án phòng chống lụt bão.", "2017-06-01")
    assert "đến năm 2020" in _due_texts("Về nhu cầu đã được dự báo trong quy hoạch của ngành giáo dục, thành phố "
                                        "phấn đấu đến năm 2020 có đủ 2.000 trường mầm non.", "2017-05-01")


# ---------------------------------------------------------------- a day gone on the article's day
def test_a_day_before_the_article_day_is_the_day_of_what_is_reported():
    assert _due_texts("Sáng 4/7, ông Vũ Đình Hưng, Trưởng Ban tổ chức lễ hội chọi trâu Đồ Sơn năm 2017 cho biết, Bộ "
                      "Công an vừa vào cuộc, đề nghị địa phương lấy mẫu của trâu số 18 húc chết chủ vào ngày 1/7 gửi "
                      "lên các đơn vị chức năng của Bộ Công an để làm các xét nghiệm.") == []
    assert _due_texts("Trên cả tuyến phố Hàng Mã, trong ngày 29/9 chỉ còn lác đác 4 - 5 tấm biển yêu cầu “không "
                      "chụp ảnh”.", "2020-10-01") == []


def test_a_later_day_or_a_limit_told_after_it_passed_stays():
    assert "vào ngày 10/7" in _due_texts("Sáng 4/7, tại lễ hội chọi trâu Đồ Sơn năm 2017, UBND quận yêu cầu các đơn "
                                         "vị hoàn thành việc khắc phục sự cố vào ngày 10/7.")
    # (a `trước` limit may be told after it passed: the request's deadline)
    assert "trước ngày 30/9" in _due_texts("Cơ quan Cảnh sát điều tra Bộ Công an đã gửi công văn đề nghị Sở Kế hoạch "
                                           "và Đầu tư Hà Nội cung cấp tài liệu về dự án, trước ngày 30/9.",
                                           "2020-10-01")
    # an ordered limit (`đến hết`, `trong ngày`) told a few days after it passed is still the order's deadline
    assert _due_texts("UBND tỉnh yêu cầu các sở hoàn thành báo cáo đến hết ngày 30/6.", "2017-07-02") == \
        ["đến hết ngày 30/6"]
    assert _due_texts("UBND tỉnh yêu cầu các sở hoàn thành báo cáo trong ngày 28/6.", "2017-07-02") == \
        ["trong ngày 28/6"]


# ---------------------------------------------------------------- a public work after an opening plan word
@pytest.mark.parametrize("text,published,due_text", [
    ("Dự kiến dự án sẽ hoàn thành vào 31/12/2021, góp phần tích cực vào việc tạo ra liên kết giao thông thuận lợi "
     "cho hai bên bờ Đầm Vạc.", None, "vào 31/12/2021"),
    ("Tầng 3 có 4 phòng họp, phòng phục vụ, phòng kỹ thuật. Dự kiến công trình sẽ được hoàn thành vào ngày "
     "30/6/2017 sau 215 ngày thi công.", "2017-01-10", "vào ngày 30/6/2017"),
])
def test_a_public_work_after_an_opening_plan_word_is_the_plan_subject(text, published, due_text):
    assert due_text in _due_texts(text, published)


@pytest.mark.parametrize("text", [
    "Dự kiến Công ty Vinaconex sẽ hoàn thành vào tháng 6/2018.",
    "Dự kiến sản phẩm sẽ được bán ra vào tháng 6/2018.",
    "Dự kiến thương vụ sẽ hoàn tất vào tháng 6/2018.",
])
def test_a_company_a_product_or_a_deal_after_the_plan_word_is_no_public_plan(text):
    assert _due_texts(text, "2017-05-01") == []


# ---------------------------------------------------------------- a plan's next step after an event word
@pytest.mark.parametrize("text,due_text", [
    ("Theo Ban Quản lý dự án, tiến độ dự kiến triển khai thi công bắt đầu từ quý III-2018 và hoàn thành vào quý "
     "III-2021.", "vào quý III-2021"),
    ("Dự kiến dự án sẽ được khởi công và hoàn thành trong năm 2018.", "năm 2018"),
])
def test_the_completion_after_an_event_word_is_the_plan_next_step(text, due_text):
    assert due_text in _due_texts(text, "2017-07-01")


@pytest.mark.parametrize("text", [
    "Lễ hội dự kiến khai mạc ngày 8/3 và kết thúc vào ngày 13/3.",
    "Hội nghị sẽ khai mạc vào sáng 10/8 và khánh thành nhà máy vào ngày 12/8.",
])
def test_an_event_end_after_an_event_word_is_no_next_step(text):
    assert _due_texts(text, "2017-02-01") == []


# ---------------------------------------------------------------- the period of general duties
@pytest.mark.parametrize("text,published", [
    ("HĐND Đà Nẵng đề nghị các đại biểu nêu cao tinh thần trách nhiệm, tập trung nghiên cứu, góp phần vào việc thực "
     "hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội của Đà Nẵng trong năm 2017.", "2017-07-10"),
    ("Hội nghị đề ra mục tiêu, nhiệm vụ, giải pháp chủ yếu thực hiện thắng lợi các nhiệm vụ phát triển kinh tế - xã "
     "hội trong 6 tháng cuối năm 2017.", "2017-07-01"),
    ("Các tác phẩm dự giải đáp ứng được tiêu chí xét chọn của Giải về bám sát nhiệm vụ chính trị của đất nước trong "
     "năm 2016.", "2016-06-01"),
])
def test_the_year_of_general_duties_is_their_period(text, published):
    assert _due_texts(text, published) == []


@pytest.mark.parametrize("text,published,due_text", [
    ("UBND tỉnh yêu cầu các sở báo cáo tình hình kinh tế - xã hội trước ngày 15/6/2017.", "2017-06-01",
     "trước ngày 15/6/2017"),
    ("Tỉnh phấn đấu đến năm 2020 hoàn thành các chỉ tiêu phát triển kinh tế - xã hội, trở thành tỉnh công nghiệp.",
     "2017-06-01", "đến năm 2020"),
])
def test_a_limit_or_a_goal_before_the_duties_stays(text, published, due_text):
    assert due_text in _due_texts(text, published)
