"""Classes of false alarm a standards editor marked in the stop-23 judged draw of US
political copy (issue 12), outside the emotive-wording lexicon: a crosshead that repeats a
quotation the story gives its speaker, a criminal charge of violence phrased as the law
asks ("is accused of killing"), "propaganda" naming a kind of material, and others below.
Every text here is our own; each class has texts that must not be flagged and ones that
still must."""

from __future__ import annotations

from conftest import gate_findings


def gate(body: str, select: str) -> list[tuple[str, str]]:
    """Gate findings (warnings and errors) of one rule on a story with a plain headline."""
    return [(f.code, f.text) for f in gate_findings("Harbour news\n\n" + body, select)]


# --- crossheads: a line quoted from the story, set on its own ------------------------------------

_BEFORE = ("“We will appeal,” said Ann Vale, a councillor.\n\n"
           "The league meets again in March.\n\n"
           "The mayor spoke for an hour and the hall began to empty before she reached the budget.\n\n"
           "Several councillors left early to catch the last ferry home.\n\n")
_AFTER = ("\n\nThe vote on the harbour wall was put off until the spring.\n\n"
          "“Nobody else would take the night crossing, so we kept the ferry running,” said Tom Rudd, "
          "the ferry's owner, who has run the service since 1994.\n\n"
          "The council meets again in March.")


def test_a_crosshead_that_repeats_a_quotation_is_a_heading() -> None:
    for line in ("– ‘Nobody else would take the night crossing’ –.", "“Kept the ferry running”",
                 "'Nobody else would take the night crossing.'"):
        body = _BEFORE + line + _AFTER
        for code in ("QUOTE001", "QUOTE002", "QUOTE003"):
            assert gate(body, code) == [], (line, code)


def test_a_crosshead_is_not_another_speakers_use_of_the_words() -> None:
    body = ("The plant will close in May.\n\n“If I were younger, I'd go back to school,” said Ann Vale, "
            "who has worked there for 30 years.\n\n'A really hard choice.'\n\nAs the workers talked at the bar, "
            "Greg Hale, the chief executive, was meeting analysts.\n\nMr. Hale rejected the notion that greed had "
            "prompted the move. ''This was a really hard choice,'' he said.\n\nThe jobs will go to Mexico.")
    assert gate(body, "QUOTE003") == []


def test_a_possessive_in_the_paragraph_before_pins_nothing() -> None:
    body = ("Several workers waved signs from their seats.\n\n– ‘Hold the line’ –.\n\n"
            "The rally ended at ten.")
    assert gate(body, "QUOTE001") == []
    # a possessive in the quotation's own sentence still pins the word on someone
    assert gate("Several workers waved signs. The board's ‘rescue’ cost 300 jobs.", "QUOTE001") == \
        [("QUOTE001", "‘rescue’")]


def test_a_quoted_line_that_repeats_nothing_still_has_no_speaker() -> None:
    line = "“The harbour wall will fall down before anyone pays for it”"
    body = _BEFORE + line + _AFTER
    assert gate(body, "QUOTE002") == [("QUOTE002", line)]


# --- a charge of violence, phrased as the law asks ------------------------------------------------

def test_a_suspect_of_violence_is_accused_as_the_charge_reads() -> None:
    for body in ("Dale Ruck is accused of killing four people at a petrol station last spring. "
                 "Mourners gathered on Sunday.",
                 "The loophole is how Dale Ruck obtained the rifle he allegedly used to shoot two guards at the depot.",
                 "Dale Ruck, accused of the dance-hall massacre, sat through the hearing in silence."):
        assert gate(body, "ATTR006") == [], body
        assert gate(body, "BAL001") == [], body


def test_other_allegations_and_victims_accounts_still_need_an_accuser() -> None:
    assert gate("Mayor Dan Cole is accused of taking bribes from the port operator. He was re-elected in May.",
                "ATTR006") == [("ATTR006", "accused of taking bribes from the port operator")]
    assert [c for c, _ in gate("Two reporters were allegedly beaten by guards outside the ministry.", "ATTR006")] \
        == ["ATTR006"]


# --- "propaganda" before a noun names a kind of material -----------------------------------------

def test_propaganda_before_a_noun_names_a_kind_of_material() -> None:
    for body in ("The militia put out a propaganda, recruitment film on Friday.",
                 "Militia Propaganda Films Reach Millions",
                 "Spies forged letters for propaganda purposes in the 1950s.",
                 "The group's well-funded propaganda machine reaches millions of phones."):
        assert gate(body, "LOAD003") == [], body


def test_propaganda_for_what_someone_says_is_still_a_label() -> None:
    for body in ("The ministry's statement on the harbour was pure propaganda.",
                 "The mayor spoke to Harbour Radio, a propaganda outlet of the ruling party.",
                 "The network spreads propaganda for the senator every night."):
        assert gate(body, "LOAD003") == [("LOAD003", "propaganda")], body


