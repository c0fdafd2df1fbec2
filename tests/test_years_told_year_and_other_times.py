"""Years round 9 (issue #16).

1. An undated date told as of the year just told (`lần đầu vào tháng 2/2013 ... Tháng 9 cùng năm`,
   `tháng 5/1968 ... tháng 10 năm đó`) takes the year of the last date written with its year before it in
   its paragraph, whatever the published date; a year told in passing as background (`người cha qua đời
   năm 2011`) is skipped. Four such dates in the 7,653-article corpus, all wrong or XXXX before.
2. A bare `năm YYYY` of the day's own sentence no longer dates the day when it is another event's time
   (`vào cuối năm 2022`, like `vào năm 2020` before) or when its clause compares with it or counts from it
   (`lớn hơn thời điểm ... năm 2014`, `so với kỳ nghỉ lễ 30/4 năm 2020`, `kể từ khi ... vào cuối năm
   2019`). Such a day then also stopped spreading its wrong year to every day near it: on dantri with
   `published` hidden, 21 wrong years removed, none right lost; baomoi unchanged.
"""
from __future__ import annotations

import pytest

from tests.test_dates import rows_of, value_at

# baomoi-22533442, trimmed: the year of `Tháng 9 cùng năm` is the one just told, not the death year
# told in passing nor the next written one (the vote had put it in 2014)
RODMAN = ("Trước kia, Dennis Rodman đã tới Triều Tiên một số lần, lần đầu vào tháng 2/2013, trở thành một trong "
          "những người Mỹ đầu tiên gặp Kim Jong Un, người lên làm lãnh đạo sau khi người cha qua đời năm 2011. "
          "Chuyến đi này là theo lời mời của Kim Jong Un và cả hai cùng xem một trận đấu bóng giao hữu. Tháng 9 "
          "cùng năm, Rodman trở lại Triều Tiên và có một chuyến đi tương tự nữa vào tháng 1/2014.")
# dantri-unc-news_world_186, trimmed
SCORPION = ("Vào tháng 5/1968, tàu ngầm tấn công chạy bằng năng lượng hạt nhân Scorpion của Hải quân Mỹ đã mất tích "
            "ở Đại Tây Dương cùng với 99 thủy thủ. Xác con tàu được tìm thấy vào tháng 10 năm đó ở vị trí cách quần "
            "đảo Azores khoảng 740km.")
# baomoi-22374189, trimmed
PANAMA = ("Người chiến thắng trong cuộc bỏ phiếu năm 1989 ở Panama thuộc về Guillermo Endara. Noriega tuyên bố hủy "
          "cuộc bầu cử. Với lý do này, ngày 20/12 cùng năm, quân đội Mỹ đổ bộ vào nhiều địa điểm của Panama.")
# baomoi-22229845, trimmed: a career told month by month
CAREER = ("Hết khóa X, năm 2010, ông tiếp tục được bầu vào Ban Chấp hành Trung ương Đảng và đến giữa nhiệm kỳ, "
          "tháng 5/2013, ông được bầu bổ sung vào Bộ Chính trị khóa XI. Tháng 9 năm đó, ông trở thành Chủ tịch "
          "UB Trung ương MTTQ Việt Nam.")


@pytest.mark.parametrize("text,needle,value", [
    (RODMAN, "Tháng 9", "2013-09"),
    (SCORPION, "tháng 10", "1968-10"),
    (PANAMA, "ngày 20/12", "1989-12-20"),
    (CAREER, "Tháng 9", "2013-09"),
])
def test_a_date_of_the_year_just_told(text, needle, value):
    _, rows = rows_of(text)
    assert value_at(text, rows, needle) == value


@pytest.mark.parametrize("text,needle,value", [(RODMAN, "Tháng 9", "2013-09"), (SCORPION, "tháng 10", "1968-10")])
def test_the_year_just_told_wins_over_the_published_date(text, needle, value):
    _, rows = rows_of(text, "2021-04-25")
    assert value_at(text, rows, needle) == value


