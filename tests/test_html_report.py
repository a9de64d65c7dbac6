"""``--format html``: the annotated report, read back with the standard library's
HTML parser the way a browser builds its DOM. Every finding has exactly one
highlight holding its words, the list and the highlights link both ways, nothing is
fetched from anywhere, and article text, however hostile, stays inert text."""

from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from linter.model.article import Article, Piece
from linter.model.doc import FRAMING
from linter.app.cli import main
from linter.lint.engine import Linter
from linter.model.findings import FileResult
from linter.model.findings import Finding
from linter.readers import format_of
from linter.lint.packs import load_packs
from linter.model.source import Source
from linter.report import Context
from linter.report import render as render_format
from linter.report import html as report
from linter.report import html_style as style
from linter.report.jsonout import profile_json
from linter.lint.related import groups

from conftest import ROOT, SEEDS

SEED_FILES = ["zelensky-toll.txt", "storm-recovery.md", "harbour-fire.html", "wire-neutral.txt",
              "slanted-transit.txt"]
EXPORT = ROOT / "tests" / "data" / "export.json"
VOID = {"meta", "br", "img", "hr", "input", "link", "wbr", "source", "area", "base", "col", "embed", "track"}
URL_ATTRS = {"src", "href", "xlink:href", "action", "formaction", "srcset", "poster", "data", "background",
             "cite", "manifest", "ping"}


class Page(HTMLParser):
    """Elements with their attributes, text (descendants included) and parent."""

    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[dict] = []
        self.stack: list[int] = []
        self.feed(markup)
        self.close()

    def _add(self, tag: str, attrs: list[tuple[str, str | None]]) -> int:
        parent = self.stack[-1] if self.stack else None
        self.elements.append({"tag": tag, "attrs": {k: v or "" for k, v in attrs}, "text": "",
                              "parent": parent, "index": len(self.elements)})
        return len(self.elements) - 1

    def handle_starttag(self, tag, attrs) -> None:
        i = self._add(tag, attrs)
        if tag not in VOID:
            self.stack.append(i)

    def handle_startendtag(self, tag, attrs) -> None:
        self._add(tag, attrs)

    def handle_endtag(self, tag) -> None:
        while self.stack:
            if self.elements[self.stack.pop()]["tag"] == tag:
                break

    def handle_data(self, data) -> None:
        for i in self.stack:
            self.elements[i]["text"] += data

    # --- queries -----------------------------------------------------------------
    def with_class(self, cls: str) -> list[dict]:
        return [e for e in self.elements if cls in e["attrs"].get("class", "").split()]

    def by_id(self, ident: str) -> dict:
        found = [e for e in self.elements if e["attrs"].get("id") == ident]
        assert len(found) == 1, f"id {ident!r} appears {len(found)} times"
        return found[0]

    def inside(self, element: dict, ancestor: dict) -> bool:
        i = element["parent"]
        while i is not None:
            if i == ancestor["index"]:
                return True
            i = self.elements[i]["parent"]
        return False

    def children(self, element: dict, tag: str) -> list[dict]:
        return [e for e in self.elements if e["tag"] == tag and self.inside(e, element)]


def lint(path: Path) -> FileResult:
    return Linter().lint_source(Source(str(path), path.read_bytes().decode("utf-8")), format_of(str(path)))


def render(*results: FileResult) -> str:
    linter = Linter()
    return render_format("html", list(results), Context(linter.rules, linter.families))


@pytest.fixture(scope="module")
def seeds() -> dict[str, FileResult]:
    return {name: lint(SEEDS / name) for name in SEED_FILES} | {"export.json": lint(EXPORT)}


def as_read(result: FileResult, f: Finding) -> str:
    """The finding's words as the article shows them: the analysis characters whose
    file span lies inside the finding's, block by block (no separators), no-break
    spaces folded like the analysis text folds them."""
    for article in result.parsed:
        chars = [article.text[i] for b in article.blocks for i in range(b.start, b.end)
                 if f.start <= article.starts[i] and article.ends[i] <= f.end]
        if chars:
            return "".join(chars)
    return f.text


