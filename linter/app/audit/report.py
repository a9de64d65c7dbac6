"""``report.html``: the audit as one self-contained page a standards editor reads.

Trend charts over the months (findings per 1,000 words per family, a line per genre
with its 95% band), the same per outlet and per section as small multiples, the rules
that fire most, the entities most often framed with doubt verbs, and the articles to
read first, each linking to its own ``check --format html`` report pre-rendered into
DIR/articles/. Inline SVG and CSS only: no script, no request of any kind (a
Content-Security-Policy forbids them), so it opens offline and as an attachment.

Genres are never pooled silently: every chart draws news and the genres that carry
evaluation (opinion, analysis, review, ...) as separate lines or bars.
"""

from __future__ import annotations

from pathlib import Path

from ..._version import __version__
from ...report.charts import esc
from . import report_data as data
from .report_charts import CSS as CHART_CSS
from .report_charts import Bar, Series, bars, count_bars, trend

#: Families drawn as trend panels (most findings first), beside all gate findings.
MAX_FAMILY_PANELS = 6
#: Genres drawn per panel (most articles first); summary.csv has every genre.
MAX_GENRES = 4
UNIT = "findings per 1,000 words"
CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'")


def _table(head: tuple[str, ...], body: str, caption: str = "", cls: str = "figures") -> str:
    cols = "".join(f'<th scope="col">{esc(h)}</th>' for h in head)
    cap = f"<caption>{esc(caption)}</caption>" if caption else ""
    return f'<table class="{cls}">{cap}<thead><tr>{cols}</tr></thead><tbody>{body}</tbody></table>'


def _n(value: str) -> str:
    """A count as a reader reads it: 516,461."""
    return f"{int(value):,}" if value not in ("", None) else ""


def _f(value: str) -> float:
    return float(value) if value not in ("", None) else float("nan")


def _genres(rows: list[dict]) -> list[str]:
    """The genres of the run, news first, then by articles."""
    per = {r["key"]: int(r["articles"]) for r in rows if r["dimension"] == "genre"}
    return sorted(per, key=lambda g: (g != "news", -per[g], g))


def _series(rows: list[dict], column: str, genres: list[str], key_of=lambda r: r["key"]) -> list[Series]:
    out = {g: Series(g) for g in genres}
    for r in rows:
        s = out.get(r["genre_group"])
        if s is None or r[column] == "":
            continue
        s.points[key_of(r)] = (_f(r[column]), _f(r[f"{column}_lo"]), _f(r[f"{column}_hi"]))
        s.articles += int(r["articles"])
    return [s for s in out.values() if s.points]


def _families(rows: list[dict]) -> list[str]:
    """Families with gate findings in the run, most first."""
    total = next((r for r in rows if r["dimension"] == "all" and r["genre_group"] == "all"), None)
    if total is None:
        return []
    fams = [c[2:] for c in total if c.startswith("f_") and int(total[c] or 0) > 0]
    return sorted(fams, key=lambda f: -int(total[f"f_{f}"]))


def trends_section(rows: list[dict], genres: list[str], months: list[str], families: dict[str, str]) -> str:
    month_rows = [r for r in rows if r["dimension"] == "month"]
    shown = genres[:MAX_GENRES]
    panels = [("per_1k_gate", "All findings (warnings and errors)")]
    panels += [(f"per_1k_{f}", f"{families.get(f, f).capitalize()} ({f})") for f in _families(rows)[:MAX_FAMILY_PANELS]]
    charts = "".join(f'<figure class="panel">{trend(f"trend-{col}", title, months, _series(month_rows, col, shown), UNIT)}'
                     f'</figure>' for col, title in panels)
    table = _rows_table(month_rows, "Month", "per_1k_gate", shown)
    return (f'<section id="trends"><h2>Over time</h2><p class="note">{esc(UNIT.capitalize())} each month, as a gate counts them '
            f'(warnings and errors), a line per genre with its 95% interval (bootstrap over articles). A month '
            f'with no article of a genre leaves a gap.</p><div class="grid">{charts}</div>{table}</section>')


