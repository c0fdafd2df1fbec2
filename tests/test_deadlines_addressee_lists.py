"""deadlines round 3 (corpus audit 5): a long comma list of addressees, the addressee a continuing or repeating
sentence carries over, an agent cut before its noun, and the official who signs the requesting document
(corpus sentences, with near-miss traps)."""
from __future__ import annotations

import pytest

from tests.test_deadlines import _official, run

# a directive's addressee may be a long comma list of bodies
LONG_LISTS = [
    ("Theo đó, Phó Thủ tướng yêu cầu các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ, UBND các tỉnh, thành phố "
     "trực thuộc Trung ương kiểm điểm nghiêm túc việc không thực hiện báo cáo, báo cáo chậm, báo cáo không đúng mẫu "
     "quy định báo cáo Thủ tướng Chính phủ trong tháng 2/2017.", "2017-02-10",
     "các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ, UBND các tỉnh, thành phố trực thuộc Trung ương"),
    ("Về các giải pháp cơ bản năm 2017, Thủ tướng Chính phủ giao các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, "
     "UBND các tỉnh, thành phố trực thuộc trung ương tiếp tục chủ động thực hiện các nhiệm vụ đã đề ra; trong tháng "
     "8 năm 2017 có báo cáo Chính phủ.", "2017-06-10",
     "các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, UBND các tỉnh, thành phố trực thuộc trung ương"),
]


@pytest.mark.parametrize("text,published,resp", LONG_LISTS)
def test_long_list_of_addressees(text, published, resp):
    _, rows = run(text, published)
    assert [r["responsible"] for r in rows] == [resp]


def test_long_list_task_starts_after_the_addressees():
    _, rows = run(LONG_LISTS[0][0], LONG_LISTS[0][1])
    assert rows[0]["task"].startswith("kiểm điểm nghiêm túc")


def test_a_person_with_titles_is_no_list_of_addressees():
    # a comma list of a person's titles stays no agent, however long
    text = ("Kết luận Hội nghị, đồng chí Võ Thị Ánh Xuân, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy An Giang, nêu rõ: "
            "tỉnh phải hoàn thành thu hoạch vụ Hè Thu trong tháng 8/2017.")
    _, rows = run(text, "2017-07-10")
    assert all(r["responsible"] is None or "Võ Thị Ánh Xuân" not in r["responsible"] for r in rows)


# an agent cut right after a plural marker (`các sở, ngành, các | cấp`) is no agent
CUT_AGENTS = [
    ("UBND TP yêu cầu các sở, ngành, UBND các quận, huyện, thị xã và các tổ chức, cá nhân tổ chức thực hiện hoàn "
     "thành vượt mức chỉ tiêu thu tiền sử dụng đất trong năm 2016.", "2016-03-10"),
    ("Chủ tịch UBND tỉnh yêu cầu các ngành, các cấp, cán bộ, công chức, viên chức thực hiện nghiêm quy định trước "
     "ngày 15/2.", "2017-02-01"),
]


@pytest.mark.parametrize("text,published", CUT_AGENTS)
def test_agent_cut_after_a_plural_marker_is_none(text, published):
    _, rows = run(text, published)
    assert rows and all(not (r["responsible"] or "").endswith(" các") for r in rows)


# a sentence continuing a directive (`Trên cơ sở đó, làm rõ ...`) has the addressee of the sentence before
def test_continuing_sentence_carries_the_addressee():
    text = ("Phó Thủ tướng giao Bộ Nội vụ tiếp thu ý kiến của các cơ quan, đánh giá toàn diện tình hình hoạt động của "
            "các Trung tâm xúc tiến đầu tư. Trên cơ sở đó, làm rõ sự cần thiết, vị trí, chức năng, nhiệm vụ; đề xuất "
            "chủ trương, chính sách phù hợp, báo cáo Thủ tướng Chính phủ trong năm 2017.")
    _, rows = run(text, "2017-08-01")
    assert [(r["due"], r["responsible"]) for r in rows] == [("2017", "Bộ Nội vụ")]


def test_continuing_sentence_keeps_the_subject_of_the_sentence_before():
    # the sentence before has a subject of its own and no addressee: its subject stays the responsible
    text = ("Sở Giao thông vận tải sẽ rà soát toàn bộ các tuyến xe buýt. Đồng thời, hoàn thành việc điều chỉnh lộ "
            "trình trong tháng 9/2017.")
    _, rows = run(text, "2017-07-01")
    assert [r["responsible"] for r in rows] == ["Sở Giao thông vận tải"]


# the same subject repeats its directive without an addressee: the addressee of the one before
def test_repeated_directive_carries_the_addressee():
    text = ("Phó Thủ tướng yêu cầu Bộ VH-TT-DL, UBND TP.Đà Nẵng khẩn trương chỉ đạo xem xét kiến nghị của Hiệp hội Du "
            "lịch Đà Nẵng. Phó Thủ tướng yêu cầu kịp thời thông tin đầy đủ cho công luận, báo cáo Thủ tướng trước ngày "
            "30.5.")
    _, rows = run(text, "2017-05-20")
    assert [r["responsible"] for r in rows] == ["Bộ VH-TT-DL, UBND TP.Đà Nẵng"]


