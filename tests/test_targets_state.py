"""targets: the current state of the work (backlogs), unmet goals, classifier units, indicators.

Issue 17 / CONTRACT.md: `12 dự án đang chậm tiến độ`, `8 hộ dân chưa bàn giao mặt bằng` are
figures of the reported work (achieved: its state now); `không đạt chỉ tiêu 60%` names a goal; a
classifier's unit is the noun it counts (`viên thuốc lắc`); `indicator` says what a figure measures.
Sentences are from the news corpus (../shared/corpus/news), shortened.
"""
from __future__ import annotations

import pytest

from tests.test_targets import rows


def by_text(text: str) -> dict[str, dict]:
    return {r["text"]: r for r in rows(text)}


@pytest.mark.parametrize("text, span, unit", [
    ("Đến nay có 478 nhiệm vụ đã hoàn thành và chưa hoàn thành 501 nhiệm vụ (122 nhiệm vụ còn trong hạn "
     "và 379 nhiệm vụ đã quá hạn).", "501 nhiệm vụ", "nhiệm vụ"),
    ("Đến nay có 478 nhiệm vụ đã hoàn thành và chưa hoàn thành 501 nhiệm vụ (122 nhiệm vụ còn trong hạn "
     "và 379 nhiệm vụ đã quá hạn).", "379 nhiệm vụ", "nhiệm vụ"),
    ("Theo rà soát của Ban quản lý Khu Kinh tế, hiện có tới 10 dự án chậm tiến độ.", "10 dự án", "dự án"),
    ("Trong đó, có 348 hộ đã nhận tiền và bàn giao mặt bằng; 19 hộ đã nhận tiền, chưa bàn giao mặt bằng; "
     "115 hộ chưa nhận tiền, chưa bàn giao mặt bằng.", "115 hộ", "hộ"),
    ("Trong đó, có 348 hộ đã nhận tiền và bàn giao mặt bằng; 19 hộ đã nhận tiền, chưa bàn giao mặt bằng.",
     "19 hộ", "hộ"),
    ("Dự án còn 6 hộ dân chưa nhận hỗ trợ.", "6 hộ dân", "hộ dân"),
    ("Hiện tổng số công trình vi phạm tồn đọng chưa được xử lý khoảng 415 công trình.",
     "khoảng 415 công trình", "công trình"),
])
def test_backlog_is_the_state_of_the_work(text, span, unit):
    got = by_text(text)
    assert span in got, got
    assert got[span]["status"] == "achieved" and got[span]["unit"] == unit


@pytest.mark.parametrize("text", [
    "Công ty không xử lý 20 tấn rác thải theo hợp đồng.",
    # a duty not fulfilled, and the ones just named: no count of work left
    "Lý do bị kỷ luật là do 2 cán bộ này chưa thực hiện hết vai trò, trách nhiệm.",
    "Người dân phát hiện trong nghĩa trang xã có 1 ngôi mộ lạ vừa mới xây dựng.",
])
def test_no_state_of_work(text):
    assert rows(text) == []


def test_goal_not_reached_is_the_goal():
    got = by_text("Kết quả thu hồi tài sản cũng không đạt chỉ tiêu 60% nêu trong nghị quyết của Quốc hội.")
    assert got["60%"]["status"] == "planned", got


def test_goal_stated_for_the_sentence():
    got = by_text("Phấn đấu đến năm 2020, cả nước có tối thiểu 90,7% dân số tham gia BHYT.")
    r = got["tối thiểu 90,7%"]
    assert (r["status"], r["comparator"], r["year"], r["indicator"]) == ("planned", ">=", "2020",
                                                                          "dân số tham gia BHYT")


def test_spent_is_achieved():
    got = by_text("Tính đến nay, TKV đã chi đến hơn 8,9 tỷ đồng để hỗ trợ người dân.")
    assert got["hơn 8,9 tỷ đồng"]["status"] == "achieved", got


@pytest.mark.parametrize("text, units", [
    ("Công an huyện đã thu giữ 100 viên thuốc lắc và 2 chiếc Lexus.", ["viên thuốc lắc", "chiếc Lexus"]),
    ("Hội đồng chung khảo đã trao 7 giải A, 24 giải B, 39 giải C và 25 giải Khuyến khích.",
     ["giải A", "giải B", "giải C", "giải Khuyến khích"]),
    # the classifier stops at a verb or a function word
    ("Dự kiến 258 cây xanh phải di dời, trong đó có 115 cây di dời và 143 cây bị đốn hạ.",
     ["cây xanh", "cây", "cây"]),
])
def test_classifier_unit_is_the_counted_noun(text, units):
    assert [r["unit"] for r in rows(text)] == units


@pytest.mark.parametrize("text, span, indicator", [
    ("Tỷ lệ hộ nghèo toàn huyện giảm còn 1,8%.", "1,8%", "Tỷ lệ hộ nghèo toàn huyện"),
    ("Như vậy, từ đầu năm 2017 đến nay, số nhiệm vụ chưa hoàn thành chiếm đến 38,7%.", "38,7%",
     "số nhiệm vụ chưa hoàn thành"),
    ("Vốn đầu tư công giải ngân đạt 40% kế hoạch.", "40%", "Vốn đầu tư công giải ngân"),
    ("Huyện đã giải ngân 5 tỷ đồng.", "5 tỷ đồng", None),
])
def test_indicator(text, span, indicator):
    got = by_text(text)
    value = got[span]["indicator"]
    assert (None if value != value else value) == indicator  # NaN (pandas) -> None
