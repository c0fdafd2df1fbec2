"""deadlines round 14 (issue #14): a directive word after a verb of meeting it is a noun (`Để đáp ứng yêu cầu công
tác ...`: no directive, no deadline); a capitalised work or document that is the subject of a plan to complete it
(`Còn theo Sở GTVT Hà Nội thì dự kiến Dự án sẽ được khởi công và hoàn thành trong năm 2017`) has a due time, not a
name's horizon. Corpus sentences, with near misses that must not fire."""
from __future__ import annotations

import pytest

from tests.test_deadlines import run
from vnextract.extractors.deadlines.grammar import RX_DIRECTIVE, RX_STRONG


def _rows(text: str, published: str = "2017-01-10") -> list[dict]:
    return run(text, published)[1]


# ---------------------------------------------------------------- a requirement met is a noun
@pytest.mark.parametrize("phrase", [
    # baomoi-22691186
    "Để đáp ứng yêu cầu công tác quản lý nhà nước về TT&TT trong tình hình mới",
    # dantri-unc-news_education_072
    "dễ tiếp cận, công bằng, bền vững và hội nhập quốc tế, đáp ứng yêu cầu nhân lực có kỹ năng nghề",
    # baomoi-22729910
    "cổ phần hóa, thoái vốn Nhà nước (NN) chậm, không đạt yêu cầu là do Bộ, ngành, địa phương",
])
def test_a_requirement_met_is_no_directive(phrase):
    assert RX_DIRECTIVE.search(phrase) is None


def test_meeting_a_duty_is_no_modal_but_a_goal_reached_stays_one():
    assert RX_STRONG.search("để đáp ứng nhiệm vụ chính trị") is None
    assert RX_STRONG.search("phấn đấu đạt mục tiêu") is not None


@pytest.mark.parametrize("text", [
    # patterned on baomoi-22691186 (`Để đáp ứng yêu cầu công tác ...`): what was done in the month, no order
    "Để đáp ứng yêu cầu công tác trong tháng 5, Sở đã bổ sung 20 cán bộ.",
    "Để đáp ứng yêu cầu nhiệm vụ trong năm 2017, đơn vị đã tuyển thêm 50 người.",
])
def test_a_requirement_met_sets_no_deadline(text):
    assert _rows(text) == []


@pytest.mark.parametrize("text,due_text", [
    # near misses: a real order stays one, an event word in its task list too
    # baomoi-21509350
    ("Bí thư Thành ủy TP.HCM Đinh La Thăng đã yêu cầu SAMCO đẩy nhanh việc triển khai dự án xây dựng bến xe Miền Đông "
     "và phải hoàn thành ngay trong năm 2017.", "ngay trong năm 2017"),
    ("UBND tỉnh yêu cầu các địa phương tạm dừng hoạt động lễ hội và báo cáo kết quả thực hiện về Sở Văn hóa trước "
     "ngày 30/4.", "trước ngày 30/4"),
])
def test_a_directive_stays_a_directive(text, due_text):
    assert [r["due_text"] for r in _rows(text)] == [due_text]


# ---------------------------------------------------------------- a named work or document as a plan's subject
@pytest.mark.parametrize("text,due_text,due", [
    # baomoi-21490569
    ("Còn theo Sở GTVT Hà Nội thì dự kiến Dự án sẽ được khởi công và hoàn thành trong năm 2017.",
     "năm 2017", "2017"),  # (a bare year after its completion word)
    ("Còn theo Sở GTVT TP.HCM thì dự kiến Dự án sẽ hoàn thành vào cuối năm 2017.", "vào cuối năm 2017", "2017"),
    ("Theo Bộ Tư pháp, Dự án Luật sẽ được trình Quốc hội cho ý kiến vào năm 2018.", "vào năm 2018", "2018"),
])
def test_a_named_work_to_be_completed_has_a_due_time(text, due_text, due):
    rows = _rows(text)
    assert [(r["due_text"], r["due"]) for r in rows] == [(due_text, due)]


