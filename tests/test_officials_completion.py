"""Titles completed from their sentence or article (issue 15), one class per test, from corpus sentences: lower-case
words of a body's name after a post head that holds the body's word, a name resumed after a glued or digit-bearing
word, a post and its body joined by a dash, a bare minister's post taking the one ministry its sentence names before
it, a bare post before `kiêm` held in the next post's organisation, a bare delegate of the one local assembly an
article names, foreign people after a post, and the head of a team with its kind (`Trưởng đoàn kiểm tra`). Each class has
traps that must not fire."""
from __future__ import annotations

import pytest

from tests.conftest import official_titles as titles_of


@pytest.mark.parametrize("text,name,titles", [
    # the post head holds its body's word (`Trưởng Phòng Cảnh sát`): lower-case words of the body's name follow
    ("Tại buổi khen thưởng, đại tá Đào Trọng Bằng, Trưởng phòng cảnh sát hình sự Công an tỉnh Hưng Yên, cho biết "
     "nghi phạm đã bị bắt.", "Đào Trọng Bằng", ["Trưởng Phòng Cảnh sát hình sự Công an tỉnh Hưng Yên"]),
    ("Ông Nguyễn Văn Quang, Trưởng phòng cảnh sát kinh tế Công an tỉnh Nghệ An, cho biết sẽ xử lý.",
     "Nguyễn Văn Quang", ["Trưởng Phòng Cảnh sát kinh tế Công an tỉnh Nghệ An"]),
    # trap: lower-case words running into the clause's verb are not known to be the body's: no verb leaks in
    ("Ông Nguyễn Văn Quang, Trưởng phòng cảnh sát kinh tế cho biết sẽ xử lý.",
     "Nguyễn Văn Quang", ["Trưởng Phòng Cảnh sát"]),
])
def test_lower_case_name_after_head_holding_its_body(text, name, titles):
    assert titles_of(text)[name] == titles


@pytest.mark.parametrize("text,name,titles", [
    # the tokenizer glued the name's next capitalised word onto lower-case words (`thủy văn Quốc gia`)
    ("Ông Mai Văn Khiêm, Giám đốc Trung tâm Dự báo khí tượng thủy văn Quốc gia cho biết, khu vực Bắc Bộ trời nắng.",
     "Mai Văn Khiêm", ["Giám đốc Trung tâm Dự báo khí tượng thủy văn Quốc gia"]),
    # a name resumes on a word with digits (`Covid-19`), and the chain goes on to the next post
    ("GS.TS Nguyễn Thanh Long, Phó trưởng Ban Thường trực Ban Chỉ đạo Quốc gia phòng chống dịch Covid-19, Bộ trưởng "
     "Bộ Y tế nhận định dịch còn phức tạp.", "Nguyễn Thanh Long",
     ["Phó Trưởng Ban Thường trực Ban Chỉ đạo Quốc gia phòng chống dịch Covid-19", "Bộ trưởng Bộ Y tế"]),
    # trap: a number after lower-case words is no part of the name
    ("Ông Lê Văn Hòa, Giám đốc Trung tâm Y tế cho biết đã tiêm 200 liều.", "Lê Văn Hòa", ["Giám đốc Trung tâm Y tế"]),
    # traps: after a place the title is whole, the lower-case words are the clause (`tiêm vắc xin ... Covid-19`);
    # a role cue glued to a capital (`dự Tiệc`) resumes no name
    ("Ông Nguyễn Đức Cường, Giám đốc Sở Y tế Quảng Bình tiêm vắc xin phòng chống Covid-19 cho người dân.",
     "Nguyễn Đức Cường", ["Giám đốc Sở Y tế Quảng Bình"]),
    ("Ông Tạ Phục Chiêm, Bí thư Tỉnh ủy tỉnh Hà Nam và dự Tiệc chiêu đãi tại nhà khách.",
     "Tạ Phục Chiêm", ["Bí thư Tỉnh ủy tỉnh Hà Nam"]),
])
def test_name_resumes_after_lower_case_words(text, name, titles):
    assert titles_of(text)[name] == titles


