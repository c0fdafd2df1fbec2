"""Article locality round 9b (issue #16): Central Highlands district names joined by an apostrophe
(`huyện M'Đrắk`, `Ia H’Drai`); a district a commune's body works in, the only place of the story
(`Phó chủ tịch UBND phường Định Công (quận Hoàng Mai)`), or bare in brackets after a commune
(`thị trấn Phố Châu (Hương Sơn)`)."""
from __future__ import annotations

from tests.conftest import make_doc
from vnextract.extractors import metadata


def loc(text, title=None):
    return metadata.find_locality(make_doc(text, title=title)).name


def kinds(text):
    return [(p.name, metadata.mention_kind(text, off, p, prefixed))
            for off, p, prefixed in metadata.place_mentions(text, 0, len(text))]


# --- district names joined by an apostrophe ------------------------------------------------------------

def test_district_names_with_an_apostrophe_are_read():
    # dantri-unc-news_business_167, and the corpus' `Ia H’Drai`, `Đắk R’lấp`, `Cư M'gar`, `Đắk G’long`
    for text, name in [("Công trình tại xã Krông Á, huyện M'Đrắk, tỉnh Đắk Lắk", "M'Đrắk"),
                       ("UBND huyện Ia H’Drai cho biết", "Ia H'Drai"),
                       ("trên địa bàn huyện Đắk R’lấp", "Đắk R'Lấp"),
                       ("Công an huyện Cư M'gar vào cuộc", "Cư M'gar"),
                       ("người dân huyện Đắk G’long", "Đăk Glong"),
                       ("tại huyện K'bang, tỉnh Gia Lai", "KBang")]:
        assert name in [n for n, _ in kinds(text)], text


def test_school_built_in_an_apostrophe_district_is_that_district():
    # dantri-unc-news_business_167
    text = ("Đại diện phòng Giáo dục đào tạo huyện M'Đrắk, Trường Tiểu học Ngô Gia Tự, đơn vị tài trợ Công ty BSR "
            "thực hiện nghi lễ gắn biển công trình.\n\n"
            "Công trình nhà dạy học của trường Tiểu học Ngô Gia Tự (tại xã Krông Á, huyện M'Đrắk, tỉnh Đắk Lắk) nằm "
            "trong chương trình an sinh xã hội năm 2020 của Tập đoàn Dầu khí Việt Nam.\n"
            "Công trình là nhà 2 tầng, có diện tích 456m2, bao gồm 6 phòng học.\n"
            "Công trình là món quà tặng bà con, học sinh các dân tộc xã Krông Á, huyện M'Đrắk, tỉnh Đắk Lắk. "
            "\"Chúng tôi mong muốn nhà trường phối hợp với Phòng Giáo dục đào tạo huyện M'Đrắk trang bị thêm các "
            "trang thiết bị dạy và học\" - ông Sỹ nói.")
    assert loc(text) == "M'Đrắk"


def test_an_apostrophe_does_not_join_a_place_to_a_following_word():
    # a quotation mark after a province is no part of its name
    assert [n for n, _ in kinds("người dân gọi là 'tỉnh Nghệ An' của miền Tây")] == ["Nghệ An"]


# --- a commune's body working in its district ------------------------------------------------------------

def test_commune_body_in_its_district_named_once_deep_is_that_district():
    # dantri-unc-news_society_134
    text = ("Hàng loạt ô tô \"chìm\" trong nước sau cơn mưa lớn, cạnh khu chung cư (Video: Tuấn Thu).\n\n"
            "Cụ thể, sáng 26/4, người dân bất ngờ phát hiện hàng chục xe ô tô đỗ trên tuyến đường nằm cạnh chung cư "
            "Ecohome 3, phường Đông Ngạc bị ngập trong nước.\n"
            "Hàng chục xe ô tô bị ngập trong nước trên tuyến đường cạnh chung cư Ecohome 3 Đông Ngạc.\n"
            "Trao đổi với PV Dân trí, một lãnh đạo phường Đông Ngạc, quận Bắc Từ Liêm cho biết, sau khi tiếp nhận "
            "thông tin từ người dân, chính quyền phường đã chỉ đạo Ban quản lý chung cư xử lý.")
    assert loc(text) == "Bắc Từ Liêm"


