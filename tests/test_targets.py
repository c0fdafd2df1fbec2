"""targets extractor: number forms, comparators, status, year, and the traps that are not targets.

Every case goes through the public API (`pipeline.api.extract`), so text normalisation,
segmentation, layout and dates run as in the pipeline.
"""
from __future__ import annotations

import unicodedata

import pytest

from vnextract.pipeline.api import extract
from vnextract.pipeline.ingest import normalise_text

# Targets are only read in articles about public work (see the module docstring); the short
# sentences below get a first line that names a public body, as any local news article does.
CONTEXT = "UBND huyện tổng kết công tác năm.\n"


def rows(text: str, context: bool = True, **meta) -> list[dict]:
    if context:
        text = CONTEXT + text
    df = extract(text, **meta).targets
    out = df.to_dict("records") if len(df) else []
    norm = normalise_text(text)
    for r in out:  # the contract's offset property, checked on every case
        assert norm[r["start"]:r["end"]] == r["text"]
    return out


def one(text: str, **meta) -> dict:
    out = rows(text, **meta)
    assert len(out) == 1, out
    return out[0]


def num(x):
    return None if x is None or x != x else float(x)  # NaN (pandas) -> None


# ---------------------------------------------------------------- number forms and multipliers
@pytest.mark.parametrize("text, span, value, unit", [
    ("Tổ chức thành công hiến máu đợt 3 đạt được 540 đơn vị máu.", "540 đơn vị máu", 540, "đơn vị máu"),
    ("Năm nay huyện đã giải ngân 1.061 tỷ đồng vốn đầu tư công.", "1.061 tỷ đồng", 1061e9, "đồng"),
    ("Tỷ lệ hộ nghèo toàn huyện giảm còn 1,8%.", "1,8%", 1.8, "%"),
    ("Dự kiến năm 2020 đẩy 06 xã đạt chuẩn nông thôn mới.", "06 xã", 6, "xã"),
    ("Sáu tháng đầu năm, tỉnh thu hút 2,5 triệu lượt khách du lịch.", "2,5 triệu lượt khách du lịch", 2.5e6,
     "lượt khách du lịch"),
    ("Đoàn viên thanh niên đã trồng 90 ngàn cây xanh trên địa bàn.", "90 ngàn cây xanh", 90000, "cây xanh"),
    ("Đến nay đã có hai xã được công nhận đạt chuẩn nông thôn mới.", "hai xã", 2, "xã"),
    ("Hội Chữ thập đỏ đã vận động được ba mươi suất quà cho hộ nghèo.", "ba mươi suất quà", 30, "suất quà"),
    ("Công an huyện đã tiếp nhận, xử lý 764 tin báo tố giác tội phạm.", "764 tin báo tố giác tội phạm", 764,
     "tin báo tố giác tội phạm"),
    ("Trong năm, toàn tỉnh đã tiêm 1.250.000 liều vắc xin.", "1.250.000 liều vắc xin", 1250000, "liều vắc xin"),
    ("Năng suất lúa bình quân đạt 58,5 tạ/ha.", "58,5 tạ/ha", 58.5, "tạ/ha"),
    ("Kim ngạch xuất khẩu đạt 1.5 tỷ USD.", "1.5 tỷ USD", 1.5e9, "USD"),
])
def test_number_forms(text, span, value, unit):
    r = one(text)
    assert r["text"] == span
    assert num(r["value"]) == pytest.approx(value)
    assert num(r["total"]) is None
    assert r["unit"] == unit


@pytest.mark.parametrize("text, span, value, total, unit", [
    ("Qua rà soát, đến nay huyện đã đạt 7/9 tiêu chí của huyện nông thôn mới nâng cao.", "7/9 tiêu chí", 7, 9,
     "tiêu chí"),
    ("Tính đến nay có 14/17 khu dân cư mẫu được đoàn kiểm tra tỉnh công nhận đạt.", "14/17 khu dân cư mẫu", 14, 17,
     "khu dân cư mẫu"),
    ("Học sinh giỏi văn hóa cấp tỉnh xếp thứ 2/10 huyện, thành phố.", "2/10 huyện, thành phố", 2, 10,
     "huyện, thành phố"),
])
def test_ratios(text, span, value, total, unit):
    r = one(text)
    assert (r["text"], num(r["value"]), num(r["total"]), r["unit"]) == (span, value, total, unit)
    assert r["status"] == "achieved"


