"""deadlines round 12 (issue #14, who and what): a body name ending in a compound's first syllable (`Du lịch`,
`Ban Điều hành`) ends before its verb; a leading framing part (`Sau khi ...,`, `Theo kế hoạch,`) is neither agent nor
task; a goal verb before a due time that opens the next comma part leads in the clause after it; a past fact's
conjunct before a plan's is no part of the task; a speech verb proposing a thing in a body's verb phrase directs no
one; a requirement quoted before its credit (`"...," Bộ trưởng X nêu rõ`) is set by the one credited. Corpus
sentences, with near misses that must not fire."""
from __future__ import annotations

import pytest

from tests.test_deadlines import run
from vnextract.extractors.deadlines.parties import agent
from vnextract.extractors.officials import Official


def _row(text: str, due_text: str, published: str = "2017-05-10", officials=None) -> dict:
    _, rows = run(text, published, officials)
    found = [r for r in rows if r["due_text"] == due_text]
    assert found, rows
    return found[0]


# ---------------------------------------------------------------- a name ending in a compound's first syllable
@pytest.mark.parametrize("phrase,found", [
    ("Tổng cục Du lịch làm rõ trách nhiệm quá trình tham mưu ban hành văn bản", "Tổng cục Du lịch"),
    ("Bộ Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Bộ Tài chính xây dựng", "Bộ Văn hóa, Thể thao và Du lịch"),
    ("Sở Du lịch phối hợp với các đơn vị kiểm tra", "Sở Du lịch"),
    ("Ban Điều hành xây dựng kế hoạch", "Ban Điều hành"),
    ("Nhà xuất bản in ấn, phát hành sách giáo khoa", "Nhà xuất bản"),
    # near misses: a compound's first syllable that opens a compound still does (`Đào tạo`, `lịch trình`)
    ("Sở Giáo dục và Đào tạo báo cáo kết quả", "Sở Giáo dục và Đào tạo"),
    ("Ban Quản lý lịch trình báo cáo kết quả", "Ban Quản lý lịch trình"),
    ("chủ đầu tư phải hoàn thành dự án", "chủ đầu tư"),
])
def test_a_name_ending_in_a_compound_first_syllable_ends_before_its_verb(phrase, found):
    assert agent(phrase, 0, len(phrase))[0] == found


def test_the_addressee_after_du_lich_does_not_swallow_the_task():
    row = _row("Thứ trưởng Bộ VH-TT-DL Huỳnh Vĩnh Ái yêu cầu Tổng cục Du lịch làm rõ trách nhiệm quá trình tham mưu "
               "ban hành văn bản trên và báo cáo lãnh đạo Bộ trước ngày 5-6.", "trước ngày 5-6")
    assert row["responsible"] == "Tổng cục Du lịch"
    assert row["task"].startswith("làm rõ trách nhiệm quá trình tham mưu")


# ---------------------------------------------------------------- a leading framing part
@pytest.mark.parametrize("text,due_text,responsible,task_start", [
    ("Thủ tướng yêu cầu đánh giá các phương án mở rộng sân bay. Trong đó lưu ý việc kết nối đồng bộ hệ thống giao "
     "thông. Sau khi tư vấn hoàn thiện các phương án, Bộ GTVT chủ trì cùng với Bộ Xây dựng, Quốc phòng, Tài nguyên "
     "và Môi trường, UBND TPHCM và các bên liên quan thành lập hội đồng thẩm định, có ý kiến chính thức báo cáo "
     "Thường trực Chính phủ trước tháng 12/2017.", "trước tháng 12/2017", "Bộ GTVT", "chủ trì"),
    ("Theo kế hoạch, Đoàn sẽ hoàn thành công tác kiểm tra, báo cáo Bộ Chính trị trước ngày 30.6.", "trước ngày 30.6",
     "Đoàn", "hoàn thành công tác kiểm tra"),
    ("Theo kế hoạch, đoàn sẽ hoàn thành công tác kiểm tra, báo cáo Bộ Chính trị trước ngày 30-6.", "trước ngày 30-6",
     "đoàn", "hoàn thành công tác kiểm tra"),
])
def test_a_framing_part_is_neither_agent_nor_task(text, due_text, responsible, task_start):
    row = _row(text, due_text)
    assert row["responsible"] == responsible
    assert row["task"].startswith(task_start)


