"""deadlines, the clause's own words (issue #14): a source the clause is credited to (`Theo kế hoạch, ...`, `Theo quy định
thì ...`, `Theo ông Pha các đơn vị thi công sẽ ...`) and a purpose part after it are no part of the task, nor the agent;
a photo credit of capitalised words glued to the sentence after it (`Ảnh: Báo Thanh Niên Đồng thời Sở VHTT ...`, `... -
Ảnh minh họa Mới đây, ...`) is no part of the task, nor the agent; the addressees of a document a request is sent in
(`ký công văn hỏa tốc gửi Sở Giáo dục - Đào tạo Hà Nội đề nghị ...`) are responsible when the directive verb names none.
Corpus sentences, with near misses that must not fire."""
from __future__ import annotations

import pytest

from tests.test_deadlines import row_due as _row
from vnextract.extractors.deadlines.parties import agent, credit_end
from vnextract.extractors.deadlines.task import without_source_lead


# ---------------------------------------------------------------- the source the clause is credited to
@pytest.mark.parametrize("task,expected", [
    # baomoi-22425935
    ("Theo kế hoạch, để thi công tuyến đường này, hơn 1.300 cây xanh sẽ phải đánh chuyển, di dời, chặt hạ",
     "hơn 1.300 cây xanh sẽ phải đánh chuyển, di dời, chặt hạ"),
    # baomoi-22455771
    ("Theo quyết định của UBND TP Hà Nội, để phục vụ dự án đầu tư mở rộng đường vành đai 3 đoạn Mai Dịch - cầu Thăng Long, "
     "hơn 1.300 cây xanh trên con đường này phải đánh chuyển, di dời",
     "hơn 1.300 cây xanh trên con đường này phải đánh chuyển, di dời"),
    # baomoi-22547886
    ("Theo quy định thì việc rà soát hộ nghèo và cận nghèo phải kết thúc hằng năm",
     "việc rà soát hộ nghèo và cận nghèo phải kết thúc hằng năm"),
    # baomoi-21509350
    ("Theo ông Pha các đơn vị thi công sẽ nỗ lực hoàn thành công trình",
     "các đơn vị thi công sẽ nỗ lực hoàn thành công trình"),
])
def test_the_source_the_clause_is_credited_to_is_no_part_of_the_task(task, expected):
    assert without_source_lead(task) == expected


@pytest.mark.parametrize("task", [
    # baomoi-22442081: the comma is inside the task (`chặt, hạ`), the part after it is no clause of its own
    "Theo kế hoạch việc chặt, hạ cây xanh 2 bên đường Phạm Văn Đồng",
    # a lower-case `theo` is a verb's (`theo dõi`), or inside the clause
    "theo dõi sát tình hình, các đơn vị phải báo cáo kết quả",
    "theo đúng quy định, hoàn thành việc bàn giao mặt bằng",
    # baomoi-22515835: a source with a bracket is no short name
    "Theo đại biểu Nguyễn Ngọc Phương (Quảng Bình), nợ được xác định là nợ xấu",
    # a first part too long to be a source's name
    "Theo báo cáo của Sở Giao thông vận tải thành phố gửi Ủy ban nhân dân thành phố hôm qua về tình hình, "
    "các đơn vị phải hoàn thành",
])
def test_no_source_is_stripped_from_a_task_that_does_not_open_with_one(task):
    assert without_source_lead(task) == task


def test_a_source_without_a_comma_leaves_the_committing_subject():
    # baomoi-21509350
    row = _row("Theo ông Pha các đơn vị thi công sẽ nỗ lực hoàn thành công trình vào cuối năm 2017 để di dời bến xe "
               "miền Đông hiện hữu (quận Bình Thạnh).", "vào cuối năm 2017", "2017-02-10")
    assert row["responsible"] == "các đơn vị thi công"
    assert row["task"] == "nỗ lực hoàn thành công trình"


def test_a_source_of_a_document_is_no_part_of_the_task():
    # dantri-unc-news_education_069
    row = _row("Theo hướng dẫn tại văn bản số 1199/SGDĐT-QLT ngày 13-4-2021, học sinh nộp đơn đăng ký nguyện vọng dự "
               "tuyển vào lớp 6 chương trình song bằng tại nơi học sinh học lớp 5, thời hạn chậm nhất vào ngày 24-5-2021.",
               "chậm nhất vào ngày 24-5-2021", "2021-04-20")
    assert row["task"].startswith("học sinh nộp đơn đăng ký nguyện vọng")


@pytest.mark.parametrize("text", [
    # baomoi-21475301, baomoi-22227418: no agent after the source
    "Theo ông Chung đây là cách làm không đúng",
    # baomoi-21472646: a post, no honorific, is no person source without a comma
    "Theo Chủ tịch UBND TP nếu làm tốt công tác này",
])
def test_a_source_before_no_agent_gives_no_agent(text):
    assert agent(text, 0, len(text)) is None