@pytest.mark.parametrize("text,needle,value", [
    # nothing told before it in its paragraph: the year is not settled
    ("Tháng 9 năm đó, ông trở thành Chủ tịch UB Trung ương MTTQ Việt Nam.", "Tháng 9", "XXXX-09"),
    # the year told is in another paragraph
    ("Tháng 5/2013, ông được bầu bổ sung vào Bộ Chính trị.\nTháng 9 năm đó, ông trở thành Chủ tịch.", "Tháng 9",
     "XXXX-09"),
    # `năm đó` as the subject of another clause does not follow the date
    ("Ngày 5/3/2017, tỉnh tổ chức hội nghị. Ngày 20/3, tỉnh có công văn về kế hoạch năm 2017.", "Ngày 20/3",
     "2017-03-20"),
])
def test_no_year_just_told(text, needle, value):
    _, rows = rows_of(text)
    assert value_at(text, rows, needle) == value


OTHER_TIME = [
    # dantri-unc-news_world_039: another event's time (`vào cuối năm 2022`), and every day near it had taken 2022
    ("Ngày 26/4, các quan chức cấp cao của Mỹ cho biết một thỏa thuận giữa Mỹ và 3 đối tác Ấn Độ Dương - Thái "
     "Bình Dương thân cận nhất của Washington để sản xuất một tỷ liều vắc xin Covid-19 ở Ấn Độ vào cuối năm 2022 "
     "và cung cấp cho các nước châu Á khác \"vẫn đang được thực hiện\". Theo thông báo ngày 27/4, nước này đã "
     "ghi nhận thêm 323.144 ca mắc mới.", ["Ngày 26/4", "ngày 27/4"]),
    # dantri-unc-news_world_250: the time compared with
    ("Lầu Năm Góc ngày 19/4 ước tính hiện diện quân sự của Nga ở biên giới giáp Ukraine còn lớn hơn thời điểm "
     "Moscow sáp nhập bán đảo Crimea năm 2014. Ngày 20/4, Nga khẳng định hoạt động dồn quân là để tập trận.",
     ["ngày 19/4", "Ngày 20/4"]),
    # dantri-unc-news_world_040: the start of the count
    ("Chỉ riêng ngày 30/4, Ấn Độ đã ghi nhận hơn 386.000 ca bệnh mới và đây là mức cao nhất từng được ghi nhận "
     "tại một quốc gia trên toàn cầu kể từ khi dịch bệnh Covid-19 khởi phát vào cuối năm 2019. Giới chức New "
     "Delhi thông báo với người dân không tới các trung tâm tiêm chủng vào ngày 1/5.", ["ngày 30/4", "ngày 1/5"]),
    # dantri-unc-news_society_176: last year's holiday compared with
    ("Chiều 29/4, hành khách đổ dồn về sân bay Tân Sơn Nhất. Lượng hành khách đi trong nước dịp lễ này tăng gần "
     "400% so với kỳ nghỉ lễ 30/4 năm 2020.", ["Chiều 29/4"]),
]


@pytest.mark.parametrize("text,needles", OTHER_TIME)
def test_a_bare_year_of_another_time_does_not_date_the_day(text, needles):
    _, rows = rows_of(text)
    for needle in needles:
        assert value_at(text, rows, needle).startswith("XXXX"), needle


@pytest.mark.parametrize("text,needle,value", [
    # the sentence's own year frame still dates its day, and the days near it
    ("Sáng 25/11, UBND tỉnh tổ chức hội nghị đánh giá tình hình kinh tế - xã hội năm 2019. Trước ngày 28/11, "
     "các sở phải gửi báo cáo.", "Sáng 25/11", "2019-11-25"),
    ("Sáng 25/11, UBND tỉnh tổ chức hội nghị đánh giá tình hình kinh tế - xã hội năm 2019. Trước ngày 28/11, "
     "các sở phải gửi báo cáo.", "ngày 28/11", "2019-11-28"),
    # a written day compared with is not a bare year: unchanged (its vote is measured elsewhere)
    ("Ngày 12/3/2017, tỉnh tổ chức hội nghị. Ngày 13/3, doanh thu tăng 10% so với cùng kỳ năm 2016.", "Ngày 13/3",
     "2017-03-13"),
])
def test_the_sentence_year_still_dates_its_day(text, needle, value):
    _, rows = rows_of(text)
    assert value_at(text, rows, needle) == value
