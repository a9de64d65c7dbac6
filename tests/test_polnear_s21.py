"""Classes of false alarm a standards editor marked in a second round of samples of gate
findings on US political copy (issue 12): a description a subject pins on its object with
"as", the phrasal verb "blast out", groups the sentence itself names or refers back to,
a comparison's "anyone", a quoted job title before its holder. Every text here is our
own; each class has texts that must not be flagged and ones that still must."""

from __future__ import annotations

from conftest import gate_findings
from linter import lint_text


def gate(body: str, select: str) -> list[tuple[str, str]]:
    """Gate findings (warnings and errors) of one rule on a story with a plain headline."""
    return [(f.code, f.text) for f in gate_findings("Council news\n\n" + body, select)]


# --- "portrayed X as nasty": the subject's characterisation, reported --------------------------

def test_a_portrayal_with_as_is_the_subjects() -> None:
    assert gate("The governor portrayed the mayor as a nasty and petty official who would wreck the city.",
                "LOAD001") == []


def test_singling_out_a_remark_as_beyond_the_pale_is_the_speakers() -> None:
    assert gate("The senator singled out the mayor's remarks as beyond the pale.", "LOAD001") == []


def test_a_label_the_subject_loves_to_pin_is_the_subjects_but_the_verb_is_not() -> None:
    # ("disparage" itself is information since stop 25: the word for what a remark did)
    text = "It was just the sort of photo-op the mayor likes to slam as fake, yet he turned up."
    assert gate(text, "LOAD001") == [("LOAD001", "slam")]


def test_an_agentless_passive_with_as_stays_the_writers() -> None:
    assert gate("The result can only be described as a disastrous defeat for the mayor.", "LOAD001") == [
        ("LOAD001", "disastrous")]


def test_the_same_words_in_the_writers_voice_and_after_such_as_are_flagged() -> None:
    assert gate("The mayor is a nasty and petty official.", "LOAD001") == [
        ("LOAD001", "nasty"), ("LOAD001", "petty")]
    assert gate("The council funds projects such as the nasty bypass.", "LOAD001") == [("LOAD001", "nasty")]


# --- "blasted out an email": the phrasal verb sends, it does not attack ---------------------------

def test_blasting_out_a_message_is_no_attack() -> None:
    assert gate("The campaign blasted out a fundraising email to supporters on Friday.", "LOAD001") == []


def test_blasting_a_budget_is_still_an_attack_verb() -> None:
    assert gate("The senator blasted the council's budget on Friday.", "LOAD001") == [("LOAD001", "blasted")]


# --- "conflicted" is ambivalence, not a moral verdict ----------------------------------------------

def test_a_conflicted_electorate_is_not_loaded() -> None:
    assert gate("The town is conflicted about the bypass, and the vote is close.", "LOAD001") == []


def test_a_despicable_council_still_is() -> None:
    assert gate("The town has a despicable council.", "LOAD001") == [("LOAD001", "despicable")]


# --- vague groups the sentence names or refers back to ---------------------------------------------

def test_most_of_whom_refers_to_the_list_just_named() -> None:
    text = ("The mayor rolled out backing from 40 former teachers and nurses -- most of whom had "
            "already declared for her -- who cited her record at the school board.")
    assert gate(text, "ATTR001") == []


def test_a_group_listed_by_name_after_the_article_the_is_named() -> None:
    text = "Several unions announced support on Friday, including the Teamsters, the UAW and the SEIU."
    assert gate(text, "ATTR001") == []
    claim = "Several unions announced on Friday that the plan would cost jobs"
    assert gate(claim + ", including the Teamsters, the UAW and the SEIU.", "ATTR001") == []


def test_the_same_group_with_no_list_stays_vague() -> None:
    # a claim: "announced support" with no list is the unions' own act, no source (tests/test_sourcing_records_acts.py)
    assert gate("Several unions announced on Friday that the plan would cost jobs.", "ATTR001") == [
        ("ATTR001", "Several unions announced")]


# --- "anyone": a comparison or a hypothetical reader, never a source --------------------------------

def test_sooner_than_anyone_expected_credits_no_one() -> None:
    text = "The rescue of the village, though, arrived earlier than anyone had guessed. The mayor rallied."
    assert gate(text, "ATTR001") == []


def test_anyone_hoping_is_a_hypothetical_reader() -> None:
    text = "Anyone hoping the mayor will change course should remember that habits are stable after 30."
    assert gate(text, "ATTR001") == []


def test_some_teachers_saying_so_is_still_vague() -> None:
    assert gate("Some teachers said the plan would fail.", "ATTR001") == [("ATTR001", "Some teachers said")]


# --- a quoted job title before its holder's name ----------------------------------------------------

def test_a_quoted_title_before_a_name_names_it() -> None:
    text = "The Ledger sent its “senior roving correspondent” Jo Marsh to a pub to watch the debate."
    assert gate(text, "QUOTE001") == []


def test_the_same_quoted_title_with_no_holder_is_a_scare_quote() -> None:
    text = "The Ledger sent its “senior roving correspondent” to a pub to watch the debate."
    assert gate(text, "QUOTE001") == [("QUOTE001", "“senior roving correspondent”")]


def test_a_film_portraying_someone_is_still_the_writers_word() -> None:
    assert gate("The film portrayed the senator as shameful.", "LOAD001") == [("LOAD001", "shameful")]


# --- a reader's comment credited by a dash line, its opening mark mistyped ---------------------------

