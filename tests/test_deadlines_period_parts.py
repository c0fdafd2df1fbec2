"""deadlines round 8 (issue #14, recall on fresh whole articles): a part of the period after a `before` marker
(`chậm nhất đến cuối tháng 6`); a season's end between the marker and the year (`từ nay đến hết mùa cạn năm 2017`);
a count of administrative units is an addressee (`đề nghị 38 tỉnh, TP ...`) (corpus sentences, with near misses
that must not fire)."""
from __future__ import annotations

import pytest

from tests.test_deadlines import run


# ---------------------------------------------------------------- `chậm nhất đến cuối tháng 6`
@pytest.mark.parametrize("text,due_text,due", [
    ("Ông Võ Văn Chánh yêu cầu các Sở: Tài nguyên và Môi trường, Nông nghiệp và Phát triển nông thôn, Công Thương "
     "tiến hành rà soát, đánh giá lại những công việc mà đơn vị đã và chưa làm được trong thời gian qua, chậm nhất "
     "đến cuối tháng 6 phải có báo cáo gửi UBND tỉnh.", "chậm nhất đến cuối tháng 6", "2017-06"),
    ("UBND tỉnh yêu cầu các huyện gửi báo cáo kết quả rà soát về Sở Nội vụ chậm nhất là giữa tháng 7/2017.",
     "chậm nhất là giữa tháng 7/2017", "2017-07"),
    ("Sở Tài chính đề nghị các đơn vị hoàn thành quyết toán muộn nhất vào cuối quý III/2017.",
     "muộn nhất vào cuối quý III/2017", "2017-Q3"),
])
def test_a_part_of_the_period_may_follow_a_before_marker(text, due_text, due):
    _, rows = run(text, "2017-06-16")
    assert [(r["due_text"], r["due"]) for r in rows] == [(due_text, due)]


def test_a_bare_before_with_a_period_part_stays_a_within_marker():
    _, rows = run("UBND huyện yêu cầu các xã hoàn thành việc chi trả trước cuối tháng 6/2017.", "2017-06-01")
    assert [(r["due_text"], r["task"], r["responsible"]) for r in rows] == [
        ("trước cuối tháng 6/2017", "hoàn thành việc chi trả", "các xã")]


def test_a_commitment_of_the_story_with_a_period_part_is_no_deadline():
    # (a court ruling told of a person, long past: no task of the reported work)
    text = ("Lý Á Vỹ, anh trai của Lý Á Bằng, thua kiện và buộc phải cam kết hoàn trả 40 triệu nhân dân tệ (khoảng "
            "133 tỷ đồng) vào tháng 7/2015, hoặc trễ nhất là cuối năm.")
    _, rows = run(text, "2021-04-20")
    assert rows == []


# ---------------------------------------------------------------- a season's end: `đến hết mùa cạn năm 2017`
@pytest.mark.parametrize("text,due_text,due,responsible", [
    ("Để chủ động phòng ngừa, hạn chế tình trạng thiếu nước cấp cho hạ du vào mùa khô, Bộ TN&MT vừa có Văn bản số "
     "407/BTNMT-TNN đề nghị 38 tỉnh, TP (trong đó có Hà Nội) khẩn trương chỉ đạo vận hành các hồ chứa bảo đảm nguồn "
     "nước cho hạ du các lưu vực sông từ nay đến hết mùa cạn năm 2017.",
     "từ nay đến hết mùa cạn năm 2017", "2017", "38 tỉnh, TP (trong đó có Hà Nội)"),
    ("UBND tỉnh yêu cầu các địa phương bảo đảm nước tưới cho lúa đến hết mùa khô năm 2018.",
     "đến hết mùa khô năm 2018", "2018", "các địa phương"),
])
def test_a_season_may_stand_between_an_end_marker_and_the_year(text, due_text, due, responsible):
    _, rows = run(text, "2017-02-10")
    assert [(r["due_text"], r["due"], r["responsible"]) for r in rows] == [(due_text, due, responsible)]