@pytest.mark.parametrize("text,due_text,responsible,task", [
    ("Theo nghị quyết, thành phố sẽ dừng hoạt động xe máy trên địa bàn các quận nội thành vào năm 2030.",
     "vào năm 2030", "thành phố", "dừng hoạt động xe máy trên địa bàn các quận nội thành"),
    ("Theo kế hoạch, Sở GTVT sẽ xử lý 63 cây xanh trong tháng 8/2017.", "trong tháng 8/2017", "Sở GTVT",
     "xử lý 63 cây xanh"),
])
def test_the_task_starts_past_the_framing_part_and_its_agent(text, due_text, responsible, task):
    row = _row(text, due_text, "2017-03-10")
    assert (row["responsible"], row["task"]) == (responsible, task)


@pytest.mark.parametrize("phrase", [
    # what follows the framing part is no agent: the phrase stays as it was
    "Theo kế hoạch, trong tháng 8 sẽ hoàn thành",
    # a framing part too long, or holding a quote, frames nothing here
    "Để đáp ứng yêu cầu “quản lý”, Bộ TT&TT sẽ trình",
])
def test_a_framing_part_before_no_agent_is_kept(phrase):
    assert agent(phrase, 0, len(phrase)) is None


# ---------------------------------------------------------------- a goal verb leading in the next comma part
@pytest.mark.parametrize("text,due_text,task", [
    ("Chính phủ và Bộ Y tế đang thực hiện lộ trình bao phủ BHYT toàn dân, phấn đấu đến năm 2020, cả nước có tối "
     "thiểu 90,7% dân số tham gia BHYT. Để đạt được mục tiêu này, ngành BHXH cũng tăng cường.", "đến năm 2020",
     "cả nước có tối thiểu 90,7% dân số tham gia BHYT"),
    ("Liên quan vấn đề cây xanh, ông Chung cho biết, tới 31/12/2015, tính trung bình 1 người dân Hà Nội có 6,7 m2 "
     "cây xanh và sẽ phấn đấu tới năm 2020, diện tích cây xanh đạt từ 10-11 m2/người.", "tới năm 2020",
     "diện tích cây xanh đạt từ 10-11 m2/người"),
    ("Theo kế hoạch, tỉnh phấn đấu đến hết năm 2025, có 25% cán bộ, công chức, viên chức cấp tỉnh và huyện đạt "
     "trình độ ngoại ngữ bậc 4 trở lên.", "đến hết năm 2025",
     "có 25% cán bộ, công chức, viên chức cấp tỉnh và huyện đạt trình độ ngoại ngữ bậc 4 trở lên"),
])
def test_a_goal_verb_before_the_due_time_leads_in_the_clause_after_it(text, due_text, task):
    assert _row(text, due_text)["task"] == task


def test_a_goal_verb_with_its_goal_after_the_due_time_keeps_it():
    # near miss: no comma after the due time, the goal follows it in the same part
    row = _row("Hà Nội phấn đấu đến năm 2020 trồng mới 1 triệu cây xanh.", "đến năm 2020")
    assert row["task"] == "phấn đấu trồng mới 1 triệu cây xanh"


# ---------------------------------------------------------------- a past fact's conjunct before the plan's
@pytest.mark.parametrize("text,due_text,task", [
    ("Theo ông Hùng, công trình thoát nước đã hoàn thành công tác đấu thầu và các đơn vị trúng thầu sẽ tiến hành "
     "thi công ngay trong tháng 7.", "ngay trong tháng 7", "các đơn vị trúng thầu sẽ tiến hành thi công"),
    ("Huyện Vân Đồn (Quảng Ninh) đã hoàn tất quá trình kiểm tra sai phạm của 5 resort xây trái phép trên vịnh Bái Tử "
     "Long và sẽ tiến hành cưỡng chế trong tháng 7 này.", "trong tháng 7", "sẽ tiến hành cưỡng chế"),
    ("HABECO và SABECO đã ký hợp đồng tư vấn thoái vốn theo hình thức đấu thầu rộng rãi, dự kiến sẽ thực hiện bán "
     "vốn trong năm 2017.", "trong năm 2017", "dự kiến sẽ thực hiện bán vốn"),
])
def test_a_past_fact_before_the_plan_is_no_part_of_the_task(text, due_text, task):
    assert _row(text, due_text)["task"] == task


@pytest.mark.parametrize("text,due_text,task", [
    # no past fact in the task: the conjuncts stay
    ("UBND tỉnh yêu cầu Sở Xây dựng kiểm tra và sẽ báo cáo trước ngày 20/6.", "trước ngày 20/6",
     "kiểm tra và sẽ báo cáo"),
    # the plan's conjunct only a modal and a completion word: the whole task stays
    ("Công ty đã thực hiện nghiêm túc cam kết để khắc phục sự cố môi trường, trong đó có việc chuyển sang công nghệ "
     "dập cốc khô, dự kiến hoàn thành vào 6/2019.", "vào 6/2019", None),
])
def test_a_task_without_past_fact_or_with_a_bare_plan_keeps_its_conjuncts(text, due_text, task):
    found = _row(text, due_text, "2017-05-10")["task"]
    if task is None:
        assert found != "dự kiến hoàn thành" and "dập cốc khô" in found
    else:
        assert found == task


