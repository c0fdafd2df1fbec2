"""The underthesea installation the fast word segmentation reproduces, and its caches.

`check_installation` says whether this installation is the one `wordseg` reproduces (the
underthesea_core version, the source of the reproduced functions); `load_converted` reads the CRF
model underthesea ships (converted once, cached under ``$XDG_CACHE_HOME/vnextract``, keyed by the
model files' hashes); `ready_path`/`read_ready`/`write_ready` keep the built segmenter's tables so a
run reads one file and imports nothing of underthesea.
"""
from __future__ import annotations

import hashlib
import logging
import marshal
import os
import sys
import tempfile
import time

log = logging.getLogger("vnextract")

# What the fast path reproduces. A different installation falls back to underthesea.
KNOWN_CORE_VERSIONS = frozenset({"3.3.2"})
# sha256 of the source of the underthesea functions whose behaviour is reproduced (see
# `underthesea_source_hash`): word_tokenize, the regex tokenizer, character/token normalisation,
# and FastCRFSequenceTagger.load/predict.
KNOWN_SOURCE_HASH = "99e8f3b295737355722ef082fcfdce2e3a82dccb8d3a303bb9af0bda89c194b3"
MODEL_DIR = ("models", "ws_crf_vlsp2013_20230727")  # relative to underthesea/pipeline/word_tokenize
CACHE_FORMAT = 1


def underthesea_source_hash() -> str:
    import inspect

    import underthesea.pipeline.word_tokenize as wt
    from underthesea.models.fast_crf_sequence_tagger import FastCRFSequenceTagger
    from underthesea.pipeline.word_tokenize import regex_tokenize as rt
    tn = sys.modules["underthesea.pipeline.text_normalize.token_normalize"]
    cn = sys.modules["underthesea.pipeline.text_normalize.character_normalize"]
    h = hashlib.sha256()
    for obj in (wt.word_tokenize, rt.tokenize, rt.extract_match, tn.token_normalize,
                cn.normalize_characters_in_text, cn.utf8_normalize, cn.character_normalize,
                cn.is_unicode, FastCRFSequenceTagger.load, FastCRFSequenceTagger.predict):
        h.update(inspect.getsource(obj).encode())
    return h.hexdigest()


def cache_dir() -> str:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "vnextract")


def file_hash(path: str) -> str:
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def underthesea_dir() -> str:
    """underthesea's package folder, found without importing it (its `__init__` imports all its
    pipelines: about a second)."""
    mod = sys.modules.get("underthesea")
    if mod is not None and getattr(mod, "__file__", None):
        return os.path.dirname(os.path.abspath(mod.__file__))
    from importlib.util import find_spec

    spec = find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("underthesea is not installed")
    return os.path.abspath(list(spec.submodule_search_locations)[0])


def model_dir() -> str:
    return os.path.join(underthesea_dir(), "pipeline", "word_tokenize", *MODEL_DIR)


def convert(mdir: str) -> tuple:
    """Model files -> (templates, labels, transitions, tables, flat weights, dictionary)."""
    import joblib

    from vnextract.pipeline.crfsuite_model import read_crfsuite

    templates = tuple(joblib.load(os.path.join(mdir, "features.bin")))
    dictionary = joblib.load(os.path.join(mdir, "dictionary.bin"))
    with open(os.path.join(mdir, "models.bin"), "rb") as f:
        model = read_crfsuite(f.read())
    if len(model.labels) != 2:
        raise ValueError(f"{len(model.labels)} labels, the fast path knows two")
    prefixes = {t + "=": k for k, t in enumerate(templates)}
    tables: list[dict[str, int]] = [{} for _ in templates]
    weights = [0.0, 0.0]  # row 0: a feature the model does not know
    for attr_id, attr in enumerate(model.attributes):
        head = attr.find("=")  # templates contain no '=': the first one ends the template
        k = prefixes.get(attr[:head + 1]) if head >= 0 else None
        if k is None:
            continue  # a feature no template generates
        w0 = model.state.get((attr_id, 0), 0.0)
        w1 = model.state.get((attr_id, 1), 0.0)
        if w0 == 0.0 and w1 == 0.0:
            continue
        tables[k][attr[head + 1:]] = len(weights) // 2
        weights += (w0, w1)
    transitions = tuple(model.transition(a, b) for a in (0, 1) for b in (0, 1))  # 00, 01, 10, 11
    return templates, tuple(model.labels), transitions, tuple(tables), tuple(weights), frozenset(dictionary)


