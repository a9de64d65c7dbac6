"""Recall on hand-written slanted copy, stop 26 (handrec2): research that "has shown", doubt
that dogs its target with no one raising it (ATTR002), the verbs of a speaker the article
frames one-sidedly (ATTR003 with ATTR004's measure, which now needs a doubt verb among
them), "claimed the charges were ..." read as a report, "the judge" resolved to the judge
named before, and a court's verdict the writer gives while the trial runs (ATTR006).
Every sentence is written for this test."""

from __future__ import annotations

import pytest

from linter import lint_text
from linter.analyse.annotate import annotate
from linter.analyse.attribution.statements import statements
from linter.model.source import Source
from linter.readers import parse

from conftest import gate_findings


def gate(text: str, code: str) -> list[str]:
    """The warnings and errors of one rule on a text, as the flagged words (lower case)."""
    return [f.text.lower() for f in gate_findings(text, code)]


def story(*paragraphs: str) -> str:
    return "Council budget row\n\n" + "\n\n".join(paragraphs) + "\n"


def by_speaker(text: str) -> dict[str, list[tuple[str, str]]]:
    doc = annotate(list(parse(Source("t.txt", text), "txt"))[0])
    return {who: [(st.cue, st.cls) for st in items] for who, items in statements(doc).items()}


# --- research that "has shown" --------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Surveys have shown that most cyclists ride less in winter.",
    "Studies have shown the tablets do little for sleep.",
])
def test_a_bare_plural_of_research_that_has_shown_is_vague(sentence: str) -> None:
    assert gate(story(sentence), "ATTR001")


@pytest.mark.parametrize("sentence", [
    "The bakery chain has shown steady growth since it opened in Hull.",
    "The documentary was shown on Sunday evening.",
    "A survey by the Ramblers' Association has shown that most walkers go out at weekends.",
])
def test_shown_with_a_plain_object_a_passive_or_a_named_maker_is_no_vague_source(sentence: str) -> None:
    assert not gate(story(sentence), "ATTR001")


# --- doubt that dogs its target --------------------------------------------------------------

@pytest.mark.parametrize("sentence, words", [
    ("The harbour master's tenure has been dogged by questions over a boat-yard lease.", "dogged by questions"),
    ("The ferry contract, beset by doubts about its cost, goes to a vote on Monday.", "beset by doubts"),
])
def test_doubt_that_dogs_its_target_with_no_doubter_is_agentless(sentence: str, words: str) -> None:
    assert words in gate(story(sentence), "ATTR002")


@pytest.mark.parametrize("sentence", [
    "The winger's season has been plagued by injuries.",
    "The harbour master said his tenure had been dogged by questions over the lease.",
    "The ferry contract has been dogged by questions from auditors about its cost.",
    "The ferry contract has been dogged by questions raised by two auditors.",
])
def test_injuries_a_speakers_words_or_a_named_questioner_are_not_agentless_doubt(sentence: str) -> None:
    assert not gate(story(sentence), "ATTR002")


# --- "claimed" before a clause with a determiner ------------------------------------------------

def test_claimed_before_a_clause_opening_on_a_determiner_reports_a_statement() -> None:
    speakers = by_speaker(story("Mayor Ruth Penhale claimed the cuts were needed to balance the books."))
    assert ("claimed", "doubt") in speakers["Penhale"]


@pytest.mark.parametrize("sentence", [
    "The Rovers claimed the title on the last day of the season.",
    "The flood claimed the lives of two farmers who were moving sheep.",
    "Hartley claimed the seat he had lost four years earlier.",
])
def test_claimed_with_a_thing_won_or_taken_reports_nothing(sentence: str) -> None:
    assert not any(cue == "claimed" for items in by_speaker(story(sentence)).values() for cue, _ in items)


# --- a speaker framed one-sidedly ---------------------------------------------------------------

ONE_SIDED = story(
    "Mayor Ruth Penhale claimed the cuts were needed to balance the books. She insisted the libraries "
    "would stay open, and admitted that the savings had been worked out before the audit.",
    "Union organiser Dan Brill said the cuts would cost 40 jobs. Librarian Amy Cole said the branch "
    "had 300 visitors a day.",
    "The council meets again in June.",
)


