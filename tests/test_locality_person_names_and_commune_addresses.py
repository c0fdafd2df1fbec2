"""Locality round 10 (issue #16): `Hồ Chí Minh` written bare is the person (`Chủ tịch Hồ Chí Minh`,
`phong cách Hồ Chí Minh`), not the city; a commune's full address closed by its province written bare
(`xã Ngọc Định, huyện Định Quán, Đồng Nai`) names the district once more; `người dân xã X` (the people
of a place) is no one's home elsewhere. Texts are cut from the corpus articles named."""
from __future__ import annotations

from tests.conftest import make_doc
from vnextract.extractors import metadata


def loc(text, title=None):
    return metadata.find_locality(make_doc(text, title=title)).name


def bare_names(text):
    return [p.name for off, p, prefixed in metadata.place_mentions(text, 0, len(text)) if not prefixed]


# --- the person, not the city ----------------------------------------------------------------------

def test_ho_chi_minh_after_a_title_or_an_ideology_word_is_the_person():
    # baomoi-21495327, baomoi-22455850, baomoi-22248836
    assert bare_names("người học trò xuất sắc của Chủ tịch Hồ Chí Minh. Rèn luyện và trưởng thành") == []
    assert bare_names("việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh đã được triển khai") == []
    assert bare_names("Chiều 11/5, tại Bảo tàng Hồ Chí Minh, Ban Tuyên giáo T.Ư đã tổ chức khai mạc triển lãm") == []


def test_an_article_about_the_person_has_no_city():
    # baomoi-22305153: leaders visit the mausoleum in Hà Nội; no city named Hồ Chí Minh
    text = ("Các vị lãnh đạo Đảng, Nhà nước đã vào Lăng viếng Chủ tịch Hồ Chí Minh và đặt hoa, dâng hương tưởng niệm.\n\n"
            "Nhân dịp kỷ niệm 127 năm Ngày sinh Chủ tịch Hồ Chí Minh, sáng 18/5, Đoàn đại biểu Ban Chấp hành Trung ương "
            "Đảng đã vào Lăng viếng Chủ tịch Hồ Chí Minh. Tên tuổi và sự nghiệp của Chủ tịch Hồ Chí Minh sẽ còn mãi.")
    assert loc(text) != "Hồ Chí Minh"


def test_the_city_with_its_prefix_or_after_a_locative_stays_the_city():
    # baomoi-22295371: the city's Thành ủy and UBND hold an exhibition about the person
    text = ("Nhân kỷ niệm 127 năm Ngày sinh Chủ tịch Hồ Chí Minh, sáng 17-5, Thành ủy, UBND TP Hồ Chí Minh tổ chức "
            "khai mạc Triển lãm với chủ đề “Chủ tịch Hồ Chí Minh sống mãi trong lòng dân tộc”.\n\n"
            "Triển lãm giới thiệu di sản tư tưởng, đạo đức, phong cách Hồ Chí Minh. Ông Nguyễn Văn Minh, Phó giám đốc "
            "Sở Văn hóa Thể thao TP Hồ Chí Minh nhấn mạnh ý nghĩa của triển lãm.")
    assert loc(text) == "Hồ Chí Minh"
    assert bare_names("Anh D. đi từ Hà Nội vào làm việc tại Hồ Chí Minh trong hai ngày") == ["Hà Nội", "Hồ Chí Minh"]


# --- a commune's full address closed by its province written bare ------------------------------------

def test_accident_at_a_communes_full_address_is_the_district():
    # baomoi-22293880
    text = ("Xe máy cày đang lưu thông bất ngờ lạc tay lái khiến các bao tải hàng đổ xuống đè chết 2 mẹ con đi xe máy.\n\n"
            "Theo thông tin ban đầu, vụ tai nạn xảy ra vào khoảng 16h ngày 16/5 tại tuyến đường xã, thuộc địa bàn xã Ngọc "
            "Định, huyện Định Quán, Đồng Nai. Vụ tai nạn khiến chị Nguyễn Thị Kim Tuyến (31 tuổi) và mẹ chồng là bà Nguyễn "
            "Thị Hương (57 tuổi), cùng ngụ xã Thanh Sơn, huyện Định Quán tử vong. Hiện nguyên nhân vụ tai nạn đang được "
            "cơ quan chức năng làm rõ.")
    assert loc(text) == "Định Quán"


def test_commune_festival_with_the_province_in_brackets_is_the_district():
    # baomoi-21481588
    text = ("Đã trở thành nét đẹp truyền thống, những ngày đầu xuân Đinh Dậu, người dân xã Mai Phụ, huyện Lộc Hà (Hà "
            "Tĩnh) lại háo hức gói bánh chưng dâng Lễ Giỗ vua Mai Hắc Đế.\n\n"
            "Ông Nguyễn Xuân Bắc - Bí thư Đảng ủy xã Mai Phụ cho biết: “Việc tổ chức lễ tế vua Mai được xã duy trì từ "
            "nhiều năm nay”. Năm nay việc gói bánh chưng được tổ chức trong toàn dân ở các xóm.")
    assert loc(text) == "Lộc Hà"


