"""The bundled articles against their expected findings (tests/golden/*.txt), exactly.

Regenerate after a deliberate change with NEWSLINT_UPDATE_GOLDEN=1 and review the diff.
"""

from __future__ import annotations

import os

import pytest

from linter.lint.engine import Linter
from linter.readers import format_of
from linter.readers.files import read_source

from conftest import ROOT, SEEDS

ARTICLES = sorted(p.name for p in SEEDS.iterdir()
                  if p.suffix in (".txt", ".md", ".html", ".json") and p.name != "README.md")


def render(name: str) -> str:
    result = Linter().lint_source(read_source(SEEDS / name, display=f"seeds/{name}"), format_of(name))
    return "".join(
        f"{f.line}:{f.column}-{f.end_line}:{f.end_column} {f.code} [{f.severity}] {f.text!r}"
        + (f" -> {f.suggestion.replacement!r}" if f.suggestion else "") + "\n"
        for f in result.findings
    )


@pytest.mark.parametrize("name", ARTICLES)
def test_golden(name: str) -> None:
    golden = ROOT / "tests" / "golden" / (name + ".findings")
    got = render(name)
    if os.environ.get("NEWSLINT_UPDATE_GOLDEN"):
        golden.write_text(got, "utf-8")
    assert golden.exists(), f"no golden file for {name}; run with NEWSLINT_UPDATE_GOLDEN=1"
    assert got == golden.read_text("utf-8")


def test_every_seed_has_a_golden_file() -> None:
    names = {p.name.removesuffix(".findings") for p in (ROOT / "tests" / "golden").glob("*.findings")}
    assert names == set(ARTICLES)
