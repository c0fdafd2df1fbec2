"""Officials on other outlets' patterns (issue 15): foreign officials in the text's own words, asides
and brackets, organisations named after people, complete canonical titles, former posts, chair."""
from __future__ import annotations

import pytest

from tests.conftest import make_doc
from vnextract.extractors.officials import extract

LEAD = "Tin trong ngày\n\n"  # the first line of a text is read as its headline
TAIL = " Buổi làm việc kéo dài đến chiều cùng ngày."  # a one-sentence paragraph may be read as a caption


def officials(text):
    doc = make_doc(LEAD + text + TAIL)
    rows = extract(doc)
    for r in rows:
        assert doc.text[r["start"]:r["end"]] == r["text"]
        assert len(r["titles_former"]) == len(r["titles"])
    return {r["name"]: r for r in rows}


@pytest.mark.parametrize("text,name,titles", [
    # foreign officials: particles and hyphens in the name, the post after it in lower case, `tại` + place
    ("– ông Meshal bin Hamad Al Thani, đại sứ Qatar tại Mỹ, nói với hãng tin AP.",
     "Meshal bin Hamad Al Thani", ["Đại sứ Qatar tại Mỹ"]),
    ("– ông Saif al-Thani, giám đốc Văn phòng Thông tin chính phủ Qatar, nói với Reuters.",
     "Saif al-Thani", ["Giám đốc Văn phòng Thông tin chính phủ Qatar"]),
    ("Đại sứ UAE tại Mỹ, ông Yousef al-Otaiba, tuyên bố trừng phạt sẽ được duy trì.",
     "Yousef al-Otaiba", ["Đại sứ UAE tại Mỹ"]),
    ("Phó Đại sứ Mỹ tại Nga Bart Gorman đã bị triệu tập tới Bộ Ngoại giao Nga.",
     "Bart Gorman", ["Phó Đại sứ Mỹ tại Nga"]),
    ("AFP dẫn lời người phát ngôn Bộ Ngoại giao Mỹ Ned Price cho biết trong thông báo ngày 19/4.",
     "Ned Price", ["Người phát ngôn Bộ Ngoại giao Mỹ"]),
    ("Sau khi các nước Ả Rập ra tối hậu thư, người phát ngôn Nhà Trắng Sean Spicer hôm 23-6 nói.",
     "Sean Spicer", ["Người phát ngôn Nhà Trắng"]),
    ("Tuy nhiên, Tổng thống đương nhiệm Moon Jae-in sẽ không thực hiện kế hoạch này.",
     "Moon Jae-in", ["Tổng thống"]),
    ('"Chẳng có ai là ngoại lệ", Bộ trưởng Ngân khố Steven Mnuchin cảnh báo.',
     "Steven Mnuchin", ["Bộ trưởng Ngân khố"]),
    # an aside in brackets between the name and the post
    ("Những người bị khởi tố gồm: Bùi Mạnh Quốc (31 tuổi), Giám đốc Công ty TNHH xử lý nước Trâm Anh, tội Vô ý làm chết người.",
     "Bùi Mạnh Quốc", ["Giám đốc Công ty TNHH xử lý nước Trâm Anh"]),
    ("Các ứng cử viên gồm: ông Phan Huy Cương (sinh năm 1975) - Thẩm phán TAND TP Hà Nội; ông Hoàng Văn Cường.",
     "Phan Huy Cương", ["Thẩm phán Tòa án nhân dân thành phố Hà Nội"]),
    # a post in brackets runs to the bracket; a verb inside a name is no role
    ("Ngày 8/2, ông Nguyễn Hoàng Hải (Giám đốc trung tâm quản lý và điều hành giao thông đô thị Hà Nội) cho biết.",
     "Nguyễn Hoàng Hải", ["Giám đốc Trung tâm quản lý và điều hành giao thông đô thị Hà Nội"]),
    # lower-case words inside an organisation's name
    ("Ông Hoàng Việt Hưng, Giám đốc Ban Quản lý dự án đường cao tốc Đà Nẵng - Quảng Ngãi cho biết đã kiểm tra.",
     "Hoàng Việt Hưng", ["Giám đốc Ban Quản lý dự án đường cao tốc Đà Nẵng - Quảng Ngãi"]),
    ("Ông Hoàng Văn Cường (sinh năm 1963) - Phó Hiệu trưởng Đại học Kinh tế quốc dân; ông Nguyễn Anh Trí.",
     "Hoàng Văn Cường", ["Phó Hiệu trưởng Đại học Kinh tế quốc dân"]),
    ("Giáo sư Vũ Gia Hiền, Giám đốc Trung tâm Nghiên cứu và Ứng dụng Văn hóa-Du lịch, giảng viên, nói.",
     "Vũ Gia Hiền", ["Giám đốc Trung tâm Nghiên cứu và Ứng dụng Văn hóa-Du lịch"]),
    # canonical forms
    ("Ông Lê Văn Nghị, Chủ tịch xã Thanh Hưng nói chưa nhận được phản ánh.",
     "Lê Văn Nghị", ["Chủ tịch Ủy ban nhân dân xã Thanh Hưng"]),
    ("Chủ tịch UBND Q.1 (TP.HCM) Trần Thế Thuận khẳng định đã có chỉ đạo xử lý.",
     "Trần Thế Thuận", ["Chủ tịch Ủy ban nhân dân quận 1"]),
    ("Ông Trần Văn An, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn (NN&PTNT) tỉnh Kiên Giang cho biết.",
     "Trần Văn An", ["Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Kiên Giang"]),
    ("Bà Hà Thị Lan, Phó ban Dân vận Huyện ủy phát biểu tại hội nghị.",
     "Hà Thị Lan", ["Phó Trưởng ban Dân vận Huyện ủy"]),
    ("Ông Lê Hữu Nghĩa – Giám đốc Công ty Lê Thành, cho biết công ty đã nộp đủ hồ sơ.",
     "Lê Hữu Nghĩa", ["Giám đốc Công ty Lê Thành"]),
    ("Ông Yasuhiro Saitoh, Chủ tịch HĐQT Eximbank phát biểu.", "Yasuhiro Saitoh",
     ["Chủ tịch Hội đồng quản trị Eximbank"]),
    ("Ông Nguyễn Văn Thanh, Đại biểu Quốc hội (ĐBQH) tỉnh Thái Bình phát biểu.",
     "Nguyễn Văn Thanh", ["Đại biểu Quốc hội tỉnh Thái Bình"]),
])
def test_post_in_the_texts_words(text, name, titles):
    got = officials(text)
    assert name in got, got
    assert got[name]["titles"] == titles


