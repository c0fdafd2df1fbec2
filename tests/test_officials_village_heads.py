"""Officials, round 7c (issue 15), from corpus sentences: a village's name after `Trưởng thôn` / `trưởng ấp` is the
village's, not a person's, and belongs to the title of the person named before it; a foreign name keeps its middle
initial (`Rochelle P. Walensky`, `George W. Bush`); traps that must keep their reading."""
from __future__ import annotations

import pytest

from tests.conftest import official_titles as titles_of


class TestVillageAfterPost:
    @pytest.mark.parametrize("text,name,title", [
        # the village's name opens with a family name (`Đồng`): it was read as the person
        ("Ông Nguyễn Văn Hiếu - Trưởng thôn Đồng Còng, xã Tân Mộc (huyện Lục Ngạn) cho biết, sản lượng vải năm "
         "nay tuy có giảm so với niên vụ 2016.", "Nguyễn Văn Hiếu", "Trưởng thôn Đồng Còng"),
        ("Ông Võ Văn Hân, Trưởng thôn Phước Lộc cho biết đã báo công an xã.", "Võ Văn Hân", "Trưởng thôn Phước Lộc"),
        ("Ông Đỗ Sơn Hà, Phó trưởng thôn An Chánh, cho hay không chỉ đàn vịt chết bất thường.",
         "Đỗ Sơn Hà", "Phó Trưởng thôn An Chánh"),
        ("Ông Trần Văn Phùng, trưởng ấp Thừa Trung, xã Thừa Đức, cho hay dân ở đây chẳng còn ai nuôi cá.",
         "Trần Văn Phùng", "Trưởng ấp Thừa Trung"),
    ])
    def test_village_in_the_title(self, text, name, title):
        got = titles_of(text)
        assert got.get(name) == [title]
        assert len(got) == 1

    def test_village_named_after_a_post_is_no_person(self):
        got = titles_of("Thứ nhất, theo hồ sơ, ông Nam là thôn trưởng thôn Lò To, xã Hàm Cần.")
        assert "Lò To" not in got

    @pytest.mark.parametrize("text,name,title", [
        # traps: a person's full name after the post; a country ending on `Bản` is no village
        ("Trưởng thôn Nguyễn Văn Trịnh vẫn chưa được kết nạp Đảng.", "Nguyễn Văn Trịnh", "Trưởng thôn"),
        ("Nhận lời mời của Thủ tướng Nhật Bản Shinzo Abe, Thủ tướng Nguyễn Xuân Phúc cùng Phu nhân thăm chính thức "
         "Nhật Bản.", "Shinzo Abe", "Thủ tướng Nhật Bản"),
        ("Bà Lò Thị Mai, Trưởng bản Lò Văn Pọm, cho biết sẽ kiểm tra.", "Lò Văn Pọm", "Trưởng bản"),
    ])
    def test_person_after_the_post_kept(self, text, name, title):
        assert titles_of(text).get(name) == [title]


class TestMiddleInitial:
    @pytest.mark.parametrize("text,name,title", [
        ("\"Vắc xin COVID-19 có hiệu quả cao,\" Giám đốc CDC, Tiến sĩ Rochelle P. Walensky cho biết.",
         "Rochelle P. Walensky", "Giám đốc Trung tâm Kiểm soát bệnh tật"),
        ("Trả lời phỏng vấn tạp chí People, cựu tổng thống Mỹ George W. Bush cho biết, ông đã viết tên ủng hộ.",
         "George W. Bush", "Tổng thống Mỹ"),
        ("Chiều nay 1/10, Trung tướng Thomas A. Bussiere, Phó Tư lệnh Bộ Chỉ huy Chiến lược Mỹ (USSTRATCOM) đã "
         "hội đàm.", "Thomas A. Bussiere", "Phó Tư lệnh Bộ Chỉ huy Chiến lược Mỹ"),
        ("Trước đó, bà từng phục vụ trong chính quyền của Tổng thống George H. W. Bush (Bush cha).",
         "George H. W. Bush", "Tổng thống"),
    ])
    def test_name_with_its_initial(self, text, name, title):
        got = titles_of(text)
        assert got.get(name) == [title]
        assert len(got) == 1

    @pytest.mark.parametrize("text", [
        # traps: an initial with no post or honorific before the name; a Vietnamese place after an abbreviation
        "Bộ phim có sự tham gia của Michael B. Jordan.",
        "Người dân P. Hòa Hải cho biết đường đã được sửa.",
    ])
    def test_no_row_without_a_post(self, text):
        assert titles_of(text) == {}


