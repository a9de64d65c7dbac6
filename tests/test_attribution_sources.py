"""Sources that can speak: a source is a noun phrase that can speak or publish, never a
verb, a function word or a fragment; the speaker of a sentence is found past appositives,
relative clauses and leading adverbials; verbs that report nothing with a plain object
make no frame (issue 12, part 5). Every sentence here is written for the tests."""

from __future__ import annotations

import pytest

from linter.analyse.annotate import annotate
from linter.lint.config import Settings
from linter.lint.engine import Linter
from linter.model.source import Source
from linter.readers import parse
from linter import lint_text
from linter.readers.files import read_source

from conftest import SEEDS


def frames(text: str) -> list[tuple[str, str, str, str | None, str]]:
    """(source, cue, tier, entity, pattern) of every frame."""
    doc = annotate(parse(Source("t.txt", text), "snippet")[0])
    t = doc.text
    return [(t[f.source[0]:f.source[1]] if f.source else "", t[f.cue[0]:f.cue[1]], f.tier, f.entity, f.pattern)
            for f in doc.frames]


def sources(text: str) -> dict[str, str]:
    """cue -> source text."""
    return {cue: src for src, cue, *_ in frames(text)}


# --- verbs that report nothing with a plain object ----------------------------------------

@pytest.mark.parametrize("text", [
    "Moreno opened the scoring after nine minutes and added a second from the penalty spot.",
    "The full-back added a third in stoppage time.",
    "The senator found ways to attach his amendments to larger bills.",
    "Rescuers found the hikers on Sunday morning.",
    "The candidate revealed a new logo at the rally.",
    "The party hired a consulting firm called Northgate to run the ads.",
    "It is too soon to say if the scheme will succeed.",
    "Suffice it to say, the plan is late.",
    "Would you say the plan has failed?",
    "Ana Costa reported from Washington.",
    "He appeared on the Daily Show with its host.",
    "The judge will have the final say on the appeal.",
    "The most revealing promise she has made so far concerns her own limits.",
    "The mayor has broken several promises he made to residents.",
    "Nobody asked about the refugee rhetoric.",
    "Many of you have written in about the state of the bypass.",
])
def test_words_that_report_nothing_make_no_frame(text: str) -> None:
    """A person's verb with a plain object, a naming participle, an impersonal or modal
    base form, a reporter's dateline credit, a title, a noun, an adjective or nobody."""
    assert frames(text) == []


@pytest.mark.parametrize("text,source,cue", [
    ("The coach added that the team had trained badly.", "The coach", "added"),
    ("The coach added, “We were not ready.”", "The coach", "added"),
    ("Inspectors found the wiring was faulty.", "Inspectors", "found"),
    ("The auditor revealed a gap in the accounts: “Nobody checked.”", "The auditor", "revealed"),
])
def test_the_same_verbs_with_a_clause_or_quotation_report(text: str, source: str, cue: str) -> None:
    assert sources(text).get(cue) == source


def test_a_document_with_a_plain_object_is_a_frame_but_not_speech() -> None:
    doc = annotate(parse(Source("t.txt", "The video shows a disgraceful scene outside the hall."), "snippet")[0])
    assert [f.pattern for f in doc.frames] == ["plain-object"]
    assert not doc.frames[0].speech
    assert not doc.shielded(doc.text.index("disgraceful"), doc.text.index("disgraceful") + 11)
    found = lint_text("A poll published on Friday showed the mayor with a narrow lead.", "snippet").findings
    assert all(f.severity == "info" for f in found)


# --- the speaker past appositives, relative clauses and adverbials -------------------------

@pytest.mark.parametrize("text,source,entity", [
    ("Janet Ulrich, president of the Alder Falls Business Association, said the closure was wrong.",
     "Janet Ulrich", "Ulrich"),
    ("Gen. Harold Finch, the state's adjutant general, said the soldiers would stay.", "Gen. Harold Finch", "Finch"),
    ("Council member Dale Prewitt, one of the two members who voted against the budget, said the county "
     "should wait.", "Council member Dale Prewitt", "Prewitt"),
    ("Kwame Osei, however, said the plan was sound.", "Kwame Osei", "Osei"),
])
def test_appositives_describe_the_name_before_them(text: str, source: str, entity: str) -> None:
    got = [f for f in frames(text) if f[1] == "said"]
    assert got and got[0][0] == source and got[0][2] == "named-person" and got[0][3] == entity


