"""deadlines extractor: markers, tasks, responsible agents, who directed it, and what is not a deadline."""
from __future__ import annotations

import unicodedata

import pytest

from vnextract.extractors import dates, deadlines, layout
from vnextract.extractors.extensions import ArticleInfo, parse_published
from vnextract.extractors.officials import Official
from vnextract.pipeline.segment import segment


def run(text: str, published: str | None = None, officials=None):
    text = unicodedata.normalize("NFC", text)
    doc = segment(text)
    doc._.info = ArticleInfo("t", None, parse_published(published))
    doc._.layout = layout.read_layout(doc)
    doc._.officials = officials or []
    dates.extract(doc)
    rows = deadlines.extract(doc)
    for r in rows:
        assert doc.text[r["start"]:r["end"]] == r["due_text"]
        assert r["evidence"] and r["evidence"] in doc.text
    return doc, rows


# (text, published, [(due_text, due, task or None to skip, responsible or ... to skip)])
FOUND = [
    ("Và yêu cầu các phòng, ngành có liên quan đánh giá lại kết quả thực hiện, góp ý vào dự thảo đề cương "
     "gửi về phòng Tài Chính – Kế hoạch trước ngày 28/11, để tổng hợp báo cáo.", "2019-11-26",
     [("trước ngày 28/11", "2019-11-28", "góp ý vào dự thảo đề cương gửi về phòng Tài Chính – Kế hoạch",
       "các phòng, ngành có liên quan")]),
    ("Đồng chí yêu cầu báo cáo kinh tế - xã hội năm 2019 phải hoàn thành trước ngày 30/11, để gửi đại biểu.",
     "2019-11-26", [("trước ngày 30/11", "2019-11-30", "báo cáo kinh tế - xã hội năm 2019 phải hoàn thành", None)]),
    ("Tập trung thực hiện xây dựng hoàn thành Trung tâm Dịch vụ Hành chính công để đưa vào hoạt động năm 2021.",
     None, [("năm 2021", "2021", "xây dựng hoàn thành Trung tâm Dịch vụ Hành chính công để đưa vào hoạt động", None)]),
    ("Tiếp tục quan tâm thực hiện các tiêu chí trong giai đoạn 2020 – 2025 phấn đấu đạt huyện nông thôn mới "
     "kiểu mẫu vào năm 2025.", None, [("vào năm 2025", "2025", "phấn đấu đạt huyện nông thôn mới kiểu mẫu", None)]),
    ("Ban Quản lý đường sắt đô thị đề nghị nhà thầu đẩy nhanh tiến độ nhập khẩu đoàn tàu đầu tiên trước ngày 5/10.",
     "2020-09-18", [("trước ngày 5/10", "2020-10-05", "đẩy nhanh tiến độ nhập khẩu đoàn tàu đầu tiên", "nhà thầu")]),
    ("Hạn báo cáo trước ngày 20/10/2016.", None, [("trước ngày 20/10/2016", "2016-10-20", None, ...)]),
    ("Kết quả gửi về Bộ trước ngày 10/2.", None, [("trước ngày 10/2", "XXXX-02-10", None, ...)]),
    ("Nhà xuất bản phát hành sách giáo khoa đến các địa phương trước 31/7/2021 để cung cấp kịp thời.", "2021-04-11",
     [("trước 31/7/2021", "2021-07-31", None, ...)]),
    ("Báo cáo kết quả về Ban chỉ đạo tỉnh chậm nhất ngày 26/3.", "2021-03-01",
     [("chậm nhất ngày 26/3", "2021-03-26", "Báo cáo kết quả về Ban chỉ đạo tỉnh", None)]),
    ("Học sinh nộp đơn đăng ký dự tuyển, thời hạn chậm nhất vào ngày 24-5-2021.", "2021-04-23",
     [("chậm nhất vào ngày 24-5-2021", "2021-05-24", None, ...)]),
    ("Ông Khoa yêu cầu UBND huyện Nhà Bè vận động di dời 4 hộ dân đến nơi an toàn, chậm nhất đến ngày 2/6.", None,
     [("chậm nhất đến ngày 2/6", "XXXX-06-02", None, ...)]),
    ("UBND TP yêu cầu Ban quản lý dự án tập trung hoàn thành các thủ tục đầu tư trong tháng 10-2016.", None,
     [("trong tháng 10-2016", "2016-10", None, ...)]),
    ("Phó Thủ tướng cũng chỉ đạo, trong năm 2017, các địa phương cần hoàn thành đăng ký lại các hợp tác xã.", None,
     [("trong năm 2017", "2017", "hoàn thành đăng ký lại các hợp tác xã", "các địa phương")]),
    ("Phấn đấu đạt tối thiểu 25 nghìn doanh nghiệp vào năm 2020, tăng gấp đôi so với hiện nay.", None,
     [("vào năm 2020", "2020", "Phấn đấu đạt tối thiểu 25 nghìn doanh nghiệp", None)]),
    ("Chủ đầu tư cam kết sẽ hoàn thành dự án, đưa vào khai thác vào tháng 5-2017.", None,
     [("vào tháng 5-2017", "2017-05", None, ...)]),
    ("Các đơn vị phải hoàn thành và báo cáo trong quý II/2017.", None, [("trong quý II/2017", "2017-Q2", None, ...)]),
    ("Uỷ ban nhân dân tỉnh yêu cầu hoàn thành trước ngày 15/8.", "2020-08-01", [("trước ngày 15/8", "2020-08-15", None, ...)]),
]


