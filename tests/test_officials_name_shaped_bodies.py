"""Officials people found, round 8c (issue #15): bodies whose names open with a family name, foreign holders of
state posts with a field, lists of foreign posts and names, firms after a foreign name's post, foreign last names the
tokenizer glued to the next word, surnames with an inner capital, and companies named like people before their
chairman's name. Sentences from the corpus (dantri world, business and sport; baomoi)."""
from __future__ import annotations

import pytest
from conftest import official_titles


class TestBodyOpeningOnAFamilyName:
    """`Lầu Năm Góc` (the Pentagon) opens with the family name `Lầu`: it is a body, and the name after it the
    spokesman's."""

    @pytest.mark.parametrize("text, name, title", [
        ("Tại một cuộc họp báo trong tuần này, người phát ngôn Lầu Năm Góc John Kirby nói: \"Chúng tôi vẫn chưa hiểu "
         "rõ mục đích thực sự là gì.", "John Kirby", "Người phát ngôn Lầu Năm Góc"),
        ("Phát ngôn viên Lầu Năm Góc John Kirby ngày 22/4 thông báo rằng Mỹ đang điều \"vũ khí hoạt động trên không\" "
         "tới hỗ trợ tìm kiếm tàu ngầm Indonesia.", "John Kirby", "Phát ngôn viên Lầu Năm Góc"),
        ("Người phát ngôn Lầu Năm Góc John Kirby cho biết quân đội Mỹ sẽ điều một đội không vận đến Indonesia hỗ trợ "
         "công tác tìm kiếm tàu ngầm mất tích.", "John Kirby", "Người phát ngôn Lầu Năm Góc"),
    ])
    def test_spokesman_after_the_body(self, text, name, title):
        assert official_titles(text) == {name: [title]}

    def test_the_body_alone_is_no_one(self):
        text = ("Theo người phát ngôn Lầu Năm Góc, Mỹ \"không tin\" rằng việc Nga tăng cường hiện diện quân sự \"có lợi "
                "cho an ninh và ổn định dọc biên giới với Ukraine\".")
        assert official_titles(text) == {}


class TestStatePostWithItsField:
    """A state post whose lexicon entry holds its field (`Bộ trưởng Quốc phòng`) or a post of a state's chamber
    (`Chủ tịch Hạ viện`) makes the foreign name after it its holder's, without `ông`/`bà` elsewhere."""

    @pytest.mark.parametrize("text, name, title", [
        ("Bộ trưởng Quốc phòng Ng Eng Hen cho biết tàu MV Swift Rescue đã được điều động \"nhanh nhất có thể để sẵn "
         "sàng\" vào cuộc.", "Ng Eng Hen", "Bộ trưởng Quốc phòng"),
        ("Hy vọng có thể tìm thấy tàu trước thời điểm này, khi vẫn còn lượng ôxy dự trữ\", ông Margono nói tại Bali "
         "trong cuộc họp báo có sự tham dự của Bộ trưởng Quốc phòng Prabowo Subianto.",
         "Prabowo Subianto", "Bộ trưởng Quốc phòng"),
        ("Chủ tịch Hạ viện Mỹ Paul Ryan ngày 5/2 bày tỏ ủng hộ đề xuất của Bộ trưởng Quốc phòng James Mattis điều "
         "thêm quân đến Syria để đánh bại IS tự xưng.", "James Mattis", "Bộ trưởng Quốc phòng"),
    ])
    def test_minister_with_field(self, text, name, title):
        assert official_titles(text).get(name) == [title]

    def test_a_firm_after_a_post_with_its_field_is_no_one(self):
        assert official_titles("Giám đốc Tài chính Sunny Group cho biết doanh thu tăng.") == {}


class TestListOfForeignPostsAndNames:
    """`gồm Post A, Post B`: the second post and its foreign name are the next person's, not a title of the first."""

    def test_two_ministers(self):
        text = ("Trong số 15 bộ trưởng nội các của ông Biden, chỉ có 2 bộ trưởng tham gia gồm Ngoại trưởng Antony "
                "Blinken, Bộ trưởng Quốc phòng Lloyd Austin.")
        assert official_titles(text) == {"Antony Blinken": ["Ngoại trưởng"], "Lloyd Austin": ["Bộ trưởng Quốc phòng"]}

    def test_two_chamber_heads(self):
        text = ("Hai người được quy định là trở thành tổng thống tạm quyền, gồm Chủ tịch Hạ viện Nancy Pelosi, Chủ tịch "
                "Thượng viện Patrick Leahy cũng đều sẽ có mặt tại sự kiện.")
        assert official_titles(text) == {"Nancy Pelosi": ["Chủ tịch Hạ viện"],
                                         "Patrick Leahy": ["Chủ tịch Thượng viện"]}

    def test_one_person_with_a_firm_after_the_post_keeps_it(self):
        # no post before the name: the firm after the second post is still this person's (round 6)
        got = official_titles("Ông Jeff Bezos, Chủ tịch Blue Origin, Giám đốc điều hành Amazon cho biết.")
        assert list(got) == ["Jeff Bezos"]


