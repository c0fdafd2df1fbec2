"""Command line: `vnextract run INPUT... --out DIR` (also `python -m pipeline`)."""
from __future__ import annotations

import argparse
import os
import sys

# Nothing is ever fetched at run time: underthesea's word and sentence models ship in its wheel.
os.environ.setdefault("HF_HUB_OFFLINE", "1")

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_ARTICLE_ERRORS = 3


def _cmd_run(args) -> int:
    from pipeline.batch import run_batch

    workers = args.workers or os.cpu_count() or 1
    summary = run_batch(args.inputs, args.out, workers=workers)
    rate = summary.chars / summary.seconds if summary.seconds else 0
    print(f"vnextract: {summary.articles} articles ({summary.errors} errors) in {summary.seconds:.1f} s "
          f"({rate:,.0f} chars/s) -> {args.out}", file=sys.stderr)
    for table, n in summary.rows.items():
        print(f"  {table:10} {n:8d} rows", file=sys.stderr)
    for e in summary.error_samples[:10]:
        print(f"  error {e['article_id']} ({e['source']}): {e['error']}", file=sys.stderr)
    if summary.articles == 0:
        print("vnextract: no input articles found", file=sys.stderr)
        return EXIT_FAILURE
    return EXIT_ARTICLE_ERRORS if summary.errors else EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="vnextract",
        description="Extract officials, dates, deadlines and targets from Vietnamese news articles.",
    )
    sub = p.add_subparsers(dest="command", required=True)
    run = sub.add_parser(
        "run", help="extract tables from articles",
        description="Read articles (folders of .txt, .jsonl, .csv, gzipped forms, nested folders) and "
                    "write articles, officials, dates, deadlines and targets as CSV and JSON Lines.",
        epilog="Exit codes: 0 all articles ok; 3 some articles became error rows; 1 failure; 2 usage.",
    )
    run.add_argument("inputs", nargs="+", metavar="INPUT", help="file or folder of articles")
    run.add_argument("--out", required=True, metavar="DIR", help="output folder for the tables")
    run.add_argument("--workers", type=int, default=0, metavar="N",
                     help="worker processes (default: all cores)")
    run.set_defaults(func=_cmd_run)
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
