"""deadlines round 5 (corpus audit 7): a person's career move, a commitment told as missed, a negated directive or one
a contrast cuts off, and, without a published date, the later days and past years the article tells of (corpus
sentences, with near-miss traps that must still fire)."""
from __future__ import annotations

import pytest

from tests.test_deadlines import run


@pytest.mark.parametrize("text,published", [
    ("Ed Woodward phải từ chức Phó chủ tịch Man Utd vào cuối năm nay.", "2021-04-22"),
    ("Từ đó, Sở GD-ĐT nhận định bà Cẩm sẽ nghỉ hưu vào năm 2017 nên tập thể ban giám đốc các cơ quan ban ngành, cao "
     "nhất là UBND tỉnh cho phép bổ nhiệm bà Cẩm mà không bắt buộc phải đi học.", None),
    ("Ông Park Hang-seo sẽ rời ghế huấn luyện viên vào cuối năm 2022.", "2021-04-22"),
])
def test_a_career_move_is_no_deadline(text, published):
    _, rows = run(text, published)
    assert rows == []


def test_a_directed_career_move_stays_a_deadline():
    # trap: someone directs it
    _, rows = run("Ban Thường vụ Tỉnh ủy yêu cầu ông Nguyễn Văn A từ chức trước ngày 30/6/2017.", "2017-06-10")
    assert [r["due"] for r in rows] == ["2017-06-30"]


@pytest.mark.parametrize("text", [
    "Chẳng hạn như phần mái taluy lô trạm điện, chủ đầu tư cam kết bàn giao trong tháng 3/2017 nhưng đến nay mới chỉ "
    "hoàn thành công tác đào đắp đất, còn lại 1 cơ chưa gia cố mái taluy.",
    "Đáng chú ý, gói thầu đường trục chính từ đường Hồ Chí Minh được nhà thầu cam kết sẽ hoàn thành phần nền đường và "
    "thông tuyến trước 15/4/2017 nhưng hiện chỉ đạt gần 30% và chưa thể thông tuyến vì còn lại 300m cuối tuyến chưa "
    "đào đắp đất xong.",
    "Tỉnh đặt mục tiêu phủ sóng truyền hình toàn tỉnh vào năm 2010, nhưng đến nay mới đạt 80%.",
])
def test_a_commitment_told_as_missed_is_a_report(text):
    _, rows = run(text, "2017-05-10")
    assert rows == []


def test_a_commitment_without_a_missed_report_stays():
    # trap: the same article's commitment still to come
    text = ("Vì vậy, chủ đầu tư đang tích cực phối hợp với các đơn vị liên quan tháo gỡ các khó khăn, vướng mắc đẩy "
            "nhanh tiến độ hoàn thành dự án, cam kết đến 30/9/2017 sẽ bàn giao 5 hạng mục cấp bách cho nhà đầu tư theo "
            "sự chỉ đạo của Tỉnh ủy, UBND tỉnh Đắk Nông và hoàn thành toàn bộ dự án vào quý III năm 2018.")
    _, rows = run(text, "2017-05-10")
    assert "2017-09-30" in [r["due"] for r in rows]


@pytest.mark.parametrize("text,published", [
    ("Do gia đình không yêu cầu khám nghiệm tử thi nên trong ngày 29/4, cơ quan chức năng đã hoàn tất các thủ tục, bàn "
     "giao thi thể ông L. cho gia đình lo hậu sự.", "2021-04-29"),
    ("Khu vực này được lập dự án vào năm 2000 rồi giao cho Tổng Công ty Địa ốc Sài Gòn thực hiện tuy nhiên đến năm "
     "2006 thì được chuyển giao cho Cty TNHH Tập đoàn Bitexco.", None),
])
def test_a_negated_or_cut_off_directive_sets_no_deadline(text, published):
    _, rows = run(text, published)
    assert rows == []


@pytest.mark.parametrize("text,published,due", [
    # traps: the directive governs the due time
    ("Phó Thủ tướng yêu cầu các cơ quan trên xem xét, xử lý trách nhiệm đối với người quản lý doanh nghiệp và báo cáo "
     "Thủ tướng trước ngày 28-2.", "2017-02-10", "2017-02-28"),
    ("UBND tỉnh yêu cầu các doanh nghiệp không bơm hút cát, hoàn thành việc lắp đặt thiết bị giám sát trước ngày 1/7.",
     "2017-06-10", "2017-07-01"),
])
def test_a_plain_directive_still_sets_its_deadline(text, published, due):
    _, rows = run(text, published)
    assert [r["due"] for r in rows] == [due]


PAST_PLAN = ("Ngày 6/9/2013, tỉnh Quảng Ninh cấp Giấy chứng nhận đầu tư dự án kho cảng biển tại Khu công nghiệp Hải Hà "
             "cho Công ty Indevco với tiến độ dự kiến sẽ hoàn thành khu cảng hàng lỏng và hàng rời trong tháng 12/2015.")
