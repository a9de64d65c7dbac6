"""Classes of sourcing false alarm a strict standards editor found in professional copy (stop
24), each with sentences of our own that must not be flagged and ones that still must. No
text here comes from the evaluation data."""

from __future__ import annotations

from linter import lint_text
from linter.lint.config import Settings
from linter.lint.engine import Linter


def gate(text: str, select: str) -> list[tuple[str, str]]:
    """The gate's findings (warnings and errors) of the selected rules."""
    found = lint_text(text, "txt", linter=Linter(Settings(select=select.split(",")))).findings
    return [(f.code, f.text) for f in found if f.severity != "info"]


# --- a vague group whose claim the story later credits by name --------------------------------

_FILLER = ("The bill would set up a new tribunal. It would sit in Leeds.\n\n"
           "Ministers say it has wide support.\n\n"
           "MPs could vote on it later on Tuesday.\n\n")


def test_an_intro_summary_restated_by_a_named_source_further_down() -> None:
    text = ("Tribunal bill\n\n"
            "MPs will debate a bill which critics say would close rural courts \"by the back door\".\n\n"
            + _FILLER +
            "The Rural Law Society said the bill would close rural courts by the \"back door\".\n")
    assert gate(text, "ATTR001") == []


def test_a_named_source_far_below_on_another_point_leaves_the_critics_vague() -> None:
    text = ("Tribunal bill\n\n"
            "MPs will debate a bill which critics say would close rural courts \"by the back door\".\n\n"
            + _FILLER +
            "The Rural Law Society said the tribunal would need more judges.\n")
    assert gate(text, "ATTR001") == [("ATTR001", "critics say")]


def test_a_named_source_denying_the_group_far_below_is_not_one_of_them() -> None:
    text = ("Tribunal bill\n\n"
            "MPs will debate a bill which critics say would close rural courts.\n\n"
            + _FILLER +
            "The justice minister said the bill would not close rural courts.\n")
    assert gate(text, "ATTR001") == [("ATTR001", "critics say")]


# --- organisations, one of which speaks in the next sentence -----------------------------------

def test_charities_then_a_named_charity_speaker() -> None:
    text = ("Asylum plans\n\n"
            "The party set out its plans on Monday. That led some charities to say the cap would "
            "leave families at risk.\n\n"
            "\"Nobody fleeing a war should be turned away at a desk,\" said Ann Hale of the Harbour "
            "Refugee Fund.\n")
    assert gate(text, "ATTR001") == []


def test_charities_then_a_speaker_of_no_organisation_stay_vague() -> None:
    text = ("Asylum plans\n\n"
            "The party set out its plans on Monday. Some charities say the cap would leave families "
            "at risk.\n\n"
            "The minister said the cap was fair.\n")
    assert gate(text, "ATTR001") == [("ATTR001", "Some charities say")]



# --- a vox pop: a group of the public, one of whom is quoted by name next -----------------------

_RALLY = ("Rally\n\n"
          "The band got the crowd to cheer. Many in the crowd said the senator was the only "
          "candidate they trusted.\n\n")


def test_a_crowd_then_a_named_private_person_from_it() -> None:
    assert gate(_RALLY + "\"I have followed him for 20 years,\" said Jo Reed, 34, a nurse from "
                "Leeds.\n", "ATTR001") == []
    assert gate("Poll\n\nSome young voters explained why the tape did not end his chances.\n\n"
                "\"He is not really that way,\" said Jo Reed, a Leeds University student.\n", "ATTR001") == []


def test_a_crowd_then_the_candidate_or_a_party_member_stays_vague() -> None:
    assert gate(_RALLY + "The senator said he was grateful for the support.\n", "ATTR001") == \
        [("ATTR001", "Many in the crowd said")]
    assert gate("Poll\n\nSome young voters explained why the tape did not end his chances.\n\n"
                "\"He is not really that way,\" said Jo Reed, a Republican.\n", "ATTR001") == \
        [("ATTR001", "Some young voters explained")]


# --- a speaker described with the group's own word, further on ----------------------------------

_PUNDITS = ("Awards\n\n"
            "According to pundits, the boxing film has overtaken the flying film as favourite. Its "
            "star is tipped to win. The flying film has 11 nominations. It has won other awards.\n\n")


def test_pundits_then_an_awards_pundit_by_name_in_the_next_paragraph() -> None:
    assert gate(_PUNDITS + "\"The flying film should be ahead,\" said awards pundit Tom Marsh.\n",
                "ATTR001") == []


def test_pundits_then_someone_else_by_name_stay_vague() -> None:
    assert gate(_PUNDITS + "\"We are delighted,\" said the film's director Tom Marsh.\n", "ATTR001") == \
        [("ATTR001", "According to pundits")]
    words = ("Pods\n\nSome in podcasting also worry that fame will spoil the format. Firms are "
             "interested. The brewer has its own show. For his part, Tom Marsh said he would keep "
             "doing what podcasting should be.\n")
    assert gate(words, "ATTR001") == [("ATTR001", "Some in podcasting also worry")]


# --- a definite back-reference to a source the story has named --------------------------------

def test_the_people_after_people_familiar_with_the_session() -> None:
    text = ("Raids\n\n"
            "House members met the counsel on Tuesday, according to people familiar with the session.\n\n"
            "But the counsel had little time to speak as members pressed him with questions, the "
            "people said.\n")
    assert gate(text, "ATTR001") == []
    unframed = ("Raids\n\n"
                "The counsel said the letter could hurt the case in the courts, people familiar with "
                "the session said.\n\n"
                "But the counsel had little time to speak as members pressed him with questions, the "
                "people said.\n")
    assert gate(unframed, "ATTR001") == []


