"""Title and authors on untitled texts of any outlet: forms drawn from real corpus articles (dantri,
baomoi) and the shapes other outlets print (datelines, agency bylines, trailing notes)."""
from __future__ import annotations

import pytest

from tests.conftest import make_doc
from vnextract.extractors.layout import parse_byline

LEAD = ("Chiều 29/4, ông Hoàng Đức Hạnh - Phó Giám đốc Sở Y tế Hà Nội - cho biết thành phố đã truy vết "
        "được 2 trường hợp F1 liên quan ca bệnh ở Hà Nam và đang cách ly tập trung.")
BODY = "Các trường hợp này đã được lấy mẫu xét nghiệm, kết quả âm tính lần 1 với SARS-CoV-2."


def layout_of(text: str, title: str | None = None):
    return make_doc(text, title=title)._.layout


# --- headline ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("caption", [
    "Phó Chủ tịch UBND TP Hà Nội Chử Xuân Dũng (giữa) phát biểu chỉ đạo tại cuộc họp chiều 29/4 (Ảnh: Thành Trung).",
    "Tàu khu trục Bayern của Đức. (Nguồn: Pinterest)",
    "Cựu Ngoại trưởng Mỹ Henry Kissinger (Ảnh: AFP).",
])
def test_a_subheading_after_an_opening_photo_caption_is_not_the_headline(caption):
    # The text opens with the photo: the body has begun, the short line after it is a section heading.
    lay = layout_of(f"{caption}\n\nHà Nội có 2 ca F1 liên quan ca bệnh ở Hà Nam\n\n{LEAD}\n\n{BODY}")
    assert lay.title is None and lay.headline is None


def test_a_headline_after_a_page_date_is_still_the_headline():
    lay = layout_of(f"Thứ hai, 12/6/2017\n\nHà Nội có 2 ca F1 liên quan ca bệnh ở Hà Nam\n\n{LEAD}")
    assert lay.title == "Hà Nội có 2 ca F1 liên quan ca bệnh ở Hà Nam"


def test_a_given_title_is_still_found_after_an_opening_caption():
    text = f"Cựu Ngoại trưởng Mỹ Henry Kissinger (Ảnh: AFP).\n\nVai trò của trí tuệ nhân tạo\n\n{LEAD}"
    lay = layout_of(text, title="Vai trò của trí tuệ nhân tạo")
    assert lay.title == "Vai trò của trí tuệ nhân tạo" and lay.headline is not None


@pytest.mark.parametrize("opening", [
    "(Dân trí) - Chiều 29/4, Sở Y tế Hà Nội cho biết đã truy vết 2 ca F1",
    "TTO - Chiều 29/4, Sở Y tế Hà Nội cho biết đã truy vết 2 ca F1",
    "VOV.VN - Chiều 29/4, Sở Y tế Hà Nội cho biết đã truy vết 2 ca F1",
    "NDO - Sáng nay, Bộ Y tế công bố thêm 6 ca mắc mới",
    "TTXVN - Ngày 24/4, EU bày tỏ lo ngại về các tàu cá",
    "VOV.VN -Sáng nay, Bộ Y tế công bố thêm 6 ca mắc mới",
    "TTO-Sáng nay, Bộ Y tế công bố thêm 6 ca mắc mới",
])
def test_a_dateline_opens_a_lead_not_a_headline(opening):
    lay = layout_of(f"{opening}\n\n{BODY}")
    assert lay.title is None


@pytest.mark.parametrize("headline", [
    "ASEAN - Trung Quốc thúc đẩy đàm phán COC",
    "Việt Nam - Lào ký kết hiệp định hợp tác",
    "ASEAN-Nhật Bản thúc đẩy hợp tác kinh tế số",
    "Zingiber - loài cây quý được trồng ở Tây Nguyên",
    "Mỹ: Báo động hàng triệu phiếu ở bang chiến địa có thể không được tính",
])
def test_headlines_with_a_dash_or_colon_are_kept(headline):
    lay = layout_of(f"{headline}\n\n(Dân trí) - {LEAD}\n\n{BODY}")
    assert lay.title == headline


def test_headline_then_a_dateline_sapo():
    lay = layout_of(f"Hà Nội có 2 ca F1 liên quan ca bệnh ở Hà Nam\n\nTTO - {LEAD}\n\n{BODY}")
    assert lay.title == "Hà Nội có 2 ca F1 liên quan ca bệnh ở Hà Nam"


# --- authors ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("last,want", [
    ("Theo Ngọc HàVietNamNet", ["Ngọc Hà"]),
    ("Theo Vân DuNgười lao động", ["Vân Du"]),
    ("Theo Khánh NguyênDân Việt", ["Khánh Nguyên"]),
    ("Theo D.AnhVietnamNet", ["D.Anh"]),
    ("Theo M. HàVietNamNet", ["M. Hà"]),
    ("Theo Thanh HuyềnĐầu tư", ["Thanh Huyền"]),
    ("Minh PhươngTổng hợp", ["Minh Phương"]),
    ("T.ThủyVideo: BBC Earth", ["T.Thủy"]),
    ("T.ThủyVideo: Reddit", ["T.Thủy"]),
])
def test_a_source_line_with_the_outlet_glued_after_the_name(last, want):
    assert layout_of(f"{LEAD}\n\n{BODY}\n\n{last}").authors == want


