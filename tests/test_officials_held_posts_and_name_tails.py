"""Officials: a post held after aspect and appointment words (`chỉ giữ chức`, `được bổ nhiệm giữ chức danh`), a
three-syllable name the tokenizer cut after its second syllable, a place before the holder (`Thống đốc bang New York,
ông Andrew Cuomo`), and a name that ends another person's longer name joined to it. Sentences from corpus articles."""
from __future__ import annotations

import pytest

from tests.conftest import make_doc
from vnextract.extractors.officials import extract


def rows(text):
    doc = make_doc(text)
    found = extract(doc)
    for r in found:
        assert doc.text[r["start"]:r["end"]] == r["text"]
    return {r["name"]: r for r in found}


def titles(text):
    return {name: r["titles"] for name, r in rows(text).items()}


class TestPostAfterHoldingLead:
    @pytest.mark.parametrize("text,name,title", [
        ("Trong số 6 phó giám đốc sở này, ông Trần Đình Chương được điều động và bổ nhiệm chức danh Phó Giám đốc Sở "
         "Khoa học và Công nghệ kể từ ngày 31-5.", "Trần Đình Chương", "Phó Giám đốc Sở Khoa học và Công nghệ"),
        ("Còn ông Nguyễn Hiến chỉ giữ chức Giám đốc Văn phòng Đăng ký đất đai tỉnh Bình Định, đơn vị trực thuộc Sở.",
         "Nguyễn Hiến", "Giám đốc Văn phòng Đăng ký đất đai tỉnh Bình Định"),
        ("Trong đó, 2 nguyên phó giám đốc sở này gồm ông Nguyễn Văn Trượng được điều động, bổ nhiệm giữ chức Phó Ban "
         "Dân vận Tỉnh ủy và ông Nguyễn Hiếu Hòa được cho nghỉ hưu trước tuổi.", "Nguyễn Văn Trượng",
         "Phó Trưởng ban Dân vận Tỉnh ủy"),
        ("Ông Nguyễn Thiện Nhân được Bộ Chính trị phân công giữ chức Bí thư Thành ủy TP Hồ Chí Minh.",
         "Nguyễn Thiện Nhân", "Bí thư Thành ủy thành phố Hồ Chí Minh"),
        ("Trước đó, ông Nguyễn Quang Thông tạm thời giữ chức danh Chủ tịch HĐQT Eximbank để chủ tọa cuộc họp.",
         "Nguyễn Quang Thông", "Chủ tịch Hội đồng quản trị Eximbank"),
        ("Như đã nói ở trên, ông Đinh La Thăng vẫn đang là Ủy viên Trung ương Đảng.", "Đinh La Thăng",
         "Ủy viên Trung ương Đảng"),
        ("Trương Đình Đức được phân công làm Phó Chủ tịch Hội đồng bồi thường quận Đống Đa.", "Trương Đình Đức",
         "Phó Chủ tịch Hội đồng bồi thường quận Đống Đa"),
    ])
    def test_post_after_lead(self, text, name, title):
        assert title in titles(text).get(name, [])

    @pytest.mark.parametrize("text", [
        "Ông Nguyễn Thành Quang sẽ thôi giữ chức Trưởng ban Tuyên giáo Thành ủy Đà Nẵng.",  # leaving: no lead word
        "Ông Nguyễn Văn A được giao nhiệm vụ kiểm tra các dự án.",  # no holding phrase
        "Ông Nguyễn Văn A đã đến Sở Y tế để làm việc.",  # a body after a verb, no post
        "Ông Nguyễn Văn A được ông Trần Văn B bổ nhiệm giữ chức Giám đốc.",  # a person between: not passed over
    ])
    def test_no_post(self, text):
        assert "Nguyễn Văn A" not in titles(text) and "Nguyễn Thành Quang" not in titles(text)