def highlight_text(page: Page, n: int) -> str:
    parts = [e for e in page.elements if e["attrs"].get("data-finding") == str(n)
             or e["attrs"].get("data-part-of") == str(n)]
    return "".join(e["text"] for e in parts)


# --- one highlight per item (the words of a group of findings), holding its words ---

def items(page: Page) -> dict[int, list[int]]:
    """Each ``hl`` element's primary and its group, from the page."""
    return {int(m["attrs"]["data-finding"]): [int(x) for x in m["attrs"]["data-group"].split()]
            for m in page.with_class("hl")}


def expected_items(results: list[FileResult]) -> dict[int, list[int]]:
    out, first = {}, 0
    for r in results:
        for g in groups(r.findings):
            out[first + g.primary] = [first + i for i in g.members]
        first += len(r.findings)
    return out


@pytest.mark.parametrize("name", SEED_FILES + ["export.json"])
def test_one_highlight_per_item(seeds, name: str) -> None:
    result = seeds[name]
    page = Page(render(result))
    marks = page.with_class("hl")
    assert items(page) == expected_items([result]) and len(marks) == len(items(page))
    assert sorted(n for group in items(page).values() for n in group) == list(range(len(result.findings)))
    assert all(m["attrs"]["id"] == f"hl-{m['attrs']['data-finding']}" and m["attrs"]["tabindex"] == "0"
               for m in marks)
    body = next(e for e in page.elements if e["tag"] == "body")
    assert body["attrs"]["data-findings"] == str(len(result.findings))
    assert all("hl" not in m["attrs"]["class"].split() for m in page.with_class("hl-cont"))


@pytest.mark.parametrize("name", SEED_FILES + ["export.json"])
def test_highlight_holds_the_primarys_words(seeds, name: str) -> None:
    result = seeds[name]
    page = Page(render(result))
    fold = lambda s: s.replace("\u00a0", " ")  # noqa: E731
    for n in items(page):
        f = result.findings[n]
        if f.scope == "article":
            continue
        shown = highlight_text(page, n)
        if name.endswith(".txt"):
            assert shown == f.text, (f.code, f.text)
        else:
            assert fold(shown) == fold(as_read(result, f)), (f.code, f.text)


def test_seed_report_one_highlight_per_span_with_stacked_findings_listed(seeds) -> None:
    """Issue 15's done-when: findings on the same words share one highlight whose
    tooltip and card list every one of them."""
    result = seeds["zelensky-toll.txt"]
    page = Page(render(result))
    spans = [(result.findings[n].start, result.findings[n].end) for n, f in enumerate(result.findings)
             if f.scope == "span" and f"hl-{n}" in {m["attrs"]["id"] for m in page.with_class("hl")}]
    assert len(spans) == len(set(spans))  # one highlight per span
    stacked = {n: g for n, g in items(page).items() if len(g) > 1}
    assert len(stacked) >= 6
    for n, group in stacked.items():
        mark, card = page.by_id(f"hl-{n}"), page.by_id(f"f-{n}")
        for m in group:
            f = result.findings[m]
            assert f.message in mark["attrs"]["data-tip"] and f.code in mark["attrs"]["data-tip"]
            assert f.message in page.by_id(f"d-{n}")["text"] and page.inside(page.by_id(f"d-{n}"), card)
    admission = next(n for n, g in stacked.items() if result.findings[n].text == "admission")
    assert [result.findings[m].code for m in stacked[admission]] == ["PRESUP002", "ATTR003", "BAL001"]
    badge = next(b for b in page.with_class("back") if b["attrs"]["href"] == f"#f-{admission}")
    assert badge["attrs"]["data-code"] == "PRESUP002" and badge["attrs"]["data-more"] == "\u00a0+2"