@pytest.mark.parametrize("text,source", [
    ("Early this spring, the Foreign Office said it had located nine letters.", "the Foreign Office"),
    ("Overall, conservative groups reported spending six million dollars.", "conservative groups"),
    ("Exit polls from the primary, which the governor won easily, showed that most voters wanted change.",
     "Exit polls from the primary"),
    ("Rucker Baines, who runs the campaign's veterans' effort, said, “We are ready.”", "Rucker Baines"),
])
def test_adverbials_and_closed_relative_clauses_are_not_the_speaker(text: str, source: str) -> None:
    assert frames(text)[0][0] == source


def test_a_relative_clause_with_its_own_speaker_keeps_it() -> None:
    got = sources("He attacked his rivals for taking the donations, which he said came with strings attached.")
    assert got["said"] == "he"


def test_the_speaker_is_not_a_clause_after_an_inverted_looking_cue() -> None:
    assert sources("Ana Ruiz, the opposition leader, said the plan was doomed.")["said"] == "Ana Ruiz"
    assert sources("“The plan is doomed,” said Ana Ruiz, the opposition leader.")["said"] == "Ana Ruiz"


def test_joined_roles_and_floating_quantifiers() -> None:
    got = frames("The win lifts the club to third, with the club's captain and coach both praising the squad.")
    assert got[0][0] == "the club's captain and coach"
    assert sources("And both vowed to get tough on knife crime.")["vowed"] == "both"


def test_abbreviations_and_party_labels_stay_inside_the_source() -> None:
    got = sources("The river crested at 21 feet, according to a U.S. Geological Survey gauge at Alder Falls.")
    assert got["according to"] == "a U.S. Geological Survey gauge at Alder Falls"
    got = frames("“We must act now,” added Rep. Jim Calloway (D-S.C.), the caucus whip.")
    assert got[0][:4] == ("Rep. Jim Calloway", "added", "named-person", "Calloway")


@pytest.mark.parametrize("name", ["Osei", "Morgan", "Lynch", "Bloch", "Ali"])
def test_a_name_that_ends_like_a_nationality_is_a_person(name: str) -> None:
    got = frames(f"The county will review the spending in March, {name} said.")
    assert got[0][2:4] == ("named-person", name)


def test_nationalities_are_not_names() -> None:
    assert frames("Ukrainian officials said the talks would resume.")[0][2] != "named-person"


# --- speech in every medium ------------------------------------------------------------------

@pytest.mark.parametrize("text,speaker", [
    ("The feud went on. “Senator Crane is a liar and a fraud!” Hale tweeted on Monday night.", "Hale"),
    ("The row grew. “The councillor is a total disgrace,” Hale posted on Facebook.", "Hale"),
    ("“The policy is a disaster for farmers,” the senator wrote in a letter to the agency.", "the senator"),
    ("“I was never told about the payments,” Hale testified before the committee on Tuesday.", "Hale"),
    ("“Be there at six or we are finished,” Hale texted his brother.", "Hale"),
])
def test_posts_letters_and_testimony_attribute_their_quotation(text: str, speaker: str) -> None:
    doc = annotate(parse(Source("t.txt", text), "snippet")[0])
    assert doc.speakers and doc.speakers[-1] is not None
    f = doc.frames[doc.speakers[-1]]
    assert doc.text[f.source[0]:f.source[1]] == speaker
    assert all(q.attributed for q in doc.quotes)
    loaded = Linter(Settings(select=["LOAD"]))
    assert lint_text(text, "snippet", linter=loaded).findings == []


def test_the_writers_own_epithet_is_still_the_writers() -> None:
    found = lint_text("Hale, a total disgrace to the council, posted on Facebook on Monday.", "snippet",
                      linter=Linter(Settings(select=["LOAD"]))).findings
    assert [f.text for f in found] == ["disgrace"]


# --- a quotation's speaker is the one named in its own sentence ------------------------------

