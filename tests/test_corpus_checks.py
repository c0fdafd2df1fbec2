"""The corpus figures' own rules (benchmarks/corpus_checks.py): which days open a lead sentence, which titles end
on a truncated organisation, on real corpus shapes."""
from __future__ import annotations

import pytest

from benchmarks.corpus_checks import STANDARD_ABBREVIATION, TRUNCATED_TITLE, lead_end, opens_sentence

LEAD = "Thêm một điểm thông quan tại Hà Nội\n\nSáng 6/2, UBND TP Hà Nội ban hành Kế hoạch số 23. Trước đó, ngày 16/6, Bộ ..."


@pytest.mark.parametrize("day, opens", [
    ("6/2", True),          # after a part of the day, at a line's start
    ("16/6", True),         # after a sentence's opening words
    ("23", False),          # inside the sentence, after a figure-free run of words: not the date's place
])
def test_a_day_opens_a_sentence_only_after_a_few_opening_words(day, opens):
    assert opens_sentence(LEAD, LEAD.index(day)) is opens


def test_the_lead_is_at_least_300_characters():
    assert lead_end("Ngắn. " + "x" * 400) == 300
    assert lead_end("y" * 350 + ". Sau đó") == 352


@pytest.mark.parametrize("title, truncated", [
    ("Phó Giám đốc Sở Nông nghiệp", True),
    ("Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Kiên Giang", False),
    ("Giám đốc Trung tâm", True),
    ("Giám đốc Trung tâm Y tế huyện Gia Lâm", False),
])
def test_truncated_titles(title, truncated):
    assert bool(TRUNCATED_TITLE.search(title)) is truncated


def test_standard_abbreviations():
    assert STANDARD_ABBREVIATION.search("Chủ tịch UBND tỉnh Nghệ An")
    assert not STANDARD_ABBREVIATION.search("Chủ tịch Ủy ban nhân dân tỉnh Nghệ An")
