"""deadlines round 4 (corpus audit 6): public works as the subject of a plan, a `Thường trực` body, a due time
that opens its comma part before a subject list or a directive verb, a deictic after it, and a completion word
as the action (corpus sentences, with near-miss traps)."""
from __future__ import annotations

import pytest

from tests.test_deadlines import run

# a public work that is to be completed is the subject of a plan (`nút giao`, `bến xe`, `sân bay`, ...)
PUBLIC_WORKS = [
    ("Theo kế hoạch, nút giao này sẽ hoàn thành vào cuối năm 2017.", "2017-02-10", "2017"),
    ("Bến xe Miền Tây cũng sẽ được hoàn thành năm 2018.", "2017-02-10", "2018"),
    ("Như 3 sân bay khu vực Tây Bắc có tổng vốn gần 10.000 tỉ đồng dự kiến triển khai trong năm nay; sân bay Vân "
     "Đồn (Quảng Ninh) dự kiến hoàn thành đường băng và đường lăn trong năm 2017.", "2017-03-10", "2017"),
]


@pytest.mark.parametrize("text,published,due", PUBLIC_WORKS)
def test_a_public_work_to_complete_is_a_plan(text, published, due):
    _, rows = run(text, published)
    assert [r["due"] for r in rows] == [due]
    assert rows[0]["responsible"] is None  # (a work is no one who must do it)


@pytest.mark.parametrize("text,published", [
    ("Sân bay Long Thành sẽ đón 25 triệu lượt khách vào năm 2025.", "2017-03-10"),  # no completion
    ("Bến xe Miền Đông đã hoàn thành năm 2016.", "2017-03-10"),  # done
    ("Nhà ga T2 được đưa vào sử dụng năm 2007.", "2017-03-10"),  # history
])
def test_a_public_work_without_a_plan_to_complete_is_none(text, published):
    _, rows = run(text, published)
    assert rows == []


def test_a_plan_after_a_sentence_about_a_public_work_keeps_its_passage():
    # the sentence before names a work (`nút giao thông An Phú`): the plan of a public body's passage stays one
    text = ("Bên cạnh đó, nút giao thông An Phú đoạn giao lộ Lương Định Của đi vào cao tốc TP.HCM - Long Thành - Dầu "
            "Giây (Q.2) cũng đang được xúc tiến đầu tư để giải tỏa ùn tắc tại nút giao này. "
            "Theo kế hoạch đầu năm 2017 sẽ làm đường vành đai 2 đoạn từ đường Phạm Văn Đồng đến nút giao thông Gò Dưa "
            "- QL1 (Q.Thủ Đức) dài 2,7km.")
    _, rows = run(text, "2017-02-10")
    assert [r["due_text"] for r in rows] == ["đầu năm 2017"]


@pytest.mark.parametrize("text,published,resp", [
    ("Đến cuối tháng 3, Thường trực Ban điều hành sẽ tổng hợp hoàn chỉnh để báo cáo Ban chỉ đạo (Ban thường vụ "
     "Thành ủy TP.HCM) để cho ý kiến về đề án này.", "2017-02-10", "Thường trực Ban điều hành"),
    ("Trong tháng 8/2017, Thường trực HĐND tỉnh sẽ hoàn thành báo cáo giám sát.", "2017-06-10",
     "Thường trực HĐND tỉnh"),
])
def test_a_standing_body_is_public_and_its_modal_ends_it(text, published, resp):
    _, rows = run(text, published)
    assert [r["responsible"] for r in rows] == [resp]


# a due time that opens its comma part, then a subject list whose commas hold no verb, then the modal
SUBJECT_LISTS = [
    ("Cũng theo ông Tuyến, trong tháng 7-2017, UBND 24 quận, huyện phải có kế hoạch giải tỏa các chợ tự phát bởi "
     "đa phần nơi đây kinh doanh thực phẩm không nguồn gốc.", "2017-06-20", "UBND 24 quận, huyện"),
    ("Trong quý 3/2017, các sở, ngành phải hoàn thành việc rà soát các dự án chậm tiến độ.", "2017-06-20",
     "các sở, ngành"),
    ("Trong tháng 7-2017, UBND 24 quận, huyện phải có kế hoạch giải tỏa các chợ tự phát.", "2017-06-20",
     "UBND 24 quận, huyện"),
]


