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


@pytest.mark.parametrize("text,title,want", [
    # A province's body acting up front, a district of it named as the place or a helper: the province.
    ("Đây là chỉ đạo của Phó Chủ tịch Thường trực UBND TP Hà Nội Nguyễn Văn Sửu khi thị sát hiện trường vụ "
     "cháy rừng phòng hộ thuộc địa bàn huyện Sóc Sơn vào sáng 6/6.\n\nPhó Chủ tịch ghi nhận nỗ lực của các "
     "lực lượng chữa cháy. Phó Chủ tịch yêu cầu Sở NN&PTNT Hà Nội "
     "phối hợp cùng UBND huyện Sóc Sơn rà soát diện tích rừng bị cháy trên địa bàn huyện Sóc Sơn.",
     "Tuyệt đối không để sự cố cháy rừng bùng phát trở lại", "Hà Nội"),
    ("Chủ tịch UBND tỉnh Bình Thuận yêu cầu khẩn trương xác minh vụ việc.\n\nKhu dự án của Công ty Thiên "
     "Thanh. Yêu cầu Sở TN&MT phối hợp với "
     "UBND huyện Tánh Linh báo cáo. Giao UBND huyện Tánh Linh tiếp tục chỉ đạo Công an huyện Tánh Linh.",
     "Khẩn trương điều tra vụ Giám đốc đánh cán bộ nhập viện", "Bình Thuận"),
    # A district's own body up front, the city's named only later: the district.
    ("Ngày 25/4, tại Khu đô thị mới Thủ Thiêm, TP Thủ Đức (TPHCM) tổ chức lễ đặt tên cho 20 tuyến đường.\n\n"
     "Chủ tịch UBND TP Thủ Đức Hoàng Tùng cho biết việc đặt tên đường là cần thiết. Trước đó, HĐND TPHCM đã "
     "thông qua tờ trình của UBND TPHCM. Ông cảm ơn Đảng bộ, chính quyền và nhân dân TPHCM.", None, "Thủ Đức"),
])
def test_the_level_whose_body_acts_up_front(text, title, want):
    assert loc(text, title=title).name == want


@pytest.mark.parametrize("abbreviated", ["Sở GD&ĐT Ninh Bình", "Sở GD-ĐT Hà Nội", "Sở TN-MT Yên Bái"])
def test_a_body_abbreviation_before_a_bare_province(abbreviated):
    text = f"Ngày 23/4, {abbreviated} cho biết đã chỉ đạo kiểm tra, xác minh vụ việc và báo cáo kết quả."
    assert loc(text, title=f"{abbreviated} vào cuộc").name == abbreviated.rsplit(" ", 2)[-2] + " " + \
        abbreviated.rsplit(" ", 1)[-1]


def test_a_club_or_a_deputys_constituency_is_no_body():
    text = ("Bộ trưởng GTVT Trương Quang Nghĩa (Đoàn ĐBQH Sơn La) phân tích 4 vấn đề trước Quốc hội.\n"
            "SHB Đà Nẵng thắng 2-0 trên sân nhà.")
    assert loc(text, title="Bộ trưởng GTVT trả lời chất vấn").name is None


@pytest.mark.parametrize("text", [
    "Toàn cảnh tuyến đường ven sông Sài Gòn dài hơn 3km được đặt tên mới.",
    "Quán cà phê trên phố Huế đông khách suốt ngày nghỉ lễ.",
    "Dòng xe nối đuôi trên đường Hà Nội vào chiều qua.",
])
def test_a_place_name_naming_a_river_or_street_is_no_mention(text):
    assert metadata.place_mentions(text, 0, len(text)) == []


@pytest.mark.parametrize("text,want", [
    ("Kinh tế HTX thúc đẩy sản phẩm chủ lực ở Lộc Hà", "Lộc Hà"),
    ("Ra mắt Viện Phan Chu Trinh tại Hội An", "Hội An"),
    ("Vết nứt xuất hiện trên đường, di dời khẩn cấp 3 hộ dân ở Nhà Bè", "Nhà Bè"),
])
def test_a_bare_district_after_o_or_tai(text, want):
    assert [p.name for _, p, _ in metadata.place_mentions(text, 0, len(text))] == [want]


