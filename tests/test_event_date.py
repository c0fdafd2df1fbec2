"""event_date: the lead's event day, corpus sentences of each class fixed for issue 16 (event part)."""
from __future__ import annotations

import unicodedata

import pytest

from vnextract.extractors import dates, layout
from vnextract.extractors.extensions import ArticleInfo, parse_published
from vnextract.pipeline.segment import segment


def event_value(text: str, published: str | None = None) -> str | None:
    doc = segment(unicodedata.normalize("NFC", text))
    doc._.info = ArticleInfo("t", None, parse_published(published))
    doc._.layout = layout.read_layout(doc)
    dates.extract(doc)
    ev = dates.event_date(doc)
    return ev.value if ev else None


@pytest.mark.parametrize("text,published,expected", [
    # a quotation already closed in its paragraph (the segmenter split it; marks may be mixed)
    ("Ấn Độ\n\n\"Vô cùng quan ngại về tình hình dịch tễ ở Ấn Độ. Chúng tôi sẵn sàng hỗ trợ\", Chủ tịch Ủy ban "
     "châu Âu Ursula von der Leyen bình luận trên Twitter ngày 25/4.", "2021-04-26", "2021-04-25"),
    ("Der Spiegel\n\n\"Đức phải đứng lên. Chống lại chính phủ của ông ta”, biên tập viên Klaus Brinkbäumer "
     "viết trong bài xã luận đăng ngày 5/2/2017.", None, "2017-02-05"),
    # ... but a speaker's own story stays out
    ("Lừa đảo\n\nBà H. kể: “Tôi tin lời họ. Ngày 2/4, tôi nạp thêm tiền vào tài khoản”.", None, None),
    # a start or a limit of today, written with its date, is the article's present
    ("Mầm non\n\nTừ 2 giờ sáng nay, 3/7, hàng chục phụ huynh đã có mặt trước cổng trường mầm non.", None,
     "XXXX-07-03"),
    ("Nhà sụt\n\nCho đến sáng nay (16-5), cơ quan chức năng vẫn chưa làm rõ nguyên nhân.", None, "XXXX-05-16"),
    ("Di tích\n\nHuế còn nhiều di tích lịch sử tồn tại đến ngày hôm nay.", "2021-04-18", None),
    ("Hồ sơ\n\nHồ sơ phải nộp trước hôm nay (5/6) tại bộ phận một cửa.", None, None),
    # a document the sentence opens on, or one the lead says the body issued
    ("Myanmar\n\nTrong thông báo ngày 21/4, Bộ Tài chính Mỹ cho biết đã liệt hai công ty vào danh sách trừng phạt.",
     "2021-04-22", "2021-04-21"),
    ("Thủ tục\n\nUBND tỉnh có quyết định số 410/QĐ-UBND ngày 24/1/2017 về việc công bố thủ tục hành chính.",
     None, "2017-01-24"),
    ("Chợ\n\nTrong nội dung Công văn số 409/UBND-TKBT, ban hành ngày 3/2, UBND Thành phố yêu cầu các sở rà soát.",
     None, "XXXX-02-03"),
    # ... not a document cited, nor a document merely handed over
    ("Khiếu nại\n\nÔng Điền khiếu nại Quyết định số 9589/QĐ-UBND ngày 26/9/2016 của Chủ tịch UBND TP.", None, None),
    ("Đăng cai\n\nTheo Quyết định số 1043/QĐ-BKHCN ngày 3/5/2017 của Bộ trưởng, Cục sẽ đăng cai cuộc họp.",
     None, None),
    # a word ending on a rejecting word (`học sinh`) is no birth
    ("Mầm non\n\nHình ảnh giáo viên đánh học sinh Chiều 8/2, trao đổi với PV, ông Lê Hoàng Đức cho hay.", None,
     "XXXX-02-08"),
    ("Vận động viên\n\nAlica Schmidt sinh ngày 8/11/1998.", None, None),
    # a recall word before the day
    ("Covid\n\nĐược biết trước đó, vợ chồng bệnh nhân có ăn cơm cùng ca bệnh vừa được công bố chiều 30/4.",
     "2021-05-01", None),
])
def test_event_date_classes(text, published, expected):
    assert event_value(text, published) == expected


