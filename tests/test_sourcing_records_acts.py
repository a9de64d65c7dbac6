"""ATTR001 on two classes of false alarm a standards editor marks: a reading of records
the sentence names ("a review of court records showed") rests on those records, as
"according to court records" does; and a group that makes its own act public with a
plain noun object ("several states announced plans to ...") is the news, not a source.
Texts of our own, with ones that must still be flagged."""

from __future__ import annotations

import pytest

from linter import lint_text
from linter.lint.config import Settings
from linter.lint.engine import Linter


def vague(text: str) -> list[str]:
    found = lint_text(text, "snippet", linter=Linter(Settings(select=["ATTR001"]))).findings
    return [f.text for f in found if f.severity != "info"]


@pytest.mark.parametrize("text", [
    "A review of court records showed the firm had been sued six times since 2015.",
    "An analysis of the company's tax filings showed that profits had fallen for three years.",
    "A review of his posts on the forum revealed he had planned the attack for weeks.",
    "An examination of her emails showed she knew of the leak in March.",
])
def test_a_reading_of_named_records_rests_on_them(text: str) -> None:
    assert vague(text) == []


@pytest.mark.parametrize("text,flagged", [
    ("A review found the hospital had missed the warning signs.", "A review found"),
    ("A review of the evidence found the hospital had missed the warning signs.",
     "A review of the evidence found"),
    ("An analysis of studies found the drug did little good.", "An analysis of studies found"),
    ("A review of his conduct found he had broken the rules.", "A review of his conduct found"),
])
def test_a_reading_of_no_named_record_stays_vague(text: str, flagged: str) -> None:
    assert vague(text) == [flagged]


@pytest.mark.parametrize("text", [
    "Many states announced plans to set their own limits on car exhaust.",
    "Several companies announced job cuts on Monday.",
    "Several groups announced a boycott of the games.",
])
def test_a_group_announcing_its_own_act_is_no_source(text: str) -> None:
    assert vague(text) == []


@pytest.mark.parametrize("text,flagged", [
    ("Some experts announced that the vaccine was safe.", "Some experts announced"),
    ("Critics have announced the plan is a disaster.", "Critics have announced"),
    ("Some states have announced they will sue over the rule.", "Some states have announced"),
])
def test_a_group_announcing_a_claim_is_still_vague(text: str, flagged: str) -> None:
    assert vague(text) == [flagged]
