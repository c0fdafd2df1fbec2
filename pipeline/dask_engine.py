"""Moved to `vnextract.pipeline.engines.dask`; this name stays for old imports (the same module)."""
import sys

from vnextract.pipeline.engines import dask as _dask

sys.modules[__name__] = _dask
