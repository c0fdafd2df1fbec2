"""deadlines round 10 (issue #14, responsible on audit rows): the committing subject is a place, a people or
`chủ đầu tư` (`Tỉnh phấn đấu ...`, `Phấn đấu đến ..., TP Hà Nội chấm dứt ...`, `chủ đầu tư đã hứa, cam kết ... sẽ
hoàn thành ...`); a subjectless follow-up (`Báo cáo kết quả ... trước ngày ...`, `Thời gian thực hiện xong trước
...`) carries the addressee of the request just before (corpus sentences, with near misses that must not fire)."""
from __future__ import annotations

import pytest

from tests.test_deadlines import run


def _responsible(text: str, due_text: str) -> str | None:
    # (published before the due time: the 1/4 and 20/2 ones are past by mid-year)
    _, rows = run(text, "2017-02-01" if due_text in ("đến ngày 1/4/2017", "trước ngày 20/2/2017") else "2017-07-01")
    found = [r for r in rows if r["due_text"] == due_text]
    assert found, rows
    return found[0]["responsible"]


# ---------------------------------------------------------------- a place, a people, `chủ đầu tư` commits
@pytest.mark.parametrize("text,due_text,responsible", [
    ("Phấn đấu đến ngày 1/4/2017, TP Hà Nội chấm dứt việc sử dụng văn bản giấy, giấy mời đối với tất cả các sở, "
     "ban, ngành, đơn vị.", "đến ngày 1/4/2017", "TP Hà Nội"),
    ("Trước mắt, tỉnh Thừa Thiên - Huế tập trung xây dựng hệ thống chợ văn minh thương mại. Tỉnh phấn đấu đến năm "
     "2020 có 100% chợ hạng 1, trên 40% chợ hạng 2 và trên 20% chợ hạng 3 được công nhận chợ văn minh thương mại.",
     "đến năm 2020", "Tỉnh"),
    ("Tỉnh cũng lập phương án xử lý khẩn cấp và chuẩn bị điều kiện cần thiết để thi công khắc phục sự cố, đảm bảo "
     "hoàn thành trước ngày 20/8.", "trước ngày 20/8", "Tỉnh"),
    ("Khởi công tháng 11-2015, khi đó, chủ đầu tư đã hứa, cam kết với Chính phủ, các Bộ ngành Trung ương và UBNDTP "
     "sẽ hoàn thành dự án, đưa vào khai thác vào tháng 5-2017.", "vào tháng 5-2017", "chủ đầu tư"),
    ("Đảng bộ và nhân dân tỉnh Bắc Ninh nguyện tiếp tục đoàn kết, đẩy mạnh các phong trào thi đua yêu nước; thực "
     "hiện Nghị quyết Trung ương 4, phấn đấu xây dựng tỉnh Bắc Ninh thành thành phố trực thuộc Trung ương vào năm "
     "2022.", "vào năm 2022", "Đảng bộ và nhân dân tỉnh Bắc Ninh"),
])
def test_a_place_a_people_or_the_investor_that_commits_is_responsible(text, due_text, responsible):
    assert _responsible(text, due_text) == responsible


@pytest.mark.parametrize("text,due_text", [
    # a place that is only the scene, no subject
    ("Tại Hà Nội, phấn đấu đến năm 2020 hoàn thành 10 tuyến đường.", "đến năm 2020"),
    # the figure's noun after a goal word commits nothing
    ("Nghị quyết xác định phải xây dựng đội ngũ cán bộ nữ, phấn đấu đến năm 2020, cán bộ nữ tham gia cấp ủy đảng "
     "các cấp đạt từ 25% trở lên.", "đến năm 2020"),
    ("Riêng lĩnh vực giao thông cần nối liền đường Vành đai 2; phấn đấu năm 2018, các tuyến đường này phải thông "
     "suốt.", "năm 2018"),
    # a company's goal: no change
    ("Phấn đấu đến năm 2020, Công ty Vinamilk sẽ đạt doanh thu 3 tỷ USD.", "đến năm 2020"),
])
def test_a_scene_a_figure_or_a_company_after_a_goal_word_is_no_new_responsible(text, due_text):
    assert _responsible(text, due_text) is None


def test_a_company_that_promises_is_not_taken_as_a_commitment():
    _, rows = run("Về nhà ông Tư ở Hà Nội, Công ty CP Xây dựng số 1 đã hứa sẽ hoàn thành công trình vào tháng "
                  "5-2017.", "2017-03-01")
    assert all(r["responsible"] is None for r in rows)


# ---------------------------------------------------------------- the request just before
@pytest.mark.parametrize("text,due_text,responsible", [
    ("Tổng cục ĐBVN đề nghị Sở GTVT thành phố Hồ Chí Minh thực hiện kiểm tra dữ liệu từ thiết bị GSHT trên các "
     "phương tiện; chấn chỉnh, xử lý vi phạm theo quy định. Báo cáo kết quả kiểm tra, xử lý về Tổng cục ĐBVN trước "
     "ngày 20/2/2017.", "trước ngày 20/2/2017", "Sở GTVT thành phố Hồ Chí Minh"),
    ("Trường hợp công tác chuẩn bị chưa đảm bảo an toàn theo quy định, đề nghị UBND TP Hải Phòng tạm thời dừng việc "
     "tổ chức lễ hội. Báo cáo biện pháp khắc phục hậu quả về Cục trước ngày 5/7.", "trước ngày 5/7",
     "UBND TP Hải Phòng"),
    ("UBND TP giao Sở GTVT chủ trì, phối hợp với các đơn vị liên quan lắp đặt đèn tín hiệu tại ngã tư Sở. Thời gian "
     "hoàn thành trước ngày 30/6/2017.", "trước ngày 30/6/2017", "Sở GTVT"),
])
def test_a_subjectless_follow_up_carries_the_addressee_of_the_request_before(text, due_text, responsible):
    assert _responsible(text, due_text) == responsible


@pytest.mark.parametrize("text,due_text", [
    # the sentence before states a fact, no request
    ("Sở GTVT cho biết đã lắp đặt đèn tín hiệu tại ngã tư. Hoàn thành trước ngày 30/6/2017 là mục tiêu.",
     "trước ngày 30/6/2017"),
    # the addressee's phrase runs into its negated verb
    ("UBND tỉnh Quảng Nam yêu cầu các doanh nghiệp không bơm hút hoặc xúc cát, sỏi chuyển lên phương tiện vận "
     "chuyển. Hoàn thành việc lắp đặt thiết bị giám sát trước ngày 1/7.", "trước ngày 1/7"),
])
def test_no_request_before_no_carried_addressee(text, due_text):
    _, rows = run(text, "2017-07-01")
    assert all(r["responsible"] is None for r in rows if r["due_text"] == due_text)


def test_a_new_paragraph_carries_no_addressee():
    _, rows = run("UBND tỉnh yêu cầu Sở Y tế kiểm tra các cơ sở.\n\nBáo cáo kết quả về Bộ trước ngày 30/6/2017.",
                  "2017-03-01")
    assert all(r["responsible"] is None for r in rows)
