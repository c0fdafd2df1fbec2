"""event_date: an authority's word about an incident dates the incident told at a clock time a day or
two before (annotation precedent: the incident, not the statement); bylines: a writer's role word
before the name (`CTV Nhật Minh/VOV.VN`), an outlet's desk after it (`Hồng Anh/VOV-Trung tâm Tin
Sputnik`, `Theo Hữu Doãn (Thể Thao 247)`), a dot inside the outlet (`Hà Khánh/VOV - TP. HCM`), two initials (`B.T.Ngọc`). Corpus
texts, traps included."""
from __future__ import annotations

import pytest

from tests.conftest import make_doc
from vnextract.extractors import dates
from vnextract.extractors.layout import parse_byline


def event_value(text: str, title: str | None = None, published: str | None = None) -> str | None:
    doc = make_doc(text, title=title, published=published)
    dates.extract(doc)
    ev = dates.event_date(doc)
    return ev.value if ev else None


LEAD = "Tin trong ngày\n\nMột vụ việc đáng tiếc vừa xảy ra trên địa bàn khiến nhiều người bức xúc.\n\n"


@pytest.mark.parametrize("body,want", [
    # baomoi-22485755: the chairman's word on 8/6, the bees' attack at 14h30 on 7/6
    ("Ngày 8/6, ông Lê Văn Nghị, Chủ tịch xã Thanh Hưng, huyện Thanh Chương, tỉnh Nghệ An cho biết, trên "
     "địa bàn vừa xảy ra vụ việc 14 người trong một gia đình bị ong đốt, khi ra nghĩa trang để thắp hương. "
     "Theo đó, vào khoảng 14h30 ngày 7/6, anh em họ hàng ông Trần Văn Điền cùng nhau ra thăm phần mộ người "
     "thân vừa mất.", "XXXX-06-07"),
    # baomoi-22571287: the police's word on 20/6, the crane's fall told after `Trước đó`
    ("Ngày 20/6, Công an huyện Ba Vì (Hà Nội) cho biết đang thu thập tài liệu, tổ chức điều tra, làm rõ "
     "nguyên nhân vụ sập cần cẩu làm hai công nhân tử vong. Bước đầu xác định nguyên nhân là do đứt dây "
     "cáp cần cẩu. Trước đó, vào khoảng 15 giờ ngày 19/6, trong khi công nhân đang thi công thì chiếc cần "
     "cẩu bất ngờ đứt cáp, đổ sập.", "XXXX-06-19"),
    # baomoi-22459737: `sự việc xảy ra vào khoảng 3 giờ chiều ngày 3-6`, two days before the word
    ("Ngày 5-6, bà Nguyễn Thị Kim Dung, Chủ tịch UBND thị trấn Đông Anh (Đông Anh, Hà Nội) cho hay trên "
     "địa bàn vừa có một người đàn ông vô danh bị tử vong bất thường. Theo đó, sự việc xảy ra vào khoảng "
     "3 giờ chiều ngày 3-6, tại tuyến đường thôn Lễ Pháp.", "XXXX-06-03"),
    # dantri-unc-news_society_086: `Vụ tai nạn xảy ra vào lúc 16 giờ 30 phút ngày 24/4`
    ("Sáng 25/4, ông Đặng Văn Hướng, Chủ tịch UBND xã Đắk Ha (huyện Đắk G'Long) xác nhận, trên địa bàn "
     "vừa xảy ra một vụ tai nạn rơi xuống hầm biogas, khiến 1 người chết.\n"
     "Vụ tai nạn xảy ra vào lúc 16 giờ 30 phút ngày 24/4, tại thôn 3, xã Đắk Ha.", "XXXX-04-24"),
    # dantri-unc-news_society_102: the fire told in the statement itself; `Đến 0h50 ngày 24/4` is its end
    ("Ngày 25/4, thông tin từ Công an tỉnh Thái Bình cho biết, khoảng 23h50 ngày 23/4, tại nhà bà Trần Thị "
     "Nhung ở xã Tây Tiến, huyện Tiền Hải xảy ra vụ cháy.\n"
     "Đến 0h50 ngày 24/4, đám cháy được dập tắt hoàn toàn.", "XXXX-04-23"),
    # traps. baomoi-22751384: the prosecution and arrest are the news, the robbery is its background
    ("Ngày 14/7, Công an huyện Đại Lộc (tỉnh Quảng Nam) cho biết đã khởi tố vụ án, khởi tố bị can, bắt "
     "tạm giam Nguyễn Đình Nguyên về hành vi Cướp giật tài sản. Theo điều tra, khoảng 15h ngày 12/7, "
     "Nguyên chạy xe máy từ nhà về xã Tam Dân.", "XXXX-07-14"),
    # dantri-unc-news_society_165: the award is the news
    ("Chiều ngày 29/4, thông tin từ UBND huyện Lộc Hà (Hà Tĩnh), đơn vị vừa trao giấy khen của Chủ tịch "
     "UBND huyện cho 7 công dân có hành động dũng cảm cứu người đuối nước.\n"
     "Trước đó, vào khoảng 15h30 ngày 28/4, một nhóm học sinh rủ nhau xuống tắm tại bãi tắm Xuân Hải.",
     "XXXX-04-29"),
    # baomoi-21480792: the child's state is the news; the admission day is told with no incident word
    ("Sáng 7-2, bác sĩ Huỳnh Như Đồng, Trưởng Khoa Ngoại Thần kinh, Bệnh viện Đa khoa tỉnh Đắk Lắk, cho "
     "biết cháu Nguyễn Văn An đã qua cơn nguy kịch. Theo bác sĩ Đồng, cháu An vào Viện lúc 12 giờ ngày 6-2 "
     "trong tình trạng nứt sọ não.", "XXXX-02-07"),
    # no clock time with the earlier day: a day told in passing, not the incident told at its hour
    ("Ngày 8/6, ông Lê Văn Nghị, Chủ tịch xã Thanh Hưng cho biết, trên địa bàn vừa xảy ra vụ việc 14 "
     "người bị ong đốt. Các nạn nhân đã được đưa đi cấp cứu từ ngày 7/6.", "XXXX-06-08"),
    # three days before: beyond the gap (batch 20: the interview three days after the incident)
    ("Ngày 8/6, ông Lê Văn Nghị, Chủ tịch xã Thanh Hưng cho biết, trên địa bàn vừa xảy ra vụ việc 14 "
     "người bị ong đốt. Theo đó, vào khoảng 14h30 ngày 5/6, mọi người ra thăm phần mộ.", "XXXX-06-08"),
])
def test_incident_day_over_the_statement_day(body, want):
    assert event_value(LEAD + body + "\n\nHải Đăng") == want


