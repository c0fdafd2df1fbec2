"""dates extractor: pattern families, traps, year inference, event date (short corpus sentences)."""
from __future__ import annotations

import unicodedata

import pytest

from vnextract.extractors import dates, layout
from vnextract.extractors.extensions import ArticleInfo, parse_published
from vnextract.pipeline.segment import segment


def make_doc(text: str, published: str | None = None):
    text = unicodedata.normalize("NFC", text)
    doc = segment(text)
    doc._.info = ArticleInfo("t", None, parse_published(published))
    doc._.layout = layout.read_layout(doc)
    return doc


def rows_of(text: str, published: str | None = None):
    doc = make_doc(text, published)
    rows = dates.extract(doc)
    for r in rows:
        assert doc.text[r["start"]:r["end"]] == r["text"]
    return doc, rows


def value_at(text: str, rows, needle: str, nth: int = 0):
    """Value of the row overlapping the nth occurrence of needle (None if no row)."""
    i = -1
    for _ in range(nth + 1):
        i = text.index(needle, i + 1)
    span = (i, i + len(needle))
    hits = [r for r in rows if r["start"] < span[1] and span[0] < r["end"]]
    assert len(hits) <= 1, hits
    return hits[0]["value"] if hits else None


# (text, published, [(needle, value)])
FAMILIES = [
    # days
    ("Chiều ngày 25/11, UBND huyện tổ chức họp giao ban.", None, [("ngày 25/11", "XXXX-11-25")]),
    ("Ngày 06/4/2018, Lãnh đạo UBND huyện tổ chức họp.", None, [("Ngày 06/4/2018", "2018-04-06")]),
    ("Thủ tướng Đức Angela Merkel ngày 7-2 đã có cuộc điện đàm.", None, [("ngày 7-2", "XXXX-02-07")]),
    ("Đến ngày 21.6, quá trình thanh tra chính thức kết thúc.", None, [("ngày 21.6", "XXXX-06-21")]),
    ("Sáng 6-2, đoàn công tác đã đến thăm.", "2017-02-07", [("6-2", "2017-02-06")]),
    ("Chiều 8/6, bên lề kỳ họp Quốc hội, ông Cường trao đổi.", None, [("8/6", "XXXX-06-08")]),
    ("Trước đó, đêm 15.5, vợ chồng ông Quân đang ngủ.", None, [("15.5", "XXXX-05-15")]),
    ("Thủ tướng làm việc với TPHCM ngày 23.6.2017.", None, [("ngày 23.6.2017", "2017-06-23")]),
    ("Ngày 10-11-2016, chị T nhờ Thông đi mua xe máy.", None, [("Ngày 10-11-2016", "2016-11-10")]),
    ("Giá vé trên được áp dụng từ 1/1/2017.", None, [("1/1/2017", "2017-01-01")]),
    ("Ngày 3 tháng 2 năm 1930, Đảng Cộng sản Việt Nam ra đời.", None, [("Ngày 3 tháng 2 năm 1930", "1930-02-03")]),
    ("Vào ngày 19 tháng 2, tàu thám hiểm hạ cánh.", "2021-03-01", [("ngày 19 tháng 2", "2021-02-19")]),
    ("Sáng nay (6.2), Sở Y tế kiểm tra các bệnh viện.", "2017-02-06", [("Sáng nay (6.2)", "2017-02-06")]),
    ("Siêu trăng đạt kích thước cực đại vào trưa thứ Ba (27/4) theo giờ Việt Nam.", "2021-04-28",
     [("27/4", "2021-04-27")]),
    ("Trong đoạn tweet đăng hôm thứ Năm, 1/4, một nhà phát triển chia sẻ video.", "2021-04-02", [("1/4", "2021-04-01")]),
    ("Bà ấy nói hôm thứ 22/4 rằng sẽ không tham dự.", "2021-04-25", [("22/4", "2021-04-22")]),
    ("Ông Thuần cũng cho biếtngày 21-1, chợ sẽ đóng cửa.", None, [("ngày 21-1", "XXXX-01-21")]),
    ("Lần 3: Ngày21-11-2013, vỡ tại đại lộ Thăng Long.", None, [("Ngày21-11-2013", "2013-11-21")]),
    ("Thí sinh thi môn Toán vào ngày 2 và 3/6.", None, [("ngày 2", "XXXX-06-02"), ("3/6", "XXXX-06-03")]),
    ("Ngày 30-4 và 1-5 là ngày nghỉ lễ.", "2021-04-15", [("Ngày 30-4", "2021-04-30"), ("1-5", "2021-05-01")]),
    ("Chiều mùng 5 Tết (2-2), em Lan Anh đi trồng cây.", None, [("2-2", "XXXX-02-02")]),
    ("Sáng mùng 5 Tết, người dân đi lễ chùa.", "2017-02-03", [("mùng 5 Tết", "2017-02-01")]),
    # months
    ("Kết quả nổi bật trong tháng 10 đó là 7 xã đạt chuẩn.", "2020-11-02", [("tháng 10", "2020-10")]),
    ("Về nhiệm vụ tháng 11 năm 2020, hoàn chỉnh kế hoạch.", None, [("tháng 11 năm 2020", "2020-11")]),
    ("Theo VKSND tỉnh, tháng 9-2015 Liên bị khởi tố.", None, [("tháng 9-2015", "2015-09")]),
    ("Tháng 5 - 2020 Quý bắt đầu xây dựng xưởng may.", None, [("Tháng 5 - 2020", "2020-05")]),
    ("Tháng 8/2016, công ty đã công bố đổi tên.", None, [("Tháng 8/2016", "2016-08")]),
    ("Cách đây hơn một năm, từ 9/2019, phí dịch vụ đã điều chỉnh tăng.", None, [("9/2019", "2019-09")]),
    ("Thí sinh đăng ký trong tháng 3 năm nay.", "2021-04-22", [("tháng 3 năm nay", "2021-03")]),
    # years
    ("Rà soát các nội dung phục vụ đánh giá Nông thôn mới năm 2019.", None, [("năm 2019", "2019")]),
    ("Tổ chức lễ hội mừng xuân Mậu Tuất 2018 an toàn.", None, [("Mậu Tuất 2018", "2018")]),
    ("Chủ cơ sở là bà Vũ Thị Tân (SN 1983, ở Ba Đình, Hà Nội).", None, [("1983", "1983")]),
    ("Tầm nhìn đến năm2030 được xác định rõ.", None, [("năm2030", "2030")]),
    # quarters and halves
    ("Huyện Bạch Thông họp đánh giá công tác Quý I năm 2018", None, [("Quý I năm 2018", "2018-Q1")]),
    ("Hết quý II/2017, đã bán phần vốn nhà nước.", None, [("quý II/2017", "2017-Q2")]),
    ("Trong đó, quý 4, doanh thu công ty giảm mạnh.", None, [("quý 4", "XXXX-Q4")]),
    ("Đào tạo chuyển nghề phải hoàn thành trong quý 3 năm nay.", "2021-04-22", [("quý 3 năm nay", "2021-Q3")]),
    ("Trong quý II-III, Tổng cục kiểm tra việc định giá đất.", "2021-04-28", [("quý II-III", "2021-Q2/2021-Q3")]),
    ("Các chỉ tiêu trong 6 tháng đầu năm 2017 đều vượt kế hoạch.", None, [("6 tháng đầu năm 2017", "2017-H1")]),
    ("Kết quả 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2020.", None,
     [("6 tháng đầu năm", "2020-H1"), ("6 tháng cuối năm 2020", "2020-H2")]),
    ("Tăng trưởng trong nửa đầu năm 2019 đạt 6,8%.", None, [("nửa đầu năm 2019", "2019-H1")]),
    ("Họp báo thông báo tình hình KTXH 5 tháng đầu năm 2017.", None, [("5 tháng đầu năm 2017", "2017-01/2017-05")]),
    ("Số doanh nghiệp rút lui trong 4 tháng đầu năm.", "2020-05-02", [("4 tháng đầu năm", "2020-01/2020-04")]),
    ("Taylor Swift từng yêu Joe Jonas trong 3 tháng cuối năm 2008.", None, [("3 tháng cuối năm 2008", "2008-10/2008-12")]),
    # intervals
    ("Đại hội nhiệm kỳ 2020-2025 sẽ diễn ra từ ngày 21 đến 23/7/2020 tới.", None,
     [("2020-2025", "2020/2025"), ("từ ngày 21 đến 23/7/2020", "2020-07-21/2020-07-23")]),
    ("Triển lãm diễn ra từ 10/3 đến 19/4.", "2021-03-01", [("từ 10/3 đến 19/4", "2021-03-10/2021-04-19")]),
    ("Khách du lịch tăng trong dịp nghỉ 30/4 - 1/5.", "2021-05-03", [("30/4 - 1/5", "2021-04-30/2021-05-01")]),
    ("Hội nghị diễn ra tại Tokyo ngày 17 đến 21/7.", "2021-07-25", [("ngày 17 đến 21/7", "2021-07-17/2021-07-21")]),
    ("Vé bán nhiều nhất vào ngày 29-30/4.", "2021-04-20", [("ngày 29-30/4", "2021-04-29/2021-04-30")]),
    ("Thời gian kích cầu kéo dài từ 10-4 đến hết 31-12.", "2021-04-23", [("từ 10-4 đến hết 31-12", "2021-04-10/2021-12-31")]),
    ("Ban Chấp hành khóa XXV, nhiệm kỳ 2015 – 2020 trình Đại hội.", None, [("2015 – 2020", "2015/2020")]),
    ("Kế hoạch phát triển kinh tế xã hội 5 năm giai đoạn 2021-2025.", None, [("2021-2025", "2021/2025")]),
    ("Bà Thoa giữ chức Tổng giám đốc (tháng 1/2004 - 5/2010).", None, [("tháng 1/2004 - 5/2010", "2004-01/2010-05")]),
    ("Từ tháng 8/1942 đến tháng 7/1944, lãnh tụ Nguyễn Ái Quốc đi Trung Quốc.", None,
     [("Từ tháng 8/1942 đến tháng 7/1944", "1942-08/1944-07")]),
    ("Các trường hợp phát sinh từ năm 2008 - 2014.", None, [("từ năm 2008 - 2014", "2008/2014")]),
    ("Hummels gắn bó với Dortmund tới mùa giải 2015-16.", None, [("2015-16", "2015/2016")]),
    ("Kỷ niệm 90 năm Ngày thành lập Đảng (03/02/1930 - 03/02/2020)", None,
     [("03/02/1930", "1930-02-03"), ("03/02/2020", "2020-02-03")]),
    # relative
    ("Hôm nay, Bộ Y tế công bố thêm 12 ca mắc mới.", "2021-04-29", [("Hôm nay", "2021-04-29")]),
    ("Hôm qua, mưa lớn gây ngập nhiều tuyến phố.", "2021-01-01", [("Hôm qua", "2020-12-31")]),
    ("Năm nay, huyện phấn đấu có thêm 3 xã đạt chuẩn.", "2019-03-01", [("Năm nay", "2019")]),
    ("Sản lượng tăng so với năm ngoái.", "2019-03-01", [("năm ngoái", "2018")]),
    ("Kỳ thi sẽ được tổ chức vào tuần tới.", "2021-04-28", [("tuần tới", "2021-05-03/2021-05-09")]),
    ("Tháng trước, quân đội cho biết sẽ ngừng điều máy bay.", "2021-04-25", [("Tháng trước", "2021-03")]),
]


