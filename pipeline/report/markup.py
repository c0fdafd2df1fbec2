"""HTML building blocks of the report: escaping, page and table markup, span highlighting, and the
stylesheet (report.css plus the span colours, made from the fact-type registry, the only place
colours are defined)."""
from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

from vnextract.pipeline.facts import SPAN_TABLES_NESTED, SPAN_TYPES

ARTICLES_DIR = "articles"

# From the fact-type registry: span tables in nesting order for identical ranges (outer first), the
# column holding each span's text, its label and its colours.
SPAN_TABLES = SPAN_TABLES_NESTED
TEXT_FIELD = {f.name: f.span_text for f in SPAN_TYPES}
LABELS = {f.name: f.label for f in SPAN_TYPES}
PALETTE = {f.name: f.colour for f in SPAN_TYPES}
STATUS_COLORS = {"achieved": "#4c9f70", "planned": "#e0a43a", "(none)": "#9aa0a6"}


def stylesheet() -> str:
    """report.css (package data) followed by the span colours of the registry's PALETTE."""
    base = resources.files(__package__).joinpath("report.css").read_text(encoding="utf-8")
    spans = "".join(f".sp-{t} {{ --c: {c.underline}; --bg-c: {c.fill}{c.alpha}; }}\n" for t, c in PALETTE.items())
    swatches = "".join(f".sw-{t} {{ background: {c.fill}; }}\n" for t, c in PALETTE.items())
    return base + spans + swatches


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


def url_link(url: str | None) -> str:
    if not url:
        return ""
    if re.match(r"https?://", url, re.I):
        return f'<a href="{esc(url)}" rel="noreferrer noopener">{esc(url)}</a>'
    return esc(url)


def format_number(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return f"{v:,}" if isinstance(v, (int, float)) and not isinstance(v, bool) else esc(v)
