"""Officials titles, round 9d (issue 15): an abbreviation the article defines said once where the title already opens
its name, a party committee that is the company's and not its board's, a headline's title that ran into the text's
date or opener, a listed body's lower-case name after its abbreviated head, and a bare head's lower-case name closed by
the next person of a list. Sentences from the news corpus."""
import pytest
from conftest import official_titles


class TestDefinedAbbreviationOpeningWordsSaidOnce:
    """`Viện Kỹ thuật Phòng không – Không quân (PK-KQ)` defined, then `Viện trưởng Viện Kỹ thuật PK-KQ`: the words before
    the abbreviation that already open the name it stands for are said once."""

    @pytest.mark.parametrize("text,name,title", [
        ("Thời gian qua, Viện Kỹ thuật Phòng không – Không quân (PK-KQ) đã nghiên cứu nhiều đề tài. Đại tá Vũ Hồng "
         "Quang, Viện trưởng Viện Kỹ thuật PK-KQ cho biết Viện đã chế tạo thành công nhiều thiết bị.", "Vũ Hồng Quang",
         "Viện trưởng Viện Kỹ thuật Phòng không – Không quân"),
        ("Công ty hợp tác với Ban Quản lý dự án thuộc Tổng Công ty Cổ phần Dịch vụ Kỹ thuật Dầu khí Việt Nam (PTSC). "
         "Ông Nguyễn Chí Linh, Giám đốc Ban dự án thuộc Tổng Công ty PTSC cho biết dự án đã hoàn thành.",
         "Nguyễn Chí Linh", "Giám đốc Ban dự án thuộc Tổng Công ty Cổ phần Dịch vụ Kỹ thuật Dầu khí Việt Nam"),
    ])
    def test_opening_words_once(self, text, name, title):
        assert title in official_titles(text)[name]

    def test_abbreviation_alone_gets_the_whole_name(self):
        got = official_titles("Ban Quản lý dự án các công trình điện miền Trung (CPMB) đã khởi công dự án. Ông Nguyễn "
                              "Văn An, Giám đốc CPMB cho biết tiến độ đã được bảo đảm.")
        assert got["Nguyễn Văn An"] == ["Giám đốc Ban Quản lý dự án các công trình điện miền Trung"]


class TestPartyCommitteeOfTheCompany:
    """`Bí thư Đảng ủy, Chủ tịch HĐTV Tập đoàn X`: the party committee takes the company, not its board."""

    @pytest.mark.parametrize("text,name,titles", [
        ("Ông Đinh La Thăng, nguyên Bí thư Đảng ủy, Chủ tịch HĐTV Tập đoàn Dầu khí quốc gia Việt Nam đã bị khởi tố.",
         "Đinh La Thăng", ["Bí thư Đảng ủy Tập đoàn Dầu khí quốc gia Việt Nam",
                           "Chủ tịch Hội đồng thành viên Tập đoàn Dầu khí quốc gia Việt Nam"]),
        ("Ông Nguyễn Văn Cửu, Bí thư Đảng ủy, Chủ tịch HĐQT Công ty CP Bóng đèn Điện Quang cho biết doanh thu tăng.",
         "Nguyễn Văn Cửu", ["Bí thư Đảng ủy Công ty CP Bóng đèn Điện Quang",
                            "Chủ tịch Hội đồng quản trị Công ty CP Bóng đèn Điện Quang"]),
    ])
    def test_company_not_board(self, text, name, titles):
        assert official_titles(text)[name] == titles

    def test_company_post_without_board_unchanged(self):
        got = official_titles("Ông Nguyễn Văn An, Bí thư Đảng ủy, Tổng Giám đốc Tổng công ty Điện lực miền Bắc cho biết.")
        assert got["Nguyễn Văn An"] == ["Bí thư Đảng ủy Tổng công ty Điện lực miền Bắc",
                                        "Tổng Giám đốc Tổng công ty Điện lực miền Bắc"]

    def test_member_of_the_board_unchanged(self):
        got = official_titles("Ông Trần Văn Bình, Thành viên HĐQT Công ty CP Bóng đèn Điện Quang cho biết.")
        assert got["Trần Văn Bình"] == ["Thành viên Hội đồng quản trị Công ty CP Bóng đèn Điện Quang"]


