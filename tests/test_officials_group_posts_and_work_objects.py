"""Two title classes of issue 15, on sentences from the news corpus:

- a post in a group given with `làm` (`Đoàn kiểm tra do ông X, Phó Cục trưởng ..., làm trưởng đoàn`): the person
  also holds the group's post, composed from the group the sentence names before `do`/`gồm` (`Trưởng đoàn kiểm
  tra`, `Tổ trưởng Tổ công tác`, `Trưởng đoàn công tác của Bộ ...`);
- a body whose name ends on the lower-case object of its work (`Trung tâm phát triển quỹ đất TP.Huế`, `Chi cục
  Quản lý đất đai`), closed by the list's next person or a post given with `làm`, is not cut before the object.
"""
from __future__ import annotations

import pytest

from tests.conftest import make_doc
from vnextract.extractors.officials import extract

LEAD = "Tin trong ngày\n\n"
TAIL = " Buổi làm việc kéo dài đến chiều cùng ngày."


def titles_of(text: str) -> dict[str, list[str]]:
    return {r["name"]: r["titles"] for r in extract(make_doc(LEAD + text + TAIL))}


@pytest.mark.parametrize("text,name,titles", [
    ("Đoàn kiểm tra do ông Phùng Xuân Kiên, Phó Cục trưởng Cục Giải quyết khiếu nại, tố cáo và thanh tra khu vực II "
     "(gọi tắt là Cục II), làm trưởng đoàn.", "Phùng Xuân Kiên", ["Trưởng đoàn kiểm tra"]),
    ("Tổ công tác do ông Trần Văn Phúc, Phó Giám đốc Sở NN&PTNT, làm tổ trưởng, bảy thành viên gồm các tiến sĩ ngành "
     "khai thác hàng hải.", "Trần Văn Phúc",
     ["Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn", "Tổ trưởng Tổ công tác"]),
    ("Chiều 9/5, Đoàn công tác của Bộ Nông nghiệp và Phát triển nông thôn do ông Trần Quang Hoài, Phó Tổng cục trưởng "
     "Tổng cục Thủy lợi làm Trưởng đoàn đã đến khảo sát tình trạng sạt lở bờ sông.", "Trần Quang Hoài",
     ["Phó Tổng cục trưởng Tổng cục Thủy lợi", "Trưởng đoàn công tác của Bộ Nông nghiệp và Phát triển nông thôn"]),
    ("Vừa qua, Đoàn công tác của Bộ Kế hoạch và Đầu tư do Thứ trưởng Đào Quang Thu làm trưởng đoàn đã đến kiểm tra "
     "tiến độ đầu tư xây dựng công trình phục vụ APEC 2017 tại Đà Nẵng.", "Đào Quang Thu",
     ["Thứ trưởng Bộ Kế hoạch và Đầu tư", "Trưởng đoàn công tác của Bộ Kế hoạch và Đầu tư"]),
    ("Sáng 8/2, đoàn kiểm tra công vụ TP do Phó Giám đốc Sở Nội vụ Ngô Anh Tuấn làm trưởng đoàn đã đến kiểm tra đột "
     "xuất 3 đơn vị tại huyện Gia Lâm.", "Ngô Anh Tuấn",
     ["Phó Giám đốc Sở Nội vụ", "Trưởng đoàn kiểm tra công vụ thành phố"]),
    ("Ban chỉ đạo đôn đốc thu hồi nợ đọng thuế sẽ do ông Nguyễn Doãn Toản, Phó Chủ tịch Ủy ban Nhân dân thành phố "
     "làm Trưởng ban.", "Nguyễn Doãn Toản",
     ["Phó Chủ tịch Ủy ban nhân dân thành phố", "Trưởng Ban chỉ đạo đôn đốc thu hồi nợ đọng thuế"]),
    # a comma inside a listed body's name does not end the group's name
    ("Ngày 2/7, đoàn công tác của Bộ Văn hóa, Thể thao và Du lịch do Thứ trưởng Trịnh Thị Thủy làm Trưởng đoàn đã "
     "làm việc với Sở Văn hóa và Thể thao.", "Trịnh Thị Thủy",
     ["Trưởng đoàn công tác của Bộ Văn hóa, Thể thao và Du lịch"]),
    # what the group holds (`gồm 6 thành viên`) is no part of its name
    ("Đoàn thanh tra gồm 6 thành viên do ông Phạm Trọng Đạt, Cục trưởng Cục Chống tham nhũng làm trưởng đoàn.",
     "Phạm Trọng Đạt", ["Trưởng đoàn thanh tra"]),
])
def test_group_post_given_with_lam(text, name, titles):
    got = titles_of(text)[name]
    for t in titles:
        assert t in got


