"""A run's fixed cost before its first article: what the command line skips loading.

`import spacy` runs spaCy's `__init__`, which imports spaCy's pipeline components, `Language`, its
config schemas, training code and command line (typer, weasel: about half of spaCy's import) for
names a vnextract run never uses: it needs `spacy.tokens.Doc`, `spacy.attrs` and a `Vocab`.

- `defer_spacy_init` puts a stand-in `spacy` package in `sys.modules`: the real package's spec and
  path, so `spacy.tokens`, `spacy.vocab`, ... import as usual, but its `__init__` runs only when a
  name that is not a submodule is first read (`spacy.blank`, `spacy.load`, `spacy.__version__`);
  from then on it is the real package.
- `skip_spacy_cli` installs a stand-in `spacy.cli.info` (the one name of the command line that
  `__init__` imports); the real module is imported on the stand-in's first call.
- `defer_spacy_schemas` puts a stand-in `spacy.schemas` in `sys.modules`: spaCy's Doc module imports
  it (its pydantic models cost about 0.1 s) for `Doc.from_json`'s validation only; the real module
  is imported when a name of it is first read.
- `defer_pydantic_in_confection` imports confection (thinc's config library, which spaCy's Doc
  module imports through `spacy.compat` -> `thinc.util`) with pydantic hidden: confection imports
  pydantic's `BaseModel` and `ValidationError` (about 0.13 s of CPU, in every process that is not
  forked) only to recognise pydantic config schemas, which a vnextract run never validates. The two
  confection functions that read them import pydantic on their first call, as confection would have.
- `defer_thinc_api` puts a stand-in `thinc.api` in `sys.modules`: spaCy's Doc, Vocab and util modules
  import a dozen of its names (`Model`, `NumpyOps`, `get_array_module`, ...), which the stand-in takes
  from the thinc modules that define them, but the real `thinc.api` also imports all of thinc's layers,
  losses and initialisers (about 0.08 s of CPU) that only model building reads. Any other name (a
  layer, `registry` read through it: what spaCy's pipelines import once `__init__` runs) imports the
  real module first, as do spaCy's `__init__` and the stand-in's guard (thinc/api.py's source known).
- `defer_srsly_yaml` puts a stand-in `srsly._yaml_api` in `sys.modules`: srsly's `__init__` imports its
  five YAML functions, which import srsly's copy of ruamel.yaml (about 0.015 s of CPU) that a run never
  reads. The stand-in gives functions that import the real module on their first call and put the real
  functions back in srsly; any other name of it imports the real module first.
- `pause_gc` turns the cyclic garbage collector off for the start-up (imports, word model, lexicons
  and regexes: some 80,000 long-lived objects, almost no cycles, but about 140 collections that scan
  them, 0.1-0.15 s of CPU); `resume_gc`, once the models and lexicons are loaded, moves every object
  of the start-up to the collector's permanent generation (`gc.freeze`: later collections never scan
  them again, and forked workers do not touch their pages) and turns the collector back on. What it
  keeps forever is the start-up's own few cycles (about 5,000 small blocks).
- `vietnamese_defaults` gives the Vietnamese lexical attributes and stop words (what
  `spacy.lang.vi.Vietnamese.Defaults` holds) without importing `Language`.

Only the `vnextract` command does this, in its own process and its forked workers; `import
vnextract` from a user's program leaves spaCy as it is.
"""
from __future__ import annotations

import gc
import hashlib
import importlib
import importlib.util
import sys
import types

_MODULE = "spacy.cli.info"
# `spacy.language.BaseDefaults.writing_system`, which `Vietnamese.Defaults` does not override
# (tests/test_packaging.py checks the two agree).
VIETNAMESE_WRITING_SYSTEM = {"direction": "ltr", "has_case": True, "has_letters": True}


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


def spacy_init_deferred() -> bool:
    """Whether `spacy` is still the stand-in of `defer_spacy_init` (its `__init__` not run)."""
    return bool(getattr(sys.modules.get("spacy"), "__dict__", {}).get("_vnextract_deferred"))


def defer_spacy_init() -> None:
    """Install the stand-in `spacy` package, unless spaCy is already imported (or not installed)."""
    if "spacy" in sys.modules:
        return
    spec = importlib.util.find_spec("spacy")
    if spec is None or spec.loader is None or not spec.submodule_search_locations:
        return
    package = importlib.util.module_from_spec(spec)  # path, spec and file set; `__init__` not run

    def finish_on_use(name: str):
        """PEP 562 hook: a submodule is left to the import system (`from .. import util` inside spaCy
        asks for it by attribute first); any other name runs spaCy's `__init__`, once."""
        if name.startswith("__") and name.endswith("__") or _is_submodule(f"spacy.{name}"):
            raise AttributeError(name)
        del package.__getattr__, package._vnextract_deferred
        if thinc_api_deferred():  # spaCy's pipelines and registries expect all of thinc's layers registered
            real_thinc_api()
        spec.loader.exec_module(package)
        return getattr(package, name)

    package.__getattr__ = finish_on_use
    package._vnextract_deferred = True
    sys.modules["spacy"] = package
    from spacy.errors import setup_default_warnings

    setup_default_warnings()  # the first thing spaCy's `__init__` does: its warning filters stay the same


