"""The HTML report's style sheet and its one script (allowed by hash in the page's
Content-Security-Policy).

Family and severity never share a means of showing: a family is a hue (the tint
behind the words, the underline, a card's left border), named by the rule code on
every badge; a severity is a shape (filled square, triangle, hollow circle), a word
and the underline's style (double, solid, dotted), drawn in the text colour. Light
and dark colours follow the reader's ``prefers-color-scheme``.
"""

from __future__ import annotations

from ..model.rules import Family

DARK_PAPER = "#161616"

SCRIPT = """
(function () {
  var tip = document.getElementById("tip");
  var current = null, hovered = false;
  function groupOf(mark) {
    return mark.classList.contains("hl-cont") ? document.getElementById("hl-" + mark.dataset.partOf) : mark;
  }
  function rectFor(mark, x, y) {
    var rects = mark.getClientRects();
    for (var i = 0; x !== undefined && i < rects.length; i++) {
      var r = rects[i];
      if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) { return r; }
    }
    return rects[0] || mark.getBoundingClientRect();
  }
  function show(mark, x, y) {
    var group = groupOf(mark);
    if (!group || !group.dataset.tip) { return; }
    tip.textContent = group.dataset.tip;
    tip.hidden = false;
    var r = rectFor(mark, x, y), w = tip.offsetWidth, h = tip.offsetHeight;
    var width = document.documentElement.clientWidth;
    var left = Math.max(8, Math.min(r.left, width - w - 8));
    var top = r.bottom + 6;
    if (top + h > window.innerHeight - 8 && r.top - h - 6 > 8) { top = r.top - h - 6; }
    tip.style.left = (left + window.scrollX) + "px";
    tip.style.top = (top + window.scrollY) + "px";
    current = group;
  }
  function hide() { tip.hidden = true; current = null; hovered = false; }
  document.addEventListener("mouseover", function (event) {
    var mark = event.target.closest ? event.target.closest("mark.mk") : null;
    if (mark) { show(mark, event.clientX, event.clientY); hovered = true; }
    else if (hovered) { hide(); }
  });
  document.addEventListener("focusin", function (event) {
    var el = event.target;
    if (el.classList && el.classList.contains("mk")) { show(el); } else { hide(); }
  });
  document.addEventListener("focusout", function () { if (!hovered) { hide(); } });
  document.addEventListener("keydown", function (event) { if (event.key === "Escape") { hide(); } });
  window.addEventListener("resize", hide);
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a.jump, a.back") : null;
    if (!link) { return; }
    var target = document.getElementById(link.getAttribute("href").slice(1));
    if (!target) { return; }
    event.preventDefault();
    target.scrollIntoView({block: "center"});
    target.focus({preventScroll: true});
    try { history.replaceState(null, "", link.getAttribute("href")); } catch (e) { /* file: URLs */ }
  });
  var boxes = document.querySelectorAll("input[data-filter]");
  function apply() {
    var on = {};
    for (var i = 0; i < boxes.length; i++) { on[boxes[i].dataset.filter] = boxes[i].checked; }
    var shown = 0, total = 0, els = document.querySelectorAll("[data-members]");
    for (var k = 0; k < els.length; k++) {
      var el = els[k], visible = el.dataset.members.split(" ").some(function (pair) {
        var p = pair.split(":");
        return on["sev:" + p[0]] !== false && on["fam:" + p[1]] !== false;
      });
      el.classList.toggle("off", !visible);
      if (el.classList.contains("card")) { total++; if (visible) { shown++; } }
    }
    var sections = document.querySelectorAll(".fgroup");
    for (var s = 0; s < sections.length; s++) {
      sections[s].classList.toggle("off", !sections[s].querySelector(".card:not(.off)"));
    }
    document.getElementById("shown").textContent = shown === total ? "" : "Showing " + shown + " of " + total + ".";
    if (current && current.classList.contains("off")) { hide(); }
  }
  for (var i = 0; i < boxes.length; i++) { boxes[i].hidden = false; boxes[i].addEventListener("change", apply); }
  var hint = document.getElementById("filter-hint");
  if (hint) { hint.hidden = false; }
})();
"""


def _rgb(colour: str) -> list[int]:
    return [int(colour[i:i + 2], 16) for i in (1, 3, 5)]


