"""Loaded-language recall by class, stop 26: a political contest or an institution's fate
told as a beating or a demolition, manner adverbs that charge blindness, deceit or pomp,
the capital's establishment as a swamp, and a government as a foreign power's vassal.
Each with positive and negative sentences written for this test."""

from __future__ import annotations

import pytest

from conftest import gate_findings


def gate(text: str) -> list[str]:
    """The LOAD warnings and errors on a text, as the flagged words (lower case)."""
    return [f.text.lower() for f in gate_findings(text, "LOAD", fmt="snippet")]


FLAGGED = [
    # a contest or an institution's fate as a beating or a demolition
    ("The governor's allies hope to shatter her credibility before the vote.", "shatter her credibility"),
    ("The leak was meant to shatter the minister's credibility.", "shatter the minister's credibility"),
    ("The new chairman set about the demolition of the ethics commission.", "demolition of"),
    # manner adverbs of blindness, deceit and pomp
    ("The mayor's highly partisan lawyer walked out of the hearing.", "highly"),
    ("The council's highly irresponsible spending emptied the reserve.", "highly"),
    ("Party members blindly followed the leader into the vote.", "blindly"),
    ("The mayor grandly proclaimed the end of the housing crisis.", "grandly"),
    ("The council meekly accepted every cut the ministry asked for.", "meekly"),
    ("The senator sanctimoniously lectured the committee on ethics.", "sanctimoniously"),
    # dread, harm as a verdict
    ("The minister issued a chilling warning to striking nurses.", "chilling"),
    ("The party's destructive agenda would close the clinics.", "destructive"),
    ("The senator's corrosive rhetoric divided the town.", "corrosive"),
    # wilful vice, a feud, a policy called suicide
    ("The board's wilful blindness to the abuse went on for years.", "wilful blindness"),
    ("The governor's vendetta against the paper cost the state $2m.", "vendetta"),
    ("Backing the tax rise would be politically suicidal for the party.", "politically suicidal"),
    ("The party's suicidal strategy lost it six seats.", "suicidal"),
    # a movement or an institution pictured dying
    ("The walkout marked the death throes of the old union.", "death throes"),
    ("The rally was the last gasp of the party's old guard.", "last gasp of"),
    ("The council's tenants' forum is on its last legs.", "on its last legs"),
    # feigned grief, stock epithets
    ("The minister shed crocodile tears for the closed wards.", "crocodile tears"),
    ("The gun grabbers in the statehouse want a new permit law.", "gun grabbers"),
    ("The inquiry was a political hit on the governor.", "political hit"),
    # the establishment as a swamp
    ("Another swamp creature has joined the cabinet.", "swamp creature"),
    ("The new adviser is part of the swamp she promised to drain.", "part of the swamp"),
    # a government as a foreign power's vassal
    ("The coup turned the island into a vassal state of its neighbour.", "vassal state"),
    ("The regime's satraps in the provinces signed the decree.", "satraps"),
]

QUIET = [
    # literal beatings and demolitions, sport, a stampede
    "Two people were crushed to death in the stampede at the stadium gate.",
    "A falling wall crushed the parked van on Tuesday.",
    "The boxer knocked out his opponent in the third round.",
    "United were knocked out of the cup by a second-division side.",
    "City trounced the visitors 5-0 on Saturday.",
    "The champion knocked out the challenger in the fifth round.",
    "The demolition of the old cinema begins in March.",
    "A wrecking ball brought down the tower block on Sunday.",
    "The blast shattered windows across the street.",
    # an election won big: routine in political copy
    "The governor crushed her opponent in the primary by thirty points.",
    "The newcomer trounced the sitting mayor by twelve points.",
    # degree words before a plain quality
    "The surgeons are highly skilled and the virus is highly contagious.",
    # plain manner adverbs and the look of a thing
    "The recipe is deceptively simple and takes ten minutes.",
    "The cottage is deceptively spacious, the agent said.",
    "The hall was grandly decorated for the visit.",
    # sport's last-gasp winner, a patient, a product's end
    "Smith scored a last-gasp winner for the visitors.",
    "The new levy could sound the death knell for small village bakeries.",
    # a political party's hit single, a snowflake in the weather
    "Snowflakes fell on the capital overnight.",
    # literal dread and harm
    "A chilling wind swept the harbour on Monday.",
    "The storm was the most destructive in a decade.",
    "The acid is highly corrosive and must be stored in glass.",
    "Critics say the law has a chilling effect on reporting.",
    # an offence, a blood feud in fiction, a patient
    "He admitted wilful neglect of two patients at the home.",
    "The film follows a Sicilian family's vendetta over three generations.",
    "Staff said the patient was suicidal when he was admitted.",
    # a real swamp, history's vassals
    "Rangers found the missing hiker in a swamp behind the farm.",
    "In the twelfth century the duchy was a vassal state of the crown.",
    # the words in a speaker's mouth
    "“He crushed his opponent,” the campaign manager said.",
]


@pytest.mark.parametrize("text,word", FLAGGED)
def test_each_class_flags_the_writers_loaded_words(text: str, word: str) -> None:
    assert word in gate(text)


@pytest.mark.parametrize("text", QUIET)
def test_literal_and_neutral_uses_stay_quiet(text: str) -> None:
    assert gate(text) == []