def test_a_body_named_by_its_own_name_then_its_place():
    text = ("Đó là trường hợp của bé N.K.H. (5 tuổi, ngụ tại Đồng Nai) vừa được tiếp nhận, điều trị tại Bệnh "
            "viện Nhi Đồng 1, TPHCM.\n\nBệnh nhi nhập viện trong tình trạng khó thở.")
    assert loc(text).name == "Hồ Chí Minh"
    text = "Theo Phó Chủ tịch UBND huyện Núi Thành, tỉnh Quảng Nam, tiến độ còn chậm."
    off = text.index("tỉnh Quảng Nam")
    assert metadata.mention_kind(text, off) == "plain"


@pytest.mark.parametrize("title", ["Điểm tin 6/2: Đề xuất phương án xử lý các dự án kém hiệu quả",
                                   "Tin tức thời sự 24h mới nhất ngày 9/2",
                                   "Bản tin 20H: Say rượu dùng súng săn bắn chết 8 người"])
def test_a_digest_has_no_locality(title):
    text = ("UBND TP Hà Nội lắp loa tuyên truyền giao thông. Sáng 8/2, Bệnh viện Đa khoa tỉnh Quảng Ngãi xảy ra "
            "vụ việc.\n\nUBND TP Hà Nội yêu cầu các sở rà soát.")
    assert loc(text, title=title).name is None


def test_market_prices_in_two_cities_have_no_locality():
    text = ("Mở cửa sáng nay giá vàng SJC được DOJI niêm yết tại Hà Nội ở mức 36,32 - 36,40 triệu đồng/lượng.\n\n"
            "Giá vàng SJC niêm yết tại TP. Hồ Chí Minh ở mức 36,31 triệu đồng. Giá vàng tại TP. Hồ Chí Minh "
            "giảm nhẹ. Giá vàng SJC tại TP. Hà Nội ở mức 36,24 triệu đồng.")
    assert loc(text, title="Giá vàng hôm nay 26/6: Giá vàng SJC nằm im").name is None


def test_a_national_story_naming_a_place_deep_among_others_is_null():
    text = ("Chiều 15/6, Quốc hội đã hoàn thành chương trình chất vấn. Đây là lần thứ hai Quốc hội khóa XIV chất "
            "vấn.\n\nĐại biểu Quốc hội tỉnh Ninh Thuận chất vấn Chính phủ. Phó Thủ tướng tin tưởng khi chính "
            "quyền Đà Nẵng vào cuộc sẽ có giải pháp, với sự đồng thuận của nhân dân Đà Nẵng. Đại biểu "
            "Trương Trọng Nghĩa (Thành phố Hồ Chí Minh) đánh giá cao. Đà Nẵng tự quyết quy hoạch Sơn Trà.")
    assert loc(text, title="Kỳ họp thứ 3, Quốc hội khóa XIV: Thẳng thắn, xây dựng").name is None


def test_a_ministry_acting_on_the_only_place_named():
    text = ("Ngày 1/6, Bộ Tài chính và Ngân hàng OPEC ký Hiệp định vay tài trợ Dự án Cầu Đầm Vạc.\n\nDự án "
            "xây dựng cầu nối hai bờ của thành phố Vĩnh Yên, tỉnh Vĩnh Phúc, tạo liên kết giao thông cho tỉnh "
            "Vĩnh Phúc. Theo cơ chế cho vay lại, UBND tỉnh Vĩnh Phúc nhận vay lại toàn bộ nguồn vốn.")
    assert loc(text, title="Ký Hiệp định vay tài trợ Dự án Cầu Đầm Vạc").name == "Vĩnh Phúc"


