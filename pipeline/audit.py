"""`vnextract audit`: random rows of a run drawn into a review sheet, so a person can judge precision.

    vnextract audit --out outputs --n 50 --seed 1     # -> outputs/audit/audit-1.md and audit-1.csv

Each sampled row is shown with the fields an analyst reads, the text around it with the span marked
`⟦…⟧` (read from the run's inputs, as listed in its manifest; else the row's evidence sentence), and a link to the row in the HTML report (`vnextract report`), plus an empty `verdict` column
for the reviewer. Rows are drawn uniformly per table (reservoir sampling, so any table size streams)
with a fixed seed: the same run and seed give the same sheet.
"""
from __future__ import annotations

import csv
import json
import os
import random
import sys
from collections import defaultdict

from vnextract.pipeline.facts import FACT_TYPES, SPAN_TYPES
from vnextract.pipeline.report import ARTICLES_DIR, safe_name
from vnextract.pipeline.report.markup import TEXT_FIELD
from vnextract.pipeline.report.store import read_jsonl_rows

# Span tables first (their rows are what precision is judged on), the articles table last.
TABLES = tuple(f.name for f in SPAN_TYPES) + ("articles",)

# What the sheet shows of a row: the columns the report's row tables show (fact-type registry).
SHOWN = {f.name: f.report_columns for f in FACT_TYPES}
SPAN_TEXT = TEXT_FIELD  # the column holding each span table's text (from the registry)


def sample_rows(out_dir: str, table: str, n: int, seed: int) -> list[tuple[int, dict]]:
    """`n` rows of `table` drawn uniformly (reservoir sampling), each with its 1-based number among
    its article's rows of that table (the report's `#row-TABLE-K` anchor), in file order."""
    rng = random.Random(f"{seed}:{table}")
    picked: list[tuple[int, int, dict]] = []
    per_article: dict[str, int] = defaultdict(int)
    for i, row in enumerate(read_jsonl_rows(os.path.join(out_dir, table + ".jsonl"))):
        per_article[row.get("article_id")] += 1
        item = (i, per_article[row.get("article_id")], row)
        if len(picked) < n:
            picked.append(item)
        else:
            j = rng.randrange(i + 1)
            if j < n:
                picked[j] = item
    return [(k, row) for _, k, row in sorted(picked, key=lambda t: t[0])]


CONTEXT_CHARS = 160  # of article text shown on each side of a span


def in_context(table: str, row: dict, text: str | None) -> str:
    """The text around the row's span with the span between ⟦ ⟧, on one line; without the article's
    text, its evidence sentence (span marked at its first occurrence); for an articles row, the lead."""
    if table == "articles":
        return " ".join((text or "")[: 2 * CONTEXT_CHARS].split())
    start, end = row.get("start"), row.get("end")
    if text is not None and isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
        before = text[max(0, start - CONTEXT_CHARS):start]
        after = text[end:end + CONTEXT_CHARS]
        return " ".join(f"…{before}⟦{text[start:end]}⟧{after}…".split())
    evidence = row.get("evidence") or ""
    span = row.get(SPAN_TEXT[table]) or ""
    i = evidence.find(span) if span else -1
    if i >= 0:
        evidence = f"{evidence[:i]}⟦{span}⟧{evidence[i + len(span):]}"
    return " ".join(evidence.split())


def article_texts(out_dir: str, wanted: set[str]) -> dict[str, str]:
    """Texts of the `wanted` articles, read again from the inputs the run's manifest lists."""
    from vnextract.pipeline.ingest import iter_articles
    from vnextract.pipeline.report import resolve_inputs

    try:
        with open(os.path.join(out_dir, "manifest.json"), encoding="utf-8") as f:
            inputs = json.load(f).get("inputs") or []
    except (OSError, ValueError):
        return {}
    found, _ = resolve_inputs(inputs, out_dir)
    texts = {}
    for a in iter_articles(found):
        if a.article_id in wanted and a.article_id not in texts:
            texts[a.article_id] = a.text
    return texts


def _shown(value) -> str:
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return "" if value is None else str(value)


def report_link(table: str, row: dict, k: int) -> str:
    page = f"report/{ARTICLES_DIR}/{safe_name(str(row.get('article_id')))}.html"
    return page if table == "articles" else f"{page}#row-{table}-{k}"


def build_sheet(out_dir: str, n: int = 50, seed: int = 1, tables=TABLES) -> list[dict]:
    """The sheet's lines: one dict per sampled row (table, number, article, span, fields, context, link)."""
    samples = {table: sample_rows(out_dir, table, n, seed) for table in tables}
    texts = article_texts(out_dir, {row.get("article_id") for rows in samples.values() for _, row in rows})
    lines = []
    for table, rows in samples.items():
        for number, (k, row) in enumerate(rows, 1):
            lines.append({
                "table": table, "n": number, "article_id": row.get("article_id"),
                "span": row.get(SPAN_TEXT[table], "") if table in SPAN_TEXT else "",
                "fields": " | ".join(f"{c}={_shown(row.get(c))}" for c in SHOWN[table] if c in row),
                "context": in_context(table, row, texts.get(row.get("article_id"))),
                "link": report_link(table, row, k), "verdict": "",
            })
    return lines


def _md_cell(value: str) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")


def write_sheet(lines: list[dict], md_path: str, run_dir: str) -> str:
    """Markdown (one section per table) and CSV beside it; returns the CSV path."""
    os.makedirs(os.path.dirname(md_path) or ".", exist_ok=True)
    csv_path = os.path.splitext(md_path)[0] + ".csv"
    with open(csv_path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(lines[0]) if lines else ["table"])
        w.writeheader()
        w.writerows(lines)
    rel = os.path.relpath(run_dir, os.path.dirname(md_path) or ".")
    with open(md_path, "w", encoding="utf-8") as f:
        f.write(f"# Audit sheet: random rows of {os.path.abspath(run_dir)}\n\n"
                "Judge each row in context; write `ok` or what is wrong in the verdict column.\n")
        for table in dict.fromkeys(line["table"] for line in lines):
            f.write(f"\n## {table}\n\n| # | article | span | fields | context | report | verdict |\n"
                    "|---|---|---|---|---|---|---|\n")
            for line in (x for x in lines if x["table"] == table):
                link = f"[row]({rel}/{line['link']})"
                f.write("| " + " | ".join(_md_cell(v) for v in (
                    line["n"], line["article_id"], line["span"], line["fields"], line["context"], link, "")) + " |\n")
    return csv_path


def main(args) -> int:
    missing = [t for t in (args.tables or TABLES) if not os.path.exists(os.path.join(args.out, t + ".jsonl"))]
    if missing:
        print(f"vnextract audit: {args.out} has no {', '.join(t + '.jsonl' for t in missing)} "
              "(run `vnextract run ... --out DIR` first)", file=sys.stderr)
        return 2
    lines = build_sheet(args.out, args.n, args.seed, tuple(args.tables or TABLES))
    md_path = args.sheet or os.path.join(args.out, "audit", f"audit-{args.seed}.md")
    csv_path = write_sheet(lines, md_path, args.out)
    counts = defaultdict(int)
    for line in lines:
        counts[line["table"]] += 1
    print(f"vnextract audit: {', '.join(f'{t} {c}' for t, c in counts.items())} rows -> {md_path} and {csv_path}",
          file=sys.stderr)
    if not os.path.exists(os.path.join(args.out, "report", "index.html")):
        print(f"  (the links point into the HTML report: `vnextract report --out {args.out}` writes it)",
              file=sys.stderr)
    return 0
