"""Classes of LOAD false alarm a strict standards editor marked on whole populations of
gate findings (stop 25), where the loaded word is someone else's, not the writer's: the
infinitive a directing verb asks of its object ("aides urged him to make the debate a
game-changer", "her coach told her not to get too personal") is the adviser's words; the
description a characterising verb pins with "as" runs on through an infinitive ("condemned
the evictions as a cruel attempt to hold back a wave of tenants"), and so do the terms it puts
its object in ("painted the dispute in grave, nearly apocalyptic, terms"); a noun phrase
that a relative clause says someone argues something of ("a feckless council that he
argued was wrecking the town") is described in that speaker's words; and
a quotation the story gives in full after a display copy of it (the headline's, or a pull
quote filling its paragraph) is no reuse of another speaker's words (QUOTE003). Every text here is our own; each class has texts that must not be flagged and ones that
still must."""

from __future__ import annotations

from conftest import gate_findings


def gate(body: str, select: str) -> list[tuple[str, str]]:
    """Gate findings (warnings and errors) of one rule on a story with a plain headline."""
    return [(f.code, f.text) for f in gate_findings("Council news\n\n" + body, select)]


# --- the infinitive a directing verb asks of its object -------------------------------------------

def test_what_an_adviser_urges_is_the_advisers() -> None:
    assert gate("Neighbours are urging the mayor to make the next hearing a game-changer.", "LOAD002") == []
    assert gate("Her coach had told her not to get too personal in the interviews.", "LOAD001") == []
    assert gate("The chairman pressed the board to reject the shameful offer.", "LOAD001") == []


def test_the_writers_own_advice_and_a_passive_stay_the_writers() -> None:
    assert gate("I urge readers to reject this shameful plan.", "LOAD001") == [("LOAD001", "shameful")]
    assert gate("He was urged to drop the shameful plan.", "LOAD001") == [("LOAD001", "shameful")]


def test_a_preposition_to_opens_no_advice() -> None:
    body = "Asked whether this amounted to the party's shameful plan, the chairman said nothing."
    assert gate(body, "LOAD001") == [("LOAD001", "shameful")]
    body = "The reporters pressed him on his links to the shameful scheme."
    assert gate(body, "LOAD001") == [("LOAD001", "shameful")]


# --- a display copy of a quotation is no second speaker's ------------------------------------------

def test_a_headline_copy_of_the_quotation_is_no_second_speaker() -> None:
    text = ("Hale to Rees: 'We do not pay anyone to sit on the ferry board'\n\n"
            "Mayor Ann Hale has refused to fund places on the ferry board sought by Tom Rees.\n\n"
            "\"We do not pay anyone to sit on the ferry board,\" Hale said at a meeting on Monday.")
    assert [f.code for f in gate_findings(text, "QUOTE003")] == []


def test_a_pull_quote_is_no_second_speaker() -> None:
    text = ("Ferry votes\n\n"
            "“When the board said, ‘We think the bridge is a good idea,’ that changed something for everyone "
            "in the town,” said Rev. Peter Mole, then vicar of St Anne's in Dunmore.\n\n"
            "\"The bridge vote changed everything. The minute it passed, the ferry was going to lose its riders, "
            "and I never minded it. Tom Rees.\"\n\n"
            "Tom Rees, the former mayor, agreed. In an interview that year, he was asked about the ferry. "
            "“The bridge vote changed everything. The minute it passed, the ferry was going to lose its riders, "
            "and I never minded it,” he said.")
    assert [f.code for f in gate_findings(text, "QUOTE003")] == []


def test_the_same_words_from_two_speakers_in_the_body_are_still_reused() -> None:
    text = ("Ferry votes\n\n"
            "\"The bridge vote changed everything in a week,\" Tom Rees said at the dinner.\n\n"
            "\"The bridge vote changed everything in a week,\" said Councillor Peter Mole, mocking him.")
    assert [f.code for f in gate_findings(text, "QUOTE003")] == ["QUOTE003"]


