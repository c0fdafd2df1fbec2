"""Officials recall on any outlet (issue 15, round 2), from corpus sentences: a name the tokenizer glued to its
verb, an unknown body before a name, dashed committee names, police abbreviations, a members list after `gồm`
with a post after each name, `giữ chức vụ`, foreign posts with Latin names (also glued), a body then a name,
a short name with a post after it; traps: a company's brand, a ministry abbreviation ending on `thôn`."""
from __future__ import annotations

import pytest

from tests.conftest import official_titles as titles_of


class TestNameAfterCompletePost:
    @pytest.mark.parametrize("text,name,title", [
        ("Thứ trưởng Bộ Tài chính Trần Hiếu nêu, tư tưởng của nhiều Bộ, ngành đang chờ.", "Trần Hiếu",
         "Thứ trưởng Bộ Tài chính"),
        ("Trưởng ban Dân nguyện Nguyễn Thanh Hải cho biết hơn 80% khiếu nại liên quan tới đất đai.",
         "Nguyễn Thanh Hải", "Trưởng Ban Dân nguyện"),
        ("Chủ nhiệm UB Văn hóa - Giáo dục - Thanh Thiếu niên và Nhi đồng Phan Thanh Bình cho rằng cần quan tâm.",
         "Phan Thanh Bình", "Chủ nhiệm Ủy ban Văn hóa - Giáo dục - Thanh Thiếu niên và Nhi đồng"),
        ("Chiều ngày 7/2, UBND quận Hai Bà Trưng Vũ Văn Hoạt đã có báo cáo UBND Thành phố.", "Vũ Văn Hoạt",
         "Ủy ban nhân dân quận Hai Bà Trưng"),
    ])
    def test_found(self, text, name, title):
        assert title in titles_of(text).get(name, [])

    def test_trap_brand_after_trade_words(self):
        got = titles_of("UBND TP.HCM giao Giám đốc Công ty TNHH MTV Phát triển Công viên phần mềm Quang Trung "
                        "khẩn trương triển khai các biện pháp.")
        assert "Quang Trung" not in got

    def test_trap_ministry_abbreviation(self):
        got = titles_of("Theo Bộ trưởng Bộ NN&PTNT Nguyễn Xuân Cường, năm 2017 là năm cao điểm.")
        assert got == {"Nguyễn Xuân Cường": ["Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn"]}


class TestAbbreviationsAndRanks:
    def test_police_ward_after_rank_and_dash(self):
        got = titles_of("Đại tá Hà Mạnh Hùng – Trưởng CAQ Hoàn Kiếm, Hà Nội trao đổi với PV.")
        assert got["Hà Mạnh Hùng"] == ["Trưởng Công an quận Hoàn Kiếm"]
        got = titles_of("Trung tá Hoàng Xuân Hiếu – Trưởng CAP Lý Thái Tổ cho biết sẽ xử lý.")
        assert got["Hoàng Xuân Hiếu"][0].startswith("Trưởng Công an phường Lý Thái Tổ")

    def test_pct_and_holding_phrase(self):
        got = titles_of("Cơ quan CSĐT đã khởi tố ông Phí Thái Bình, nguyên PCT UBND TP Hà Nội vì sự cố.")
        assert got["Phí Thái Bình"] == ["Phó Chủ tịch Ủy ban nhân dân thành phố Hà Nội"]
        got = titles_of("Việc ông Nguyễn Văn Hưng (SN 1961) - hiện giữ chức vụ Phó chủ tịch UBND xã Chu Phan "
                        "(huyện Mê Linh, TP Hà Nội) - không đi học.")
        assert got["Nguyễn Văn Hưng"] == ["Phó Chủ tịch Ủy ban nhân dân xã Chu Phan"]


class TestMembersList:
    def test_posts_after_each_name(self):
        got = titles_of("Các thành viên đoàn kiểm tra gồm ông Hoàng Văn Mạnh, Thanh tra viên chính, Vụ I - Thanh "
                        "tra Chính phủ; ông Phạm Văn Long, thanh tra viên, Thanh tra Bộ Tài nguyên và Môi trường; "
                        "ông Hà Trọng Vĩnh, Cục Kinh tế và Phát triển quỹ đất.")
        assert got["Phạm Văn Long"] == ["Thành viên đoàn kiểm tra",
                                        "Thanh tra viên Thanh tra Bộ Tài nguyên và Môi trường"]
        assert got["Hoàng Văn Mạnh"][1] == "Thanh tra viên chính Vụ I - Thanh tra Chính phủ"
        assert got["Hà Trọng Vĩnh"] == ["Thành viên đoàn kiểm tra"]


class TestForeignPosts:
    def test_branch_and_country(self):
        got = titles_of("Tham mưu trưởng hải quân Indonesia Yudo Margono hôm nay 24/4 cho biết tàu ngầm đã chìm.")
        assert got["Yudo Margono"] == ["Tham mưu trưởng hải quân Indonesia"]

    def test_glued_words(self):
        got = titles_of("\"Hải quân đã tìm thấy vệt dầu\", Tham mưu trưởngquân đội Indonesia, tướngHadi Tjahjanto, "
                        "cho biết trong cuộc họp báo.")
        assert got["Hadi Tjahjanto"] == ["Tham mưu trưởng quân đội Indonesia"]

    def test_owner_after_name(self):
        got = titles_of("Chủ tịch Florentino Perez của Real Madrid đã gửi văn bản lên LFP.")
        assert got["Florentino Perez"] == ["Chủ tịch Real Madrid"]


class TestShortName:
    def test_post_after_short_name(self):
        got = titles_of("Cô Minh Thủy, tổ trưởng môn Ngữ văn chia sẻ, việc thực hiện một dự án kéo dài.")
        assert "Minh Thủy" in got

    def test_trap_post_before_short_name(self):
        got = titles_of("Sau nhiều chỉ trích nhằm vào Thủ tướng, ông Aswin đã cho biết trên trang cá nhân.")
        assert "Aswin" not in got


def test_abbreviation_spelled_by_initials():
    text = ("Tại cuộc họp của Ban Chỉ đạo Đổi mới và Phát triển doanh nghiệp (DN) sáng 11/7, các bộ báo cáo. Theo Phó "
            "Chủ nhiệm Văn phòng Chính phủ Lê Mạnh Hà, Phó Trưởng Ban Chỉ đạo Đổi mới và Phát triển DN, cả nước sẽ "
            "cổ phần hóa 137 doanh nghiệp.")
    assert "Phó Trưởng Ban Chỉ đạo Đổi mới và Phát triển doanh nghiệp" in titles_of(text)["Lê Mạnh Hà"]
