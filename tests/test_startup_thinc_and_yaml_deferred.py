"""Start-up round 4 (issue #18): thinc.api and srsly's YAML module deferred for a run (stand-ins guarded
by pinned sources, the real modules imported whenever something else is read), and the word model's
input hashes remembered by file signature."""
from __future__ import annotations

import ast
import hashlib
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# What the command line does before its first import of spaCy (pipeline/cli.py `_run`).
STAND_INS = ("from vnextract.pipeline import startup\n"
             "startup.skip_spacy_cli()\n"
             "startup.defer_pydantic_in_confection()\n"
             "startup.defer_srsly_yaml()\n"
             "startup.defer_thinc_api()\n"
             "startup.defer_spacy_init()\n"
             "startup.defer_spacy_schemas()\n")


def _python(code: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=180, cwd=ROOT,
                          env=env)


def test_a_whole_article_needs_no_other_name_of_thinc_api_nor_srsly_yaml():
    """The early names suffice for a run (segmentation, every extractor): thinc's layers and srsly's YAML
    are never imported, and the stand-ins are still in place after the warm-up."""
    code = (STAND_INS
            + "import sys\n"
              "from vnextract.pipeline.engines import common\n"
              "common.warm_up()\n"
              "from vnextract.pipeline.segment import segment\n"
              "doc = segment('Ông Nguyễn Văn A, Chủ tịch UBND tỉnh, phát biểu ngày 5/3 về 12 dự án.')\n"
              "assert len(doc) > 5\n"
              "assert startup.thinc_api_deferred(), 'a name outside THINC_API_EARLY_NAMES was read'\n"
              "assert 'thinc.layers' not in sys.modules and 'thinc.loss' not in sys.modules\n"
              "assert 'srsly.ruamel_yaml' not in sys.modules\n"
              "assert 'spacy.language' not in sys.modules\n")
    proc = _python(code)
    assert proc.returncode == 0, proc.stderr


def test_the_early_names_are_the_real_modules_objects():
    """What spaCy's modules took from the stand-in is what the real thinc.api holds."""
    code = (STAND_INS
            + "import sys\n"
              "from spacy.tokens import Doc\n"
              "import spacy.util, spacy.vocab, spacy.tokens._serialize\n"
              "stand_in = sys.modules['thinc.api']\n"
              "assert stand_in._vnextract_stand_in\n"
              "taken = {n: getattr(stand_in, n) for n in startup.THINC_API_EARLY_NAMES}\n"
              "real = startup.real_thinc_api()\n"
              "assert real is not stand_in and sys.modules['thinc.api'] is real and not startup.thinc_api_deferred()\n"
              "import thinc\n"
              "assert thinc.api is real\n"
              "for name, value in taken.items():\n"
              "    assert getattr(real, name) is value, name\n"
              "assert spacy.util.Model is real.Model and spacy.util.NumpyOps is real.NumpyOps\n"
              "assert spacy.tokens._serialize.NumpyOps is real.NumpyOps\n"
              "assert stand_in.chain is real.chain\n"  # a later read through the stand-in: the real object
              "assert 'thinc.layers' in sys.modules\n")
    proc = _python(code)
    assert proc.returncode == 0, proc.stderr


def test_another_name_imports_the_real_thinc_api_first():
    code = (STAND_INS
            + "import sys\n"
              "from spacy.tokens import Doc\n"
              "from thinc.api import chain, Relu\n"  # a layer: not an early name
              "assert not startup.thinc_api_deferred() and 'thinc.layers' in sys.modules\n"
              "from thinc.api import registry\n"
              "assert registry.layers.get('chain.v1') is not None\n")
    proc = _python(code)
    assert proc.returncode == 0, proc.stderr
    star = (STAND_INS
            + "import sys\n"
              "from thinc.api import *\n"
              "import thinc.api as real\n"
              "assert not startup.thinc_api_deferred()\n"
              "missing = [n for n in real.__all__ if n not in globals()]\n"
              "assert not missing, missing\n")
    proc = _python(star)
    assert proc.returncode == 0, proc.stderr


