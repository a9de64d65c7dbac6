"""Classes of shielding error by mechanism (issue 12): the writer's own words treated as
if someone had said them. A quotation that lost its closing mark in copy laid out one
sentence to a line, a source that cannot speak (an idea no one holds, a share of the
writer), the medium phrase after a cue, the thing a cue of response or exposure names.
Each class has its counter-example where the words stay the speaker's. Every sentence
here is written for these tests."""

from __future__ import annotations

import pytest

from linter import lint_text
from linter.analyse.annotate import annotate
from linter.analyse.quotes import find_quotes
from linter.lint.config import Settings
from linter.lint.engine import Linter
from linter.model.source import Source
from linter.readers import parse

_LOAD = Linter(Settings(select=["LOAD"]))


def loaded(text: str, fmt: str = "snippet") -> list[str]:
    return [f.text for f in lint_text(text, fmt, linter=_LOAD).findings if f.severity != "info"]


def frames(text: str) -> list[tuple[str, str, str, bool]]:
    """(source, cue, pattern, speech) of every frame."""
    doc = annotate(parse(Source("t.txt", text), "snippet")[0])
    t = doc.text
    return [(t[f.source[0]:f.source[1]] if f.source else "", t[f.cue[0]:f.cue[1]], f.pattern, f.speech)
            for f in doc.frames]


def quotations(text: str) -> list[str]:
    article = parse(Source("t.txt", text), "txt")[0]
    return [article.text[q.start:q.end] for q in find_quotes(article)]


# --- a quotation that lost its closing mark, one sentence to a line ---------------------------

_LINES = "Pier reopening\n\nThe harbour trust met on Monday.\n"


def test_a_second_opening_mark_in_mid_line_ends_the_unclosed_quotation_at_its_line() -> None:
    text = _LINES + ("Tom Reed posted on Monday: “The pier reopens tomorrow.\nWhat a week!\n"
                     "Now the pier has a disgraceful flaw that nobody else saw.\n"
                     "But the mayor's own “review” missed it.\n")
    assert "“The pier reopens tomorrow." in quotations(text)
    assert "“review”" in quotations(text)
    assert "disgraceful" in loaded(text, "txt")


def test_a_quotation_closed_before_the_next_opening_mark_is_unchanged() -> None:
    text = _LINES + ("Tom Reed posted on Monday: “The pier reopens tomorrow.\nThe trust found a disgraceful flaw.\n"
                     "We will fix it,” he said. The mayor's “review” missed it.\n")
    assert quotations(text)[0].endswith("We will fix it,”")
    assert "disgraceful" not in loaded(text, "txt")


@pytest.mark.parametrize("text", [
    # reopened at the start of the next line: AP style, one quotation
    _LINES + "Tom Reed said: “The pier reopens tomorrow.\nThe flaw was disgraceful.\n“We will fix it,” he said.\n",
    # reopened after an ellipsis: a cut inside the same quotation
    _LINES + "Tom Reed said: “The pier reopens tomorrow.\nThe flaw was disgraceful. […] “We will fix it,” he said.\n",
    # no line break before the second mark: left as it was
    _LINES + "Tom Reed said: “The pier reopens tomorrow. The flaw was disgraceful “we will fix it,” he said.\n",
])
def test_a_reopened_or_unbroken_quotation_stays_the_speakers(text: str) -> None:
    assert "disgraceful" not in loaded(text, "txt")


def test_a_decade_cut_to_two_digits_opens_no_quotation() -> None:
    text = _LINES + ("In the ‘80s and ‘90s the depot was run well.\nSince then it has been a disgraceful mess.\n"
                     "The board said it was ‘fine’.\n")
    assert quotations(text) == ["‘fine’"]
    assert "disgraceful" in loaded(text, "txt")


def test_a_single_quotation_that_opens_with_a_number_is_still_one() -> None:
    text = _LINES + "The sign on the depot door read ‘24 hours’ in red paint.\n"
    assert quotations(text) == ["‘24 hours’"]


# --- sources that cannot speak -----------------------------------------------------------------

@pytest.mark.parametrize("text,word", [
    ("The tape proves that the whole narrative that claims the pier fell unaided is complete nonsense.",
     "nonsense"),
    ("The popular myth suggests that the harbour board is a shameful failure.", "shameful"),
    ("A part of me thinks the new levy is a disgraceful plan.", "disgraceful"),
])
def test_an_idea_no_one_holds_or_the_writer_is_no_source(text: str, word: str) -> None:
    assert word in loaded(text)


@pytest.mark.parametrize("text", [
    "The mayor's narrative claims that the pier review was complete nonsense.",
    "Their myth suggests that the harbour board is a shameful failure.",
    "A part of the board thinks this is a disgraceful plan.",
])
def test_someones_idea_or_a_share_of_others_still_speaks(text: str) -> None:
    assert loaded(text) == []


# --- the medium phrase after a cue is the writer's ---------------------------------------------

@pytest.mark.parametrize("text,word", [
    ("Councillor Ann Hale wrote in a scathing letter that the depot plan had failed.", "scathing"),
    ("Councillor Ann Hale said in a bizarre tweet on Monday that the depot plan had failed.", "bizarre"),
])
def test_the_medium_of_a_statement_is_described_by_the_writer(text: str, word: str) -> None:
    assert word in loaded(text)


@pytest.mark.parametrize("text", [
    "Councillor Ann Hale said in a statement that the depot plan was a disgraceful failure.",
    "Councillor Ann Hale said in Leeds that the depot plan was a disgraceful failure.",
    "Councillor Ann Hale wrote in her letter to staff explaining the plan, “The old depot is a disgrace.”",
])
def test_what_follows_the_medium_is_still_reported(text: str) -> None:
    assert loaded(text) == []


# --- what a cue of response or exposure names --------------------------------------------------

@pytest.mark.parametrize("text,word", [
    ("Councillor Ann Hale responded on Monday to the bombshell allegations about the depot.", "bombshell"),
    ("Councillor Ann Hale replied angrily to the disgraceful attack on her record.", "disgraceful"),
    ("The leaked memo exposes a shameful cover-up at the depot.", "shameful"),
    ("In his new book the former aide exposes the shameful waste at the depot.", "shameful"),
])
def test_the_thing_answered_or_exposed_is_named_by_the_writer(text: str, word: str) -> None:
    assert word in loaded(text)


@pytest.mark.parametrize("text", [
    "Councillor Ann Hale responded that the attack on her record was disgraceful.",
    "Councillor Ann Hale replied to the letter: the depot plan was a disgraceful failure.",
    "The audit exposed that the board had hidden a shameful loss.",
])
def test_a_clause_after_a_cue_of_response_or_exposure_is_reported(text: str) -> None:
    assert loaded(text) == []


def test_a_cue_that_names_its_object_is_still_a_frame() -> None:
    """The source still disclosed or answered something: the frame stays (the sourcing
    profile and attribution counts keep it); only its object is not speech."""
    found = frames("Councillor Ann Hale responded on Monday to the allegations about the depot.")
    assert ("Councillor Ann Hale", "responded", "plain-object", False) in found
    found = frames("The leaked memo exposes a cover-up at the depot.")
    assert ("The leaked memo", "exposes", "plain-object", False) in found