def test_each_framing_verb_of_a_one_sided_speaker_is_a_warning() -> None:
    assert set(gate(ONE_SIDED, "ATTR003")) >= {"claimed", "insisted", "admitted"}
    assert gate(ONE_SIDED, "ATTR004")


def test_the_other_sides_endorsing_verb_is_the_other_half_of_the_slant() -> None:
    text = ONE_SIDED.replace("Librarian Amy Cole said", "Librarian Amy Cole pointed out that")
    assert "pointed out" in gate(text, "ATTR003")


def test_an_endorsing_verb_with_no_one_framed_one_sidedly_stays_info() -> None:
    text = story("Mayor Ruth Penhale said the cuts were needed. Librarian Amy Cole pointed out that the branch "
                 "had 300 visitors a day.")
    assert not gate(text, "ATTR003")


def test_one_framing_verb_among_plain_ones_stays_info() -> None:
    text = story(
        "Mayor Ruth Penhale said the cuts were needed to balance the books. She insisted the libraries "
        "would stay open.",
        "Union organiser Dan Brill said the cuts would cost 40 jobs.",
    )
    assert not gate(text, "ATTR003")


def test_a_manager_who_admits_and_insists_with_no_doubt_verb_is_not_framed_one_sidedly() -> None:
    text = story(
        "The manager, Rob Tate, admitted his side had been poor. He insisted the plan was right, and "
        "admitted the fans had every right to be angry.",
        "Chairman Sam Rudd said the board backed him. Captain Lee Marr said the squad was united.",
    )
    assert not gate(text, "ATTR004")
    assert not gate(text, "ATTR003")


def test_the_judge_is_the_judge_named_before_not_the_last_party_mentioned() -> None:
    text = story(
        "District Judge Ann Clark said the firm had no case. Kelso Mining claimed the land had been sold "
        "illegally.",
        "In her ruling, the judge acknowledged that the sale had been rushed.",
    )
    speakers = by_speaker(text)
    assert ("acknowledged", "concession") in speakers["Clark"]
    assert ("acknowledged", "concession") not in speakers.get("Kelso Mining", [])


# --- a verdict before the court's --------------------------------------------------------------

TRIAL = "Carl Dunn, 33, denies murdering a taxi driver in Ferrybridge in March. {}\n\nThe trial continues."


@pytest.mark.parametrize("sentence", [
    "Dunn murdered the driver after an argument over the fare.",
    "Mr Dunn then murdered the driver and drove off in the cab.",
])
def test_murdered_about_a_defendant_who_denies_it_is_an_error(sentence: str) -> None:
    found = gate_findings(story(TRIAL.format(sentence)), "ATTR006")
    assert [f.severity for f in found] == ["error"]


def test_the_whole_account_the_verdict_opens_is_flagged() -> None:
    sentence = ("Dunn murdered the driver after an argument over the fare, and then drove off in the cab, "
                "where police later found him.")
    found = gate(story(TRIAL.format(sentence)), "ATTR006")
    assert found == ["murdered the driver after an argument over the fare, and then drove off in the cab"]


@pytest.mark.parametrize("sentence", [
    "Prosecutors say Dunn murdered the driver after an argument over the fare.",
    "Dunn murdered the driver after an argument over the fare, the jury heard.",
    "“Dunn murdered that man,” the prosecutor told jurors.",
])
def test_the_prosecutions_case_reported_is_not_the_writers_verdict(sentence: str) -> None:
    assert not gate(story(TRIAL.format(sentence)), "ATTR006")


def test_after_a_conviction_the_verb_is_the_finding() -> None:
    text = story("Carl Dunn, who had denied murder, was convicted on Friday. Dunn murdered the driver after an "
                 "argument over the fare.")
    assert not gate(text, "ATTR006")


def test_a_defendant_who_denies_the_charge_has_answered_it() -> None:
    assert not gate(story(TRIAL.format("Dunn murdered the driver after an argument over the fare.")), "BAL001")


