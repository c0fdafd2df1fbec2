"""extractors/normalize.py: the comparison keys every extractor folds through."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnextract.extractors.normalize import DASHES, canonical_spelling, fold, nfc, unify_tone_placement

_SPACES = re.compile(r"[\s\u00a0\u200b]+")


def _canonical_by_substitution(text: str) -> str:
    """canonical_spelling as it was written before its fast paths: every substitution always run."""
    text = re.sub(f"[{DASHES}]", "-", unify_tone_placement(nfc(text)))
    return _SPACES.sub(" ", text).strip()


@pytest.mark.parametrize("text, expected", [
    ("Uỷ ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh"),          # no whitespace but single spaces: no substitution
    ("  Uỷ  ban\tnhân\u00a0dân\u200btỉnh \n", "Ủy ban nhân dân tỉnh"),
    ("Hà Nội – Hải Phòng", "Hà Nội - Hải Phòng"),
    ("năm 2020—2025\u2212", "năm 2020-2025-"),
    ("hoá\u2028đơn", "hóa đơn"),                                 # a line separator is whitespace too
    ("\u200b", ""),
    ("", ""),
])
def test_canonical_spelling(text, expected):
    assert canonical_spelling(text) == expected


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aUỷoá -–—\t\n\u00a0\u200b\u2028\u3000\x1c\ufeff_.")), max_size=24))
def test_canonical_spelling_equals_the_substitutions(text):
    assert canonical_spelling(text) == _canonical_by_substitution(text)


def test_fold_lower_cases_the_canonical_spelling():
    assert fold("Thành phố  HỒ CHÍ MINH") == "thành phố hồ chí minh"
    assert fold(None) == ""