@pytest.mark.parametrize("text,title,want", [
    # A commune's body acting, its district named: the district, though the headline names the province.
    ("Ngày 12/5, tại xã Tân Minh, huyện Tràng Định, tỉnh Lạng Sơn xảy ra mưa lớn kèm giông lốc, làm tốc mái "
     "60 nhà dân.\n\nÔng Dương Văn Đức, Bí thư Đảng ủy xã Tân Minh cho biết: Mưa to, gió lốc và có kèm mưa đá "
     "hạt nhỏ đã gây ảnh hưởng nặng đến nhiều gia đình trong xã. Bước đầu chính quyền xã đã phối hợp cùng với "
     "bộ đội Biên phòng tỉnh Lạng Sơn hỗ trợ người dân lợp lại nhà.",
     "Lạng Sơn: 60 nhà dân bị tốc mái do mưa lốc", "Tràng Định"),
    ("UBND phường Mai Động đã ra thông báo yêu cầu ngừng ngay việc thi công xây dựng công trình dự án tại "
     "75 Tam Trinh.\n\nÔng Nguyễn Trường Thịnh, Phó Chủ tịch UBND phường Mai Động, quận Hoàng Mai (Hà Nội) "
     "cho biết, UBND phường đã ra thông báo yêu cầu ngừng ngay việc thi công. Dự án do Sở Xây dựng Hà Nội "
     "cấp phép tháng 5/2013.",
     "Hà Nội tạm ngừng thi công dự án nhà ở 75 Tam Trinh do sai phạm", "Hoàng Mai"),
    ("Chiều ngày 8/7, lãnh đạo thị trấn A Lưới (huyện A Lưới, tỉnh Thừa Thiên – Huế) cho biết, chính quyền địa "
     "phương vừa nhận được đơn trình báo của gia đình.\n\nÔng Đoàn Thanh Hùng – Chủ tịch UBND thị trấn A Lưới "
     "(huyện A Lưới) xác nhận, trên địa bàn có một thiếu nữ đến nay vẫn chưa thấy về.",
     "Thừa Thiên - Huế: Thiếu nữ nghi mất tích sau khi đi dự đám cưới bạn", "A Lưới"),
    # The province's own body up front: the province, a commune's chairman quoted further down.
    ("Vụ mất mùa vừa qua có nhiều nguyên nhân, không thể đổ lỗi hoàn toàn do thời tiết, Bí thư Tỉnh ủy Hà "
     "Tĩnh nói.\n\nBí thư Tỉnh ủy Lê Đình Sơn cho hay, lãnh đạo tỉnh đã trực tiếp thị sát tại các cánh đồng. "
     "Chủ tịch UBND xã Thạch Xuân (huyện Thạch Hà) cho biết cả xã mất trắng. Ở huyện Thạch Hà nhiều cánh "
     "đồng bị đạo ôn.", "Bí thư Hà Tĩnh: Mất mùa lịch sử, đừng đổ cho thời tiết", "Hà Tĩnh"),
])
def test_a_communes_story_is_its_districts(text, title, want):
    assert loc(text, title=title).name == want


@pytest.mark.parametrize("text,want", [
    # `huyện X, tỉnh Y`: the district's address, the most specific place, when no body acts.
    ("Khoảng 20 giờ 30 phút ngày 10/7, một vụ tai nạn giao thông đường sắt đã xảy ra tại đoạn qua địa phận "
     "khu phố Bàu Trúc, huyện Ninh Phước, tỉnh Ninh Thuận, khiến một nam thanh niên chết tại chỗ.", "Ninh Phước"),
    ("Sáng 12-5, có mặt ở chợ Lương Văn Can (phường Máy Tơ, quận Ngô Quyền, TP Hải Phòng). Tổ trưởng tổ quản "
     "lý chợ tiếp chúng tôi.\n\nCông an phường Máy Tơ sau đó đến lập biên bản vụ việc.", "Ngô Quyền"),
])
def test_a_district_with_its_province_after_it(text, want):
    assert loc(text, title="Tai nạn").name == want


