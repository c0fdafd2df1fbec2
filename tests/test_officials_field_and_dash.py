"""Officials, round 7b (issue 15), from corpus sentences: a post's field before `của` and its organisation, a dash
closing a body's lower-case name, a country and a comma between a post and its foreign holder; traps that must keep
their reading."""
from __future__ import annotations

import pytest

from tests.conftest import official_titles as titles_of


class TestFieldBeforeOf:
    @pytest.mark.parametrize("text,name,title", [
        ("Theo nhận định mới nhất ông Eric Xu - Chủ tịch luân phiên của Huawei tại Hội nghị thượng đỉnh các nhà "
         "phân tích toàn cầu lần thứ 18, Mỹ chính là quốc gia dẫn đầu.", "Eric Xu", "Chủ tịch luân phiên của Huawei"),
        ("Bà Nguyễn Thị Thu An, Giám đốc truyền thông của Grab Việt Nam, cho biết mới chỉ đọc thông tin Vinasun tuyên "
         "bố kiện qua các phương tiện truyền thông.", "Nguyễn Thị Thu An", "Giám đốc truyền thông của Grab Việt Nam"),
        ("Trần Cao Bằng, nguyên Giám đốc Công ty Cổ phần ống sợi thủy tinh Vinaconex; Đỗ Đình Trì, nguyên Trưởng đoàn "
         "tư vấn giám sát của Công ty Cổ phần Nước và Môi trường Việt Nam (Bộ Xây dựng).", "Đỗ Đình Trì",
         "Trưởng đoàn tư vấn giám sát của Công ty Cổ phần Nước và Môi trường Việt Nam"),
    ])
    def test_field_and_organisation_kept(self, text, name, title):
        assert title in titles_of(text)[name]

    @pytest.mark.parametrize("text,name,title", [
        # `của` before an indefinite or lower-case company: no organisation to take
        ("Chị Hằng, Trưởng phòng kinh doanh của một công ty thương mại điện tử, cho biết như vậy.", "Hằng",
         "Trưởng Phòng"),
        ("Ông Nguyễn Hoàng Tân, Giám đốc xí nghiệp đóng tàu của công ty, gọi điện thoại mời ông đi uống cà phê.",
         "Nguyễn Hoàng Tân", "Giám đốc"),
    ])
    def test_no_organisation_after_of(self, text, name, title):
        assert titles_of(text)[name] == [title]

    def test_organisation_after_of_is_no_person(self):
        rows = titles_of("Alan Garten, giám đốc pháp lí của Trump Organization, khẳng định với New York Times rằng "
                         "tập đoàn và Tổng thống đã nộp mọi khoản thuế.")
        assert "Trump Organization" not in rows


class TestDashClosesLowerCaseName:
    @pytest.mark.parametrize("text,name,title", [
        ("Thiếu tướng Hồ Sỹ Tiến - cục trưởng cục Cảnh sát hình sự - Bộ Công an chia sẻ: Trong vụ án này, lực lượng "
         "làm nhiệm vụ gặp rất nhiều khó khăn.", "Hồ Sỹ Tiến", "Cục trưởng Cục Cảnh sát hình sự"),
        ("Ông Nguyễn Hữu Nhân, Trưởng phòng Chính trị tư tưởng - Sở Giáo dục và Đào tạo TP. Cần Thơ cũng chia sẻ "
         "thêm.", "Nguyễn Hữu Nhân", "Trưởng Phòng Chính trị tư tưởng"),
        ("Ông Đặng Hùng Sơn - Thanh tra viên cao cấp - Phó Cục trưởng Cục Chống tham nhũng – Phó Trưởng đoàn thanh "
         "tra.", "Đặng Hùng Sơn", "Phó Cục trưởng Cục Chống tham nhũng"),
    ])
    def test_lower_case_name_kept(self, text, name, title):
        assert title in titles_of(text)[name]

    @pytest.mark.parametrize("text,name,title", [
        ("Ông Nguyễn Văn B - Giám đốc Công ty Hoàng Long - thừa nhận sai phạm.", "Nguyễn Văn B",
         "Giám đốc Công ty Hoàng Long"),
        ("Bà Trần Thị C - Phó Giám đốc Sở Y tế - khẳng định sẽ xử lý nghiêm.", "Trần Thị C", "Phó Giám đốc Sở Y tế"),
    ])
    def test_capitalised_name_unchanged(self, text, name, title):
        assert titles_of(text)[name] == [title]


class TestCountryCommaForeignName:
    def test_holder_after_country_and_comma(self):
        rows = titles_of("Thủ tướng Anh, Boris Johnson nhấn mạnh: \"Các kế hoạch tổ chức giải đấu European Super "
                         "League sẽ khiến thế giới bóng đá đảo lộn.\"")
        assert rows["Boris Johnson"] == ["Thủ tướng Anh"]

    def test_holder_after_country_and_comma_other_country(self):
        rows = titles_of("Ngoại trưởng Mỹ, Antony Blinken đã có cuộc điện đàm với người đồng cấp.")
        assert rows["Antony Blinken"] == ["Ngoại trưởng Mỹ"]

    def test_names_listed_after_a_post_keep_their_reading(self):
        rows = titles_of("Lãnh đạo các nước đã lên tiếng, Tổng thống Joe Biden, Emmanuel Macron cùng ký tuyên bố.")
        assert "Emmanuel Macron" not in rows


class TestMinistryWrittenLowerCase:
    @pytest.mark.parametrize("text,name,title", [
        ("Thứ trưởng bộ LĐ-TB-XH Doãn Mậu Diệp thăm hỏi thương binh Hoàng Tiến Vin tại bệnh viện quân y 103.",
         "Doãn Mậu Diệp", "Thứ trưởng Bộ Lao động - Thương binh và Xã hội"),
        ("Lập tức, Bộ trưởng bộ Công an đã giao cho Trung tướng Nguyễn Văn Sơn, Thứ trưởng bộ Công an chỉ đạo "
         "phá án.", "Nguyễn Văn Sơn", "Thứ trưởng Bộ Công an"),
    ])
    def test_ministry_capitalised(self, text, name, title):
        assert title in titles_of(text)[name]


class TestHonorificOpeningTheNextSentence:
    def test_glued_honorific_is_no_name_syllable(self):
        rows = titles_of("Quá trình công tác của tân bí thư thành ủy TP.HCM Nguyễn Thiện Nhân Ông Nguyễn Thiện Nhân "
                         "sinh ngày 12/6/1953, quê quán Trà Vinh.")
        assert "Nguyễn Thiện Nhân" in rows and "Nguyễn Thiện Nhân Ông" not in rows

    @pytest.mark.parametrize("text,name", [
        ("Bộ trưởng Bộ Công Thương Trần Tuấn Anh cho biết sẽ kiểm tra.", "Trần Tuấn Anh"),  # `Anh` is a given name
        ("Chủ tịch UBND tỉnh Nguyễn Văn Bà phát biểu tại hội nghị.", "Nguyễn Văn Bà"),  # two syllables before it
    ])
    def test_name_kept_whole(self, text, name):
        assert name in titles_of(text)
