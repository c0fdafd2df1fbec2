"""Locality round 7 (issue #16): the province's body acting first up front makes the story the province's,
even where its scene is one of its districts; a body that is the object of another's work is no actor;
a deputy's delegation in brackets is not where the reported work happens."""
from __future__ import annotations

from tests.conftest import make_doc
from vnextract.extractors import metadata


def loc(text, title=None):
    return metadata.find_locality(make_doc(text, title=title)).name


# --- the province's body acts first: the province -------------------------------------------------

def test_city_vice_chair_working_with_a_district_is_the_citys_story():
    # baomoi-21512103
    text = ("Đó là nhắn nhủ của Phó Chủ tịch UBND TP.HCM Huỳnh Cách Mạng trong buổi làm việc với UBND huyện Củ Chi "
            "về kế hoạch triển khai thực hiện nhiệm vụ năm 2017 của huyện chiều 10-2.\n\nÔng Huỳnh Cách Mạng đề nghị: "
            "“Lãnh đạo huyện phải đi cơ sở, công việc ở cơ quan hành chính chỉ là một phần”.")
    assert loc(text) == "Hồ Chí Minh"


def test_a_department_named_without_its_place_inspecting_a_district():
    # baomoi-21491171: `Sở Nội vụ` (a province-level body) leads an inspection in huyện Gia Lâm
    text = ("Tiếp tục chương trình kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính sau kỳ nghỉ Tết tại các cơ quan "
            "đơn vị trên địa bàn TP Hà Nội, sáng 8/2, đoàn kiểm tra công vụ TP do Phó Giám đốc Sở Nội vụ Ngô Anh Tuấn "
            "làm trưởng đoàn đã đến kiểm tra đột xuất 3 đơn vị tại huyện Gia Lâm.\n\nTại Chi nhánh Văn phòng Đăng ký "
            "quyền sử dụng đất huyện Gia Lâm, đoàn kiểm tra ghi nhận 100% cán bộ có mặt. Tại UBND huyện Gia Lâm, "
            "đoàn kiểm tra ghi nhận cán bộ có mặt đầy đủ. Bộ phận Một cửa của UBND huyện Gia Lâm làm việc đúng giờ.")
    assert loc(text) == "Hà Nội"


def test_province_requiring_its_city_to_cancel_documents():
    # baomoi-22228016
    text = ("Tỉnh Bình Thuận yêu cầu TP Phan Thiết hủy bỏ 15 văn bản vì sử dụng con dấu mới khi chưa có hiệu lực.\n\n"
            "Ngày 9-5, chủ tịch UBND tỉnh Bình Thuận đã ký công văn gửi Sở Nội vụ, Sở KH&ĐT tỉnh Bình Thuận và UBND "
            "TP Phan Thiết, liên quan đến việc UBND TP Phan Thiết cùng lúc sử dụng hai con dấu. UBND TP Phan Thiết "
            "rà soát, lập lại hồ sơ các công trình.")
    assert loc(text, title="Hủy nhiều văn bản vì dùng con dấu chưa có hiệu lực") == "Bình Thuận"


def test_city_criticising_a_former_district_chair():
    # baomoi-22365716
    text = ("UBND TP.HCM vừa có văn bản phê bình ông Đào Anh Kiệt, nguyên Giám đốc Sở Tài nguyên - Môi trường; bà "
            "Đặng Thị Hồng Liên, nguyên Chủ tịch UBND quận 9 do sai phạm trong việc chuyển mục đích sử dụng khu đất 1A "
            "(phường Phú Hữu, quận 9). Khu đất 1A, phường Phú Hữu, quận 9.\n\nUBND quận 9 đã kiểm điểm các cán bộ.")
    assert loc(text, title="Hàng loạt cán bộ bị phê bình vì sai phạm đất đai") == "Hồ Chí Minh"


# --- near misses: the district's own body acts first ------------------------------------------------

def test_district_reporting_to_the_city_stays_the_district():
    # baomoi-22677002
    text = ("Ngày 30-6, đoàn kiểm tra của huyện Mê Linh đã về làm việc với UBND xã Chu Phan và ông Nguyễn Văn Hưng, "
            "Chủ tịch UBND xã.\n\nUBND huyện Mê Linh vừa có Công văn báo cáo UBND TP Hà Nội sau khi kiểm tra, xác minh "
            "bằng đại học của ông Nguyễn Văn Hưng. Chủ tịch UBND huyện Mê Linh đã chỉ đạo xử lý.")
    assert loc(text) == "Mê Linh"


