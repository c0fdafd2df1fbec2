"""Article fields round 8b (issue #16): `Thủ đô` written capitalised mid-sentence names Hà Nội (not a
foreign capital: `thủ đô của Ấn Độ`, `Thủ đô Moscow`; not the paper `An ninh Thủ đô`); bodies of three
provinces or more acting up front make a digest of several places' news (null)."""
from __future__ import annotations

from tests.conftest import make_doc
from vnextract.extractors import metadata


def loc(text, title=None):
    return metadata.find_locality(make_doc(text, title=title)).name


def _names(text):
    return [p.name for _, p, _ in metadata.place_mentions(text, 0, len(text))]


# --- `Thủ đô`: Hà Nội --------------------------------------------------------------------------------

def test_capital_of_the_people_is_hanoi():
    # baomoi-21495037
    assert _names("vẫn tập trung cao độ cho nhiệm vụ huấn luyện và trực sẵn sàng chiến đấu bảo vệ sự "
                  "bình yên cho nhân dân Thủ đô.") == ["Hà Nội"]


def test_capital_after_a_locative_is_hanoi():
    # dantri-unc-news_travel_091
    assert _names("cứ khoảng đầu tháng 2 đến tháng 5 âm lịch hàng năm, các tín đồ ẩm thực ở Thủ đô lại "
                  "háo hức tìm đến những quán vỉa hè quen thuộc") == ["Hà Nội"]


def test_capital_in_a_headline_is_hanoi():
    # baomoi-22456222
    assert _names("12 năm chủ đầu tư om sổ đỏ, dân 'sống lậu' giữa Thủ đô") == ["Hà Nội"]


def test_capital_followed_by_its_name_is_read_once():
    # baomoi-21495037: `Thủ đô Hà Nội` is one mention, the name's
    assert _names("của Tiểu đoàn Đặc công 18 (Bộ Tư lệnh Thủ đô Hà Nội) vẫn tập trung") == ["Hà Nội"]


def test_a_foreign_capital_is_no_mention():
    # dantri-unc-news_world_136, _203, _201, _182: lower case, `của`, or the capital's own name after it
    assert _names("nhiều người dân ở thủ đô của Ấn Độ đang phải đối mặt với tình trạng tương tự") == []
    assert _names("đúng vào thời điểm thủ đô của Ấn Độ đang \"oằn mình\" chống chọi") == []
    assert _names("đã tìm đến 4 nơi ở New Delhi và Ghaziabad, khu vực giáp với thủ đô, để tìm ôxy") == []
    assert _names("cuộc biểu tình tại Thủ đô Moscow của Nga") == []
    assert _names("Hiện Thủ đô của Mỹ có tên chính thức là Đặc khu Colombia") == []


def test_capital_opening_a_sentence_is_no_mention():
    # a sentence may open on a foreign capital: `Thủ đô Viêng Chăn`, `Thủ đô của Mỹ`
    assert _names("Thủ đô đang oằn mình chống chọi với đợt bùng phát dịch lớn.") == []


def test_the_paper_an_ninh_thu_do_is_no_mention():
    # baomoi-21495050: the outlet's name, not the story's place
    assert _names("Trao đổi với phóng viên Báo An ninh Thủ đô ngày 8-2, Phòng GD-ĐT quận Cầu Giấy") == ["Cầu Giấy"]


def test_street_story_naming_the_capital_gives_hanoi():
    # dantri-unc-news_travel_091 (headline and lead; Hải Phòng and Thái Bình named deep, where jellyfish come from)
    text = ("Đến hẹn lại lên, cứ khoảng đầu tháng 2 đến tháng 5 âm lịch hàng năm, các tín đồ ẩm thực ở Thủ đô lại "
            "háo hức tìm đến những quán vỉa hè quen thuộc để thưởng thức món giải nhiệt \"trứ danh\" mùa hè. Đó là sứa đỏ.\n\n"
            "Sứa đỏ chỉ có theo mùa nhưng ngon nhất là vào khoảng tháng 3 dương lịch. Thời điểm này, một vài gánh hàng "
            "rong hay hàng quán vỉa hè tại Thủ đô lại tất bật chuẩn bị những mâm sứa đỏ.\n"
            "Không như sứa trắng vốn được nhiều người biết đến, sứa đỏ chỉ xuất hiện nhiều ở vùng biển Hải Phòng và Nam Định.")
    assert loc(text, title="Sứa đỏ hút khách ở Hà Nội") == "Hà Nội"


# --- bodies of several provinces up front: a digest -------------------------------------------------

