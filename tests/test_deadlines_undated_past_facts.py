"""deadlines in articles without a published date: past facts told with a time are no plans (a bare year with no
cue, a time before the article's earliest present, a plan the next sentence tells as missed, the time an order was
issued, the time of an event a task prepares for), while the plans and orders of such articles stay."""
from __future__ import annotations

import pytest

from tests.test_deadlines import run

# (text, published): real corpus sentences (baomoi, no published date) that must give no row
NOT_FOUND = [
    # a bare year with no cue and no aim: what was done when
    ("Cụ thể, vị trí vết nứt cuối hẻm 1740 Lê Văn Lương nằm trên đường thuộc giao thông nông thôn, láng nhựa và đưa "
     "vào sử dụng năm 2015.", None),
    ("Cộng với các tòa VP2, VP3, VP4, VP5… mới xây dựng và đưa vào sử dụng năm 2015, 2016 có khoảng gần 2.000 căn hộ.",
     None),
    ("Được biết, Dự án này hoàn thành vào năm 2016 với giá trị quyết toán là 57 tỷ 399 triệu đồng (vốn NSNN và các "
     "nguồn vốn khác).", None),
    ("Đưa vào sử dụng vào năm 2016, nhưng nhiều tàu vỏ thép tại Bình Định bị hư hỏng không thể vươn khơi.", None),
    # a plan the next sentence tells as missed
    ("Dự án do Trường ĐH Hoa Lư làm chủ đầu tư, được xây dựng từ năm 2011, dự kiến hoàn thành và đi vào sử dụng đầu "
     "năm 2016. Tuy nhiên, đến nay DA gần như bốn bề cỏ dại.", None),
    ("Tòa cao ốc này được khởi công xây dựng từ năm 2007, dự kiến hoàn thành năm 2009. Tuy nhiên đến 2011, khi khoảng "
     "80% khối lượng công việc đã hoàn thành thì tòa nhà “bất động” cho đến nay.", None),
    ("Đến tháng 8-2015, Công ty Phù Sa tiếp tục đề nghị xin thực hiện lại dự án và được UBND tỉnh Bến Tre chấp thuận "
     "cấp giấy chứng nhận đầu tư (lần hai). Tuy nhiên, đến nay dự án vẫn còn bỏ hoang, gây lãng phí trong khi người "
     "dân lại đói đất làm ăn.", None),
    # the time an order was issued, opening its sentence
    ("Cuối tháng 7.2016, lãnh đạo Viện KSND tối cao có văn bản yêu cầu Vụ Thực hành quyền công tố và kiểm sát án kinh "
     "tế kiểm tra lại vụ án vi phạm quy định về xây dựng gây hậu quả nghiêm trọng.", None),
    ("Cuối năm 2015, Thủ tướng Chính phủ tiếp tục có ý kiến chỉ đạo yêu cầu UBND tỉnh Phú Yên khẩn trương rà soát lại "
     "quy mô, tổng mức đầu tư để phân kỳ đầu tư Dự án.", None),
    ("Đáng chú ý, chỉ đến tháng 10.2016, sau khi Bộ có công văn yêu cầu trường thực hiện cấp bằng tốt nghiệp đúng quy "
     "định, lãnh đạo trường mới có hồ sơ gửi lên Bộ để đăng ký mẫu phôi bằng tốt nghiệp!", None),
    # the issuing act in a dated article too
    ("Cuối tháng 7.2016, lãnh đạo Viện KSND tối cao có văn bản yêu cầu Vụ Thực hành quyền công tố và kiểm sát án kinh "
     "tế kiểm tra lại vụ án.", "2016-06-20"),
]


@pytest.mark.parametrize("text, published", NOT_FOUND)
def test_past_fact_of_an_undated_article_is_no_deadline(text, published):
    assert run(text, published)[1] == []


# an undated article whose written months fall in 2016: its present is no earlier than 1 January 2016
MONTHS_OF_2016 = ("Tháng 3/2016, đoàn kiểm tra của tỉnh làm việc tại công trường. Tháng 5/2016, UBND tỉnh họp bàn về "
                  "tiến độ dự án. ")


