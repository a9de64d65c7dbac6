"""Classes of LOAD false alarm a strict standards editor marked on whole populations of
gate findings (stop 25), where the loaded word is someone else's, not the writer's: the
infinitive a directing verb asks of its object ("aides urged him to make the debate a
game-changer", "his wife warned him not to get too nasty") is the adviser's words.
Every text here is our own; each class has texts that must not be flagged and ones that
still must."""

from __future__ import annotations

from conftest import gate_findings


def gate(body: str, select: str) -> list[tuple[str, str]]:
    """Gate findings (warnings and errors) of one rule on a story with a plain headline."""
    return [(f.code, f.text) for f in gate_findings("Council news\n\n" + body, select)]


# --- the infinitive a directing verb asks of its object -------------------------------------------

def test_what_an_adviser_urges_is_the_advisers() -> None:
    assert gate("Neighbours are urging the mayor to make the next hearing a game-changer.", "LOAD002") == []
    assert gate("His aide had warned him not to get too nasty in his replies.", "LOAD001") == []
    assert gate("The chairman pressed the board to reject the shameful offer.", "LOAD001") == []


def test_the_writers_own_advice_and_a_passive_stay_the_writers() -> None:
    assert gate("I urge readers to reject this shameful plan.", "LOAD001") == [("LOAD001", "shameful")]
    assert gate("He was urged to drop the shameful plan.", "LOAD001") == [("LOAD001", "shameful")]


def test_a_preposition_to_opens_no_advice() -> None:
    body = "Asked whether this amounted to the party's shameful plan, the chairman said nothing."
    assert gate(body, "LOAD001") == [("LOAD001", "shameful")]
    body = "The reporters pressed him on his links to the shameful scheme."
    assert gate(body, "LOAD001") == [("LOAD001", "shameful")]
