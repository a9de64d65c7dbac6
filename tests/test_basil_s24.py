"""Writer's-voice word choice, stop 24 (issue 12, basil): how a match's context is read (a
count before an adjective, a participle's clause after a comma, what a phrase after a
preposition is of, what a relative pronoun stands for), a collective's words, disaster
words that describe physical harm, wonder at someone's fortunes, and more members of named
classes. Every sentence is written for this test."""

from __future__ import annotations

import pytest

from conftest import gate_findings, selected_linter


def gate(text: str, code: str) -> list[str]:
    """The warnings and errors of one rule on a text, as the flagged words (lower case)."""
    return [f.text.lower() for f in gate_findings(text, code, fmt="snippet")]


def severities(text: str, code: str) -> dict[str, str]:
    """Every finding of one rule on a text, flagged words to severity."""
    from linter import lint_text

    return {f.text.lower(): f.severity for f in lint_text(text, "snippet", linter=selected_linter(code)).findings}


FLAGGED = [
    # a count before the adjective counts the noun it describes, and is not what it describes
    ("LOAD001", "The mayor held two testy briefings with reporters on Monday.", "testy"),
    ("LOAD001", "The 12 testy meetings between the two councils settled nothing.", "testy"),
    # a participle after a comma opens its own clause: the phrase before the comma is not
    # its subject, and what the fear is about decides
    ("LOAD001", "The senator toured the flooded valley, stoking fears about migrants.", "stoking fears"),
    # what a phrase after a preposition is of says what it is ("fear about the arrival of migrants")
    ("LOAD001", "Leaflets went out stoking fear about the arrival of migrants.", "stoking fear"),
    # disaster words about a decision or a defeat stay the writer's inflation
    ("LOAD002", "The council's catastrophic decision closed three libraries.", "catastrophic"),
    ("LOAD002", "The party lost catastrophically in the northern suburbs.", "catastrophically"),
    # wonder at someone's fortunes
    ("LOAD002", "The senator's remarkable rise to the leadership took six years.", "remarkable rise"),
    ("LOAD002", "Her spectacular fall from grace came within a year of the election.", "spectacular fall from grace"),
    ("LOAD002", "The mayor's dazzling political ascent began in the suburbs.", "dazzling political ascent"),
    ("LOAD002", "The former minister staged an astonishing comeback in the spring.", "astonishing comeback"),
    # more members of named classes: an attack verb for criticism, a verdict in the
    # predicate, a word of harshness, folly, a sensational revelation, a partisan epithet, doubt
    ("LOAD001", "The senator ripped the ruling in a floor speech.", "ripped"),
    ("LOAD001", "An advert ripping the governor for the cuts ran all week.", "ripping"),
    ("LOAD001", "The new rule is an affront to every family in the valley.", "affront to"),
    ("LOAD001", "The backlash against the chain has been ferocious.", "ferocious"),
    ("LOAD001", "The mayor's over-the-top remarks drew complaints from residents.", "over-the-top"),
    ("LOAD001", "The paper published explosive allegations about the minister.", "explosive"),
    ("LOAD001", "Aides leaked a blockbuster report on the depot's finances.", "blockbuster"),
    ("LOAD003", "Voters are tired of a do-nothing council.", "do-nothing"),
    ("LOAD003", "The ad mocked tax-and-spend councillors.", "tax-and-spend"),
]


