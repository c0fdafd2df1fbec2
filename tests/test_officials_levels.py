"""Officials, round 7 (issue 15), from corpus sentences: an administrative level's abbreviation before its place's
name inside a post (`X.Điền Hải`, `H. Quảng Điền`, `TT-Huế`), the criminal police investigation body's head
written with `CSĐT`, `Phó trưởng phòng` spelt as officials write it; traps that must keep their reading."""
from __future__ import annotations

import pytest

from tests.test_officials_glued_and_lists import titles_of


class TestLevelAbbreviation:
    @pytest.mark.parametrize("text,name,title", [
        ("Ông Nguyễn Xuân Công, Chủ tịch UBND X.Điền Hải cho biết, sự cố vỡ đê làm 15ha lúa bị ngập.",
         "Nguyễn Xuân Công", "Chủ tịch Ủy ban nhân dân xã Điền Hải"),
        ("Theo ông Lê Viết Phước, Chủ tịch UBND X.Phong Chương, triều cường làm 500m đê bị vỡ.",
         "Lê Viết Phước", "Chủ tịch Ủy ban nhân dân xã Phong Chương"),
        ("Theo ông Hoàng Vọng, Phó Trưởng Phòng NN & PTNT H. Quảng Điền, hiện tuyến đê có nhiều điểm bị nứt.",
         "Hoàng Vọng", "Phó Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện Quảng Điền"),
        ("Ông Trần Văn Cường, Phó Hạt trưởng Hạt Kiểm lâm H. Phù Cát cho biết rừng đã được bảo vệ.",
         "Trần Văn Cường", "Phó Hạt trưởng Hạt Kiểm lâm huyện Phù Cát"),
        ("Ông Nguyễn Văn Phương, Phó Chủ tịch UBND tỉnh TT-Huế cho rằng, các địa phương cần chủ động.",
         "Nguyễn Văn Phương", "Phó Chủ tịch Ủy ban nhân dân tỉnh Thừa Thiên Huế"),
        ("Ông Lê Văn Nam, Chủ tịch UBND P.Bến Nghé cho biết phường đã kiểm tra các quán.",
         "Lê Văn Nam", "Chủ tịch Ủy ban nhân dân phường Bến Nghé"),
        ("Ông Lê Văn Bình, Chủ tịch UBND Q.Thanh Khê cho biết quận đã kiểm tra các quán.",
         "Lê Văn Bình", "Chủ tịch Ủy ban nhân dân quận Thanh Khê"),
        ("Ông Trịnh Đức Hùng, Chủ tịch UBND H.Phong Điền cho biết toàn huyện có gần 1.000 ha lúa bị ngập.",
         "Trịnh Đức Hùng", "Chủ tịch Ủy ban nhân dân huyện Phong Điền"),
    ])
    def test_level_expanded(self, text, name, title):
        assert titles_of(text)[name] == [title]

    def test_initials_stay_a_name(self):
        # `H.R.`: a person's initials, no level
        titles = titles_of("Cố vấn An ninh Quốc gia H.R. McMaster cho biết Mỹ sẽ hành động.")
        assert not any("huyện" in t for ts in titles.values() for t in ts)

    def test_short_name_after_post_is_no_level(self):
        # a name shortened to its initial after the post is not a district
        titles = titles_of("Ông Nguyễn Văn Tâm, Giám đốc Công ty Hòa Bình, và bà Trần Thị H. đã ký hợp đồng.")
        assert not any("huyện" in t or "xã" in t.split() for ts in titles.values() for t in ts)


class TestInvestigationBodyHead:
    @pytest.mark.parametrize("text,name,title", [
        ("Ngày 12-5, Thượng tá Trần Hải Trung, Phó Thủ trưởng Cơ quan CSĐT Công an tỉnh Hà Tĩnh, đã ký quyết định "
         "truy nã.", "Trần Hải Trung", "Phó Thủ trưởng Cơ quan Cảnh sát điều tra Công an tỉnh Hà Tĩnh"),
        ("Chiều 12/5, Thượng tá Trần Hải Trung, Phó Thủ trưởng Cơ quan CSĐT (Công an tỉnh Hà Tĩnh) cho biết, đơn vị "
         "đã bắt giữ.", "Trần Hải Trung", "Phó Thủ trưởng Cơ quan Cảnh sát điều tra"),
        ("Ông Nguyễn Văn Tý, Trưởng công an huyện, Thủ trưởng Cơ quan điều tra Công an H.Nghĩa Hành, đã bị kỷ luật.",
         "Nguyễn Văn Tý", "Thủ trưởng Cơ quan điều tra Công an huyện Nghĩa Hành"),
    ])
    def test_head_read(self, text, name, title):
        assert title in titles_of(text)[name]

    def test_bare_boss_is_no_post(self):
        # `thủ trưởng` alone is a soldier's word for a superior, no post
        assert titles_of("Anh Nguyễn Văn Toàn kể lại lời thủ trưởng dặn trước khi hành quân.") == {}


