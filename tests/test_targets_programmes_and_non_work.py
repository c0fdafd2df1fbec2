"""targets, issue 17 round 2: enterprises under a public programme, lists of recipients, a figure's own goal,
work verbs of contests and road works, and figures that are no public work (injury rates, bank accounts,
surveys, a private person's affairs). Sentences are from the news corpus (../shared/corpus/news), shortened.
"""
from __future__ import annotations

import pytest

from tests.test_targets import rows


def by_text(text: str) -> dict[str, dict]:
    return {r["text"]: r for r in rows(text)}


# Enterprises counted in a public body's equitisation or divestment programme (`DN`, `DNNN`, `công ty`).
@pytest.mark.parametrize("text, span, unit, status", [
    ("6 tháng đầu năm 2017, cả nước đã hoàn thành cổ phần hóa 6/137 DNNN.", "6/137 DNNN", "DNNN", "achieved"),
    ("Dự kiến sẽ hoàn thành cổ phần hóa 40/45 DNNN của kế hoạch năm 2017.", "40/45 DNNN", "DNNN", "planned"),
    ("Sáu tháng đầu năm tỉnh đã thành lập mới 420 DN, đạt 52,5% kế hoạch năm.", "420 DN", "DN", "achieved"),
    ("Nhất là, 578 DN chưa đăng ký niêm yết giao dịch trên sàn chứng khoán theo quy định.", "578 DN", "DN",
     "achieved"),
    ("Trong đó, 12 DN đã được Bộ Xây dựng thực hiện cổ phần hóa.", "12 DN", "DN", "achieved"),
])
def test_enterprises_of_a_programme(text, span, unit, status):
    got = by_text(text)
    assert span in got, got
    assert got[span]["unit"] == unit and got[span]["status"] == status, got[span]


def test_a_figure_own_modal_states_its_goal():
    """`chưa có DN nào được cổ phần hóa trong danh sách 39 DNNN phải cổ phần hóa`: the figure's own predicate
    (a modal right after the unit) is a goal, whatever the backlog before it says."""
    got = by_text("Đáng chú ý, TP Hồ Chí Minh chưa có DN nào được cổ phần hóa trong danh sách 39 DNNN phải "
                  "cổ phần hóa của địa phương này tới năm 2020.")
    assert got["39 DNNN"]["status"] == "planned", got


def test_negated_modal_states_no_goal():
    """`không cần nắm giữ`: a modal under a negator is no plan; the sale is done."""
    got = by_text("Hết quý II/2017, UBND tỉnh đã bán phần vốn NN không cần nắm giữ tại 22 DN.")
    assert got["22 DN"]["status"] == "achieved", got


# A comma inside a list of recipients cuts no clause: the verb before the list governs the figure.
@pytest.mark.parametrize("text, span, status", [
    ("Từ ngày 1-1-2017 đến ngày 14-6-2017, UBND TP đã giao cho các sở, ngành và quận, huyện 979 nhiệm vụ.",
     "979 nhiệm vụ", "planned"),
    ("Chủ tịch UBND TP Nguyễn Đức Chung, đã giao nhiệm vụ cho 17 sở, ngành với 84 đầu việc, nhiệm vụ trong "
     "năm 2017.", "84 đầu việc", "planned"),
])
def test_list_of_recipients(text, span, status):
    got = by_text(text)
    assert span in got and got[span]["status"] == status, got