@pytest.mark.parametrize("text,published,expected", FAMILIES)
def test_families(text, published, expected):
    _, rows = rows_of(text, published)
    for needle, value in expected:
        assert value_at(text, rows, needle) == value, (needle, rows)


# (text, trap substring that must not be a date)
TRAPS = [
    ("Đến nay huyện đã đạt 7/9 tiêu chí của huyện nông thôn mới nâng cao.", "7/9"),
    ("Học sinh giỏi cấp tỉnh xếp thứ 2/10 huyện, thành phố.", "2/10"),
    ("Có 14/17 khu dân cư mẫu được công nhận đạt.", "14/17"),
    ("Barcelona thắng 2-1 trước đối thủ.", "2-1"),
    ("Đội chủ nhà dẫn trước 1-0 sau hiệp một.", "1-0"),
    ("Tờ trình số 140/TTr-UBND về việc xin chủ trương đầu tư.", "140"),
    ("Theo Quyết định số 98 – QĐ/BNCTU về kiểm tra công tác.", "98"),
    ("Thực hiện Nghị định 100/2019/NĐ-CP về xử phạt.", "100/2019"),
    ("Theo Thông tư 18/2019 của Ngân hàng Nhà nước.", "18/2019"),
    ("Công tác phòng, chống dịch Covid-19 được triển khai quyết liệt.", "19"),
    ("Dịch Covid – 19 ảnh hưởng tiêu cực đến sản xuất.", "19"),
    ("Kỷ niệm 90 năm Ngày thành lập Đảng.", "90 năm"),
    ("Sau 5 năm thực hiện, chương trình đạt nhiều kết quả.", "5 năm"),
    ("Tổ chức tổng kết 20 năm phong trào toàn dân đoàn kết.", "20 năm"),
    ("Em bé được 3 tháng tuổi.", "3 tháng"),
    ("Ông Nguyễn Văn A (45 tuổi) bị bắt.", "45"),
    ("Vụ việc xảy ra lúc 14h30 tại nhà riêng.", "14h30"),
    ("Cửa hàng ở số 12/3 đường Lê Lợi.", "12/3"),
    ("Đoàn diễu hành trên đường 30-4 của thành phố.", "30-4"),
    ("Lãi suất tăng 2/3% so với tháng trước.", "2/3%"),
    ("Lực lượng chức năng trực 24/7 tại các chốt.", "24/7"),
    ("Giá lúa mỗi tháng 9 - 10 triệu đồng.", "tháng 9"),
    ("Trả trước 1/6 hóa đơn thuế, phần còn lại trả sau.", "1/6"),
    ("Quy hoạch chi tiết tỷ lệ 1/500 đã được phê duyệt.", "1/500"),
    ("Liên hệ số điện thoại 0912.345.678 để được hỗ trợ.", "0912.345.678"),
    ("Đồ án quy hoạch 1/2000 khu đô thị mới.", "1/2000"),
    ("Real Madrid sử dụng sơ đồ 3-5-2 trong trận này.", "3-5-2"),
    ("Tỷ lệ tăng trưởng đạt 12.5 điểm phần trăm.", "12.5"),
    ("Lễ hội được tổ chức vào 18/3 âm lịch hàng năm.", "18/3"),
    ("Cứ vào độ tháng 3 đến tháng 8 âm lịch là đến mùa mực.", "tháng 3"),
    ("Kỳ họp thứ 3, Quốc hội thảo luận về an toàn thực phẩm.", "thứ 3"),
    ("Khoảng 1.500-2.000 người tham dự lễ hội.", "1.500"),
    ("Ông Quang được bầu vào nhiệm kỳ là năm năm.", "năm năm"),
]


