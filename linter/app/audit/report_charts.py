"""The audit report's charts: inline SVG, no script, no network.

Trend panels (a line per genre over the months, with its 95% band), bars with interval
whiskers, and count bars. Genres are told apart by dash pattern and a label as well as
colour, and every chart has a ``<title>`` giving its figures in words; the report puts
a table of the same numbers beside each (the charts are for the eye, the tables for
everything else, as in the check report's sourcing profile).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...report.charts import esc

#: Colour and dash per genre (news solid; the genres that carry evaluation dashed).
GENRE_STYLE = {
    "news": ("#1f4e9c", ""), "opinion": ("#a3231b", "6 3"), "analysis": ("#6a2c91", "2 3"),
    "review": ("#0f6358", "8 3 2 3"), "sport": ("#4f6300", "4 4"), "letters": ("#9c1f66", "1 3"),
    "obituary": ("#595959", "10 4"),
}
OTHER_STYLE = ("#74502a", "3 2")
PANEL_W, PANEL_H = 360, 190
LEFT, RIGHT, TOP, BOTTOM = 44, 12, 22, 34


def style(genre: str) -> tuple[str, str]:
    return GENRE_STYLE.get(genre, OTHER_STYLE)


@dataclass
class Series:
    """One line of a trend panel: a genre's value, low and high per month."""

    label: str
    points: dict[str, tuple[float, float, float]] = field(default_factory=dict)
    articles: int = 0


def _num(v: float) -> str:
    return f"{v:.1f}" if abs(v) >= 10 else f"{v:.2f}"


def _top(values: list[float]) -> float:
    """A round top for the y axis, at least the largest value."""
    most = max([v for v in values if v == v] or [0.0])
    if most <= 0:
        return 1.0
    for step in (0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10, 20, 25, 50, 100, 200, 500, 1000):
        if most <= step * 4:
            return step * 4 if most > step * 3 else step * 3 if most > step * 2 else step * 2
    return most