# Work verbs of contests, road works, street naming and progress (`chấm sơ khảo`, `thông xe`, `chuyển biến`).
@pytest.mark.parametrize("text, span, unit", [
    ("Ban Thư ký tổng hợp Giải đã thẩm định và đưa vào chấm sơ khảo 1.550 tác phẩm.", "1.550 tác phẩm",
     "tác phẩm"),
    ("Qua đó, đảm bảo mặt bằng cho các đơn vị thi công và thông xe kỹ thuật 65km từ thị xã Điện Bàn.", "65km",
     "km"),
    ("Đối với 186 tuyến đường thuộc 24 quận, huyện thì có 85 tuyến chuyển biến tốt với tiêu chí vỉa hè "
     "thông thoáng, 45 tuyến có chuyển biến và 15 tuyến ít chuyển biến.", "45 tuyến", "tuyến"),
    ("Thành phố đã tổ chức 18 phiên chợ Việt, trên 300 chuyến hàng lưu động tại 18 huyện, thị xã.",
     "18 phiên chợ Việt", "phiên chợ Việt"),
    ("Thành phố đã tổ chức 18 phiên chợ Việt, trên 300 chuyến hàng lưu động tại 18 huyện, thị xã.",
     "trên 300 chuyến hàng lưu động", "chuyến hàng lưu động"),
])
def test_work_verbs_and_whole_units(text, span, unit):
    got = by_text(text)
    assert span in got and got[span]["unit"] == unit, got


@pytest.mark.parametrize("text, figure", [
    # injury rates of a criminal norm
    ("Trong trường hợp chị Thanh có thương tích từ 11% trở lên và có đơn yêu cầu xử lý vụ việc thì đối tượng "
     "có thể sẽ bị xử lý bằng hình sự.", "11%"),
    ("Và một trong những trường hợp gây tổn hại sức khỏe của người khác mà Điều 104-BLHS xác định dưới 11% "
     "nhưng vẫn phải xử lý bằng hình sự.", "11%"),
    # what a thing contains
    ("Gia đình ông Điền đào móng nhà thì phát hiện một hũ sành chứa khoảng 10 kg tiền xu.", "10 kg"),
    # a bank's accounts
    ("Năm 2021, VPBank đặt mục tiêu tổng tài sản tăng 17,4%, dư nợ tín dụng tăng 16,6%, lợi nhuận trước thuế "
     "đạt 16.654 tỷ đồng, tăng 27,9% so với 2020.", "16,6%"),
    ("Maritime Bank thông qua kế hoạch chia cổ tức 5%", "5%"),
    # epidemic counts abroad, surveys
    ("Tại Philippines, số người nhiễm Covid-19 đã vượt mốc 1 triệu ca từ đầu tuần này.", "1 triệu ca"),
    ("Anh Dũng nghi ngờ về kết quả 100% phiếu khảo sát mà cô Hiệu trưởng đã phát cho học sinh.", "100%"),
    # a private person's own affairs
    ("Tiếc công sức và chi phí, anh Quỳnh cùng người nhà hối hả thu hoạch gần 20 tấn bí ngô.", "20 tấn"),
    ("Ông Tín cho biết sau khi bàn giao đã thực hiện 2 chuyến biển nhưng chỉ thu được hơn 20 tấn cá.", "20 tấn"),
    # `chỉ tiêu thụ` is no `chỉ tiêu` (a plan noun)
    ("Nhiều hợp đồng bao tiêu sản phẩm đã được ký kết song cũng chỉ tiêu thụ được khoảng 20% sản lượng cam.",
     None),
])
def test_no_public_work(text, figure):
    got = rows(text)
    if figure is None:
        assert all(r["status"] == "achieved" for r in got), got
    else:
        assert not any(figure in r["text"] for r in got), got


def test_official_speaking_keeps_the_figure():
    """A person named with a post speaks for a public body: the figure stays."""
    got = by_text("Ông Nguyễn Văn Hùng, Chủ tịch UBND xã cho biết, năm 2017 xã đã hoàn thành 15/19 tiêu chí.")
    assert "15/19 tiêu chí" in got, got


WORLD_NEWS = (
    "Ngoại trưởng Harsh Vardhan Shringla cho biết hơn 40 quốc gia đã cam kết gửi viện trợ y tế thiết yếu cho "
    "Ấn Độ, đặc biệt là ôxy, trong bối cảnh nguồn cung ôxy tại Ấn Độ đang bị thiếu hụt trầm trọng.\n"
    "Nhật Bản, quốc gia mới nhất đề nghị giúp đỡ Ấn Độ, hôm nay thông báo rằng nước này sẽ gửi 300 máy tạo ôxy "
    "và 300 máy thở đến Ấn Độ. Bệnh viện ở Kolkata đã tiếp nhận thêm 200 bệnh nhân.\n")


