"""Officials the tokenizer's glue or a short family-name list hid (issue 15, from corpus sentences), one class per test:
a former-post word glued to the post after it (`nguyên Chánh` + `Thanh tra`), a name glued to its post by a dash with
no spaces (`Phan Xuân Công-Trưởng`), `Ông`/`Bà` glued to a name's first syllables (`Ông Văn Anh` + `Tuấn`), and rarer
family names after a post (`Tất Thành Cang`, `Chử Xuân Dũng`). Each class has traps that must not fire."""
from __future__ import annotations

import pytest

from tests.conftest import official_rows, official_titles


@pytest.mark.parametrize("text,name,titles", [
    ("Tối 22-6, trao đổi qua điện thoại với PV, ông Trương Văn Phúc - nguyên Chánh Thanh tra Sở GTVT TP Cần Thơ "
     "đã phủ nhận thông tin này.", "Trương Văn Phúc", ["Chánh Thanh tra Sở Giao thông vận tải thành phố Cần Thơ"]),
    ("LTS: Liên quan đến quy hoạch bán đảo Sơn Trà, KTS Hồ Duy Diệm - Nguyên Phó Chủ tịch Hội Quy hoạch TP Đà Nẵng "
     "đã có những quan điểm của mình về sự việc trên.", "Hồ Duy Diệm", ["Phó Chủ tịch Hội Quy hoạch thành phố Đà Nẵng"]),
    ("Theo Giáo sư - Tiến sĩ Lê Mạnh Hùng, Nguyên Phó tổng cục trưởng Tổng cục Thủy lợi miền Nam, qua khảo sát đánh "
     "giá thì vị trí sạt lở nằm ở đoạn ngã ba kênh Rạch Tôm.", "Lê Mạnh Hùng",
     ["Phó Tổng cục trưởng Tổng cục Thủy lợi miền Nam"]),
])
def test_former_word_glued_to_the_post(text, name, titles):
    rows = official_rows(text)
    assert rows[name]["titles"] == titles
    assert rows[name]["titles_former"] == [True]


def test_former_word_glued_to_a_later_post_of_a_chain():
    titles = official_titles(
        "Riêng đối với đồng chí Nguyễn Côn, nguyên Bí thư Trung ương Đảng, nguyên Phó Thủ tướng Chính phủ, nguyên "
        "Trưởng Ban Kinh tế Trung ương, do điều kiện sức khỏe, đoàn đã đến bệnh viện để trao Huy hiệu.")
    assert "Trưởng Ban Kinh tế Trung ương" in titles["Nguyễn Côn"]


def test_name_after_nguyen_is_not_cut():
    # `Nguyên Ngọc`: a writer's name opening with `Nguyên`, no post glued to it
    rows = official_rows("Bà Nguyễn Thị Bình được bầu làm Chủ tịch danh dự Viện Phan Châu Trinh, nhà văn Nguyên Ngọc "
                         "là Chủ tịch hội đồng thành viên của Viện.")
    assert "Ngọc" not in rows


@pytest.mark.parametrize("text,name,titles", [
    ("Thượng tá Phan Xuân Công-Trưởng Công an huyện Hương Khê cho hay: “Công an huyện đã cử lực lượng đến hiện "
     "trường”.", "Phan Xuân Công", ["Trưởng Công an huyện Hương Khê"]),
    ("Ông Nguyễn Vy Hồng-Giám đốc Sở Y tế tỉnh Thái Nguyên cho biết sáng 31-5 ông đã ký công văn khẩn gửi các đơn "
     "vị.", "Nguyễn Vy Hồng", ["Giám đốc Sở Y tế tỉnh Thái Nguyên"]),
    ("Ông Đặng Công Lâm-Chủ tịch UBND huyện Chư Pah (Gia Lai) vừa ký quyết định kỷ luật bằng hình thức giáng chức.",
     "Đặng Công Lâm", ["Chủ tịch Ủy ban nhân dân huyện Chư Pah"]),
    ("Chiều tối 2/6, thiếu tướng Phan Anh Minh-Phó giám đốc Công an TP.HCM đã báo cáo về chuyên án.",
     "Phan Anh Minh", ["Phó Giám đốc Công an Thành phố Hồ Chí Minh"]),
])
def test_name_glued_to_its_post_by_a_dash(text, name, titles):
    assert official_titles(text)[name] == titles


def test_dash_inside_a_place_is_not_cut():
    rows = official_rows("Ông Lê Văn Hải, Chủ tịch UBND tỉnh Bà Rịa-Vũng Tàu cho biết tỉnh đã sẵn sàng.")
    assert rows["Lê Văn Hải"]["titles"] == ["Chủ tịch Ủy ban nhân dân tỉnh Bà Rịa-Vũng Tàu"]
    assert set(rows) == {"Lê Văn Hải"}