def trend(key: str, title: str, months: list[str], series: list[Series], unit: str) -> str:
    """A panel: months along x, one line per series with its interval band."""
    plot_w, plot_h = PANEL_W - LEFT - RIGHT, PANEL_H - TOP - BOTTOM
    top = _top([hi for s in series for _, _, hi in s.points.values()] + [v for s in series for v, _, _ in s.points.values()])
    x = {m: LEFT + (plot_w * (i + 0.5) / max(1, len(months))) for i, m in enumerate(months)}
    y = lambda v: TOP + plot_h * (1 - min(v, top) / top)  # noqa: E731
    parts = [f'<text x="4" y="14" class="ttl">{esc(title)}</text>',
             f'<line x1="{LEFT}" y1="{TOP + plot_h}" x2="{PANEL_W - RIGHT}" y2="{TOP + plot_h}" class="axis"/>']
    for tick in (0, top / 2, top):
        parts.append(f'<line x1="{LEFT}" y1="{y(tick):.1f}" x2="{PANEL_W - RIGHT}" y2="{y(tick):.1f}" class="grid"/>'
                     f'<text x="{LEFT - 4}" y="{y(tick) + 4:.1f}" class="tick" text-anchor="end">{_num(tick)}</text>')
    every = max(1, (len(months) + 5) // 6)
    for i, m in enumerate(months):
        if i % every == 0 or i == len(months) - 1:
            parts.append(f'<text x="{x[m]:.1f}" y="{TOP + plot_h + 14}" class="tick" text-anchor="middle">{esc(m)}</text>')
    for s in series:
        parts.append(_line(s, months, x, y))
    parts.append(_legend(series, TOP + plot_h + 28))
    words = "; ".join(f"{s.label}: " + ", ".join(f"{m} {_num(v)} ({_num(lo)} to {_num(hi)})"
                                                  for m, (v, lo, hi) in sorted(s.points.items())) for s in series)
    return _svg(key, f"{title} ({unit}) by month, 95% intervals. {words or 'no data'}", PANEL_W, PANEL_H + 12,
                "".join(parts))


def _line(s: Series, months: list[str], x: dict, y) -> str:
    """A series' band and line, broken where a month has no articles."""
    colour, dash = style(s.label)
    runs: list[list[str]] = [[]]
    for m in months:
        if m in s.points:
            runs[-1].append(m)
        elif runs[-1]:
            runs.append([])
    out = []
    for run in (r for r in runs if r):
        upper = " ".join(f"{x[m]:.1f},{y(s.points[m][2]):.1f}" for m in run)
        lower = " ".join(f"{x[m]:.1f},{y(s.points[m][1]):.1f}" for m in reversed(run))
        out.append(f'<polygon points="{upper} {lower}" fill="{colour}" fill-opacity="0.14" stroke="none"/>')
        line = " ".join(f"{x[m]:.1f},{y(s.points[m][0]):.1f}" for m in run)
        out.append(f'<polyline points="{line}" fill="none" stroke="{colour}" stroke-width="2" '
                   f'stroke-dasharray="{dash}"/>')
        for m in run:
            v, lo, hi = s.points[m]
            out.append(f'<circle cx="{x[m]:.1f}" cy="{y(v):.1f}" r="2.6" fill="{colour}"><title>{esc(s.label)} '
                       f'{esc(m)}: {_num(v)} ({_num(lo)} to {_num(hi)})</title></circle>')
    return f'<g class="series" data-genre="{esc(s.label)}">{"".join(out)}</g>'


def _legend(series: list[Series], y: int) -> str:
    out, x = [], LEFT
    for s in series:
        colour, dash = style(s.label)
        out.append(f'<line x1="{x}" y1="{y - 4}" x2="{x + 18}" y2="{y - 4}" stroke="{colour}" stroke-width="2" '
                   f'stroke-dasharray="{dash}"/><text x="{x + 22}" y="{y}" class="tick">{esc(s.label)}</text>')
        x += 34 + 7 * len(s.label)
    return "".join(out)


def _svg(key: str, title: str, width: int, height: int, body: str) -> str:
    return (f'<svg class="achart" role="img" aria-labelledby="{key}-t" viewBox="0 0 {width} {height}" '
            f'width="{width}" height="{height}"><title id="{key}-t">{esc(title)}</title>{body}</svg>')


@dataclass
class Bar:
    label: str
    value: float
    lo: float | None = None
    hi: float | None = None
    note: str = ""
    genre: str = "news"
    #: The value as written beside the bar (default: the number, two significant places).
    text: str | None = None


def bars(key: str, title: str, rows: list[Bar], unit: str, label_w: int = 190) -> str:
    """Horizontal bars, one per row, with a whisker for the interval when there is one."""
    width, bar_w, row_h = label_w + 330, 200, 20
    top = _top([b.hi if b.hi is not None else b.value for b in rows])
    scale = lambda v: label_w + 6 + bar_w * min(v, top) / top  # noqa: E731
    parts = []
    for i, b in enumerate(rows):
        y0 = 6 + i * row_h
        colour, dash = style(b.genre)
        short = b.label if len(b.label) <= 30 else b.label[:29] + "…"
        parts.append(f'<text x="{label_w}" y="{y0 + 13}" text-anchor="end" class="lbl"><title>{esc(b.label)}</title>'
                     f'{esc(short)}</text><rect x="{label_w + 6}" y="{y0 + 3}" width="{scale(b.value) - label_w - 6:.1f}" '
                     f'height="{row_h - 8}" fill="{colour}" fill-opacity="0.75" stroke="{colour}" '
                     f'stroke-dasharray="{dash}"/>')
        end = scale(b.value)
        if b.lo is not None and b.hi is not None:
            lo, hi = scale(b.lo), scale(b.hi)
            end = max(end, hi)
            parts.append(f'<path d="M{lo:.1f} {y0 + 9}H{hi:.1f}M{lo:.1f} {y0 + 5}V{y0 + 13}M{hi:.1f} {y0 + 5}V{y0 + 13}" '
                         f'stroke="#1b1b1b" stroke-width="1.2" class="whisker"/>')
        shown = b.text if b.text is not None else _num(b.value)
        parts.append(f'<text x="{end + 6:.1f}" y="{y0 + 13}" class="val">{esc(shown)}{esc(b.note)}</text>')
    words = "; ".join(f"{b.label} {b.text if b.text is not None else _num(b.value)}" + (f" ({_num(b.lo)} to {_num(b.hi)})" if b.lo is not None
                                                       and b.hi is not None else "") for b in rows)
    return _svg(key, f"{title} ({unit}): {words or 'none'}", width, 12 + row_h * max(1, len(rows)), "".join(parts))


def count_bars(key: str, title: str, rows: list[tuple[str, dict[str, int]]], order: list[str],
               label_w: int = 260) -> str:
    """Stacked horizontal bars of counts per genre (a rule's findings in news and in
    the other genres side by side in one bar)."""
    width, bar_w, row_h = label_w + 300, 220, 20
    most = max((sum(c.values()) for _, c in rows), default=0) or 1
    parts = []
    for i, (label, counts) in enumerate(rows):
        y0 = 6 + i * row_h
        short = label if len(label) <= 40 else label[:39] + "…"
        parts.append(f'<text x="{label_w}" y="{y0 + 13}" text-anchor="end" class="lbl"><title>{esc(label)}</title>'
                     f'{esc(short)}</text>')
        x = label_w + 6.0
        for genre in order:
            n = counts.get(genre, 0)
            if not n:
                continue
            w = bar_w * n / most
            colour, _ = style(genre)
            parts.append(f'<rect x="{x:.1f}" y="{y0 + 3}" width="{w:.1f}" height="{row_h - 8}" fill="{colour}" '
                         f'fill-opacity="0.8"><title>{esc(label)}: {n} in {esc(genre)}</title></rect>')
            x += w
        parts.append(f'<text x="{x + 6:.1f}" y="{y0 + 13}" class="val">{sum(counts.values())}</text>')
    words = "; ".join(f"{label} " + ", ".join(f"{g} {c[g]}" for g in order if c.get(g)) for label, c in rows)
    return _svg(key, f"{title}: {words or 'none'}", width, 12 + row_h * max(1, len(rows)), "".join(parts))


CSS = """
svg.achart{max-width:100%;height:auto;font:11px system-ui,sans-serif;background:#fff}
svg.achart .ttl{font-weight:600;fill:#1b1b1b;font-size:12px}
svg.achart .tick{fill:#595959}svg.achart .lbl{fill:#1b1b1b}svg.achart .val{fill:#444}
svg.achart .axis{stroke:#767676}svg.achart .grid{stroke:#e4e4e4}
"""
