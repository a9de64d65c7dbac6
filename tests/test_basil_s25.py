"""Writer's words wrongly shielded as reported speech, stop 25 (issue 12, basil): three
classes where a frame's content took in words the writer chose. Each class has its
counter-example where the words stay the speaker's. Every sentence here is written for
these tests.

- A title-case headline's "..., Agrees To Freeze Prices": "To" opens an infinitive, never
  an inverted source, so the clause before the comma is not reported speech.
- A cue of naming with a quoted label ("calling her remarks “highly inappropriate”"): the
  quotation is what was said; the object before it is the writer's naming of the thing.
- A cue whose object is a noun of response ("relayed his response to the bombshell
  allegations"): what was answered is named in the writer's words, as after "responded to".
"""

from __future__ import annotations

import pytest

from linter import lint_text
from linter.analyse.annotate import annotate
from linter.lint.config import Settings
from linter.lint.engine import Linter
from linter.model.source import Source
from linter.readers import parse


def frames(text: str, fmt: str = "snippet") -> list[tuple[str, str, list[str]]]:
    """(source, cue, contents) of every frame."""
    doc = annotate(parse(Source("t.txt", text), fmt)[0])
    t = doc.text
    return [(t[f.source[0]:f.source[1]] if f.source else "", t[f.cue[0]:f.cue[1]], [t[s:e] for s, e in f.content])
            for f in doc.frames]


def loaded(text: str, fmt: str = "snippet") -> list[str]:
    """The LOAD warnings and errors, as the flagged words."""
    found = lint_text(text, fmt, linter=Linter(Settings(select=["LOAD"]))).findings
    return [f.text for f in found if f.severity != "info"]


# --- a headline's ", Agrees To ...": an infinitive, not an inverted source -----------------

HEADLINES = [
    ("Governor Caves To Unions, Agrees To Reopen Depot\n\nThe governor spoke on Monday.", "Caves To"),
    ("Council Caves To Developers, Vows To Sell Park\n\nThe vote was held on Monday.", "Caves To"),
]


@pytest.mark.parametrize("text,words", HEADLINES)
def test_a_headline_infinitive_is_no_inverted_source(text: str, words: str) -> None:
    assert words in loaded(text, "txt")
    assert not any(src.startswith("To ") for src, _, _ in frames(text, "txt"))


def test_an_inverted_headline_source_still_frames() -> None:
    # a name after the cue is still the source: "..., Says Mayor"
    text = "Depot Will Close In May, Says Mayor Ann Hale\n\nThe depot opened in 1950."
    assert ("Mayor Ann Hale", "Says", ["Depot Will Close In May"]) in frames(text, "txt")


# --- a cue of naming with a quoted label ----------------------------------------------------

@pytest.mark.parametrize("text,word", [
    ("The mayor attacked the board, calling its shameful budget “a betrayal of the valley”.", "shameful"),
    ("The senator called the reckless cuts “a mistake we will regret”.", "reckless"),
    ("Unions branded the minister's disastrous rollout “a farce” on Monday.", "disastrous"),
])
def test_the_object_before_a_quoted_label_is_the_writers(text: str, word: str) -> None:
    assert word in loaded(text)


@pytest.mark.parametrize("text,word", [
    # the label is unquoted: the whole characterisation is the speaker's
    ("The mayor called the budget a shameful betrayal of the valley.", "shameful"),
    # the quotation is the label itself
    ("The senator called the cuts “reckless” in a speech.", "reckless"),
    # a clause before the quotation is reported
    ("The senator said the cuts were reckless and called them “a mistake”.", "reckless"),
    # a quotation inside the object is not the label: the unquoted label after it is reported
    ("The senator called the mayor's claim of a “mandate” over the budget reckless.", "reckless"),
    # a cue inside an earlier speaker's reported clause: its object is that speaker's words
    ("Aides told reporters the mayor would call the reckless cuts “a mistake”.", "reckless"),
])
def test_the_label_stays_the_speakers(text: str, word: str) -> None:
    assert word not in loaded(text)


def test_the_quoted_label_is_still_the_content() -> None:
    text = "The senator called the reckless cuts “a mistake we will regret”."
    called = [content for _, cue, content in frames(text) if cue == "called"]
    assert called and called[0][0].startswith("“a mistake")


# --- a noun of response as a cue's object ---------------------------------------------------

