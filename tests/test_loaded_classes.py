"""Open classes of loaded language (issue 12, recall beyond the tuning data): each class
the LOAD packs name is tried on sentences written for this test, with the literal and
neutral uses that must stay quiet; and the attribution steps that decide whose words
they are (a writer's verdict after a reported clause, adverbs of manner before "that",
a noun after "of", an object's relative clause)."""

from __future__ import annotations

import pytest

from conftest import gate_findings

def gate(text: str) -> list[str]:
    """The LOAD warnings and errors on a text, as the flagged words (lower case)."""
    return [f.text.lower() for f in gate_findings(text, "LOAD", fmt="snippet")]


@pytest.mark.parametrize("text,word", [
    # contemptuous verbs of speech
    ("The senator ranted about the budget for an hour.", "ranted"),
    ("The mayor fawned over the developers at the launch.", "fawned over"),
    ("The minister pontificated about ethics while the inquiry sat.", "pontificated"),
    ("The councillor spouted half-truths about the depot.", "spouted"),
    ("Opposition members scoffed at the budget on Tuesday.", "scoffed at"),
    ("The chairman was barking orders at junior staff.", "barking orders"),
    # servility
    ("The party's leaders sucked up to the donors all summer.", "sucked up to"),
    ("The board bent the knee to the regulator within a week.", "bent the knee to"),
    # moral condemnation
    ("The council's reprehensible decision closed the shelter.", "reprehensible"),
    ("The merger ended in an inglorious retreat by the board.", "inglorious"),
    ("The deal was an unholy alliance between the two parties.", "unholy alliance"),
    # folly, shoddiness, bad taste
    ("The minister's silly proposal would close two libraries.", "silly"),
    ("The council's shoddy handling of the depot angered residents.", "shoddy"),
    ("The campaign spread scurrilous rumours about the mayor.", "scurrilous"),
    # intensified evaluation
    ("The council's handling of the depot was utterly bizarre and totally unacceptable.", "totally"),
    ("The decision was downright bizarre.", "downright"),
    ("The senator is virulently anti-immigrant.", "virulently"),
    ("The mayor's reply was incredibly offensive to the families.", "incredibly"),
    # attack for criticism
    ("The opposition is blasting the new parking charges.", "blasting"),
    ("The governor blasted the ruling on Friday.", "blasted"),
    # emotional outburst
    ("The president exploded at reporters after the vote.", "exploded at"),
    ("Party officials freaked out over the leaked memo.", "freaked out"),
    # a verdict in the predicate
    ("The verdict was an absolute disgrace.", "disgrace"),
    ("The council's excuse is utter nonsense.", "nonsense"),
    # contempt for character, insults, nonsense-nouns
    ("The smarmy spokesman dodged every question.", "smarmy"),
    ("The mayor's conniving aides rewrote the minutes.", "conniving"),
    ("Only a buffoon would sign that contract.", "buffoon"),
    ("The minister's answer was pure hokum.", "hokum"),
    # moral condemnation nouns
    ("The scandal is a blight on the council.", "blight on"),
])
def test_each_open_class_flags_the_writers_loaded_words(text: str, word: str) -> None:
    assert word in gate(text)


@pytest.mark.parametrize("text", [
    # the literal and neutral senses of the same words
    "Engineers blasted a tunnel through the hill on Monday.",
    "The storm blasted the coast for two days.",
    "The volcano exploded in 1883, the museum's guide said.",
    "A dog was barking at the postman all morning.",
    "The bridge was completely destroyed by the flood.",
    "Fiercely anti-Castro voters dominate the district.",
    "The two charities formed an alliance last year.",
    "The shed was a blight on the old harbour, the planning officer said.",
    "The report was utterly different from the draft.",
    "The restaurant boasts a view of the harbour.",
    "Pro-democracy activists marched in the capital, particularly anti-corruption groups.",
    "Doctors prescribed anti-depressants to the patients.",
    "The fire was completely out of control by midnight.",
    "The storm left roads totally unfit for traffic.",
    "The forecast was completely wrong, leaving farmers unprepared.",
    "Investors were spooked as shares exploded at the open.",
    "The striker blasted the ball into the top corner.",
    "The team's defending was a disgrace, the manager said.",
    "In the novel, the smarmy butler poisons the duke.",
    # inside an attributed quotation the words are the speaker's
    "“The minister ranted for an hour,” the opposition leader said.",
    "“It was a silly proposal,” the mayor told reporters.",
])
def test_literal_and_quoted_uses_stay_quiet(text: str) -> None:
    assert gate(text) == []


@pytest.mark.parametrize("text,word", [
    # a writer's verdict on the statement after the reported clause is the writer's
    ("Ambellas claims helicopters fired on the crowd, a ludicrous theory he has repeated.", "ludicrous"),
    ("The paper said the event was racially charged -- a vicious lie that the council exposed.", "vicious"),
    # adverbs of manner before "that" describe the saying: the writer's
    ("The leaflet asserted wrongly and maliciously that the bakery had closed.", "maliciously"),
    # a cue word after "of" is a noun: nobody reported anything
    ("The landlord was refused any chance of reply to that shocking leaflet.", "shocking"),
    # "said what is ...": the writer's description of what was said, not its content
    ("The senator said what is clearly an absurd and disgraceful plan.", "disgraceful"),
    # "purported" before a noun is an adjective, not a cue
    ("Citing decades-old purported misconduct, the party ran a shameless campaign.", "shameless"),
    # the object's relative clause: the object is the writer's description
    ("Councillor Ruth Bell criticised the reckless scheme the council has approved.", "reckless"),
    ("Councillor Ruth Bell denied the disgraceful claims he has made about the harbour.", "disgraceful"),
])
def test_the_writers_words_next_to_reported_speech_are_the_writers(text: str, word: str) -> None:
    assert word in gate(text)


@pytest.mark.parametrize("text", [
    # reported clauses without "that" belong to the speaker, whether the verb takes a
    # person first or not, and a prepositional phrase inside the subject is no clause
    "Councillor Ruth Bell warned the reckless scheme would bankrupt the harbour.",
    "Councillor Ruth Bell warned the council the reckless scheme would bankrupt the harbour.",
    "Councillor Ruth Bell warned the head of the reckless agency would resign.",
    "A party spokesman denied the leaflet was racist.",
    # a pseudo-cleft ("what was needed was ...") is the content itself
    "The mayor said what was needed was a reckless gamble on the harbour.",
    # a statement noun after the clause without a verdict of the writer's stays the speaker's
    "The mayor said the reckless scheme would be dropped, a claim the council disputed.",
])
def test_reported_clauses_stay_the_speakers(text: str) -> None:
    assert gate(text) == []
