"""Classes of LOAD001/LOAD002 false alarm a standards editor marked in a fourth round of
samples of gate findings on US political copy (issue 12): a quotation opened after an
invisible direction mark a CMS export left, a Title Case name or title that keeps its short
words in lower case ("War on Women" as a book's title), an outlook or odds judged as poor
("dismal prospects"), a harsh word on an impersonal trend ("a relentless push toward
consolidation"), and the content of a group's statement noun after a plural possessive
("the landlords' warnings that rents would soar"), the public's verdict reported with
"widely" ("widely considered a sham vote"), and a charge pinned by a verb that shares its
subject with an earlier one ("Hale toured the depot and accused the council of bungling
it"), and an attribution set off by commas after a fronted phrase ("Like the cuts, Ms. Hale
said, the fares are cruel"), a charge after a subject set off by a long appositive ("Stein,
a doctor from Boston, accused the committee of sabotage"), and two literal senses: a fleece
worn, and predatory lending of a named kind; and a belief the writer reads in someone
("Hale seemed to think the plan was a sham"), or goes on to explain. Every text here is our own; each class
has texts that must not be flagged and ones that still must."""

from __future__ import annotations

from conftest import gate_findings
from linter import lint_text
from linter.lint.config import Settings
from linter.lint.engine import Linter


def gate(body: str, select: str) -> list[tuple[str, str]]:
    """Gate findings (warnings and errors) of one rule on a story with a plain headline."""
    return [(f.code, f.text) for f in gate_findings("Council news\n\n" + body, select)]


def severities(body: str, select: str) -> list[tuple[str, str]]:
    """Every finding of one rule, info included, with its severity."""
    result = lint_text("Council news\n\n" + body, "txt", linter=Linter(Settings()))
    return [(f.text, f.severity) for f in result.findings if f.code == select]


# --- a quotation opened after an invisible direction mark ---------------------------------------

def test_a_quotation_after_a_direction_mark_is_the_speakers() -> None:
    for mark in ("\u202a", "\u200e", "\ufeff"):
        body = mark + "”The new fares are cruel. Families will pay,” said Ann Hale, who runs the food bank."
        assert gate(body, "LOAD001") == [], repr(mark)
        assert gate(mark + "“The new fares are cruel,” said Ann Hale.", "LOAD001") == [], repr(mark)


def test_the_same_words_without_quotation_marks_are_the_writers() -> None:
    assert gate("\u202aThe new fares are cruel, and families will pay.", "LOAD001") == [("LOAD001", "cruel")]


# --- a Title Case name keeps its short words in lower case --------------------------------------

def test_a_title_case_title_with_short_words_is_a_name() -> None:
    assert gate("The author will sign copies of her book, The Council's War on Women, at the library.",
                "LOAD001") == []
    assert gate("The band played songs from its album Ruthless and the Damned at the festival.", "LOAD001") == []


def test_the_phrase_in_lower_case_is_still_the_writers() -> None:
    assert gate("The council's war on women must end, and the mayor knows it.", "LOAD001") == [
        ("LOAD001", "war on women")]


# --- an outlook or odds judged as poor ----------------------------------------------------------

def test_poor_prospects_are_an_outlook_not_a_verdict_on_anyone() -> None:
    assert gate("The depot bill faced dismal prospects in the county senate.", "LOAD001") == []
    assert severities("The depot bill faced dismal prospects in the county senate.", "LOAD001") == [
        ("dismal", "info")]
    assert gate("The depot bill faced a dismal outlook in the county senate.", "LOAD001") == []


def test_a_dismal_handling_is_still_a_verdict() -> None:
    assert gate("The council's dismal handling of the flood angered residents.", "LOAD001") == [
        ("LOAD001", "dismal")]


# --- a harsh word on an impersonal trend ---------------------------------------------------------

def test_a_relentless_trend_is_literal() -> None:
    assert gate("Amid a relentless push toward consolidation of farms, small dairies have closed.",
                "LOAD001") == []
    assert gate("The shop lost its staff to the relentless march of automation.", "LOAD001") == []
    assert gate("Rents rose again, an unrelenting trend in the county.", "LOAD001") == []
    assert gate("The survey traced the relentless demographic change under way in the county.",
                "LOAD001") == []


def test_a_persons_relentless_push_is_still_judged() -> None:
    assert gate("The mayor's relentless push to close the depot angered staff.", "LOAD001") == [
        ("LOAD001", "relentless")]
    assert gate("The mayor kept up a relentless push toward closing the depot.", "LOAD001") == [
        ("LOAD001", "relentless")]
    assert gate("The mayor made relentless changes to the bus timetable.", "LOAD001") == [("LOAD001", "relentless")]


# --- a group's statement noun after a plural possessive -----------------------------------------

