"""Columnar outputs and SQL: Parquet per table, a DuckDB database with analyst views, `vnextract query`.

The database is built from the run's JSON Lines by DuckDB itself (streaming, typed from the table
schemas), so it costs little next to extraction and holds exactly what the CSV/JSONL hold.
"""
from __future__ import annotations

import csv
import json
import os
import re
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


# `vnextract query` reads the run and nothing else: the database is opened read-only, with file
# access (read_csv, COPY ... TO, ATTACH, http), extension loading and installing off, and the
# configuration locked so SQL cannot turn them back on.
SANDBOX = {
    "enable_external_access": False,
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "allow_community_extensions": False,
    "allow_unsigned_extensions": False,
    "lock_configuration": True,
}


def database_path(out_dir: str) -> str:
    """The published run's database: DIR/current/extract.duckdb, resolved once (a run published
    while the query runs does not change what it reads), or DIR/extract.duckdb of older layouts."""
    cur = os.path.join(out_dir, "current")
    if os.path.islink(cur):
        real = os.path.realpath(cur)
        if os.path.exists(os.path.join(real, DB_NAME)):
            return os.path.join(real, DB_NAME)
    return os.path.join(out_dir, DB_NAME)


def connect(out_dir: str):
    """A read-only, sandboxed connection to the published run's database."""
    import duckdb

    path = database_path(out_dir)
    if not os.path.exists(path):
        raise FileNotFoundError(f"no {DB_NAME} in {out_dir}: run `vnextract run ... --out {out_dir}` first")
    return duckdb.connect(path, read_only=True, config=dict(SANDBOX))


def run_sql(con, sql: str) -> tuple[list[str], list[tuple]]:
    cur = con.execute(sql)
    columns = [d[0] for d in cur.description] if cur.description else []
    return columns, cur.fetchall()


def query(out_dir: str, sql: str) -> tuple[list[str], list[tuple]]:
    con = connect(out_dir)
    try:
        return run_sql(con, sql)
    finally:
        con.close()


def sql_error(e: Exception) -> str:
    """A SQL error in one plain line (what `query` and the shell print)."""
    msg = escape_controls(" ".join(str(e).split()))
    if "disabled by configuration" in msg or "configuration has been locked" in msg:
        msg += " (vnextract reads the run's tables only: no files, extensions, ATTACH or SET)"
    return msg


SHELL_HELP = """Type SQL ending with ';' (it may span lines). The tables: articles, officials, dates,
deadlines, targets; the views: person_posts, deadlines_timeline, chairs, targets_detail.
.tables lists them, .schema TABLE shows its columns, .mode table|csv|json sets the output, .quit leaves."""


def shell(out_dir: str, stdin=None, stdout=None) -> int:
    """`vnextract sql`: an interactive SQL prompt on the run's database, read-only and sandboxed
    like `query`, with one connection for the whole session (no start-up cost per query)."""
    stdin, stdout = stdin or sys.stdin, stdout or sys.stdout
    interactive = stdin.isatty()
    if interactive:
        try:
            import readline  # noqa: F401  (line editing and history for input())
        except ImportError:
            pass
    con = connect(out_dir)
    mode = "table"
    print(f"vnextract sql on {database_path(out_dir)} (read-only). .help for help.", file=stdout)
    buffer: list[str] = []
    try:
        while True:
            prompt = ("   ...> " if buffer else "vnextract> ") if interactive else ""
            try:
                line = input(prompt) if interactive else stdin.readline()
            except EOFError:
                break
            if not interactive and line == "":
                break
            line = line.rstrip("\n")
            word = line.strip()
            if not buffer and word.startswith("."):
                command, _, arg = word.partition(" ")
                if command in (".quit", ".exit"):
                    break
                if command == ".help":
                    print(SHELL_HELP, file=stdout)
                elif command == ".mode" and arg in ("table", "csv", "json"):
                    mode = arg
                elif command == ".tables":
                    stdout.write(format_rows(*run_sql(con, "SELECT table_name, table_type FROM "
                                                           "information_schema.tables ORDER BY 1"), mode))
                elif command == ".schema" and arg:
                    stdout.write(format_rows(*run_sql(con, "SELECT column_name, data_type FROM information_schema"
                                                           f".columns WHERE table_name = '{arg.replace(chr(39), '')}' "
                                                           "ORDER BY ordinal_position"), mode))
                else:
                    print(f"unknown command {escape_controls(word)}; .help lists them", file=stdout)
                continue
            buffer.append(line)
            if not word.endswith(";"):
                continue
            sql, buffer = "\n".join(buffer), []
            try:
                stdout.write(format_rows(*run_sql(con, sql), mode))
            except Exception as e:  # a SQL error: say it and go on
                print(f"error: {sql_error(e)}", file=stdout)
    finally:
        con.close()
    return 0


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_CONTROL_ALL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _escape_char(m) -> str:
    c = m.group()
    return {"\n": "\\n", "\t": "\\t", "\r": "\\r"}.get(c) or f"\\x{ord(c):02x}" if ord(c) < 0x100 \
        else f"\\u{ord(c):04x}"


def escape_controls(s: str, keep_newlines: bool = False) -> str:
    """Control characters (C0, C1, DEL, bidi overrides) as visible escapes: a title cannot move
    the cursor, recolour or clear the terminal. `keep_newlines` keeps LF and TAB (CSV quotes them)."""
    return (_CONTROL if keep_newlines else _CONTROL_ALL).sub(_escape_char, s)


def _cell(v, keep_newlines: bool = False) -> str:
    if v is None:
        return ""
    if isinstance(v, list):
        return "; ".join(_cell(x, keep_newlines) for x in v)
    if isinstance(v, float):
        return f"{v:g}"
    return escape_controls(str(v), keep_newlines)


def format_rows(columns: list[str], rows: list[tuple], fmt: str = "table", max_width: int = 60) -> str:
    if fmt == "json":  # JSON escapes C0 itself; C1, DEL and bidi controls are escaped as \\uXXXX too
        return "".join(_CONTROL_ALL.sub(lambda m: f"\\u{ord(m.group()):04x}",
                                        json.dumps(dict(zip(columns, r)), ensure_ascii=False, default=str)) + "\n"
                       for r in rows)
    if fmt == "csv":
        import io
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow([escape_controls(c, True) for c in columns])
        w.writerows([[_cell(v, True) for v in r] for r in rows])
        return buf.getvalue()
    columns = [escape_controls(c) for c in columns]
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
        print(f"vnextract: query failed: {sql_error(e)}", file=sys.stderr)
        return 2
    sys.stdout.write(format_rows(columns, rows, args.format))
    return 0


def main_shell(args) -> int:
    try:
        return shell(args.out)
    except FileNotFoundError as e:
        print(f"vnextract: {e}", file=sys.stderr)
        return 1