def test_a_comment_opened_with_a_closing_mark_is_still_the_readers() -> None:
    text = ("”Fortunately, the mayor is open about his plans. Unfortunately, many people will support him "
            "anyway.” ― Tom Reed")
    assert gate(text, "OPIN002") == []


def test_a_closing_mark_after_a_word_still_closes() -> None:
    text = "The mayor said the plan was ”sound” and left. Unfortunately, the council disagreed."
    assert gate(text, "OPIN002") == [("OPIN002", "Unfortunately")]


# --- an allegation made by court papers the sentence names -------------------------------------------

def test_an_allegation_in_named_filings_is_sourced() -> None:
    text = "She is named as one of his alleged business partners in the bankruptcy filings."
    assert gate(text, "ATTR006") == []


def test_the_same_allegation_with_no_papers_is_not() -> None:
    assert gate("His alleged business partners have left the town.", "ATTR006") == [
        ("ATTR006", "alleged business partners")]


# --- a promise "of" its own quoted name ---------------------------------------------------------------

def test_a_promise_of_its_quoted_name_is_the_sponsors_term() -> None:
    text = "The senator has pushed his promise of “free transit” as a way to win over young voters."
    assert gate(text, "QUOTE001") == []


def test_one_quoted_word_inside_the_promise_is_still_doubt() -> None:
    text = "The senator has pushed his promise of “free” transit as a way to win over young voters."
    assert gate(text, "QUOTE001") == [("QUOTE001", "“free”")]


# --- attribution: cues that report nothing ------------------------------------------------------------

def cues(body: str) -> list[str]:
    text = "Council news\n\n" + body
    res = lint_text(text, "txt")
    return [text[a.cue.start:a.cue.end] for a in res.attributions]


def test_calling_a_person_with_no_label_is_a_telephone_call() -> None:
    assert "called" not in cues("A year later, the mayor called Ann Reed. Her husband was free.")
    assert "called" not in cues("The senator called her on Tuesday to ask for money.")


def test_calling_a_person_a_name_is_still_reported() -> None:
    assert "called" in cues("Mr. Reed called Ann Hale a liar.")
    assert "called" in cues("Mr. Reed called Ann Hale unfit to serve.")
    assert "called" in cues('She called him "weak" and left.')


def test_a_hyphened_noun_or_an_acronym_before_called_names_a_thing() -> None:
    assert "called" not in cues("He asked a vitamin-maker called Acme about the deal.")
    assert "called" not in cues("A new political action group called Forward 20 ran ads in Maine.")


def test_a_quality_that_shows_how_is_the_writers_argument() -> None:
    assert "shows" not in cues("The popularity of the mayor shows how deeply the party misjudged its voters.")
    assert "showed" not in cues("Yet the finding showed how simple such a change would be.")


def test_a_person_or_a_poll_that_shows_still_reports() -> None:
    assert "showed" in cues("A poll taken by the college in the county showed that the mayor was ahead.")
    assert "showed" in cues("The mayor showed no sign that he would apologise.")


def test_a_poll_word_in_another_phrase_is_no_poll_frame() -> None:
    assert "in" not in cues("The mayor feels sure of his position in the polls and the latest survey figures.")
    assert "in" not in cues("Errors creep in at every step in the survey process, the author warns.")
    assert "in" in cues("The mayor led by nine points in the same survey.")


# --- a label list pinned on someone, and a regime of routines -----------------------------------------

def test_every_item_of_a_label_list_is_the_speakers() -> None:
    text = "One of the nurses who signed the petition called the director a quack, fake and charlatan."
    assert gate(text, "LOAD003") == []


def test_the_same_list_in_the_writers_voice_is_flagged() -> None:
    assert gate("The director is a quack, a fake and a charlatan.", "LOAD003") == [
        ("LOAD003", "quack"), ("LOAD003", "charlatan")]


def test_a_testing_regime_in_a_list_of_people_is_a_system() -> None:
    text = ("The deal unites parents who opposed rote testing regimes, teachers who wanted less paperwork, "
            "and unions.")
    assert gate(text, "LOAD003") == []
    assert gate("She has a strict weight training regime where different coaches help her.", "LOAD003") == []


def test_a_military_regime_is_still_a_label() -> None:
    assert gate("The military regime jailed two reporters.", "LOAD003") == [("LOAD003", "regime")]


# --- a concessive connective grants a point, it judges nothing -----------------------------------------

def test_to_be_sure_is_shown_not_gated() -> None:
    text = "The charges may fail. To be sure, the weapons charges are serious, and the court will hear them."
    assert gate(text, "OPIN002") == []


def test_to_be_fair_still_is() -> None:
    text = "The charges may fail. To be fair, the mayor has been open about the weapons charges."
    assert gate(text, "OPIN002") == [("OPIN002", "To be fair")]


# --- what a group recognises is its view ----------------------------------------------------------

def test_what_a_group_recognises_is_its_view() -> None:
    text = ("One camp sees the mayor's record as solid. This camp recognizes that many tenants can barely "
            "cover their bills, and that the town is heading for catastrophically high rents.")
    assert gate(text, "LOAD002") == []


def test_the_same_view_in_the_writers_voice_is_flagged() -> None:
    text = "Many tenants can barely cover their bills, and the town is heading for catastrophically high rents."
    assert gate(text, "LOAD002") == [("LOAD002", "catastrophically")]
