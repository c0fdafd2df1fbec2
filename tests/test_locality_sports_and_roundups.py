"""Article fields round 9 (issue #16): in a sports report a bare province name is a club, and a club,
team or stadium named after a province is no mention of it (`CLB Hà Nội`, `trên sân Thanh Hóa`); a
place that fills only the later sections while the lead's body is another place's is a round-up, null."""
from __future__ import annotations

from tests.conftest import make_doc
from vnextract.extractors import metadata


def loc(text, title=None):
    return metadata.find_locality(make_doc(text, title=title)).name


# --- sports: clubs, teams and stadiums named after their province ------------------------------------

def test_match_report_with_the_hosts_named_by_their_province_is_null():
    # dantri-unc-news_sport_001
    text = ("Dân trí Từ chỗ là đội có cơ hội rất lớn lọt top 8 để đua vô địch ở giai đoạn 2 V-League, nhưng SHB Đà Nẵng "
            "đã nhận trận thua đau 0-1 trước chủ nhà Nam Định ở vòng 13.\n"
            "Nam Định với lợi thế sân nhà là đội tạo ra nhiều đợt lên bóng đáng chú ý hơn trong khoảng 30 phút.\n"
            "45 phút của hiệp đấu đầu tiên kết thúc mà không có bàn thắng nào được ghi.\n"
            "Sang hiệp 2, trận đấu khởi sắc hơn khi cả Nam Định và Đà Nẵng đều chủ động chơi tấn công.\n"
            "Phút 66, đội chủ nhà Nam Định đã có bàn thắng vươn lên dẫn trước.\n")
    assert loc(text, title="CLB Nam Định giành 3 điểm sân nhà, SHB Đà Nẵng phải đua trụ hạng") is None


def test_stadium_named_after_the_province_is_no_mention():
    # dantri-unc-news_sport_036
    text = ("Gần như ngay sau khi trận đấu trên sân Thanh Hóa kết thúc, tờ nhật báo thể thao hàng đầu Thái Lan Siam Sport "
            "chạy tít: \"Zico có trận thắng thứ 8 liên tục\".\n\n"
            "Tờ nhật báo cũng không quên nói về hoàn cảnh diễn ra trận đấu này, khi sân Thanh Hóa buộc phải \"đóng cửa\" "
            "với khán giả vào giờ chót. Người xem tận dụng các tòa nhà cao tầng xung quanh sân Thanh Hóa, để theo dõi "
            "Kiatisuk và các học trò đối đầu với đội chủ nhà Thanh Hóa.")
    assert loc(text) is None


def test_team_beaten_by_a_province_club_is_null():
    # dantri-unc-news_sport_182, dantri-unc-news_sport_224
    text = ("Tờ Siam Sport của Thái Lan viết: \"HLV Mano Polking nóng mặt sau khi bị đánh bại 3-2 bởi đội Nam Định\".\n\n"
            "Ban đầu trọng tài chỉ thông báo bù giờ 5 phút, nhưng do các cầu thủ Nam Định câu giờ quá nhiều, thời gian đá "
            "bù được nâng lên đến 12 phút. Trận đấu kết thúc với chiến thắng 1-0 dành cho Nam Định trước Than Quảng Ninh.")
    assert loc(text) is None


def test_city_body_handing_its_stadium_to_the_club_keeps_the_city():
    # baomoi-21473443: sports words, but the city's own body acts (a prefixed place, a body's jurisdiction)
    text = ("Sau khi UBND TP.Hà Nội bàn giao sân vận động Hàng Đẫy cho Câu lạc bộ bóng đá Hà Nội, đơn vị này sẽ lập đề án "
            "xây dựng, cải tạo lại sân.\n\n"
            "Sáng nay (6.2), ông Nguyễn Đức Chung - Chủ tịch UBND TP.Hà Nội đã yêu cầu Sở VHTT kiểm tra hiện trạng tất cả "
            "các cơ sở thể dụng thể thao do Sở quản lý để tiến tới bàn giao cho các CLB thể thao. Một trận đấu bóng đá "
            "phong trào được tổ chức trên sân vận động Hàng Đẫy. Các cầu thủ, HLV của CLB Bóng đá Hà Nội sẽ tập luyện tại đây.")
    assert loc(text, title="Sẽ có bãi đỗ xe ngầm tại sân vận động Hàng Đẫy?") == "Hà Nội"


def test_few_sports_words_leave_a_bare_province_counted():
    # a clip of a match named in a provincial story is no sports report (one sports word)
    text = ("Tại Quảng Ninh, lượng khách du lịch dịp nghỉ lễ tăng mạnh so với cùng kỳ năm trước.\n\n"
            "Theo Sở Du lịch Quảng Ninh, các khu du lịch ở Hạ Long đón hơn 100.000 lượt khách, nhiều khách xem trận đấu "
            "giao hữu trên bãi biển. Quảng Ninh cũng tổ chức nhiều sự kiện văn hóa dịp này.")
    assert loc(text) == "Quảng Ninh"


# --- round-ups: the best place fills later sections, the lead's body is another place's ----------------