def mix(a: str, b: str, t: float) -> str:
    """The colour ``t`` of the way from ``b`` to ``a``."""
    return "#" + "".join(f"{round(x * t + y * (1 - t)):02x}" for x, y in zip(_rgb(a), _rgb(b)))


def soften(tint: str) -> str:
    """Half way from a tint to white: info findings stay visible without drowning the
    words flagged more severely."""
    return mix(tint, "#ffffff", 0.5)


def dark(f: Family) -> tuple[str, str, str]:
    """A family's tint, soft tint and ink on the dark page: the ink darkened into the
    paper behind the words, the light tint for lines and badges."""
    return mix(f.ink, DARK_PAPER, 0.5), mix(f.ink, DARK_PAPER, 0.3), f.tint


def family_css(families: dict[str, Family], other: Family) -> str:
    """The colour variables of each family, and of the neutral fallback, light and dark."""
    every = [*families.values(), other]
    light = "".join(f".fam-{f.prefix}{{--tint:{f.tint};--soft:{soften(f.tint)};--ink:{f.ink}}}" for f in every)
    night = "".join(f".fam-{f.prefix}{{--tint:{t};--soft:{s};--ink:{i}}}" for f in every for t, s, i in [dark(f)])
    return f"{light}@media (prefers-color-scheme:dark){{{night}}}"


