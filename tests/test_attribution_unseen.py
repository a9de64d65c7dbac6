"""Attribution constructions of unseen copy (issue 12): cognition, intention and position
verbs, passives with an agent, long named sources, noun-like cues, records that show,
negated contractions. Every example is written for this test, each with its counter-example."""

from __future__ import annotations

import pytest

from linter.analyse.annotate import annotate
from linter.model.source import Source
from linter.readers import parse


def frames(text: str) -> list[tuple[str, str, str]]:
    """(source, cue, pattern) of every frame."""
    doc = annotate(parse(Source("t.txt", text), "snippet")[0])
    t = doc.text
    return [(t[f.source[0]:f.source[1]] if f.source else "", t[f.cue[0]:f.cue[1]], f.pattern) for f in doc.frames]


def cues(text: str) -> list[str]:
    return [c for _, c, _ in frames(text)]


@pytest.mark.parametrize("text,source,cue", [
    ("The harbour board wants a second pier before the summer.", "The harbour board", "wants"),
    ("Councillor Ames knew the depot would close.", "Councillor Ames", "knew"),
    ("The mayor questioned the cost of the tunnel.", "The mayor", "questioned"),
    ("Ms Diaz supported the cycle lanes from the start.", "Ms Diaz", "supported"),
    ("Most tenants preferred the old landlord.", "Most tenants", "preferred"),
])
def test_what_someone_thinks_wants_or_stands_for_is_attributed(text: str, source: str, cue: str) -> None:
    assert (source, cue) in [(s, c) for s, c, _ in frames(text)]


@pytest.mark.parametrize("text,cue", [
    ("Many of those questioned said the fee was too high.", "questioned"),
    ("The company took thousands of customer calls in May.", "calls"),
    ("The bank found itself in the middle of the row.", "found"),
    ("They show up at every meeting.", "show"),
])
def test_the_same_words_in_other_senses_report_nothing(text: str, cue: str) -> None:
    assert cue not in cues(text)


def test_a_participle_before_a_plain_reporting_verb_modifies_the_speaker() -> None:
    assert ("Many of those questioned", "said") in [(s, c) for s, c, _ in frames(
        "Many of those questioned said the fee was too high.")]


@pytest.mark.parametrize("text,source", [
    ("Hale has made ending what she calls waste her theme.", "she"),
    ("The Ledger calls the bypass a white elephant.", "The Ledger"),
])
def test_calls_after_a_speaker_is_a_verb(text: str, source: str) -> None:
    assert (source, "calls") in [(s, c) for s, c, _ in frames(text)]


@pytest.mark.parametrize("text,source,cue", [
    ("New county polls out on Monday show the mayor ahead by four points.", "New county polls out on Monday", "show"),
    ("The row began after a new poll showing the mayor behind.", "a new poll", "showing"),
])
def test_records_show_even_with_words_between(text: str, source: str, cue: str) -> None:
    found = [(s, c) for s, c, _ in frames(text)]
    assert any(c == cue and source.startswith(s.split(" out")[0]) for s, c in found), found


@pytest.mark.parametrize("text,source,cue,pattern", [
    ("The closure was criticised by the union as a false economy.", "the union", "criticised", "passive-agent"),
    ("The mayor has been described by Councillor Ruth Bell as out of touch.", "Councillor Ruth Bell", "described",
     "passive-agent"),
    ("The verdict was welcomed by the families of the miners.", "the families of the miners", "welcomed",
     "passive-agent"),
])
def test_a_passive_names_its_speaker_after_by(text: str, source: str, cue: str, pattern: str) -> None:
    assert (source, cue, pattern) in frames(text)


@pytest.mark.parametrize("text", [
    "He was told by phone that the ferry had sunk.",
    "The budget was criticised.",
    "The report was described as thorough.",
])
def test_a_passive_without_an_agent_has_no_speaker(text: str) -> None:
    assert not [f for f in frames(text) if f[2] == "passive-agent"]
    assert not [f for f in frames(text) if f[0] in ("The budget", "The report", "He")]


def test_a_long_name_with_its_affiliation_is_an_inverted_source() -> None:
    text = ("“It is the best of times,” said Daniel Frost of Leeds University's Centre for Coastal Policy "
            "and Planning.")
    assert ("Daniel Frost of Leeds University's Centre for Coastal Policy and Planning", "said", "inverted") \
        in frames(text)
    # a clause after the cue is not a source, however capitalised its start
    assert not [f for f in frames("“It is late,” said the Mayor of Leeds had resigned on Monday over the plan.")
                if f[2] == "inverted" and "resigned" in f[0]]


@pytest.mark.parametrize("text,source,cue", [
    ("Lindqvist argued that he doesn’t believe the boycott works.", "he", "believe"),
    ("The board hasn’t confirmed that the plan had failed.", "The board", "confirmed"),
])
def test_a_negated_contraction_is_not_part_of_the_source(text: str, source: str, cue: str) -> None:
    assert (source, cue) in [(s, c) for s, c, _ in frames(text)]


@pytest.mark.parametrize("text,source,cue", [
    ('The senator earlier called the lobbyists "parasites."', "The senator", "called"),
    ("One of the nurses who signed the letter called the minister a coward.", "One of the nurses", "called"),
    ("Two doctors who signed the letter said the ward was unsafe.", "Two doctors", "said"),
])
def test_a_label_pinned_by_a_speaker_is_theirs(text: str, source: str, cue: str) -> None:
    assert (source, cue) in [(s, c) for s, c, _ in frames(text)]


@pytest.mark.parametrize("text,cue", [
    ("They hired a firm called Harbour Data in May.", "called"),
    ("The earlier estimates of the cost were wrong.", "estimates"),
])
def test_a_thing_named_or_an_earlier_statement_is_no_report(text: str, cue: str) -> None:
    assert not [f for f in frames(text) if f[1] == cue and f[0]]


def test_a_free_relative_leaves_its_clause_out_of_the_source() -> None:
    found = frames("The audit demonstrated what many local traders already knew: the rents were too high.")
    assert ("many local traders", "knew") in [(s, c) for s, c, _ in found]


@pytest.mark.parametrize("text,source", [
    ("Critics of the bypass, however, say it would cut few journeys.", "Critics of the bypass"),
    ("Supporters of the plan, though, argue that it is cheap.", "Supporters of the plan"),
])
def test_a_group_with_its_object_before_an_interruption_is_the_source(text: str, source: str) -> None:
    assert source in [s for s, _, _ in frames(text)]


def test_a_sentence_opening_gerund_ends_at_its_comma() -> None:
    doc = annotate(parse(Source("t.txt", "In asking to close the depot, the union noted the roof had failed."), "snippet")[0])
    asking = next(f for f in doc.frames if doc.text[f.cue[0]:f.cue[1]] == "asking")
    assert [doc.text[s:e] for s, e in asking.content] == ["to close the depot"]
    assert "noted" in [doc.text[f.cue[0]:f.cue[1]] for f in doc.frames]


def test_it_is_worth_noting_is_the_writers_comment() -> None:
    assert not [f for f in frames("It is worth noting that the depot was closed in May.") if f[1] == "noting" and f[0]]


def test_a_capitalised_subordinate_clause_is_not_an_interrupted_subject() -> None:
    text = ("Although Ms Vance, 34, reached the ledger, it is thought she never saw the payroll files, "
            "said Inspector Lowe.")
    assert ("Inspector Lowe", "said", "inverted") in frames(text)
    # the subject with an aside before its verb is still in normal order
    assert ("Hale", "challenged", "source-cue") in frames("Hale, who has seen her lead shrink, challenged Ortiz on rents.")
