"""Officials titles, round 8d (issue 15): a bracketed abbreviation after a body's lower-case words, a brand that reads
as a person's name after a company's trade words, and a company's trade words that must be name words, not the
clause. Sentences from the news corpus."""
import pytest
from conftest import official_titles


class TestAbbreviationBracketClosesLowerCaseName:
    """`Liên đoàn bóng đá thế giới (FIFA)`: the bracket repeats the whole name, so the lower-case words before it are
    the body's, and the title goes on after it (the person's name, or a place)."""

    @pytest.mark.parametrize("text,name,title", [
        ("Chủ tịch Liên đoàn bóng đá thế giới (FIFA) Gianni Infantino cho biết giải đấu sẽ có 48 đội.",
         "Gianni Infantino", "Chủ tịch Liên đoàn bóng đá thế giới"),
        ("Trước sự việc này, bác sỹ Phan Văn Hùng - Chi cục trưởng Chi cục An toàn vệ sinh thực phẩm (ATVSTP) Hà Tĩnh "
         "cho hay, sở dĩ thực phẩm chuyển sang màu đỏ bất thường.", "Phan Văn Hùng",
         "Chi cục trưởng Chi cục An toàn vệ sinh thực phẩm Hà Tĩnh"),
        ("Tại hội nghị, ông Saber Chowdhury, Chủ tịch Liên minh Nghị viện thế giới (IPU) khẳng định biến đổi khí hậu "
         "là vấn đề chung của toàn cầu.", "Saber Chowdhury", "Chủ tịch Liên minh Nghị viện thế giới"),
    ])
    def test_run_kept(self, text, name, title):
        assert official_titles(text)[name] == [title]

    def test_clause_after_a_place_not_joined(self):
        # after a level word's place the name has ended: the lower-case words are the clause, whatever follows them
        got = official_titles("Ông Nguyễn Văn An, Giám đốc Sở Y tế tỉnh Quảng Bình tiêm vắc xin (AZ) cho người dân.")
        assert not any("(" in t or "AZ" in t for t in got.get("Nguyễn Văn An", []))


class TestBrandAfterTradeWords:
    """After a name, `Công ty` + a few lower-case trade words + a brand that reads as a person's name (`Lương Quới`,
    `Hoàng Gia Phát`), closed by a stop or the verb: the person is already named, so the brand is the company's."""

    @pytest.mark.parametrize("text,name,title", [
        ("Ông Nguyễn Văn Ngọc, Phó Giám đốc Công ty Chế biến dừa Lương Quới (huyện Châu Thành, Bến Tre), cho biết "
         "giá dừa khô đã tăng.", "Nguyễn Văn Ngọc", "Phó Giám đốc Công ty Chế biến dừa Lương Quới"),
        ("Ông Vũ Văn Sùng, Giám đốc Công ty TNHH xây dựng Vũ Hoàng Dương cho biết: Đơn vị đã bỏ vào công trình gần 4 "
         "tỷ đồng.", "Vũ Văn Sùng", "Giám đốc Công ty TNHH xây dựng Vũ Hoàng Dương"),
        ("Ông Trần Văn Phát, Giám đốc Công ty TNHH Thương mại xuất nhập khẩu Hoàng Gia Phát (quận 2, TP.HCM), cho "
         "biết công ty đã nộp đủ hồ sơ.", "Trần Văn Phát",
         "Giám đốc Công ty TNHH Thương mại xuất nhập khẩu Hoàng Gia Phát"),
        # the head in lower case right after the post
        ("Liên quan đến việc này, chiều 15/5, bà Vũ Ngọc Dự, Hiệu trưởng trường mầm non Mai Dịch (Cầu Giấy, Hà Nội) "
         "cho rằng, sự việc xảy ra là hết sức đáng tiếc.", "Vũ Ngọc Dự", "Hiệu trưởng Trường mầm non Mai Dịch"),
    ])
    def test_brand_kept(self, text, name, title):
        assert official_titles(text)[name] == [title]

    def test_second_person_after_and_is_not_a_brand(self):
        got = official_titles("Ông Nguyễn Văn An, Giám đốc Công ty Điện lực và Nguyễn Văn Bình cho biết.")
        assert got["Nguyễn Văn An"] == ["Giám đốc Công ty Điện lực"]

    def test_next_person_with_a_post_is_not_a_brand(self):
        got = official_titles("Ông Nguyễn Văn An, Giám đốc Công ty Điện lực gặp Nguyễn Văn Bình, Chủ tịch xã.")
        assert got["Nguyễn Văn An"] == ["Giám đốc Công ty Điện lực"]
        assert "Nguyễn Văn Bình" in got


class TestCompanyTradeWordsAreNameWords:
    """After a company's legal form, only name words (or more legal forms) lead on to a capitalised word: a verb or
    function word (`được UBND tỉnh`) is the clause."""

    def test_clause_after_company_not_joined(self):
        got = official_titles("Kết quả thanh tra cho thấy, ông Nguyễn Đức Hiền - nguyên Chủ tịch kiêm Giám đốc Công ty "
                              "TNHH MTV Cấp thoát nước Kiên Giang được UBND tỉnh Kiên Giang bổ nhiệm lại nhiệm kỳ 5 năm.")
        assert got["Nguyễn Đức Hiền"] == ["Chủ tịch Công ty TNHH MTV Cấp thoát nước Kiên Giang",
                                          "Giám đốc Công ty TNHH MTV Cấp thoát nước Kiên Giang"]

    def test_legal_form_words_still_lead_on(self):
        got = official_titles("Bà Đỗ Thị Đức Hạnh, Trưởng phòng Kế hoạch - Kinh doanh - Công ty TNHH Nhà nước một "
                              "thành viên Khai thác điểm đỗ xe Hà Nội cho biết, công ty đang quản lý 180 điểm đỗ xe.")
        assert got["Đỗ Thị Đức Hạnh"][0].endswith("Công ty TNHH Nhà nước một Thành viên Khai thác điểm đỗ xe Hà Nội")

    def test_brand_after_trade_words_kept(self):
        got = official_titles("Ông Lê Văn Bảo, Giám đốc Công ty TNHH xây dựng Hoàng Long cho biết công trình đã xong.")
        assert got["Lê Văn Bảo"] == ["Giám đốc Công ty TNHH xây dựng Hoàng Long"]


class TestAnnouncingVerbClosesTitle:
    """`công bố` is the clause's verb: the document after it (`Quyết định của Bộ Chính trị`) is no part of the body."""

    def test_announcement_not_joined(self):
        got = official_titles("Ông Mai Văn Chính, Ủy viên Trung ương Đảng, Phó Trưởng Ban Tổ chức Trung ương công bố "
                              "Quyết định của Bộ Chính trị phân công ông Đinh La Thăng làm Phó Trưởng Ban Kinh tế Trung "
                              "ương.")
        assert got["Mai Văn Chính"] == ["Ủy viên Trung ương Đảng", "Phó Trưởng Ban Tổ chức Trung ương"]
        assert got["Đinh La Thăng"] == ["Phó Trưởng Ban Kinh tế Trung ương"]
