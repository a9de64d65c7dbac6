"""Source before cue: "SOURCE (aux/adverbs) CUE (that) CONTENT".

The commonest construction and the last tried for a verb cue: "Zelensky had reported
that 46,000 soldiers had been killed". The source is the noun phrase that ends where
the auxiliaries before the cue begin, less leading adverbials ("In May,"), a relative
clause ("Aldous, who faces re-election, said") and a lower-case noun before a name
("a region Russia demands"). The content is the rest of the sentence, up to a writer's
own contrast clause.

Four frame patterns come out of it: "that-clause" when a "that", colon or quotation
mark opens the content (reported speech whatever the cue), "source-cue" otherwise
(for a stance verb, only the writer's words: "criticised the plan"), "shared-subject"
when the cue has no subject of its own after an earlier frame of the sentence ("...
admitted X and insisted Y": the same speaker; "Lazar said he welcomed X and added Y":
the sentence's main speaker), and "plain-object" for a document or organisation whose
discovery verb has a plain noun object ("The video shows a crowd"): a frame, but the
object is the writer's description. A person's such verb with a plain object ("Aziz
added a second", "found ways to") reports nothing and makes no frame. The speaker is
found past an appositive ("Janet Ulrich, president of X, said"), a closed relative
clause ("X, who runs Y, said") and leading adverbials and subordinate clauses. As the last verb
pattern it always decides: a passive ("is estimated"), a missing or over-long subject
means no frame.
"""

from __future__ import annotations

from ..asides import named_from
from ..clause import SUBORDINATORS, complement, is_cap, next_block_content, passive, plain_object
from ..phrase import (cut_at_verb, np_start, past_appositive, past_interruptions, past_relative, skip_adverbials, subject, trim_floating_quantifier, trim_time,
                      trim_to_name)
from ....model.doc import CHARACTERISATION, INSTITUTION, ORGANISATION, PLAIN_OBJECT, Frame
from ...lexicon import Match
from ...wordclass import VERB, parts
from ..sources import is_document
from ..words import (ADVERBIAL_HEAD, BE, DETERMINERS, DITRANSITIVE_CUES, DOCUMENT_ONLY_CUES, FINITE, HEAD_PREPOSITIONS,
                     IMPERSONAL_SUBJECTS, NEEDS_CLAUSE, NEEDS_QUOTE, NP_LINKS, PRONOUNS)
from .base import NOT_MINE, Cue, Example, Outcome, characterises as _characterises, without_naming
from .statement_noun import possessor_start

NAME = "source-cue"

EXAMPLES = [
    Example("The mayor said the bridge would reopen in May.", "The mayor", "said", "source-cue"),
    Example("Health Minister Sofia Reyes has repeatedly warned that the clinics are short of staff.",
            "Health Minister Sofia Reyes", "warned", "that-clause"),
    Example("In a letter on Friday, the regulator conceded: the rules had failed.",
            "the regulator", "conceded", "that-clause"),
    Example("The coach admitted the team had played badly and insisted that changes would come.",
            "The coach", "insisted", "shared-subject"),
    Example("The mayor toured the depot and accused the council of starving it of funds.",
            "The mayor", "accused", "characterisation"),
    Example("Last week, the transport secretary said the line would be finished by 2030.",
            "the transport secretary", "said", "source-cue"),
    Example("Janet Ulrich, president of the traders' association, said the closure was a mistake.",
            "Janet Ulrich", "said", "source-cue"),
    Example("Council member Dale Prewitt, one of two members who voted against it, said the county should wait.",
            "Council member Dale Prewitt", "said", "source-cue"),
    Example("The opposition leader found the report was flawed.", "The opposition leader", "found", "source-cue"),
    Example("The opposition leader accused the minister of steamrolling the bill.", "The opposition leader", "accused",
            "characterisation"),
    Example("Local papers branded the launch a cynical stunt.", "Local papers", "branded", "characterisation"),
    Example("The video shows a crowd outside the town hall.", "The video", "shows", "plain-object"),
    # a relative clause with an irregular past verb: its antecedent speaks, not "spoke to the paper"
    Example("Residents who spoke to the paper said the water had been brown for weeks.", "Residents", "said",
            "source-cue"),
    Example("The mayor spoke on Monday. She said:\n\n> We will rebuild every home on this street.",
            "She", "said", "that-clause", "md"),
    # a transcript: a short paragraph introduces the next, which is the speaker's words
    Example("The mayor spoke on Monday.\n\nTom Reed, the opposition leader, added:\n\nWe will rebuild every home.",
            "Tom Reed", "added", "that-clause"),
]