@pytest.mark.parametrize("text,trap", TRAPS)
def test_traps(text, trap):
    _, rows = rows_of(text)
    assert value_at(text, rows, trap) is None, rows


def test_furniture_page_date_skipped_banner_kept():
    text = ("Chủ đề công tác năm 2020: \"Tiến bước dưới cờ Đảng\" (03/02/1930 - 03/02/2020)\n\n"
            "Thường trực Huyện ủy cho ý kiến\n\nNgày 30/8, Thường trực Huyện ủy họp giao ban. "
            "Rà soát theo Kế hoạch 24- KH/BNCTU ngày 19/8/2022.")
    doc, rows = rows_of(text)
    # the banner's dates are rows, but its year does not decide `Ngày 30/8`
    assert value_at(text, rows, "năm 2020") == "2020"
    assert value_at(text, rows, "Ngày 30/8") == "2022-08-30"
    text2 = "13\nThứ 5, 08\n\nHội nghị Ban Chấp hành lần thứ 30\n\nBan Chấp hành vừa tổ chức hội nghị."
    _, rows2 = rows_of(text2)
    assert rows2 == []


@pytest.mark.parametrize("published,expected", [
    ("2021-01-03", "2020-12-28"),   # nearest to the published date, past preferred
    ("2020-12-20", "2020-12-28"),
    ("2020-06-01", "2019-12-28"),
])
def test_year_from_published(published, expected):
    text = "Ngày 28/12, Sở Tài chính tổ chức hội nghị tổng kết."
    _, rows = rows_of(text, published)
    assert value_at(text, rows, "Ngày 28/12") == expected
    assert rows[0]["year_inferred"] is True
    assert rows[0]["date_start"] == expected


