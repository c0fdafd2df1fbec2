"""The article row's facts: title, event date, locality, authors (metadata placeholder)."""
from __future__ import annotations

from spacy.tokens import Doc


def extract(doc: Doc) -> dict:
    lay = doc._.layout
    return {"title": lay.title, "event_date": None, "locality": None, "authors": list(lay.authors)}