# --- a characterisation with "as" that runs on through an infinitive -----------------------------

def test_a_characterisation_runs_on_through_its_infinitive() -> None:
    body = ("Dozens of councillors condemned the evictions of forty families over the long holiday weekend "
            "as a cruel and pointless attempt to hold back a wave of tenants leaving the estate.")
    assert gate(body, "LOAD003") == []


def test_a_long_way_after_as_without_an_infinitive_is_the_writers() -> None:
    body = "The council stemmed a tide of refugees fleeing the war."
    assert gate(body, "LOAD003") == [("LOAD003", "tide of")]
    body = "He served as mayor of the little coastal town for years before the shameful vote."
    assert gate(body, "LOAD001") == [("LOAD001", "shameful")]


# --- a person's own identity with "self-professed" --------------------------------------------------

def test_a_self_professed_identity_is_the_persons_declaration() -> None:
    assert gate("A self-professed independent, the shopkeeper said he would back whoever fixed the harbour.",
                "LOAD005") == []
    assert gate("Tom Rees, a self-proclaimed fiscal conservative, voted against the harbour loan.", "LOAD005") == []


def test_a_self_proclaimed_title_or_standing_is_still_doubted() -> None:
    body = "The self-proclaimed independent expert had worked for the developer for ten years."
    assert gate(body, "LOAD005") == [("LOAD005", "self-proclaimed")]
    assert gate("The self-professed billionaire paid no rates on the depot.", "LOAD005") == [("LOAD005", "self-professed")]


# --- an onslaught of messages or advertisements is a volume of them ---------------------------------

def test_an_onslaught_of_advertising_is_a_volume() -> None:
    assert gate("A council advertising onslaught will hit every letterbox in the next two months.", "LOAD001") == []
    assert gate("Voters braced for an onslaught of robocalls before the count.", "LOAD001") == []


def test_an_onslaught_of_people_or_lawsuits_is_still_the_writers() -> None:
    assert gate("The mayor faced an onslaught of critics at the meeting.", "LOAD001") == [("LOAD001", "onslaught")]
    assert gate("The onslaught of lawsuits against the mayor continued.", "LOAD001") == [("LOAD001", "onslaught")]


def test_what_messages_say_is_still_judged() -> None:
    assert gate("A donor paid a pilot to write nasty messages above the stadium.", "LOAD001") == [("LOAD001", "nasty")]


# --- the terms a characterising verb puts its object in ---------------------------------------------

def test_the_terms_a_speaker_paints_in_are_the_speakers() -> None:
    body = "Councillors said the harbour was at risk. Some painted the dispute in grave, nearly apocalyptic, terms."
    assert gate(body, "LOAD002") == []


def test_an_agentless_passive_or_a_plain_adjective_stays_the_writers() -> None:
    assert gate("The dispute was described in apocalyptic terms.", "LOAD002") == [("LOAD002", "apocalyptic")]
    assert gate("The report painted a picture of an apocalyptic flood.", "LOAD002") == [("LOAD002", "apocalyptic")]


# --- a noun phrase whose relative clause reports what someone says of it ---------------------------

def test_what_a_speaker_argues_of_a_noun_phrase_is_the_speakers() -> None:
    body = "The candidate spoke of a feckless ruling class that he argued was wrecking the town."
    assert gate(body, "LOAD001") == []
    assert gate("The mayor proposed a reckless plan which she says will save the harbour.", "LOAD001") == []


def test_the_writers_own_belief_or_a_clause_of_no_saying_stays_the_writers() -> None:
    assert gate("It is a reckless plan that I think will ruin the harbour.", "LOAD001") == [("LOAD001", "reckless")]
    body = "The feckless council that he said nothing about closed the depot."
    assert gate(body, "LOAD001") == [("LOAD001", "feckless")]
    body = "Tom Rees slammed other councillors, who he said were much less faithful to the mayor."
    assert gate(body, "LOAD001") == [("LOAD001", "slammed")]
