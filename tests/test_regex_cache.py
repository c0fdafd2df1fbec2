"""The compiled-pattern cache of `vnextract run` (pipeline/regex_cache.py): the very Patterns `re`
compiles, read back from the file in a later process, and `re`'s errors unchanged."""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

CHILD = r"""
import re
from vnextract.pipeline import regex_cache as rc
rc.install()
from vnextract.pipeline.engines import common
common.warm_up()
named = re.compile(r"(?P<day>\d{1,2})[/-](?P<month>\d{1,2})", re.I)
assert named.search("ngày 5/3").groupdict() == {"day": "5", "month": "3"}
try:
    re.compile("(unclosed")
except re.error as e:
    assert "missing )" in str(e)
else:
    raise AssertionError("no re.error")
original = rc._state["original"]
for (pattern, flags), program in rc._state["used"].items():
    ours, theirs = rc._from_program(pattern, program), original(pattern, flags)
    assert ours == theirs and ours.groupindex == theirs.groupindex and ours.groups == theirs.groups, pattern
print(rc._state["trusted"], len(rc._state["used"]), rc._state["fresh"])
"""


def test_patterns_come_back_identical_from_the_cache(tmp_path):
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path), PYTHONPATH=ROOT)
    runs = []
    for _ in range(2):
        proc = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, timeout=300)
        assert proc.returncode == 0, proc.stderr
        trusted, used, fresh = proc.stdout.split()
        runs.append((trusted == "True", int(used), int(fresh)))
    (first_trusted, first_used, first_fresh), (second_trusted, second_used, second_fresh) = runs
    assert not first_trusted and first_fresh == first_used > 100  # all compiled, then kept
    assert second_trusted and second_fresh < first_fresh / 2  # most read back from the file
    assert [p.name for p in tmp_path.joinpath("vnextract").iterdir() if p.name.startswith("regex-")]


def test_a_damaged_cache_file_is_ignored(tmp_path):
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path), PYTHONPATH=ROOT)
    code = ("from vnextract.pipeline import regex_cache as rc\n"
            "import os\n"
            "rc._state['key'] = rc._key()\n"
            "os.makedirs(os.path.dirname(rc.cache_path()), exist_ok=True)\n"
            "open(rc.cache_path(), 'wb').write(b'not marshal')\n"
            "rc._state.clear()\n"
            "rc.install()\n"
            "import re\n"
            "assert re.compile('a+b', re.I).match('AAb') and not rc._state['trusted']\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
