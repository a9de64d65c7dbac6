"""The article in the HTML report: each finding placed on its words, as nested,
properly closed highlight elements (see the DOM contract in linter.report.html)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from ..model.article import Article, Block
from ..model.findings import FileResult, Finding
from ..model.rules import Family, family_of
from .charts import esc

#: Families are named and coloured by the packs ([[family]] tables); a code of a family
#: no pack describes (a house prefix) is drawn in this neutral grey.
OTHER = Family("other", "house rules", "#ececec", "#505050")
MAX_DEPTH = 3  # nesting levels with their own underline offset


def family(code: str, families: dict[str, Family]) -> str:
    """The family a code is coloured as: a prefix the packs describe, or ``other``."""
    fam = family_of(code)
    return fam if fam in families else OTHER.prefix


# --- where each finding sits in the article -------------------------------------

@dataclass
class Placement:
    """A file's findings mapped to its articles: per (article, block) the clipped spans
    in analysis offsets, each finding's last analysis offset, and what did not map."""

    spans: dict[tuple[int, int], list[tuple[int, int, int]]] = field(default_factory=dict)
    final: dict[int, int] = field(default_factory=dict)
    article_of: dict[int, int] = field(default_factory=dict)
    offtext: list[int] = field(default_factory=list)


def _block_spans(article: Article, f: Finding) -> list[tuple[int, int, int]]:
    """(block index, start, end) of the analysis characters inside the finding's file
    span, block by block: offsets are monotonic within a block, not across (a JSON
    export may hold its headline after its body)."""
    out = []
    for bi, block in enumerate(article.blocks):
        if block.end <= block.start or article.starts[block.start] >= f.end or article.ends[block.end - 1] <= f.start:
            continue
        a = bisect_left(article.starts, f.start, block.start, block.end)
        z = bisect_right(article.ends, f.end, block.start, block.end)
        if a < z:
            out.append((bi, a, z))
    return out


def place(result: FileResult, first: int) -> Placement:
    """Map the file's findings (report indexes from ``first``) onto its articles."""
    placed = Placement()
    for n, f in enumerate(result.findings, start=first):
        for ai, article in enumerate(result.parsed):
            spans = _block_spans(article, f)
            if spans:
                for bi, a, z in spans:
                    placed.spans.setdefault((ai, bi), []).append((n, a, z))
                placed.final[n] = max(z for _, _, z in spans)
                placed.article_of[n] = ai
                break
        else:
            placed.offtext.append(n)
    return placed


def shown_text(article: Article, start: int, end: int) -> str:
    """The analysis text as the reader sees it: a no-break space the file holds
    literally stays one (the analysis text turned it into a plain space)."""
    text = article.text[start:end]
    src = article.source.text
    if " " not in text or "\u00a0" not in src:
        return text
    return "".join("\u00a0" if c == " " and src[article.starts[i]:article.ends[i]] == "\u00a0" else c
                   for i, c in enumerate(text, start))


# --- highlights -----------------------------------------------------------------

@dataclass
class Marks:
    """Writes the highlight elements and back-link badges of one report; remembers
    which findings already have their one ``hl`` element, so that later fragments of a
    split finding become ``hl-cont`` and the element count stays exact."""

    findings: dict[int, Finding]
    families: dict[str, Family]
    seen: set[int] = field(default_factory=set)

    def tip(self, f: Finding) -> str:
        """What hovering or focusing a highlight shows (drawn by CSS from an attribute)."""
        return f"{f.code} {f.name} · {f.severity}\n{f.message}" + (
            f"\nSuggestion: {suggestion_text(f)}" if f.suggestion else "")

    def open(self, n: int, depth: int) -> str:
        f = self.findings[n]
        classes = f"mk fam-{family(f.code, self.families)} sev-{f.severity} d{min(depth, MAX_DEPTH)}"
        common = f'data-code="{esc(f.code)}" data-tip="{esc(self.tip(f))}"'
        if n in self.seen:
            return f'<mark class="{classes} hl-cont" data-part-of="{n}" {common}>'
        self.seen.add(n)
        return (f'<mark class="{classes} hl" id="hl-{n}" data-finding="{n}" tabindex="0" '
                f'aria-describedby="d-{n}" {common}>')

    def back(self, n: int) -> str:
        """The badge after a highlight: the rule code (CSS-drawn) linking to the list."""
        f = self.findings[n]
        return (f'<a class="back fam-{family(f.code, self.families)} sev-{f.severity}" href="#f-{n}" '
                f'data-code="{esc(f.code)}" '
                f'aria-label="{esc(f.code)} {esc(f.severity)}: go to the finding in the list"></a>')


