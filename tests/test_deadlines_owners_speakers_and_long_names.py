"""deadlines, who must do it and who set it (issue #14): the owner a goal's noun names (`Mục tiêu của TP HCM ...`); the
subject after a plan's word alone (`Dự kiến, Đoàn công tác sẽ ...`, `Dự kiến đến ngày 7/7, Hội đồng thi sẽ ...`); a
speaker's `tôi đề nghị` inside a quote credited after it (`“..., tôi đề nghị ...”- ông Châu quả quyết.`); a body's long
name with verb-like words inside it (`Ban quản lý dự án đầu tư xây dựng ...`, `Sở Kế hoạch và đầu tư`), and an agent
followed by the names its head shares. Corpus sentences, with near misses that must not fire."""
from __future__ import annotations

import pytest

from tests.test_deadlines import run
from vnextract.extractors.deadlines.directed_by import subject_official
from vnextract.extractors.officials import Official


def _row(text: str, due_text: str, published: str, officials=None) -> dict:
    _, rows = run(text, published, officials)
    found = [r for r in rows if r["due_text"] == due_text]
    assert found, [r["due_text"] for r in rows]
    return found[0]


def _official(text: str, name: str, mention: str) -> Official:
    off = Official(name=name, titles=["Phó Chủ tịch Ủy ban nhân dân tỉnh"])
    starts, i = [], text.find(mention)
    while i >= 0:
        starts.append(i)
        i = text.find(mention, i + 1)
    off.mentions = [(s, s + len(mention)) for s in starts]
    return off


# ---------------------------------------------------------------- the goal's owner
@pytest.mark.parametrize("text,due_text,published,responsible", [
    # baomoi-21494080
    ("Mục tiêu của TP HCM trong năm 2017 là có thêm khoảng 50.000 doanh nghiệp mới được thành lập.", "trong năm 2017",
     "2017-02-01", "TP HCM"),
    # baomoi-21480942
    ("Mục tiêu của Hà Giang là phấn đấu đến năm 2020 trở thành vùng trọng điểm trong phát triển các loài cây dược liệu.",
     "đến năm 2020", "2017-02-01", "Hà Giang"),
    # baomoi-21512333
    ("Mục tiêu của TPHCM đến năm 2020 sẽ hoàn thành 30.000 căn nhà giá rẻ để phục vụ.", "đến năm 2020", "2017-02-01",
     "TPHCM"),
    # baomoi-22588859
    ("Mục tiêu thành phố Hà Nội đặt ra trong xây dựng thành phố thông minh đến năm 2020 là hình thành cơ bản các thành "
     "phần cốt lõi của thành phố thông minh.", "đến năm 2020", "2017-06-01", "thành phố Hà Nội"),
])
def test_the_body_or_place_a_goals_noun_names_is_responsible(text, due_text, published, responsible):
    assert _row(text, due_text, published)["responsible"] == responsible


@pytest.mark.parametrize("text,due_text,published", [
    # a goal with no owner named, or a programme's (baomoi-21478126, dantri-unc-news_society_130, baomoi-22321598)
    ("Mục tiêu đặt ra là chậm nhất đến năm 2025, kim ngạch xuất khẩu ngành tôm đạt 10 tỉ USD.", "chậm nhất đến năm 2025",
     "2017-02-01"),
    ("Mục tiêu cụ thể đặt ra là đến năm 2025, phấn đấu tỷ lệ cán bộ trẻ diện Ban Thường vụ các cấp ủy quản lý đạt tối "
     "thiểu 15%.", "đến năm 2025", "2021-02-01"),
    ("Mục tiêu đến năm 2030 đạt công suất 20 triệu lượt khách/năm.", "đến năm 2030", "2017-05-01"),
])
def test_a_goal_without_a_public_owner_has_no_responsible(text, due_text, published):
    assert _row(text, due_text, published)["responsible"] is None


# ---------------------------------------------------------------- past a plan's word alone
@pytest.mark.parametrize("text,due_text,published,responsible,task", [
    # baomoi-22260622
    ("Dự kiến, Đoàn công tác sẽ thực hiện kiểm tra, báo cáo Bộ Chính trị trước 30/6.", "trước 30/6", "2017-05-12",
     "Đoàn công tác", "thực hiện kiểm tra, báo cáo Bộ Chính trị"),
    # baomoi-22603584
    ("Dự kiến đến ngày 7/7, Hội đồng thi sẽ công bố kết quả thi THPT.", "đến ngày 7/7", "2017-06-25", "Hội đồng thi",
     "công bố kết quả thi THPT"),
])
def test_the_subject_after_a_plans_word_commits(text, due_text, published, responsible, task):
    row = _row(text, due_text, published)
    assert (row["responsible"], row["task"]) == (responsible, task)


def test_a_project_after_a_plans_word_is_no_responsible():
    # baomoi-21488573: a project, no body
    assert _row("Dự kiến, dự án sẽ hoàn thành vào năm 2020.", "năm 2020", "2017-01-12")["responsible"] is None