def test_appointments_in_five_provinces_are_a_digest():
    # baomoi-22728824
    text = ("Lãnh đạo Bộ Quốc phòng, VKSNDTC, UBND tỉnh Quảng Trị, Khánh Hòa, Tỉnh ủy Kon Tum,... vừa điều động, "
            "bổ nhiệm một số cán bộ.\n\n"
            "Tuyên Quang: Hôm nay, Phó viện trưởng VKSNDTC Nguyễn Hải Phong đã trao quyết định điều động, bổ nhiệm Phó "
            "thường trực cơ quan điều tra VKSNDTC Lại Viết Quang đến công tác tại VKSNDTC tỉnh Tuyên Quang, giữ chức vụ "
            "Viện trưởng VKSND tỉnh Tuyên Quang. Thừa Thiên - Huế: Thừa ủy quyền của Bộ Quốc phòng, Bộ Tư lệnh Quân khu 4 "
            "đã trao quyết định điều động bổ nhiệm đối với 6 cán bộ.")
    assert loc(text, title="Nhân sự mới 5 địa phương") is None


def test_a_city_and_its_district_bodies_stay_the_citys():
    # baomoi-21473466: the Thành ủy and a Quận ủy of the same city count as one province
    text = ("Sáng 6/2, Thành ủy Đà Nẵng đã chính thức công bố vị trí chủ chốt của Trưởng ban Tuyên giáo Thành ủy và "
            "Bí thư Quận ủy Thanh Khê.\n\n"
            "Ông Nguyễn Thanh Quang thôi giữ chức Trưởng Ban Tuyên giáo Thành ủy Đà Nẵng và nhận nhiệm vụ mới là Bí thư "
            "Quận ủy Thanh Khê. Ông Lê Minh Trung, đại biểu HĐND TP Đà Nẵng, nhận nhiệm vụ mới là Hiệu trưởng Trường "
            "Chính trị TP Đà Nẵng.")
    assert loc(text, title="Đà Nẵng điều chuyển nhân sự Trưởng Ban Tuyên giáo Thành ủy") == "Đà Nẵng"


def test_two_provinces_bodies_are_no_digest():
    # baomoi-21469367 pattern: a city's leaders visiting another province's bodies (two provinces, not three)
    text = ("Ngày 6/2, đoàn lãnh đạo của TP.HCM do Bí thư Thành ủy TP.HCM dẫn đầu làm việc với lãnh đạo Tỉnh ủy, "
            "UBND Bình Dương với mục đích học hỏi mô hình xây dựng nhà ở xã hội.\n\n"
            "Bí thư Thành ủy TP.HCM yêu cầu Sở Xây dựng TP.HCM rà soát quỹ đất, ưu tiên cho nhà ở xã hội.")
    assert loc(text, title="TP.HCM học Bình Dương làm nhà ở xã hội") == "Hồ Chí Minh"



# --- the country ranking a thing is no national body ------------------------------------------------

def _national(text):
    return metadata._national_body_in(text, 0, len(text))


def test_the_country_ranking_a_thing_is_no_national_body():
    # dantri-unc-news_travel_136, _034, _152
    assert not _national("Đúng dịp lễ 30/4 - 1/5, Biển hồ nước mặn nhân tạo lớn nhất Việt Nam sẽ chính thức mở cửa")
    assert not _national("vào buổi chiều muộn tại Phú Quốc - hòn đảo lớn nhất Việt Nam, các cặp đôi và gia đình thư giãn")
    assert not _national("qua cầu Thị Nại (có giai đoạn từng giữ kỷ lục là cầu vượt biển dài nhất Việt Nam)")
    assert not _national("là dự án đầu tiên tại Việt Nam áp dụng công nghệ này")


def test_the_country_acting_or_a_national_body_stays_national():
    # dantri-unc-news_society_081, baomoi-22569496: the country as the scene of national news, a ministry
    assert _national("tại Việt Nam sau 34 ngày không ghi nhận ca mắc mới trong cộng đồng")
    assert _national("nhập cảnh từ Nhật Bản về Việt Nam trên chuyến bay VJ3613")
    assert _national("Thông tin từ Bộ Y tế cho biết, hơn 50 bệnh viện lớn nhất Việt Nam sẽ tăng viện phí")


def test_a_resort_opening_in_the_capital_gives_hanoi():
    # dantri-unc-news_travel_136: `lớn nhất Việt Nam` no longer marks the story national
    text = ("Biển hồ hàng hiệu Crystal Lagoons chuẩn Resort siêu sang\n\n"
            "Đúng dịp lễ 30/4 - 1/5, Biển hồ nước mặn nhân tạo lớn nhất Việt Nam sẽ chính thức mở cửa đón khách tại "
            "đại đô thị Vinhomes Ocean Park. Tạm gác lại công việc bộn bề, lần đầu tiên cư dân Thủ đô có thể tận hưởng "
            "không khí biển cùng các hoạt động náo nhiệt như đang ở các khu nghỉ dưỡng siêu sang.\n"
            "Vào ngày mở cửa, các hoạt động như chèo thuyền kayak trên biển, tắm biển, bơi lội sẽ được diễn ra tại Biển "
            "hồ nước mặn lớn thứ 5 thế giới này, cách trung tâm Hà Nội không xa.")
    assert loc(text) == "Hà Nội"
