"""Posts completed with the organisation their sentence attaches (corpus audit, round 3), one class per test, from
corpus sentences: a body's type word written in lower case right after the post (`Tổng giám đốc công ty Viễn
thông MobiFone`), the body after `của`, kept as written (`Phó Chủ tịch của IHS Markit`), a district glued to `H.` (`H.Thủy
Nguyên`), one person's post at a place and the same post of its people's committee kept once, and a lower-case
word glued onto a full name (`Nguyễn Phú Trọngmong rằng`). Each class has traps that must not fire."""
from __future__ import annotations

import pytest

from tests.conftest import make_doc
from vnextract.extractors.officials import extract

LEAD = "Tin trong ngày\n\n"
TAIL = " Buổi làm việc kéo dài đến chiều cùng ngày."


def titles_of(text: str) -> dict[str, list[str]]:
    return {r["name"]: r["titles"] for r in extract(make_doc(LEAD + text + TAIL))}


@pytest.mark.parametrize("text,name,titles", [
    ("Lễ ký kết diễn ra sáng 2/10 tại Hà Nội. Ông Tô Mạnh Cường – Tổng giám đốc công ty Viễn thông MobiFone cho "
     "biết: \"Đều là các doanh nghiệp tham gia Liên minh Chuyển đổi số quốc gia\".",
     "Tô Mạnh Cường", ["Tổng Giám đốc Công ty Viễn thông MobiFone"]),
    ("Ông Nguyễn Xuân Đức, Phó hiệu trưởng trường THPT Bình Phú cho biết sự cố không gây thương vong về người.",
     "Nguyễn Xuân Đức", ["Phó Hiệu trưởng Trường Trung học phổ thông Bình Phú"]),
    ("Trao đổi với PV Dân trí, cô giáo Lê Thị Toan - Hiệu trưởng trường Mầm non Hoa Mai xác nhận, nhà trường có "
     "nhận được phản ánh của phụ huynh.", "Lê Thị Toan", ["Hiệu trưởng Trường Mầm non Hoa Mai"]),
    ("Phó tổng giám đốc công ty Nam Triệu Nguyễn Hữu Hùng cam kết sẽ sớm thay thế 10 chiếc máy thủy không phù hợp.",
     "Nguyễn Hữu Hùng", ["Phó Tổng Giám đốc Công ty Nam Triệu"]),
    # traps: the body's word alone, or running into the clause's verbs, names no body
    ("Nhà giáo ưu tú Đinh Thị Hỏi, giám đốc trung tâm đưa chúng tôi dạo quanh trường.",
     "Đinh Thị Hỏi", ["Giám đốc Trung tâm"]),
    ("Ông Nguyễn Văn Nam, Giám đốc công ty cho biết sẽ bồi thường cho Hà Nội.", "Nguyễn Văn Nam", ["Giám đốc"]),
])
def test_lower_case_body_word_after_a_post(text, name, titles):
    assert titles_of(text)[name] == titles


@pytest.mark.parametrize("text,name,titles", [
    ("Theo ông Nguyễn Trọng Thức, Phó Giám đốc của CBRE Hotels Việt Nam: “Thị trường khách sạn trong giai đoạn "
     "2020-2021 được dự báo sẽ luôn ở trong tư thế phòng thủ”.", "Nguyễn Trọng Thức", ["Phó Giám đốc của CBRE Hotels Việt Nam"]),
    ("\"Tôi nghĩ giá dầu có thể sẽ nằm trong khoảng 60-75 USD/thùng\", ông Dan Yergin - Phó Chủ tịch của IHS Markit "
     "nhận định.", "Dan Yergin", ["Phó Chủ tịch của IHS Markit"]),
])
def test_body_after_of(text, name, titles):
    assert titles_of(text)[name] == titles


@pytest.mark.parametrize("text", [
    # traps: what follows `của` is the post's organisation, never the person the post introduces
    "Fernandinho trở thành đội trưởng của Man City sau khi David Silva ra đi.",
    "\"Thông điệp Arecibo cố gắng đưa ra một bức tranh\", Douglas Vakoch, nhà tâm lý học và là chủ tịch của "
    "Messaging Extraterrestrial Intelligence (METI) International nói.",
    "Ông Antonino Camarda, thị trưởng của Castiglione di Sicilia cho hay: \"Chúng tôi có một di sản kiến trúc\".",
])
def test_no_person_right_after_of(text):
    names = set(titles_of(text))
    assert not names & {"Man City", "Messaging Extraterrestrial Intelligence", "Extraterrestrial Intelligence",
                        "Messaging", "Castiglione di Sicilia", "Castiglione"}


def test_foreign_body_after_of_and_a_foreign_head_after_a_country():
    text = "Ông Antonino Camarda, thị trưởng của Castiglione di Sicilia cho hay: \"Chúng tôi có một di sản kiến trúc\"."
    assert titles_of(text) == {"Antonino Camarda": ["Thị trưởng của Castiglione di Sicilia"]}
    text = "Phù hợp với 5 bản ghi nhớ được ký bởi Thủ tướng Chính phủ của Syria Imad Khamis ở Tehran, Iran nhận giấy phép."
    assert titles_of(text) == {"Imad Khamis": ["Thủ tướng Chính phủ của Syria"]}


