"""Packaging: one top-level package in site-packages, everything shipped, a cheap `import vnextract`."""
from __future__ import annotations

import os
import subprocess
import sys
import zipfile

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps",
                           "--disable-pip-version-check", "-q", "-w", str(out), ROOT],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    (path,) = out.glob("vnextract-*.whl")
    with zipfile.ZipFile(path) as z:
        return z.namelist()


def test_the_wheel_installs_only_vnextract(wheel):
    top = {name.split("/")[0] for name in wheel}
    assert {t for t in top if not t.endswith(".dist-info")} == {"vnextract"}


def test_the_wheel_ships_every_module_and_lexicon(wheel):
    shipped = set(wheel)
    for folder in ("pipeline", "extractors"):
        for dirpath, dirnames, filenames in os.walk(os.path.join(ROOT, folder)):
            dirnames[:] = [d for d in dirnames if d != "__pycache__"]
            for name in filenames:
                if name.endswith((".pyc", ".pyo")):
                    continue
                rel = os.path.relpath(os.path.join(dirpath, name), ROOT).replace(os.sep, "/")
                assert f"vnextract/{rel}" in shipped, f"{rel} is not in the wheel"


def test_import_vnextract_loads_no_heavy_module():
    code = ("import sys, vnextract, vnextract.pipeline.cli; "
            "print(sorted(m for m in ('spacy', 'pandas', 'underthesea', 'duckdb') if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd="/", timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def test_version_and_the_public_api():
    import vnextract

    proc = subprocess.run([sys.executable, "-m", "vnextract", "--version"], capture_output=True, text=True,
                          timeout=60)
    assert proc.stdout.strip() == f"vnextract {vnextract.__version__}"
    assert callable(vnextract.extract) and vnextract.Tables is not None


def test_the_cache_key_reads_every_extractor_file():
    """A rule changed in any extractor module or lexicon, sub-packages included, invalidates the cache."""
    from vnextract.pipeline.run import version_inputs

    names = {name for name, _ in version_inputs()}
    folder = os.path.join(ROOT, "extractors")
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = [d for d in dirnames if d != "__pycache__"]
        for name in filenames:
            if name.endswith((".py", ".json", ".txt", ".tsv")):
                rel = os.path.relpath(os.path.join(dirpath, name), folder).replace(os.sep, "/")
                assert rel in names, f"{rel} does not key the cache"
    for name in ("segment.py", "wordseg.py", "wordseg_install.py", "crfsuite_model.py"):
        assert name in names


def test_the_command_line_skips_spacys_command_line_yet_spacy_info_works():
    code = ("import sys\n"
            "from vnextract.pipeline.startup import skip_spacy_cli\n"
            "skip_spacy_cli()\n"
            "from spacy.tokens import Doc\n"
            "assert 'spacy.cli' not in sys.modules and 'weasel' not in sys.modules\n"
            "import spacy\n"
            "assert isinstance(spacy.info(silent=True), dict) and 'spacy.cli' in sys.modules\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr


def test_the_command_line_defers_spacys_init_and_builds_the_same_vocab():
    """`vnextract run` never runs spaCy's `__init__` (Language, pipelines, schemas), yet its Vocab has
    the lexical attributes `spacy.blank("vi")` gives, and spaCy's full API still works afterwards."""
    code = ("import sys\n"
            "from vnextract.pipeline.startup import defer_spacy_init, skip_spacy_cli, VIETNAMESE_WRITING_SYSTEM\n"
            "skip_spacy_cli()\n"
            "defer_spacy_init()\n"
            "from vnextract.pipeline.segment import segment, vietnamese_vocab\n"
            "doc = segment('Ông Nguyễn Văn A, Chủ tịch UBND tỉnh, phát biểu ngày 5/3 về 12 dự án.')\n"
            "assert 'spacy.language' not in sys.modules and 'spacy.pipeline' not in sys.modules\n"
            "import spacy\n"
            "nlp = spacy.blank('vi', config={'nlp': {'tokenizer': {'use_pyvi': False}}})\n"
            "assert 'spacy.language' in sys.modules and spacy.__version__\n"
            "from spacy.lang.vi import Vietnamese\n"
            "assert Vietnamese.Defaults.writing_system == VIETNAMESE_WRITING_SYSTEM\n"
            "ours, theirs = vietnamese_vocab(), nlp.vocab\n"
            "assert sorted(ours.lex_attr_getters) == sorted(theirs.lex_attr_getters)\n"
            "attrs = ('is_stop', 'like_num', 'norm_', 'lower_', 'shape_', 'is_alpha', 'is_punct', 'lang_', 'prefix_',\n"
            "         'suffix_', 'is_title', 'like_url', 'is_currency')\n"
            "for word in [t.text for t in doc] + ['một', 'mười', 'và', 'nhưng', 'http://a.vn', '12,5']:\n"
            "    a, b = ours[word], theirs[word]\n"
            "    assert [getattr(a, x) for x in attrs] == [getattr(b, x) for x in attrs], word\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr


def test_the_command_line_hides_pydantic_from_confection_until_confection_needs_it():
    """`vnextract run` imports confection (via spaCy's Doc -> thinc) without pydantic; confection's
    pydantic names are what an ordinary import gives once its first reader of them is called."""
    names = "_PydanticV1BaseModel _PydanticV1ValidationError _PydanticV2BaseModel _PydanticV2ValidationError"
    show = (f"import confection.validation as v\n"
            f"print([getattr(v, n) for n in {names.split()!r}])\n")
    code = ("import sys\n"
            "from vnextract.pipeline.startup import (defer_pydantic_in_confection, defer_spacy_init,\n"
            "                                        defer_spacy_schemas, skip_spacy_cli)\n"
            "skip_spacy_cli()\n"
            "defer_pydantic_in_confection()\n"
            "defer_spacy_init()\n"
            "defer_spacy_schemas()\n"
            "from vnextract.pipeline.segment import segment\n"
            "doc = segment('Ông Nguyễn Văn A, Chủ tịch UBND tỉnh, phát biểu ngày 5/3.')\n"
            "assert 'confection.validation' in sys.modules and 'pydantic' not in sys.modules, sorted(sys.modules)\n"
            "import confection.validation as v\n"
            "import pydantic\n"
            "class Model(pydantic.BaseModel):\n"
            "    x: int\n"
            "assert v._is_pydantic_model(Model) and not v._is_pydantic_model(int)\n"
            "assert pydantic.ValidationError in v._get_pydantic_validation_error()\n"
            "import spacy\n"
            "nlp = spacy.blank('vi', config={'nlp': {'tokenizer': {'use_pyvi': False}}})\n"
            + show)
    deferred = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert deferred.returncode == 0, deferred.stderr
    ordinary = subprocess.run([sys.executable, "-c", show], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert ordinary.returncode == 0, ordinary.stderr
    assert deferred.stdout == ordinary.stdout and "pydantic" in ordinary.stdout


def test_pydantic_stays_visible_to_confection_when_it_is_already_imported():
    code = ("import sys, pydantic\n"
            "from vnextract.pipeline.startup import defer_pydantic_in_confection\n"
            "defer_pydantic_in_confection()\n"
            "import confection.validation as v\n"
            "assert v._PydanticV2BaseModel is pydantic.BaseModel\n"
            "assert not getattr(v._is_pydantic_model, '_vnextract_stand_in', False)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
