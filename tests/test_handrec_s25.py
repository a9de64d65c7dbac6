"""Recall on hand-written slanted copy, stop 25 (handrec): editorial instructions left in
brackets and promotion lines (STRUCT001), misconduct the writer states as fact (ATTR006)
and the missing response to it (BAL001). Every sentence is written for this test."""

from __future__ import annotations

import pytest

from linter import lint_text

from conftest import gate_findings


def gate(text: str, code: str, fmt: str = "txt") -> list[str]:
    """The warnings and errors of one rule on a text, as the flagged words (lower case)."""
    return [f.text.lower() for f in gate_findings(text, code, fmt=fmt)]


STORY = "Ferry fares rise\n\nThe ferry company raised fares on Monday.\n\n{}\n\nThe new fares start in May.\n"

RESIDUE = [
    "[INSERT QUOTE FROM HARBOUR MASTER]",
    "[add timetable graphic]",
    "[Map of the routes]",
    "[pullquote]",
    "[fares table to come]",
    "[TK]",
    "[STILL WAITING ON COMPANY]",
    "[photo to follow]",
    "Read more: how ferry fares compare with the rest of Europe",
    "See also: the islands' long fight for a fixed link",
]

NOT_RESIDUE = [
    "The harbour master said the rise was “[a] necessary step” for the service.",
    "[1] Fares for children are unchanged.",
    "Read more widely and you find the islands have fought fares for decades.",
    "See also how the company answered the council, below.",
    "Islanders said the company had “[put] profit before people”.",
]


INLINE = [
    ("The new fares will cost a family [TK] a year.", "[tk]"),
    ("The company's chief executive, [insert name], declined to comment.", "[insert name]"),
    ("The crossing takes [check timing] minutes.", "[check timing]"),
    ("Winter sailings are [details to follow].", "[details to follow]"),
]


@pytest.mark.parametrize("text, words", INLINE)
def test_an_instruction_left_in_a_sentence_is_residue(text: str, words: str) -> None:
    assert words in gate(STORY.format(text), "STRUCT001")


def test_brackets_inside_a_quotation_are_the_writers_insertions() -> None:
    assert not gate(STORY.format("“They [the company] never asked us,” one islander said."), "STRUCT001")


@pytest.mark.parametrize("line", RESIDUE)
def test_editorial_instructions_and_promotions_are_residue(line: str) -> None:
    assert gate(STORY.format(line), "STRUCT001")


@pytest.mark.parametrize("line", NOT_RESIDUE)
def test_brackets_in_prose_and_prose_openings_are_not_residue(line: str) -> None:
    assert not gate(STORY.format(line), "STRUCT001")


ACTS = [
    ("The former treasurer, Ruth Amos, defrauded the bowls club of £9,000.", "defrauded"),
    ("The trust's chief executive, Ola Brandt, quietly siphoned the hardship fund into a consultancy.", "siphoned"),
    ("Brandt, who also pocketed the staff bonus pot's takings, left in March.", "pocketed"),
    ("The chairman, Tom Eade, was caught stealing from the club's till.", "caught stealing"),
    ("Eade's cosy relationship with the brewery has long shaped the club's bar prices.", "cosy relationship with"),
    ("Eade's tenure has been dogged by allegations about his expenses.", "dogged by allegations"),
    ("The regional board rigged the tender for the new stand.", "rigged the tender"),
]

NOT_ACTS = [
    # reported, quoted or denied
    "Auditors said the chief executive, Ola Brandt, had siphoned the hardship fund.",
    "“She siphoned the hardship fund,” a trustee said.",
    "Brandt has denied that she siphoned the hardship fund.",
    # established: a conviction, an admission, a ban
    "Amos, who admitted the offence, defrauded the bowls club of £9,000.",
    "Eade was convicted in May. He had stolen from the club's till for two years.",
    "The flanker, who gouged an opponent in the final, was banned for ten weeks.",
    # not other people's money, or not an act at all
    "The winner pocketed £50,000 and a trophy.",
    "Raiders stole a march on the home side in the first half.",
    "The council may raid its reserves to keep the library open.",
    "Did the board rig the tender for the new stand?",
    "Workers rigged the scaffolding for the new stand overnight.",
]


def test_an_indefinite_culprit_is_not_a_named_allegation() -> None:
    assert not gate("A member of staff siphoned the hardship fund over two years.", "ATTR006", fmt="snippet")


CHARGED = ("Club accounts published\n\nThe bowls club published its accounts on Friday.\n\n"
           "The former chairman, Tom Eade, stepped down in March. He pocketed the club's "
           "takings from the summer fete.\n\nThe club meets again in June.\n")


def test_a_flat_charge_with_no_reply_is_unbalanced() -> None:
    assert gate(CHARGED, "BAL001")


