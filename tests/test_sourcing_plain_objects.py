"""Sourcing rules on what is no claim: a verb of realising or discovery with a plain
object (active, or a reduced relative whose noun is what was found) credits no one
with a statement, so it is no vague source (ATTR001); a settled toll given as background
to a named past event is no fresh count (ATTR005). Each class with texts that must
still be flagged."""

from __future__ import annotations

from linter import lint_text
from linter.lint.config import Settings
from linter.lint.engine import Linter


def codes(text: str, select: str) -> list[tuple[str, str]]:
    found = lint_text(text, "snippet", linter=Linter(Settings(select=[select]))).findings
    return [(f.code, f.text) for f in found if f.severity != "info"]


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
    text = "The Dunmore shooting, in which 14 people were killed, shocked the town, and 300 protesters marched."
    assert codes(text, "ATTR005") == [("ATTR005", "300 protesters")]
