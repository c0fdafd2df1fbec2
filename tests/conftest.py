"""Shared fixtures: the real pipeline on real text (no stubs)."""
from __future__ import annotations

import os
import unicodedata

import pytest

from vnextract.extractors import layout as layout_mod
from vnextract.extractors.extensions import ArticleInfo, parse_published
from vnextract.pipeline.api import extract
from vnextract.pipeline.segment import segment

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
CORPUS = os.path.join(ROOT, "corpus")


def make_doc(text: str, title: str | None = None, published: str | None = None):
    """A segmented Doc with the extensions set as pipeline/run.py sets them."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    doc = segment(text)
    doc._.info = ArticleInfo("t", title, parse_published(published))
    doc._.layout = layout_mod.read_layout(doc)
    return doc


# A headline before and a closing sentence after a test sentence, so it reads as the body of an article.
OFFICIALS_LEAD = "Tin trong ngày\n\n"
OFFICIALS_TAIL = " Buổi làm việc kéo dài đến chiều cùng ngày."


def official_rows(text: str) -> dict[str, dict]:
    """The officials rows of `text` set in an article, by name; every row's span checked against the text."""
    from vnextract.extractors.officials import extract as extract_officials

    doc = make_doc(OFFICIALS_LEAD + text + OFFICIALS_TAIL)
    rows = extract_officials(doc)
    for r in rows:
        assert doc.text[r["start"]:r["end"]] == r["text"]
    return {r["name"]: r for r in rows}


def official_titles(text: str) -> dict[str, list[str]]:
    """Each official's titles in `text` set in an article (see `official_rows`)."""
    return {name: r["titles"] for name, r in official_rows(text).items()}


@pytest.fixture
def run_extract():
    return extract


def needs_shared(path: str) -> str:
    full = os.path.join(SHARED, path)
    if not os.path.exists(full):
        pytest.skip(f"{full} not available")
    return full