@pytest.mark.parametrize("plan, found", [
    ("Theo đó, dự án được chia thành nhiều gói thầu, dự kiến sẽ hoàn thành và đưa vào sử dụng trong năm 2015, với "
     "tổng số vốn lên tới 1.700 tỷ đồng.", False),
    ("Theo dự kiến, BVĐK Lạng Sơn sẽ hoàn thành trong tháng 12/2015.", False),
    # (a plan of the article's year or later stays)
    ("Theo đó, dự án được chia thành nhiều gói thầu, dự kiến sẽ hoàn thành và đưa vào sử dụng trong năm 2016, với "
     "tổng số vốn lên tới 1.700 tỷ đồng.", True),
    ("Theo dự kiến, BVĐK Lạng Sơn sẽ hoàn thành trong tháng 3/2017.", True),
])
def test_a_plan_before_the_undated_articles_present_is_past(plan, found):
    rows = run(MONTHS_OF_2016 + plan)[1]
    assert bool([r for r in rows if r["evidence"] == plan]) == found


@pytest.mark.parametrize("text, published, due_text", [
    # an aim a task is set for (`để ...`) in an undated article
    ("Tập trung thực hiện xây dựng hoàn thành Trung tâm Dịch vụ Hành chính công để đưa vào hoạt động năm 2021.", None,
     "năm 2021"),
    # a plan word with the bare year
    ("Bến xe Miền Tây cũng sẽ được hoàn thành năm 2018.", None, "năm 2018"),
    # an order followed by `Tuy nhiên, đến nay`: the order stands
    ("UBND TP. Hà Nội yêu cầu chủ đầu tư hoàn thành việc di chuyển, chặt hạ hơn 1.300 cây trước ngày 30/9. Tuy nhiên, "
     "đến nay chủ đầu tư vẫn chưa thể di chuyển, chặt hạ được.", None, "trước ngày 30/9"),
    # a dated plan still ahead stays, however late it runs
    ("Dự án dự kiến hoàn thành và đưa vào sử dụng vào cuối năm 2017. Tuy nhiên, đến nay mới đạt 40% khối lượng.",
     "2017-06-01", "vào cuối năm 2017"),
    # a year in the next sentence before the plan's is no time since it
    ("Dự án dự kiến hoàn thành và đưa vào sử dụng vào năm 2020. Tuy nhiên đến 2018, dự án mới giải ngân được 30% vốn.",
     None, "năm 2020"),
    # a modal before the issuing act: the time it sets
    ("Trong tháng 7/2017, UBND các huyện phải có văn bản báo cáo kết quả rà soát về Sở Tài chính.", None,
     "Trong tháng 7/2017"),
    # the order issued before the due time it sets
    ("Trên cơ sở đó, Bộ VH-TT&DL đề nghị Hiệp hội Du lịch TP Đà Nẵng có biện pháp xử lý, yêu cầu ông Vinh có văn bản "
     "giải trình, trả lời Bộ VH-TT&DL trước ngày 15-6-2017 để Bộ báo cáo các cấp có thẩm quyền.", None,
     "trước ngày 15-6-2017"),
])
def test_plans_and_orders_of_undated_articles_stay(text, published, due_text):
    assert due_text in [r["due_text"] for r in run(text, published)[1]]


def test_the_time_of_what_a_task_prepares_for_is_no_due_time():
    text = ("Ban Quản lý Công viên địa chất toàn cầu Cao nguyên đá Đồng Văn cần thực hiện tốt công tác quản lý, tham mưu "
            "giải pháp bảo tồn, khai thác và phát huy giá trị Công viên địa chất cũng như chuẩn bị các điều kiện cần thiết "
            "phục vụ cho tái đánh giá Công viên địa chất toàn cầu Cao nguyên đá Đồng Văn vào năm 2018.")
    assert run(text)[1] == []
    # trap: a completion word after what is served: the task is done by then
    text = ("Phó Chủ tịch Hồ Kỳ Minh yêu cầu các sở, ban ngành phải chuẩn bị tài liệu trình kỳ họp thứ tư gửi phòng Tổng "
            "hợp Văn phòng UBND TP vào ngày 19/6, không được chậm trễ để gửi HĐND TP.")
    assert [r["due_text"] for r in run(text, "2017-06-10")[1]] == ["vào ngày 19/6"]
    # trap: a `trước` limit after what is served stays one
    text = ("Bệnh viện cần báo cáo công tác chuẩn bị thiết lập Bệnh viện để tiếp nhận, điều trị người bệnh Covid-19 về Cục "
            "Quản lý Khám, chữa bệnh trước ngày 2/5.")
    assert [r["due_text"] for r in run(text, "2021-04-28")[1]] == ["trước ngày 2/5"]
