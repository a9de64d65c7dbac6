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

_FILLER = ("The plan would replace two boats with one. It would start in May.\n\n"
           "The ferry firm says fares would fall.\n\n"
           "A first reading is planned for the spring.\n\n")


def test_an_intro_summary_restated_by_a_named_source_further_down() -> None:
    text = ("Ferry plan\n\n"
            "Councillors meet on Thursday over a ferry plan that critics say would shut the island surgery \"by stealth\".\n\n"
            + _FILLER +
            "The Island Patients Group said the ferry plan would shut the island surgery by \"stealth\".\n")
    assert gate(text, "ATTR001") == []


def test_a_named_source_far_below_on_another_point_leaves_the_critics_vague() -> None:
    text = ("Ferry plan\n\n"
            "Councillors meet on Thursday over a ferry plan that critics say would shut the island surgery \"by stealth\".\n\n"
            + _FILLER +
            "The Island Patients Group said the timetable needed more sailings.\n")
    assert gate(text, "ATTR001") == [("ATTR001", "critics say")]


def test_a_named_source_denying_the_group_far_below_is_not_one_of_them() -> None:
    text = ("Ferry plan\n\n"
            "Councillors meet on Thursday over a ferry plan that critics say would shut the island surgery.\n\n"
            + _FILLER +
            "The transport chief said the ferry plan would not shut the island surgery.\n")
    assert gate(text, "ATTR001") == [("ATTR001", "critics say")]


# --- organisations, one of which speaks in the next sentence -----------------------------------

def test_charities_then_a_named_charity_speaker() -> None:
    text = ("Housing cap\n\n"
            "The party set out its housing cap on Monday, which led some charities to warn that the cap "
            "would leave tenants homeless.\n\n"
            "\"Nobody should sleep in a car because of a spreadsheet,\" said Ann Hale of the Harbour "
            "Housing Fund.\n")
    assert gate(text, "ATTR001") == []


def test_charities_then_a_speaker_of_no_organisation_stay_vague() -> None:
    text = ("Housing cap\n\n"
            "The party set out its housing cap on Monday. Some charities say the cap would leave "
            "tenants homeless.\n\n"
            "The housing minister said the cap was fair.\n")
    assert gate(text, "ATTR001") == [("ATTR001", "Some charities say")]



# --- a vox pop: a group of the public, one of whom is quoted by name next -----------------------

_RALLY = ("Rally\n\n"
          "A brass band warmed up the square before noon. Many commuters said the mayor had "
          "kept every promise on buses.\n\n")


def test_a_crowd_then_a_named_private_person_from_it() -> None:
    assert gate(_RALLY + "\"My route runs every ten minutes now,\" said Jo Reed, 34, a nurse from "
                "Leeds.\n", "ATTR001") == []
    assert gate("Poll\n\nSome first-time voters told us why the gaffe had not cost her their support.\n\n"
                "\"Everyone misspeaks once,\" said Jo Reed, a Leeds University student.\n", "ATTR001") == []


def test_a_crowd_then_the_candidate_or_a_party_member_stays_vague() -> None:
    assert gate(_RALLY + "The mayor thanked the band and left by taxi.\n", "ATTR001") == \
        [("ATTR001", "Many commuters said")]
    assert gate("Poll\n\nSome first-time voters told us why the gaffe had not cost her their support.\n\n"
                "\"Everyone misspeaks once,\" said Jo Reed, a Republican.\n", "ATTR001") == \
        [("ATTR001", "Some first-time voters told")]


# --- a speaker described with the group's own word, further on ----------------------------------

_PUNDITS = ("Awards\n\n"
            "According to pundits, the rowing drama has moved past the heist comedy for the top "
            "prize. Its lead actor looks a safe bet. The heist comedy has 11 nominations. It has won other awards.\n\n")


def test_pundits_then_an_awards_pundit_by_name_in_the_next_paragraph() -> None:
    assert gate(_PUNDITS + "\"The heist comedy deserves it more,\" said awards pundit Tom Marsh.\n",
                "ATTR001") == []


def test_pundits_then_someone_else_by_name_stay_vague() -> None:
    assert gate(_PUNDITS + "\"We are delighted,\" said the film's director Tom Marsh.\n", "ATTR001") == \
        [("ATTR001", "According to pundits")]
    words = ("Zines\n\nSome in printing also worry that fame will turn the craft into something more "
             "like glossy magazines. Shops are interested. A brewer prints its own. For his part, Tom "
             "Marsh said he would keep doing what printing should be.\n")
    assert gate(words, "ATTR001") == [("ATTR001", "Some in printing also worry")]


