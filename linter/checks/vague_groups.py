"""What a vague group's cue word says about the group itself (for ``vague-source``): a
cue that only defines or describes which people are meant, one under a modal or inside a
comparison, and a bare "many" that is the sentence's own subject credit no claim to
anyone; and a share of a group in a story with a poll is the poll's result."""

from __future__ import annotations

import re

from ..analyse.vocab import vocab, word_set
from ..model.doc import Doc, Frame
from ..analyse import recache

#: Finite auxiliaries: the group's own verb after the phrase that defines it.
_FINITE_AUXILIARIES = frozenset({"was", "were", "is", "are", "had", "has", "have"})
_QUANTIFIERS = word_set("grammar", "quantifiers")
#: Modals that make a report hypothetical ("critics would say").
_MODALS = word_set("grammar", "hypothetical_modals")
#: Words opening a comparison or a condition: a source after them says nothing.
_SUPPOSING = frozenset({"than", "if", "unless"})
#: Prepositions that open a participle's phrase inside a noun phrase ("accused in connection with").
_PARTICIPLE_PHRASES = frozenset({"in", "over", "after", "following", "during"})
#: Reflexive pronouns: a group that "describes itself" is described, not quoted.
_REFLEXIVES = frozenset({"themselves", "himself", "herself", "itself"})
#: Verbs of memory, and the words that open a plain object after them ("recall the footage").
_MEMORY = word_set("attribution", "memory_verbs")
_PLAIN_OBJECT_OPENERS = frozenset({"the", "a", "an", "those", "these", "his", "her", "their", "its"})


def defining(doc: Doc, f: Frame) -> bool:
    """The cue word says which people the group is: a relative clause with an infinitive
    ("people who claim to have been misled") or a participle and its "to" phrase before
    the group's own verb ("people opposed to the bypass have filled his inbox"), where
    "There are experts who claim that the bridge is unsafe" credits them with a claim."""
    if f.source is None or not f.content:
        return False
    between = doc.text[f.source[1]:f.cue[0]].split()
    k = doc.token_at(f.cue[1] - 1) + 1
    last = doc.sentences[f.sentence].last
    if k >= last or doc.tok_norm[k] != "to":
        return False
    if between in (["who"], ["that"]):
        return True
    if between or not doc.tok_norm[k - 1].endswith("ed"):
        return False
    for i in range(k + 1, min(last, k + 10)):
        if doc.tok_norm[i] in (",", ";", "that", "which", "who"):
            return False
        if doc.tok_norm[i] in _FINITE_AUXILIARIES:
            return True
    return False


def describes_group(doc: Doc, f: Frame) -> bool:
    """The cue word only describes the group, nobody is credited with a claim: it sits
    inside another report's source ("12 men accused in connection with the raid said":
    the defendants speak, "accused" is not a report), or what follows it has no subject
    of its own ("Many of those signing up to complain were already angry"), or a relative
    clause says how the group describes itself ("few people who describe themselves as
    vegans eat honey")."""
    if any(g is not f and g.source is not None and g.source[0] <= f.cue[0] < g.source[1]
           for g in doc.frames_in(f.sentence)):
        return True
    if not f.content:
        return False
    first = doc.text[f.content[0][0]:f.content[0][1]].split()[:1]
    if first and first[0].lower() in _FINITE_AUXILIARIES:
        return True
    cue = doc.text[f.cue[0]:f.cue[1]].lower().split()
    if cue and cue[-1] in _MEMORY and first and first[0].lower() in _PLAIN_OBJECT_OPENERS:
        return True  # "Some will recall the footage of ...": a reminder, no claim
    if first and first[0].lower() in _REFLEXIVES and doc.text[f.source[1]:f.cue[0]].split() in (["who"], ["that"]):
        return True
    # "12 men charged over the riots said ...": a participle and its
    # phrase, then the group's own verb of saying
    k = doc.token_at(f.cue[1] - 1) + 1
    last = doc.sentences[f.sentence].last
    if not (doc.tok_norm[k - 1].endswith("ed") and k < last and doc.tok_norm[k] in _PARTICIPLE_PHRASES):
        return False
    j = next((i for i in range(k, min(last, k + 12)) if doc.tok_norm[i] in (",", ";", "said", "say", "says")), None)
    return j is not None and doc.tok_norm[j] != "," and doc.tok_norm[j] != ";"


