"""Officials, round 9c (issue #15): people missed or misnamed in a blind sample of random corpus articles.
Sentences from corpus articles."""
from conftest import official_rows, official_titles

# A post, its body's name with lower-case words, a bracket (the parent body, the place, an abbreviation), then the
# holder's name: the lower-case words stopped the chain read back from the name, and the body's capitalised word
# before them was read as a short name (`Chống`), taking the post.


def test_lower_case_body_words_then_a_bracket_before_the_name():
    assert official_titles("Trao đổi với PV Báo Người Lao Động chiều cùng ngày, Cục trưởng Cục Chống tham nhũng "
                           "(Thanh tra Chính phủ) Phạm Trọng Đạt cho biết Tổng Thanh tra Chính phủ đã giao Cục Chống "
                           "tham nhũng thực hiện việc thanh tra.") == {
        "Phạm Trọng Đạt": ["Cục trưởng Cục Chống tham nhũng"]}
    assert official_titles("Sau đó, trên đường về, Trưởng phòng Tài nguyên nước (Sở Tài Nguyên và Môi trường tỉnh Kon "
                           "Tum) Cao Minh Phương đã đánh ông Vinh.") == {"Cao Minh Phương": ["Trưởng Phòng Tài nguyên nước"]}
    assert official_titles("Trao đổi với PV về đề xuất này, nguyên Cục trưởng cục Đê điều & Phòng chống lụt bão (bộ "
                           "NN&PTNT) Nguyễn Ty Niên bày tỏ sự lo lắng.") == {
        "Nguyễn Ty Niên": ["Cục trưởng Cục Đê điều & Phòng chống lụt bão"]}


def test_abbreviation_in_brackets_between_the_body_and_the_name():
    assert official_titles("Chủ tịch Hiệp hội Doanh nghiệp Nhỏ và Vừa (DNNVV) Nguyễn Văn Thân thì cho rằng DN còn "
                           "gặp nhiều khó khăn.") == {"Nguyễn Văn Thân": ["Chủ tịch Hiệp hội Doanh nghiệp Nhỏ và Vừa"]}
    assert official_titles("Chủ tịch Ủy ban Olympic quốc tế (IOC) Thomas Bach bị nhà vô địch ném đĩa chỉ trích.") == {
        "Thomas Bach": ["Chủ tịch Ủy ban Olympic quốc tế"]}


def test_bracket_after_a_clause_gives_its_post_to_no_one():
    # the post's body ends at the verb: the person after the bracket is not its holder
    titles = official_titles("Giám đốc Sở cho biết người dân xã Tân Hòa (huyện Tân Châu) Nguyễn Văn An đã nộp đơn.")
    assert "Nguyễn Văn An" not in titles
    assert official_titles("Đoàn kiểm tra của Thanh tra Sở (Sở Xây dựng) cho biết sẽ xử lý nghiêm.") == {}


def test_short_name_inside_a_body_stays_a_short_name_without_a_full_name_after():
    # `Bí thư Dũng`: a post and a given name, no full name after: still the short form of a person
    rows = official_rows("Ông Nguyễn Văn Dũng, Bí thư Tỉnh ủy dự họp. Bí thư Dũng cho biết tỉnh sẽ kiểm tra.")
    assert rows["Nguyễn Văn Dũng"]["mentions"] == 2


# A company's name after its legal form and trade words reads as a person's (`Hoàng Gia Phát`, `Hoàng Anh Gia Lai`,
# `Thái Bình Dương`, the Pacific): it was a row taking the post, the real holder lost it. A personal name never runs
# into an organisation's name.

def test_company_name_after_its_legal_form_is_no_person():
    assert official_titles("Trong một diễn biến khác, bà Nguyễn Thị Sinh, xưng là vợ ông Lê Hoàng Phong, Giám đốc Cty "
                           "TNHH TM XNK Hoàng Gia Phát - đơn vị cung cấp máy thủy đã về địa phương.") == {
        "Lê Hoàng Phong": ["Giám đốc Công ty TNHH Thương mại Xuất nhập khẩu Hoàng Gia Phát"]}
    assert official_titles("Ông Nguyễn Văn Hùng, Giám đốc Công ty CP Đầu tư Thái Bình Dương cho biết.") == {
        "Nguyễn Văn Hùng": ["Giám đốc Công ty CP Đầu tư Thái Bình Dương"]}


def test_holder_after_a_company_name_that_reads_as_a_person():
    assert official_titles("Chủ tịch Công ty Cổ phần Đầu tư Hoàng Anh Gia Lai Đoàn Nguyên Đức cho biết.") == {
        "Đoàn Nguyên Đức": ["Chủ tịch Công ty Cổ phần Đầu tư Hoàng Anh Gia Lai"]}
    assert official_titles("Giám đốc Cty TNHH TM XNK Hoàng Gia Phát Lê Hoàng Phong gửi văn bản thừa nhận.") == {
        "Lê Hoàng Phong": ["Giám đốc Công ty TNHH Thương mại Xuất nhập khẩu Hoàng Gia Phát"]}


