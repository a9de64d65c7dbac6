"""Whether a vague source (ATTR001's kind ``vague-source``) is identified after all: the
reader can tell who it is from the story around it. It is nested in a named report, is a
group the sentence lists or the sentences before have named, a document the story has
introduced, or the next sentences (or a later paragraph of the lede) name it: one of
the group, the maker of the report, the outlet of the press reports, or a named source
putting the group's case. A named source answering the group ("But the minister said")
is another side, not one of them. These are exceptions of ``vague_source.py``, which
decides what is reported."""

from __future__ import annotations

import re

from ..analyse.vocab import vocab, word_set, word_table
from ..model.article import HEADLINE
from ..model.doc import NAMED, ORGANISATION, Doc, Frame
from .vague_groups import describes_group, hypothetical, partitive, polled
from .vague_members import (described_alike, has_standing, introduced_before, members_named, quote_closes,
                             report_maker, specialist)
from ..analyse import recache

_STOP = word_set("grammar", "stop_words")
#: Vague group heads and the word roots that name such a group ("oppose" for opponents).
_GROUP_ROOTS = {head: tuple(roots) for head, roots in word_table("sources", "group_roots").items()}
#: A named person's affiliation: "Tom Reed of the Fiscal Institute", "Ann Hale, from Leeds".
_AFFILIATION = recache.compile(r"[A-Z][\w’'-]+,? (?:of|at|from) (?:the )?[A-Z]")
#: Prepositions that cannot open a speaker's noun phrase ("among others").
_PREPOSITIONS = frozenset({"among", "amongst", "of", "from", "at", "by", "with", "for", "in", "on", "including"})
#: How many sentences after a vague group a named source may put its case.
_CASE_REACH = 8
#: How many paragraphs after a headline may name its vague source.
_BODY_REACH = 3
#: Sentence openers that answer what came before: a named source there is another side.
_CONTRASTS = frozenset({"but", "however", "yet", "meanwhile"})
#: The next sentence names a document by who made it ("The report, by the UN's OCHA, ...").
_NAMED_DOC = recache.compile(
    r"\b(?:[Tt]he|[Tt]his|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+)?(?:report|study|survey|research|analysis|review|poll|"
    r"paper|figures|data|findings)\b[^.]{0,60}?\b(?:by|from|for|of|at)\s+(?:the\s+)?[A-Z]"
    r"|^\W*(?:Produced|Published|Conducted|Commissioned|Carried out|Compiled|Written|Released)\s+by\s+(?:the\s+)?[A-Z]")


def identified(doc: Doc, fi: int, head: str) -> bool:
    """Whether the reader can tell who the vague source is after all: it is nested in a
    named report ("the official said people had complained"), is the sentence's own
    subject ("many hoping to"), is named in the next sentence, refers back to a group
    the sentence before has just named ("The Tories and some Labour MPs oppose the plan.
    Opponents say ..."), or was counted in a ballot; or nobody is credited at all."""
    f = doc.frames[fi]
    if any(i != fi for i in doc.covering(f.cue[0])) or hypothetical(doc, f) or describes_group(doc, f) \
            or _not_a_group(doc, f) or _mentioned_before(doc, fi, head) or _documents_introduced(doc, f, head):
        return True
    return partitive(doc, f) or polled(doc, f) or _named_next(doc, f, head) or members_named(doc, f, head) \
        or _defined_before(doc, f, head) or _named_in_body(doc, f) or bool(_BALLOT.search(doc.text[f.cue[1]:doc.sentences[f.sentence].end]))


#: "Most voters said ... in the 1975 referendum": a ballot or a poll counted what the group said.
_BALLOT = recache.compile(r"\bin\s+(?:the|a|an|this|that|last|its|their)\s+(?:[\w-]+\s+){0,2}?"
                     r"(?:referendum|referendums|ballot|ballots|poll|polls|survey|surveys|census|vote)\b", re.I)