def test_spacys_full_api_after_the_stand_ins():
    """spaCy's `__init__` (spacy.blank, pipelines, registries) imports the real thinc.api before it runs."""
    code = (STAND_INS
            + "import sys\n"
              "from vnextract.pipeline.segment import segment\n"
              "segment('Ngày 5/3, UBND tỉnh họp.')\n"
              "import spacy\n"
              "nlp = spacy.blank('vi', config={'nlp': {'tokenizer': {'use_pyvi': False}}})\n"
              "nlp.add_pipe('sentencizer')\n"
              "assert [t.text for t in nlp('Xin chào. Tạm biệt.')]\n"
              "assert not startup.thinc_api_deferred() and 'thinc.layers' in sys.modules\n"
              "assert spacy.util.registry.architectures.get('spacy.Tok2Vec.v2') is not None\n")
    proc = _python(code)
    assert proc.returncode == 0, proc.stderr


def test_the_pinned_thinc_api_imports_the_early_names_from_the_listed_modules():
    """THINC_API_EARLY_NAMES mirrors thinc/api.py's own imports (checked on its source), and the installed
    thinc/api.py is a listed one (a version bump must re-check and re-list it, or it loses the stand-in)."""
    from vnextract.pipeline import startup

    source = startup._package_file("thinc", "api.py")
    assert hashlib.sha256(source).hexdigest() in startup.KNOWN_THINC_API_SOURCES
    imported_from = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.ImportFrom):
            for alias in node.names:
                imported_from[alias.asname or alias.name] = "thinc." + node.module if node.level else node.module
    for name, module in startup.THINC_API_EARLY_NAMES.items():
        assert imported_from.get(name) == module, name


def test_no_stand_ins_for_an_unknown_source_or_once_thinc_is_imported():
    code = ("import sys\n"
            "from vnextract.pipeline import startup\n"
            "startup.KNOWN_THINC_API_SOURCES = frozenset()\n"
            "startup.KNOWN_SRSLY_YAML_SOURCES = frozenset()\n"
            "startup.defer_srsly_yaml()\n"
            "startup.defer_thinc_api()\n"
            "assert 'thinc.api' not in sys.modules and 'srsly._yaml_api' not in sys.modules\n")
    proc = _python(code)
    assert proc.returncode == 0, proc.stderr
    code = ("import sys, thinc, srsly\n"
            "from vnextract.pipeline import startup\n"
            "startup.defer_srsly_yaml()\n"
            "startup.defer_thinc_api()\n"
            "assert not startup.thinc_api_deferred()\n"
            "assert not getattr(srsly.yaml_dumps, '_vnextract_stand_in', False)\n")
    proc = _python(code)
    assert proc.returncode == 0, proc.stderr


def test_srsly_yaml_functions_work_and_become_the_real_ones(tmp_path):
    data = {"tên": "Nguyễn Văn A", "năm": [2016, 2017], "ok": True}
    path = tmp_path / "x.yml"
    code = (STAND_INS
            + "import sys\n"
              "from spacy.tokens import Doc\n"
              "import srsly\n"
              "assert 'srsly.ruamel_yaml' not in sys.modules and srsly.yaml_dumps._vnextract_stand_in\n"
              f"data = {data!r}\n"
              "assert srsly.is_yaml_serializable(data)\n"
              "text = srsly.yaml_dumps(data)\n"
              "assert srsly.yaml_loads(text) == data\n"
              f"srsly.write_yaml({str(path)!r}, data)\n"
              f"assert srsly.read_yaml({str(path)!r}) == data\n"
              "import srsly._yaml_api as real\n"
              "assert not getattr(real, '_vnextract_stand_in', False) and real.CustomYaml\n"
              "for name in startup.SRSLY_YAML_FUNCTIONS:\n"
              "    assert getattr(srsly, name) is getattr(real, name), name\n"
              "print(text, end='')\n")
    deferred = _python(code)
    assert deferred.returncode == 0, deferred.stderr
    ordinary = _python(f"import srsly\nprint(srsly.yaml_dumps({data!r}), end='')\n")
    assert ordinary.returncode == 0, ordinary.stderr
    assert deferred.stdout == ordinary.stdout