@pytest.mark.parametrize("text,want", [
    ("CQĐT CAQ Hoàn Kiếm, Hà Nội đang khẩn trương vào cuộc, điều tra xác minh vụ việc.\n\nĐại tá Hà Mạnh Hùng – "
     "Trưởng CAQ Hoàn Kiếm, Hà Nội trao đổi với PV ANTĐ.", "Hoàn Kiếm"),
    ("Bước đầu Cơ quan CSĐT CAQ Cẩm Lệ xác định có 49 người nộp đơn tố cáo Nga lừa đảo.\n\nCAQ Cẩm Lệ thu giữ "
     "tài liệu liên quan đến hành vi lừa đảo tại nhà Hồ Thị Nga.", "Cẩm Lệ"),
    ("CAH Ba Vì đã triệu tập các đối tượng liên quan.\n\nTheo CAH Ba Vì, vụ việc xảy ra tối 3/5.", "Ba Vì"),
])
def test_a_police_abbreviation_names_its_district(text, want):
    assert loc(text, title="Điều tra vụ hành hung").name == want


def test_hue_districts_belong_to_thua_thien_hue():
    assert [p.province for p in gazetteer.lookup("A Lưới")] == ["Thừa Thiên Huế"]
    assert gazetteer.admin_code("A Lưới", "district", "Thừa Thiên Huế") == "481"


@pytest.mark.parametrize("text,title,want", [
    # Bare `Hoàng Sa` is the archipelago (a foreign state acting there: no locality).
    ("Tờ Hải Nam nhật báo đưa tin Ngân hàng Trung Quốc ngày 6/2 đã khai trương trái phép chi nhánh tại cái gọi "
     "là thành phố Tam Sa, thực chất là quần đảo Hoàng Sa.\n\nBOC có mặt tại Hoàng Sa từ năm 2013.",
     "Ngân hàng Trung Quốc ngang ngược mở chi nhánh tại Hoàng Sa", None),
    ("Huyện đảo Cát Bà (TP Hải Phòng) được biết đến là thủ phủ của giống bầu tròn khổng lồ.\n\nGia đình ông "
     "Trần Hiệu Quả (xã Nghĩa Lộ, huyện Cát Hải) cho đến nay vẫn còn giữ giống.", None, "Cát Hải"),
    ("Ngày 11/6, UBND huyện đảo Phú Quý họp về tình hình cứu hộ tàu vận tải Chemroad Journey bị mắc cạn.\n\n"
     "UBND huyện đảo Phú Quý đề nghị các lực lượng hỗ trợ.", None, "Phú Quý"),
])
def test_island_districts_and_archipelagos(text, title, want):
    assert loc(text, title=title).name == want


@pytest.mark.parametrize("text", [
    "Xe khách chạy trên đường Hà Nội - Hải Phòng bị lật, nhiều người bị thương.",
    "Dự án nối với đường cao tốc Đà Nẵng - Quảng Ngãi đã hoàn thành.",
    "Công ty Tuấn Thành có 1 xe chạy tuyến Kon Tum - Yên Nghĩa.",
])
def test_the_far_end_of_a_route_is_no_mention(text):
    got = [p.name for _, p, _ in metadata.place_mentions(text, 0, len(text))]
    assert "Hải Phòng" not in got and "Quảng Ngãi" not in got and "Kon Tum" not in got


def test_a_fragment_split_off_initials_is_no_lead_sentence():
    text = ("Đó là trường hợp bệnh nhân N.T.B.N. (15 tuổi, ngụ tại Đồng Nai) vừa được Bệnh viện Da Liễu, TPHCM "
            "tiếp nhận, điều trị. Bệnh nhân được mẹ đưa đến thăm khám trong tình trạng môi khô, sưng.\n\n"
            "Khai thác bệnh sử, trước đó em có nhu cầu sử dụng son môi làm đẹp nên xem quảng cáo trên facebook.")
    assert loc(text).name == "Hồ Chí Minh"


