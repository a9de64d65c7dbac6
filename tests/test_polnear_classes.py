"""Classes of false alarm a standards editor marked in samples of gate findings on US
political copy (issue 12): reporting structures attribution did not read, and vague
groups the story identifies straight away. Every text here is our own; each class has
texts that must not be flagged and ones that still must."""

from __future__ import annotations

from conftest import gate_findings
from linter import lint_text


def gate(text: str, select: str) -> list[tuple[str, str]]:
    return [(f.code, f.text) for f in gate_findings(text, select)]


def frames(text: str) -> list[tuple[str, str, list[str]]]:
    """(source, cue, content) of every frame, as text."""
    res = lint_text(text, "txt")
    out = []
    for a in res.attributions:
        src = text[a.source.start:a.source.end] if a.source else ""
        out.append((src, text[a.cue.start:a.cue.end], [text[c.start:c.end] for c in a.content]))
    return out


# --- a participial report after an adverb: "..., even suggesting ..." --------------------------

def test_a_participle_after_an_adverb_reports_the_subject() -> None:
    text = "The candidate complained about his microphone on Monday, even suggesting he had been sabotaged by the hosts."
    assert gate(text, "LOAD001") == []
    assert ("The candidate", "suggesting", ["he had been sabotaged by the hosts."]) in frames(text)


def test_the_writer_saying_sabotaged_is_still_flagged() -> None:
    text = "The candidate complained about his microphone on Monday. He had been sabotaged by the hosts."
    assert gate(text, "LOAD001") == [("LOAD001", "sabotaged")]


# --- a partial quotation that completes the sentence's clause ------------------------------------

def test_a_paraphrase_closed_by_a_quotation_and_an_inverted_cue_is_the_speakers() -> None:
    text = ('The mayor\'s misinformation may be "a deliberate tactic," said Jane Roe, a lecturer at '
            "Elm College.")
    assert gate(text, "PRESUP002") == []


def test_the_same_paraphrase_in_the_writers_voice_is_flagged() -> None:
    text = "The mayor's misinformation may be a deliberate tactic, a lecturer at Elm College believes."
    assert gate(text.replace(", a lecturer at Elm College believes", ""), "PRESUP002") == [
        ("PRESUP002", "misinformation")]


def test_a_quotation_after_another_report_is_the_content_alone() -> None:
    text = 'The minister asserted that the plan was sound: "It is a disaster," said Tom Hale.'
    assert ("Tom Hale", "said", ['"It is a disaster,"']) in frames(text)


# --- a vague group whose member is named in the next sentence ----------------------------------

def test_a_group_whose_member_speaks_next_is_identified() -> None:
    text = ("Despite the senator's appeal, seasoned union officials and party operatives warn that "
            "her backing could fade before winter.\n\n"
            '"We hear this every election," Ann Hale, a former political organiser for the '
            "steelworkers union, wrote in an email.")
    assert gate(text, "ATTR001") == []


def test_a_party_group_followed_by_one_of_its_members() -> None:
    text = ("A few other prominent Republicans have begun to speak out, expressing dismay at the remarks.\n\n"
            "Gov. Tom Reed of Idaho, a Republican who has declined to back the nominee, said the family "
            "deserved better.")
    assert gate(text, "ATTR001") == []


def test_a_group_followed_by_an_unrelated_speaker_stays_vague() -> None:
    text = "Critics say the plan is flawed. Tom Reed, a retired teacher, said he liked the weather."
    assert gate(text, "ATTR001") == [("ATTR001", "Critics say")]


# --- "show" as a noun before a speaker's verb ----------------------------------------------------

def test_a_host_of_a_show_is_the_speaker() -> None:
    text = "Joe Smith, host of a morning show, suggested the governor's refusal to testify could end his career."
    assert ("Joe Smith", "suggested", ["the governor's refusal to testify could end his career."]) in frames(text)
    assert gate(text, "PRESUP002") == []


def test_polls_still_show() -> None:
    text = "Polls show the race is tight, and the records show that turnout fell."
    cues = [cue for _, cue, _ in frames(text)]
    assert len([c for c in cues if c.startswith("show")]) == 2


# --- concessive connectives made of a cue -------------------------------------------------------

def test_having_said_that_reports_nothing() -> None:
    text = "Companies should pay some tax. Having said that, the rate should be low."
    assert frames(text) == []