def _rows_table(rows: list[dict], head: str, column: str, genres: list[str]) -> str:
    body = "".join(
        f'<tr><th scope="row">{esc(r["key"].replace(chr(31), " · "))}</th><td>{esc(r["genre_group"])}</td>'
        f'<td>{_n(r["articles"])}</td><td>{_n(r["words"])}</td><td>{_n(r["gate"])}</td><td>{r[column]}</td>'
        f'<td>{r[column + "_lo"]} to {r[column + "_hi"]}</td><td>{r["opinion_share"]}</td></tr>'
        for r in rows if r["genre_group"] in genres)
    table = _table((head, "Genre", "Articles", "Words", "Findings", "Per 1,000 words", "95% interval",
                    "Opinion share"), body)
    return f'<details><summary>The figures ({esc(head.lower())} by genre)</summary>{table}</details>'


def dimension_section(out_dir: Path, rows: list[dict], dim: str, title: str, genres: list[str],
                      months: list[str]) -> str:
    """Per outlet (or section): a bar per key and genre with its interval, then the
    trend of each of the biggest keys as small multiples."""
    mine = [r for r in rows if r["dimension"] == dim and r["genre_group"] != "all"]
    if not mine or {r["key"] for r in mine} == {data.UNKNOWN}:
        return ""
    size: dict[str, int] = {}
    for r in mine:
        size[r["key"]] = size.get(r["key"], 0) + int(r["articles"])
    keys = sorted(size, key=lambda k: (-size[k], k))
    order = {g: i for i, g in enumerate(genres)}
    ranked = sorted(mine, key=lambda r: (keys.index(r["key"]), order.get(r["genre_group"], 99)))
    chart = bars(f"{dim}-bars", f"Findings per {dim} and genre", [
        Bar(f'{r["key"]} · {r["genre_group"]}', _f(r["per_1k_gate"]), _f(r["per_1k_gate_lo"]),
            _f(r["per_1k_gate_hi"]), f' ({r["articles"]} art.)', r["genre_group"])
        for r in ranked if r["per_1k_gate"] != ""], UNIT)
    shown = keys[:data.MAX_PANELS]
    cross = data.by_month(out_dir, dim, shown)
    panels = "".join(_panel(f"{dim}-{i}", key, cross, months, genres) for i, key in enumerate(shown))
    more = f'<p class="note">{len(keys) - len(shown)} more in the table and in summary.csv.</p>' if len(keys) > len(shown) else ""
    return (f'<section id="{dim}"><h2>{esc(title)}</h2><p class="note">{esc(UNIT.capitalize())} per {dim}, one bar per genre '
            f'(whisker: 95% interval). A {dim} whose figure comes from opinion or review pieces shows it here, '
            f'not in its news bar.</p><figure class="wide">{chart}</figure>'
            f'<h3>Each {dim} over time</h3><div class="grid">{panels}</div>{more}'
            f'{_rows_table(ranked, dim.capitalize(), "per_1k_gate", genres)}</section>')


def _panel(chart_id: str, key: str, cross: list[dict], months: list[str], genres: list[str]) -> str:
    """One small multiple: a key's (an outlet's) trend, a line per genre."""
    mine = [r for r in cross if r["key"].split("\x1f")[0] == key]
    series = _series(mine, "per_1k_gate", genres[:MAX_GENRES], lambda r: r["key"].split("\x1f")[1])
    return f'<figure class="panel">{trend(chart_id, key, months, series, UNIT)}</figure>'


def rules_section(out_dir: Path, genres: list[str], names: dict[str, str]) -> str:
    ranked, total = data.top_rules(out_dir)
    if not ranked:
        return '<section id="rules"><h2>Rules that fire most</h2><p class="note">No warnings or errors.</p></section>'
    order = genres + sorted({g for r in ranked for g in r.by_genre} - set(genres))
    chart = count_bars("rules-bars", "Warnings and errors per rule, by genre",
                       [(f"{r.code} {names.get(r.code, '')}".strip(), dict(r.by_genre)) for r in ranked], order)
    body = "".join(f'<tr><th scope="row">{esc(r.code)}</th><td>{esc(names.get(r.code, ""))}</td><td>{r.total}</td>'
                   f'<td>{r.total / total:.1%}</td><td>{r.errors}</td><td>{r.by_genre.get("news", 0)}</td>'
                   f'<td>{r.total - r.by_genre.get("news", 0)}</td><td>{r.infos}</td></tr>' for r in ranked)
    table = _table(("Code", "Name", "Findings", "Share", "Errors", "In news", "In other genres",
                    "Info (not counted)"), body)
    return (f'<section id="rules"><h2>Rules that fire most</h2><p class="note">Warnings and errors, split by genre '
            f'({total} in all).</p><figure class="wide">{chart}</figure>{table}</section>')


