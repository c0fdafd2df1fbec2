"""`vnextract report --out DIR`: a static HTML review report of a run, no JavaScript, no network.

Writes DIR/report/:

  index.html             run summary (manifest.json and a recount of the tables), error rows and
                         their reasons, top officials, top titles, top localities, two charts as
                         inline SVG (deadlines by due month; targets by status and by top units),
                         and the first INDEX_PAGE_SIZE articles (title, locality, event date, rows
                         per table), with a pager to the rest
  list-0002.html ...     the next INDEX_PAGE_SIZE articles each (only when there are more), so the
                         index stays small for 100k articles while every article stays reachable
  articles/<safe>.html   one page per articles row: metadata, the text with every extracted span
                         highlighted and labelled by type, a legend, and the rows of each table,
                         each row linking to its span (`#dates-3` -> the element with id dates-3)
  report.css             the one stylesheet all pages share

Why not `spacy.displacy.render` for the text: style "ent" cannot show overlapping spans (a date
inside a deadline is printed twice, so offsets no longer map onto the page) and style "span" works
on tokens, joins them with spaces and splits every span into one element per token (newlines and
exact characters are lost; no element holds a span's text). So spans are rendered here, in
displaCy's look (its colours, labels on the span, stacked underline bars for nested spans): one
element per span whose textContent is exactly text[start:end]. Spans nest properly in practice
(dates inside deadlines/targets); a span that crosses another is split into fragments sharing
`data-sid`, the first carrying the id, so the fragments' text joined is text[start:end].

Every row is checked against the text (text[start:end] == its text / due_text) before it is
highlighted; a row that does not match (inputs changed since the run, duplicate article ids) is
listed as "offset mismatch" instead, and counted on the index.

Article texts come from the run's inputs (manifest.json "inputs", resolved against the current
folder, then the run folder's parent) or from --inputs, read with `iter_articles`, i.e. the same
normalised text the offsets point into. Tables are streamed in their article_id order; texts go to
a temporary SQLite file, so memory stays flat for large runs. Output is deterministic (no clock,
sorted counts) and replaces any previous DIR/report atomically.

Exit codes: 0 report written; 3 written, but some article texts were not found or some rows did
not match their text (see the index); 1 no run in DIR (no manifest.json / articles.jsonl).
"""
from __future__ import annotations

import hashlib
import html
import json
import os
import re
import shutil
import sqlite3
import sys
import tempfile
import time
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from vnextract.pipeline.tables import TABLE_NAMES

REPORT_DIR = "report"
ARTICLES_DIR = "articles"
INDEX_PAGE_SIZE = 1000
TOP_N = 25
MAX_MONTHS = 180  # deadline timeline: by month up to 15 years, else by year

# Span tables in nesting order for identical ranges (outer first), with the column holding the text.
SPAN_TABLES = ("officials", "deadlines", "targets", "dates")
TEXT_FIELD = {"officials": "text", "dates": "text", "deadlines": "due_text", "targets": "text"}
LABELS = {"officials": "OFFICIAL", "dates": "DATE", "deadlines": "DEADLINE", "targets": "TARGET"}
# displaCy's default palette (spacy.displacy.render.DEFAULT_LABEL_COLORS): PERSON, DATE, LAW, GPE.
COLORS = {"officials": "#aa9cfc", "dates": "#bfe1d9", "deadlines": "#ff8197", "targets": "#feca74"}
STATUS_COLORS = {"achieved": "#4c9f70", "planned": "#e0a43a", "(none)": "#9aa0a6"}


def esc(v) -> str:
    """HTML-escape anything (None -> empty), quotes included: safe in text and attributes."""
    if v is None:
        return ""
    if isinstance(v, (list, tuple)):
        v = "; ".join(str(x) for x in v)
    return html.escape(str(v), quote=True)


def esc_text(s: str) -> str:
    """Article text for a pre-wrap element: escaped; NUL (dropped by HTML parsers) shown as U+FFFD."""
    return html.escape(s, quote=False).replace("\x00", "\ufffd")


_SAFE_ID = re.compile(r"[a-z0-9][a-z0-9._-]{0,99}")


