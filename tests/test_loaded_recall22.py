"""Loaded-language recall by mechanism, not by word lists (issue 12, recall beyond the
tuning data): the other forms of the verdicts the packs list (a group's ``derive``: the
adverb, the noun and the degrees of an adjective), and sources that cannot speak, whose
"reported speech" is the writer's own words. Every sentence is written for this test."""

from __future__ import annotations

import pytest

from conftest import gate_findings
from linter.analyse.inflect import derivations


def gate(text: str) -> list[str]:
    """The LOAD warnings and errors on a text, as the flagged words (lower case)."""
    return [f.text.lower() for f in gate_findings(text, "LOAD", fmt="snippet")]


# --- derived forms of listed adjectives --------------------------------------------------

@pytest.mark.parametrize("word,forms", [
    ("shameful", {"shamefully", "shamefulness"}),
    ("nasty", {"nastier", "nastiest", "nastily", "nastiness"}),
    ("horrible", {"horribly", "horribleness"}),
    ("sadistic", {"sadistically", "sadisticness"}),
    ("callous", {"callously", "callousness"}),
    ("smug", {"smugger", "smuggest", "smugly", "smugness"}),
])
def test_derivations_of_an_adjective(word, forms):
    assert forms <= derivations(word)


def test_derivations_leave_adverbs_and_phrases_alone():
    assert derivations("grossly") == set()
    assert derivations("beyond the pale") == set()
    assert derivations("noun", ["degree"]) == set()


@pytest.mark.parametrize("text,word", [
    # adverbs of listed verdicts (contempt, folly, character, moral condemnation)
    ("The council callously evicted the tenants in midwinter.", "callously"),
    ("The minister deceitfully hid the report from the committee.", "deceitfully"),
    ("The board sadistically cut the cleaners' pay again.", "sadistically"),
    ("The mayor smugly dismissed the residents' petition.", "smugly"),
    ("The senator reprehensibly ignored the flood victims.", "reprehensibly"),
    # nouns of listed verdicts
    ("The callousness of the council shocked the tenants.", "callousness"),
    ("The minister's smugness at the hearing angered the families.", "smugness"),
    ("The sheer pettiness of the council was on show again.", "pettiness"),
    # degrees of listed verdicts
    ("This is the sleaziest government the country has had.", "sleaziest"),
    ("The new policy is even nastier than the old one.", "nastier"),
])
def test_derived_forms_are_flagged(text, word):
    assert word in gate(text)


@pytest.mark.parametrize("text", [
    # a derived form keeps its group's literal classes and exceptions
    "The cruellest winter in decades closed the pass.",
    "The dog was cruelly injured by the fence.",
    # a quotation is the speaker's
    "“The council acted callously,” the tenants' spokeswoman said.",
    # words the packs list themselves keep their own group (info intensifiers)
    "The driver was brutally honest about the crash.",
    "The team played recklessly in the second half.",
])
def test_derived_forms_stay_quiet(text):
    assert gate(text) == []
