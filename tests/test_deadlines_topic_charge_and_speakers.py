"""deadlines, who must do it (issue #14): the addressee a topic part opening the sentence names for a directive verb that
names none (`Đối với các phòng GD&ĐT, Sở yêu cầu căn cứ ...`), also carried to the sentence that goes on with the request;
the addressee past the charge's noun after `giao` (`giao nhiệm vụ cho Sở KH&ĐT chủ trì ...`); the addressee, not the
director, of the request a sentence carries on (`Chủ tịch UBND TP giao ... Sở KH&ĐT ... . Cùng với đó, ...`); a speaker's
reported clause that opens with the due time, no comma after the speech verb (`... cho biết đến cuối tháng 2 này, ...`);
a forecast of a plan's word (`Dự án dự kiến sẽ được hoàn thành vào năm 2019.`) takes no director from the passage before.
Corpus sentences, with near misses that must not fire."""
from __future__ import annotations

import pytest

from tests.test_deadlines import _official, run
from tests.test_deadlines import row_due as _row
from vnextract.extractors.deadlines import _reported_clause_opens
from vnextract.extractors.deadlines.addressees import addressee, topic_addressee
from vnextract.extractors.deadlines.grammar import RX_DIRECTIVE


# ---------------------------------------------------------------- a topic part names the addressee
@pytest.mark.parametrize("text,expected", [
    # baomoi-21487293
    ("Đối với các phòng GD&ĐT, Sở yêu cầu căn cứ vào tình hình thực tế của các trường và kế hoạch xây dựng nông thôn mới",
     "các phòng GD&ĐT"),
    # baomoi-22228016
    ("Đối với lãnh đạo UBND TP Phan Thiết, tỉnh yêu cầu tổ chức kiểm điểm làm rõ trách nhiệm và đề xuất hình thức xử lý",
     "lãnh đạo UBND TP Phan Thiết"),
    # baomoi-21509114
    ("Với UBND các quận, huyện, thị xã, Sở Xây dựng yêu cầu rà soát, tổng hợp các dự án đầu tư xây dựng nhà ở thương mại",
     "UBND các quận, huyện, thị xã"),
    # baomoi-22253128
    ("Đối với Sở Tài Nguyên và Môi trường tỉnh Trà Vinh, ông Nguyễn Thiện Nhân yêu cầu tăng cường hơn nữa việc giám sát",
     "Sở Tài Nguyên và Môi trường tỉnh Trà Vinh"),
    # baomoi-22278897
    ("Đối với Ban cán sự Đảng Bộ Khoa học và Công nghệ, Phó Thủ tướng yêu cầu phải thực hiện tốt chế độ báo cáo",
     "Ban cán sự Đảng Bộ Khoa học và Công nghệ"),
])
def test_a_topic_part_names_the_addressee(text, expected):
    assert topic_addressee(text, 0, RX_DIRECTIVE.search(text)) == expected


@pytest.mark.parametrize("text", [
    # baomoi-22444857: a thing's topic
    "Với ô tô điện, Hà Nội yêu cầu rà soát, nghiên cứu đưa ra số lượng phương tiện hoạt động theo khu vực",
    # baomoi-22441841: a matter's topic
    "Đối với việc giải quyết dứt điểm những bến bãi trái phép, Ban Giám đốc Công an thành phố đã yêu cầu chủ động triển khai",
    # baomoi-21471364: a relative clause, the part before the verb a clause of its own, a document's name
    "Đối với các địa phương mà UBND tỉnh, thành phố chưa ban hành Quyết định/Chỉ thị hoặc UBND tỉnh, thành phố đã ban hành "
    "Quyết định giao cho các sở ban ngành khác chủ trì thì các Cục Thuế phải có giải pháp",
    # no topic part: the verb's subject opens the sentence
    "Sở Xây dựng yêu cầu rà soát, tổng hợp các dự án đầu tư xây dựng nhà ở thương mại",
])
def test_no_addressee_from_a_thing_or_a_clause(text):
    assert topic_addressee(text, 0, RX_DIRECTIVE.search(text)) is None


def test_the_topic_addressee_goes_on_to_the_next_sentence_of_the_request():
    # baomoi-22228016
    text = ("Đối với lãnh đạo UBND TP Phan Thiết, tỉnh yêu cầu tổ chức kiểm điểm làm rõ trách nhiệm và đề xuất hình thức xử "
            "lý vì những khuyết điểm, sai sót trong việc ký ban hành các văn bản. Kết quả thực hiện và kiểm điểm, xử lý trách "
            "nhiệm tập thể, cá nhân báo cáo UBND tỉnh (qua Sở Nội vụ, Sở KH&ĐT) trước ngày 10-6.")
    assert _row(text, "trước ngày 10-6", "2017-05-30")["responsible"] == "lãnh đạo UBND TP Phan Thiết"


# ---------------------------------------------------------------- the charge's noun after `giao`
@pytest.mark.parametrize("text,expected", [
    # baomoi-21474742
    ("Chủ tịch UBND TP giao nhiệm vụ cho Sở KH&ĐT chủ trì, phối hợp với các sở, ngành", "Sở KH&ĐT"),
    ("Chủ tịch UBND tỉnh giao trách nhiệm cho Công an huyện Phú Vang tiếp tục điều tra, làm rõ các hành vi",
     "Công an huyện Phú Vang"),
    ("Thủ tướng giao trách nhiệm cho Bộ Tài chính công khai các Bộ, cơ quan ngang Bộ", "Bộ Tài chính"),
    ("Chủ tịch UBND TP giao nhiệm vụ cho Sở Nội vụ kiểm tra thực thi công vụ ngay từ đầu năm", "Sở Nội vụ"),
])
def test_the_addressee_past_the_charge_noun(text, expected):
    found = addressee(text, RX_DIRECTIVE.search(text), len(text))
    assert found and found[0] == expected