def _named_in_body(doc: Doc, f: Frame) -> bool:
    """A headline's vague source ("Film breaks box office record, according to reports")
    that the first paragraphs of the story name, making the same point ("..., according
    to trade weekly Screen Ledger")."""
    if doc.block_of(f.sentence).kind != HEADLINE:
        return False
    block = doc.sentences[f.sentence].block
    for g in doc.frames:
        if doc.sentences[g.sentence].block > block + _BODY_REACH:
            break
        if g.sentence > f.sentence and g.vouched and g.inherited_from is None \
                and (_same_point(doc, f, g) or _same_verb(doc, f, g)):
            return True
    return False


#: Verbs too common to tie two reports together ("experts say" ... "Hale said").
_PLAIN_SAYING = frozenset({"say", "said", "says", "saying", "tell", "told", "tells", "according"})


def _same_verb(doc: Doc, f: Frame, g: Frame) -> bool:
    """The same particular verb ("experts predict" / "..., predicts Jo Marsh"): one report."""
    a, b = (doc.text[x.cue[0]:x.cue[1]].lower().split()[:1] or [""] for x in (f, g))
    return a[0] not in _PLAIN_SAYING and b[0] not in _PLAIN_SAYING and a[0][:5] == b[0][:5] != ""


def _not_a_group(doc: Doc, f: Frame) -> bool:
    """"Edwards and others said": a named person leads the group; "..., among others ―
    explains": a phrase opened by a preposition is no speaker at all; "Several nations,
    including Peru and Chile, said" or "Several nations announced ..., including Peru":
    the group is listed by name in its own sentence."""
    first = doc.token_at(f.source[0])
    if doc.tok_norm[first] in _PREPOSITIONS and (doc.text[f.source[0]].islower() or re.search(
            r"\s[Tt]he\s+[a-z][\w-]*$", doc.text[f.source[0]:f.source[1]])):
        return True  # "In its report on the council the committee said": the committee speaks
    if _listed(doc, f, first):
        return True
    start = doc.sentences[f.sentence].first
    return first - 2 >= start and doc.tok_norm[first - 1] == "and" and doc.tok_norm[first] in ("other", "others") \
        and doc.text[doc.tok_start[first - 2]].isupper()


def _listed(doc: Doc, f: Frame, first: int) -> bool:
    """Whether "including" or "such as" after the source, in its sentence, opens a
    capitalised name: the members of the group are named."""
    sent = doc.sentences[f.sentence]
    norms = doc.tok_norm
    for k in range(first, min(sent.last - 1, first + 60)):
        if norms[k] == "including" or (norms[k] == "such" and norms[k + 1] == "as"):
            nxt = k + 1 if norms[k] == "including" else k + 2
            if nxt + 1 < sent.last and norms[nxt] == "the":
                nxt += 1  # "including the Netherlands"
            return nxt < sent.last and doc.text[doc.tok_start[nxt]].isupper()
    return False


def _mentioned_before(doc: Doc, fi: int, head: str) -> bool:
    """"the experts say", "the people said": a definite back-reference to a group the story
    has already credited (and been judged at), or to a publication it has named ("the
    paper"), not a new vague source."""
    f = doc.frames[fi]
    words = doc.text[f.source[0]:f.source[1]].lower().split()
    if words[:1] == ["as"]:
        words = words[1:]  # "As that paper wrote"
    if not words or len(words) > 3 or words[0] not in ("the", "these", "those"):
        return False
    outlets = vocab().sources.get("news_outlets", frozenset())
    for g in doc.frames[:fi]:
        if g.source is None or g.source[1] > f.source[0]:
            continue
        theirs = set(re.findall(r"[\w’'-]+", doc.text[g.source[0]:g.source[1]].lower()))
        # "people briefed on the lunch said ... / ..., the people said"; "the Daily
        # Post tabloid reported ... / As that paper wrote,": the same source, named before
        if head_word(doc, g.source) == head or head in theirs or (head in outlets and theirs & outlets):
            return True
    # a source the attribution did not frame: "..., people briefed on the lunch said."
    before = doc.text[doc.sentences[max(0, f.sentence - 2)].start:doc.sentences[f.sentence].start]
    return re.search(rf"\b{re.escape(head)}\b[^.;\"“”]{{0,60}}?\b(?:said|says|told)\b", before) is not None