QUIET = [
    # counted things the word is literal for stay literal
    ("LOAD001", "The two brutal winters ruined the farm."),
    ("LOAD001", "Prices rose again in the spring, stoking fears of a recession."),
    # disaster words describing physical harm
    ("LOAD002", "Forecasters warned of catastrophic damage from the storm."),
    ("LOAD002", "The coast is braced for catastrophic flooding this weekend."),
    ("LOAD002", "The earthquake caused catastrophic damage to the old town."),
    ("LOAD002", "The planet is on course for catastrophically high temperatures."),
    # a rise or fall in something is a statistic; a physical fall is literal
    ("LOAD002", "There was a remarkable rise in prices over the summer."),
    ("LOAD002", "The firm staged a remarkable turnaround in profits last year."),
    ("LOAD002", "The climber's spectacular fall was filmed by a drone."),
    ("LOAD002", "The comet's meteoric rise above the horizon drew crowds."),
    # inside a quotation the words are the speaker's
    ("LOAD002", "“It was a remarkable rise,” the senator's biographer said."),
    # torn things, a storm, a device, a review's costumes, a scam's pretence are literal
    ("LOAD001", "Protesters ripped the banner away from the stage."),
    ("LOAD001", "The crowd ripped the posters to pieces."),
    ("LOAD001", "A ferocious storm hit the coast overnight."),
    ("LOAD001", "Police found explosive material in the van."),
    ("LOAD005", "The money the firm supposedly held offshore did not in fact exist."),
]


# A collective's words (a party, a lobby, a profession): what they say is theirs, reported at
# info as a vague source's words are, never a gate warning; the same words in the writer's
# own voice stay a warning.
COLLECTIVE = [
    ("Gun-control groups say the new rule is misguided.", "misguided"),
    ("Democrats say the governor's plan is reckless.", "reckless"),
    ("Farmers' unions argue that the levy is disastrous for small dairies.", "disastrous"),
]


@pytest.mark.parametrize("code,text,word", FLAGGED)
def test_flagged(code, text, word):
    assert word in gate(text, code)


@pytest.mark.parametrize("code,text", QUIET)
def test_quiet(code, text):
    assert gate(text, code) == []


@pytest.mark.parametrize("text,word", COLLECTIVE)
def test_collective_words_are_info(text, word):
    assert severities(text, "LOAD001").get(word) == "info"
    assert gate(text, "LOAD001") == []


def test_supposedly_is_a_look_not_a_gate():
    text = "The supposedly independent panel was chosen by the minister."
    assert severities(text, "LOAD005").get("supposedly") == "info"


def test_the_writers_own_verdict_stays_a_warning():
    assert gate("The new rule is misguided.", "LOAD001") == ["misguided"]
    assert gate("The governor's plan is reckless.", "LOAD001") == ["reckless"]


# A denial reaches an adjective joined to the word and the object of a denied verb that
# says no such thing exists: reported at info (the rule's "negated"), never a gate warning.
DENIED = [
    ("The mayor did not post any spiteful or deranged messages last night.", "deranged"),
    ("The minister never gave a disgraceful answer.", "disgraceful"),
    ("It was not a reckless and shameful plan.", "shameful"),
]

# A definite object, or a clause after the denial, still carries the writer's word.
NOT_DENIED = [
    ("The board did not see the shameful report until May.", "shameful"),
    ("He was not arrested and the brutal crackdown went on.", "brutal"),
    ("The mayor is not popular, shameful as that is.", "shameful"),
]


@pytest.mark.parametrize("text,word", DENIED)
def test_denied_words_are_info(text, word):
    assert severities(text, "LOAD001").get(word) == "info"


@pytest.mark.parametrize("text,word", NOT_DENIED)
def test_words_outside_a_denial_stay_warnings(text, word):
    assert word in gate(text, "LOAD001")


# A status a body grants or withholds pins a label on its object ("declined to recognise the
# group as terrorists"): the label is what the subject would apply, reported, not the
# writer's; an agentless passive ("was recognised as reckless") stays the writer's.
def test_a_label_a_body_would_grant_is_theirs():
    text = "The candidate faulted the governor for declining to recognise the gang as radical Islamic terrorists."
    assert gate(text, "LOAD003") == []
    assert gate("The ministry designated the militia as radical Islamic terrorists in May.", "LOAD003") == []


def test_an_agentless_recognition_stays_the_writers():
    assert "reckless" in gate("The mayor was recognised as a reckless spender.", "LOAD001")