# --- a definite back-reference to a source the story has named --------------------------------

def test_the_people_after_people_who_were_in_the_room() -> None:
    text = ("Canal\n\n"
            "Councillors grilled the engineer over lunch, according to people briefed on the lunch.\n\n"
            "But the engineer barely touched his soup while councillors quizzed him on the lock gates, "
            "the people said.\n")
    assert gate(text, "ATTR001") == []
    unframed = ("Canal\n\n"
                "The engineer warned that the lock gates could fail by winter, people briefed on the "
                "lunch said.\n\n"
                "But the engineer barely touched his soup while councillors quizzed him on the lock gates, "
                "the people said.\n")
    assert gate(unframed, "ATTR001") == []


_FANS = ("Fans\n\nOne shopper said she hoped the governor wins.\n\n"
         "But as the regional {who} noted on Thursday, the governor \"now has a fan club in the "
         "valley.\"\n\n"
         "As the paper remarked, this is odd since the governor once called the valley a backwater. "
         "She says she likes it now.\n")


def test_the_paper_after_a_named_tabloid() -> None:
    assert gate(_FANS.format(who="Daily Harbour tabloid"), "ATTR001") == []


def test_the_paper_after_a_named_person_is_still_vague() -> None:
    assert gate(_FANS.format(who="lawmaker Tom Reed"), "ATTR001") == [("ATTR001", "As the paper remarked")]


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
            "The mayor's office said an audit team's investigation of timesheets had turned up the "
            "alleged scheme.\n")
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
            "Harbour Air's maintenance logs have come under scrutiny twice since the merger. "
            "Harbour Air was fined by the Civil Aviation Authority in 2019 after a rival accused it "
            "of skipping checks.\n")
    assert gate(text, "ATTR002") == []


def test_scrutiny_then_the_target_answering_is_information() -> None:
    # stop 26: scrutiny (being examined) is info wherever it stands, no longer a gate finding
    text = ("Airline fined\n\n"
            "Harbour Air's maintenance logs have come under scrutiny twice since the merger. "
            "Harbour Air said it had always met every standard.\n")
    assert gate(text, "ATTR002") == []
    found = lint_text(text, "txt", linter=Linter(Settings(select=["ATTR002"]))).findings
    assert [(f.severity, f.text) for f in found] == [("info", "come under scrutiny")]


def test_criticism_from_a_quarter_then_a_speaker_from_it() -> None:
    text = ("Rates\n\n"
            "The forecast has drawn criticism within the Bank of England and beyond.\n\n"
            "Tom Reed, a former Bank economist who argued with the governor last year, said the "
            "Bank should look only at home.\n")
    assert gate(text, "ATTR002") == []


def test_criticism_from_a_quarter_then_a_speaker_from_elsewhere_stays_flagged() -> None:
    text = ("Rates\n\n"
            "The forecast has drawn criticism within the Bank of England and beyond.\n\n"
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

def test_a_source_on_a_call_is_described_not_bare() -> None:
    assert gate("Call\n\nOne source on the conference call said the chairman had shouted.\n", "ATTR007") == []
    assert gate("Dinner\n\nSomeone in attendance said the bishop slipped out before pudding.\n", "ATTR007") == []
    assert gate("Call\n\nA source said the chairman had shouted.\n", "ATTR007") == \
        [("ATTR007", "A source")]


# --- a headline's growing feeling that a named source in the body voices ------------------------

def test_as_concern_grows_with_a_named_source_voicing_concern() -> None:
    voiced = "Pound Falls as Concern Grows\n\nThe pound fell on Friday. The governor voiced concern about the deficit.\n"
    assert gate(voiced, "HEAD001") == []
    silent = "Pound Falls as Concern Grows\n\nThe pound fell on Friday. The governor said rates would stay on hold.\n"
    assert gate(silent, "HEAD001") == [("HEAD001", "as Concern Grows")]
    crisis = "Pound Falls as Crisis Deepens\n\nThe pound fell. The governor said the crisis was under control.\n"
    assert gate(crisis, "HEAD001") == [("HEAD001", "as Crisis Deepens")]