@pytest.mark.parametrize("text,name,titles", [
    ("Ông Đoàn Ngọc Phương - Quyền Cục trưởng - Cục Kinh tế và Phát triển quỹ đất (Tổng cục Quản lý đất đai) làm "
     "phó đoàn.", "Đoàn Ngọc Phương", ["Quyền Cục trưởng Cục Kinh tế và Phát triển quỹ đất"]),
    ("Bà Nguyễn Thị Hà, Vụ trưởng - Vụ Pháp chế cho biết dự thảo sẽ được trình trong tháng tới.",
     "Nguyễn Thị Hà", ["Vụ trưởng Vụ Pháp chế"]),
    # trap: a dash then a verb: the post stays as written
    ("Ông Lê Văn Tám - Giám đốc Sở Y tế - cho biết sẽ kiểm tra.", "Lê Văn Tám", ["Giám đốc Sở Y tế"]),
])
def test_post_and_body_joined_by_a_dash(text, name, titles):
    assert titles_of(text)[name] == titles


@pytest.mark.parametrize("text,name,titles", [
    ("Còn với các DNNN lớn của Bộ Công Thương, theo Thứ trưởng Đỗ Thắng Hải, đang tích cực chuẩn bị cổ phần hóa.",
     "Đỗ Thắng Hải", ["Thứ trưởng Bộ Công Thương"]),
    ("Bộ Tài nguyên và Môi trường vừa có Quyết định 1143/QĐ-BTNMT do Thứ trưởng Nguyễn Thị Phương Hoa ký.",
     "Nguyễn Thị Phương Hoa", ["Thứ trưởng Bộ Tài nguyên và Môi trường"]),
    ("Chiều nay, tại trụ sở Bộ Quốc phòng, Đại tướng, Bộ trưởng Ngô Xuân Lịch đã chủ trì lễ đón đoàn.",
     "Ngô Xuân Lịch", ["Bộ trưởng Bộ Quốc phòng"]),
    # traps: the ministry after the post is the minister's addressee; two ministries before it settle nothing
    ("Bộ trưởng Trương Quang Nghĩa đề nghị Bộ Xây dựng sớm hoàn thành quy chuẩn.",
     "Trương Quang Nghĩa", ["Bộ trưởng"]),
    ("Bộ Y tế và Bộ Tài chính đã họp, Thứ trưởng Nguyễn Văn Bình cho biết sẽ sửa thông tư.",
     "Nguyễn Văn Bình", ["Thứ trưởng"]),
])
def test_bare_minister_takes_the_ministry_of_the_sentence(text, name, titles):
    assert titles_of(text)[name] == titles


@pytest.mark.parametrize("text,name,titles", [
    ("Ông Lâm Ngô Hoàng Anh, Chánh văn phòng kiêm người phát ngôn UBND Q.1 cũng thừa nhận việc này.",
     "Lâm Ngô Hoàng Anh", ["Chánh Văn phòng Ủy ban nhân dân quận 1", "Người phát ngôn Ủy ban nhân dân quận 1"]),
    ("Theo ông Lê Tự Tâm - Chủ tịch HĐQT kiêm Tổng giám đốc CICO 501, dự án có ảnh hưởng tới bà con.",
     "Lê Tự Tâm", ["Chủ tịch Hội đồng quản trị CICO 501", "Tổng Giám đốc CICO 501"]),
    ("Ông Trần Văn Nam, Chủ tịch kiêm Tổng giám đốc Công ty TNHH MTV Cấp nước Sóc Trăng cho biết giá nước không tăng.",
     "Trần Văn Nam", ["Chủ tịch Công ty TNHH MTV Cấp nước Sóc Trăng",
                      "Tổng Giám đốc Công ty TNHH MTV Cấp nước Sóc Trăng"]),
    # traps: a party secretary's body is the party committee; a post with its own body keeps it
    ("Ông Nguyễn Văn Bình, Bí thư kiêm Chủ tịch UBND huyện Nhà Bè cho biết sẽ xử lý.",
     "Nguyễn Văn Bình", ["Bí thư Huyện ủy Nhà Bè", "Chủ tịch Ủy ban nhân dân huyện Nhà Bè"]),
    ("Ông Võ Công Hàm, Bí thư Huyện ủy kiêm Chủ tịch UBND huyện Đức Thọ cho biết sẽ xử lý.",
     "Võ Công Hàm", ["Bí thư Huyện ủy Đức Thọ", "Chủ tịch Ủy ban nhân dân huyện Đức Thọ"]),
    ("Ông Lê Văn Hùng, Phó Giám đốc Sở Nội vụ kiêm Trưởng ban Tôn giáo tỉnh cho biết.",
     "Lê Văn Hùng", ["Phó Giám đốc Sở Nội vụ", "Trưởng Ban Tôn giáo tỉnh"]),
])
def test_bare_post_before_kiem_held_in_the_next_organisation(text, name, titles):
    assert titles_of(text)[name] == titles