@pytest.mark.parametrize("text, span, value, comparator, unit", [
    ("Năm 2017, tỉnh phấn đấu có thêm 9 đến 10 xã đạt chuẩn nông thôn mới.", "9 đến 10 xã", 9, ">=", "xã"),
    ("Năm 2017, tỉnh phấn đấu thu hút khoảng 3,3 - 3,5 triệu lượt khách.", "khoảng 3,3 - 3,5 triệu lượt khách",
     3.3e6, ">=", "lượt khách"),
    ("Phấn đấu năm 2021 tỷ lệ hộ nghèo giảm từ 2-3%.", "từ 2-3%", 2, ">=", "%"),
])
def test_ranges_take_the_lower_bound(text, span, value, comparator, unit):
    r = one(text)
    assert (r["text"], r["comparator"], r["unit"]) == (span, comparator, unit)
    assert num(r["value"]) == pytest.approx(value)
    assert r["status"] == "planned"


@pytest.mark.parametrize("text, span, value, unit", [
    ("Thực tế thu ngân sách lên đến 566 tỷ 384 triệu đồng.", "566 tỷ 384 triệu đồng", 566_384_000_000, "đồng"),
    ("Tính đến năm 2016, xã đã gieo trồng 1038,5ha.", "1038,5ha", 1038.5, "ha"),
    ("Lực lượng chức năng đã thu giữ 60,7m3 gỗ lậu.", "60,7m3", 60.7, "m3"),
    ("Cụ thể, năm 2016 giá trị thu hoạch đạt 70 triệu đồng/ha/năm.", "70 triệu đồng/ha/năm", 70e6,
     "đồng/ha/năm"),
])
def test_compound_glued_and_rates(text, span, value, unit):
    r = one(text)
    assert (r["text"], r["unit"]) == (span, unit)
    assert num(r["value"]) == pytest.approx(value)


def test_enumeration_after_a_comma():
    out = rows("Công an huyện đã kiến nghị xử lý hành chính 142 người, chuyển cơ quan điều tra 11 vụ, 3 đối tượng.")
    assert [r["text"] for r in out] == ["142 người", "11 vụ", "3 đối tượng"]
    assert {r["status"] for r in out} == {"achieved"}


def test_enumeration_keeps_status():
    out = rows("Qua rà soát, đến nay huyện đã đạt 7/9 tiêu chí của huyện nông thôn mới nâng cao, đạt 33/38 chỉ tiêu.")
    assert [(r["text"], r["status"]) for r in out] == [("7/9 tiêu chí", "achieved"), ("33/38 chỉ tiêu", "achieved")]


# ---------------------------------------------------------------- comparators
@pytest.mark.parametrize("text, span, comparator", [
    ("Mỗi xã phải hoàn thành tối thiểu 02 khu dân cư mẫu.", "tối thiểu 02 khu dân cư mẫu", ">="),
    ("Phấn đấu mỗi xã xây dựng ít nhất 3 mô hình sản xuất.", "ít nhất 3 mô hình", ">="),
    ("Phấn đấu có 5 xã trở lên đạt chuẩn nông thôn mới.", "5 xã trở lên", ">="),
    ("Kế hoạch đề ra tỷ lệ hộ nghèo giảm xuống không quá 2%.", "không quá 2%", "<="),
    ("Mục tiêu mỗi lớp học có tối đa 35 học sinh.", "tối đa 35 học sinh", "<="),
    ("Tỷ lệ tham gia bảo hiểm y tế đạt hơn 97%.", "hơn 97%", ">"),
    ("Sáu tháng đầu năm, toàn tỉnh đã thu hút trên 1.200 lao động có việc làm mới.", "trên 1.200 lao động", ">"),
    ("Thu ngân sách năm 2019 vượt 15% dự toán.", "vượt 15%", ">"),
    ("Tỷ lệ hộ nghèo đã giảm xuống dưới 3%.", "dưới 3%", "<"),
    ("Yêu cầu khám sức khỏe không quá 3 người trên 1 chỉ tiêu giao quân.", "không quá 3 người", "<="),
    ("Tỉnh đã thu hút khoảng 300 doanh nghiệp đến đầu tư.", "khoảng 300 doanh nghiệp", "="),
    ("Sáu tháng đầu năm, tỉnh thu hút gần 6,1 triệu lượt khách.", "gần 6,1 triệu lượt khách", "="),
])
def test_comparators(text, span, comparator):
    r = one(text)
    assert r["text"] == span
    assert r["comparator"] == comparator