# --- a record the story ties to its owner is no vague source -------------------------------------

def test_a_record_taken_from_a_named_owners_record_is_checkable() -> None:
    for body in ("The gap grew after leaked pages from his 2009 tax return showed he paid no income tax.",
                 "Documents from the mayor's campaign accounts show the money went to a friend.",
                 "The senator has paid for the charity's grants himself, disclosure records show."):
        assert gate(body, "ATTR001") == [], body


def test_a_document_from_a_vague_group_is_still_vague() -> None:
    assert [c for c, _ in gate("A report from his allies shows the plan is popular with farmers.", "ATTR001")] \
        == ["ATTR001"]
    assert [c for c, _ in gate("The row began when a leaked memo showed the contract had gone to a friend.",
                               "ATTR001")] == ["ATTR001"]


# --- a characterisation the clause's subject pins on its object, or a term given its register ----

def test_a_portrayal_credits_the_quoted_word_to_its_subject() -> None:
    for body in ("Local papers portray the mayor's campaign as a 'grassroots' revolt against the council.",
                 "The desk's 'dead cat' in market parlance came on Friday."):
        assert gate("The council met on Monday.\n\n" + body, "QUOTE001") == [], body


def test_a_pinned_quoted_word_with_no_one_credited_is_still_a_scare_quote() -> None:
    assert gate("The council met on Monday.\n\nThe desk's 'dead cat' came on Friday.", "QUOTE001") == \
        [("QUOTE001", "'dead cat'")]


# --- "made no secret of the fact that": the subject said so openly -------------------------------

def test_no_secret_of_the_fact_is_the_subjects_own_account() -> None:
    assert gate("The senator has made no secret of the fact that he keeps a pistol in his desk.", "PRESUP001") == []
    assert gate("The senator hid the fact that he keeps a pistol in his desk.", "PRESUP001") == \
        [("PRESUP001", "the fact that")]


def test_the_newsrooms_own_review_of_named_material_is_first_hand() -> None:
    for body in ("The mayor called her a newcomer, though a review of records indicates she has voted here since 2003.",
                 "A review of his posts on the club's forum shows he never mentioned the dam."):
        assert gate(body, "ATTR001") == [], body
    assert [c for c, _ in gate("A review found that the dam had been unsafe for years.", "ATTR001")] == ["ATTR001"]


# --- ", say," is "for example" -------------------------------------------------------------------

def test_say_between_commas_is_for_example() -> None:
    assert gate("Keeping readers on a news site is far tougher than, say, keeping them on tea.", "ATTR001") == []
    assert gate("A ferry to, say, Dover would take four hours in winter.", "ATTR001") == []


def test_say_after_a_vague_group_still_credits_it() -> None:
    assert gate("The plan, critics say, will ruin farmers.", "ATTR001") == [("ATTR001", "critics say")]
    assert gate("Critics say, with some justice, that the plan will ruin farmers.", "ATTR001") == \
        [("ATTR001", "Critics say")]


# --- "Since May, according to X, ...": the source vouches for the clause after it ----------------

def test_a_source_between_an_opener_and_its_clause_vouches_for_the_clause() -> None:
    assert gate("Since last May, according to the monitors, militia fighters have killed more than 400 villagers "
                "in the valley.", "ATTR005") == []
    assert gate("Since last May, militia fighters have killed more than 400 villagers in the valley.", "ATTR005") == \
        [("ATTR005", "killed more than 400")]


# --- money lost and things gone missing count no people ------------------------------------------

def test_money_and_missing_things_are_no_casualty_figures() -> None:
    for body in ("The fund's worst wager has left it with $900 million in losses.",
                 "The council is still looking for 3,000 “missing” ballots from the May count."):
        assert gate("The council met.\n\n" + body, "ATTR005") == [], body
    assert gate("The council met.\n\nThe council is still looking for 3,000 missing people after the flood.",
                "ATTR005") == [("ATTR005", "3,000 missing")]


# --- a side's term named as somebody's is mentioned, not used ------------------------------------

def test_a_sides_term_after_a_naming_verb_is_mentioned() -> None:
    for body in ("In the 1990s the senator called himself pro-choice, a stance he has since dropped.",
                 "The flyer claimed she supported what is sometimes called partial-birth abortion.",
                 "The levy, known as the death tax by its critics, raised little."):
        assert gate(body, "LOAD004") == [], body


def test_a_sides_term_used_in_the_writers_voice_is_still_reported() -> None:
    assert [c for c, _ in gate("The senator backs a ban on partial-birth abortion.", "LOAD004")] == ["LOAD004"]
    assert [c for c, _ in gate("The senator, who is pro-choice, voted against the bill.", "LOAD004")] == ["LOAD004"]


# --- "so-called" before a nickname introduces it -------------------------------------------------