def test_a_quotation_is_credited_to_the_speaker_in_its_own_sentence() -> None:
    text = ("The plan draws on the reserve fund, according to a summary by the finance office. The tax would "
            "expire after three years, the summary said.\n\n“We saw water where no one had seen it before. It was "
            "devastating,” Council Chair Ama Osei told reporters after the meeting. “This budget gets them home.”")
    doc = annotate(parse(Source("t.txt", text), "txt")[0])
    speakers = [doc.frames[i].entity for i in doc.speakers]
    assert speakers == ["Osei", "Osei"]


def test_the_seed_wire_story_credits_every_quotation_to_the_person_in_its_paragraph() -> None:
    src = read_source(SEEDS / "wire-neutral.txt")
    doc = annotate(parse(src, "txt")[0])
    assert doc.quotes and None not in doc.speakers
    for q, i in zip(doc.quotes, doc.speakers):
        f = doc.frames[i]
        block = doc.article.blocks[doc.sentences[doc.sentence_index(q.start)].block]
        assert f.tier == "named-person" and f.entity in doc.text[block.start:block.end], doc.text[q.start:q.end]


# --- sources that cannot speak -----------------------------------------------------------

@pytest.mark.parametrize("text,cue", [
    ("Critics say the manager's job is under threat, although the club's board has not commented.", "commented"),
    ("If you read the report, you will see why, as you said last week.", "said"),
])
def test_words_that_cannot_speak_are_no_source(text: str, cue: str) -> None:
    assert cue not in sources(text)


def test_a_gerund_after_a_preposition_is_the_clause_subjects() -> None:
    assert sources("After reciting the passage from the book, the preacher paused.")["reciting"] == "the preacher"
    assert sources("Democrats attacked the senator by labelling her an extremist.")["labelling"] == "Democrats"


def test_a_negated_cue_does_not_swallow_the_vague_source_before_it() -> None:
    found = lint_text("Critics say the manager's job is under threat, although the club's board has not commented.",
                      "snippet", linter=Linter(Settings(select=["ATTR001"]))).findings
    assert [f.text for f in found] == ["Critics say"]


# --- vague, collective and named groups -----------------------------------------------------

@pytest.mark.parametrize("text,tier", [
    ("Most economists said rates would rise.", "vague"),
    ("A number of voters said the race was over.", "vague"),
    ("Some Republicans said the plan was flawed.", "collective"),
    ("Several Nato members said a deal was unlikely.", "collective"),
    ("Some people said the plan was flawed.", "vague"),
    ("In the survey 58% of those questioned owned a car. Many of those questioned said the fee was too high.",
     "collective"),
    ("Mr Blair's supporters say no such deal existed.", "collective"),
    ("The nurses met every week. Some of the nurses said they had spoken at hearings.", "collective"),
    ("The survey asked 2,000 shoppers about tags. Most agreed they were a threat to privacy.", "collective"),
    ("It found that most farmers saw the levy as unfair, though most agreed it should stay.", "collective"),
    ("Republicans said the plan was flawed.", "collective"),
    ("Rabbis gathered in the square on Sunday. Many spoke about the attack.", "collective"),
    ("Three officials were briefed. Two others have not said whether they will attend.", "collective"),
    ("Critics gathered outside. Many said the plan would fail.", "vague"),
    ("Among pensioners, 64% said they planned to vote.", "collective"),
    ("A report in the Daily Ledger said the mayor would resign.", "named-organisation"),
    ("The fire took seven hours to put out, according to court records.", "described"),
    ("Government research found that most schemes failed.", "described"),
    ("A report said the scheme had failed.", "vague"),
])
def test_groups_and_documents_take_the_tier_a_reader_would_give_them(text: str, tier: str) -> None:
    assert frames(text)[-1][2] == tier


def test_an_appositive_in_ing_describes_the_name_before_it() -> None:
    got = frames("Harbour Ferry Watch, representing some 60 residents who appealed, say they will go to court.")
    assert got[0][:2] == ("Harbour Ferry Watch", "say") and got[0][2] != "vague"


def test_a_hypothetical_report_is_no_vague_source() -> None:
    assert lint_text("Some may mock his plans, but his record speaks for itself.", "snippet",
                     linter=Linter(Settings(select=["ATTR001"]))).findings == []