def test_town_body_acting_with_the_province_in_brackets_is_the_district():
    # baomoi-22387813: the thị trấn acts; a provincial department explains afterwards
    text = ("Ăn không hết số cá đã kho, vợ ông Loan mang vào cất trong tủ lạnh.\n\n"
            "Những ngày qua, nhiều người dân ở thị trấn Nghi Xuân, huyện Nghi Xuân (Hà Tĩnh) cảm thấy lo lắng trước sự "
            "việc cá kho để qua đêm trong tủ lạnh đã chuyển sang màu đỏ. Đến sáng 26/5, cơ quan chức năng của thị trấn "
            "Nghi Xuân đã tiến hành lập biên bản và lấy mẫu đi xét nghiệm. Ông Phạm Tuấn Dương - Chủ tịch UBND thị trấn "
            "Nghi Xuân xác nhận sự việc. Bác sỹ Phan Văn Hùng - Chi cục trưởng Chi cục ATVSTP Hà Tĩnh cho hay đây là "
            "hiện tượng bình thường. Chi cục ATVSTP Hà Tĩnh khuyến cáo người dân.")
    assert loc(text) == "Nghi Xuân"


def test_a_district_with_its_province_but_no_commune_is_named_once():
    # dantri-unc-news_health_022: a trial site of a national vaccine, not the story's place
    text = ("Cụ thể, sau khi tiến hành tiêm thử nghiệm trên 554 tình nguyện viên ở cả 2 địa điểm nghiên cứu là Học viện "
            "Quân y (Hà Nội) và huyện Bến Lức (Long An), vắc xin Covid-19 đã đảm bảo tính an toàn.\n\n"
            "Các tình nguyện viên đều chỉ phản ứng nhẹ sau tiêm. Theo kế hoạch, nhóm nghiên cứu sẽ báo cáo kết quả lên "
            "Bộ Y tế để cho kết luận cuối cùng.")
    assert loc(text) is None


def test_a_home_address_closed_by_its_province_stays_a_home():
    # baomoi-21472199: a profile; the man's home village is no body's work
    text = ("Không nhìn thấy ánh sáng như bao người bình thường khác, nhưng anh đang sống những ngày ý nghĩa.\n\n"
            "Anh tên Nguyễn Hùng Thanh, sinh năm 1976, quê ở xã Hoài Tân, huyện Hoài Nhơn (Bình Định). Lúc lên 7 tuổi, "
            "sau một trận sốt thì mắt anh không còn nhìn thấy ánh sáng. Anh quyết tâm học đàn guitar.")
    assert loc(text) is None


# --- the people of a place are no one's home ---------------------------------------------------------

def test_the_people_of_a_commune_mourning_is_the_communes_district():
    # baomoi-22292023: funerals after a crash; the district police investigate
    text = ("Chưa bao giờ người dân xóm Việt Tân, xã Việt Thống, huyện Quế Võ, tỉnh Bắc Ninh lại chứng kiến cùng lúc 3 "
            "đám tang của học sinh.\n\n"
            "Chỉ một cú đạp nhầm chân ga mà Phạm Tuấn Thành đã gây ra vụ TNGT đặc biệt nghiêm trọng. Hiện Công an huyện "
            "Quế Võ đang điều tra, xác minh nguyên nhân vụ tai nạn.")
    assert loc(text) == "Quế Võ"


def test_a_residence_cue_still_marks_a_home():
    # baomoi-22292842-like: a family's home named with `trú tại` is no place of the story by itself
    text = ("Người đàn ông nghèo không thể giấu nổi nỗi đau khi nhắc đến đứa con bé bỏng.\n\n"
            "Hai vợ chồng trú tại thôn Tâm Phú, xã Thạch Mỹ, huyện Lộc Hà, tỉnh Hà Tĩnh. Cháu Phú lâm bệnh nặng, "
            "được đưa đến Bệnh viện Nhi Trung ương thăm khám.")
    assert loc(text) is None


def test_a_street_address_with_its_house_number_is_no_event_address():
    # baomoi-22695187: a charity appeal; the paper's office address closes the article
    text = ("Trong buồng bệnh 216 khoa Ngoại tiêu hóa, BV Đà Nẵng, nhiều người xót xa trước hoàn cảnh của chị Huệ.\n\n"
            "Bà Nguyễn Thị Gái, chị ruột bệnh nhân, cho hay em gái mình bị sỏi mật. Mọi sự giúp đỡ xin gửi về Văn phòng "
            "báo: 156 Xã Đàn 2, phường Nam Đồng, quận Đống Đa, Hà Nội. Phía Nam: số 408 Điện Biên Phủ, P11, Q10, TP.HCM.")
    assert loc(text) != "Đống Đa"