def test_year_from_same_sentence_then_dominant():
    text = ("Hội nghị thường kỳ tháng 10.\n\nChiều ngày 26/10, UBND huyện tổ chức hội nghị. "
            "Triển khai kế hoạch tuyển quân năm 2021. Về nhiệm vụ tháng 11 năm 2020, hoàn chỉnh kế hoạch. "
            "Đưa vào hoạt động năm 2021. Tuyển sinh từ ngày 15 đến 30/6, trực tiếp từ 1 đến 15/7/2017.")
    _, rows = rows_of(text)
    # dominant: a month with its year (2020) outweighs two bare `năm 2021`
    assert value_at(text, rows, "ngày 26/10") == "2020-10-26"
    assert value_at(text, rows, "tháng 10") == "2020-10"
    # same sentence wins over the dominant year
    assert value_at(text, rows, "từ ngày 15 đến 30/6") == "2017-06-15/2017-06-30"


def test_year_unknown_is_xxxx_and_dates_null():
    text = "Chiều 4/7, phóng viên đến khách sạn."
    _, rows = rows_of(text)
    assert rows[0]["value"] == "XXXX-07-04"
    assert rows[0]["date_start"] is None and rows[0]["date_end"] is None


def test_relative_skipped_without_published():
    text = "Hôm qua, mưa lớn gây ngập nhiều tuyến phố. Năm nay mưa nhiều."
    _, rows = rows_of(text)
    assert rows == []


