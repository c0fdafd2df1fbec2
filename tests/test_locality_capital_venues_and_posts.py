"""Locality round 10b (issue #16): a national event held in the capital, its leaders named only in their
posts, is national; a nationwide conference is national; a digest's marked items of other provinces make
it null; a province is read before a holder's name (`Chủ tịch UBND Hà Nội Nguyễn Đức Chung`) and after a
body's abbreviation (`LLVT Hà Tĩnh`, `CSGT Lạng Sơn`); an unnamed provincial military command acts for its province; a
province labelling the headline (`Vĩnh Phúc: ...`) wins over one district when its bodies act as often."""
from __future__ import annotations

from tests.conftest import make_doc
from vnextract.extractors import metadata


def loc(text, title=None):
    return metadata.find_locality(make_doc(text, title=title)).name


def bare_names(text):
    return [p.name for _, p, prefixed in metadata.place_mentions(text, 0, len(text)) if not prefixed]


# --- a province right before the holder's name ------------------------------------------------------

def test_province_after_a_body_before_the_chairs_name():
    # baomoi-21473906
    text = "Chủ tịch UBND Hà Nội Nguyễn Đức Chung yêu cầu đẩy nhanh việc đánh giá sự cần thiết của dự án."
    assert bare_names(text) == ["Hà Nội"]


def test_province_after_a_post_before_the_holders_name():
    # baomoi-21472144, baomoi-21511518
    assert bare_names("Chủ tịch Hà Nội Nguyễn Đức Chung yêu cầu đình chỉ chức vụ hiệu trưởng trường.") == ["Hà Nội"]
    assert bare_names("Ông Nguyễn Xuân Anh, Bí thư Đà Nẵng Nguyễn Xuân Anh phát biểu tại buổi lễ.") == ["Đà Nẵng"]


def test_a_name_after_a_province_with_no_post_or_body_before_it_is_still_no_place():
    # a school's name, then a student's; the Pacific after a capitalised word
    assert bare_names("Sinh viên Đại học Quốc gia Hà Nội Nguyễn Văn An đoạt giải nhất.") == []
    assert bare_names("Hợp tác kinh tế châu Á - Thái Bình Dương được thúc đẩy.") == []
    # a firm's name after the post (`Dương` a surname, but a firm's word before the province)
    assert bare_names("Ông Nguyễn Văn Hòa, Chủ tịch Tập đoàn Thái Bình Dương Nguyễn Văn Hòa phát biểu.") == []


def test_city_leader_at_a_district_voter_meeting_is_the_citys_story():
    # baomoi-22636571: the city chairman at a district's voter meeting, `Hà Nội` only before his name
    text = ("“Việc đục thông các vòm cầu không chỉ tạo thêm không gian sinh hoạt văn hóa cho người dân Thủ đô, mà "
            "còn giải quyết nhu cầu đi lại của nhân dân”, Chủ tịch Hà Nội Nguyễn Đức Chung nói.\n\nThông tin đục "
            "thông các vòm cầu Phùng Hưng đến ga Long Biên được Chủ tịch UBND Hà Nội Nguyễn Đức Chung đưa ra tại buổi "
            "tiếp xúc cử tri quận Hoàn Kiếm ngày 20/6. 131 vòm cầu được xây dựng cách đây trên 100 năm. Hà Nội cho "
            "xây bịt kín 127 vòm cầu từ nhiều năm trước.")
    assert loc(text, title="127 vòm cầu trăm tuổi Hà thành trước phút đục thông") == "Hà Nội"


# --- a province's armed forces and military command ------------------------------------------------

def test_armed_forces_abbreviation_names_the_province():
    # baomoi-22455850
    text = "Học tập đã thấm sâu vào nhận thức và hành động của mỗi cán bộ, chiến sĩ LLVT Hà Tĩnh."
    assert bare_names(text) == ["Hà Tĩnh"]


def test_a_club_after_an_abbreviation_stays_no_place():
    assert bare_names("Trận đấu giữa SHB Đà Nẵng và khách diễn ra chiều qua.") == []


