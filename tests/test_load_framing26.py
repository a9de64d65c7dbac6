"""LOAD false alarms on professional copy, by class (issue 12 part 3, stop 26).

- hearsay and portrayal with no one named ("is said to be livid that ... a spiteful
  treasurer", "while being portrayed as a flip-flopper", "the capital is portrayed as
  filthy, lawless, doomed"): the clause is unnamed others' words, reported; the sourcing
  rules ask whose, and the loaded word drops to info as in a vague source's speech. A
  hearsay frame reaches to the next comma, a portrayal through its list; a frame after the
  word, a new clause of the writer's, or a relative clause that closes first does not
  reach it; "can only be described as" and "supposedly" are the writer's own;
- a flood of traffic said vividly ("an onslaught of attention", "a torrent of news", "a
  deluge of applications"): a volume, not a verdict; a torrent of abuse or lies stays;
- the idiom of things going bad ("the protest turned ugly");
- words of killing on an attack on someone ("a murderous attack on the worshippers"):
  physical; harshness words on an attack on someone stay verdicts ("vicious attacks on the
  mayor").

Every text here is our own; each class has texts that must not be flagged and ones that
still must."""

from __future__ import annotations

import pytest

from conftest import gate_findings


def gate(body: str, select: str) -> list[tuple[str, str]]:
    """Gate findings (warnings and errors) of one rule on a story with a plain headline."""
    return [(f.code, f.text) for f in gate_findings("Council news\n\n" + body, select)]


# --- hearsay and portrayal with no one named -----------------------------------------------------

@pytest.mark.parametrize("body", [
    "The treasurer is said to be furious that his budget was blocked by a vindictive chair.",
    "The mayor, while being portrayed as a flip-flopper on parking, kept his lead.",
    "In the channel's bulletins the city is portrayed as filthy, brutal and lawless.",
    "The chief executive is reported to have called the shameful offer an insult to staff.",
    "The councillor is rumoured to have been sacked for his arrogant manner.",
    # what a statement is about, as a clause: the speaker's case
    "The mayor closed on a rehearsed line about how her rival is merely the developers' mouthpiece.",
    "Her speech about how the rules are a sham drew cheers.",
])
def test_hearsay_with_no_one_named_is_not_the_writers(body: str) -> None:
    assert gate(body, "LOAD001") == []


@pytest.mark.parametrize("body, word", [
    # the frame opens after the word: the word is the writer's
    ("The mayor's shameful handling of the inquiry is said to have upset families.", "shameful"),
    # a new clause of the writer's after a comma and "and"
    ("The treasurer is said to be unwell, and the council's shameful handling of the inquiry goes on.",
     "shameful"),
    # a relative clause that closes before the word
    ("The governor, who is said to have ordered the purge, is a ruthless operator.", "ruthless"),
    # a hearsay frame reaches to the next comma only
    ("The chair is said to have left early, which is, frankly, laughable.", "laughable"),
    # "about how" after no statement: the writer's own words
    ("Little has changed about how the council's shameful cuts hit families.", "shameful"),
    # "reportedly" leaves the colour verb after it the writer's choice
    ("The governor reportedly bristled at the question.", "bristled at"),
    # "supposedly" is the writer's own doubt, not someone's report
    ("The mayor had supposedly signed the shameful deal in secret.", "shameful"),
    # the writer's own verdict, modestly put
    ("The launch can only be described as a fiasco.", "fiasco"),
])
def test_the_writers_words_outside_the_hearsay_stay(body: str, word: str) -> None:
    assert gate(body, "LOAD001") == [("LOAD001", word)]


# --- a flood of traffic said vividly ---------------------------------------------------------------

@pytest.mark.parametrize("body, select", [
    ("The singer has struggled with the sudden onslaught of attention since the awards.", "LOAD001"),
    ("The merger unleashed a torrent of news about the bank's plans.", "LOAD002"),
    ("The council received a deluge of applications for the new flats.", "LOAD002"),
    ("The helpline faced an avalanche of calls after the storm.", "LOAD002"),
])
def test_a_volume_of_traffic_is_not_a_verdict(body: str, select: str) -> None:
    assert gate(body, select) == []


@pytest.mark.parametrize("body, select, word", [
    ("The senator unleashed a torrent of abuse at the auditor.", "LOAD002", "torrent of"),
    ("The campaign faced a deluge of lies from its rivals.", "LOAD002", "deluge of"),
    ("The candidate's lead held until the onslaught of accusers began.", "LOAD001", "onslaught"),
])
def test_a_flood_of_abuse_stays(body: str, select: str, word: str) -> None:
    assert gate(body, select) == [(select, word)]


# --- the idiom of things going bad ------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "The protest turned ugly after dark, police said later.",
    "When a bet goes wrong, things can get very ugly for the fund.",
])
def test_turning_ugly_is_an_idiom(body: str) -> None:
    assert gate(body, "LOAD001") == []


def test_ugly_as_a_verdict_stays() -> None:
    assert gate("The mayor's ugly remarks about the tenants drew complaints.", "LOAD001") == [
        ("LOAD001", "ugly")]


# --- words of killing on an attack on someone --------------------------------------------------------

@pytest.mark.parametrize("body", [
    "The gunman's murderous attack on the worshippers lasted four minutes.",
    "The gang's barbaric assault on the village left nine dead.",
])
def test_killing_words_on_an_attack_on_someone_are_literal(body: str) -> None:
    assert gate(body, "LOAD001") == []


@pytest.mark.parametrize("body, word", [
    ("The mayor's vicious attacks on the auditor went on all spring.", "vicious"),
    ("His horrific attack on the judge's record drew complaints.", "horrific"),
])
def test_harshness_words_on_an_attack_on_someone_stay(body: str, word: str) -> None:
    assert gate(body, "LOAD001") == [("LOAD001", word)]


# --- an image someone sells of himself or his cause ------------------------------------------------

@pytest.mark.parametrize("body, select", [
    ("Aides argued over whether the senator should market himself as a firebrand.", "LOAD003"),
    ("The mayor pitched the parking plan as a crusade against greedy landlords.", "LOAD001"),
])
def test_a_self_presentation_is_the_subjects(body: str, select: str) -> None:
    assert gate(body, select) == []


def test_a_noun_before_as_is_no_self_presentation() -> None:
    assert gate("The market as a whole is a shambles this year.", "LOAD001") == [("LOAD001", "shambles")]


# --- "so ... that": a degree that measures the result the sentence states ---------------------------

def test_a_result_clause_does_not_turn_the_verdict_up() -> None:
    body = "A leak of the party's files followed, some so embarrassing that they forced the treasurer out."
    assert gate(body, "LOAD001") == []


@pytest.mark.parametrize("body, word", [
    # the degree word alone still turns an info verdict up
    ("A leak of the party's files followed, some deeply embarrassing for the treasurer.", "embarrassing"),
    # conduct judged: a warning whatever follows
    ("The minister's handling was so embarrassing that aides resigned.", "embarrassing"),
])
def test_an_intensified_or_targeted_verdict_stays(body: str, word: str) -> None:
    assert gate(body, "LOAD001") == [("LOAD001", word)]