def test_a_report_after_the_connective_is_still_one() -> None:
    text = "That said, the mayor said the bridge would reopen."
    assert [(s, c) for s, c, _ in frames(text)] == [("the mayor", "said")]


# --- QUOTE002: quotations that need no speaker ----------------------------------------------------

def test_a_cited_headline_with_its_publication_needs_no_speaker() -> None:
    text = ("In a rare moment of agreement, I stand with the senator (\"Senator calls the mayor a fraud who "
            "would lose,\" Daily Ledger, Thursday).")
    assert gate("Council news\n\n" + text, "QUOTE002") == []


def test_the_wording_of_a_named_rule_needs_no_speaker() -> None:
    text = ("The complaint rests on conduct standards that bar lawyers from such cases if they \"acted "
            "directly and materially while holding public office.\"")
    assert gate("Council news\n\n" + text, "QUOTE002") == []


def test_a_hypothetical_question_needs_no_speaker() -> None:
    text = "In saner times, a reader would now ask: \"Why are two hosts of ours on a foreign state channel?\""
    assert gate("Council news\n\n" + text, "QUOTE002") == []


def test_a_question_nobody_is_said_to_ask_still_needs_a_speaker() -> None:
    text = "The council must decide soon: \"Why are two hosts of ours on a foreign state channel?\""
    assert gate("Council news\n\n" + text, "QUOTE002") == [("QUOTE002", "\"Why are two hosts of ours on a foreign state channel?\"")]


# --- a characterisation in a participle: "..., portraying her rival as ..." --------------------------

def test_portraying_a_rival_as_something_is_the_subjects_charge() -> None:
    text = "The mayor tried to turn the tables on Monday, portraying her rival as hypocritical because he took the money."
    assert gate(text, "LOAD001") == []


def test_the_writer_calling_the_rival_hypocritical_is_flagged() -> None:
    text = "The mayor tried to turn the tables on Monday. Her rival is hypocritical because he took the money."
    assert gate(text, "LOAD001") == [("LOAD001", "hypocritical")]


def test_a_stance_participle_with_a_plain_object_stays_the_writers() -> None:
    text = "The union rejected the offer, criticising the disastrous plan."
    assert gate(text, "LOAD001") == [("LOAD001", "disastrous")]


# --- a possessive after an abbreviation does not open a sentence -------------------------------

def test_an_abbreviated_company_with_a_possessive_is_the_source() -> None:
    text = "Hotel deal\n\nK.L.T.'s records show its owner is Dana Price, a builder."
    assert ("K.L.T.'s records", "show", ["its owner is Dana Price, a builder."]) in frames(text)


# --- ATTR005: dates and durations are not counts -----------------------------------------------

def test_a_date_after_an_abbreviated_month_is_not_the_figure() -> None:
    # "at least": a toll still counted, not the settled background toll of a dated attack
    text = "Court news\n\nThe two men were shot dead by police after the Nov. 3 bombing that left at least 16 people dead."
    assert gate(text, "ATTR005") == [("ATTR005", "16 people dead")]


def test_a_duration_is_not_a_count_of_deaths() -> None:
    text = "Veterans\n\nA driver meets death every 40 minutes on these roads, and the ministry could do more."
    assert gate(text, "ATTR005") == []


def test_a_count_within_a_duration_is_still_a_figure() -> None:
    text = "Storm\n\nThe storm killed 12 people in 48 hours."
    assert gate(text, "ATTR005") == [("ATTR005", "killed 12")]


# --- ATTR006: an allegation's phrase ends at a dash -------------------------------------------

def test_an_allegation_inside_dashes_ends_at_the_dash() -> None:
    text = ("Office\n\nThe panel was set up after several cases - including one of a councillor who was accused of "
            "sending abusive messages to staff - raised doubts about the code.")
    assert gate(text, "ATTR006") == [("ATTR006", "accused of sending abusive messages to staff")]


# --- ATTR003: "claim" as a fact-check's term of art -------------------------------------------

def test_a_fact_checked_claim_is_the_checks_term() -> None:
    text = "Fact check\n\nAfter the debate the Ledger ran a fact-check on the senator's claim that crime had doubled."
    assert gate(text, "ATTR003") == []


def test_the_writers_claim_without_a_check_is_flagged() -> None:
    text = "Crime\n\nAfter the debate the senator's claim that crime had doubled was repeated on Monday."
    assert gate(text, "ATTR003") == [("ATTR003", "claim")]


# --- an attribution set off by commas inside the sentence it reports -------------------------

