"""Classes of false alarm a standards editor marked in a third round of samples of gate
findings on US political copy (issue 12): a judgement that is the object complement of a
judging verb ("voters who find the mayor intolerable"), a portrayal with "as" across a
title's abbreviation ("portrayed Mr. Hale as nasty"), words inside an embedded post that
names its author, history's own labels ("the WWII dictator"), and a contributor's closing
line that makes a piece an op-ed. Every text here is our own; each class has texts that
must not be flagged and ones that still must."""

from __future__ import annotations

from conftest import gate_findings
from linter import lint_text
from linter.analyse import embeds
from linter.lint.config import Settings
from linter.lint.engine import Linter


def gate(body: str, select: str) -> list[tuple[str, str]]:
    """Gate findings (warnings and errors) of one rule on a story with a plain headline."""
    return [(f.code, f.text) for f in gate_findings("Council news\n\n" + body, select)]


# --- "voters who find the mayor intolerable": the subject's verdict -----------------------------

def test_the_complement_of_find_is_the_finders_verdict() -> None:
    assert gate("The party has become a home for commuters who find the mayor intolerable.", "LOAD001") == []
    assert gate("He now disowns the bypass scheme that his own voters find so toxic.", "LOAD001") == []


def test_the_complement_of_call_and_deem_is_the_subjects() -> None:
    assert gate("Residents call the mayor cowardly because he will not close the depot.", "LOAD001") == []
    assert gate("The auditors deemed the council's spending reckless in a report on Friday.", "LOAD001") == []


def test_a_word_with_no_object_before_it_is_the_writers() -> None:
    # "found a ruthless way": the word describes the object, nobody's verdict is reported
    assert gate("The mayor found a ruthless way to cut the bus budget.", "LOAD001") == [("LOAD001", "ruthless")]
    # a possessive before it: "found the county's most ruthless landlord" names a person found
    assert gate("Inspectors found the county's most ruthless landlord in a flat above the shop.",
                "LOAD001") == [("LOAD001", "ruthless")]


def test_the_writers_own_finding_and_a_passive_stay_the_writers() -> None:
    assert gate("I find the mayor's plan reckless.", "LOAD001") == [("LOAD001", "reckless")]
    assert gate("The mayor's plan was deemed reckless.", "LOAD001") == [("LOAD001", "reckless")]
    assert gate("Campaigners called for a ruthless purge of the council.", "LOAD001") == [("LOAD001", "ruthless")]


# --- "portrayed Mr. Hale as nasty": a title's full stop is no clause break ----------------------

def test_a_portrayal_with_as_across_a_title_is_the_subjects() -> None:
    assert gate("The governor portrayed Mr. Hale as a nasty and petty official.", "LOAD001") == []
    assert gate("The bishop singled out Dr. Hale's attack on the widow as beyond the pale.", "LOAD001") == []


def test_the_writers_own_description_of_mr_hale_is_flagged() -> None:
    assert gate("Mr. Hale is a nasty and petty official.", "LOAD001") == [("LOAD001", "nasty"), ("LOAD001", "petty")]


# --- an embedded post that names its author: the poster's words ----------------------------------

_TAGGED = ('Councillors reacted within the hour.\n\n<tweet pic="" author="CllrJaneDoe" timestamp="1449075600" '
           'tweet_id="1">This senseless and horrific closure must be reversed.</tweet>.\n\n'
           'The depot closes on Friday.')


def test_a_tagged_post_with_its_author_is_the_posters() -> None:
    assert gate(_TAGGED, "LOAD001") == []


def test_a_post_copied_with_its_credit_line_is_the_posters() -> None:
    body = ("Councillors reacted within the hour.\n\nThis shameful closure must be reversed now "
            "— Jane Doe (@cllrjanedoe) June 29, 2016\n\nThe depot closes on Friday.")
    assert gate(body, "LOAD001") == []


def test_the_same_words_outside_the_post_are_the_writers() -> None:
    assert gate(_TAGGED + " It was a senseless decision.", "LOAD001") == [("LOAD001", "senseless")]
    # markup with no author names no poster
    body = "Councillors reacted.\n\n<tweet>This senseless closure must be reversed.</tweet>."
    assert gate(body, "LOAD001") == [("LOAD001", "senseless")]


def test_post_spans_are_the_post_element_or_the_credited_paragraph() -> None:
    text = 'Before.\n\n<tweet tweet-author="@jdoe" tweet-date="May 1, 2016">Shut it down now<tweet/>.\n\nAfter.'
    (a, b), = embeds.spans(text)
    assert text[a:b] == '<tweet tweet-author="@jdoe" tweet-date="May 1, 2016">Shut it down now<tweet/>'
    text = "Before.\n\nShut it down now — Jane Doe (@jdoe) May 1, 2016\n\nAfter."
    (a, b), = embeds.spans(text)
    assert text[a:b] == "Shut it down now"


