"""A correspondent's analysis weighs and forecasts in the writer's own voice ("either way",
"the question is whether", "will almost certainly"): the fourth kind of aside, beside
openers, questions and the first person. Sustained and with another kind, it makes the
piece analysis; a news story with one such phrase, or whose forecast is a source's, stays
news. An "I" in a title written in title case ("What'd I Say") is not the writer's."""

from __future__ import annotations

import re
import sys

from linter import readers
from linter.analyse.annotate import annotate
from linter.analyse.asides import KINDS, count
from linter.analyse.genre import _table as genre_table
from linter.analyse.prefilter import needs
from linter.model.source import Source
from test_genre_asides import genre
from test_genre_columns import _OPED
from test_genre_selfnamed import PLAIN

ANALYSIS = ("Harbour vote leaves the mayor exposed\n\n"
            "The mayor has won the vote on the harbour plan, but only just, and the margin will "
            "almost certainly come back to haunt her. Either way, the row is far from over.\n\n"
            "There are two readings of the result. The first is that the opposition ran out of "
            "arguments; the second is that it ran out of time. " + PLAIN + "\n\n"
            "The question is whether the mayor can hold her group together until the autumn. "
            "Can she persuade the waverers that the cost is worth it?\n\n"
            "The harbour board meets again in June, and the contract goes out to tender in July.\n")


def test_an_analysis_that_weighs_and_forecasts_is_analysis_with_its_evidence() -> None:
    name, evidence = genre(ANALYSIS)
    assert name == "analysis"
    assert any("stance" in e for e in evidence)


def test_a_news_story_with_one_forecast_and_one_question_stays_news() -> None:
    text = ("Harbour plan approved\n\n" + PLAIN + "\n\nThe work will probably start in the spring. "
            + PLAIN + "\n\nWhat happens to the fishing fleet? The board said it would stay.\n\n" + PLAIN + "\n")
    assert genre(text)[0] == "news"


def test_a_question_a_meeting_weighed_in_the_past_is_not_the_writers() -> None:
    text = ("Review of the harbour plan\n\nA key question was whether the board should sell the quay. "
            "Inevitably, the vote was close.\n\nWhat happens now? The board meets in June.\n\n" + PLAIN + "\n")
    assert genre(text)[0] == "news"
    assert genre(text.replace("A key question was whether", "The key question is whether"))[0] == "analysis"


def test_a_sources_forecast_is_not_the_writers_stance() -> None:
    # the same weighing, said by named people (quoted, or reported with "said"), is theirs
    text = ("Harbour vote passes\n\n"
            "\"Either way, the row is far from over,\" said Ann Reed, the opposition leader. "
            "The mayor said the question was whether the contract could be signed by July.\n\n" + PLAIN
            + "\n\n\"The margin will almost certainly come back to haunt her,\" Tom Pryce said. "
            "\"Can she hold her group together?\" he asked.\n\n" + PLAIN + "\n")
    assert genre(text)[0] == "news"


def test_an_i_in_a_song_title_is_not_the_writers_first_person() -> None:
    # a musician's catalogue in title case: "I've Got A Woman", "What'd I Say", "Hallelujah, I Love Her So"
    text = ("Singer's albums reissued\n\n"
            "The reissue includes I've Got A Woman and What'd I Say, both recorded in the 1950s. " + PLAIN
            + "\n\nThe set closes with Hallelujah, I Love Her So and a live recording of I Can't Stop "
            "Loving You. " + PLAIN + "\n\nSo who is buying them? The label said most orders came from "
            "collectors.\n")
    assert genre(text)[0] == "news"
    # the writer's own "I" still counts ("I have heard", "I've seen")
    own = text.replace("The reissue includes", "I have heard them all, and I've seen the set. It includes")
    assert _first_person(own) == 1 and _first_person(text) == 0


def _first_person(text: str) -> int:
    """Sentences with the writer's first person, as the commentary profile counts them."""
    doc = annotate(readers.parse(Source("t.txt", text), "txt")[0])
    spec = next(g.asides for g in genre_table().genres if g.asides is not None)
    return count(doc, spec, doc.speech_mask()).kinds[KINDS.index("first person")]


# --- a long column: asides of three kinds, each now and then -------------------------------

def _long(asides: list[str]) -> str:
    """Seven paragraphs of plain council copy with one aside opening each of the first ones."""
    paragraphs = [f"{a} {PLAIN}" for a in asides] + [PLAIN] * (7 - len(asides))
    return "The budget, again\n\n" + "\n\n".join(paragraphs) + "\n"


def test_a_long_column_with_asides_of_three_kinds_is_analysis_at_a_lower_share() -> None:
    # four asides in 46 sentences (under a tenth), of three kinds: opener, question, "we"
    text = _long(["Of course, the budget was never going to be easy.", "Who pays for all this?",
                  "We have heard the same promise every spring.", "Inevitably, the rise went through."])
    name, evidence = genre(text)
    assert name == "analysis" and any("4 of 46" in e for e in evidence)


def test_a_long_story_with_asides_of_two_kinds_at_that_share_stays_news() -> None:
    text = _long(["Of course, the budget was never going to be easy.", "Who pays for all this?",
                  "What does the rise mean for a typical household?", "Inevitably, the rise went through."])
    assert genre(text)[0] == "news"


# --- a contributor's line saying what the writer does, or with a long appositive --------------------------------------


def test_a_closing_line_saying_where_an_unnamed_writer_works_makes_an_oped() -> None:
    for bio in ("Helen Marsh works for the Rural Transport Trust, a charity that campaigns for village buses.",
                "Tom Reed, a former bus driver, writes about transport for the Kelmouth Gazette.",
                # an appositive with commas of its own ("..., Jr.,")
                "Helen Marsh, a former adviser to Mayor Ann Reed, Jr., of Kelmouth, is senior fellow at the "
                "Rural Transport Trust."):
        name, evidence = genre(_OPED + bio + "\n")
        assert name == "opinion" and any("closing" in e for e in evidence), bio


def test_a_closing_line_about_a_source_or_reporting_words_stays_news() -> None:
    news = _OPED.replace("and the council should listen to the villages.", "the council said.")
    # someone the story named before
    named = news.replace("Three routes", "Helen Marsh, a campaigner, counted the cuts. Three routes")
    assert genre(named + "Ms Marsh works for the Rural Transport Trust.\n")[0] == "news"
    # a new person whose words the line reports
    assert genre(news + "Helen Marsh works for the Rural Transport Trust and said the cuts would hurt.\n")[0] == "news"


def test_every_stance_phrase_holds_one_of_the_stance_words() -> None:
    # the pattern runs only in sentences holding one of the words: every string that any match
    # must contain (the pre-filter's need set) has one of them as a whole word
    spec = next(g.asides for g in genre_table().genres if g.asides is not None)
    sets = needs(spec.stance.pattern, re.IGNORECASE)
    assert sets or sys.implementation.name != "cpython"
    for strings in sets[:1]:
        for s in strings:
            assert set(re.findall(r"[a-z]+", s)) & spec.stance_words, s