# ---------------------------------------------------------------- status
@pytest.mark.parametrize("text, span, status", [
    ("Dự kiến năm 2020 đẩy 06 xã đạt chuẩn nông thôn mới.", "06 xã", "planned"),
    ("UBND tỉnh giao 84 đầu việc cho các sở, ngành.", "84 đầu việc", "planned"),
    ("Năm 2021, huyện phấn đấu có thêm 3 xã đạt chuẩn nông thôn mới nâng cao.", "3 xã", "planned"),
    ("Huyện đặt mục tiêu thu ngân sách 500 tỷ đồng.", "500 tỷ đồng", "planned"),
    ("Chỉ tiêu giao tuyển 120 công dân nhập ngũ.", "120 công dân", "planned"),
    ("Năm tới, huyện sẽ hỗ trợ 50 hộ nghèo xây nhà.", "50 hộ nghèo", "planned"),
    ("Kết quả nổi bật là UBND huyện đã tập trung chỉ đạo 7 xã tổ chức công bố đạt chuẩn.", "7 xã", "achieved"),
    ("Hội đã trao 200 suất quà cho các hộ nghèo.", "200 suất quà", "achieved"),
    ("Lực lượng chức năng đã phát hiện, xử lý 25 vụ vi phạm.", "25 vụ vi phạm", "achieved"),
    ("Trong năm, đã có 320 đảng viên mới được kết nạp.", "320 đảng viên mới", "achieved"),
    ("Tổng thu ngân sách tăng 12% so với cùng kỳ.", "12%", "achieved"),
    ("Trên lĩnh vực y tế, 764 tin đã xử lý xong.", "764 tin", "achieved"),
])
def test_status(text, span, status):
    r = one(text)
    assert (r["text"], r["status"]) == (span, status)


def test_plan_then_result_in_one_sentence():
    out = rows("Năm 2022 huyện giao chỉ tiêu 300 lao động, đến nay đã giải quyết việc làm cho 320 lao động.")
    assert [(r["text"], r["status"]) for r in out] == [("300 lao động", "planned"), ("320 lao động", "achieved")]


# ---------------------------------------------------------------- year
@pytest.mark.parametrize("text, year", [
    ("Dự kiến năm 2020 đẩy 06 xã đạt chuẩn nông thôn mới.", "2020"),
    ("Phấn đấu đến năm 2025 có 80% xã đạt chuẩn nông thôn mới.", "2025"),
    ("Tỷ lệ hộ nghèo toàn huyện giảm còn 1,8%.", None),
])
def test_year(text, year):
    r = one(text)
    assert (None if r["year"] is None or r["year"] != r["year"] else str(r["year"])) == year


def test_evidence_is_the_sentence():
    text = "Huyện tổ chức hội nghị. Hội đã trao 200 suất quà cho các hộ nghèo. Hội nghị kết thúc."
    r = one(text, context=False)
    assert r["evidence"] == "Hội đã trao 200 suất quà cho các hộ nghèo."


