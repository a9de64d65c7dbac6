"""Classes of false alarm a standards editor found judging the whole bbc_news gate population
of stop 23, each with sentences of our own that must not be flagged and ones that still
must. No text here comes from the evaluation data."""

from __future__ import annotations

import pytest

from linter import lint_text
from linter.lint.config import Settings
from linter.lint.engine import Linter


def gate(text: str, select: str, fmt: str = "snippet", genre: str | None = None) -> list[tuple[str, str]]:
    """The gate's findings (warnings and errors) of the selected rules, the genre set or detected."""
    settings = Settings(select=select.split(","), **({"genre": genre} if genre else {}))
    return [(f.code, f.text) for f in lint_text(text, fmt, linter=Linter(settings)).findings if f.severity != "info"]


def genre_of(text: str) -> str:
    return lint_text(text, "txt", linter=Linter(Settings(select=["OPIN"]))).profiles[0].genre.name


# --- the writer's own voice in a column or a letters page: sourcing words are its argument ------

_COLUMN = ("Many people believe the new tram line will save the high street. It is widely believed the "
           "council has already chosen the route. The mayor claimed that the scheme would pay for itself.")


@pytest.mark.parametrize("genre", ["opinion", "letters"])
def test_sourcing_words_in_a_column_or_letters_page_are_the_writers_voice(genre: str) -> None:
    assert gate(_COLUMN, "ATTR001,ATTR002,ATTR003", genre=genre) == []


@pytest.mark.parametrize("genre", ["news", "analysis", "sport"])
def test_sourcing_words_keep_their_level_in_reporting(genre: str) -> None:
    found = {c for c, _ in gate(_COLUMN, "ATTR001,ATTR002,ATTR003", genre=genre)}
    assert found == {"ATTR001", "ATTR002", "ATTR003"}


@pytest.mark.parametrize("genre", ["opinion", "letters", "review", "sport", "obituary", "analysis"])
def test_factive_verbs_are_the_writers_word_choice_outside_news(genre: str) -> None:
    text = "Headline\n\nIt has emerged that the ministry lost its phone lines for a week.\n"
    assert gate(text, "PRESUP001", fmt="txt", genre=genre) == []
    assert gate(text, "PRESUP001", fmt="txt", genre="news") == [("PRESUP001", "It has emerged that")]


# --- an obituary told from the death and the birth ------------------------------------------------

def test_obituary_opening_with_the_death_and_the_birth() -> None:
    body = ("Thriller writer Tom Marsh, who has died at the age of 81, sold millions of paperbacks about "
            "smugglers, lighthouses and mountain rescue teams.\n\n"
            "Born in Hull in 1931, Marsh left school at 15 and worked as a clerk on the docks before "
            "writing his first novel in the evenings. His books were translated into 30 languages and "
            "several were made into films. He moved to Portugal in the 1980s and kept writing until "
            "last year, when his eyesight began to fail. Publishers said his sales had never fallen. "
            "His wife said he had written every morning of his working life, in longhand, at the "
            "kitchen table.\n")
    assert genre_of("Tom Marsh\n\n" + body) == "obituary"


def test_a_death_in_the_news_is_not_an_obituary() -> None:
    text = ("Crash on the ring road\n\nA driver has died aged 34 after his car left the ring road near the "
            "airport on Tuesday night. Police said the road was closed for six hours while officers "
            "examined the scene. Witnesses are asked to call the incident line. The council said "
            "the junction had been resurfaced last year and that it would review the speed limit "
            "there with the police. Two other drivers were treated for minor injuries.\n")
    assert genre_of(text) == "news"


# --- "alleged" hedging a disputed relationship, agreement or programme -------------------------

@pytest.mark.parametrize("text", [
    "The two ministers have said little in public. Now the alleged rift is over which of them will chair the fisheries talks.",
    "The prime minister was questioned about the country and its alleged chemical weapons programme.",
    "His allies say no such pact was ever made, and several books have dwelt on the alleged deal.",
])
def test_alleged_hedging_a_disputed_thing_is_no_gate_finding(text: str) -> None:
    assert gate(text, "ATTR006") == []


@pytest.mark.parametrize("text", [
    "The firm's alleged price-fixing cost consumers millions.",
    "His alleged sabotage of the talks has angered allies.",
    "The mayor, accused of taking bribes, resigned on Friday.",
])
def test_alleged_wrongdoing_still_needs_an_accuser(text: str) -> None:
    assert [c for c, _ in gate(text, "ATTR006")] == ["ATTR006"]


