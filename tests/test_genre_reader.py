"""The reader addressed in the writer's voice ("If you are a keen cyclist, your old lights
will not do") is the person kind of aside beside the writer's own "I" and "we": a preview, a
review or a column talks to its reader, a news story leaves "you" to the people it quotes.
Sustained and with another kind of aside it makes the piece analysis; "you" inside
quotations, or once in passing, leaves a news story news. Every text here is our own."""

from __future__ import annotations

from test_genre_asides import genre
from test_genre_selfnamed import PLAIN

PREVIEW = ("The year ahead for cyclists\n\n"
           "If you are a keen cyclist, the next twelve months look like being expensive. Your old "
           "lights will not pass the new test, and the new ones are not cheap.\n\n" + PLAIN + "\n\n"
           "Of course, the shops say prices will settle. Until they do, you may want to keep the "
           "receipt for anything you buy this winter.\n\n"
           "The council's new lanes open in March, and the bridge reopens in May.\n")


def test_a_piece_that_talks_to_its_reader_is_analysis() -> None:
    name, evidence = genre(PREVIEW)
    assert name == "analysis"
    assert any("first person" in e for e in evidence)


def test_you_inside_quotations_is_the_speakers() -> None:
    text = ("Cycle lights rule approved\n\n"
            "\"If you ride at night, your lights must pass the new test,\" said Ann Reed, the council's "
            "transport lead. \"You will have until March,\" she said.\n\n" + PLAIN + "\n\n"
            "\"Your old lights will not do,\" Tom Pryce, a shop owner, said.\n\n" + PLAIN + "\n")
    assert genre(text)[0] == "news"


def test_one_you_in_passing_leaves_news_news() -> None:
    text = ("Cycle lights rule approved\n\n" + PLAIN + "\n\nThe new test applies to any light you can "
            "buy in the city's shops. " + PLAIN + "\n\n" + PLAIN + "\n")
    assert genre(text)[0] == "news"
