"""Years round 4 (issue #16): a sentence's bare year, decades.

Corpus sentences (baomoi 2017, no published date): the year must come from the text.
- A bare year frames its sentence's undated day only when the sentence writes no other year: beside a
  second one (`sơ kết 5 tháng đầu năm 2017 và công bố chỉ số năm 2016`, `mốc năm 2025 ... lùi đến năm
  2030`) the sentence does not say which (on the corpus these were 2016, 2025 and 1968 for 2017 events).
- `những năm 1990` is a decade: history, never the present.
"""
from __future__ import annotations

import pytest

from tests.test_dates import rows_of, value_at

SAME_SENTENCE_CASES = [
    # two years in the day's sentence: the bare one does not settle it
    ("Chiều 30/5, tại Trụ sở Chính phủ, Phó Thủ tướng Thường trực Chính phủ Trương Hòa Bình đã chủ trì Hội "
     "nghị trực tuyến sơ kết công tác cải cách hành chính 5 tháng đầu năm 2017 và công bố chỉ số cải cách "
     "hành chính năm 2016 của các bộ, cơ quan ngang bộ.",
     "30/5", "XXXX-05-30"),
    ("Hội nghị sơ kết việc thực hiện các quy chế phối hợp trong công tác nội chính và phòng, chống tham nhũng "
     "năm 2016; triển khai nhiệm vụ, giải pháp năm 2017 đã diễn ra chiều 7/6, tại Hà Nội.",
     "7/6", "XXXX-06-07"),
    ("Tại tọa đàm do Báo Giao thông tổ chức hôm qua 30.6 ở Hà Nội, Giám đốc Sở GTVT Hà Nội cho biết giai "
     "đoạn đầu Sở đưa ra mốc năm 2025 sẽ hạn chế lưu thông xe máy, nhưng sau khi tham khảo lấy ý kiến thì "
     "lùi đến năm 2030.",
     "30.6", "XXXX-06-30"),
    # near misses: one year, the name of the event or programme of the day, still dates it
    ("Sáng 19/5, UBND TP Hà Nội tổ chức hội nghị “Đối thoại với công nhân lao động các khu công nghiệp và "
     "chế xuất năm 2017”.",
     "19/5", "2017-05-19"),
    ("Ngày 10/5, tại thành phố Nha Trang, UBND tỉnh Khánh Hòa tổ chức họp báo giới thiệu Festival Biển Nha "
     "Trang – Khánh Hòa năm 2017 với chủ đề “Mở rộng vòng tay bè bạn”.",
     "Ngày 10/5", "2017-05-10"),
    ("Sáng 23/5, CATP Hà Nội đã tổ chức hội nghị tập huấn nghiệp vụ tổng điều tra kinh tế năm 2017 cho các "
     "đơn vị phòng, ban, công an quận, huyện, thị xã.",
     "23/5", "2017-05-23"),
]


@pytest.mark.parametrize("text,needle,value", SAME_SENTENCE_CASES)
def test_a_bare_year_frames_its_sentence_only_alone(text, needle, value):
    _, rows = rows_of(text)
    assert value_at(text, rows, needle) == value


@pytest.mark.parametrize("text,needle,value", [
    # `từ những năm 1990`: the year after `những` is a decade's, even as the one year of the day's sentence
    ("Sáng 2/7, UBND quận Đồ Sơn tổ chức lễ hội chọi trâu, được phục dựng lại từ những năm 1990.",
     "Sáng 2/7", "XXXX-07-02"),
    ("Sáng nay (2/7), Thứ trưởng Bộ VHTT&DL đã có buổi làm việc với TP. Hải Phòng. Ông Hoàng Xuân Minh cho "
     "biết, Lễ hội chọi trâu Đồ Sơn được phục dựng lại từ những năm 1990.",
     "Sáng nay (2/7)", "XXXX-07-02"),
    ("Ngày 12/5, hội thảo khoa học được tổ chức tại Huế. Trong những năm 1990, ngành du lịch của tỉnh mới "
     "bắt đầu phát triển.",
     "Ngày 12/5", "XXXX-05-12"),
])
def test_a_decade_is_history(text, needle, value):
    _, rows = rows_of(text)
    assert value_at(text, rows, needle) == value