# ---------------------------------------------------------------- photo credits glued to the sentence
@pytest.mark.parametrize("text,opens", [
    # baomoi-22656162
    ("Ảnh: Báo Thanh Niên Đồng thời Sở VHTT TP Hải Phòng báo cáo", "Đồng thời Sở VHTT"),
    # baomoi-22568144
    ("Ảnh: Cao Thăng Ngoài 2 cầu vượt nêu trên là các dự án", "Ngoài 2 cầu"),
    # baomoi-22660119
    ("Ảnh: Nguyễn Chinh - TTXVN Nhằm đáp ứng yêu cầu xi măng", "Nhằm đáp ứng"),
    # baomoi-21508666: a word that opens sentences comes first, not a capitalised noun after it
    ("Nguồn: Internet Tại Công văn số 204/TTg-ĐMDN, Phó Thủ tướng yêu cầu", "Tại Công văn"),
    # a body's head opens the sentence after the credited name
    ("Ảnh: Minh Tâm Sở Xây dựng yêu cầu các đơn vị", "Sở Xây dựng"),
    # baomoi-21511557: a caption closed by its illustration label
    ("Tình trạng ùn tắc giao thông tại TP.HCM vào giờ cao điểm ngày càng nghiêm trọng - Ảnh minh họa Mới đây, tại hội "
     "nghị", "Mới đây, tại"),
    # as before: an acronym's credit, a credit with a slash
    ("Ảnh: TTXVN Trong năm 2017, Ban Quản lý dự án", "Trong năm 2017"),
    ("Ảnh: VGP/Lê Sơn Hoàn thành việc bồi thường thiệt hại", "Hoàn thành việc"),
])
def test_a_photo_credit_before_the_sentence_is_skipped(text, opens):
    assert text[credit_end(text, 0, len(text)):].startswith(opens)


@pytest.mark.parametrize("text", [
    "Ảnh: Sở Xây dựng yêu cầu các đơn vị",       # no credited name before the body
    "Ảnh: Anh Tuấn. Ngoài ra phải kèm văn bản",  # a credit closed by its own stop
    "Ảnh: báo Chính Phủ “Đà Nẵng phải chủ động",  # baomoi-22398997: a lower-case credit
    "Ảnh: Hà Nội",
    "Ông A (ảnh minh họa) yêu cầu các đơn vị",   # no capital after the label
    "Sở Xây dựng Hà Nội yêu cầu các đơn vị",      # no label
])
def test_no_credit_is_skipped_where_none_is_glued(text):
    assert credit_end(text, 0, len(text)) == 0


def test_a_photo_credit_is_no_agent_and_no_part_of_the_task():
    # baomoi-22656162
    row = _row("Ảnh: Báo Thanh Niên Đồng thời Sở VHTT TP Hải Phòng báo cáo biện pháp khắc phục hậu quả về Cục Văn hóa cơ "
               "sở để tổng hợp báo cáo Lãnh đạo Bộ trước ngày 5/7/2017.", "trước ngày 5/7/2017", "2017-07-03")
    assert row["responsible"] == "Sở VHTT TP Hải Phòng"
    assert row["task"] == "báo cáo biện pháp khắc phục hậu quả về Cục Văn hóa cơ sở để tổng hợp báo cáo Lãnh đạo Bộ"


# ---------------------------------------------------------------- the addressees of the document the request is sent in
@pytest.mark.parametrize("text,due_text,published,responsible", [
    # baomoi-21473796
    ("Trưa 6.12, Thứ trưởng Bộ Giáo dục - Đào tạo Nguyễn Thị Nghĩa đã ký công văn hỏa tốc gửi Sở Giáo dục - Đào tạo Hà "
     "Nội đề nghị xác minh sự việc trên, chỉ đạo xử lý nghiêm khắc và có văn bản báo cáo kết quả gửi về Bộ trước ngày "
     "10.2.2017.", "trước ngày 10.2.2017", "2017-02-07", "Sở Giáo dục - Đào tạo Hà Nội"),
    # baomoi-21512490
    ("Ngày 7-2, UBND phường Thụy Khuê ban hành thông báo gửi các doanh nghiệp du thuyền, nhà hàng nổi trên hồ Tây yêu "
     "cầu tháo dỡ các công trình vi phạm trật tự xây dựng trước 16h ngày 9-2.", "trước 16h ngày 9-2", "2017-02-08",
     "các doanh nghiệp du thuyền"),
    # baomoi-22259459: the verb that relays another's request ends the addressees
    ("Ngày 12/5, Văn phòng Chính phủ đã có văn bản gửi Bộ VH-TT-DL và UBND TP Đà Nẵng truyền đạt ý kiến của Phó Thủ "
     "tướng Vũ Đức Đam yêu cầu khẩn trương xem xét một cách thực sự khoa học, kịp thời thông tin đầy đủ cho công luận và "
     "báo cáo Thủ tướng trước ngày 30/5.", "trước ngày 30/5", "2017-05-14", "Bộ VH-TT-DL và UBND TP Đà Nẵng"),
    # the joiner before the verb is no part of the name
    ("Sở đã có văn bản gửi Bộ Tài chính và đề nghị hoàn thành việc thẩm định trước ngày 30/5.", "trước ngày 30/5",
     "2017-05-14", "Bộ Tài chính"),
])
def test_the_addressees_of_the_document_are_responsible(text, due_text, published, responsible):
    assert _row(text, due_text, published)["responsible"] == responsible


@pytest.mark.parametrize("text,due_text,published,responsible", [
    # the directive verb's own addressee comes first
    ("Bộ đã gửi văn bản cho các trường, yêu cầu các trường báo cáo trước ngày 30/5.", "trước ngày 30/5", "2017-05-14",
     "các trường"),
    ("UBND tỉnh có công văn gửi Sở Tài chính, yêu cầu Sở Xây dựng báo cáo kết quả trước ngày 30/5.", "trước ngày 30/5",
     "2017-05-14", "Sở Xây dựng"),
    # a document sent to no one named
    ("Sở Y tế gửi công văn yêu cầu báo cáo trước ngày 30/5.", "trước ngày 30/5", "2017-05-14", None),
])
def test_a_document_without_addressees_or_with_a_named_one_sets_none(text, due_text, published, responsible):
    assert _row(text, due_text, published)["responsible"] == responsible
