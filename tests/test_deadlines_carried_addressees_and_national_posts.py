"""deadlines round 15 (issue #14, who and what): the addressee of a request carried to the sentences that report its
result (`Kết quả gửi về Bộ trước ngày 10/2.`), back over sentences of the same request; directed_by from the first
directive of a sentence the passage continues, from a long title after a dash, and from the one person whose first post
is a national one (`Thủ tướng`); a task that is only the goal's noun takes the goal clause after the due time; a plan's
modal left at a task's end goes. Corpus sentences, with near misses that must not fire."""
from __future__ import annotations

import pytest

from tests.test_deadlines import run
from vnextract.extractors.deadlines.task import without_end_particle
from vnextract.extractors.officials import Official


def _row(text: str, due_text: str, published: str = "2017-02-07", officials=None) -> dict:
    _, rows = run(text, published, officials)
    found = [r for r in rows if r["due_text"] == due_text]
    assert found, [r["due_text"] for r in rows]
    return found[0]


def _official(text: str, name: str, titles: list[str], mention: str | None = None) -> Official:
    off = Official(name=name, titles=titles)
    written = mention or name
    starts, i = [], text.find(written)
    while i >= 0:
        starts.append(i)
        i = text.find(written, i + 1)
    off.mentions = [(s, s + len(written)) for s in starts]
    return off


# ---------------------------------------------------------------- a request's result: its addressee does it
@pytest.mark.parametrize("text,due_text,responsible", [
    # baomoi-21490742
    ("Từ 6/2, cơ sở mầm non Sen Vàng bị tạm đình chỉ hoạt động. Bộ GD&ĐT yêu cầu Sở Giáo dục và Đào tạo phối hợp cơ "
     "quan chức năng xử lý nghiêm theo quy định; tổ chức rút kinh nghiệm về công tác quản lý các cơ sở mầm non trên "
     "địa bàn. Kết quả gửi về Bộ trước ngày 10/2.", "trước ngày 10/2", "Sở Giáo dục và Đào tạo"),
    # baomoi-21470731: a `:` list of tasks after the addressee is no part of it
    ("Do đó, Bộ GD-ĐT yêu cầu Sở GD-ĐT Hà Nội: Chỉ đạo, kiểm tra làm rõ vụ việc, phối hợp các cơ quan chức năng xử lý "
     "nghiêm theo quy định; Chỉ đạo tổ chức rút kinh nghiệm về công tác quản lý các cơ sở giáo dục mầm non trên địa "
     "bàn. Kết quả báo cáo kết quả về Bộ GD-ĐT trước ngày 10/2.", "trước ngày 10/2", "Sở GD-ĐT Hà Nội"),
    # baomoi-21473222: the first verb's addressee, back over a sentence of the same request without subject
    ("Qua xem xét, Chủ tịch UBND tỉnh Bình Thuận yêu cầu Công an tỉnh chỉ đạo các cơ quan chức năng tiến hành xem xét "
     "và xử lý nghiêm hành vi trên theo quy định pháp luật. Đồng thời phối hợp với các địa phương tăng cường công tác "
     "tuần tra, kiểm soát. Kết quả thực hiện báo cáo UBND tỉnh trước ngày 15/2 tới.", "trước ngày 15/2",
     "Công an tỉnh"),
    # baomoi-21479214: a body's head alone (`Yêu cầu Sở ...`) takes the full name of the request before
    ("Do vậy, Thứ trưởng Nghĩa yêu cầu Sở Giáo dục và Đào tạo Hà Nội chỉ đạo, kiểm tra làm rõ vụ việc, phối hợp với "
     "các cơ quan chức năng xử lý nghiêm theo quy định. Yêu cầu Sở chỉ đạo tổ chức rút kinh nghiệm về công tác quản lý "
     "các cơ sở giáo dục mầm non trên địa bàn. Đồng thời báo cáo kết quả sự việc về Bộ trước ngày 10/2.",
     "trước ngày 10/2", "Sở Giáo dục và Đào tạo Hà Nội"),
    # baomoi-21471754: past a sentence of the same request whose subject directs (`Bộ cũng chỉ đạo ...`)
    ("Thứ trưởng Bộ GD-ĐT Nguyễn Thị Nghĩa đã ký công văn số 301/BGDĐT-GDMN chỉ đạo Sở GD-ĐT Hà Nội kiểm tra thông "
     "tin, làm rõ vụ việc. Bộ cũng chỉ đạo rút kinh nghiệm về công tác quản lý các cơ sở mầm non trên địa bàn. Báo "
     "cáo kết quả về Bộ trước ngày 10/2/2017.", "trước ngày 10/2/2017", "Sở GD-ĐT Hà Nội"),
])
def test_a_requests_result_is_due_from_its_addressee(text, due_text, responsible):
    assert _row(text, due_text)["responsible"] == responsible