def load_converted(mdir: str) -> tuple:
    """The converted model, from the cache when its key matches, else converted (and cached)."""
    key_h = hashlib.sha256(f"wordseg-{CACHE_FORMAT}-py{sys.version_info[:2]}-m{marshal.version}".encode())
    for name in ("models.bin", "features.bin", "dictionary.bin"):
        key_h.update(file_hash(os.path.join(mdir, name)).encode())
    key = key_h.hexdigest()
    path = os.path.join(cache_dir(), f"wordseg-{key[:24]}.marshal")
    try:
        with open(path, "rb") as f:
            data = marshal.loads(f.read())  # one read: `marshal.load` reads a file object piece by piece
        if isinstance(data, tuple) and len(data) == 8 and data[0] == CACHE_FORMAT and data[1] == key:
            return data[2:]
    except (OSError, EOFError, ValueError, TypeError):
        pass
    converted = convert(mdir)
    try:
        dump_atomic(path, (CACHE_FORMAT, key) + converted)
    except OSError as e:  # read-only home, full disk...: keep the conversion in memory only
        log.info("wordseg: model cache not writable (%s); converted in memory", e)
    return converted


def core_version() -> str | None:
    from importlib import metadata

    try:
        return metadata.version("underthesea_core")
    except metadata.PackageNotFoundError:
        return None


def core_reason(core: str | None) -> str | None:
    if core not in KNOWN_CORE_VERSIONS:
        return f"underthesea_core {core} (the fast path reproduces {', '.join(sorted(KNOWN_CORE_VERSIONS))})"
    return None


SOURCE_DIFFERS = "underthesea's word_tokenize/tokenizer source differs from the one reproduced"
TEMPLATES_DIFFER = "the model's feature templates differ from the ones the fast path knows"


def check_installation() -> str | None:
    """Why the fast path cannot be used here, or None (imports underthesea)."""
    reason = core_reason(core_version())
    if reason is None and underthesea_source_hash() != KNOWN_SOURCE_HASH:
        reason = SOURCE_DIFFERS
    return reason


# The ready cache: the built segmenter's tables (`FastSegmenter.state`), so that a run reads one
# file and imports nothing of underthesea. Keyed like the conversion (format, Python and marshal
# versions, the model files' hashes) and, as it also stands for the installation check, by the
# underthesea_core version and the hashes of every underthesea file the fast path reproduces or
# reads, and of this module and the model reader: any change there and the next run rebuilds it
# the slow way, checking the installation again (KNOWN_SOURCE_HASH, KNOWN_TEMPLATES).
READY_FORMAT = 2
_UNDERTHESEA_FILES = (
    ("__init__.py",), ("models", "fast_crf_sequence_tagger.py"),
    ("pipeline", "word_tokenize", "__init__.py"), ("pipeline", "word_tokenize", "regex_tokenize.py"),
)


def ready_inputs(mdir: str) -> list[str]:
    udir = underthesea_dir()
    files = [os.path.join(mdir, n) for n in ("models.bin", "features.bin", "dictionary.bin")]
    files += [os.path.join(udir, *parts) for parts in _UNDERTHESEA_FILES]
    tn = os.path.join(udir, "pipeline", "text_normalize")  # its code and its rule tables
    files += [os.path.join(tn, n) for n in sorted(os.listdir(tn)) if n.endswith((".py", ".bin"))]
    here = os.path.dirname(os.path.abspath(__file__))
    files += [os.path.join(here, name)
              for name in ("wordseg.py", "wordseg_arrays.py", "wordseg_install.py", "crfsuite_model.py")]
    return files