@pytest.mark.parametrize("text,absent", [
    ("Ông Nguyễn Quang Tuấn (sinh năm 1967) - Giám đốc Bệnh viện Bạch Mai.", "Bạch Mai"),
    ("Về điều này, thầy Đặng Việt Hà, Hiệu trưởng Trường THCS Chu Văn An, quận Tây Hồ (Hà Nội) cho rằng.", "Chu Văn An"),
    ("Ông Lê Hữu Nghĩa – Giám đốc Công ty Lê Thành, cho biết công ty đã nộp đủ hồ sơ.", "Lê Thành"),
    ("Liên quan đến khu lăng mộ nghi là vợ vua Tự Đức bị san ủi làm bãi đỗ xe.", "Tự Đức"),
])
def test_organisations_and_history_are_no_people(text, absent):
    assert absent not in officials(text)


def test_article_defines_the_abbreviation_of_a_body():
    got = officials("Ban Quản lý dự án các công trình điện miền Trung (CPMB) đã họp. "
                    "Ông Nguyễn Đức Tuyển, Giám đốc CPMB cho biết có nhiều khó khăn.")
    assert got["Nguyễn Đức Tuyển"]["titles"] == ["Giám đốc Ban Quản lý dự án các công trình điện miền Trung"]


@pytest.mark.parametrize("text,name,titles,former", [
    ("Ông Nguyễn Thiện Thành là thân phụ của ông Nguyễn Thiện Nhân - nguyên ủy viên Bộ Chính trị, "
     "nguyên Bí thư Thành ủy TPHCM, Trưởng đoàn Đại biểu Quốc hội TPHCM.", "Nguyễn Thiện Nhân",
     ["Ủy viên Bộ Chính trị", "Bí thư Thành ủy Thành phố Hồ Chí Minh",
      "Trưởng đoàn Đại biểu Quốc hội Thành phố Hồ Chí Minh"], [True, True, False]),
    ("Khẳng định cựu Tổng thống Hàn Quốc Park Geun-hye đã lên kế hoạch từ lâu.", "Park Geun-hye",
     ["Tổng thống Hàn Quốc"], [True]),
    ("Đảng Xã hội của cựu Tổng thống Pháp Francois Hollande vẫn đứng thứ 5.", "Francois Hollande",
     ["Tổng thống Pháp"], [True]),
    ("Giáo sư Nguyễn Thiện Thành từng là Phó Chủ nhiệm Ủy ban Văn hóa xã hội của Quốc hội khóa VI, "
     "Phó Chủ nhiệm Ủy ban Khoa học kỹ thuật của Quốc hội khóa VII.", "Nguyễn Thiện Thành",
     ["Phó Chủ nhiệm Ủy ban Văn hóa xã hội của Quốc hội khóa VI",
      "Phó Chủ nhiệm Ủy ban Khoa học kỹ thuật của Quốc hội khóa VII"], [True, True]),
    ("Ông Lê Văn Bình hiện là Chủ tịch UBND xã Hòa Bình cho biết.", "Lê Văn Bình",
     ["Chủ tịch Ủy ban nhân dân xã Hòa Bình"], [False]),
])
def test_former_posts(text, name, titles, former):
    got = officials(text)
    assert got[name]["titles"] == titles
    assert got[name]["titles_former"] == former


