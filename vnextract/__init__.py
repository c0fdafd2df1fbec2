"""vnextract: Vietnamese news articles -> analyst-ready tables of officials, dates, deadlines and targets.

    >>> import vnextract
    >>> tables = vnextract.extract("Sáng 6-2, ông Nguyễn Văn A, Chủ tịch UBND huyện chủ trì hội nghị.")
    >>> tables.officials["name"].tolist()
    ['Nguyễn Văn A']

The code lives in two subpackages, `vnextract.pipeline` (ingest, segmentation, orchestration,
writing) and `vnextract.extractors` (one module per kind of fact); in the source tree they are the
top-level `pipeline/` and `extractors/` folders. Importing this package is cheap: spaCy, pandas and
underthesea load only when `extract` (or a command that extracts) is first used.
"""
import os as _os

__version__ = "0.2.0"
__all__ = ["extract", "extract_many", "iter_extract_many", "Tables", "__version__"]

# In a source checkout the subpackages sit beside this folder, not inside it (the wheel maps them
# in): look there too, so `import vnextract.pipeline` works from the tree with or without an install.
_ROOT = _os.path.dirname(_os.path.dirname(_os.path.abspath(__file__)))
if not _os.path.isdir(_os.path.join(_os.path.dirname(__file__), "pipeline")):
    __path__.append(_ROOT)  # noqa: F821  (a package's __path__)


def __getattr__(name):  # PEP 562: the heavy API loads on first use, not on `import vnextract`
    if name in ("extract", "extract_many", "iter_extract_many", "Tables"):
        from vnextract.pipeline import api
        return getattr(api, name)
    raise AttributeError(f"module 'vnextract' has no attribute {name!r}")
