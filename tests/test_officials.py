"""Officials on real sentence patterns: honorific first, title first, lists, short forms, traps."""
from __future__ import annotations

import unicodedata

import pytest

from tests.conftest import make_doc
from vnextract.extractors.officials import canonical_title, extract, sentence_units


def officials(text, title=None):
    doc = make_doc(text, title=title)
    rows = extract(doc)
    for r in rows:
        assert doc.text[r["start"]:r["end"]] == r["text"]
    return {r["name"]: r for r in rows}


@pytest.mark.parametrize("text,name,titles,roles", [
    # honorific + name + titles (district news)
    ("Đồng chí Bùi Quang Hoàn, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì hội nghị.",
     "Bùi Quang Hoàn", ["Phó Bí thư Huyện ủy", "Chủ tịch Ủy ban nhân dân huyện"], {"chair"}),
    ("Đồng chí Hoàng Văn Hiệp – Phó bí thư, Chủ tịch UBND huyện chủ trì hội nghị.",
     "Hoàng Văn Hiệp", ["Phó Bí thư", "Chủ tịch Ủy ban nhân dân huyện"], {"chair"}),
    ("Đ/c Bùi Quang Hoàn, Chủ tịch UBND huyện kết luận tại hội nghị giao ban",
     "Bùi Quang Hoàn", ["Chủ tịch Ủy ban nhân dân huyện"], {"conclude"}),
    ("Phát biểu chỉ đạo tại cuộc họp, đồng chí Nông Quốc Dũng- Phó Bí thư HU, Chủ tịch UBND huyện đã nhấn mạnh.",
     "Nông Quốc Dũng", ["Phó Bí thư Huyện ủy", "Chủ tịch Ủy ban nhân dân huyện"], {"speak", "direct"}),
    # ông / bà instead of đồng chí
    ("Ông Trần Văn Nam - Chủ tịch UBND tỉnh Bình Dương cho biết, tỉnh sẽ xử lý.",
     "Trần Văn Nam", ["Chủ tịch Ủy ban nhân dân tỉnh Bình Dương"], {"speak"}),
    ("Dưới sự chủ trì của bà Nguyễn Thị Kim Ngân, Chủ tịch Quốc hội, hội nghị đã thông qua nghị quyết.",
     "Nguyễn Thị Kim Ngân", ["Chủ tịch Quốc hội"], {"chair"}),
    ("Hội nghị do ông Nguyễn Văn Thể, Bộ trưởng Bộ GTVT, làm trưởng đoàn.",
     "Nguyễn Văn Thể", ["Bộ trưởng Bộ Giao thông vận tải"], set()),
    # title before name
    ("Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung cho biết, thành phố sẽ xử lý nghiêm.",
     "Nguyễn Đức Chung", ["Chủ tịch Ủy ban nhân dân thành phố Hà Nội"], {"speak"}),
    ("Phó Chủ tịch UBND tỉnh Dương Tất Thắng yêu cầu các sở ngành khẩn trương vào cuộc.",
     "Dương Tất Thắng", ["Phó Chủ tịch Ủy ban nhân dân tỉnh"], {"direct"}),
    ("Phó Thủ tướng Vũ Đức Đam phát biểu tại hội nghị.", "Vũ Đức Đam", ["Phó Thủ tướng Chính phủ"], {"speak"}),
    ("Giám đốc Sở TN&MT Hồ Huy Thành cho biết sẽ kiểm tra.",
     "Hồ Huy Thành", ["Giám đốc Sở Tài nguyên và Môi trường"], {"speak"}),
    ("Bí thư Tỉnh ủy Bà Rịa - Vũng Tàu Nguyễn Hồng Lĩnh phát biểu.",
     "Nguyễn Hồng Lĩnh", ["Bí thư Tỉnh ủy Bà Rịa - Vũng Tàu"], {"speak"}),
    # rank + name + post, and uỷ spelled the old way
    ("Thiếu tướng Nguyễn Văn Sơn, Phó Giám đốc Công an TP.HCM cho biết vụ việc đang được điều tra.",
     "Nguyễn Văn Sơn", ["Phó Giám đốc Công an Thành phố Hồ Chí Minh"], {"speak"}),
    ("Đồng chí Đỗ Thị Ninh Hường, Tỉnh uỷ viên, Bí thư Huyện uỷ chủ trì hội nghị.",
     "Đỗ Thị Ninh Hường", ["Tỉnh ủy viên", "Bí thư Huyện ủy"], {"chair"}),
    # foreign official, verified by `ông X` later in the article
    ("Bộ trưởng Tư pháp Mỹ Jeff Sessions ngày 10/6 tuyên bố sẽ ra điều trần. Ông Sessions nhấn mạnh điều đó.",
     "Jeff Sessions", ["Bộ trưởng Tư pháp Mỹ"], {"speak"}),
])
def test_single_official(text, name, titles, roles):
    got = officials(text)
    assert name in got, got
    assert got[name]["titles"] == titles
    assert roles <= set(got[name]["roles"])


