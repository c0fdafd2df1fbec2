"""Layout: headline, page furniture and byline, on the forms real pages have."""
from __future__ import annotations

import pytest

from tests.conftest import make_doc
from vnextract.extractors.layout import parse_byline


def test_banner_page_date_and_category_skipped():
    text = ("13\nThứ 5, 08\n\nHội nghị Ban Chấp hành Đảng bộ huyện Hiệp Hòa lần thứ 30\n\nVăn hoá - Xã hội\n\n"
            "Ban Chấp hành Đảng bộ huyện vừa tổ chức Hội nghị lần thứ 30.\n\nKhánh Hòa-Hiephoa.gov")
    lay = make_doc(text)._.layout
    assert lay.title == "Hội nghị Ban Chấp hành Đảng bộ huyện Hiệp Hòa lần thứ 30"
    assert lay.is_furniture(0, 2) and lay.is_furniture(text.index("Thứ 5"), text.index("Thứ 5") + 9)
    assert lay.authors == ["Khánh Hòa"]


def test_site_banner_line_is_not_the_headline():
    text = ('Chủ đề công tác năm 2020: "Huyện Đầm Hà tự hào tiến bước dưới cờ Đảng"\n\n'
            "Thường trực Huyện ủy cho ý kiến vào các nội dung quan trọng\n\nNgày 30/8, Thường trực Huyện ủy họp.")
    lay = make_doc(text)._.layout
    assert lay.title == "Thường trực Huyện ủy cho ý kiến vào các nội dung quan trọng"
    assert lay.is_furniture(0, 10)


def test_given_title_wins_and_is_found_in_text():
    text = "Họp giao ban UBND huyện\n\nChiều ngày 25/11, UBND huyện tổ chức họp."
    lay = make_doc(text, title="Họp giao ban UBND huyện")._.layout
    assert lay.title == "Họp giao ban UBND huyện" and lay.headline == (0, 23)


def test_one_paragraph_body_with_glued_byline():
    text = "Vụ cháy đã thiêu rụi 1.000 ngôi nhà tạm bợ. Đây là vụ hỏa hoạn tồi tệ nhất năm 1996. Hà Lý"
    lay = make_doc(text, title="Cháy lớn tại Philippines")._.layout
    assert lay.authors == ["Hà Lý"] and lay.is_furniture(text.index("Hà Lý"), len(text))


@pytest.mark.parametrize("line,want", [
    ("Lan Ánh - Phạm Tuấn", ["Lan Ánh", "Phạm Tuấn"]),
    ("Mai Thắm (Trung tâm TT&VH)", ["Mai Thắm"]),
    ("Khánh Hòa-Hiephoa.gov", ["Khánh Hòa"]),
    ("Đình Phú - Công Nguyên - Trác Rin", ["Đình Phú", "Công Nguyên", "Trác Rin"]),
    ("Theo Doãn Công (Dân Trí)", ["Doãn Công"]),
    ("HỒNG MINH", ["HỒNG MINH"]),
    ("H.Long", ["H.Long"]),
    ("Hoàng Thị Hoa (TTXVN)", ["Hoàng Thị Hoa"]),
    ("Đẩy mạnh công tác thanh tra, giải quyết đơn thư.", None),
    ("Toàn cảnh hội nghị", None),
    ("Ảnh: Hữu Hoàn", None),
    ("Theo VnExpress", None),
    ("13", None),
])
def test_parse_byline(line, want):
    assert parse_byline(line) == want


def test_photo_credit_then_byline_above():
    text = "Hội nghị tổng kết\n\nHội nghị đã thành công tốt đẹp.\n\nLan Ánh\nẢnh: Phạm Tuấn"
    lay = make_doc(text)._.layout
    assert lay.authors == ["Lan Ánh"]


def test_no_byline_when_last_line_is_body():
    text = "Tiêu đề\n\nĐối với các kiến nghị, đề xuất hầu hết đã được các ngành chức năng trả lời./."
    assert make_doc(text)._.layout.authors == []


def test_outlet_line_is_not_an_author():
    text = "Tiêu đề\n\nNội dung bài viết đầy đủ.\nThành Đạt\nTheo Reuters, NYT, CNA"
    assert make_doc(text)._.layout.authors == ["Thành Đạt"]


