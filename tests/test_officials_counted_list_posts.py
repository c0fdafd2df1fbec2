"""Officials, round 9a: a counted post heading a list of its holders, and a post, a comma, then its holder speaking.

Sentences from corpus articles (ids in the comments), with near misses that must not fire.
"""
from __future__ import annotations

import pytest

from tests.conftest import official_titles

# A count before a post, then `gồm` / `gồm có` / `là` / `:` and the names: each name holds that post.
COUNTED_LISTS = [
    (  # baomoi-22742997
        "Như vậy, UBND TP Hải Phòng hiện có 5 Phó Chủ tịch UBND gồm các ông: Lê Khắc Nam, Nguyễn Xuân Bình, "
        "Lê Thanh Sơn, Phạm Văn Hà và Nguyễn Văn Thành.",
        ["Lê Khắc Nam", "Nguyễn Xuân Bình", "Lê Thanh Sơn", "Phạm Văn Hà", "Nguyễn Văn Thành"], "Phó Chủ tịch"),
    (  # baomoi-22746011
        "Như vậy, UBND thành phố Hải Phòng hiện có 5 phó chủ tịch, gồm các ông: Nguyễn Xuân Bình, Lê Khắc Nam, "
        "Lê Thanh Sơn, Nguyễn Văn Thành, Phạm Văn Hà.",
        ["Nguyễn Xuân Bình", "Lê Khắc Nam", "Phạm Văn Hà"], "Phó Chủ tịch"),
    (  # baomoi-22617483
        "Trong đó Giám đốc Sở Nội vụ hiện nay là ông Trần Huy Sáng; 8 Phó Giám đốc gồm các ông bà: Nguyễn Ngọc Việt, "
        "Nguyễn Văn Hiếu, Phùng Văn Thiệp, Nguyễn Đình Hoa, Ngô Anh Tuấn và bà Nguyễn Thị Thùy.",
        ["Nguyễn Ngọc Việt", "Phùng Văn Thiệp", "Nguyễn Thị Thùy"], "Phó Giám đốc"),
    (  # baomoi-22615433
        "Hiện nay 8 Phó Giám đốc Sở Nội vụ gồm có ông Nguyễn Ngọc Việt, Nguyễn Văn Hiếu, Phùng Văn Thiệp và bà "
        "Nguyễn Thị Liễu.",
        ["Nguyễn Ngọc Việt", "Nguyễn Văn Hiếu", "Nguyễn Thị Liễu"], "Phó Giám đốc Sở Nội vụ"),
    (  # baomoi-22525543
        "Cuộc họp có ông Phạm Xuân Nguyên và 3 ủy viên Ban Chấp hành HNV, gồm các ông: Nguyễn Việt Chiến, "
        "Bùi Việt Mỹ, Nguyễn Sĩ Đại.",
        ["Nguyễn Việt Chiến", "Bùi Việt Mỹ", "Nguyễn Sĩ Đại"], "Ủy viên Ban Chấp hành"),
    (  # dantri-unc-news_education_042: the count after an earlier person's post
        "Thanh tra Bộ hiện nay có ông Nguyễn Đức Cường là Chánh Thanh tra và 2 Phó Chánh thanh tra là ông "
        "Ngô Minh Hưng và ông Đỗ Anh Dũng.",
        ["Ngô Minh Hưng", "Đỗ Anh Dũng"], "Phó Chánh Thanh tra"),
    (  # baomoi-21494130
        "Những người bị kỷ luật gồm 2 đội phó là các ông Lê Việt Phương và Lê Đức Thanh.",
        ["Lê Việt Phương", "Lê Đức Thanh"], "Đội phó"),
]


@pytest.mark.parametrize(("text", "names", "title"), COUNTED_LISTS)
def test_counted_post_heads_its_list(text, names, title):
    got = official_titles(text)
    for name in names:
        assert any(t.startswith(title) for t in got.get(name, [])), (name, got)


def test_counted_list_keeps_own_posts():
    # baomoi-22247532: a member with a post of his own keeps it, with no second copy of the count's post
    got = official_titles("Ban Kinh tế Trung ương còn có 8 phó trưởng ban, gồm các ông Cao Đức Phát, Phó trưởng ban "
                          "Thường trực; Ngô Đông Hải; Nguyễn Ngọc Bảo; Ngô Văn Tuấn.")
    assert got["Cao Đức Phát"] == ["Phó Trưởng Ban Thường trực"]
    assert got["Ngô Đông Hải"] == ["Phó Trưởng Ban"]
    assert got["Ngô Văn Tuấn"] == ["Phó Trưởng Ban"]


