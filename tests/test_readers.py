"""Every character the readers extract maps back to exactly the source text it came from."""

from __future__ import annotations

import html
import json

import pytest

from linter.model.article import BYLINE, CAPTION, HEADING, HEADLINE, LIST_ITEM, PARAGRAPH, RESIDUE, STANDFIRST
from linter.lint.engine import Linter
from linter.readers import parse
from linter.model.source import Source
from linter.readers.files import read_source

from conftest import ROOT, SEEDS


def _check_mapping(article, decode) -> None:
    src = article.source.text
    for block in article.blocks:
        for i in range(block.start, block.end):
            ch = article.text[i]
            piece = src[article.starts[i]:article.ends[i]]
            if ch == " " and (piece.isspace() or piece in ("\u00a0", "&nbsp;", "&#160;")):
                continue
            if ch == "\n" and (piece.lower().startswith("<br") or piece == "\n"):
                continue
            assert decode(piece) == ch, (i, ch, piece)


@pytest.mark.parametrize("name,fmt", [
    ("zelensky-toll.txt", "txt"), ("wire-neutral.txt", "txt"), ("slanted-transit.txt", "txt"),
    ("storm-recovery.md", "md"), ("harbour-fire.html", "html"),
])
def test_seed_offsets_map_back(name: str, fmt: str) -> None:
    article = parse(read_source(SEEDS / name), fmt)[0]
    _check_mapping(article, lambda p: html.unescape(p) if fmt != "txt" else p)


def test_text_blocks_and_headline() -> None:
    art = parse(read_source(SEEDS / "zelensky-toll.txt"), "txt")[0]
    assert art.blocks[0].kind == HEADLINE
    assert art.block_text(art.blocks[0]).startswith("Zelensky Announces")
    assert len(art.blocks) == 12


def test_markdown_structure() -> None:
    art = parse(read_source(SEEDS / "storm-recovery.md"), "md")[0]
    kinds = [b.kind for b in art.blocks]
    assert kinds[0] == HEADLINE
    assert STANDFIRST in kinds and BYLINE in kinds and HEADING in kinds
    assert kinds.count(CAPTION) == 2 and LIST_ITEM in kinds
    assert "blockquote" in kinds
    # Entities decode; emphasis markers and link targets are not text.
    assert "Power & Light" in art.text and "](" not in art.text and "**" not in art.text


def test_html_ignores_script_style_nav() -> None:
    art = parse(read_source(SEEDS / "harbour-fire.html"), "html")[0]
    kinds = [b.kind for b in art.blocks]
    assert kinds[0] == HEADLINE and kinds.count(CAPTION) == 2
    page = (SEEDS / "harbour-fire.html").read_text()
    script = page[page.index("<script"):page.index("</script>")]
    assert "Shocking" in script or "shocking" in script.lower()
    assert "shocking" not in art.text.lower()
    assert "function" not in art.text and "{" not in art.text


def test_html_fragment_with_entities_and_lines() -> None:
    text = "<div>\n  <p>First &amp; <em>second</em>\n     line.</p>\n<figure><figcaption>A caption\n here</figcaption></figure><p>Featured image</p>\n</div>"
    art = parse(Source("frag.html", text), "html")[0]
    assert [art.block_text(b) for b in art.blocks] == ["First & second line.", "A caption here", "Featured image"]
    assert [b.kind for b in art.blocks] == [HEADLINE if False else PARAGRAPH, CAPTION, PARAGRAPH]
    _check_mapping(art, html.unescape)


def test_json_export_offsets_point_into_the_json() -> None:
    src = read_source(ROOT / "tests" / "data" / "export.json")
    arts = parse(src, "json")
    assert len(arts) == 2
    a, b = arts
    assert a.block_text(a.blocks[0]) == "Council approves “bold” harbour plan"
    assert b.block_text(b.blocks[0]) == "Ferry service resumes"
    assert any(bl.kind == CAPTION for bl in a.blocks)

    def decode(piece: str) -> str:
        return html.unescape(json.loads(f'"{piece}"')) if not piece.startswith("&") else html.unescape(piece)

    for art in arts:
        _check_mapping(art, decode)
    # A finding's text is the exact JSON source slice.
    result = Linter().lint_source(src, "json")
    codes = {f.code for f in result.findings}
    assert "STRUCT001" in codes and "OPIN002" in codes
    for f in result.findings:
        assert src.text[f.start:f.end] == f.text


def test_json_field_names_are_configurable() -> None:
    src = Source("x.json", json.dumps({"hed": "A", "copy": "Sadly, the pier closed."}))
    from linter.model.errors import InputError

    with pytest.raises(InputError, match="no body field"):
        parse(src, "json")
    art = parse(src, "json", {"body": ["copy"]})[0]
    assert art.block_text(art.blocks[-1]) == "Sadly, the pier closed."


def test_residue_classification() -> None:
    linter = Linter()
    res = linter.lint_source(read_source(SEEDS / "zelensky-toll.txt"), "txt")
    residue = [f for f in res.findings if f.code == "STRUCT001" and f.severity == "error"]
    assert [f.line for f in residue] == [17, 21]
    assert RESIDUE == "residue"
