"""vnextract: Vietnamese news articles -> analyst-ready tables of officials, dates, deadlines and targets.

    >>> from pipeline import extract
    >>> tables = extract("Sáng 6-2, ông Nguyễn Văn A, Chủ tịch UBND huyện chủ trì hội nghị.")
    >>> tables.officials[["name", "titles", "roles"]]
"""
__version__ = "0.1.0"  # before the imports below: pipeline.run reads it

from pipeline.api import Tables, extract  # noqa: E402

__all__ = ["extract", "Tables"]