def test_provincial_military_command_acting_first_over_one_district():
    # baomoi-22455850: `Bộ CHQS tỉnh` leads, one district's command named after it
    text = ("Việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh đã được Đảng ủy, Bộ CHQS tỉnh tập "
            "trung lãnh đạo, chỉ đạo, triển khai thực hiện toàn diện nên đã thấm sâu vào nhận thức của mỗi cán bộ, "
            "chiến sĩ LLVT Hà Tĩnh.\n\nỞ Ban CHQS huyện Đức Thọ, việc học tập được cụ thể hóa bằng những việc làm "
            "thiết thực. Thượng tá Nguyễn Trung Nghĩa - Chỉ huy trưởng Ban CHQS huyện Đức Thọ cho biết như vậy.")
    assert loc(text, title="Học và làm theo Bác bằng những việc làm cụ thể") == "Hà Tĩnh"


def test_a_district_military_command_acting_alone_stays_the_district():
    # near miss: the district's own command, no provincial body
    text = ("Ngày 12/3, Ban CHQS huyện Đức Thọ tổ chức lễ giao nhận quân năm 2017.\n\nThượng tá Nguyễn Trung Nghĩa - "
            "Chỉ huy trưởng Ban CHQS huyện Đức Thọ cho biết năm nay huyện Đức Thọ có 250 thanh niên nhập ngũ.")
    assert loc(text, title="Đức Thọ giao quân") == "Đức Thọ"


# --- a province labelling the headline --------------------------------------------------------------

PROVINCIAL_ROAD = (
    "Nhiều năm qua, bất kỳ ai đi qua đường tỉnh lộ 303, đoạn thuộc địa phận xã Nguyệt Đức, huyện Yên Lạc, tỉnh "
    "Vĩnh Phúc đều cảm thấy lo lắng.\n\nTại Km8 thuộc đường ĐT 303 đoạn chạy qua xã Nguyệt Đức (Yên Lạc, Vĩnh "
    "Phúc) đã xuất hiện nhiều điểm nứt to. Trước những bức xúc của người dân, lãnh đạo UBND huyện Yên Lạc đã có "
    "nhiều văn bản gửi các cấp trên. Được biết UBND tỉnh Vĩnh Phúc đã có chủ trương sửa chữa đoạn đường trên. Tuy "
    "nhiên, sau nhiều lần đề nghị của lãnh đạo UBND huyện Yên Lạc, chủ đầu tư vẫn im lặng. Người dân đề nghị Sở "
    "GTVT Vĩnh Phúc sớm có kế hoạch khắc phục.")


def test_headline_province_label_over_a_district_when_its_bodies_act_as_often():
    # baomoi-21490764
    assert loc(PROVINCIAL_ROAD, title="Vĩnh Phúc: Đường tỉnh 303 xuống cấp nghiêm trọng") == "Vĩnh Phúc"


def test_without_the_label_the_district_stays():
    # near miss: the same text under a headline naming no province
    assert loc(PROVINCIAL_ROAD, title="Đường tỉnh 303 xuống cấp nghiêm trọng") == "Yên Lạc"


def test_label_with_the_province_body_named_once_keeps_the_district():
    # near miss: `Nghệ An: ...` where the district's body acts and the province's only once
    text = ("Ngày 5/3, UBND huyện Thanh Chương tổ chức cưỡng chế công trình xây dựng trái phép tại xã Thanh Ngọc.\n\n"
            "Ông Nguyễn Văn A, Chủ tịch UBND huyện Thanh Chương cho biết huyện đã nhiều lần vận động. Việc cưỡng chế "
            "thực hiện theo chỉ đạo của UBND tỉnh Nghệ An.")
    assert loc(text, title="Nghệ An: Cưỡng chế công trình trái phép") == "Thanh Chương"


# --- national events in the capital; nationwide conferences -----------------------------------------

def test_national_conference_in_the_capital_with_the_city_party_chief_attending_is_national():
    # baomoi-22308329
    text = ("Sáng 18/5, tại Hà Nội, Ban Bí thư Trung ương Đảng tổ chức Hội nghị toàn quốc theo hình thức trực tuyến "
            "ở 63 điểm cầu trong cả nước sơ kết một năm thực hiện Chỉ thị số 05.\n\nĐồng chí Võ Văn Thưởng, Trưởng Ban "
            "Tuyên giáo Trung ương chủ trì Hội nghị. Tham dự Hội nghị có đồng chí Hoàng Trung Hải, Ủy viên Bộ Chính "
            "trị, Bí thư Thành ủy Hà Nội; đại diện lãnh đạo các ban, bộ, ngành Trung ương.")
    assert loc(text) is None


