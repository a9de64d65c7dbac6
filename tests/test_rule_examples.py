"""Every rule's own examples: positives must be flagged by that rule, negatives not."""

from __future__ import annotations

import pytest

from linter.lint.config import Settings
from linter import lint_text
from linter.lint.engine import Linter
from linter.lint.packs import load_packs

from conftest import ROOT

#: The built-in packs and the documented example house pack.
PACKS = [ROOT / "examples" / "house-style"]
RULES = load_packs(PACKS).rules
CASES = [(r.code, "positive", i, ex) for r in RULES for i, ex in enumerate(r.positive)] + \
        [(r.code, "negative", i, ex) for r in RULES for i, ex in enumerate(r.negative)]
_LINTERS: dict[str, Linter] = {}


def _linter(code: str) -> Linter:
    if code not in _LINTERS:
        _LINTERS[code] = Linter(Settings(select=[code], packs=PACKS))
    return _LINTERS[code]


def test_every_rule_has_examples() -> None:
    missing = [r.code for r in RULES if not r.positive or not r.negative]
    assert not missing, f"rules without positive and negative examples: {missing}"


@pytest.mark.parametrize("code,polarity,index,example", CASES,
                         ids=[f"{c}-{p}-{i}" for c, p, i, _ in CASES])
def test_rule_example(code: str, polarity: str, index: int, example: str) -> None:
    fmt = next(r.example_format for r in RULES if r.code == code)
    found = [f for f in lint_text(example, fmt, linter=_linter(code)).findings if f.code == code]
    if polarity == "positive":
        assert found, f"{code} should flag: {example!r}"
    else:
        assert not found, f"{code} should not flag {[f.text for f in found]} in: {example!r}"
