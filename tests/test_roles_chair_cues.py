"""Roles, round 7 (issue 15, chair first), from corpus sentences: a chair cue after the rest of a title the chain
left out, a dash closing the apposition, `dưới sự chủ trì của` anywhere in the sentence, `Chủ tọa ... là X`, and
the traps that must keep no chair (a body chairs a task, a person after `theo`, a new body after a common word)."""
from __future__ import annotations

import pytest

from tests.conftest import make_doc
from vnextract.extractors.officials import extract

LEAD = "Tin trong ngày\n\n"
TAIL = " Buổi làm việc kéo dài đến chiều cùng ngày."


def roles_of(text: str) -> dict[str, list[str]]:
    return {r["name"]: r["roles"] for r in extract(make_doc(LEAD + text + TAIL))}


class TestChairAfterTitleTail:
    @pytest.mark.parametrize("text,names", [
        ("Chiều 6/2 tại trụ sở Chính phủ, Phó Thủ tướng Vương Đình Huệ, Trưởng Ban Chỉ đạo Đổi mới và Phát triển "
         "doanh nghiệp chủ trì cuộc làm việc với các Bộ, ngành.", ["Vương Đình Huệ"]),
        ("Cuộc họp do ông Trần Xuân Dưỡng, Phó Chủ tịch UBND tỉnh Hà Nam, Phó trưởng Ban thường trực Ban chỉ đạo "
         "phòng, chống dịch tỉnh Hà Nam chủ trì.", ["Trần Xuân Dưỡng"]),
        ("Chiều 9/2, ông Nguyễn Anh Tú - Chủ tịch UBND thành phố Uông Bí (tỉnh Quảng Ninh) chủ trì hội nghị giao "
         "ban nhằm kiểm điểm công tác tháng 1.", ["Nguyễn Anh Tú"]),
        ("Phó Chủ tịch UBND huyện Gia Lâm Nguyễn Ngọc Thuần, người chủ trì cuộc họp này cho hay sẽ tổ chức trả lời "
         "báo chí.", ["Nguyễn Ngọc Thuần"]),
        ("Ông Nguyễn Đức Chung - Ủy viên T.Ư Đảng, Chủ tịch UBND TP.Hà Nội; ông Mai Đức Chính - Phó Chủ tịch Tổng "
         "LĐLĐVN; ông Phạm Quốc Tuấn - Trưởng ban Quản lý các KCN Hà Nội - đồng chủ trì hội nghị.",
         ["Nguyễn Đức Chung", "Mai Đức Chính", "Phạm Quốc Tuấn"]),
    ])
    def test_chair(self, text, names):
        got = roles_of(text)
        for name in names:
            assert "chair" in got[name]

    @pytest.mark.parametrize("text,name", [
        # a body chairs a task, not the person the sentence quotes
        ("Theo ông Nguyễn Minh Tiến, Phó Chủ tịch UBND tỉnh Hà Giang, tỉnh sẽ giao cho Sở Y tế là cơ quan chủ trì "
         "tham mưu cho UBND tỉnh.", "Nguyễn Minh Tiến"),
        ("Theo ông Lê Văn Bình, Giám đốc Sở Tài chính Đà Nẵng, Sở sẽ chủ trì cuộc họp với các đơn vị liên quan.",
         "Lê Văn Bình"),
        # a new body after a common word is the one that chairs
        ("Phó Thủ tướng Trịnh Đình Dũng đồng ý để Bộ Xây dựng chủ trì hội nghị với các địa phương.",
         "Trịnh Đình Dũng"),
        ("Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung ký văn bản giao cho Giám đốc Sở Nội vụ Hà Nội chủ trì, phối hợp "
         "với Chủ tịch UBND huyện Mê Linh kiểm tra.", "Nguyễn Đức Chung"),
        # running a task or a company, a name holding `điều hành`
        ("Ông Nguyễn Thanh Bình, Giám đốc Sở Giao thông vận tải tỉnh, chủ trì, phối hợp với các sở thực hiện dự án.",
         "Nguyễn Thanh Bình"),
        ("Ông Nguyễn Hoàng Hải - Giám đốc TT Quản lý và điều hành giao thông đô thị Hà Nội cho biết sẽ khảo sát.",
         "Nguyễn Hoàng Hải"),
        ("Ông Cao Văn Minh, Giám đốc điều hành Công ty Bản Việt Land, tính toán rằng thành phố làm được nhà giá rẻ.",
         "Cao Văn Minh"),
    ])
    def test_no_chair(self, text, name):
        assert "chair" not in roles_of(text)[name]