_VALIDATION = "confection.validation"
# confection.validation's pydantic names, and the only functions that read them (checked in its source
# before anything is hidden: a confection that reads them elsewhere is imported as usual).
_PYDANTIC_NAMES = ("_PydanticV1BaseModel", "_PydanticV1ValidationError", "_PydanticV2BaseModel",
                   "_PydanticV2ValidationError")
_PYDANTIC_READERS = ("_is_pydantic_model", "_get_pydantic_validation_error")


def defer_pydantic_in_confection() -> None:
    """Import confection with pydantic hidden (see the module docstring), unless pydantic or
    confection is already imported, or confection reads its pydantic names where we do not expect."""
    if "pydantic" in sys.modules or "confection" in sys.modules or "spacy" in sys.modules:
        return
    if not confection_defers_safely():
        return
    hidden = ("pydantic", "pydantic.v1")
    for name in hidden:
        sys.modules[name] = None  # `import pydantic` raises ImportError: confection sets its names to None
    try:
        validation = importlib.import_module(_VALIDATION)
    finally:
        for name in hidden:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]
    originals = {name: getattr(validation, name) for name in _PYDANTIC_READERS}

    def load_pydantic():
        """What confection's import does when pydantic is importable, then the real readers back."""
        for name, fn in originals.items():
            setattr(validation, name, fn)
        if sys.version_info < (3, 14):  # confection skips pydantic.v1 from 3.14 on
            try:
                from pydantic.v1 import BaseModel, ValidationError

                validation._PydanticV1BaseModel, validation._PydanticV1ValidationError = BaseModel, ValidationError
            except ImportError:
                pass
        try:
            from pydantic import BaseModel, ValidationError

            validation._PydanticV2BaseModel, validation._PydanticV2ValidationError = BaseModel, ValidationError
        except ImportError:
            pass

    def reader_stand_in(name: str):
        def stand_in(*args, **kwargs):
            if getattr(validation, name) is stand_in:
                load_pydantic()
            return getattr(validation, name)(*args, **kwargs)

        stand_in._vnextract_stand_in = True
        return stand_in

    for name in _PYDANTIC_READERS:
        setattr(validation, name, reader_stand_in(name))


# SHA-256 of confection.validation sources that `source_reads_pydantic_only_in_readers` accepts: the verdict
# depends on the source alone, and a known source skips importing `ast` and parsing it (~0.02 s).
# tests/test_startup_gc_and_checks.py checks that the pinned confection's source is listed and passes the full check.
KNOWN_VALIDATION_SOURCES = frozenset({
    "c11258d12103d6f9db211f26717615023ee0cb06fa160f0222b1fda0651d9f6c",
})


def _package_file(package: str, name: str) -> bytes | None:
    """A file of an installed package, found without importing it (None when it cannot be read)."""
    try:
        spec = importlib.util.find_spec(package)
        folder = list(spec.submodule_search_locations)[0]
        with open(f"{folder}/{name}", "rb") as f:
            return f.read()
    except (ImportError, AttributeError, TypeError, OSError, ValueError):
        return None


def _is_known_source(source: bytes | None, known: frozenset[str]) -> bool:
    return source is not None and hashlib.sha256(source).hexdigest() in known


def validation_source() -> bytes | None:
    """confection.validation's source, found from the package's folder (`find_spec` of a submodule
    would import the package); None when it cannot be read."""
    package, module = _VALIDATION.split(".")
    return _package_file(package, f"{module}.py")


def confection_defers_safely() -> bool:
    """Whether the installed confection.validation may have pydantic deferred (its source known or checked)."""
    source = validation_source()
    if source is None:
        return False
    return _is_known_source(source, KNOWN_VALIDATION_SOURCES) or source_reads_pydantic_only_in_readers(source)


