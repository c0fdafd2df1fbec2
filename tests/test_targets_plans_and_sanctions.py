"""targets, issue 17 round 3: a plan opening the sentence (`Theo kế hoạch, ...`), sanctions as results of
inspection work, `trong số` (among), opinion counts, company accounts, incident changes, totals of fines.

Sentences are from the news corpus (../shared/corpus/news), shortened; each class has traps that must not fire.
"""
from __future__ import annotations

import pytest

from tests.test_targets import rows


def by_text(text: str) -> dict[str, dict]:
    return {r["text"]: r for r in rows(text)}


# ---------------------------------------------------------------- `Theo kế hoạch, ...`: the plan of what follows
@pytest.mark.parametrize("text, span", [
    ("Theo kế hoạch, đơn vị thi công sẽ di chuyển 158 cây, giữ lại để cắt tỉa 142 cây.", "142 cây"),
    ("VN - Theo kế hoạch, 68 dự án và một phần đất nhỏ xen kẹt do Hà Nội quản lý sẽ được đưa ra đấu giá.",
     "68 dự án"),
    ("Theo kế hoạch trong đợt ra quân trồng cây xanh đầu năm, thành phố tiến hành trồng hơn 500 cây xanh.",
     "hơn 500 cây xanh"),
    ("Theo lộ trình, có 30 tỉnh sẽ thực hiện tăng viện phí vào tháng 8-2017.", "30 tỉnh"),
    ("Cụ thể, theo kế hoạch, huyện hoàn thành 12 phòng học trong năm nay.", "12 phòng học"),
])
def test_plan_opening_the_sentence_makes_a_goal(text, span):
    got = by_text(text)
    assert got[span]["status"] == "planned", got


@pytest.mark.parametrize("text, span", [
    # after the verb it is compliance with the plan: done
    ("Huyện đã hoàn thành 12 phòng học theo kế hoạch, giải ngân 50 tỷ đồng.", "50 tỷ đồng"),
    ("Huyện đã hoàn thành 12 phòng học theo kế hoạch, giải ngân 50 tỷ đồng.", "12 phòng học"),
    # a done word after the plan resets it
    ("Theo kế hoạch, năm 2016 huyện xây dựng 12 phòng học, đến nay đã hoàn thành 10 phòng học.", "10 phòng học"),
    # a plan noun inside the clause is no plan for the sentence
    ("Thực hiện theo kế hoạch, phường đã xử lý 45 trường hợp lấn chiếm vỉa hè.", "45 trường hợp"),
])
def test_plan_noun_after_a_verb_or_done_word_is_no_goal(text, span):
    got = by_text(text)
    assert got[span]["status"] == "achieved", got


# ---------------------------------------------------------------- sanctions: results of inspection work
@pytest.mark.parametrize("text, spans", [
    ("Kết quả kỷ luật khiển trách 1 tập thể; nhắc nhở 5 tập thể; kỷ luật cảnh cáo 2 cá nhân; kỷ luật khiển trách "
     "9 cá nhân.", ["1 tập thể", "5 tập thể", "2 cá nhân", "9 cá nhân"]),
    ("Kết quả kỷ luật khiển trách 15 cá nhân, cảnh cáo 5 cá nhân, cách chức 1 cá nhân.",
     ["15 cá nhân", "5 cá nhân", "1 cá nhân"]),
    ("Cấp ủy, ủy ban kiểm tra các cấp đã thi hành kỷ luật 429 trường hợp cán bộ, đảng viên vi phạm.",
     ["429 trường hợp"]),
    ("Năm 2016, Ủy ban Kiểm tra Huyện ủy đã thi hành kỷ luật 12 đảng viên, trong đó khai trừ 2 đảng viên.",
     ["12 đảng viên", "2 đảng viên"]),
    ("Sở đã xử phạt 53 trường hợp vi phạm, đình chỉ hoạt động 2 mỏ đá.", ["53 trường hợp vi phạm", "2 mỏ đá"]),
])
def test_sanctions_are_results(text, spans):
    got = by_text(text)
    for span in spans:
        assert got[span]["status"] == "achieved", got


@pytest.mark.parametrize("text", [
    "Phòng giáo dục quận đã chỉ đạo đình chỉ 2 cô giáo.",  # bare `đình chỉ`: one incident's suspension
    "Hết thời hạn đình chỉ 60 ngày nhưng căn biệt thự xây dựng không phép vẫn tồn tại.",
    "Ông A từng bị kỷ luật cảnh cáo 2 lần.",
    # the one sanctioned (`bị`), and discipline as a noun
    "Thí sinh bị cảnh cáo bị trừ 50% tổng điểm của bài thi vi phạm.",
    "Thí sinh bị khiển trách sẽ bị trừ 25% tổng số điểm bài thi của môn đó.",
    "Đặc biệt, có 2 cán bộ vi phạm kỷ luật trong ngày thi thứ hai.",
    # a vote on a sanction
    "Trung ương quyết định thi hành kỷ luật ông A bằng hình thức cảnh cáo với tỷ lệ phiếu biểu quyết trên 90%.",
])
def test_suspensions_and_durations_are_no_sanction_counts(text):
    assert rows(text) == []