_FANS = ("Fans\n\nOne fan said he hoped the candidate wins.\n\n"
         "But as the nationalist {who} noted on Thursday, the leading candidate \"has surprisingly "
         "earned himself a few fans abroad.\"\n\n"
         "As the paper noted, it is surprising because the candidate has not always had good things to "
         "say about the country. He says he loves it.\n")


def test_the_paper_after_a_named_tabloid() -> None:
    assert gate(_FANS.format(who="Daily Harbour tabloid"), "ATTR001") == []


def test_the_paper_after_a_named_person_is_still_vague() -> None:
    assert gate(_FANS.format(who="lawmaker Tom Reed"), "ATTR001") == [("ATTR001", "As the paper noted")]

# --- an allegation whose accuser the paragraph or the next one gives ---------------------------

def test_an_allegation_with_the_lawsuit_later_in_its_paragraph() -> None:
    text = ("Firm settles\n\n"
            "Harbour Systems was accused of paying $1m to officials in a port deal. At the time, the "
            "firm wanted a bigger contract. Harbour Systems agreed to pay $5m to settle a lawsuit "
            "brought by the trade regulator.\n")
    assert gate(text, "ATTR006") == []


def test_an_allegation_whose_investigation_opens_the_next_paragraph() -> None:
    text = ("Payroll fraud\n\n"
            "About 300 clerks are accused of claiming wages for staff who do not exist. The scheme "
            "began in 2001.\n\n"
            "The mayor's office said the alleged fraud came to light during an investigation into "
            "the payroll.\n")
    assert gate(text, "ATTR006") == []


def test_prosecutors_of_the_next_paragraphs_other_case_are_not_the_accuser() -> None:
    text = ("Court round-up\n\n"
            "Reed, who was also accused of bribing a juror while on bail, said nothing as he was "
            "led away.\n\n"
            "In the next court, prosecutors opened their case against a driver over a crash.\n")
    assert gate(text, "ATTR006") == [("ATTR006", "accused of bribing a juror while on bail")]


def test_an_allegation_with_no_accuser_nearby_is_still_flagged() -> None:
    text = ("Payroll fraud\n\n"
            "About 300 clerks are accused of claiming wages for staff who do not exist. The scheme "
            "began in 2001.\n\n"
            "The mayor's office said new staff would be hired.\n")
    assert gate(text, "ATTR006") == [("ATTR006", "accused of claiming wages for staff who do not exist")]


# --- scrutiny and criticism whose who and what the next sentence gives --------------------------

def test_scrutiny_then_a_named_body_acting_against_the_target() -> None:
    text = ("Airline fined\n\n"
            "Harbour Air's safety record has come under scrutiny several times in recent years. "
            "Harbour Air was fined by the Civil Aviation Authority in 2019 after a rival accused it "
            "of skipping checks.\n")
    assert gate(text, "ATTR002") == []


def test_scrutiny_then_the_target_answering_stays_flagged() -> None:
    text = ("Airline fined\n\n"
            "Harbour Air's safety record has come under scrutiny several times in recent years. "
            "Harbour Air said it had always met every standard.\n")
    assert gate(text, "ATTR002") == [("ATTR002", "come under scrutiny")]


def test_criticism_from_a_quarter_then_a_speaker_from_it() -> None:
    text = ("Rates\n\n"
            "This view has drawn criticism both inside and outside the Bank of England.\n\n"
            "Tom Reed, a former Bank economist who argued with the governor last year, said the "
            "Bank should look only at home.\n")
    assert gate(text, "ATTR002") == []


def test_criticism_from_a_quarter_then_a_speaker_from_elsewhere_stays_flagged() -> None:
    text = ("Rates\n\n"
            "This view has drawn criticism both inside and outside the Bank of England.\n\n"
            "The chancellor said rates would be kept on hold.\n")
    assert gate(text, "ATTR002") == [("ATTR002", "drawn criticism")]


def test_doubt_whose_holders_the_clause_names() -> None:
    text = ("Game deal\n\n"
            "The licence deal raised eyebrows, with fans concerned that one firm would own every "
            "sport title.\n")
    assert gate(text, "ATTR002") == []
    bare = "Game deal\n\nThe licence deal raised eyebrows last week.\n"
    assert gate(bare, "ATTR002") == [("ATTR002", "raised eyebrows")]



# --- an anonymous source placed where it heard what it reports ----------------------------------

def test_a_source_on_the_call_is_described_not_bare() -> None:
    assert gate("Call\n\nA source on the call said the chairman had raised his voice.\n", "ATTR007") == []
    assert gate("Dinner\n\nSomeone in attendance said the senator left early.\n", "ATTR007") == []
    assert gate("Call\n\nA source said the chairman had raised his voice.\n", "ATTR007") == \
        [("ATTR007", "A source")]


# --- a headline's growing feeling that a named source in the body voices ------------------------

def test_as_concern_grows_with_a_named_source_voicing_concern() -> None:
    voiced = "Pound Falls as Concern Grows\n\nThe pound fell on Friday. The governor voiced concern about the deficit.\n"
    assert gate(voiced, "HEAD001") == []
    silent = "Pound Falls as Concern Grows\n\nThe pound fell on Friday. The governor said rates would stay on hold.\n"
    assert gate(silent, "HEAD001") == [("HEAD001", "as Concern Grows")]
    crisis = "Pound Falls as Crisis Deepens\n\nThe pound fell. The governor said the crisis was under control.\n"
    assert gate(crisis, "HEAD001") == [("HEAD001", "as Crisis Deepens")]