@pytest.mark.parametrize("text,published,expected", FOUND)
def test_deadlines_found(text, published, expected):
    _, rows = run(text, published)
    got = [(r["due_text"], r["due"]) for r in rows]
    assert got == [(e[0], e[1]) for e in expected]
    for r, (_, due, task, resp) in zip(rows, expected):
        if task is not None:
            assert r["task"] == task
        if resp is not ...:
            assert r["responsible"] == resp
        assert r["due_date"] is None or r["due_date"] >= "1900"


def test_due_date_is_last_day():
    _, rows = run("Các đơn vị phải hoàn thành trong quý II/2017 và gửi báo cáo trước ngày 20/6/2017.")
    assert [r["due_date"] for r in rows] == ["2017-06-30", "2017-06-20"]


def test_nfd_input():
    text = unicodedata.normalize("NFD", "Đồng chí yêu cầu các xã hoàn thành hồ sơ trước ngày 30/11/2019.")
    _, rows = run(text)
    assert [r["due"] for r in rows] == ["2019-11-30"]


NOT_DEADLINES = [
    "Hiện nay, UBND tỉnh thực hiện xử phạt từ 30/6 đối với các trường hợp vi phạm.",
    "Đại hội Đảng bộ huyện nhiệm kỳ 2020-2025 sẽ diễn ra từ ngày 21 đến 23/7/2020 tới.",
    "Toàn bộ công trình đã hoàn thành trước ngày 30/4/2019.",
    "Về chỉ tiêu thời gian tới, dự kiến năm 2020 đẩy 06 xã đạt chuẩn Nông thôn mới.",
    "Chứng chỉ đã được cơ quan có thẩm quyền cấp trước ngày 01/06/2017 vẫn được tiếp tục sử dụng.",
    "Chỉ có 10 đơn vị lập báo cáo trước ngày 31/8/2016.",
    "Viettel dẫn trước 1-0 sau hiệp một.",
    "Thông tư này có hiệu lực từ ngày 1/5/2021.",
    "Lễ khai mạc sẽ diễn ra trên sân Quy Nhơn ngày 24/3.",
    "Dự án dự kiến hoàn thành vào cuối năm 2017.",
    "Tàu ngầm Minerve mất tích năm 1968 nhưng phải đến năm 2019 mới được tìm thấy.",
    "Theo thống kê, đến ngày 7/2, 5 tuyến xe buýt đã thực hiện 28.707 lượt xe.",
    "Thủ tướng giao Bộ Xây dựng thẩm định đồ án quy hoạch chung thành phố Đà Nẵng đến năm 2030, tầm nhìn đến năm 2050.",
    "Ngay sau khi bàn giao và đưa vào sử dụng vào cuối tháng 3-2016, công trình xuống cấp.",
    "Kết quả nổi bật trong tháng 10 đó là UBND huyện đã tập trung chỉ đạo 7 xã công bố đạt chuẩn.",
    "Chính quyền yêu cầu đóng cửa toàn bộ chợ dân sinh từ ngày 24/4 đến ngày 7/5.",
]