def test_a_post_left_in_the_markups_attribute_is_the_posters() -> None:
    body = ('The host listed his reasons.\n\n<tweet tweet-author="@host" tweet-date="\n— Cut the senseless '
            'rules.">Here are my reasons:<tweet/>.\n\nThe list went viral.')
    assert gate(body, "LOAD001") == []


# --- history's own labels ---------------------------------------------------------------------

def test_a_label_of_a_figure_of_settled_history_is_literal() -> None:
    assert gate("The quote was in fact from WWII Italian dictator Benito Mussolini, not the mayor.", "LOAD003") == []
    assert gate("She hoped he would repeat a line from the WWII fascist without checking.", "LOAD003") == []


def test_the_same_labels_for_a_living_politician_are_flagged() -> None:
    assert gate("The mayor is a dictator in all but name.", "LOAD003") == [("LOAD003", "dictator")]
    assert gate("The mayor's fascist allies marched again.", "LOAD003") == [("LOAD003", "fascist")]


# --- a contributor's closing line: an op-ed ---------------------------------------------------------

_OPED = ("Why the county must keep its buses\n\n"
         "The county's buses run less often than they did ten years ago, and the fares have doubled. "
         "Three routes were cut in the spring and two more will go in the autumn. Passengers in the villages "
         "now wait an hour or more for a bus into town, and many have given up. The council has a budget of "
         "four million a year for transport and spends most of it on school travel. A franchise could change "
         "that, and the reckless cuts must stop.{mine}\n\n{close}\n")
_MINE = " I have watched my neighbours sell their cars, and I know what it costs them."


def genre(text: str) -> tuple[str, tuple[str, ...]]:
    g = lint_text(text, "txt", linter=Linter(Settings())).profiles[0].genre
    return g.name, g.evidence


def test_a_contributors_closing_line_and_the_writers_own_i_make_an_op_ed() -> None:
    for close in ("Helen Marsh is a professor of transport policy at Kelmouth University and the author of "
                  "Last Bus Home.",
                  "Ms. Marsh is director of the Rural Transport Trust.",
                  "Follow her on Twitter @helenmarsh."):
        text = _OPED.format(mine=_MINE, close=close)
        name, evidence = genre(text)
        assert name == "opinion" and any("closing" in e for e in evidence), close
        assert gate_findings(text, "LOAD001") == []


def test_a_closing_line_about_a_contributor_never_named_before_is_enough_without_the_writers_i() -> None:
    # stop 23 changed this: a closing line of its own about a writer the piece never named is
    # how US op-eds end (a judged PolNeAR population held about 20 false alarms in such
    # pieces); a source introduced earlier keeps the story news (the test after next)
    text = _OPED.format(mine="", close="Helen Marsh is a professor of transport policy at Kelmouth University.")
    assert genre(text)[0] == "opinion"


def test_a_columnists_sign_off_alone_makes_a_column() -> None:
    name, evidence = genre(_OPED.format(mine="", close="Twitter: @helenmarsh."))
    assert name == "opinion" and any("closing" in e for e in evidence)


def test_a_news_story_ending_with_a_plain_sentence_is_news() -> None:
    for close in ("The House is likely to vote on the president's budget next week.",
                  "The consultation closes in May.",
                  "And Hale is president of the union for another year."):
        assert genre(_OPED.format(mine=_MINE, close=close))[0] == "news", close
    assert [f.text for f in gate_findings(_OPED.format(mine=_MINE, close="The consultation closes in May."), "LOAD001")] == [
        "reckless"]


def test_a_source_introduced_early_in_a_news_story_is_no_closing_line() -> None:
    text = _OPED.format(mine=_MINE, close="The consultation closes in May.\n\nThe council will decide in the summer.")
    text = text.replace("The county's buses", "Helen Marsh is a professor of transport policy at Kelmouth.\n\n"
                        "The county's buses", 1)
    assert genre(text)[0] == "news"


def test_a_participle_with_degree_words_is_a_passive_and_stays_the_writers() -> None:
    assert gate("Fare dodging was an offence thought so heinous that the council hired guards.",
                "LOAD001") == [("LOAD001", "heinous")]


# --- a fact-check's stated verdict, and a claim someone disputes ---------------------------------