# ---------------------------------------------------------------- a speech verb proposing a thing
@pytest.mark.parametrize("text,due_text,responsible", [
    ("Bộ Văn hóa, Thể thao và Du lịch phối hợp với Bộ Tài chính đề xuất phương án bổ sung vốn cho Quỹ xúc tiến du "
     "lịch, trình Chính phủ xem xét, quyết định; đẩy mạnh hơn nữa công tác xúc tiến, quảng bá và thu hút khách du "
     "lịch quốc tế, phấn đấu đạt mục tiêu 13-15 triệu lượt khách du lịch quốc tế trong năm 2017; phối hợp với các "
     "bộ, ngành liên quan xây dựng kế hoạch.", "trong năm 2017", "Bộ Văn hóa, Thể thao và Du lịch"),
    ("Thủ tướng yêu cầu các Bộ, ngành liên quan triển khai trong tháng 6 năm 2017. Cụ thể, Bộ Công Thương phải báo "
     "cáo Chính phủ kết quả rà soát các dự án, doanh nghiệp yếu kém, đề xuất phương án xử lý theo thẩm quyền để sớm "
     "tái khởi động các dự án này trong năm 2017.", "trong năm 2017", "Bộ Công Thương"),
])
def test_a_body_proposing_a_thing_is_responsible_for_it(text, due_text, responsible):
    assert _row(text, due_text)["responsible"] == responsible


@pytest.mark.parametrize("text,due_text", [
    # a proposal that someone else act (`kiến nghị xử nghiêm ...`): no new responsible
    ("Bộ Nông nghiệp và Phát triển nông thôn đã báo cáo sơ bộ lên Thủ tướng vụ tàu vỏ thép bị hư hỏng, phải nằm bờ "
     "ở nhiều tỉnh miền Trung, kiến nghị xử nghiêm cán bộ trong tháng 7.", "trong tháng 7"),
    # no public body opens the sentence
    ("Hội nghị có ý nghĩa hết sức quan trọng nhằm thảo luận, phân tích, làm rõ tình hình 6 tháng đầu năm 2017 và đề "
     "ra mục tiêu, nhiệm vụ, giải pháp chủ yếu thực hiện thắng lợi các nhiệm vụ phát triển kinh tế - xã hội trong 6 "
     "tháng cuối năm 2017.", "trong 6 tháng cuối năm 2017"),
])
def test_a_proposal_to_others_or_without_a_body_names_no_responsible(text, due_text):
    _, rows = run(text, "2017-06-10")
    assert all(r["responsible"] is None for r in rows if r["due_text"] == due_text)


# ---------------------------------------------------------------- a requirement quoted before its credit
def _minister() -> Official:
    return Official(name="Trần Tuấn Anh", titles=["Bộ trưởng Bộ Công Thương"])


def test_a_quoted_requirement_credited_after_it_is_set_by_the_one_credited():
    text = ("Lãnh đạo Bộ Công Thương cũng đề nghị Cục Quản lý cạnh tranh gửi công văn cho các địa phương. \"Các đơn vị "
            "khẩn trương triển khai theo chỉ đạo và báo cáo Bộ trưởng trước ngày 15/5/2017,\" Bộ trưởng Trần Tuấn Anh "
            "nêu rõ.")
    start = text.index("Bộ trưởng Trần Tuấn Anh")
    off = _minister()
    off.mentions = [(start, start + len("Bộ trưởng Trần Tuấn Anh"))]
    row = _row(text, "trước ngày 15/5/2017", officials=[off])
    assert row["directed_by"] == "Trần Tuấn Anh"
    assert row["responsible"] == "Các đơn vị"


def test_a_quoted_promise_credited_after_it_sets_no_directed_by():
    # near miss: the quote is the speaker's own plan (`sẽ`), no requirement on others
    text = "\"Thành phố sẽ hoàn thành dự án trước ngày 30/6,\" Chủ tịch UBND TP Nguyễn Đức Chung nhấn mạnh."
    start = text.index("Chủ tịch UBND TP Nguyễn Đức Chung")
    off = Official(name="Nguyễn Đức Chung", titles=["Chủ tịch UBND TP"])
    off.mentions = [(start, start + len("Chủ tịch UBND TP Nguyễn Đức Chung"))]
    row = _row(text, "trước ngày 30/6", officials=[off])
    assert row["directed_by"] is None