@pytest.mark.parametrize("text,name,titles", [
    ("Trật tự vỉa hè là chủ đề nóng tại kỳ họp thứ 5 HĐND TP.HCM khóa IX. ĐB Diệp Hồng Di cho rằng cần làm rõ.",
     "Diệp Hồng Di", ["Đại biểu Hội đồng nhân dân Thành phố Hồ Chí Minh"]),
    ("Kỳ họp thứ 4 HĐND tỉnh Bình Định khai mạc sáng nay. Đại biểu Nguyễn Văn Tín đề nghị làm rõ tiến độ dự án.",
     "Nguyễn Văn Tín", ["Đại biểu Hội đồng nhân dân tỉnh Bình Định"]),
    # traps: two assemblies; the National Assembly named too (which one the delegate sits in is not settled)
    ("Sau kỳ họp HĐND tỉnh Bình Định và HĐND tỉnh Phú Yên, đại biểu Nguyễn Văn Tín đề nghị làm rõ.",
     "Nguyễn Văn Tín", ["Đại biểu"]),
    ("Trước kỳ họp Quốc hội, HĐND tỉnh Bình Định đã họp; đại biểu Nguyễn Văn Tín đề nghị làm rõ.",
     "Nguyễn Văn Tín", ["Đại biểu"]),
])
def test_bare_delegate_of_the_local_assembly(text, name, titles):
    assert titles_of(text).get(name) == titles


@pytest.mark.parametrize("text,name,titles", [
    ("Sự giận dữ của ông Trump nhắm vào thẩm phán James Robart, người đưa ra phán quyết hồi tuần trước.",
     "James Robart", ["Thẩm phán"]),
    ("Theo tờ Marca, chủ tịch Florentino Perez đã tỏ ra vô cùng tức giận.", "Florentino Perez", ["Chủ tịch"]),
    ("Hai trợ lý Ryan Mason và Chris Powell sẽ tạm thời nắm quyền quản lý Tottenham.", "Ryan Mason", ["Trợ lý"]),
])
def test_foreign_person_after_a_post(text, name, titles):
    assert titles_of(text)[name] == titles


@pytest.mark.parametrize("text", [
    "Giám đốc Samsung Electronics cho biết doanh thu tăng.",
    "Theo Dmitry Trenin, giám đốc Trung tâm Carnegie Moscow, đây là lời cảnh báo.",
    "Chủ tịch European Super League cho biết giải đấu sẽ diễn ra.",
    "Chủ tịch Real Madrid cho biết đội bóng sẽ chiêu mộ thêm cầu thủ.",
])
def test_foreign_organisation_after_a_post_is_no_person(text):
    got = titles_of(text)
    assert not any(w in n for n in got for w in ("Samsung", "Carnegie", "League", "Real")), got