def head_word(doc: Doc, span: tuple[int, int]) -> str:
    """The last word of a source phrase, or the document noun in "a report from ...": the
    head that says what kind of vague source it is."""
    words = re.findall(r"[\w’'-]+", doc.text[span[0]:span[1]].lower())
    documents = vocab().sources.get("vague_documents", ())
    for w in words:
        if w in documents:
            return w
    return words[-1] if words else ""


def _named_next(doc: Doc, f: Frame, head: str) -> bool:
    """One of the next two sentences names the source (also across one paragraph break:
    wire and BBC ledes name the report in the second paragraph): a document named by who
    made it ("A report published Tuesday said ... The report, by the UN's OCHA, ..."), a
    named source reporting it ("..., according to a new report. / Growth will slow, the
    UN commission said"), or, for a group of people, one of them by name: described with
    the group's word, a title or a specialist's job, or an affiliation ("Legal experts
    said ... One expert, Prof Ann Hale, said"; "Many believe ... Tom Reed of the Fiscal
    Institute said"). A named source that answers the group ("But the minister said")
    is another side, not one of them."""
    block = doc.sentences[f.sentence].block
    closes = quote_closes(doc, f.sentence + 1)
    for nxt in sorted({f.sentence + 1, f.sentence + 2, closes}):
        if nxt >= len(doc.sentences) or doc.sentences[nxt].block > block + 1:
            break
        if _names_source(doc, f, head, nxt):
            return True
    return _argued_by_name(doc, f, head) or _described_below(doc, f, head)


def _argued_by_name(doc: Doc, f: Frame, head: str) -> bool:
    """A named person or body puts the group's case in the same paragraph or the next
    two ("Critics say the law favours large firms over small ones. ... / The Green MEP
    Eva Hale said the law would favour large firms"): they say what the group says (three
    content words in common), not an answer to it ("But", a negation). Further down the
    story only a restatement counts: the intro's summary that the body credits by name
    ("Some charities say the cap would leave refugees at risk of being turned away. ... /
    Refugees could be turned away once the cap was reached, putting them at risk, Ann
    Hale of the Refugee Fund warned"), most of the group's own words said again."""
    if head in vocab().sources.get("vague_documents", ()):
        return False
    block = doc.sentences[f.sentence].block
    for si in range(f.sentence + 1, len(doc.sentences)):
        s = doc.sentences[si]
        near = si <= f.sentence + _CASE_REACH and s.block <= block + 2
        if doc.tok_norm[s.first] in _CONTRASTS:
            continue
        for g in doc.frames_in(si):
            if g.tier in (NAMED, ORGANISATION) and g.content and not _negated(doc, g) \
                    and (_restated(doc, f, g) or (near and g.inherited_from is None and _same_point(doc, f, g, 3))):
                return True
    return False


#: A restatement: at least this many of the group's content words, and this share of them.
_RESTATED_WORDS, _RESTATED_SHARE = 3, 0.6


def _restated(doc: Doc, f: Frame, g: Frame) -> bool:
    """Whether a named source says again most of what the vague group is credited with
    (three content words at least, and three in five of the group's): the same claim, by
    name; a passing overlap ("the plan", "the council") is not."""
    theirs = _stems(doc, f)
    return len(theirs) >= _RESTATED_WORDS and len(theirs & _stems(doc, g)) >= max(
        _RESTATED_WORDS, _RESTATED_SHARE * len(theirs))


def _negated(doc: Doc, g: Frame) -> bool:
    words = re.findall(r"[a-z’']+", " ".join(doc.text[s:e] for s, e in g.content).lower())
    return any(w in ("not", "no", "never", "nothing") or w.endswith(("n't", "n’t")) for w in words)


