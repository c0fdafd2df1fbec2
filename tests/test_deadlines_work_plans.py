"""deadlines round 13 (issue #14, recall of a public work's plan): a work's name may open with a plural, a count or a
part of the work before its head (`Các hạng mục này`, `Ba công trình`, `đoạn hầm ngầm này`): its plan to be completed
by a time is a deadline, and the work is no doer (responsible stays null). Corpus sentences, with near misses that must
not fire (a company, a past fact, a foreign work)."""
from __future__ import annotations

import pytest

from tests.test_deadlines import run
from vnextract.extractors.deadlines.parties import agent


def _rows(text: str, published: str = "2017-01-10") -> list[dict]:
    return run(text, published)[1]


# ---------------------------------------------------------------- a plural, a count or a part before a work's head
@pytest.mark.parametrize("text,due_text,task", [
    # baomoi-21510560
    ("Các hạng mục này sẽ hoàn thành vào cuối năm 2017.", "vào cuối năm 2017", "Các hạng mục này sẽ hoàn thành"),
    # baomoi-21472844
    ("Ba công trình dự kiến đưa vào sử dụng trong quý I/2017 bảo đảm cung cấp nước sạch cho khoảng 12.000 hộ dân.",
     "trong quý I/2017", "Ba công trình dự kiến đưa vào sử dụng"),
    # baomoi-22379437
    ("Dự kiến đoạn hầm ngầm này sẽ hoàn thành vào cuối năm 2017, sau đó sẽ tiếp tục khoan hầm thứ 2.",
     "vào cuối năm 2017", "Dự kiến đoạn hầm ngầm này sẽ hoàn thành"),
    ("Những công trình này sẽ được đưa vào sử dụng trong tháng 6/2017.", "trong tháng 6/2017", None),
])
def test_a_counted_or_plural_work_to_be_completed_is_a_deadline(text, due_text, task):
    rows = _rows(text)
    assert [r["due_text"] for r in rows] == [due_text]
    assert rows[0]["responsible"] is None  # (the work is what is done, not who does it)
    if task:
        assert rows[0]["task"] == task


@pytest.mark.parametrize("text", [
    # near misses: a count of companies (no public work), a past fact, a foreign work, a count before no work's head
    "Ba công ty dự kiến hoàn thành việc niêm yết vào quý I/2017.",
    "Các hạng mục này đã hoàn thành vào cuối năm 2015.",
    "Đoạn đường ống của Nga sẽ hoàn thành vào cuối năm 2019.",
    "Hai cầu thủ sẽ hoàn thành việc chuyển nhượng trong tháng 6/2017.",
])
def test_no_deadline_for_a_company_a_past_fact_or_a_foreign_work(text):
    assert _rows(text) == []


@pytest.mark.parametrize("phrase", [
    "Các hạng mục này sẽ hoàn thành",
    "hạng mục nhà điều hành sẽ hoàn thành",
    "các dự án trọng điểm phải hoàn thành",
])
def test_a_work_is_no_agent(phrase):
    assert agent(phrase, 0, len(phrase)) is None


def test_a_school_or_hospital_stays_a_doer():
    # (an institution is a public work's head too, but it acts: `yêu cầu các trường công bố đề án tuyển sinh`)
    text = "Bộ GD-ĐT yêu cầu các trường công bố đề án tuyển sinh trước ngày 20-3-2017."
    rows = _rows(text)
    assert [r["responsible"] for r in rows] == ["các trường"]


@pytest.mark.parametrize("text", [
    "Cầu thủ này sẽ hoàn thành việc chuyển nhượng trong tháng 6/2017.",
    "Các trường hợp này sẽ hoàn thành thủ tục trong tháng 6/2017.",
])
def test_a_word_opening_with_a_work_head_is_no_work(text):
    # (`cầu thủ` is a player, not a bridge; `trường hợp` a case, not a school)
    assert _rows(text) == []