LATER_DAYS = ("Cụ thể, ngày 05/8/2015, UBND tỉnh Quảng Ninh có văn bản số 4608/UBND-XD1 báo cáo Bộ Giao thông Vận tải để "
              "đề xuất phương án giải quyết dứt điểm đối với dự án. Ngày 13/01/2016, Bộ Giao thông Vận tải có văn bản số "
              "491/BGTVT-QLDN báo cáo Thủ tướng Chính phủ.")


def test_a_plan_due_before_the_later_days_the_article_reports_is_history():
    _, rows = run(PAST_PLAN + " " + LATER_DAYS)
    assert rows == []


def test_a_plan_without_later_days_stays():
    # trap: nothing in the article is later than the due time
    _, rows = run(PAST_PLAN)
    assert [r["due"] for r in rows] == ["2015-12"]


def test_a_due_year_long_before_a_year_told_as_past_is_history():
    text = ("Ông Nguyễn Xuân Đức, đại diện Sở TN&MT, cũng cho biết TP cũng đã nhìn nhận về tình trạng này và năm 2016 "
            "đã giao các sở TN&MT, QH-KT và Xây dựng kiểm tra hạ tầng của các khu phân lô trên địa bàn TP. "
            "Đến năm 2002, TP phải chấn chỉnh và ngừng hẳn việc phân lô.")
    _, rows = run(text)
    assert rows == []


def test_a_goal_year_is_no_year_told_as_past():
    # trap: `đến năm 2020 ... đã` is a goal's horizon, not the article's present
    text = ("Phấn đấu đến năm 2020 đã có 100% xã đạt chuẩn nông thôn mới. "
            "Trong năm 2017, tỉnh sẽ hoàn thành đề án sắp xếp lại trường học.")
    _, rows = run(text)
    assert "2017" in [r["due"] for r in rows]


@pytest.mark.parametrize("text", [
    "Trong năm 2016, Đảng ủy luôn luôn sâu sát với chương trình mục tiêu quốc gia xây dựng nông thôn mới, xác định "
    "nhiệm vụ phát triển kinh tế là trọng tâm.",
    "Kể từ khi được hoàn thành vào năm 2014, NVH này là nơi được UBND xã Trường Yên thường xuyên sử dụng mỗi khi có tổ "
    "chức các hoạt động xã hội, cộng đồng, hội họp.",
])
def test_a_programme_name_or_a_since_clause_is_no_due_time(text):
    _, rows = run(text)
    assert rows == []


def test_a_goal_of_a_programme_stays():
    # trap: the goal verb is its own, the programme only its object
    _, rows = run("Huyện phấn đấu hoàn thành chương trình mục tiêu quốc gia xây dựng nông thôn mới trong năm 2017.",
                  "2017-03-01")
    assert [r["due"] for r in rows] == ["2017"]


@pytest.mark.parametrize("text,published,task", [
    ("Hiện, địa phương đang tiến hành tiêu úng, gieo cấy lại những diện tích lúa chết, những diện tích chưa gieo cấy, "
     "phấn đấu hoàn thành trước ngày 10-2.", "2017-01-20",
     "đang tiến hành tiêu úng, gieo cấy lại những diện tích lúa chết, những diện tích chưa gieo cấy, phấn đấu hoàn thành"),
    ("Đào tạo chuyển nghề phải đón đầu thị trường, bắt buộc hoàn thành trong quý 3 năm nay.", "2021-04-20",
     "Đào tạo chuyển nghề phải đón đầu thị trường, bắt buộc hoàn thành"),
])
def test_a_task_of_only_a_modal_and_a_completion_word_takes_the_work_before_it(text, published, task):
    _, rows = run(text, published)
    assert [r["task"] for r in rows] == [task]


def test_a_completion_phrase_alone_is_kept_as_the_task():
    # trap: no modal, the completion phrase is the task itself
    _, rows = run("Tập trung thực hiện xây dựng hoàn thành Trung tâm Dịch vụ Hành chính công để đưa vào hoạt động năm "
                  "2021.")
    assert [r["task"] for r in rows] == ["xây dựng hoàn thành Trung tâm Dịch vụ Hành chính công để đưa vào hoạt động"]


def test_the_official_who_closes_a_quote_with_a_directive_verb_directed_it():
    from tests.test_deadlines import _official
    from vnextract.extractors.deadlines import extract
    text = ("“Đào tạo chuyển nghề phải đón đầu thị trường, bắt buộc hoàn thành trong quý 3 năm nay”, Bộ trưởng Đào Ngọc "
            "Dung chỉ đạo.")
    doc, _ = run(text, "2021-04-20")
    doc._.officials = [_official(doc.text, "Đào Ngọc Dung")]
    assert [r["directed_by"] for r in extract(doc)] == ["Đào Ngọc Dung"]
    # trap: a speech verb after the quote directs nothing
    doc, _ = run(text.replace("chỉ đạo", "cho biết"), "2021-04-20")
    doc._.officials = [_official(doc.text, "Đào Ngọc Dung")]
    assert [r["directed_by"] for r in extract(doc)] == [None]


