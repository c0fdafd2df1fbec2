"""Command line: `vnextract run INPUT... [--out DIR]` (also `python -m vnextract`).

Every command that works on a run (`run`, `query`, `sql`, `report`, `eval`, `audit`) takes the run
folder as `--out DIR`, default `outputs`.
"""
from __future__ import annotations

import argparse
import os
import sys
import time

# Nothing is ever fetched at run time: underthesea's word and sentence models ship in its wheel.
os.environ.setdefault("HF_HUB_OFFLINE", "1")

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_ARTICLE_ERRORS = 3
EXIT_LOCKED = 4


def count_articles(inputs: list[str], budget: float = 2.0) -> int | None:
    """How many articles `inputs` hold, for the progress bar's total and ETA: one per text file, one per
    line of JSON Lines, one per line of CSV less its header (a quoted newline makes it an estimate), over
    the files the run itself reads (`ingest.list_inputs`). None when counting would take longer than
    `budget` seconds (a huge dump)."""
    import gzip

    from vnextract.pipeline.ingest import CSV_SUFFIXES, JSONL_SUFFIXES, TEXT_SUFFIXES, list_inputs

    deadline = time.monotonic() + budget
    total = 0
    try:
        files = list(list_inputs(inputs))
    except (OSError, ValueError):
        return None
    for path in files:
        name = path.lower()
        try:
            if name.endswith(TEXT_SUFFIXES):
                total += 1
                continue
            if not name.endswith(JSONL_SUFFIXES + CSV_SUFFIXES):
                continue
            opener = gzip.open if name.endswith(".gz") else open
            lines = 0
            with opener(path, "rb") as f:
                while block := f.read(1 << 20):
                    lines += block.count(b"\n")
                    if time.monotonic() > deadline:
                        return None
            total += max(0, lines - 1) if name.endswith(CSV_SUFFIXES) else lines
        except (OSError, EOFError, ValueError):
            continue
    return total


class Progress:
    """A progress bar with total and ETA on a terminal; otherwise a plain line every `every` seconds
    (short cron mail)."""

    def __init__(self, every: float = 60.0, stream=None, inputs: list[str] | None = None):
        self.stream = stream or sys.stderr
        self.every = every
        self.bar = None
        self.last = time.monotonic()
        self.start = self.last
        if self.stream.isatty():
            from tqdm import tqdm
            total = count_articles(inputs) if inputs else None
            self.bar = tqdm(total=total, unit=" articles", file=self.stream, dynamic_ncols=True)

    def __call__(self, result, summary):
        if self.bar is not None:
            self.bar.update(1)
            return
        now = time.monotonic()
        if now - self.last >= self.every:
            self.last = now
            rate = summary.chars / (now - self.start)
            print(f"vnextract: {summary.articles} articles, {summary.errors} errors, {rate:,.0f} chars/s",
                  file=self.stream, flush=True)

    def close(self):
        if self.bar is not None:
            self.bar.close()


def _cmd_run(args) -> int:
    from vnextract.pipeline.startup import pause_gc, resume_gc

    if args.engine == "local" and args.own_process:  # (the local engine turns it back on after its warm-up)
        pause_gc()
    try:
        return _run(args)
    finally:
        resume_gc()  # (also where the run extracted nothing, stopped on a usage error or failed)