def test_values_and_bounds():
    text = "Báo cáo quý II năm 2018 và 6 tháng cuối năm 2020, tháng 2/2020, nhiệm kỳ 2015 – 2020."
    _, rows = rows_of(text)
    by = {r["text"]: r for r in rows}
    assert (by["quý II năm 2018"]["date_start"], by["quý II năm 2018"]["date_end"]) == ("2018-04-01", "2018-06-30")
    assert by["6 tháng cuối năm 2020"]["date_end"] == "2020-12-31"
    assert by["tháng 2/2020"]["date_end"] == "2020-02-29"
    assert by["2015 – 2020"]["granularity"] == "interval"
    assert by["2015 – 2020"]["date_start"] == "2015-01-01"
    assert all(r["year_inferred"] is False for r in rows)


def test_nfd_input_and_tone_placement_through_api():
    from vnextract.pipeline.api import extract
    text = unicodedata.normalize("NFD", "Uỷ ban nhân dân huyện họp chiều ngày 25/11. Ủy ban yêu cầu hoàn thành trước ngày 28/11.")
    tables = extract(text, published="2019-11-26")
    d = tables.dates
    assert list(d["value"]) == ["2019-11-25", "2019-11-28"]
    nfc = unicodedata.normalize("NFC", text)
    for _, r in d.iterrows():
        assert nfc[r["start"]:r["end"]] == r["text"]


def test_mentions_on_doc():
    doc, rows = rows_of("Ngày 06/4/2018, huyện họp đánh giá quý I, triển khai quý II năm 2018.")
    assert [m.text for m in doc._.dates] == [r["text"] for r in rows]
    m = doc._.dates[1]
    assert isinstance(m, dates.DateMention) and m.granularity == "quarter" and m.year_inferred and not m.year_written


@pytest.mark.parametrize("text,published,expected", [
    ("Họp giao ban UBND huyện\n\nChiều ngày 25/11, UBND huyện tổ chức họp giao ban. Kết quả năm 2019 tốt.",
     None, "2019-11-25"),
    ("Họp giao ban UBND huyện\n\nChiều ngày 25/11, UBND huyện tổ chức họp giao ban.", None, "XXXX-11-25"),
    ("Huyện Bạch Thông họp đánh giá công tác\n\nNgày 06/4/2018, Lãnh đạo UBND huyện tổ chức họp đánh giá quý I.", None, "2018-04-06"),
    ("Kiểm tra bệnh viện\n\nSáng nay (6.2), Sở Y tế kiểm tra các bệnh viện.", "2017-02-06", "2017-02-06"),
    ("Hội nghị lần thứ 30\n\nBan Chấp hành vừa tổ chức Hội nghị lần thứ 30. Hồ sơ gửi trước ngày 30/7.", None, None),
    ("Họp bàn\n\nTheo Quyết định số 98/QĐ-UBND ngày 19/8/2022, huyện vừa tổ chức kiểm tra.", None, None),
    ("Đại hội\n\nĐại hội sẽ diễn ra ngày 23/7/2020 tại hội trường huyện.", None, None),
    ("Họp\n\nHôm qua, UBND tỉnh họp bàn giải pháp.", "2021-05-02", "2021-05-01"),
])
def test_event_date(text, published, expected):
    doc, _ = rows_of(text, published)
    ev = dates.event_date(doc)
    assert (ev.value if ev else None) == expected


