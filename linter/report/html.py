"""``--format html``: one self-contained page a standards editor reads.

The article is shown as the reader sees it, with every finding highlighted where it
is; a findings list links to the highlights and back; the sourcing profile is drawn
as inline SVG with its numbers in tables. The page makes no request of any kind (no
CDN, web font or remote image): it has to open offline, as an e-mail attachment and
from a CI artifact, and a Content-Security-Policy allowing only the page's own
inline script (by hash) guarantees that even if an escaping bug slipped through.

DOM contract (the browser tests and ``newslint serve`` rely on it):

* ``<body data-findings="TOTAL">``.
* Exactly one element per finding with class ``hl``, ``id="hl-N"`` and
  ``data-finding="N"`` (N: 0-based index of the finding in the report, files in
  order); it is focusable (``tabindex="0"``) and ``aria-describedby="d-N"``. When
  spans cross, the extra fragments of finding N are ``class="hl-cont"`` with
  ``data-part-of="N"``. The text of ``hl-N`` plus its fragments is the finding's text
  as it reads in the article. Badges and tooltips are CSS-generated, so they add no
  text to a highlight.
* Findings outside the article text (a suppression comment, stripped markup) keep
  their ``hl`` element in a strip labelled "Not shown in the article text".
* The list entry of finding N is ``<li id="f-N">`` holding ``<a class="jump"
  href="#hl-N">``; ``<a class="back" href="#f-N">`` after each highlight links back.
"""

from __future__ import annotations

import base64
import hashlib
from collections import Counter
from typing import Iterable, Iterator

from .._version import __version__
from ..model.findings import FileResult, Finding
from ..model.rules import SEVERITIES, Family, Rule
from . import Context
from .charts import esc, profile_section
from .common import Tally
from .html_article import OTHER, Marks, Placement, article_html, family, offtext_html, place, suggestion_text

SEVERITY_LETTER = {"error": "E", "warning": "W", "info": "i"}
MAX_EXCERPT = 160

SCRIPT = """
document.addEventListener("click", function (event) {
  var link = event.target.closest ? event.target.closest("a.jump, a.back") : null;
  if (!link) { return; }
  var target = document.getElementById(link.getAttribute("href").slice(1));
  if (!target) { return; }
  event.preventDefault();
  target.focus({preventScroll: true});
  target.scrollIntoView({block: "center"});
  try { history.replaceState(null, "", link.getAttribute("href")); } catch (e) { /* file: URLs */ }
});
"""


def _csp() -> str:
    """No source of anything but this page's own script (by hash) and inline styles."""
    digest = base64.b64encode(hashlib.sha256(SCRIPT.encode("utf-8")).digest()).decode("ascii")
    return (f"default-src 'none'; script-src 'sha256-{digest}'; style-src 'unsafe-inline'; "
            f"img-src data:; base-uri 'none'; form-action 'none'")


# --- the findings list ----------------------------------------------------------

