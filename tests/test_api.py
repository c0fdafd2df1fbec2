"""The Python API: typed frames, Tables as a mapping, the Doc with its spans, extract_many."""
from __future__ import annotations

import pandas as pd
import pytest

import vnextract
from vnextract.pipeline.tables import SCHEMAS

LEAD = ("Sáng 25/11/2019, ông Bùi Quang Hoàn, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì hội nghị. "
        "Ông yêu cầu các phòng, ngành có liên quan góp ý vào dự thảo trước ngày 28/11.")
OTHER = "Ngày 6-2-2017, UBND TP Hà Nội ban hành Kế hoạch số 23 về phát triển 500 ha rừng."

EXPECTED_DTYPE = {"str": "str", "int": "Int64", "num": "Float64", "bool": "boolean", "list": "object",
                  "date": "datetime64[s]"}


@pytest.fixture(scope="module")
def one():
    return vnextract.extract(LEAD, published="2019-11-26", doc=True)


def test_frames_carry_the_schema_types(one):
    for table, frame in one.items():
        assert list(frame.columns) == SCHEMAS[table].names
        for col in SCHEMAS[table].columns:
            assert str(frame[col.name].dtype) == EXPECTED_DTYPE[col.kind], (table, col.name)
    assert one.dates["date_start"].notna().all()
    assert one.deadlines.loc[0, "due_date"] == pd.Timestamp("2019-11-28")
    assert one.deadlines.loc[0, "due_start"] == pd.Timestamp("2019-11-28")


def test_an_unknown_year_is_a_null_day_not_a_failure():
    t = vnextract.extract("Ngày 25/11, UBND huyện họp bàn kế hoạch.")
    assert t.dates.loc[0, "value"] == "XXXX-11-25"
    assert pd.isna(t.dates.loc[0, "date_start"])
    assert str(t.articles["event_date_start"].dtype) == "datetime64[s]"


def test_tables_is_a_mapping(one):
    assert list(one) == ["articles", "officials", "dates", "deadlines", "targets"]
    assert one["officials"] is one.officials and len(one) == 5
    assert dict(one).keys() == one.as_dict().keys()
    with pytest.raises(KeyError):
        one["nothing"]


def test_the_doc_has_a_span_group_per_table(one):
    doc = one.doc
    assert doc.text == LEAD
    for table, key in (("officials", "text"), ("dates", "text"), ("deadlines", "due_text"), ("targets", "text")):
        assert [s.text for s in doc.spans[table]] == one[table][key].tolist()
    assert {s.label_ for s in doc.spans["dates"]} == {"DATE"}
    from spacy import displacy
    html = displacy.render(doc, style="span", options={"spans_key": "deadlines"}, page=True)
    assert "DEADLINE" in html and "28/11" in html


def test_extract_many_is_extract_for_each_text():
    many = vnextract.extract_many([LEAD, OTHER], workers=1, published=["2019-11-26", None])
    assert many.articles["article_id"].tolist() == ["0", "1"]
    for i, text in enumerate([LEAD, OTHER]):
        single = vnextract.extract(text, article_id=str(i), published=["2019-11-26", None][i])
        for table in ("officials", "dates", "deadlines", "targets"):
            got = many[table][many[table]["article_id"] == str(i)].reset_index(drop=True)
            pd.testing.assert_frame_equal(got, single[table].reset_index(drop=True))


def test_extract_many_on_a_frame_with_two_workers():
    df = pd.DataFrame({"doc": ["a1", "a2", "a3"], "body": [LEAD, OTHER, ""],
                       "date": pd.to_datetime(["2019-11-26", "2017-02-07", None])})
    t = vnextract.extract_many(df, text="body", article_id="doc", published="date", workers=2)
    arts = t.articles.set_index("article_id")
    assert arts.loc["a1", "status"] == "ok" and arts.loc["a1", "published"] == "2019-11-26"
    assert arts.loc["a3", "status"] == "error" and arts.loc["a3", "error"] == "empty article"
    assert set(t.officials["article_id"]) == {"a1"}


def test_extract_many_streams_batches_and_keeps_ids_unique():
    texts = [LEAD, OTHER, LEAD, OTHER + " Thêm một câu."]
    batches = list(vnextract.iter_extract_many(texts, batch_size=2, article_id=["x", "y", "x", "y"]))
    assert [len(b.articles) for b in batches] == [2, 1]  # the exact duplicate of x is read once
    arts = pd.concat([b.articles for b in batches]).set_index("article_id")
    assert sorted(arts.index) == ["x", "y", "y#2"]
    assert arts.loc["y#2", "status"] == "error" and arts.loc["y#2", "error"].startswith("duplicate article id")
    with pytest.raises(TypeError):
        vnextract.extract_many([LEAD], colour="red")


def test_tables_hold_every_registry_table_as_mapping_and_attributes():
    from vnextract.pipeline.facts import TABLE_NAMES

    t = vnextract.extract("Sáng 6-2, Chủ tịch UBND tỉnh Quảng Ninh Nguyễn Văn Đọc chủ trì hội nghị.")
    assert list(t) == list(TABLE_NAMES) and len(t) == len(TABLE_NAMES)
    for name in TABLE_NAMES:
        assert getattr(t, name) is t[name]
    with pytest.raises(KeyError):
        t["organisations"]
    with pytest.raises(AttributeError):
        getattr(t, "organisations")
