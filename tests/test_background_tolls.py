"""ATTR005 and the settled toll of a well-known past event, given as background (issue 12).

An editor does not ask for the source of the toll of a long-closed event named by a place
or a proper name ("the Harbour Street fire, which killed 31 people") when the story's
news is something else; they do for a toll still being counted ("at least", "so far", a
weekday, the present perfect) and for the toll of the event a lede is about. Every text
here is our own: a first paragraph stands before the sentence, so that it is not the lede,
unless the test is about the lede."""

from __future__ import annotations

import pytest

from conftest import gate_findings

#: A first paragraph, so that the sentence after it is not the story's lede.
LEDE = "The county board voted on Tuesday to fund six more school counsellors.\n\n"


def gate(text: str) -> list[str]:
    return [f.text for f in gate_findings(text, "ATTR005", fmt="snippet")]


@pytest.mark.parametrize("sentence", [
    # an event named by a place, a kind and an event noun, toll in a relative clause
    "Parents recalled the Millbrook nightclub shooting, which killed 23 people, as the vote neared.",
    "She helped draft the law after the Corran Bay ferry sinking that killed 112 passengers.",
    "The senator visited the memorial to the Vessel Street bombing, which killed nearly 2,000.",
    # a date names the event
    "The couple died in a gunfight with police after the Oct. 9 attack, which left 11 dead and 30 hurt.",
    "He cited the 7/12 attacks, which killed more than 600 people, in his speech.",
    # a named storm
    "Levees built after Hurricane Odile, which killed 1,350 people, held through the spring.",
    # a place after the event noun, and "where"
    "The rally follows the Founders Day parade attack in Lerida, Texas — where 37 were killed and roughly 90 wounded.",
    "The mayor spoke of the Harlan Mine explosion, in which 29 miners died.",
    # the toll before the event it belongs to
    "Her brother was one of 47 people who died in the Delmont concert shooting.",
    # a place's past event, dated by a month or a year
    "The bill came weeks after gunmen killed 74 people in Carvel, Ohio, in March.",
    "The group was founded after militants killed 19 people in Sabra Heights last September.",
    # a sentence dated first by a past month or year
    "In April, armed men killed 46 people in raids on two border towns.",
    "In 2009, a gunman shot dead 13 soldiers at an army base in the south.",
])
def test_a_settled_toll_of_a_named_past_event_is_background(sentence: str) -> None:
    assert gate(LEDE + sentence) == []


@pytest.mark.parametrize("sentence,figure", [
    # a toll still being counted: "at least", "so far", a weekday, "this week"
    ("Parents marched against the Millbrook nightclub shooting, which killed at least 23 people, as the vote neared.",
     "killed at least 23"),
    ("The Corran Bay ferry sinking, which killed 112 passengers on Sunday, shut the port.",
     "killed 112"),
    ("The Vessel Street bombing, which killed 40 people this week, shut the market.", "killed 40"),
    ("The Harlan Mine explosion, in which at least 29 miners were killed, closed the valley's last pit.",
     "29 miners were killed"),
    # the present perfect: the toll is still rising
    ("The Millbrook riots, in which 23 people have been killed, entered a second week.",
     "23 people have been killed"),
    ("Hurricane Odile, which has killed 1,350 people, moved north.", "killed 1,350"),
    # no name, no place, no date: "the shooting" may be this morning's
    ("Parents marched against the shooting, which killed 23 people, as the vote neared.", "killed 23"),
    ("Gunmen killed 74 people in a village near the border.", "killed 74"),
    # a place and a weekday: this week's event
    ("Gunmen killed 74 people in Carvel, Ohio, on Friday.", "killed 74"),
    # a sentence dated by a month, but the toll still counted or still rising
    ("In April, armed men killed at least 46 people in raids on two border towns.", "killed at least 46"),
    ("In April, the fever has killed 46 people in the valley.", "killed 46"),
    # a month that is no date of the killing
    ("Armed men who came in April killed 46 people.", "killed 46"),
    # a verb between a capitalised word and an event noun does not make a name
    ("Police stopped a shooting, which killed 9 people, within minutes.", "killed 9"),
])
def test_a_fresh_or_unnamed_toll_still_needs_a_source(sentence: str, figure: str) -> None:
    assert gate(LEDE + sentence) == [figure]


def test_the_toll_of_the_event_a_lede_opens_with_is_the_storys_own() -> None:
    text = "The Millbrook nightclub shooting, which killed 23 people, has left the town in mourning."
    assert gate(text) == ["killed 23"]
    # the same sentence further down is background
    assert gate(LEDE + text) == []


def test_a_lede_about_other_news_can_give_a_settled_toll() -> None:
    assert gate("After the Millbrook nightclub shooting, which killed 23 people, the town banned the sale "
                "of rifles.") == []
    # a year dates the event even when the lede opens with it
    assert gate("The 2011 Harlan Mine explosion, in which 29 miners died, is the subject of a new film.") == []


def test_another_figure_in_the_sentence_is_still_a_count() -> None:
    text = (LEDE + "After the Millbrook nightclub shooting, which killed 23 people, the town held a vigil "
                   "and 40,000 protesters marched to the hall.")
    assert gate(text) == ["40,000 protesters"]


def test_a_figure_right_after_a_background_clause_is_tried_against_its_own_noun() -> None:
    # the nearest casualty word before the number lies across a comma (another clause's);
    # the crowd noun after it is the number's own
    text = LEDE + "After the Millbrook nightclub shooting, which killed 23 people, 40,000 protesters marched."
    assert gate(text) == ["40,000 protesters"]
    # and a number whose only nouns lie in other clauses is still no figure
    assert gate(LEDE + "Of the 40 buses, which were full, none arrived on time.") == []
