"""The public Python API: `extract(text, **meta) -> Tables`, as easy to call as `word_tokenize`."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from vnextract.pipeline.ingest import Article, normalise_text
from vnextract.pipeline.run import process
from vnextract.pipeline.tables import frames


@dataclass
class Tables:
    """The five contract tables for the article(s), as pandas DataFrames."""
    articles: pd.DataFrame
    officials: pd.DataFrame
    dates: pd.DataFrame
    deadlines: pd.DataFrame
    targets: pd.DataFrame

    def __iter__(self):
        return iter(self.as_dict().items())

    def as_dict(self) -> dict[str, pd.DataFrame]:
        return {"articles": self.articles, "officials": self.officials, "dates": self.dates,
                "deadlines": self.deadlines, "targets": self.targets}


def extract(text: str, *, article_id: str = "article", title: str | None = None,
            published: str | None = None, url: str | None = None, source: str = "<text>") -> Tables:
    """Extract all tables from one article's text (the same code path as the CLI).

    `text` is normalised as the contract says (NFC, LF); offsets in the tables point into
    `pipeline.ingest.normalise_text(text)`, which equals `text` for NFC input with LF line ends.
    """
    article = Article(article_id=article_id, text=normalise_text(text), source=source,
                      title=title, url=url, published=published)
    if not article.text.strip():
        article.error = "empty article"
    return Tables(**frames(process(article).rows))