def doubt_section(out_dir: Path) -> str:
    entities = data.doubted(out_dir)
    if not entities:
        return ('<section id="doubt"><h2>Entities framed with doubt</h2><p class="note">No statement was reported '
                'with a doubt verb.</p></section>')
    chart = bars("doubt-bars", "Doubt verbs per entity", [
        Bar(e.name, float(e.doubt), note=f" of {e.verbs} verbs, in {len(e.articles)} art.", text=str(e.doubt))
        for e in entities], "doubt verbs")
    body = "".join(
        f'<tr><th scope="row">{esc(e.name)}</th><td>{e.doubt}</td><td>{e.verbs}</td><td>{len(e.articles)}</td>'
        f'<td>{esc(", ".join(f"{o} {n}" for o, n in e.outlets.most_common(4)))}</td>'
        f'<td>{esc(", ".join(f"{g} {n}" for g, n in e.genres.most_common()))}</td></tr>' for e in entities)
    return (f'<section id="doubt"><h2>Entities framed with doubt</h2><p class="note">Sources whose statements are '
            f'most often reported with doubt verbs ("claimed", "alleged"): named people, organisations and '
            f'institutions, names folded for case and spacing. '
            f'"All verbs" counts every reporting verb for them in those articles.</p><figure class="wide">{chart}'
            f'</figure>{_table(("Entity", "Doubt verbs", "All verbs", "Articles", "Outlets", "Genres"), body)}</section>')


def read_first_section(out_dir: Path, render_pages: bool) -> str:
    rows = data.read_first(out_dir)
    if not rows:
        return (f'<section id="read-first"><h2>Read first</h2><p class="note">No article of {data.MIN_WORDS} words '
                f'or more has a warning or an error.</p></section>')
    from .report_articles import render_all

    links = render_all(out_dir, rows) if render_pages else {}
    body = []
    for k, r in enumerate(rows, 1):
        title = esc(r["headline"] or r["id"])
        link = f'<a href="{esc(links[r["id"]])}">{title}</a>' if r["id"] in links else title
        body.append(f'<tr><td>{k}</td><th scope="row">{link}</th><td>{esc(r["outlet"] or "")}</td>'
                    f'<td>{esc(r["date"] or "")}</td><td>{esc(r["genre"])}</td><td>{r["words"]:,}</td>'
                    f'<td>{r["errors"]}</td><td>{r["per_1k_errors"]:.2f}</td><td>{r["warnings"]}</td>'
                    f'<td>{r["per_1k_warnings"]:.2f}</td></tr>')
    table = _table(("#", "Article", "Outlet", "Date", "Genre", "Words", "Errors", "Errors per 1,000 words",
                    "Warnings", "Warnings per 1,000 words"), "".join(body), cls="figures read-first")
    return (f'<section id="read-first"><h2>Read first</h2><p class="note">The {len(rows)} articles with the most '
            f'errors per 1,000 words, then the most warnings per 1,000 words (pieces of {data.MIN_WORDS} words or '
            f'more, so a short brief does not top the list). Each title opens the article\'s '
            f'own report, as <code>newslint check --format html</code> writes it (pre-rendered into '
            f'<code>articles/</code>).</p>{table}</section>')


