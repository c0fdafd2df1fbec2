"""The codebase's shape, kept by tests: small modules and functions, word lists as lexicon data.

A module over 700 lines or a function over 120 is split; a key of a lexicon JSON file that no code reads
is dead data (keys starting with `_` are notes for readers); a list of Vietnamese words or a regex
alternation of them written inline in extractor code belongs in `extractors/lexicons/`.
"""
from __future__ import annotations

import ast
import json
import pathlib
import re

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]
SOURCES = sorted(p for folder in ("pipeline", "extractors", "vnextract") for p in (ROOT / folder).rglob("*.py"))
EXTRACTOR_SOURCES = [p for p in SOURCES if p.is_relative_to(ROOT / "extractors")]
LEXICONS = ROOT / "extractors" / "lexicons"
MAX_MODULE_LINES = 700
MAX_FUNCTION_LINES = 120
# More inline words than this in one list or regex alternation is a word list, kept as data.
MAX_INLINE_WORDS = 5
_VIETNAMESE = re.compile(r"[^\x00-\x7f]")  # a Vietnamese word list always holds a non-ASCII letter
_WORD = re.compile(r"[^\W\d_]{2,}(?: [^\W\d_]+)*")


def _rel(path: pathlib.Path) -> str:
    return str(path.relative_to(ROOT))


def _functions(tree):
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield node


@pytest.mark.parametrize("path", SOURCES, ids=_rel)
def test_module_is_small(path):
    lines = path.read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_MODULE_LINES, f"{_rel(path)} has {lines} lines (split it)"


@pytest.mark.parametrize("path", SOURCES, ids=_rel)
def test_functions_are_short(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    long = [(f.name, f.end_lineno - f.lineno + 1) for f in _functions(tree)
            if f.end_lineno - f.lineno + 1 > MAX_FUNCTION_LINES]
    assert not long, f"{_rel(path)}: functions over {MAX_FUNCTION_LINES} lines: {long}"


def _inline_word_lists(tree):
    """(line, count) of each list/tuple/set of Vietnamese words and each regex alternation of them."""
    for node in ast.walk(tree):
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            words = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)
                     and _WORD.fullmatch(e.value.strip().lower())]
            if len(words) > MAX_INLINE_WORDS and any(_VIETNAMESE.search(w) for w in words):
                yield node.lineno, len(words), words[:3]
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and "|" in node.value:
            for group in re.findall(r"\(\?:([^()]*)\)|\(([^()?][^()]*)\)", node.value):
                alternatives = (group[0] or group[1]).split("|")
                words = [a for a in alternatives if _WORD.fullmatch(a.strip().lower())]
                if len(words) > MAX_INLINE_WORDS and any(_VIETNAMESE.search(w) for w in words):
                    yield node.lineno, len(words), words[:3]


@pytest.mark.parametrize("path", EXTRACTOR_SOURCES, ids=_rel)
def test_no_word_list_literals_in_extractor_code(path):
    found = list(_inline_word_lists(ast.parse(path.read_text(encoding="utf-8"))))
    assert not found, f"{_rel(path)}: inline word lists (move them to extractors/lexicons/): {found}"


def _code_strings() -> set[str]:
    strings = set()
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                strings.add(node.value)
    return strings


def _keys(lexicon: dict):
    """The keys code must name. A lexicon whose keys are themselves data (role -> cues, read by iterating)
    says so with a `_keys_are_data` note."""
    if "_keys_are_data" in lexicon:
        return
    yield from (key for key in lexicon if not key.startswith("_"))


@pytest.mark.parametrize("path", sorted(LEXICONS.glob("*.json")), ids=lambda p: p.name)
def test_every_lexicon_key_is_read(path):
    strings = _code_strings()
    unread = [key for key in _keys(json.loads(path.read_text(encoding="utf-8"))) if key not in strings]
    assert not unread, f"{path.name}: keys no code reads: {unread}"


def test_every_lexicon_file_is_read():
    strings = _code_strings()
    unread = [p.name for p in sorted(LEXICONS.iterdir()) if p.suffix in (".json", ".txt", ".tsv")
              and p.name not in strings and p.stem not in strings]
    assert not unread, f"lexicon files no code loads: {unread}"
