"""Classes of false alarm a standards editor found in the bbc_news sample of stop 21
(seed 2121), each with sentences of our own that must not be flagged and ones that
still must. No text here comes from the evaluation data."""

from __future__ import annotations

import pytest

from conftest import gate_findings
from linter import lint_text
from linter.lint.config import Settings
from linter.lint.engine import Linter


def gate(text: str, select: str, fmt: str = "snippet") -> list[tuple[str, str]]:
    return [(f.code, f.text) for f in gate_findings(text, select, fmt=fmt)]


def genre_of(text: str) -> str:
    return lint_text(text, "txt", linter=Linter(Settings(select=["OPIN"]))).profiles[0].genre.name


# --- a quoted compound named by its own last word: a rule, a button, a scheme -------------------

_RULE_QUOTED_BACK = (
    "The finance minister defended the budget on Monday.\n\n"
    "Ann Pike, of Harbour Bank, said: \"His promise that he will keep the spending rule with room "
    "to spare looks far too hopeful.\"\n\n"
    "Tom Reed, for the Greens, asked the minister to open the accounts to auditors, to see if he had "
    "kept his \"spending rule\".")


@pytest.mark.parametrize("text", [
    _RULE_QUOTED_BACK,
    "Listeners can vote through the station's \"blue key\" content, much as viewers do on television.",
    "Drivers must now pass the council's \"hill start\" test before they are given a permit.",
    "The bank's \"rainy day\" scheme pays savers a bonus every spring.",
])
def test_quoted_names_of_rules_buttons_and_schemes(text: str) -> None:
    assert gate(text, "QUOTE") == []


@pytest.mark.parametrize("text,code", [
    ("The government's 'reforms' have cost thousands of jobs.", "QUOTE001"),
    ("The mayor's 'savings' closed two libraries.", "QUOTE001"),
    # a compound whose last word names no kind of thing keeps its doubt
    ("The landlord's 'fair rent' doubled in a year.", "QUOTE001"),
])
def test_scare_quotes_around_ordinary_words_remain(text: str, code: str) -> None:
    assert [c for c, _ in gate(text, code)] == [code]


# --- "claims" as what the subject plays down or disputes ------------------------------------------

@pytest.mark.parametrize("text", [
    "The ministry has played down claims that it will sell the port.",
    "The club disputed claims that its manager had been sacked.",
    "The regulator countered claims that the fines were too small.",
    "The airline denied claims that it was close to collapse.",
])
def test_claims_the_subject_plays_down(text: str) -> None:
    assert gate(text, "ATTR003") == []


@pytest.mark.parametrize("text", [
    "The ministry claims that the port is profitable.",
    "The club's owner claims that the manager resigned of his own accord.",
])
def test_claims_as_the_source_s_verb_remain(text: str) -> None:
    assert [c for c, _ in gate(text, "ATTR003")] == ["ATTR003"]


# --- individual sports: athletics reports read as sport --------------------------------------------

_ATHLETICS = (
    "A year to forget for the island's runners\n\n"
    "It was not a year the island's athletics followers will want to remember. The best hope, Maire Dolan, "
    "finished ninth in the 10,000m after a stomach bug, and the young sprinter Cathal Rowe went out early in "
    "the 200m. Amazingly, Dolan was back three weeks later and won on the roads in Cork "
    "against a strong field. The federation has promised a new training base in the hills before the spring, "
    "and its officials say the money is already in place. The cross-country women did better: "
    "they took bronze in Brussels in December, the first such result for the island's distance "
    "runners since 1998, and two of them set personal bests on the day. Dolan, who is 33, says she will "
    "keep going for another two years at least.")

_MONEY = (
    "Port operator posts record year\n\n"
    "The port operator said profits rose to 500m euros last year, and it plans to spend 1,200m on two new "
    "berths. Its chief executive said the firm would run the terminals for another decade. Shipping volumes "
    "grew by a fifth as carmakers moved exports through the port, and the firm's 4,000 staff will share a bonus. "
    "Analysts said the outlook for the coming year was steady, though fuel costs remain a risk. The company "
    "also confirmed that it had bought a smaller rival in the north for an undisclosed sum, and said the deal "
    "would close before the summer once regulators approve it.")


def test_an_athletics_report_is_sport_and_its_asides_are_not_gates() -> None:
    assert genre_of(_ATHLETICS) == "sport"
    assert gate(_ATHLETICS, "OPIN002", "txt") == []


def test_money_in_millions_is_not_a_race_distance() -> None:
    assert genre_of(_MONEY) == "news"


# --- a place laid waste: the devastation of a region is literal damage ----------------------------

@pytest.mark.parametrize("text", [
    "Aid agencies are still counting the cost of the devastation on the coast.",
    "The clearest pictures of the devastation on the islands come from local radio.",
    "The devastation of the islands will take a decade to repair.",
])
def test_devastation_of_a_place(text: str) -> None:
    assert gate(text, "LOAD") == []


