"""Classes of shielding error (issue 12, part 5): reported speech shields a speaker's
words, never the writer's. A reported clause ends where the writer's next clause
begins (a semicolon, ", but the ..."), a phrase ending in an infinitive is a verb
phrase and no speaker, and a parenthetical "(according to X)" reports only the words
it follows. Each class has its counter-example where the words stay the speaker's.
Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from linter import lint_text
from linter.analyse.annotate import annotate
from linter.lint.config import Settings
from linter.lint.engine import Linter
from linter.model.source import Source
from linter.readers import parse


def doc_of(text: str):
    return annotate(parse(Source("t.txt", text), "snippet")[0])


def frames(text: str) -> list[tuple[str, str, list[str]]]:
    """(source, cue, contents) of every frame."""
    doc = doc_of(text)
    t = doc.text
    return [(t[f.source[0]:f.source[1]] if f.source else "", t[f.cue[0]:f.cue[1]], [t[s:e] for s, e in f.content])
            for f in doc.frames]


def loaded(text: str) -> list[str]:
    return [f.text for f in lint_text(text, "snippet", linter=Linter(Settings(select=["LOAD"]))).findings]


# --- a reported clause ends where the writer's next clause begins ---------------------------

@pytest.mark.parametrize("text,word", [
    ("The senator claimed that the audit was flawed, but the ledger shows a shameful cover-up.", "shameful"),
    ("The mayor said the depot would reopen; the council's handling of it has been a fiasco.", "fiasco"),
    ("The minister insisted the scheme was on track, while the auditors found a disgraceful waste of money.",
     "disgraceful"),
])
def test_the_writers_next_clause_is_not_reported(text: str, word: str) -> None:
    assert word in loaded(text)


@pytest.mark.parametrize("text", [
    "The senator claimed that the audit was a shameful cover-up, but he offered no proof.",
    "The mayor said the depot's closure was a fiasco, but he would reopen it.",
    "The minister insisted the scheme was a disgraceful waste.",
])
def test_the_speakers_clause_stays_shielded(text: str) -> None:
    assert loaded(text) == []


def test_the_content_ends_before_the_writers_clause() -> None:
    found = frames("The senator claimed that the audit was flawed, but the ledger shows otherwise.")
    assert ("The senator", "claimed", ["the audit was flawed"]) in found


# --- a phrase ending in an infinitive is not a speaker --------------------------------------

@pytest.mark.parametrize("text,cue", [
    ("Young playwrights need to start writing scripts about the shameful greed of landlords.", "writing"),
    ("The memo the agency hired a contractor to draft that purports to show the mayor's sinister ties was leaked.",
     "purports"),
])
def test_an_infinitive_is_no_source(text: str, cue: str) -> None:
    assert cue not in [c for _, c, _ in frames(text)]


@pytest.mark.parametrize("text,source,cue", [
    ("A spokesman for the agency said the ties were sinister.", "A spokesman for the agency", "said"),
    ("An adviser to the governor said the plan was shameful.", "An adviser to the governor", "said"),
])
def test_a_noun_phrase_with_to_still_speaks(text: str, source: str, cue: str) -> None:
    assert (source, cue) in [(s, c) for s, c, _ in frames(text)]


def test_the_infinitive_leaves_the_writers_word_flagged() -> None:
    assert "shameful" in loaded("Young playwrights need to start writing scripts about the shameful greed of landlords.")


# --- "(according to X)" reports the words it follows ------------------------------------------

def test_a_parenthetical_source_ends_at_its_parenthesis() -> None:
    text = 'Rampant waste at the depot, along with a "broken culture" (according to the auditor) and lax oversight?'
    found = frames(text)
    assert ("the auditor", "according to", ['"broken culture"']) in found
    assert "Rampant" in loaded(text)


def test_a_parenthetical_after_a_clause_reports_that_clause() -> None:
    found = frames("The depot lost money, the budget ran dry (according to the auditor) and the mayor resigned.")
    assert ("the auditor", "according to", ["the budget ran dry"]) in found


def test_a_trailing_according_to_still_reports_the_sentence() -> None:
    assert loaded("The depot was a shameful mess, according to the auditor.") == []


# --- an aside after a subordinator reports the clause it opens --------------------------------

def test_an_aside_after_because_reports_what_follows() -> None:
    found = frames("The mayor also slammed the council because, she said, the board never met.")
    assert ("she", "said", ["the board never met."]) in found
    assert "slammed" in loaded("The mayor also slammed the council because, she said, the board never met.")


def test_an_aside_after_because_shields_its_own_clause() -> None:
    assert loaded("The mayor criticised the council because, she said, the board was a shameful shambles.") == []


def test_an_aside_inside_a_clause_still_reports_both_sides() -> None:
    assert ("the mayor", "said", ["The plan", "was a fiasco."]) in frames("The plan, the mayor said, was a fiasco.")


# --- a "what" clause: the cue's object is "what", the words after are the writer's ------------

@pytest.mark.parametrize("text,word", [
    # (a crash is an incident: "horrific" is literal there, so the writer's verdict is on a cover-up)
    ("We asked the manager about what she knew and what she never knew about the shameful cover-up.", "shameful"),
    ("What the mayor said was a disgrace.", "disgrace"),
])
def test_the_words_after_a_what_clause_are_the_writers(text: str, word: str) -> None:
    assert word in loaded(text)


@pytest.mark.parametrize("text", [
    "What the mayor said was that the plan was a disgrace.",
    "What the mayor said was: the plan is a disgrace.",
    "The firm scrapped what the union said was a shameful scheme.",
    "The mayor said the plan was a disgrace.",
])
def test_a_pseudo_cleft_reports_its_clause(text: str) -> None:
    assert loaded(text) == []


def test_a_pseudo_cleft_with_a_vague_source_is_info_beside_it() -> None:
    # what a vague group says is theirs, and ATTR001 asks who they are: info, never the gate
    found = lint_text("The vote showed what many observers said was a shameful betrayal.", "snippet",
                      linter=Linter(Settings(select=["LOAD"]))).findings
    assert [(f.text, f.severity) for f in found] == [("shameful", "info")]


def test_a_parenthesised_sentence_reports_what_follows() -> None:
    found = frames("(According to the auditor, the depot keeps no shameful secrets.)")
    assert [c for s, c, _ in found if s == "the auditor"] == ["According to"]
    assert loaded("(According to the auditor, the depot keeps no shameful secrets.)") == []


def test_an_inverted_cue_before_a_semicolon_reports_what_precedes() -> None:
    text = "Turnout will be a disgrace, local analysts say; in 2012, the council lost by a mile."
    assert ("local analysts", "say", ["Turnout will be a disgrace"]) in frames(text)


# --- a belief or knowledge "of" or "about" something is a topic, not a clause ----------------

@pytest.mark.parametrize("text,word", [
    ("The clerk knew of the shameful backlog at the depot.", "shameful"),
    ("The governor believes in the disgraceful scheme.", "disgraceful"),
])
def test_a_belief_about_a_thing_is_the_writers_description(text: str, word: str) -> None:
    assert word in loaded(text)


def test_a_belief_in_a_clause_stays_the_speakers() -> None:
    assert loaded("The clerk believes the backlog at the depot is shameful.") == []


# --- "said nothing": no statement, so the words after it are the writer's --------------------

def test_saying_nothing_reports_nothing() -> None:
    assert "shameful" in loaded("The mayor said nothing as the shameful scenes unfolded.")


def test_nothing_as_a_subject_is_reported() -> None:
    assert loaded("The mayor said nothing had changed at the shameful depot.") == []


# --- a dash that opens the writer's next clause ----------------------------------------------

def test_a_dash_ends_the_reported_clause() -> None:
    text = "The mayor said the plan is fine - the shameful part is the cost."
    assert ("The mayor", "said", ["the plan is fine"]) in frames(text)
    assert "shameful" in loaded(text)


def test_a_pair_of_dashes_stays_inside_the_clause() -> None:
    assert loaded("The mayor said the plan, a shameful mess - the worst in years - would go.") == []


# --- a closing ", which is ..." comments on the reported clause in the writer's voice ---------

def test_a_closing_which_clause_is_the_writers_comment() -> None:
    text = "The mayor said the bridge would reopen, which is a shameful waste."
    assert ("The mayor", "said", ["the bridge would reopen"]) in frames(text)
    assert "shameful" in loaded(text)


@pytest.mark.parametrize("text", [
    "The mayor said the bridge, which is closed, would reopen as a shameful folly.",
    "The mayor said the bridge, which is, sadly, closed, would reopen as a shameful folly.",
])
def test_a_relative_clause_inside_the_reported_clause_stays_the_speakers(text: str) -> None:
    assert loaded(text) == []
