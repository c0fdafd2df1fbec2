"""Article fields round 8 (issue #16): a commune's own story gives the district named with it once; a
province whose several districts are named alike is the story's place; a commune named like a province
is no mention of it; without a published date, a day whose written year is long before the
article's latest written year is history, not the reported event."""
from __future__ import annotations

from tests.conftest import make_doc
from vnextract.extractors import dates, metadata


def loc(text, title=None):
    return metadata.find_locality(make_doc(text, title=title)).name


def event(text, title=None, published=None):
    mt = dates.event_date(make_doc(text, title=title, published=published))
    return mt.value if mt is not None else None


# --- a commune body up front: the district named with it, once -------------------------------------

def test_ward_inspection_gives_its_district():
    # baomoi-22323828
    text = ("Đoàn kiểm tra đã lập biên bản vi phạm và phạt hành chính cửa hàng bánh mì tại số 2 phố Trung Hòa.\n\n"
            "Ngày 18/5, đoàn liên ngành của UBND phường Trung Hòa, quận Cầu Giấy, Hà Nội đã tiến hành kiểm tra cửa "
            "hàng bánh mì Bami King tại số 2 phố Trung Hòa và phát hiện hàng loạt sai phạm về vệ sinh an toàn thực phẩm. "
            "Theo kết quả kiểm tra, cửa hàng này đã sử dụng nguyên liệu không có giấy tờ chứng minh nguồn gốc.")
    assert loc(text, title="Phát hiện nhiều sai phạm về vệ sinh ATTP tại Bami King") == "Cầu Giấy"


def test_commune_chairman_confirming_an_accident_gives_his_district():
    # baomoi-22466358
    text = ("Trong lúc đang gieo sạ lúa thì ông D. gặp trận mưa dông và không may bị sét đánh trúng dẫn đến tử vong.\n\n"
            "Chiều tối ngày 5/6, trao đổi với PV Dân trí, ông Lê Văn Chương - Chủ tịch UBND xã Tam Thành, huyện Phú Ninh, "
            "Quảng Nam) xác nhận trên địa bàn vừa xảy ra vụ một nông dân bị sét đánh trúng tử vong. Nạn nhân là ông "
            "Lê Văn D. (48 tuổi, trú tại thôn 6, xã Tam Thành, huyện Phú Ninh).")
    assert loc(text) == "Phú Ninh"


def test_commune_body_with_its_district_named_only_deep_in_the_body_stays_null():
    # near miss: the district is not named up front
    text = ("Người dân bức xúc vì bãi rác tự phát bốc mùi hôi thối suốt nhiều ngày.\n\n"
            "Theo phản ánh, UBND phường đã được báo nhưng chưa giải quyết. Người dân phải sống chung với mùi hôi. "
            "Rác thải tràn ra ven đường, ngập cả lối đi. Nhiều hộ đã phải đóng cửa cả ngày. "
            "Bãi rác nằm gần một chung cư ở quận Hoàng Mai.")
    assert loc(text) is None


# --- several districts of a province named alike: the province -------------------------------------

def test_fireworks_cancelled_in_three_cities_of_the_province():
    # dantri-unc-news_society_210
    text = ("Quảng Ninh dừng bắn pháo hoa để đảm bảo công tác phòng chống Covid-19 (ảnh minh họa)\n\n"
            "Trước đó, tỉnh Quảng Ninh dự kiến trong dịp lễ 30/4 - 1/5, trên địa bàn tỉnh sẽ có 5 điểm bắn pháo hoa tại "
            "3 địa phương là TP Hạ Long, TP Cẩm Phả và thị xã Đông Triều gắn với các chương trình nghệ thuật đặc sắc.\n"
            "Tuy nhiên, theo tỉnh này, tỉnh sẽ dừng bắn pháo hoa tại các điểm dự kiến trên địa bàn toàn tỉnh.\n"
            "Cũng theo tỉnh Quảng Ninh, từ sau dịp 30/4, 1/5 đến ngày 23/5, tỉnh cũng sẽ tạm dừng các sự kiện lễ hội.")
    assert loc(text) == "Quảng Ninh"


def test_two_districts_of_a_province_in_the_lead():
    # baomoi-style flood story: two districts hit alike, no body of either
    text = ("Mưa lớn kéo dài gây ngập nhiều nơi ở Nghệ An.\n\n"
            "Mưa lớn từ đêm qua khiến nhiều nhà dân ở huyện Thanh Chương và huyện Anh Sơn bị ngập sâu. "
            "Nhiều tuyến đường bị chia cắt. Người dân đã kịp di dời tài sản lên cao.")
    assert loc(text, title="Nghệ An: mưa lớn gây ngập nhiều nơi") == "Nghệ An"