def _names_source(doc: Doc, f: Frame, head: str, nxt: int) -> bool:
    s = doc.sentences[nxt]
    adjacent = nxt == f.sentence + 1 or nxt == quote_closes(doc, f.sentence + 1)  # the next speaker
    if nxt == f.sentence + 1 and _NAMED_DOC.search(doc.text[s.start:min(s.end, s.start + 160)]):
        return True
    document = head in vocab().sources.get("vague_documents", ())
    stem = head[:-1] if head.endswith("s") else head
    # A new document in the same paragraph is another source ("A report estimated ...
    # Meanwhile, a January analysis by CSIS found"); naming in the next paragraph is the
    # lede's convention ("..., research suggests. / A survey by IDS said ...").
    next_paragraph = s.block != doc.sentences[f.sentence].block
    answers = doc.tok_norm[s.first] in _CONTRASTS
    members = vocab().sources.get("member_descriptors", ())
    specialists = vocab().sources.get("specialist_heads", frozenset()) | vocab().sources.get(
        "organisation_heads", frozenset())
    for g in doc.frames_in(nxt):
        if g.tier not in (NAMED, ORGANISATION) or g.source is None or g.inherited_from is not None:
            continue
        words = doc.text[g.source[0]:g.source[1]].lower().split()
        # what describes the speaker: "One expert, Professor Ann Hale, said", "..., said
        # Tom Reed, a historian at Leeds"
        subject = doc.text[s.start:g.cue[0]] if g.cue[0] > g.source[0] else doc.text[g.source[0]:s.end]
        if document:
            if nxt == f.sentence + 1 and (next_paragraph or words[0] in ("the", "this", "that")):
                return True
            if nxt == f.sentence + 1 and not answers and (_outlet(doc, f, g) or report_maker(doc, g, head, subject)):
                return True
            # one report (not "press reports") is named by who made it a sentence later,
            # when they say what it said
            if not answers and not head.endswith("s") and (next_paragraph or words[0] in ("the", "this", "that")) \
                    and _same_point(doc, f, g):
                return True
        elif adjacent and described_alike(doc, f, stem, subject):
            return True
        elif adjacent and not answers and head in specialists and (
                has_standing(subject) or (g.tier == NAMED and specialist(subject))
                or introduced_before(doc, g, doc.sentences[f.sentence].start)):
            return True  # "experts say ... / “...,” said Ann Hale, director of the Secrecy Project"
        elif not answers and g.tier == NAMED and _vox_pop(doc, f, subject):
            return True
        elif not answers and _same_point(doc, f, g) and (
                any(w in members for w in re.findall(r"[a-z]+", subject.lower()))
                or _AFFILIATION.search(doc.text[g.source[0]:max(g.source[1], g.cue[0])])):
            return True
    return False


#: A private person as a vox pop introduces one: a name, then an age or "a/an" and what
#: they are ("Jo Reed, 34, said", "said Ann Hale, a Leeds nurse"; not "Tom Reed, a Republican").
_PRIVATE_PERSON = recache.compile(r"\b[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,3},\s+"
                                  r"(?:\d{1,3}\b|an?\s+(?:[A-Z][\w.’'-]*\s+){0,3}[a-z])")


def _vox_pop(doc: Doc, f: Frame, subject: str) -> bool:
    """"Many commuters said ... / “...,” said Jo Reed, 34, ...": a group of the public
    (voters, a crowd, residents: vocab ``public_heads``) whose next sentence quotes one of
    them by name as a private person: the reporter's summary of the people interviewed."""
    public = vocab().sources.get("public_heads", frozenset())
    group = re.findall(r"[a-z]+", doc.text[f.source[0]:f.source[1]].lower())
    return any(w in public for w in group) and _PRIVATE_PERSON.search(subject) is not None


def _described_below(doc: Doc, f: Frame, head: str) -> bool:
    """Further on in the paragraph or in the next one, a named speaker described with the
    group's own word ("According to pundits, ... / ..., said awards pundit Tom Marsh"):
    one of them, unless the sentence answers ("But ...")."""
    if head in vocab().sources.get("vague_documents", ()) or len(head) < 4:
        return False
    stem = head[:-1] if head.endswith("s") else head
    block = doc.sentences[f.sentence].block
    for si in range(f.sentence + 3, len(doc.sentences)):
        s = doc.sentences[si]
        if s.block > block + 1:
            break
        if doc.tok_norm[s.first] in _CONTRASTS:
            continue
        for g in doc.frames_in(si):
            if g.tier != NAMED or g.source is None or g.inherited_from is not None or doc.covering(g.source[0]):
                continue  # a speaker inside another's report ("X said the word Y used") is X's
            if any(w in (stem, stem + "s") for w in re.findall(r"[a-z]+", _speaker_words(doc, s.start, s.end, g))):
                return True
    return False


#: How far either side of a source its description may reach, in characters.
_AROUND = 80