def test_offsets_property_on_mixed_text():
    text = ("Sáng 6-2, Chiều ngày 25/11, ngày 3 tháng 2 năm 1930, quý IV/2016, 6 tháng đầu năm, "
            "từ ngày 21 đến 23/7/2020, (1/2004 - 5/2010), nhiệm kỳ 2015 – 2020, tuần tới, năm nay.")
    doc, rows = rows_of(text, "2020-03-01")
    assert len(rows) >= 10
    starts = [r["start"] for r in rows]
    assert starts == sorted(starts)
    for r in rows:
        assert text[r["start"]:r["end"]] == r["text"]
        assert r["granularity"] in ("day", "month", "quarter", "half", "year", "interval")


# The anchored scan (`_Scan`: each pattern tried only where it can start) must find exactly what the
# plain finditer scans (`_Slow`) find: glued prefixes, prefixes inside numbers, long space runs,
# tabs and no-break spaces, mixed case, other Unicode digits.
SCAN_TRAPS = [
    "Ông Thuần cũng cho biếtngày 21-1, chợ sẽ đóng cửa. Lần 3: Ngày21-11-2013, vỡ đê.",
    "Họp 12 ngày 5-6/7, kể từ  ngày mùng 3 đến hết ngày 9/8/2020 và các ngày 19, 21 và 23/07.",
    "Kể từ\tngày\u00a021 đến 23/7/2020; từ 10-4 đến hết 31-12; 30/4 – 1/5; (1/2004 - 5/2010).",
    "Từ tháng 4 đến tháng 8/2016, từ tháng 09 đến tháng 11 năm 2020, TỪ NĂM 2008 - 2014, 2015-16.",
    "NGÀY " + " " * 60 + "25/11/2019 và tháng" + " " * 70 + "5, năm" + "\t" * 50 + "2020.",
    "SN: 1983, SN 1990, mùa  Xuân 1975, Xuân 2018, xuân Mậu  Tuất 2018, Canh Tý 2020, Quý Mão 2023.",
    "Quý I năm 2018, QUÝ II/2017, Q1/2020, Q3 năm 2019, quý II-III, quý 4 năm nay.",
    "mười   một tháng đầu năm 2019, sáu tháng cuối năm nay, 9 tháng năm 2019, Nửa sau năm tới, x6 tháng đầu năm.",
    "Ngày mồng 1 Tết Đinh Dậu, mùng 10 tháng Giêng, Mùng 5 Tết năm Mậu Tuất 2018, ngày mùng 3 tết âm lịch.",
    "Hôm nay, chiều   hôm qua, SÁNG NAY (6.2), năm ngoái, 3 tháng trước, tuần tới, thứ Hai 5/6, Chủ nhật (7/6), hôm thứ 22/4.",
    "Ngày 1٣/2/2019, ngày ２5/3, năm 201٩, 12/3/20191/2/2020, 5/6/2019/7/8/2020, 1/2/20/3/2019.",
]


@pytest.mark.parametrize("text", SCAN_TRAPS)
def test_anchored_scan_matches_plain_scan(text, monkeypatch):
    text = unicodedata.normalize("NFC", text)
    assert isinstance(dates._scanner(text, text.lower()), dates._Scan)
    fast = dates._cands(text)
    monkeypatch.setattr(dates, "_scanner", lambda t, low: dates._Slow(t))
    plain = dates._cands(text)
    assert fast == plain
    assert fast  # the traps do produce candidates


def test_event_date_after_a_time_of_day():
    from vnextract.pipeline.api import extract as run
    text = ("Vào khoảng 12 giờ 30 phút ngày 8/7, trên địa bàn xã Thanh Chăn, huyện Điện Biên, một thanh niên đã bị "
            "nước cuốn trôi khi bơi qua sông Nậm Rốm.")
    got = run(text, title="Thanh niên mất tích khi bơi qua sông", published="2017-07-09").articles.iloc[0]
    assert got["event_date"] == "2017-07-08"
