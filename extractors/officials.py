"""officials extractor (rules landing next; the Official interface below is stable)."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc


@dataclass
class Official:
    """One person holding a post, merged over every mention in the article."""
    name: str
    titles: list[str] = field(default_factory=list)
    roles: set[str] = field(default_factory=set)
    mentions: list[tuple[int, int]] = field(default_factory=list)  # char spans of every mention (full or short)


def extract(doc: Doc) -> list[dict]:
    doc._.officials = []
    return []