def head_section(out_dir: Path, rows: list[dict], genres: list[str], months: list[str]) -> str:
    per = {r["genre_group"]: r for r in rows if r["dimension"] == "all"}
    pooled = per.get("all", {})
    outlets = len({r["key"] for r in rows if r["dimension"] == "outlet"})
    span = f"{months[0]} to {months[-1]}" if months else "no dates"
    failed = data.failures(out_dir)
    body = "".join(f'<tr><th scope="row">{esc(g)}</th><td>{_n(per[g]["articles"])}</td><td>{_n(per[g]["words"])}</td>'
                   f'<td>{_n(per[g]["gate"])}</td><td>{per[g]["per_1k_gate"]}</td><td>{per[g]["per_1k_gate_lo"]} to '
                   f'{per[g]["per_1k_gate_hi"]}</td><td>{per[g]["opinion_share"]}</td><td>{per[g]["framed_share"]}</td>'
                   f'</tr>' for g in genres if g in per)
    table = _table(("Genre", "Articles", "Words", "Findings", "Per 1,000 words", "95% interval", "Opinion share",
                    "Framed verbs share"), body, "Per genre (never pooled: a column argues, a report reports)")
    return (f'<header class="head"><h1>newslint audit</h1><p class="summary"><strong>{_n(pooled.get("articles", 0))} '
            f'articles</strong>, {_n(pooled.get("words", 0))} words, {outlets} outlet{"s" * (outlets != 1)}, {esc(span)}'
            f'{f"; {failed} could not be linted (failures.csv)" if failed else ""}.</p>'
            f'{table}<nav><a href="#trends">Over time</a> · <a href="#outlet">Outlets</a> · '
            f'<a href="#section">Sections</a> · <a href="#rules">Rules</a> · <a href="#doubt">Doubt</a> · '
            f'<a href="#read-first">Read first</a></nav></header>')


def _names() -> tuple[dict[str, str], dict[str, str]]:
    """Rule names by code and family names by prefix, from the packs."""
    from ...lint.settings import Settings
    from ..api import linter_for

    linter = linter_for(Settings())
    return {r.code: r.name for r in linter.rules}, {k: f.name for k, f in linter.families.items()}


def write_report(out_dir: Path, render_pages: bool = True) -> Path:
    """Write DIR/report.html (and DIR/articles/ for the articles to read first) from
    DIR's Parquet tables and summary.csv (written first if it is missing)."""
    from .summary import write_summary

    out_dir = Path(out_dir)
    if not (out_dir / "summary.csv").is_file():
        write_summary(out_dir)
    rows = data.summary(out_dir)
    genres = _genres(rows)
    months = sorted({r["key"] for r in rows if r["dimension"] == "month"} - {data.UNKNOWN})
    rules, families = _names()
    body = [head_section(out_dir, rows, genres, months), trends_section(rows, genres, months, families),
            dimension_section(out_dir, rows, "outlet", "Outlets", genres, months),
            dimension_section(out_dir, rows, "section", "Sections", genres, months),
            rules_section(out_dir, genres, rules), doubt_section(out_dir),
            read_first_section(out_dir, render_pages)]
    page = (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{esc(CSP)}"><meta name="referrer" content="no-referrer">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta name="generator" content="newslint {esc(__version__)}"><title>newslint audit: '
            f'{esc(out_dir.name)}</title><style>{CSS}{CHART_CSS}</style></head>\n<body><main>{"".join(body)}'
            f'<p class="note">Every figure is in summary.csv, with its counts and interval.</p></main></body></html>\n')
    path = out_dir / "report.html"
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(page, encoding="utf-8")
    tmp.replace(path)
    return path


CSS = """
:root{--text:#1b1b1b;--muted:#595959;--rule:#d9d9d9}
body{margin:0;color:var(--text);background:#fff;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
main{max-width:84rem;margin:0 auto;padding:1rem 1.5rem 3rem}
h1{font-size:1.05rem;letter-spacing:.02em;text-transform:uppercase;color:var(--muted);margin:0 0 .35rem}
h2{font-size:1.2rem;margin:2rem 0 .3rem;border-top:1px solid var(--rule);padding-top:1rem}h3{font-size:1rem}
.summary{font-size:1.05rem}.note{color:var(--muted);font-size:.88rem;margin:.3rem 0 .6rem}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(360px,1fr));gap:1rem}
figure{margin:0}figure.wide{overflow-x:auto}
table.figures{border-collapse:collapse;font-size:.85rem;margin:.5rem 0}
table.figures caption{text-align:left;color:var(--muted);font-size:.8rem}
table.figures th,table.figures td{border-bottom:1px solid var(--rule);padding:.2rem .7rem .2rem 0;text-align:left;vertical-align:top}
table.figures td{font-variant-numeric:tabular-nums}
details summary{cursor:pointer;color:var(--muted);font-size:.88rem}
a{color:#1f4e9c}nav{margin:.6rem 0}
@media print{details{display:none}.grid{display:block}}
"""