class TestApposition:
    @pytest.mark.parametrize("text,name,role", [
        ("Ông Đinh La Thăng - ủy viên Bộ Chính trị, Bí thư Thành ủy - chủ trì buổi làm việc.", "Đinh La Thăng",
         "chair"),
        ("Sáng ngày 14/6, Chủ tịch UBND tỉnh Nghệ An - ông Nguyễn Xuân Đường - đã chủ trì buổi làm việc với trường "
         "Đại học Vinh.", "Nguyễn Xuân Đường", "chair"),
        ("Ông Nguyễn Văn Thạo, Chủ tịch phường Máy Tơ, cũng cho biết: “Đây là sự việc rất đáng tiếc.”",
         "Nguyễn Văn Thạo", "speak"),
        ("Tại cuộc họp sáng nay, ông Nguyễn Đức Chung, Chủ tịch UBND Hà Nội, đã yêu cầu lãnh đạo Sở GD&ĐT báo cáo.",
         "Nguyễn Đức Chung", "direct"),
        ("Ngày 16/6, Thiếu tướng Bùi Văn Sơn, Giám đốc Công an tỉnh Lâm Đồng tiếp tục chủ trì cuộc họp 3 ngành.",
         "Bùi Văn Sơn", "chair"),
    ])
    def test_role(self, text, name, role):
        assert role in roles_of(text)[name]


class TestPassiveAndOpening:
    @pytest.mark.parametrize("text,name", [
        ("Ngày 25/5, Ban Bí thư đã họp dưới sự chủ trì của Tổng bí thư Nguyễn Phú Trọng để xem xét báo cáo của Ủy "
         "ban Kiểm tra Trung ương.", "Nguyễn Phú Trọng"),
        ("Tại Trụ sở Trung ương Đảng, Ban Bí thư đã họp dưới sự chủ trì của đồng chí Tổng Bí thư Nguyễn Phú Trọng.",
         "Nguyễn Phú Trọng"),
        ("Chiều 7/6, Ban chỉ đạo đã họp phiên thứ 8 dưới sự chủ trì của Ủy viên Bộ Chính trị, Phó Thủ tướng Thường "
         "trực Chính phủ Trương Hòa Bình, Trưởng Ban chỉ đạo.", "Trương Hòa Bình"),
        ("Tại cuộc họp báo sáng ngày 2-6 dưới sự chủ trì của ông Trần Hữu Thế - Phó Chủ tịch UBND tỉnh Phú Yên, "
         "ông Nguyễn Tri Phương cho biết tôm hùm chết nhiều.", "Trần Hữu Thế"),
        ("Chủ tọa phiên thảo luận là Phó Chủ tịch Quốc hội Phùng Quốc Hiển.", "Phùng Quốc Hiển"),
    ])
    def test_chair(self, text, name):
        assert "chair" in roles_of(text)[name]

    @pytest.mark.parametrize("text,name", [
        # the chair is a body; the person after it only speaks
        ("Ông Phùng Văn Hữu, Trưởng ban quản lý chợ, cho hay tiểu thương chờ kết quả cuộc họp dưới sự chủ trì của "
         "huyện Gia Lâm.", "Phùng Văn Hữu"),
        ("Tại cuộc họp báo dưới sự chủ trì của ông Trần Hữu Thế - Phó Chủ tịch UBND tỉnh Phú Yên, ông Nguyễn Tri "
         "Phương – Phó giám đốc Sở NN-PTNT Phú Yên cho biết tôm hùm chết nhiều.", "Nguyễn Tri Phương"),
        ("Lễ dâng hương do UBND TP Nam Định chủ trì với sự có mặt của Chủ tịch nước Trần Đại Quang.", "Trần Đại Quang"),
    ])
    def test_no_chair(self, text, name):
        assert "chair" not in roles_of(text)[name]


