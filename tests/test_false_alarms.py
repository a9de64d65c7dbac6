"""Classes of false alarm the standards editors found in samples of gate findings, each
with sentences of our own that must not be flagged and ones that still must."""

from __future__ import annotations

import pytest

from linter import lint_text
from linter.lint.config import Settings
from linter.lint.engine import Linter


def codes(text: str, select: str, fmt: str = "snippet") -> list[tuple[str, str]]:
    found = lint_text(text, fmt, linter=Linter(Settings(select=[select]))).findings
    return [(f.code, f.text) for f in found if f.severity != "info"]


# --- quotations that name things --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The firm switched on its “safety check” feature after the storm.",
    "The survey's “prices paid” index rose to 72.",
    "She is best known as the star of “Thelma and Louise,” which came out in 1991.",
    "The “Harbour Lights” star spoke about her first role.",
    "Investors can defer the tax through a so-called ''like-kind property exchange rule'' on sales.",
])
def test_names_titles_and_terms_in_quotation_marks(text: str) -> None:
    assert codes(text, "QUOTE") == []


def test_scare_quotes_are_still_scare_quotes() -> None:
    assert codes("The government's 'reforms' have cost thousands of jobs.", "QUOTE001")


# --- quotations credited without a verb --------------------------------------------------------

@pytest.mark.parametrize("text,fmt", [
    ("For Ines Varga, this is progress: “I expect we will see far more of it in the years ahead.”", "snippet"),
    ("Vote passed\n\nAfter the vote, Mayor Ana Ruiz issued the following statement:\n\n“We will rebuild every home on this "
     "street.”", "txt"),
    ("The magazine used one of the reader's quotes as its cover line: “Finally, a leader who speaks plainly.”", "snippet"),
    ("Readers wrote in. “He never answers a single question straight.” ― Lena Ortiz", "snippet"),
    ("The speech was short. “The address was his shortest in years by some way.” [AP.]", "snippet"),
])
def test_quotations_with_a_speaker_named_around_them(text: str, fmt: str) -> None:
    assert codes(text, "QUOTE002", fmt) == []


def test_a_quotation_nobody_claims_is_still_flagged() -> None:
    assert codes("“We will not surrender an inch of our land.” The talks resumed on Tuesday.", "QUOTE002")


# --- reused words --------------------------------------------------------------------------------

def test_one_word_two_speakers_used_is_not_a_reused_quotation() -> None:
    text = ("Margaret Hale said Labour was not “rattled” by the attack. Tom Rees said the party was “rattled” "
            "and it showed.")
    assert codes(text, "QUOTE003") == []


def test_a_term_of_art_is_not_a_reused_quotation() -> None:
    text = ("Under the pact the bank holds a ‘put’ option that lets it sell its stake. Ms Lowe said the claim that "
            "this ‘put’ option still applies was mistaken.")
    assert codes(text, "QUOTE003") == []


# --- connectives ------------------------------------------------------------------------------

def test_a_connective_that_weighs_two_sources_is_not_undercutting() -> None:
    assert codes("Norvik said the outbreak would be contained. Despite this, Halden Labs said it had reports of "
                 "infections.", "OPIN003") == []
    assert codes("The deficit has doubled and the debt is at a record. Despite this, the minister insists the "
                 "budget is balanced.", "OPIN003")


# --- anonymous sources ----------------------------------------------------------------------

def test_a_source_already_introduced_is_not_a_new_anonymous_source() -> None:
    text = ("A source close to the campaign said the van left early. The Secret Service changed the route, the "
            "source added.")
    assert [t for _, t in codes(text, "ATTR007")] == ["A source close to the campaign"]


def test_a_person_inside_leaked_emails_is_not_an_anonymous_source() -> None:
    text = ("Emails leaked last week showed that party officials tried to undercut the senator. One official "
            "even suggested questioning his faith.")
    assert codes(text, "ATTR007") == []


def test_for_someone_who_is_a_description() -> None:
    assert codes("For someone who conceded she is no natural speaker, the senator had a good night.",
                 "ATTR007") == []


# --- who an allegation is against -----------------------------------------------------------

def _bal(text: str) -> list[str]:
    found = lint_text(text, "txt").findings
    return [f.message.split(" with no")[0].removeprefix("Allegations against ") for f in found if f.code == "BAL001"]


@pytest.mark.parametrize("text,target", [
    ("Row\n\nMayor Ana Ruiz, accused of taking bribes, resigned on Friday. The council met.", "Ruiz"),
    ("Row\n\nColumnist Tom Hale wrote on Monday. Senator Ann Ruiz is alleged to have hidden donations.", "Ruiz"),
    ("Row\n\nThe audit was published. Ruiz's alleged fraud cost the town millions.", "Ruiz"),
    ("Row\n\nResidents accuse the developer of forging permits.", "the developer"),
])
def test_the_target_stands_either_side_of_the_allegation_word(text: str, target: str) -> None:
    assert _bal(text) == [target]


@pytest.mark.parametrize("text", [
    "Row\n\nThe mayor accused an Evening Ledger reporter of bias at a press conference.",
    "Row\n\nRenault and Fiat accuse each other of receiving unfair state aid.",
    "Row\n\nInspectors also allege that parts of the estate are lying idle.",
    "Row\n\nThe regulator alleged the banks were rigging their rates.",
])
def test_no_named_party_no_response_finding(text: str) -> None:
    assert _bal(text) == []


def test_a_doubled_opening_mark_still_opens_the_quotation() -> None:
    text = "The firm will pay a \"\"grossly unjust and miserly\" price for the rival, the papers said."
    assert codes(text, "LOAD") == []


