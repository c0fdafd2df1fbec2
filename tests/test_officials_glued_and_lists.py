"""Officials, round 6 (issue 15), from corpus sentences: a verb the tokenizer glued to the place that ends a title,
a `và` that led to the next person, a place or brand glued before a foreign name, a list of foreign people each
after their post, a deceased person named once in passing; traps that must keep their reading."""
from __future__ import annotations

import pytest

from tests.conftest import official_rows as rows_of
from tests.conftest import official_titles as titles_of


class TestVerbGluedToPlace:
    @pytest.mark.parametrize("text,name,title", [
        ("Chị Vân - Phó Chủ tịch HĐND huyện Phù Cát nói rằng cha chị đã hy sinh ở đó.", "Vân",
         "Phó Chủ tịch Hội đồng nhân dân huyện Phù Cát"),
        ("Ông Trần Bá Hùng - Phó Chủ tịch UBND xã Hương Vĩnh thông tin: Sau khi nhận được tin báo, chính quyền đã "
         "vào cuộc.", "Trần Bá Hùng", "Phó Chủ tịch Ủy ban nhân dân xã Hương Vĩnh"),
        ("Thành là cán bộ hành chính của bệnh viện”, ông Vũ Đình Kỳ - Trưởng Công an huyện Quế Võ thông tin.",
         "Vũ Đình Kỳ", "Trưởng Công an huyện Quế Võ"),
        ("Theo công văn do ông Võ Đức Đại, Trưởng phòng Giáo dục huyện Can Lộc kí gửi hiệu trưởng các trường.",
         "Võ Đức Đại", "Trưởng Phòng Giáo dục và Đào tạo huyện Can Lộc"),
        ("Ông Hoàng Quốc Khánh, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Sơn La sở hữu căn biệt thự lớn.",
         "Hoàng Quốc Khánh", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Sơn La"),
    ])
    def test_verb_is_cut_off(self, text, name, title):
        assert titles_of(text)[name] == [title]

    def test_speaking_verb_gives_the_role(self):
        row = rows_of("Chị Vân - Phó Chủ tịch HĐND huyện Phù Cát nói rằng cha chị đã hy sinh ở đó.")["Vân"]
        assert row["roles"] == ["speak"]

    @pytest.mark.parametrize("text,name,title", [
        # capitalised words then lower-case ones that are one post or body: no place, no role cue
        ("Tổng Bí thư Nguyễn Phú Trọng tiếp xúc cử tri quận Ba Đình.", "Nguyễn Phú Trọng", "Tổng Bí thư"),
        ("Ông Nguyễn Văn Nam, Phó Trưởng Ban Chỉ đạo, cho biết.", "Nguyễn Văn Nam", "Phó Trưởng Ban Chỉ đạo"),
        ("Ông Đỗ Viết Tuấn, Trưởng khoa Công nghệ thông tin, cho biết.", "Đỗ Viết Tuấn",
         "Trưởng khoa Công nghệ thông tin"),
    ])
    def test_posts_and_bodies_stay_whole(self, text, name, title):
        assert titles_of(text)[name] == [title]


class TestAndBeforeTheNextPerson:
    @pytest.mark.parametrize("text,name,title", [
        ("Ông Nguyễn Văn Thọ, Chủ tịch UBND huyện Phú Xuyên và Đại tá Nguyễn Đình Chiến, Trưởng Công an huyện Phú "
         "Xuyên trồng cây.", "Nguyễn Văn Thọ", "Chủ tịch Ủy ban nhân dân huyện Phú Xuyên"),
        ("Ông Nguyễn Hữu Hoài - Chủ tịch UBND tỉnh và Thiếu tướng Từ Hồng Sơn đã khen thưởng.", "Nguyễn Hữu Hoài",
         "Chủ tịch Ủy ban nhân dân tỉnh"),
        ("Hình ảnh cho thấy Đại tá Bùi Văn Sơn, Giám đốc Công an tỉnh Lâm Đồng và Thiếu tướng Nguyễn Văn A đã "
         "chỉ đạo.", "Bùi Văn Sơn", "Giám đốc Công an tỉnh Lâm Đồng"),
    ])
    def test_no_trailing_and(self, text, name, title):
        assert titles_of(text)[name] == [title]

    def test_and_inside_a_body_stays(self):
        got = titles_of("Ông Trần Văn Bình, Giám đốc Sở Kế hoạch và Đầu tư tỉnh Nam Định, cho biết.")
        assert got["Trần Văn Bình"] == ["Giám đốc Sở Kế hoạch và Đầu tư tỉnh Nam Định"]


class TestForeignPeopleAfterTheirPosts:
    def test_list_of_posts_and_names(self):
        got = titles_of("Thủ tướng Narendra Modi, Tổng thống Pranab Mukherjee và Phó Tổng thống Hamid Ansari đã "
                        "thăm 9 trong tổng số 10 nước ASEAN.")
        assert got == {"Narendra Modi": ["Thủ tướng"], "Pranab Mukherjee": ["Tổng thống"],
                       "Hamid Ansari": ["Phó Tổng thống"]}

    def test_brands_before_chief_executives(self):
        got = titles_of("Trước đó, vào mùa hè năm 2020, Giám đốc điều hành Google Sundar Pichai, Giám đốc điều hành "
                        "Apple Tim Cook và Giám đốc điều hành Facebook Mark Zuckerberg đã điều trần. Cổ phiếu của "
                        "Google tăng mạnh, cổ phiếu của Apple giảm và cổ phiếu của Facebook đứng giá.")
        assert got == {"Sundar Pichai": ["Giám đốc điều hành Google"], "Tim Cook": ["Giám đốc điều hành Apple"],
                       "Mark Zuckerberg": ["Giám đốc điều hành Facebook"]}

    @pytest.mark.parametrize("text,name,title", [
        ("Tại lễ trao, Tổng thống Italia Sergio Mattarella đã ký quyết định. Quan hệ giữa Việt Nam và Italia rất tốt.",
         "Sergio Mattarella", "Tổng thống Italia"),
        ("Ngoại trưởng Saudi Arabia Adel al-Jubeir cho biết như vậy.", "Adel al-Jubeir", "Ngoại trưởng Saudi Arabia"),
    ])
    def test_place_glued_before_a_name(self, text, name, title):
        assert titles_of(text)[name] == [title]

    @pytest.mark.parametrize("text,name,title", [
        # a foreign name of three words stays whole; a body after a name introduced by `ông` stays its body
        ("Nhà lãnh đạo Triều Tiên Kim Jong Un đã thị sát. Theo ông Kim, tên lửa đã bay.", "Kim Jong Un",
         "Nhà lãnh đạo Triều Tiên"),
        ("Tổng thống Thổ Nhĩ Kỳ Recep Tayyip Erdogan đã tới Moscow.", "Recep Tayyip Erdogan", "Tổng thống Thổ Nhĩ Kỳ"),
    ])
    def test_long_foreign_names_stay_whole(self, text, name, title):
        assert titles_of(text)[name] == [title]

    def test_one_persons_chain_of_foreign_bodies(self):
        got = titles_of("Ông Jeff Bezos, Chủ tịch Blue Origin, Giám đốc điều hành Amazon cho biết.")
        assert got == {"Jeff Bezos": ["Chủ tịch Blue Origin", "Giám đốc điều hành Amazon"]}


class TestDeceasedNamedInPassing:
    @pytest.mark.parametrize("text", [
        "Khu tưởng niệm cố Chủ tịch Hội đồng Bộ trưởng Phạm Hùng (huyện Long Hồ) thu hút nhiều du khách.",
        "Chương trình ngọt hóa bán đảo Cà Mau được cố Thủ tướng Võ Văn Kiệt khởi xướng.",
        "TS Lê Kiên Thành, con trai của cố Tổng Bí thư Lê Duẩn, cho biết như vậy.",
    ])
    def test_no_row(self, text):
        assert titles_of(text) == {}

    def test_deceased_the_article_is_about_stays(self):
        got = titles_of("Gia đình của cố Chủ tịch Samsung Lee Kun-hee sẽ nộp thuế thừa kế. Ông Lee Kun-hee, Chủ tịch "
                        "Samsung, qua đời năm 2020.")
        assert got == {"Lee Kun-hee": ["Chủ tịch Samsung"]}

    def test_incident_is_no_deceased_marker(self):
        got = titles_of("Phó Thủ tướng Trương Hòa Bình yêu cầu khắc phục sự cố Formosa.")
        assert got == {"Trương Hòa Bình": ["Phó Thủ tướng Chính phủ"]}


class TestBareHeadNameBeforeVerb:
    @pytest.mark.parametrize("text,name,title", [
        ("Trả lời Đất Việt, ông Nguyễn Công Phương, Phó Giám đốc Trung tâm đăng kiểm cho biết bản thân phụ trách "
         "khu vực phía Nam.", "Nguyễn Công Phương", "Phó Giám đốc Trung tâm đăng kiểm"),
        ("Ông Lê Minh Hải, Phó trưởng Ban quản lý an toàn thực phẩm cho biết, hiện nay vẫn còn nhiều cơ sở.",
         "Lê Minh Hải", "Phó Trưởng Ban Quản lý an toàn thực phẩm"),
        ("Linh mục Hồ Văn Xuân – Trưởng ban trùng tu cho biết: \"Từ đầu tháng 7, đơn vị thi công đã chuẩn bị\".",
         "Hồ Văn Xuân", "Trưởng Ban trùng tu"),
    ])
    def test_name_kept(self, text, name, title):
        assert titles_of(text)[name] == [title]

    @pytest.mark.parametrize("text,name,title", [
        ("Ông Trần Chí Trung – Giám đốc Trung tâm – cho biết chiếc xe buýt thuộc doanh nghiệp vận tải.",
         "Trần Chí Trung", "Giám đốc Trung tâm"),
        ("Ông Nguyễn Văn An, Giám đốc Trung tâm thông báo cho biết sự việc.", "Nguyễn Văn An", "Giám đốc Trung tâm"),
    ])
    def test_no_verb_taken(self, text, name, title):
        assert titles_of(text)[name] == [title]


class TestStandingDeputyOnePost:
    @pytest.mark.parametrize("text,name,title", [
        ("Ngày 28/4, Phó Thủ tướng Chính phủ Trương Hòa Bình kiểm tra công tác phòng dịch. Phó Thủ tướng thường trực "
         "Trương Hòa Bình đề nghị thành phố không được chủ quan.", "Trương Hòa Bình",
         "Phó Thủ tướng Thường trực Chính phủ"),
        ("Bà Tòng Thị Phóng, Phó Chủ tịch Thường trực Quốc hội, đã dự. Phó Chủ tịch Quốc hội Tòng Thị Phóng phát "
         "biểu.", "Tòng Thị Phóng", "Phó Chủ tịch Thường trực Quốc hội"),
    ])
    def test_one_title(self, text, name, title):
        assert titles_of(text)[name] == [title]

    def test_two_posts_stay_two(self):
        got = titles_of("Ông Nguyễn Văn Nên, Bí thư Thành ủy, Trưởng Ban Thường trực Ban Chỉ đạo phòng chống dịch, "
                        "cho biết.")
        assert len(got["Nguyễn Văn Nên"]) == 2


class TestPartySecretaryAtPlaceOnePost:
    @pytest.mark.parametrize("text,name,title", [
        ("Bí thư Thành ủy Hà Nội Hoàng Trung Hải dự hội nghị. Sau đó, Bí thư Hà Nội Hoàng Trung Hải phát biểu.",
         "Hoàng Trung Hải", "Bí thư Thành ủy Hà Nội"),
        ("Bí thư Tỉnh ủy Bình Định Nguyễn Thanh Tùng dự. Ông Nguyễn Thanh Tùng, Bí thư Bình Định, nói.",
         "Nguyễn Thanh Tùng", "Bí thư Tỉnh ủy Bình Định"),
    ])
    def test_one_title(self, text, name, title):
        assert titles_of(text)[name] == [title]

    def test_commune_party_and_district_committee_stay_two(self):
        got = titles_of("Ông Nguyễn Văn An, Bí thư Đảng ủy xã Hòa Bình, Chủ tịch UBND huyện dự hội nghị.")
        assert got["Nguyễn Văn An"] == ["Bí thư Đảng ủy xã Hòa Bình", "Chủ tịch Ủy ban nhân dân huyện"]


class TestPlaceGluedToName:
    """Round 8: the tokenizer glued a place's name after an admin word to the full name after it, or the country rule
    (`Mỹ Jeff`) cut a ward's name that opens like a country (`Mỹ Đình`); corpus sentences."""

    @pytest.mark.parametrize("text,name,title", [
        ("Còn theo Bí thư Đảng ủy phường Mỹ Đình 2 Lưu Chí Dưỡng, phường đang tập trung xây dựng các ngõ tự quản.",
         "Lưu Chí Dưỡng", "Bí thư Đảng ủy phường Mỹ Đình 2"),
        ("Phó Chủ tịch UBND huyện Phù Mỹ Hà Ngọc Tân cho biết, huyện có 9 tàu vỏ thép.", "Hà Ngọc Tân",
         "Phó Chủ tịch Ủy ban nhân dân huyện Phù Mỹ"),
        ("Chúng tôi tiếp tục hỏi Trưởng phòng Kinh tế-Hạ tầng huyện Tiên Lãng Phạm Hồng Thái và được trả lời.",
         "Phạm Hồng Thái", "Trưởng Phòng Kinh tế-Hạ tầng huyện Tiên Lãng"),
        ("Chủ tịch UBND phường Mỹ Đình Nguyễn Thị Thu Hà cho biết phường đã ra quân.", "Nguyễn Thị Thu Hà",
         "Chủ tịch Ủy ban nhân dân phường Mỹ Đình"),
    ])
    def test_place_and_name_are_apart(self, text, name, title):
        got = titles_of(text)
        assert got.get(name) == [title], got

    @pytest.mark.parametrize("text", [
        "Người dân phường Nguyễn Thái Bình cho biết con đường đã được sửa.",   # a ward named after a person
        "Ông về thăm xã Mỹ Lộc vào sáng qua, bà con phấn khởi.",
    ])
    def test_no_person_in_a_place(self, text):
        assert rows_of(text) == {}

    def test_country_glued_to_foreign_name_still_cut(self):
        assert titles_of("Tổng thống Mỹ Donald Trump cho biết ông sẽ đến thăm.") == {"Donald Trump": ["Tổng thống Mỹ"]}


class TestBodyNameInLowerCase:
    """Round 8: a Ban's kind (`chỉ đạo`, `quản lý`, `tôn giáo`, `dân vận`) or a state body's name after `Sở`/`Phòng`
    written in lower case is the body's name, capitalised as in official usage; corpus sentences."""

    @pytest.mark.parametrize("text,name,title", [
        ("Ông Điểu Kré, Ủy viên Ban chấp hành Trung ương Đảng, Phó Trưởng ban thường trực Ban chỉ đạo Tây Nguyên cho "
         "biết: “Đây là lần đầu”.", "Điểu Kré", "Phó Trưởng Ban thường trực Ban Chỉ đạo Tây Nguyên"),
        ("Ông Lê Văn Cừu - Phó giám đốc sở kiêm Trưởng ban tôn giáo bị kỷ luật.", "Lê Văn Cừu", "Trưởng Ban Tôn giáo"),
        ("Bà Huỳnh Thị Thơ và Trưởng Ban tuyên giáo Thành ủy Thân Thị Thư dự lễ.", "Thân Thị Thư",
         "Trưởng Ban Tuyên giáo Thành ủy"),
        ("Đồng chí Nguyễn Văn B, Trưởng ban dân vận Tỉnh ủy Nam Định dự.", "Nguyễn Văn B",
         "Trưởng Ban Dân vận Tỉnh ủy Nam Định"),
        ("Bà Lê Đào Anh Xuân – Phó giám đốc Sở tài nguyên – môi trường cho biết.", "Lê Đào Anh Xuân",
         "Phó Giám đốc Sở Tài nguyên và Môi trường"),
        ("Ông Nguyễn Ngọc Hòa, Phó giám đốc Sở công thương TP.HCM cho biết như trên.", "Nguyễn Ngọc Hòa",
         "Phó Giám đốc Sở Công Thương Thành phố Hồ Chí Minh"),
        ("Phát biểu tại buổi lễ, Phó Giám đốc sở Giao thông vận tải Nguyễn Văn Tám cho biết hai công trình đã xong.",
         "Nguyễn Văn Tám", "Phó Giám đốc Sở Giao thông vận tải"),
    ])
    def test_body_name_read_on(self, text, name, title):
        got = titles_of(text)
        assert title in got.get(name, []), got

    @pytest.mark.parametrize("text,name,title", [
        # `cán bộ` + `y tế`: no body's head
        ("Cán bộ y tế xã cho biết, ông Nguyễn Văn C, Chủ tịch UBND xã Tân Hòa dự.", "Nguyễn Văn C",
         "Chủ tịch Ủy ban nhân dân xã Tân Hòa"),
        # a Ban's kind, then a verb: nothing more is the name's
        ("Ông Nguyễn Văn D, Trưởng ban quản lý chợ Đồng Xuân cho biết.", "Nguyễn Văn D",
         "Trưởng ban Quản lý chợ Đồng Xuân"),
    ])
    def test_traps_keep_their_reading(self, text, name, title):
        assert titles_of(text).get(name) == [title]


class TestHonorificGluedToName:
    @pytest.mark.parametrize("text,name,title", [
        ("Hôm qua, ÔngTrần Văn Bình (60 tuổi) - chủ tịch xã Tân Hòa cho biết.", "Trần Văn Bình",
         "Chủ tịch Ủy ban nhân dân xã Tân Hòa"),
        ("Rủi ro xảy ra cả hai bên đều phải chịu. ÔngNGUYỄN ĐỨC KIÊN, Phó Chủ nhiệm Ủy ban Kinh tế của Quốc hội cho "
         "biết.", "NGUYỄN ĐỨC KIÊN", "Phó Chủ nhiệm Ủy ban Kinh tế của Quốc hội"),
    ])
    def test_honorific_cut_off(self, text, name, title):
        assert titles_of(text).get(name) == [title]

    def test_camel_case_brand_is_no_honorific(self):
        assert titles_of("Ngân hàng VietinBank và MobiFone, Chủ tịch Nguyễn Văn A cho biết.") == {
            "Nguyễn Văn A": ["Chủ tịch"]}


class TestBanNamedAfterItsPost:
    @pytest.mark.parametrize("text,name,title", [
        ("Hòa thượng Thích Huệ Thông, Ủy viên Ban Thư ký Hội đồng Trị sự Trung ương Giáo hội Phật giáo Việt Nam, dự "
         "lễ.", "Thích Huệ Thông", "Ủy viên Ban Thư ký Hội đồng Trị sự Trung ương Giáo hội Phật giáo Việt Nam"),
        ("Ông Nguyễn Văn A, thành viên Ban Giám đốc Công ty Hòa Phát, cho biết.", "Nguyễn Văn A",
         "Thành viên Ban Giám đốc Công ty Hòa Phát"),
    ])
    def test_post_after_ban_is_its_name(self, text, name, title):
        assert titles_of(text).get(name) == [title]

    def test_next_post_after_a_comma_stays_apart(self):
        assert titles_of("Ông Nguyễn Văn A, Trưởng Ban Tuyên giáo Tỉnh ủy, Giám đốc Sở Y tế cho biết.") == {
            "Nguyễn Văn A": ["Trưởng Ban Tuyên giáo Tỉnh ủy", "Giám đốc Sở Y tế"]}


# Round 7 (issue 15): from corpus sentences, one class per test, with traps that must keep their reading.
class TestWorkNeedingAnObject:
    """A body named after the work it does (`Quản lý`, `Kiểm soát`, `Phát triển`) goes on in lower-case words, the
    object of that work, up to a punctuation mark or the clause's verb."""

    @pytest.mark.parametrize("text,name,title", [
        ("Ông Mai Văn Phấn - Phó Tổng cục trưởng Tổng cục Quản lý đất đai cho biết Bộ đã có văn bản gửi các địa phương.",
         "Mai Văn Phấn", "Phó Tổng cục trưởng Tổng cục Quản lý đất đai"),
        ("Ông Trịnh Trường Sơn, Phó Cục trưởng Cục Quản lý nhà và thị trường bất động sản - Bộ Xây dựng, khẳng định "
         "các cơ chế chưa đủ.", "Trịnh Trường Sơn", "Phó Cục trưởng Cục Quản lý nhà và thị trường bất động sản"),
        ("Ông Lương Duy Hanh, Cục Trưởng Cục Kiểm soát hoạt động bảo vệ môi trường (Tổng cục Môi trường), cho biết "
         "đã nhận được công văn.", "Lương Duy Hanh", "Cục trưởng Cục Kiểm soát hoạt động bảo vệ môi trường"),
        ("Ông Phan Trọng Quyền – Trưởng phòng Quản lý hành nghề y dược tư nhân.", "Phan Trọng Quyền",
         "Trưởng Phòng Quản lý hành nghề y dược tư nhân"),
    ])
    def test_object_joins_the_name(self, text, name, title):
        assert titles_of(text)[name] == [title]

    @pytest.mark.parametrize("text,name,title", [
        # a verb after the bare kind: nothing of it joins
        ("Ông Nguyễn Văn Hải, Giám đốc Ban Quản lý làm việc với người dân cả buổi sáng.", "Nguyễn Văn Hải",
         "Giám đốc Ban Quản lý"),
        # lower-case words that run on into the clause (no punctuation, no verb of speech): left out
        ("Ông Nguyễn Văn Hải, Phó Giám đốc Trung tâm Phát triển quỹ đất đã ký văn bản gửi các hộ dân.",
         "Nguyễn Văn Hải", "Phó Giám đốc Trung tâm Phát triển"),
        # a body not named after a work (`Cảnh sát`): its lower-case words before the verb stay out
        ("Ông Nguyễn Văn Quang, Trưởng phòng cảnh sát kinh tế cho biết sẽ xử lý.", "Nguyễn Văn Quang",
         "Trưởng Phòng Cảnh sát"),
    ])
    def test_traps(self, text, name, title):
        assert titles_of(text)[name] == [title]


class TestCommaInsideName:
    """`phòng, chống X` and a culture body's list of fields (`Văn hóa, Thể thao và ...`) are one name, kept as
    written (the comma is part of the official name)."""

    @pytest.mark.parametrize("text,name,title", [
        ("Ông Phạm Trọng Đạt, Cục trưởng Cục Phòng, chống tham nhũng (Thanh tra Chính phủ) cho biết như vậy.",
         "Phạm Trọng Đạt", "Cục trưởng Cục Phòng, chống tham nhũng"),
        ("Ông Vũ Đức Đam, Phó Thủ tướng, Trưởng Ban Chỉ đạo quốc gia phòng, chống dịch Covid-19 đã chủ trì cuộc họp.",
         "Vũ Đức Đam", "Trưởng Ban Chỉ đạo quốc gia phòng, chống dịch Covid-19"),
        ("Ông Hồ Đắc Thuận, Giám đốc Trung tâm Văn hóa, Thể thao và Truyền thanh thành phố Phú Quốc cho biết như vậy.",
         "Hồ Đắc Thuận", "Giám đốc Trung tâm Văn hóa, Thể thao và Truyền thanh thành phố Phú Quốc"),
        ("Ông Nguyễn Văn Tuyết, Phó Chủ nhiệm Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng của Quốc "
         "hội vừa có văn bản gửi Hiệp hội.", "Nguyễn Văn Tuyết",
         "Phó Chủ nhiệm Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng của Quốc hội"),
    ])
    def test_one_name(self, text, name, title):
        assert title in titles_of(text)[name]

    @pytest.mark.parametrize("text,name,titles", [
        # a comma after a post, before the next post: two posts
        ("Ông Nguyễn Văn Hải, Giám đốc Sở Văn hóa, Phó Bí thư Đảng ủy cho biết như vậy.", "Nguyễn Văn Hải",
         ["Giám đốc Sở Văn hóa", "Phó Bí thư Đảng ủy Sở Văn hóa"]),
        ("Ông Nguyễn Văn Hải, Trưởng phòng, Phó Giám đốc Sở Y tế cho biết như vậy.", "Nguyễn Văn Hải",
         ["Trưởng Phòng", "Phó Giám đốc Sở Y tế"]),
    ])
    def test_traps(self, text, name, titles):
        assert titles_of(text)[name] == titles


class TestPlaceEndsTheName:
    """After `tỉnh X` / `huyện X`, lower-case words do not resume the body's name at a later capital: the verb
    of the clause, and what it acts on, are left out; a place whose last word is also an honorific is a place."""

    @pytest.mark.parametrize("text,name,title", [
        ("Thượng tọa Thích Thanh Quyết - Trưởng ban Trị sự Giáo hội Phật giáo tỉnh Quảng Ninh thỉnh chuông khai mạc "
         "lễ hội Xuân Yên Tử năm 2017.", "Thích Thanh Quyết", "Trưởng Ban Trị sự Giáo hội Phật giáo tỉnh Quảng Ninh"),
        ("Thông tin với VietNamNet, Chánh Văn phòng UBND huyện Đông Anh Hoàng Hải Đăng cho biết: Công an TP đang điều "
         "tra.", "Hoàng Hải Đăng", "Chánh Văn phòng Ủy ban nhân dân huyện Đông Anh"),
        ("Chủ tịch UBND huyện Gia Lâm Nguyễn Văn Hùng cho biết như vậy.", "Nguyễn Văn Hùng",
         "Chủ tịch Ủy ban nhân dân huyện Gia Lâm"),
    ])
    def test_place_ends(self, text, name, title):
        assert titles_of(text)[name] == [title]

    def test_honorific_anh_still_introduces(self):
        assert titles_of("Theo anh Nguyễn Văn Hùng, trưởng thôn, việc này đã xong.")["Nguyễn Văn Hùng"] == ["Trưởng thôn"]


class TestForeignPostNames:
    """`Anh` after a post and before a foreign name is the country; a foreign name after a comma that follows an
    organisation's abbreviation holds the post before it."""

    @pytest.mark.parametrize("text,name,title", [
        ("Thủ tướng Anh Boris Johnson đã có cuộc gặp gỡ với Liên đoàn bóng đá nước này.", "Boris Johnson",
         "Thủ tướng Anh"),
        ("Theo Ngoại trưởng Anh Dominic Raab, những chuyến hàng viện trợ sẽ đến sớm.", "Dominic Raab",
         "Ngoại trưởng Anh"),
        ("Chủ tịch UEFA, Aleksander Ceferin đã kêu gọi các CLB nên tỉnh táo lại.", "Aleksander Ceferin",
         "Chủ tịch UEFA"),
        ("Theo Giám đốc CIA, William Burns cho biết như vậy.", "William Burns", "Giám đốc CIA"),
    ])
    def test_post_found(self, text, name, title):
        assert titles_of(text)[name] == [title]

    @pytest.mark.parametrize("text,absent", [
        # a name before the comma: the names after it are other people, not holders of that post
        ("Tổng thống Mỹ Joe Biden, Emmanuel Macron và Angela Merkel đã gặp nhau.", "Emmanuel Macron"),
        # no post before the abbreviation
        ("Các thành viên của NATO, Jens Stoltenberg cho biết như vậy.", "Jens Stoltenberg"),
    ])
    def test_traps(self, text, absent):
        assert absent not in titles_of(text)


@pytest.mark.parametrize("text,name,title", [
    # a post's capitals as the state writes them, whichever the text used
    ("Ông Nguyễn Đức Lợi, Tổng Giám đốc Thông tấn xã Việt Nam cho biết như vậy.", "Nguyễn Đức Lợi",
     "Tổng Giám đốc Thông tấn xã Việt Nam"),
    ("Bà Lê Thị Hạnh, Phó Tổng giám đốc Vietcombank cho biết như vậy.", "Lê Thị Hạnh", "Phó Tổng Giám đốc Vietcombank"),
    ("Ông Nguyễn Đình Hạnh, Chánh thanh tra Sở Y tế Thanh Hóa cho biết như vậy.", "Nguyễn Đình Hạnh",
     "Chánh Thanh tra Sở Y tế Thanh Hóa"),
    ("Ông Lại Văn Hoàn, Chánh văn phòng UBND tỉnh Thái Bình cho biết như vậy.", "Lại Văn Hoàn",
     "Chánh Văn phòng Ủy ban nhân dân tỉnh Thái Bình"),
])
def test_post_capitals_as_official_usage(text, name, title):
    assert titles_of(text)[name] == [title]


@pytest.mark.parametrize("text,name,titles", [
    # `, kiêm` (and `, kiêm giữ chức`) then a post: a second post held with the first
    ("Ông Nguyễn Quốc Trị, Phó Tổng cục trưởng Tổng cục Lâm nghiệp, kiêm giữ chức Cục trưởng Cục Kiểm lâm hôm 6/2 "
     "cho rằng, đây là chuyện rất khó xảy ra.", "Nguyễn Quốc Trị",
     ["Phó Tổng cục trưởng Tổng cục Lâm nghiệp", "Cục trưởng Cục Kiểm lâm"]),
    ("Ông Nguyễn Văn Lực, Phó Chủ tịch Hiệp hội Thép Việt Nam, kiêm Tổng thư ký Hiệp hội Thép Việt Nam (VSA) cho "
     "biết như vậy.", "Nguyễn Văn Lực", ["Phó Chủ tịch Hiệp hội Thép Việt Nam", "Tổng Thư ký Hiệp hội Thép Việt Nam"]),
    # trap: `, kiêm` before no post adds nothing
    ("Ông Nguyễn Văn An, Giám đốc Sở Y tế, kiêm nhiệm nhiều việc, cho biết như vậy.", "Nguyễn Văn An",
     ["Giám đốc Sở Y tế"]),
])
def test_second_post_after_comma_kiem(text, name, titles):
    assert titles_of(text)[name] == titles
