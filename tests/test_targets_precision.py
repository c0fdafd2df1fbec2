"""targets: named exclusions -- figures of general news that are no public body's or reported
programme's goal or result (CONTRACT.md targets section; targets.json `exclusions`).

One class per test, each from several sentences of the news corpus (../shared/corpus/news),
shortened; the last tests check that the public work next to them is still read.
"""
from __future__ import annotations

import pytest

from tests.test_targets import rows


def texts(text: str) -> list[str]:
    return [r["text"] for r in rows(text)]


@pytest.mark.parametrize("text", [
    # company and market accounts, whatever verb reports them
    "Cụ thể, doanh thu thuần quý IV đạt 944,3 tỷ đồng, giảm 12,3%; lũy kế nửa cuối năm đạt 1.838,9 tỷ đồng.",
    "Lợi nhuận thuần đạt gần 31 tỷ đồng, tăng 10,9%; 6 tháng cuối năm đạt 68,6 tỷ đồng.",
    "Vietjet Air báo lãi gần 2.292 tỷ đồng năm 2016, nợ phải trả tăng vọt.",
    "Tại Đại hội, các cổ đông đã thông qua kế hoạch chi trả cổ tức 5% cho năm 2017.",
    "Tại ngày 31/12/2016, tổng tài sản của hãng hàng không ở mức hơn 19.916 tỷ đồng, tăng tới 65,4% so với đầu năm.",
    "Doanh nghiệp của Huawei được thành lập vào năm 2011, với doanh thu năm 2020 đạt 100,3 tỷ CNY, tăng trưởng 23% so với năm 2019.",
])
def test_company_figures_are_not_targets(text):
    assert texts(text) == []


@pytest.mark.parametrize("text", [
    # sport results and statistics
    "Đội tuyển Việt Nam đã giành 3 huy chương vàng tại SEA Games, vượt qua Thái Lan.",
    "Tiền đạo này đã ghi được 15 bàn thắng sau 20 trận đấu ở mùa giải năm nay.",
    "Câu lạc bộ đã chi 45 triệu bảng phí chuyển nhượng để có được cầu thủ này.",
])
def test_sport_results_are_not_targets(text):
    assert texts(text) == []


@pytest.mark.parametrize("text", [
    # one criminal case before the courts
    "Trước đó, tháng 2/2016, VKSND Tối cao đã ra cáo trạng truy tố 9 bị can liên quan tới việc đường ống dẫn nước sông Đà liên tục bị vỡ.",
    "Công an huyện Mỹ Đức đã khởi tố 14 bị can, bắt tạm giam hai đối tượng để phục vụ công tác điều tra.",
    "Viện kiểm sát nhân dân tỉnh Bắc Ninh vừa hoàn tất cáo trạng truy tố hai bị can nhắn tin đe dọa Chủ tịch UBND tỉnh.",
])
def test_one_criminal_case_is_no_target(text):
    assert texts(text) == []


@pytest.mark.parametrize("text, span", [
    # the police's work over a period, and a seizure by a public body, are its results
    ("Qua 6 tháng đầu năm, lực lượng công an đã điều tra, khám phá 41 vụ tổ chức môi giới mại dâm, xử lý 431 đối tượng.",
     "431 đối tượng"),
    ("Ngoài ra triệt phá 742 vụ, bắt 1.574 tên, đã khởi tố 585 vụ, 784 bị can; xử lý hành chính 157 vụ.", "784 bị can"),
    ("Công an huyện đã thu giữ 100 viên thuốc lắc và 2 chiếc Lexus.", "100 viên thuốc lắc"),
])
def test_police_results_stay_targets(text, span):
    assert span in texts(text)


@pytest.mark.parametrize("text", [
    # fees and charges
    "Đất làm dự án này được chuyển sang đất xây cao ốc với số tiền sử dụng đất phải đóng hơn 103 tỉ đồng.",
    "Từ 1-7, người tham gia đấu giá phải nộp tiền đặt trước từ 5% - 20% giá khởi điểm của tài sản đấu giá.",
    # specifications and capacities of things
    "Quy mô bến xe loại 3, đảm bảo phục vụ 110 xe khách, 60 ô tô tải, 30 ô tô con và từ 200-250 xe máy.",
    "Robot có khả năng làm việc 24/24 và đào được 12 m/ngày, không bị ảnh hưởng thời tiết.",
    "Đến nay đã tiến hành lắp đặt biển cấm ô-tô tải có trọng tải từ 1,5 tấn trở lên tại đầu một số đường kiệt.",
    "Chiều 19/5, nhà ga quốc tế Đà Nẵng đi vào hoạt động, có thể đón 1.800 hành khách giờ cao điểm.",
    # a policy's tax rates
    "Doanh nghiệp được miễn thuế thu nhập doanh nghiệp 4 năm và giảm 50% số thuế phải nộp trong 9 năm tiếp theo.",
    # advertising
    "Chương trình khuyến mãi giảm ngay 30% cho 100 khách hàng đầu tiên, liên hệ hotline để đặt hàng.",
])
def test_prices_specifications_policy_rates_and_ads_are_not_targets(text):
    assert texts(text) == []