class TestFirmAfterAForeignNamesPost:
    """`Name, post Firm Words`: Latin words ending on a firm's word (`Global`, `Group`, `Bank`) after the post are
    the firm, and the name before the comma is its holder."""

    def test_firm_name(self):
        text = ("Marc Chandler, Giám đốc điều hành Bannockburn Global Forex cho rằng, chính sách ôn hòa của Fed có thể "
                "đẩy giá vàng lên trên 1.800 USD/ounce.")
        assert official_titles(text) == {"Marc Chandler": ["Giám đốc điều hành Bannockburn Global Forex"]}

    def test_a_league_before_the_comma_is_no_person(self):
        text = ("Khi sáu \"ông lớn\" ở Premier League tháo chạy khỏi European Super League, Phó chủ tịch Man Utd là Ed "
                "Woodward phải gánh hậu quả nặng nề nhất.")
        assert "European Super League" not in official_titles(text)

    def test_paper_before_the_comma_still_gives_the_post_to_the_next_name(self):
        got = official_titles("Theo tờ Sky Sports, Giám đốc Điều hành (GĐĐH) Richard Masters của Premier League quyết "
                              "định loại thành viên của Man Utd.")
        assert got == {"Richard Masters": ["Giám đốc điều hành Premier League"]}


class TestLastNameGluedToTheNextWord:
    """The tokenizer glues a foreign last name to the Vietnamese word after it (`Blinken tái`, `Modi lệnh`,
    `Zeman hạ`): the name's syllable is split off and the name read whole."""

    @pytest.mark.parametrize("text, name, title", [
        ("Ngoại trưởng Mỹ Antony Blinken tái khẳng định sự ủng hộ của chính quyền Tổng thống Joe Biden đối với Ukraine "
         "trong những ngày gần đây.", "Antony Blinken", "Ngoại trưởng Mỹ"),
        ("Ngày 25/3/2020, mạng lưới đường sắt Ấn Độ tạm dừng hoạt động lần đầu tiên sau 167 năm, khi Thủ tướng "
         "Narendra Modi lệnh phong tỏa toàn quốc do đại dịch Covid-19.", "Narendra Modi", "Thủ tướng"),
        ("Trong khi các nước EU vẫn đang bàn bạc chuyện có tiếp tục trục xuất nhân viên ngoại giao Nga, Tổng thống "
         "Séc Milos Zeman hạ nhiệt tình hình.", "Milos Zeman", "Tổng thống Séc"),
    ])
    def test_glued_last_name(self, text, name, title):
        assert official_titles(text).get(name) == [title]

    def test_vietnamese_word_after_a_name_is_not_split(self):
        # `Biden` stands alone; the next unit is Vietnamese and stays as it is
        got = official_titles("Tổng thống Mỹ Joe Biden tuyên bố sẽ hỗ trợ Ấn Độ.")
        assert got == {"Joe Biden": ["Tổng thống Mỹ"]}


class TestSurnameWithAnInnerCapital:
    """`DeVos`, `McCain`, `McConnell`: a family name's prefix before a second capital, after a first name."""

    @pytest.mark.parametrize("text, name, title", [
        ("Tân Bộ trưởng Giáo dục Mỹ Betsy DeVos cho biết sẽ xem xét lại chương trình.", "Betsy DeVos",
         "Bộ trưởng Giáo dục Mỹ"),
        ("Chủ tịch Ủy ban Quân vụ Thượng viện John McCain chỉ trích chính quyền vì không thể đề ra một chiến lược cụ "
         "thể ở Afghanistan.", "John McCain", "Chủ tịch Ủy ban Quân vụ Thượng viện"),
    ])
    def test_prefixed_surname(self, text, name, title):
        assert official_titles(text).get(name) == [title]

    def test_a_brand_so_spelled_opens_no_name(self):
        got = official_titles("Giám đốc điều hành McLaren Zak Brown cho biết.")
        assert got == {"Zak Brown": ["Giám đốc điều hành McLaren"]}

    def test_no_post_no_row(self):
        assert official_titles("Đảng Cộng hòa nắm 52 ghế, nhưng 2 thượng nghị sỹ nói họ không thể ủng hộ bà Betsy "
                               "DeVos.") == {}


class TestCompanyNamedLikeAPerson:
    """`Công ty (cổ phần) Hoàng Anh Gia Lai`, `Tập đoàn Hoàng Anh Gia Lai`: the company's name reads as a person's
    (`Hoàng Anh`); the chain before the chairman's name reads through it."""

    @pytest.mark.parametrize("text, title", [
        ("Chủ tịch HĐQT Công ty cổ phần Hoàng Anh Gia Lai Đoàn Nguyên Đức cho biết công ty sẽ trả nợ.",
         "Chủ tịch Hội đồng quản trị Công ty cổ phần Hoàng Anh Gia Lai"),
        ("Chủ tịch HĐQT Công ty Hoàng Anh Gia Lai Đoàn Nguyên Đức cho biết công ty sẽ trả nợ.",
         "Chủ tịch Hội đồng quản trị Công ty Hoàng Anh Gia Lai"),
        ("Chủ tịch Tập đoàn Hoàng Anh Gia Lai Đoàn Nguyên Đức cho biết công ty sẽ trả nợ.",
         "Chủ tịch Tập đoàn Hoàng Anh Gia Lai"),
    ])
    def test_chairman_after_the_company(self, text, title):
        assert official_titles(text) == {"Đoàn Nguyên Đức": [title]}

    @pytest.mark.parametrize("text", [
        "Giám đốc Bệnh viện Bạch Mai cho biết bệnh viện quá tải.",
        "Giám đốc Công ty Lê Thành cho biết.",
    ])
    def test_the_organisation_alone_names_no_one(self, text):
        assert official_titles(text) == {}

    def test_school_named_after_a_person_then_its_head(self):
        got = official_titles("Hiệu trưởng Trường THPT Lê Quý Đôn Nguyễn Văn Hùng cho biết.")
        assert got == {"Nguyễn Văn Hùng": ["Hiệu trưởng Trường Trung học phổ thông Lê Quý Đôn"]}
