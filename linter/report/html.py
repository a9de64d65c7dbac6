"""``--format html``: one self-contained page a standards editor reads.

The article is shown as the reader sees it, with every finding highlighted where it
is; a findings list links to the highlights and back; the sourcing profile is drawn
as inline SVG with its numbers in tables. The page makes no request of any kind (no
CDN, web font or remote image): it has to open offline, as an e-mail attachment and
from a CI artifact, and a Content-Security-Policy allowing only the page's own
inline script (by hash) guarantees that even if an escaping bug slipped through.

DOM contract (the browser tests and ``newslint serve`` rely on it):

* ``<body data-findings="TOTAL">`` (every finding, related ones included).
* What the page shows is *items*: a group of findings on the same words
  (linter.lint.related; most groups hold one finding), shown as its primary P, or one
  article-level finding (``scope = "article"``). Each item has exactly one element
  with class ``hl``, ``id="hl-P"``, ``data-finding="P"`` and ``data-group`` (the report
  indexes of all its findings, the primary first), focusable (``tabindex="0"``), with
  ``aria-describedby="d-P"`` and ``data-tip`` (every finding of the group, for the
  tooltip). Every finding index is in exactly one ``data-group``.
* A span item's ``hl`` is a ``mark`` in the article; when spans cross, its extra
  fragments are ``class="hl-cont"`` with ``data-part-of="P"``. The text of ``hl-P``
  plus its fragments is the primary's text as it reads in the article. Badges
  (``<a class="back" href="#f-P">``) follow the outermost highlight around their
  words, never inside one, and are CSS-drawn, so they add no text.
* Article-level items are list entries ``<li id="f-P">`` in the article's
  ``section.overview`` ("About the whole article"), not highlights over the text.
* Span items outside the article text (a suppression comment, stripped markup) keep
  their ``hl`` element in a strip labelled "Not shown in the article text".
* The list entry of span item P is ``<li id="f-P" class="card">`` holding ``<a
  class="jump" href="#hl-P">`` and the description ``d-P`` of every finding in the
  group; entries are grouped by the primary's severity (``section.fgroup``).
* Filters: ``input[data-filter="sev:SEVERITY"]`` and ``"fam:PREFIX"``; every
  highlight, badge and entry carries ``data-members`` ("severity:family" per finding)
  and is hidden (class ``off``) when none of its findings passes.
* One tooltip, ``#tip``, placed next to the highlight hovered or focused.
"""

from __future__ import annotations

import base64
import hashlib
from collections import Counter
from typing import Iterable, Iterator

from .._version import __version__
from ..lint.related import groups
from ..model.findings import FileResult, Finding
from ..model.rules import SEVERITIES, Family, Rule
from . import Context
from .charts import esc, profile_section
from .common import Tally
from .html_article import (ICON, OTHER, Marks, Placement, article_html, family, offtext_html, overview_html, place,
                           suggestion_text)
from .html_style import CSS, SCRIPT, family_css, soften

__all__ = ["stream", "SCRIPT", "OTHER", "soften"]

MAX_EXCERPT = 160
HEADINGS = {"error": "Errors", "warning": "Warnings", "info": "Info"}


def _csp() -> str:
    """No source of anything but this page's own script (by hash) and inline styles."""
    digest = base64.b64encode(hashlib.sha256(SCRIPT.encode("utf-8")).digest()).decode("ascii")
    return (f"default-src 'none'; script-src 'sha256-{digest}'; style-src 'unsafe-inline'; "
            f"img-src data:; base-uri 'none'; form-action 'none'")


# --- the findings list ----------------------------------------------------------

