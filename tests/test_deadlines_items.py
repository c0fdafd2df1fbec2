"""deadlines: a due time that heads a list item, a document the task makes, and a speaker who reports
another's directive (corpus sentences, with near misses that must not fire)."""
from __future__ import annotations

import pytest

from tests.test_deadlines import _official, _official_with_title, run

ROADMAP = ("Bộ trưởng Bộ Công an quyết định tổ chức Công an xã chính quy. Lộ trình bố trí công an xã, thị trấn chính "
           "quy trên cả nước được quy định như sau:\n"
           "- Trước ngày 30/6/2021: Hoàn thành tổ chức công an xã chính quy ở các xã, thị trấn trọng điểm, phức tạp "
           "về an ninh, trật tự;\n"
           "- Trước ngày 30/6/2022: Hoàn thành tổ chức công an xã chính quy ở các xã, thị trấn còn lại.")


def test_due_time_heading_a_list_item_takes_the_item_as_its_task():
    _, rows = run(ROADMAP, "2021-04-29")
    assert [(r["due_text"], r["due"], r["task"]) for r in rows] == [
        ("Trước ngày 30/6/2021", "2021-06-30",
         "Hoàn thành tổ chức công an xã chính quy ở các xã, thị trấn trọng điểm, phức tạp về an ninh, trật tự"),
        ("Trước ngày 30/6/2022", "2022-06-30", "Hoàn thành tổ chức công an xã chính quy ở các xã, thị trấn còn lại"),
    ]


ITEMS_NOT_DEADLINES = [
    # no marker before the day: an event of a programme
    ("Chương trình lễ hội như sau:\n- Ngày 20/5: Khai mạc hội chợ thương mại và triển lãm ảnh.", "2021-05-01"),
    # a time of the story, not a due time
    ("Lịch sử vùng đất:\n- Trước năm 1975: Là vùng đất hoang hóa, dân cư thưa thớt.", "2021-05-01"),
    # what was done in that month
    ("Kết quả đạt được:\n- Trong tháng 3/2020: Đã tổ chức 5 hội nghị tuyên truyền pháp luật.", "2020-05-01"),
    # a colon inside the sentence, not after a heading due time
    ("Theo kế hoạch, đến năm 2020: tỉnh có 50% số xã đạt chuẩn nông thôn mới, dự báo của Sở.", "2017-05-01"),
]


@pytest.mark.parametrize("text,published", ITEMS_NOT_DEADLINES)
def test_list_items_without_a_requirement_are_not_deadlines(text, published):
    _, rows = run(text, published)
    assert rows == []


def test_document_the_task_makes_is_no_horizon():
    text = ("Thời gian tới, Hội đồng Đại học Huế sẽ tập trung sức mạnh, uy tín trí tuệ của các thành viên để xây dựng "
            "được kế hoạch, chiến lược Đại học Huế giai đoạn 2021-2026, tầm nhìn đến 2030; đồng thời phối hợp cùng Bộ "
            "Giáo dục & Đào tạo để sớm hoàn thiện Đề án phát triển Đại học Huế thành Đại học Quốc gia trình Chính phủ "
            "và Thủ tướng Chính phủ vào cuối năm 2021.")
    _, rows = run(text, "2021-04-23")
    assert [(r["due_text"], r["due"], r["responsible"]) for r in rows] == [
        ("vào cuối năm 2021", "2021", "Hội đồng Đại học Huế")]
    assert "hoàn thiện Đề án phát triển Đại học Huế" in rows[0]["task"]


DOCUMENT_HORIZONS = [
    # the horizon of a document made: `đến năm` stays a horizon even after a maker word
    ("Tỉnh đang hoàn thiện Quy hoạch phát triển du lịch tỉnh đến năm 2030.", "2021-04-23"),
    ("UBND tỉnh đã phê duyệt Đề án phát triển nông nghiệp công nghệ cao đến năm 2025.", "2021-04-23"),
    # no maker before the name: the name closes with its year
    ("Tiếp tục thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới trong năm 2017.", "2017-05-01"),
    # the plan inside the document made, not the making (`sẽ` after the name): the policy's start
    ("Để giải quyết vấn đề này, HĐND thành phố Hà Nội vừa ban hành dự thảo Nghị quyết về đề án hạn chế xe cá nhân "
     "với lộ trình sẽ dừng hoạt động của xe máy trên địa bàn các quận nội thành vào năm 2030.", "2017-06-20"),
]


@pytest.mark.parametrize("text,published", DOCUMENT_HORIZONS)
def test_document_horizons_stay_out(text, published):
    _, rows = run(text, published)
    assert rows == []