def source_reads_pydantic_only_in_readers(source: bytes) -> bool:
    """Whether confection.validation's source reads its pydantic names only inside `_PYDANTIC_READERS`
    (and assigns them only at module level, from pydantic's imports)."""
    import ast

    try:
        tree = ast.parse(source.decode("utf-8"))
    except (SyntaxError, ValueError):
        return False
    defined = {node.name for node in tree.body if isinstance(node, ast.FunctionDef)}
    if not set(_PYDANTIC_READERS) <= defined:
        return False
    top_level_imports = {id(alias) for node in tree.body for inner in ast.walk(node)
                         if isinstance(inner, ast.ImportFrom) for alias in inner.names}
    readers = {id(n) for node in tree.body if isinstance(node, ast.FunctionDef) and node.name in _PYDANTIC_READERS
               for n in ast.walk(node)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id in _PYDANTIC_NAMES:
            # read only in the readers, assigned only outside them (`X = None` at module level)
            inside = id(node) in readers
            if inside != isinstance(node.ctx, ast.Load):
                return False
        elif isinstance(node, ast.alias) and (node.asname in _PYDANTIC_NAMES) and id(node) not in top_level_imports:
            return False
        elif isinstance(node, (ast.Global, ast.Nonlocal)) and set(node.names) & set(_PYDANTIC_NAMES):
            return False
    return True


_THINC_API = "thinc.api"
# The names of thinc.api that spaCy's modules read before its `__init__` runs (Doc, Vocab, Lexeme, Vectors,
# spacy.util, spacy.compat), and the thinc module each comes from, as thinc/api.py imports them;
# tests/test_startup_thinc_and_yaml_deferred.py checks they are the real module's objects and that this list is complete.
THINC_API_EARLY_NAMES = {
    "Adam": "thinc.optimizers", "Optimizer": "thinc.optimizers",
    "Config": "thinc.config", "ConfigValidationError": "thinc.config",
    "Model": "thinc.model",
    "NumpyOps": "thinc.backends", "Ops": "thinc.backends", "get_current_ops": "thinc.backends",
    "compounding": "thinc.schedules", "decaying": "thinc.schedules",
    "fix_random_seed": "thinc.util", "get_array_module": "thinc.util",
}
# SHA-256 of the thinc/api.py sources whose imports THINC_API_EARLY_NAMES mirrors (another thinc: no stand-in).
KNOWN_THINC_API_SOURCES = frozenset({
    "b70677738f0093bb0b7c4943a0836cd96ca493f237b939776a70aa527b08ccf7",  # thinc 8.3.14
})


def thinc_api_deferred() -> bool:
    """Whether `thinc.api` is still the stand-in of `defer_thinc_api`."""
    return bool(getattr(sys.modules.get(_THINC_API), "_vnextract_stand_in", False))


def real_thinc_api():
    """The real `thinc.api`, imported in place of the stand-in if it is still there."""
    module = sys.modules.get(_THINC_API)
    if getattr(module, "_vnextract_stand_in", False):
        del sys.modules[_THINC_API]
        module = importlib.import_module(_THINC_API)  # (the import sets `thinc.api` on the package too)
    return module if module is not None else importlib.import_module(_THINC_API)


def defer_thinc_api() -> None:
    """Install the stand-in `thinc.api` (see the module docstring), in a fresh process only (neither thinc
    nor spaCy imported) and for a known thinc/api.py; after `defer_pydantic_in_confection` (thinc's
    package imports confection)."""
    if "thinc" in sys.modules or "spacy" in sys.modules or _THINC_API in sys.modules:
        return
    if not _is_known_source(_package_file("thinc", "api.py"), KNOWN_THINC_API_SOURCES):
        return
    import thinc

    stand_in = types.ModuleType(_THINC_API, "vnextract's stand-in for thinc.api (see vnextract.pipeline.startup)")

    def on_use(name: str):
        if name == "__all__":  # `from thinc.api import *` gets every name of the real module
            return real_thinc_api().__all__
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        source_module = THINC_API_EARLY_NAMES.get(name) if sys.modules.get(_THINC_API) is stand_in else None
        owner = importlib.import_module(source_module) if source_module else real_thinc_api()
        value = getattr(owner, name)
        setattr(stand_in, name, value)  # read once: later reads skip this hook
        return value

    stand_in.__getattr__ = on_use
    stand_in._vnextract_stand_in = True
    sys.modules[_THINC_API] = stand_in
    thinc.api = stand_in  # `import thinc.api` then `thinc.api.X` reads it through the package


_SRSLY_YAML = "srsly._yaml_api"
# srsly/_yaml_api.py sources (SHA-256) whose public names below are plain functions that srsly's `__init__`
# imports; tests/test_startup_thinc_and_yaml_deferred.py checks the pinned one.
KNOWN_SRSLY_YAML_SOURCES = frozenset({
    "19cdc4122fbe4b7f473fb0d23da87e8115ec04372c0b8285654b6cc9ed747f8a",  # srsly 2.5.6
})
SRSLY_YAML_FUNCTIONS = ("is_yaml_serializable", "read_yaml", "write_yaml", "yaml_dumps", "yaml_loads")


def real_srsly_yaml():
    """The real `srsly._yaml_api` (imported in place of the stand-in if it is still there), its functions
    put back in srsly's namespace where the stand-in's are."""
    module = sys.modules.get(_SRSLY_YAML)
    if getattr(module, "_vnextract_stand_in", False):
        del sys.modules[_SRSLY_YAML]
        module = importlib.import_module(_SRSLY_YAML)
        package = sys.modules.get("srsly")
        for name in SRSLY_YAML_FUNCTIONS:
            if getattr(getattr(package, name, None), "_vnextract_stand_in", False):
                setattr(package, name, getattr(module, name))
    return module if module is not None else importlib.import_module(_SRSLY_YAML)


def defer_srsly_yaml() -> None:
    """Install the stand-in `srsly._yaml_api` (see the module docstring), before srsly is imported and
    for a known source only."""
    if "srsly" in sys.modules or "spacy" in sys.modules:
        return
    if not _is_known_source(_package_file("srsly", "_yaml_api.py"), KNOWN_SRSLY_YAML_SOURCES):
        return
    stand_in = types.ModuleType(_SRSLY_YAML, "vnextract's stand-in for srsly._yaml_api (see vnextract.pipeline.startup)")

    def function_stand_in(name: str):
        def call_real(*args, **kwargs):
            return getattr(real_srsly_yaml(), name)(*args, **kwargs)

        call_real.__name__ = call_real.__qualname__ = name
        call_real._vnextract_stand_in = True
        return call_real

    for name in SRSLY_YAML_FUNCTIONS:
        setattr(stand_in, name, function_stand_in(name))

    def on_use(name: str):
        if name.startswith("__") and name.endswith("__") and name != "__all__":
            raise AttributeError(name)
        return getattr(real_srsly_yaml(), name)

    stand_in.__getattr__ = on_use
    stand_in._vnextract_stand_in = True
    sys.modules[_SRSLY_YAML] = stand_in


_gc_paused = False


def pause_gc() -> None:
    """Collector off until `resume_gc`, in a fresh process only (spaCy not imported yet); the command line
    calls it only as the console command, so a program calling `main([...])` keeps its collector as it is."""
    global _gc_paused
    if "spacy" in sys.modules or not gc.isenabled():
        return
    gc.disable()
    _gc_paused = True


def gc_paused() -> bool:
    return _gc_paused


def resume_gc() -> None:
    """After the warm-up: the start-up's objects frozen, the collector back on (a no-op unless paused)."""
    global _gc_paused
    if not _gc_paused:
        return
    _gc_paused = False
    gc.freeze()
    gc.enable()


_SCHEMAS = "spacy.schemas"


def defer_spacy_schemas() -> None:
    """Install the stand-in `spacy.schemas`, unless it (or all of spaCy) is already imported."""
    if _SCHEMAS in sys.modules or not spacy_init_deferred():
        return
    stand_in = types.ModuleType(_SCHEMAS, "vnextract's stand-in for spacy.schemas (see vnextract.pipeline.startup)")

    def real_on_use(name: str):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        if sys.modules.get(_SCHEMAS) is stand_in:
            del sys.modules[_SCHEMAS]
        value = getattr(importlib.import_module(_SCHEMAS), name)
        setattr(stand_in, name, value)
        return value

    stand_in.__getattr__ = real_on_use
    stand_in._vnextract_stand_in = True
    sys.modules[_SCHEMAS] = stand_in


def _is_submodule(name: str) -> bool:
    if name in sys.modules:
        return True
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def _load_source(name: str):
    """Import the spaCy module `name` from its file without importing its parent package's
    `__init__` (it stays registered under its own name, so a later real import reuses it)."""
    if name in sys.modules:
        return sys.modules[name]
    parent = importlib.util.find_spec(name.rsplit(".", 1)[0])
    location = parent.submodule_search_locations[0]
    spec = importlib.util.spec_from_file_location(name, f"{location}/{name.rsplit('.', 1)[1]}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[name]
        raise
    return module


def vietnamese_defaults():
    """What `spacy.vocab.create_vocab` reads of `Vietnamese.Defaults`: the class itself when
    spaCy is fully imported, else the same values read from `spacy/lang/vi` without `Language`."""
    if not spacy_init_deferred() or "spacy.lang.vi" in sys.modules:
        from spacy.lang.vi import Vietnamese

        return Vietnamese.Defaults
    return types.SimpleNamespace(
        lex_attr_getters=_load_source("spacy.lang.vi.lex_attrs").LEX_ATTRS,
        stop_words=_load_source("spacy.lang.vi.stop_words").STOP_WORDS,
        writing_system=dict(VIETNAMESE_WRITING_SYSTEM), syntax_iterators={})