class TestNameCutAfterSecondSyllable:
    @pytest.mark.parametrize("text,name", [
        ("Người phát ngôn Bộ Ngoại giao Trung Quốc Triệu Lập Kiên ngày 13/4 cảnh báo Mỹ.", "Triệu Lập Kiên"),
        ("Phó Chủ tịch UBND tỉnh Kiên Giang Mai Anh Nhịn chỉ đạo huyện Kiên Lương theo dõi tình hình.", "Mai Anh Nhịn"),
        ("Phó Chủ tịch UBND tỉnh Hà Sỹ Đồng cho rằng, cây mắc ca đã phát triển tốt.", "Hà Sỹ Đồng"),
    ])
    def test_whole_name(self, text, name):
        assert set(titles(text)) == {name}

    @pytest.mark.parametrize("text,name", [
        ("Chủ tịch Triều Tiên Kim Jong Un đã gửi thư chúc mừng.", "Kim Jong Un"),  # a foreign name, merged whole
        ("Phó Chủ tịch UBND huyện Mộ Đức Vũ Nhân Bên cạnh đó, việc chuyển đổi còn chậm.", "Vũ Nhân"),  # `Bên cạnh`
        ("Chủ tịch nước Trần Đại Quang, Thủ tướng Nguyễn Xuân Phúc dự lễ.", "Nguyễn Xuân Phúc"),
        ("Nguyên Bí thư Thành ủy Hội An Nguyễn Sự Nhưng nếu vì lý do người quen mà cất nhắc thì không thể chấp nhận.",
         "Nguyễn Sự"),  # a stop left out before `Nhưng`
    ])
    def test_no_syllable_taken(self, text, name):
        assert name in titles(text)


class TestPlaceBeforeHolder:
    @pytest.mark.parametrize("text,name,title", [
        ("Thống đốc bang New York, ông Andrew Cuomo cho biết bang sẽ phong tỏa.", "Andrew Cuomo",
         "Thống đốc bang New York"),
        ("Thị trưởng thành phố Los Angeles, ông Eric Garcetti cho biết thành phố sẽ mở cửa.", "Eric Garcetti",
         "Thị trưởng thành phố Los Angeles"),
        ("Thị trưởng thành phố Paris Anne Hidalgo nói rằng thành phố sẽ mở cửa.", "Anne Hidalgo",
         "Thị trưởng thành phố Paris"),
    ])
    def test_holder_not_place(self, text, name, title):
        assert titles(text) == {name: [title]}

    def test_person_before_honorific_kept(self):
        got = titles("Trong một cuộc điện đàm với Tổng thống Thổ Nhĩ Kỳ Recep Tayyip Erdogan, ông Macron đã nhắc lại "
                     "lời kêu gọi.")
        assert got == {"Recep Tayyip Erdogan": ["Tổng thống Thổ Nhĩ Kỳ"]}


class TestNameTailJoined:
    def test_given_names_after_full_name(self):
        got = rows("Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến cho biết ngành y tế đã sẵn sàng. Sau đó, Bộ trưởng Kim Tiến "
                   "yêu cầu các bệnh viện tăng cường kiểm tra.")
        assert set(got) == {"Nguyễn Thị Kim Tiến"} and got["Nguyễn Thị Kim Tiến"]["mentions"] == 2
        assert "direct" in got["Nguyễn Thị Kim Tiến"]["roles"]

    def test_foreign_title_word_dropped(self):
        got = titles("Thủ tướng Campuchia Samdech Hun Sen đã đến Hà Nội. Thủ tướng Hun Sen cho biết hai nước sẽ hợp tác.")
        assert got == {"Samdech Hun Sen": ["Thủ tướng Campuchia"]}

    def test_other_post_kept_apart(self):
        got = titles("Bà Lê Diệp Kiều Trang, Giám đốc Facebook Việt Nam cho biết. Hiện bà Kiều Trang là Giám đốc Fossil "
                     "Việt Nam.")
        assert "Lê Diệp Kiều Trang" in got and "Kiều Trang" in got

    def test_brand_before_name_not_joined(self):
        got = titles("Gia đình của cố Chủ tịch Samsung Lee Kun-hee sẽ nộp thuế thừa kế. Ông Lee Kun-hee, Chủ tịch "
                     "Samsung, qua đời năm 2020.")
        assert got == {"Lee Kun-hee": ["Chủ tịch Samsung"]}
