"""Foreign people's names read whole and alone (issue 15, round 2), one class per test, from corpus sentences: a
place or club the article names on its own is no first name (`Đội trưởng Tottenham Hugo Lloris`), a name cut before
its particle is joined again (`Ursula von` + `der Leyen`), a foreign name opening with a Vietnamese family name goes
on (`Kim Jong` + `Un`), and a foreign name ending a post's organisation is the next person's (`X, Giám đốc Tình báo
Quốc gia Avril Haines`). Each class has traps that must not fire."""
from __future__ import annotations

import pytest

from tests.test_officials_completion import titles_of


@pytest.mark.parametrize("text,expected", [
    ("Đội trưởng Tottenham Hugo Lloris cũng nằm trong danh sách nhóm cầu thủ muốn đẩy HLV Mourinho ra đi. Thời gian "
     "của HLV Mourinho ở Tottenham đã kết thúc.", {"Hugo Lloris": ["Đội trưởng Tottenham"]}),
    ("Cựu thống đốc bang Alaska Sarah Palin từng nổi tiếng với câu nói ấy. Năm 1867, Mỹ mua lại Alaska từ Nga.",
     {"Sarah Palin": ["Thống đốc bang Alaska"]}),
    ("Thống đốc bang California Jerry Brown và các đồng minh thề sẽ chiến đấu. Giới chức bang California đang leo thang.",
     {"Jerry Brown": ["Thống đốc bang California"]}),
    # traps: the first word is written elsewhere only after an honorific (`ông Moon`, `Ông Kim`): a name's own word
    ("Tổng thống Hàn Quốc Moon Jae-in đã tới Washington. Theo ông Moon, hai bên sẽ hợp tác.",
     {"Moon Jae-in": ["Tổng thống Hàn Quốc"]}),
    ("Nhà lãnh đạo Triều Tiên Kim Jong Un đã thị sát nhà máy. Ông Kim yêu cầu tăng sản lượng.",
     {"Kim Jong Un": ["Nhà lãnh đạo Triều Tiên"]}),
    ("Ngoại trưởng Hà Lan Stef Blok và Bộ trưởng Quốc phòng Hà Lan Ank Bijleveld đã tới.",
     {"Stef Blok": ["Ngoại trưởng Hà Lan"], "Ank Bijleveld": ["Bộ trưởng Quốc phòng Hà Lan"]}),
])
def test_place_or_club_named_alone_is_no_first_name(text, expected):
    assert titles_of(text) == expected


def test_first_name_of_another_person_is_no_place():
    # trap: `Jean` stands elsewhere before another person's name (`nhà kinh tế Jean Pisani-Ferry`), not on its own
    text = ("Bộ trưởng ngân khố có thể được giao cho một nhà kinh tế Jean Pisani-Ferry. Nhân vật thân cận có thể là "
            "ông Jean Yves Le Drian, Bộ trưởng Quốc phòng.")
    assert titles_of(text) == {"Jean Yves Le Drian": ["Bộ trưởng Quốc phòng"]}


@pytest.mark.parametrize("text,expected", [
    ("Chủ tịch Ủy ban châu Âu Ursula von der Leyen bình luận trên Twitter ngày 25/4.",
     {"Ursula von der Leyen": ["Chủ tịch Ủy ban châu Âu"]}),
    ("Chủ tịch Triều Tiên Kim Jong Un đã gửi thư chúc mừng.", {"Kim Jong Un": ["Chủ tịch Triều Tiên"]}),
    ("Nhà lãnh đạo Kim Jong Un đã thị sát nhà máy.", {"Kim Jong Un": ["Nhà lãnh đạo"]}),
    # trap: a Vietnamese name opening with `Kim` is not merged with the next person
    ("Ông Nguyễn Văn Bình, Phó Chủ tịch Ủy ban nhân dân tỉnh, Kim Văn Hùng, Giám đốc Sở Tài chính tham dự.",
     {"Nguyễn Văn Bình": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"], "Kim Văn Hùng": ["Giám đốc Sở Tài chính"]}),
])
def test_foreign_name_read_whole(text, expected):
    assert titles_of(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Nga đã cấm 8 quan chức Mỹ nhập cảnh, trong đó có Bộ trưởng Tư pháp Merrick Garland, Bộ trưởng An ninh Nội địa "
     "Alejandro Mayorkas, Giám đốc Tình báo Quốc gia Avril Haines và Giám đốc Cục Điều tra Liên bang (FBI) "
     "Christopher Wray.",
     {"Merrick Garland": ["Bộ trưởng Tư pháp"], "Alejandro Mayorkas": ["Bộ trưởng An ninh Nội địa"],
      "Avril Haines": ["Giám đốc Tình báo Quốc gia"], "Christopher Wray": ["Giám đốc Cục Điều tra Liên bang"]}),
    ("Trong cuộc điện đàm với Cố vấn An ninh Quốc gia Ấn Độ Ajit Doval, Cố vấn An ninh Nhà Trắng Jake Sullivan cho "
     "biết, Mỹ sẽ hỗ trợ.",
     {"Ajit Doval": ["Cố vấn An ninh Quốc gia Ấn Độ"], "Jake Sullivan": ["Cố vấn An ninh Nhà Trắng"]}),
    # traps: a foreign organisation's name after its head word is the post's organisation
    ("Ông Lee Jae-yong, Phó Chủ tịch Samsung Electronics, cho biết tập đoàn sẽ đầu tư thêm.",
     {"Lee Jae-yong": ["Phó Chủ tịch Samsung Electronics"]}),
    ("Ông Dmitri Trenin, Giám đốc Trung tâm Carnegie Moscow, cho rằng quan hệ hai nước khó cải thiện.",
     {"Dmitri Trenin": ["Giám đốc Trung tâm Carnegie Moscow"]}),
    ("Chủ tịch Tập đoàn Alibaba Jack Ma cho biết công ty sẽ mở rộng.", {"Jack Ma": ["Chủ tịch Tập đoàn Alibaba"]}),
])
def test_foreign_name_ending_a_post_is_the_next_person(text, expected):
    assert titles_of(text) == expected