@pytest.mark.parametrize("text", [
    # foreign states' figures
    "Theo kế hoạch ngân sách, tỷ trọng chi tiêu quốc phòng vào năm tới của Đức chỉ chiếm khoảng 1,5% - chưa đạt mục tiêu tối thiểu 2% GDP mà NATO đặt ra.",
    "Ba Lan đáp ứng chỉ tiêu chi 2% cho quốc phòng, trong khi đó Đức chỉ chi 1,19% GDP.",
    "Bộ Ngoại giao Hoa Kỳ trong tháng này cho biết Washington đã thu hồi thị thực của hơn 1.000 sinh viên.",
])
def test_foreign_states_figures_are_not_targets(text):
    assert texts(text) == []


@pytest.mark.parametrize("text, span", [
    # a foreign name inside a Vietnamese one, or our work with a foreign state
    ("Ông Quang trao thưởng cho phòng CSHS Công an tỉnh Hưng Yên 10 triệu đồng, Công an huyện Yên Mỹ 10 triệu đồng.",
     "10 triệu đồng"),
    ("Công ty Nhôm Đắk Nông (thuộc TKV) xuất kho 11.600 tấn Hydroxit nhôm để xuất khẩu sang Hàn Quốc.", "11.600 tấn"),
    ("Công an huyện Mỹ Đức đã tiếp nhận 20 hồ sơ và giải quyết xong 18 hồ sơ.", "18 hồ sơ"),
])
def test_domestic_work_next_to_foreign_names_stays(text, span):
    assert span in texts(text)


@pytest.mark.parametrize("text", [
    # places counted after a locative word: the scope, not a result
    "Bộ TN&MT đã triển khai Chương trình quan trắc để đánh giá lại hiện trạng môi trường biển tại 4 tỉnh miền Trung.",
    "Thanh tra Chính phủ cũng đã tổ chức thanh tra vi phạm trong các dự án của Mường Thanh ở 21 tỉnh, thành trên cả nước.",
    "Trước hết là công tác bồi thường giải phóng mặt bằng do dự án kéo dài hơn 700km qua 9 tỉnh, thành như Hà Tĩnh, Quảng Bình.",
    # people counted in words, and the last year of a list of years
    "Bởi, quan hệ vợ chồng được pháp luật công nhận khi hai người đã hoàn thành xong thủ tục đăng ký kết hôn.",
    "Trong kỳ thi THPT Quốc gia năm 2015, 2016, 2017 học sinh của nhà trường thi đạt điểm số cao.",
])
def test_scopes_people_in_words_and_year_lists_are_not_targets(text):
    assert texts(text) == []


@pytest.mark.parametrize("text, span", [
    # a lower-case cue word running into a name is no cue (`cầu Thủ Thiêm` is no `cầu thủ`)
    ("Do ảnh hưởng khi xây dựng cầu Thủ Thiêm 2, dự kiến 258 cây xanh buộc phải di dời, trong đó có 115 cây di dời.",
     "115 cây"),
    ("Sau khi đo đạc lại, UBND TP Hà Nội đã bàn giao cho Bộ Quốc phòng 236,9 ha.", "236,9 ha"),
    ("Ga Nhà hát Thành phố đã hoàn thành 64% tiến độ, gồm phần sàn mái, sàn tầng B1, B2.", "64%"),
    ("Để mở rộng tuyến đường thành phố Hà Nội phải thu hồi trên 390.000 m2 đất.", "trên 390.000 m2"),  # not `phải thu`
])
def test_public_work_stays(text, span):
    assert span in texts(text)



@pytest.mark.parametrize("text", [
    # a company's stake and a market forecast are company accounts (audit of issue #17)
    "Dự kiến 6 tháng cuối năm tiêu thụ xe tô của các doanh nghiệp trong nước giảm khoảng 11%.",
    "Nhờ đó, tỷ lệ nắm giữ của Sumitomo Life tại Bảo Việt được nâng lên 22,09%.",
])
def test_stake_and_sales_forecast_are_not_targets(text):
    assert texts(text) == []


@pytest.mark.parametrize("text", [
    # prizes, charges per unit, the money of a crime, hostages
    "Giải nhất chỉ 100 triệu đồng nhưng các chủ trâu phải chi gần 250 triệu đồng tiền mua, chăm sóc trâu.",
    "Nhà máy này thu phí xử lý rác từ 500.000 - 800.000 đồng/tấn (tùy theo loại rác).",
    "Các đối tượng dùng thủ đoạn uy hiếp tinh thần để cưỡng đoạt của 12 bị hại tổng số tiền 184 triệu đồng.",
    "Người dân địa phương bao vây lực lượng làm nhiệm vụ, bắt giữ 38 cán bộ, chiến sĩ đưa về nhà văn hóa thôn.",
])
def test_prizes_charges_crime_money_and_hostages_are_not_targets(text):
    assert texts(text) == []


def test_year_of_a_comparison_is_the_baseline():
    out = [r for r in rows("Toàn tỉnh có 82/97 xã đạt tiêu chí thủy lợi, tăng 74 xã so với năm 2010.")
           if r["text"] == "74 xã"]
    assert out and out[0]["year"] != "2010"