#: What a gerund cue's own subject may follow ("by labelling", "after repeatedly dismissing").
_GERUND_OPENERS = HEAD_PREPOSITIONS | SUBORDINATORS


def find(cue: Cue) -> Outcome:
    st, a = cue.st, cue.a
    content = complement(st, cue.b, a) or next_block_content(st, cue.b, plain=True)  # "The mayor said:" + its block
    if not content or st.norm[a].startswith("portray"):  # "the film portrays him as": a depiction
        return None  # "... the council's own finance report." is a noun, not a verb
    src_end = cue.source_end
    shared = _shared(cue, src_end, content)
    if shared is not NOT_MINE or src_end <= st.first:
        return None if shared is NOT_MINE else shared
    if passive(st.norm, src_end, a) or "according" in st.norm[max(st.first, src_end - 3):src_end]:
        # "The population is now estimated at three million": the subject is what was
        # estimated, not who estimated it; "evidence to suggest", "official estimates"
        # after "according to": no speaker at all.
        return None
    # "Democrats attacked her by labelling her ...", "after repeatedly dismissing them": the subject's
    gerund = st.norm[a].endswith("ing") and st.norm[src_end - 1] in _GERUND_OPENERS
    source = subject(st) if gerund else (_object_controller(cue) or _source(cue, src_end))
    if st.norm[a].endswith("ing") and st.norm[a - 1] == "'s" and a - 1 > st.first:
        source = (possessor_start(st, a - 1, cue.v), a - 1)  # "about Hale's calling Reed a bigot": Hale's words
    if source is None or (st.norm[a] in DOCUMENT_ONLY_CUES and cue.b - a == 1 and not is_document(st, *source, cue.v)):
        return None  # "polls show ..." reports; "they show up" does not
    if st.norm[a - 1] == "to" and st.norm[source[0]] in IMPERSONAL_SUBJECTS:
        return None  # "it is too soon to say", "suffice it to say": nobody says anything
    gap, at = st.span(source[1] - 1, a), st.start[a]
    if not gerund and "," not in st.norm[source[1]:a] \
            and any(gap[0] < f.cue[0] < gap[1] and any(s <= at < e for s, e in f.content) for f in cue.same):
        return None  # "The Ledger suggested the fire highlighted the threat": "highlighted" is content
    if st.norm[source[0]] in ("what", "whatever") and source[1] - source[0] > 1:
        source = (source[0] + 1, source[1])  # "What the mayor said was ...": the mayor
    if _free_relative_source(st, source[0]):
        content = _after_what(st, source[0] - 1, cue.b, content)
    return _frame(cue, source, _aside(cue, source, without_naming(cue, content)))


def _free_relative_source(st, start: int) -> bool:
    """A source inside a "what" clause ("what the minister knew", "what she called a
    stunt"): the cue's object is "what"."""
    return start - 1 >= st.first and st.norm[start - 1] in ("what", "whatever")


