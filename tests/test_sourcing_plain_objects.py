"""Sourcing rules on what is no claim: a verb of realising or discovery with a plain
object (active, or a reduced relative whose noun is what was found) credits no one
with a statement, nor does a denied one ("have not said"), so neither is a vague source
(ATTR001), nor is "many" after a group of people just named; a document made by an actor named by role ("a review by the county auditor")
is described, not anonymous; a settled toll given as background to a named past event is
no fresh count (ATTR005). Each class with texts that must still be flagged."""

from __future__ import annotations

import pytest

from conftest import gate_findings
from linter import lint_text


def codes(text: str, select: str) -> list[tuple[str, str]]:
    return [(f.code, f.text) for f in gate_findings(text, select, fmt="snippet")]


# --- ATTR001: realising and finding a thing is not saying something ---------------------------

def test_gains_realised_by_a_vague_group_are_no_claim() -> None:
    assert codes("The windfall realised by a wealthy few dwarfed the wage gains.", "ATTR001") == []
    assert codes("These gains pale beside the profits realized by the wealthy few.", "ATTR001") == []


def test_a_vague_group_realising_a_plain_object_is_no_claim() -> None:
    assert codes("Critics realised the danger too late.", "ATTR001") == []


def test_a_vague_group_realising_a_clause_still_is() -> None:
    assert codes("Critics realised that the plan would fail.", "ATTR001") == [("ATTR001", "Critics realised")]


def test_a_reduced_relative_of_discovery_is_no_claim() -> None:
    assert codes("The flaws found by some experts were never fixed.", "ATTR001") == []


def test_a_vague_group_finding_a_clause_still_is() -> None:
    assert codes("Experts found that the bridge was unsafe.", "ATTR001") == [("ATTR001", "Experts found")]


def test_a_reduced_relative_of_criticism_keeps_its_vague_speaker() -> None:
    assert codes("The plan, criticised by some lawmakers, passed.", "ATTR001") == [
        ("ATTR001", "criticised by some lawmakers")]


# --- ATTR001: a statement denied, and a document whose maker is named by role --------------------

def test_a_group_that_has_not_said_anything_is_credited_with_no_claim() -> None:
    assert codes("Two others have not said whether they will run.", "ATTR001") == []
    assert codes("Critics did not say that the plan would fail.", "ATTR001") == []
    assert codes("Critics haven't said that the plan would fail.", "ATTR001") == []


def test_a_group_whose_claim_holds_a_negation_still_makes_it() -> None:
    assert codes("Critics say the plan will not work.", "ATTR001") == [("ATTR001", "Critics say")]


def test_a_document_by_an_actor_named_by_role_is_described() -> None:
    assert codes("A review by the county auditor revealed that the fund was short.", "ATTR001") == []
    assert codes("A report from the state health department found that 40 clinics had closed.", "ATTR001") == []


def test_a_document_by_a_vague_group_or_a_place_is_still_vague() -> None:
    assert codes("A report by experts found that the fund was short.", "ATTR001") == [
        ("ATTR001", "A report by experts found")]
    assert codes("A report from the region found that rents rose.", "ATTR001") == [
        ("ATTR001", "A report from the region found")]


# --- ATTR001: a quantifier pointing back to a group of people just named ------------------------

def test_many_after_a_group_of_people_is_that_group() -> None:
    assert codes("Nurses marched on the ministry on Monday. Many said they had not been paid for months.",
                 "ATTR001") == []


def test_many_after_no_group_of_people_is_vague() -> None:
    assert codes("Prices rose sharply on Monday. Many said the bank would act.", "ATTR001") == [
        ("ATTR001", "Many said")]


def test_many_after_a_vague_group_is_as_vague() -> None:
    assert codes("The plan surprised some City experts on Monday. Many believe the figure is too high.",
                 "ATTR001") == [("ATTR001", "Many believe")]


# --- ATTR005: a named past event's settled toll, given as background ---------------------------

def test_a_named_past_events_toll_in_a_background_clause_is_settled() -> None:
    assert codes("After the Dunmore shooting, in which 14 were killed and 9 injured, the town closed "
                 "its only gun shop.", "ATTR005") == []
    assert codes("Survivors of the 2009 Harbour Street fire, which killed 31 people, met the mayor.", "ATTR005") == []


def test_an_unnamed_or_still_rising_toll_is_a_count() -> None:
    assert codes("After the shooting, in which 14 were killed, the town closed its only gun shop.",
                 "ATTR005") == [("ATTR005", "14 were killed")]
    assert codes("The outbreak, which has killed 61 people in the valley, reached the coast.",
                 "ATTR005") == [("ATTR005", "killed 61")]
    assert codes("The Dunmore riots, in which 14 people have been killed, entered a third week.",
                 "ATTR005") == [("ATTR005", "14 people have been killed")]


def test_another_figure_beside_the_background_clause_is_still_a_count() -> None:
    # not the lede: a lede opening with the event gives the story's own toll
    text = ("The council met on Monday.\n\n"
            "The Dunmore shooting, in which 14 people were killed, shocked the town, and 30,000 protesters marched.")
    assert codes(text, "ATTR005") == [("ATTR005", "30,000 protesters")]


# --- ATTR001: an adverb of duration or frequency between the group and its verb ---------------

def test_a_vague_group_that_has_long_said_it_is_still_vague() -> None:
    assert codes("Experts have long said that the bridge is unsafe.", "ATTR001") == [
        ("ATTR001", "Experts have long said")]
    assert codes("Critics have often argued that the plan is unfair.", "ATTR001") == [
        ("ATTR001", "Critics have often argued")]


def test_a_named_speaker_who_has_long_said_is_named() -> None:
    assert codes("Dr Ann Hale of the Bridge Institute has long said that the bridge is unsafe.", "ATTR001") == []


# --- a toll named before the dated or named past event it belongs to ------------------------

@pytest.mark.parametrize("text", [
    "She was one of 9 people killed in the May 2016 shooting at the depot.",
    "He lost a brother, one of the 14 miners killed in the 1998 Kelso explosion.",
])
def test_a_toll_before_its_dated_or_named_past_event_is_background(text: str) -> None:
    assert [f for f in lint_text(text, "snippet").findings if f.code == "ATTR005"] == []


@pytest.mark.parametrize("text", [
    "At least 40 people were killed in the Tuesday bombing.",   # a weekday is this week's news
    "At least 40 people were killed in the March bombing.",     # a month without a year too
    "At least 40 people were killed in the bombing in the capital.",
    "At least 40 people have been killed in the 2024 floods.",  # still rising
])
def test_a_fresh_or_rising_toll_still_needs_a_source(text: str) -> None:
    assert [f.code for f in lint_text(text, "snippet").findings if f.code == "ATTR005"] == ["ATTR005"]
