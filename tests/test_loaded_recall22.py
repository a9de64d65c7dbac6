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


DERIVED = [
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
]


DERIVED_QUIET = [
    # a derived form keeps its group's literal classes and exceptions
    "The cruellest winter in decades closed the pass.",
    "The dog was cruelly injured by the fence.",
    # a quotation is the speaker's
    "“The council acted callously,” the tenants' spokeswoman said.",
    # words the packs list themselves keep their own group (info intensifiers)
    "The driver was brutally honest about the crash.",
    "The team played recklessly in the second half.",
]


# --- more members of the classes the pack names ------------------------------------------

MEMBERS = [
    # contempt, disgust or moral judgement
    ("The council offered a risible excuse for the closures.", "risible"),
    ("The minister's fatuous plan would close two libraries.", "fatuous"),
    ("It was a dastardly scheme to evict the tenants.", "dastardly"),
    ("The senator's puerile jibes at the hearing drew groans.", "puerile"),
    ("The mayor lives in cloud cuckoo land about the budget.", "cloud cuckoo land"),
    # contempt for character
    ("An obsequious aide opened every door for the donor.", "obsequious"),
    ("The minister's narcissistic speech ran for an hour.", "narcissistic"),
    ("The board's churlish reply ignored the families.", "churlish"),
    # folly and incompetence
    ("The bumbling minister signed the contract unread.", "bumbling"),
    ("The council's amateurish launch confused residents.", "amateurish"),
    # contemptuous verbs of speech
    ("The senator mouthed off about the judges again.", "mouthed off"),
    ("The chairman droned on about the budget for an hour.", "droned on"),
    ("The mayor kept harping on about the old depot.", "harping on"),
    # servility
    ("The party's leaders kissed up to the donors all summer.", "kissed up to"),
    ("The senator is doing the bidding of the oil lobby.", "doing the bidding of"),
    ("The regulator has become the industry's lapdog.", "lapdog"),
    # outbursts
    ("The president blew a fuse over the leak.", "blew a fuse"),
    ("The minister flew off the handle at reporters.", "flew off the handle"),
    # attacks for criticism
    ("The senator castigated the regulator over the crash.", "castigated"),
    ("The mayor laid into the council at the meeting.", "laid into"),
    # nonsense nouns and moral condemnation
    ("The report is a load of old rubbish about the port.", "load of old rubbish"),
    ("The council's excuse was pure flapdoodle.", "flapdoodle"),
    ("The ignominy of the decision will follow the board.", "ignominy"),
    ("The minister's mendacity about the contract angered MPs.", "mendacity"),
]


MEMBERS_QUIET = [
    # literal uses and the speaker's words stay quiet
    "Divers laid into the seabed a new cable on Tuesday.",
    "The bin lorry was full of rancid food waste.",
    "“The minister is a narcissistic bully,” the union leader said.",
    "In the film, a haughty duchess runs the estate.",
    "The cuckoo returned to the reserve in April.",
    "Prices hit the roof after the storm.",
]


# --- an info verdict turned up by a degree word ------------------------------------------

INTENSIFIED = [
    ("The case of the sacked nurse is especially disturbing.", "disturbing"),
    ("The council's handling of the depot was deeply embarrassing.", "embarrassing"),
    ("The plan is so disproportionately petty that no one defends it.", "petty"),
    ("The board was incredibly obtuse about the complaints.", "obtuse"),
]


INTENSIFIED_QUIET = [
    # without a degree word the same words stay info
    "The case of the sacked nurse is disturbing.",
    # a denial keeps the word a query
    "The council's handling of the depot was not so embarrassing after all.",
    # a superlative ranks, it does not turn a verdict up
    "It was one of the most embarrassing nights of his career.",
    # literal classes still win, over the degree word too ("so" links the storm to the word)
    "The flood damage was especially shocking on the coast.",
    "The storm was so terrifying that families fled.",
]


# --- a unit of language cannot speak -----------------------------------------------------

UNITS = [
    # the gloss after "the word ... refers to" is the writer's, not a speaker's
    ("The old Norse term translated \"foul\" refers to conduct that is morally disgusting.", "disgusting"),
    ("The phrase means that the council acted in a shameful way.", "shameful"),
]


UNITS_QUIET = [
    # someone's phrase or metaphor is that person's words; a speaker's clause stays theirs
    "The senator's phrase suggests the deal was disgraceful.",
    "Mr Alpert's metaphor suggests the deal was disgraceful.",
    "The minister used the word “betrayal” and said the deal was disgraceful.",
]


def test_a_quoted_word_after_a_unit_is_no_source():
    from linter import lint_text
    res = lint_text("The old Norse term translated \"foul\" refers to conduct that is morally disgusting.", "snippet")
    assert not any(a.source and a.source.text.startswith("foul") for a in res.attributions)


def test_a_speaker_after_a_quoted_unit_keeps_the_frame():
    from linter import lint_text
    res = lint_text("''Both referees had a fine season,'' she said on Friday.", "snippet")
    assert any(a.source and a.source.text == "she" for a in res.attributions)


@pytest.mark.parametrize("text,word", DERIVED + MEMBERS + INTENSIFIED + UNITS)
def test_flagged(text, word):
    assert word in gate(text)


@pytest.mark.parametrize("text", DERIVED_QUIET + MEMBERS_QUIET + INTENSIFIED_QUIET + UNITS_QUIET)
def test_quiet(text):
    assert gate(text) == []