# --- a past expectation the story's outcome answers -------------------------------------------

@pytest.mark.parametrize("text", [
    "Many expected this to be the director's year, but he lost again.",
    "She only entered in March, and many pundits had doubted whether she could last the distance.",
    "A lot of fans were wondering what the team would do without her.",
    "When she took over the orchestra, it was widely believed she would bring in her own players. She has not.",
    "It was thought that the singer would appear at the gala, but she stayed away.",
])
def test_past_expectation_is_no_gate_finding(text: str) -> None:
    assert gate(text, "ATTR001,ATTR002") == []


@pytest.mark.parametrize("text,code", [
    ("Many doubted whether the figures were accurate.", "ATTR001"),
    ("Many had doubted whether he had told the truth about the loan.", "ATTR001"),
    ("Critics say the scheme will collapse within a year.", "ATTR001"),
    ("It was widely believed the minister had known about the payments.", "ATTR002"),
    ("It is thought the plan would cost 300 jobs.", "ATTR002"),
])
def test_a_doubted_fact_or_a_present_belief_keeps_its_finding(text: str, code: str) -> None:
    assert [c for c, _ in gate(text, code)] == [code]


# --- a casualty figure of the story's past ------------------------------------------------------

_FIRST = "The province tightened its rules for internet cafes in 2004, and 300 cafes closed in 2004.\n\n"


def test_a_figure_dated_years_before_the_story_is_history() -> None:
    text = _FIRST + "Opening hours were first limited in 2001 after a blaze at an internet cafe killed 19 people."
    assert gate(text, "ATTR005") == []
    before = _FIRST + "The old hall burned down on 3 June, 2001, during a concert. In all, 19 people were killed in the fire."
    assert gate(before, "ATTR005") == []
    undated = _FIRST + "The old hall burned down during a concert. In all, 19 people were killed in the fire."
    assert gate(undated, "ATTR005") == [("ATTR005", "19 people were killed")]


def test_a_figure_of_the_story_year_or_still_counted_keeps_its_finding() -> None:
    assert gate(_FIRST + "A blaze at an internet cafe killed 19 people in 2004.", "ATTR005") == [("ATTR005", "killed 19")]
    text = _FIRST + "The hall burned down in 2001. This week a second fire killed 19 people."
    assert gate(text, "ATTR005") == [("ATTR005", "killed 19")]


def test_an_obituarys_figures_are_the_history_of_a_life() -> None:
    text = "The riots, in the end, injured 400 people and closed the town centre for a week."
    assert gate(text, "ATTR005", genre="obituary") == []
    assert gate(text, "ATTR005", genre="news") == [("ATTR005", "injured 400")]


# --- fixed names and countable records -------------------------------------------------------

@pytest.mark.parametrize("text,code", [
    ("During the phoney campaign before the election was called, both parties toured marginal seats.", "LOAD001"),
    ("The judge began an unprecedented fifth term on the bench in June.", "LOAD002"),
])
def test_a_fixed_name_or_a_countable_record_is_literal(text: str, code: str) -> None:
    assert gate(text, code) == []


@pytest.mark.parametrize("text,code,word", [
    ("The minister's phoney promises angered the unions.", "LOAD001", "phoney"),
    ("The storm caused unprecedented damage to the harbour.", "LOAD002", "unprecedented"),
])
def test_the_same_words_as_evaluation_are_still_flagged(text: str, code: str, word: str) -> None:
    assert gate(text, code) == [(code, word)]



# --- "claim" in a story about a lawsuit or a scam: the law's word, or doubt the story warrants ----

@pytest.mark.parametrize("text", [
    "The drummer is being sued by his former partner for $2m. She further claims that he sold their house "
    "without telling her.",
    "A bakery chain faces a lawsuit from its suppliers. The suppliers are claiming that invoices went unpaid "
    "for a year.",
    "Police warned of a text-message scam on Monday. The sender claimed that the recipient's parcel was held "
    "at customs and asked for a fee.",
    "A fraudster took £40,000 from a widow in Leeds. He claimed that he was a surveyor sent by her insurer.",
])
def test_claim_in_a_lawsuit_or_scam_story_is_not_a_gate_warning(text: str) -> None:
    assert gate(text, "ATTR003", fmt="txt") == []