@pytest.mark.parametrize("text,published,resp", SUBJECT_LISTS)
def test_an_opening_due_time_before_a_subject_list(text, published, resp):
    _, rows = run(text, published)
    assert [r["responsible"] for r in rows] == [resp]
    assert "theo ông Tuyến" not in rows[0]["task"] and "kế hoạch" in rows[0]["task"] or "rà soát" in rows[0]["task"]


@pytest.mark.parametrize("text,published", [
    ("Trong tháng 5/2017, giá xăng, dầu sẽ tăng mạnh.", "2017-04-20"),  # a forecast, no public subject
    ("Trong tháng 5/2017, Hà Nội, TP HCM đã phải hoàn thành kế hoạch.", "2017-06-20"),  # told as past
    ("Trong năm 2017, tỉnh đã đầu tư, nâng cấp 20 km đường, sẽ tiếp tục làm thêm.", "2017-12-20"),  # a verb first
])
def test_an_opening_due_time_before_no_subject_list_is_none(text, published):
    _, rows = run(text, published)
    assert rows == []


def test_a_deictic_after_an_opening_due_time_is_no_part_of_the_agent():
    text = "Trong tháng 7 này, Tổng cục Thủy sản sẽ xem xét việc này, xem lỗi của đăng kiểm đến đâu, sẽ xử lý nghiêm đến đó."
    _, rows = run(text, "2017-07-05")
    assert [(r["due"], r["responsible"]) for r in rows] == [("2017-07", "Tổng cục Thủy sản")]


# the due time before the directive verb: the addressee after the verb is responsible, not the verb's subject
@pytest.mark.parametrize("text,published,resp,task", [
    ("Chính vì vậy, trong năm 2017 Chủ tịch TP yêu cầu UBND các quận huyện phải “đảm bảo cơ bản” tình hình trật tự "
     "lòng, lề đường, vỉa hè trên địa bàn phụ trách.", "2017-03-01", "UBND các quận huyện", "phải “đảm bảo cơ bản”"),
    ("Trong tháng 3, UBND tỉnh yêu cầu các sở, ngành hoàn thành việc rà soát các dự án chậm tiến độ.", "2017-02-20",
     "các sở, ngành", "hoàn thành việc rà soát"),
])
def test_a_directive_after_an_opening_due_time(text, published, resp, task):
    _, rows = run(text, published)
    assert [r["responsible"] for r in rows] == [resp]
    assert rows[0]["task"].startswith(task)


def test_a_directive_after_an_opening_due_time_told_as_done_is_none():
    _, rows = run("Trong tháng 3/2017, UBND tỉnh đã yêu cầu các sở, ngành rà soát các dự án.", "2017-05-01")
    assert rows == []


@pytest.mark.parametrize("text,published,due", [
    ("Đợt tiêm chủng vắc xin Covid-19 đợt 1 tại Đắk Lắk sẽ diễn ngày 24/4 và xong trước ngày 5/5.", "2021-04-20",
     "2021-05-05"),
])
def test_a_completion_word_is_the_action_of_a_marked_due_time(text, published, due):
    _, rows = run(text, published)
    assert [r["due"] for r in rows] == [due]


def test_a_marked_due_time_without_action_or_completion_stays_none():
    _, rows = run("Lượng ôxy trong khoang tàu sẽ cạn kiệt (hạn chót là 3h sáng ngày 24/4).", "2017-04-20")
    assert rows == []


def test_the_task_of_a_directive_after_an_opening_due_time_follows_its_addressee():
    text = ("Cũng trong tháng 6, Phó Thủ tướng yêu cầu Bộ Giao thông vận tải tiếp tục rà soát bổ sung những quy định "
            "chặt chẽ hơn trong đào tạo, sát hạch cấp giấy phép lái xe.")
    _, rows = run(text, "2017-06-10")
    assert [(r["responsible"], r["task"].split()[0]) for r in rows] == [("Bộ Giao thông vận tải", "tiếp")]


def test_a_speech_verb_after_an_opening_due_time_directs_no_one():
    # `đề xuất` proposes: the subject before it commits, the body after it is no addressee
    text = ("Nhằm tháo gỡ vướng mắc, mới đây Chủ tịch UBND TP Hà Nội cho biết, giữa năm 2017, thành phố sẽ đề xuất "
            "Chính phủ một số cơ chế, chính sách mới để đẩy mạnh cải tạo nhà chung cư cũ.")
    _, rows = run(text, "2017-02-10")
    assert [r["responsible"] for r in rows] == ["thành phố"]
