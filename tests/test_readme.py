"""Every command and example in the README runs as written, and every example query returns rows.

The `sh` blocks are read from README.md: each `vnextract ...` / `python -m vnextract ...` command runs
with the virtualenv's commands on PATH (as after `. .venv/bin/activate`), against a temporary run
folder instead of `outputs/` (the user's tables stay untouched). `make` lines are not run here
(`make test` is what runs this); the Python blocks run as scripts.
"""
from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
README = os.path.join(ROOT, "README.md")
STARTS = ("vnextract ", "python -m vnextract", ". .venv/bin/activate", "make ")
RUN_FOLDER_COMMANDS = {"run", "query", "sql", "report", "eval", "audit"}


def blocks(lang: str) -> list[str]:
    with open(README, encoding="utf-8") as f:
        text = f.read()
    return re.findall(rf"```{lang}\n(.*?)```", text, re.S)


def commands() -> list[str]:
    """The README's shell commands, continuation lines (a query spread over lines) joined."""
    out: list[str] = []
    for block in blocks("sh"):
        for line in block.splitlines():
            stripped = line.strip()
            if not stripped or stripped.startswith("#"):
                continue
            if stripped.startswith(STARTS):
                out.append(stripped)
            elif out:
                out[-1] += " " + stripped
    return out


def argv_of(command: str, out_dir: str) -> list[str] | None:
    """The command as argv with its run folder moved to `out_dir`; None for lines not run here."""
    args = shlex.split(command, comments=True)
    if not args or args[0] in (".", "make"):
        return None
    if args[:3] == ["python", "-m", "vnextract"]:
        args = [sys.executable, "-m", "vnextract"] + args[3:]
    else:
        args = [os.path.join(os.path.dirname(sys.executable), "vnextract")] + args[1:]
    sub = next((a for a in args[1:] if not a.startswith("-")), None)
    if "--out" in args:
        i = args.index("--out")
        args[i + 1] = os.path.join(out_dir, os.path.basename(args[i + 1].rstrip("/")) or "x")
    elif sub in RUN_FOLDER_COMMANDS:
        args += ["--out", os.path.join(out_dir, "outputs")]
    return args


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    out_dir = str(tmp_path_factory.mktemp("readme"))
    env = dict(os.environ, PATH=os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", ""))
    done = []
    for command in commands():
        argv = argv_of(command, out_dir)
        if argv is None:
            continue
        proc = subprocess.run(argv, capture_output=True, text=True, cwd=ROOT, env=env, timeout=600,
                              stdin=subprocess.DEVNULL)
        done.append((command, proc))
    return out_dir, done


def test_the_readme_has_the_commands_it_should():
    subs = {shlex.split(c, comments=True)[1] for c in commands() if c.startswith("vnextract ")}
    assert {"run", "query", "report", "audit", "eval"} <= subs | {"--version"}
    assert sum(c.startswith("vnextract query") for c in commands()) >= 5


def test_every_readme_command_succeeds(results):
    _, done = results
    assert done
    for command, proc in done:
        assert proc.returncode in (0, 3), (command, proc.returncode, proc.stderr[-2000:])


def test_every_example_query_returns_rows(results):
    _, done = results
    queries = [(c, p) for c, p in done if c.startswith("vnextract query")]
    assert len(queries) >= 5
    for command, proc in queries:
        m = re.search(r"\((\d+) rows?\)", proc.stdout)
        assert m and int(m.group(1)) > 0, (command, proc.stdout[-500:], proc.stderr[-500:])


def test_the_python_examples_run(results):
    out_dir, _ = results
    for block in blocks("python"):
        code = block.replace('"outputs/', f'"{os.path.join(out_dir, "outputs")}/')
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=600)
        assert proc.returncode == 0, (block, proc.stderr[-2000:])