def test_a_stated_verdict_on_a_claim_is_no_hint_of_doubt() -> None:
    assert gate("The mayor wrongly claimed that the depot had closed.", "ATTR003") == []
    assert gate("The show repeated the debunked claim that the mayor opposed the depot.", "ATTR003") == []
    assert gate("The spokeswoman challenged the assertion that Hale had ever attacked the mayor.", "ATTR003") == []


def test_a_bare_claim_still_casts_doubt() -> None:
    assert gate("The mayor claimed that the depot had closed.", "ATTR003") == [("ATTR003", "claimed")]
    assert gate("The show repeated the mayor's claim that the depot had closed.", "ATTR003") == [("ATTR003", "claim")]


# --- a term of art: a naval rank ---------------------------------------------------------------

def test_a_naval_rank_is_a_term_of_art() -> None:
    assert gate("Her uncle served as a chief petty officer in the navy.", "LOAD001") == []


def test_petty_in_the_writers_voice_is_flagged() -> None:
    assert gate("The mayor's petty row with the council went on.", "LOAD001") == [("LOAD001", "petty")]


# --- a memory or a view pinned on someone with "as" ---------------------------------------------------

def test_remembering_someone_as_is_the_rememberers() -> None:
    assert gate("James Hale remembers the mayor as a larger-than-life figure at the lodge.", "LOAD002") == []
    assert gate("The mayor was a larger-than-life figure at the lodge.", "LOAD002") == [
        ("LOAD002", "larger-than-life")]


# --- a connective after an embedded post weighs the poster's words ----------------------------------

def test_a_connective_after_an_embedded_post_is_no_undercutting() -> None:
    body = ('The mayor posted his view on Friday.\n\n<tweet tweet-author="@mayorhale" tweet-date="May 1, 2016">'
            'The depot must close, but not yet<tweet/>.\n\nNevertheless, Hale said the depot would close in May.')
    assert gate(body, "OPIN003") == []
    plain = ("The depot has lost money for ten years.\n\n"
             "Nevertheless, Hale said the depot would stay open.")
    assert gate(plain, "OPIN003") == [("OPIN003", "Nevertheless,")]


# --- a quotation given back to its own speaker is not reused under another ---------------------------

def test_a_word_credited_again_to_its_own_speaker_is_not_reused() -> None:
    body = ("Mr. Hale said on Monday that the mayor's \"negatives\" were temporary.\n\n"
            "Mr. Hale acknowledged the mayor's deep unpopularity - his \"negatives,\" Hale called them - "
            "but said they would pass.")
    assert gate(body, "QUOTE003") == []


def test_a_word_wrapped_by_someone_else_is_still_reused() -> None:
    body = ("The minister said the budget was \"balanced\" on Monday.\n\n"
            "Critics mocked her insistence on a \"balanced\" budget.")
    assert gate(body, "QUOTE003") == [("QUOTE003", '"balanced"')]



# --- the wording of a law the sentence before names --------------------------------------------------

_LAW = ("Under the Rural Transport Improvement Act, which the governor signed in March, the council must publish "
        "a plan six months ahead. Grants go to bus firms and {q}")


def test_a_quotation_after_a_named_law_is_its_wording() -> None:
    body = _LAW.format(q='"any other operator that the board has found to serve at least three villages."')
    assert gate(body, "QUOTE002") == []


def test_a_quotation_after_plain_prose_still_needs_a_speaker() -> None:
    body = ("The council must publish a plan six months ahead. Grants go to bus firms and "
            '"any other operator that the board has found to serve at least three villages."')
    assert gate(body, "QUOTE002") == [(
        "QUOTE002", '"any other operator that the board has found to serve at least three villages."')]


def test_a_quotation_whose_speaker_the_next_sentence_names_has_one() -> None:
    body = ("\"The buses come. The buses go. But the depot will never close.\"\n\n"
            "So says the narrator at the end of the council's new film, shown on Friday.")
    assert gate(body, "QUOTE002") == []
    body = ("\"The buses come. The buses go. But the depot will never close.\"\n\n"
            "The council's new film was shown on Friday.")
    assert gate(body, "QUOTE002") == [("QUOTE002", '"The buses come. The buses go. But the depot will never close."')]


def test_as_the_speaker_had_written_names_the_speaker() -> None:
    body = "As the trade columnist Mary Jessop had written a few years earlier, \"We could not run this town without Tom Reilly.\""
    assert gate(body, "QUOTE002") == []
    body = "As the years went on, \"We could not run this town without Tom Reilly.\""
    assert gate(body, "QUOTE002") == [("QUOTE002", '"We could not run this town without Tom Reilly."')]