def _excerpt(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= MAX_EXCERPT else flat[:MAX_EXCERPT - 1] + "…"


def entry_html(n: int, f: Finding, where: str, families: dict[str, Family]) -> str:
    """One list entry: jump link, the flagged words, and the description the
    highlight's ``aria-describedby`` points at."""
    fam, sev = family(f.code, families), f.severity
    fix = f'<p class="fix">Suggestion: {esc(suggestion_text(f))}</p>' if f.suggestion else ""
    return (f'<li id="f-{n}" class="finding fam-{fam} sev-{sev}" tabindex="-1">'
            f'<a class="jump" href="#hl-{n}"><span class="pill fam-{fam} sev-{sev}">'
            f'{SEVERITY_LETTER.get(sev, "?")} {esc(f.code)}</span> <span class="loc">{esc(where)}line {f.line}, '
            f'column {f.column}</span></a>'
            f'<q class="excerpt">{esc(_excerpt(f.text))}</q>'
            f'<div class="desc" id="d-{n}"><p class="rule">{esc(f.code)} {esc(f.name)}, {esc(sev)}</p>'
            f'<p class="msg">{esc(f.message)}</p>{fix}</div></li>')


def findings_html(result: FileResult, first: int, placed: Placement, key: str, families: dict[str, Family]) -> str:
    several = len(result.parsed) > 1
    items = []
    for n, f in enumerate(result.findings, start=first):
        ai = placed.article_of.get(n)
        where = f"article {ai + 1}, " if several and ai is not None else ""
        items.append(entry_html(n, f, where, families))
    body = f'<ol class="findings">{"".join(items)}</ol>' if items else '<p class="note">No findings.</p>'
    return (f'<aside class="side" aria-labelledby="{key}-fl"><h3 id="{key}-fl">Findings '
            f'<span class="count">{len(result.findings)}</span></h3>{body}</aside>')


# --- page -----------------------------------------------------------------------

def _counts(findings: list[Finding]) -> Counter:
    return Counter(f.severity for f in findings)


def _count_pills(counts: Counter) -> str:
    return " ".join(f'<span class="count sev-{sev}">{_severity_count(counts.get(sev, 0), sev)}</span>'
                    for sev in reversed(SEVERITIES))


def _severity_count(n: int, sev: str) -> str:
    return f"{n} {sev}" + ("" if n == 1 or sev == "info" else "s")


def file_section(k: int, result: FileResult, first: int, marks: Marks) -> str:
    key = f"file-{k}"
    placed = place(result, first)
    parts = []
    for ai, article in enumerate(result.parsed):
        akey = f"{key}-a{ai}"
        profile = result.profiles[ai] if ai < len(result.profiles) else None
        parts.append(f'<article class="story" id="{akey}">{article_html(article, ai, placed, marks)}</article>'
                     f'{profile_section(profile, akey)}')
    if not result.parsed:
        parts.append('<p class="note">No article text was found in this file.</p>')
    hidden = "".join(f' <span class="count">{n} {label}</span>' for n, label in (
        (result.suppressed, "suppressed"), (result.baselined, "baselined")) if n)
    return (f'<section class="file" id="{key}" aria-labelledby="{key}-h">'
            f'<header class="file-head"><p class="path" id="{key}-h">{esc(result.path)}</p>'
            f'<p class="counts">{_count_pills(_counts(result.findings))}{hidden}</p></header>'
            f'<div class="file-body"><div class="main">{"".join(parts)}{offtext_html(placed.offtext, marks)}</div>'
            f'{findings_html(result, first, placed, key, marks.families)}</div></section>')


def summary_html(tally: Tally) -> str:
    s = tally.summary()
    files = f"{s['files']} file{'' if s['files'] == 1 else 's'}"
    noun = "finding" if s["findings"] == 1 else "findings"
    return (f'<p class="summary"><strong>{s["findings"]} {noun}</strong> in {files}: '
            f'{_count_pills(Counter({sev: s[sev] for sev in SEVERITIES}))}. '
            f'{s["suppressed"]} suppressed by comments, {s["baselined"]} hidden by the baseline.</p>')


def key_html(tally: Tally, families: dict[str, Family]) -> str:
    """How to read the marks: severity by underline (not colour), family by colour."""
    order = [*families, OTHER.prefix]
    present = sorted({family(code, families) for code in tally.rules}, key=order.index)
    fams = "".join(f'<li><span class="swatch fam-{fam}">{fam if fam != OTHER.prefix else "house"}</span> '
                   f'{esc(families.get(fam, OTHER).name)}</li>' for fam in present)
    return ('<div class="key"><ul class="sev-key">'
            '<li><span class="sample sev-error">error</span> double underline, E badge</li>'
            '<li><span class="sample sev-warning">warning</span> solid underline</li>'
            '<li><span class="sample sev-info">info</span> dotted underline</li></ul>'
            f'<ul class="fam-key">{fams}</ul></div>')


def toc_html(files: list[tuple[str, Counter]]) -> str:
    """With several files: each file, its counts by severity, a link to its section."""
    if len(files) < 2:
        return ""
    rows = []
    for k, (path, c) in enumerate(files):
        cells = "".join(f'<td class="sev-{sev}{"" if c.get(sev) else " zero"}">{c.get(sev, 0)}</td>'
                        for sev in reversed(SEVERITIES))
        rows.append(f'<tr><th scope="row"><a href="#file-{k}">{esc(path)}</a></th>{cells}</tr>')
    return ('<nav class="toc" aria-labelledby="toc-h"><h2 id="toc-h">Files</h2><table><thead><tr>'
            '<th scope="col">File</th><th scope="col">Errors</th><th scope="col">Warnings</th>'
            f'<th scope="col">Info</th></tr></thead><tbody>{"".join(rows)}</tbody></table></nav>')


def glossary_html(tally: Tally, rules: list[Rule], families: dict[str, Family]) -> str:
    """What each rule in the report checks and how to fix it, once, at the end."""
    used = set(tally.rules)
    rows = "".join(f'<tr><th scope="row"><span class="pill fam-{family(r.code, families)}">{esc(r.code)}</span></th>'
                   f'<td>{esc(r.name)}</td><td>{esc(r.summary)}</td><td>{esc(r.fix)}</td></tr>'
                   for r in sorted(rules, key=lambda r: r.code) if r.code in used)
    if not rows:
        return ""
    return ('<section class="glossary" aria-labelledby="rules-h"><h2 id="rules-h">Rules in this report</h2>'
            '<table><thead><tr><th scope="col">Code</th><th scope="col">Name</th><th scope="col">Checks</th>'
            f'<th scope="col">How to fix</th></tr></thead><tbody>{rows}</tbody></table></section>')


def stream(results: Iterable[FileResult], context: Context) -> Iterator[str]:
    """The whole report: one HTML document with everything inline. Each file's section
    is rendered as the file comes (only its findings are kept while it is drawn); the
    summary, key and table of contents at the top need the whole run, so the page is
    written once the sections are (they are held as text, not as results)."""
    families = context.families
    tally = Tally()
    sections: list[str] = []
    files: list[tuple[str, Counter]] = []
    first = 0
    for k, result in enumerate(tally.counting(results)):
        marks = Marks(dict(enumerate(result.findings, start=first)), families)
        sections.append(file_section(k, result, first, marks))
        files.append((result.path, _counts(result.findings)))
        first += len(result.findings)
    title = files[0][0] if len(files) == 1 else f"{len(files)} files"
    yield (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{esc(_csp())}">'
            f'<meta name="referrer" content="no-referrer">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta name="generator" content="newslint {esc(__version__)}">'
            f'<title>newslint report: {esc(title)}</title><style>{family_css(families)}{CSS}</style></head>\n'
            f'<body data-findings="{first}"><header class="report-head"><h1>newslint report</h1>'
            f'{summary_html(tally)}{key_html(tally, families)}</header>{toc_html(files)}<main>')
    yield from sections
    yield f'</main>{glossary_html(tally, context.rules, families)}<script>{SCRIPT}</script></body></html>\n'



def soften(tint: str) -> str:
    """Half way from a tint to white: info findings (often whole sentences, such as a
    reading grade) stay visible without drowning the words flagged more severely."""
    rgb = [int(tint[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{(c + 255) // 2:02x}" for c in rgb)


def family_css(families: dict[str, Family]) -> str:
    """The colour variables of each family, and of the neutral fallback."""
    return "".join(f".fam-{f.prefix}{{--tint:{f.tint};--soft:{soften(f.tint)};--ink:{f.ink}}}"
                   for f in [*families.values(), OTHER])


CSS = """
:root{--text:#1b1b1b;--muted:#595959;--rule:#d9d9d9;--paper:#fff;--side:#f7f7f5}
*{box-sizing:border-box}
body{margin:0;color:var(--text);background:var(--paper);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
.report-head,.toc,main,.glossary{max-width:84rem;margin:0 auto;padding:0 1.5rem}
.report-head{padding-top:1.25rem;padding-bottom:.75rem;border-bottom:1px solid var(--rule)}
h1{font-size:1.05rem;letter-spacing:.02em;text-transform:uppercase;color:var(--muted);margin:0 0 .35rem}
.summary{font-size:1.05rem;margin:.2rem 0 .6rem}
.count{display:inline-block;padding:0 .45em;border-radius:1em;background:#eee;font-size:.85em;white-space:nowrap}
.count.sev-error{background:#a3231b;color:#fff}.count.sev-warning{background:#fbe3b4;color:#1b1b1b}.count.sev-info{background:#e4e8ee;color:#1b1b1b}
.key{display:flex;flex-wrap:wrap;gap:.4rem 2rem;font-size:.85rem;color:var(--muted)}
.key ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.3rem 1rem}
.sample{padding:0 .2em;text-decoration-line:underline;text-decoration-color:#1b1b1b;text-underline-offset:3px;color:var(--text)}
.swatch{display:inline-block;padding:0 .4em;border-radius:3px;background:var(--tint);border-bottom:2px solid var(--ink);color:#1b1b1b;font-weight:600;font-size:.8rem}
.toc{padding-top:1rem}.toc h2,.glossary h2{font-size:1rem;margin:0 0 .4rem}
.toc table,.glossary table{border-collapse:collapse;font-size:.9rem}
.toc th,.toc td,.glossary th,.glossary td{padding:.25rem .8rem .25rem 0;border-bottom:1px solid var(--rule);text-align:left;vertical-align:top}
.toc td{text-align:right;font-variant-numeric:tabular-nums}.toc td.zero{color:#767676}
a{color:#1f4e9c}
.file{padding:1.5rem 0;border-bottom:1px solid var(--rule)}
.file-head{display:flex;flex-wrap:wrap;align-items:baseline;gap:.5rem 1rem;margin-bottom:.75rem}
.path{font:600 .95rem/1.3 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;margin:0;word-break:break-all}
.counts{margin:0}
.file-body{display:grid;grid-template-columns:minmax(0,44rem) minmax(17rem,1fr);gap:2.5rem;align-items:start}
.story{font:1.08rem/2.05 Georgia,"Times New Roman",serif;color:var(--text)}
.story p,.story ul,.story blockquote{margin:0 0 1rem}
.headline{font:700 1.75rem/1.3 Georgia,"Times New Roman",serif;margin:0 0 .75rem}
.story h3{font:700 1.15rem/1.5 Georgia,serif;margin:1.2rem 0 .4rem}
.standfirst{font-size:1.15rem;color:#333}
.byline{font:600 .9rem/1.8 system-ui,sans-serif;color:var(--muted)}
.caption{font:italic .95rem/1.9 system-ui,sans-serif;color:#444;border-left:3px solid var(--rule);padding-left:.75rem}
blockquote{border-left:3px solid #999;padding-left:1rem;margin-left:0}
.residue{color:var(--muted)}.residue s{text-decoration-color:#777}
.tag{display:inline-block;font:600 .68rem/1.5 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);border:1px solid #bbb;border-radius:3px;padding:0 .35em;margin-right:.3em;font-style:normal;vertical-align:.1em}
mark.mk{background:var(--tint);color:inherit;padding:.1em 0;border-radius:2px;text-decoration-line:underline;text-decoration-color:var(--ink);text-decoration-skip-ink:none;cursor:help}
.mk.sev-info{background:var(--soft)}
.mk.sev-error,.sample.sev-error{text-decoration-style:double;text-decoration-thickness:3px}
.mk.sev-warning,.sample.sev-warning{text-decoration-style:solid;text-decoration-thickness:2px}
.mk.sev-info,.sample.sev-info{text-decoration-style:dotted;text-decoration-thickness:2px}
.mk.d0{text-underline-offset:3px}.mk.d1{text-underline-offset:10px}.mk.d2{text-underline-offset:17px}.mk.d3{text-underline-offset:24px}
.mk:focus{outline:3px solid #1b1b1b;outline-offset:2px}
.mk:hover::after,.mk:focus::after{content:attr(data-tip);position:fixed;left:50%;bottom:1rem;transform:translateX(-50%);z-index:20;width:max-content;max-width:min(40rem,92vw);white-space:pre-line;background:#1b1b1b;color:#fff;font:400 .92rem/1.5 system-ui,sans-serif;padding:.6rem .9rem;border-radius:6px;box-shadow:0 2px 8px rgba(0,0,0,.25);pointer-events:none}
.mk:has(.mk:hover):not(:focus)::after{content:none}
a.back{display:inline-block;font:700 .6rem/1.35 system-ui,sans-serif;padding:0 .3em;margin:0 .15em 0 .1em;border-radius:3px;background:var(--ink);color:#fff;text-decoration:none;vertical-align:.45em;letter-spacing:.02em}
a.back::before{content:attr(data-code)}
a.back.sev-error::before{content:"E\\00a0" attr(data-code)}
a.back.sev-error{outline:2px solid var(--ink);outline-offset:1px}
a.back:focus-visible{outline:3px solid #1b1b1b}
.offtext{border:1px dashed #999;border-radius:4px;padding:.5rem 1rem;margin:1rem 0;font-size:.9rem}
.offtext h3{font-size:.95rem;margin:.2rem 0}.offtext ul{padding-left:1.2rem}
.offtext mark.mk{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85rem}
.side{position:sticky;top:0;max-height:100vh;overflow:auto;background:var(--side);border-left:1px solid var(--rule);padding:.75rem 1rem}
.side h3{font-size:.95rem;margin:.2rem 0 .6rem}
.findings{list-style:none;margin:0;padding:0}
.finding{border-left:4px solid var(--ink);background:#fff;padding:.45rem .6rem;margin:0 0 .5rem;border-radius:0 4px 4px 0;font-size:.85rem}
.finding:focus{outline:3px solid #1b1b1b}
.finding p{margin:.15rem 0}
a.jump{text-decoration:none;color:inherit;display:flex;gap:.5rem;align-items:baseline}
a.jump:hover .loc,a.jump:focus .loc{text-decoration:underline}
.pill{display:inline-block;font:700 .72rem/1.5 system-ui,sans-serif;padding:0 .4em;border-radius:3px;background:var(--ink);color:#fff;white-space:nowrap}
.loc{color:var(--muted);font-size:.8rem}
.excerpt{display:block;font-family:Georgia,serif;margin:.2rem 0;color:#333}
.rule{font-weight:600}.fix{color:#0f6358}
.profile{margin-top:1.5rem;border-top:1px solid var(--rule);padding-top:.5rem}
.profile h3{font-size:1rem;margin:.4rem 0 .8rem}
.charts{display:grid;grid-template-columns:minmax(0,1fr);gap:1.5rem}
.chart-block h4{font-size:.9rem;margin:0 0 .3rem}
svg.chart{max-width:100%;height:auto;display:block;font:12px system-ui,sans-serif;margin:.2rem 0 .4rem}
svg .lbl{fill:#1b1b1b}svg .val{fill:#444}
table.figures{border-collapse:collapse;font-size:.82rem;margin:.4rem 0;width:100%}
table.figures caption{text-align:left;color:var(--muted);font-size:.78rem;padding-bottom:.2rem}
table.figures th,table.figures td{border-bottom:1px solid var(--rule);padding:.15rem .5rem .15rem 0;text-align:left;vertical-align:top}
table.figures td{font-variant-numeric:tabular-nums}
.verb.framed{font-weight:700;text-decoration:underline wavy #a3231b}
.framing{font-weight:400;font-size:.85em;color:var(--muted)}
.note{color:var(--muted);font-size:.85rem;margin:.3rem 0}
details.sources summary{cursor:pointer;color:var(--muted);font-size:.85rem}
.glossary{padding-top:1.25rem;padding-bottom:2rem}
.glossary td{max-width:28rem}
@media (max-width:60rem){.file-body{grid-template-columns:minmax(0,1fr)}.side{position:static;max-height:none;border-left:0;border-top:1px solid var(--rule)}}
@media print{
body{font-size:10.5pt}
.file-body{display:block}
.side{position:static;max-height:none;overflow:visible;border:0;background:none;padding:0;margin-top:1rem}
.mk::after{display:none!important}
mark.mk{text-decoration-color:#000;-webkit-print-color-adjust:exact;print-color-adjust:exact}
a.back,.pill{background:#fff!important;color:#000!important;border:1px solid #000}
.finding{break-inside:avoid;border-left-color:#000}
.chart-block,table{break-inside:avoid}
details.sources{display:none}
a{color:inherit;text-decoration:none}
}
"""
