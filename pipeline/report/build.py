"""Building DIR/report/ from a run: stream the tables and texts, write every page, swap it in."""
from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator

from vnextract.pipeline.facts import SPAN_TYPES
from vnextract.pipeline.report.markup import ARTICLES_DIR, SPAN_TABLES, safe_name, stylesheet
from vnextract.pipeline.report.pages import (
    ArticleView,
    PageStats,
    ReportSummary,
    article_page,
    index_page,
    list_page,
    list_page_name,
)
from vnextract.pipeline.report.store import GroupedRows, TextStore, read_jsonl_rows, resolve_inputs

REPORT_DIR = "report"
INDEX_PAGE_SIZE = 1000


def build_report(out_dir: str, inputs: list[str] | None = None, page_size: int = INDEX_PAGE_SIZE,
                 log=None) -> ReportSummary:
    """Write out_dir/report/ (see the module docstring); returns what was written."""
    t0 = time.perf_counter()
    out_dir = os.path.abspath(out_dir)
    with open(os.path.join(out_dir, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    if not os.path.exists(os.path.join(out_dir, "articles.jsonl")):
        raise FileNotFoundError(f"{os.path.join(out_dir, 'articles.jsonl')}: no such file")
    summary = ReportSummary(out=os.path.join(out_dir, REPORT_DIR))
    wanted = list(inputs) if inputs else list(manifest.get("inputs") or [])
    paths, summary.missing_inputs = resolve_inputs(wanted, out_dir)

    tmp = tempfile.mkdtemp(prefix=".vnextract-report-", dir=out_dir)
    store = None
    try:
        store = TextStore(tmp)
        store.load(paths)
        build = os.path.join(tmp, REPORT_DIR)
        os.makedirs(os.path.join(build, ARTICLES_DIR))
        with open(os.path.join(build, "report.css"), "w", encoding="utf-8", newline="\n") as f:
            f.write(stylesheet())

        groups = {t: GroupedRows(os.path.join(out_dir, f"{t}.jsonl")) for t in SPAN_TABLES}
        st = PageStats()
        seen_ids: Counter = Counter()
        n_total = sum(1 for _ in read_jsonl_rows(os.path.join(out_dir, "articles.jsonl")))
        n_pages = max(1, -(-n_total // page_size))

        def views() -> Iterator[ArticleView]:
            for a in read_jsonl_rows(os.path.join(out_dir, "articles.jsonl")):
                aid = a["article_id"]
                seen_ids[aid] += 1
                dup = seen_ids[aid]
                name = safe_name(aid if dup == 1 else f"{aid}\x00{dup}")
                a["_page"] = name
                rows = {t: g.take(aid) for t, g in groups.items()}
                st.add(a, rows, dup == 1)
                text = store.get(aid, a.get("source"))
                if text is None and a.get("status") == "error":
                    text = ""
                yield ArticleView(a, name, rows, text)

        entries: list[tuple] = []
        first_entries: list[tuple] = []
        page_no = 1
        prev: ArticleView | None = None
        prev_prev_name: str | None = None
        n = 0

        def write_article(v: ArticleView, prev_name, next_name, number):
            lst = list_page_name((number - 1) // page_size + 1)
            html_ = article_page(v, prev_name, next_name, f"../{lst}#articles")
            with open(os.path.join(build, ARTICLES_DIR, v.name + ".html"), "w", encoding="utf-8", newline="\n") as f:
                f.write(html_)
            summary.pages += 1
            summary.mismatched_rows += v.mismatches
            if v.text is None and v.row.get("status") != "error":
                summary.texts_missing += 1

        def flush_list_page(page_entries, number):
            """Page 1 goes into index.html (written last); later pages are list-NNNN.html."""
            nonlocal first_entries
            if number == 1:
                first_entries = page_entries
                return
            _write(os.path.join(build, list_page_name(number)),
                   list_page(page_entries, number, n_pages, n_total, page_size))
            summary.list_pages += 1

        for v in views():
            n += 1
            if prev is not None:
                write_article(prev, prev_prev_name, v.name, n - 1)
                prev_prev_name = prev.name
            prev = v
            a = v.row
            entries.append((n, v.name, a.get("title") or a["article_id"], a["article_id"], a.get("locality"),
                            a.get("event_date"), a.get("status"),
                            *(len(v.rows.get(f.name, [])) for f in SPAN_TYPES)))
            if len(entries) == page_size:
                flush_list_page(entries, page_no)
                entries = []
                page_no += 1
        if prev is not None:
            write_article(prev, prev_prev_name, None, n)
        if entries:
            flush_list_page(entries, page_no)
        summary.articles = n
        summary.orphan_rows = sum(g.rest() for g in groups.values())
        _write(os.path.join(build, "index.html"),
               index_page(out_dir, manifest, st, summary, first_entries, n_pages, n, page_size))

        # Replace the previous report in one step (no stale pages survive).
        final = os.path.join(out_dir, REPORT_DIR)
        old = None
        if os.path.exists(final):
            old = os.path.join(tmp, "old-report")
            os.replace(final, old)
        os.replace(build, final)
    finally:
        if store is not None:
            store.close()
        shutil.rmtree(tmp, ignore_errors=True)
    summary.seconds = time.perf_counter() - t0
    return summary


def _write(path: str, text: str):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main(args) -> int:
    out = args.out
    if not os.path.exists(os.path.join(out, "manifest.json")) or \
            not os.path.exists(os.path.join(out, "articles.jsonl")):
        print(f"vnextract: {out} holds no run (manifest.json and articles.jsonl are needed); "
              f"run `vnextract run INPUT... --out {out}` first", file=sys.stderr)
        return 1
    s = build_report(out, getattr(args, "inputs", None) or None)
    print(f"vnextract: report of {s.articles} articles ({s.pages} article pages, {s.list_pages + 1} list pages) "
          f"in {s.seconds:.1f} s -> {os.path.join(s.out, 'index.html')}", file=sys.stderr)
    problems = False
    if s.missing_inputs:
        print(f"  inputs not found: {', '.join(s.missing_inputs)} (pass them with --inputs)", file=sys.stderr)
        problems = True
    if s.texts_missing:
        print(f"  {s.texts_missing} articles without text (not highlighted)", file=sys.stderr)
        problems = True
    if s.mismatched_rows:
        print(f"  {s.mismatched_rows} rows do not match the text at their offsets", file=sys.stderr)
        problems = True
    return 3 if problems else 0