@pytest.mark.parametrize("text,title,expected", [
    # a bare district right before its own province, in an address: the most specific place
    ("Cũng như mọi năm, hội làng Vạn Phúc (Hà Đông, Hà Nội) có 2 phần thi luôn thu hút được sự chú ý.\n\n"
     "Chiều qua, hội làng Vạn Phúc (Hà Đông, Hà Nội) đã diễn ra 2 phần thi hết sức hấp dẫn.", None, "Hà Đông"),
    ("7 cục nóng điều hòa rơi xuống khu vui chơi trẻ em.\n\nVụ việc xảy ra tại chung cư An Bình (số 97 Trần "
     "Bình, Mỹ Đình 2, Nam Từ Liêm, Hà Nội), sáng 28/4, đại diện chủ đầu tư cho biết đã phối hợp xử lý.", None,
     "Nam Từ Liêm"),
    # ... not when the bracket is a person's home, after their name
    ("Công dân nữ muốn đăng kí tham gia công an nghĩa vụ thì cần những điều kiện gì?\n\nDương Thị Linh (Sóc Sơn, "
     "Hà Nội): Em là học sinh lớp 12, có được đăng kí không?", None, None),
    ("2 năm nay, ngoài bán thịt lợn, chị Hà Thanh (Hà Đông, Hà Nội) còn rán tóp mỡ bán cho khách.\n\n"
     "Tóp mỡ nhà chị là loại thịt ba chỉ.", None, None),
    # ... while a post in brackets after a name still names its body's place
    ("Ngày 08/02, ông Hồ Lê Ngọc (Bí thư huyện ủy Quỳ Hợp, Nghệ An) cho hay Thường trực Huyện ủy đã chỉ đạo "
     "công an vào cuộc xác minh.", None, "Quỳ Hợp"),
])
def test_a_district_in_an_address(text, title, expected):
    assert loc(text, title=title).name == expected


def test_the_lead_takes_the_reports_first_sentence_after_a_two_sentence_sapo():
    sapo = ("Thấy bạn gái nhắn tin cho người lạ, Lãm ghen tuông nên cự cãi. Nghĩ mình bị phản bội, thanh niên "
            "này đâm chết bạn gái ngay sau đó.\n\n")
    report = ("Sáng 13-7, tại UBND phường Khánh Bình, thị xã Tân Uyên, tỉnh Bình Dương, TAND tỉnh Bình Dương mở "
              "phiên tòa lưu động xét xử bị cáo.")
    doc = make_doc(sapo + report + " Vụ án xảy ra hồi tháng 2.")
    assert metadata._lead_end(doc, 0) >= len(sapo + report)
    # a one-sentence first paragraph, or one that goes on: the lead is the first two sentences
    one = "Hai cán bộ lợi dụng chức vụ đã làm hồ sơ khống.\n\n"
    doc = make_doc(one + report + " Vụ án xảy ra hồi tháng 2. Bị cáo khai nhận.")
    assert metadata._lead_end(doc, 0) < len(one + report) + 5
    three = "Câu một của sapo. Câu hai của sapo. Câu ba của sapo.\n\n"
    doc = make_doc(three + report)
    assert metadata._lead_end(doc, 0) < len(three)


def test_a_district_named_only_in_a_list_is_not_the_acting_place():
    text = ("Thời tiết biến đổi bất thường song không tác động lớn đến trà vải thiều sớm tại Bắc Giang. Diện tích "
            "này vẫn cho năng suất cao.\n\nVới diện tích khoảng 6.000ha, tập trung tại các huyện Tân Yên, Yên Thế, "
            "Lục Ngạn, sản lượng vải thiều sớm của Bắc Giang ước đạt hơn 45.000 tấn.")
    assert loc(text, title="Niềm vui bội thu vụ vải thiều sớm Bắc Giang").name == "Bắc Giang"


def test_the_full_name_of_a_cdc_is_a_body():
    text = ("Sáng ngày 2/5, thông tin từ Trung tâm Kiểm soát bệnh tật tỉnh Hà Nam cho biết, đã có 2 mẫu bệnh phẩm "
            "dương tính lần 1 với SARS-CoV-2.\n\nHai trường hợp ở xã Bắc Lý và xã Chân Lý, đều thuộc huyện Lý "
            "Nhân, tỉnh Hà Nam.")
    assert loc(text).name == "Hà Nam"
