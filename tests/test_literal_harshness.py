"""Loaded-looking words used accurately, literally or routinely (stop 24, strict standard):
what the word describes decides, by the context classes of ``vocab/targets.toml``.

- harshness words for violence and wars ("the brutal civil war"), words of killing and
  horror for attacks too ("a horrific attack", "murderous attacks"): literal; of a policy,
  someone's conduct or a campaign of policy called a war they stay verdicts ("the brutal
  crackdown ordered by the minister", "vicious attacks on the mayor", "a brutal war on the
  unions"), and so does a harshness word on an attack that may be verbal ("the senator's
  vicious attacks");
- the settled historical label for a long-dead ruler ("Libyan dictator Moammar Gadhafi",
  "Francisco Franco, the Spanish dictator"); for a living politician the label stays;
- a fall from office told as what happened ("resigned in disgrace", "his career ended in
  disgrace"); "disgraced" as a label stays (who counts as disgraced is a verdict);
- "infamous" for a notorious crime or an atrocity of history; of anything else it stays.

Every text here is our own; each class has texts that must not be flagged and ones that
still must."""

from __future__ import annotations

import pytest

from conftest import gate_findings


def gate(body: str, select: str) -> list[tuple[str, str]]:
    """Gate findings (warnings and errors) of one rule on a story with a plain headline."""
    return [(f.code, f.text) for f in gate_findings("Council news\n\n" + body, select)]


# --- harshness words for violence, attacks and wars -----------------------------------------------

@pytest.mark.parametrize("body", [
    "Thousands fled the country's brutal civil war for camps across the border.",
    "The barbaric siege of the hill town went on for three winters.",
    "The murderous attacks in the capital left 30 people dead.",
    "A horrific attack at the market killed four shoppers.",
    "The devastating attacks of September 2001 changed airport security for good.",
    "Families described a horrific assault outside the station.",
    "The horrific war left the valley empty.",
    "The port was rebuilt after the merciless bombardment of 1943.",
    "The victim of a brutal stabbing attack outside the pub gave evidence on Monday.",
    "The blast was one more of several horrific incidents along the border this year.",
    "Two drivers died in a horrific crash on the bypass.",
])
def test_harshness_of_violence_and_war_is_literal(body: str) -> None:
    assert gate(body, "LOAD001") == []


@pytest.mark.parametrize("body, word", [
    ("The brutal crackdown on protesters ordered by the minister drew no apology.", "brutal"),
    ("The senator launched a vicious attack on the mayor at the meeting.", "vicious"),
    ("The mayor's relentless attacks against the auditor continued.", "relentless"),
    ("The council waged a brutal war on the unions all winter.", "brutal"),
    ("The senator's vicious attacks continued all week.", "vicious"),
    ("The paper aimed its craven attacks at a man it once published.", "craven"),
    ("The purpose of the party's frenzied assault is to wound the nominee.", "frenzied"),
    ("His horrific handling of the inquiry angered the families.", "horrific"),
    ("It was a senseless war, and the minister knew it.", "senseless"),
    ("The mayor's disgraceful incident at the gala embarrassed the council.", "disgraceful"),
])
def test_harshness_of_policy_and_conduct_stays(body: str, word: str) -> None:
    assert gate(body, "LOAD001") == [("LOAD001", word)]


def test_the_weather_stays_literal() -> None:
    assert gate("It was a brutal winter for the sheep farmers of the valley.", "LOAD001") == []


# --- the settled historical label for a long-dead ruler ---------------------------------------------

@pytest.mark.parametrize("body", [
    "Her grandparents left Spain under Francisco Franco, the Spanish dictator, in 1951.",
    "The exiles had opposed Libyan dictator Moammar Gadhafi for decades.",
    "The bank once lent money to Nicolae Ceausescu, the dictator of Romania.",
    "The museum opened in the villa where the dictator Augusto Pinochet spent his last years.",
])
def test_a_dead_dictator_is_history(body: str) -> None:
    assert gate(body, "LOAD003") == []


@pytest.mark.parametrize("body", [
    "The talks were hosted by Ivan Dorn, the Lukovian dictator, at his palace.",
    "The mayor behaves like a dictator at council meetings.",
    "Protesters marched against dictator Ivan Dorn on Sunday.",
])
def test_a_contested_label_stays(body: str) -> None:
    assert gate(body, "LOAD003") == [("LOAD003", "dictator")]


def test_a_comma_before_an_unlisted_name_changes_nothing() -> None:
    # the apposition only adds what a list knows of the name; a name alone is no target
    assert gate("After the vote in Brandon, the brutal regime of fees went on.", "LOAD001") == [
        ("LOAD001", "brutal")]


# --- a fall from office told as what happened ----------------------------------------------------

@pytest.mark.parametrize("body", [
    "His career ended in disgrace after the expenses scandal.",
    "The chairman resigned in disgrace in 2019.",
])
def test_a_fall_from_office_is_told_routinely(body: str) -> None:
    assert gate(body, "LOAD001") == []


@pytest.mark.parametrize("body, word", [
    ("The disgraced minister refused to resign on Tuesday.", "disgraced"),
    # who counts as disgraced is the writer's verdict, a fall from office or not
    ("She is married to Tom Hale, a disgraced former councillor from the north ward.", "disgraced"),
    ("The verdict is a disgrace to the county.", "disgrace"),
])
def test_disgrace_as_a_label_stays(body: str, word: str) -> None:
    assert gate(body, "LOAD001") == [("LOAD001", word)]


# --- "infamous" for a notorious crime or an atrocity of history -------------------------------------

@pytest.mark.parametrize("body", [
    "The infamous massacre at the mill is remembered every June.",
    "Visitors walk through the gates of the infamous gulag each summer.",
    "The auction house withdrew the infamous pistol from its catalogue.",
])
def test_infamous_crime_is_literal(body: str) -> None:
    assert gate(body, "LOAD001") == []


def test_infamous_of_a_person_or_conduct_stays() -> None:
    assert gate("The mayor's infamous memo on parking leaked to the press.", "LOAD001") == [
        ("LOAD001", "infamous")]