@pytest.mark.parametrize("text,name,titles", [
    # the head of an inspection or working team: the team's kind is part of the post
    ("Ngày 16/5, Tổ công tác do ông Nguyễn Cao Lục, Phó Chủ nhiệm Văn phòng Chính phủ, Trưởng đoàn công tác đã về "
     "kiểm tra việc thực hiện nhiệm vụ.", "Nguyễn Cao Lục", ["Phó Chủ nhiệm Văn phòng Chính phủ", "Trưởng đoàn công tác"]),
    ("Ông Nguyễn Văn Hải, Trưởng đoàn thanh tra Bộ Xây dựng cho biết sẽ công bố vào tháng 6.",
     "Nguyễn Văn Hải", ["Trưởng đoàn thanh tra Bộ Xây dựng"]),
    ("Bà Lê Thị Thủy, Phó Trưởng đoàn kiểm tra cho biết đoàn đã làm việc với 12 đơn vị.",
     "Lê Thị Thủy", ["Phó Trưởng đoàn kiểm tra"]),
    # trap: the delegation of the National Assembly keeps its own longer post
    ("Ông Trần Văn Sơn, Trưởng đoàn Đại biểu Quốc hội tỉnh Hà Tĩnh phát biểu.",
     "Trần Văn Sơn", ["Trưởng đoàn Đại biểu Quốc hội tỉnh Hà Tĩnh"]),
])
def test_head_of_a_team_with_its_kind(text, name, titles):
    assert titles_of(text)[name] == titles


@pytest.mark.parametrize("text,name,titles", [
    # a post ending on a bare `Sở` after a sentence start that names one department: that department's
    ("Đối với vụ việc hai cán bộ Sở Tài nguyên và Môi trường đánh nhau, ông Phạm Đức Hạnh, Giám đốc Sở cho biết đã "
     "quyết định cách chức.", "Phạm Đức Hạnh", ["Giám đốc Sở Tài nguyên và Môi trường"]),
    ("Sở Nông nghiệp và Phát triển nông thôn tỉnh đã họp; bà Nguyễn Thị Lan, Phó Giám đốc Sở phát biểu.",
     "Nguyễn Thị Lan", ["Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn"]),
    # traps: two departments named before, or the department named only after the post (an addressee)
    ("Theo Sở Tài nguyên và Môi trường và Sở Xây dựng, ông Phạm Đức Hạnh, Giám đốc Sở cho biết đã quyết định.",
     "Phạm Đức Hạnh", ["Giám đốc Sở"]),
    ("Ông Phạm Đức Hạnh, Giám đốc Sở cho biết Sở Tài chính đã quyết định.", "Phạm Đức Hạnh", ["Giám đốc Sở"]),
])
def test_bare_department_takes_the_one_its_sentence_names_before(text, name, titles):
    assert titles_of(text)[name] == titles


@pytest.mark.parametrize("text,name,titles", [
    # a title ending on a bare organisation head goes on over its lower-case name to a comma or to its place
    ("Ông Phạm Văn Duân, Phó Giám đốc Ban quản lý đầu tư xây dựng công trình giao thông Hà Nội, cho biết vào ngày 18.",
     "Phạm Văn Duân", ["Phó Giám đốc Ban Quản lý đầu tư xây dựng công trình giao thông Hà Nội"]),
    ("Ông Vũ Tử Trọng - Giám đốc Ban quản lý dự án xây dựng giao thông, thuộc Sở GTVT Bắc Ninh - cho biết.",
     "Vũ Tử Trọng", ["Giám đốc Ban Quản lý dự án xây dựng giao thông"]),
    ("Ông Đào Hồng Đức- Giám đốc Trung tâm đăng kiểm tàu cá, Tổng cục Thủy sản cho biết.",
     "Đào Hồng Đức", ["Giám đốc Trung tâm đăng kiểm tàu cá"]),
    # traps: the clause's verb follows the head, or lower-case words run into the clause with no boundary
    ("Ông Nguyễn Văn A, Giám đốc Trung tâm cho biết sẽ xử lý.", "Nguyễn Văn A", ["Giám đốc Trung tâm"]),
    ("Ông Nguyễn Văn A, Giám đốc Trung tâm đã về kiểm tra nhiều nơi ở Hà Nội, cho biết sẽ xử lý.", "Nguyễn Văn A",
     ["Giám đốc Trung tâm"]),
])
def test_bare_head_takes_its_lower_case_name_to_a_boundary(text, name, titles):
    assert titles_of(text)[name] == titles