def test_roundup_whose_later_sections_outweigh_the_lead_is_null():
    # baomoi-22329271: Đà Nẵng's inspectors in the lead, then sections on Hà Nội and Sóc Trăng
    text = ("Nhiều công trình lớn xây dựng sai phép, không phép dù quá hạn đã lâu nhưng tới nay vẫn chưa được tháo dỡ.\n\n"
            "Với việc xây dựng 104 căn hộ trái phép tại dự án Mường Thanh - Sơn Trà, chủ đầu tư đã bị Thanh tra Sở Xây dựng "
            "TP Đà Nẵng xử phạt 40 triệu đồng. Đáng nói, lệnh yêu cầu dừng thi công của Sở Xây dựng TP Đà Nẵng đã không "
            "được đơn vị này chấp hành nghiêm túc. Sóc Trăng: Tìm cách giải quyết. Ông Trần Hoàng Hợp, Phó Chủ tịch UBND "
            "TP Sóc Trăng, cho biết đã yêu cầu dừng thi công. UBND TP Sóc Trăng đã họp bàn phương án. Sở TN&MT tỉnh Sóc "
            "Trăng yêu cầu bổ sung hồ sơ. Hồ sơ sẽ trình UBND tỉnh Sóc Trăng phê duyệt. Ủy ban Kiểm tra Tỉnh ủy Sóc Trăng "
            "đang xem xét. Theo UBND TP Sóc Trăng, hiện nay đất đã được chuyển mục đích sử dụng.")
    assert loc(text, title="Vi phạm xây dựng: Càng to càng dễ… thoát nạn") is None


def test_second_story_of_another_province_outweighing_the_lead_is_null():
    # dantri-unc-news_society_074: Krông Búk's police in the lead, then a longer story of Vinh's police
    text = ("Ngày 27/4, Công an huyện Krông Búk (tỉnh Đắk Lắk) cho biết, đơn vị đã triệu tập một nam thanh niên có hành "
            "vi lên mạng xã hội Facebook đăng tải bài viết lăng mạ lực lượng công an làm căn cước công dân.\n\n"
            "Nam thanh niên được xác định là Trương Quang T. (20 tuổi, ngụ xã Cư Kpô, huyện Krông Búk, tỉnh Đắk Lắk).\n"
            "Tại cơ quan công an, T. đã hiểu được hành vi sai trái của mình và viết bản cam kết không tái phạm.\n"
            "Sáng 27/4, Công an thành phố Vinh, Nghệ An cho biết, đã vào cuộc xử lý đối tượng lên Facebook \"mắng\" công an.\n"
            "Bài viết có nội dung: \"Công an thành phố Vinh làm ăn bát nháo\". Công an Thành phố Vinh đã tiến hành xác minh. "
            "(Ảnh: Công an TP Vinh). Sau đó, Công an thành phố Vinh đã làm việc với người này. Công an thành phố Vinh "
            "đề nghị người dân cung cấp thông tin. Công an TP Vinh cho biết sẽ xử lý nghiêm.")
    assert loc(text) is None


def test_province_story_whose_districts_fill_the_body_keeps_its_place():
    # near miss: the later sections are the lead's own province's districts (related places)
    text = ("Sáng 12/5, UBND tỉnh Quảng Nam tổ chức hội nghị triển khai công tác phòng chống thiên tai năm 2017.\n\n"
            "Tại hội nghị, lãnh đạo các địa phương báo cáo tình hình chuẩn bị. Chủ tịch UBND huyện Núi Thành cho biết "
            "huyện đã di dời các hộ dân vùng trũng. UBND huyện Núi Thành cũng đã chuẩn bị lương thực. Lãnh đạo UBND huyện "
            "Núi Thành đề nghị hỗ trợ thêm kinh phí. Công an huyện Núi Thành sẵn sàng lực lượng.")
    assert loc(text) in ("Quảng Nam", "Núi Thành")


# --- a province headline over two of its districts' events: the province ------------------------------

def test_province_headline_over_two_districts_incidents_gives_the_province():
    # baomoi-22331996: two drownings, in huyện Đức Phổ and huyện Mộ Đức
    text = ("Trưa ngày 21.5, sau gần một ngày tìm kiếm, lực lượng cứu hộ đã tìm thấy thi thể em Võ Văn Đô (16 tuổi), "
            "học sinh lớp 9D, Trường THCS xã Phổ Văn.\n\n"
            "Trước đó, vào chiều ngày 20.5, một nhóm học sinh lớp 9 trường THCS xã Phổ Văn, huyện Đức Phổ đã rủ nhau "
            "ra biển tắm. Cùng ngày, một nhóm học sinh khác của Trường THCS Đức Thạnh, cũng ra bãi biển Minh Tân "
            "(huyện Mộ Đức) tắm. Các học sinh bị sóng cuốn trôi.")
    assert loc(text, title="Quảng Ngãi: 2 vụ học sinh đuối nước") == "Quảng Ngãi"


def test_commune_chairman_confirming_a_drowning_keeps_his_district():
    # baomoi-22463396: near miss, a commune's body up front; the victim's home is another district
    text = ("Trong lúc bơi ra giữa hồ để vớt con chim bị mắc bẫy, anh Đào Nhật T. (30 tuổi, trú TP Đà Nẵng) bị đuối "
            "nước thương tâm.\n\n"
            "Ngày 5/6, ông Trần Kim Đính, Chủ tịch UBND xã Hòa Sơn, huyện Hòa Vang, TP Đà Nẵng xác nhận, trên địa bàn "
            "vừa xảy ra vụ đuối nước khiến một thanh niên tử vong. Trước đó, anh T. cùng bạn (cùng ở đường Hoàng Văn "
            "Thái, phường Hòa Khánh Nam, quận Liên Chiểu, TP Đà Nẵng) đi bẫy chim tại khu vực hố Thung (thôn Đại La, "
            "xã Hòa Sơn, huyện Hòa Vang, TP Đà Nẵng).")
    assert loc(text, title="Đà Nẵng: Nam thanh niên bị đuối nước khi vớt chim") == "Hòa Vang"
