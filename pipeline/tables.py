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


SCHEMAS: dict[str, Schema] = {
    "articles": Schema("articles", _cols(
        "article_id", "source", "title", "event_date", "locality", "authors:list",
        "n_sentences:int", "n_words:int", "status", "error",
        "url", "published", "n_chars:int", "event_date_text",
    )),
    "officials": Schema("officials", _cols(
        "article_id", "name", "titles:list", "roles:list", "mentions:int",
        "start:int", "end:int", "text", "evidence",
    )),
    "dates": Schema("dates", _cols(
        "article_id", "text", "start:int", "end:int", "value", "date_start:date", "date_end:date",
        "granularity", "year_inferred:bool", "relative:bool",
    )),
    "deadlines": Schema("deadlines", _cols(
        "article_id", "due_text", "start:int", "end:int", "due", "due_date:date", "task",
        "responsible", "directed_by", "evidence",
    )),
    "targets": Schema("targets", _cols(
        "article_id", "text", "start:int", "end:int", "value:num", "total:num", "unit",
        "comparator", "status", "year", "evidence",
    )),
}
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


def csv_cell(kind: str, v):
    if v is None:
        return ""
    if kind == "list":
        return "; ".join(v)
    if kind == "bool":
        return "true" if v else "false"
    return v


def to_frame(table: str, rows: list[dict]) -> pd.DataFrame:
    """Rows (already conformed) as a DataFrame with the schema's columns; lists stay lists."""
    cols = SCHEMAS[table].names
    return pd.DataFrame([[r[c] for c in cols] for r in rows], columns=cols, dtype=object)


def write_csv_chunk(table: str, rows: list[dict], f, header: bool):
    """CSV via pandas: RFC 4180 quoting, lists joined with '; ', empty cell for null."""
    kinds = {c.name: c.kind for c in SCHEMAS[table].columns}
    frame = to_frame(table, rows)
    for name, kind in kinds.items():
        frame[name] = [csv_cell(kind, v) for v in frame[name]]
    frame.to_csv(f, index=False, header=header, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)


class TableWriter:
    """Collects rows of one table in any order; writes NAME.csv and NAME.jsonl sorted.

    Rows are kept in memory up to `run_rows` (small, so memory is the same for a corpus of any size),
    then spilled as a sorted run file; `close` merges the runs. Runs are merged in tiers of `fan_in`
    (64 runs of one tier become one run of the next), so however long the corpus, no more than
    `fan_in` files are open at once and each row is rewritten only once per tier. Writing goes to
    `tmp_dir`; the caller moves the finished files into place.
    """

    def __init__(self, table: str, tmp_dir: str, run_rows: int = 2_000, fan_in: int = 64):
        self.table = table
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
                    write_csv_chunk(self.table, chunk, fc, header)
                    header = False
                    chunk = []
            if chunk or header:
                write_csv_chunk(self.table, chunk, fc, header)
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


def csv_text(table: str, rows: list[dict]) -> str:
    buf = io.StringIO()
    write_csv_chunk(table, [conform(table, r) for r in rows], buf, True)
    return buf.getvalue()