@pytest.mark.parametrize("text,due_text", [
    # near misses: a sentence with a subject of its own and no directive stands between (baomoi-21492357's shape:
    # the last party named is not the request's addressee); a new paragraph; a result that is a reported fact
    ("Chủ tịch UBND TP yêu cầu Giám đốc Công an TP chỉ đạo xác minh thông tin. Cùng đó, Giám đốc Sở GTVT chủ trì, "
     "phối hợp với Chủ tịch UBND quận Hoàng Mai kiểm tra, rà soát toàn bộ các điểm trông giữ xe. Kết quả kiểm tra, "
     "xử lý báo cáo Thành ủy, UBND TP trước ngày 20/2.", "trước ngày 20/2"),
    ("Bộ GD&ĐT yêu cầu Sở Giáo dục và Đào tạo phối hợp cơ quan chức năng xử lý nghiêm theo quy định.\n\nKết quả gửi "
     "về Bộ trước ngày 10/2.", "trước ngày 10/2"),
])
def test_no_addressee_carried_past_another_party_or_a_paragraph(text, due_text):
    assert _row(text, due_text)["responsible"] is None


# ---------------------------------------------------------------- directed_by
def test_the_first_directive_of_the_passage_sets_it():
    # baomoi-21479214: `chỉ đạo` after the addressee is the addressee's verb, `Yêu cầu Sở ...` has no subject
    text = ("Do vậy, Thứ trưởng Nghĩa yêu cầu Sở Giáo dục và Đào tạo Hà Nội chỉ đạo, kiểm tra làm rõ vụ việc, phối hợp "
            "với các cơ quan chức năng xử lý nghiêm theo quy định. Yêu cầu Sở chỉ đạo tổ chức rút kinh nghiệm về công "
            "tác quản lý các cơ sở giáo dục mầm non trên địa bàn. Đồng thời báo cáo kết quả sự việc về Bộ trước ngày "
            "10/2.")
    off = _official(text, "Nguyễn Thị Nghĩa", ["Thứ trưởng Bộ Giáo dục và Đào tạo"], "Thứ trưởng Nghĩa")
    assert _row(text, "trước ngày 10/2", officials=[off])["directed_by"] == "Nguyễn Thị Nghĩa"


def test_a_body_as_the_first_subject_sets_no_official():
    # near miss (baomoi-21488799): the ministry asks, no official of the passage is the subject
    text = ("Theo Thứ trưởng Nghĩa, đây là hành vi phản giáo dục. Do đó, Bộ GD-ĐT yêu cầu Sở GD-ĐT Hà Nội: Chỉ đạo, "
            "kiểm tra làm rõ vụ việc; Chỉ đạo tổ chức rút kinh nghiệm về công tác quản lý. Kết quả báo cáo kết quả về "
            "Bộ GD-ĐT trước ngày 10/2.")
    off = _official(text, "Nguyễn Thị Nghĩa", ["Thứ trưởng Bộ Giáo dục và Đào tạo"], "Thứ trưởng Nghĩa")
    assert _row(text, "trước ngày 10/2", officials=[off])["directed_by"] is None


def test_a_long_title_after_a_dash_stays_in_apposition():
    # baomoi-21475192: the hyphen of `GD-ĐT` is no separator, the title is one part however long
    text = ("Ông Hoàng Đức Minh - Cục trưởng Cục Nhà giáo và Cán bộ quản lý cơ sở giáo dục thuộc Bộ GD-ĐT đề nghị Sở "
            "GD-ĐT Hà Nội xác minh sự việc trên, chỉ đạo và xử lý nghiêm khắc và có văn bản báo cáo kết quả sự việc gửi "
            "về Bộ trước ngày 7/2/2017.")
    off = _official(text, "Hoàng Đức Minh", ["Cục trưởng Cục Nhà giáo và Cán bộ quản lý cơ sở giáo dục"])
    row = _row(text, "trước ngày 7/2/2017", officials=[off])
    assert row["directed_by"] == "Hoàng Đức Minh"
    assert row["responsible"] == "Sở GD-ĐT Hà Nội"


def test_a_clause_after_a_dash_is_no_apposition():
    # near miss: past the dash a clause with its own subject and verb, not a title
    text = ("Ông Hoàng Đức Minh - người đã nhiều lần kiểm tra các cơ sở mầm non tư thục trên địa bàn thành phố trong "
            "suốt năm qua và nay Sở GD-ĐT Hà Nội đề nghị các trường báo cáo kết quả về Bộ trước ngày 7/2/2017.")
    off = _official(text, "Hoàng Đức Minh", ["Cục trưởng Cục Nhà giáo và Cán bộ quản lý cơ sở giáo dục"])
    assert _row(text, "trước ngày 7/2/2017", officials=[off])["directed_by"] is None


def _prime_minister_and_misread(text: str) -> list[Official]:
    # baomoi-21472858: the officials table read `..., Phó Thống đốc NHNN, Thủ tướng giao` as a second title of Đào Minh Tú
    return [_official(text, "Nguyễn Xuân Phúc", ["Thủ tướng Chính phủ"], "Thủ tướng Nguyễn Xuân Phúc"),
            _official(text, "Đào Minh Tú", ["Phó Thống đốc Ngân hàng Nhà nước Việt Nam", "Thủ tướng Chính phủ"])]


