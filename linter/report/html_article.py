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
    """A file's shown items mapped to its articles: per (article, block) the clipped
    spans of each group's primary in analysis offsets, each one's last analysis offset,
    the article-level findings of each article, and what did not map."""

    spans: dict[tuple[int, int], list[tuple[int, int, int]]] = field(default_factory=dict)
    final: dict[int, int] = field(default_factory=dict)
    article_of: dict[int, int] = field(default_factory=dict)
    whole: dict[int, list[int]] = field(default_factory=dict)
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


def place(result: FileResult, first: int, primaries: list[int]) -> Placement:
    """Map the file's shown findings (the primaries, local indexes; report indexes
    count from ``first``) onto its articles: article-level ones into their article's
    overview, the others onto their words."""
    placed = Placement()
    for i in primaries:
        n, f = first + i, result.findings[i]
        for ai, article in enumerate(result.parsed):
            spans = _block_spans(article, f)
            if spans:
                placed.article_of[n] = ai
                if f.scope == "article":
                    placed.whole.setdefault(ai, []).append(n)
                    break
                for bi, a, z in spans:
                    placed.spans.setdefault((ai, bi), []).append((n, a, z))
                placed.final[n] = max(z for _, _, z in spans)
                break
        else:
            if f.scope == "article" and result.parsed:
                placed.whole.setdefault(0, []).append(n)
                placed.article_of[n] = 0
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

#: How a severity shows without colour: a shape (badges, pills, the tooltip) and a word.
ICON = {"error": "\u25a0", "warning": "\u25b2", "info": "\u25cb"}


@dataclass
class Marks:
    """Writes the highlight elements and badges of one report. ``groups`` maps each
    shown finding (a group's primary, by report index) to its group, primary first;
    remembers which groups already have their one ``hl`` element, so that later
    fragments of a split highlight become ``hl-cont`` and the element count stays exact."""

    findings: dict[int, Finding]
    families: dict[str, Family]
    groups: dict[int, tuple[int, ...]] = field(default_factory=dict)
    seen: set[int] = field(default_factory=set)

    def members(self, n: int) -> tuple[int, ...]:
        return self.groups.get(n, (n,))

    def tip(self, n: int) -> str:
        """What hovering or focusing a highlight shows: every finding on the words."""
        return "\n\n".join(entry_tip(self.findings[m]) for m in self.members(n))

    def classes(self, n: int) -> str:
        f = self.findings[n]
        return f"fam-{family(f.code, self.families)} sev-{f.severity}"

    def data(self, n: int) -> str:
        """What the filters read: each member's severity and family."""
        pairs = " ".join(f"{self.findings[m].severity}:{family(self.findings[m].code, self.families)}"
                         for m in self.members(n))
        return f'data-members="{esc(pairs)}"'

    def attrs(self, n: int) -> str:
        """The attributes of a group's one ``hl`` element (in the text or the overview)."""
        self.seen.add(n)
        group = " ".join(map(str, self.members(n)))
        return (f'id="hl-{n}" data-finding="{n}" data-group="{group}" tabindex="0" aria-describedby="d-{n}" '
                f'data-code="{esc(self.findings[n].code)}" {self.data(n)} data-tip="{esc(self.tip(n))}"')

    def open(self, n: int, depth: int) -> str:
        classes = f"mk {self.classes(n)} d{min(depth, MAX_DEPTH)}"
        if n in self.seen:
            return f'<mark class="{classes} hl-cont" data-part-of="{n}" {self.data(n)}>'
        return f'<mark class="{classes} hl" {self.attrs(n)}>'

    def back(self, n: int) -> str:
        """The badge after a highlight: the primary's code and how many more findings
        the words carry (CSS-drawn), linking to the list."""
        f, more = self.findings[n], len(self.members(n)) - 1
        codes = " ".join(self.findings[m].code for m in self.members(n))
        plus = f' data-more="\u00a0+{more}"' if more else ""
        return (f'<a class="back {self.classes(n)}" href="#f-{n}" data-code="{esc(f.code)}"{plus} {self.data(n)} '
                f'aria-label="{esc(codes)} ({esc(f.severity)}): go to the finding in the list"></a>')


def entry_tip(f: Finding) -> str:
    """One finding in a tooltip, in plain text."""
    return f"{ICON[f.severity]} {f.code} {f.name} \u00b7 {f.severity}\n{f.message}" + (
        f"\nSuggestion: {suggestion_text(f)}" if f.suggestion else "")


def highlight(article: Article, block: Block, spans: list[tuple[int, int, int]], placed: Placement,
              marks: Marks) -> str:
    """The block's text split at every highlight boundary, each highlight its own
    nested element. Where spans cross, the inner element is closed and reopened as a
    continuation fragment, so every fragment nests properly. Badges never sit inside
    a highlight: they wait until the outermost one around them has closed."""
    points = sorted({block.start, block.end, *(a for _, a, _ in spans), *(z for _, _, z in spans)})
    ends = {n: z for n, _, z in spans}
    out: list[str] = []
    stack: list[int] = []
    badges: list[int] = []
    for p, q in zip(points, points[1:]):
        active = {n for n, a, z in spans if a <= p and q <= z}
        keep = next((k for k, n in enumerate(stack) if n not in active), len(stack))
        out.append(_close(stack[keep:], active, p, placed, badges))
        stack = stack[:keep]
        if not stack:
            out.extend(marks.back(n) for n in badges)
            badges.clear()
        # The one that runs longest opens outermost, so it needs splitting least.
        for n in sorted(active - set(stack), key=lambda n: (-ends[n], n)):
            out.append(marks.open(n, len(stack)))
            stack.append(n)
        out.append(esc(shown_text(article, p, q)))
    out.append(_close(stack, set(), block.end, placed, badges))
    out.extend(marks.back(n) for n in badges)
    return "".join(out)


def _close(closing: list[int], active: set[int], p: int, placed: Placement, badges: list[int]) -> str:
    """Close elements innermost first; a highlight that ends here queues its badge."""
    for n in reversed(closing):
        if n not in active and placed.final.get(n) == p:
            badges.append(n)
    return "</mark>" * len(closing)


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


def overview_html(numbers: list[int], marks: Marks) -> str:
    """Findings about the whole article (``scope = "article"``: the reading grade,
    one-sided sourcing) in a box above it, instead of a tint over whole sentences."""
    if not numbers:
        return ""
    items = []
    for n in numbers:
        f = marks.findings[n]
        fix = f'<p class="fix">Suggestion: {esc(suggestion_text(f))}</p>' if f.suggestion else ""
        items.append(f'<li id="f-{n}" class="card whole {marks.classes(n)}" {marks.data(n)} tabindex="-1">'
                     f'<span class="hl whole {marks.classes(n)}" {marks.attrs(n)}><span class="sev-icon" '
                     f'aria-hidden="true">{ICON[f.severity]}</span> {esc(f.code)} {esc(f.name)}</span> '
                     f'<span class="sevword">{esc(f.severity)}</span><div class="desc" id="d-{n}">'
                     f'<p class="msg"><span class="vh">{esc(f.code)} {esc(f.name)}, {esc(f.severity)}: </span>'
                     f'{esc(f.message)}</p>{fix}</div></li>')
    return (f'<section class="overview" aria-label="About the whole article"><h3>About the whole article</h3>'
            f'<ul>{"".join(items)}</ul></section>')


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