@pytest.mark.parametrize("text", [
    # baomoi-22246859: `đề nghị cho` is a permission asked, no charge given
    "Hội đồng đã chấp nhận đề nghị cho Formosa vận hành thử nghiệm lò cao số 1 trong 6 tháng",
    # the charge's noun without `cho`: no addressee named
    "Chủ tịch UBND TP giao nhiệm vụ trọng tâm trong năm 2017",
])
def test_no_addressee_past_a_permission_or_a_bare_charge(text):
    assert addressee(text, RX_DIRECTIVE.search(text), len(text)) is None


# ---------------------------------------------------------------- the request a sentence carries on
def test_a_carried_on_sentence_is_the_addressees_work_not_the_directors():
    # baomoi-21474742
    text = ("Chủ tịch UBND TP giao nhiệm vụ cho Sở KH&ĐT chủ trì, phối hợp với các sở, ngành, đơn vị liên quan khẩn trương "
            "nghiên cứu, đề xuất các cơ chế đặc thù về kêu gọi, thu hút đầu tư. Cùng với đó, phối hợp với Sở tài chính, "
            "giải quyết dứt điểm nợ đọng XDCB của những năm trước, phấn đấu hoàn thành việc này vào 30/6/2017.")
    assert _row(text, "vào 30/6/2017", "2017-02-07")["responsible"] == "Sở KH&ĐT"


# ---------------------------------------------------------------- a speaker's reported clause opens with the due time
def test_the_reported_clause_after_a_speech_verb_without_comma():
    # baomoi-21510082
    row = _row("Phó giám đốc Sở Xây dựng Đỗ Phi Hùng cho biết đến cuối tháng 2 này, đề án báo cáo tổng thể tình hình bất "
               "động sản ở thành phố sẽ hoàn thành và trình UBND thành phố.", "đến cuối tháng 2", "2017-02-08")
    assert row["task"].startswith("đề án báo cáo tổng thể") and row["responsible"] is None
    row = _row("Phó giám đốc Sở Xây dựng Đỗ Phi Hùng cho biết đến cuối tháng 2 này, Sở Xây dựng sẽ hoàn thành đề án báo cáo "
               "tổng thể tình hình bất động sản ở thành phố.", "đến cuối tháng 2", "2017-02-08")
    assert row["responsible"] == "Sở Xây dựng" and row["task"].startswith("hoàn thành đề án")


@pytest.mark.parametrize("text,opens", [
    # baomoi-21511557, baomoi-22414520
    ("Giám đốc Sở Giao thông vận tải Bùi Xuân Cường cho biết trong năm 2017, TP.HCM sẽ nghiên cứu", True),
    ("Phó Thủ tướng nêu rõ từ nay đến cuối năm 2017, các bộ, ngành, địa phương cần tiếp tục", True),
    # a clause with its own modal: `thông tin` is its verb's object
    ("Các doanh nghiệp phải cung cấp thông tin trước ngày 30/5, để Bộ xem xét", False),
    # no comma after the due time: the due time closes the clause
    ("Ông Hùng cho biết trong năm 2017 thành phố sẽ nghiên cứu", False),
])
def test_a_due_time_right_after_a_speech_verb_opens_the_reported_clause(text, opens):
    marker = next(text.find(m) for m in ("trong năm", "từ nay", "trước ngày") if m in text)
    due_end = next(text.find(y, marker) + len(y) for y in ("2017", "30/5") if y in text[marker:])
    assert _reported_clause_opens(text, 0, marker, due_end) is opens


def test_a_clause_with_its_own_modal_keeps_its_subject():
    row = _row("Các doanh nghiệp phải cung cấp thông tin trước ngày 30/5, để Bộ xem xét.", "trước ngày 30/5", "2017-05-10")
    assert row["responsible"] == "Các doanh nghiệp"


# ---------------------------------------------------------------- a forecast is no order of the passage's official
def test_a_forecast_after_an_order_takes_no_director():
    # baomoi-22266466
    text = ("Bí thư Thành ủy Hải Phòng Lê Văn Thành cũng yêu cầu các Sở, ngành, địa phương phối hợp cùng các đơn vị hữu quan "
            "tỉnh Thái Bình đẩy nhanh công tác giải phóng mặt bằng, đảm bảo dự án hoàn thành đúng tiến độ. Dự án dự kiến "
            "sẽ được hoàn thành vào năm 2019.")
    _, rows = run(text, "2017-03-20", officials=[_official(text, "Lê Văn Thành")])
    assert [(r["due"], r["directed_by"]) for r in rows] == [("2019", None)]


def test_a_requirement_after_an_order_keeps_the_director():
    # (the near miss: the next sentence's own requirement goes on with the order, as before)
    text = ("Kết luận hội nghị, đồng chí Hoàng Văn Hiệp – Phó bí thư, Chủ tịch UBND huyện yêu cầu các phòng, ngành "
            "xây dựng các giải pháp cụ thể. Theo kế hoạch, Trung tâm Dịch vụ Hành chính công phải hoàn thành để đưa vào "
            "hoạt động năm 2021.")
    _, rows = run(text, officials=[_official(text, "Hoàng Văn Hiệp")])
    assert [(r["due"], r["directed_by"]) for r in rows] == [("2021", "Hoàng Văn Hiệp")]
