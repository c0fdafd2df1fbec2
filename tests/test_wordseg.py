"""The fast word segmentation is underthesea's, token for token (issue #18).

`make check-segmentation` runs the same comparison on every sentence of the news corpus; here a
seeded sample of it plus the inputs most likely to expose a difference.
"""
from __future__ import annotations

import glob
import gzip
import json
import logging
import os
import random
import re
import unicodedata

import pytest

from vnextract.pipeline import wordseg, wordseg_install
from vnextract.pipeline.ingest import normalise_text
from vnextract.pipeline.segment import sentence_spans

CORPUS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "..", "shared", "corpus", "news")


@pytest.fixture(scope="module")
def seg():
    s = wordseg.load()
    assert s is not None, "the fast path fell back to underthesea: the tests would compare it with itself"
    return s


@pytest.fixture(scope="module")
def reference():
    from underthesea import word_tokenize
    return word_tokenize


def _same(reference, sentence):
    """Both give the same words, or both raise the same exception type."""
    def run(f):
        try:
            return f(sentence)
        except BaseException as e:  # noqa: BLE001 - pyo3 panics are BaseExceptions
            return ("raised", type(e).__name__)
    expected = run(reference)
    assert run(wordseg.word_tokenize) == expected, sentence
    assert run(lambda s: wordseg.word_tokenize_many([s])[0]) == expected, sentence


GLUED_DANTRI = ("Vinamilk lọt Top 1.000 thương hiệu hàng đầu châu ÁNăm 2020, Vinamilk đã vượt qua các thương hiệu"
                "trong và ngoài nước khác để dẫn đầu Top 10 thương hiệu mạnh nhất của Việt Nam - Vietnam"
                "(Dân trí) - Sáng 6/2,Thủ tướng Chính phủ chủ trì hội nghị.Ảnh:Đỗ Linh")
TRICKY = [
    "",
    " ",
    "\n",
    "\t \u00a0 \u3000",
    ".",
    "Xin chào",
    "xin chào\n",
    "xin chào \n",
    "xin chào\n\n",
    "xin chào\t",
    "Giá vàng tăng 1.061,5 đồng, 60.542.000 đ, 100,000,000 USD, 4.123,2 tấn; 1/2 và 5-10 km",
    "Xem https://dantri.com.vn/kinh-doanh/abc-123.htm, http://x.com/a_(b) hoặc www.baomoi.com/tin?id=1",
    "Liên hệ nguyen.van.a+tin@gmail.com hoặc foo@bar.com.vn; ftp://files.gov.vn/",
    "TP.HCM, Tp.HCM, TP HCM, T.Ư, UBND, NĐ-CP, H&M, ThS. Lan, Th.S Minh, Th.s Hoa, Mr. Bean, Dr. Who",
    "Th S là, Th\ts là, Th\u00a0S và Th\nS",
    # a token with a space (underthesea's Th s pattern) inside word pairs and triples of the fast path
    "Hiện bà Th sống cùng con, ông Th s và Th.S Lan ở Th s Hà Nội",
    "Biển số 43H-0530, 4K, 3x4, 20.08.2014, 02/05/2014, 10:20:50, 03-5730-2357, °C, 25°F",
    "H'Mông, N’Thôn Hạ, e-mail, Covid-19, 1.600m-2.000m, v.v... v.v. v.v =) :)) :D <3 ♥‿♥ ==> -> >>",
    unicodedata.normalize("NFD", "Đồng chí Bùi Quang Hoàn, Phó Bí thư Huyện uỷ, Chủ tịch UBND huyện chủ trì."),
    "Công tác văn hoá, xã hội được quan tâm; Uỷ ban nhân dân tỉnh, qui định, nghành chức năng",
    "Ðồng chí Ðoàn (ð with the Icelandic eth)",
    GLUED_DANTRI,
    " ".join(["Sáng 6-2, TP.HCM tổ chức hội nghị tổng kết công tác năm 2016 và triển khai nhiệm vụ năm 2017"] * 40),
    "x" * 5000,
    "BOS EOS bos eos T[0]=BOS True False",
    "+5 -0 2147483647 2147483648 -2147483648 -2147483649 007 １２ ٣ ² ½",
    "İstanbul ß ǅ ΑΣ Σ ος ΣΑΣ ﬁ Ǆ ǆ ǈ",
    "😀 漢字 → ⅰ Ⓐ ｡ 〒 𝐀 ⟨x⟩",
    "“Trích dẫn” ‘đơn’ — gạch ngang – và ký hiệu & % $ ₫ ½ … ※",
    "A.B.C. D. E F.G. Mỹ.Việt.Nam. TP.",
    "\u200b\u200czero\u200dwidth\ufeff",
    "a \ud800 b",
    "Ảnh: Đỗ Linh\x1c\x1d\x1e\x1fkết thúc",
]