def test_list_of_officials_share_the_verb():
    text = ("Đồng chí Ngô Tiến Dũng- Bí thư Huyện ủy, đồng chí Vũ Chí Kỳ- Phó Bí Thư Thường trực Huyện ủy- "
            "Chủ tịch HĐND huyện, đồng chí Hoàng Công Bộ- Phó Bí thư Huyện ủy- Chủ tịch UBND huyện chủ trì hội nghị.")
    got = officials(text)
    assert set(got) == {"Ngô Tiến Dũng", "Vũ Chí Kỳ", "Hoàng Công Bộ"}
    assert all("chair" in r["roles"] for r in got.values())
    assert got["Vũ Chí Kỳ"]["titles"] == ["Phó Bí thư Thường trực Huyện ủy", "Chủ tịch Hội đồng nhân dân huyện"]


def test_two_title_first_officials_in_one_sentence():
    text = "Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến và Thứ trưởng Lê Quang Cường dự hội nghị."
    got = officials(text)
    assert got["Nguyễn Thị Kim Tiến"]["titles"] == ["Bộ trưởng Bộ Y tế"]
    # the sentence names one ministry before the bare post: the deputy minister is that ministry's
    assert got["Lê Quang Cường"]["titles"] == ["Thứ trưởng Bộ Y tế"]
    assert "attend" in got["Lê Quang Cường"]["roles"]


def test_attend_cue_before_the_people():
    text = ("Tham dự cuộc họp có đồng chí Đồng Văn Lưu – Tỉnh ủy viên, Bí thư Huyện ủy; Lãnh đạo UBND huyện. "
            "Đồng chí Nông Quốc Dũng – Chủ tịch UBND huyện chủ trì cuộc họp.")
    got = officials(text)
    assert got["Đồng Văn Lưu"]["roles"] == ["attend"]
    assert got["Nông Quốc Dũng"]["roles"] == ["chair"]


def test_coreference_merges_short_forms_and_counts_mentions():
    text = ("Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung cho biết thành phố sẽ xử lý. "
            "Theo ông Chung, thành phố đã chỉ đạo quyết liệt. Ông Nguyễn Đức Chung, Phó Bí thư Thành ủy, nhấn mạnh thêm.")
    got = officials(text)
    assert list(got) == ["Nguyễn Đức Chung"]
    r = got["Nguyễn Đức Chung"]
    assert r["mentions"] == 3
    assert r["titles"] == ["Chủ tịch Ủy ban nhân dân thành phố Hà Nội", "Phó Bí thư Thành ủy"]
    assert r["start"] == text.index("Nguyễn Đức Chung")


def test_short_form_goes_to_latest_matching_person():
    text = ("Đồng chí Ngô Tiến Dũng, Bí thư Huyện ủy phát biểu. Đồng chí Nông Quốc Dũng, Chủ tịch UBND huyện dự họp. "
            "Đồng chí Dũng yêu cầu các xã hoàn thành kế hoạch.")
    got = officials(text)
    assert got["Nông Quốc Dũng"]["mentions"] == 2 and got["Ngô Tiến Dũng"]["mentions"] == 1