@pytest.mark.parametrize("text", [
    # no post is counted: a work team, investors, the parties of a lawsuit
    "Thời gian tới, tổ công tác gồm các ông Nguyễn Đình Thắng, Nguyễn Thái Hồng Anh sẽ đến kiểm tra.",  # baomoi-22285312
    "Công ty có sự góp vốn của các ông bà: Nguyễn Văn Bính, Nguyễn Đình Kỷ, Hoàng Thị Nhung.",  # baomoi-22322172
    "Người bị hại là ông Cao Minh Phương và Nguyễn Bá Duy rút đơn yêu cầu khởi tố.",  # baomoi-22651060
    "Thanh tra Sở mới cử 2 cán bộ là ông Hà Xuân Trí và ông Nguyễn Hữu Thọ đến xem xét hiện trường.",  # baomoi-22690056
])
def test_no_count_of_a_post_no_list(text):
    assert official_titles(text) == {}


def test_uncounted_post_before_la_is_one_holder():
    # `Giám đốc Sở là ông A và ông B ...`: no count, so the post is not carried to the second name
    got = official_titles("Giám đốc Sở Nội vụ là ông Trần Huy Sáng và ông Nguyễn Văn Hùng cũng có mặt.")
    assert "Nguyễn Văn Hùng" not in got


# A post with its body opening the clause, a comma, then the full name of the person who speaks.
POST_COMMA_SPEAKER = [
    ("Chủ tịch UBND huyện Lộc Bình, Lương Trọng Quỳnh cho biết, ngoài việc tuyên truyền vận động người dân.",  # baomoi-22538296
     "Lương Trọng Quỳnh", "Chủ tịch Ủy ban nhân dân huyện Lộc Bình"),
    ("Ngày 20/4, Bộ trưởng Điều phối Các vấn đề kinh tế Indonesia, Airlangga Hartarto thông báo lệnh hạn chế hoạt "
     "động cộng đồng sẽ được kéo dài.",  # dantri-unc-news_health_203
     "Airlangga Hartarto", "Bộ trưởng Điều phối Các vấn đề kinh tế Indonesia"),
    ("Giám đốc điều hành Pfizer, Albert Bourla cho biết nhà sản xuất dược phẩm lớn nhất thế giới đang nỗ lực.",  # health_228
     "Albert Bourla", "Giám đốc điều hành Pfizer"),
    ("Trong bài phát biểu, Giám đốc Hội đồng quản trị kiêm Chủ tịch Viện Nghiên cứu Chiến lược của Huawei, William Xu "
     "chia sẻ về những thách thức.",  # dantri-unc-news_tech_125
     "William Xu", "Chủ tịch Viện Nghiên cứu Chiến lược của Huawei"),
]


@pytest.mark.parametrize(("text", "name", "title"), POST_COMMA_SPEAKER)
def test_post_comma_then_its_holder(text, name, title):
    got = official_titles(text)
    assert title in got.get(name, []), got
    assert len(got) == 1, got  # the body's word (`Pfizer`, `Các`) is no person


@pytest.mark.parametrize("text", [
    "Theo Giám đốc Sở Y tế, Nguyễn Văn Hùng là người chịu trách nhiệm chính.",  # the post is the source
    "Sau khi làm việc với Giám đốc Sở Xây dựng, Nguyễn Văn Hùng cho biết sẽ khắc phục.",
    "Chủ tịch UBND huyện, Nguyễn Văn Hùng và Trần Văn Nam đã đến hiện trường.",  # a list of names
    "Tham dự có Chủ tịch UBND tỉnh, Nguyễn Văn Hùng cùng các sở ngành.",
    "Thủ tướng, Nguyễn Văn Hùng cho biết sẽ xem xét.",  # a bare post names no body
])
def test_post_comma_name_traps(text):
    assert official_titles(text) == {}


def test_count_ends_the_list():
    # baomoi-21494130: two deputies are counted; the inspectors named after them are no deputies
    got = official_titles("Những cá nhân có thiếu sót gồm: Đội trưởng Quản lý thị trường số 14 Hoàng Đại Nghĩa; 2 đội phó "
                          "là các ông Lê Việt Phương và Lê Đức Thanh; ông Phạm Anh Tuấn, kiểm soát viên thị trường và "
                          "bà Tống Vân Huyền, kiểm soát viên thị trường.")
    assert got["Lê Đức Thanh"] == ["Đội phó"]
    assert "Đội phó" not in got.get("Phạm Anh Tuấn", [])
    assert "Đội phó" not in got.get("Tống Vân Huyền", [])