class TestPostBeforeNextHolder:
    SYRIA = ("Ngoài ra, tham dự hội nghị còn có Đặc phái viên của Tổng thư ký Liên hợp quốc về vấn đề Syria, ông "
             "Staffan de Mistura, Trợ lý Ngoại trưởng Jordan về các vấn đề chính trị, ông Nawaf Uasfi Tel và quyền "
             "Trợ lý Ngoại trưởng Mỹ về vấn đề Trung Đông, ông Stuart Jones.")

    def test_post_with_its_field_goes_to_the_next_holder(self):
        got = titles_of(self.SYRIA)
        assert got.get("Nawaf Uasfi Tel") == ["Trợ lý Ngoại trưởng Jordan"]
        assert got.get("Stuart Jones") == ["Quyền Trợ lý Ngoại trưởng Mỹ"]
        assert "Trợ lý Ngoại trưởng Jordan" not in got.get("Staffan de Mistura", [])

    def test_posts_before_names_in_a_list(self):
        got = titles_of("Tham dự có Bí thư Tỉnh ủy, ông Nguyễn Văn Lợi, Chủ tịch UBND tỉnh, ông Trần Ngọc Tam cùng "
                        "lãnh đạo các sở.")
        assert got == {"Nguyễn Văn Lợi": ["Bí thư Tỉnh ủy"], "Trần Ngọc Tam": ["Chủ tịch Ủy ban nhân dân tỉnh"]}

    @pytest.mark.parametrize("text,expected", [
        # traps: names before their posts; the next person introduced by `và`; a field after a verb is no post's
        ("Tham dự có ông Nguyễn Văn Lợi, Bí thư Tỉnh ủy, ông Trần Ngọc Tam, Chủ tịch UBND tỉnh cùng lãnh đạo các sở.",
         {"Nguyễn Văn Lợi": ["Bí thư Tỉnh ủy"], "Trần Ngọc Tam": ["Chủ tịch Ủy ban nhân dân tỉnh"]}),
        ("Theo đơn, thư tố cáo, ông Đỗ Thanh Quang, Chi cục trưởng Chi cục Hải quan Sân bay Tân Sơn Nhất và ông Lê "
         "Văn Minh đã đi nước ngoài.",
         {"Đỗ Thanh Quang": ["Chi cục trưởng Chi cục Hải quan Sân bay Tân Sơn Nhất"]}),
        ("Làm việc với Bộ trưởng Bộ Y tế về vấn đề này, ông Nguyễn Văn An cho biết tỉnh sẽ thực hiện.", {}),
        ("Trao đổi với phóng viên về vấn đề trên, ông Triệu Văn Bình, Giám đốc Sở Xây dựng cho biết sẽ kiểm tra.",
         {"Triệu Văn Bình": ["Giám đốc Sở Xây dựng"]}),
    ])
    def test_reading_kept(self, text, expected):
        assert titles_of(text) == expected


class TestPlaceBracketBeforeName:
    @pytest.mark.parametrize("text,name,title", [
        ("Phó Chủ tịch UBND xã Thạch Ngọc (Thạch Hà) Nguyễn Hồng Thanh cho biết, ở xã, người dân không đăng ký "
         "thương hiệu.", "Nguyễn Hồng Thanh", "Phó Chủ tịch Ủy ban nhân dân xã Thạch Ngọc"),
        ("Chiều ngày 8.2, Phó Chủ tịch UBND xã Phổ Cường (huyện Đức Phổ, tỉnh Quảng Ngãi) Võ Cương cho biết, vừa "
         "thực hiện tiêu hủy đàn vịt.", "Võ Cương", "Phó Chủ tịch Ủy ban nhân dân xã Phổ Cường"),
        ("Chủ tịch UBND phường Phú Thượng (quận Tây Hồ) Bùi Tuấn Dương cho biết: “Tôi đã nghiên cứu kỹ Quy tắc ứng "
         "xử”.", "Bùi Tuấn Dương", "Chủ tịch Ủy ban nhân dân phường Phú Thượng"),
        ("Hiệu trưởng Trường tiểu học đô thị Sài Đồng (quận Long Biên) Lê Thị Thu Hường cho biết, mức tăng học phí "
         "chưa được quyết định.", "Lê Thị Thu Hường", "Hiệu trưởng Trường tiểu học đô thị Sài Đồng"),
        ("Phó Chủ tịch UBND huyện Mường Nhé (tỉnh Điện Biên) Thào A Dế xác nhận, khoảng 15 giờ ngày 9/7 đã xảy "
         "ra lũ.", "Thào A Dế", "Phó Chủ tịch Ủy ban nhân dân huyện Mường Nhé"),
        # a place the gazetteer may not know, after its admin word; a school named after a person before the bracket
        ("Trưởng thôn Phong Hậu (xã An Định, huyện Tuy An) Phan Ngọc Thất cho biết, từ đầu Tết lũ đã rút.",
         "Phan Ngọc Thất", "Trưởng thôn Phong Hậu"),
        ("Hiệu trưởng Trường THPT Phan Huy Chú (quận Đống Đa) Hà Xuân Nhâm cho biết, do là trường tự chủ tài chính.",
         "Hà Xuân Nhâm", "Hiệu trưởng Trường Trung học phổ thông Phan Huy Chú"),
    ])
    def test_post_before_its_place_in_brackets(self, text, name, title):
        got = titles_of(text)
        assert got.get(name) == [title]
        assert len(got) == 1

    def test_owner_after_the_name_still_joins(self):
        got = titles_of("Theo tờ Sky Sports, Giám đốc Điều hành (GĐĐH) Richard Masters của Premier League quyết "
                        "định loại thành viên của Man Utd.")
        assert got == {"Richard Masters": ["Giám đốc điều hành Premier League"]}

    @pytest.mark.parametrize("text", [
        # traps: an aside in brackets is no place; a bracket after a post with no name after it
        "Giám đốc Công ty (31 tuổi) Nguyễn Văn An bị bắt giữ.",
        "Phó Chủ tịch UBND xã Thạch Ngọc (Thạch Hà) cho biết, ở xã, người dân không đăng ký thương hiệu.",
    ])
    def test_no_holder(self, text):
        assert titles_of(text) == {}