def test_words_before_a_parenthetical_attribution_are_the_speakers() -> None:
    text = ("Charity\n\nMr. Hale said conflicts were easy to find. The reality is, he added, \"nobody steps "
            "aside when you run the town.\"")
    assert gate(text, "OPIN001") == []
    assert ("he", "added", ["The reality is", "\"nobody steps aside when you run the town.\""]) in frames(text)


def test_a_leading_adverbial_before_the_attribution_is_not_reported() -> None:
    text = "Bridge\n\nIn May, the mayor said, the bridge would reopen."
    assert [c for _, cue, c in frames(text) if cue == "said"] == [["the bridge would reopen."]]


def test_the_reality_in_the_writers_voice_is_flagged() -> None:
    text = "Charity\n\nMr. Hale said conflicts were easy to find. The reality is that there are no recusals."
    assert gate(text, "OPIN001") == [("OPIN001", "The reality is")]


# --- specialists illustrated by a named specialist in the next sentence -------------------------

def test_experts_followed_by_a_named_director_are_illustrated() -> None:
    text = ("Secrets\n\nIn the end, other experts say, he and his staff were not trying to conceal anything.\n\n"
            "\"It is not as if he overlooked the facts,\" said Steven Hale, director of the Project on Secrecy at "
            "the Federation of Scientists.")
    assert gate(text, "ATTR001") == []


def test_specialists_followed_by_a_founder_are_illustrated() -> None:
    text = ("Leaks\n\nStill, security specialists say the most damaging files could be forged.\n\n"
            "\"A file can be nine parts real and one part fake,\" Brightline co-founder Ann Ruiz told the Ledger.")
    assert gate(text, "ATTR001") == []


def test_experts_followed_by_a_bystander_stay_vague() -> None:
    text = "Bridge\n\nExperts say the bridge is unsafe. Tom Reed, a retired teacher, said he liked the weather."
    assert gate(text, "ATTR001") == [("ATTR001", "Experts say")]


# --- a statement noun with a content clause ------------------------------------------------------

def test_a_possessed_warning_with_a_clause_reports_it() -> None:
    text = "Budget\n\nThe senator's warning that the deficit would skyrocket was ignored by the committee."
    assert gate(text, "LOAD002") == []
    assert [c for _, cue, c in frames(text) if cue == "warning"] == [
        ["the deficit would skyrocket was ignored by the committee."]]


def test_a_relative_clause_after_a_statement_noun_reports_nothing() -> None:
    text = "Budget\n\nHis claims that he repeated on Monday were false."
    assert [c for _, cue, c in frames(text) if cue == "claims"] == [[]]


def test_the_writer_saying_skyrocket_is_flagged() -> None:
    text = "Budget\n\nThe deficit would skyrocket, and the committee ignored it."
    assert gate(text, "LOAD002") == [("LOAD002", "skyrocket")]


# --- a headline's label before a question names the topic, not the speaker ------------------------

def test_a_question_after_a_name_and_colon_is_no_speakers_claim() -> None:
    text = "Hale: Reformer or Career Politician?\n\nSenator Ann Hale spoke on Monday."
    assert [cue for _, cue, _ in frames(text)] == []


def test_a_quoted_question_after_a_label_is_the_speakers() -> None:
    text = "Hale: “Who Pays for the Bridge?”\n\nSenator Ann Hale spoke on Monday."
    assert ("Hale", ":", ["“Who Pays for the Bridge?”"]) in frames(text)


# --- "utter" the verb before the words it says ---------------------------------------------------

def test_utter_before_the_words_said_is_the_verb() -> None:
    text = "Farewell\n\nThere was one name she could never bring herself to utter: ''Mary Lowe.''"
    assert gate(text, "LOAD001") == []


def test_utter_before_a_noun_is_the_intensifier() -> None:
    text = "Farewell\n\nThe vote was an utter disaster for the party."
    assert ("LOAD001", "utter") in gate(text, "LOAD001")


# --- ATTR001: a group credited with an act, not a claim ----------------------------------------

def test_states_rejecting_bills_are_credited_with_an_act() -> None:
    text = "Bills\n\nThe idea is catching on as several states last month threw out measures on school uniforms."
    assert gate(text, "ATTR001") == []


def test_a_group_rejecting_a_claim_with_its_clause_is_vague() -> None:
    text = "Bills\n\nSeveral states have rejected claims that the bills are discriminatory."
    assert gate(text, "ATTR001") == [("ATTR001", "Several states have rejected")]


