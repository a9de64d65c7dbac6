"""Shielding leaks: the writer's words must not hide behind a source that is no source
(a question, an idiom, a stray word, a verb that reports no one's words, a content verb
inside reported content). Each case has its counter-example, where the same words do
report (issue 12, part 5). Every sentence here is written for the tests."""

from __future__ import annotations

import pytest

from linter import lint_text
from linter.analyse.annotate import annotate
from linter.lint.config import Settings
from linter.lint.engine import Linter
from linter.model.source import Source
from linter.readers import parse


def frames(text: str) -> list[tuple[str, str, str]]:
    """(source, cue, tier) of every frame."""
    doc = annotate(parse(Source("t.txt", text), "snippet")[0])
    t = doc.text
    return [(t[f.source[0]:f.source[1]] if f.source else "", t[f.cue[0]:f.cue[1]], f.tier) for f in doc.frames]


def loaded(text: str) -> list[str]:
    return [f.text for f in lint_text(text, "snippet", linter=Linter(Settings(select=["LOAD"]))).findings]


@pytest.mark.parametrize("text,cue", [
    ("What would you say is the most shameful part of the budget?", "say"),
    ("Does the archbishop believe the reform is a disgrace?", "believe"),
    ("And did the minister claim the scheme was a triumph?", "claim"),
    ("Needless to say, the rollout was a fiasco.", "say"),
    ("That is to say, the council's record is shameful.", "say"),
    ("Suffice to say, the mayor's record is shameful.", "say"),
    ("Any said the plan was a disgrace.", "said"),
    ("Of the crews sent in, busted, said nothing about the shameful state of the depot.", "said"),
])
def test_questions_idioms_and_stray_words_are_no_source(text: str, cue: str) -> None:
    assert cue not in [c for _, c, _ in frames(text)]


@pytest.mark.parametrize("text,source,cue", [
    ("The archbishop does believe the reform is a disgrace.", "The archbishop", "believe"),
    ("Did the council say why?\nThe archbishop said the reform is a disgrace.", "The archbishop", "said"),
    ("Kelly said the rollout was a fiasco.", "Kelly", "said"),
    ("Many said the plan was a disgrace.", "Many", "said"),
    ("The bishop went on to say the reform had failed.", "The bishop", "went on to say"),
])
def test_the_same_words_with_a_speaker_report(text: str, source: str, cue: str) -> None:
    assert (source, cue) in [(s, c) for s, c, _ in frames(text)]


def test_a_question_leaves_the_writers_word_unshielded() -> None:
    assert loaded("Does the archbishop believe the reform is a disgrace?") == ["disgrace"]
    assert loaded("The archbishop said the reform is a disgrace.") == []


@pytest.mark.parametrize("text,cue", [
    ("The panel was discussing the shameful state of the depot.", "discussing"),
    ("The project was deemed a disgrace.", "deemed"),
    ("The film portrayed the senator as shameful.", "portrayed"),
    ("The protest continued the shameful trend of the spring.", "continued"),
])
def test_verbs_of_a_topic_or_depiction_report_no_words(text: str, cue: str) -> None:
    assert cue not in [c for _, c, _ in frames(text)]
    assert loaded(text), text


@pytest.mark.parametrize("text,source,cue", [
    ("The mayor was referring to the disgraceful vote.", "The mayor", "referring to"),
    ("The union proposed the reckless cut in March.", "The union", "proposed"),
    ("Ms Diaz opposed the disgraceful plan.", "Ms Diaz", "opposed"),
])
def test_intention_and_position_verbs_attribute_a_view_but_shield_no_words(text: str, source: str, cue: str) -> None:
    """What someone refers to, proposes or opposes is the speaker's position (PolNeAR
    counts it as attribution), but the words naming it are the writer's."""
    assert (source, cue) in [(s, c) for s, c, _ in frames(text)]
    assert loaded(text), text


@pytest.mark.parametrize("text,source", [
    ('The mayor paused. She continued: "This is a disgrace."', "She"),
    ("The mayor continued to insist that the vote was fair.", "The mayor"),
    ('"The depot is filthy," the mayor continued.', "the mayor"),
])
def test_continued_reports_a_quotation_or_a_further_report(text: str, source: str) -> None:
    assert (source, "continued") in [(s, c) for s, c, _ in frames(text)]


def test_an_appositive_with_like_describes_the_group_before_it() -> None:
    text = "Liberal economists, like their conservative colleagues, say the levy is a disgrace."
    assert ("Liberal economists", "say", "vague") in frames(text)
    assert ("Senator Hale", "said", "named-person") in frames("Like many colleagues, Senator Hale said the vote was fair.")


@pytest.mark.parametrize("text,tier", [
    ("Three-quarters of the residents said the levy was a disgrace.", "vague"),
    ("Two-thirds of members said the levy was unfair.", "vague"),
    ("Half of the drivers said the road was unsafe.", "vague"),
    ("Some of the drivers said the road was unsafe.", "collective"),
])
def test_a_fraction_of_a_group_is_a_quantified_collective(text: str, tier: str) -> None:
    assert frames(text)[0][2] == tier


def test_a_content_verb_inside_reported_content_is_no_new_report() -> None:
    text = "The Daily Ledger suggested the fire highlighted the shameful neglect of the depot."
    assert [c for _, c, _ in frames(text)] == ["suggested"]
    assert loaded(text) == []  # the Ledger's words
    assert loaded("The fire highlighted the shameful neglect of the depot.") == ["shameful"]