def test_a_national_post_resolves_to_the_one_whose_first_post_it_is():
    text = ("Thủ tướng Nguyễn Xuân Phúc thăm khu sản xuất. Nhân sự có mặt của ông Đào Minh Tú, Phó Thống đốc Ngân hàng "
            "Nhà nước Việt Nam, Thủ tướng giao Ngân hàng Nhà nước vận động các nguồn lực. Thủ tướng cũng yêu cầu Bộ Kế "
            "hoạch Đầu tư phải sửa xong Nghị định 210 trong tháng 3/2017.")
    row = _row(text, "trong tháng 3/2017", officials=_prime_minister_and_misread(text))
    assert row["directed_by"] == "Nguyễn Xuân Phúc"
    assert row["responsible"] == "Bộ Kế hoạch Đầu tư"


def test_a_post_of_two_people_that_is_no_national_post_stays_unresolved():
    # near miss: two people hold `Chủ tịch UBND tỉnh` as their first posts (two provinces): no one is sure
    text = ("Chủ tịch UBND tỉnh Nguyễn Văn A và Chủ tịch UBND tỉnh Trần Văn B dự họp. Chủ tịch UBND tỉnh yêu cầu Sở Y "
            "tế báo cáo kết quả trước ngày 15/2.")
    offs = [_official(text, "Nguyễn Văn A", ["Chủ tịch Ủy ban nhân dân tỉnh Bình Thuận"]),
            _official(text, "Trần Văn B", ["Chủ tịch Ủy ban nhân dân tỉnh Ninh Thuận"])]
    assert _row(text, "trước ngày 15/2", officials=offs)["directed_by"] is None


# ---------------------------------------------------------------- task
@pytest.mark.parametrize("text,due_text,task", [
    # baomoi-22588859
    ("Mục tiêu thành phố Hà Nội đặt ra trong xây dựng thành phố thông minh đến năm 2020 là hình thành cơ bản các "
     "thành phần cốt lõi của thành phố thông minh.", "đến năm 2020",
     "hình thành cơ bản các thành phần cốt lõi của thành phố thông minh"),
    # baomoi-21484662
    ("Nghị quyết này đặt mục tiêu cụ thể đến hết năm 2017, Việt Nam đạt tối thiểu bằng trung bình của các nước ASEAN "
     "4 trên các chỉ tiêu về môi trường kinh doanh.", "đến hết năm 2017",
     "Việt Nam đạt tối thiểu bằng trung bình của các nước ASEAN 4 trên các chỉ tiêu về môi trường kinh doanh"),
])
def test_a_goal_noun_before_the_due_time_takes_the_goal_clause_after_it(text, due_text, task):
    assert _row(text, due_text, "2017-06-10")["task"] == task


def test_a_goal_of_doing_keeps_its_task():
    # near miss: the goal's verb follows its noun before the due time
    text = "Mục tiêu hoàn thành cổ phần hóa 39 doanh nghiệp đến năm 2020, góp phần nâng cao hiệu quả."
    row = _row(text, "đến năm 2020", "2017-06-10")
    assert "hoàn thành cổ phần hóa 39 doanh nghiệp" in row["task"] and "góp phần" not in row["task"]


@pytest.mark.parametrize("text,due_text,task", [
    # baomoi-22560885
    ("Ông Vũ Tử Trọng cũng cho biết, đã tức tốc yêu cầu tư vấn giám sát chỉ đạo nhà thầu triển khai thi công lại hạng "
     "mục này, dự kiến ngay trong tháng 6.2017.", "ngay trong tháng 6.2017", "triển khai thi công lại hạng mục này"),
    # baomoi-21494244
    ("Sở GTVT cũng cho biết dự kiến trong năm 2017 sẽ phê duyệt dự án này và dự kiến đầu năm 2019 mới hoàn thành dự "
     "án.", "trong năm 2017", "phê duyệt dự án này"),
])
def test_a_plans_modal_left_at_the_tasks_end_goes(text, due_text, task):
    assert _row(text, due_text, "2017-06-10")["task"] == task


@pytest.mark.parametrize("task,expected", [
    # baomoi-22618419, baomoi-22551794: the speaker's credit closing the sentence
    ("phải hoàn thành toàn bộ số tàu này , ông Châu nhấn mạnh", "phải hoàn thành toàn bộ số tàu này"),
    ("có báo cáo chính thức của tổ về các tàu cá được thẩm định\", ông Hổ cho biết",
     "có báo cáo chính thức của tổ về các tàu cá được thẩm định"),
    # near misses: a person inside the task (no comma before), a pronoun without name
    ("báo cáo cho ông Nam cho biết", "báo cáo cho ông Nam cho biết"),
    ("hoàn thành, ông nói", "hoàn thành, ông nói"),
])
def test_a_speakers_credit_at_the_tasks_end_goes(task, expected):
    assert without_end_particle(task) == expected
