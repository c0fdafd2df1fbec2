"""targets.explain: why each figure of an article was dropped (the first veto that fired), for debugging."""
from __future__ import annotations

from tests.test_targets import CONTEXT
from vnextract.extractors import targets
from vnextract.pipeline.ingest import Article, normalise_text
from vnextract.pipeline.run import extract_doc


def explained(text: str, context: bool = True) -> tuple[list[tuple[str, str | None]], list[dict]]:
    """(explain's pairs, the targets rows) of an article run through the whole pipeline."""
    doc, rows = extract_doc(Article("explain", normalise_text((CONTEXT if context else "") + text), "test"))
    return targets.explain(doc), rows["targets"]


def test_explain_names_the_veto_of_each_dropped_figure():
    reasons, rows = explained("Hội đã trao 200 suất quà cho các hộ nghèo. Vụ cháy khiến 7 người bị thương. "
                              "Công an đã xử phạt hành chính 5 triệu đồng đối với ông A. "
                              "Giá vàng hôm nay tăng 2% so với hôm qua.")
    assert reasons == [("200 suất quà", None), ("7 người", "is_measure_or_attendance"),
                       ("5 triệu đồng", "is_fine"), ("2%", "is_market_price")]
    assert [r["text"] for r in rows] == ["200 suất quà"]  # explain changes nothing of the table


def test_explain_ordinals_dates_and_plain_narrative():
    reasons, _ = explained("Trong đợt 3 xã Hòa Liên đã hoàn thành. Gia đình ông nuôi 40 con bò. "
                           "Năm 2020, huyện đã hoàn thành 7/9 tiêu chí.")
    assert dict(reasons) == {"3 xã": "is_ordinal_rank", "40 con bò": "has_no_cue", "7/9 tiêu chí": None}


def test_explain_the_article_gate():
    reasons, rows = explained("Chiếc xe tải chở theo 4 người đã lao vào dải phân cách.", context=False)
    assert reasons == [("4 người", targets.NOT_PUBLIC_WORK)] and rows == []