# ---------------------------------------------------------------- `tôi đề nghị` in a quote credited after it
def test_the_official_credited_after_a_quote_set_its_first_persons_request():
    # baomoi-22619634
    text = ("“Trong buổi công bố kết quả sơ bộ của Tổ thẩm định tuần trước, công ty Đại Nguyên Dương cũng vắng mặt” - Phó "
            "chủ tịch UBND tỉnh Trần Châu khẳng định. “Ngay trong ngày 27/6, tôi đề nghị Chủ tịch UBND các huyện có ngư "
            "dân đóng tàu bị hư hỏng khẩn trương giúp đỡ ngư dân khởi kiện công ty Đại Nguyên Dương vì vỏ thép không đúng "
            "hợp đồng. Đồng thời, Công an tỉnh lập hồ sơ báo cáo Bộ Công an truy tố công ty Đại Nguyên Dương”- ông Châu "
            "quả quyết.")
    off = _official(text, "Trần Châu", "Châu")
    row = _row(text, "Ngay trong ngày 27/6", "2017-06-27", [off])
    assert (row["directed_by"], row["responsible"]) == ("Trần Châu", "Chủ tịch UBND các huyện có ngư dân đóng tàu bị hư hỏng")


@pytest.mark.parametrize("text,verb,name,mention,expected", [
    # baomoi-21494244: the credit after a hyphen
    ("“Với kinh nghiệm làm cầu vượt thép, bê tông cốt thép trong thời gian qua, tôi yêu cầu Sở GTVT và các đơn vị thi "
     "công cần rút ngắn 1/3 thời gian thi công cầu nhằm giảm thiểu ùn tắc, khó khăn đi lại cho người dân qua khu vực” - "
     "ông Khoa yêu cầu.", "tôi yêu cầu", "Lê Văn Khoa", "Khoa", "Lê Văn Khoa"),
    # baomoi-22295068: after a comma and a title
    ("“Sau Lễ khánh thành, tôi đề nghị chủ đầu tư tiếp tục hoàn thiện phần mỹ thuật, phối hợp với Sở GTVT, chính quyền "
     "địa phương, cảnh sát giao thông tổ chức thông xe an toàn”, Phó Chủ tịch Lê Văn Khoa nói.", "tôi đề nghị",
     "Lê Văn Khoa", "Lê Văn Khoa", "Lê Văn Khoa"),
    # near miss (baomoi-22303664): the speaker credited is no official of the article
    ("“Vì vậy tôi đề nghị cơ quan chức năng cần giám định ADN cả tôi và em Ngộ để làm rõ trắng đen”, ông Dư cho biết. "
     "Phó Chủ tịch Lê Văn Khoa có mặt.", "tôi đề nghị", "Lê Văn Khoa", "Lê Văn Khoa", None),
    # near miss: the quote is not closed in the paragraph, no credit
    ("“Vì vậy, chúng tôi đề nghị cơ quan công an điều tra để làm rõ những vấn đề này.\nPhó Chủ tịch Lê Văn Khoa có mặt.",
     "chúng tôi đề nghị", "Lê Văn Khoa", "Lê Văn Khoa", None),
])
def test_a_first_persons_directive_in_a_quote_is_its_speakers(text, verb, name, mention, expected):
    doc, _ = run(text, "2017-02-05", [_official(text, name, mention)])
    subject, _, directive = verb.rpartition("tôi ")
    v = text.find(verb) + len(subject) + len("tôi ")  # (where the directive verb starts)
    assert text.startswith(directive, v)
    assert subject_official(doc, 0, v)[0] == expected


# ---------------------------------------------------------------- a body's long name, and the names its head shares
@pytest.mark.parametrize("text,due_text,published,responsible", [
    # baomoi-22237864
    ("Ông Hồ Phú Thắng, cán bộ địa chính xã Hòa Bắc, cho biết từ năm 2016 UBND TP Đà Nẵng đã có văn bản yêu cầu Ban quản "
     "lý dự án đầu tư xây dựng các công trình giao thông TP tập trung hoàn thành các thủ tục đầu tư xây dựng khu TĐC "
     "trong tháng 10-2016.", "trong tháng 10-2016", "2016-05-01",
     "Ban quản lý dự án đầu tư xây dựng các công trình giao thông TP"),
    # baomoi-21475301 (the name written in lower case)
    ("UBND tỉnh giao Sở Kế hoạch và đầu tư thành lập tổ công tác do Giám đốc sở chủ trì, chuyển toàn bộ các thủ tục "
     "trước ngày 15/3.", "trước ngày 15/3", "2017-02-01", "Sở Kế hoạch và đầu tư"),
    # baomoi-22516474
    ("Phó chủ tịch UBND TP ông Lê Văn Khoa cho biết, Bí thư Thành ủy đã chỉ đạo trong tháng 7 chủ đầu tư 4 khu xử lý rác "
     "Đa Phước, Vietstar, Tâm Sinh Nghĩa và Phước Hiệp phải mở cửa định kỳ cho người dân vào giám sát tình hình môi "
     "trường.", "trong tháng 7", "2017-06-12", "chủ đầu tư 4 khu xử lý rác Đa Phước, Vietstar, Tâm Sinh Nghĩa và Phước Hiệp"),
    # near miss: a short body's name still ends at its modal
    ("Ban quản lý dự án phải hoàn thành các thủ tục trước ngày 15/3.", "trước ngày 15/3", "2017-02-01",
     "Ban quản lý dự án"),
])
def test_a_bodys_long_name_is_the_whole_responsible(text, due_text, published, responsible):
    assert _row(text, due_text, published)["responsible"] == responsible