CSS = """
:root{color-scheme:light dark;--text:#1b1b1b;--muted:#595959;--rule:#d9d9d9;--paper:#fff;--side:#f7f7f5;--card:#fff;--on-ink:#fff;--link:#1f4e9c;--soft-text:#333;--tipbg:#1b1b1b;--tiptext:#fff}
@media (prefers-color-scheme:dark){:root{--text:#e8e8e8;--muted:#a9a9a9;--rule:#3a3a3a;--paper:#161616;--side:#1e1e1e;--card:#242424;--on-ink:#161616;--link:#9cc0ff;--soft-text:#cfcfcf;--tipbg:#f2f2f2;--tiptext:#161616}}
*{box-sizing:border-box}
body{margin:0;color:var(--text);background:var(--paper);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
.report-head,.toc,main,.glossary{max-width:84rem;margin:0 auto;padding:0 1.5rem}
.report-head{padding-top:1.25rem;padding-bottom:.75rem;border-bottom:1px solid var(--rule)}
h1{font-size:1.05rem;letter-spacing:.02em;text-transform:uppercase;color:var(--muted);margin:0 0 .35rem}
.summary{font-size:1.05rem;margin:.2rem 0 .6rem}
.count{display:inline-block;padding:0 .45em;border-radius:1em;border:1px solid var(--rule);font-size:.85em;white-space:nowrap}
.count.sev-error{font-weight:700;border-color:var(--text)}
.key{display:flex;flex-wrap:wrap;gap:.4rem 2rem;font-size:.85rem;color:var(--muted);align-items:baseline}
.key ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.3rem 1rem}
.key label{cursor:pointer;display:inline-flex;gap:.3em;align-items:baseline}
.key input{margin:0;accent-color:var(--text)}
.key .hint{margin:0;width:100%}
.sample{padding:0 .2em;text-decoration-line:underline;text-decoration-color:var(--text);text-underline-offset:3px;color:var(--text)}
.swatch{display:inline-block;padding:0 .4em;border-radius:3px;background:var(--tint);border-bottom:3px solid var(--ink);color:var(--text);font-weight:600;font-size:.8rem}
.sev-icon{font-style:normal;color:var(--text)}
.toc{padding-top:1rem}.toc h2,.glossary h2{font-size:1rem;margin:0 0 .4rem}
.toc table,.glossary table{border-collapse:collapse;font-size:.9rem}
.toc th,.toc td,.glossary th,.glossary td{padding:.25rem .8rem .25rem 0;border-bottom:1px solid var(--rule);text-align:left;vertical-align:top}
.toc td{text-align:right;font-variant-numeric:tabular-nums}.toc td.zero{color:var(--muted)}
a{color:var(--link)}
.file{padding:1.5rem 0;border-bottom:1px solid var(--rule)}
.file-head{display:flex;flex-wrap:wrap;align-items:baseline;gap:.5rem 1rem;margin-bottom:.75rem}
.path{font:600 .95rem/1.3 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;margin:0;word-break:break-all}
.counts{margin:0}
.file-body{display:grid;grid-template-columns:minmax(0,44rem) minmax(17rem,1fr);gap:2.5rem;align-items:start}
.overview{border:1px solid var(--rule);border-radius:6px;background:var(--side);padding:.4rem 1rem .6rem;margin:0 0 1.25rem;font:.88rem/1.5 system-ui,sans-serif}
.story .overview h3{font:700 .78rem/1.5 system-ui,sans-serif;font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);margin:.2rem 0 .3rem}
.overview ul{list-style:none;margin:0;padding:0}
.overview li{border-left:4px solid var(--ink);padding:.2rem .6rem;margin:.35rem 0}
.overview .hl{font-weight:700;border-radius:3px;padding:0 .2em}
.overview .desc p{margin:.1rem 0}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.sevword{color:var(--muted);font-size:.8rem}
.story{font:1.08rem/2.1 Georgia,"Times New Roman",serif;color:var(--text)}
.story p,.story ul,.story blockquote{margin:0 0 1rem}
.headline{font:700 1.75rem/1.4 Georgia,"Times New Roman",serif;margin:0 0 .75rem}
.story h3{font:700 1.15rem/1.5 Georgia,serif;margin:1.2rem 0 .4rem}
.standfirst{font-size:1.15rem;color:var(--soft-text)}
.byline{font:600 .9rem/1.8 system-ui,sans-serif;color:var(--muted)}
.caption{font:italic .95rem/1.9 system-ui,sans-serif;color:var(--soft-text);border-left:3px solid var(--rule);padding-left:.75rem}
blockquote{border-left:3px solid var(--muted);padding-left:1rem;margin-left:0}
.residue{color:var(--muted)}.residue s{text-decoration-color:var(--muted)}
.tag{display:inline-block;font:600 .68rem/1.5 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);border:1px solid var(--muted);border-radius:3px;padding:0 .35em;margin-right:.3em;font-style:normal;vertical-align:.1em}
mark.mk{background:var(--tint);color:inherit;padding:.1em 0;border-radius:2px;text-decoration-line:underline;text-decoration-color:var(--ink);text-decoration-skip-ink:none;cursor:help}
.mk.sev-info{background:var(--soft)}
.mk.sev-error{font-weight:600}
.mk.sev-error,.sample.sev-error{text-decoration-style:double;text-decoration-thickness:3px}
.mk.sev-warning,.sample.sev-warning{text-decoration-style:solid;text-decoration-thickness:2px}
.mk.sev-info,.sample.sev-info{text-decoration-style:dotted;text-decoration-thickness:2px}
.mk.d0{text-underline-offset:3px}.mk.d1{text-underline-offset:10px}.mk.d2{text-underline-offset:17px}.mk.d3{text-underline-offset:24px}
.mk:focus,.overview .hl:focus{outline:3px solid var(--text);outline-offset:2px}
mark.mk.off{background:none;text-decoration:none;font-weight:inherit;cursor:auto}
.off.back,.off.card,.fgroup.off{display:none}
.tip{position:absolute;z-index:20;width:max-content;max-width:min(32rem,calc(100vw - 16px));white-space:pre-line;background:var(--tipbg);color:var(--tiptext);font:400 .88rem/1.45 system-ui,sans-serif;padding:.55rem .8rem;border-radius:6px;box-shadow:0 2px 10px rgba(0,0,0,.3);pointer-events:none}
a.back{display:inline;font:700 .62rem/1.35 system-ui,sans-serif;padding:0 .3em;margin:0 .15em 0 .2em;border-radius:3px;border:1px solid var(--ink);background:var(--card);color:var(--text);text-decoration:none;vertical-align:.45em;letter-spacing:.02em;white-space:nowrap;font-style:normal}
a.back::before{content:"\\2060\\25b2\\00a0" attr(data-code) attr(data-more)}
a.back.sev-error::before{content:"\\2060\\25a0\\00a0" attr(data-code) attr(data-more)}
a.back.sev-info::before{content:"\\2060\\25cb\\00a0" attr(data-code) attr(data-more)}
a.back.sev-error{border-width:2px}
a.back:focus-visible{outline:3px solid var(--text)}
.offtext{border:1px dashed var(--muted);border-radius:4px;padding:.5rem 1rem;margin:1rem 0;font-size:.9rem}
.offtext h3{font-size:.95rem;margin:.2rem 0}.offtext ul{padding-left:1.2rem}
.offtext mark.mk{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85rem}
.side{position:sticky;top:0;max-height:100vh;overflow:auto;background:var(--side);border-left:1px solid var(--rule);padding:.75rem 1rem}
.side h3{font-size:.95rem;margin:.2rem 0 .4rem}
.side h4{font-size:.85rem;margin:.8rem 0 .4rem;color:var(--muted)}
.side .note{margin:0 0 .4rem}
.findings{list-style:none;margin:0;padding:0}
.finding{border-left:4px solid var(--ink);background:var(--card);padding:.45rem .6rem;margin:0 0 .5rem;border-radius:0 4px 4px 0;font-size:.85rem}
.finding:focus,.card:focus{outline:3px solid var(--text)}
.finding p{margin:.15rem 0}
.finding .item+.item{border-top:1px dashed var(--rule);margin-top:.3rem;padding-top:.3rem}
a.jump{text-decoration:none;color:inherit;display:flex;flex-wrap:wrap;gap:.2rem .5rem;align-items:baseline}
a.jump:hover .loc,a.jump:focus .loc{text-decoration:underline}
.pill{display:inline-block;font:700 .72rem/1.5 system-ui,sans-serif;padding:0 .4em;border-radius:3px;background:var(--ink);color:var(--on-ink);white-space:nowrap}
.also{font:600 .72rem/1.5 system-ui,sans-serif;color:var(--muted)}
.loc{color:var(--muted);font-size:.8rem}
.excerpt{display:block;font-family:Georgia,serif;margin:.2rem 0;color:var(--soft-text)}
.rule{font-weight:600}.fix{color:var(--soft-text);font-style:italic}
.profile{margin-top:1.5rem;border-top:1px solid var(--rule);padding-top:.5rem}
.profile h3{font-size:1rem;margin:.4rem 0 .8rem}
.charts{display:grid;grid-template-columns:minmax(0,1fr);gap:1.5rem}
.chart-block h4{font-size:.9rem;margin:0 0 .3rem}
svg.chart{max-width:100%;height:auto;display:block;font:12px system-ui,sans-serif;margin:.2rem 0 .4rem;background:#fff;border-radius:4px}
svg .lbl{fill:#1b1b1b}svg .val{fill:#444}
table.figures{border-collapse:collapse;font-size:.82rem;margin:.4rem 0;width:100%}
table.figures caption{text-align:left;color:var(--muted);font-size:.78rem;padding-bottom:.2rem}
table.figures th,table.figures td{border-bottom:1px solid var(--rule);padding:.15rem .5rem .15rem 0;text-align:left;vertical-align:top}
table.figures td{font-variant-numeric:tabular-nums}
.verb.framed{font-weight:700;text-decoration:underline wavy currentColor}
.framing{font-weight:400;font-size:.85em;color:var(--muted)}
.note{color:var(--muted);font-size:.85rem;margin:.3rem 0}
details.sources summary{cursor:pointer;color:var(--muted);font-size:.85rem}
.glossary{padding-top:1.25rem;padding-bottom:2rem}
.glossary td{max-width:28rem}
@media (max-width:60rem){.file-body{grid-template-columns:minmax(0,1fr)}.side{position:static;max-height:none;border-left:0;border-top:1px solid var(--rule)}}
@media print{
body{font-size:10.5pt;color:#000;background:#fff}
.file-body{display:block}
.side{position:static;max-height:none;overflow:visible;border:0;background:none;padding:0;margin-top:1rem}
.tip,.key input{display:none!important}
mark.mk{text-decoration-color:#000;-webkit-print-color-adjust:exact;print-color-adjust:exact}
a.back,.pill{background:#fff!important;color:#000!important;border:1px solid #000}
.finding{break-inside:avoid;border-left-color:#000}
.chart-block,table{break-inside:avoid}
details.sources{display:none}
a{color:inherit;text-decoration:none}
}
"""