def test_descriptive_predicate_is_no_post():
    got = officials("Bộ trưởng Bộ Kế hoạch và Đầu tư Nguyễn Chí Dũng là thành viên Chính phủ nhận được nhiều ý kiến.")
    assert got["Nguyễn Chí Dũng"]["titles"] == ["Bộ trưởng Bộ Kế hoạch và Đầu tư"]


@pytest.mark.parametrize("text,name", [
    ("Ông Nguyễn Xuân Phúc, Ủy viên Bộ Chính trị, Thủ tướng Chính phủ, thay mặt Bộ Chính trị điều hành phiên họp.",
     "Nguyễn Xuân Phúc"),
    ("Ông Trần Đại Quang, Ủy viên Bộ Chính trị, Chủ tịch nước, thay mặt Bộ Chính trị điều hành phiên họp.",
     "Trần Đại Quang"),
    ("Buổi sáng, Phó Chủ tịch Quốc hội Tòng Thị Phóng điều hành phiên họp.", "Tòng Thị Phóng"),
    ("Tổng Bí thư Nguyễn Phú Trọng chủ trì, điều hành phiên họp.", "Nguyễn Phú Trọng"),
])
def test_chair_from_running_a_meeting(text, name):
    assert "chair" in officials(text)[name]["roles"]


@pytest.mark.parametrize("text,name", [
    ("Để đảm bảo điều hành dự án có thể khởi công, ông Nguyễn Đức Tuyển, Giám đốc Ban A cho biết có khó khăn.",
     "Nguyễn Đức Tuyển"),
    ("Ngày 8/2, ông Nguyễn Hoàng Hải (Giám đốc trung tâm quản lý và điều hành giao thông đô thị Hà Nội) cho biết.",
     "Nguyễn Hoàng Hải"),
])
def test_no_chair_from_running_a_project_or_a_name(text, name):
    assert "chair" not in officials(text)[name]["roles"]
