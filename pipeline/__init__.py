"""vnextract: Vietnamese news articles -> analyst-ready tables of officials, dates, deadlines and targets.

    >>> from pipeline import extract
    >>> tables = extract("Sáng 6-2, ông Nguyễn Văn A, Chủ tịch UBND huyện chủ trì hội nghị.")
    >>> tables.officials[["name", "titles", "roles"]]
"""
from pipeline.api import Tables, extract

__all__ = ["extract", "Tables"]
__version__ = "0.1.0"