def test_post_opening_its_clause_before_an_honorific_is_the_persons():
    assert titles_of("Vừa mới đây, Chủ tịch UBND tỉnh An Giang, ông Nguyễn Thanh Bình đã ký quyết định.") == {
        "Nguyễn Thanh Bình": ["Chủ tịch Ủy ban nhân dân tỉnh An Giang"]}


@pytest.mark.parametrize("text,name,titles", [
    ("Ông Nguyễn Tất Thắng, Phó trưởng phòng Văn hóa H.Thủy Nguyên, nhìn nhận: “Đây là khu di tích đẹp”.",
     "Nguyễn Tất Thắng", ["Phó Trưởng phòng Văn hóa huyện Thủy Nguyên"]),
    ("Ông Nguyễn Văn Hùng, Chủ tịch UBND H.Hóc Môn cho biết sẽ kiểm tra.", "Nguyễn Văn Hùng",
     ["Chủ tịch Ủy ban nhân dân huyện Hóc Môn"]),
    ("Ông Lê Văn Sang, Phó Chủ tịch UBND TP.Yên Bái cho biết.", "Lê Văn Sang", ["Phó Chủ tịch Ủy ban nhân dân thành phố Yên Bái"]),
])
def test_admin_level_glued_to_its_place(text, name, titles):
    assert titles_of(text)[name] == titles


def test_initials_are_no_glued_admin_level():
    from vnextract.extractors.officials.titles import _expanded
    assert _expanded("H.R.") == "H.R." and _expanded("H.Phong") == "huyện Phong"


def test_post_at_a_place_and_its_peoples_committee_are_one_post():
    text = ("Ông Trần Vĩnh Tuyến, Phó chủ tịch TP.HCM cho hay khi kiểm tra an toàn thực phẩm nhiều cán bộ xông vào kiểm "
            "tra. Chiều 7/6, ông Trần Vĩnh Tuyến, Phó chủ tịch UBND TP.HCM đã có buổi họp với Ban quản lý an toàn thực "
            "phẩm.")
    assert titles_of(text) == {"Trần Vĩnh Tuyến": ["Phó Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh"]}
    # trap: the chair of the council at the same place holds another post
    text = ("Ông Nguyễn Văn Bình, Chủ tịch HĐND tỉnh Bình Định phát biểu. Ông Nguyễn Văn Bình, Chủ tịch tỉnh Bình Định "
            "cho biết.")
    assert len(titles_of(text)["Nguyễn Văn Bình"]) == 2


@pytest.mark.parametrize("text,name", [
    ("Tổng Bí thư Nguyễn Phú Trọngmong rằng mối quan hệ hợp tác giữa quân đội hai nước sẽ có bước phát triển mới.",
     "Nguyễn Phú Trọng"),
    ("Chủ tịch UBND tỉnh Nguyễn Văn Thanhnói rằng tỉnh sẽ hỗ trợ người dân.", "Nguyễn Văn Thanh"),
    # traps: Vietnamese syllables and foreign names stay whole
    ("Phó Chủ tịch UBND tỉnh Nguyễn Thị Nguyệt cho biết tỉnh sẽ hỗ trợ.", "Nguyễn Thị Nguyệt"),
    ("Phó Thủ tướng Trịnh Đình Dũng cho biết Chính phủ sẽ hỗ trợ.", "Trịnh Đình Dũng"),
])
def test_word_glued_onto_a_full_name(text, name):
    assert name in titles_of(text)


@pytest.mark.parametrize("text,name,titles", [
    ("Vừa mới đây, cựu chủ tịch Barca, ông Juan Laporta tiết lộ rằng vào năm 2006 Messi đã dự tính đào tẩu sang "
     "Inter Milan.", "Juan Laporta", ["Chủ tịch Barca"]),
    ("Sau trận đấu, Chủ tịch Hải Phòng, ông Văn Trần Hoàn cho biết đội bóng sẽ kháng nghị.", "Văn Trần Hoàn",
     ["Chủ tịch Hải Phòng"]),
])
def test_body_word_after_a_post_then_the_person_after_an_honorific(text, name, titles):
    assert titles_of(text) == {name: titles}


def test_short_name_after_a_post_then_a_pronoun_stays_a_name():
    # trap: `ông` + a lower-case word is a pronoun for the person just named, not a new person
    text = "Ông Nguyễn Văn Dũng, Bí thư Tỉnh ủy cho biết. Theo Bí thư Dũng, ông đã chỉ đạo kiểm tra."
    assert titles_of(text) == {"Nguyễn Văn Dũng": ["Bí thư Tỉnh ủy"]}


def test_vietnamese_name_after_a_body_after_of_is_the_person():
    text = ("Đề cập tới việc này, Chủ tịch Hội đồng Dân tộc của Quốc hội Hà Ngọc Chiến đề xuất các Đoàn đại biểu Quốc "
            "hội tăng cường tiếp xúc cử tri.")
    assert titles_of(text) == {"Hà Ngọc Chiến": ["Chủ tịch Hội đồng Dân tộc của Quốc hội"]}


def test_one_post_with_and_without_of():
    text = ("Ông Julius Widjojono, người phát ngôn của Hải quân Indonesia, cho biết. Người phát ngôn Hải quân Indonesia "
            "Julius Widjojono nói thêm rằng cuộc tìm kiếm vẫn tiếp tục.")
    assert len(titles_of(text)["Julius Widjojono"]) == 1
