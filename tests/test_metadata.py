"""Article row: locality by the acting body's jurisdiction, its province and official codes."""
from __future__ import annotations

import pytest

from tests.conftest import make_doc
from vnextract.extractors import gazetteer, metadata


def loc(text, title=None):
    return metadata.find_locality(make_doc(text, title=title))


def test_pacific_is_not_binh_duong():
    text = ("Bão Goni hình thành trên Thái Bình Dương và đang di chuyển về phía Philippines.\n"
            "Các nước ven Thái Bình Dương theo dõi sát đường đi của bão.")
    assert loc(text, title="Siêu bão Goni đổ bộ Philippines").name is None


def test_place_inside_a_persons_name_is_no_mention():
    text = ("Ông Nguyễn Hòa Bình cho biết đề án đã được thông qua.\n"
            "Theo ông Nguyễn Hòa Bình, đề án sẽ được triển khai trong năm nay.")
    assert loc(text, title="Thông qua đề án").name is None


def test_district_body_acting_gives_the_district():
    text = ("Chiều 14/6, UBND quận 1, Thành phố Hồ Chí Minh đã tổ chức hội nghị sơ kết 5 tháng công tác "
            "quản lý trật tự đô thị trên địa bàn.\nCũng theo UBND quận 1, hiện 116/134 tuyến đường ở khu vực "
            "trung tâm đã thật sự thông thoáng.")
    got = loc(text, title="TPHCM: Xử lý hơn 7.000 trường hợp vi phạm trật tự lòng lề đường")
    assert (got.name, got.province) == ("Quận 1", "Hồ Chí Minh")


def test_numbered_district_short_form():
    text = ("Chủ tịch UBND Q.1 (TP.HCM) Trần Thế Thuận khẳng định đã có chỉ đạo xử lý nghiêm.\n"
            "Sau loạt bài về các bãi giữ xe trái phép trên địa bàn Q.1, UBND Q.1 đã vào cuộc.")
    assert loc(text, title="Sẽ xử lý triệt để các bãi giữ xe").name == "Quận 1"


def test_province_body_wins_over_a_district_it_works_with():
    text = ("Theo Phó Chủ tịch UBND huyện Núi Thành, tiến độ dự án đoạn qua tỉnh Quảng Nam còn chậm.\n"
            "Tỉnh Quảng Nam sẽ hoàn thành việc tháo gỡ vướng mắc vào giữa tháng 6/2017. Đây là khẳng định "
            "của Phó Chủ tịch UBND tỉnh Quảng Nam tại buổi làm việc chiều 1/6.")
    assert loc(text, title="Quảng Nam đảm bảo thông xe cao tốc vào cuối tháng 6").name == "Quảng Nam"


def test_city_police_not_the_victims_home_district():
    text = ("Giám đốc Công an TP Hải Phòng khẳng định sẽ chỉ đạo các đơn vị làm rõ vụ việc.\n"
            "Sáng 15/5, vợ chồng ông Phạm Văn Quân (SN 1959, xã Cao Nhân, huyện Thủy Nguyên, Hải Phòng) "
            "phát hiện vườn chuối bị phá.")
    assert loc(text, title="Giám đốc Công an Hải Phòng bác thông tin").name == "Hải Phòng"


def test_residence_is_not_the_locality():
    text = ("Bé N.K.H. (5 tuổi, ngụ tại Đồng Nai) vừa được tiếp nhận tại bệnh viện.\n"
            "Bé có biểu hiện khó thở.")
    assert loc(text).name != "Đồng Nai"


def test_national_news_is_null():
    text = ("Lễ trao Giải báo chí Quốc gia lần thứ XI được tổ chức tại Hà Nội vào tối 21/6. Đây là mùa giải "
            "thứ 3 theo Quyết định của Thủ tướng Chính phủ.\nTham dự có Chủ tịch Quốc hội; Bí thư Thành ủy "
            "Thành phố Hồ Chí Minh Nguyễn Thiện Nhân.")
    assert loc(text, title="Trao Giải báo chí Quốc gia lần thứ XI").name is None


def test_multi_province_list_is_null():
    text = ("Dự án đường dây 500kV mạch 3 đang được triển khai.\nDự án kéo dài hơn 700km qua 9 tỉnh, thành như "
            "Hà Tĩnh, Quảng Bình, Quảng Trị, Thừa Thiên Huế, Đà Nẵng, Quảng Nam, Quảng Ngãi, Kon Tum và Gia Lai.")
    assert loc(text, title="Nhiều giải pháp triển khai dự án đường dây 500kV mạch 3").name is None


def test_district_named_up_front_when_no_provincial_body_acts():
    text = ("Chiều 2/6, tại xã Thanh Hưng, huyện Thanh Chương, tỉnh Nghệ An, một đàn ong đã tấn công 14 người.\n"
            "Các nạn nhân được đưa đến trạm y tế xã.")
    got = loc(text, title="Nghệ An: 14 người phải nhập viện vì bị ong đốt")
    assert (got.name, got.province) == ("Thanh Chương", "Nghệ An")


@pytest.mark.parametrize("name,level,province,code", [
    ("Hà Nội", "province", None, "01"),
    ("Hồ Chí Minh", "province", None, "79"),
    ("Thừa Thiên Huế", "province", None, "46"),
    ("Quận 1", "district", "Hồ Chí Minh", "760"),
    ("Đầm Hà", "district", "Quảng Ninh", "200"),
    ("Đầm Hà", "district", None, None),
])
def test_admin_codes(name, level, province, code):
    assert gazetteer.admin_code(name, level, province) == code


def test_article_row_has_province_and_codes():
    doc = make_doc("Thường trực Huyện ủy Đầm Hà họp\n\nNgày 30/8, Thường trực Huyện ủy Đầm Hà đã tổ chức cuộc họp "
                   "giao ban. Huyện ủy Đầm Hà thống nhất các nội dung.")
    row = metadata.extract(doc)
    assert (row["locality"], row["province"], row["locality_code"], row["province_code"]) == \
        ("Đầm Hà", "Quảng Ninh", "200", "22")
