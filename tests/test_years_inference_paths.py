"""Years round 3 (issue #16): which inference paths keep their year, by measured precision.

Sentences from the corpus (baomoi 2017, dantri 2021), no published date: the year must come from the text.
The article-wide vote placed follow-up and trial stories (the present undated, the dates written the year
before's) a year early when the nearest written date of the winning year was months away: 64% right on the
corpus; within year_article_max_gap_days it is 89%.
"""
from __future__ import annotations

import pytest

from tests.test_dates import rows_of, value_at

CASES = [
    # a trial months after the crime's written dates: its year is not theirs
    ("Ngày 7/6, TAND Cấp cao tại TP.HCM mở phiên tòa xét xử phúc thẩm đối với bị cáo Lương Ngọc Biển. "
     "Hai người quen biết từ cuối tháng 8/2015. Khoảng 13h, ngày 19/12/2015, Biển tưới xăng đốt chị L. "
     "Bị bỏng quá nặng, đến ngày 18/1/2016, chị L. tử vong. Ngày 6/2/2016, Biển bị bắt.",
     [("Ngày 7/6", "XXXX-06-07")]),
    ("Ngày 16/3, TAND quận Hoàng Mai đưa Phạm Xuân Hải ra xét xử về tội cướp tài sản. Trung tuần tháng "
     "11/2015, cô gái gọi điện cho người yêu cũ đặt mua lạp sườn. Đêm 22/11/2015, Hải cùng Dũng, Phú rủ "
     "nhau đi uống rượu.",
     [("Ngày 16/3", "XXXX-03-16")]),
    ("Ngày 28/6, các tay súng đã tấn công một đoàn xe của Phái đoàn hỗ trợ Liên hợp quốc tại Libya. Tháng "
     "12/2015, chính phủ đoàn kết dân tộc đã hình thành và bắt đầu hoạt động tại Tripoli từ ngày 30/3/2016.",
     [("Ngày 28/6", "XXXX-06-28")]),
    # near misses: a written day of the same weeks still dates it
    ("Ngày 16/3, TAND quận Hoàng Mai đưa Phạm Xuân Hải ra xét xử. Ngày 2/3/2017, Viện KSND quận đã ra "
     "cáo trạng truy tố. Trước đó, ngày 20/2/2017, cơ quan điều tra kết luận vụ án.",
     [("Ngày 16/3", "2017-03-16")]),
    ("Sáng 22/6, TAND tỉnh Khánh Hòa mở phiên tòa xét xử bị cáo Lê Minh Toàn. Ngày 11/6/2017, Viện KSND "
     "tỉnh đã ra cáo trạng truy tố. Ngày 5/6/2017, cơ quan điều tra kết thúc điều tra.",
     [("Sáng 22/6", "2017-06-22")]),
    # ... and so does a written date of the day's own sentence, whatever the distance
    ("Sau khi bị bắt vào tháng 1/2016, ngày 28/6, Otto được đưa về Mỹ trong trạng thái hôn mê.",
     [("ngày 28/6", "2016-06-28")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_article_vote_needs_a_near_written_date(text, expected):
    _, rows = rows_of(text)
    for needle, value in expected:
        assert value_at(text, rows, needle) == value, needle


def test_a_day_placed_in_an_older_year_does_not_seed_the_days_near_it():
    # `sáng 16.5` placed by a cited 2012 document beside a 2013 one: `Sáng 1.6` near it is not of 2012
    text = ("Sáng 1.6, TAND tỉnh Quảng Ngãi đã bất ngờ tuyên bố trả lại hồ sơ vụ án thủy điện Đăkđrinh. Các bị "
            "cáo cho rằng họ đã thực hiện theo văn bản số 27 ngày 16.4.2012; văn bản số 03 ngày 31.1.2013. Như "
            "báo Dân Việt đã phản ánh, sáng 16.5, TAND tỉnh Quảng Ngãi đã tiến hành xét xử vụ án. Thời gian dự "
            "kiến diễn ra từ ngày 16-19.5.2017. Người dân nhận tiền đền bù (ảnh năm 2013).")
    _, rows = rows_of(text)
    assert value_at(text, rows, "Sáng 1.6") == "XXXX-06-01"