@pytest.mark.parametrize("text,name,titles", [
    ("Những bức họa trên thuyền được sắp đặt dọc ven sông Trường Giang. Ảnh: NGUYÊN KHÔI Ông Văn Anh Tuấn, Chủ tịch "
     "UBND TP Tam Kỳ cho biết, những tác phẩm được các họa sĩ vẽ trên thuyền thúng.", "Văn Anh Tuấn",
     ["Chủ tịch Ủy ban nhân dân thành phố Tam Kỳ"]),
    ("Thông tin được ông Vũ Anh Tâm – Tổng giám đốc Công ty TNHH xây dựng sản xuất thương mại Tài Nguyên (chủ đầu "
     "tư dự án) – cho biết.", "Vũ Anh Tâm",
     ["Tổng Giám đốc Công ty TNHH xây dựng sản xuất thương mại Tài Nguyên"]),
])
def test_honorific_glued_to_the_names_first_syllables(text, name, titles):
    rows = official_rows(text)
    assert rows[name]["titles"] == titles
    assert name.split()[-1] not in rows


def test_street_named_after_a_person_is_no_honorific():
    rows = official_rows("Trên đường Bà Triệu, ông Nguyễn Văn Nam, Chủ tịch UBND phường cho biết đã xử lý.")
    assert set(rows) == {"Nguyễn Văn Nam"}


@pytest.mark.parametrize("text,name,titles", [
    ("Ngày 10-2, Phó Bí thư Thường trực Thành ủy TP HCM Tất Thành Cang cùng lãnh đạo các sở, ngành đã có buổi làm "
     "việc với doanh nghiệp.", "Tất Thành Cang", ["Phó Bí thư Thường trực Thành ủy Thành phố Hồ Chí Minh"]),
    ("Trước tình hình dịch Covid-19 diễn biến phức tạp, sáng 1/5, Phó Chủ tịch UBND thành phố Hà Nội Chử Xuân Dũng "
     "đã đến kiểm tra công tác phòng, chống dịch.", "Chử Xuân Dũng", ["Phó Chủ tịch Ủy ban nhân dân thành phố Hà Nội"]),
    ("Về phần mình, Bí thư Khu ủy Quảng Tây Bành Thanh Hoa bày tỏ vui mừng, vinh dự và xúc động được đón đoàn.",
     "Bành Thanh Hoa", ["Bí thư Khu ủy Quảng Tây"]),
])
def test_rarer_family_name_after_a_post(text, name, titles):
    assert official_titles(text)[name] == titles


def test_place_opening_with_a_rarer_family_name_is_no_person():
    rows = official_rows("Chủ tịch UBND huyện Quản Bạ cho biết huyện đã hỗ trợ các hộ dân bị thiệt hại.")
    assert rows == {}


@pytest.mark.parametrize("text,name,titles", [
    ("Tại hiện trường sáng 27-6, Bí thư Đảng ủy - Chủ tịch UBND xã Hiệp Phước Đỗ Minh Toàn cho biết, vụ sạt lở làm 5 "
     "căn nhà bị hư hại trực tiếp.", "Đỗ Minh Toàn", ["Bí thư Đảng ủy", "Chủ tịch Ủy ban nhân dân xã Hiệp Phước"]),
    ("Phát biểu tại phiên họp, Chủ tịch UBTW MTTQVN – Bí thư Thành ủy TPHCM Nguyễn Thiện Nhân cũng nhấn mạnh, tình "
     "trạng “cát tặc”, phá rừng diễn ra nghiêm trọng và kéo dài.", "Nguyễn Thiện Nhân",
     ["Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Bí thư Thành ủy Thành phố Hồ Chí Minh"]),
])
def test_earlier_post_joined_by_a_dash_before_the_name(text, name, titles):
    assert official_titles(text)[name] == titles


def test_dash_joined_posts_stay_with_their_own_holder():
    titles = official_titles(
        "Tới dự buổi lễ có Ủy viên Bộ Chính trị - Bí thư Trung ương Đảng - Trưởng Ban Tuyên giáo Trung ương Võ Văn "
        "Thưởng, Ủy viên Bộ Chính trị, Phó Thủ tướng Vương Đình Huệ.")
    assert titles["Võ Văn Thưởng"] == ["Ủy viên Bộ Chính trị", "Bí thư Trung ương Đảng",
                                       "Trưởng Ban Tuyên giáo Trung ương"]
    assert "Trưởng Ban Tuyên giáo Trung ương" not in titles["Vương Đình Huệ"]


@pytest.mark.parametrize("text,name,titles", [
    # a place before the dash, or an earlier person's post after his name, is no post of the holder
    ("Hà Nội - Chủ tịch UBND TP Nguyễn Đức Chung vừa ký quyết định thành lập đoàn kiểm tra.", "Nguyễn Đức Chung",
     ["Chủ tịch Ủy ban nhân dân thành phố"]),
    ("Ông Nguyễn Văn An - Giám đốc Sở Y tế - cho biết, Phó Chủ tịch UBND tỉnh Lê Văn Bình đã chỉ đạo.", "Lê Văn Bình",
     ["Phó Chủ tịch Ủy ban nhân dân tỉnh"]),
])
def test_dash_before_a_post_joins_no_other_words(text, name, titles):
    assert official_titles(text)[name] == titles
