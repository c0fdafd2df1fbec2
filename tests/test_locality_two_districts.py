"""Locality round 2 (issue #16): a story of two districts of one province is the province's."""
from __future__ import annotations

from tests.conftest import make_doc
from vnextract.extractors import metadata


def loc(text, title=None):
    return metadata.find_locality(make_doc(text, title=title))


def test_two_districts_of_one_province_are_the_provinces_story():
    # baomoi-21471441: dikes breached in two districts of Thừa Thiên Huế
    text = ("Triều cường dâng cao cộng với sự cố nứt, vỡ đê tại một số nơi ở H. Phong Điền (TT-Huế) khiến hàng chục "
            "héc-ta lúa bị ngập sâu trong nước. Ngày 4 và 5-2, UBND H. Phong Điền đã huy động lực lượng, phương tiện "
            "để gia cố đê. Tại X. Điền Hải (H.Phong Điền), triều cường khiến đoạn đê nội đồng vỡ dài hơn 10 m.\n\n"
            "Tương tự, tại H. Quảng Điền, từ ngày 3 đến 5-2, gần 150 CBCS công an, bộ đội dùng bao tải gia cố đê. "
            "UBND H. Quảng Điền cho biết đã khắc phục xong. Ông Nguyễn Văn Cảnh, Phó Chủ tịch UBND H. Quảng Điền "
            "cho biết như vậy.")
    assert loc(text).name == "Thừa Thiên Huế"


def test_kien_luong_and_ha_tien_are_kien_giang():
    text = ("Người dân huyện Kiên Lương và TX Hà Tiên, tỉnh Kiên Giang đang hoang mang khi nghêu, cá chết hàng loạt. "
            "Các hộ nuôi nghêu đầu tư hàng tỷ đồng.\n\nUBND huyện Kiên Lương đã cử cán bộ xuống kiểm tra. "
            "UBND TX Hà Tiên cũng lấy mẫu nước gửi đi xét nghiệm.")
    assert loc(text).name == "Kiên Giang"


def test_a_districts_own_story_naming_a_neighbour_once_stays_the_district():
    # baomoi-22539771: UBND huyện Di Linh acts; Lâm Hà is where some of those involved live
    text = ("Chiều 15/6, UBND huyện Di Linh (Lâm Đồng) đã có văn bản đề nghị Công an tỉnh Lâm Đồng hỗ trợ điều tra "
            "vụ việc hơn 100 người đem theo hung khí. UBND huyện Di Linh cho biết vụ việc xảy ra trên địa bàn huyện "
            "vào sáng 14/6.\n\nTheo UBND huyện Di Linh, nhóm người này đến từ huyện Lâm Hà.")
    assert loc(text).name == "Di Linh"