def _run(args) -> int:
    from vnextract.pipeline.startup import (
        defer_pydantic_in_confection,
        defer_spacy_init,
        defer_spacy_schemas,
        defer_srsly_yaml,
        defer_thinc_api,
        skip_spacy_cli,
    )

    skip_spacy_cli()  # before anything imports spaCy
    defer_pydantic_in_confection()  # before spaCy's first module imports thinc, hence confection
    defer_srsly_yaml()  # before thinc imports srsly
    defer_thinc_api()  # before spaCy's first module imports thinc.api
    defer_spacy_init()
    defer_spacy_schemas()
    from vnextract.pipeline.batch import OutputLocked, Terminated, UsageError, run_batch
    from vnextract.pipeline.ingest import Limits
    from vnextract.pipeline.sql import escape_controls as esc

    missing = [p for p in args.inputs if not os.path.lexists(p)]
    if missing:  # a mistyped path in a cron line is a failure, not an article
        print(f"vnextract: no such input: {', '.join(esc(m) for m in missing)}", file=sys.stderr)
        return EXIT_USAGE
    for name, value in (("--workers", args.workers), ("--max-article-mb", args.max_article_mb),
                        ("--max-decompressed-mb", args.max_decompressed_mb), ("--article-timeout", args.article_timeout)):
        if value < 0:
            print(f"vnextract: {name} must be 0 or more", file=sys.stderr)
            return EXIT_USAGE
    workers = args.workers or os.cpu_count() or 1
    limits = Limits(article_bytes=int(args.max_article_mb * 1_000_000),
                    decompressed_bytes=int(args.max_decompressed_mb * 1_000_000))
    progress = Progress(every=args.log_every, inputs=args.inputs)
    try:
        summary = run_batch(args.inputs, args.out, workers=workers, use_cache=not args.no_cache,
                            on_article=progress, engine=args.engine, scheduler=args.scheduler,
                            allow_empty=args.allow_empty, csv_raw=args.csv_raw, limits=limits,
                            article_timeout=args.article_timeout, dashboard=args.dashboard)
    except OutputLocked as e:
        print(f"vnextract: {e}; not started", file=sys.stderr)
        return EXIT_LOCKED
    except UsageError as e:
        print(f"vnextract: {e}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt as e:
        how = "terminated (SIGTERM)" if isinstance(e, Terminated) else "interrupted"
        print(f"vnextract: {how}; previous tables left as they were, extracted articles kept in the cache",
              file=sys.stderr)
        return EXIT_FAILURE
    except OSError as e:  # the disk, permissions: one plain line; the previous tables are untouched
        where = f" {e.filename}" if e.filename else ""
        print(f"vnextract: cannot write the run{where}: {e.strerror or e}; previous tables left as they were",
              file=sys.stderr)
        return EXIT_FAILURE
    finally:
        progress.close()
    rate = summary.chars / summary.seconds if summary.seconds else 0
    print(f"vnextract: {summary.articles} articles ({summary.errors} errors, {summary.cache_hits} from cache) "
          f"in {summary.seconds:.1f} s ({rate:,.0f} chars/s) -> {esc(args.out)}", file=sys.stderr)
    print("  rows: " + ", ".join(f"{t} {n}" for t, n in summary.rows.items()), file=sys.stderr)
    for e in summary.error_samples[:5]:
        print(f"  error {esc(e['article_id'])} ({esc(e['source'])}): {esc(e['error'])}", file=sys.stderr)
    if summary.errors > 5:
        print(f"  ... {summary.errors - 5} more errors in manifest.json and articles.csv", file=sys.stderr)
    inv = summary.inventory
    if inv.skipped_count:
        reasons = ", ".join(f"{n} {r}" for r, n in sorted(inv.skipped_by_reason.items()))
        print(f"  skipped {inv.skipped_count} files ({reasons}): listed in manifest.json", file=sys.stderr)
    if inv.duplicate_count:
        print(f"  {inv.duplicate_count} exact duplicate articles read once: listed in manifest.json", file=sys.stderr)
    stale = os.path.join(args.out, "report")
    if summary.published and os.path.isdir(stale):  # it shows the previous tables: never leave it behind
        import shutil

        shutil.rmtree(stale, ignore_errors=True)
        print(f"  removed the previous report ({esc(stale)}): `vnextract report --out {esc(args.out)}` "
              "writes one for these tables", file=sys.stderr)
    if summary.articles == 0 and not summary.published:
        print("vnextract: no input articles found; previous tables left as they were (--allow-empty to publish "
              "empty tables)", file=sys.stderr)
        return EXIT_FAILURE
    return EXIT_ARTICLE_ERRORS if summary.errors else EXIT_OK


DEFAULT_OUT = "outputs"


def add_out(parser, what: str = "the run's output folder", default: str | None = DEFAULT_OUT):
    """`--out DIR`, the same option with the same default on every command."""
    parser.add_argument("--out", metavar="DIR", default=default,
                        help=f"{what} (default: {DEFAULT_OUT})")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="vnextract",
        description="Extract officials, dates, deadlines and targets from Vietnamese news articles.",
    )
    from vnextract import __version__

    p.add_argument("--version", action="version", version=f"vnextract {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    run = sub.add_parser(
        "run", help="extract tables from articles",
        description="Read articles (folders of .txt, .jsonl, .csv, gzipped forms, nested folders) and "
                    "write articles, officials, dates, deadlines and targets as CSV and JSON Lines, "
                    "plus manifest.json.",
        epilog="Exit codes: 0 all articles ok; 3 some articles became error rows (the rest extracted); "
               "1 failure, interrupted (Ctrl-C, SIGTERM) or no articles found (previous tables left as they "
               "were); 2 usage; 4 another run holds the output folder.",
    )
    run.add_argument("inputs", nargs="+", metavar="INPUT", help="file or folder of articles")
    add_out(run, "output folder for the tables")
    run.add_argument("--workers", type=int, default=0, metavar="N",
                     help="worker processes (default 0: one per core)")
    run.add_argument("--no-cache", action="store_true",
                     help="extract every article again instead of reusing unchanged ones from the last run "
                          "(default: reuse them)")
    run.add_argument("--log-every", type=float, default=60.0, metavar="SEC",
                     help="seconds between progress lines when not on a terminal (default 60)")
    run.add_argument("--engine", choices=("local", "dask"), default="local",
                     help="local process pool (default) or a Dask distributed cluster")
    run.add_argument("--scheduler", default="local", metavar="ADDRESS",
                     help="with --engine dask: scheduler address (tcp://host:8786), or 'local' for a "
                          "LocalCluster on this machine (default)")
    run.add_argument("--dashboard", default=None, metavar="HOST:PORT",
                     help="with --engine dask --scheduler local: where the Dask dashboard listens "
                          "(default 127.0.0.1:0, this machine only, any free port)")
    run.add_argument("--allow-empty", action="store_true",
                     help="publish empty tables when no article is found (by default the previous tables stay)")
    run.add_argument("--csv-raw", action="store_true",
                     help="write CSV cells as they are: no leading ' before cells starting with = + - @ tab CR "
                          "(spreadsheet formula protection; JSONL, Parquet and DuckDB are always raw)")
    run.add_argument("--max-article-mb", type=float, default=5.0, metavar="MB",
                     help="an article's text over this many MB (UTF-8) is an error row (default 5; 0: no limit)")
    run.add_argument("--max-decompressed-mb", type=float, default=200.0, metavar="MB",
                     help="a .gz input inflating beyond this many MB stops there with an error row "
                          "(default 200; 0: no limit)")
    run.add_argument("--article-timeout", type=float, default=120.0, metavar="SEC",
                     help="an article taking longer than this to extract is an error row (default 120; 0: no "
                          "limit; with --workers 1 a soft limit, with --engine dask not enforced)")
    run.set_defaults(func=_cmd_run)

    query = sub.add_parser("query", help="run SQL over a run's tables (DuckDB)",
                           description="Run SQL over the tables of a run (extract.duckdb in DIR): the five "
                                       "tables and the views listed in the README.")
    query.add_argument("sql", help='SQL, e.g. "SELECT name, count(*) FROM officials GROUP BY 1"')
    add_out(query)
    query.add_argument("--format", choices=("table", "csv", "json"), default="table",
                       help="aligned table for people (default), csv or json for scripts")
    query.set_defaults(func=lambda a: __import__("vnextract.pipeline.sql", fromlist=["main"]).main(a))

    shell = sub.add_parser("sql", help="an interactive SQL prompt on a run's tables (DuckDB, read-only)",
                           description="Open a prompt on the run's database (read-only, no files, extensions or "
                                       "ATTACH, like query): type SQL ending with ';', .tables, .schema TABLE, "
                                       ".mode table|csv|json, .quit. Queries reuse one connection.")
    add_out(shell)
    shell.set_defaults(func=lambda a: __import__("vnextract.pipeline.sql", fromlist=["main_shell"]).main_shell(a))

    report = sub.add_parser("report", help="write a static HTML review report of a run",
                            description="Write DIR/report/index.html (run summary, charts) and one page per "
                                        "article with every extracted span highlighted.")
    add_out(report)
    report.add_argument("--inputs", nargs="*", metavar="INPUT",
                        help="where the article texts are (default: the run's inputs from manifest.json)")
    report.set_defaults(func=lambda a: __import__("vnextract.pipeline.report", fromlist=["main"]).main(a))

    ev = sub.add_parser("eval", help="score a run against annotated gold articles",
                        description="Precision, recall and F1 per table against gold annotations in the format "
                                    "of shared/eval (one article a line).")
    ev.add_argument("--gold", required=True, metavar="GOLD.jsonl",
                    help="gold articles, one JSON object a line (format: shared/eval/README.md)")
    ev.add_argument("--texts", required=True, metavar="DIR", help="DIR/<article_id>.txt for each gold article")
    ev.add_argument("outdir", nargs="?", metavar="OUTDIR", help="the run's output folder (same as --out)")
    add_out(ev, default=None)
    ev.add_argument("--half", choices=("dev", "test"),
                    help="score only the gold articles of this half (gold sets split into dev and test)")
    ev.add_argument("--halves", action="store_true",
                    help="score the dev and the test half separately and side by side (errors: dev only)")
    ev.add_argument("--show-errors", action="store_true",
                    help="list every miss (FN), false hit (FP), wrong value, and wrong chair, task, "
                         "responsible, directed_by, unit and status")
    ev.add_argument("--json", metavar="FILE", help="also write the figures as JSON (default: none)")
    ev.set_defaults(func=lambda a: __import__("vnextract.pipeline.evaluate", fromlist=["main"]).main(a))

    audit = sub.add_parser("audit", help="draw random rows of a run into a review sheet",
                           description="Draw N random rows per table from a run into a review sheet "
                                       "(row, evidence in context, a link into the HTML report), so a person "
                                       "can judge precision in minutes.")
    add_out(audit)
    audit.add_argument("--n", type=int, default=50, metavar="N", help="rows per table (default 50)")
    audit.add_argument("--seed", type=int, default=1, help="random seed of the draw (default 1)")
    audit.add_argument("--tables", nargs="*", metavar="TABLE",
                       help="tables to sample (default: officials dates deadlines targets articles)")
    audit.add_argument("--sheet", metavar="FILE",
                       help="where to write the sheet (default: DIR/audit/audit-SEED.md and .csv)")
    audit.set_defaults(func=lambda a: __import__("vnextract.pipeline.audit", fromlist=["main"]).main(a))
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    # The console command (`vnextract ...`, `python -m vnextract`) owns its process and may tune its start-up
    # (the collector paused); a program calling main([...]) keeps its own process as it is.
    args.own_process = argv is None
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("vnextract: interrupted; previous tables left as they were", file=sys.stderr)
        return EXIT_FAILURE
    except OSError as e:
        print(f"vnextract: {e}", file=sys.stderr)
        return EXIT_FAILURE
    except Exception as e:  # a bug: one line for cron mail, the previous tables are untouched
        print(f"vnextract: failed: {type(e).__name__}: {' '.join(str(e).split())}", file=sys.stderr)
        return EXIT_FAILURE