def test_next_sentence_post_in_the_same_group():
    text = ("Thành phần đoàn kiểm tra gồm ông Lê Văn Lịch - Phó Tổng cục trưởng Tổng cục Quản lý đất đai làm Trưởng "
            "đoàn. Ông Đoàn Ngọc Phương - Quyền Cục trưởng - Cục Kinh tế và Phát triển quỹ đất (Tổng cục Quản lý đất "
            "đai) làm phó đoàn.")
    got = titles_of(text)
    assert got["Lê Văn Lịch"] == ["Phó Tổng cục trưởng Tổng cục Quản lý đất đai", "Trưởng đoàn kiểm tra"]
    assert "Phó Trưởng đoàn kiểm tra" in got["Đoàn Ngọc Phương"]


@pytest.mark.parametrize("text,name,titles", [
    # no group named before `do`: nothing is composed
    ("Hội nghị do ông Nguyễn Văn Thể, Bộ trưởng Bộ GTVT, làm trưởng đoàn.", "Nguyễn Văn Thể",
     ["Bộ trưởng Bộ Giao thông vận tải"]),
    ("Đoàn do ông Nguyễn Văn Thể, Bộ trưởng Bộ GTVT, làm trưởng đoàn.", "Nguyễn Văn Thể",
     ["Bộ trưởng Bộ Giao thông vận tải"]),
    # the group's name holds commas: which body the person heads is not settled
    ("Sau đó, UBND quận Đống Đa thành lập Tổ công tác, Hội đồng bồi thường, hỗ trợ, tái định cư trên địa bàn Quận "
     "do ông Đinh Quốc Trung, Phó Chủ tịch UBND quận, làm Tổ trưởng.", "Đinh Quốc Trung",
     ["Phó Chủ tịch Ủy ban nhân dân quận"]),
])
def test_group_post_near_misses(text, name, titles):
    assert titles_of(text)[name] == titles


def test_rank_alone_stays_no_row():
    text = "Tổ tuần tra do Trung úy Nguyễn Hàn Việt làm tổ trưởng cùng hai dân quân đến hiện trường giải quyết vụ việc."
    assert "Nguyễn Hàn Việt" not in titles_of(text)


@pytest.mark.parametrize("text,name,title", [
    ("Trao đổi với báo chí sáng ngày 26/6, ông Nguyễn Anh Tuấn - Phó giám đốc Trung tâm phát triển quỹ đất TP.Huế "
     "cho biết, đơn vị chưa bàn giao mặt bằng.", "Nguyễn Anh Tuấn",
     "Phó Giám đốc Trung tâm phát triển quỹ đất thành phố Huế"),
    ("Hai người trực tiếp đánh nhau là ông Diệp Xuân Vinh – Phó Chi cục trưởng Chi cục Quản lý đất đai và ông Cao Minh "
     "Phương – Trưởng phòng Tài nguyên nước.", "Diệp Xuân Vinh", "Phó Chi cục trưởng Chi cục Quản lý đất đai"),
    ("Thành phần đoàn kiểm tra gồm ông Lê Văn Lịch - Phó Tổng cục trưởng Tổng cục Quản lý đất đai làm Trưởng đoàn.",
     "Lê Văn Lịch", "Phó Tổng cục trưởng Tổng cục Quản lý đất đai"),
    # a `và` inside the object stays in the name
    ("Ông Trần Văn Hùng, Giám đốc Trung tâm Nghiên cứu và bảo tồn văn hóa tín ngưỡng dân gian Việt Nam cho biết, lễ hội "
     "sẽ diễn ra.", "Trần Văn Hùng", "Giám đốc Trung tâm Nghiên cứu và bảo tồn văn hóa tín ngưỡng dân gian Việt Nam"),
    ("Ông Hà Quang Hưng, Phó Cục trưởng Cục Quản lý nhà và thị trường bất động sản cho biết, thị trường ổn định.",
     "Hà Quang Hưng", "Phó Cục trưởng Cục Quản lý nhà và thị trường bất động sản"),
])
def test_work_object_closed_by_next_person_or_post(text, name, title):
    assert title in titles_of(text)[name]


def test_work_object_not_closed_stays_cut():
    # `làm việc` is the clause's verb, but no rule reads it: the lower-case words are not taken without a closer
    text = "Ông Lê Hữu Tài, Giám đốc Trung tâm Phát triển quỹ đất huyện làm việc với người dân."
    assert titles_of(text)["Lê Hữu Tài"] == ["Giám đốc Trung tâm Phát triển"]
