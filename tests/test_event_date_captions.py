"""event_date, seventh round: photo captions and section headings (whole lines with no closing
punctuation) do not use up the lead's sentence budget; corpus texts, traps included."""
from __future__ import annotations

import unicodedata

import pytest

from vnextract.extractors import dates, layout
from vnextract.extractors.dates.event import _is_caption_line
from vnextract.extractors.extensions import ArticleInfo, parse_published
from vnextract.pipeline.segment import segment


def event_value(text: str, published: str | None = None, title: str | None = None) -> str | None:
    doc = segment(unicodedata.normalize("NFC", text))
    doc._.info = ArticleInfo("t", title, parse_published(published))
    doc._.layout = layout.read_layout(doc)
    dates.extract(doc)
    ev = dates.event_date(doc)
    return ev.value if ev else None


# dantri-unc-news_sport_012: three lead sentences, two photo captions, then the match day
MATCH_LEAD = (
    "Cựu HLV Muangthong sửng sốt trước tài phòng ngự của Văn Lâm và đồng đội\n\n"
    "Sau thất bại trước chính đội bóng cũ là Muangthong United, cựu HLV Alexandre Gama của đội bóng này "
    "sửng sốt trước khả năng phòng ngự của thủ thành Đặng Văn Lâm và các cầu thủ Muangthong.\n"
    "Chỉ cách nay hơn chục ngày, HLV Alexandre Gama (người Brazil) tuyên bố từ chức khỏi Muangthong United, "
    "để chuyển sang nắm đội Buriram United, cũng thuộc giải Thai-League.\n"
    "Điều đáng ngạc nhiên là sau khi ông Gama rời Muangthong, HLV trẻ măng Mario Gjurovski lên thay, và "
    "Muangthong United thắng liền 2 trận ở giải vô địch bóng đá Thái Lan, trong 2 vòng đấu gần đây nhất.\n"
    "Thủ thành Đặng Văn Lâm lại chơi xuất sắc, giúp Muangthong giành chiến thắng tại vòng 11 Thai-League\n"
    "HLV Alexandre Gama sửng sốt với khả năng phòng ngự của đội bóng cũ\n"
)
MATCH_DAY = ("Riêng chiều tối 31/10, ở vòng 11 Thai-League, Muangthong của tân HLV Gjurovski thắng đội bóng mới "
             "Buriram United của chính HLV Gama, với tỷ số 3-2, ngay trên sân “Lâu Đài Sấm” của Buriram.\n")

# dantri-unc-news_society_004: a lead of short lines and a section heading before the reporter's visit
FLOOD_LEAD = (
    "\"Khi về đến nhà thì tất cả đã bị nước lũ cuốn trôi\"\n\n"
    "Lũ lên quá nhanh, ở Thanh Mỹ chỉ sau một đêm nước đã dâng đến mái nhà, người dân không kịp trở tay.\n"
    "Khi trở về thì tất cả tài sản đã bị lũ cuốn trôi, nhấn chìm...\n"
    "Đó là những mất mát lớn nhất trong đợt lũ do ảnh hưởng hoàn lưu bão số 9 gây ra cho người dân ở huyện "
    "nghèo Thanh Chương (Nghệ An) phải gánh.\n"
    "Lũ lên nhanh, nhấn chìm nhiều làng mạc, hàng ngàn ngôi nhà, tài sản của người dân chỉ sau một đêm đã bị "
    "lũ cuốn trôi...\n"
    "Tất cả đã chìm trong nước\n"
)
FLOOD_VISIT = ("Ngày 1/11, chúng tôi có mặt tại xã Thanh Mỹ, huyện Thanh Chương (Nghệ An) - nơi được xem là “tâm lũ” "
               "ở Nghệ An, có thời điểm nước dâng đến sát mái nhà của dân.\n")
# a sentence that closes with a period counts, as before
FILLER = "Hàng thủ của Muangthong đứng vững trước những tình huống sóng gió liên tục.\n"


