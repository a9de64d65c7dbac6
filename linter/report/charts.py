"""The sourcing profile as small inline SVG charts, each with an HTML table of the
same numbers.

The charts are for the eye; the tables are what a screen reader, a copy-paste into
a memo or a black-and-white print relies on, so every figure appears in both. No
chart library and no network: the report must open offline and as an e-mail
attachment. Doubt framing and source groups are marked with patterns and words as
well as colour, so nothing depends on telling hues apart.
"""

from __future__ import annotations

from html import escape

from ..model.doc import FRAMING, TIERS
from ..model.profile import EntityVerbs, Profile
from .profile_text import genre_words

#: Tiers grouped the way a standards editor reads them: who stands behind the words.
GROUPS = {
    "named-person": "named",
    "named-organisation": "named",
    "institution": "named",
    "described": "described",
    "collective": "vague",
    "vague": "vague",
    "bare-anonymous": "anonymous",
}
#: Fill per group; vague and anonymous also get a hatch so they read in grey print.
GROUP_FILL = {"named": "#1f4e9c", "described": "#5b7083", "vague": "#9a4a00", "anonymous": "#a3231b"}
GROUP_HATCH = {"vague": "hatch", "anonymous": "cross"}

LABEL_W = 150  # room for a label, in SVG units
BAR_X = LABEL_W + 6
BAR_W = 210  # the longest bar
ROW_H = 22
WIDTH = BAR_X + BAR_W + 130
MAX_LABEL = 22  # characters of a name shown in a chart (the table has it whole)
MAX_VERB_ROWS = 8


def esc(value: object) -> str:
    """Article text, messages, paths and names are data: escape all of it, quotes too.
    A carriage return is written as a reference because the HTML parser folds a
    literal CR LF into LF, and a highlight's text must stay exactly the finding's
    text in a CRLF file."""
    return escape(str(value), quote=True).replace("\r", "&#13;")


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _short(label: str) -> str:
    return label if len(label) <= MAX_LABEL else label[:MAX_LABEL - 1] + "…"


def _patterns(key: str) -> str:
    """Hatch patterns for one chart (ids are per chart so charts stay independent)."""
    return (f'<defs><pattern id="{key}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" '
            f'patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/>'
            f'<rect width="3" height="6" fill="currentColor"/></pattern>'
            f'<pattern id="{key}-cross" width="6" height="6" patternUnits="userSpaceOnUse">'
            f'<rect width="6" height="6" fill="#fff"/><path d="M0 0L6 6M6 0L0 6" stroke="currentColor" '
            f'stroke-width="1.6"/></pattern></defs>')


def _svg(key: str, title: str, rows: int, body: str, extra_h: int = 0) -> str:
    """An accessible SVG shell: role=img, a <title> with the whole figure in words."""
    height = rows * ROW_H + 8 + extra_h
    return (f'<svg class="chart" role="img" aria-labelledby="{key}-t" viewBox="0 0 {WIDTH} {height}" '
            f'width="{WIDTH}" height="{height}"><title id="{key}-t">{esc(title)}</title>'
            f'{_patterns(key)}{body}</svg>')


def _label(y: int, text: str) -> str:
    return (f'<text x="{LABEL_W}" y="{y + 15}" text-anchor="end" class="lbl">'
            f'<title>{esc(text)}</title>{esc(_short(text))}</text>')


def _bar(key: str, y: int, width: float, fill: str, hatch: str | None = None) -> str:
    paint = f'url(#{key}-{hatch})' if hatch else fill
    return (f'<rect x="{BAR_X}" y="{y + 4}" width="{width:.1f}" height="{ROW_H - 8}" fill="{paint}" '
            f'color="{fill}" stroke="{fill}" stroke-width="1"/>')


def _value(y: int, x: float, text: str) -> str:
    return f'<text x="{x + 6:.1f}" y="{y + 15}" class="val">{esc(text)}</text>'


def _table(cls: str, caption: str, head: tuple[str, ...], rows: list[str], foot: str = "") -> str:
    cols = "".join(f'<th scope="col">{esc(h)}</th>' for h in head)
    return (f'<table class="figures {cls}"><caption>{esc(caption)}</caption><thead><tr>{cols}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody>{foot}</table>')


def _chart_block(cls: str, heading: str, svg: str, table: str, note: str = "") -> str:
    return f'<div class="chart-block {cls}"><h4>{esc(heading)}</h4>{svg}{note}{table}</div>'


# --- who is quoted -------------------------------------------------------------