# --- a possessive gerund that pins a charge: "Hale's calling Reed a bigot" -------------------------

def test_a_possessive_gerund_of_a_charge_is_the_possessors_word() -> None:
    text = "Race\n\nAsked about Hale's calling Ann Reed a bigot on Sunday, Moran blamed Reed for the row."
    assert gate(text, "LOAD003") == []
    assert ("Hale", "calling", ["Ann Reed a bigot on Sunday, Moran blamed Reed for the row."]) in frames(text)


def test_the_writer_calling_someone_a_bigot_is_flagged() -> None:
    text = "Race\n\nAnn Reed is a bigot, and Christie blamed her for the charges last week."
    assert gate(text, "LOAD003") == [("LOAD003", "bigot")]


# --- a verb's object who speaks in an infinitive: "prompted Ann Ruiz to accuse ..." ---------------

def test_the_object_before_an_infinitive_cue_is_the_speaker() -> None:
    text = "Shift\n\nThe change of tone was so sharp that it led Ann Ruiz to accuse the mayor of hypocrisy on air."
    assert ("Ann Ruiz", "accuse", ["the mayor of hypocrisy on air."]) in frames(text)
    assert gate(text, "LOAD001") == []


def test_a_subject_who_refuses_to_say_is_still_the_speaker() -> None:
    text = "Plan\n\nHale refused to say whether the plan had failed."
    assert [(s, c) for s, c, _ in frames(text)] == [("Hale", "refused")]


# --- forecasts and portrayals are reports -----------------------------------------------------

def test_a_campaign_projecting_a_quoted_figure_speaks_it() -> None:
    text = ("Tax\n\nThe Ruiz campaign projects that \"a small levy on each share sold\" would "
            "raise $40 billion a year.")
    assert gate(text, "QUOTE002") == []


# --- the US letters page is readers' letters ---------------------------------------------------

LETTERS = ("Voters write in on the race\n\nLetters.\n\nSuppose the senator were a woman: would she keep your vote? I "
           "doubt it. Ask yourself that question, and be honest with your friends and with me.\n\nA man who has "
           "behaved so recklessly would never be tolerated from a woman. So why do we excuse it in him? I "
           "cannot see why, and I have asked my neighbours too.\n\nTom Gorran.\n\nStaunton, Va.\n\nI think the "
           "debate was a draw and my vote is still open.\n\n@tomgee61.\n")


def test_a_us_letters_page_is_read_as_letters() -> None:
    profile = lint_text(LETTERS, "txt").profiles[0]
    assert profile.genre is not None and profile.genre.name == "letters"


def test_a_news_story_with_a_town_dateline_is_not_letters() -> None:
    text = ("Bridge to reopen\n\nStaunton, Va.\n\nThe bridge will reopen in May, the county said on Monday. Crews "
            "have replaced the deck and the railings, and traffic will return to both lanes by the summer. The "
            "county engineer said the work had cost $4 million and had been paid for by the state.")
    profile = lint_text(text, "txt").profiles[0]
    assert profile.genre is not None and profile.genre.name == "news"


# --- a bare quantifier points back to the group just named ---------------------------------------

def test_some_after_a_named_group_and_a_subheading_is_that_group() -> None:
    text = ("Rabbis\n\nThe surge has alarmed Democratic Catholic leaders, who had expected that "
            "unease over the treaty would bring gains in the spring.\n\nAwkward remarks.\n\nSome said "
            "they have winced as the candidate compared the talks to selling used cars.")
    assert gate(text, "ATTR001") == []


def test_some_with_no_group_before_it_is_vague() -> None:
    text = "Bridge\n\nThe weather was fine and the roads were clear on Monday morning.\n\nSome said the bridge plan was flawed."
    assert gate(text, "ATTR001") == [("ATTR001", "Some said")]


def test_others_answered_by_a_named_professor_are_illustrated() -> None:
    text = ("Fed\n\n\"Other banks know we do not care about them,\" said Tom Meyer, who runs a research firm.\n\n"
            "Others, though, say a rethink is long overdue. Ann Prasad, a professor of economics at Elm "
            "University, said globalisation had enlarged the bank's reach.")
    assert gate(text, "ATTR001") == []


def test_utter_as_a_verb_after_cannot() -> None:
    text = "Email\n\nHis strongest argument - one he cannot utter on stage - is that the vote was fair."
    assert gate(text, "LOAD001") == []
