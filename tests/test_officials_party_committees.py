"""A party secretary's committee named from its place: the press's short form (`Bí thư huyện Sóc Sơn`, `Bí thư
TP.HCM`) and a `kiêm` that shares the next post's place (`Bí thư kiêm Chủ tịch UBND huyện Nhà Bè`) give the
committee the level calls for (`Huyện ủy`, `Tỉnh ủy`, `Thành ủy`, `Thị ủy`, `Đảng ủy` + a commune's level), never
the next post's people's committee. Sentences from the news corpus."""
from __future__ import annotations

import pytest

from tests.conftest import make_doc
from vnextract.extractors.officials import extract
from vnextract.extractors.officials.bodies import party_committee_of_place

LEAD = "Tin trong ngày\n\n"
TAIL = " Buổi làm việc kéo dài đến chiều cùng ngày."


def titles_of(text: str) -> dict[str, list[str]]:
    return {r["name"]: r["titles"] for r in extract(make_doc(LEAD + text + TAIL))}


@pytest.mark.parametrize("text,name,titles", [
    ("Tại buổi làm việc với các sở, ngành và lãnh đạo TP Biên Hòa mới đây, ông Nguyễn Phú Cường, Bí thư tỉnh Đồng "
     "Nai, khẳng định những dự án này sẽ làm thay đổi bộ mặt thành phố.", "Nguyễn Phú Cường",
     ["Bí thư Tỉnh ủy Đồng Nai"]),
    ("Ngay sau khi nhận được thông tin vụ cháy, Bí thư huyện Sóc Sơn Phạm Xuân Phương, cùng lãnh đạo huyện đã trực "
     "tiếp xuống hiện trường.", "Phạm Xuân Phương", ["Bí thư Huyện ủy Sóc Sơn"]),
    ("Ông Đặng Ngọc Dũng, Bí thư thị trấn Ái Nghĩa (huyện Đại Lộc, Quảng Nam) sinh năm 1962 nhưng hồ sơ lý lịch "
     "Đảng ghi sinh năm 1967.", "Đặng Ngọc Dũng", ["Bí thư Đảng ủy thị trấn Ái Nghĩa"]),
    ("Bí thư TP.HCM Đinh La Thăng cho biết thành phố sẽ xử lý nghiêm.", "Đinh La Thăng",
     ["Bí thư Thành ủy Thành phố Hồ Chí Minh"]),
])
def test_short_form_at_a_place(text, name, titles):
    assert titles_of(text)[name] == titles


@pytest.mark.parametrize("text,name,titles", [
    ("Ông Nguyễn Văn Lưu, Bí thư kiêm Chủ tịch UBND huyện Nhà Bè, cho biết có nhiều điểm nguy cơ sạt lở.",
     "Nguyễn Văn Lưu", ["Bí thư Huyện ủy Nhà Bè", "Chủ tịch Ủy ban nhân dân huyện Nhà Bè"]),
    ("Bà Lưu Lê Bích Phượng, Bí thư kiêm Chủ tịch phường Nguyễn Thái Bình, quận 1 chia sẻ: Trên địa bàn phường "
     "không còn lấn chiếm.", "Lưu Lê Bích Phượng",
     ["Bí thư Đảng ủy phường Nguyễn Thái Bình", "Chủ tịch Ủy ban nhân dân phường Nguyễn Thái Bình"]),
    ("Ông Ngô Quang Thảo, Bí thư kiêm Chủ tịch UBND phường Hương Xuân thông tin, hiện tại phường đang tiếp nhận "
     "hồ sơ.", "Ngô Quang Thảo", ["Bí thư Đảng ủy phường Hương Xuân", "Chủ tịch Ủy ban nhân dân phường Hương Xuân"]),
    ("Ông Nguyễn Sỹ Huyền - Bí thư Đảng ủy kiêm Chủ tịch UBND xã Cẩm Nhượng cho biết, sau sáp nhập thôn, toàn xã có "
     "tới 9 nhà văn hóa.", "Nguyễn Sỹ Huyền",
     ["Bí thư Đảng ủy xã Cẩm Nhượng", "Chủ tịch Ủy ban nhân dân xã Cẩm Nhượng"]),
    ("Theo Bí thư Quận ủy kiêm Chủ tịch UBND quận Nam Từ Liêm Nguyễn Văn Hải, quận lấy yếu tố con người làm trung "
     "tâm.", "Nguyễn Văn Hải", ["Bí thư Quận ủy Nam Từ Liêm", "Chủ tịch Ủy ban nhân dân quận Nam Từ Liêm"]),
])
def test_place_shared_over_kiem(text, name, titles):
    assert titles_of(text)[name] == titles


@pytest.mark.parametrize("text,name,titles", [
    # no level word: the committee is not guessed from the place's name
    ("Sáng 6/6, Bí thư kiêm Chủ tịch HĐND Đà Nẵng Nguyễn Xuân Anh cùng các lãnh đạo khác của địa phương đã đến "
     "thăm.", "Nguyễn Xuân Anh", ["Bí thư", "Chủ tịch Hội đồng nhân dân Đà Nẵng"]),
    # a committee of another level than the next post's place keeps to itself
    ("Ông Phạm Văn Cường, Bí thư Huyện ủy kiêm Chủ tịch UBND tỉnh Quảng Nam phát biểu tại hội nghị.",
     "Phạm Văn Cường", ["Bí thư Huyện ủy", "Chủ tịch Ủy ban nhân dân tỉnh Quảng Nam"]),
])
def test_committee_not_guessed(text, name, titles):
    assert titles_of(text)[name] == titles


@pytest.mark.parametrize("title,canonical", [
    ("Bí thư huyện Nhà Bè", "Bí thư Huyện ủy Nhà Bè"),
    ("Phó Bí thư Thường trực tỉnh Quảng Nam", "Phó Bí thư Thường trực Tỉnh ủy Quảng Nam"),
    ("Bí thư thành phố Vinh", "Bí thư Thành ủy Vinh"),
    ("Bí thư thị xã Sông Cầu", "Bí thư Thị ủy Sông Cầu"),
    ("Phó Bí thư quận 9", "Phó Bí thư Quận ủy quận 9"),
    ("Bí thư thị trấn", "Bí thư Đảng ủy thị trấn"),  # a later mention's short form of `... thị trấn Kỳ Sơn`
    # traps: a youth union's or cell's secretary, a committee already named, no post of the party
    ("Bí thư xã đoàn", "Bí thư xã đoàn"),
    ("Bí thư huyện đoàn", "Bí thư huyện đoàn"),
    ("Phó Bí thư Tỉnh Đoàn", "Phó Bí thư Tỉnh Đoàn"),
    ("Bí thư huyện Đoàn huyện Hải Hà", "Bí thư huyện Đoàn huyện Hải Hà"),
    ("Bí thư Chi bộ thôn 3", "Bí thư Chi bộ thôn 3"),
    ("Bí thư Huyện ủy Nhà Bè", "Bí thư Huyện ủy Nhà Bè"),
    ("Chủ tịch huyện Nhà Bè", "Chủ tịch huyện Nhà Bè"),
    ("Bí thư", "Bí thư"),
])
def test_party_committee_of_place(title, canonical):
    assert party_committee_of_place(title) == canonical