def quoted(profile: Profile, key: str) -> str:
    """Quotations and quoted words per speaker: whose words the article carries."""
    people = sorted(profile.quoted.items(), key=lambda kv: (-kv[1].words, kv[0]))
    loose = profile.unattributed_quotes
    most = max((v.words for _, v in people), default=0) or 1
    parts = []
    for i, (who, v) in enumerate(people):
        y = i * ROW_H
        width = max(2.0, BAR_W * v.words / most)
        parts.append(_label(y, who) + _bar(key, y, width, "#1f4e9c")
                     + _value(y, BAR_X + width, f"{_plural(v.words, 'word')}, {_plural(v.quotes, 'quote')}"))
    if not people:
        parts.append('<text x="0" y="15" class="val">Nobody is quoted directly.</text>')
    title = "Quotations per speaker: " + ("; ".join(
        f"{who} {_plural(v.quotes, 'quote')}, {_plural(v.words, 'word')}" for who, v in people)
        or "nobody is quoted") + f"; quotations with no speaker: {loose}"
    rows = [f'<tr><th scope="row">{esc(who)}</th><td>{v.quotes}</td><td>{v.words}</td></tr>'
            for who, v in people]
    foot = (f'<tfoot><tr class="unattributed"><th scope="row">With no speaker</th><td>{loose}</td>'
            f'<td></td></tr></tfoot>')
    table = _table("quoted", "Quotations per speaker", ("Speaker", "Quotes", "Quoted words"), rows, foot)
    return _chart_block("quoted-chart", "Who is quoted", _svg(key, title, max(1, len(people)), "".join(parts)),
                        table)


# --- sources by tier -------------------------------------------------------------

def tiers(profile: Profile, key: str) -> str:
    """Attributions per source tier, grouped named / described / vague / anonymous."""
    counts = profile.tiers
    most = max(counts.values(), default=0) or 1
    parts = []
    for i, tier in enumerate(TIERS):
        y, n, group = i * ROW_H, counts.get(tier, 0), GROUPS[tier]
        width = BAR_W * n / most
        bar = _bar(key, y, width, GROUP_FILL[group], GROUP_HATCH.get(group)) if n else ""
        parts.append(_label(y, tier) + bar + _value(y, BAR_X + width, f"{n} · {group}"))
    parts.append(_legend(key, len(TIERS) * ROW_H + 6))
    title = "Attributions by source tier: " + "; ".join(
        f"{tier} ({GROUPS[tier]}) {counts.get(tier, 0)}" for tier in TIERS)
    rows = [f'<tr class="group-{GROUPS[t]}"><th scope="row">{esc(t)}</th><td>{esc(GROUPS[t])}</td>'
            f'<td>{counts.get(t, 0)}</td></tr>' for t in TIERS]
    table = _table("tiers", "Attributions by source tier", ("Tier", "Group", "Attributions"), rows)
    svg = _svg(key, title, len(TIERS), "".join(parts), extra_h=ROW_H)
    return _chart_block("tiers-chart", "Sources by tier", svg, table, _sources_list(profile))


def _legend(key: str, y: int) -> str:
    out, x = [], 0
    for group, fill in GROUP_FILL.items():
        hatch = GROUP_HATCH.get(group)
        paint = f'url(#{key}-{hatch})' if hatch else fill
        out.append(f'<rect x="{x}" y="{y + 3}" width="12" height="12" fill="{paint}" color="{fill}" '
                   f'stroke="{fill}"/><text x="{x + 16}" y="{y + 13}" class="val">{group}</text>')
        x += 26 + 8 * len(group)
    return "".join(out)


def _sources_list(profile: Profile) -> str:
    """Every source by name, for the editor who wants to know who the "vague" ones are."""
    sources = profile.sources
    if not sources:
        return ""
    rows = "".join(f'<tr><th scope="row">{esc(s.source)}</th><td>{esc(s.tier)}</td>'
                   f'<td>{s.sentences}</td></tr>' for s in sources)
    return (f'<details class="sources"><summary>Every source ({len(sources)})</summary>'
            f'<table class="figures source-list"><thead><tr><th scope="col">Source</th><th scope="col">Tier</th>'
            f'<th scope="col">Sentences</th></tr></thead><tbody>{rows}</tbody></table></details>')


# --- reporting verbs -------------------------------------------------------------