# --- literal uses and names of things ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The exhibition documents Nazi atrocities in occupied Poland.",
    "The city never recovered from the devastating terror attacks of 2001.",
    "The relentless pace of change in the phone market shows no sign of slowing.",
    "He was the self-declared leader of a spam network, prosecutors said.",
    "Tom Vale will battle it out with Ann Hale (Idiot Wind) for the award.",
    "After a chaotic night on the roads, deputies answered 46 calls.",
    "Rats and other vermin were found in the kitchen of the restaurant.",
    "She was deeply moved by the tribute.",
])
def test_literal_uses_titles_and_things_are_not_loaded(text: str) -> None:
    assert codes(text, "LOAD") == []


@pytest.mark.parametrize("text", [
    "The minister's atrocities against the press must end.",
    "The senator's devastating cuts closed three clinics.",
    "The minister is a self-styled reformer.",
    "The council's dumb plan raised fares again.",
    "The new bill is deeply flawed.",
    "These people are parasites on the welfare state.",
])
def test_the_same_words_judging_people_or_policies_still_are(text: str) -> None:
    assert codes(text, "LOAD")


# --- connectives that weigh the other side ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ferry firm expands\n\nThe ferry operator said fuel costs rose by a third. Two of its routes also lost money.\n\n"
    "Even so, the chief executive said the company would add a vessel.",
    "The expansion will cost 40 million pounds. Yet Maria Lenz, an analyst at Harbour Capital, said it "
    "made sense.",
    "Fares rose twice this year. Yet many officials believe the increases were modest.",
    "The scheme ran over budget. Nevertheless, a survey by the university found that it cut journey times.",
])
def test_a_connective_before_an_independent_voice_or_a_reported_paragraph_is_not_undercutting(text: str) -> None:
    assert codes(text, "OPIN003", "txt") == []


def test_a_connective_before_the_party_concerned_still_undercuts() -> None:
    text = ("The deficit has doubled and the debt is at a record.\n\nDespite this, the minister insists the "
            "budget is balanced.")
    assert codes(text, "OPIN003", "txt")


# --- standing lines of a live blog -------------------------------------------------------------

def test_a_live_blogs_standing_line_is_not_a_repeated_block() -> None:
    entries = ("10:15 a.m.", "Voters in Ohio are heading to the polls.", "A candidate needs 1,240 delegates.",
               "11:30 a.m.", "Turnout in Florida was high, officials said.", "A candidate needs 1,240 delegates.")
    assert codes("Live\n\n" + "\n\n".join(entries), "DUP001", "txt") == []
    repeated = ("Crews worked through the night to restore power.", "The mayor thanked volunteers.",
                "Crews worked through the night to restore power.")
    assert codes("Power back\n\n" + "\n\n".join(repeated), "DUP001", "txt")


def test_a_tweet_credited_after_the_quotation_is_the_tweeters() -> None:
    text = ('Vote passed\n\n"The way they treated those workers is sickening," Senator Ruth Alden tweeted on '
            'Tuesday.\n\nLater she wrote on Twitter: "They viciously cut the pensions of 40,000 people."')
    assert codes(text, "LOAD", "txt") == []


# --- a negated evaluation is a query, not a gate ------------------------------------------------

@pytest.mark.parametrize("text", [
    "The depot plan was not a disastrous one for the town.",
    "The depot plan isn't entirely disastrous for the town.",
    "The council's response was never cynical.",
])
def test_a_negated_loaded_word_is_info(text: str) -> None:
    found = lint_text(text, "snippet", linter=Linter(Settings(select=["LOAD"]))).findings
    assert [(f.code, f.severity) for f in found] == [("LOAD001", "info")]


def test_the_same_word_unnegated_is_a_warning() -> None:
    assert codes("The depot plan was disastrous for the town.", "LOAD") == [("LOAD001", "disastrous")]
    assert codes("Not everyone agreed, and the depot plan was disastrous for the town.", "LOAD") == [
        ("LOAD001", "disastrous")]


def test_rarity_stays_info_in_the_lede_and_significance_does_not() -> None:
    def found(text: str) -> list[tuple[str, str]]:
        res = lint_text(text, "snippet", linter=Linter(Settings(select=["OPIN001"])))
        return [(f.text, f.severity) for f in res.findings]
    assert found("The vote marked a rare cross-party effort to limit the governor's powers.") == [
        ("marked a rare", "info")]
    assert found("The vote represents a significant defeat for the governor.") == [
        ("represents a significant", "warning")]


def test_a_passive_label_with_its_author_is_the_authors_word() -> None:
    assert codes("The celebrity chef was called a charlatan by rival cooks in an open letter.", "LOAD") == []
    assert codes("The mayor was branded a liar by opposition councillors on Monday.", "LOAD") == []
    assert [c for c, _ in codes("The television doctor is a charlatan, and his pills do nothing.", "LOAD")] == [
        "LOAD003"]


def test_a_loaded_word_in_what_a_vague_source_says_is_info_beside_the_vague_source() -> None:
    text = "Council pay row\n\nCritics say the mayor squandered the grant on consultants.\n"
    found = lint_text(text, "txt", linter=Linter(Settings(select=["LOAD", "ATTR001"]))).findings
    assert sorted((f.code, f.severity) for f in found) == [("ATTR001", "warning"), ("LOAD001", "info")]
    alone = lint_text("Council pay row\n\nThe mayor squandered the grant on consultants.\n", "txt",
                      linter=Linter(Settings(select=["LOAD"]))).findings
    assert [(f.code, f.severity) for f in alone] == [("LOAD001", "warning")]
