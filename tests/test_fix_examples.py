"""Safe fixes read well and raise nothing new: every fixable rule's own examples are
linted with every rule on, fixed, and linted again."""

from __future__ import annotations

import re

import pytest

from linter import lint_text
from linter.app.listing import rule_json
from linter.lint import fixes
from linter.lint.config import Settings
from linter.lint.engine import Linter
from linter.lint.packs import load_packs

from conftest import ROOT

PACKS = [ROOT / "examples" / "house-style"]
RULES = load_packs(PACKS).rules
ALL = Linter(Settings(packs=PACKS, extend_select=[r.code for r in RULES]))
FORMAT = {r.code: r.example_format for r in RULES}


#: (code, example): every example of every rule with a safe fix somewhere in its data.
CASES = [(rule.code, example) for rule in RULES if rule_json(rule)["fixable"] for example in rule.positive + rule.negative]


def test_the_fixable_rules_have_examples_to_fix() -> None:
    fixed = {code for code, example in CASES
             if fixes.plan(example, lint_text(example, FORMAT[code], linter=ALL).findings)}
    assert fixed >= {"ATTR003", "LOAD005"}
    assert any("Critics slammed" in example for _, example in CASES)


def _stem(word: str) -> str:
    return word.lower()[:5]


@pytest.mark.parametrize("code,example", CASES, ids=[f"{c}-{i}" for i, (c, _) in enumerate(CASES)])
def test_fix_reads_well_and_raises_nothing_new(code: str, example: str) -> None:
    fmt = FORMAT[code]
    before = lint_text(example, fmt, linter=ALL).findings
    edits = fixes.plan(example, before)
    fixed = fixes.apply(example, edits)
    after = lint_text(fixed, fmt, linter=ALL).findings
    new = {(f.code, f.text) for f in after} - {(f.code, f.text) for f in before}
    assert not new, f"the fix of {example!r} -> {fixed!r} raised {sorted(new)}"
    assert not re.search(r"  |\s[,.;:]", fixed), f"spacing: {fixed!r}"
    for sentence in re.split(r"(?<=[.!?])\s+", fixed.strip()):
        assert sentence[:1].isupper() or not sentence[:1].isalpha(), f"capital lost: {fixed!r}"
    # No replacement, applied or only suggested, repeats the word beside it ("Critics criticised").
    for f in before:
        if f.suggestion and f.suggestion.replacement:
            around = re.findall(r"[\w'’-]+", example[max(0, f.start - 30):f.start])[-1:] + \
                re.findall(r"[\w'’-]+", example[f.end:f.end + 30])[:1]
            assert all(_stem(w) != _stem(f.suggestion.replacement) for w in around), \
                f"{f.code} suggests {f.suggestion.replacement!r} beside {around} in {example!r}"