@pytest.mark.parametrize("text", NOT_DEADLINES)
def test_not_deadlines(text):
    _, rows = run(text, "2021-04-20")
    assert rows == []


def _official(doc_text: str, name: str, *extra: str) -> Official:
    spans = []
    for needle in (name,) + extra:
        i = doc_text.index(needle)
        spans.append((i, i + len(needle)))
    return Official(name=name, mentions=spans)


def test_directed_by_same_and_previous_sentence():
    text = ("Kết luận hội nghị, đồng chí Hoàng Văn Hiệp – Phó bí thư, Chủ tịch UBND huyện yêu cầu các phòng, ngành "
            "xây dựng các giải pháp cụ thể. Tập trung thực hiện xây dựng hoàn thành Trung tâm Dịch vụ Hành chính công "
            "để đưa vào hoạt động năm 2021.")
    off = _official(text, "Hoàng Văn Hiệp")
    _, rows = run(text, officials=[off])
    assert [(r["due"], r["directed_by"]) for r in rows] == [("2021", "Hoàng Văn Hiệp")]


def test_directed_by_pronoun_refers_back():
    text = ("Đ/c Bùi Quang Hoàn, Chủ tịch UBND huyện kết luận tại hội nghị giao ban\n\n"
            "Và yêu cầu các phòng, ngành có liên quan góp ý vào dự thảo đề cương trước ngày 28/11, để tổng hợp. "
            "Đồng chí yêu cầu báo cáo kinh tế - xã hội năm 2019 phải hoàn thành trước ngày 30/11.")
    off = _official(text, "Bùi Quang Hoàn")
    _, rows = run(text, "2019-11-26", officials=[off])
    assert [(r["due"], r["directed_by"]) for r in rows] == [("2019-11-28", "Bùi Quang Hoàn"),
                                                            ("2019-11-30", "Bùi Quang Hoàn")]


def test_directed_by_none_without_officials_or_directive():
    text = "Kết quả gửi về Bộ trước ngày 10/2."
    off = Official(name="Nguyễn Văn A", mentions=[])
    _, rows = run(text, officials=[off])
    assert rows[0]["directed_by"] is None


def test_seed_article_deadlines_only_the_two():
    text = ("Và yêu cầu các phòng, ngành có liên quan đánh giá lại kết quả thực hiện, góp ý vào dự thảo đề cương gửi "
            "về phòng Tài Chính – Kế hoạch trước ngày 28/11, để tổng hợp và hoàn chỉnh báo cáo phần kinh tế - xã hội. "
            "Đồng chí yêu cầu báo cáo kinh tế - xã hội năm 2019 phải hoàn thành trước ngày 30/11, để gửi đại biểu "
            "HĐND huyện phục vụ cho kỳ họp. Về chỉ tiêu thời gian tới cần soát xét để hoàn thành Đề án Nông thôn mới "
            "của huyện trong đó dự kiến năm 2020 đẩy 06 xã đạt chuẩn Nông thôn mới.")
    _, rows = run(text)
    assert [r["due_text"] for r in rows] == ["trước ngày 28/11", "trước ngày 30/11"]
    assert all(r["due"].endswith(("-11-28", "-11-30")) for r in rows)
