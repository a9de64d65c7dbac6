"""Speakers the patterns reach in US political copy: past interruptions ("Murphy, though,
said"), in a relative clause ("which critics said"), with a party label ("Rep. Jon Mica
(R-Fla.)"), shares of a poll ("four in 10 say"), questions put to a speaker and a poll's
figures, each with its counter-example (issue 12, part 5). Every sentence here is
written for the tests."""

from __future__ import annotations

import pytest

from linter import lint_text
from linter.analyse.annotate import annotate
from linter.lint.config import Settings
from linter.lint.engine import Linter
from linter.model.source import Source
from linter.readers import parse


def frames(text: str, fmt: str = "snippet") -> list[tuple[str, str, str, str]]:
    """(source, cue, tier, pattern) of every frame."""
    doc = annotate(parse(Source("t.txt", text), fmt)[0])
    t = doc.text
    return [(t[f.source[0]:f.source[1]] if f.source else "", t[f.cue[0]:f.cue[1]], f.tier, f.pattern)
            for f in doc.frames]


def said_by(text: str) -> list[str]:
    return [s for s, c, _, _ in frames(text) if c == "said"]


@pytest.mark.parametrize("text,source", [
    ("Tom Murphy spoke first. Murphy, though, said he backs the mayor.", "Murphy"),
    ("Mayor Ana Ortiz spoke. Ortiz, at a public forum in Dayton, Ohio, said she would close the depot.",
     "Ortiz"),
    ("Dan Mitchell, who served as ambassador to Peru until last year, said the talks had stalled.", "Dan Mitchell"),
    ("Hale's office, when contacted by the Herald, said the mayor could not recall the dinner.", "Hale's office"),
])
def test_the_speaker_before_an_interruption(text: str, source: str) -> None:
    assert said_by(text) == [source]


@pytest.mark.parametrize("text", [
    "The vote, though, said little about the depot.",
    "After the vote, though, the crowd left quietly.",
])
def test_an_interruption_after_no_speaker_names_none(text: str) -> None:
    assert said_by(text) == []


def test_a_relative_clause_with_a_source_noun_is_that_sources() -> None:
    assert said_by("The bill required a new test, which critics said was unfair to pupils.") == ["critics"]
    assert said_by("The bill required a new test, which he said was unfair to pupils.") == ["he"]


@pytest.mark.parametrize("text,source", [
    ("Rep. Tom Gow (R-S.C.) said the talks had stalled.", "Rep. Tom Gow (R-S.C.)"),
    ('"We will not be rushed," Rep. Jo Marsh (R-Fla.) said.', "Rep. Jo Marsh (R-Fla.)"),
])
def test_a_party_label_stays_with_its_speaker(text: str, source: str) -> None:
    assert said_by(text) == [source]


@pytest.mark.parametrize("text,source,tier", [
    ("Nearly seven in 10 told pollsters they were tired of the race.", "Nearly seven in 10", "collective"),
    ("About four in 10 say they want a change.", "About four in 10", "collective"),
    ("While 86 percent liked her, 43 said the same of him.", "43", "described"),
])
def test_a_share_of_a_poll_speaks_as_its_respondents(text: str, source: str, tier: str) -> None:
    assert (source, tier) in [(s, t) for s, _, t, _ in frames(text)]


def test_a_figure_before_a_plural_noun_is_no_verb() -> None:
    assert frames("The 2016 claims were never checked.") == []


def test_a_question_put_to_a_speaker_is_not_their_speech() -> None:
    text = "Asked about the disastrous rollout, Ortiz said the plan was sound."
    assert ("Ortiz", "Asked", "named-person", "question") in frames(text)
    found = lint_text(text, "snippet", linter=Linter(Settings(select=["LOAD"]))).findings
    assert [f.text for f in found] == ["disastrous"]  # the question's words are the writer's
    assert not any(p == "question" for *_, p in frames("Mr. Dale asked the council to wait."))


def test_a_polls_figures_are_credited_but_not_speech() -> None:
    assert ("a Gallup poll released Thursday", "In", "named-organisation", "survey") in frames(
        "In a Gallup poll released Thursday, 54 percent of voters chose Hale.")
    assert frames("Hale has slipped in the polls since May.") == []
    assert frames("Voters in five states go to the polls on Tuesday.") == []


def test_an_abbreviated_outlet_in_a_headline_is_credited_when_the_body_names_it() -> None:
    body = "\n\nThe New York Daily Ledger reported on Monday that the depot deal was signed."
    assert ("NY Daily Ledger", ":") in [(s, c) for s, c, _, _ in frames("NY Daily Ledger: Deal Was a Scandal" + body, "txt")]
    assert ":" not in [c for _, c, _, _ in frames("NJ Daily Ledger: Deal Was a Scandal" + body, "txt")]


@pytest.mark.parametrize("text,source", [
    ("He praised the crew and called the plan a fraud.", "He"),
    ("The campaign called the ruling a hasty verdict.", "The campaign"),
    ("Ortiz, who called him unfit last year, left the party.", "Ortiz"),
])
def test_called_after_a_subject_or_a_conjunction_reports(text: str, source: str) -> None:
    assert (source, "called") in [(s, c) for s, c, _, _ in frames(text)]


@pytest.mark.parametrize("text", [
    "A manoeuvre called the corkscrew was banned.",
    "They bought a drink called the mule.",
    'A website called "Depot Watch" went live.',
])
def test_called_after_a_common_noun_names_something(text: str) -> None:
    assert "called" not in [c for _, c, _, _ in frames(text)]


@pytest.mark.parametrize("text,cue,source", [
    ("Cruz last week said the plan was dead.", "said", "Cruz"),
    ("Gov. Chris Kerr, who chairs the panel, on Sunday defended the plan.", "defended", "Gov. Chris Kerr"),
    ('"We won," said Mayor Ann Hale on Monday.', "said", "Mayor Ann Hale"),
    ('"It would have helped," the press secretary, Carla Diaz, said on Friday.', "said", "Carla Diaz"),
])
def test_a_time_is_never_the_speaker(text: str, cue: str, source: str) -> None:
    assert (source, cue) in [(s, c) for s, c, _, _ in frames(text)]


def test_a_speaker_named_like_a_month_stays_a_speaker() -> None:
    assert said_by("The coach April Hale said the team was ready.") == ["The coach April Hale"]


def test_a_passive_or_a_plain_ask_is_no_question_frame() -> None:
    assert not any(p == "question" for *_, p in frames("He was asked whether the depot would close."))
    assert not any(p == "question" for *_, p in frames("The council asked for more time."))