@pytest.mark.parametrize("text", [
    ("Tỉnh Cà Mau kiến nghị với Trung ương kịp thời phân bổ vốn cho tỉnh tiến hành đầu tư các công trình phòng chống "
     "sạt lở nhằm hạn chế thấp nhất thiệt hại do sạt lở trong mùa mưa bão năm 2017 và những năm tiếp theo ."),
    ("Bên cạnh đó, lượng mưa trong mùa mưa năm 2017 có khả năng ở mức thấp hơn trung bình nhiều năm từ 15 - 30%, các "
     "đợt mưa lớn trên diện rộng xảy ra chủ yếu trong tháng 10 và 11."),
    ("Được biết, trong mùa khô năm 2016 – 2017 được sự giúp đỡ của chính quyền địa phương, LLVT và nhân dân các bộ tộc "
     "Lào, Đội quy tập hài cốt Liệt Sỹ Hà Tĩnh đã tìm kiếm, quy tập và hồi hương 11 hài cốt liệt sỹ."),
])
def test_a_season_span_is_no_due_time(text):
    _, rows = run(text, "2017-06-16")
    assert rows == []


# ---------------------------------------------------------------- a count of administrative units addressed
@pytest.mark.parametrize("text,responsible", [
    ("Chủ tịch UBND TP yêu cầu 24 quận, huyện phải hoàn thành việc lập lại trật tự vỉa hè trước ngày 30/6/2017.",
     "24 quận, huyện"),
    ("Bộ Y tế đề nghị 63 tỉnh, thành phố khẩn trương rà soát, báo cáo số ca mắc trước ngày 15/7/2017.",
     "63 tỉnh, thành phố"),
])
def test_a_count_of_administrative_units_is_the_addressee(text, responsible):
    _, rows = run(text, "2017-06-16")
    assert [r["responsible"] for r in rows] == [responsible]


def test_a_body_named_after_a_count_of_units_is_no_counted_addressee():
    from vnextract.extractors.deadlines.parties import agent
    seg = " 24 huyện Quảng Xương xử lý nghiêm hành vi vi phạm trước ngày 30/6"
    assert agent(seg, 0, len(seg)) is None
    seg = " 2 bộ hồ sơ phải nộp trước ngày 30/6"
    assert agent(seg, 0, len(seg)) is None


# ---------------------------------------------------------------- a statistic word as the verb of a modal is a plan
def test_a_change_a_public_body_plans_is_no_statistic():
    text = ("Cụ thể, từ nay đến năm 2020, Hà Nội sẽ tăng thêm 62 tuyến xe buýt, lan tỏa mạng lưới xe buýt nhanh ở nhiều "
            "tuyến phố khác, vận hành các tuyến đường sắt trên cao, tuyến đi bộ, xe đạp...")
    _, rows = run(text, "2017-06-16")
    assert [(r["due_text"], r["responsible"]) for r in rows] == [("từ nay đến năm 2020", "Hà Nội")]
    assert rows[0]["task"].startswith("tăng thêm 62 tuyến xe buýt")


@pytest.mark.parametrize("text", [
    "Dự kiến trong năm 2017, doanh thu của công ty sẽ tăng 20%.",
    "Trong năm 2021, giá vàng sẽ tăng mạnh.",
    "Theo dự báo, đến năm 2020, dân số Hà Nội sẽ tăng lên 10 triệu người.",
    "Trong tháng 7/2017, số ca mắc sốt xuất huyết tăng 20% so với cùng kỳ.",
])
def test_a_statistic_or_a_forecast_of_a_change_is_no_deadline(text):
    _, rows = run(text, "2017-06-16")
    assert rows == []


def test_chậm_nhất_đến_hết_is_one_before_marker_and_a_bare_hết_after_hạn_chót_is_none():
    _, rows = run("UBND tỉnh yêu cầu các huyện gửi báo cáo về Sở Nội vụ chậm nhất đến hết ngày 30/6/2017.", "2017-06-01")
    assert [(r["due_text"], r["task"], r["responsible"]) for r in rows] == [
        ("chậm nhất đến hết ngày 30/6/2017", "gửi báo cáo về Sở Nội vụ", "các huyện")]
    # (a US court's deadline to the White House: no marker of ours, no row)
    _, rows = run("Tòa bác bỏ kháng cáo, cho Nhà Trắng và các bang phản đối sắc lệnh hạn chót hết ngày 6/2 để đưa ra thêm "
                  "luận cứ.", "2017-02-05")
    assert rows == []
