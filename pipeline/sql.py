"""Columnar outputs and SQL: Parquet per table, a DuckDB database with analyst views, `vnextract query`.

The database is built from the run's JSON Lines by DuckDB itself (streaming, typed from the table
schemas), so it costs little next to extraction and holds exactly what the CSV/JSONL hold.
"""
from __future__ import annotations

import csv
import json
import os
import shutil
import sys

from vnextract.pipeline.tables import SCHEMAS, TABLE_NAMES

DB_NAME = "extract.duckdb"
_SQL_TYPES = {"str": "VARCHAR", "date": "DATE", "int": "BIGINT", "num": "DOUBLE", "bool": "BOOLEAN", "list": "VARCHAR[]"}

# Views for the questions analysts ask first (documented in the README).
VIEWS = {
    # One row per person and post across articles, with when and where they were seen.
    "person_posts": """
        SELECT o.name, t.title, count(DISTINCT o.article_id) AS articles,
               min(coalesce(a.event_date, a.published)) FILTER (WHERE coalesce(a.event_date, a.published) NOT LIKE 'XXXX%')
                   AS first_seen,
               max(coalesce(a.event_date, a.published)) FILTER (WHERE coalesce(a.event_date, a.published) NOT LIKE 'XXXX%')
                   AS last_seen,
               list(DISTINCT a.locality ORDER BY a.locality) FILTER (WHERE a.locality IS NOT NULL) AS localities
        FROM officials o CROSS JOIN unnest(o.titles) AS t(title)
        JOIN articles a ON a.article_id = o.article_id
        GROUP BY o.name, t.title""",
    # Deadlines in due order, with their article and the official who set them.
    "deadlines_timeline": """
        SELECT d.due_date, d.due, d.due_text, d.task, d.responsible, d.directed_by,
               a.title AS article_title, a.locality, a.event_date, d.article_id, d.evidence
        FROM deadlines d JOIN articles a USING (article_id)
        ORDER BY d.due_date NULLS LAST, d.article_id, d.start""",
    # Who chaired what, where and when.
    "chairs": """
        SELECT o.name, o.titles, a.locality, a.event_date, a.title AS article_title, o.article_id
        FROM officials o JOIN articles a USING (article_id)
        WHERE list_contains(o.roles, 'chair')""",
    # Targets with their article's place and date.
    "targets_detail": """
        SELECT t.unit, t.year, t.status, t.comparator, t.value, t.total, t.text, a.locality, a.event_date,
               t.article_id, t.evidence
        FROM targets t JOIN articles a USING (article_id)""",
}


def _columns(table: str) -> str:
    cols = ", ".join(f"'{c.name}': '{_SQL_TYPES[c.kind]}'" for c in SCHEMAS[table].columns)
    return "{" + cols + "}"


def write_columnar(folder: str) -> list[str]:
    """Write {table}.parquet and extract.duckdb (tables + VIEWS) beside the JSONL in `folder`."""
    import duckdb

    db_path = os.path.join(folder, DB_NAME)
    if os.path.exists(db_path):
        os.remove(db_path)
    con = duckdb.connect(db_path)
    try:
        con.execute("SET preserve_insertion_order = true")
        # Bounded, so memory stays flat however large the corpus (DuckDB spills to disk beyond it).
        con.execute("SET memory_limit = '64MB'")
        con.execute("SET threads = 1")
        con.execute(f"SET temp_directory = '{os.path.join(folder, '.duckdb-tmp')}'")
        for table in TABLE_NAMES:
            src = os.path.join(folder, f"{table}.jsonl").replace("'", "''")
            con.execute(f"CREATE TABLE {table} AS SELECT * FROM read_json('{src}', format = 'newline_delimited', "
                        f"columns = {_columns(table)})")
            dst = os.path.join(folder, f"{table}.parquet").replace("'", "''")
            con.execute(f"COPY {table} TO '{dst}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 8192)")
        for name, body in VIEWS.items():
            con.execute(f"CREATE VIEW {name} AS {body}")
    finally:
        con.close()
        shutil.rmtree(os.path.join(folder, ".duckdb-tmp"), ignore_errors=True)
    return [f"{t}.parquet" for t in TABLE_NAMES] + [DB_NAME]


def query(out_dir: str, sql: str) -> tuple[list[str], list[tuple]]:
    import duckdb

    path = os.path.join(out_dir, DB_NAME)
    if not os.path.exists(path):
        raise FileNotFoundError(f"no {DB_NAME} in {out_dir}: run `vnextract run ... --out {out_dir}` first")
    con = duckdb.connect(path, read_only=True)
    try:
        cur = con.execute(sql)
        columns = [d[0] for d in cur.description] if cur.description else []
        return columns, cur.fetchall()
    finally:
        con.close()


def _cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, list):
        return "; ".join(_cell(x) for x in v)
    if isinstance(v, float):
        return f"{v:g}"
    return str(v)


def format_rows(columns: list[str], rows: list[tuple], fmt: str = "table", max_width: int = 60) -> str:
    if fmt == "json":
        return "".join(json.dumps(dict(zip(columns, r)), ensure_ascii=False, default=str) + "\n" for r in rows)
    if fmt == "csv":
        import io
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(columns)
        w.writerows([[_cell(v) for v in r] for r in rows])
        return buf.getvalue()
    cells = [[_cell(v) for v in r] for r in rows]
    cells = [[c if len(c) <= max_width else c[:max_width - 1] + "…" for c in r] for r in cells]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    line = lambda vals: "  ".join(v.ljust(w) for v, w in zip(vals, widths)).rstrip()  # noqa: E731
    out = [line(columns), line(["-" * w for w in widths])] + [line(r) for r in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def main(args) -> int:
    try:
        columns, rows = query(args.out, args.sql)
    except FileNotFoundError as e:
        print(f"vnextract: {e}", file=sys.stderr)
        return 1
    except Exception as e:  # a SQL error: say it plainly
        print(f"vnextract: query failed: {' '.join(str(e).split())}", file=sys.stderr)
        return 2
    sys.stdout.write(format_rows(columns, rows, args.format))
    return 0
