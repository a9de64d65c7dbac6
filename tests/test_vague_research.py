"""Vague sources in hand-written copy (stop 25): a bare plural of research ("studies show",
"surveys suggest") keeps the rule's level, while one study or poll stays info. Sentences
are our own; none comes from the evaluation data."""

from __future__ import annotations

from linter import lint_text
from linter.lint.config import Settings
from linter.lint.engine import Linter


def found(text: str, select: str = "ATTR001") -> list[tuple[str, str, str]]:
    """(code, severity, words) of the selected rules' findings, info included."""
    result = lint_text(text, "txt", linter=Linter(Settings(select=select.split(","))))
    return [(f.code, f.severity, f.text) for f in result.findings]


def test_bare_plural_research_is_a_warning() -> None:
    assert found("Studies show that a glass of red wine a day protects the heart.") == [
        ("ATTR001", "warning", "Studies show that")]
    assert found("Studies have found that the new tax will hurt small shops.") == [
        ("ATTR001", "warning", "Studies have found")]
    assert found("Some recent surveys suggest that most commuters would pay more for a seat.") == [
        ("ATTR001", "warning", "Some recent surveys suggest")]


def test_research_with_a_maker_or_a_determiner_is_not_bare() -> None:
    assert found("Studies by the university found that most drivers ignore the limit.") == []
    # one study the story names later stays mild
    named = "A new study found that most drivers ignore the limit. The pupils who ran it were praised.\n\n" \
            "It was a long winter.\n\nThe cold came early.\n\nThe study, by the Road Safety Trust, asked 900 drivers."
    assert [s for _, s, _ in found(named)] == ["info"]
    # named by the verb of surveying, or as research by its makers
    surveyed = "Most drivers ignore the limit, a survey has suggested. More than 2,000 motorists were " \
               "surveyed by road charity Safer Lanes."
    assert [s for _, s, _ in found(surveyed)] in ([], ["info"])
    research = "Most riders lose a glove each winter, according to a survey. The research by the Cycle " \
               "Guild covered nine cities."
    assert [s for _, s, _ in found(research)] in ([], ["info"])
    similar = "The mayor led by ten points in May. A similar survey found that she led by two in June."
    assert [s for _, s, _ in found(similar)] in ([], ["info"])


STORY = "The city council met on Monday.\n\nIt agreed a new budget for the parks.\n\n" \
        "The vote was close.\n\nThe parks will open later in summer.\n\n"


def test_one_survey_the_story_never_names_is_a_warning() -> None:
    assert found(STORY + "A recent survey found that one in four cyclists never wear a helmet.") == [
        ("ATTR001", "warning", "A recent survey found")]
    text = STORY + "Most cyclists ride without lights, according to a survey. The survey asked 500 riders."
    assert [s for _, s, _ in found(text)] == ["warning"]


def test_a_lone_sentence_has_no_story_to_name_its_survey() -> None:
    assert found("A recent survey found that one in four cyclists never wear a helmet.") == [
        ("ATTR001", "info", "A recent survey found")]


def test_research_polls_and_analysts_stay_info() -> None:
    # the mass noun names one study as often as a field
    assert found("Research suggests that the new tax will hurt small shops.") == [
        ("ATTR001", "info", "Research suggests")]
    # political copy cites polls routinely and names the pollster nearby
    assert found("Polls show the mayor is ahead in the eastern wards.") == [
        ("ATTR001", "info", "Polls show")]
    assert [s for _, s, _ in found("Analysts say the bank will cut rates in May.")] == ["info"]


def test_a_crowd_verdict_in_a_field_is_a_vague_source() -> None:
    assert found("Many in the industry considered him the finest producer of his day.") == [
        ("ATTR001", "warning", "Many in the industry considered")]
    assert found("Some within the party regard her as a liability.") == [
        ("ATTR001", "warning", "Some within the party regard")]
    assert found("Others in his own camp now view Smith as the likely winner.") == [
        ("ATTR001", "warning", "Others in his own camp now view")]


def test_a_crowd_weighing_a_thing_or_quoted_is_not_flagged() -> None:
    # a plain object with nothing after it weighs a thing; it judges no one
    assert found("Many in the industry considered the offer carefully.") == []
    assert found("Many in the crowd viewed the parade from the bridge.") == []
    # a speaker's words
    assert found("\u201cMany in the industry considered him a genius,\u201d said his agent.") == []


def test_bare_plural_leading_into_research_named_next_is_mild() -> None:
    """The next sentence names one of the works by its maker: the reader can look it up
    (stop 26); a next sentence that names no research, or names it later, leaves the warning."""
    assert [s for _, s, _ in found("Studies have shown that most office chairs harm posture. A study by "
                                   "the Kelmouth Institute of Ergonomics found that four in five workers slouch.")] == ["info"]
    assert [s for _, s, _ in found("Surveys have shown that most homes waste heat. Research by the energy "
                                   "firms Calder and Vossberg found that lofts lose a third of it.")] == ["info"]
    assert [s for _, s, _ in found("Studies have shown that most office chairs harm posture. Sales of "
                                   "standing desks rose last year.")] == ["warning"]
    assert [s for _, s, _ in found("Studies have shown that most office chairs harm posture. The chairs, by "
                                   "contrast, are cheap. A study by the Kelmouth Institute found more.")] == ["warning"]
