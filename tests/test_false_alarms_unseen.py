"""False alarms on unseen professional copy (issue 12): the words of a clause reported
without "that" after a stance verb belong to the speaker; a stance verb's plain object is
still the writer's. Sentences written for this test."""

from __future__ import annotations

import pytest

from linter import lint_text
from linter.lint.config import Settings
from linter.lint.engine import Linter


def gate(text: str, select: str) -> list[str]:
    found = lint_text(text, "snippet", linter=Linter(Settings(select=[select]))).findings
    return [f.text for f in found if f.severity != "info"]


@pytest.mark.parametrize("text", [
    "A party spokesman denied the leaflet was racist.",
    "Councillor Ruth Bell warned the reckless scheme would bankrupt the harbour.",
    "The union's leader argued the cuts were a disgrace to the town.",
])
def test_a_clause_reported_without_that_is_the_speakers(text: str) -> None:
    assert gate(text, "LOAD") == []


@pytest.mark.parametrize("text,word", [
    ("Councillor Ruth Bell criticised the reckless scheme.", "reckless"),
    ("The mayor denied wrongdoing, and the reckless scheme was dropped.", "reckless"),
    ("A party spokesman denied it, but the scheme was plainly a disgrace.", "disgrace"),
])
def test_a_plain_object_or_a_later_clause_is_still_the_writers(text: str, word: str) -> None:
    assert word in gate(text, "LOAD")
