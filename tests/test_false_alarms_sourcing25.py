"""Classes of sourcing false alarm a strict standards editor found in professional copy (stop
25), each with sentences of our own that must not be flagged and ones that still must. No
text here comes from the evaluation data."""

from __future__ import annotations

from linter import lint_text
from linter.analyse.annotate import annotate
from linter.lint.config import Settings
from linter.lint.engine import Linter
from linter.model.source import Source
from linter.readers import parse


def found(text: str, select: str) -> list[tuple[str, str, str]]:
    """(code, severity, words) of the selected rules' findings, info included."""
    result = lint_text(text, "txt", linter=Linter(Settings(select=select.split(","))))
    return [(f.code, f.severity, f.text) for f in result.findings]


# --- a group described by what it knows is an anonymous source, not a weasel ------------------

def test_people_with_knowledge_of_the_talks_are_a_described_source() -> None:
    text = "People with knowledge of the talks said the deal would be signed on Friday."
    assert found(text, "ATTR001,ATTR007") == [
        ("ATTR007", "info", "People with knowledge of the talks")]


def test_a_quantified_group_with_direct_knowledge_is_described() -> None:
    text = "Some people with direct knowledge of the bid said the club had offered more."
    assert found(text, "ATTR001,ATTR007") == [
        ("ATTR007", "info", "Some people with direct knowledge of the bid")]


def test_critics_familiar_with_the_plan_are_described() -> None:
    text = "Critics familiar with the plan said it would be delayed until the spring."
    assert [c for c, _, _ in found(text, "ATTR001,ATTR007")] == ["ATTR007"]


def test_a_group_with_no_access_stays_vague() -> None:
    assert found("Critics said the plan would be delayed until the spring.", "ATTR001") == [
        ("ATTR001", "warning", "Critics said")]
    # "with" that says nothing of what they know leaves the group vague
    assert found("People with long memories said the plan had failed before.", "ATTR001") == [
        ("ATTR001", "warning", "People with long memories said")]


# --- an anonymous source placed by a relative clause or its trade ------------------------------

def test_sources_who_attended_the_meeting_are_described() -> None:
    text = "Sources who attended the meeting said the vote had been close."
    assert found(text, "ATTR007") == [("ATTR007", "info", "Sources")]


def test_a_source_who_has_read_the_minutes_is_described() -> None:
    text = "One source who has read the minutes said the council would not renew the contract."
    assert found(text, "ATTR007") == [("ATTR007", "info", "One source")]


def test_a_relative_clause_that_places_no_one_leaves_the_source_bare() -> None:
    text = "Sources who want the deal to fail said the talks had collapsed."
    assert found(text, "ATTR007") == [("ATTR007", "warning", "Sources")]


def test_a_source_placed_in_a_trade_is_described() -> None:
    assert found("Market sources said the bank would cut its rates in June.", "ATTR007") == [
        ("ATTR007", "info", "Market sources")]
    assert found("The studio has cut the film by ten minutes, according to studio sources.", "ATTR007") == [
        ("ATTR007", "info", "studio sources")]


def test_bare_sources_stay_a_warning() -> None:
    assert found("A source said the deal was dead.", "ATTR007") == [("ATTR007", "warning", "A source")]
    assert found("Insiders said the chief executive would quit.", "ATTR007") == [
        ("ATTR007", "warning", "Insiders")]


# --- a group that holds its statement back ----------------------------------------------------

def test_a_group_wary_of_saying_is_credited_with_nothing() -> None:
    assert found("Even people who like the mayor are wary of saying anything against him.", "ATTR001") == []
    assert found("Many stopped short of saying the scheme had failed.", "ATTR001") == []
    assert found("Some analysts avoided saying the bank would fail.", "ATTR001") == []


def test_held_back_words_away_from_the_verb_leave_the_claim() -> None:
    assert found("Critics who are wary of the plan say it will fail.", "ATTR001") == [
        ("ATTR001", "warning", "Critics who are wary of the plan say")]
    assert found("Many who stopped short of a boycott said the fees were unfair.", "ATTR001") != []


# --- the antecedent of a relative clause speaks ------------------------------------------------

def test_sources_who_spoke_to_the_paper_are_the_source_not_the_paper() -> None:
    # the source is "Sources" (bare), not "spoke to the paper" (a vague document)
    assert found("Sources who spoke to the paper said the deal was dead.", "ATTR001,ATTR007") == [
        ("ATTR007", "warning", "Sources")]
    assert found("Neighbours who saw the fire said the alarm never sounded.", "ATTR001,ATTR007") == []


def _sources(text: str) -> list[str]:
    doc = annotate(parse(Source("example.txt", text), "snippet")[0])
    return [doc.text[f.source[0]:f.source[1]] for f in doc.frames if f.source]


def test_a_relative_clause_with_its_own_speaker_keeps_it() -> None:
    assert _sources("The test, which critics said was unfair, was dropped.") == ["critics"]
    assert _sources("The figures which the report said were wrong have been withdrawn.") == ["the report"]
    assert _sources("Voters who spoke to the station said they were undecided.") == ["Voters"]