# ---------------------------------------------------------------- traps: not targets
@pytest.mark.parametrize("text", [
    "Tổ chức hiến máu đợt 3 tại trung tâm huyện.",
    "Ban Chấp hành Đảng bộ huyện vừa tổ chức Hội nghị lần thứ 30.",
    "Tổ chức tổng kết 20 năm phong trào toàn dân đoàn kết.",
    "Chào mừng kỷ niệm 90 năm Ngày thành lập Đảng.",
    "Công tác phòng, chống dịch Covid-19 được triển khai quyết liệt.",
    "Người dân phản ánh qua tổng đài 1022 để được hỗ trợ.",
    "Ngày 25/11 huyện tổ chức hội nghị giao ban.",
    "Chiều ngày 20/11 xã tổ chức đón nhận bằng công nhận đạt chuẩn.",
    "Theo Quyết định số 98 ngày 19/8/2022 về kiểm tra công tác lãnh đạo.",
    "Tờ trình số 140/TTr-UBND về việc xin chấp thuận chủ trương đầu tư.",
    "Ông Nguyễn Văn A (60 tuổi) được hỗ trợ kịp thời.",
    "Quân khu 3 tổ chức hội nghị tổng kết.",
    "Tuần lễ cấp cao APEC 2017 diễn ra tại Đà Nẵng.",
    "Dự hội nghị có 120 đại biểu đại diện các xã.",
    "Tham dự cuộc họp có Chủ tịch 17 xã, thị trấn.",
    "Tại hội nghị đã có 6 lượt ý kiến phát biểu của các đại biểu.",
    "Vụ cháy đã thiêu rụi 1.000 ngôi nhà và khiến 7 người bị thương.",
    "Máy bay chở theo 140 hành khách hạ cánh an toàn.",
    "Mức hỗ trợ 15 triệu đồng/ha trồng cây dược liệu.",
    "Hàng trăm hộ dân được hỗ trợ kịp thời.",
    "Báo cáo kết quả 6 tháng đầu năm và phương hướng 6 tháng cuối năm 2020.",
    "Xây dựng kế hoạch phát triển kinh tế xã hội 5 năm giai đoạn 2021-2025.",
    "Giá vàng hôm nay tăng 200 nghìn đồng mỗi lượng.",
    "Giá dầu Brent đã giảm 1,7% xuống 49,75 USD/thùng.",
    "Theo quy định, tỷ lệ sở hữu của nhà đầu tư nước ngoài không được vượt quá 20%.",
    "Cổ phiếu VIC tăng 5,1% trong phiên sáng nay.",
    "Số phiếu đồng ý là 49/49 phiếu, đạt tỷ lệ 100%.",
    "Nhà ga được xây dựng với diện tích sàn xây dựng 48.000 m2.",
    "Tên lửa được nâng cấp với tầm bắn hơn 11.500 km.",
    "Vận động viên giành huy chương bạc nội dung 400m nữ.",
    "Số ca tử vong tại nước này tăng thêm, nâng tổng số ca tử vong lên hơn 197.800 người.",
    "Công an đang điều tra vụ 6 người dân nhập viện vì ngộ độc.",
    "Kết quả khảo sát cho thấy trên 90% người dân đồng thuận.",
    "Tàu không có phao cứu sinh nhưng chở 30 người tham quan vịnh.",
    "Khách sạn đã đón một ba lô thất lạc của du khách.",
])
def test_not_targets(text):
    assert rows(text) == []


def test_photo_number_line_is_furniture():
    text = ("UBND huyện tổ chức hội nghị thường kỳ.\n\n3\n\nToàn cảnh hội nghị.\n\n"
            "Hội đã trao 200 suất quà cho các hộ nghèo.")
    assert [r["text"] for r in rows(text, context=False)] == ["200 suất quà"]


# ---------------------------------------------------------------- spellings and Unicode forms
@pytest.mark.parametrize("text", [
    "Ủy ban nhân dân huyện đã hỗ trợ 50 hộ nghèo xây nhà.",
    "Uỷ ban nhân dân huyện đã hỗ trợ 50 hộ nghèo xây nhà.",
    "UỶ BAN NHÂN DÂN huyện đã hỗ trợ 50 hộ nghèo xây nhà.",
])
def test_tone_placement_variants(text):
    r = one(text)
    assert (r["text"], num(r["value"]), r["unit"], r["status"]) == ("50 hộ nghèo", 50, "hộ nghèo", "achieved")


def test_articles_without_public_actors_have_no_targets():
    business = "Năm 2020, lợi nhuận trước thuế của công ty đạt 781 tỷ đồng, tăng 58,7% so với năm trước."
    assert rows(business, context=False) == []
    local = "Năm 2020, UBND huyện đã giải ngân 781 tỷ đồng vốn đầu tư công."
    assert [r["text"] for r in rows(local, context=False)] == ["781 tỷ đồng"]


def test_nfd_input():
    text = unicodedata.normalize("NFD", "Qua rà soát, đến nay huyện đã đạt 7/9 tiêu chí nông thôn mới nâng cao.")
    r = one(text, context=False)
    assert r["text"] == "7/9 tiêu chí"
    assert (num(r["value"]), num(r["total"])) == (7, 9)


def test_units_with_old_tone_placement():
    r = one("Xã đã xây dựng 3 khu dân cư văn hoá mới.")
    assert r["text"] == "3 khu dân cư văn hoá"


