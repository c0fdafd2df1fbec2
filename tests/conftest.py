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


@pytest.fixture
def run_extract():
    return extract


def needs_shared(path: str) -> str:
    full = os.path.join(SHARED, path)
    if not os.path.exists(full):
        pytest.skip(f"{full} not available")
    return full