def hypothetical(doc: Doc, f: Frame) -> bool:
    """"Some may criticise his talk", "people would say": a modal before the cue makes
    it what someone might say, not a claim credited to anyone; so does a comparison or a
    condition opening the source's clause ("less severe than many had feared", "if critics
    argue ..."); a time clause is not one ("when a leaked memo showed ...")."""
    if f.source is None or f.source[1] > f.cue[0]:
        return False
    words = doc.text[f.source[0]:f.source[1]].lower().split()
    if len(words) >= 2 and words[-2] in _SUPPOSING and words[-1] in _QUANTIFIERS:
        return True  # "The damage was lighter than many had imagined": the group is inside the comparison
    k = doc.token_at(f.source[0]) - 1
    if k >= doc.sentences[f.sentence].first and (doc.tok_norm[k] in _SUPPOSING or (
            doc.tok_norm[k] == "as" and "as" in doc.tok_norm[max(doc.sentences[f.sentence].first, k - 5):k])):
        return True  # "than many had feared", "not as badly hurt as some reports suggested"
    between = doc.text[f.source[1]:f.cue[0]].lower().split()
    return any(w in _MODALS for w in between)


def partitive(doc: Doc, f: Frame) -> bool:
    """ "World leaders pledged $8bn, many hoping to ...": a bare quantifier after a comma
    with a participle is "many of them", the sentence's own subject, not a weasel."""
    words = doc.text[f.source[0]:f.source[1]].lower().split()
    before = doc.text[doc.sentences[f.sentence].start:f.source[0]].rstrip()
    cue = doc.text[f.cue[0]:f.cue[1]].lower()
    return len(words) == 1 and words[0] in _QUANTIFIERS and before.endswith(",") and cue.endswith("ing")


#: What a past expectation may be about: an outcome ("whether she would win", "what would
#: happen"), not a fact ("whether the figures were accurate", "whether he had lied").
_OUTCOME = frozenset({"would", "could", "can", "will", "might"})


def past_expectation(doc: Doc, f: Frame, verbs: set[str]) -> bool:
    """"Many expected this to be his year - but ...", "many had doubted whether she could
    win", "fans were wondering what came next": a mood of its time before the event
    the story reports, which the outcome answers; no fact is credited to the group. "Many
    doubted whether the figures were accurate" or "whether he had lied" doubts a fact: not this."""
    cue = doc.text[f.cue[0]:f.cue[1]].lower().split()
    if not cue or cue[0] not in verbs or not f.content:
        return False
    before = doc.token_at(f.cue[0]) - 1
    if not (cue[0].endswith("ed") or (before >= 0 and doc.tok_norm[before] in ("was", "were", "had"))):
        return False
    said = doc.text[f.content[0][0]:f.content[-1][1]].lower().split()
    if cue[0].startswith("doubt") or said[:1] in (["whether"], ["if"], ["what"]):
        return bool(_OUTCOME & set(said[:8]))
    return True
#: A share of a group: what a poll reports ("two-thirds of the voters", "a majority of
#: his donors", "4 in 10 voters", "62 percent of Democrats").
_SHARE = recache.compile(r"^(?:(?:about|nearly|almost|roughly|more\s+than|fewer\s+than|less\s+than|over|under|only|just)\s+)?"
                    r"(?:(?:a|one|two|three)[\s-](?:half|third|thirds|quarter|quarters|fifth|fifths)|half|a\s+majority|"
                    r"the\s+majority|a\s+plurality|\d[\d.,]*\s*(?:%|percent|per\s+cent)|\d+\s+(?:in|out\s+of)\s+\d+)\b",
                    re.IGNORECASE)
#: Words that put a poll in the story ("told pollsters", "the exit poll", "a survey of").
_POLLING = recache.compile(r"\b(?:polls?|polled|polling|pollsters?|surveys?|surveyed|respondents)\b", re.IGNORECASE)
#: How many paragraphs back a poll may be named for a share to be its result.
_POLL_REACH = 2


def polled(doc: Doc, f: Frame) -> bool:
    """"Still, two-thirds of those polled said they were uneasy", "A majority of his
    donors say ...": a share of a group, in a story that names a poll or a survey in the
    paragraph or the two before: the poll's result, which counted what they said, not a
    vague group's claim."""
    if f.source is None or not _SHARE.match(doc.text[f.source[0]:f.source[1]]):
        return False
    block = doc.sentences[f.sentence].block
    first = doc.article.blocks[max(0, block - _POLL_REACH)].start
    return _POLLING.search(doc.text, first, doc.sentences[f.sentence].end) is not None


def reviewers(doc: Doc, f: Frame, head: str) -> bool:
    """"Critics have mauled the four-hour saga": beside a film, a play or an album (in the
    group's sentence or the one before) critics are the reviewers whose trade is judging
    it; the reception is reported, not an opinion laundered ("Critics say the housing law
    is unfair" names no work and stays a vague source)."""
    if head not in ("critics", "reviewers") or f.source is None:
        return False
    works = vocab().sources.get("reviewed_works", ())
    first = doc.sentences[max(0, f.sentence - 1)].start
    return any(w in works for w in re.findall(r"[a-z]+", doc.text[first:doc.sentences[f.sentence].end].lower()))
