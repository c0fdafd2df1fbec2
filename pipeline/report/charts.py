"""Inline SVG charts of the report index (no JavaScript, no chart library)."""
from __future__ import annotations

from collections import Counter

from vnextract.pipeline.report.markup import STATUS_COLORS, esc

MAX_MONTHS = 180  # deadline timeline: by month up to 15 years, else by year


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
