"""Officials, round 8a (issue #15): people missed in whole random articles. Sentences from corpus articles."""
from conftest import official_rows, official_titles

# A foreign name in Latin letters, no honorific, then `,` / `-` and its post in the text's own words.

def test_foreign_name_then_lower_case_post():
    titles = official_titles("Marco Rubio, phó chủ tịch ủy ban tình báo Thượng viện Mỹ, nói: \"Chúng ta không biết "
                             "thứ gì đó đang bay ngay trên các cơ sở quân sự\".")
    assert "Marco Rubio" in titles
    assert titles["Marco Rubio"][0].startswith("Phó Chủ tịch")


def test_foreign_name_then_company_post():
    assert official_titles("Elon Musk, giám đốc điều hành của Tesla và SpaceX, không thường xuyên ăn sáng.") == {
        "Elon Musk": ["Giám đốc điều hành của Tesla và SpaceX"]}
    assert official_titles("Alan Garten, giám đốc pháp lí của Trump Organization, khẳng định với New York Times "
                           "rằng tập đoàn đã nộp mọi khoản thuế.") == {
        "Alan Garten": ["Giám đốc pháp lí của Trump Organization"]}


def test_foreign_name_then_state_post():
    assert official_titles("Sean Spicer, thư ký báo chí Nhà Trắng, cho rằng ông Trump chỉ đề nghị nghe ý kiến từ "
                           "một cố vấn.") == {"Sean Spicer": ["Thư ký báo chí Nhà Trắng"]}
    assert "Niu Haibin" in official_titles("Đây là cơ hội để hai nước hàn gắn mối quan hệ\", Niu Haibin, phó giám "
                                           "đốc Viện nghiên cứu chính sách đối ngoại ở Thượng Hải, nhận định.")
    assert "Ashish Jha" in official_titles("Ashish Jha, hiệu trưởng Trường Y tế Công cộng thuộc Đại học Brown (Mỹ), "
                                           "cảnh báo đất nước 1,3 tỷ dân đang đối mặt khủng hoảng.")


def test_foreign_name_after_theo_is_the_person_not_theo():
    rows = official_rows("Theo Helen Milner, Giám đốc điều hành của tổ chức từ thiện Good Things Foundation, một số "
                         "gia đình tại Anh đã phải cắt giảm chi tiêu.")
    assert "Helen Milner" in rows
    assert not any(name.startswith("Theo") for name in rows)


def test_paper_or_club_before_the_next_persons_post_is_no_person():
    assert official_titles("Theo New York Times, Tổng thống Donald Trump vừa nhận được một tin vui.") == {
        "Donald Trump": ["Tổng thống"]}
    assert set(official_titles("Trả lời Straits Times, Giám đốc điều hành Viện Hàng hải Quốc gia Indonesia Siswanto "
                               "Rusdi cho biết, con tàu đã quá cũ.")) == {"Siswanto Rusdi"}
    assert set(official_titles("Trong khi đó, sau khi Man City từ bỏ European Super League, Chủ tịch UEFA Aleksander "
                               "Ceferin cho biết: \"Tôi vui mừng\".")) == {"Aleksander Ceferin"}
    assert official_titles("Theo Dailymail, hoàng tử Anh – Harry muốn dành phần đời còn lại của mình ở bên cạnh "
                           "Meghan Markle.") == {}


def test_staff_grade_after_foreign_name_is_no_post():
    assert official_titles("Brandon Laforest, chuyên viên cấp cao về các giống loài và hệ sinh thái Bắc cực cho rằng: "
                           "\"Đây là một quan sát hoàn toàn mới\".") == {}
    assert official_titles("David Lentink, trợ lý giáo sư kỹ thuật cơ khí tại Đại học Stanford, nói rằng tiếng vo ve "
                           "được biết đến từ lâu.") == {}


def test_foreign_words_ending_a_body_name_are_no_person():
    names = official_titles("Theo nhà thiết kế nội thất Lưu Việt Thắng - Founder Công ty Thiết kế Hexagon Design, "
                            "Phó trưởng Khoa Trang trí Nội Ngoại thất - ĐH Mỹ thuật Công nghiệp cho biết.")
    assert "Hexagon Design" not in names


# The parent body of the post's organisation in brackets between the post and the name.

def test_parent_body_in_brackets_before_the_name():
    assert official_titles("Ngày 11/5, Phó tổng cục trưởng Tổng cục Du lịch (Bộ Văn hóa, Thể thao và Du lịch) Hà Văn "
                           "Siêu dẫn đầu đoàn công tác có buổi làm việc.") == {
        "Hà Văn Siêu": ["Phó Tổng cục trưởng Tổng cục Du lịch"]}
    assert "Võ Quang" in official_titles("Chủ tịch CĐCS Cty TNHH Long Sinh (KCN Suối Dầu) Võ Quang cho biết, BCH "
                                         "CĐCS Cty vừa đề xuất với lãnh đạo Cty.")
    assert "Nguyễn Viết Cẩn" in official_titles("Trưởng phòng Kế hoạch - Tài chính (Sở GD-ĐT Hà Nội) Nguyễn Viết Cẩn "
                                                "khẳng định, nguồn học phí tăng thêm sẽ góp phần cải thiện.")


def test_bracket_holding_a_post_or_no_name_after_it():
    assert official_titles("Theo đó, PGS-TS Lưu Trang (phó hiệu trưởng) đã được bổ nhiệm làm hiệu trưởng.") == {
        "Lưu Trang": ["Phó Hiệu trưởng"]}
    assert official_titles("Đoàn kiểm tra của Thanh tra Sở (Sở Xây dựng) cho biết sẽ xử lý nghiêm.") == {}


# `làm` + a post after a full name with no post before it: the post given to that person.

def test_post_given_by_lam():
    assert official_titles("Đại hội đồng cổ đông của Sacombank cũng đã bầu ông Kiều Hữu Dũng làm Phó Chủ tịch Hội "
                           "đồng quản trị và ông Trần Minh Triết làm Trưởng Ban kiểm soát Sacombank.") == {
        "Kiều Hữu Dũng": ["Phó Chủ tịch Hội đồng quản trị"], "Trần Minh Triết": ["Trưởng Ban Kiểm soát Sacombank"]}
    assert "Nguyễn Thiện Nhân" in official_titles("Ủy ban Thường vụ Quốc hội cũng đã đồng ý giới thiệu ông Nguyễn "
                                                  "Thiện Nhân làm Trưởng đoàn Tp.HCM sau khi ông Nhân được phân công.")


def test_lam_after_a_post_chain_or_as_work_gives_nothing():
    titles = official_titles("Báo chí đề cập tới việc Yên Bái bổ nhiệm ông Phạm Sỹ Quý, em trai Bí thư tỉnh Yên Bái "
                             "Phạm Thị Thanh Trà làm Giám đốc Sở Tài nguyên và Môi trường tỉnh này hồi năm 2016.")
    assert not any("Giám đốc" in t for t in titles.get("Phạm Thị Thanh Trà", []))
    assert "Nguyễn Văn An" not in official_titles("Ông Nguyễn Văn An làm việc với Chủ tịch UBND tỉnh Trần Văn Bình.")