def test_an_official_warning_is_no_anonymous_source() -> None:
    assert frames("The agency issued an official warning to residents on Monday.") == []
    assert frames("An official warning was issued on Monday.") == []
    assert frames("An official said the road would close.")[0][2] == "bare-anonymous"


@pytest.mark.parametrize("text,found", [
    ("Pension costs have doubled, research suggests.\n\nA study of 190 funds by Pension Analytics Ltd said "
     "contributions rose.", False),
    ("A report estimated that 4,000 jobs would go. Meanwhile, a January analysis by the Centre for Policy "
     "Studies found that 2,000 would.", True),
    ("The Greens, the SNP and a handful of Tory MPs oppose the plans. Opponents say the scheme will cost "
     "billions.", False),
    ("The minister announced the plans on Monday. Opponents say the scheme will cost billions.", True),
    ("Legal experts said the ruling would be appealed. One expert, Professor Ann Hale, said it was flawed.",
     False),
])
def test_a_vague_source_named_next_or_just_before_is_identified(text: str, found: bool) -> None:
    got = lint_text(text, "snippet", linter=Linter(Settings(select=["ATTR001"]))).findings
    assert bool(got) == found, got


# --- clauses and continuations ---------------------------------------------------------------

@pytest.mark.parametrize("text,cue,source", [
    ("Weeks after he mocked her on air, Hale tells the host that people should move on.", "tells", "Hale"),
    ("Gov. Tom Reyes of Idaho, a Republican who has declined to back him, said the family deserved better.",
     "said", "Gov. Tom Reyes of Idaho"),
    ("“We see no sign of foul play,” the mayor said, adding that the search would take days.", "adding",
     "the mayor"),
    ("That misses the point. ''It's humiliating,'' Mr. Kemble said.", "said", "Mr. Kemble"),
    ("Senator Ann Hale, at a later briefing, said the plan would fail.", "said", "Senator Ann Hale"),
    ("“It was a large order of equipment,” said Owen Tamsin, who declined to give a figure.", "declined",
     "Owen Tamsin"),
    ("FEC records show the fund spent $38.9 million by September.", "show", "FEC records"),
    ("The province has warned for months that its funds are nearly gone, and Ms. Varela said the cuts could not last.",
     "said", "Ms. Varela"),
    ("The campaign staged donor dinners in May, party spokesman Sean Lyle said.", "said",
     "party spokesman Sean Lyle"),
    ("Rather, he said, each new setback for the party will harden its base.", "said", "he"),
    ("With new records revealing that the fund had $152 million, two senators believe she should spend more.",
     "believe", "two senators"),
])
def test_the_speaker_of_every_clause(text: str, cue: str, source: str) -> None:
    doc = annotate(parse(Source("t", text), "snippet")[0])
    tops = [f for f in doc.frames if not any(o is not f and any(s <= f.cue[0] < e for s, e in o.content)
                                              for o in doc.frames)]
    assert (source, cue) in [(doc.text[f.source[0]:f.source[1]], doc.text[f.cue[0]:f.cue[1]]) for f in tops]


def test_show_reports_only_with_a_document() -> None:
    assert sources("They show up at every rally in the state.") == {}


@pytest.mark.parametrize("text,cue", [
    ("Hale was not willing to say who her deputy would be.", "say"),
    ("Hale called Reed a liar at the rally.", "called"),
    ("New polls show the race is tied.", "show"),
])
def test_the_same_words_reporting(text: str, cue: str) -> None:
    assert cue in sources(text)


@pytest.mark.parametrize("text,cue,source", [
    ("Mr. Okafor, 71, said he had been swamped with angry letters.", "said", "Mr. Okafor"),
    ("Morrow put off the vote but said the panel could return to it later.", "said", "Morrow put"),
])
def test_ages_and_subjects_shared_across_but(text: str, cue: str, source: str) -> None:
    assert sources(text)[cue] == source


def test_a_cue_right_after_a_reporting_verb_is_its_object() -> None:
    got = frames("Hale said praise from the president would not change her vote.")
    assert [(src, cue) for src, cue, *_ in got] == [("Hale", "said")]