def verbs(profile: Profile, key: str) -> str:
    """Reporting verbs per entity, doubt framing marked by a hatch and in words."""
    entries = sorted(profile.verbs.items(), key=lambda kv: (-kv[1].framed, -kv[1].total, kv[0]))
    shown = entries[:MAX_VERB_ROWS]
    longest = max((e.total for _, e in shown), default=1) or 1
    unit = min(18.0, BAR_W / longest)
    parts = []
    for i, (who, e) in enumerate(shown):
        y = i * ROW_H
        parts.append(_label(y, who))
        for j, verb in enumerate(e.verbs):
            framed = verb.cls in FRAMING
            paint = f'url(#{key}-hatch)' if framed else "#8a96a3"
            parts.append(f'<rect x="{BAR_X + j * unit:.1f}" y="{y + 4}" width="{unit - 2:.1f}" height="{ROW_H - 8}" '
                         f'fill="{paint}" color="#a3231b" stroke="{"#a3231b" if framed else "#8a96a3"}">'
                         f'<title>{esc(verb.text)}{" (" + esc(verb.cls) + ")" if framed else ""}</title></rect>')
        parts.append(_value(y, BAR_X + len(e.verbs) * unit, f"{e.framed} of {e.total} framed"))
    if not shown:
        parts.append('<text x="0" y="15" class="val">No reporting verbs.</text>')
    legend_y = max(1, len(shown)) * ROW_H + 6
    parts.append(f'<rect x="0" y="{legend_y + 3}" width="12" height="12" fill="url(#{key}-hatch)" color="#a3231b" '
                 f'stroke="#a3231b"/><text x="16" y="{legend_y + 13}" class="val">doubt framing (claim, admit, '
                 f'insist)</text><rect x="230" y="{legend_y + 3}" width="12" height="12" fill="#8a96a3"/>'
                 f'<text x="246" y="{legend_y + 13}" class="val">other verbs</text>')
    title = "Reporting verbs per entity: " + ("; ".join(
        f"{who} {e.framed} of {e.total} framed with doubt" for who, e in shown) or "none")
    rows = [_verb_row(who, e) for who, e in entries]
    table = _table("verbs", "Reporting verbs per entity (framing verbs marked)",
                   ("Entity", "Verbs", "Framed", "Total"), rows)
    more = len(entries) - len(shown)
    note = f'<p class="note">{more} more in the table.</p>' if more > 0 else ""
    svg = _svg(key, title, max(1, len(shown)), "".join(parts), extra_h=ROW_H)
    return _chart_block("verbs-chart", "Reporting verbs", svg, table, note + _asymmetry(profile))


def _verb_row(who: str, entry: EntityVerbs) -> str:
    words = ", ".join(
        f'<span class="verb framed">{esc(v.text)}<span class="framing"> ({esc(v.cls)})</span></span>'
        if v.cls in FRAMING else f'<span class="verb">{esc(v.text)}</span>' for v in entry.verbs)
    return (f'<tr><th scope="row">{esc(who)}</th><td>{words}</td><td>{entry.framed}</td>'
            f'<td>{entry.total}</td></tr>')


def _asymmetry(profile: Profile) -> str:
    a = profile.asymmetry
    if not a:
        return ""
    return (f'<p class="note asymmetry">Framing asymmetry: {esc(a.entity)} {a.skew:.2f} of verbs framed, '
            f'others {a.others:.2f}.</p>')


# --- the writer's voice ----------------------------------------------------------

def opinion(profile: Profile, key: str) -> str:
    """The share of body sentences carrying the writer's unattributed judgement."""
    body, judged, share = profile.body_sentences, profile.opinion_sentences, profile.opinion_share
    width = BAR_W * (judged / body if body else 0.0)
    words = f"{judged} of {body} body sentences ({share:.0%})"
    bar = (f'<rect x="{BAR_X}" y="4" width="{BAR_W}" height="{ROW_H - 8}" fill="#fff" stroke="#44515e"/>'
           f'<rect x="{BAR_X}" y="4" width="{width:.1f}" height="{ROW_H - 8}" fill="url(#{key}-hatch)" '
           f'color="#9a4a00" stroke="#9a4a00"/>')
    svg = _svg(key, f"Writer's unattributed judgement: {words}", 1,
               _label(0, "writer's judgement") + bar + _value(0, BAR_X + BAR_W, f"{share:.0%}"))
    rows = [f'<tr><td>{body}</td><td>{judged}</td><td>{share:.2f}</td></tr>']
    table = _table("opinion", "Body sentences with the writer's unattributed judgement",
                   ("Body sentences", "With judgement", "Share"), rows)
    note = f'<p class="note">{esc(words)} carry the writer\'s unattributed judgement.</p>'
    return _chart_block("opinion-chart", "The writer's voice", svg, table, note)


def profile_section(profile: Profile | None, key: str) -> str:
    """One article's sourcing profile: four charts, each with its table."""
    if profile is None:
        return ""
    return (f'<section class="profile" aria-labelledby="{key}-h"><h3 id="{key}-h">Sourcing profile</h3>'
            f'<p class="genre">Read as: {esc(genre_words(profile))}</p><div class="charts">{quoted(profile, key + "-q")}{tiers(profile, key + "-s")}'
            f'{verbs(profile, key + "-v")}{opinion(profile, key + "-o")}</div></section>')