@pytest.mark.parametrize("sentence", TRICKY)
def test_tricky_inputs(reference, seg, sentence):
    _same(reference, sentence)


def test_batch_equals_single(reference, seg):
    expected = [reference(s) for s in TRICKY if "\ud800" not in s]
    assert wordseg.word_tokenize_many([s for s in TRICKY if "\ud800" not in s]) == expected


def _tokens(seg, sentence):
    """The fast path's tokens, or None where it hands the sentence to underthesea."""
    try:
        return seg.tokenize(sentence)
    except wordseg._Delegate:
        return None


def _corpus_sentences(n_articles: int, seed: int = 18) -> list[str]:
    rng = random.Random(seed)
    out = []
    for path in sorted(glob.glob(os.path.join(CORPUS, "*.jsonl.gz"))):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            lines = f.readlines()
        for line in rng.sample(lines, min(n_articles, len(lines))):
            text = normalise_text(json.loads(line)["text"])
            out += [text[a:b] for a, b in sentence_spans(text)]
    return out


@pytest.mark.skipif(not glob.glob(os.path.join(CORPUS, "*.jsonl.gz")), reason="../shared/corpus/news is absent")
def test_identical_on_a_corpus_sample(reference, seg):
    sentences = _corpus_sentences(40)
    assert len(sentences) > 800
    expected = [reference(s) for s in sentences]
    assert wordseg.word_tokenize_many(sentences) == expected
    mismatches = [s for s, e in zip(sentences, expected) if wordseg.word_tokenize(s) != e]
    assert mismatches == []
    # The tokenizer too, and raw text (not cut into sentences): chunked tokenizing is exact.
    from underthesea.pipeline.word_tokenize.regex_tokenize import tokenize
    for s in sentences[:400]:
        assert _tokens(seg, s) in (None, tokenize(s))
    joined = "\n".join(sentences[:60]) + "\n"
    _same(reference, joined)


def test_scores_are_bit_identical(seg):
    """The best path's score, as underthesea_core's CRFTagger computes it, from our emissions."""
    import underthesea.pipeline.word_tokenize as wt
    wt.word_tokenize("khởi động")
    model = wt.word_tokenize_model
    for sentence in TRICKY[10:24]:
        tokens = _tokens(seg, sentence)
        if not tokens:
            continue
        labels, score = model.estimator.tag_with_score(model.featurizer.process([[[t] for t in tokens]])[0])
        em = seg.emissions([tokens])
        trans = [[seg.t00, seg.t01], [seg.t10, seg.t11]]
        s = list(em[0])
        for e in em[1:]:
            s = [max(s[p] + trans[p][y] for p in (0, 1)) + e[y] for y in (0, 1)]
        assert max(s) == score  # exact float equality
        assert [seg.labels[y] for y in seg.viterbi(em, 0, len(tokens))] == labels


def test_token_properties_match_the_rust_featurizer(seg):
    """lower / isdigit / istitle / is_in_dict as computed in Python == underthesea_core's."""
    from underthesea_core import CRFFeaturizer
    templates = ["T[0].lower", "T[0].isdigit", "T[0].istitle", "T[0].is_in_dict"]
    rust = CRFFeaturizer(templates, set(seg.dictionary))
    tokens = sorted({t for s in TRICKY if "\ud800" not in s for t in _tokens(seg, s) or ()})
    tokens += ["+", "-", "+0", "-12", "2147483647", "2147483648", "-2147483648", "-2147483649", "0x1F", " 1",
               "1_000", "Hà", "hà", "Ðà", "ǅa", "ß", "İ", "Σ", "ΑΣ", "Việt", "ĐẢNG", "bác sĩ", "'a", "1a"]
    for tok in tokens:
        if tok.startswith(" "):
            continue
        got = [f.split("=", 1)[1] for f in rust.process([[[tok]]])[0][0]]
        lower = tok.lower()
        mine = [lower, wordseg._rust_i32(tok), str(wordseg._istitle(tok)), str(lower in seg.dictionary)]
        if wordseg._NOT_PY_SAFE.search(tok) is None:  # where the fast path trusts Python
            assert mine == got, tok
        assert seg._rust_values(tok) == dict(zip([None, "lower", "isdigit", "istitle", "is_in_dict"], [tok] + got))