@pytest.mark.parametrize("text", [
    "The devastation of the party under his leadership was complete.",
    "His policies brought devastation to the farming unions.",
])
def test_devastation_of_people_and_groups_remains(text: str) -> None:
    assert [c for c, _ in gate(text, "LOAD")] == ["LOAD001"]


# --- an allegation whose accuser is the subject of a verb of attack -------------------------------

@pytest.mark.parametrize("text", [
    "Mayor Ann Hale attacked the rival campaign's alleged links to party donors.",
    "The union has condemned the company's alleged use of agency staff during the strike.",
    "She defended the decision to criticise the council's alleged failure to inspect the flats.",
])
def test_the_attacker_is_the_accuser(text: str) -> None:
    assert gate(text, "ATTR006") == []


@pytest.mark.parametrize("text", [
    "Protesters marched after the attack on the alleged informer.",
    # a verb that points something out is not an attack: the accuser is still unnamed
    "Analysts pointed to one problem, the grain deal with Ruritania, which has been accused of dumping "
    "cheap wheat.",
    "The firm's alleged price-fixing cost consumers millions.",
])
def test_allegations_with_no_accuser_remain(text: str) -> None:
    assert [c for c, _ in gate(text, "ATTR006")] == ["ATTR006"]


# --- fans, like supporters, are the public whose reaction is reported ----------------------------

def test_fans_reaction_is_info_and_critics_remain() -> None:
    text = ("The coach hit back at some club supporters, who booed the striker after the final. "
            "Several fans questioned his commitment.")
    assert gate(text, "ATTR001") == []
    assert [c for c, _ in gate("Critics say the striker has lost his commitment.", "ATTR001")] == ["ATTR001"]


# --- a count after a word of magnitude measures what it counts -----------------------------------

@pytest.mark.parametrize("text", [
    "The tiny start-up got a staggering 9 million messages in March.",
    "The site now lists a staggering 4,000 titles for the handset.",
])
def test_staggering_before_a_count(text: str) -> None:
    assert gate(text, "LOAD") == []


def test_staggering_before_a_judgement_remains() -> None:
    assert [c for c, _ in gate("The deal was a staggering betrayal of the workers who built the firm.", "LOAD")] \
        == ["LOAD001"]
    # a count inside the object is not what the word measures: the people are
    assert "LOAD001" in [c for c, _ in gate("In a late-night post the governor blasted the 12 angry senators.", "LOAD")]


# --- the reader's or the writer's own complaints: "your gripes" ------------------------------------

def test_your_gripes_are_not_contempt() -> None:
    assert gate("Our panel wants to hear your gripes about the morning commute.", "LOAD") == []
    assert [c for c, _ in gate("The senator griped about the press for an hour.", "LOAD")] == ["LOAD001"]


# --- a definition mentions its words --------------------------------------------------------------

def test_words_of_a_definition_are_mentioned() -> None:
    text = "The band took its name from a dictionary's definition of a boor as a coarse, uncouth, ill-mannered man."
    assert gate(text, "LOAD") == []
    assert [c for c, _ in gate("The uncouth senator shouted at the clerk.", "LOAD")] == ["LOAD001"]
    # ("called his rival uncouth" would be his verdict, reported: tests/test_polnear_s22.py)
    assert "LOAD001" in [c for c, _ in gate("He defined the talks as useful, then met his uncouth rival.", "LOAD")]


# --- game reviews: how a game plays is a review's matter -------------------------------------------

_GAME = (
    "Pocket shooters grow up\n\n"
    "Games on phones have grown up fast. In Star Lancer you lead a squad through eight levels of a "
    "space station, and the missions are well scripted, with hints from your commanders. Weapons include "
    "flamethrowers and rockets, and a power-up that slows time helps you survive the waves of "
    "robots. The graphics are sharp for a phone, and the gameplay rarely stutters. The game lets you play "
    "against friends nearby, and online there are clans and player rankings. The soundtrack is forgettable, "
    "but the characters have more personality than most console heroes, and the plot keeps the action "
    "moving from one scene to the next.")


def test_a_game_review_is_a_review() -> None:
    assert genre_of(_GAME) == "review"
    assert gate(_GAME, "LOAD", "txt") == []


_DVD = (
    "It is a common complaint that a monster film can be loud or it can be clever. Night Harbour manages both.\n\n"
    "You are quickly drawn into the story of the lighthouse keeper and her brother, and the coast is "
    "beautifully shot. Some of the effects are ropey, but the two leads make it gripping. This disc has the usual featurettes "
    "on the effects, and there is a commentary from the director and a blooper reel. The film was shot in "
    "six weeks on the coast, and the cast clearly enjoyed it; the actors are at their best in the quiet scenes.")


def test_a_dvd_review_is_a_review() -> None:
    assert genre_of(_DVD) == "review"
    assert gate(_DVD, "LOAD", "txt") == []


def test_a_verdict_before_a_count_remains() -> None:
    text = "The mayor forced through a disastrous 18 percent rise in bus fares."
    assert [c for c, _ in gate(text, "LOAD")] == ["LOAD001"]
