"""Signed columns recognised by their structure: a standfirst that names the writer the
way columns do ("..., argues economist Jane Smith.", "Jane Smith thinks it is time."), a
byline naming the slot, with the writer's own "I" in the copy. A news standfirst with a
named expert and no first person of the writer's own is news; so is a story whose "I
think" is a speaker's, in quotation marks."""

from __future__ import annotations

from linter import lint_text
from linter.lint.config import Settings
from linter.lint.engine import Linter


def genre(text: str) -> tuple[str, tuple[str, ...]]:
    g = lint_text(text, "txt", linter=Linter(Settings())).profiles[0].genre
    return g.name, g.evidence


_BODY = ("The county's buses run less often than they did ten years ago, and the fares have doubled. {i} "
         "Three routes were cut in the spring and two more will go in the autumn, the operator said. "
         "Passengers in the villages now wait an hour or more for a bus into town, and many have given up. "
         "{ii} The council has a budget of £4m a year for transport and spends most of it on school travel. "
         "A new franchise could change that, but it would take years to set up and the money is not there. "
         "Other counties have tried it, with mixed results, and the operators are opposed.\n\n"
         "The consultation closes in May. The council will decide in the summer whether to go ahead.\n")


def test_a_standfirst_signed_by_the_writer_and_the_writers_own_i_make_a_column() -> None:
    text = ("Time to take the buses back\n\nThe county's buses are failing the villages, argues transport writer "
            "Helen Marsh.\n\n" + _BODY.format(i="My own village lost its last evening bus in March.",
                                             ii="I have watched neighbours sell their cars and then regret it."))
    name, evidence = genre(text)
    assert name == "opinion" and any("Helen Marsh" in e for e in evidence)


def test_the_writer_named_before_the_verb_and_a_byline_naming_the_slot() -> None:
    for standfirst in ("The buses are failing the villages. Helen Marsh thinks it is time for a change.",
                       "Helen Marsh | Comment"):
        text = ("Time to take the buses back\n\n" + standfirst + "\n\n"
                + _BODY.format(i="My own village lost its last evening bus in March.",
                               ii="I have watched neighbours sell their cars and then regret it."))
        assert genre(text)[0] == "opinion", standfirst


def test_a_news_standfirst_with_a_named_expert_is_news() -> None:
    text = ("Bus fares to rise again\n\nFares will rise by a tenth in May, warns transport economist Helen "
            "Marsh.\n\n" + _BODY.format(i="", ii=""))
    assert genre(text)[0] == "news"


def test_a_speakers_i_think_in_quotation_marks_is_not_the_writers() -> None:
    text = ("Bus fares to rise again\n\nFares will rise by a tenth in May, the operator said.\n\n"
            + _BODY.format(i="\"I think we have been let down,\" said Ann Reed, who lives in Upper Dene.",
                           ii="\"I think the council has given up on us,\" said her neighbour, Tom Pryce."))
    assert genre(text)[0] == "news"


# --- a contributor's op-ed: a closing line of its own about a writer the piece never named ----

_OPED = ("Rural buses deserve better\n\n"
         "The county's buses run less often than they did ten years ago, and the fares have doubled. "
         "Three routes were cut in the spring and two more will go in the autumn. "
         "Passengers in the villages now wait an hour for a bus into town.\n\n"
         "The council has a budget of £4m a year for transport and spends most of it on school travel. "
         "A franchise could change that, but it would take years to set up.\n\n"
         "The consultation closes in May, and the council should listen to the villages.\n\n")


def test_a_closing_line_about_an_unnamed_contributor_makes_an_oped() -> None:
    for bio in ("Helen Marsh, a transport campaigner, is director of the Rural Transport Trust.",
                "Ms. Marsh is a professor of planning at Kelmouth University."):
        name, evidence = genre(_OPED + bio + "\n")
        assert name == "opinion" and any("Marsh" in e for e in evidence), bio


def test_a_closing_line_about_someone_the_story_quoted_is_news() -> None:
    news = _OPED.replace("The consultation closes in May, and the council should listen to the villages.",
                         "“We cannot run buses on goodwill,” said Helen Marsh, who campaigns for the villages.")
    name, _ = genre(news + "Ms. Marsh is director of the Rural Transport Trust.\n")
    assert name == "news"


def test_a_closing_line_that_is_not_about_a_person_is_news() -> None:
    name, _ = genre(_OPED.replace("and the council should listen to the villages.", "the council said.")
                    + "The Rural Transport Trust is a charity based in Kelmouth.\n")
    assert name == "news"