def _excerpt(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= MAX_EXCERPT else flat[:MAX_EXCERPT - 1] + "…"


def _icon(sev: str) -> str:
    return f'<span class="sev-icon" aria-hidden="true">{ICON[sev]}</span>'


def _item(f: Finding) -> str:
    """One finding of a list entry: code, name, severity in words, message, fix."""
    fix = f'<p class="fix">Suggestion: {esc(suggestion_text(f))}</p>' if f.suggestion else ""
    return (f'<div class="item"><p class="rule">{_icon(f.severity)} {esc(f.code)} {esc(f.name)}, {esc(f.severity)}</p>'
            f'<p class="msg">{esc(f.message)}</p>{fix}</div>')


def entry_html(n: int, where: str, marks: Marks) -> str:
    """One list entry for the words of item ``n``: jump link, the words, and the
    description of every finding on them (what ``aria-describedby`` points at)."""
    members = marks.members(n)
    f = marks.findings[n]
    also = " ".join(f"+{esc(marks.findings[m].code)}" for m in members[1:])
    also = f' <span class="also">{also}</span>' if also else ""
    return (f'<li id="f-{n}" class="card finding {marks.classes(n)}" {marks.data(n)} tabindex="-1">'
            f'<a class="jump" href="#hl-{n}"><span class="pill {marks.classes(n)}">{ICON[f.severity]} '
            f'{esc(f.code)}</span>{also} <span class="loc">{esc(where)}line {f.line}, column {f.column}</span></a>'
            f'<q class="excerpt">{esc(_excerpt(f.text))}</q>'
            f'<div class="desc" id="d-{n}">{"".join(_item(marks.findings[m]) for m in members)}</div></li>')


def findings_html(result: FileResult, shown: list[int], placed: Placement, key: str, marks: Marks) -> str:
    """The entries of the file's span items, grouped by the primary's severity."""
    several = len(result.parsed) > 1
    by_sev: dict[str, list[str]] = {}
    for n in shown:
        if n in placed.article_of and marks.findings[n].scope == "article":
            continue
        ai = placed.article_of.get(n)
        where = f"article {ai + 1}, " if several and ai is not None else ""
        by_sev.setdefault(marks.findings[n].severity, []).append(entry_html(n, where, marks))
    parts = [f'<section class="fgroup sev-{sev}"><h4>{_icon(sev)} {HEADINGS[sev]} '
             f'<span class="count">{len(by_sev[sev])}</span></h4><ol class="findings">{"".join(by_sev[sev])}</ol>'
             f'</section>' for sev in reversed(SEVERITIES) if sev in by_sev]
    whole = sum(len(v) for v in placed.whole.values())
    notes = []
    if whole:
        notes.append(f"{whole} about the whole article, above the text.")
    related = len(result.findings) - len(shown)
    if related:
        notes.append(f"{related} on the same words as another, listed with it.")
    note = f'<p class="note">{" ".join(notes)}</p>' if notes else ""
    body = "".join(parts) if parts or whole else '<p class="note">No findings.</p>'
    return (f'<aside class="side" aria-labelledby="{key}-fl"><h3 id="{key}-fl">Findings '
            f'<span class="count">{len(result.findings)}</span></h3>{note}{body}</aside>')


# --- page -----------------------------------------------------------------------

def _counts(findings: list[Finding]) -> Counter:
    return Counter(f.severity for f in findings)


def _count_pills(counts: Counter) -> str:
    return " ".join(f'<span class="count sev-{sev}">{_icon(sev)} {_severity_count(counts.get(sev, 0), sev)}</span>'
                    for sev in reversed(SEVERITIES))


def _severity_count(n: int, sev: str) -> str:
    return f"{n} {sev}" + ("" if n == 1 or sev == "info" else "s")


def file_section(k: int, result: FileResult, first: int, marks: Marks) -> str:
    key = f"file-{k}"
    found = groups(result.findings)
    marks.groups.update({first + g.primary: tuple(first + i for i in g.members) for g in found})
    placed = place(result, first, [g.primary for g in found])
    shown = sorted((first + g.primary for g in found), key=lambda n: (marks.findings[n].start, n))
    parts = []
    for ai, article in enumerate(result.parsed):
        akey = f"{key}-a{ai}"
        profile = result.profiles[ai] if ai < len(result.profiles) else None
        parts.append(f'<article class="story" id="{akey}">{overview_html(placed.whole.get(ai, []), marks)}'
                     f'{article_html(article, ai, placed, marks)}</article>{profile_section(profile, akey)}')
    if not result.parsed:
        parts.append('<p class="note">No article text was found in this file.</p>')
    hidden = "".join(f' <span class="count">{n} {label}</span>' for n, label in (
        (result.suppressed, "suppressed"), (result.baselined, "baselined")) if n)
    return (f'<section class="file" id="{key}" aria-labelledby="{key}-h">'
            f'<header class="file-head"><p class="path" id="{key}-h">{esc(result.path)}</p>'
            f'<p class="counts">{_count_pills(_counts(result.findings))}{hidden}</p></header>'
            f'<div class="file-body"><div class="main">{"".join(parts)}{offtext_html(placed.offtext, marks)}</div>'
            f'{findings_html(result, shown, placed, key, marks)}</div></section>')


def summary_html(tally: Tally) -> str:
    s = tally.summary()
    files = f"{s['files']} file{'' if s['files'] == 1 else 's'}"
    noun = "finding" if s["findings"] == 1 else "findings"
    return (f'<p class="summary"><strong>{s["findings"]} {noun}</strong> in {files}: '
            f'{_count_pills(Counter({sev: s[sev] for sev in SEVERITIES}))}. '
            f'{s["suppressed"]} suppressed by comments, {s["baselined"]} hidden by the baseline.</p>')


def _check(what: str) -> str:
    """A filter switch, hidden until the script runs (without it they would do nothing)."""
    return f'<input type="checkbox" checked hidden data-filter="{esc(what)}">'


def key_html(tally: Tally, families: dict[str, Family]) -> str:
    """How to read the marks, and the filters: severity by shape, word and underline
    (not colour), family by colour and code."""
    order = [*families, OTHER.prefix]
    present = sorted({family(code, families) for code in tally.rules}, key=order.index)
    by_fam = Counter()
    for code, (_, counts) in tally.rules.items():
        by_fam[family(code, families)] += sum(counts.values())
    fams = "".join(f'<li><label>{_check("fam:" + fam)}<span class="swatch fam-{fam}">'
                   f'{fam if fam != OTHER.prefix else "house"}</span> {esc(families.get(fam, OTHER).name)} '
                   f'({by_fam[fam]})</label></li>' for fam in present)
    line = {"error": "double underline", "warning": "solid underline", "info": "dotted underline"}
    sevs = "".join(f'<li><label>{_check("sev:" + sev)}{_icon(sev)} <span class="sample sev-{sev}">{sev}</span> '
                   f'{line[sev]} ({tally.severities.get(sev, 0)})</label></li>' for sev in reversed(SEVERITIES))
    return (f'<div class="key"><p class="hint" id="filter-hint" hidden>Untick a severity or a family to hide its '
            f'findings. <span id="shown" aria-live="polite"></span></p><ul class="sev-key">{sevs}</ul>'
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
           f'<meta name="color-scheme" content="light dark">'
           f'<meta name="generator" content="newslint {esc(__version__)}">'
           f'<title>newslint report: {esc(title)}</title><style>{family_css(families, OTHER)}{CSS}</style></head>\n'
           f'<body data-findings="{first}"><header class="report-head"><h1>newslint report</h1>'
           f'{summary_html(tally)}{key_html(tally, families)}</header>{toc_html(files)}<main>')
    yield from sections
    yield (f'</main>{glossary_html(tally, context.rules, families)}<div id="tip" class="tip" role="tooltip" hidden>'
           f'</div><script>{SCRIPT}</script></body></html>\n')
