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


def row_due(text: str, due_text: str, published: str) -> dict:
    """The deadline row of `due_text` in the text (the test fails when there is none)."""
    _, rows = run(text, published)
    found = [r for r in rows if r["due_text"] == due_text]
    assert found, [r["due_text"] for r in rows]
    return found[0]


# (text, published, [(due_text, due, task or None to skip, responsible or ... to skip)])
FOUND = [
    ("Và yêu cầu các phòng, ngành có liên quan đánh giá lại kết quả thực hiện, góp ý vào dự thảo đề cương "
     "gửi về phòng Tài Chính – Kế hoạch trước ngày 28/11, để tổng hợp báo cáo.", "2019-11-26",
     [("trước ngày 28/11", "2019-11-28",
       "đánh giá lại kết quả thực hiện, góp ý vào dự thảo đề cương gửi về phòng Tài Chính – Kế hoạch",
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
     [("trong năm 2017", "2017", "cần hoàn thành đăng ký lại các hợp tác xã", "các địa phương")]),
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


# Issue 14: markers beyond `trước ngày`, with the agent and task read from the clause (corpus sentences).
MARKERS = [
    ("Trong tháng 8/2017, Sở GTVT sẽ xử lý 63 cây xanh có nguy cơ gãy đổ.", "2017-07-20",
     "Trong tháng 8/2017", "2017-08", "xử lý 63 cây xanh có nguy cơ gãy đổ", "Sở GTVT"),
    ("Bộ GD-ĐT xác định và thông báo chỉ tiêu cho các cơ sở đào tạo giáo viêntrước ngày 15/5/2021.", "2021-04-29",
     "trước ngày 15/5/2021", "2021-05-15", "xác định và thông báo chỉ tiêu cho các cơ sở đào tạo giáo viên", "Bộ GD-ĐT"),
    ("UBND tỉnh đề nghị các đơn vị gửi báo cáo về Sở Nội vụ trước 17 giờ ngày 12/9.", "2017-09-05",
     "trước 17 giờ ngày 12/9", "2017-09-12", "gửi báo cáo về Sở Nội vụ", "các đơn vị"),
    ("Ông Khoa yêu cầu UBND huyện Nhà Bè vận động di dời 4 hộ dân đến nơi an toàn, chậm nhất đến ngày 2/6.", "2017-05-30",
     "chậm nhất đến ngày 2/6", "2017-06-02", "vận động di dời 4 hộ dân đến nơi an toàn", "UBND huyện Nhà Bè"),
    ("Chủ đầu tư cam kết sẽ hoàn tất việc bàn giao mặt bằng vào tháng 10/2017.", "2017-06-01",
     "vào tháng 10/2017", "2017-10", None, "Chủ đầu tư"),
    ("UBND tỉnh giao Sở Xây dựng chủ trì, phối hợp với Sở Tài chính hoàn thành đề án trước ngày 30/6.", "2021-04-20",
     "trước ngày 30/6", "2021-06-30", "chủ trì, phối hợp với Sở Tài chính hoàn thành đề án", "Sở Xây dựng"),
    ("Tỉnh Quảng Nam sẽ hoàn thành việc tháo gỡ những vướng mắc trong công tác giải phóng mặt bằng vào giữa tháng "
     "6/2017 nhằm giải quyết dứt điểm những phát sinh.", "2017-05-20",
     "vào giữa tháng 6/2017", "2017-06", "hoàn thành việc tháo gỡ những vướng mắc trong công tác giải phóng mặt bằng",
     "Tỉnh Quảng Nam"),
]


@pytest.mark.parametrize("text,published,due_text,due,task,resp", MARKERS)
def test_markers_task_responsible(text, published, due_text, due, task, resp):
    _, rows = run(text, published)
    assert [(r["due_text"], r["due"]) for r in rows] == [(due_text, due)]
    if task is not None:
        assert rows[0]["task"] == task
    assert rows[0]["responsible"] == resp
    assert len(rows[0]["task"].split()) >= 3


# Reported facts, statistics and speeches with a time are not deadlines (corpus sentences).
REPORTED = [
    ("Trong quý 1/2021, doanh thu thuần của Công ty đạt 21.048,6 tỷ đồng, tăng 12% so với cùng kỳ.", "2021-04-25"),
    ("Riêng trong quý II/2020, lượng khách quốc tế tới Việt Nam đạt 44.000 lượt.", "2020-10-02"),
    ("Chủ tịch nước cũng nhấn mạnh, trong năm 2016 nói riêng, báo chí nước nhà đã có những đóng góp to lớn.", None),
    ("Có 160 người phải tạm hoãn, riêng trong ngày 28/4 là 76 người.", "2021-04-29"),
    ("Gia đình ông Sơn phải thuê hai tàu kéo vào bờ, nằm chờ sửa chữa từ đầu tháng 5-2017 đến nay.", None),
    ("Báo cáo kết quả thực hiện nhiệm vụ Thủ tướng giao từ tháng 1/2016 đến ngày 10/5/2017 cho biết đạt hơn 83%.", None),
    ("Ngụy Đại Huân phải lòng đàn chị khi cộng tác cùng cô trong một show truyền hình vào năm 2019.", "2021-04-17"),
    ("Khoảng đầu tháng 2-2016, anh lái xe đến TTYT huyện để đưa người nhà vào TP Quy Nhơn điều trị.", None),
    ("Hy vọng mong manh khi lượng ôxy trong tàu sẽ cạn kiệt (hạn chót là 3h sáng ngày 24/4 - giờ địa phương).",
     "2021-04-23"),
    ("Số doanh nghiệp đăng ký tạm ngừng kinh doanh có thời hạn trong tháng 9/2020 là 3.269 doanh nghiệp.", "2020-10-01"),
    ("Hiện tại bệnh viện dã chiến sẵn sàng tiếp nhận bệnh nhân Covid-19 ngay trong chiều nay.", "2021-05-01"),
]


@pytest.mark.parametrize("text,published", REPORTED)
def test_reported_facts_are_not_deadlines(text, published):
    _, rows = run(text, published)
    assert rows == []


def _official_with_title(doc_text: str, name: str, title: str, *mentions: str) -> Official:
    off = _official(doc_text, name, *mentions)
    off.titles = [title]
    return off


def test_directed_by_is_never_the_addressee():
    text = ("Ông Nguyễn Văn Bình, Chủ tịch UBND tỉnh, dự buổi làm việc. Văn phòng Chính phủ đề nghị Chủ tịch tỉnh "
            "chỉ đạo rà soát, báo cáo Thủ tướng trước ngày 1-10-2017.")
    off = _official_with_title(text, "Nguyễn Văn Bình", "Chủ tịch Ủy ban nhân dân tỉnh")
    _, rows = run(text, "2017-09-20", officials=[off])
    assert [(r["due"], r["directed_by"], r["responsible"]) for r in rows] == [("2017-10-01", None, "Chủ tịch tỉnh")]


def test_directed_by_from_a_post_one_official_holds():
    text = ("Ông Nguyễn Văn Bình, Chủ tịch UBND tỉnh Bình Định, chủ trì cuộc họp. Chủ tịch UBND tỉnh yêu cầu "
            "Sở Xây dựng hoàn thành hồ sơ trước ngày 15/8.")
    off = _official_with_title(text, "Nguyễn Văn Bình", "Chủ tịch Ủy ban nhân dân tỉnh Bình Định")
    _, rows = run(text, "2020-08-01", officials=[off])
    assert [(r["directed_by"], r["responsible"]) for r in rows] == [("Nguyễn Văn Bình", "Sở Xây dựng")]


def test_directed_by_name_with_title_and_document():
    text = ("Phó Thủ tướng Trương Hòa Bình có văn bản yêu cầu Bộ Công an khẩn trương điều tra, xác minh và báo cáo "
            "kết quả lên Thủ tướng Chính phủ trước ngày 15/6/2017.")
    off = _official(text, "Trương Hòa Bình")
    _, rows = run(text, "2017-06-01", officials=[off])
    assert [(r["directed_by"], r["responsible"]) for r in rows] == [("Trương Hòa Bình", "Bộ Công an")]
    assert rows[0]["task"].startswith("khẩn trương điều tra")


def test_responsible_canonical_expands_abbreviations():
    assert deadlines.canonical_body("UBND huyện Vân Đồn") == "Ủy ban nhân dân huyện Vân Đồn"
    assert deadlines.canonical_body("Sở GD-ĐT Hà Nội") == "Sở Giáo dục và Đào tạo Hà Nội"
    assert deadlines.canonical_body("Sở GTVT") == "Sở Giao thông vận tải"
    assert deadlines.canonical_body("các phòng, ngành có liên quan") is None
    assert deadlines.canonical_body("thí sinh") is None


# A plan (`sẽ`, `dự kiến`) counts only as the plan of a public body or official (or a public work to be
# completed); a company's, a product's, a person's or a foreign country's plan, a forecast, a condition
# and an offer with a time are not deadlines (corpus sentences, world, tech, business and sport news).
NOT_PLANS_OF_THE_WORK = [
    ("Dự kiến, Stratolaunch sẽ trình diễn phóng vệ tinh đầu tiên vào đầu năm 2019.", None),
    ("Hiện Thảo Điền Sapphire đang bàn giao những căn nhà đầu tiên và dự kiến đến tháng 8/2017 sẽ chính thức "
     "bàn giao cho khách hàng.", "2017-06-15"),
    ("Trao đổi với PV Dân trí, đại diện hệ thống bán lẻ FPT Shop cho biết loạt sản phẩm mới này sẽ được lên kệ "
     "chính thức tại thị trường Việt Nam trong khoảng thời gian đầu đến giữa tháng 6 sắp tới.", "2021-04-21"),
    ("CEO của VinFast, Nguyễn Thị Vân Anh, cho biết công ty sẽ ra mắt tại thị trường Bắc Mỹ và châu Âu trong năm 2022.",
     "2021-05-01"),
    ("Theo thông tin từ tờ báo Fast Company, Apple sẽ cho ra mắt 3 phiên bản iPhone khác nhau trong năm nay.",
     "2017-02-10"),
    ("Chỉ ít ngày sau sự kiện đặc biệt của Apple, Samsung cũng sẽ tổ chức một sự kiện \"Unpacked\" vào ngày 28/4 "
     "để giới thiệu sản phẩm mới của hãng.", "2021-04-14"),
    ("Được biết, ngành kỹ sư Civil Engineering ở trường ĐH Việt Nhật sẽ tuyển sinh vào năm 2022.", "2021-04-21"),
    ("Một tàu hộ vệ của Đức sẽ tới châu Á vào tháng 8, trong đó có hành trình đi qua Biển Đông.", "2021-04-19"),
    ("Tuy vậy, Đức vẫn cam kết đưa một tàu khu trục đến châu Á vào tháng 8.", "2021-04-19"),
    ("Phân tích của CNBC cho thấy, Hàn Quốc sẽ duy trì thứ hạng này ít nhất là đến năm 2026.", "2021-04-20"),
    ("Tổng thống Mỹ Donald Trump sẽ tiếp đón Thủ tướng Nguyễn Xuân Phúc tại Nhà Trắng vào ngày 31/5.", "2017-05-25"),
    ("Ibrahimovic sau 1 mùa giải chơi thành công ở MU đã không được giữ lại do bị chấn thương dài hạn với thời gian "
     "bình phục dự kiến là đầu năm 2018.", "2017-07-01"),
    ("Việt Nam có 2 trong tổng số 4 môn thi đấu trước đại hội, bao gồm bóng đá và bắn cung; dự kiến di chuyển "
     "trong ngày 11/8.", "2017-07-20"),
    ("Nếu như nhận quốc tịch Việt Nam vào trước tháng 5, Filip Nguyễn hoàn toàn có thể được HLV Park Hang Seo "
     "triệu tập vào đội tuyển Việt Nam.", "2021-04-23"),
    ("Theo UNDP, nếu tình hình an ninh và kinh tế không sớm bình ổn trở lại, khoảng 25 triệu người - chiếm 48% dân "
     "số Myanmar sẽ rơi vào cảnh đói nghèo trong năm 2022.", "2021-04-25"),
    ("Nghiên cứu năm 2017 cảnh báo rằng càng về thế hệ sau thì số lượng tinh trùng càng giảm và có khả năng buộc "
     "hầu hết các cặp vợ chồng phải sử dụng các phương pháp hỗ trợ sinh sản vào năm 2045, bà Swan cho biết.",
     "2021-04-25"),
]


@pytest.mark.parametrize("text,published", NOT_PLANS_OF_THE_WORK)
def test_plans_not_of_the_work_are_not_deadlines(text, published):
    _, rows = run(text, published)
    assert rows == []


# Directive words used as nouns (`ngoại giao`, `Kết luận thanh tra`, `công văn đôn đốc mà`, `80 yêu cầu`,
# `sau chỉ đạo`) set no requirement; the name of a document or strategy ends with its horizon year.
NOUN_USES_AND_NAMES = [
    ("Việc các nước châu Âu dồn dập trục xuất nhà ngoại giao Nga có nhiều lý do, từ việc thể hiện tính đoàn kết với "
     "CH Séc trong cáo buộc Nga liên quan tới vụ nổ kho đạn vào năm 2014 đến các cáo buộc gián điệp.", "2021-04-27"),
    ("Sau khi có Kết luận thanh tra vào ngày 10/02/2017, Sở Y tế đã chỉ đạo Giám đốc Bệnh viện Truyền máu Huyết học "
     "tổ chức kiểm điểm tập thể, cá nhân có liên quan.", "2017-05-20"),
    ("Phát biểu kết luận cuộc họp, Phó Thủ tướng Trương Hòa Bình biểu dương, đánh giá cao công tác phòng chống dịch "
     "năm 2020 và đầu năm 2021 của TPHCM.", "2021-04-28"),
    ("Đối với các Bộ, địa phương đã nộp báo cáo thì hầu hết đều lập, gửi tới Bộ Tài chính chậm so với cả công văn "
     "đôn đốc mà Bộ Tài chính phát đi vào ngày 3/11/2016.", "2017-01-06"),
    ("Người phát ngôn của Enthrall Aviation tiết lộ đã nhận được \"gần 80 yêu cầu\" thuê máy bay đến Dubai trong "
     "ngày 23/4.", "2021-04-24"),
    ("Chính sách này được đưa ra sau chỉ đạo vào cuối năm 2016 của Bí thư Thành ủy TP.HCM về nhà ở.", "2017-02-15"),
    ("Tiếp tục thực hiện nghiêm chỉnh Nghị quyết số 35/NQ-CP ngày 16/5/2016 của Chính phủ về hỗ trợ và phát triển "
     "DN đến năm 2020.", "2017-05-10"),
    ("Cụ thể, Thủ tướng Chính phủ đồng ý bổ sung khu công nghiệp Phúc Long mở rộng với diện tích 334,5 ha vào Quy "
     "hoạch phát triển các khu công nghiệp Việt Nam đến năm 2020.", "2017-07-10"),
    ("Tiếp tục thực hiện Nghị quyết số 48-NQ/TW của Bộ Chính trị khóa IX về Chiến lược xây dựng và hoàn thiện hệ "
     "thống pháp luật Việt Nam đến năm 2010, định hướng đến năm 2020.", "2017-06-01"),
    ("Hội nghị được kỳ vọng sẽ tạo ra các khuôn khổ hợp tác mới của APEC, tiến đến thực hiện đúng hạn các Mục tiêu "
     "Bogor vào năm 2020.", "2017-05-20"),
    ("Hầu hết các nhà máy rượu bia của Pháp được xây dựng ở khu vực Chợ Lớn, cho đến trước năm 1954 ở Sài Gòn-Chợ "
     "Lớn có tất cả 17 hãng.", None),
    ("Mức giảm giá này tại các hệ thống bán lẻ điện thoại lớn tại Việt Nam sẽ kéo dài đến ngày 15/10.", "2020-10-02"),
]


@pytest.mark.parametrize("text,published", NOUN_USES_AND_NAMES)
def test_noun_uses_and_document_names_are_not_deadlines(text, published):
    _, rows = run(text, published)
    assert rows == []


# Plans of public bodies, officials and public works are kept (corpus sentences).
PUBLIC_PLANS = [
    ("Theo kế hoạch, đoàn sẽ hoàn thành công tác kiểm tra, báo cáo Bộ Chính trị trước ngày 30.6.", "2017-06-10",
     "trước ngày 30.6"),
    ("Ông Phan Trọng Hổ, Giám đốc Sở NN&PTNT Bình Định cho biết sẽ có báo cáo đầy đủ, tham mưu hướng xử lý cho "
     "UBND tỉnh vào ngày 26/6.", "2017-06-20", "vào ngày 26/6"),
    ("Hiện tại, vụ việc đã trình lên UBND quận Sơn Trà để xin ý kiến xử lý; dự kiến đến tháng 9/2017 sẽ giải quyết "
     "dứt điểm.", "2017-02-20", "đến tháng 9/2017"),
    ("Đến nay, khối lượng thi công đạt khoảng 87% và dự kiến hoàn thành cuối năm nay.", "2021-05-01", "cuối năm nay"),
    ("Bộ GTVT đã triển khai lập 5 quy hoạch ngành; dự kiến trình Thủ tướng Chính phủ theo đúng kế hoạch trong "
     "quý II/2021.", "2021-04-20", "trong quý II/2021"),
    ("Cụ thể, trong quý I-2017, Phó Chủ tịch UBND TP Trần Vĩnh Tuyến sẽ kiểm tra tại bốn sở gồm Sở Nội vụ, Sở Tài "
     "chính.", "2017-01-20", "trong quý I-2017"),
    ("UBND tỉnh cũng đã giao cho Cty Khai thác thủy lợi Thái Nguyên tiến hành thi công, sửa chữa, dự kiến đến ngày "
     "20/8/2017 sẽ hoàn thành giai đoạn 1.", "2017-06-22", "đến ngày 20/8/2017"),
    ("Hiện nay, CPMB đang đẩy nhanh các thủ tục để đảm bảo các mốc tiến độ phê duyệt công tác chuẩn bị đầu tư như "
     "trong tháng 2 này sẽ hoàn thành Báo cáo nghiên cứu khả thi để phê duyệt vào tháng 4 tới.", "2017-02-08",
     "vào tháng 4"),
    ("Bộ TT&TT đang xây dựng để trình Chính phủ ban hành trong năm 2017 Nghị định thay thế Nghị định số "
     "174/2013/NĐ-CP.", "2017-07-05", "trong năm 2017"),
    ("Mục tiêu của Hà Nội đến năm 2020, 100% dân số ngoại thành được sử dụng nước sạch.", "2017-02-10",
     "đến năm 2020"),
]


@pytest.mark.parametrize("text,published,due_text", PUBLIC_PLANS)
def test_public_plans_are_deadlines(text, published, due_text):
    _, rows = run(text, published)
    assert due_text in [r["due_text"] for r in rows]


def test_sentence_opening_with_a_directive_verb():
    text = ("Đối với các phòng GD&ĐT, Sở yêu cầu lập kế hoạch xây dựng trường đạt chuẩn quốc gia hằng năm. Chỉ đạo "
            "các trường có kế hoạch xây dựng trường đạt chuẩn quốc gia trong năm 2017 tích cực hoàn thiện các tiêu chí.")
    _, rows = run(text, "2017-02-10")
    assert [r["due_text"] for r in rows] == ["trong năm 2017"]


def test_continuation_with_a_subject_of_its_own_carries_no_requirement():
    text = ("Theo quy định, tách thửa trên 2.000 m2 phải lập dự án. Sau đó quy định này bị Cục Kiểm tra văn bản "
            "(Bộ Tư pháp) “tuýt còi” vào tháng 1-2014.")
    _, rows = run(text)
    assert rows == []


def test_numbers_do_not_cut_the_task():
    _, rows = run("Ông Hà cho biết, tỉnh còn tập trung phát triển các sản phẩm du lịch mũi nhọn đặc thù, phấn đấu từ "
                  "nay đến năm 2020 đón trên 4,327 triệu lượt khách du lịch.", "2017-02-10")
    assert [(r["due_text"], r["task"]) for r in rows] == [
        ("từ nay đến năm 2020", "phấn đấu đón trên 4,327 triệu lượt khách du lịch")]
    _, rows = run("Năm 2017, tỉnh phấn đấu thu hút khoảng 3,3 - 3,5 triệu lượt khách (tăng 8%), lượng khách quốc tế "
                  "chiếm từ 40 - 45%.", "2017-02-10")
    assert [r["due_text"] for r in rows] == ["Năm 2017"] and len(rows[0]["task"].split()) >= 3


def test_goal_year_with_its_own_time():
    _, rows = run("Chủ tịch UBND TP Nguyễn Thành Phong nhận định với mục tiêu của năm 2017 và phấn đấu đến năm 2021 "
                  "có khoảng 500.000 DN thành lập mới trên địa bàn, TP cần có giải pháp cụ thể.", "2017-02-10")
    assert [(r["due_text"], r["task"]) for r in rows] == [
        ("đến năm 2021", "phấn đấu có khoảng 500.000 DN thành lập mới trên địa bàn")]


# Reported facts that open with a time or sit in a condition, periods, and qualifiers (corpus sentences).
REPORTED_IN_CONTEXT = [
    ('Kiểm tra lịch sử giao dịch của nhóm khách hàng nói trên tại Agribank cho thấy, trước tháng 1-2017, các sổ tiết kiệm được gửi, rút và tất toán số dư bình thường tại chi nhánh Agribank Lào Cai.',
     None),
    ('Còn trường hợp chị Cao Thị Thu Hiền, thì cuối năm 2016, UBND huyện có làm hồ sơ đề nghị Sở Nội vụ cho tuyển viên chức y tế xã nhưng chị này không làm đơn nên huyện không có lí do để tuyển.',
     None),
    ('Chỉ thị nêu rõ, trong những tháng đầu năm 2017, các bộ, cơ quan trung ương và địa phương đã tích cực triển khai thực hiện các Nghị quyết của Đảng, Quốc hội, Chính phủ về phát triển kinh tế xã hội.',
     None),
    ('Chợ Hữu nghị thuộc cửa khẩu Tân Thanh Lạng Sơn được đưa vào hoạt động năm 2009.',
     None),
    ('Trong hai ngày 30/6 và 1/7, Tỉnh ủy An Giang tổ chức Hội nghị lần thứ 8 (khóa X), đánh giá tình hình lãnh đạo phát triển kinh tế - xã hội trong 6 tháng đầu năm 2017, đề ra các phương hướng, nhiệm vụ nhằm thúc đẩy phát triển kinh tế - xã hội những tháng cuối năm 2017.',
     None),
    ('Cụ thể, nếu năm 2014, công ty nộp tiền thuê đất 440 triệu đồng, năm 2015 lên hơn 1,3 tỷ đồng, thì đến năm 2016, công ty phải nộp 7,8 tỷ đồng (tăng hơn 18 lần so với năm 2013).',
     None),
    ('Trước đó, vào ngày 31-5, tại phía bờ phải sông Rạch Tôm, ấp 3 xã Nhơn Đức xuất hiện vết nứt dài 40m, rộng 3m.',
     None),
    ('ĐB Trần Văn Minh (Quảng Ninh) kiến nghị nên “khuôn” lại ở những khoản nợ phát sinh trước 31-12-2016, không nên mở rộng trong suốt quãng thời gian nghị quyết có hiệu lực.',
     None),
    ('Ông Nguyễn Hữu Long Giao, Giám đốc trạm bơm Nhiêu Lộc - Thị Nghè, cho biết trong năm 2016, đơn vị đã thay thế khoảng 12 nắp giếng dọc bờ kênh bằng những nắp mới có khoan lỗ thoát khí.',
     None),
]


@pytest.mark.parametrize("text,published", REPORTED_IN_CONTEXT)
def test_reported_in_context_are_not_deadlines(text, published):
    _, rows = run(text, published)
    assert rows == []


# Negated, quoted-name, contract, finding, event-setting, historical and past-bare times (corpus sentences).
NOT_DUE_TIMES = [
    ('Cần cân đối ngân sách, không để đến năm 2020 mà càng sớm càng tốt xây dựng trụ nước chữa cháy để bà con có lỡ ngủ quên cũng được an toàn.',
     '2017-05-30'),
    ('TPHCM cũng yêu cầu UBND quận 5 chỉ đạo các đơn vị liên quan sử dụng toàn bộ số tiền thu được nói trên để tái đầu tư xây dựng “Phương án nâng cấp, sửa chữa toàn diện chợ An Đông đến năm 2021”.',
     '2017-02-10'),
    ('Hợp đồng hiện tại của Wayne Rooney với M.U còn thời hạn đến năm 2019.',
     '2017-07-01'),
    ('Ngoài yếu tố về lợi nhuận, quá trình rà soát Quy hoạch ngành thép của Bộ Công thương cho thấy, đến năm 2020 cả nước sẽ thiếu hụt khoảng 15 triệu tấn thép thô.',
     '2017-02-01'),
    ('Tại cuộc họp giao ban giữa UBND TP Hà Nội với lãnh đạo các sở, ngành, quận, huyện vào sáng nay (6/2), Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung yêu cầu Sở GD&ĐT TP. Hà Nội xây dựng kế hoạch.',
     '2017-02-06'),
    ('Giải quyết lại không thấu tình đạt lý, quyền sử dụng đất ổn định của người dân trước tháng 10/1993 nhưng chưa được cấp giấy chứng nhận, sau đó bị thu hồi thì đền bù không thỏa đáng.',
     '2017-07-10'),
    ('Cộng với các tòa VP2, VP3, VP4, VP5… mới xây dựng và đưa vào sử dụng năm 2015, 2016 có khoảng gần 2.000 căn hộ.',
     '2017-06-01'),
]


@pytest.mark.parametrize("text,published", NOT_DUE_TIMES)
def test_not_due_times(text, published):
    _, rows = run(text, published)
    assert rows == []


def test_plan_word_belongs_to_the_nearer_due_time():
    text = ("EVN dừng toàn bộ lịch cắt điện theo kế hoạch đến hết ngày 1/7 Trả lời về việc một số khu vực mất điện "
            "trong ngày 4/6 như Cầu Giấy, Định Công.")
    _, rows = run(text, "2017-06-06")
    # (the 1/7 is the end of a suspension, no deadline since round 11: see test_deadlines_states_and_forecasts)
    assert rows == []


# Facts after a kept `…`, comparisons, trials and meetings, specifications, qualifiers and old cases.
NOT_DUE_TIMES_2 = [
    ('(người dân xã Lai Vu) cho biết: Để xâm nhập vào KCN Lai Vu, người dân phải nhập vai đi cắt cỏ cho bò, nhặt rác… Tới ngày 24/12/2016, người dân phát hiện nguồn nước thải đen kịt, bốc mùi hôi thối chảy từ KCN.',
     '2017-01-20'),
    ('Theo Khu quản lý đường thủy nội địa, hiện nay TP có 47 vị trí có nguy cơ sạt lở, tăng 5 vị trí so với trước tháng 8.2016.',
     '2017-06-01'),
    ('Ngoài ra, trong tháng 7, TAND Hà Nội sẽ xét xử một số cán bộ, lãnh đạo của xã và cán bộ phòng chuyên môn của huyện.',
     '2017-06-28'),
    ('Trong ngày 3/7, Hội nghị bàn về tình hình kinh tế - xã hội 6 tháng đầu năm 2017; tình hình thực hiện các nghị quyết của Chính phủ.',
     '2017-07-02'),
    ('Sân bay quốc tế Đà Nẵng được thiết kế với công suất phục vụ đến năm 2020 là 6 triệu lượt khách/năm, tuy nhiên đến nay đã đạt đến chỉ tiêu này.',
     '2017-05-20'),
    ('Đại biểu Mai Hồng Hải (Hải Phòng) cho rằng, thực tế phát sinh nợ cùng thời điểm trước ngày 31/12/2016 nhưng tùy theo thời hạn cho vay mà phân loại nợ xấu khác nhau.',
     '2017-06-10'),
    ('Trong vụ bị kết án oan trước đây, bà Ước cho bà H. vay 3,5 triệu đồng và 2 chỉ vàng, hẹn đến tháng 8-2002 phải trả.',
     None),
]


@pytest.mark.parametrize("text,published", NOT_DUE_TIMES_2)
def test_not_due_times_2(text, published):
    _, rows = run(text, published)
    assert rows == []


# Permit terms, past acts, a company's unit or goal, planning nouns, negations and old land dates.
NOT_DUE_TIMES_3 = [
    ('Quy mô mỏ rộng khoảng 4 ha, trữ lượng gần 40.000 m3, thời hạn khai thác đến tháng 8/2019.',
     '2017-06-10'),
    ('Ngay sau khi báo chí đưa tin liên quan đến nhà đất của gia đình ông Quý, bà Huệ, UBND tỉnh Yên Bái đã chỉ đạo thành lập đoàn thanh tra vào ngày 9/6/2017 để thanh tra vụ việc.',
     '2017-06-28'),
    ('Bộ phận này dự kiến sẽ ngừng hoạt động vào ngày 31/7, mặc dù công ty có thể tiếp tục bán một số mẫu hiện có của mình sau đó.',
     '2021-04-06'),
    ('Bổ sung thêm, Tổng giám đốc Techcombank, ông Jens Lottner cho biết mục tiêu của ngân hàng là đạt tỷ lệ CASA 55% vào năm 2025.',
     '2021-04-25'),
    ('Việc đẩy nhanh tốc độ đưa chùm vệ tinh Starlink vào không gian của SpaceX nhằm đạt được mục tiêu mà công ty đưa ra là sẽ phóng tổng cộng 1.500 vệ tinh Starlink trong năm 2021.',
     '2021-04-30'),
    ('Cần phải nhắc lại rằng, trong quy hoạch Tổng thể kinh tế xã hội huyện Tam Đảo đến năm 2020 và tầm nhìn đến năm 2030 của UBND huyện Tam Đảo hoàn toàn không có việc "xóa" rừng.',
     '2017-02-10'),
    ('Chiều 26-5, Bí thư Thành ủy TP.HCM Nguyễn Thiện Nhân đã đến thăm và làm việc với Công an TP.HCM để nghe báo cáo về thực hiện nhiệm vụ thời gian qua và phương hướng hoạt động từ nay đến năm 2020.',
     '2017-05-27'),
    ('Chị này cho biết thêm, kể cả trong trường hợp Hà Nội có cam kết sẽ nâng cấp đường xá, hạ tầng, nâng cấp chất lượng, dịch vụ xe buýt thì đến năm 2030 cũng không thể cấm được xe máy.',
     '2017-06-20'),
    ('Ngày 12/6/2017, Tòa án xét xử vụ án: căn cứ vào các tài liệu đó xác định sai thời điểm bắt đầu sử dụng đất vào mục đích để ở của 2 hộ gia đình ông Năng và ông Khang trước ngày 15/10/1993 dẫn đến việc thông qua phương án bồi thường.',
     None),
]


@pytest.mark.parametrize("text,published", NOT_DUE_TIMES_3)
def test_not_due_times_3(text, published):
    _, rows = run(text, published)
    assert rows == []


def test_past_directive_with_a_report_due_is_kept():
    text = ("Cũng ngay trong tối 7-2, Bộ trưởng Bộ Công Thương Trần Tuấn Anh đã yêu cầu Cục Xúc tiến thương mại giải "
            "trình vụ việc trên và báo cáo lại lãnh đạo Bộ vào sáng nay 8-2.")
    _, rows = run(text)
    assert [r["due_text"] for r in rows] == ["vào sáng nay 8-2"]


def test_later_item_speech_verb_does_not_hide_the_order():
    text = ("Thủ tướng Chính phủ giao các bộ, cơ quan ngang bộ, UBND các tỉnh tiếp tục chủ động, hành động quyết liệt "
            "thực hiện các nhiệm vụ, giải pháp đã đề ra trong các Nghị quyết của Đảng, Quốc hội, Chính phủ; trong "
            "tháng 8 năm 2017 có báo cáo Chính phủ, Thủ tướng Chính phủ đánh giá chi tiết sự chuyển biến.")
    _, rows = run(text, "2017-06-20")
    assert [r["due_text"] for r in rows] == ["trong tháng 8 năm 2017"]


# ---------------------------------------------------------------- issue #14: classes from a corpus audit
# (text, published, due_text, due, task or None to skip, responsible or ... to skip); real corpus sentences
UNMARKED_AND_AGENTS = [
    # a month, quarter or year without a marker opening its clause, a modal after it
    ("Hiện nay, CPMB đang đẩy nhanh các thủ tục để đảm bảo các mốc tiến độ; Quý IV/2017 sẽ hoàn chỉnh các thủ tục "
     "để khởi công dự án.", None, "Quý IV/2017", "2017-Q4", "hoàn chỉnh các thủ tục", "CPMB"),
    ("Năm 2017, TP Hà Nội sẽ đấu giá quyền sử dụng đất trên diện tích 102,05 ha.", None, "Năm 2017", "2017",
     "đấu giá quyền sử dụng đất trên diện tích 102,05 ha", "TP Hà Nội"),
    ("Để kiểm soát chặt chẽ chất lượng an toàn thực phẩm trong lĩnh vực nông nghiệp, năm 2017, Bộ NN&PTNT sẽ tập "
     "trung kiểm soát sản phẩm nông sản, thực phẩm từ gốc.", None, "năm 2017", "2017",
     "tập trung kiểm soát sản phẩm nông sản, thực phẩm từ gốc", "Bộ NN&PTNT"),
    # a bare month after a completion phrase
    ("Ban Quản lý được giao triển khai Dự án Sân phân phối 500kV Trung tâm Điện lực Quảng Trạch, dự kiến hoàn "
     "thành tháng 3/2019.", None, "tháng 3/2019", "2019-03", None, ...),
    # a Vietnamese place as the committing subject
    ("Theo lộ trình, đến năm 2030 Hà Nội sẽ dừng hoạt động xe máy trên địa bàn các quận.", None, "đến năm 2030",
     "2030", "dừng hoạt động xe máy trên địa bàn các quận", "Hà Nội"),
    # the addressee between the directive verb and the marker
    ("Thủ tướng giao Bộ Y tế chậm nhất tháng 11-2017 trình Chính phủ dự thảo Nghị định sửa đổi Nghị định số "
     "178/2013/NĐ-CP.", None, "chậm nhất tháng 11-2017", "2017-11", None, "Bộ Y tế"),
    # past a speaker, the subject who commits
    ("Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung cho biết, Hà Nội sẽ hoàn chỉnh và công bố kết luận thanh tra quản "
     "lý và sử dụng đất đai tại xã Đồng Tâm vào tháng 7 tới.", "2017-06-20", "vào tháng 7", "2017-07",
     "hoàn chỉnh và công bố kết luận thanh tra quản lý và sử dụng đất đai tại xã Đồng Tâm", "Hà Nội"),
    # a word closing the due time (`quý 3 này`) is no part of the task
    ("Liên quan đến thu hút vốn, ông Nguyễn Thiện Nhân đã giao cho Ủy ban Nhân dân thành phố ngay trong quý 3 này "
     "chủ trì tổ chức hội nghị kêu gọi đầu tư vào hạ tầng thành phố.", None, "ngay trong quý 3", "2017-Q3",
     "chủ trì tổ chức hội nghị kêu gọi đầu tư vào hạ tầng thành phố", "Ủy ban Nhân dân thành phố"),
    # a past word of another comma part does not make a due time that opens its own clause a report
    ("Người đứng đầu Thành ủy thông tin ông đã trao đổi với Chủ tịch UBND Hà Nội Nguyễn Đức Chung, trong tháng 2 "
     "phải hoàn thành đề án giao thông trình Thủ tướng.", "2017-01-20", "trong tháng 2", "2017-02",
     "phải hoàn thành đề án giao thông trình Thủ tướng", ...),
    # a province after a comma locates the body
    ("UBND huyện Vân Đồn, Quảng Ninh đang rà soát, tập hợp hồ sơ vi phạm của tất cả các công trình trên địa bàn; "
     "kiên quyết tổ chức cưỡng chế, phá dỡ các công trình xây mới vi phạm trong tháng 7/2017.", None,
     "trong tháng 7/2017", "2017-07", None, "UBND huyện Vân Đồn"),
]


@pytest.mark.parametrize("text,published,due_text,due,task,resp", UNMARKED_AND_AGENTS)
def test_unmarked_due_times_and_agents(text, published, due_text, due, task, resp):
    if due.startswith("2017-Q3"):
        text = "Ngày 5/7/2017, Thành ủy TP.HCM họp. " + text  # (the year of `quý 3` comes from the article)
    _, rows = run(text, published)
    row = next(r for r in rows if r["due_text"] == due_text)
    assert row["due"] == due
    if task is not None:
        assert row["task"] == task
    if resp is not ...:
        assert row["responsible"] == resp
    assert len(row["task"].split()) >= 3


# (text, published): reported facts, events, titles, needs, expectations, offers and validities with a time
NOT_DEADLINES_AUDIT = [
    # a past report in the comma part after the due time
    ("Đối với vụ án dân sự tranh chấp về thừa kế tài sản mà trước ngày 1-1-2017, Tòa án đã trả lại đơn khởi kiện "
     "hoặc ra quyết định đình chỉ giải quyết vụ án.", None),
    ("Cuối năm 2016, TP Đà Nẵng đã đưa vào sử dụng SVĐ Hòa Xuân (quận Cẩm Lệ) để thay SVĐ Chi Lăng.", None),
    ("Trước đó, vào ngày 29/4, Sở GD&ĐT TPHCM cũng yêu cầu các đơn vị giáo dục tổ chức khai báo y tế sau đợt cao "
     "điểm nghỉ lễ.", "2021-04-30"),
    # `buộc tội` is no directive; a modal in a name is none
    ("Tuy nhiên, khi kết quả cho thấy T.O.P dương tính với chất ma túy, cảnh sát đã chính thức buộc tội nam ca sĩ "
     "vào 1/6.", None),
    ("Theo ông Nguyễn Kiên Quyết - đại diện Doanh nghiệp tư nhân Trí Thành, việc đắp hai con đập trên nhằm mục đích "
     "trục vớt máy bơm cát bị lũ nhấn chìm vào cuối năm 2016.", None),
    # the time of a clause of time
    ("Thậm chí, trước khi bị CLB mới buộc phải rời ghế nóng vào đầu năm 2014 không ít lần thuyền trưởng của U20 "
     "Việt Nam hiện tại bị các CĐV đất Cảng đòi sa thải.", None),
    # a quoted title's horizon
    ("Để Nghệ An phát triển theo Nghị quyết số 26 của Bộ Chính trị ”về phương hướng, nhiệm vụ phát triển tỉnh Nghệ "
     "An đến năm 2020”.", None),
    # a company's goal
    ("Mục tiêu tổng tài sản đến cuối năm 2021 đạt 250.000 tỷ đồng, tăng 21%; vốn điều lệ tăng 9% lên 11.717 tỷ "
     "đồng.", "2021-04-23"),
    # an event's day
    ("Đây là ý kiến chỉ đạo của ông Nguyễn Đức Long, Chủ tịch UBND tỉnh Quảng Ninh tại Hội nghị sơ kết công tác chống "
     "buôn lậu 6 tháng đầu năm 2017; triển khai nhiệm vụ những tháng cuối năm vào ngày 10/7.", None),
    ("Bên cạnh đó, phải tập trung bảo vệ thành công cuộc bầu cử Quốc hội khóa XV và Hội đồng Nhân dân các cấp nhiệm "
     "kỳ 2021-2026 vào ngày 23/5 tới.", "2021-04-30"),
    ("Tháng 8/2017 sẽ diễn ra hội nghị xúc tiến đầu tư của tỉnh.", None),
    ("Từ ngày 1/7, lực lượng chức năng sẽ xử phạt các trường hợp vi phạm.", "2020-06-15"),
    # a need of money, a validity, a running total
    ("Trong năm 2017, tuyến metro số 1 cần hơn 5.400 tỷ đồng, trong khi vốn Trung ương bố trí về chỉ 2.100 tỷ.", None),
    ("Xe sản xuất năm 2006, được kiểm định lần cuối vào ngày 22/10/2016 và có hạn kiểm định đến hết ngày 21/4/2019.",
     None),
    ("Tuy nhiên, lũy kế đến 31/12/2015, ngân sách trung ương phải hỗ trợ đóng BHYT tới 234.514 triệu đồng.", None),
    # what people had to do, what something made them do
    ("Nhiều phụ huynh đưa con đến trường rồi lại phải ra về trong ngày 7/2.", None),
    ("Dữ liệu mới đã khiến các nhà khoa học phải quan tâm liên quan đến quỹ đạo của Apophis vào năm 2029.",
     "2021-03-28"),
    # a belief, an expectation, an offer, a foreign head of state's plan
    ("Tôi nghĩ rằng sẽ có kết luận đầy đủ vào tháng 8 để giải quyết một cách khách quan, đầy đủ.", None),
    ("Ông Jens Lottner - Tổng Giám đốc Techcombank - kỳ vọng mục tiêu vốn hóa 20 tỷ USD vào năm 2025 của Techcombank "
     "là hoàn toàn khả thi.", "2021-04-20"),
    ("Đặc biệt, Arena Multimedia dành tặng các bạn trẻ đăng ký nhập học trước ngày 31.08.2021 phần quà là 1 máy ảnh.",
     "2021-04-14"),
    ("Quốc vương sẽ có 90 ngày để phê duyệt, dự kiến là vào tháng 5, sau khi bản dự thảo hiến pháp sửa đổi được "
     "trình lên cung điện hoàng gia.", None),
    # a company's goal or plan, its subject after `dự kiến`
    ("CMC Telecom hiện là đối tác tư vấn - AWS Select Consulting Partner và mục tiêu trong năm nay là nâng hạng trở "
     "thành AWS Advanced Consulting Partner.", "2021-04-29"),
    ("Theo ông Dũng, đầu năm 2016, dự kiến Cty Pacific Crystal hoàn thiện và đi vào hoạt động.", None),
    # what they were forced to do; a duty performed
    ("Trường học, nhà hàng, quán bar đã buộc phải đóng cửa khoảng 1 tuần này và tiếp tục đóng cửa đến đầu tháng sau.",
     "2021-04-25"),
    ("Máy bay không người lái MQ-4C Triton cũng được điều động làm nhiệm vụ tại khu vực biển giàu tài nguyên trong "
     "tháng 4.", "2021-05-01"),
    # a foreign country's order; a condition; a noun use of `đề nghị` (`danh sách đề nghị`)
    ("Nga lệnh rút phần lớn binh sĩ khỏi biên giới với Ukraine từ ngày 23/4 và hoàn tất trước 1/5.", "2021-04-25"),
    ("Trường hợp hoàn thành việc chào bán phát hành thêm cổ phiếu ra công chúng trong quý III/2021.", "2021-04-20"),
    ("Tuy nhiên, trong danh sách đề nghị tặng thưởng huy chương kháng chiến hạng nhì vào năm 1995 do UBND huyện lập, "
     "ông sinh năm 1956.", None),
    # a bare month without a plan word; a later `;` item of a forecast
    ("Cùng chung số phận, tàu ông Lê Văn Lực hạ thủy đưa vào sử dụng tháng 12/2016.", None),
    ("Quá trình rà soát Quy hoạch ngành thép của Bộ Công thương cho thấy, đến năm 2020 cả nước sẽ thiếu hụt khoảng "
     "15 triệu tấn thép thô; đến năm 2025, thiếu hụt 20 triệu tấn thép thô.", None),
]


@pytest.mark.parametrize("text,published", NOT_DEADLINES_AUDIT)
def test_audit_classes_are_not_deadlines(text, published):
    _, rows = run(text, published)
    assert rows == []


def test_goal_of_the_province_is_kept_despite_a_later_expectation_noun():
    text = ("Đảng bộ và nhân dân tỉnh Bắc Ninh quyết tâm phấn đấu xây dựng tỉnh Bắc Ninh thành thành phố trực thuộc "
            "Trung ương vào năm 2022, như tầm nhìn và kỳ vọng của lãnh đạo Đảng, Nhà nước đối với tỉnh.")
    _, rows = run(text)
    assert [r["due_text"] for r in rows] == ["vào năm 2022"]


def test_attribution_sentence_gives_directed_by_and_continuation_the_responsible():
    text = ("Tỉnh Quảng Nam sẽ hoàn thành việc tháo gỡ những vướng mắc trong công tác giải phóng mặt bằng tuyến chính "
            "vào giữa tháng 6/2017 nhằm giải quyết dứt điểm những phát sinh. Qua đó, đảm bảo mặt bằng cho các đơn vị "
            "thi công và thông xe kỹ thuật 65km trên tuyến cao tốc Đà Nẵng - Quảng Ngãi vào cuối tháng 6/2017. Đây là "
            "khẳng định của Phó Chủ tịch thường trực UBND tỉnh Quảng Nam Nguyễn Khánh Toàn tại buổi làm việc chiều 1/6.")
    off = _official(text, "Nguyễn Khánh Toàn")
    _, rows = run(text, officials=[off])
    assert [(r["due"], r["responsible"], r["directed_by"]) for r in rows] == [
        ("2017-06", "Tỉnh Quảng Nam", "Nguyễn Khánh Toàn"), ("2017-06", "Tỉnh Quảng Nam", "Nguyễn Khánh Toàn")]
    assert rows[0]["task"] == "hoàn thành việc tháo gỡ những vướng mắc trong công tác giải phóng mặt bằng tuyến chính"


def test_no_attribution_without_an_attribution_sentence():
    text = ("Tỉnh Quảng Nam sẽ hoàn thành việc tháo gỡ những vướng mắc trong công tác giải phóng mặt bằng vào giữa "
            "tháng 6/2017. Ông Nguyễn Khánh Toàn dự buổi làm việc chiều 1/6.")
    off = _official(text, "Nguyễn Khánh Toàn")
    _, rows = run(text, officials=[off])
    assert [r["directed_by"] for r in rows] == [None]


def test_a_requirement_ordered_in_the_past_is_kept():
    _, rows = run("Sở GD-ĐT HN đã yêu cầu phải giải quyết dứt điểm trong ngày hôm nay (6-2).")
    assert [r["due_text"] for r in rows] == ["trong ngày hôm nay (6-2)"]


def test_cases_are_no_condition():
    _, rows = run("Phải đưa hết các trường hợp F1 còn lại đi cách ly tập trung ngay trong chiều tối nay.", "2021-04-28")
    assert [r["due_text"] for r in rows] == ["ngay trong chiều tối nay"]


# ---------------------------------------------------------------- round 2: task and responsible (corpus sentences)
TASK_AND_RESPONSIBLE = [
    # a later `;` item the due time opens: its own task, the addressee carried; the due time is no part of the agent
    ("Còn một số bất cập trong thể chế, Phó Thủ tướng Vương Đình Huệ yêu cầu, Bộ Tài chính trong tháng 7 trình Thủ "
     "tướng ký ban hành Nghị định sửa đổi Nghị định số 59 về chuyển DN có 100% vốn NN thành công ty cổ phần; trong "
     "tháng 8 hoàn thành sửa đổi bổ sung Nghị định 91/2015/NĐ-CP về đầu tư vốn NN tại DN và quản lý tài sản vốn NN "
     "tại DN.", "2017-07-20",
     [("trong tháng 7", "trình Thủ tướng ký ban hành Nghị định sửa đổi Nghị định số 59 về chuyển DN có 100% vốn NN "
       "thành công ty cổ phần", "Bộ Tài chính"),
      ("trong tháng 8", "hoàn thành sửa đổi bổ sung Nghị định 91/2015/NĐ-CP về đầu tư vốn NN tại DN và quản lý tài "
       "sản vốn NN tại DN", "Bộ Tài chính")]),
    # `tiến độ đã đề ra` is no directive; the committing subject; the purpose clause the due time closes
    ("CICO 501 đặt quyết tâm thi công dự án đúng tiến độ đã đề ra và cam kết sẽ thi công đạt chất lượng, kỹ thuật, "
     "mỹ thuật nhằm sớm di dời chợ cũ sang chợ mới vào tháng 12.2017 này để bà con tiểu thương, nhân dân buôn bán "
     "trong dịp tết năm tới.", "2017-01-06",
     [("vào tháng 12.2017", "sớm di dời chợ cũ sang chợ mới", "CICO 501")]),
    # an opening quote before the subject; `đơn vị thi công` is a noun
    ("“Các đơn vị thi công của CICO 501 sẽ quyết tâm thi công dự án đúng tiến độ đã đề ra và cam kết sẽ thi công "
     "đạt chất lượng, kỹ thuật, mỹ thuật nhằm sớm di dời chợ cũ sang chợ mới vào tháng 12.2017 này để bà con tiểu "
     "thương, nhân dân buôn bán trong dịp tết năm tới…”, ông Tâm khẳng định.", "2017-01-06",
     [("vào tháng 12.2017", "sớm di dời chợ cũ sang chợ mới", "Các đơn vị thi công của CICO 501")]),
    # a modal `sẽ` is no part of the task
    ("Sau khi được Ban Thường vụ Thành ủy phê duyệt phương án cổ phần hóa, TP sẽ thực hiện xong trong năm 2018.",
     "2017-07-20", [("trong năm 2018", "thực hiện xong", "TP")]),
    ("Năm 2017, TP Hà Nội sẽ đấu giá quyền sử dụng đất trên diện tích 102,05 ha, dự kiến thu theo kết quả trúng "
     "đấu giá là 10.000 tỷ đồng.", None,
     [("Năm 2017", "đấu giá quyền sử dụng đất trên diện tích 102,05 ha, dự kiến thu theo kết quả trúng đấu giá là "
       "10.000 tỷ đồng", "TP Hà Nội")]),
    # the subject of `được giao` in its own comma part, past a speaker; a capitalised `Ban` refers back
    ("CPMB cho biết, tại cuộc làm việc giữa UBND tỉnh Quảng Bình với Tập đoàn Điện lực Việt Nam (EVN) về Dự án "
     "Nhiệt điện Quảng Trạch hồi tháng 11/2016, Ban được giao triển khai thêm 1 trong 4 dự án thành phần tại đây là "
     "Dự án Sân phân phối 500kV Trung tâm Điện lực Quảng Trạch, dự kiến hoàn thành tháng 3/2019.", None,
     [("tháng 3/2019", ..., "Ban")]),
    ("Bộ Nội vụ được giao đôn đốc, kiểm tra việc thực hiện và báo cáo Thủ tướng Chính phủ trước ngày 15-7.",
     "2017-06-20", [("trước ngày 15-7", ..., "Bộ Nội vụ")]),
    # `yêu cầu Thanh tra ...`: a capital after the verb opens a name; `Thanh tra xây dựng quận` is one noun
    ("UBND quận yêu cầu Thanh tra xây dựng quận phối hợp với UBND phường tháo dỡ công trình vi phạm trước ngày 30/7.",
     "2017-07-20", [("trước ngày 30/7", "phối hợp với UBND phường tháo dỡ công trình vi phạm",
                     "Thanh tra xây dựng quận")]),
]


@pytest.mark.parametrize("text,published,expected", TASK_AND_RESPONSIBLE)
def test_task_and_responsible(text, published, expected):
    _, rows = run(text, published)
    assert [r["due_text"] for r in rows] == [e[0] for e in expected]
    for r, (_, task, resp) in zip(rows, expected):
        if task is not ...:
            assert r["task"] == task
        assert r["responsible"] == resp


def test_sentence_initial_marker_mid_paragraph():
    # (`^` does not match at a search position: the marker of a sentence that is not the text's first)
    text = ("Phó Thủ tướng yêu cầu các bộ khẩn trương vào cuộc. Trong tháng 8/2017, Bộ Kế hoạch và Đầu tư phải "
            "trình Thủ tướng ký Quyết định danh mục DN có vốn NN thực hiện thoái vốn giai đoạn 2017- 2020.")
    _, rows = run(text, "2017-07-20")
    assert [(r["due_text"], r["responsible"]) for r in rows] == [("Trong tháng 8/2017", "Bộ Kế hoạch và Đầu tư")]
    assert rows[0]["task"].startswith("phải trình Thủ tướng ký Quyết định")
    _, rows = run("Đây là năm bản lề. Trong năm 2017, Thanh tra Chính phủ sẽ tiến hành 23 cuộc thanh tra chính thức "
                  "và 6 cuộc thanh tra dự phòng.", None)
    assert [(r["due_text"], r["responsible"]) for r in rows] == [("Trong năm 2017", "Thanh tra Chính phủ")]


def test_directed_by_from_the_official_who_introduces_a_list():
    text = ("Về vụ việc trên, Chủ tịch UBND Thành phố có ý kiến như sau: “Giao Giám đốc Công an Thành phố chỉ đạo "
            "điều tra, xử lý nghiêm các đối tượng. Báo cáo kết quả vụ việc đến Thành ủy, UBND Thành phố trước ngày "
            "30/6/2017”.")
    chung = Official("Nguyễn Đức Chung", ["Chủ tịch Ủy ban nhân dân Thành phố"], [], [])
    _, rows = run(text, "2017-06-15", [chung])
    assert [(r["due_text"], r["directed_by"]) for r in rows] == [("trước ngày 30/6/2017", "Nguyễn Đức Chung")]


NOT_DEADLINES_ROUND_2 = [
    # a plan document's horizon
    ("Theo ông Tuấn, để nhanh chóng hoàn thành số lượng NƠXH này thì cần tập trung nhiều cho chương trình phát "
     "triển NƠXH trên địa bàn bằng kế hoạch phát triển NƠXH đến năm 2020.", None),
    ("Tỉnh đang triển khai đề án phát triển du lịch đến năm 2020.", None),
    # `nhiệm vụ` as a noun, a count of what was done
    ("P-8A Poseidon là máy bay thực hiện nhiều nhiệm vụ trinh thám nhất, với 43 lần xuất phát trong tháng 4, trong "
     "khi chiếc E-8C Orion nhận 5 nhiệm vụ.", "2021-05-01"),
    ("Máy bay không người lái MQ-4C Triton cũng được điều động làm nhiệm vụ tại khu vực biển trong tháng 4.",
     "2021-05-01"),
    # a person's role acronym is no public body
    ("Dĩ nhiên Kim Huệ và các học trò đã không phục. Trong ngày hôm nay (27/4), HLV Kim Huệ công bố hai lá đơn "
     "khiếu nại gửi lên Tổng cục TDTT và Bộ Văn hóa, Thể thao và Du lịch.", "2021-04-27"),
]


@pytest.mark.parametrize("text,published", NOT_DEADLINES_ROUND_2)
def test_not_deadlines_round_2(text, published):
    _, rows = run(text, published)
    assert rows == []


def test_plan_document_made_or_with_a_modal_keeps_its_time():
    _, rows = run("Thành phố cần xây dựng kế hoạch phát triển nhà ở đến năm 2020.", None)
    assert [r["due_text"] for r in rows] == ["đến năm 2020"]
    _, rows = run("Đề án phải hoàn thành đến năm 2018.", None)
    assert [r["due_text"] for r in rows] == ["đến năm 2018"]


def test_period_end_with_its_marker_after_den():
    # `từ cuối tháng 12/2016 đến đầu tháng 1/2017`: the end of a period, `đến` before the marker `đầu`
    _, rows = run("Khi chưa hoàn thiện, chủ đầu tư NHS đã “ép” cư dân ký một cam kết tự chấp nhận nhận nhà sớm (từ "
                  "cuối tháng 12/2016 đến đầu tháng 1/2017) do nhu cầu để chối bỏ trách nhiệm.", "2017-01-20")
    assert rows == []


AGENT_ENDS = [
    ("Tuy nhiên, đến nay dự án nạo vét vẫn chưa thực hiện xong nên ngày 9.2.2017, chủ đầu tư xin gia hạn tiến độ thi "
     "công đến ngày 31.12.2017 hoàn thành.", "2017-03-01", "chủ đầu tư"),
    ("UBND quận Liên Chiểu ra quyết định cưỡng chế công trình với thời hạn tự tháo dỡ hoàn thành trước ngày 31/1/2017.",
     "2017-01-05", "UBND quận Liên Chiểu"),
    ("Thủ tướng yêu cầu các Bộ Ngoại giao, Công an xem xét kỹ, giải quyết phù hợp các trường hợp nhập cảnh ngắn ngày "
     "từ nay đến ngày 31/5/2021.", "2021-05-10", "các Bộ Ngoại giao, Công an"),
]


@pytest.mark.parametrize("text,published,resp", AGENT_ENDS)
def test_agent_ends(text, published, resp):
    _, rows = run(text, published)
    assert [r["responsible"] for r in rows] == [resp]


# ---------------------------------------------------------------- the corpus audit of issue #14, by class
# responsible: the addressee named as the subject (`thì các Cục Thuế phải ...`, `yêu cầu trước 30/8 tới đơn vị thi
# công phải ...`), never a photo credit (`Ảnh: TTXVN`) nor the verb `tổ chức` (`chỉ đạo tổ chức rút kinh nghiệm`)
AUDIT_RESPONSIBLE = [
    ("Đối với các địa phương mà UBND tỉnh, thành phố chưa ban hành Quyết định thì các Cục Thuế phải có giải pháp "
     "để đẩy nhanh tiến độ triển khai nhằm đảm bảo mục tiêu hoàn thành việc dán tem trong tháng 4-2017.",
     "2017-03-01", "các Cục Thuế"),
    ("Để phát huy toàn bộ hiệu quả công trình, ông Lê Văn Khoa yêu cầu trước 30/8 tới đơn vị thi công phải hoàn "
     "thành các hạng mục phụ trợ như hệ thống cây xanh, đèn chiếu sáng, đường dọc kênh Bến Nghé.",
     "2017-07-01", "đơn vị thi công"),
    ("Ảnh: TTXVN Trong năm 2017, Ban Quản lý dự án các công trình điện miền Trung (CPMB) sẽ triển khai nhiều công "
     "trình trọng điểm, cấp bách.", "2017-01-05", "Ban Quản lý dự án các công trình điện miền Trung (CPMB)"),
    ("Bộ GD&ĐT yêu cầu Sở GD&ĐT Hà Nội chỉ đạo, kiểm tra làm rõ vụ việc, phối hợp các cơ quan chức năng xử lý "
     "nghiêm theo quy định; chỉ đạo tổ chức rút kinh nghiệm về công tác quản lý các cơ sở giáo dục mầm non trên "
     "địa bàn và báo cáo kết quả trước ngày 10/2.", "2017-02-05", None),
]


@pytest.mark.parametrize("text, published, responsible", AUDIT_RESPONSIBLE)
def test_audit_responsible(text, published, responsible):
    _, rows = run(text, published)
    assert [r["responsible"] for r in rows] == [responsible]


def test_audit_task_without_photo_credit():
    text = ("Ảnh: VGP/Lê Sơn Hoàn thành việc bồi thường thiệt hại trước 30/6/2017 Sau khi nghe ý kiến phát biểu của "
            "các bộ, ngành, địa phương, Phó Thủ tướng nhấn mạnh: Đây là cuộc họp quan trọng.")
    _, rows = run(text, "2017-05-05")
    assert [r["task"] for r in rows] == ["Hoàn thành việc bồi thường thiệt hại"]


def test_audit_task_after_copula_lead_in():
    text = ("Mục tiêu cụ thể đặt ra là đến năm 2025, phấn đấu tỷ lệ cán bộ trẻ diện Ban Thường vụ các cấp ủy quản lý "
            "đạt tối thiểu 15%, cán bộ nữ đạt tối thiểu 15%.")
    _, rows = run(text, "2021-01-01")
    assert len(rows) == 1 and rows[0]["task"].startswith("phấn đấu tỷ lệ cán bộ trẻ")


def test_audit_deadline_sentence_takes_previous_request():
    text = ("Văn bản số 5279/UBND-TKBT của UBND Thành phố giao Chủ tịch UBND quận Hà Đông kiểm tra thông tin, giải "
            "quyết sự việc báo Hà Nội Mới nêu về tranh chấp đất đai tại dự án Nàng Hương. Hạn báo cáo trước ngày "
            "30/9/2016.")
    _, rows = run(text)
    assert [(r["task"], r["responsible"]) for r in rows] == [
        ("kiểm tra thông tin, giải quyết sự việc báo Hà Nội Mới nêu về tranh chấp đất đai tại dự án Nàng Hương",
         "Chủ tịch UBND quận Hà Đông")]


def test_audit_directed_by_signer_of_the_request():
    text = ("Trước tình trạng trên, Phó thủ tướng Vương Đình Huệ vừa ký công văn yêu cầu các bộ, cơ quan ngang bộ, "
            "UBND các tỉnh kiểm điểm nghiêm túc việc không thực hiện báo cáo, báo cáo Thủ tướng Chính phủ trong tháng "
            "2/2017.")
    _, rows = run(text, "2017-02-05", officials=[_official(text, "Vương Đình Huệ")])
    assert [(r["responsible"], r["directed_by"]) for r in rows] == [
        ("các bộ, cơ quan ngang bộ, UBND các tỉnh", "Vương Đình Huệ")]
    assert rows[0]["task"].startswith("kiểm điểm nghiêm túc")


def test_audit_court_date_is_no_deadline():
    text = ("2 nghi phạm bị từ chối bảo lãnh nói trên sẽ phải hầu tòa tại Tòa án Parramatta Bail trong ngày 1/7 và "
            "đối diện với cáo trạng gồm 17 tội danh.")
    _, rows = run(text, "2017-06-30")
    assert rows == []