def test_the_pinned_srsly_yaml_source_defines_the_functions_srsly_imports():
    from vnextract.pipeline import startup

    source = startup._package_file("srsly", "_yaml_api.py")
    assert hashlib.sha256(source).hexdigest() in startup.KNOWN_SRSLY_YAML_SOURCES
    functions = {n.name for n in ast.parse(source).body if isinstance(n, ast.FunctionDef)}
    assert set(startup.SRSLY_YAML_FUNCTIONS) <= functions
    init = startup._package_file("srsly", "__init__.py")
    imported = {a.name for n in ast.parse(init).body if isinstance(n, ast.ImportFrom) and n.module == "_yaml_api"
                for a in n.names}
    assert imported == set(startup.SRSLY_YAML_FUNCTIONS)


def test_input_hashes_come_from_the_memo_only_for_unchanged_files(tmp_path, monkeypatch):
    from vnextract.pipeline import wordseg_install as install

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    files = []
    for k in range(3):
        f = tmp_path / f"f{k}.bin"
        f.write_bytes(bytes([k]) * 1000)
        files.append(str(f))
    monkeypatch.setattr(install, "RACY_NS", 0)  # (files written just now: remembered all the same)
    truth = [install.file_hash(f) for f in files]
    assert install.file_hashes(files) == truth
    memo = tmp_path / "cache" / "vnextract" / "wordseg-input-hashes.marshal"
    assert memo.exists()
    calls = []
    monkeypatch.setattr(install, "file_hash", lambda p: calls.append(p) or hashlib.sha256(open(p, "rb").read()).hexdigest())
    assert install.file_hashes(files) == truth and calls == []  # all from the memo
    with open(files[1], "r+b") as f:  # same size, new content: its signature changes (ctime, mtime)
        f.write(b"\x07")
    os.utime(files[1], ns=(os.stat(files[0]).st_atime_ns, os.stat(files[0]).st_mtime_ns))  # even with an old mtime
    new = install.file_hashes(files)
    assert calls == [files[1]] and new[1] == hashlib.sha256(open(files[1], "rb").read()).hexdigest() != truth[1]
    assert new[0] == truth[0] and new[2] == truth[2]
    # another checkout's entries stay in the memo
    other = tmp_path / "other.bin"
    other.write_bytes(b"x")
    install.file_hashes([str(other)])
    calls.clear()
    install.file_hashes(files)
    install.file_hashes([str(other)])
    assert calls == []


def test_a_file_changed_just_now_is_not_remembered(tmp_path, monkeypatch):
    """Within a tick of the file system's clock a same-size rewrite may keep its times: hashed again."""
    from vnextract.pipeline import wordseg_install as install

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    f = tmp_path / "new.bin"
    f.write_bytes(b"abc")
    assert install.file_hashes([str(f)]) == [install.file_hash(str(f))]
    calls = []
    monkeypatch.setattr(install, "file_hash", lambda p: calls.append(p) or "h")
    install.file_hashes([str(f)])
    assert calls == [str(f)]


def test_input_hashes_without_a_writable_cache(tmp_path, monkeypatch):
    from vnextract.pipeline import wordseg_install as install

    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # the cache folder cannot be made
    f = tmp_path / "a.bin"
    f.write_bytes(b"abc")
    assert install.file_hashes([str(f)]) == [install.file_hash(str(f))]


def test_the_ready_key_is_the_content_hash_key(tmp_path, monkeypatch):
    """The memo changes how the hashes are found, not the key: the same key as hashing every input."""
    from vnextract.pipeline import wordseg_install as install

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    mdir, core = install.model_dir(), install.core_version()
    first = install.ready_path(mdir, core)
    assert install.ready_path(mdir, core) == first  # from the memo
    import marshal
    import sys as _sys

    h = hashlib.sha256(f"wordseg-ready-{install.READY_FORMAT}-py{_sys.version_info[:2]}-m{marshal.version}"
                       f"-{_sys.byteorder}-core{core}".encode())
    for path in install.ready_inputs(mdir):
        h.update(os.path.basename(path).encode())
        h.update(install.file_hash(path).encode())
    assert first[1] == h.hexdigest()