@pytest.mark.parametrize("text", [
    "The minister claimed that the new ward had cut waiting times by half.",
    "Sue Brennan, the council leader, claimed that the depot had been sold at a loss.",
    "Rivals claim that the bus contract was awarded without a tender.",
    "The audit was handed to Sue Patel in May. The minister claimed that it had never reached his desk.",
])
def test_claim_outside_a_lawsuit_or_scam_story_keeps_its_level(text: str) -> None:
    assert [c for c, _ in gate(text, "ATTR003", fmt="txt")] == ["ATTR003"]


# --- ATTR002: a settled standing among contemporaries, a technical alias with a figure ------------

@pytest.mark.parametrize("text", [
    "The sculptor was widely considered one of the most original artists of her time.",
    "Moreau, widely regarded as one of the best wicketkeepers of his generation, retired in 1978.",
    "The protocol is often described as 2.75G, between the older and newer networks.",
    "The format is sometimes referred to as Web 3.0 by its developers.",
])
def test_standing_among_contemporaries_and_technical_aliases_are_not_gate_warnings(text: str) -> None:
    assert gate(text, "ATTR002", fmt="txt") == []


@pytest.mark.parametrize("text", [
    "The chancellor is widely regarded as one of the most capable ministers in the cabinet.",
    "The plan is widely seen as a bid for the leadership.",
    "The new tower is often described as an eyesore.",
    "The scheme is often described as a failure.",
])
def test_other_agentless_opinions_keep_their_level(text: str) -> None:
    found = [c for c, _ in gate(text, "ATTR002", fmt="txt")]
    assert found == ["ATTR002"], found


# --- an obituary that tells the work more than the death: the life's story counts as its register --

def test_obituary_telling_a_career_with_the_life_story_around_it() -> None:
    body = ("Crime novelist Ruth Calloway, who has died at the age of 87, wrote 40 books about a "
            "detective on the Norfolk coast that sold in 30 countries.\n\n"
            "Born in Ipswich in 1926, she grew up above her father's ironmonger's shop and was "
            "educated at the local grammar school. She worked as a typist for a shipping firm and "
            "wrote in the evenings, sending her first manuscript to eleven publishers before one "
            "accepted it. The book was a modest success, but the second, set in a lighthouse, "
            "reached the top of the paperback charts and was adapted for radio. Her plots turned "
            "on tides, timetables and railway junctions, and readers wrote to her with maps they "
            "had drawn. Booksellers in the towns where the stories were set ran walking tours, and a "
            "railway company once named a locomotive after her detective. She served for six years "
            "on the committee of a writers' association, campaigning for better terms for authors "
            "of paperback originals, and gave talks to schools and libraries across East Anglia. "
            "Critics were slow to notice her, but by the 1980s her books were taught on courses in "
            "popular fiction and translated into Japanese and Portuguese. Television adaptations "
            "followed in the 1990s, filmed on the coast she had described, with two series watched "
            "by eight million viewers. She disliked the covers chosen for the American editions "
            "and said so in a letter to a trade magazine, which printed it on its front page. "
            "Her detective, a retired harbour pilot, solved his cases from a rowing boat and a "
            "bicycle, and readers followed him through four decades of storms, floods and closed "
            "branch lines. She kept a card index of every tide table, bus route and ferry crossing "
            "she used, and publishers sent her proofs knowing she would catch any error in a "
            "timetable. Her agent said she had never missed a deadline in forty years. Sales "
            "passed twenty million copies, and the books have never gone out of print in Britain. "
            "She married a schoolteacher in 1952 and they had three children. She "
            "retired to a cottage near Cromer, where she kept writing short stories for magazines "
            "and answered every letter by hand. Her publisher said a final novel would appear in "
            "the spring.\n")
    assert genre_of("Ruth Calloway: queen of the coastal mystery\n\n" + body) == "obituary"


def test_a_news_story_with_family_words_is_still_news() -> None:
    body = ("The council has approved a new primary school on the site of the old bus depot. "
            "Parents said their children had been travelling five miles each day since the village "
            "school closed. The head teacher, who grew up in the village, said the school would "
            "open in September with 120 places. Building work will begin next month and the "
            "council said the cost would be met from its capital budget. A husband and wife who "
            "run the shop opposite said they welcomed the plan.\n")
    assert genre_of("Village to get new primary school\n\n" + body) == "news"