def test_state_visit_leaving_the_capital_with_city_chairs_in_the_delegation_is_national():
    # baomoi-22237627
    text = ("Sáng 11/5, Chủ tịch nước Trần Đại Quang và Phu nhân, cùng Đoàn đại biểu cấp cao Việt Nam rời Thủ đô Hà "
            "Nội, lên đường thăm cấp Nhà nước tới Trung Quốc.\n\nChuyến thăm diễn ra trong bối cảnh quan hệ hai nước "
            "phát triển. Tham gia đoàn có Nguyễn Đức Chung - Chủ tịch UBND thành phố Hà Nội, Nguyễn Thành Phong - Chủ "
            "tịch UBND Thành phố Hồ Chí Minh; ông Nguyễn Văn Đọc, Chủ tịch UBND tỉnh Quảng Ninh.")
    assert loc(text) is None


def test_national_body_acting_with_the_city_government_itself_stays_the_city():
    # near miss: the capital's own government acts (not only a leader in his post)
    text = ("Ngày 6/2, Bộ Xây dựng đã có văn bản gửi UBND TP Hà Nội về dự án đường sắt đô thị.\n\nUBND TP Hà Nội đã "
            "giao Sở Giao thông vận tải rà soát tiến độ dự án. UBND TP Hà Nội cam kết báo cáo trong tháng 3.")
    assert loc(text) == "Hà Nội"


def test_nationwide_conference_named_only_with_the_host_province_is_national():
    # baomoi-22307548 (the speaker's city named deep); a province only hosting the bridge points
    text = ("Sáng nay, 18-5, Ban Bí thư Trung ương Đảng đã tổ chức Hội nghị toàn quốc sơ kết một năm thực hiện Chỉ "
            "thị 05-CT/TW của Bộ Chính trị.\n\nBáo cáo sơ kết do đồng chí Mai Văn Ninh trình bày. Đồng chí Ngô Thị "
            "Thanh Hằng, Phó Bí thư Thường trực Thành ủy Hà Nội phát biểu tham luận tại hội nghị. Tham luận tại hội "
            "nghị, đại diện các bộ ngành, địa phương, đơn vị như Thành ủy Hà Nội, Đảng ủy Công an Trung ương đều "
            "cho rằng thực hiện tốt Chỉ thị 05 là rất quan trọng.")
    assert loc(text) is None


def test_a_ministry_conference_on_one_provinces_matter_stays_that_province():
    # near miss: no nationwide cue, the province's government acts in the lead too
    text = ("Ngày 5-2, tại xã Thụy Xuân, H. Thái Thụy, tỉnh Thái Bình, Bộ TN&MT phối hợp với UBND tỉnh Thái Bình tổ "
            "chức Lễ mít-tinh hưởng ứng ngày Đất ngập nước thế giới.\n\nPhát biểu tại lễ mít-tinh, Bộ trưởng Bộ TN&MT "
            "Trần Hồng Hà nhấn mạnh vai trò của đất ngập nước.")
    assert loc(text) == "Thái Bình"


# --- a digest of marked items ------------------------------------------------------------------------

def test_digest_of_leaders_activities_in_two_provinces_is_null():
    # baomoi-21511503
    text = ("Trong hai ngày 9 và 10-2, đồng chí Trương Thị Mai, Trưởng Ban Dân vận T.Ư cùng Đoàn công tác của Ban "
            "Dân vận T.Ư thăm, làm việc tại tỉnh Điện Biên.\n\nTại buổi làm việc, đồng chí Trần Văn Sơn, Bí thư Tỉnh "
            "ủy đã báo cáo tình hình. Đồng chí Trương Thị Mai biểu dương những nỗ lực của Đảng bộ, chính quyền và "
            "nhân dân các dân tộc tỉnh Điện Biên. Đồng chí ghi nhận những kiến nghị của tỉnh Điện Biên. * Ngày 10-2, "
            "đồng chí Đinh La Thăng, Ủy viên Bộ Chính trị, Bí thư Thành ủy TP Hồ Chí Minh có buổi làm việc với Thành "
            "đoàn TP Hồ Chí Minh về tình hình hoạt động năm 2016.")
    assert loc(text) is None


