"""deadlines round 7 (issue #14, a random audit of corpus rows): a `…` before a capital ends the clause on both sides
of the due time; a directive verb with nothing to do after it is a noun; a later item of a goal list shares the goal
verb's subject; a task noun (`Các công việc nói trên`) and a modal `nên` are no agent; the official who signs the
document a passage tells of directs what the passage asks (corpus sentences, with near misses that must not fire)."""
from __future__ import annotations

import pytest

from tests.test_deadlines import _official, run


# ---------------------------------------------------------------- `…` before a capital: a sentence the segmenter kept
def test_a_directive_before_an_ellipsis_does_not_govern_the_due_time_after_it():
    text = ("Thành phố kiến nghị Thủ tướng Chính phủ cho phép tổ chức đoàn khảo sát thực tế về kinh nghiệm hoạt động "
            "của hai sân bay trong khu vực, để góp phần vào việc nghiên cứu phương án tối ưu mở rộng sân bay Tân Sơn "
            "Nhất… Ngoài ra, giám đốc Sở KH&CN được giao đại diện cho lãnh đạo UBND TP để ký hợp đồng nghiên cứu đề "
            "án này với Trường ĐH Bách khoa TP.HCM trong tháng 7-2017.")
    _, rows = run(text)
    assert [(r["due_text"], r["responsible"]) for r in rows] == [("trong tháng 7-2017", "giám đốc Sở KH&CN")]
    assert "Tân Sơn Nhất" not in rows[0]["task"]


def test_a_task_stops_at_an_ellipsis_before_a_capital():
    text = ("UBND tỉnh yêu cầu các địa phương hoàn thành việc rà soát hộ nghèo trước ngày 30/6/2017… Tại buổi làm "
            "việc, ông Trần Văn Miên chỉ đạo lãnh đạo NHCSXH khẩn trương triển khai công tác kiểm tra giám sát.")
    _, rows = run(text)
    assert [(r["due_text"], r["task"], r["responsible"]) for r in rows] == [
        ("trước ngày 30/6/2017", "hoàn thành việc rà soát hộ nghèo", "các địa phương")]


def test_an_ellipsis_inside_a_list_before_a_lower_case_word_ends_nothing():
    text = ("UBND quận yêu cầu tháo dỡ các cầu dẫn, sàn nổi… trên hồ Tây trước ngày 30/3/2017.")
    _, rows = run(text)
    assert [(r["due_text"], r["task"]) for r in rows] == [
        ("trước ngày 30/3/2017", "tháo dỡ các cầu dẫn, sàn nổi… trên hồ Tây")]


# ---------------------------------------------------------------- a directive verb with nothing after it is a noun
@pytest.mark.parametrize("text,due_text", [
    ("Ngoài ra có thêm 15 ngày để dự thảo và 15 ngày để công bố kết luận. Hà Nội sẽ làm hoàn chỉnh kết luận vào "
     "đầu tháng 7.2017.", "vào đầu tháng 7.2017"),
    ("Hà Nội sẽ làm hoàn chỉnh kết luận vào đầu tháng 7 tới.", "vào đầu tháng 7"),
])
def test_a_directive_word_with_nothing_to_do_after_it_is_the_object(text, due_text):
    _, rows = run(text)
    assert [(r["due_text"], r["task"], r["responsible"]) for r in rows] == [
        (due_text, "làm hoàn chỉnh kết luận", "Hà Nội")]


def test_a_directive_right_before_the_due_time_with_its_addressee_after_it_stays():
    text = ("Ông Lê Văn Khoa yêu cầu trước ngày 30/8 đơn vị thi công phải hoàn thành các hạng mục phụ trợ như hệ "
            "thống cây xanh.")
    _, rows = run(text)
    assert [(r["due_text"], r["responsible"]) for r in rows] == [("trước ngày 30/8", "đơn vị thi công")]


# ---------------------------------------------------------------- a goal list shares its goal verb's subject
def test_later_items_of_a_goal_list_share_its_subject():
    text = ("Để đạt chỉ tiêu trên, năm 2017 thành phố phấn đấu đạt tỷ lệ 59-62%, năm 2018 đạt tỷ lệ 62-66%, năm 2019 "
            "đạt tỷ lệ 66-70% lao động được đào tạo.")
    _, rows = run(text)
    assert [(r["due"], r["responsible"]) for r in rows] == [
        ("2017", "thành phố"), ("2018", "thành phố"), ("2019", "thành phố")]


def test_a_later_item_with_its_own_subject_keeps_it():
    text = "Năm 2017, Bộ Y tế phấn đấu giảm tải bệnh viện; đến năm 2020 các bệnh viện tuyến tỉnh phải hoàn thành tự chủ."
    _, rows = run(text)
    assert [(r["due"], r["responsible"]) for r in rows] == [("2017", "Bộ Y tế"), ("2020", "các bệnh viện tuyến tỉnh")]