def _speaker_words(doc: Doc, start: int, end: int, g: Frame) -> str:
    """The words around a frame's source up to its content or the sentence's ends, lower-
    cased: who the speaker is said to be ("said awards pundit Tom Marsh, of Variety"), not
    what they said."""
    assert g.source is not None
    left = max([start, g.source[0] - _AROUND] + [e for _, e in g.content if e <= g.source[0]])
    right = min([end, g.source[1] + _AROUND] + [b for b, _ in g.content if b >= g.source[1]])
    return doc.text[left:right].lower()


def _same_point(doc: Doc, f: Frame, g: Frame, shared: int = 2) -> bool:
    """Whether two reports make the same point: their contents share ``shared`` content
    words (by their first five letters: "violent" and "violence")."""
    return len(_stems(doc, f) & _stems(doc, g)) >= shared


def _stems(doc: Doc, frame: Frame) -> set[str]:
    """A report's content words by their first five letters."""
    words = re.findall(r"[a-z]{4,}", " ".join(doc.text[s:e] for s, e in frame.content).lower())
    return {w[:5] for w in words if w not in _STOP}


def _defined_before(doc: Doc, f: Frame, head: str) -> bool:
    """One of the two sentences before names the group with a word of the same root and a
    name ("The Tories and some Labour MPs oppose it. Opponents say"): the head refers back."""
    roots = _GROUP_ROOTS.get(head)
    for back in (1, 2):
        si = f.sentence - back
        if not roots or si < 0 or doc.block_of(si).kind == HEADLINE or (
                back == 2 and doc.sentences[si].block != doc.sentences[f.sentence].block):
            return False
        s = doc.sentences[si]
        words = [w for w in doc.tok_norm[s.first:s.last] if w not in (head, head.rstrip("s"))]
        if any(doc.text[doc.tok_start[k]].isupper() for k in range(s.first + 1, s.last)) \
                and any(w.startswith(roots) for w in words):
            return True
    return False


#: What makes a vague document a publication's ("local press reports", "newspaper reports").
_PRESS = frozenset({"press", "newspaper", "newspapers", "media", "papers", "paper"})


def _outlet(doc: Doc, f: Frame, g: Frame) -> bool:
    """"According to local press reports, ... / El Watan said ...": the next sentence's
    named source is one of the press reports, a publication the story has named as one
    before ("newspapers including the Daily Ledger reported") or whose source says it is one ("the
    Post newspaper")."""
    if f.source is None or g.source is None or not _PRESS & set(doc.text[f.source[0]:f.source[1]].lower().split()):
        return False
    outlets = vocab().sources.get("news_outlets", frozenset())
    source = doc.text[g.source[0]:g.source[1]]
    if outlets & set(source.lower().split()):
        return True
    name = " ".join(re.findall(r"\b[A-Z][\w’'-]+", source))
    if not name:
        return False
    nouns = "|".join(sorted(outlets))
    earlier = doc.text[:doc.sentences[f.sentence].start]
    return re.search(rf"\b(?:{nouns})\b[^.;]{{0,30}}?\b{re.escape(name)}\b|\b{re.escape(name)}\s+(?:{nouns})\b",
                     earlier, re.IGNORECASE) is not None


#: "Documents released after 30 years", "papers obtained by the BBC": documents identified
#: by how they came out (the story's own documents).
_DISCLOSED = recache.compile(r"\b([\w-]+)\s+(?:(?:released|published|obtained|seen|disclosed|leaked|made public|"
                             r"declassified)\b|(?:from|by)\s+(?:the\s+)?(?-i:[A-Z]))", re.I)


def _documents_introduced(doc: Doc, f: Frame, head: str) -> bool:
    """"Documents show that ...", bare, after the story has introduced its documents by how
    they came out ("Documents made public three decades on reveal ...", "papers obtained by the
    BBC"): the same documents, identified; a first "Documents show" is vague."""
    words = doc.text[f.source[0]:f.source[1]].split()
    if len(words) != 1 or head not in vocab().sources.get("vague_documents", ()) or not head.endswith("s"):
        return False
    earlier = doc.text[:doc.sentences[f.sentence].start]
    return any(m.group(1).lower() == head for m in _DISCLOSED.finditer(earlier))