class TestHeadlineTitleEndsBeforeTheText:
    """A headline or caption with no stop, then the text: a part of the day before a date (`Sáng 10.5`), or an opener
    after a level word standing for its place (`TP` + `Sau đó`), is no word of the title."""

    @pytest.mark.parametrize("text,name,title", [
        ("Ông Nguyễn Thiện Nhân giữ chức vụ Bí thư thành Ủy TP.HCM Sáng 10.5, tại TP.HCM, ông Phạm Minh Chính đã công "
         "bố quyết định.", "Nguyễn Thiện Nhân", "Bí thư Thành ủy Thành phố Hồ Chí Minh"),
        ("Thứ trưởng Bộ GD-ĐT Bùi Văn Ga kiểm tra công tác chấm thi ở Hà Nội Chiều 30-6, đoàn đã làm việc tại Hà Nội.",
         "Bùi Văn Ga", "Thứ trưởng Bộ Giáo dục và Đào tạo"),
        ("Ông Nguyễn An Huy phó chánh thanh tra TP Sau đó, người dân Đồng Tâm nhận được thông báo.", "Nguyễn An Huy",
         "Phó Chánh Thanh tra thành phố"),
    ])
    def test_title_ends(self, text, name, title):
        assert official_titles(text)[name] == [title]

    def test_company_named_after_light_kept(self):
        # `Sáng` before a word, not a date: a word of the company's name
        got = official_titles("Ông Nguyễn Văn An, Giám đốc Công ty Ánh Sáng Mới cho biết đơn hàng đã tăng.")
        assert got["Nguyễn Văn An"] == ["Giám đốc Công ty Ánh Sáng Mới"]

    def test_place_after_level_word_kept(self):
        got = official_titles("Ông Trần Văn Hòa, Phó Chủ tịch UBND TP Hà Nội cho biết đã chỉ đạo khắc phục.")
        assert got["Trần Văn Hòa"] == ["Phó Chủ tịch Ủy ban nhân dân thành phố Hà Nội"]


class TestListedLowerCaseNameAfterAbbreviatedHead:
    """`UB Các vấn đề xã hội`: a listed body's name goes on after its head written as an abbreviation too."""

    def test_abbreviated_head(self):
        got = official_titles("ĐB Lưu Bình Nhưỡng, ủy viên thường trực UB Các vấn đề xã hội cho rằng, bí thư, chủ tịch "
                              "tỉnh phải chịu trách nhiệm.")
        assert "Ủy viên thường trực Ủy ban Các vấn đề xã hội" in got["Lưu Bình Nhưỡng"]

    def test_written_head_unchanged(self):
        got = official_titles("Đại biểu Quốc hội Lưu Bình Nhưỡng - Ủy viên thường trực Ủy ban các vấn đề xã hội cho rằng "
                              "Tổng thanh tra Chính phủ đã nêu ra 3 nguyên nhân.")
        assert "Ủy viên thường trực Ủy ban các vấn đề xã hội" in got["Lưu Bình Nhưỡng"]


class TestBareHeadNameClosedByNextPerson:
    """`Giám đốc Trung tâm đăng kiểm và ông X`: a bare head's lower-case name, closed by `và` and the next person."""

    def test_closed_by_and_honorific(self):
        got = official_titles("Phóng viên đã nhiều lần liên hệ với ông Đào Hồng Đức, Giám đốc Trung tâm đăng kiểm và ông "
                              "Vũ Thái Hệ, Phó Giám đốc Trung tâm nhưng không nhận được phản hồi.")
        assert got["Đào Hồng Đức"] == ["Giám đốc Trung tâm đăng kiểm"]

    def test_verb_after_bare_head_not_read_as_name(self):
        # a bare head then the clause's verb: the head stands for the article's body, nothing joins it
        got = official_titles("Nhà giáo ưu tú Đinh Thị Hỏi, giám đốc trung tâm đưa chúng tôi dạo quanh trường và ông "
                              "Lê Văn Nam đi cùng.")
        assert got["Đinh Thị Hỏi"] == ["Giám đốc Trung tâm"]