def test_other_subject_does_not_carry_the_addressee():
    text = ("Phó Thủ tướng yêu cầu Bộ VH-TT-DL, UBND TP.Đà Nẵng khẩn trương chỉ đạo xem xét kiến nghị của Hiệp hội Du "
            "lịch Đà Nẵng. Bộ Tài chính yêu cầu kịp thời thông tin đầy đủ cho công luận, báo cáo Thủ tướng trước ngày "
            "30.5.")
    _, rows = run(text, "2017-05-20")
    assert all(r["responsible"] != "Bộ VH-TT-DL, UBND TP.Đà Nẵng" for r in rows)


# the official who signs the requesting document is the directive's subject
SIGNED = [
    ("Trước tình trạng trên, Phó Thủ tướng Vương Đình Huệ vừa ký công văn số 204/TTg-ĐMDN ngày 9/2/2017 về việc báo "
     "cáo giám sát tài chính 6 tháng đầu năm 2016 yêu cầu các Bộ, cơ quan ngang Bộ kiểm điểm nghiêm túc việc báo cáo "
     "chậm, báo cáo Thủ tướng Chính phủ trong tháng 2/2017.", "Vương Đình Huệ", "2017-02-10"),
    ("Trưa 6.12, Thứ trưởng Bộ Giáo dục - Đào tạo Nguyễn Thị Nghĩa đã ký công văn hỏa tốc gửi Sở Giáo dục - Đào tạo "
     "Hà Nội đề nghị xác minh sự việc trên, có văn bản báo cáo kết quả gửi về Bộ trước ngày 10.12.",
     "Nguyễn Thị Nghĩa", "2016-12-06"),
]


@pytest.mark.parametrize("text,name,published", SIGNED)
def test_official_who_signs_the_document_directs(text, name, published):
    _, rows = run(text, published, officials=[_official(text, name)])
    assert [r["directed_by"] for r in rows] == [name]


def test_official_who_reports_on_a_document_does_not_direct():
    # a speech verb between the name and the directive: the reported clause has its own subject
    text = ("Ông Nguyễn Văn Bình cho biết, Sở Tài chính đã ký văn bản yêu cầu các đơn vị hoàn thành quyết toán trước "
            "ngày 30/6.")
    _, rows = run(text, "2017-05-01", officials=[_official(text, "Nguyễn Văn Bình")])
    assert [r["directed_by"] for r in rows] == [None]


# a task ends before the due time's preposition (or a cut `và`), not in it
END_PARTICLES = [
    ("Nhằm đảm bảo tiến độ thực hiện dự án đúng theo các hiệp định đã cam kết, tránh phát sinh các chi phí cam kết, "
     "lãi phạt chậm, đồng thời đưa các dự án hoàn thành đúng tiến độ, đưa vào sử dụng vào năm 2020, thành phố kiến "
     "nghị Chính phủ xem xét.", "2017-07-01", "đưa vào sử dụng"),
    ("Tuyến metro Nhổn - Ga Hà Nội dự kiến sẽ hoàn thành trong năm 2021.", "2017-06-01",
     "Tuyến metro Nhổn - Ga Hà Nội dự kiến sẽ hoàn thành"),
    ("Theo kế hoạch, đường Vành đai 2 phải hoàn thành trong năm 2018.", "2017-06-01",
     "đường Vành đai 2 phải hoàn thành"),
]


@pytest.mark.parametrize("text,published,task", END_PARTICLES)
def test_task_ends_before_the_marker_word(text, published, task):
    _, rows = run(text, published)
    assert rows and rows[-1]["task"] == task


def test_end_particle_of_a_verb_stays():
    from vnextract.extractors.deadlines.task import without_end_particle
    assert without_end_particle("hoàn thành và đưa vào") == "hoàn thành và đưa vào"
    assert without_end_particle("vào") == "vào"
    assert without_end_particle("phấn đấu tỷ lệ chôn lấp rác còn 60% và") == "phấn đấu tỷ lệ chôn lấp rác còn 60%"


def test_a_task_left_with_only_its_cue_takes_the_clause_after_the_due_time():
    # `dự kiến đến giữa tháng 7 (...)`: `dự kiến` without its `đến` is no task; the clause after the due time
    # is, without the bracket that belongs to the due time
    from vnextract.extractors.deadlines.task import strip
    assert strip("(hoặc tháng 8), kết luận thanh tra mới chính thức công bố") == \
        "kết luận thanh tra mới chính thức công bố"
    assert strip("công bố kết quả (dự kiến) vào cuối năm") == "công bố kết quả (dự kiến) vào cuối năm"
