"""Table schemas (CONTRACT.md) and their writers: CSV and JSON Lines, byte-identical on rerun.

One declaration per table drives ordering, CSV cells and JSON values. Rows arrive per article in
any order; `TableWriter` spills sorted runs to disk and merges them, so memory stays bounded
however large the corpus.
"""
from __future__ import annotations

import csv
import heapq
import io
import json
import os
import tempfile
from dataclasses import dataclass
from typing import TYPE_CHECKING

from vnextract.pipeline.facts import FACT_TYPES

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True)
class Column:
    name: str
    kind: str = "str"  # str | date (ISO day, a string in CSV/JSONL, DATE in SQL) | int | num | bool | list


@dataclass(frozen=True)
class Schema:
    name: str
    columns: tuple[Column, ...]

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]


def _cols(*spec: str) -> tuple[Column, ...]:
    out = []
    for s in spec:
        name, _, kind = s.partition(":")
        out.append(Column(name, kind or "str"))
    return tuple(out)


# One schema per fact type, from the registry's column lists (pipeline/facts.py).
SCHEMAS: dict[str, Schema] = {f.name: Schema(f.name, _cols(*f.columns)) for f in FACT_TYPES}
TABLE_NAMES = tuple(SCHEMAS)


def sort_key(table: str, row: dict) -> tuple:
    """Rows are ordered by article_id, then start (CONTRACT.md); ties broken by every column.

    The last element is the row's own JSON Lines text (columns in schema order), so the writer
    encodes each row once and equal keys are identical rows."""
    line = to_json_line(row)
    if table == "articles":
        return (row["article_id"], row.get("source") or "", line)
    return (row["article_id"], row.get("start") or 0, row.get("end") or 0, line)


def _run_line(key: tuple) -> str:
    """A spilled row: its sort key's leading fields as JSON, a tab, the row's JSON line (JSON text
    never holds a raw tab, so the first tab splits them)."""
    return json.dumps(key[:-1], ensure_ascii=False) + "\t" + key[-1] + "\n"


def conform(table: str, row: dict) -> dict:
    """A row with exactly the schema's columns, in order, values of the declared kinds."""
    out = {}
    for col in SCHEMAS[table].columns:
        v = row.get(col.name)
        if col.kind == "list":
            v = list(v) if v else []
        elif v is None:
            pass
        elif col.kind == "int":
            v = int(v)
        elif col.kind == "num":
            v = int(v) if float(v).is_integer() else float(v)
        elif col.kind == "bool":
            v = bool(v)
        else:
            v = str(v)
        out[col.name] = v
    return out


def to_json_line(row: dict) -> str:
    return json.dumps(row, ensure_ascii=False, separators=(", ", ": "))


# Cells a spreadsheet would run as a formula (or that hide one behind a tab or CR) get a leading
# apostrophe in CSV, the convention spreadsheet users know (OWASP "CSV injection"): Excel, LibreOffice
# and Google Sheets show the text as typed, without the apostrophe. Only text and list cells: numbers
# (a negative value) are numbers; a cell of one character (the comparator "=") cannot be a formula and
# stays as it is. JSONL, Parquet and DuckDB always hold the raw text.
FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(kind: str, v, raw: bool = False) -> str:
    """The CSV text of one value, fixed by the column's kind alone (never by the rest of the batch):
    null -> empty; list -> items joined with '; '; bool -> true/false; int -> decimal digits;
    num -> digits for a whole number, else the shortest repr of the float; text as is, with a
    leading ' before = + - @ tab CR unless `raw`."""
    if v is None:
        return ""
    if kind == "list":  # items are text, or booleans (`titles_former`) written as true/false
        v = "; ".join(("true" if x else "false") if isinstance(x, bool) else str(x) for x in v)
    elif kind == "bool":
        return "true" if v else "false"
    elif kind in ("int", "num"):
        if isinstance(v, float):
            return str(int(v)) if v.is_integer() else repr(v)
        return str(v)
    else:
        v = str(v)
    if not raw and len(v) > 1 and v.startswith(FORMULA_LEADS):  # a lone "=" (a comparator) runs nothing
        return "'" + v
    return v


def to_frame(table: str, rows: list[dict]) -> pd.DataFrame:
    """Rows (already conformed) as a DataFrame with the schema's columns; lists stay lists."""
    import pandas as pd  # here, not at import: a batch run writes its tables without pandas
    cols = SCHEMAS[table].names
    return pd.DataFrame([[r[c] for c in cols] for r in rows], columns=cols, dtype=object)


