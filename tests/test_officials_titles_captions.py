"""Officials titles, round 8b (issue 15): a place opening on an honorific word, a caption running into the next
sentence, bodies named in lower case after their head, and a company's name after its legal form in words.
Sentences from the news corpus."""
import pytest
from conftest import official_rows, official_titles


class TestPlaceOpeningOnHonorific:
    """`tỉnh Bà Rịa-Vũng Tàu`: the capitalised `Bà` after a level word is the place's first syllable."""

    @pytest.mark.parametrize("text,name,title", [
        ("Ông Nguyễn Văn Trình, Chủ tịch UBND tỉnh Bà Rịa-Vũng Tàu cho biết trong năm 2016, mặc dù tình hình kinh "
         "tế của tỉnh còn khó khăn.", "Nguyễn Văn Trình", "Chủ tịch Ủy ban nhân dân tỉnh Bà Rịa-Vũng Tàu"),
        ("Ông Nguyễn Hồng Lĩnh, Bí thư Tỉnh ủy tỉnh Bà Rịa-Vũng Tàu, đã biểu dương những đóng góp tích cực của cộng "
         "đồng doanh nghiệp.", "Nguyễn Hồng Lĩnh", "Bí thư Tỉnh ủy tỉnh Bà Rịa-Vũng Tàu"),
        ("Ngày 7/7, ông Nguyễn Thành Long, Phó Chủ tịch UBND tỉnh Bà Rịa-Vũng Tàu đã chủ trì cuộc họp với các sở, "
         "ngành.", "Nguyễn Thành Long", "Phó Chủ tịch Ủy ban nhân dân tỉnh Bà Rịa-Vũng Tàu"),
        ("Ông Phạm Văn Hoàng - Giám đốc bệnh viện đa khoa Cát Bà cho biết, từ trưa đến tối 13/5, bệnh viện đã tiếp "
         "nhận 11 trường hợp.", "Phạm Văn Hoàng", "Giám đốc Bệnh viện đa khoa Cát Bà"),
    ])
    def test_place_kept_whole(self, text, name, title):
        assert official_titles(text)[name] == [title]

    def test_lower_case_honorific_still_opens_a_person(self):
        got = official_titles("Tiếp đó, Phó Chủ tịch UBND huyện, bà Nguyễn Thị Lan phát biểu tại hội nghị.")
        assert got == {"Nguyễn Thị Lan": ["Phó Chủ tịch Ủy ban nhân dân huyện"]}


class TestCaptionRunsIntoNextSentence:
    """A photo caption `ông X, post` with no stop, then the text's next sentence: its opener is no part of the title."""

    @pytest.mark.parametrize("text,name,title", [
        ("Ông Lê Hoàng Châu, Chủ tịch Hiệp hội Bất động sản TP.HCM Theo ông Liêm, nhà ở xã hội có giá bán ưu đãi.",
         "Lê Hoàng Châu", "Chủ tịch Hiệp hội Bất động sản Thành phố Hồ Chí Minh"),
        ("Ông Nguyễn Việt Hùng, Chi cục trưởng Chi cục Kiểm lâm tỉnh Vĩnh Phúc  Theo ông Nguyễn Việt Hùng, rừng bị "
         "phá nhiều.", "Nguyễn Việt Hùng", "Chi cục trưởng Chi cục Kiểm lâm tỉnh Vĩnh Phúc"),
        ("Anh Nguyễn Tiến Cường – Chủ tịch Hội Nông dân xã Khai Thái  Theo anh Nguyễn Tiến Cường, rau cần bán chạy.",
         "Nguyễn Tiến Cường", "Chủ tịch Hội Nông dân xã Khai Thái"),
        ("Ông Lê Quang Vịnh, Phó chủ tịch UBND xã Hải Yến Ngày 24-6, thông tin cho biết hồ sơ đã được lập.",
         "Lê Quang Vịnh", "Phó Chủ tịch Ủy ban nhân dân xã Hải Yến"),
        ("GS Hoàng Minh Sơn- Hiệu trưởng ĐH Bách Khoa Hà Nội  Qua các đợt kiểm tra thấy kì thi năm nay yên ả.",
         "Hoàng Minh Sơn", "Hiệu trưởng Đại học Bách Khoa Hà Nội"),
        ("Ông Lê Văn Thành - Bí thư Thành ủy Hải Phòng - Đây là dự án có ý nghĩa đặc biệt quan trọng.",
         "Lê Văn Thành", "Bí thư Thành ủy Hải Phòng"),
    ])
    def test_opener_left_out(self, text, name, title):
        assert official_titles(text)[name] == [title]

    @pytest.mark.parametrize("text,name,title", [
        # a place ending on a word that opens sentences elsewhere (`Vì`, `Từ`) is not cut
        ("Ông Bạch Công Tiến, Chủ tịch UBND huyện Ba Vì cho biết huyện xác định giữ gìn môi trường.",
         "Bạch Công Tiến", "Chủ tịch Ủy ban nhân dân huyện Ba Vì"),
        ("Ông Trần Văn Minh, Phó Chủ tịch UBND huyện Đại Từ cho biết huyện sẽ kiểm tra.",
         "Trần Văn Minh", "Phó Chủ tịch Ủy ban nhân dân huyện Đại Từ"),
        # an opener right after the head word stays inside the body's name
        ("ĐB Lưu Bình Nhưỡng (Bến Tre), Ủy viên Thường trực Ủy ban Về các vấn đề xã hội của Quốc hội , cho rằng "
         "việc khởi tố là đúng.", "Lưu Bình Nhưỡng", "Ủy viên Thường trực Ủy ban Về các vấn đề xã hội của Quốc hội"),
    ])
    def test_name_words_kept(self, text, name, title):
        assert title in official_titles(text)[name]