def test_a_reply_after_the_charge_answers_it() -> None:
    text = CHARGED.replace("The club meets", "Mr Eade did not respond to a request for comment. The club meets")
    assert not gate(text, "BAL001")


def test_someone_elses_earlier_denial_does_not_answer_a_later_flat_charge() -> None:
    text = CHARGED.replace("The bowls club published its accounts on Friday.",
                           "The treasurer, Ann Dole, denied that the accounts were late.")
    assert gate(text, "BAL001")


def test_a_hedged_allegation_keeps_the_article_wide_response() -> None:
    text = ("Club accounts published\n\nThe treasurer, Ann Dole, denied that the accounts were late.\n\n"
            "The former chairman, Tom Eade, is alleged to have taken the fete's takings.\n")
    assert not gate(text, "BAL001")


#: The writer's confident predictions: info (a look), never reported when someone makes them.
PREDICTIONS = [
    ("Tenants will inevitably pay for the new boilers through their rents.", "will inevitably"),
    ("The bridge will almost certainly stay shut until the spring.", "will almost certainly"),
    ("The reforms are bound to be popular with younger voters.", "are bound to be"),
]

PREDICTIONS_AND_VERDICTS = [
    ("The new blood test is a major breakthrough for rural clinics.", "a major breakthrough"),
    ("The operator has a poor record on punctuality.", "a poor record on"),
    ("The agency has a patchy track record with big contracts.", "a patchy track record"),
    ("The toll rise has infuriated taxpayers on both sides of the bridge.", "infuriated taxpayers"),
    ("The stadium deal has long troubled residents of the east end.", "troubled residents"),
    ("Nobody was hurt. A gas leak has not been ruled out, however.", "has not been ruled out"),
]

REPORTED_PREDICTIONS_AND_VERDICTS = [
    "Engineers said the bridge will almost certainly stay shut until the spring.",
    "Landlords warn that tenants will inevitably pay for the new boilers.",
    "“It is a major breakthrough for rural clinics,” the health board said.",
    "Campaigners said the operator has a poor record on punctuality.",
    "Doctors hailed the test as a major breakthrough.",
    "The board hopes to make the test a game changer for rural clinics.",
    "The drug could be a major breakthrough if the trial succeeds.",
    "Opponents say the toll rise has infuriated taxpayers on both sides of the bridge.",
    "Fire officers said a gas leak had not been ruled out.",
    "A gas leak has not been ruled out, the fire service said.",
]


ESTIMATES = [
    ("The storm caused an estimated £3m of damage to the pier.", "£3m of damage"),
    ("The gales did $40 million in damage along the coast.", "$40 million in damage"),
    ("The theatre is losing roughly £8,000 a week while the roof is repaired.", "losing roughly £8,000 a week"),
    ("Nearly 600 mourners lined the high street for the funeral.", "nearly 600 mourners lined"),
]

NOT_ESTIMATES = [
    "The storm caused an estimated £3m of damage to the pier, the harbour board said.",
    "According to its annual report, the theatre is losing roughly £8,000 a week.",
    "The theatre lost £80,000 last year.",
    "Dozens of mourners lined the high street for the funeral.",
    "Volunteers packed 600 hampers for the winter appeal.",
    "“We are losing about £8,000 a week,” the theatre's director said.",
]


#: Each rule's flagged sentences (the flagged words) and the ones it leaves alone.
FLAGGED = ([("ATTR006", t, w) for t, w in ACTS] + [("OPIN001", t, w) for t, w in PREDICTIONS_AND_VERDICTS]
           + [("ATTR005", t, w) for t, w in ESTIMATES])
CLEAN = ([("ATTR006", t) for t in NOT_ACTS] + [("OPIN001", t) for t in REPORTED_PREDICTIONS_AND_VERDICTS]
         + [("ATTR005", t) for t in NOT_ESTIMATES])


@pytest.mark.parametrize("code, text, words", FLAGGED)
def test_the_writers_own_charge_verdict_or_estimate_is_flagged(code: str, text: str, words: str) -> None:
    assert words in gate(text, code, fmt="snippet")


@pytest.mark.parametrize("code, text", CLEAN)
def test_reported_denied_established_or_literal_ones_are_not(code: str, text: str) -> None:
    assert not gate(text, code, fmt="snippet")


@pytest.mark.parametrize("text, words", PREDICTIONS)
def test_the_writers_confident_prediction_is_information(text: str, words: str) -> None:
    found = [(f.text.lower(), f.severity) for f in lint_text(text, "snippet").findings if f.code == "OPIN001"]
    assert (words, "info") in found
    assert not gate(text, "OPIN001", fmt="snippet")


@pytest.mark.parametrize("text", REPORTED_PREDICTIONS_AND_VERDICTS[:2])
def test_a_prediction_someone_makes_is_not_reported_at_all(text: str) -> None:
    assert not [f for f in lint_text(text, "snippet").findings if f.code == "OPIN001"]