@pytest.mark.parametrize("text,published,expected", [
    # a day weeks before the published date, even opening the lead, is background (a profile's contest,
    # an anniversary, a landing a month ago) or a typo (`5/2` for 2/5)
    ("Hoa hậu\n\nVào ngày 30 tháng 10 năm 2008, cô tham gia cuộc thi hoa hậu Mỹ Latin tổ chức tại Santa Cruz, "
     "Bolivia và giành được ngôi vị cao nhất.", "2021-04-15", None),
    ("Gagarin\n\nNgày 12/4/1961, Liên Xô đã ghi tên mình vào lịch sử nhân loại khi trở thành quốc gia đầu tiên "
     "đưa người vào vũ trụ.", "2021-04-11", None),
    ("Sao Hỏa\n\nSau khi hạ cánh an toàn trên Sao Hỏa vào ngày 18 tháng 2, chiếc tàu thám hiểm Perseverance "
     "đang bắt đầu thử nghiệm thiết bị.", "2021-03-18", None),
    # ... but not a day of the same week, nor one a few days back
    ("Tàu ngầm\n\nTổng thống Indonesia Joko Widodo ngày 22/4 đã ra lệnh triển khai toàn lực tìm kiếm.",
     "2021-04-23", "2021-04-22"),
    ("Lẩu ếch\n\nVụ việc xảy ra trong một nhà hàng ở thành phố Thành Đô, Trung Quốc, hôm 29/3 vừa qua.",
     "2021-04-01", "2021-03-29"),
])
def test_a_lead_day_weeks_before_publication_is_background(text, published, expected):
    assert event_value(text, published) == expected


@pytest.mark.parametrize("text,expected", [
    # a caption glued before a capitalised day: its words (`trước khi`) are not the day's sentence
    ("Hà Tĩnh\n\nVideo: Nhà thờ họ Đặng trước khi lùi hàng rào Ngày 29/5, lãnh đạo Phòng Văn hóa thông tin "
     "huyện Nghi Xuân cho biết, gia tộc họ Đặng vừa hoàn thành việc lùi hàng rào.", "XXXX-05-29"),
    ("Bến xe\n\nPhối cảnh bến xe Miền Đông mới trước khi khởi công Ngày 10.2, gói thầu số 1 xây dựng bến xe "
     "Miền Đông tại quận 9 được khởi động.", "XXXX-02-10"),
    # ... but a recall opener before a lower-case day still rejects it
    ("Bắt cóc\n\nClip: Người đàn ông bị người dân quây lại Trước đó, ngày 9.6, trên mạng xã hội lan truyền "
     "đoạn clip.", None),
    ("Covid\n\nTrước đó, chiều 30/4, ngay sau khi nhận được thông tin, Bệnh viện khẩn trương cách ly.", None),
])
def test_a_caption_glued_before_the_day(text, expected):
    assert event_value(text) == expected


# three body sentences before the one under test: past the lead, only a day written as the event's counts
_PAST_LEAD = "Câu mở đầu của bài. Ảnh minh họa: TTXVN. Một câu nữa của phần đầu. "


@pytest.mark.parametrize("text,published,expected", [
    # past the lead, a day and a comma closing a short phrase that opens its sentence: the event's setting
    ("Qatar\n\n" + _PAST_LEAD + "Trả lời phỏng vấn hãng tin CNBC (Mỹ) ngày 9/7, ông al-Thani nêu rõ, Ngân hàng "
     "trung ương Qatar có 40 tỉ USD trong quỹ dự trữ.", "2017-07-10", "2017-07-09"),
    ("Tranh luận\n\n" + _PAST_LEAD + "Tuy nhiên, trong buổi tranh luận ngày 29/9, chỉ vài chục người có mặt, "
     "bao gồm cả các thành viên gia đình.", "2020-09-30", "2020-09-29"),
    ("Hạ Long\n\n" + _PAST_LEAD + "Được biết ngày 27-6, UBND tỉnh Quảng Ninh đã yêu cầu Sở Tài nguyên và Môi "
     "trường chủ trì, phối hợp với Sở Xây dựng.", "2017-06-28", "2017-06-27"),
    ("Clip\n\n" + _PAST_LEAD + "Sự việc được cho xảy ra ngày 16/5, tại khu vực núi Trầm, thuộc địa bàn xã Phụng "
     "Châu, huyện Chương Mỹ, Hà Nội.", "2017-05-17", "2017-05-16"),
    ("Vỏ lãi\n\n" + _PAST_LEAD + "Trong ngày 27/4, 100 vận động viên đến từ các tỉnh, thành đã hội tụ về huyện "
     "Đầm Dơi.", "2021-04-27", "2021-04-27"),
    # ... not a start or a limit, a recalled event, a cited document, a long phrase or a day mid-clause
    ("Xăng\n\n" + _PAST_LEAD + "Kể từ ngày 5/7, giá xăng tăng thêm 500 đồng mỗi lít.", "2017-07-10", None),
    ("Họp\n\n" + _PAST_LEAD + "Trước đó, trong cuộc họp ngày 5/7, tỉnh đã giao chỉ tiêu cho các huyện.",
     "2017-07-10", None),
    ("Chỉ tiêu\n\n" + _PAST_LEAD + "Theo Quyết định số 12/QĐ-UBND ngày 5/7, tỉnh giao chỉ tiêu cho các huyện.",
     "2017-07-10", None),
    ("Dự án\n\n" + _PAST_LEAD + "Ông A cho biết dự án đã hoàn thành từ tháng 5, và đến ngày 5/7, tỉnh giao chỉ "
     "tiêu.", "2017-07-10", None),
    ("Dự án\n\n" + _PAST_LEAD + "Công trình được khởi công xây dựng với tổng vốn đầu tư hơn 300 tỷ đồng vào ngày "
     "5/7, sau nhiều năm chờ đợi.", "2017-07-10", None),
])
def test_a_day_closing_an_opening_phrase(text, published, expected):
    assert event_value(text, published) == expected