class TestLowerCaseBodyNameAfterHead:
    @pytest.mark.parametrize("text,name,title", [
        ("Ông Lưu Bình Nhưỡng, Ủy viên thường trực Ủy ban các vấn đề xã hội của Quốc hội nói.", "Lưu Bình Nhưỡng",
         "Ủy viên thường trực Ủy ban các vấn đề xã hội của Quốc hội"),
        ("Ông Nguyễn Anh Triết, Trưởng Ban Quản lý Các khu công nghiệp tỉnh cho biết, tỉnh đang quan tâm.",
         "Nguyễn Anh Triết", "Trưởng ban Quản lý Các khu công nghiệp tỉnh"),
        ("Ông Lê Văn A, Trưởng ban Quản lý các khu công nghiệp tỉnh Bắc Ninh cho biết, 97 doanh nghiệp đã đăng ký.",
         "Lê Văn A", "Trưởng ban Quản lý các khu công nghiệp tỉnh Bắc Ninh"),
    ])
    def test_name_taken(self, text, name, title):
        assert [t.lower() for t in official_titles(text)[name]] == [title.lower()]

    def test_words_after_another_head_are_the_clause(self):
        got = official_titles("Ông Lê Văn A, Chủ tịch UBND tỉnh cho biết các vấn đề xã hội được giải quyết.")
        assert got == {"Lê Văn A": ["Chủ tịch Ủy ban nhân dân tỉnh"]}


class TestBrandAfterLegalForm:
    """After `Công ty cổ phần`, `Công ty TNHH một thành viên`, `Doanh nghiệp tư nhân`, the first capitalised word is
    the company's name, even one reading as a person's."""

    @pytest.mark.parametrize("text,name,title", [
        ("Ông Đoàn Nguyên Đức, Chủ tịch HĐQT Công ty cổ phần Hoàng Anh Gia Lai công bố.", "Đoàn Nguyên Đức",
         "Chủ tịch Hội đồng quản trị Công ty cổ phần Hoàng Anh Gia Lai"),
        ("Trong khi đó, ông Hồ Quang Trí, Giám đốc Doanh nghiệp tư nhân Hồ Quang Trí, đơn vị đang sở hữu bản quyền "
         "lúa giống ST25 cho biết, việc đăng ký là trái phép.", "Hồ Quang Trí",
         "Giám đốc Doanh nghiệp tư nhân Hồ Quang Trí"),
        ("Ông Lê Văn Tám, Giám đốc Công ty TNHH một thành viên Lê Quang Lộc cho biết: Thế hệ chúng tôi đã làm.",
         "Lê Văn Tám", "Giám đốc Công ty TNHH một thành viên Lê Quang Lộc"),
        ("Ông Nguyễn Văn A, Giám đốc Công ty cổ phần Thái Bình Dương cho biết như vậy.", "Nguyễn Văn A",
         "Giám đốc Công ty cổ phần Thái Bình Dương"),
    ])
    def test_company_name_complete(self, text, name, title):
        rows = official_rows(text)
        assert list(rows) == [name]  # the company's name is no person
        assert rows[name]["titles"] == [title]

    def test_person_after_the_brand_stays_a_person(self):
        got = official_titles("Tổng Giám đốc Công ty cổ phần Sữa Việt Nam Mai Kiều Liên cho biết như vậy.")
        assert got == {"Mai Kiều Liên": ["Tổng Giám đốc Công ty cổ phần Sữa Việt Nam"]}

    def test_legal_form_alone_ends_the_title(self):
        got = official_titles("Ông Nguyễn Văn A, Giám đốc Công ty cổ phần, cho biết như vậy.")
        assert got == {"Nguyễn Văn A": ["Giám đốc Công ty cổ phần"]}


@pytest.mark.parametrize("text,name,title", [
    # a sentence opener that is a word of the body's name does not cut the title
    ("Ông Nguyễn Văn An, Trưởng phòng Đào tạo Sau đại học Trường Đại học Y Hà Nội, cho biết kế hoạch tuyển sinh.",
     "Nguyễn Văn An", "Trưởng Phòng Đào tạo Sau đại học Trường Đại học Y Hà Nội"),
    ("Ông Trần Văn Bình, Trưởng Ban Tổ chức Ngày hội Du lịch Hà Nội, cho biết lễ hội sẽ kéo dài ba ngày.",
     "Trần Văn Bình", "Trưởng Ban Tổ chức Ngày hội Du lịch Hà Nội"),
    # a real opener after a caption with no full stop still cuts it
    ("Ông Lê Văn Tám, Chi cục trưởng Chi cục Kiểm lâm tỉnh Vĩnh Phúc Theo ông Tám, rừng đã được bảo vệ.",
     "Lê Văn Tám", "Chi cục trưởng Chi cục Kiểm lâm tỉnh Vĩnh Phúc"),
])
def test_an_opener_that_is_a_word_of_the_name_does_not_cut_the_title(text, name, title):
    assert official_titles(text)[name] == [title]