# Content hashes of the ready cache's inputs, remembered with each file's identity and change times: a
# file whose (device, inode, size, mtime, ctime) are unchanged has the same content, so a run stats the
# 16 files instead of reading and hashing them (about 3 MB, 0.015 s of CPU). ctime is set by the kernel
# on every write or rename, so a rewrite cannot keep it.
HASH_MEMO_FORMAT = 1
MEMO_ENTRIES = 256
RACY_NS = 2_000_000_000


def _file_signature(path: str) -> tuple:
    st = os.stat(path)
    return st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns


def _read_hash_memo(path: str) -> dict:
    try:
        with open(path, "rb") as f:
            data = marshal.loads(f.read())
        if isinstance(data, tuple) and len(data) == 2 and data[0] == HASH_MEMO_FORMAT and isinstance(data[1], dict):
            return data[1]
    except (OSError, EOFError, ValueError, TypeError):
        pass
    return {}


def file_hashes(paths: list[str]) -> list[str]:
    """The SHA-256 of each file's content: from the memo where a file's signature is unchanged, else read
    (and the memo rewritten)."""
    memo_path = os.path.join(cache_dir(), "wordseg-input-hashes.marshal")
    memo = _read_hash_memo(memo_path)
    fresh, hashes = {}, []
    for path in paths:
        signature = _file_signature(path)
        known = memo.get(path)
        digest = known[1] if isinstance(known, tuple) and len(known) == 2 and known[0] == signature else None
        if digest is None:
            digest = file_hash(path)
            # changed while read, or changed so recently that a rewrite could still fall within the same
            # tick of the file system's clock (so keep its times): no memo for it
            if _file_signature(path) != signature or time.time_ns() - signature[4] < RACY_NS:
                signature = None
        fresh[path] = (signature, digest)
        hashes.append(digest)
    if any(memo.get(p) != v for p, v in fresh.items()):
        # other installations' entries kept (one cache folder, several checkouts), within a bound
        kept = memo if len(memo) < MEMO_ENTRIES else {}
        kept = {**kept, **{p: v for p, v in fresh.items() if v[0] is not None}}
        try:
            dump_atomic(memo_path, (HASH_MEMO_FORMAT, kept))
        except OSError as e:  # read-only home, full disk...: hashed again next time
            log.info("wordseg: input hash memo not written (%s)", e)
    return hashes


def ready_path(mdir: str, core: str) -> tuple[str, str]:
    """(the ready cache's path, its key)."""
    h = hashlib.sha256(f"wordseg-ready-{READY_FORMAT}-py{sys.version_info[:2]}-m{marshal.version}"
                       f"-{sys.byteorder}-core{core}".encode())
    inputs = ready_inputs(mdir)
    for path, digest in zip(inputs, file_hashes(inputs)):
        h.update(os.path.basename(path).encode())
        h.update(digest.encode())
    key = h.hexdigest()
    return os.path.join(cache_dir(), f"wordseg-ready-{key[:24]}.marshal"), key


def read_ready(path: str, key: str) -> tuple | None:
    """(source hash, templates, state) from the ready cache, or None."""
    import gc

    try:
        with open(path, "rb") as f:
            raw = f.read()
        enabled = gc.isenabled()
        gc.disable()  # ~300,000 new objects, none cyclic: no collections of the whole heap meanwhile
        try:
            data = marshal.loads(raw)
        finally:
            if enabled:
                gc.enable()
        if isinstance(data, tuple) and len(data) == 5 and data[0] == READY_FORMAT and data[1] == key:
            return data[2:]
    except (OSError, EOFError, ValueError, TypeError):
        pass
    return None


def dump_atomic(path: str, record: tuple):
    """`record` marshalled to `path` through a temporary file and one rename (no half-written cache)."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".wordseg-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            marshal.dump(record, f)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def write_ready(path: str, key: str, entry: tuple):
    try:
        dump_atomic(path, (READY_FORMAT, key) + entry)
    except (OSError, ValueError) as e:  # read-only home, full disk...: built again next time
        log.info("wordseg: ready-table cache not written (%s)", e)