@pytest.mark.parametrize("line,want", [
    ("CTV Nhật Minh/VOV.VN", ["Nhật Minh"]),
    ("CTV Ánh Nguyệt-Thái Ngân/VOV-Miền Trung", ["Ánh Nguyệt", "Thái Ngân"]),
    ("CTV Văn Cảnh - Công Phong/VOV-TP HCM", ["Văn Cảnh", "Công Phong"]),
    ("PV Đình Thiệu/VOV miền Trung", ["Đình Thiệu"]),
    ("Hồng Anh/VOV-Trung tâm Tin Sputnik", ["Hồng Anh"]),
    ("B.T.Ngọc", ["B.T.Ngọc"]),
    # `Theo Name (Outlet)` source lines: the outlet's bracket may hold a digit or come twice
    ("Theo Hữu Doãn (Thể Thao 247)", ["Hữu Doãn"]),
    ("Theo Minh Hùng (Thể thao 247)", ["Minh Hùng"]),
    ("Theo Tào Nga (Tổng hợp) (Khám phá)", ["Tào Nga"]),
    ("Theo Thế Anh/Người đưa tin", ["Thế Anh"]),
    ("Theo Tạp chí Quản lý Ngân quỹ Quốc gia số 174 (12/2016)", None),
    ("Lê Văn Bình (35 tuổi)", None),
    ("N.T.Hà", ["N.T.Hà"]),
    # traps: a role word with no name, a desk that is no name, a bare role word
    ("PV/VOV.VN", None),
    ("Nhóm PV/VOV-Miền Trung", None),
    ("PV Ban Thời sự", None),
    ("CTV", None),
])
def test_byline_role_words_and_outlet_desks(line, want):
    assert parse_byline(line) == want


@pytest.mark.parametrize("tail,want", [
    # baomoi-22499524: the dot of `TP. HCM` is no sentence end
    ("Sở Giao thông vận tải Thành phố Hồ Chí Minh cho biết./. Hà Khánh/VOV - TP. HCM", ["Hà Khánh"]),
    # baomoi-22464343, baomoi-21473227
    ("Hiện vụ việc đang được tiếp tục điều tra, làm rõ./. CTV Phú Sỹ/VOV.VN", ["Phú Sỹ"]),
    ("lên con số 32./. Hồng Anh/VOV-Trung tâm Tin Sputnik", ["Hồng Anh"]),
    # baomoi-22244348
    ("Ủy viên Trung ương Đảng các khóa X, XI và XII, Đại biểu Quốc hội khóa XI, XIII. B.T.Ngọc", ["B.T.Ngọc"]),
    # baomoi-22419365, baomoi-22721601: signed with the outlet after a table or a caption
    ("1. Man United -3,09 tỷ EURO Hoàng Yến/VOV.VN", ["Hoàng Yến"]),
    ("(Ảnh: chinhphu.vn) Minh An/VOV.VN", ["Minh An"]),
    # baomoi-22261708: a team list runs into the byline; a place before an outlet
    ("10) Tiền đạo: Công Phượng 11) Tiền đạo: Văn Toàn Trọng Phú/VOV.VN", []),
    ("Ông cho biết điều này khi làm việc với Hà Nội/VnExpress", []),
    # traps: no person named (batch 12: `PV/VOV – Miền Trung` names no one); a sentence before the dot
    ("Sở Giao thông vận tải cho biết./. PV/VOV - TP. HCM", []),
    ("Đoàn đã làm việc với UBND TP. Hồ Chí Minh", []),
    # baomoi-22286389: a writer after the prefix's dot
    ("Thực hiện các biện pháp kỹ thuật để đảm bảo an toàn cho Trung tâm dữ liệu TP. Nguyễn Cường", ["Nguyễn Cường"]),
])
def test_byline_glued_after_the_last_sentence(tail, want):
    text = ("Tin trong ngày\n\nĐoàn công tác đã kiểm tra thực tế tại nhiều địa phương trong tỉnh. Hiện vụ việc "
            "đang được xem xét. " + tail)
    assert make_doc(text)._.layout.authors == want
