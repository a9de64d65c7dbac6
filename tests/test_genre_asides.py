"""Commentary without a label, recognised from the writer's asides: a correspondent's
analysis or a sketch whose byline the copy lost talks to the reader ("Well, ...", "So why
...?", "I'll wager ..."), sustained over the piece and of more than one kind. It is read as
analysis: word choice is info, sourcing rules keep their level. A news story with one
rhetorical question, or whose "I think" and "So what?" are a speaker's, stays news."""

from __future__ import annotations

from linter import lint_text
from linter.lint.config import Settings
from linter.lint.engine import Linter
from test_genre_selfnamed import PLAIN


def result(text: str):
    return lint_text(text, "txt", linter=Linter(Settings()))


def genre(text: str) -> tuple[str, tuple[str, ...]]:
    g = result(text).profiles[0].genre
    return g.name, g.evidence


SKETCH = ("Budget night at the town hall\n\n"
          "So what does a council leader do when the money runs out?\n\n"
          "She blames the government, of course. Ann Reed spent the first half hour of the budget debate "
          "listing the grants her council had lost. Well, nobody in the chamber was surprised. "
          "I have sat through eleven of these meetings, and the script rarely changes.\n\n"
          "The opposition leader, Tom Pryce, had his own routine: a slashing attack on the events budget. "
          "Inevitably, the vote went the leader's way, by 31 to 12. " + PLAIN + "\n\n"
          "Members filed out into the rain a little after ten, and the public gallery was empty long before.\n")


def test_a_sketch_full_of_the_writers_asides_is_analysis_with_its_evidence() -> None:
    name, evidence = genre(SKETCH)
    assert name == "analysis"
    assert any("writer's asides" in e for e in evidence)


def test_in_commentary_word_choice_is_info_and_sourcing_keeps_its_level() -> None:
    text = SKETCH.replace("a slashing attack", "a scathing attack") + "\nCritics say the rise is too steep.\n"
    findings = result(text).findings
    load = [f for f in findings if f.code.startswith("LOAD") and "scathing" in f.text]
    assert load and all(f.severity == "info" for f in load)
    assert any(f.code == "ATTR001" and f.severity != "info" for f in findings)


def test_one_rhetorical_question_and_a_speakers_i_think_stay_news() -> None:
    text = ("Council raises tax by 4%\n\n" + PLAIN + "\n\nSo what will it cost a typical household?\n\n"
            "About £70 a year. \"I think people will understand,\" Ms Reed said. \"So what if it is "
            "unpopular? We had no choice,\" she added. \"I would do it again.\"\n\n" + PLAIN + "\n")
    assert genre(text)[0] == "news"


def test_initialisms_numerals_and_news_openers_are_not_asides() -> None:
    # "F.B.I." and "World War I" hold no first person; "So far" and "Well over" are news copy's own
    text = ("Inquiry widens\n\n" + PLAIN + "\n\nSo far, the F.B.I. team in Kelmouth has questioned 40 witnesses. "
            "Well over half of them served in the I.R.S. office. The building dates from World War I. "
            "So far no charges have been brought. Well over 100 documents were seized.\n\n" + PLAIN + "\n")
    assert genre(text)[0] == "news"


def test_readers_comments_appended_to_a_story_do_not_make_it_commentary() -> None:
    comments = "".join(
        f"\n\n{c}\n{who}" for c, who in (
            ("I think the council has got this wrong. Why should we pay more for less?", "Jane Hall, Upton"),
            ("So what happens next year? I doubt my bill will ever come down.", "Peter Lamb, Dene"),
            ("We moved here for the services. I am not sure we would now.", "Ruth Okafor, Kelmouth")))
    text = "Council raises tax by 4%\n\n" + "\n\n".join([PLAIN] * 5) + comments + "\n"
    name, evidence = genre(text)
    assert name == "news" and any("readers' comments" in e for e in evidence)


def test_the_reporter_spoken_to_is_no_aside() -> None:
    # "spoke to us", "talked to me": the reporter at an interview, not the writer talking to the reader
    text = ("Depot to close in spring\n\nThe depot's manager spoke to us on Friday at the gates. " + PLAIN
            + "\n\nHer deputy also spoke to me at the gates. " + PLAIN
            + "\n\nThe union's organiser spoke to us on Monday at its office. " + PLAIN
            + "\n\nWill the depot reopen? The council says not.\n")
    assert genre(text)[0] == "news"


def test_a_capitalised_our_inside_a_sentence_is_a_name_not_the_writer() -> None:
    # a campaign group called "Our Future Now", named three times in a news story with one
    # question: no writer's "our" in it
    text = ("Campaign group opens an office\n\nThe campaign group Our Future Now opened its first office "
            "in Kelmouth on Monday. " + PLAIN + "\n\nVolunteers from Our Future Now delivered leaflets to "
            "2,000 homes, its organiser, Ann Reed, said. Members of Our Future Now will meet again in May.\n\n"
            "What will the group campaign on next? Its organiser said housing would come first.\n")
    assert genre(text)[0] == "news"


def test_the_writers_our_and_my_opening_a_sentence_still_count() -> None:
    text = ("Budget night at the town hall\n\nSo what does a council leader do when the money runs out? "
            "She blames the government.\n\nOur councillors have heard this speech before. " + PLAIN
            + "\n\nMy notebook from last year holds the same lines. The vote went the leader's way.\n")
    name, evidence = genre(text)
    assert name == "analysis" and any("first person 2" in e for e in evidence)