def test_so_called_before_a_nickname_introduces_it() -> None:
    for body in ("Congress voted to postpone the so-called Cadillac tax on costly health plans.",
                 "As a so-called Blue Dog, she chaired the budget panel for six years.",
                 "The inquiry into the so-called Riverside land deal closed in 1998."):
        assert gate("The council met.\n\n" + body, "LOAD005") == [], body


def test_so_called_before_a_name_that_claims_a_virtue_still_doubts_it() -> None:
    for body in ("The so-called Fair Fares reform passed by two votes.",
                 "The so-called Safe Streets plan was published on Monday."):
        assert gate("The council met.\n\n" + body, "LOAD005") == [("LOAD005", "so-called")], body


# --- a share of a group in a story with a poll is the poll's result -------------------------------

def test_a_share_of_a_group_after_a_poll_is_its_result() -> None:
    body = ("The survey questioned 1,200 voters leaving polling stations.\n\n"
            "Still, two-thirds of the voters said they were uneasy about the harbour levy.")
    assert gate(body, "ATTR001") == []
    body = "Farmers tell pollsters they distrust the mayor. A majority of his donors say they will back him again."
    assert gate(body, "ATTR001") == []


def test_a_share_of_a_group_with_no_poll_is_still_vague() -> None:
    assert [c for c, _ in gate("A majority of his donors say they will back him again to keep her out.", "ATTR001")] \
        == ["ATTR001"]


# --- a quotation named by the utterance it was -----------------------------------------------------

def test_a_quotation_named_as_a_remark_is_what_was_said() -> None:
    assert gate("The council met.\n\nThe desk's 'dead cat' remark came on Friday.", "QUOTE001") == []
    assert gate("The council met.\n\nPanels discussed the mayor's 'dead cat' quip on Friday.", "QUOTE001") == []
    assert gate("The council met.\n\nThe desk's 'dead cat' came on Friday.", "QUOTE001") == [("QUOTE001", "'dead cat'")]


# --- "proved that prediction wrong": "that" is a determiner --------------------------------------

def test_proved_that_prediction_wrong_is_no_factive_clause() -> None:
    assert gate("Pundits said the mayor could never win again. She proved that forecast wrong twice.", "PRESUP001") == []
    assert gate("The audit proved that the mayor had hidden the costs.", "PRESUP001") == [("PRESUP001", "proved that")]


# --- a cue in a time clause after the connective dates the contrast -------------------------------

def test_a_statement_in_a_time_clause_is_not_undercut() -> None:
    body = "A year ago nobody expected Ana Ruiz to run. Yet, a year since the lawyer announced her bid, here we are."
    assert gate(body, "OPIN003") == []


def test_a_statement_after_the_connective_is_still_undercut() -> None:
    assert [c for c, _ in gate("Exports doubled in five years and the port was rebuilt. Despite this, Ana Ruiz says "
                               "the port is failing.", "OPIN003")] == ["OPIN003"]


# --- a transcript: "X added:" on its own line introduces the speaker's paragraph ------------------

def test_a_paragraph_after_a_speakers_colon_line_is_theirs() -> None:
    body = ("The mayor spoke for an hour.\n\nTom Reed, the opposition leader, added:\n\n"
            "And from a supposed reformer, this is the oldest trick in the book.")
    assert gate(body, "LOAD005") == []


def test_a_paragraph_after_a_long_sentence_ending_in_a_colon_is_still_the_writers() -> None:
    body = ("The mayor spoke for an hour, and after the break the opposition leader, Tom Reed, who has sat on the "
            "council since 1998, added two points:\n\nAnd from a supposed reformer, the budget is late again.")
    assert gate(body, "LOAD005") == [("LOAD005", "supposed")]


# --- a digest's paragraph that ends with its source in brackets -----------------------------------

_TWO_SPEAKERS = ("“We will appeal,” said Tom Rudd.\n\nThe league meets again in March.\n\n“Nobody has explained the "
                 "ruling to us,” said Ann Vale.\n\nThe ground was sold in 1990 to a developer. The club has moved twice "
                 "since.\n\n")
_DIGEST = "“The council will almost certainly approve the new harbour wall after months of delay.”"


def test_a_quotation_in_a_paragraph_credited_in_brackets_has_its_source() -> None:
    assert gate(_TWO_SPEAKERS + _DIGEST + " Watch the vote live at 7 p.m. [AP.]", "QUOTE002") == []
    assert gate(_TWO_SPEAKERS + _DIGEST + " Watch the vote live at 7 p.m. (Harbour Radio)", "QUOTE002") == []


def test_the_same_paragraph_without_a_credit_has_no_speaker() -> None:
    assert gate(_TWO_SPEAKERS + _DIGEST + " Watch the vote live at 7 p.m.", "QUOTE002") == [("QUOTE002", _DIGEST)]