def test_one_district_of_the_province_in_the_lead_stays_the_district():
    # near miss: a single district of the headline's province is the most specific place
    text = ("Mưa lớn kéo dài gây ngập nhiều nơi.\n\n"
            "Mưa lớn từ đêm qua khiến nhiều nhà dân ở huyện Thanh Chương bị ngập sâu. "
            "Nhiều tuyến đường bị chia cắt. Người dân đã kịp di dời tài sản lên cao.")
    assert loc(text, title="Nghệ An: mưa lớn gây ngập nhiều nơi") == "Thanh Chương"


# --- a commune named like a province is no mention of the province -------------------------------

def _names(text):
    return [p.name for _, p, _ in sorted(metadata.place_mentions(text, 0, len(text)), key=lambda m: m[0])]


def test_commune_named_like_a_province_before_its_district():
    # baomoi-21486790: `xã Lạng Sơn, huyện Anh Sơn` names a commune, not the province
    text = "Chúng tôi tìm về xóm 3, xã Lạng Sơn, huyện Anh Sơn (Nghệ An) vào một ngày mưa phùn đầu năm."
    assert "Lạng Sơn" not in _names(text)


def test_commune_body_named_like_a_province_keeps_its_district():
    # baomoi-22454081: `UBND xã Hòa Bình (huyện Vĩnh Bảo, ...)`: the commune's district, not the province
    text = ("Chiếc taxi đang chạy bỗng nhiên bốc cháy dữ dội, nữ tài xế đã nhanh trí thoát ra ngoài.\n\n"
            "Vào 14h45 ngày 4.6, tại khu vực trước cửa trụ sở UBND xã Hòa Bình (huyện Vĩnh Bảo, thành phố Hải Phòng), "
            "chiếc xe taxi BKS 15A-0374 do chị Nguyễn Thị Luyến điều khiển bỗng nhiên bốc cháy. "
            "Rất may không ai bị thương.")
    assert loc(text) == "Vĩnh Bảo"


def test_prefixed_province_is_read_once():
    # `tỉnh Quảng Ninh` is one mention, not a prefixed and a bare one
    text = "Trước đó, tỉnh Quảng Ninh dự kiến có 5 điểm bắn pháo hoa."
    assert _names(text) == ["Quảng Ninh"]


# --- event_date: no published date, a long-past written year is history ----------------------------

def test_anniversary_range_gives_the_meeting_day_not_the_birth_day():
    # baomoi-22295371
    text = ("Triển lãm ảnh về Chủ tịch Hồ Chí Minh\n\n"
            "Nhân kỷ niệm 127 năm Ngày sinh Chủ tịch Hồ Chí Minh (19-5-1890/ 19-5-2017), sáng 17-5, Thành ủy, UBND "
            "TP Hồ Chí Minh tổ chức khai mạc Triển lãm với chủ đề “Chủ tịch Hồ Chí Minh sống mãi trong lòng dân tộc”. "
            "Triển lãm trưng bày 155 bức ảnh.")
    assert event(text) == "2017-05-17"


def test_press_day_anniversary_gives_the_visit_day():
    # baomoi-22539451
    text = ("Chúc mừng Thông tấn xã Việt Nam\n\n"
            "Nhân kỷ niệm 92 năm Ngày Báo chí Cách mạng Việt Nam (21/6/1925 - 21/6/2017), chiều 15/6, Ủy viên Bộ Chính "
            "trị, Bí thư Thành ủy Hà Nội Hoàng Trung Hải đã đến thăm và chúc mừng cán bộ, phóng viên Thông tấn xã Việt Nam. "
            "Đồng chí Hoàng Trung Hải đánh giá cao vai trò của Thông tấn xã Việt Nam.")
    assert event(text).endswith("-06-15")


def test_a_written_day_of_the_year_before_the_latest_is_kept():
    # near miss: one year back is not history (a report of last December in a January story, a written
    # day of the later year in it)
    text = ("Kết quả thu ngân sách\n\n"
            "Ngày 30/12/2016, Cục Thuế tỉnh tổ chức hội nghị tổng kết công tác thuế. Từ ngày 1/1/2017, ngành thuế "
            "phấn đấu thu vượt dự toán. Hội nghị kết thúc cùng ngày.")
    assert event(text) == "2016-12-30"


def test_a_later_deadline_day_does_not_make_the_event_history():
    # the latest day written with its year may be a deadline's, years after the event
    text = ("Đẩy nhanh tiến độ dự án\n\n"
            "Ngày 6/2/2017, UBND tỉnh tổ chức hội nghị về dự án đường ven biển. UBND tỉnh yêu cầu chủ đầu tư "
            "hoàn thành dự án trước ngày 31/12/2019.")
    assert event(text) == "2017-02-06"


def test_with_a_published_date_the_old_written_year_rule_does_not_apply():
    # near miss: with `published`, the lead's day window decides (the day is the published day)
    text = ("Triển lãm ảnh\n\n"
            "Ngày 17/5/2015, UBND TP tổ chức khai mạc triển lãm ảnh về Chủ tịch Hồ Chí Minh. Triển lãm có 155 bức ảnh "
            "được chọn từ năm 2017.")
    assert event(text, published="2015-05-17") == "2015-05-17"