@pytest.mark.parametrize("first,title", [
    # dantri texts without a headline: a lead, a caption, a list item
    ("Tuy nhiên, mới đây một nghiên cứu mới đã tiết lộ rằng hành vi vỗ ngực của khỉ đột không như ta biết.", None),
    ("Bình minh ở làng chài Mân Thái.", None),
    ("Một bệnh nhân Covid-19 ở Ấn Độ (Ảnh: ABC News)", None),
    ("Hình ảnh đầm nước ở xã Tân Hải đổi sang màu hồng tím. Ảnh: Internet", None),
    ("Du khách tại Bến tàu Du lịch Nha Trang chuẩn bị đi ca nô tham quan Vịnh Nha Trang, hôm 18/4", None),
    ("Stanislav Reshetnikov (trái) và cô bạn gái Valentina Grigoryeva (phải)", None),
    ("1. Ba Khan, Hòa Bình", None),
    ("Olivia Culpo, sinh năm 1992, đăng quang năm 2012. Người đẹp 9X là hoa hậu thứ 8 của Mỹ", None),
    # real headlines
    ("Hãng dược Mỹ xác nhận không có vắc xin Covid-19 trước bầu cử tổng thống", "same"),
    ("Sau tranh cãi thu tiền chụp ảnh: Tiểu thương Hàng Mã có chấp hành gỡ biển?", "same"),
    ("Hết thời gian thí điểm", "same"),
])
def test_headline_or_body(first, title):
    text = first + "\n\nNhiều người dân đã đến xem từ sáng sớm và chia sẻ hình ảnh lên mạng xã hội.\nHoài Sơn"
    lay = make_doc(text)._.layout
    assert lay.title == (first if title == "same" else None)


def test_headline_with_full_stop_restated_by_the_lead():
    text = ("UBND huyện tổ chức hội nghị thường kỳ đánh giá kết quả tháng 10, triển khai nhiệm vụ tháng 11.\n\n"
            "Chiều ngày 26/10, UBND huyện đã tổ chức hội nghị thường kỳ đánh giá kết quả tháng 10, triển khai "
            "nhiệm vụ tháng 11.")
    assert make_doc(text)._.layout.title.startswith("UBND huyện tổ chức")


@pytest.mark.parametrize("line,want", [
    ("Anh Ngọc Xem thêm video:", ["Anh Ngọc"]),
    ("Lê Hiếu/VOV-Miền Trung Lê Hiếu/VOV-Miền Trung", ["Lê Hiếu"]),
    ("Minh Phương/Báo Tin Tức", ["Minh Phương"]),
    ("Theo Thoan/ Đất Việt", ["Thoan"]),
    ("theo Trí Thức Trẻ", None),
    ("TTXVN/Tin Tức", None),
    # the source after the names is never an author, whatever the outlet
    ("Nhật Hồng - Theo Dân Trí", ["Nhật Hồng"]),
    ("Mai Mai / Theo Trí Thức Trẻ", ["Mai Mai"]),
    ("An San/Theo Ngôi Sao", ["An San"]),
    ("Theo Theo Việt Dũng - Quỳnh Trang/Vnexpress.net", ["Việt Dũng", "Quỳnh Trang"]),
    ("Hoàng Cường Theo Leftlanenews", ["Hoàng Cường"]),
    ("Nguồn Trí Thức Trẻ", None),
    ("Việt Quốc/VOV – TP HCM", ["Việt Quốc"]),
    ("Vân Linh  Vân Linh", ["Vân Linh"]),
    ("Nguyễn An  -  Trần Bình", ["Nguyễn An", "Trần Bình"]),
    ("Minh Anh (Theo Reuters)", ["Minh Anh"]),
    ("Nhu Thụy  Daily Mail", ["Nhu Thụy"]),
    # a caption naming a person, a photo credit: no byline
    ("Ông Nguyễn Gia Thái Bình,  Phó Chủ tịch UBND quận Bình Tân", None),
    ("Bà Nguyễn Thị Lan", None),
    ("Ảnh Zing Đức Long", None),
])
def test_parse_byline_more_forms(line, want):
    assert parse_byline(line) == want


@pytest.mark.parametrize("tail,want", [
    ('"Những vấn đề gì đoàn thanh tra tiếp thu hay không thì đều phải có văn bản trả lời", Chủ tịch Nguyễn '
     'Đức Chung nhấn mạnh Nam Phong', ["Nam Phong"]),
    ("Chú ý: Thông tin pháp lý trong hộp nội dung này được trích từ nguồn trên mạng Internet, nên chỉ mang "
     "tính tham khảo Tổng hợp Vũ Hạnh", ["Vũ Hạnh"]),
    ("Nhà dân bị nứt toác, có nguy cơ trôi xuống sông bất cứ lúc nào Nguyễn Tuấn", ["Nguyễn Tuấn"]),
    ("Con gái tôi được Hoa hậu đặt cho cái tên là Đàm Vĩnh Hưng", None),
    ("Lễ khai mạc có sự tham dự của Thầy Thích Thông Nghiêm, Trưởng ban Trị sự tỉnh Tây Ninh", None),
    ("Hình thức xử lý này mới chỉ là bước đầu, theo Chủ tịch Hiệp hội Vận tải Hà Nội Nguyễn Trọng Thông", None),
    ("Tổng số khu định cư được giải phóng từ đầu năm nay lên con số 32 Hồng Anh/VOV-Trung tâm Tin Sputnik", None),
])
def test_byline_glued_to_an_unpunctuated_last_sentence(tail, want):
    text = "Hội nghị đã diễn ra tốt đẹp. " + tail
    assert (make_doc(text, title="Tin")._.layout.authors or None) == want