def test_speaker_reporting_another_posts_directive_is_not_its_subject():
    text = ("Ông Nguyễn Thiện Nhân, Bí thư Thành ủy TP.HCM, đã nghe báo cáo. Tại kỳ họp, Phó chủ tịch UBND TP ông "
            "Lê Văn Khoa cho biết, Bí thư Thành ủy đã chỉ đạo trong tháng 7 chủ đầu tư 4 khu xử lý rác phải mở cửa "
            "định kỳ cho người dân vào giám sát tình hình môi trường.")
    nhan = _official_with_title(text, "Nguyễn Thiện Nhân", "Bí thư Thành ủy Thành phố Hồ Chí Minh")
    khoa = _official_with_title(text, "Lê Văn Khoa", "Phó Chủ tịch Ủy ban nhân dân thành phố")
    _, rows = run(text, "2017-06-12", officials=[nhan, khoa])
    assert [(r["due_text"], r["directed_by"]) for r in rows] == [("trong tháng 7", "Nguyễn Thiện Nhân")]


def test_speaker_who_directs_stays_the_subject():
    # the speech verb with nothing but the directive after it: the speaker gives the order
    text = ("Ông Trần Văn Nam, Chủ tịch UBND tỉnh, cho biết, đã yêu cầu Sở Xây dựng hoàn thành hồ sơ trước ngày "
            "15/8.")
    off = _official(text, "Trần Văn Nam")
    _, rows = run(text, "2020-08-01", officials=[off])
    assert [(r["directed_by"], r["responsible"]) for r in rows] == [("Trần Văn Nam", "Sở Xây dựng")]


def test_title_with_a_speech_word_in_a_name_stays_an_apposition():
    # (`Thông tin` capitalised names the body, it is no speech verb)
    text = ("Ông Lê Văn Hải, Giám đốc Sở Thông tin và Truyền thông yêu cầu các đơn vị báo cáo kết quả trước "
            "ngày 20/9.")
    off = _official(text, "Lê Văn Hải")
    _, rows = run(text, "2020-09-01", officials=[off])
    assert [(r["directed_by"], r["responsible"]) for r in rows] == [("Lê Văn Hải", "các đơn vị")]


# the year of a plan or target to complete, after a requirement (corpus sentences)
PLAN_YEARS = [
    ("Phó Thủ tướng nêu rõ, dứt khoát phải hoàn thành kế hoạch cổ phần hóa, thoái vốn của năm 2017. Chính phủ sẽ "
     "xem xét trách nhiệm của lãnh đạo.", "dứt khoát phải hoàn thành kế hoạch cổ phần hóa, thoái vốn", None),
    ("Phó Thủ tướng Vương Đình Huệ yêu cầu dứt khoát hoàn thành kế hoạch thoái vốn, cổ phần hóa năm 2017.",
     "dứt khoát hoàn thành kế hoạch thoái vốn, cổ phần hóa", None),
    ("Trên tinh thần này, Phó Thủ tướng Vương Đình Huệ đề nghị, các bộ, địa phương dứt khoát phải phấn đấu để hoàn "
     "thành kế hoạch cổ phần hóa, thoái vốn của năm 2017, thậm chí vượt mức số lượng DN cổ phần hóa.",
     "phấn đấu để hoàn thành kế hoạch cổ phần hóa, thoái vốn", ...),
]


@pytest.mark.parametrize("text,task,resp", PLAN_YEARS)
def test_year_of_a_plan_to_complete_is_a_due_time(text, task, resp):
    _, rows = run(text, "2017-07-20")
    assert [(r["due_text"], r["due"], r["task"]) for r in rows] == [("năm 2017", "2017", task)]
    if resp is not ...:
        assert rows[0]["responsible"] == resp


PLAN_YEARS_NOT = [
    # a report of what was done
    "Năm 2016, tỉnh đã hoàn thành kế hoạch năm 2016 với nhiều kết quả.",
    "Theo ông Hùng, ngành đã hoàn thành kế hoạch năm 2016 và cần tiếp tục cố gắng.",
    # a purpose without a requirement
    "Để hoàn thành các chỉ tiêu năm 2017, thành phố đã ban hành nhiều chỉ thị.",
    # a company's business plan
    "Ban lãnh đạo Công ty cổ phần Sữa cho biết công ty phải hoàn thành kế hoạch kinh doanh năm 2017 với doanh thu "
    "50.000 tỷ đồng.",
    "Ngân hàng cần hoàn thành chỉ tiêu lợi nhuận năm 2017 để chia cổ tức.",
]


@pytest.mark.parametrize("text", PLAN_YEARS_NOT)
def test_plan_years_without_a_public_requirement_are_not_deadlines(text):
    _, rows = run(text, "2017-07-20")
    assert rows == []