def test_a_department_named_as_the_object_of_approval_is_no_actor():
    # baomoi-22749625 without its headline: the district acts, with the city department's approval
    text = ("Được sự chấp thuận của Sở VHTTDL TP. Cần Thơ, UBND quận Bình Thủy cho biết, đã chỉ đạo cho UBND phường "
            "Bùi Hữu Nghĩa tiến hành bãi bỏ quyết định thành lập Tổ hợp tác du lịch Cồn Sơn. Cũng theo UBND quận Bình "
            "Thủy, sau khi bãi bỏ 2 quyết định trên, hộ dân sẽ tự đăng ký kinh doanh.")
    assert loc(text) == "Bình Thủy"


def test_a_city_of_a_province_speaking_stays_the_city():
    # baomoi-21488099: `UBND TP.Hội An (Quảng Nam)`, a district-level city
    text = ("Ngày 7.2, ông Nguyễn Thế Hùng, Phó chủ tịch UBND TP.Hội An (Quảng Nam) cho biết tổng đàn chim yến tự nhiên "
            "ở đảo Cù Lao Chàm có dấu hiệu sụt giảm số lượng, vì vậy địa phương đang “đặt hàng” các nhà khoa học.\n\n"
            "Được biết, mỗi năm TP.Hội An thu khoảng 60 - 70 tỉ đồng từ nghề khai thác yến sào Cù Lao Chàm.")
    assert loc(text) == "Hội An"


def test_district_police_acting_before_the_provinces_stays_the_district():
    text = ("Ngày 8-7, Công an huyện Quế Phong (Nghệ An) cho biết đang điều tra vụ tai nạn giao thông trên quốc lộ 48. "
            "Công an huyện Quế Phong đã báo cáo Công an tỉnh Nghệ An.\n\nVụ việc đang được Công an huyện Quế Phong "
            "điều tra làm rõ.")
    assert loc(text) == "Quế Phong"


def test_following_a_province_directive_the_district_acts():
    text = ("Thực hiện chỉ đạo của UBND tỉnh Quảng Nam, UBND huyện Núi Thành đã tổ chức cưỡng chế 3 công trình xây dựng "
            "trái phép. UBND huyện Núi Thành cho biết sẽ tiếp tục kiểm tra.\n\nChủ tịch UBND huyện Núi Thành yêu cầu "
            "các xã báo cáo trước ngày 20.")
    assert loc(text) == "Núi Thành"


# --- a deputy's delegation --------------------------------------------------------------------------

def test_deputies_delegations_in_a_national_assembly_story_are_no_place():
    # baomoi-22349982 (shortened): deputies of TP HCM speaking at a Quốc hội group discussion
    text = ("Sáng 23-5, Quốc hội thảo luận tại tổ về Chương trình xây dựng luật, pháp lệnh năm 2018. ĐB Trương Trọng "
            "Nghĩa (TP HCM) cho rằng dự thảo Nghị quyết xử lý nợ xấu là quá gấp.\n\nĐB Nguyễn Thị Quyết Tâm (TP HCM) "
            "cho rằng cần tính toán kỹ. ĐB Dương Ngọc Hải (TP HCM) cũng chỉ ra một hạn chế. ĐB Nguyễn Phước Lộc "
            "(TP HCM) cũng nhấn mạnh vấn đề này.")
    assert loc(text) is None


def test_a_deputys_bracket_is_like_a_home_but_a_provincial_delegation_acting_is_not():
    text = ("Chiều 10-6, Đoàn ĐBQH tỉnh Quảng Ninh tiếp xúc cử tri huyện Đầm Hà. Đoàn ĐBQH tỉnh Quảng Ninh ghi nhận "
            "các kiến nghị của cử tri.\n\nĐại biểu Nguyễn Thị Thu Hà (Quảng Ninh) cho biết sẽ chuyển kiến nghị.")
    assert loc(text) == "Quảng Ninh"


# --- near misses of the first-actor rule found on the corpus ----------------------------------------

def test_province_bodies_listed_after_an_object_cue_are_no_actors():
    # baomoi-21509480: `dưới sự chỉ đạo của Tỉnh ủy, UBND tỉnh`: the district does the work
    text = ("Trong những năm qua, dưới sự chỉ đạo của Tỉnh ủy, UBND tỉnh cùng nỗ lực chung của các cấp, ngành trong "
            "huyện đối với công tác giải phóng mặt bằng, huyện Tĩnh Gia đã thu hồi hàng ngàn hecta đất.\n\nUBND huyện "
            "Tĩnh Gia đã bàn giao đất cho các nhà đầu tư. Chủ tịch UBND huyện Tĩnh Gia cho biết sẽ tiếp tục.")
    assert loc(text, title="Thanh Hóa: Huyện Tĩnh Gia tập trung đẩy mạnh công tác giải phóng mặt bằng") == "Tĩnh Gia"