def test_foreign_news_has_no_targets():
    """Foreign states named again and again, nothing domestic: world news, no public work of ours."""
    assert rows(WORLD_NEWS, context=False) == []


def test_foreign_states_in_domestic_news_keep_targets():
    """The same sentences in an article that names a domestic body keep their figures."""
    assert rows("UBND tỉnh Quảng Nam cho biết.\n" + WORLD_NEWS, context=False)


def test_compounds_hide_public_markers():
    """`cơ sở`, `trụ sở`, `tỉnh táo` name no public body: no public work, no targets."""
    text = ("Walmart phải chi 3 tỷ USD để đưa một cựu giám đốc Amazon về giúp cạnh tranh trên mạng. "
            "Trụ sở của hãng đã tiếp nhận 500 hồ sơ ứng tuyển trên cơ sở chương trình mới.")
    assert rows(text, context=False) == []


@pytest.mark.parametrize("text, figure", [
    ("Tất cả 4 người đều được hưởng án treo và buộc bồi thường 1,1 tỷ đồng cho Sở Thông tin và Truyền thông "
     "tỉnh.", "1,1 tỷ đồng"),
    ("Một số tổ chức tín dụng lớn đã điều chỉnh giảm từ 0,3-0,5%/năm lãi suất huy động.", "0,3"),
    ("Theo thống kê trên Cổng giao tiếp điện tử Hà Nội, có gần 100.000 người cho ý kiến về hệ thống loa phường, "
     "trong đó hơn 77.000 người cho rằng hệ thống này là cần thiết.", "77.000 người"),
])
def test_court_rates_opinions(text, figure):
    assert not any(figure in r["text"] for r in rows(text)), rows(text)


def test_request_is_a_goal_and_hotels_are_no_guests():
    """`kiến nghị Trung ương hỗ trợ 244 tỷ đồng`: a request, planned; `2 khách sạn` counts no guests;
    a co-payment rate is a policy's rate."""
    got = by_text("Tại buổi làm việc với đoàn khảo sát, Phó Chủ tịch UBND tỉnh Đồng Tháp Nguyễn Thanh Hùng kiến "
                  "nghị Trung ương hỗ trợ nguồn vốn 244 tỷ đồng để xử lý khẩn cấp tình trạng sạt lở.")
    assert got["244 tỷ đồng"]["status"] == "planned", got
    assert not any(r["unit"] == "khách" for r in rows(
        "Qua kiểm tra cho thấy 2 khách sạn đã tuân thủ nghiêm túc quy trình cách ly theo đúng quy định của Bộ Y tế."))
    assert not rows("Như vậy bệnh nhân phải đồng chi trả 4% (tức bệnh nhân phải đóng 42.000.000 đồng/năm mới được "
                    "tham gia chương trình).")


@pytest.mark.parametrize("text, figure", [
    ("Nhằm nâng cao năng lực bảo quản, chế biến nông sản, tỉnh có cơ chế hỗ trợ tối đa 5 tỷ đồng/dự án để mua máy "
     "móc, thiết bị.", "5 tỷ đồng"),
    ("Lễ hội diễn ra thường niên vào mùng 3 và mùng 4 Tết Nguyên đán tại huyện Trà Ôn, thường thu hút trên 10.000 "
     "lượt khách trong và ngoài tỉnh đến tham dự.", "10.000 lượt khách"),
])
def test_bounded_aid_rates_and_habitual_counts(text, figure):
    """A bounded aid rate (`hỗ trợ tối đa 5 tỷ đồng/dự án`) is a policy's rate; what an event usually draws
    (`thường thu hút`) is no result of the period."""
    assert not any(figure in r["text"] for r in rows(text)), rows(text)