def test_crlf_and_offsets():
    text = "Huyện tổ chức hội nghị.\r\nHội đã trao 200 suất quà cho các hộ nghèo.\r\n"
    r = one(text, context=False)
    assert r["text"] == "200 suất quà"


def test_doc_extension_is_set():
    from vnextract.extractors import targets
    from vnextract.pipeline.segment import segment

    doc = segment(CONTEXT + "Hội đã trao 200 suất quà cho các hộ nghèo.")
    out = targets.extract(doc)
    assert doc._.targets == out and out[0]["value"] == 200


def test_article_gate_needs_the_vocabulary_of_public_work():
    accident = ("Khoảng 21h tối 25/4, tại km 15 quốc lộ 1A thuộc địa phận xã Hòa Liên, huyện Hòa Vang, một xe tải "
                "chở theo 4 người đã lao vào dải phân cách. Vụ tai nạn khiến 2 người tử vong tại chỗ, 2 người khác "
                "bị thương nặng được đưa đi cấp cứu. Theo người dân, chiếc xe chạy với tốc độ cao trước khi mất lái. "
                "Nhận tin báo, công an huyện đã có mặt tại hiện trường, phong tỏa khu vực và điều tiết giao thông. "
                "Đến 23h cùng ngày, hiện trường mới được giải tỏa. Trước đó một ngày, trên tuyến đường này cũng xảy "
                "ra va chạm giữa 3 xe máy khiến 1 người bị thương. Người dân đề nghị lắp thêm đèn chiếu sáng tại "
                "đoạn đường thường xuyên xảy ra tai nạn. Hiện vụ việc đang được làm rõ nguyên nhân để xử lý theo quy định.")
    assert len(accident) > 600
    assert extract(accident).targets.empty
    meeting = ("Chiều 26/10, UBND huyện tổ chức hội nghị thường kỳ đánh giá kết quả thực hiện nhiệm vụ phát triển "
               "kinh tế - xã hội tháng 10, triển khai nhiệm vụ tháng 11. Báo cáo cho thấy thu ngân sách trên địa bàn "
               "đạt 85% dự toán; huyện đã hoàn thành xây dựng 7 xã đạt chuẩn nông thôn mới. Kết luận hội nghị, đồng "
               "chí Chủ tịch UBND huyện yêu cầu các phòng, ngành tập trung chỉ đạo thực hiện kế hoạch, phấn đấu "
               "hoàn thành các chỉ tiêu năm 2020; trong đó phấn đấu có thêm 3 xã đạt chuẩn nông thôn mới nâng cao. "
               "Các đơn vị cần rà soát, báo cáo kết quả thực hiện các chương trình, đề án trọng điểm, đẩy nhanh "
               "tiến độ giải ngân vốn đầu tư công và làm tốt công tác giảm nghèo, an sinh xã hội trên địa bàn.")
    assert len(meeting) > 600
    got = extract(meeting).targets
    assert {(r["text"], r["status"]) for _, r in got.iterrows()} >= {("7 xã", "achieved"), ("3 xã", "planned")}