def test_article_level_findings_are_in_the_overview_not_over_the_text(seeds) -> None:
    result = seeds["zelensky-toll.txt"]
    page = Page(render(result))
    box = page.with_class("overview")[0]
    whole = [n for n, f in enumerate(result.findings) if f.scope == "article"]
    assert {result.findings[n].code for n in whole} >= {"RDB001", "BAL002", "ATTR004", "HEAD001"}
    for n in whole:
        assert page.inside(page.by_id(f"hl-{n}"), box) and page.inside(page.by_id(f"f-{n}"), box)
        assert result.findings[n].message in page.by_id(f"d-{n}")["text"]
    assert not [m for m in page.elements if m["tag"] == "mark" and int(m["attrs"].get("data-finding", -1)) in whole]


def test_badges_never_inside_a_highlight(seeds) -> None:
    for name, result in seeds.items():
        page = Page(render(result))
        for badge in page.with_class("back"):
            assert not [m for m in page.with_class("mk") if page.inside(badge, m)], name


def test_multi_file_report_numbers_findings_across_files(seeds) -> None:
    results = [seeds[n] for n in SEED_FILES] + [seeds["export.json"]]
    page = Page(render(*results))
    assert items(page) == expected_items(results)
    for n in items(page):
        assert page.by_id(f"hl-{n}")["attrs"]["data-code"] == [f for r in results for f in r.findings][n].code


def _finding(src: Source, code: str, start: int, end: int, severity: str = "warning") -> Finding:
    line, col = src.position(start)
    end_line, end_col = src.position(end)
    return Finding(path=src.path, code=code, name="test-rule", severity=severity, message=f"{code} here",
                   line=line, column=col, end_line=end_line, end_column=end_col, start=start, end=end,
                   text=src.text[start:end])


def test_crossing_spans_nest_and_keep_the_text() -> None:
    """Nested, crossing and block-spanning highlights: valid, properly nested HTML
    whose text is exactly the article's, every fragment holding its own words."""
    text = "Crossing spans stay readable and clear.\n\nA second block follows.\n<!-- comment -->"
    src = Source("cross.txt", text)
    second = text.index("A second")
    pieces = [Piece.contiguous("paragraph", text[:39], 0), Piece.contiguous("paragraph", text[second:second + 23], second)]
    article = Article.assemble(src, pieces)
    comment = text.index("<!--")
    findings = [
        _finding(src, "LOAD001", 0, 14),             # "Crossing spans"
        _finding(src, "ATTR003", 9, 24, "error"),    # "spans stay read": crosses the first
        _finding(src, "DUP001", 20, second + 8),     # "readable and clear. ... A second": crosses the block boundary
        _finding(src, "STYLE001", 15, 19, "info"),   # "stay": nested in ATTR003, a quarter of its words
        _finding(src, "OPIN001", 29, 38, "info"),    # "and clear": nested in DUP001 only
        _finding(src, "QUOTE001", 9, 24),            # the same words as ATTR003: related
        _finding(src, "LINT001", comment, len(text)),  # not in any block
    ]
    result = FileResult("cross.txt", findings, parsed=[article])
    markup = render(result)
    page = Page(markup)
    assert items(page) == {0: [0], 1: [1, 5], 2: [2], 3: [3], 4: [4], 6: [6]}
    assert highlight_text(page, 0) == "Crossing spans"
    assert highlight_text(page, 1) == "spans stay read"
    assert highlight_text(page, 2) == "readable and clear.A second"  # blocks joined without the separator
    assert highlight_text(page, 3) == "stay" and highlight_text(page, 4) == "and clear"
    assert highlight_text(page, 6) == "<!-- comment -->"
    assert {c["attrs"]["data-part-of"] for c in page.with_class("hl-cont")} == {"1", "2"}
    strip = page.with_class("offtext")[0]
    assert page.inside(page.by_id("hl-6"), strip) and "Not shown in the article text" in strip["text"]
    # "stay" nests in the fragment of ATTR003 that holds it (the first fragment sits in LOAD001).
    parent = page.elements[page.by_id("hl-3")["parent"]]
    assert parent["attrs"].get("data-part-of") == "1" and parent["tag"] == "mark"
    assert "sev-error" in page.by_id("hl-1")["attrs"]["class"]
    story = page.with_class("story")[0]
    assert [p["text"] for p in page.children(story, "p")] == [text[:39], text[second:second + 23]]
    _assert_strictly_nested(markup)