def test_commune_body_in_its_district_with_its_province_named_is_that_district():
    # baomoi-21491715
    text = ("Một thi thể nam thanh niên khoảng 23 tuổi vừa được phát hiện trên sông Thu Bồn.\n\n"
            "Sông Thu Bồn đoạn chảy qua xã Duy Hải. Ngày 8.2, ông Nguyễn Văn Thống - Chủ tịch UBND xã Duy Hải "
            "(huyện Duy Xuyên) cho biết, vẫn đang chờ người thân của nạn nhân đến nhận dạng. "
            "Ông Thống cũng cho biết, rất mong các cơ quan báo chí thông tin để người thân nạn nhân biết được. "
            "Riêng trong sáng cùng ngày, lực lượng pháp y tỉnh Quảng Nam đã đến khám nghiệm tử thi nạn nhân.")
    assert loc(text, title="Tìm người thân một thi thể nam thanh niên trôi trên sông Thu Bồn") == "Duy Xuyên"


def test_commune_body_district_with_another_province_named_stays_null():
    # dantri-unc-news_society_241: a case of Hà Nam's named up front too, nothing settles one place
    text = ("Tối 29/4, Công an phường Bình Hưng Hòa (quận Bình Tân, TPHCM) đang phong tỏa căn nhà, nơi có trường "
            "hợp F1 của ca bệnh vừa phát hiện ở Hà Nam.\n\n"
            "Ghi nhận của PV Dân trí, lực lượng chức năng đã căng dây phong tỏa con hẻm.\n"
            "Ca bệnh đã có kết quả dương tính với SARS-CoV-2 sau cách ly tại tỉnh Hà Nam.")
    assert loc(text) is None


def test_commune_named_without_a_body_in_a_passing_sentence_stays_null():
    # near miss: a commune and its district named once, no commune body, not the story's place
    text = ("Giá lợn hơi hôm nay tiếp tục tăng ở nhiều địa phương trên cả nước.\n\n"
            "Theo khảo sát, giá lợn hơi tại các tỉnh miền Bắc dao động 70.000-75.000 đồng/kg.\n"
            "Một thương lái ở xã Tân An, huyện Tân Kỳ cho biết giá đang tăng.\n"
            "Tại miền Nam, giá lợn hơi cũng tăng nhẹ.")
    assert loc(text) is None


# --- a district bare in brackets after its commune -------------------------------------------------------

def test_bare_district_in_brackets_after_a_commune_is_a_mention():
    # baomoi-21473682, baomoi-21481611, baomoi-21512339
    assert ("Hương Sơn", "plain") in kinds("Đối với thị trấn Phố Châu (Hương Sơn), nét văn minh hiện rõ")
    assert "Bát Xát" in [n for n, _ in kinds("Thôn Ngải Thầu Thượng, xã Ngải Thầu (Bát Xát) nằm trên núi")]
    assert "Đống Đa" in [n for n, _ in kinds("được cán bộ, nhân dân phường Nam Đồng (Đống Đa) ghi nhận")]


def test_commune_town_story_with_its_district_in_brackets_is_that_district():
    # baomoi-21473682
    text = ("Đối với thị trấn Phố Châu (Hương Sơn), nét văn minh, hiện đại của một đô thị đang trên đường đi đến "
            "đích loại IV hiện rõ trong niềm vui của người dân.\n\n"
            "Ông Phan Xuân Định - Chủ tịch UBND thị trấn Phố Châu cho biết: “Thị trấn Phố Châu đang trong lộ trình "
            "xây dựng đô thị loại IV, nhiệm vụ còn nhiều”.\n"
            "Những tuyến đường mới được mở rộng, điện chiếu sáng được lắp đặt.")
    assert loc(text, title="Thị trấn Phố Châu - Dáng vóc của một đô thị loại IV") == "Hương Sơn"


def test_bracketed_name_that_is_a_province_or_not_a_district_is_no_district_mention():
    # `thị trấn Kỳ Sơn (Hòa Bình)`: the province, read as such (not the district Kỳ Sơn); a bracket
    # holding no district's name (`xã Tân An (Nhà Văn Hóa)`) names nothing
    assert [n for n, _ in kinds("tại thị trấn Kỳ Sơn (Hòa Bình) hôm qua")] == ["Hòa Bình"]
    assert kinds("tại xã Tân An (Nhà Văn Hóa) hôm qua") == []
