"""A column that names itself ("this column", "my column", "this editorial") is opinion;
a news story quoting a columnist's "my column" in quotation marks stays news."""

from __future__ import annotations

from linter import lint_text
from linter.lint.config import Settings
from linter.lint.engine import Linter

PLAIN = ("The council met on Tuesday to set next year's budget for the district. "
          "Members voted by 31 to 12 to raise the precept by 4%, the largest rise in a decade. "
          "The leader of the council, Ann Reed, said the money would go to social care. "
          "The opposition group proposed a smaller rise and cuts to the events budget. "
          "Its amendment was defeated after a debate that lasted more than two hours. "
          "The new rate takes effect in April and will be shown on bills sent out in March. ")


def genre(text: str) -> tuple[str, tuple[str, ...]]:
    g = lint_text(text, "txt", linter=Linter(Settings())).profiles[0].genre
    return g.name, g.evidence


def test_a_column_that_names_itself_is_opinion() -> None:
    text = ("The tax code needs a rewrite\n\n" + PLAIN + "\n\nThat is not the point of this column. "
            "The point is that the rules reward those who can pay for advice.\n\n" + PLAIN + "\n")
    name, evidence = genre(text)
    assert name == "opinion" and any("this column" in e for e in evidence)


def test_a_story_quoting_a_columnist_stays_news() -> None:
    text = ("Columnist leaves paper\n\n" + PLAIN + "\n\n\"I wrote my column every week for twenty years,\" "
            "said Helen Marsh, who is retiring. \"I will miss it, and I think my readers will too.\"\n\n"
            + PLAIN + "\n")
    assert genre(text)[0] == "news"


def test_an_editorials_slot_label_on_a_line_of_its_own_is_opinion() -> None:
    for label in ("Our view", "The Editorial Board"):
        text = "The levy is too high\n\n" + label + "\n\n" + PLAIN + "\n\n" + PLAIN + "\n"
        assert genre(text)[0] == "opinion", label


def test_a_story_about_an_editorial_board_interview_stays_news() -> None:
    text = ("Candidate questioned on transport\n\n" + PLAIN + "\n\nSpeaking to the Kelmouth Courier's "
            "editorial board on Monday, the candidate said the levy was too high. Our view of the budget, she said, "
            "was shaped by the cuts.\n\n" + PLAIN + "\n")
    assert genre(text)[0] == "news"