@pytest.mark.parametrize("line,want", [
    ("(Còn nữa) Diệu Bình - Ngọc Trang", ["Diệu Bình", "Ngọc Trang"]),
    ("(Tổng hợp) Hoàng Yên", ["Hoàng Yên"]),
    ("Tổng hợp Cự Giải", ["Cự Giải"]),
    ("Tr.Sơn - Mai Hà - Thái Sơn", ["Tr.Sơn", "Mai Hà", "Thái Sơn"]),
])
def test_byline_notes_and_short_initials(line, want):
    assert parse_byline(line) == want


@pytest.mark.parametrize("last,want", [
    # A byline sharing its line with the source or a photo credit after it.
    ("Đoạn clip khiến cư dân mạng cùng các bậc phụ huynh bất bình, sôi sục. Trí Kiên Theo Đời sống Plus",
     ["Trí Kiên"]),
    ("Chủ tịch Hạ viện Anh nói Tổng thống Trump không được hoan nghênh tại cơ quan lập pháp này. QUẾ LÂM "
     "(Theo RT, The Hill, U.S. News & World Report, The Week)", ["QUẾ LÂM"]),
    ("Tuy nhiên đôi vợ chồng chưa tổ chức đám cưới. Ngát Ngọc Ảnh: Chung Hung Thanh", ["Ngát Ngọc"]),
    ("Ngát Ngọc Ảnh: Chung Hung Thanh", ["Ngát Ngọc"]),
    ("Hạo MinhẢnh: Đỗ Linh", ["Hạo Minh"]),
    # Not a byline: the sentence goes on after `Theo`, or no name stands before the credit.
    ("Ông cho biết sẽ kiểm tra lại. Theo đó, các hộ dân sẽ được hỗ trợ", []),
    ("Toàn cảnh buổi lễ khai mạc hội nghị tổng kết. Ảnh: Minh Hà", []),
])
def test_byline_before_a_source_or_photo_credit(last, want):
    text = "Tiêu đề bài viết\n\nNội dung bài viết đầy đủ về sự việc.\n" + last
    assert make_doc(text)._.layout.authors == want


def test_a_long_photo_credit_line_is_skipped_for_the_byline_above():
    text = ("Tiêu đề bài viết\n\nNội dung bài viết đầy đủ về sự việc.\nBài: Lê Xuân Thọ - Trường Thịnh\n"
            "Ảnh: NAG Nguyễn Á, Minh Chính, Vân Huyền, Lê Xuân Thọ")
    assert make_doc(text)._.layout.authors == ["Lê Xuân Thọ", "Trường Thịnh"]


def _restated_by_all_pairs(line: str, following: str) -> bool:
    """`restated_by` as first written: the common run measured from every pair of positions."""
    from vnextract.extractors.layout import _WORD

    words = [w.lower() for w in _WORD.findall(line)]
    after = [w.lower() for w in _WORD.findall(following[:600])]
    if len(words) < 4:
        return False
    best = 0
    for i in range(len(after)):
        for j in range(len(words)):
            n = 0
            while i + n < len(after) and j + n < len(words) and after[i + n] == words[j + n]:
                n += 1
            best = max(best, n)
    return best >= 0.6 * len(words)


def test_restated_by_equals_the_all_pairs_run():
    import random

    from vnextract.extractors.layout import restated_by

    rnd = random.Random(7)
    vocabulary = ["Hà", "Nội", "họp", "bàn", "về", "giá", "điện", "Sáng", "nay", "UBND", "tỉnh", "."]
    cases = [("Thủ tướng họp bàn về giá điện.", "Sáng nay, Thủ tướng họp bàn về giá điện với các bộ."),
             ("Thủ tướng họp bàn về giá điện.", "Sáng nay, các bộ bàn về giá xăng."), ("Một hai ba.", "Một hai ba.")]
    for _ in range(300):
        line = " ".join(rnd.choice(vocabulary) for _ in range(rnd.randint(0, 12)))
        following = " ".join(rnd.choice(vocabulary) for _ in range(rnd.randint(0, 40)))
        cases.append((line, following))
    assert [restated_by(a, b) for a, b in cases] == [_restated_by_all_pairs(a, b) for a, b in cases]
    assert restated_by(*cases[0]) and not restated_by(*cases[1])