@pytest.mark.parametrize("last", [
    "Theo McDonald's",            # a glue inside one word is no outlet
    "Theo ông Nguyễn Văn A",      # a person quoted, no byline
    "Theo iPhoneArena",
])
def test_glued_source_traps(last):
    assert layout_of(f"{LEAD}\n\n{BODY}\n\n{last}").authors == []


@pytest.mark.parametrize("source,outlet,want", [
    ("Theo Linh Anh", "Thế giới & Việt Nam", ["Linh Anh"]),
    ("Theo Đăng Dương", "VietnamNet/SCMP", ["Đăng Dương"]),
    ("Theo Thu Hà", "VietQ.vn", ["Thu Hà"]),
    ("Theo Bảo Minh", "Dân Việt", ["Bảo Minh"]),
])
def test_a_source_line_then_its_outlet_on_the_last_line(source, outlet, want):
    assert layout_of(f"{LEAD}\n\n{BODY}\n\n{source}\n\n{outlet}").authors == want


def test_a_short_body_line_under_a_source_sentence_is_no_outlet():
    # `Theo ...` opening a body sentence is no source line: nothing is skipped.
    text = f"{LEAD}\n\nTheo ông Hạnh, thành phố đã sẵn sàng.\n\nĐội hình dự kiến:"
    assert layout_of(text).authors == []


@pytest.mark.parametrize("note", [
    "* Mọi ý kiến đóng góp về giáo dục, giáo dục nghề nghiệp độc giả gửi tin, bài về hộp thư: "
    "giaoduc@dantri.com.vn. Trân trọng cám ơn!",
    "*Mọi ý kiến đóng góp về giáo dục - đào tạo, độc giả gửi tin, bài về hộp thư giaoduc@dantri.com.vn",
    "* Tên nhân vật đã được thay đổi",
    "(Tổng hợp)",
    "(theo LiveScience)",
    "(theo ABC News)",
    "Bài viết thể hiện quan điểm cá nhân của tác giả",
])
def test_an_editors_note_under_the_byline(note):
    assert layout_of(f"{LEAD}\n\n{BODY}\n\nLệ Thu\n\n{note}").authors == ["Lệ Thu"]


def test_a_bracketed_note_under_body_text_is_no_byline():
    assert layout_of(f"{LEAD}\n\n{BODY}\n\n(Tổng hợp)").authors == []


def test_a_starred_body_paragraph_is_no_note():
    # `* heading text...` at the end with body above it: no byline above to find.
    text = f"{LEAD}\n\n{BODY}\n\n* Nâng gói tín dụng cho nông nghiệp công nghệ cao lên 100.000 tỷ đồng"
    assert layout_of(text).authors == []


@pytest.mark.parametrize("line,want", [
    ("Lê Hiếu/VOV-Miền Trung Lê Hiếu/VOV-Miền Trung", ["Lê Hiếu"]),
    ("Minh Anh - Hà Phương", ["Minh Anh", "Hà Phương"]),
    ("PV", None),
    ("Nhóm PV", None),
])
def test_parse_byline_any_outlet(line, want):
    assert parse_byline(line) == want


@pytest.mark.parametrize("last,want", [
    ("Khung cảnh hỗn loạn trong những ngày cuối cùng trước khi bầu cử diễn ra. Minh Minh", ["Minh"]),
    ("Nhà đầu tư có thể tận dụng nhịp điều chỉnh để tái cơ cấu lại danh mục. N.Tùng N.Tùng", ["N.Tùng"]),
    ("Sở GD&ĐT đang rất suy nghĩ thi 2 hay 3 môn trong kỳ thi vào lớp 10. Giang Giang", ["Giang"]),
])
def test_a_byline_glued_to_the_last_sentence_printed_twice(last, want):
    assert layout_of(f"{LEAD}\n\n{last}", title="Tin").authors == want


@pytest.mark.parametrize("tail,want", [
    ("Nguyễn Nguyễn", ["Nguyễn Nguyễn"]),   # a pen name of two equal words on its own line
    ("Minh Minh", ["Minh Minh"]),
    ("Lê Hiếu/VOV-Miền Trung Lê Hiếu/VOV-Miền Trung", ["Lê Hiếu"]),
    ("Minh Anh - Hà Phương", ["Minh Anh", "Hà Phương"]),
    ("Minh Anh\n\nẢnh: Hà Phương", ["Minh Anh"]),
    ("Minh Anh (Theo Reuters)", ["Minh Anh"]),
    ("Minh Anh\n\n(Theo Reuters)", ["Minh Anh"]),
    ("Minh Anh\n\nTheo TTXVN", ["Minh Anh"]),
    ("Theo TTXVN", []),
    ("PV", []),
    ("Nhóm PV", []),
])
def test_bylines_other_outlets_print(tail, want):
    assert layout_of(f"{LEAD}\n\n{BODY}\n\n{tail}").authors == want