@pytest.mark.parametrize("text", [
    # near misses: the year closes the name (a horizon), or the document's own course, or nothing to complete
    # baomoi-21492167 (a plan's horizon)
    "Tỉnh đang triển khai Quy hoạch phát triển giao thông vận tải đến năm 2020.",
    "Hội đồng nhân dân ban hành Nghị quyết về lộ trình sẽ dừng hoạt động các lò gạch thủ công vào năm 2030.",
    "Dự án Luật sẽ tạo hành lang pháp lý cho doanh nghiệp trong năm 2018.",
])
def test_a_document_horizon_is_no_due_time(text):
    assert _rows(text) == []


# ---------------------------------------------------------------- `lãnh đạo, chỉ đạo`: a pair of nouns
@pytest.mark.parametrize("text", [
    # baomoi-22278897
    "Theo đó, Đoàn sẽ tiến hành kiểm tra công tác lãnh đạo, chỉ đạo và tổ chức thực hiện Kết luận số 24-KL/TW của Bộ "
    "Chính trị khóa XI về đẩy mạnh công tác quy hoạch và luân chuyển cán bộ lãnh đạo, quản lý đến năm 2020 và những "
    "năm tiếp theo gắn với việc thực hiện Quy chế bổ nhiệm cán bộ và giới thiệu cán bộ ứng cử.",
    # baomoi-22380888
    "Đoàn sẽ tập trung kiểm tra công tác lãnh đạo, chỉ đạo thực hiện Kết luận số 24 ngày 5/6/2012 của Bộ Chính trị khóa "
    "XI về đẩy mạnh công tác quy hoạch và luân chuyển cán bộ lãnh đạo, quản lý đến năm 2020 và những năm tiếp theo.",
    # baomoi-22705457
    "Đoàn kiểm tra việc lãnh đạo, chỉ đạo, tổ chức thực hiện Kết luận số 24-KL/TW của Bộ Chính trị khóa XI về đẩy mạnh "
    "công tác quy hoạch và luân chuyển cán bộ lãnh đạo, quản lý đến năm 2020 và những năm tiếp theo gắn với việc thực "
    "hiện Quy chế bổ nhiệm cán bộ và giới thiệu cán bộ ứng cử tại Cà Mau.",
])
def test_leadership_and_direction_are_nouns(text):
    assert _rows(text) == []


def test_a_leader_who_directs_stays_a_directive():
    # (near miss: `lãnh đạo` as the subject of the verb, no comma between them)
    text = "Lãnh đạo Sở chỉ đạo các phòng hoàn thành báo cáo trước ngày 30/6."
    rows = _rows(text, "2017-06-01")
    assert [(r["due_text"], r["responsible"]) for r in rows] == [("trước ngày 30/6", "các phòng")]


# ---------------------------------------------------------------- a strategy's phase heading: a horizon
@pytest.mark.parametrize("text", [
    # baomoi-22634727, baomoi-22633819
    "Giai đoạn 2017-2030: Từng bước hạn chế hoạt động trên một số khu vực và thời gian, đồng thời chuẩn bị các điều "
    "kiện cần thiết để đến năm 2030 dừng hoạt động xe máy trên địa bàn các quận.",
    "- Giai đoạn 2017-2030: Từng bước hạn chế hoạt động trên một số khu vực và thời gian, đồng thời chuẩn bị các điều "
    "kiện cần thiết để đến năm 2030 dừng hoạt động xe máy trên địa bàn các quận.",
    # baomoi-22673415
    "Giai đoạn: 2017 - 2020: Phát triển VTCC theo hướng đa phương thức - đặt mục tiêu đến năm 2030 đạt 50-55% nhu cầu; "
    "hạn chế phương tiện cá nhân vào khu vực ùn tắc.",
])
def test_a_phase_of_a_strategy_is_no_deadline(text):
    assert _rows(text) == []


@pytest.mark.parametrize("text,due_text", [
    # near misses: a directive under a phase heading, a month due in a phase item
    ("Giai đoạn 2017-2020: UBND thành phố yêu cầu các quận hoàn thành việc cải tạo vỉa hè trong năm 2018.",
     "trong năm 2018"),
    ("Giai đoạn 2017-2020: Sở Giao thông vận tải phải hoàn thành đề án trước tháng 6/2017.", "trước tháng 6/2017"),
])
def test_a_phase_heading_keeps_an_order_or_a_dated_task(text, due_text):
    assert [r["due_text"] for r in _rows(text)] == [due_text]