@pytest.mark.parametrize("text,published,expected", [
    # today with its date is the article's present, even told again after a recall opener
    ("Cháy chợ\n\nNhư tin đã đưa, sáng nay (7/10), một vụ cháy lớn xảy ra tại chợ Quang.", "2020-10-07",
     "2020-10-07"),
    ("Sạt lở\n\nNhư Báo Lao Động đã thông tin, chiều nay 15-5, đoạn đê sông Hồng bị sạt lở.", None, "XXXX-05-15"),
    # ... a plain day after it is still the recalled event
    ("Sạt lở\n\nNhư Báo Lao Động đã thông tin, chiều 12-5, đoạn đê sông Hồng bị sạt lở.", None, None),
    # a capitalised day opening its sentence needs no comma past the lead
    ("Vùng kinh tế\n\n" + _PAST_LEAD + "Ngày 23/6 Thủ tướng đã ký quyết định thành lập vùng kinh tế.",
     "2017-06-24", "2017-06-23"),
    ("Vùng kinh tế\n\n" + _PAST_LEAD + "Tỉnh đã ký quyết định thành lập vùng kinh tế ngày 23/6 vừa qua.",
     "2017-06-24", None),
])
def test_today_and_a_sentence_opening_day(text, published, expected):
    assert event_value(text, published) == expected


@pytest.mark.parametrize("text,expected", [
    # near misses of the opening phrase: a list of days, a schedule with numbers, a dateless today
    ("Đâm trâu\n\n" + _PAST_LEAD + "Trong ngày 7/2 và 8/2, gia đình ông Hồ Văn Chiến thực hiện lễ đâm trâu.", None),
    ("Pháo hoa\n\n" + _PAST_LEAD + "Pháo hoa bắn vào 5 tối thứ 7 các ngày 29/4, 20/5, 27/5, 3/6 và 24/6.", None),
    ("Bé Rin\n\n" + _PAST_LEAD + "Hôm nay tụi nhỏ được nghỉ học ở trường nên cu Rin sang nhà tôi chơi.", None),
])
def test_near_misses_of_an_opening_phrase(text, expected):
    assert event_value(text, "2021-04-30" if "Rin" in text else None) == expected


@pytest.mark.parametrize("text", [
    "Sét\n\n" + _PAST_LEAD + "Vụ việc xảy ra lúc 13 giờ 15 phút ngày 9/5, một nhóm người đi đào huyệt.",
    "Lò than\n\n" + _PAST_LEAD + "Theo đó, khoảng 19h10 ngày 4/7, công nhân Phạm Văn Dân đang làm việc tại lò.",
])
def test_an_opening_phrase_with_a_clock_time(text):
    assert event_value(text) is not None


@pytest.mark.parametrize("text,published,expected", [
    # today written with its date is the article's present, even inside a statement the lead cites
    ("Ấn Độ\n\nLô vật tư y tế chuyển từ Anh đã tới New Delhi (Ảnh: Reuters). Theo thông báo của chính quyền Ấn "
     "Độ hôm nay 27/4, trong 24 giờ qua, nước này ghi nhận thêm 323.144 ca mắc Covid-19 mới.", "2021-04-27",
     "2021-04-27"),
    ("Giá xăng\n\nTheo công văn của Bộ Công Thương chiều nay (11/5), giá xăng E5 RON 92 giảm 300 đồng mỗi lít.",
     "2021-05-11", "2021-05-11"),
    # ... but a cited document's own date stays out
    ("Khiếu nại\n\nTheo công văn số 211/BTC-TCDN ngày 6/1 của Bộ Tài chính, nhiều địa phương chưa báo cáo.",
     "2021-04-27", None),
])
def test_dated_today_is_never_a_cited_document(text, published, expected):
    assert event_value(text, published) == expected
