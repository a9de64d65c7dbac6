"""Word choice about people's manner (issue 12, basil): a temper the writer ascribes to
someone, contemptuous verbs of speech, verbs of attack for criticism, intransigence and
fear-stoking, as classes of LOAD001 with their literal senses kept out. Every sentence is
written for this test."""

from __future__ import annotations

import pytest

from conftest import gate_findings


def gate(text: str) -> list[str]:
    """The LOAD001 warnings and errors on a text, as the flagged words (lower case)."""
    return [f.text.lower() for f in gate_findings(text, "LOAD001", fmt="snippet")]


FLAGGED = [
    # hostile or peevish demeanour ascribed to people, and its other forms
    ("The senator had a testy exchange with reporters after the vote.", "testy"),
    ("The council leader was disdainful of the tenants' petition.", "disdainful"),
    ("The mayor testily waved away questions about the depot.", "testily"),
    ("The chairman grew irascible as the hearing dragged on.", "irascible"),
    ("A thin-skinned governor blocked the reporters on social media.", "thin-skinned"),
    # contemptuous verbs of speech
    ("Councillors grumbled about the new timetable.", "grumbled"),
    ("She scoffed when asked about the audit.", "scoffed"),
    ("He bristled at the question about his donors.", "bristled at"),
    ("The board spent the week sniping at the regulator.", "sniping at"),
    # verbs of attack for criticism
    ("The mayor took a swipe at the local paper in her speech.", "took a swipe at"),
    # intransigence
    ("An obstinate board refused every compromise the staff offered.", "obstinate"),
    # fear-stoking
    ("The campaign stoked fears about migrants in its final week.", "stoked fears"),
    ("The party was whipping up hysteria over the new clinic.", "whipping up hysteria"),
    ("The senator is stoking fear to win votes.", "stoking fear"),
]


QUIET = [
    # weather and time are literal
    "It was a frosty morning in the valley.",
    "Frosty nights are forecast for the rest of the week.",
    # markets, tools and deals are hammered literally
    "Shares were hammered after the profit warning.",
    "The two sides hammered out a deal overnight.",
    "The carpenter hammered in the nails.",
    # a card game, a swipe of a screen, a story's characters
    "In the film, the sullen detective scoffs at the butler.",
    "Swipe left to see the next photo.",
    # fears about an economy are economics, not fear-stoking
    "The figures stoked fears of a recession.",
    "The floods have stoked fears among residents of the valley.",
    "The closure stoked fears among parents.",
    # an idiom: the prize of a win
    "The win gave the club bragging rights over its neighbours for a year.",
    # the reader's own complaints (service copy)
    "Tell us your grumbles about the new bus timetable.",
    # inside a quotation the words are the speaker's
    "“The governor bragged about it all night,” the aide said.",
    "“They doubled down on a bad plan,” said Ann Hale, the union's leader.",
]


# The routine idioms of political copy ("bragged", "assailed", "hammered", "doubled down",
# "dug in their heels"): reported at info, a look for the editor, never a gate warning.
ROUTINE = [
    ("The governor bragged about the deal at a fundraiser.", "bragged"),
    ("The senator assailed the ruling in a floor speech.", "assailed"),
    ("The minister was hammered over the delays by his own backbenchers.", "hammered"),
    ("The mayor doubled down on the plan despite the protests.", "doubled down"),
    ("The unions dug in their heels over the pay offer.", "dug in their heels"),
]


@pytest.mark.parametrize("text,word", ROUTINE)
def test_routine_idioms_are_info(text, word):
    from linter import lint_text
    from conftest import selected_linter

    found = {f.text.lower(): f.severity for f in lint_text(text, "snippet", linter=selected_linter("LOAD001")).findings}
    assert found.get(word) == "info"
    assert word not in gate(text)


@pytest.mark.parametrize("text,word", FLAGGED)
def test_flagged(text, word):
    assert word in gate(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text):
    assert gate(text) == []