# ---------------------------------------------------------------- `trong số`: among, no ordinal
def test_among_is_no_ordinal():
    got = by_text("Ông Liêm lý giải, trong số 39 DNNN phải cổ phần hóa thì đa phần là các công ty công ích.")
    assert got["39 DNNN"]["status"] == "planned", got


@pytest.mark.parametrize("text", [
    "Trong số 350 học sinh, nhiều em có nguyện vọng du học.",  # among, but nothing said of them
    "UBND tỉnh ban hành Quyết định số 39 về quản lý 12 dự án.",
    # `x trong số y`, `nằm trong số`: a pool or a rank, not a clause opened by `trong số`
    "BQLDA cho biết việc lựa chọn nhà thầu thực hiện 9 trong số 11 gói thầu của Dự án đã hoàn thành.",
    "Phim giành tới 8 trong số 10 đề cử Oscar 2009.",
    "Quảng Ninh phấn đấu luôn nằm trong số 5 địa phương dẫn đầu về chỉ số PCI.",
])
def test_among_needs_its_own_cue_and_a_number_stays_a_number(text):
    got = by_text(text)
    assert not {"39 DNNN", "350 học sinh", "11 gói thầu", "10 đề cử", "5 địa phương"} & set(got), got


def test_among_opening_the_sentence():
    got = by_text("Trong số 45 dự án đã giải ngân, có 12 dự án chậm tiến độ.")
    assert {"45 dự án", "12 dự án"} <= set(got), got


# ---------------------------------------------------------------- opinions and polls
@pytest.mark.parametrize("text", [
    "Có gần 100.000 người cho ý kiến, trong đó hơn 77.000 người cho rằng hệ thống này là cần thiết; "
    "hơn 21.000 người cho là không cần thiết duy trì.",
    "Số người ủng hộ hạn chế phương tiện cá nhân và lộ trình dừng hoạt động xe máy là trên 90%.",
])
def test_opinion_counts_are_no_targets(text):
    assert rows(text) == []


def test_donations_stay_targets():
    got = by_text("Hội Chữ thập đỏ huyện đã vận động ủng hộ được 200 triệu đồng cho người dân vùng lũ.")
    assert "200 triệu đồng" in got, got


# ---------------------------------------------------------------- company accounts
@pytest.mark.parametrize("text", [
    "VIMC hiện nắm giữ cổ phần chi phối tại 19 công ty con và có vốn góp tại 15 công ty liên kết.",
    "Sinh viên được chào đón làm việc tại Tập đoàn FPT với 8 công ty thành viên với hơn 30.000 nhân viên.",
])
def test_company_holdings_and_staff_are_no_targets(text):
    assert rows(text) == []


def test_equitisation_by_a_public_body_stays():
    got = by_text("Năm 2017, UBND tỉnh đã hoàn thành cổ phần hóa 6 doanh nghiệp nhà nước.")
    assert "6 doanh nghiệp nhà nước" in got, got


# ---------------------------------------------------------------- the change of crime and accident statistics
@pytest.mark.parametrize("text", [
    "Trong năm qua, trên địa bàn xảy ra 226 vụ phạm pháp hình sự, giảm gần 37% so với cùng kỳ.",
    "Tai nạn giao thông giảm 12% so với cùng kỳ.",
])
def test_change_of_incident_statistics_is_no_target(text):
    assert rows(text) == []


@pytest.mark.parametrize("text, span, status", [
    ("Năm 2017, tỉnh phấn đấu kéo giảm 5% số vụ tai nạn giao thông.", "5%", "planned"),  # a goal
    ("Tỷ lệ điều tra khám phá các vụ phạm pháp hình sự đạt 86%, tăng 3% so với cùng kỳ.", "3%", "achieved"),
])
def test_goals_and_the_police_work_rate_stay(text, span, status):
    got = by_text(text)
    assert got[span]["status"] == status, got


# ---------------------------------------------------------------- the total of fines imposed
@pytest.mark.parametrize("text, kept", [
    ("Cơ quan chức năng đã ra quyết định xử phạt vi phạm hành chính 5 vụ vi phạm với tổng số 140,4 triệu đồng.",
     {"5 vụ vi phạm"}),
    ("Đội quản lý thị trường đã xử phạt 20 cơ sở, tổng số 45 triệu đồng.", {"20 cơ sở"}),
    ("Năm 2017, huyện đã giải ngân với tổng số 140 tỷ đồng.", {"140 tỷ đồng"}),  # no fine: a sum of work
])
def test_total_of_fines_is_no_target_but_the_counts_are(text, kept):
    assert set(by_text(text)) == kept
