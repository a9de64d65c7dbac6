"""Loaded-language recall by class, stop 25: damnation in the writer's voice, public
business belittled as a show, wrongdoing as a smell, an adjective of sheer degree on a
noun of failure or disgrace, colloquial degree beyond measure, a rhetorical reply that is
a sentence of its own, the clause of a verb of knowing (the writer vouches for it, so it
shields nothing), and the clergy among the people a verdict can be on. Each with
positive and negative sentences written for this test."""

from __future__ import annotations

import pytest

from conftest import gate_findings


def gate(text: str) -> list[str]:
    """The LOAD and OPIN002 warnings and errors on a text, as the flagged words (lower case)."""
    return [f.text.lower() for f in gate_findings(text, "LOAD", "OPIN002", fmt="snippet")]


FLAGGED = [
    # damnation
    ("May the whole council rot in hell for what it did to the harbour.", "rot in hell"),
    ("The minister has turned the department into a den of thieves.", "den of thieves"),
    ("The forces of darkness at City Hall want the library closed.", "forces of darkness"),
    # public business as a show
    ("What followed was a love-fest between the two leaders on the stage.", "love-fest"),
    ("The hearing was political theater from start to finish.", "political theater"),
    ("Senators promised to end the confirmation circus next year.", "circus"),
    # wrongdoing as a smell
    ("The timing of the leak reeks of a set-up.", "reeks of"),
    ("The whole deal stinks of cronyism.", "stinks of"),
    # an adjective of sheer degree on a noun of failure or disgrace
    ("The consultation was a total disaster from the first day.", "total"),
    ("The summit was a huge humiliation for the allies.", "huge"),
    # degree beyond measure
    ("Parents were beyond furious at the council's decision.", "beyond"),
    # a rhetorical reply or exclamation, a sentence of its own
    ("Should tenants pay for the council's mistake? Absolutely not!", "absolutely not"),
    ("The council says the depot will reopen in May. Seriously?", "seriously"),
    ("The minister promised a new hospital by Christmas. Good luck with that.", "good luck with that"),
    ("Fares rose by 40 per cent overnight. Wow.", "wow"),
    # a verb of knowing: the writer vouches for the clause, whose words are the writer's
    ("By June the council realised the depot plan was a disastrous mistake.", "disastrous"),
    ("The mayor knew perfectly well that the depot plan was a disastrous mistake.", "disastrous"),
    # a verdict on the clergy, people like any others
    ("Senior clergy were blasted as cowards by the parish paper.", "blasted"),
]

QUIET = [
    # damnation in a story, a sermon reported, a work of fiction
    "In the novel, sinners burn in hell beneath a red sky.",
    "The sermon warned of eternal damnation, the vicar said.",
    # a circus is a circus
    "The circus came to town on Friday with six elephants.",
    # real smells
    "The kitchen reeked of gas when firefighters arrived.",
    "His breath stank of alcohol, the officer told the court.",
    "The stench of sewage hung over the estate for a week.",
    # the same adjectives on a plain or literal noun
    "A huge fire destroyed the warehouse on Friday.",
    "The striker's miss was a huge disappointment for the fans.",
    "The total ban on fireworks takes effect in May.",
    "The crash was caused by a complete failure of the brakes.",
    # "beyond" as a preposition
    "The road runs beyond the village to the coast.",
    "Fans were beyond the barrier when the match ended.",
    # the reply words inside a sentence, or someone's reply quoted
    "The claim is absolutely not true, the council said.",
    "Two workers were seriously injured in the fall.",
    "Hardly anyone came to the meeting.",
    "“Absolutely not,” the mayor said when asked whether she would resign.",
    "Asked whether she would resign, the mayor said: “Absolutely not.”",
    # believing and saying still report someone's words
    "The mayor believes the depot plan is a disastrous mistake.",
    "The mayor said the depot plan was a disastrous mistake.",
]


@pytest.mark.parametrize("text,word", FLAGGED)
def test_the_writers_words_are_flagged(text, word):
    assert word in gate(text)


@pytest.mark.parametrize("text", QUIET)
def test_literal_uses_and_speakers_words_stay_quiet(text):
    assert gate(text) == []
