"""Segmentation: underthesea's words in a spaCy Doc whose text is the article, offsets exact."""
from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vnextract.pipeline.segment import align_tokens, count_sentences, count_words, segment

TRICKY = [
    "Đồng chí Bùi Quang Hoàn, Phó Bí thư Huyện uỷ, Chủ tịch UBND huyện chủ trì hội nghị.",
    "Công tác văn hoá, xã hội được quan tâm; Uỷ ban nhân dân tỉnh chỉ đạo.",
    "Theo  qui  định,  nghành   chức năng\tsẽ xử lý.",  # `qui` is respelled `quy` by underthesea
    "Sáng 6-2, TP.HCM tổ chức hội nghị…Kết quả đạt 7/9 tiêu chí!",
    "“Trích dẫn” ‘đơn’ — gạch ngang – và ký hiệu & % $ ₫ ½ …",
    "13\nThứ 5, 08\n\nHội nghị Ban Chấp hành Đảng bộ huyện lần thứ 30\n\n\nVăn hoá - Xã hội",
    "   khoảng trắng đầu và cuối   ",
    "Tp.HCM: 14h30 ngày 25/11/2019, 1.061 hộ, 2,5 triệu lượt khách, Covid-19, H'Mông.",
]


@pytest.mark.parametrize("text", TRICKY)
def test_doc_text_is_the_article_text(text):
    doc = segment(text)
    assert doc.text == text
    for tok in doc:
        assert text[tok.idx:tok.idx + len(tok.text)] == tok.text


@pytest.mark.parametrize("text", TRICKY[:3])
def test_nfd_input_after_normalisation(text):
    nfc = unicodedata.normalize("NFC", unicodedata.normalize("NFD", text))
    assert segment(nfc).text == nfc


def test_names_are_one_token_and_respellings_in_norm():
    doc = segment("Đồng chí Bùi Quang Hoàn, Phó Bí thư Huyện uỷ phát biểu về văn hoá.")
    words = [t.text for t in doc if not t.is_space]
    assert "Bùi Quang Hoàn" in words
    uy = next(t for t in doc if t.text == "Huyện uỷ")
    assert uy.norm_ == "huyện ủy"  # underthesea's spelling, folded, for matching
    hoa = next(t for t in doc if t.text.startswith("văn"))
    assert hoa.norm_ == "văn hóa"


def test_sentences_never_cross_lines():
    text = "Toàn cảnh hội nghị\nCác đại biểu tham dự hội nghị\n\nNgày 30/8, Thường trực Huyện ủy họp. Dự họp có lãnh đạo."
    doc = segment(text)
    sents = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sents == ["Toàn cảnh hội nghị", "Các đại biểu tham dự hội nghị", "Ngày 30/8, Thường trực Huyện ủy họp.",
                     "Dự họp có lãnh đạo."]
    assert count_sentences(doc) == 4


def test_word_count_excludes_punctuation():
    doc = segment("Chủ tịch UBND huyện chủ trì hội nghị.")
    assert count_words(doc) == 5  # Chủ tịch | UBND | huyện | chủ trì | hội nghị


@pytest.mark.parametrize("text", TRICKY)
def test_word_count_of_the_built_doc_is_the_count_over_its_tokens(text):
    """The count `_build_doc` stores equals the count over the Doc's tokens read as text slices (the way it was
    computed before: a token holding a letter or digit is a word)."""
    import re

    doc = segment(text)
    alnum = re.compile(r"[^\W_]")
    assert "n_words" in doc.user_data
    assert count_words(doc) == sum(1 for t in doc if alnum.search(t.text))


def test_word_count_without_the_stored_count():
    doc = segment("Chủ tịch UBND huyện, ½ … “chủ trì” _ hội nghị.")
    stored = count_words(doc)
    del doc.user_data["n_words"]
    assert count_words(doc) == stored == 6


def test_align_tokens_respelled_and_spaced():
    text = "Huyện uỷ  văn hoá"
    assert align_tokens(text, ["Huyện ủy", "văn hóa"], 0, len(text)) == [(0, 8, "Huyện ủy"), (10, 17, "văn hóa")]


def test_norms_stay_with_their_words_when_underthesea_adds_spaces():
    doc = segment("<html><body><p>Đồng chí Bùi Quang Hoàn, Chủ tịch UBND huyện")
    assert doc.text == "<html><body><p>Đồng chí Bùi Quang Hoàn, Chủ tịch UBND huyện"
    for t in doc:
        if not t.is_space:
            assert t.norm_.replace(" ", "") == t.text.lower().replace(" ", ""), (t.text, t.norm_)


def test_empty_and_whitespace_only():
    assert segment("").text == ""
    assert segment(" \n ").text == " \n "


_PIECES = TRICKY + ["Kết luận hội nghị, đồng chí yêu cầu hoàn thành trước ngày 28/11.", "hoà", "Thuỵ", "quý I",
                    "ĐỒNG CHÍ NGUYỄN XUÂN PHÚC", "a", "1", "-", "\n", "\r\n", " ", "\t"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8), st.booleans())
def test_property_doc_text_equals_input(pieces, nfd):
    text = "".join(pieces)
    if nfd:
        text = unicodedata.normalize("NFD", text)
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    doc = segment(text)
    assert doc.text == text
    assert all(text[t.idx:t.idx + len(t)] == t.text for t in doc)