def highlight(article: Article, block: Block, spans: list[tuple[int, int, int]], placed: Placement,
              marks: Marks) -> str:
    """The block's text split at every finding boundary, each finding its own nested
    element. Where spans cross, the inner element is closed and reopened as a
    continuation fragment, so every fragment nests properly."""
    points = sorted({block.start, block.end, *(a for _, a, _ in spans), *(z for _, _, z in spans)})
    ends = {n: z for n, _, z in spans}
    out: list[str] = []
    stack: list[int] = []
    for p, q in zip(points, points[1:]):
        active = {n for n, a, z in spans if a <= p and q <= z}
        keep = next((k for k, n in enumerate(stack) if n not in active), len(stack))
        out.append(_close(stack[keep:], active, p, placed, marks))
        stack = stack[:keep]
        # The one that runs longest opens outermost, so it needs splitting least.
        for n in sorted(active - set(stack), key=lambda n: (-ends[n], n)):
            out.append(marks.open(n, len(stack)))
            stack.append(n)
        out.append(esc(shown_text(article, p, q)))
    out.append(_close(stack, set(), block.end, placed, marks))
    return "".join(out)


def _close(closing: list[int], active: set[int], p: int, placed: Placement, marks: Marks) -> str:
    """Close elements innermost first; a finding that ends here gets its back-link badge."""
    out = []
    for n in reversed(closing):
        out.append("</mark>")
        if n not in active and placed.final.get(n) == p:
            out.append(marks.back(n))
    return "".join(out)


# --- the article ----------------------------------------------------------------

def _block_html(kind: str, inner: str) -> str:
    """A block as the reader sees it; CMS residue visibly struck through and labelled."""
    if kind == "headline":
        return f'<h2 class="headline">{inner}</h2>'
    if kind == "heading":
        return f"<h3>{inner}</h3>"
    if kind == "blockquote":
        return f"<blockquote><p>{inner}</p></blockquote>"
    if kind == "caption":
        return f'<p class="caption"><span class="tag">caption</span> {inner}</p>'
    if kind == "residue":
        return f'<p class="residue"><span class="tag">residue</span> <s>{inner}</s></p>'
    if kind in ("standfirst", "byline"):
        return f'<p class="{kind}">{inner}</p>'
    return f"<p>{inner}</p>"


def article_html(article: Article, ai: int, placed: Placement, marks: Marks) -> str:
    """The blocks in order; consecutive list items form one list."""
    out: list[str] = []
    in_list = False
    for bi, block in enumerate(article.blocks):
        if block.end <= block.start:
            continue
        inner = highlight(article, block, placed.spans.get((ai, bi), []), placed, marks)
        if (block.kind == "list-item") != in_list:
            out.append("<ul>" if not in_list else "</ul>")
            in_list = not in_list
        out.append(f"<li>{inner}</li>" if in_list else _block_html(block.kind, inner))
    if in_list:
        out.append("</ul>")
    return "".join(out)


def offtext_html(numbers: list[int], marks: Marks) -> str:
    """Findings with no span in the article text still get their ``hl`` element."""
    if not numbers:
        return ""
    items = []
    for n in numbers:
        f = marks.findings[n]
        items.append(f'<li>{marks.open(n, 0)}{esc(f.text)}</mark>{marks.back(n)} '
                     f'<span class="loc">line {f.line}, column {f.column}</span></li>')
    return (f'<aside class="offtext" aria-label="Not shown in the article text">'
            f'<h3>Not shown in the article text</h3><p class="note">In markup, comments or text the '
            f'article does not display.</p><ul>{"".join(items)}</ul></aside>')


def suggestion_text(f: Finding) -> str:
    """The suggestion in words (only called for findings that carry one)."""
    repl = f.suggestion.replacement
    what = f"replace with \u2018{repl}\u2019" if repl else f"delete \u2018{f.text}\u2019"
    return what + (" (safe fix: newslint check --fix applies it)" if f.suggestion.fixable else "")