def test_python_whitespace_is_the_patterns_whitespace():
    """The chunked tokenizer splits with str.split(); underthesea's pattern uses \\s."""
    ws = re.compile(r"\s")
    assert [c for c in map(chr, range(0x110000)) if (ws.match(c) is not None) != c.isspace()] == []


def test_the_pattern_is_the_one_the_chunked_tokenizer_knows(seg):
    from underthesea.pipeline.word_tokenize import regex_tokenize
    assert seg._patterns is regex_tokenize.patterns
    assert regex_tokenize.patterns.match("") is None and regex_tokenize.patterns.match(" ") is None


def test_crfsuite_reader_matches_the_rust_loader():
    from underthesea_core import CRFTagger

    from vnextract.pipeline.crfsuite_model import read_crfsuite
    path = os.path.join(wordseg_install.model_dir(), "models.bin")
    with open(path, "rb") as f:
        model = read_crfsuite(f.read())
    tagger = CRFTagger()
    tagger.load(path)
    assert model.labels == tagger.labels() == ["B-W", "I-W"]
    assert len(model.attributes) > 50_000 and len(model.state) > 100_000


FAKE = (("T[0]",), ("B-W", "I-W"), (0.0, 0.0, 0.0, 0.0), ({"a": 1},), (0.0, 0.0, 1.0, 2.0), frozenset({"a"}))


def test_cache_file_then_reuse_then_rebuild_when_corrupt(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    calls = []
    monkeypatch.setattr(wordseg_install, "convert", lambda mdir: calls.append(mdir) or FAKE)
    assert wordseg_install.load_converted(wordseg_install.model_dir()) == FAKE
    (path,) = glob.glob(str(tmp_path / "vnextract" / "wordseg-*.marshal"))
    assert wordseg_install.load_converted(wordseg_install.model_dir()) == FAKE and len(calls) == 1  # from the file
    with open(path, "wb") as f:
        f.write(b"\x00garbage")
    assert wordseg_install.load_converted(wordseg_install.model_dir()) == FAKE and len(calls) == 2  # rebuilt
    assert wordseg_install.load_converted(wordseg_install.model_dir()) == FAKE and len(calls) == 2


def test_unwritable_cache_converts_in_memory(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    monkeypatch.setattr(wordseg_install, "convert", lambda mdir: FAKE)
    assert wordseg_install.load_converted(wordseg_install.model_dir()) == FAKE


def test_the_real_conversion(seg):
    """What the cache holds: the 43 templates, the two labels, and every state weight."""
    from vnextract.pipeline.crfsuite_model import read_crfsuite
    templates, labels, transitions, tables, weights, dictionary = wordseg_install.load_converted(wordseg_install.model_dir())
    assert tuple(templates) == wordseg.KNOWN_TEMPLATES and tuple(labels) == ("B-W", "I-W")
    with open(os.path.join(wordseg_install.model_dir(), "models.bin"), "rb") as f:
        model = read_crfsuite(f.read())
    assert sum(map(len, tables)) == len(model.attributes)
    w = tables[templates.index("T[0,1].lower")]["doanh nghiệp"]
    attr = model.attributes.index("T[0,1].lower=doanh nghiệp")
    assert (weights[2 * w], weights[2 * w + 1]) == (model.state[(attr, 0)], model.state[(attr, 1)])
    assert "doanh nghiệp" in dictionary


@pytest.mark.parametrize("what", ["templates", "core", "source", "env"])
def test_unknown_installation_falls_back_to_underthesea(reference, monkeypatch, caplog, what):
    if what == "templates":
        monkeypatch.setattr(wordseg, "KNOWN_TEMPLATES", wordseg.KNOWN_TEMPLATES[:-1])
    elif what == "core":
        monkeypatch.setattr(wordseg_install, "KNOWN_CORE_VERSIONS", frozenset({"0.0.1"}))
    elif what == "source":
        monkeypatch.setattr(wordseg_install, "KNOWN_SOURCE_HASH", "0" * 64)
    else:
        monkeypatch.setenv("VNEXTRACT_WORDSEG", "underthesea")
    monkeypatch.setattr(wordseg, "_SEGMENTER", None)
    with caplog.at_level(logging.INFO, logger="vnextract"):
        assert wordseg.load() is None
        sentence = "Sáng 6-2, TP.HCM tổ chức hội nghị."
        assert wordseg.word_tokenize(sentence) == reference(sentence)
        assert wordseg.word_tokenize_many([sentence, ""]) == [reference(sentence), []]
    assert sum("falling back" in r.message or "VNEXTRACT_WORDSEG" in r.message for r in caplog.records) == 1
