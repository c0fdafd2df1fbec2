"""The report's pages: one per article (text with highlighted spans, the rows of each table), the
index (run summary, charts, top lists) and the list pages."""
from __future__ import annotations

import os
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from vnextract.pipeline.facts import SPAN_TYPES
from vnextract.pipeline.report.charts import bar_chart_svg, deadline_timeline, stacked_hbar_svg
from vnextract.pipeline.report.markup import (
    ARTICLES_DIR,
    LABELS,
    SPAN_TABLES,
    STATUS_COLORS,
    TEXT_FIELD,
    Span,
    esc,
    format_number,
    highlight,
    page,
    table_html,
    url_link,
)
from vnextract.pipeline.tables import SCHEMAS, TABLE_NAMES

TOP_N = 25


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


def cell(kind: str, value) -> str:
    """A row table's cell, by its column's kind: numbers grouped, booleans as yes/blank, lists joined."""
    if kind in ("int", "num"):
        return format_number(value)
    if kind == "bool":
        return "yes" if value else ""
    if kind == "list":
        return esc("; ".join(str(v) for v in value or []))
    return esc(value)


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
            ("url", url_link(a.get("url"))), ("published", esc(a.get("published"))),
            ("event date", esc(a.get("event_date")) + (f' <span class="muted">({esc(a.get("event_date_text"))})</span>'
                                                        if a.get("event_date_text") else "")),
            ("locality", esc(a.get("locality"))), ("authors", esc(a.get("authors"))),
            ("sentences / words / chars", f'{format_number(a.get("n_sentences"))} / {format_number(a.get("n_words"))} / '
                                          f'{format_number(a.get("n_chars"))}'),
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

    def more(k):
        ids = extra_mentions.get(k) or []
        return " ".join(f'<a href="#{i}">{i.rsplit("-m", 1)[1]}</a>' for i in ids)

    tbls = []
    for fact in SPAN_TYPES:
        rows = view.rows.get(fact.name, [])
        if not rows:
            continue
        kinds = {c.name: c.kind for c in SCHEMAS[fact.name].columns}
        columns = list(fact.report_columns)
        headers = [fact.span_text] + [c.replace("_", " ") for c in columns]
        numeric = {i + 1 for i, c in enumerate(columns) if kinds.get(c) in ("int", "num")}
        later = fact.name == "officials"  # later mentions of a person, found in the text
        if later:
            headers.append("later mentions found")
        headers.append("offsets")
        body = ([jump(fact.name, k, r), *(cell(kinds.get(c, "str"), r.get(c)) for c in columns),
                 *([more(k)] if later else []), where(r)] for k, r in enumerate(rows, 1))
        tbls.append((fact.name, fact.name.capitalize(), table_html(
            headers, body, numeric=numeric, row_ids=[f"row-{fact.name}-{k}" for k in range(1, len(rows) + 1)])))
    for table, heading, t in tbls:
        parts.append(f'<h2 id="tbl-{table}">{heading} <span class="muted">({len(view.rows[table])})</span></h2>{t}')
    if not tbls and status != "error":
        parts.append('<p class="muted">No rows were extracted from this article.</p>')
    return page(f"{title} – vnextract report", "\n".join(parts), "../report.css")


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
class PageStats:
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


def list_page_name(page_no: int) -> str:
    return "index.html" if page_no == 1 else f"list-{page_no:04d}.html"


def _articles_table(entries: list[tuple], prefix: str) -> str:
    counts = [f.name for f in SPAN_TYPES]  # one count column per fact type found in the text
    return table_html(
        ["#", "title", "article_id", "locality", "event_date", "status", *counts],
        ([str(e[0]), f'<a href="{prefix}{ARTICLES_DIR}/{esc(e[1])}.html">{esc(e[2])}</a>', esc(e[3]), esc(e[4]),
          esc(e[5]), '<span class="err">error</span>' if e[6] == "error" else esc(e[6]), *map(str, e[7:])]
         for e in entries),
        numeric={0, *range(6, 6 + len(counts))})


def _pager(n_pages: int, current: int) -> str:
    if n_pages <= 1:
        return ""
    links = []
    for p in range(1, n_pages + 1):
        href = list_page_name(p) + ("#articles" if p == 1 else "")
        links.append(f"<strong>{p}</strong>" if p == current else f'<a href="{href}">{p}</a>')
    return '<p class="pager">Pages: ' + " ".join(links) + "</p>"


def list_page(entries: list[tuple], page_no: int, n_pages: int, total: int, size: int) -> str:
    first = (page_no - 1) * size + 1
    body = (f'<nav class="top"><a href="index.html">Report index</a></nav>'
            f"<h1>Articles {first:,}–{first + len(entries) - 1:,} of {total:,}</h1>"
            f"{_pager(n_pages, page_no)}{_articles_table(entries, '')}{_pager(n_pages, page_no)}")
    return page(f"Articles {first}–{first + len(entries) - 1} – vnextract report", body, "report.css")


def index_page(out_dir: str, manifest: dict, st: PageStats, summary: ReportSummary, first_entries: list[tuple],
                n_pages: int, total: int, size: int) -> str:
    p = []
    p.append(f"<h1>vnextract report: {esc(os.path.basename(os.path.abspath(out_dir)))}</h1>")
    arts = manifest.get("articles") or {}
    timings = manifest.get("timings") or {}
    meta = [("inputs", esc(manifest.get("inputs"))),
            ("run", f'{esc(manifest.get("started"))} → {esc(manifest.get("finished"))}'
                    + (f' · {esc(timings.get("seconds"))} s' if timings.get("seconds") is not None else "")
                    + (f' · {esc(manifest.get("workers"))} workers' if manifest.get("workers") else "")),
            ("articles", f'{format_number(arts.get("total", st.rows["articles"]))} '
                         f'(<span>{format_number(arts.get("ok", st.status.get("ok", 0)))} ok</span>, '
                         f'<span class="{"err" if arts.get("error", st.status.get("error", 0)) else ""}">'
                         f'{format_number(arts.get("error", st.status.get("error", 0)))} error rows</span>)'),
            ("versions", esc(", ".join(f"{k} {v}" for k, v in sorted((manifest.get("versions") or {}).items()))))]
    p.append('<h2>Run summary</h2><dl class="meta">' + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in meta if v)
             + "</dl>")
    mrows = manifest.get("rows") or {}
    p.append(table_html(["table", "rows (manifest)", "rows (tables)"],
                        ([t, format_number(mrows.get(t)), format_number(st.rows.get(t, 0))] for t in TABLE_NAMES), numeric={1, 2}))
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
        p.append(table_html(["reason (numbers as N)", "articles"], ([esc(k), format_number(v)] for k, v in
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
                        ([esc(n), format_number(c), format_number(st.off_mentions[n]),
                          esc(_top(st.off_titles[n], 1)[0][0] if st.off_titles[n] else "")]
                         for n, c in _top(st.off_articles)), numeric={1, 2}))
    p.append('</div><div>')
    p.append(f'<h2 id="titles">Top titles <span class="muted">({len(st.titles):,} titles)</span></h2>')
    p.append(table_html(["title", "officials rows"], ([esc(t), format_number(c)] for t, c in _top(st.titles)), numeric={1}))
    p.append(f'<h2 id="localities">Top localities <span class="muted">({len(st.localities):,})</span></h2>')
    p.append(table_html(["locality", "articles"], ([esc(t), format_number(c)] for t, c in _top(st.localities, 10)),
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
