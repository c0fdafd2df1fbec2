"""What the report reads: the run's tables (streamed, grouped by article) and the article texts
(from the run's inputs, kept in a temporary SQLite file so memory stays flat)."""
from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator


def read_jsonl_rows(path: str) -> Iterator[dict]:
    if not os.path.exists(path):
        return
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


class GroupedRows:
    """Rows of one table (ordered by article_id, CONTRACT.md) handed out one article at a time."""

    def __init__(self, path: str):
        self.it = read_jsonl_rows(path)
        self.peek = next(self.it, None)
        self.last: tuple[str, list] | None = None
        self.orphans = 0

    def take(self, aid: str) -> list[dict]:
        if self.last is not None and self.last[0] == aid:  # duplicate article ids share their rows
            return self.last[1]
        rows = []
        while self.peek is not None and self.peek["article_id"] < aid:
            self.orphans += 1
            self.peek = next(self.it, None)
        while self.peek is not None and self.peek["article_id"] == aid:
            rows.append(self.peek)
            self.peek = next(self.it, None)
        self.last = (aid, rows)
        return rows

    def rest(self) -> int:
        while self.peek is not None:
            self.orphans += 1
            self.peek = next(self.it, None)
        return self.orphans


def resolve_inputs(inputs: list[str], out_dir: str) -> tuple[list[str], list[str]]:
    """The run's inputs as paths that exist (as given, or relative to the run folder's parent)."""
    found, missing = [], []
    parent = os.path.dirname(os.path.abspath(out_dir))
    for p in inputs:
        for cand in (p, os.path.join(parent, p), os.path.join(out_dir, p)):
            if os.path.exists(cand):
                found.append(cand)
                break
        else:
            missing.append(p)
    return found, missing


class TextStore:
    """Article texts by (article_id, source), in a temporary SQLite file."""

    def __init__(self, folder: str):
        self.db = sqlite3.connect(os.path.join(folder, "texts.sqlite"))
        self.db.execute("PRAGMA journal_mode = OFF")
        self.db.execute("PRAGMA synchronous = OFF")
        self.db.execute("CREATE TABLE t (aid TEXT, source TEXT, seq INTEGER, text TEXT)")

    def load(self, paths: list[str]) -> int:
        from vnextract.pipeline.ingest import iter_articles

        n = 0
        batch = []
        for n, a in enumerate(iter_articles(paths), 1):
            batch.append((a.article_id, a.source, n, a.text))
            if len(batch) >= 2000:
                self.db.executemany("INSERT INTO t VALUES (?, ?, ?, ?)", batch)
                batch = []
        self.db.executemany("INSERT INTO t VALUES (?, ?, ?, ?)", batch)
        self.db.execute("CREATE INDEX t_aid ON t (aid, seq)")
        self.db.commit()
        return n

    def get(self, aid: str, source: str | None) -> str | None:
        rows = self.db.execute("SELECT source, text FROM t WHERE aid = ? ORDER BY seq", (aid,)).fetchall()
        for src, text in rows:
            if src == source:
                return text
        return rows[0][1] if len(rows) == 1 else None  # several, none from this source: ambiguous

    def close(self):
        self.db.close()