def test_a_conceded_provincial_directive_is_no_actor():
    # baomoi-22258150: the city police act; the province's directive is conceded (`Dù ...`)
    text = ("Dù UBND tỉnh Lâm Đồng có văn bản chỉ đạo xử lý dứt điểm nạn “cò” đặc sản, chèo kéo du khách, nhưng tình "
            "trạng này đến nay vẫn diễn ra thường xuyên, công khai.\n\nTrước tình trạng trên, Công an TP.Đà Lạt khuyến "
            "cáo du khách khi đến Đà Lạt không nên nghe theo lời chiêu dụ của “cò”. Ngày 12.5, Công an TP.Đà Lạt cho "
            "biết đã xử phạt nhiều trường hợp.")
    assert loc(text, title="'Cò' du lịch lộng hành ở Đà Lạt") == "Đà Lạt"


def test_the_host_of_a_press_conference_is_no_actor():
    # baomoi-22401193: at the city's press conference a district explains its own documents
    text = ("Quận 1 thông tin 2 văn bản yêu cầu đoàn kiểm tra liên ngành tạm dừng dẹp vỉa hè trước lễ 30/4.\n\nTại buổi "
            "họp báo tình hình kinh tế - xã hội, an ninh trật tự 5 tháng đầu năm 2017 do UBND TP.HCM tổ chức, bà Nguyễn "
            "Thị Thu Hường, Phó chủ tịch UBND quận 1 thông tin về 2 văn bản của quận. UBND quận 1 cho biết đã rút kinh "
            "nghiệm.")
    assert loc(text, title="Quận 1 giải thích về 2 văn bản yêu cầu ông Hải dừng dẹp vỉa hè") == "Quận 1"


def test_a_village_named_so_is_no_department():
    # baomoi-22670084: `thôn Sở Hạ, xã Ninh Sở`: no `Sở` (department) in the lead
    text = ("“Thấy các cháu bị đuối nước, anh Trình và anh Điều đã nhảy xuống ao cứu” – người thân của anh Trình chia sẻ."
            "\n\nChiều ngày 3/7, có mặt tại thôn Sở Hạ, xã Ninh Sở (Thường Tín, Hà Nội) chúng tôi cảm nhận một màu tang "
            "thương. Lãnh đạo UBND huyện Thường Tín đã đến thăm hỏi gia đình.")
    assert loc(text, title="4 người đuối nước tại Hà Nội") == "Thường Tín"


# --- a province in the headline and several of its districts: the province's ------------------------

def test_province_headline_with_several_of_its_districts_is_the_provinces_story():
    # baomoi-21487656
    text = ("Năm 2017, Vĩnh Long tăng cường khai thác thế mạnh du lịch sinh thái, phấn đấu đạt 1,1 triệu lượt du khách "
            "đến Vĩnh Long.\n\nBiểu diễn nghi thức Lễ xây chầu, diễn ra thường niên vào mùng 3 Tết tại huyện Trà Ôn. "
            "Trên địa bàn tỉnh hiện có khoảng 25 khu, điểm du lịch; nổi bật nhất là các điểm du lịch sinh thái tại cù lao "
            "An Bình (huyện Long Hồ). Lễ hội ở huyện Tam Bình cũng thu hút nhiều du khách.")
    assert loc(text, title="Vĩnh Long khai thác thế mạnh du lịch sinh thái và du lịch văn hóa danh nhân") == "Vĩnh Long"


def test_province_headline_with_a_commune_story_and_a_victims_home_district_stays_the_district():
    # baomoi-22463396: the drowning's district, the victim's home district (a long address) is no second scene
    text = ("Trong lúc bơi ra giữa hồ để vớt con chim bị mắc bẫy, anh Đào Nhật T. (30 tuổi, trú TP Đà Nẵng) bị đuối "
            "nước thương tâm.\n\nNgày 5/6, ông Trần Kim Đính, Chủ tịch UBND xã Hòa Sơn, huyện Hòa Vang, TP Đà Nẵng xác "
            "nhận, trên địa bàn vừa xảy ra một vụ tử vong do đuối nước. Anh Đào Nhật T. (SN 1987, trú đường Hoàng Văn "
            "Thái, phường Hòa Khánh Nam, quận Liên Chiểu, TP Đà Nẵng) đi bẫy chim tại khu vực hố Thung (thôn Đại La, xã "
            "Hòa Sơn, huyện Hòa Vang, TP Đà Nẵng).")
    assert loc(text, title="Đà Nẵng: Nam thanh niên bất ngờ bị đuối nước trong lúc đi bẫy chim") == "Hòa Vang"
