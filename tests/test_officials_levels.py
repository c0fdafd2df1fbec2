"""Officials, round 7 (issue 15), from corpus sentences: an administrative level's abbreviation before its place's
name inside a post (`X.Điền Hải`, `H. Quảng Điền`, `TT-Huế`), the criminal police investigation body's head
written with `CSĐT`, `Phó trưởng phòng` spelt as officials write it; traps that must keep their reading."""
from __future__ import annotations

import pytest

from tests.test_officials_round6 import titles_of


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
