"""QUOTE002 and the convention of a run of quotation paragraphs: once a speaker is
introduced, the quotation paragraphs that follow with no new speaker are theirs, however
long the run. A quotation after prose about someone else, in an exchange where two
people who do not speak, or with no speaker introduced at all still has no speaker."""

from __future__ import annotations

from linter import lint_text
from linter.lint.config import Settings
from linter.lint.engine import Linter


def flagged(text: str) -> list[str]:
    found = lint_text(text, "txt", linter=Linter(Settings(select=["QUOTE002"]))).findings
    return [f.text for f in found if f.severity != "info"]


_HEAD = ("Harbour town rebuilds its pier\n\n"
         "The pier at Eastmouth reopened on Saturday after two years of repairs, the district council said.\n\n"
         "Councillor Tom Brack said the authority was \"proud to have played a part in the work\".\n\n")
_RUN = ("\"We raised every penny ourselves. It came from cake sales and a swim across the bay. Nobody else "
        "would help.\"\n\n"
        "\"There were winters when I thought the whole thing would fall into the sea. I kept going anyway. So "
        "did the others.\"\n\n"
        "\"The council gave us advice but never any money. I will not pretend that did not hurt. It still "
        "does.\"\n\n"
        "\"Some of the volunteers came down every weekend after the storm. They never complained. Not once.\"\n\n"
        "\"I owe them more than I can ever say. So does everyone who walks out here this summer. They should "
        "know that.\"\n\n"
        "\"Next year we want to put the old tea room back. It was the heart of the place. People miss it.\"\n\n"
        "The trust plans a formal opening in June.\n")


def test_a_long_run_of_quotation_paragraphs_continues_the_speaker_named_before_it() -> None:
    intro = "Margaret Ellery, who chairs the pier trust, said the town had waited long enough.\n\n"
    assert flagged(_HEAD + intro + _RUN) == []


def test_a_run_after_a_paragraph_about_someone_else_has_no_speaker() -> None:
    intro = ("Margaret Ellery, who chairs the pier trust, said the town had waited long enough.\n\n"
             "The harbour master, who retired last year, spent forty years on the quay before the storm.\n\n")
    assert flagged(_HEAD + intro + _RUN)


def test_a_run_after_a_paragraph_where_two_people_are_described_but_neither_speaks_is_flagged() -> None:
    intro = ("Margaret Ellery, who chairs the pier trust, said the town had waited long enough.\n\n"
             "Her deputy, Alan Pike, and the treasurer, Ruth Okafor, ran the swim that raised the first money.\n\n")
    assert flagged(_HEAD + intro + _RUN)


def test_quotation_paragraphs_with_no_speaker_introduced_are_flagged() -> None:
    text = ("Harbour town rebuilds its pier\n\n"
            "The pier at Eastmouth reopened on Saturday after two years of repairs.\n\n"
            "Work on the old tea room will start in the spring, once the builders are free.\n\n" + _RUN)
    assert flagged(text)


_PROFILE = ("The consultant who wants to win\n\n"
            "Dana Whitlock said on Monday that she had advised three governors.\n\n"
            "Her rival, Sam Ortiz, said the party had lost its way.\n\n"
            "The party won four seats in the spring and lost two in the autumn.\n\n"
            "Turnout in the county fell for the third election running.\n\n"
            "{intro} \"I was on a ferry to the islands and the party leader was on it too.\" "
            "\"We talked for six hours and by the end I had a job offer in my pocket.\" "
            "\"I have never looked back since that crossing.\"\n")


def test_quotations_running_on_from_one_whose_speaker_the_reader_knows_are_theirs() -> None:
    assert flagged(_PROFILE.format(intro="Whitlock is almost evangelical about the party these days.")) == []


def test_a_run_of_quotations_after_a_sentence_about_nobody_who_speaks_is_one_finding() -> None:
    found = flagged(_PROFILE.format(intro="The party's fortunes have changed this year."))
    assert len(found) == 1 and found[0].startswith("\"I was on a ferry")
