"""targets status, round 9b (issue #17): a past period told with `đã`, a relative `đã` under a plan, a plan compared with.

CONTRACT.md (targets): a result reached is `achieved`, a goal `planned`. Baomoi articles carry no publication date, so a
horizon (`đến hết năm 2016`) is read as past when the writer tells its period with `đã`; a `đã` describing the things a
planned verb counts (`sẽ giảm 704 hợp đồng có chỉ tiêu đã tồn tại nhiều năm`) does not end the plan; a plan named after
`so với` (`vượt 1,43% so với mục tiêu ... đề ra`) is a baseline, no plan in force. Sentences are from the news corpus
(../shared/corpus/news), shortened where marked by the test.
"""
from __future__ import annotations

import pytest

from tests.test_targets import rows

NTM_2016 = ("Cụ thể, đến hết năm 2016, 100% các tỉnh, thành phố trực thuộc Trung ương đã có xã đạt chuẩn NTM; cả nước có "
            "2.358 xã (26,43%) đạt chuẩn (vượt 1,43% so với mục tiêu năm 2016 của Ban Chỉ đạo Trung ương đề ra); còn 257 "
            "xã dưới 5 tiêu chí (chiếm 2,88% tổng số xã) giảm 69 xã so với năm 2015.")


def statuses(text: str) -> dict[str, str]:
    return {r["text"]: r["status"] for r in rows(text)}


@pytest.mark.parametrize("text, span", [
    (NTM_2016, "100%"),
    (NTM_2016, "26,43%"),
    (NTM_2016, "257 xã"),
    (NTM_2016, "69 xã"),
    ("Đến hết năm 2016, 30 huyện đã đạt chuẩn nông thôn mới.", "30 huyện"),
    ("Tính đến hết năm 2017, toàn tỉnh đã giải ngân 1.200 tỷ đồng.", "1.200 tỷ đồng"),
    ("Đến năm 2020, tỉnh có 50 xã đạt chuẩn, hiện đã có 20 xã đạt chuẩn.", "20 xã"),
])
def test_a_period_told_with_da_is_past(text, span):
    got = statuses(text)
    assert got.get(span) == "achieved", got


@pytest.mark.parametrize("text, span", [
    # a horizon still ahead: no `đã`, or a plan or modal word first
    ("Đến năm 2020, tỉnh có 50 xã đạt chuẩn, hiện đã có 20 xã đạt chuẩn.", "50 xã"),
    ("Đến năm 2020, tỉnh sẽ có 50 xã đã được công nhận đạt chuẩn.", "50 xã"),
    ("Khối cơ quan chính quyền sẽ giảm 704 hợp đồng có chỉ tiêu đã tồn tại nhiều năm, tinh giản biên chế 115 cán bộ, "
     "công chức, viên chức, phấn đấu đến hết năm 2020 - 2021 giảm tối thiểu 10% so với biên chế được giao năm 2015.",
     "tối thiểu 10%"),
])
def test_a_horizon_ahead_stays_a_goal(text, span):
    got = statuses(text)
    assert got.get(span) == "planned", got


def test_a_horizon_naming_a_things_period_qualifies_nothing():
    # `(đến năm 2020)` is the period of the reserve areas, late in the sentence: their tonnages are no results
    text = ("Theo đó, đã khoanh định có 48 khu vực cho 10 loại khoáng sản là khu vực dự trữ khoáng sản quốc gia (đến năm "
            "2020), trong đó có: 23 khu vực dự trữ khoáng sản titan, với tổng diện tích 1.140 km2, tài nguyên dự báo "
            "khoảng 1,1 tỷ tấn.")
    assert "khoảng 1,1 tỷ tấn" not in statuses(text)


@pytest.mark.parametrize("text, span, status", [
    ("Khối cơ quan chính quyền sẽ giảm 704 hợp đồng có chỉ tiêu đã tồn tại nhiều năm, tinh giản biên chế 115 cán bộ, "
     "công chức, viên chức.", "115 cán bộ, công chức, viên chức", "planned"),
    # after a coordinator or a new clause, `đã` opens a predicate of its own
    ("Tỉnh sẽ kiểm tra 20 cơ sở và đã xử phạt 5 cơ sở, thu giữ 30 tấn hàng.", "5 cơ sở", "achieved"),
    ("Tỉnh sẽ kiểm tra 20 cơ sở và đã xử phạt 5 cơ sở, thu giữ 30 tấn hàng.", "30 tấn hàng", "achieved"),
    ("Năm 2017 tỉnh sẽ xây dựng 50 căn nhà, năm 2016 đã xây dựng 30 căn nhà.", "30 căn nhà", "achieved"),
])
def test_a_relative_da_does_not_end_a_plan(text, span, status):
    got = statuses(text)
    assert got.get(span) == status, got


@pytest.mark.parametrize("text, span, status", [
    ("Cả nước có 2.358 xã đạt chuẩn (vượt 1,43% so với mục tiêu năm 2016 của Ban Chỉ đạo Trung ương đề ra); còn 257 xã "
     "dưới 5 tiêu chí.", "257 xã", "achieved"),
    ("Tổng thu ngân sách đạt 5.402 tỷ đồng, tăng 9,8% so với kế hoạch, phấn đấu năm 2018 thu 6.000 tỷ đồng.",
     "6.000 tỷ đồng", "planned"),
    ("So với kế hoạch, tỉnh phấn đấu giải ngân 300 tỷ đồng.", "300 tỷ đồng", "planned"),
])
def test_a_plan_compared_with_is_a_baseline(text, span, status):
    got = statuses(text)
    assert got.get(span) == status, got


def test_a_modal_that_is_a_noun_keeps_the_done_word():
    # `đề nghị mua hàng` is a request received, no plan: `đã chuyển tiền` still tells what was done
    text = ("Đến nay, Cty đã nhận được đề nghị mua hàng từ 23 nhà phân phối với giá trị đã chuyển tiền gần 150 tỉ đồng, "
            "tương đương 23.000 tấn.")
    assert statuses(text).get("23.000 tấn") != "planned"