def write_csv_chunk(table: str, rows: list[dict], f, header: bool, raw: bool = False):
    """CSV: RFC 4180 quoting (minimal), LF line ends, lists joined with '; ', empty cell for null;
    every cell's text depends only on its value and its column's kind (`csv_cell`)."""
    columns = SCHEMAS[table].columns
    w = csv.writer(f, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    if header:
        w.writerow([c.name for c in columns])
    w.writerows([csv_cell(c.kind, r[c.name], raw) for c in columns] for r in rows)


class TableWriter:
    """Collects rows of one table in any order; writes NAME.csv and NAME.jsonl sorted.

    Rows are kept in memory up to `run_rows` (small, so memory is the same for a corpus of any size),
    then spilled as a sorted run file; `close` merges the runs. Runs are merged in tiers of `fan_in`
    (64 runs of one tier become one run of the next), so however long the corpus, no more than
    `fan_in` files are open at once and each row is rewritten only once per tier. Writing goes to
    `tmp_dir`; the caller moves the finished files into place.
    """

    def __init__(self, table: str, tmp_dir: str, run_rows: int = 2_000, fan_in: int = 64, csv_raw: bool = False):
        self.table = table
        self.csv_raw = csv_raw
        self.tmp_dir = tmp_dir
        self.run_rows = run_rows
        self.fan_in = fan_in
        self.buffer: list[tuple[tuple, dict]] = []
        self.runs: list[tuple[int, str]] = []  # (tier, path), in spill order
        self.count = 0

    def add(self, row: dict):
        row = conform(self.table, row)
        self.buffer.append((sort_key(self.table, row), row))
        self.count += 1
        if len(self.buffer) >= self.run_rows:
            self._spill()

    def _new_run(self) -> tuple[int, str]:
        return tempfile.mkstemp(prefix=f"{self.table}-run-", suffix=".jsonl", dir=self.tmp_dir)

    def _spill(self):
        self.buffer.sort(key=lambda kr: kr[0])
        fd, path = self._new_run()
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.writelines(_run_line(key) for key, _ in self.buffer)
        self.runs.append((0, path))
        self.buffer = []
        self._merge_full_tiers()

    def _merge_full_tiers(self):
        tier = 0
        while True:
            same = [path for t, path in self.runs if t == tier]
            if len(same) < self.fan_in:
                return
            fd, merged = self._new_run()
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.writelines(_run_line(key) for key, _ in self._merge(same, parse=False))
            for path in same:
                os.remove(path)
            self.runs = [(t, p) for t, p in self.runs if t != tier] + [(tier + 1, merged)]
            tier += 1

    @staticmethod
    def _merge(paths, parse: bool = True):
        def read(path):
            with open(path, encoding="utf-8") as f:
                for raw in f:
                    head, line = raw[:-1].split("\t", 1)
                    yield (*json.loads(head), line), (json.loads(line) if parse else None)

        # Equal keys keep spill order (heapq.merge is stable by input order); sort keys end with the
        # whole row, so equal keys are identical rows and order among them never shows.
        return heapq.merge(*(read(p) for p in paths), key=lambda kr: kr[0])

    def _sorted_rows(self):
        """(JSON line, row) in table order."""
        if not self.runs:
            self.buffer.sort(key=lambda kr: kr[0])
            yield from ((key[-1], row) for key, row in self.buffer)
            return
        if self.buffer:
            self._spill()
        for key, row in self._merge([p for _, p in self.runs]):
            yield key[-1], row

    def close(self, chunk_rows: int = 20_000) -> tuple[str, str]:
        """Write the merged table; returns the CSV and JSONL paths (inside tmp_dir)."""
        csv_path = os.path.join(self.tmp_dir, f"{self.table}.csv")
        jsonl_path = os.path.join(self.tmp_dir, f"{self.table}.jsonl")
        with open(csv_path, "w", encoding="utf-8", newline="") as fc, \
                open(jsonl_path, "w", encoding="utf-8", newline="\n") as fj:
            chunk: list[dict] = []
            header = True
            for line, row in self._sorted_rows():
                fj.write(line + "\n")
                chunk.append(row)
                if len(chunk) >= chunk_rows:
                    write_csv_chunk(self.table, chunk, fc, header, self.csv_raw)
                    header = False
                    chunk = []
            if chunk or header:
                write_csv_chunk(self.table, chunk, fc, header, self.csv_raw)
        for _, p in self.runs:
            os.remove(p)
        self.runs = []
        return csv_path, jsonl_path


def frames(rows_by_table: dict[str, list[dict]]) -> dict[str, pd.DataFrame]:
    """In-memory tables for the Python API."""
    out = {}
    for table in TABLE_NAMES:
        rows = sorted((conform(table, r) for r in rows_by_table.get(table, [])),
                      key=lambda r: sort_key(table, r))
        out[table] = to_frame(table, rows)
    return out


def csv_text(table: str, rows: list[dict], raw: bool = False) -> str:
    buf = io.StringIO()
    write_csv_chunk(table, [conform(table, r) for r in rows], buf, True, raw)
    return buf.getvalue()