def test_marked_items_of_one_province_keep_it():
    # near miss: baomoi-21494645, every item in Nam Định
    text = ("Ngày 6-2, Tổng Bí thư Nguyễn Phú Trọng đã thăm, làm việc tại tỉnh Nam Định và chúc Tết Đảng bộ, chính "
            "quyền tỉnh Nam Định.\n\nTổng Bí thư biểu dương những kết quả mà Đảng bộ tỉnh Nam Định đạt được. * Chiều "
            "cùng ngày, Tổng Bí thư cùng Đoàn đại biểu Trung ương đã đến thăm Trường Chính trị Trường Chinh (TP Nam "
            "Định). * Cũng tại TP Nam Định, Tổng Bí thư đã dâng hương tại Di tích Lịch sử Số 7, Bến Ngự.")
    assert loc(text, title="Tổng Bí thư thăm, làm việc tại Nam Định") == "Nam Định"


def test_a_national_body_checking_the_capitals_own_work_stays_the_capital():
    # near miss: baomoi-22652221, the capital named as the matter several times, its department head in his post
    text = ("406 giáo viên Ngữ văn của Hà Nội đang phải đẩy nhanh tiến độ chấm thi trong khi lượng bài thi tự luận "
            "của Hà Nội nhiều nhất cả nước.\n\nChiều 30-6, Thứ trưởng Bộ GD-ĐT Bùi Văn Ga đã kiểm tra công tác chấm thi "
            "THPT quốc gia của Hà Nội. Cô Nguyễn Thị Thu Hà, Trưởng ban chấm thi bộ môn Ngữ văn của Hà Nội cho biết "
            "công tác chấm thi được đặc biệt chú trọng. Ông Chử Xuân Dũng, Phó Giám đốc Sở GD-ĐT Hà Nội cho biết "
            "giáo viên chấm thi đều có kinh nghiệm.")
    assert loc(text, title="Nhiều giáo viên phải ăn ngủ tại trường để chấm thi kịp tiến độ") == "Hà Nội"


def test_a_city_implementing_the_national_congress_resolution_is_no_nationwide_conference():
    # near miss: baomoi-21486658, `Đại hội đại biểu toàn quốc` names the congress a city implements
    text = ("Những thành tựu đạt được trong 20 năm thực hiện cơ chế trực thuộc Trung ương đã tạo thuận lợi để TP Đà "
            "Nẵng tiếp tục triển khai thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XII của Đảng.\n\nĐà Nẵng "
            "tạo chuyển biến tích cực trong việc thực hiện chương trình thành phố “4 an”. Thành ủy Đà Nẵng xác định "
            "trọng tâm công tác xây dựng Đảng năm 2017. Thành ủy Đà Nẵng đã ban hành chương trình kiểm tra.")
    assert loc(text, title="Nâng cao năng lực lãnh đạo và sức chiến đấu của Đảng bộ các cấp") == "Đà Nẵng"


def test_provincial_traffic_police_acting_first_over_a_district_team():
    # baomoi-22733363: `Phòng CSGT Lạng Sơn` (the province's) with a district's team
    text = ("Tổ công tác CSGT đã tiến hành truy đuổi, vây bắt thành công kẻ trộm xe máy tại huyện Văn Lãng.\n\nCSGT "
            "Lạng Sơn truy đuổi, tóm gọn đối tượng trộm xe máy. Ngay lập tức tổ công tác của Phòng CSGT Lạng Sơn phối "
            "hợp với Đội CSGT huyện Văn Lãng đã tìm được đối tượng và tiến hành truy đuổi.")
    assert loc(text, title="Gay cấn cảnh CSGT Lạng Sơn truy đuổi tên trộm xe máy") == "Lạng Sơn"