def test_a_noun_inside_the_goal_verb_phrase_is_no_subject():
    text = ("Tiếp tục quan tâm thực hiện các tiêu chí trong giai đoạn 2020 – 2025 phấn đấu đạt huyện nông thôn mới "
            "vào năm 2025.")
    _, rows = run(text)
    assert [r["responsible"] for r in rows] == [None]


# ---------------------------------------------------------------- no agent: a task noun, a modal `nên`
def test_a_task_noun_is_no_agent():
    _, rows = run("Các công việc nói trên phải hoàn thành ngay trong quý I-2017.")
    assert [(r["task"], r["responsible"]) for r in rows] == [("Các công việc nói trên phải hoàn thành", None)]


def test_the_modal_nen_ends_the_agent():
    text = ("Ông Cậy nói và cho rằng, thành phố nên đưa chỉ tiêu phấn đấu đến năm 2030 giảm được khoảng 50% số lượng "
            "xe máy lưu thông trên đường ở các quận nội thành.")
    _, rows = run(text)
    assert [r["responsible"] for r in rows] == ["thành phố"]


# ---------------------------------------------------------------- the signer of the document a passage tells of
def test_the_signer_of_the_document_directs_the_passage_that_follows():
    text = ("Theo đó, Phó Cục trưởng Cục Văn hóa cơ sở Ninh Thị Thu Hương đã ký văn bản hỏa tốc gửi Sở VHTT TP Hải "
            "Phòng kiểm tra, rà soát công tác tổ chức lễ hội. Trường hợp khi công tác chuẩn bị chưa đảm bảo an toàn "
            "theo quy định, đề nghị báo cáo UBND TP Hải Phòng tạm thời dừng việc tổ chức lễ hội. Đồng thời, yêu cầu "
            "Sở VHTT TP Hải Phòng báo cáo biện pháp khắc phục hậu quả về Cục Văn hóa cơ sở trước ngày 5/7/2017.")
    off = _official(text, "Ninh Thị Thu Hương")
    _, rows = run(text, officials=[off])
    assert [(r["due_text"], r["responsible"], r["directed_by"]) for r in rows] == [
        ("trước ngày 5/7/2017", "Sở VHTT TP Hải Phòng", "Ninh Thị Thu Hương")]


def test_a_body_that_directs_in_its_own_name_is_no_signer_s_passage():
    text = ("Ngày 6/2, Thứ trưởng GD&ĐT Nguyễn Thị Nghĩa ký công văn gửi Sở GD&ĐT Hà Nội. Bộ GD&ĐT yêu cầu Sở "
            "GD&ĐT Hà Nội báo cáo kết quả trước ngày 10/2.")
    off = _official(text, "Nguyễn Thị Nghĩa")
    _, rows = run(text, officials=[off])
    assert [(r["due_text"], r["directed_by"]) for r in rows] == [("trước ngày 10/2", None)]


def test_a_sentence_without_a_signed_document_names_no_signer():
    text = ("Phó Cục trưởng Ninh Thị Thu Hương đã kiểm tra công tác tổ chức lễ hội. Đồng thời, yêu cầu Sở VHTT TP "
            "Hải Phòng báo cáo biện pháp khắc phục hậu quả trước ngày 5/7/2017.")
    off = _official(text, "Ninh Thị Thu Hương")
    _, rows = run(text, officials=[off])
    assert [(r["due_text"], r["directed_by"]) for r in rows] == [("trước ngày 5/7/2017", None)]


def test_an_official_whose_order_a_document_follows_is_not_its_signer():
    text = ("Căn cứ Luật Thanh tra và ý kiến chỉ đạo của Phó Thủ tướng thường trực Trương Hòa Bình, ngày 8/5, Tổng "
            "Thanh tra Chính phủ đã ký Quyết định thanh tra các nội dung tố cáo. Tuyến metro Nhổn - Ga Hà Nội dự kiến "
            "sẽ hoàn thành trong năm 2021.")
    off = _official(text, "Trương Hòa Bình")
    _, rows = run(text, officials=[off])
    assert [r["directed_by"] for r in rows] == [None] * len(rows)


def test_the_signer_of_a_decision_sets_the_goals_the_passage_lists():
    text = ("Thủ tướng Nguyễn Xuân Phúc vừa ban hành Quyết định số 68/QĐ-TTg về Chương trình phát triển công nghiệp hỗ "
            "trợ giai đoạn 2016-2025. Mục tiêu của chương trình là đến năm 2020, sản phẩm công nghiệp hỗ trợ đáp ứng "
            "khoảng 45% nhu cầu sản xuất nội địa; đến năm 2025, đáp ứng được 65% nhu cầu sản xuất nội địa.")
    off = _official(text, "Nguyễn Xuân Phúc")
    _, rows = run(text, officials=[off])
    assert [(r["due"], r["directed_by"]) for r in rows][-1] == ("2025", "Nguyễn Xuân Phúc")
