"""The issue's "done when" list for the seed article, independent of ../shared."""

from __future__ import annotations

from linter.lint.engine import Linter
from linter.readers.files import read_source

from conftest import SEEDS


def test_seed_article_findings() -> None:
    src = read_source(SEEDS / "zelensky-toll.txt")
    found = Linter().lint_source(src, "txt").findings
    texts = {(f.code, f.text, f.line) for f in found}
    for word in ("sent shockwaves", "staggering", "relentless", "immeasurable", "claiming"):
        assert any(word in t and c.startswith(("LOAD", "ATTR")) for c, t, _ in texts), word
    assert any(c == "ATTR003" and t == "claim" and line == 3 for c, t, line in texts)  # "The claim comes as"
    assert ("DUP001", 13) in {(f.code, f.line) for f in found}
    assert [f.line for f in found if f.code == "STRUCT001" and f.text == "Featured image"] == [17, 21]
    # Nothing inside Umerov's or Mathernova's attributed quotations, nor the territorial claim.
    quoted = ("substantive and productive", "concrete steps and practical solutions", "strategically important")
    line15 = src.line_text(15)
    territorial = src.line_starts[14] + line15.index("Russia also claiming")
    for f in found:
        assert not any(q in f.text for q in quoted)
        inside = any(src.text.find(q) <= f.start < src.text.find(q) + len(q) for q in quoted)
        assert not inside, f
        assert not (f.code == "ATTR003" and territorial <= f.start < territorial + 80), f