# ---------------------------------------------------------------- patterns from the news corpus
@pytest.mark.parametrize("text, span, status", [
    # `V + được + figure`: what the work came to
    ("Tính từ đầu năm đến nay, công ty đã xuất khẩu được 14.800 tấn hàng hóa.", "14.800 tấn hàng hóa", "achieved"),
    ("Sau đó đã có 60 đơn vị khắc phục, trả nợ được hơn 7 tỷ đồng.", "hơn 7 tỷ đồng", "achieved"),
    # `có + figure + work verb`: the figure is the verb's subject
    ("Trong năm 2016, thành phố đã có 20 đơn vị tổ chức đấu giá quyền sử dụng đất.", "20 đơn vị", "achieved"),
    # a short aside in brackets does not cut the clause
    ("Bộ Tài chính đã tạm cấp (lần 2) 1.680 tỷ đồng cho các địa phương.", "1.680 tỷ đồng", "achieved"),
    # debt recovered is work done, even with `nợ` after the amount
    ("Ban chỉ đạo phải đôn đốc thu hồi hơn 150 tỷ đồng tiền nợ thuế.", "hơn 150 tỷ đồng", "planned"),
    ("Quốc hội sẽ xem xét, thông qua 13 dự án luật tại kỳ họp.", "13 dự án luật", "planned"),
    ("Từ đây đến năm 2030 thành phố sẽ có khoảng 70.000 căn hộ nhà ở xã hội.", "khoảng 70.000 căn hộ", "planned"),
    ("Ngành y tế đã chữa khỏi 2.490 ca bệnh.", "2.490 ca bệnh", "achieved"),
    ("Đoàn liên ngành đã xét nghiệm nhanh 65 mẫu thực phẩm tại các lễ hội.", "65 mẫu", "achieved"),
    # posts and teams are counted units too (contacts of a case, `32 trường hợp F1`, are an epidemic statistic:
    # tests/test_targets_case_statistics.py)
    ("Các sở của thành phố đã giảm được 26/182 Trưởng phòng và 116/517 Phó phòng.", "26/182 Trưởng phòng", "achieved"),
    ("Năm 2017, Ban Thường vụ đã thành lập 5 Đoàn kiểm tra việc thực hiện nghị quyết.", "5 Đoàn kiểm tra", "achieved"),
    ("Theo kế hoạch, đơn vị thi công sẽ di chuyển 158 cây, chặt hạ hơn 1.000 cây.", "158 cây", "planned"),
    ("Hà Nội giảm từ 401 xuống còn 208 đơn vị sự nghiệp.", "208 đơn vị", "achieved"),
])
def test_result_and_plan_patterns(text, span, status):
    got = {(r["text"], r["status"]) for r in rows(text)}
    assert any(t.startswith(span) and s == status for t, s in got), got


def test_breakdown_by_place_continues_the_total():
    out = rows("Bộ Tài chính đã tạm cấp 1.680 tỷ đồng cho các địa phương (Hà Tĩnh 560 tỷ đồng, Quảng Bình 760 tỷ "
               "đồng, Quảng Trị 160 tỷ đồng và Thừa Thiên Huế 200 tỷ đồng).")
    assert [r["value"] for r in out] == [1680e9, 560e9, 760e9, 160e9, 200e9]
    assert {r["status"] for r in out} == {"achieved"}


def test_breakdown_by_same_head_noun():
    out = rows("Dự kiến 258 cây xanh trên đường phải di dời, trong đó có 115 cây di dời và 143 cây bị đốn hạ.")
    assert [(r["value"], r["status"]) for r in out] == [(258, "planned"), (115, "planned"), (143, "planned")]


@pytest.mark.parametrize("text", [
    "Nước này dự báo dư tới 85 tỷ kronor (10 tỷ USD) giai đoạn 2017 - 2020.",
    "Kết quả cuộc thăm dò dư luận cho thấy đảng cầm quyền giành được 50%, tăng 2% so với tuần trước.",
    "Dự án có tổng mức đầu tư 4.260 tỷ đồng, trong đó chi phí xây dựng và tư vấn là 2.283 tỷ đồng.",
    "Khu vực bị ảnh hưởng, lực lượng kiểm lâm đo được gần 30m³ gỗ.",
    "Hơn 1 tháng phát hiện 5 ca mắc bạch hầu trên một huyện.",
    "Tính đến 21h, đã có 2 mẫu bệnh phẩm có kết quả xét nghiệm dương tính.",
    "Xây dựng mà 15 triệu đồng/m 2 nhà ở xã hội thì ai mua.",
    "Phụ huynh không có điều kiện đưa đón con em mình giữa hai buổi học.",
    "Nhóm vũ trang tự xưng đã thực hiện hai vụ tấn công khiến nhiều người thương vong.",
    # fines imposed, figures already given, test results
    "Quyết định ghi rõ: xử phạt hành chính 5 triệu đồng đối với ông Lê Văn A.",
    "Sở Y tế đã chỉ đạo thực hiện cách ly nghiêm ngặt đối với 3 công dân trên.",
    "Tổng số mẫu đã lấy, trong đó: 180 mẫu âm tính, 806 mẫu đang chờ kết quả.",
])
def test_more_not_targets(text):
    assert [r["text"] for r in rows(text)] == []


def test_a_fined_count_is_a_result():
    assert [r["text"] for r in rows("Đoàn kiểm tra đã xử phạt 20 cơ sở vi phạm.")] == ["20 cơ sở"]
