"""Whose words a paraphrased charge is: a speaker who pins a charge on a long-named object
("accused the Regional Transit Planning Board of ...") or speaks as a collective ("the
inspectors said they believe ...") owns the words of the charge; a passive charge, a
possessive of the writer's own, and a stance verb's plain object stay the writer's."""

from __future__ import annotations

import pytest

from linter.lint.config import Settings
from linter.lint.engine import Linter
from linter.model.source import Source

LINTER = Linter(Settings())


def _load(sentence: str, word: str) -> list[str]:
    text = "Council report\n\n" + sentence + "\n"
    found = LINTER.lint_source(Source("t.txt", text), "txt").findings
    return [f.severity for f in found if f.code.startswith("LOAD") and f.text == word]


@pytest.mark.parametrize("sentence, word", [
    # a long object between the charging verb and its "of"
    ("Okafor accused the Regional Transit Planning Board of sabotaging the valley lines.", "sabotaging"),
    ("The mayor accused the harbour trust and its chairman of sabotaging the ferry deal.", "sabotaging"),
    # a fronted phrase before the speaker: still the normal order, the charge is hers
    ("In her speech at the depot on Friday, Councillor Ama Boateng accused the Regional Transit Board of "
     "sabotaging the valley lines.", "sabotaging"),
])
def test_a_charge_pinned_on_a_long_object_is_the_speakers(sentence: str, word: str) -> None:
    assert _load(sentence, word) == []


@pytest.mark.parametrize("sentence, word", [
    ("The inspectors said they think the depot manager's conduct was egregious.", "egregious"),
    ("The families said the landlord had been vilifying the tenants for months.", "vilifying"),
    # a participle's that-clause is reported speech, as a finite verb's is
    ("The tenants had mobilised, warning that the sale would decimate the estate.", "decimate"),
])
def test_a_collectives_reported_speech_is_theirs_not_a_gate_finding(sentence: str, word: str) -> None:
    assert _load(sentence, word) in ([], ["info"])


@pytest.mark.parametrize("sentence, word", [
    ("The harbour trust was accused of sabotaging the ferry deal.", "sabotaging"),  # passive: no speaker
    ("The senator's sabotaging of the ferry deal went on for weeks.", "sabotaging"),
    ("Inspectors ignored the egregious abuse of the fund by the depot manager.", "egregious"),
])
def test_the_writers_own_words_stay_warnings(sentence: str, word: str) -> None:
    assert _load(sentence, word) == ["warning"]