class _Strict(HTMLParser):
    """Fails on an end tag that does not close the element open last."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag) -> None:
        assert self.stack and self.stack[-1] == tag, (tag, self.stack[-5:])
        self.stack.pop()


def _assert_strictly_nested(markup: str) -> None:
    parser = _Strict()
    parser.feed(markup)
    parser.close()
    assert parser.stack == []


@pytest.mark.parametrize("name", SEED_FILES + ["export.json"])
def test_seed_reports_are_strictly_nested(seeds, name: str) -> None:
    _assert_strictly_nested(render(seeds[name]))


def test_crlf_file_keeps_the_exact_text(tmp_path: Path) -> None:
    """A browser folds a literal CR LF in the page into LF; the highlight must not."""
    story = tmp_path / "crlf.txt"
    story.write_bytes(b"Mayor Resigns\r\n\r\nThe resignation sent\r\nshockwaves through the town.\r\n")
    result = lint(story)
    assert any("\r\n" in f.text for f in result.findings)
    markup = render(result)
    assert "\r" not in markup
    page = Page(markup)
    for n in items(page):
        assert highlight_text(page, n) == result.findings[n].text


def test_suppression_comment_finding_is_shown_outside_the_article(tmp_path: Path) -> None:
    story = tmp_path / "story.md"
    story.write_text("# Harbour plan\n\n<!-- newslint-disable NOPE123 -->\nThe council voted on Tuesday.\n",
                     "utf-8")
    result = lint(story)
    assert [f.code for f in result.findings] == ["LINT001"]
    page = Page(render(result))
    mark = page.by_id("hl-0")
    assert page.inside(mark, page.with_class("offtext")[0])
    assert mark["text"] == result.findings[0].text == "<!-- newslint-disable NOPE123 -->"


# --- list, links, descriptions --------------------------------------------------------

def test_list_entries_and_back_links(seeds) -> None:
    result = seeds["zelensky-toll.txt"]
    page = Page(render(result))
    shown = items(page)
    spans = [n for n in shown if result.findings[n].scope == "span"]
    backs = page.with_class("back")
    assert sorted(b["attrs"]["href"] for b in backs) == sorted(f"#f-{n}" for n in spans)
    for n, group in shown.items():
        entry = page.by_id(f"f-{n}")
        assert entry["tag"] == "li"
        mark = page.by_id(f"hl-{n}")
        desc = page.by_id(mark["attrs"]["aria-describedby"])
        assert page.inside(desc, entry)
        for m in group:
            f = result.findings[m]
            assert f.message in desc["text"] and f.code in desc["text"] and f.severity in desc["text"]
            assert f.message in mark["attrs"]["data-tip"] and f.name in mark["attrs"]["data-tip"]
            if f.suggestion:
                assert f.suggestion.replacement in desc["text"]
        if n in spans:
            jumps = [a for a in page.children(entry, "a") if "jump" in a["attrs"].get("class", "")]
            assert [a["attrs"]["href"] for a in jumps] == [f"#hl-{n}"]


def test_list_is_grouped_by_severity_and_filterable(seeds) -> None:
    result = seeds["zelensky-toll.txt"]
    page = Page(render(result))
    side = page.with_class("side")[0]
    sections = [e for e in page.with_class("fgroup") if page.inside(e, side)]
    assert [next(c for c in e["attrs"]["class"].split() if c.startswith("sev-")) for e in sections] == [
        "sev-error", "sev-warning", "sev-info"]
    for section in sections:
        sev = section["attrs"]["class"].split()[1].removeprefix("sev-")
        cards = [c for c in page.with_class("card") if page.inside(c, section)]
        assert cards and all(result.findings[int(c["attrs"]["id"][2:])].severity == sev for c in cards)
    filters = {e["attrs"]["data-filter"] for e in page.elements if e["tag"] == "input"}
    families = {f.code.rstrip("0123456789") for f in result.findings}
    assert filters == {"sev:error", "sev:warning", "sev:info"} | {f"fam:{fam}" for fam in families}
    for e in page.elements:  # everything a filter hides names each of its findings
        if "hl" in e["attrs"].get("class", "").split():
            pairs = e["attrs"]["data-members"].split()
            group = [result.findings[int(x)] for x in e["attrs"]["data-group"].split()]
            assert pairs == [f"{f.severity}:{f.code.rstrip('0123456789')}" for f in group]


def test_severity_and_family_never_share_a_colour() -> None:
    """A severity shows as a shape, a word and an underline style, never as a family's
    hue (LOAD is red; an error is not)."""
    markup = render(lint(SEEDS / "zelensky-toll.txt"))
    styles = "".join(e["text"] for e in Page(markup).elements if e["tag"] == "style")
    family_colours = {c.lower() for f in FAMILIES.values() for c in (f.tint, f.ink, report.soften(f.tint))}
    for selector, body in re.findall(r"([^{}]*\.sev-[a-z]+[^{}]*)\{([^{}]*)\}", styles):
        assert not {c.lower() for c in re.findall(r"#[0-9a-fA-F]{6}", body)} & family_colours, selector
        assert "var(--ink)" not in body and "var(--tint)" not in body, selector
    for icon in ("\u25a0", "\u25b2", "\u25cb"):
        assert icon in markup


def test_article_blocks_shown_as_the_reader_sees_them(seeds) -> None:
    page = Page(render(seeds["harbour-fire.html"]))
    headline = page.with_class("headline")[0]
    assert headline["tag"] == "h2" and headline["text"].startswith("Fire destroys fish market warehouse")
    assert page.with_class("standfirst") and page.with_class("byline")
    assert any("Firefighters spray water" in c["text"] for c in page.with_class("caption"))
    residue = page.with_class("residue")
    assert {r["text"] for r in residue} == {"residue Featured image", "residue Advertisement"}
    assert all(page.children(r, "s") for r in residue)
    assert [e["tag"] for e in page.elements if e["tag"] in ("ul", "blockquote")].count("blockquote") == 1


# --- table of contents and summary ----------------------------------------------------

def test_table_of_contents_for_several_files(seeds) -> None:
    results = [seeds["zelensky-toll.txt"], seeds["storm-recovery.md"], seeds["wire-neutral.txt"]]
    page = Page(render(*results))
    toc = page.with_class("toc")[0]
    links = [a for a in page.children(toc, "a")]
    assert [a["text"] for a in links] == [r.path for r in results]
    for k, (a, r) in enumerate(zip(links, results)):
        assert a["attrs"]["href"] == f"#file-{k}"
        section = page.by_id(f"file-{k}")
        assert section["tag"] == "section" and r.path in section["text"]
        row = next(e for e in page.elements if e["tag"] == "tr" and page.inside(a, e))
        counts = [int(td["text"]) for td in page.children(row, "td")]
        assert counts == [sum(f.severity == s for f in r.findings) for s in ("error", "warning", "info")]
    one = Page(render(seeds["zelensky-toll.txt"]))
    assert not one.with_class("toc")


def test_summary_line_counts_severities_suppressed_and_baselined(seeds) -> None:
    result = seeds["zelensky-toll.txt"]
    result = FileResult(result.path, result.findings, profiles=result.profiles, parsed=result.parsed,
                        suppressed=3, baselined=2)
    summary = Page(render(result)).with_class("summary")[0]["text"]
    assert summary.startswith("50 findings in 1 file: \u25a0 6 errors \u25b2 28 warnings \u25cb 16 info.")
    assert "3 suppressed by comments, 2 hidden by the baseline" in summary


def test_clean_file() -> None:
    page = Page(render(lint(SEEDS / "wire-neutral.txt")))
    assert not page.with_class("hl") and "No findings." in page.with_class("side")[0]["text"]


# --- nothing external, nothing executable from the article -------------------------------

def _assert_self_contained(markup: str, page: Page) -> None:
    for e in page.elements:
        for name, value in e["attrs"].items():
            if name in URL_ATTRS:
                assert value.startswith("#"), (e["tag"], name, value)
            for url in re.findall(r"url\(\s*['\"]?([^'\")]*)", value):
                assert url.startswith("#"), (e["tag"], name, value)
    styles = "".join(e["text"] for e in page.elements if e["tag"] == "style")
    assert "@import" not in styles and "url(" not in styles
    assert not re.search(r"(https?:)?//", styles)
    csp = next(e["attrs"]["content"] for e in page.elements
               if e["tag"] == "meta" and e["attrs"].get("http-equiv") == "Content-Security-Policy")
    digest = base64.b64encode(hashlib.sha256(report.SCRIPT.encode()).digest()).decode()
    assert csp.startswith("default-src 'none'; ") and f"script-src 'sha256-{digest}'" in csp
    assert markup.count("<script") == 1


@pytest.mark.parametrize("name", SEED_FILES)
def test_no_external_requests(seeds, name: str) -> None:
    markup = render(seeds[name])
    _assert_self_contained(markup, Page(markup))


HOSTILE = ('Council <script>alert("x")</script> Plan Draws Staggering Criticism\n\n'
           'The council approved the <img src=x onerror=alert(1)> plan on Tuesday, a staggering reversal. '
           'Critics said it was a "<script>alert(1)</script> disaster for everyone" and '
           '<a href="javascript:alert(1)">click</a>.\n\n'
           '<!-- hidden comment --> The </style><style>body{background:url(https://evil.example/x.png)}'
           '</style> fiasco continued.\n\n'
           '<img src=x onerror=alert(1)> A crowd of <script>alert(2)</script> gathered, chanting '
           '\u201c<b onclick=alert(4)>no</b>\u201d.\n\n'
           '<img src=x onerror=alert(1)> A crowd of <script>alert(2)</script> gathered, chanting '
           '\u201c<b onclick=alert(4)>no</b>\u201d.\n')
HOSTILE_MD = ('# Council `<script>alert("x")</script>` Plan Draws Staggering Criticism\n\n'
              'The council approved the &lt;img src=x onerror=alert(1)&gt; plan, a staggering reversal, '
              '<img src=x onerror=alert(1)> [click](javascript:alert(1)) <a href="javascript:alert(2)">this</a>.\n\n'
              'The &lt;/style&gt;&lt;!-- hidden comment --&gt; fiasco \\<script>alert(3)\\</script> continued. '
              '<!-- newslint-disable BOGUS9 -->\n')
HOSTILE_HTML = ('<html><head><title>x</title></head><body><article>'
                '<h1>Council &lt;script&gt;alert("x")&lt;/script&gt; Plan Draws Staggering Criticism</h1>'
                '<p>The council approved the &lt;img src=x onerror=alert(1)&gt; plan, a staggering reversal, '
                '<a href="javascript:alert(1)" onclick="alert(2)">click</a> <img src=x onerror=alert(1)>.</p>'
                '<!-- newslint-disable BOGUS9 -->'
                '<p>The &lt;/style&gt;&lt;!-- hidden comment --&gt; fiasco <b onmouseover="alert(3)">continued'
                '</b> at https://evil.example/x.png.</p></article></body></html>')


@pytest.mark.parametrize("suffix,text", [(".txt", HOSTILE), (".md", HOSTILE_MD),
                                                (".html", HOSTILE_HTML)])
def test_hostile_article_stays_text(tmp_path: Path, suffix: str, text: str) -> None:
    path = tmp_path / f'story"<img src=x onerror=alert(9)>{suffix}'
    path.write_text(text, "utf-8")
    result = lint(path)
    assert result.findings
    markup = render(result)
    page = Page(markup)
    _assert_self_contained(markup, page)
    scripts = [e for e in page.elements if e["tag"] == "script"]
    assert len(scripts) == 1 and scripts[0]["text"] == report.SCRIPT
    assert not [e for e in page.elements if e["tag"] in ("img", "iframe", "object", "embed", "style", "link")
                and e["parent"] is not None and page.elements[e["parent"]]["tag"] != "head"]
    assert [e["tag"] for e in page.elements if e["tag"] == "style"] == ["style"]
    for e in page.elements:
        assert not [a for a in e["attrs"] if a.startswith("on")], e
        assert not e["attrs"].get("href", "").lower().startswith("javascript:")
    shown = "".join(e["text"] for e in page.with_class("story"))
    assert "<!-- hidden comment -->" in shown and "</style>" in shown
    assert '<script>alert("x")</script>' in page.with_class("headline")[0]["text"]
    assert "<img src=x onerror=alert(1)>" in shown
    if suffix != ".txt":  # the unknown code in a real comment: a finding shown outside the article
        assert "<!-- newslint-disable BOGUS9 -->" in page.with_class("offtext")[0]["text"]
    assert str(path) in "".join(e["text"] for e in page.with_class("path"))
    assert items(page) == expected_items([result])


# --- the sourcing profile --------------------------------------------------------------

def _rows(page: Page, table: dict) -> list[list[str]]:
    rows = [r for r in page.children(table, "tr") if not page.children(r, "td") == []]
    return [[c["text"] for c in page.elements if c["tag"] in ("th", "td") and c["parent"] == r["index"]]
            for r in rows]


def _check_profile(page: Page, scope: dict, profile: dict) -> None:
    tables = {cls: next(t for t in page.children(scope, "table") if cls in t["attrs"]["class"].split())
              for cls in ("quoted", "tiers", "verbs", "opinion")}
    quoted = _rows(page, tables["quoted"])
    assert {r[0]: {"quotes": int(r[1]), "words": int(r[2])} for r in quoted[:-1]} == profile["quoted"]
    assert quoted[-1][:2] == ["With no speaker", str(profile["unattributed_quotes"])]
    assert {r[0]: int(r[2]) for r in _rows(page, tables["tiers"])} == profile["tiers"]
    verbs = _rows(page, tables["verbs"])
    assert {r[0]: (int(r[2]), int(r[3])) for r in verbs} == {
        who: (e["framed"], e["total"]) for who, e in profile["verbs"].items()}
    framed = [e for e in page.children(tables["verbs"], "span") if "framed" in e["attrs"].get("class", "").split()]
    assert len(framed) == sum(v["class"] in FRAMING for e in profile["verbs"].values() for v in e["verbs"])
    assert all("(" in e["text"] for e in framed)  # marked in words, not colour alone
    assert _rows(page, tables["opinion"]) == [[str(profile["body_sentences"]), str(profile["opinion_sentences"]),
                                               f"{profile['opinion_share']:.2f}"]]
    charts = [s for s in page.children(scope, "svg")]
    assert len(charts) == 4
    for svg in charts:
        assert svg["attrs"]["role"] == "img"
        assert any(t["tag"] == "title" and t["parent"] == svg["index"] and t["text"] for t in page.elements)


def test_profile_charts_with_the_same_numbers(seeds) -> None:
    result = seeds["zelensky-toll.txt"]
    page = Page(render(result))
    profile = profile_json(result.profiles[0])
    _check_profile(page, page.with_class("profile")[0], profile)
    assert profile["quoted"] and any(e["framed"] for e in profile["verbs"].values())


def test_profile_per_article_in_an_export(seeds) -> None:
    result = seeds["export.json"]
    page = Page(render(result))
    sections = page.with_class("profile")
    assert len(sections) == len(result.profiles) == 2
    for section, profile in zip(sections, result.profiles):
        _check_profile(page, section, profile_json(profile))


# --- legibility -------------------------------------------------------------------

def _luminance(colour: str) -> float:
    def channel(c: int) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(int(colour[i:i + 2], 16)) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


FAMILIES = {**load_packs([ROOT / "examples" / "house-style"]).families, "other": report.OTHER}


@pytest.mark.parametrize("family", list(FAMILIES))
def test_family_colours_keep_contrast(family: str) -> None:
    tint, ink = FAMILIES[family].tint, FAMILIES[family].ink
    text = "#1b1b1b"
    assert _contrast(text, tint) >= 7 and _contrast(text, report.soften(tint)) >= 7
    assert _contrast("#ffffff", ink) >= 4.5  # badge and pill text
    assert _contrast(ink, "#ffffff") >= 4.5  # the underline against the page


@pytest.mark.parametrize("family", list(FAMILIES))
def test_dark_family_colours_keep_contrast(family: str) -> None:
    """prefers-color-scheme: dark: light text on the darkened tints, the light line and
    badge colour against the dark page, dark text on the pills."""
    tint, soft, ink = style.dark(FAMILIES[family])
    text, paper = "#e8e8e8", style.DARK_PAPER
    assert _contrast(text, tint) >= 7 and _contrast(text, soft) >= 7
    assert _contrast(ink, paper) >= 4.5 and _contrast(paper, ink) >= 4.5


# --- command line ---------------------------------------------------------------------

def test_cli_writes_the_report_and_exits_1(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    seed = str(SEEDS / "zelensky-toll.txt")
    r = CliRunner().invoke(main, ["check", "--format", "html", "--output-file", str(out), seed],
                           env={"NO_COLOR": "1"}, catch_exceptions=False)
    assert r.exit_code == 1 and r.stdout == ""
    markup = out.read_text("utf-8")
    assert markup.startswith("<!DOCTYPE html>") and markup.rstrip().endswith("</html>")
    page = Page(markup)
    assert len(page.with_class("hl")) == len(groups(lint(SEEDS / "zelensky-toll.txt").findings))
    assert next(e for e in page.elements if e["tag"] == "body")["attrs"]["data-findings"] == "50"


# --- any spans at all: properly nested, exact text ----------------------------------------

SPAN_TEXT = "One two three four five six seven eight.\n\nNine ten eleven twelve thirteen."
CODES = ["LOAD001", "ATTR003", "STYLE001", "OPIN001", "PRESUP002", "QUOTE001"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, len(SPAN_TEXT) - 1), st.integers(1, 30), st.sampled_from(CODES),
                          st.sampled_from(["error", "warning", "info"])), min_size=1, max_size=12))
def test_random_spans_nest_and_keep_the_text(spans) -> None:
    """Nested, crossing, identical and block-spanning highlights in any mix: the page is
    strictly nested, the paragraphs read exactly as the article, and every highlight
    holds its primary's words."""
    src = Source("rand.txt", SPAN_TEXT)
    second = SPAN_TEXT.index("Nine")
    pieces = [Piece.contiguous("paragraph", SPAN_TEXT[:40], 0),
              Piece.contiguous("paragraph", SPAN_TEXT[second:], second)]
    article = Article.assemble(src, pieces)
    findings = sorted((_finding(src, code, a, min(a + n, len(SPAN_TEXT)), sev) for a, n, code, sev in spans
                       if SPAN_TEXT[a:a + n].strip()), key=Finding.sort_key)
    if not findings:
        return
    result = FileResult("rand.txt", findings, parsed=[article])
    markup = render(result)
    _assert_strictly_nested(markup)
    page = Page(markup)
    story = page.with_class("story")[0]
    assert [p["text"] for p in page.children(story, "p")] == [SPAN_TEXT[:40], SPAN_TEXT[second:]]
    assert items(page) == expected_items([result])
    for n in items(page):
        want = "".join(SPAN_TEXT[i] for i in range(findings[n].start, findings[n].end) if i < 40 or i >= second)
        assert highlight_text(page, n) == want