class TestMonkWithPost:
    """A Buddhist monk or nun (`Hòa thượng`, `Thượng tọa`, `Đại đức` + `Thích ...`) holding a post in the
    Buddhist Sangha or a temple: a named person with a post in an organisation, like any other."""

    @pytest.mark.parametrize("text,name,title", [
        ("Thượng tọa Thích Thanh Quyết - Trưởng ban Trị sự Giáo hội Phật giáo tỉnh Quảng Ninh thỉnh chuông khai mạc "
         "lễ hội.", "Thích Thanh Quyết", "Trưởng Ban Trị sự Giáo hội Phật giáo tỉnh Quảng Ninh"),
        ("Đại đức Thích Khai Độ - Trụ trì chùa Non, (Sóc Sơn, Hà Nội) cho biết chùa đã được tu bổ.",
         "Thích Khai Độ", "Trụ trì chùa Non"),
        ("Hòa thượng Thích Giác Nhường, Phó Pháp chủ Hội đồng Chứng minh Giáo hội Phật giáo Việt Nam kiêm Giám luật "
         "Hội đồng Chứng minh, đã phát biểu.", "Thích Giác Nhường",
         "Phó Pháp chủ Hội đồng Chứng minh Giáo hội Phật giáo Việt Nam"),
        ("Trưởng lão Hòa thượng Thích Trí Quảng (Phó Pháp chủ kiêm Giám luật Hội đồng Chứng minh, Trưởng ban Trị sự "
         "Giáo hội Phật giáo Việt Nam TPHCM) đã giảng pháp.", "Thích Trí Quảng",
         "Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam Thành phố Hồ Chí Minh"),
    ])
    def test_monk_read(self, text, name, title):
        assert title in titles_of(text)[name]

    @pytest.mark.parametrize("text", [
        # a monk named with no post is no official
        "Hòa thượng Thích Thanh Tứ đặt tại chùa Quán Sứ khiến nhiều phật tử không khỏi ngạc nhiên.",
        # `Thích` the verb opening a sentence
        "Thích Hà Nội vì có nhiều món ngon, chị Lan ở lại thêm một tuần.",
        # a temple named after no one: `chùa` + a name is no person
        "Ông Nguyễn Văn Minh, Chủ tịch UBND xã cho biết lễ hội chùa Hương đã khai mạc.",
    ])
    def test_no_monk_official(self, text):
        assert not any(n.startswith("Thích") for n in titles_of(text))


class TestPostsHeldTogetherBeforeName:
    """`A kiêm B` written before the name: both posts are the person's, as when written after it."""

    @pytest.mark.parametrize("text,name,titles", [
        ("Theo Bí thư Quận ủy kiêm Chủ tịch UBND quận Nam Từ Liêm Nguyễn Văn Hải, quận lấy yếu tố con người làm "
         "trung tâm.", "Nguyễn Văn Hải", ["Bí thư Quận ủy Nam Từ Liêm", "Chủ tịch Ủy ban nhân dân quận Nam Từ Liêm"]),
        ("Theo Bí thư Huyện ủy kiêm Chủ tịch UBND huyện Đức Thọ Võ Công Hàm, huyện đã hoàn thành kế hoạch.",
         "Võ Công Hàm", ["Bí thư Huyện ủy Đức Thọ", "Chủ tịch Ủy ban nhân dân huyện Đức Thọ"]),
        ("Chánh văn phòng kiêm Người phát ngôn UBND quận 1 Trần Văn Bình cho biết quận đã xử lý.", "Trần Văn Bình",
         ["Chánh Văn phòng Ủy ban nhân dân quận 1", "Người phát ngôn Ủy ban nhân dân quận 1"]),
    ])
    def test_both_posts(self, text, name, titles):
        assert titles_of(text)[name] == titles

    @pytest.mark.parametrize("text", [
        "Phó Thủ tướng kiêm Bộ trưởng Công thương Séc Karel Havlicek hôm nay cho biết Rosatom sẽ bị gạch tên.",
        "Ông Karel Havlicek, Phó Thủ tướng kiêm Bộ trưởng Công thương Séc, hôm nay cho biết Rosatom sẽ bị gạch tên.",
    ])
    def test_head_of_government_keeps_own_body(self, text):
        # a deputy prime minister's body is the government, not the ministry of the post after `kiêm`
        assert titles_of(text)["Karel Havlicek"] == ["Phó Thủ tướng", "Bộ trưởng Công thương Séc"]

    def test_comma_after_other_words_still_stops(self):
        # a comma after a clause: the post before it is no part of the name's chain
        titles = titles_of("Sau khi làm việc với Chủ tịch UBND tỉnh, Bí thư Huyện ủy Đức Thọ Võ Công Hàm phát biểu.")
        assert titles.get("Võ Công Hàm") == ["Bí thư Huyện ủy Đức Thọ"]
