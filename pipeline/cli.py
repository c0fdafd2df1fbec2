"""Command line: `vnextract run INPUT... --out DIR` (also `python -m pipeline`)."""
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


class Progress:
    """A progress bar on a terminal; otherwise a plain line every `every` seconds (short cron mail)."""

    def __init__(self, every: float = 60.0, stream=None):
        self.stream = stream or sys.stderr
        self.every = every
        self.bar = None
        self.last = time.monotonic()
        self.start = self.last
        if self.stream.isatty():
            from tqdm import tqdm
            self.bar = tqdm(unit=" articles", file=self.stream, dynamic_ncols=True)

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
    from vnextract.pipeline.batch import OutputLocked, run_batch

    missing = [p for p in args.inputs if not os.path.exists(p)]
    if missing:  # a mistyped path in a cron line is a failure, not an article
        print(f"vnextract: no such input: {', '.join(missing)}", file=sys.stderr)
        return EXIT_USAGE
    workers = args.workers or os.cpu_count() or 1
    progress = Progress(every=args.log_every)
    try:
        summary = run_batch(args.inputs, args.out, workers=workers, use_cache=not args.no_cache,
                            on_article=progress, engine=args.engine, scheduler=args.scheduler)
    except OutputLocked as e:
        print(f"vnextract: {e}; not started", file=sys.stderr)
        return EXIT_LOCKED
    finally:
        progress.close()
    rate = summary.chars / summary.seconds if summary.seconds else 0
    print(f"vnextract: {summary.articles} articles ({summary.errors} errors, {summary.cache_hits} from cache) "
          f"in {summary.seconds:.1f} s ({rate:,.0f} chars/s) -> {args.out}", file=sys.stderr)
    print("  rows: " + ", ".join(f"{t} {n}" for t, n in summary.rows.items()), file=sys.stderr)
    for e in summary.error_samples[:5]:
        print(f"  error {e['article_id']} ({e['source']}): {e['error']}", file=sys.stderr)
    if summary.errors > 5:
        print(f"  ... {summary.errors - 5} more errors in manifest.json and articles.csv", file=sys.stderr)
    if summary.articles == 0:
        print("vnextract: no input articles found", file=sys.stderr)
        return EXIT_FAILURE
    return EXIT_ARTICLE_ERRORS if summary.errors else EXIT_OK


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
               "1 failure (previous tables left as they were); 2 usage; 4 another run holds the output folder.",
    )
    run.add_argument("inputs", nargs="+", metavar="INPUT", help="file or folder of articles")
    run.add_argument("--out", required=True, metavar="DIR", help="output folder for the tables")
    run.add_argument("--workers", type=int, default=0, metavar="N", help="worker processes (default: all cores)")
    run.add_argument("--no-cache", action="store_true",
                     help="extract every article again instead of reusing unchanged ones from the last run")
    run.add_argument("--log-every", type=float, default=60.0, metavar="SEC",
                     help="seconds between progress lines when not on a terminal (default 60)")
    run.add_argument("--engine", choices=("local", "dask"), default="local",
                     help="local process pool (default) or a Dask distributed cluster")
    run.add_argument("--scheduler", default="local", metavar="ADDRESS",
                     help="with --engine dask: scheduler address (tcp://host:8786), or 'local' for a "
                          "LocalCluster on this machine (default)")
    run.set_defaults(func=_cmd_run)

    query = sub.add_parser("query", help="run SQL over a run's tables (DuckDB)",
                           description="Run SQL over the tables of a run (extract.duckdb in DIR): the five "
                                       "tables and the views listed in the README.")
    query.add_argument("sql", help='SQL, e.g. "SELECT name, count(*) FROM officials GROUP BY 1"')
    query.add_argument("--out", required=True, metavar="DIR", help="the run's output folder")
    query.add_argument("--format", choices=("table", "csv", "json"), default="table")
    query.set_defaults(func=lambda a: __import__("vnextract.pipeline.sql", fromlist=["main"]).main(a))

    report = sub.add_parser("report", help="write a static HTML review report of a run",
                            description="Write DIR/report/index.html (run summary, charts) and one page per "
                                        "article with every extracted span highlighted.")
    report.add_argument("--out", required=True, metavar="DIR", help="the run's output folder")
    report.add_argument("--inputs", nargs="*", metavar="INPUT",
                        help="where the article texts are (default: the run's inputs from manifest.json)")
    report.set_defaults(func=lambda a: __import__("vnextract.pipeline.report", fromlist=["main"]).main(a))

    ev = sub.add_parser("eval", help="score a run against annotated gold articles",
                        description="Precision, recall and F1 per table against gold annotations in the format "
                                    "of shared/eval (one article a line).")
    ev.add_argument("--gold", required=True, metavar="GOLD.jsonl")
    ev.add_argument("--texts", required=True, metavar="DIR", help="DIR/<article_id>.txt for each gold article")
    ev.add_argument("outdir", nargs="?", metavar="OUTDIR", help="the run's output folder (same as --out)")
    ev.add_argument("--out", metavar="DIR", default=None, help="the run's output folder (default: outputs)")
    ev.add_argument("--half", choices=("dev", "test"),
                    help="score only the gold articles of this half (gold sets split into dev and test)")
    ev.add_argument("--halves", action="store_true",
                    help="score the dev and the test half separately and side by side (errors: dev only)")
    ev.add_argument("--show-errors", action="store_true",
                    help="list every miss (FN), false hit (FP), wrong value, and wrong chair, task, "
                         "responsible, directed_by, unit and status")
    ev.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    ev.set_defaults(func=lambda a: __import__("vnextract.pipeline.evaluate", fromlist=["main"]).main(a))

    audit = sub.add_parser("audit", help="draw random rows of a run into a review sheet",
                           description="Draw N random rows per table from a run into a review sheet "
                                       "(row, evidence in context, a link into the HTML report), so a person "
                                       "can judge precision in minutes.")
    audit.add_argument("--out", default="outputs", metavar="DIR", help="the run's output folder (default: outputs)")
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