def _after_what(st, what: int, b: int, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The content of a cue in a "what" clause. "what she knew and what she never knew about X":
    a conjunction after the cue, so nothing was said and the words are the writer's;
    "What the mayor said was absurd" opening the sentence: the writer's verdict on it,
    unless a pseudo-cleft ("was that ...") gives the clause. Otherwise the words after
    the cue are the speaker's ("what she called a stunt", "what analysts said was a sign")."""
    if b < st.last and st.norm[b] in ("and", "or", "but"):
        return []
    if what == st.first and b < st.last and st.norm[b] in BE:
        return _cleft(st, b)
    return content


def _cleft(st, b: int) -> list[tuple[int, int]]:
    """The content of a pseudo-cleft ("what he said was that the plan failed", "what she
    argued was: ..."): the clause after "be that" or "be:", else nothing."""
    k = b
    while k < min(st.last, b + 3) and st.norm[k] in BE | {"simply", "just", "basically"}:
        k += 1
    if k > b and k < st.last and st.norm[k] in ("that", ":"):
        return complement(st, k)
    return []


def _object_controller(cue: Cue) -> tuple[int, int] | None:
    """"it led Ann Hale to accuse Reed of double standards", "led critics to accuse":
    an infinitive cue after a verb and its object; the object is who speaks (not "Hale
    refused to say", where the verb before "to" leaves the subject the speaker)."""
    st, a = cue.st, cue.a
    if a - 3 < st.first or st.norm[a - 1] != "to":
        return None
    k = a - 1
    while k - 1 > st.first and (is_cap(st.raw_at(k - 1)) or st.norm[k - 1] in cue.v.source_words
                                or (st.norm[k - 1] in ("the", "a", "an", "some", "many") and k < a - 1)):
        k -= 1
    if k == a - 1 or not st.raw_at(k - 1).isalpha() or not st.raw_at(k - 1).islower() \
            or st.norm[k - 1] in ("and", "or", "but", "for", "of", "than", "as"):
        return None
    return k, a - 1


def _aside(cue: Cue, source: tuple[int, int], content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"The plan, the mayor said, would fail", "The reality is, he added, ...": a short
    source and its cue set off by commas inside the sentence they report; the words
    before them are reported too (not a leading adverbial: "In May, the mayor said, ...")."""
    st, j = cue.st, source[0] - 1
    if not (st.first + 1 < j and st.norm[j] == "," and cue.b < st.last and st.norm[cue.b] == ","
            and source[1] - source[0] <= 4 and st.norm[st.first] not in ADVERBIAL_HEAD | SUBORDINATORS):
        return content
    if any(st.norm[k] in (",", ";", ":", "“", '"') for k in range(st.first, j)) \
            or any(f.cue[0] < st.start[j] for f in cue.same):
        return content
    return [st.span(st.first, j)] + content


def _shared(cue: Cue, src_end: int, content: list[tuple[int, int]]) -> Outcome:
    """A cue with no subject of its own, or after "and"/"but": the sentence's main frame's
    speaker ("X admitted ... and insisted ..."), else the sentence's subject ("Sullivan
    put off the decision but said ..."); NOT_MINE when the cue has a subject."""
    st = cue.st
    joined = src_end > st.first and st.norm[src_end - 1] in ("and", "but")
    main = cue.main
    if (src_end <= st.first or joined) and main is not None:
        return cue.inherit(main, content, "shared-subject")
    subj = subject(st) if joined else None
    if subj is not None and subj[1] < src_end - 1:
        return _frame(cue, subj, content, "shared-subject")
    return NOT_MINE


def _frame(cue: Cue, source: tuple[int, int], content: list[tuple[int, int]], pattern: str = "") -> Frame | None:
    """The frame of a source: plain-object for a plain object after a verb that needs a
    clause, that-clause when a "that", colon or quotation opens the content."""
    st, b = cue.st, cue.b
    if st.norm[cue.a] in NEEDS_CLAUSE and plain_object(st, b):
        return _plain_object(cue, source, content)  # "Aziz opened the scoring and added a second"
    if cue.cls == "mind-reading" and b < st.last and st.norm[b] in ("of", "about", "in", "for"):
        return cue.make(source, content, PLAIN_OBJECT)  # "knew of the abuse": a topic, not a clause
    named = named_from(st.norm, cue.a, b, st.last)
    if named is not None and plain_object(st, named):
        return cue.make(source, content, PLAIN_OBJECT)  # "responded to the bombshell allegations", "exposed the fraud"
    opens = st.norm[b + 1] if b + 1 < st.last and st.norm[b] == "," else st.norm[b] if b < st.last else ""
    clause = st.norm[b] in ("that", ":") or opens in ("“", '"', "'", "‘")
    if st.norm[cue.a] in NEEDS_QUOTE and not clause and not (opens == "to" and _verb_at(cue, b + 1, b + 3)):
        return None  # "The protest continued the trend": only "continued: ...", "continued to insist" report
    if pattern in ("", "shared-subject") and not clause and _characterises(cue):
        # "accused the minister of steamrolling": the charge is reported, also from a subject
        # the cue shares with an earlier verb ("Hale ran on his record and accused ...")
        pattern = CHARACTERISATION
    elif not clause and cue.cls in ("stance", "colour") and _bare_clause(st, b, st.norm[cue.a] in DITRANSITIVE_CUES):
        clause = True  # "denied the campaign was racist": a reported clause without "that"
    return cue.make(source, content, pattern or ("that-clause" if clause else "source-cue"))


def _bare_clause(st, b: int, ditransitive: bool = False) -> bool:
    """A clause with its own subject and finite verb right after the cue, no "that" ("denied
    the poster was racist", "warned the bridge would close"): within the first eight
    tokens a finite verb follows a noun phrase, before any comma. A second noun phrase
    after the object opens a relative clause on it ("criticised the reckless plan the
    council has approved", "denied the claims he has made"): the object is the writer's
    words unless a second finite verb follows ("argued the case the council made was
    weak"), or the verb takes a person before its clause ("warned the council the bridge
    would close")."""
    relative, reach = False, b + 8
    for k in range(b + 1, min(st.last, reach)):
        if st.norm[k] in (",", ";", ":", ".", "“", '"'):
            return False
        if not (relative or ditransitive) and st.norm[k] in SUBJECT_STARTS and st.norm[k - 1] not in NP_LINKS \
                and st.norm[k - 1] not in DETERMINERS and k > b + 1:
            relative, reach = True, b + 12
            continue
        if st.norm[k] in FINITE and st.norm[k] not in PRONOUNS and st.norm[k - 1] not in ("to", "who", "which", "that"):
            if not relative and not (relative is None and st.norm[k - 1] in FINITE):
                return True
            relative = None  # the relative clause's own verb ("has approved"): a clause needs another
    return False


#: Words that open a second noun phrase: determiners and subject pronouns.
SUBJECT_STARTS = (DETERMINERS - {"that"}) | {"he", "she", "they", "we", "i", "you"}


def _plain_object(cue: Cue, source: tuple[int, int], content: list[tuple[int, int]]) -> Frame | None:
    """"The video shows the damage": a document's or an organisation's frame whose object
    is the writer's own description ("plain-object", not speech); "Aziz added a second",
    "Clinton found ways to ...": a person's verb with a plain object reports nothing."""
    frame = cue.make(source, content, PLAIN_OBJECT)
    if frame is None or not (frame.tier in (ORGANISATION, INSTITUTION) or is_document(cue.st, *source, cue.v)):
        return None
    return frame


def _verb_at(cue: Cue, start: int, end: int) -> Match | None:
    """A reporting verb that starts at token ``start`` (only the matches that start there
    are walked)."""
    return next((m for m in cue.v.cues.matches_at(cue.st.norm, start, end) if m.payload[1] == "verb"), None)


def _infinitive_end(st, start: int, end: int) -> bool:
    """A phrase that ends in an infinitive ("writers ought to begin drafting plays", "the
    firm hired a consultant to compile that purports"): a verb phrase, not a speaker."""
    return end - start >= 2 and st.norm[end - 2] == "to" and st.raw_at(end - 1).islower() \
        and bool(parts(st.norm[end - 1]) & VERB)


def _source(cue: Cue, src_end: int) -> tuple[int, int] | None:
    """The source's tokens: the noun phrase before the cue, trimmed to its speaker."""
    st, norm = cue.st, cue.st.norm
    if norm[src_end - 1] in ("that", "which", "who") and src_end - 1 > st.first:
        src_end -= 1  # "a report that found", "the official who said": the antecedent speaks
        if norm[src_end - 1] == ",":
            src_end -= 1
    src_end = trim_time(st, st.first, src_end)  # "Cruz last week said", "X, who ..., on Sunday defended"
    closed = norm[src_end - 1] == ","  # "X, an appositive or a relative clause, said"
    interrupted = past_interruptions(st, src_end, cue.v) if closed else None
    if interrupted is not None:
        return interrupted  # "Murphy, though, said", "Ortiz, during a meeting in Akron, Ohio, said"
    src_end = trim_floating_quantifier(st, st.first, src_end)
    start = np_start(st, src_end, cue.v.source_words)
    if start >= src_end:
        return None
    start, src_end = past_relative(st, start, src_end, closed, cue.v.source_words)
    start, src_end = past_appositive(st, start, src_end, cue.v, closed)
    opening = _verb_at(cue, start, src_end)
    if opening is not None:
        start = opening.last  # "“...,” said Acme president Owen Tamsin, who declined": the name, not "said"
    # Drop leading adverbial segments ("Despite this,", "In February 2025,", "Meanwhile,").
    start = skip_adverbials(st, start, src_end)
    if start >= src_end:
        return None
    if norm[src_end - 1] == ",":
        src_end -= 1
    if src_end - start > 1 and norm[src_end - 1] in PRONOUNS:
        return src_end - 1, src_end  # "the deficit he announced", "for what they call": the speaker is the pronoun
    if src_end - start > 14 or _infinitive_end(st, start, src_end):
        return None
    if norm[cue.a - 1] == "to" and any(m.payload[1] == "verb" for m in cue.v.cues.matches(norm, start, src_end)):
        return None  # "Investigators found evidence to suggest": the speaker is the clause's, already framed
    start = next((k + 1 for k in range(src_end - 2, start - 1, -1) if norm[k] in ("what", "whatever")
                  and st.raw_at(k).islower()), start)  # "demonstrated what many analysts knew": the analysts
    start = trim_to_name(st, start, src_end, cue.v)
    src_end = cut_at_verb(st, start, src_end)
    while start < src_end and (norm[start] in ADVERBIAL_HEAD or norm[start] in SUBORDINATORS) \
            and not is_cap(st.raw_at(start)):
        start += 1  # "with the president claiming", "as police have said": not the source
    return start, src_end
