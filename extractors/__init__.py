"""Extractors: one module per kind of fact, each a function from a segmented Doc to table rows.

They run in this order, each leaving what later ones need as Doc extensions (see `extensions`):
layout (headline, banner, byline) -> officials -> dates -> deadlines -> targets -> article row.
"""
from . import extensions  # noqa: F401  (registers the Doc extensions once)