@pytest.mark.parametrize("text", [
    "Ông Nguyễn Văn An (45 tuổi, trú tại xã Hòa Liên) cho biết gia đình đã mất hết tài sản.",  # no post
    "Anh Trần Văn Bình cùng vợ đã đến cơ quan công an trình báo.",
    "Chủ tịch Real Madrid cho biết đội bóng sẽ chiêu mộ thêm cầu thủ.",  # club, not a person
    "UBND huyện Đầm Hà tổ chức hội nghị tại thị trấn Đầm Hà.",  # places
    "Giám đốc Sở Tài Chính cho biết ngân sách đã được giao.",  # department words, not a name
    "Phóng viên Hữu Hoàn ghi lại hình ảnh. Ảnh Hữu Hoàn",
    "Chủ tịch UBND quận Nam Từ Liêm chỉ đạo các phường.",
])
def test_not_officials(text):
    assert officials(text) == {}


def test_byline_is_not_an_official():
    text = "Họp giao ban\n\nĐồng chí Bùi Quang Hoàn, Chủ tịch UBND huyện chủ trì.\n\nLan Ánh - Phạm Tuấn"
    assert set(officials(text)) == {"Bùi Quang Hoàn"}


def test_nfd_input_and_old_tone_placement():
    text = unicodedata.normalize("NFC", unicodedata.normalize(
        "NFD", "Ông Phạm Văn Hoà, Phó Chủ tịch Uỷ ban nhân dân tỉnh Khánh Hoà, phát biểu."))
    got = officials(text)
    assert got["Phạm Văn Hoà"]["titles"] == ["Phó Chủ tịch Ủy ban nhân dân tỉnh Khánh Hòa"]


def test_names_in_capitals():
    got = officials("ĐỒNG CHÍ NGUYỄN XUÂN PHÚC, THỦ TƯỚNG CHÍNH PHỦ, PHÁT BIỂU TẠI HỘI NGHỊ TỔNG KẾT NĂM")
    assert "Nguyễn Xuân Phúc" in got
    assert got["Nguyễn Xuân Phúc"]["titles"][0].startswith("Thủ tướng")


@pytest.mark.parametrize("raw,want", [
    ("Phó Bí thư HU", "Phó Bí thư Huyện ủy"),
    ("Chủ tịch UBND TP Hà Nội", "Chủ tịch Ủy ban nhân dân thành phố Hà Nội"),
    ("Phó Bí Thư Thường trực Huyện ủy", "Phó Bí thư Thường trực Huyện ủy"),
    ("Giám đốc Sở LĐ-TB&XH", "Giám đốc Sở Lao động - Thương binh và Xã hội"),
    ("Chủ tịch UBMTTQ tỉnh", "Chủ tịch Ủy ban Mặt trận Tổ quốc tỉnh"),
    ("Trưởng Ban Tuyên giáo TU", "Trưởng Ban Tuyên giáo Tỉnh ủy"),
])
def test_canonical_titles(raw, want):
    doc = make_doc(raw)
    units = sentence_units(doc, next(doc.sents))
    assert canonical_title(units, text=doc.text) == want


def test_given_names_that_are_also_countries():
    text = ("Ông Nguyễn Văn Đức, Giám đốc Sở Y tế tỉnh Nghệ An cho biết đã chỉ đạo. Theo ông Đức, bệnh viện đủ thuốc. "
            "Bà Trần Thị Nga, Phó Chủ tịch UBND huyện, cũng dự. Bà Nga đề nghị các xã báo cáo.")
    got = officials(text)
    assert got["Nguyễn Văn Đức"]["mentions"] == 2
    assert got["Trần Thị Nga"]["mentions"] == 2


def test_colon_list_under_one_post():
    got = officials("Dự lễ có các đồng chí Ủy viên Bộ Chính trị: Thủ tướng Chính phủ Nguyễn Xuân Phúc; "
                    "các Phó Thủ tướng: Trương Hòa Bình, Phạm Bình Minh, Vương Đình Huệ.")
    # every head of the lists a person stands in is a post of theirs
    assert got["Nguyễn Xuân Phúc"]["titles"] == ["Ủy viên Bộ Chính trị", "Thủ tướng Chính phủ"]
    for name in ("Trương Hòa Bình", "Phạm Bình Minh", "Vương Đình Huệ"):
        assert got[name]["titles"] == ["Ủy viên Bộ Chính trị", "Phó Thủ tướng Chính phủ"], name
        assert "attend" in got[name]["roles"]
