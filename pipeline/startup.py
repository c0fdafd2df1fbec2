"""A run's fixed cost before its first article: what the command line skips loading.

`import spacy` runs spaCy's `__init__`, which imports spaCy's whole command line (typer, weasel, the
project and download commands: about a third of the import) for one name, `spacy.info`. A vnextract
run never calls it, so the command line installs a stand-in `spacy.cli.info` first; the real module
is imported on the stand-in's first call. Only the `vnextract` command does this, in its own process
and its workers; `import vnextract` from a user's program leaves spaCy as it is.
"""
from __future__ import annotations

import importlib
import sys
import types

_MODULE = "spacy.cli.info"


def _real_info(*args, **kwargs):
    """spaCy's own `info`, imported on first use."""
    if getattr(sys.modules.get(_MODULE), "_vnextract_stand_in", False):
        del sys.modules[_MODULE]
    return importlib.import_module(_MODULE).info(*args, **kwargs)


def skip_spacy_cli() -> None:
    """Install the stand-in, unless spaCy (or its command line) is already imported."""
    if "spacy" in sys.modules or _MODULE in sys.modules:
        return
    stand_in = types.ModuleType(_MODULE, "vnextract's stand-in for spacy.cli.info (see vnextract.pipeline.startup)")
    stand_in.info = _real_info
    stand_in._vnextract_stand_in = True
    sys.modules[_MODULE] = stand_in