@pytest.mark.parametrize("text,published,expected", [
    (MATCH_LEAD + MATCH_DAY, "2020-11-01", "2020-10-31"),
    (FLOOD_LEAD + FLOOD_VISIT, "2020-11-01", "2020-11-01"),
    # baomoi-21766215: a related-story line opens the body; the lead's own day is the report's
    ("* Dân vây bắt người đàn ông bị nghi hiếp dâm bé gái 4 tuổi\n\n"
     "Liên quan tới vụ C.M.H (34 tuổi, quê H.Đông Hưng, Thái Bình) bị tố có hành vi xâm hại tình dục đối với "
     "bé gái T.Y.N (8 tuổi, ngụ tại Q.Hoàng Mai, Hà Nội), ngày 14.3, thiếu tướng Đinh Văn Toản, Phó giám đốc "
     "Công an TP.Hà Nội, thông tin kết quả xác minh. Công an TP.Hà Nội cũng khẳng định H. chưa bỏ trốn. "
     "Ngày 13.3, Cơ quan An ninh điều tra Công an tỉnh Thái Bình đã đến Hà Nội để xác minh.", None, "XXXX-03-14"),
])
def test_caption_lines_do_not_use_up_the_lead(text, published, expected):
    assert event_value(text, published) == expected


@pytest.mark.parametrize("text,published", [
    # the same match day after six sentences that close with a period: past the lead, as before
    (MATCH_LEAD.replace("Thai-League\n", "Thai-League.\n").replace("đội bóng cũ\n", "đội bóng cũ.\n")
     + FILLER + FILLER + MATCH_DAY, "2020-11-01"),
    # past more caption lines than the allowance: not read
    (MATCH_LEAD + "Ông Gama (phải) nhận thất bại trong ngày tái ngộ đội bóng cũ\n" * 6 + FILLER + MATCH_DAY,
     "2020-11-01"),
    # a caption line's day is still judged: a scheduled day is no event day
    (MATCH_LEAD.replace("vòng 11 Thai-League\n", "vòng 12 Thai-League ngày 7/11 tới\n") + MATCH_DAY.replace(
        "Riêng chiều tối 31/10, ở", "Ở"), "2020-11-01"),
])
def test_near_misses_past_the_lead(text, published):
    assert event_value(text, published) is None


@pytest.mark.parametrize("text,expected", [
    ("Thủ thành Đặng Văn Lâm lại chơi xuất sắc\nSau đó", True),
    ("Tàu khu trục Bayern của Đức. (Nguồn: Pinterest)\nSau đó", False),   # closing bracket: a sentence
    ("Lũ lên nhanh, nhấn chìm nhiều làng mạc...\nSau đó", False),
    ("Ông Hà cho hay ở quận Bình Thạnh, phường 28 bị “đóng băng”\nSau đó", False),
])
def test_what_a_caption_line_is(text, expected):
    end = text.index("\n") + 1
    assert _is_caption_line(text, 0, end) is expected


@pytest.mark.parametrize("text,published,expected", [
    # dantri-unc-news_education_088: the holiday after `sau`; its second day is no event day either
    ("Trường ĐH Công nghệ (ĐH Quốc gia Hà Nội) vừa gửi thông báo đến toàn thể sinh viên, giảng viên của "
     "trường về kế hoạch học tập sau kỳ nghỉ lễ 30/4, 1/5.", "2021-04-30", None),
    ("Nhiều trường học cho học sinh nghỉ sau ngày 30/4, 1/5 để phòng dịch Covid-19.", "2021-05-01", None),
    ("Lượng khách tăng mạnh so với ngày 28/4, 29/4 của tuần trước.", "2021-05-01", None),
    # near misses: a list after an event day keeps its first day; a day after a rejected one but not
    # listed with it (its own clause) is still judged alone
    ("Trong hai ngày 29/4, 30/4, các điểm du lịch ở Sa Pa đón hàng nghìn lượt khách.", "2021-05-01", "2021-04-29"),
    ("Kể từ ngày 1/5, giá điện tăng. Chiều 2/5, Tập đoàn Điện lực Việt Nam cho biết đã nhận nhiều phản ánh.",
     "2021-05-03", "2021-05-02"),
])
def test_a_day_listed_after_a_rejected_one(text, published, expected):
    assert event_value(text, published) == expected