@pytest.mark.parametrize("text,word", [
    ("The White House relayed the president's response on Thursday to bombshell allegations that the nominee lied.",
     "bombshell"),
    ("Aides circulated the mayor's reply to the shameful leak.", "shameful"),
])
def test_what_a_response_answers_is_the_writers(text: str, word: str) -> None:
    assert word in loaded(text)


@pytest.mark.parametrize("text,word", [
    # a clause after the response: what was said about it
    ("The council said its response to the report was shameful.", "shameful"),
    # what the response was is reported
    ("The mayor said her reply would be a shameful climbdown.", "shameful"),
])
def test_a_reported_clause_about_a_response_stays_the_speakers(text: str, word: str) -> None:
    assert word not in loaded(text)


# --- a charge laid on "one another" is the accusers' ----------------------------------------

@pytest.mark.parametrize("text,word", [
    ("The two candidates accused one another of hypocrisy.", "hypocrisy"),
    ("Council members accused one another of cowardice over the vote.", "cowardice"),
])
def test_a_reciprocal_object_keeps_the_charge_reported(text: str, word: str) -> None:
    assert word not in loaded(text)
    assert any(cue == "accused" for _, cue, _ in frames(text))


def test_the_writers_own_charge_stays_a_warning() -> None:
    assert "hypocrisy" in loaded("The council's hypocrisy over the depot is plain to see.")


# --- stop 25 audit: "journey" is no fortune ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "The family's remarkable journey across the mountains took three weeks.",
    "The band's extraordinary journey to the festival ended in a flat tyre.",
])
def test_a_journey_is_not_wonder_at_fortunes(text: str) -> None:
    found = lint_text(text, "snippet", linter=Linter(Settings(select=["LOAD002"]))).findings
    assert not [f for f in found if f.severity != "info"]


# --- an election is a contest, not a match --------------------------------------------------

ELECTION = """Hale Beats Ortiz To Win Governor's Primary

State Senator Ann Hale won the Democratic primary for governor on Tuesday, beating Luis Ortiz by
nine points after a race that split the party's supporters. Her win sets up a contest with the
Republican nominee, Rep. Dana Webb, in the November election.

Polls had shown Hale ahead for months. Turnout among Democratic voters was the highest for a
primary in a decade, and Ortiz conceded defeat shortly after midnight, telling supporters the
race had been a hard one. Hale's campaign ran a shambolic ground game in the north.
"""

# the same vocabulary in a match report: still sport
FIXTURE = """Harbour Town Beat Rovers To Win Cup Final

Harbour Town beat Kelmouth Rovers 3-1 in the cup final on Saturday, the captain scoring twice as
the club won its first trophy in a decade before a sell-out crowd at the stadium.

The manager praised his squad after the match. Rovers had led at half-time, but the winner came from
a penalty, and the league leaders' fans invaded the pitch. Supporters voted the striker the player of
the season. The Rovers defence was shambolic in the second half.
"""


def genre_name(text: str) -> str:
    from linter.analyse.genre import detect
    return detect(annotate(parse(Source("t.txt", text), "txt")[0])).name


def test_an_election_story_is_news_not_sport() -> None:
    assert genre_name(ELECTION) == "news"
    assert "shambolic" in loaded(ELECTION, "txt")


def test_a_match_report_with_a_vote_is_still_sport() -> None:
    assert genre_name(FIXTURE) == "sport"
    assert "shambolic" not in loaded(FIXTURE, "txt")


# --- the routine members of the hostile-demeanour class are a look, not a gate ---------------

@pytest.mark.parametrize("text,word", [
    ("The minister was dismissive of the auditors' findings.", "dismissive"),
    ("A frosty meeting between the two mayors ended without a deal.", "frosty"),
    ("Relations between the two councils have been frosty since the vote.", "frosty"),
])
def test_routine_demeanour_words_are_info(text: str, word: str) -> None:
    found = {f.text.lower(): f.severity for f in lint_text(text, "snippet",
                                                            linter=Linter(Settings(select=["LOAD001"]))).findings}
    assert found.get(word) == "info"


def test_the_rest_of_the_class_stays_a_warning() -> None:
    assert "testy" in loaded("The senator had a testy exchange with reporters after the vote.")
    assert "disdainful" in loaded("The council leader was disdainful of the tenants' petition.")
    assert "frosty" not in loaded("It was a frosty morning in the valley.")