def test_an_event_word_the_completion_word_governs_is_what_is_completed():
    text = ("Từ nay đến hết năm 2017, các cơ quan tập trung chỉ đạo các cơ quan tiến hành tố tụng Trung ương phối hợp với "
            "các cơ quan tiến hành tố tụng địa phương, Tòa án cấp sơ thẩm, cấp phúc thẩm kịp thời tháo gỡ khó khăn, "
            "vướng mắc, hoàn thành việc điều tra, truy tố, xét xử các vụ việc, vụ án, bảo đảm nghiêm minh, đúng quy định "
            "của pháp luật theo chỉ đạo của Ban Chỉ đạo, Thường trực Ban Chỉ đạo.")
    _, rows = run(text, "2017-06-10")
    assert [r["due"] for r in rows] == ["2017"]


def test_an_event_without_a_completion_stays_no_deadline():
    # trap: the event is what the plan schedules
    _, rows = run("Trong tháng 8, huyện sẽ tổ chức hội nghị tổng kết công tác xây dựng nông thôn mới.", "2017-06-10")
    assert rows == []


def test_the_subject_after_a_conditions_thi_commits_to_the_plan():
    _, rows = run("Khi Thành ủy phê duyệt thì Thành phố sẽ thực hiện xong trong năm 2018.", "2017-06-10")
    assert [(r["due"], r["responsible"]) for r in rows] == [("2018", "Thành phố")]
    # trap: an `if` condition stays no commitment
    _, rows = run("Nếu được Thành ủy phê duyệt thì Thành phố sẽ thực hiện xong trong năm 2018.", "2017-06-10")
    assert rows == []


def test_a_speakers_reported_clause_opening_with_the_due_time_names_who_commits_after_it():
    text = ("Giám đốc Sở Thông tin và Truyền thông Hà Nội cũng cho biết, năm 2017, Thành phố sẽ cung cấp khoảng 40% các "
            "thủ tục hành chính của các Sở, ban, ngành, quận, huyện, thị xã trực tuyến mức độ 3,4.")
    _, rows = run(text, "2017-02-10")
    assert [(r["due"], r["responsible"]) for r in rows] == [("2017", "Thành phố")]
    # trap: the speaker before a due time that opens no reported clause stays the one who commits
    _, rows = run("Sở Thông tin và Truyền thông cho biết sẽ hoàn thành cổng dịch vụ công trong năm 2017.", "2017-02-10")
    assert [r["responsible"] for r in rows] in (["Sở Thông tin và Truyền thông"], [None])


def test_a_time_limit_of_a_request_stays_before_the_later_days_the_article_reports():
    # trap: `Hạn báo cáo trước ...` carries the request before it, however long ago
    text = ("Văn bản số 5816/UBND-TKBT, ngày 10/11/2016, của UBND Thành phố giao Chủ tịch UBND huyện Thanh Oai kiểm tra "
            "thông tin, giải quyết sự việc báo Kinh tế & Đô thị nêu về cơ sở vật chất của Nhà văn hóa xã Tam Hưng. Hạn báo "
            "cáo trước ngày 20/11/2016. Ngày 15/12/2016, UBND Thành phố ban hành văn bản số 7125/UBND-TKBT.")
    _, rows = run(text)
    assert [r["due"] for r in rows] == ["2016-11-20"]


@pytest.mark.parametrize("text,task", [
    # traps: a weak plan's completion is said of its subject; a programme (`chương trình`) is no completion
    ("Dự án dự kiến hoàn thành vào năm 2019.", "Dự án dự kiến hoàn thành"),
    ("Dự án dự kiến khởi công trong quý I/2017, phấn đấu hoàn thành trong năm 2017.", "phấn đấu hoàn thành"),
])
def test_the_work_before_a_completion_stops_at_a_weak_cue_and_another_due_time(text, task):
    _, rows = run(text, "2017-01-10")
    assert task in [r["task"] for r in rows]


@pytest.mark.parametrize("text,published", [
    ("Kéo dài đến hết ngày 30/04, chương trình bao gồm nhiều hoạt động chính như các hội nghị, hội thảo, diễn đàn.",
     "2021-04-20"),
    ("Quý 3 năm nay, công trình sẽ được khởi công xây dựng.", "2017-03-10"),
])
def test_an_event_after_a_programme_or_a_work_stays_an_event(text, published):
    _, rows = run(text, published)
    assert rows == []
