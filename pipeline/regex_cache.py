"""Compiled regular expressions kept across runs: a run's start-up without `re`'s compiler.

The extractors build a few hundred large patterns from their word lists when imported; compiling
them (`re`'s parser and code generator, pure Python) is most of a run's warm-up, about 0.3 s of CPU,
paid again in every process that is not forked from a warm one. `install` puts a stand-in for
`re._compiler.compile` (what `re.compile` calls on a miss of its own cache) that keeps the
compiler's output, the program `_sre.compile` receives, in a file under the cache folder of the
word model, and hands `_sre.compile` that program the next time: the same Pattern object. A program
is kept only when the one rebuilt from the parts equals (`==`: pattern, flags and code) what `re`
compiled itself; the file is keyed by the Python build, `_sre`'s format and the source of `re`'s
compiler, so a different Python starts a file of its own. Once a file holds programs checked that
way, a pattern not in it is compiled by the rebuilding alone (once, not twice): some patterns
differ from one process to the next (alternatives of equal length, in the order of a set).

Only the `vnextract` command installs it; at its exit the file is rewritten when patterns were
compiled afresh, with the patterns that run used (stale ones drop out).
"""
from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import re
import sys

FORMAT = 1
_state: dict = {}


def _key() -> str:
    import _sre

    h = hashlib.sha256(f"regex-{FORMAT}-{sys.version}-{sys.implementation.cache_tag}-{_sre.MAGIC}-"
                       f"{_sre.CODESIZE}-{marshal.version}".encode())
    folder = os.path.dirname(re.__file__)
    for name in ("_compiler.py", "_parser.py", "_constants.py"):
        with open(os.path.join(folder, name), "rb") as f:
            h.update(f.read())
    return h.hexdigest()


def cache_path() -> str:
    from vnextract.pipeline.wordseg_install import cache_dir

    return os.path.join(cache_dir(), f"regex-{_state['key'][:24]}.marshal")


def installed() -> bool:
    return bool(_state)


def install() -> None:
    """Install the stand-in (once per process; nothing happens where `re` is not CPython's)."""
    compiler = getattr(re, "_compiler", None)
    if _state or compiler is None or not hasattr(compiler, "_code") or not hasattr(compiler, "_parser"):
        return
    try:
        key = _key()
    except (OSError, ImportError, AttributeError):
        return
    _state.update(key=key, original=compiler.compile, known={}, used={}, fresh=0, pid=os.getpid(), trusted=False)
    try:
        with open(cache_path(), "rb") as f:
            data = marshal.loads(f.read())  # one read: `marshal.load` reads a file object piece by piece
        if isinstance(data, tuple) and len(data) == 3 and data[:2] == (FORMAT, key) and isinstance(data[2], dict):
            # every program in the file was rebuilt equal to `re`'s own (the key pins `re`'s source)
            _state["known"], _state["trusted"] = data[2], bool(data[2])
    except (OSError, EOFError, ValueError, TypeError):
        pass  # no file yet, or a damaged one: rebuilt at exit
    compiler.compile = cached_compile
    atexit.register(save)


def _program(pattern, flags: int) -> tuple:
    """What `re._compiler.compile` hands `_sre.compile` for `pattern` (a str or bytes)."""
    compiler = re._compiler
    parsed = compiler._parser.parse(pattern, flags)
    code = compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    # plain ints: the compiler emits named int constants, which marshal does not take
    return (int(flags | parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1, groupindex,
            tuple(indexgroup))


def _from_program(pattern, program: tuple):
    import _sre

    flags, code, groups, groupindex, indexgroup = program
    return _sre.compile(pattern, flags, code, groups, dict(groupindex), tuple(indexgroup))


def cached_compile(p, flags=0):
    """`re._compiler.compile`, with its output for a pattern string kept (see the module docstring)."""
    original = _state["original"]
    if not isinstance(p, (str, bytes)) or flags & re.DEBUG:
        return original(p, flags)
    key = (p, int(flags))
    program = _state["known"].get(key)
    if program is not None:
        _state["used"][key] = program
        return _from_program(p, program)
    if _state["trusted"]:  # the rebuilding was checked against this very compiler: compile once
        try:
            program = _program(p, flags)
            compiled = _from_program(p, program)
        except Exception:  # noqa: BLE001 - `re`'s own compile raises its own error (or succeeds)
            return original(p, flags)
    else:
        compiled = original(p, flags)
        try:
            program = _program(p, flags)
            rebuilt = _from_program(p, program)
        except Exception:  # noqa: BLE001 - a compiler we do not know: keep nothing, `re`'s own result stands
            return compiled
        if not (rebuilt == compiled and rebuilt.groupindex == compiled.groupindex and rebuilt.groups == compiled.groups):
            return compiled
    _state["known"][key] = _state["used"][key] = program
    _state["fresh"] += 1
    return compiled


def save() -> None:
    """Rewrite the file with the patterns this run used, when some were compiled afresh (the main
    process only: a forked worker's patterns are its parent's)."""
    if not _state or not _state["fresh"] or os.getpid() != _state["pid"]:
        return
    import tempfile

    path = cache_path()
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".regex-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                marshal.dump((FORMAT, _state["key"], _state["used"]), f)
            os.replace(tmp, path)  # one rename: a reader never sees half a file
        except BaseException:
            os.unlink(tmp)
            raise
    except (OSError, ValueError):
        pass  # a read-only home or a full disk: compiled again next time
    _state["fresh"] = 0