def safe_name(article_id: str) -> str:
    """A file name for an article id: the id itself when it is short, lower-case ASCII and plain;
    otherwise an ASCII slug plus a hash of the id (no collisions, none on case-insensitive disks)."""
    if _SAFE_ID.fullmatch(article_id):
        return article_id
    ascii_ = unicodedata.normalize("NFKD", article_id).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9._-]+", "_", ascii_.lower())[:60].strip("._-")
    digest = hashlib.sha1(article_id.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return f"{slug}-{digest}" if slug else digest


# --------------------------------------------------------------------------- highlighting


@dataclass
class Span:
    start: int
    end: int
    table: str          # officials | dates | deadlines | targets
    sid: str            # element id of the first fragment, e.g. "dates-3"
    tip: str = ""       # title attribute
    mention: bool = False  # a later mention of an official (no row of its own)
    order: int = 0


def highlight(text: str, spans: list[Span]) -> str:
    """`text` as escaped HTML with one element per span (fragments only where spans cross).

    Nesting: by start, longer first, then SPAN_TABLES order. Each element gets class
    "sp sp-<table>", data-sid, data-label, a slot class l1..l6 (1 + the deepest slot nested inside,
    which places its underline bar below theirs, as displaCy stacks span bars) and, on the first
    fragment, the id.
    """
    rank = {t: i for i, t in enumerate(SPAN_TABLES)}
    spans = sorted(spans, key=lambda s: (s.start, -(s.end - s.start), rank[s.table], s.order))
    starts: dict[int, list[Span]] = defaultdict(list)
    points = {0, len(text)}
    for s in spans:
        starts[s.start].append(s)
        points.add(s.start)
        points.add(s.end)
    out: list[str] = []
    # stack frames: [span, index of its opening tag in out, deepest child slot, first fragment?]
    stack: list[list] = []
    opened: set[str] = set()

    def open_(s: Span):
        first = s.sid not in opened
        opened.add(s.sid)
        out.append("")  # placeholder: the tag needs the slot, known when it closes
        stack.append([s, len(out) - 1, 0, first])

    def close():
        s, idx, child, first = stack.pop()
        slot = min(child + 1, 6)
        cls = f"sp sp-{s.table} l{slot}" + (" m" if s.mention else "") + ("" if first else " cont")
        ident = f' id="{esc(s.sid)}"' if first else ""
        out[idx] = (f'<span{ident} class="{cls}" data-sid="{esc(s.sid)}" data-label="{LABELS[s.table]}"'
                    f' title="{esc(s.tip)}">')
        out.append("</span>")
        if stack:
            stack[-1][2] = max(stack[-1][2], slot)

    ordered = sorted(points)
    for i, p in enumerate(ordered):
        ending = [k for k, fr in enumerate(stack) if fr[0].end == p]
        if ending:
            deepest = ending[0]
            reopen = [fr[0] for fr in stack[deepest:] if fr[0].end != p]
            while len(stack) > deepest:
                close()
            for s in reopen:
                open_(s)
        for s in starts.get(p, ()):
            if s.end > s.start:
                open_(s)
        if i + 1 < len(ordered):
            out.append(esc_text(text[p:ordered[i + 1]]))
    while stack:
        close()
    return "".join(out)


# --------------------------------------------------------------------------- inputs and tables


def _read_jsonl(path: str) -> Iterator[dict]:
    if not os.path.exists(path):
        return
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


class _Grouped:
    """Rows of one table (ordered by article_id, CONTRACT.md) handed out one article at a time."""

    def __init__(self, path: str):
        self.it = _read_jsonl(path)
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


# --------------------------------------------------------------------------- charts (inline SVG)


def _nice_step(vmax: int, ticks: int = 4) -> int:
    """An integer axis step (1, 2, 5 x 10^k) so that `ticks` steps cover vmax."""
    raw = max(vmax, 1) / ticks
    mag = 1
    while True:
        for m in (1, 2, 5):
            if m * mag >= raw:
                return m * mag
        mag *= 10


def bar_chart_svg(items: list[tuple[str, int]], title: str, color: str = "#5b8def", width: int = 1000,
                  height: int = 240) -> str:
    """Vertical bars, one per (label, value), with a y axis and at most 24 x labels."""
    left, right, top, bottom = 44, 10, 26, 54
    pw, ph = width - left - right, height - top - bottom
    step = _nice_step(max((v for _, v in items), default=1))
    vmax = step * 4
    n = max(len(items), 1)
    bw = pw / n
    every = max(1, -(-n // 24))
    parts = [f'<svg class="chart" role="img" aria-label="{esc(title)}" xmlns="http://www.w3.org/2000/svg" '
             f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">',
             f"<title>{esc(title)}</title>",
             f'<text x="{left}" y="16" class="ct">{esc(title)}</text>']
    for k in range(5):
        v = step * k
        y = top + ph - ph * k / 4
        parts.append(f'<line x1="{left}" x2="{left + pw}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>'
                     f'<text x="{left - 4}" y="{y + 4:.1f}" class="ax" text-anchor="end">{v:g}</text>')
    for i, (label, v) in enumerate(items):
        h = ph * v / vmax
        x = left + i * bw
        parts.append(f'<rect x="{x + bw * 0.1:.1f}" y="{top + ph - h:.1f}" width="{max(bw * 0.8, 1):.1f}" '
                     f'height="{h:.1f}" fill="{color}"><title>{esc(label)}: {v}</title></rect>')
        if i % every == 0:
            cx, cy = x + bw / 2, top + ph + 8
            parts.append(f'<text x="{cx:.1f}" y="{cy:.1f}" class="ax" text-anchor="end" '
                         f'transform="rotate(-45 {cx:.1f} {cy:.1f})">{esc(label)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def stacked_hbar_svg(rows: list[tuple[str, dict[str, int]]], series: list[str], title: str,
                     width: int = 760) -> str:
    """Horizontal bars, one per row label, stacked by series (colours from STATUS_COLORS)."""
    left, right, top, bar, gap = 190, 60, 44, 18, 6
    height = top + len(rows) * (bar + gap) + 10
    pw = width - left - right
    vmax = max((sum(d.values()) for _, d in rows), default=1) or 1
    parts = [f'<svg class="chart" role="img" aria-label="{esc(title)}" xmlns="http://www.w3.org/2000/svg" '
             f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">',
             f"<title>{esc(title)}</title>",
             f'<text x="4" y="16" class="ct">{esc(title)}</text>']
    x = left
    for s in series:  # legend
        parts.append(f'<rect x="{x}" y="24" width="10" height="10" fill="{STATUS_COLORS.get(s, "#888")}"/>'
                     f'<text x="{x + 14}" y="33" class="ax">{esc(s)}</text>')
        x += 14 + 8 * len(s) + 16
    for i, (label, d) in enumerate(rows):
        y = top + i * (bar + gap)
        shown = label if len(label) <= 30 else label[:29] + "…"
        parts.append(f'<text x="{left - 6}" y="{y + 13}" class="ax" text-anchor="end">{esc(shown)}'
                     f"<title>{esc(label)}</title></text>")
        x = float(left)
        for s in series:
            v = d.get(s, 0)
            if not v:
                continue
            w = pw * v / vmax
            parts.append(f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{bar}" '
                         f'fill="{STATUS_COLORS.get(s, "#888")}"><title>{esc(label)} – {esc(s)}: {v}</title></rect>')
            x += w
        parts.append(f'<text x="{x + 4:.1f}" y="{y + 13}" class="ax">{sum(d.values())}</text>')
    parts.append("</svg>")
    return "".join(parts)


def deadline_timeline(months: Counter) -> tuple[list[tuple[str, int]], str]:
    """Deadlines per due month, continuous from the first to the last; per year when that spans
    more than MAX_MONTHS months (bars would be too thin)."""
    if not months:
        return [], "month"
    keys = sorted(months)
    y0, m0 = int(keys[0][:4]), int(keys[0][5:7])
    y1, m1 = int(keys[-1][:4]), int(keys[-1][5:7])
    span = (y1 - y0) * 12 + (m1 - m0) + 1
    if span <= MAX_MONTHS:
        out = []
        y, m = y0, m0
        for _ in range(span):
            k = f"{y:04d}-{m:02d}"
            out.append((k, months.get(k, 0)))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out, "month"
    years = Counter()
    for k, v in months.items():
        years[k[:4]] += v
    return [(f"{y:04d}", years.get(f"{y:04d}", 0)) for y in range(y0, y1 + 1)], "year"


# --------------------------------------------------------------------------- page furniture

CSS = """
:root { --fg:#1d2430; --muted:#5f6b7a; --line:#e3e7ee; --bg:#fff; --accent:#2a62c9; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--fg);
       background: var(--bg); margin: 0; }
main { max-width: 1100px; margin: 0 auto; padding: 16px 24px 64px; }
nav.top { font-size: 13px; color: var(--muted); margin-bottom: 8px; }
nav.top a { margin-right: 12px; }
a { color: var(--accent); }
h1 { font-size: 24px; margin: 8px 0 12px; }
h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
table { border-collapse: collapse; width: 100%; font-size: 13.5px; margin: 6px 0 12px; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #f5f7fa; font-weight: 600; position: sticky; top: 0; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
tr:target { background: #fff3c4; }
.muted { color: var(--muted); }
.grid2 { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; }
@media (max-width: 800px) { .grid2 { grid-template-columns: 1fr; } }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 0 0 8px; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; }
.err { color: #b3261e; font-weight: 600; }
.warn { color: #8a5a00; }
.pager a, .pager strong { display: inline-block; min-width: 2.2em; padding: 0 4px; }
svg.chart { max-width: 100%; height: auto; display: block; margin: 8px 0 16px; }
svg .ct { font: 600 13px system-ui, sans-serif; fill: #1d2430; }
svg .ax { font: 10.5px system-ui, sans-serif; fill: #5f6b7a; }
svg .grid { stroke: #e3e7ee; stroke-width: 1; }
.legend { display: flex; flex-wrap: wrap; gap: 8px 16px; margin: 8px 0; font-size: 13px; }
.legend .sw { display: inline-block; width: 14px; height: 14px; border-radius: 3px; vertical-align: -2px;
              margin-right: 4px; }
/* the article text: exact characters, newlines kept; spans in displaCy's look */
.doc { white-space: pre-wrap; overflow-wrap: anywhere; line-height: 2.7; font-size: 16px; padding: 12px 16px;
       border: 1px solid var(--line); border-radius: 6px; background: #fcfcfd; }
.sp { background: var(--bg-c); border-bottom: 3px solid var(--c); border-radius: 2px; scroll-margin: 40vh 0; }
.sp.l1 { padding-bottom: 1px; } .sp.l2 { padding-bottom: 6px; } .sp.l3 { padding-bottom: 11px; }
.sp.l4 { padding-bottom: 16px; } .sp.l5 { padding-bottom: 21px; } .sp.l6 { padding-bottom: 26px; }
.sp:not(.cont):not(.m)::before { content: attr(data-label); font: 700 9.5px/1 system-ui, sans-serif;
       background: var(--c); color: #000; border-radius: 3px; padding: 2px 3px; margin-right: 3px;
       vertical-align: 2px; letter-spacing: .02em; }
.sp.m { background: none; border-bottom-style: dashed; }
.sp:target { outline: 3px solid #d93025; outline-offset: 2px; animation: flash 1.6s ease-out 1; }
@keyframes flash { from { background: #ffe066; } }
.sp-officials { --c: #aa9cfc; --bg-c: #aa9cfc40; }
.sp-dates { --c: #8cc5b7; --bg-c: #bfe1d966; }
.sp-deadlines { --c: #ff8197; --bg-c: #ff819733; }
.sp-targets { --c: #feca74; --bg-c: #feca7455; }
.sw-officials { background: #aa9cfc; } .sw-dates { background: #bfe1d9; }
.sw-deadlines { background: #ff8197; } .sw-targets { background: #feca74; }
a.jump { text-decoration: none; border-bottom: 2px solid var(--c); }
.mismatch { color: #b3261e; }
""".strip() + "\n"


def page(title: str, body: str, css_href: str) -> str:
    return ("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{esc(title)}</title>\n<link rel=\"stylesheet\" href=\"{css_href}\">\n"
            "<link rel=\"icon\" href=\"data:,\">\n"
            f"</head>\n<body>\n<main>\n{body}\n</main>\n</body>\n</html>\n")


def table_html(headers: list[str], rows: Iterable[list[str]], numeric: set[int] = frozenset(),
               row_ids: list[str] | None = None) -> str:
    """Cells are already HTML (escape them first)."""
    head = "".join(f'<th class="n">{esc(h)}</th>' if i in numeric else f"<th>{esc(h)}</th>"
                   for i, h in enumerate(headers))
    body = []
    for k, r in enumerate(rows):
        rid = f' id="{esc(row_ids[k])}"' if row_ids else ""
        cells = "".join(f'<td class="n">{c}</td>' if i in numeric else f"<td>{c}</td>" for i, c in enumerate(r))
        body.append(f"<tr{rid}>{cells}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _url_link(url: str | None) -> str:
    if not url:
        return ""
    if re.match(r"https?://", url, re.I):
        return f'<a href="{esc(url)}" rel="noreferrer noopener">{esc(url)}</a>'
    return esc(url)


def _num(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return f"{v:,}" if isinstance(v, (int, float)) and not isinstance(v, bool) else esc(v)


# --------------------------------------------------------------------------- article pages


@dataclass
class ArticleView:
    row: dict
    name: str
    rows: dict[str, list[dict]]
    text: str | None
    mismatches: int = 0


def _later_mentions(text: str, name: str, after: int) -> list[tuple[int, int]]:
    """Further occurrences of an official's full name (as written at the first mention), on word
    boundaries. `mentions` in the table also counts shortened forms, which are not searched."""
    out = []
    if not name:
        return out
    i = text.find(name, after)
    while i != -1:
        j = i + len(name)
        if (i == 0 or not text[i - 1].isalnum()) and (j >= len(text) or not text[j].isalnum()):
            out.append((i, j))
        i = text.find(name, j)
    return out


def _span_tip(table: str, r: dict) -> str:
    if table == "officials":
        return f"OFFICIAL · {r.get('name')} · {'; '.join(r.get('titles') or [])}"
    if table == "dates":
        return f"DATE · {r.get('value')} ({r.get('granularity')})"
    if table == "deadlines":
        return f"DEADLINE · {r.get('due')} · {r.get('task') or ''}"
    return f"TARGET · {r.get('value')}{'/' + str(r.get('total')) if r.get('total') is not None else ''} " \
           f"{r.get('unit') or ''} ({r.get('status')})"


def _row_ok(text: str | None, table: str, r: dict) -> bool:
    if text is None:
        return False
    s, e, want = r.get("start"), r.get("end"), r.get(TEXT_FIELD[table])
    return (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)
            and want is not None and text[s:e] == want)


def article_page(view: ArticleView, prev_name: str | None, next_name: str | None, list_href: str) -> str:
    a, text = view.row, view.text
    title = a.get("title") or a.get("article_id")
    spans: list[Span] = []
    ok: dict[str, list[bool]] = {}
    extra_mentions: dict[int, list[str]] = {}
    for table in SPAN_TABLES:
        flags = []
        for k, r in enumerate(view.rows.get(table, []), 1):
            good = _row_ok(text, table, r)
            flags.append(good)
            if not good:
                view.mismatches += text is not None
                continue
            sid = f"{table}-{k}"
            spans.append(Span(r["start"], r["end"], table, sid, _span_tip(table, r), order=k))
            if table == "officials":
                ids = []
                for m, (s, e) in enumerate(_later_mentions(text, r.get("text") or "", r["end"]), 2):
                    ids.append(f"{sid}-m{m}")
                    spans.append(Span(s, e, table, ids[-1], f"OFFICIAL (mention {m}) · {r.get('name')}",
                                      mention=True, order=k))
                extra_mentions[k] = ids
        ok[table] = flags

    nav = ['<nav class="top">', '<a href="../index.html">Report index</a>', f'<a href="{list_href}">Article list</a>']
    if prev_name:
        nav.append(f'<a href="{esc(prev_name)}.html" rel="prev">← previous</a>')
    if next_name:
        nav.append(f'<a href="{esc(next_name)}.html" rel="next">next →</a>')
    nav.append("</nav>")
    parts = ["".join(nav), f"<h1>{esc(title)}</h1>"]

    status = a.get("status")
    meta = [("article_id", esc(a.get("article_id"))), ("source", esc(a.get("source"))),
            ("url", _url_link(a.get("url"))), ("published", esc(a.get("published"))),
            ("event date", esc(a.get("event_date")) + (f' <span class="muted">({esc(a.get("event_date_text"))})</span>'
                                                        if a.get("event_date_text") else "")),
            ("locality", esc(a.get("locality"))), ("authors", esc(a.get("authors"))),
            ("sentences / words / chars", f'{_num(a.get("n_sentences"))} / {_num(a.get("n_words"))} / '
                                          f'{_num(a.get("n_chars"))}'),
            ("status", f'<span class="err">error</span>: {esc(a.get("error"))}' if status == "error"
             else esc(status))]
    parts.append('<dl class="meta">' + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in meta if v) + "</dl>")

    if text is None:
        parts.append('<p class="warn">The article text was not found in the inputs (pass them with '
                     '<code>vnextract report --inputs</code>); rows are listed without highlights.</p>')
    elif text:
        legend = "".join(f'<span><span class="sw sw-{t}"></span>{LABELS[t]} '
                         f'<span class="muted">{len(view.rows.get(t, []))}</span></span>' for t in SPAN_TABLES)
        parts.append('<h2>Text</h2><div class="legend">' + legend +
                     '<span class="muted">dashed: later mentions of an official</span></div>')
        parts.append(f'<div class="doc" id="text">{highlight(text, spans)}</div>')
    if view.mismatches:
        parts.append(f'<p class="mismatch">{view.mismatches} row(s) do not match the text at their offsets '
                     f'(the input changed since the run, or duplicate article ids); they are not highlighted.</p>')

    def jump(table: str, k: int, r: dict) -> str:
        label = esc(r.get(TEXT_FIELD[table]))
        if ok[table][k - 1]:
            return f'<a class="jump sp-{table}" href="#{table}-{k}">{label}</a>'
        return f'{label} <span class="mismatch" title="text[start:end] differs">(offset mismatch)</span>'

    def where(r):
        return f'{r.get("start")}–{r.get("end")}'

    tbls = []
    rows = view.rows.get("officials", [])
    if rows:
        def more(k):
            ids = extra_mentions.get(k) or []
            return " ".join(f'<a href="#{i}">{i.rsplit("-m", 1)[1]}</a>' for i in ids)
        tbls.append(("officials", "Officials", table_html(
            ["first mention", "name", "titles", "roles", "mentions", "later mentions found", "offsets"],
            ([jump("officials", k, r), esc(r.get("name")), esc(r.get("titles")), esc(r.get("roles")),
              _num(r.get("mentions")), more(k), where(r)] for k, r in enumerate(rows, 1)),
            numeric={4}, row_ids=[f"row-officials-{k}" for k in range(1, len(rows) + 1)])))
    rows = view.rows.get("dates", [])
    if rows:
        tbls.append(("dates", "Dates", table_html(
            ["text", "value", "granularity", "date_start", "date_end", "year inferred", "relative", "offsets"],
            ([jump("dates", k, r), esc(r.get("value")), esc(r.get("granularity")), esc(r.get("date_start")),
              esc(r.get("date_end")), "yes" if r.get("year_inferred") else "", "yes" if r.get("relative") else "",
              where(r)] for k, r in enumerate(rows, 1)),
            row_ids=[f"row-dates-{k}" for k in range(1, len(rows) + 1)])))
    rows = view.rows.get("deadlines", [])
    if rows:
        tbls.append(("deadlines", "Deadlines", table_html(
            ["due_text", "due", "due_date", "task", "responsible", "directed_by", "offsets"],
            ([jump("deadlines", k, r), esc(r.get("due")), esc(r.get("due_date")), esc(r.get("task")),
              esc(r.get("responsible")), esc(r.get("directed_by")), where(r)] for k, r in enumerate(rows, 1)),
            row_ids=[f"row-deadlines-{k}" for k in range(1, len(rows) + 1)])))
    rows = view.rows.get("targets", [])
    if rows:
        tbls.append(("targets", "Targets", table_html(
            ["text", "value", "total", "unit", "comparator", "status", "year", "offsets"],
            ([jump("targets", k, r), _num(r.get("value")), _num(r.get("total")), esc(r.get("unit")),
              esc(r.get("comparator")), esc(r.get("status")), esc(r.get("year")), where(r)]
             for k, r in enumerate(rows, 1)),
            numeric={1, 2}, row_ids=[f"row-targets-{k}" for k in range(1, len(rows) + 1)])))
    for table, heading, t in tbls:
        parts.append(f'<h2 id="tbl-{table}">{heading} <span class="muted">({len(view.rows[table])})</span></h2>{t}')
    if not tbls and status != "error":
        parts.append('<p class="muted">No rows were extracted from this article.</p>')
    return page(f"{title} – vnextract report", "\n".join(parts), "../report.css")


# --------------------------------------------------------------------------- the run


@dataclass
class ReportSummary:
    out: str
    articles: int = 0
    pages: int = 0
    list_pages: int = 0
    texts_missing: int = 0
    mismatched_rows: int = 0
    orphan_rows: int = 0
    missing_inputs: list[str] = field(default_factory=list)
    seconds: float = 0.0


@dataclass
class _Stats:
    rows: Counter = field(default_factory=Counter)
    status: Counter = field(default_factory=Counter)
    error_reasons: Counter = field(default_factory=Counter)
    errors: list = field(default_factory=list)
    off_articles: Counter = field(default_factory=Counter)
    off_mentions: Counter = field(default_factory=Counter)
    off_titles: dict = field(default_factory=lambda: defaultdict(Counter))
    titles: Counter = field(default_factory=Counter)
    localities: Counter = field(default_factory=Counter)
    due_months: Counter = field(default_factory=Counter)
    due_unknown: int = 0
    target_status: Counter = field(default_factory=Counter)
    target_units: dict = field(default_factory=lambda: defaultdict(Counter))

    def add(self, a: dict, rows: dict[str, list[dict]], first_of_id: bool):
        self.rows["articles"] += 1
        self.status[a.get("status") or "(none)"] += 1
        if a.get("status") == "error":
            self.error_reasons[re.sub(r"\d+", "N", a.get("error") or "(no reason)")] += 1
            if len(self.errors) < 500:
                self.errors.append(a)
        if a.get("locality"):
            self.localities[a["locality"]] += 1
        if not first_of_id:  # rows of a duplicate id were counted with its first article
            return
        for t in SPAN_TABLES:
            self.rows[t] += len(rows.get(t, []))
        for r in rows.get("officials", []):
            name = r.get("name") or "(no name)"
            self.off_articles[name] += 1
            self.off_mentions[name] += r.get("mentions") or 0
            for t in r.get("titles") or []:
                self.titles[t] += 1
                self.off_titles[name][t] += 1
        for r in rows.get("deadlines", []):
            d = r.get("due_date")
            if d and re.match(r"\d{4}-\d{2}", d):
                self.due_months[d[:7]] += 1
            else:
                self.due_unknown += 1
        for r in rows.get("targets", []):
            s = r.get("status") or "(none)"
            self.target_status[s] += 1
            self.target_units[r.get("unit") or "(no unit)"][s] += 1


def _top(c: Counter, n: int = TOP_N) -> list[tuple[str, int]]:
    return sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def _list_name(page_no: int) -> str:
    return "index.html" if page_no == 1 else f"list-{page_no:04d}.html"


def _articles_table(entries: list[tuple], prefix: str) -> str:
    return table_html(
        ["#", "title", "article_id", "locality", "event_date", "status",
         "officials", "dates", "deadlines", "targets"],
        ([str(e[0]), f'<a href="{prefix}{ARTICLES_DIR}/{esc(e[1])}.html">{esc(e[2])}</a>', esc(e[3]), esc(e[4]),
          esc(e[5]), '<span class="err">error</span>' if e[6] == "error" else esc(e[6]), *map(str, e[7:])]
         for e in entries),
        numeric={0, 6, 7, 8, 9})


def _pager(n_pages: int, current: int) -> str:
    if n_pages <= 1:
        return ""
    links = []
    for p in range(1, n_pages + 1):
        href = _list_name(p) + ("#articles" if p == 1 else "")
        links.append(f"<strong>{p}</strong>" if p == current else f'<a href="{href}">{p}</a>')
    return '<p class="pager">Pages: ' + " ".join(links) + "</p>"


def _list_page(entries: list[tuple], page_no: int, n_pages: int, total: int, size: int) -> str:
    first = (page_no - 1) * size + 1
    body = (f'<nav class="top"><a href="index.html">Report index</a></nav>'
            f"<h1>Articles {first:,}–{first + len(entries) - 1:,} of {total:,}</h1>"
            f"{_pager(n_pages, page_no)}{_articles_table(entries, '')}{_pager(n_pages, page_no)}")
    return page(f"Articles {first}–{first + len(entries) - 1} – vnextract report", body, "report.css")


def _index_page(out_dir: str, manifest: dict, st: _Stats, summary: ReportSummary, first_entries: list[tuple],
                n_pages: int, total: int, size: int) -> str:
    p = []
    p.append(f"<h1>vnextract report: {esc(os.path.basename(os.path.abspath(out_dir)))}</h1>")
    arts = manifest.get("articles") or {}
    timings = manifest.get("timings") or {}
    meta = [("inputs", esc(manifest.get("inputs"))),
            ("run", f'{esc(manifest.get("started"))} → {esc(manifest.get("finished"))}'
                    + (f' · {esc(timings.get("seconds"))} s' if timings.get("seconds") is not None else "")
                    + (f' · {esc(manifest.get("workers"))} workers' if manifest.get("workers") else "")),
            ("articles", f'{_num(arts.get("total", st.rows["articles"]))} '
                         f'(<span>{_num(arts.get("ok", st.status.get("ok", 0)))} ok</span>, '
                         f'<span class="{"err" if arts.get("error", st.status.get("error", 0)) else ""}">'
                         f'{_num(arts.get("error", st.status.get("error", 0)))} error rows</span>)'),
            ("versions", esc(", ".join(f"{k} {v}" for k, v in sorted((manifest.get("versions") or {}).items()))))]
    p.append('<h2>Run summary</h2><dl class="meta">' + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in meta if v)
             + "</dl>")
    mrows = manifest.get("rows") or {}
    p.append(table_html(["table", "rows (manifest)", "rows (tables)"],
                        ([t, _num(mrows.get(t)), _num(st.rows.get(t, 0))] for t in TABLE_NAMES), numeric={1, 2}))
    checks = []
    if summary.missing_inputs:
        checks.append(f'<li class="warn">inputs not found: {esc(summary.missing_inputs)} '
                      f"(run <code>vnextract report --inputs ...</code>)</li>")
    if summary.texts_missing:
        checks.append(f'<li class="warn">{summary.texts_missing:,} ok articles without text: not highlighted</li>')
    if summary.mismatched_rows:
        checks.append(f'<li class="mismatch">{summary.mismatched_rows:,} rows do not match text[start:end]</li>')
    if summary.orphan_rows:
        checks.append(f'<li class="warn">{summary.orphan_rows:,} rows name no article of the articles table</li>')
    p.append("<ul>" + ("".join(checks) or "<li>every row of every ok article matches its text at its offsets</li>")
             + "</ul>")

    if st.error_reasons:
        p.append(f'<h2 id="errors">Error rows <span class="muted">({sum(st.error_reasons.values()):,})</span></h2>')
        p.append(table_html(["reason (numbers as N)", "articles"], ([esc(k), _num(v)] for k, v in
                                                                    _top(st.error_reasons, 50)), numeric={1}))
        shown = st.errors[:200]
        p.append(table_html(["article", "source", "error"],
                            ([f'<a href="{ARTICLES_DIR}/{esc(e["_page"])}.html">{esc(e.get("article_id"))}</a>',
                              esc(e.get("source")), esc(e.get("error"))] for e in shown)))
        if len(st.errors) < sum(st.error_reasons.values()) or len(shown) < len(st.errors):
            p.append(f'<p class="muted">The first {len(shown)} error rows are listed; all are in articles.csv.</p>')

    p.append('<h2 id="charts">Deadlines and targets</h2>')
    items, unit = deadline_timeline(st.due_months)
    if items:
        p.append(bar_chart_svg(items, f"Deadlines by due {unit} ({sum(st.due_months.values()):,})", "#e0607a"))
    else:
        p.append('<p class="muted">No deadlines with a known due date.</p>')
    if st.due_unknown:
        p.append(f'<p class="muted">{st.due_unknown:,} deadlines have no due date (year unknown) and are not '
                 f"charted.</p>")
    if st.target_status:
        series = [s for s in STATUS_COLORS if s in st.target_status] + \
            sorted(s for s in st.target_status if s not in STATUS_COLORS)
        p.append(stacked_hbar_svg([("all targets", dict(st.target_status))], series, "Targets by status"))
        units = _top(Counter({u: sum(c.values()) for u, c in st.target_units.items()}), 15)
        p.append(stacked_hbar_svg([(u, dict(st.target_units[u])) for u, _ in units], series,
                                  f"Targets by unit (top {len(units)} of {len(st.target_units):,}), by status"))
    else:
        p.append('<p class="muted">No targets.</p>')

    p.append('<div class="grid2"><div>')
    p.append(f'<h2 id="officials">Top officials <span class="muted">({len(st.off_articles):,} names)</span></h2>')
    p.append(table_html(["name", "articles", "mentions", "most frequent title"],
                        ([esc(n), _num(c), _num(st.off_mentions[n]),
                          esc(_top(st.off_titles[n], 1)[0][0] if st.off_titles[n] else "")]
                         for n, c in _top(st.off_articles)), numeric={1, 2}))
    p.append('</div><div>')
    p.append(f'<h2 id="titles">Top titles <span class="muted">({len(st.titles):,} titles)</span></h2>')
    p.append(table_html(["title", "officials rows"], ([esc(t), _num(c)] for t, c in _top(st.titles)), numeric={1}))
    p.append(f'<h2 id="localities">Top localities <span class="muted">({len(st.localities):,})</span></h2>')
    p.append(table_html(["locality", "articles"], ([esc(t), _num(c)] for t, c in _top(st.localities, 10)),
                        numeric={1}))
    p.append("</div></div>")

    p.append(f'<h2 id="articles">Articles <span class="muted">({total:,})</span></h2>')
    if n_pages > 1:
        p.append(f'<p>This page lists the first {len(first_entries):,} of {total:,} articles (ordered by '
                 f'article_id); the others are on {n_pages - 1:,} further list pages of {size:,}. Every article has '
                 f'its page under <code>{ARTICLES_DIR}/</code>.</p>')
    p.append(_pager(n_pages, 1))
    p.append(_articles_table(first_entries, ""))
    p.append(_pager(n_pages, 1))
    return page("vnextract report", "\n".join(p), "report.css")


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
            f.write(CSS)

        groups = {t: _Grouped(os.path.join(out_dir, f"{t}.jsonl")) for t in SPAN_TABLES}
        st = _Stats()
        seen_ids: Counter = Counter()
        n_total = sum(1 for _ in _read_jsonl(os.path.join(out_dir, "articles.jsonl")))
        n_pages = max(1, -(-n_total // page_size))

        def views() -> Iterator[ArticleView]:
            for a in _read_jsonl(os.path.join(out_dir, "articles.jsonl")):
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
            lst = _list_name((number - 1) // page_size + 1)
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
            _write(os.path.join(build, _list_name(number)),
                   _list_page(page_entries, number, n_pages, n_total, page_size))
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
                            *(len(v.rows.get(t, [])) for t in ("officials", "dates", "deadlines", "targets"))))
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
               _index_page(out_dir, manifest, st, summary, first_entries, n_pages, n, page_size))

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