class TestListsAndTails:
    @pytest.mark.parametrize("text,names,role", [
        ("Các đồng chí: Thượng tướng Tô Lâm, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an, Phó Trưởng Ban Chỉ đạo Trung "
         "ương về phòng, chống tham nhũng; Nguyễn Hòa Bình, Bí thư Trung ương Đảng, Chánh án Tòa án Nhân dân tối cao; "
         "Lê Minh Trí, Viện trưởng Viện Kiểm sát Nhân dân tối cao, Ủy viên Ban Chỉ đạo Trung ương về phòng, chống "
         "tham nhũng, chủ trì Hội nghị.", ["Tô Lâm", "Nguyễn Hòa Bình", "Lê Minh Trí"], "chair"),
        ("Các đồng chí Vũ Đức Đam, Ủy viên Trung ương Đảng, Phó thủ tướng Chính phủ; Nguyễn Hòa Bình, Bí thư Trung "
         "ương Đảng, Chánh án Tòa án nhân dân tối cao; đại diện các ban, bộ, ngành Trung ương và địa phương tới dự.",
         ["Vũ Đức Đam", "Nguyễn Hòa Bình"], "attend"),
        ("Ông Hoàng Thanh Vân, Cục trưởng Cục Chăn nuôi (Bộ NN&PTNT) cho biết, đến nay đã giải cứu được trên một "
         "nửa số thịt lợn cần bán.", ["Hoàng Thanh Vân"], "speak"),
        ("Ông Nguyễn Duy Hưng, Chủ tịch UBND xã Châu Lộc, huyện Quỳ Hợp cho biết, sự việc xảy ra vào ngày mùng 3 "
         "tết.", ["Nguyễn Duy Hưng"], "speak"),
        ("Ông Phạm Văn Đại – Phó Giám đốc Sở GD&ĐT Hà Nội- cho biết, công tác chuẩn bị đã được các Phòng Giáo dục "
         "triển khai.", ["Phạm Văn Đại"], "speak"),
        ("Vận tải hàng không Tết suôn sẻ Chủ trì phiên họp thường kỳ tháng 2/2017 của Ban cán sự Đảng Bộ GTVT, Bí "
         "thư Ban cán sự, Bộ trưởng Trương Quang Nghĩa đánh giá cao nỗ lực của các đơn vị.", ["Trương Quang Nghĩa"],
         "chair"),
    ])
    def test_role(self, text, names, role):
        got = roles_of(text)
        for name in names:
            assert role in got[name]

    @pytest.mark.parametrize("text,name,role", [
        # a comma ends the subject: the meeting's attendees are others
        ("Sau khi tiếp nhận tài liệu, bà Phan Kiều Thanh Hương, Phó Chủ tịch UBND quận 8, ngay lập tức tổ chức cuộc "
         "họp kín với thành phần tham dự gồm Phó trưởng Công an quận 8.", "Phan Kiều Thanh Hương", "attend"),
        # the semicolon list is broken by a cue: the first person only speaks
        ("Ông Nguyễn Văn An, Giám đốc Sở Tài chính cho biết sẽ kiểm tra; ông Lê Văn Bình, Giám đốc Sở Xây dựng chủ "
         "trì hội nghị.", "Nguyễn Văn An", "chair"),
        # a capitalised cue opening a clause, but of a task
        ("Đối với các bộ, ngành có cơ sở đào tạo giáo viên Chủ trì và phối hợp với Bộ GDĐT, Bộ trưởng Phùng Xuân Nhạ "
         "yêu cầu.", "Phùng Xuân Nhạ", "chair"),
    ])
    def test_no_role(self, text, name, role):
        assert role not in roles_of(text)[name]