def test_a_groups_warnings_after_a_plural_possessive_are_theirs() -> None:
    assert gate("Fares fell, belying the bus operators’ warnings that prices would skyrocket.", "LOAD002") == []
    assert gate("The tenants' warnings that the rent cap is disastrous went unheeded.", "LOAD001") == []


def test_a_plural_possessive_without_a_statement_is_the_writers() -> None:
    assert gate("The landlords' disastrous rent rises emptied the street.", "LOAD001") == [("LOAD001", "disastrous")]
    # a closing quotation mark after a word in s is no possessive
    assert gate("The depot was a 'cost of doing business' warnings aside, and the plan is disastrous.",
                "LOAD001") == [("LOAD001", "disastrous")]


# --- the public's verdict, reported with "widely" -----------------------------------------------

def test_a_label_widely_given_is_the_publics_and_only_information() -> None:
    for body in ("The board staged a vote that was widely considered a sham.",
                 "His remarks on the nurses were widely condemned as fearmongering, at home and abroad."):
        assert gate(body, "LOAD001") == [], body
        assert [sev for _, sev in severities(body, "LOAD001")] == ["info"], body


def test_the_same_label_in_the_writers_voice_is_flagged() -> None:
    assert gate("The council presided over a sham election.", "LOAD001") == [("LOAD001", "sham")]
    # "widely" alone reports nobody's verdict
    assert gate("The sham election was widely covered in the county papers.", "LOAD001") == [("LOAD001", "sham")]


# --- a charge pinned by a verb sharing its subject with an earlier verb ---------------------------

def test_a_charge_after_a_shared_subject_is_the_accusers() -> None:
    assert gate("Hale ran on his record and accused the mayor of bungling the flood recovery.", "LOAD001") == []


def test_the_same_words_as_the_writers_are_flagged() -> None:
    assert gate("Hale ran on his record while the mayor was bungling the flood recovery.", "LOAD001") == [
        ("LOAD001", "bungling")]


# --- an attribution aside after a fronted phrase reports the clause after it --------------------

def test_an_aside_after_a_fronted_phrase_reports_the_rest_of_the_sentence() -> None:
    assert gate("Like his remarks about the depot, Ms. Hale said, the mayor's jabs at the nurses were "
                "entirely unacceptable.", "LOAD001") == []
    assert gate("In the end, the union's chair said, the plan was a reckless gamble.", "LOAD001") == []


def test_an_aside_after_a_clause_leaves_the_next_clause_the_writers() -> None:
    # a full clause before the aside is what was said; a clause joined after it is not
    assert gate("The bridge will reopen, the mayor said, and the reckless plan went ahead.", "LOAD001") == [
        ("LOAD001", "reckless")]


# --- "accused" after a comma is never inverted: the charge is the subject's ---------------------

def test_a_charge_after_a_long_appositive_is_the_accusers() -> None:
    assert gate("In her speech at the rally, Stein, a doctor from Boston and longtime activist, accused the party "
                "committee of sabotaging the campaign.", "LOAD001") == []


def test_the_charge_in_the_writers_voice_is_flagged() -> None:
    assert gate("In her speech at the rally, Stein, a doctor from Boston, said the party committee was sabotaging "
                "the count, a reckless claim.", "LOAD001") == [("LOAD001", "reckless")]


# --- literal senses: a fleece worn, predatory lending of a named kind -----------------------------

def test_a_fleece_worn_and_payday_lending_are_literal() -> None:
    assert gate("By the second hour of the march, the fleece was off and tied round her waist.", "LOAD001") == []
    assert gate("Regulators want to curb predatory payday lending in the county.", "LOAD001") == []


def test_fleecing_and_a_predatory_landlord_are_still_flagged() -> None:
    assert gate("The landlord tried to fleece his tenants.", "LOAD001") == [("LOAD001", "fleece")]
    assert gate("The predatory landlord raised the rents again.", "LOAD001") == [("LOAD001", "predatory")]


# --- a belief the writer reads in someone: "seemed to think" ----------------------------------

def test_what_someone_seemed_to_think_is_theirs() -> None:
    assert gate("Anderson seemed to think the mayor's visits to the estates were somewhat phony.", "LOAD001") == []
    assert gate("Anderson agreed with Hale and appeared to think the new fares were a sham.", "LOAD001") == []


def test_a_sham_that_only_seems_one_is_the_writers() -> None:
    assert gate("The outreach to voters seemed somewhat phony.", "LOAD001") == [("LOAD001", "phony")]


def test_what_someone_went_on_to_explain_is_theirs() -> None:
    assert gate("Hale went on to explain that the board's appetite for control is unrelenting.", "LOAD001") == []


def test_a_sham_nobody_explained_is_the_writers() -> None:
    assert gate("The mayor failed to explain why the plan was a sham.", "LOAD001") == [("LOAD001", "sham")]