def test_a_conviction_in_the_lede_is_the_courts_finding() -> None:
    text = "Killer jailed\n\nA roofer who murdered his business partner in a row over a van has been jailed for life.\n"
    assert not [f for f in lint_text(text).findings if f.code == "PRESUP003" and f.severity != "info"]


# --- an anonymous source that attacks someone ----------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "A senior figure at the harbour board, who asked not to be named, said the chairman had misled the auditors.",
    "A senior official at the harbour board said the chairman had lied to the auditors.",
    "Party sources said the leader had lied to the cabinet about the loan.",
])
def test_an_anonymous_source_that_attacks_with_no_reason_is_a_warning(sentence: str) -> None:
    assert gate(story(sentence), "ATTR007")


@pytest.mark.parametrize("sentence", [
    "A senior official at the harbour board, who was not authorised to speak publicly, said the chairman had "
    "lied to the auditors.",
    "A senior figure at the harbour board said the ferry would sail on Monday.",
    "Party sources, speaking on condition of anonymity, said the leader had lied to the cabinet.",
])
def test_a_reason_for_anonymity_or_no_attack_keeps_a_described_source_at_info(sentence: str) -> None:
    found = [f for f in lint_text(story(sentence)).findings if f.code == "ATTR007"]
    assert all(f.severity == "info" for f in found)


# --- a sighting with no witness; a betrayal stated as fact ---------------------------------------

def test_a_sighting_with_no_witness_near_a_fire_is_agentless() -> None:
    text = story("Fire officers said the cause was not known. Arson is possible, and two boys were seen running "
                 "from the scene.")
    assert "seen running from the scene" in gate(text, "ATTR002")


@pytest.mark.parametrize("sentence", [
    "Two boys were seen running from the scene by a neighbour, who called the fire brigade.",
    "Fire officers said two boys had been seen running from the scene.",
])
def test_a_sighting_with_its_witness_or_reported_is_sourced(sentence: str) -> None:
    assert not gate(story(sentence), "ATTR002")


def test_selling_stories_about_someone_is_an_allegation_that_needs_a_reply() -> None:
    text = story("The singer fell out with his manager, Ray Doyle, who sold stories about the band to a Sunday paper.")
    assert gate(text, "ATTR006") == ["sold stories about"]
    assert gate(text, "BAL001")


def test_selling_ones_own_story_is_no_allegation() -> None:
    assert not gate(story("The singer's former manager, Ray Doyle, sold his story to a Sunday paper in 1994."), "ATTR006")


# --- a disregard the writer imputes ----------------------------------------

def test_ignoring_pleas_added_to_the_writers_clause_imputes_a_motive() -> None:
    text = story("The board closed the swimming pool on Friday, ignoring months of pleas from parents.")
    assert "ignoring months of pleas" in gate(text, "OPIN001")


@pytest.mark.parametrize("sentence", [
    "Parents said the board had closed the pool, ignoring months of pleas from families.",
    "The union accused the board of ignoring warnings about the roof.",
    "Drivers can cut costs by ignoring warnings from the app.",
])
def test_a_charge_of_ignoring_someone_makes_or_a_plain_use_is_not_the_writers(sentence: str) -> None:
    assert not gate(story(sentence), "OPIN001")



# --- an effect claimed with no one holding the belief ------------------------------------------

def test_an_effect_thought_to_follow_with_no_holder_is_agentless() -> None:
    text = story("Beetroot juice is rich in nitrates, which are thought to lower blood pressure.")
    assert "thought to lower" in gate(text, "ATTR002")


@pytest.mark.parametrize("sentence", [
    "The researchers said nitrates are thought to lower blood pressure.",
    "The nitrates in beetroot juice are thought to be harmless.",
    "Nitrates are thought by researchers to lower blood pressure.",
])
def test_a_reported_belief_a_plain_state_or_a_named_holder_is_not_an_agentless_effect(sentence: str) -> None:
    assert not gate(story(sentence), "ATTR002")


def test_the_writers_verdict_on_how_a_claim_was_made_ends_the_claim() -> None:
    text = story("The mayor claimed the budget was balanced, laughably pretending the crooked auditors had "
                 "signed it off.")
    assert "crooked" in gate(text, "LOAD001")