def test_brand_not_after_trade_words_keeps_its_holder():
    # `Nam Triệu` is the brand itself, no trade word: the name after it is the holder's, as before
    assert official_titles("Theo Phó Tổng Giám đốc Cty TNHH MTV Nam Triệu Bùi Hữu Hùng, hợp đồng đã ký.") == {
        "Bùi Hữu Hùng": ["Phó Tổng Giám đốc Công ty TNHH MTV Nam Triệu"]}
    assert official_titles("Lê Thị Liễu (Giám đốc Công ty Cổ phần GVA) bị truy tố.") == {
        "Lê Thị Liễu": ["Giám đốc Công ty Cổ phần GVA"]}


# A federal state's head: `Thủ hiến bang` / `Thống đốc bang` + the state's name + the person's; the gazetteer does not
# hold foreign states, so the state's words went into the name (`Delhi Arvind Kejriwal`).

def test_state_head_and_name_after_bang():
    assert official_titles("Chủ tịch Quốc hội bang Hessen Norbert Kartmann và Thủ hiến bang Hessen Volker Bouffier "
                           "đã đón Thủ tướng.")["Volker Bouffier"] == ["Thủ hiến bang Hessen"]
    assert official_titles("Khi Thủ hiến bang Victoria Daniel Andrews tới Bắc Kinh, bà Adamson đã phát biểu.")[
        "Daniel Andrews"] == ["Thủ hiến bang Victoria"]
    assert official_titles("Thủ hiến bang Delhi Arvind Kejriwal cho biết thành phố đang thiếu oxy.") == {
        "Arvind Kejriwal": ["Thủ hiến bang Delhi"]}
    assert official_titles("Thống đốc bang New York Andrew Cuomo và Thống đốc bang New Jersey Phil Murphy cho "
                           "biết.") == {"Andrew Cuomo": ["Thống đốc bang New York"],
                                        "Phil Murphy": ["Thống đốc bang New Jersey"]}


def test_state_alone_or_name_with_particle_is_left_as_is():
    assert official_titles("Thủ hiến bang Hessen cho biết bang sẽ hỗ trợ.") == {}
    assert official_titles("Thống đốc bang Andrew Cuomo cho biết.") == {"Andrew Cuomo": ["Thống đốc bang"]}


# `Đại sứ thương hiệu` (a brand's ambassador), `Đại sứ hình ảnh`, `Đại sứ du lịch`: an honorary role, no post held in an
# organisation; an ambassador of a state keeps the post.

def test_brand_and_image_ambassadors_hold_no_post():
    assert official_titles("Đồng thời, AQUA Việt Nam quyết định bổ nhiệm Hoa hậu Đỗ Thị Hà làm Đại sứ thương hiệu nhằm "
                           "hỗ trợ công ty trong việc kết nối với khách hàng.") == {}
    assert official_titles("UNFPA đã bổ nhiệm 6 nghệ sỹ nổi tiếng làm Đại sứ hình ảnh: MC Phan An là Đại sứ hình ảnh "
                           "cho tất cả các hoạt động truyền thông.") == {}
    assert official_titles("Ngày 10/5, Đại sứ du lịch Việt Nam Jordan Vogt-Roberts, đạo diễn của bộ phim đã có chuyến "
                           "thăm.") == {}


def test_ambassador_of_a_state_keeps_the_post():
    assert official_titles("Đại sứ Việt Nam tại Ấn Độ Phạm Sanh Châu đã có những chia sẻ về tình hình dịch.") == {
        "Phạm Sanh Châu": ["Đại sứ Việt Nam tại Ấn Độ"]}
    assert official_titles("Ông Nguyễn Văn An, Đại sứ thương hiệu, kiêm Giám đốc Công ty ABC cho biết.") == {
        "Nguyễn Văn An": ["Giám đốc Công ty ABC"]}


def test_short_name_before_its_club_keeps_the_post():
    # `Chủ tịch Perez của Real Madrid`: the foreign words after `của` are the club, not a later holder of the post
    rows = official_rows("Nếu như Chelsea đã rút lui ngày hôm qua, thì Real Madrid của Chủ tịch Florentino Perez vẫn "
                         "rất kiên quyết với sự lựa chọn của mình. Trước đó, Chủ tịch Perez của Real Madrid (cũng là "
                         "người đứng đầu European Super League) đã chỉ trích Aleksander Ceferin.")
    assert rows["Florentino Perez"]["titles"] == ["Chủ tịch Real Madrid"]
    assert rows["Florentino Perez"]["mentions"] == 2
