"""deadlines extractor (placeholder until the real rules land)."""
from __future__ import annotations

from spacy.tokens import Doc


def extract(doc: Doc) -> list[dict]:
    doc._.deadlines = []
    return []
