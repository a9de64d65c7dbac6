"""Whether a vague group is identified after all (ATTR001's kind ``vague-source``): one of
its members is the next sentence's named speaker, described with the group's words or,
for specialists, a title or an affiliation; one of them is named at once (``members_named``:
"among them Sen. X" set off in the group's sentence, "One of them, X, said", a title of
office or a description that places the next speaker in the group); or the group is
credited with an act, not a claim."""

from __future__ import annotations

import re
from functools import lru_cache

from ..analyse.attribution.clause import Sent, plain_object
from ..analyse.lexicon import Lexicon, expand_terms
from ..analyse.targets import class_terms
from ..analyse.vocab import read_toml, vocab, word_set, word_table
from ..model.doc import CHARACTERISATION, DESCRIBED, NAMED, ORGANISATION, Doc, Frame
from ..analyse import recache

_STOP = word_set("grammar", "stop_words")
#: Vague group heads ("critics", "supporters"): never the named group a quantifier points to.
_GROUP_HEADS = frozenset(word_table("sources", "group_roots"))
_QUANTIFIERS = word_set("grammar", "quantifiers")


def described_alike(doc: Doc, f: Frame, stem: str, subject: str) -> bool:
    """Whether the next sentence's named speaker is described with the group's head or
    another of its nouns ("Seasoned union officials and party operatives warn ... / Ann
    Hale, a onetime campaign chief for the union, wrote"; "Prominent Republicans have
    begun to speak out ... / Gov. Tom Reed, a Republican, said"): one of the group."""
    said = re.findall(r"[a-z]+", subject.lower())
    if any(w == stem or w == stem + "s" for w in said):
        return True
    group = {w[:-1] if w.endswith("s") else w for w in re.findall(r"[a-z]{5,}", doc.text[f.source[0]:max(f.source[1], f.cue[0])].lower())
             if w not in _STOP and w not in _QUANTIFIERS and w not in _GENERIC_GROUP_WORDS}
    return any(w[:-1] in group if w.endswith("s") else w in group for w in said)


#: A speaker's standing: a role ("director of", "co-founder") or an affiliation ("at the X",
#: "at the libertarian X": one describing word may stand before the name).
_STANDING = recache.compile(r"\b(?:of|at|from|with)\s+(?:the\s+)?(?:[a-z][a-z-]+\s+)?[A-Z]|\b(?:director|founder|co-founder|head|chief|"
                       r"president|professor|fellow|chair|chairman|chairwoman|dean|partner|editor)\b")


def has_standing(subject: str) -> bool:
    return _STANDING.search(subject) is not None


def specialist(subject: str) -> bool:
    """The next speaker, a person, is described by one specialist's noun ("..., says Jo
    Hale, an expert on militias"; "a historian at Leeds"): one of the experts or others the
    group names. (A plural, "other analysts", is another group.)"""
    heads = vocab().sources.get("specialist_heads", frozenset())
    return any(w + "s" in heads for w in re.findall(r"[a-z]{4,}", subject) if w != "other")


#: How far after a name its role may reach, in characters.
_INTRO_REACH = 80
#: A person's first mention with a role: the full name, then an appositive ("Ann Hale, a
#: radio host", "Tom Reed, the party's pollster") or a standing ("Ann Hale of Mic").
_INTRODUCED = r"\b(?:(?!(?:The|A|An|This|That|In|On|At|But|And|As|If|When|While)\b)[A-Z][\w.’'-]+\s+){{1,2}}{name}\b(?:,\s+(?:an?|the|one\s+of|[a-z]+\s+(?:of|at|for))\s)?"


def introduced_before(doc: Doc, g: Frame, before: int) -> bool:
    """The next sentence's speaker is a person the story introduced earlier with a role
    ("Ann Hale, a radio host, recalled ... / Experts say ... “...,” Hale said"): the reader
    knows who they are, as if the role were said again."""
    if g.tier != NAMED or g.source is None:
        return False
    name = doc.text[g.source[0]:g.source[1]].split()
    if not name or not name[-1][:1].isupper():
        return False
    pattern = recache.compile(_INTRODUCED.format(name=re.escape(name[-1])))
    for m in pattern.finditer(doc.text, 0, before):
        if m.group().endswith(" ") or has_standing(re.split(r"[.;!?]\s", doc.text[m.end():m.end() + _INTRO_REACH], 1)[0]):
            return True
    return False


def quote_closes(doc: Doc, si: int) -> int:
    """The sentence where a quotation that opens sentence ``si`` closes, in its paragraph
    ("Experts said ... / “Nobody expected it. Two winters back ...,” said Hale."): its
    speaker, named there, is the next one the reader meets. ``si`` itself otherwise."""
    if si >= len(doc.sentences):
        return si
    s = doc.sentences[si]
    q = doc.quote_at(s.start, s.start + 1)
    if q is None or q.start > s.start + 1:
        return si
    end = doc.sentence_index(q.end - 1)
    return end if doc.sentences[end].block == s.block else si


#: Words of a group's description too general to tell its members apart ("other", "people").
_GENERIC_GROUP_WORDS = frozenset({"other", "others", "people", "those", "person", "persons", "several", "number",
                                  "longtime", "prominent", "leading", "senior", "former", "current"})


def act(doc: Doc, f: Frame, verbs: set[str]) -> bool:
    """"Several states have rejected such bills": a verb of backing or rejecting with a plain
    object (the frame is no reported speech) credits the group with an act, not a claim;
    so does one that makes its own act public with a plain noun object ("several states
    announced plans to ...", "some firms announced job cuts"): the group is the news, not
    a source for it ("announced that the vaccine was safe" still reports a claim)."""
    cue = doc.text[f.cue[0]:f.cue[1]].lower().split()
    if not cue or cue[0] not in verbs:
        return False
    if not f.speech:
        return True  # "rejected the plan as a giveaway" below: a charge is reported, not an act
    return f.pattern != CHARACTERISATION and plain_object(Sent(doc, f.sentence), doc.token_at(f.cue[1] - 1) + 1)


#: Words a bare quantifier source may hold ("some", "many of them", "a few").
_BARE = frozenset({"a", "of", "them", "those", "these"})
#: How many sentences back a bare quantifier may point, past short headings.
_BACK = 2
#: A paragraph of at most this many words is a heading, not a sentence the quantifier follows.
_HEADING = 5


def refers_back(doc: Doc, f: Frame) -> bool:
    """"Local party leaders had hoped ... / Some said they have winced": a bare
    quantifier source points back to a group of people the sentences just before (past a
    subheading) have named: that group, not a vague source."""
    words = doc.text[f.source[0]:f.source[1]].lower().split()
    if len(words) >= 3 and words[-2:] in (["of", "whom"], ["of", "which"]) and words[-3] in _QUANTIFIERS:
        return True  # "95 retired generals -- most of whom had announced": the relative's antecedent
    if not words or not all(w in _QUANTIFIERS or w in _BARE for w in words) or not any(w in _QUANTIFIERS for w in words):
        return False
    people = vocab().sources
    groups = people.get("collective", frozenset())
    roles = people.get("role_nouns", frozenset())
    seen, si = 0, f.sentence - 1
    while si >= 0 and seen < _BACK:
        s = doc.sentences[si]
        si -= 1
        if s.last - s.first <= _HEADING:
            continue  # "Cringe-worthy statements.": a subheading between the group and the quantifier
        seen += 1
        for k in range(s.first, s.last):
            w = doc.tok_norm[k]
            if w in groups or (w.endswith("s") and w[:-1] in roles) or w in _people_plurals():
                return True
    return False


@lru_cache(maxsize=1)
def _people_plurals() -> frozenset[str]:
    """Plural nouns of the packs' people class ("nurses", "workers", "tenants"): a group
    of people a following "many" or "some" can point back to; not a vague group itself
    ("some City experts ... / Many believe" is as vague as before)."""
    words = expand_terms(class_terms()["people"])
    vague = vocab().sources.get("vague", frozenset()) | vocab().sources.get("specialist_heads", frozenset())
    return frozenset(w for w in words if " " not in w and w not in vague and w not in _GROUP_HEADS
                     and ((w.endswith("s") and not w.endswith("ss")) or w in ("men", "women", "children")))


#: Words between a source and its verb that deny the statement ("have not said").
_NEGATIONS = frozenset({"not", "n't", "never", "nor"})


def negated(doc: Doc, f: Frame) -> bool:
    """"Two others have not said whether they will run", "critics never claimed it was
    illegal", "many were wary of saying so", "most declined to say": a group that made no
    statement, or held it back, is credited with no claim."""
    if f.cue[0] < f.source[1]:
        return False
    between = re.findall(r"[a-z’']+", doc.text[f.source[1]:f.cue[0]].lower())
    if any(w in _NEGATIONS or w.endswith(("n't", "n’t")) for w in between):
        return True
    first, cue = doc.token_at(f.source[1] - 1) + 1, doc.token_at(f.cue[0])
    # right before the verb: "critics who are wary of the plan say" still say it
    return any(m.last == cue for m in _withheld().matches(doc.tok_norm, first, cue))


@lru_cache(maxsize=1)
def _withheld() -> Lexicon:
    """Words that say a group held its statement back (``grammar.withheld_speech``)."""
    return Lexicon.of(list(read_toml("grammar.toml")["withheld_speech"]))  # in file order: one cache key


#: Sentence openers that answer what came before: a named source there is another side.
_ANSWERS = frozenset({"but", "however", "yet", "meanwhile", "instead"})
#: How many content words the criticism's ground and the named source must share.
_SHARED = 2


def owned_next(doc: Doc, si: int, start: int, end: int) -> bool:
    """Whether the next sentence (in the same paragraph or the next: the lede's convention)
    names who makes the criticism of sentence ``si`` (the words ``start``-``end``): a
    vouched, named source or organisation, not answering ("But ...", a negation) and not
    the target itself, whose source and content share two content words with what the
    criticism is over ("The ministry has been criticised over the rising cost of its
    projects. / A watchdog's review of the 12 projects says their costs have grown").
    A named speaker on another point ("/ The minister said the budget was fixed") is not
    the critic."""
    nxt = _next_unanswered(doc, si)
    if nxt is None:
        return False
    text = doc.text
    target = text[doc.sentences[si].start:start]
    named_target = _names(target)
    ground = _stems(text[end:doc.sentences[si].end]) - _stems(target)
    # where the criticism came from, by name ("drawn criticism inside the Fed")
    quarters = _names(text[end:doc.sentences[si].end]) - named_target
    if named_target and _acted_on(doc, nxt, named_target):
        return True
    n = doc.sentences[nxt]
    for g in doc.frames_in(nxt):
        if g.tier not in (NAMED, ORGANISATION) or g.source is None or g.inherited_from is not None or not g.content:
            continue
        source = text[g.source[0]:g.source[1]]
        if named_target & _names(source):
            continue  # the target answering ("Tesco has been criticised ... / Tesco said ...")
        said = _said(doc, g)
        if _denies(said):
            continue
        if len(ground & _stems(source + " " + said)) >= _SHARED:
            return True
        # the speaker is described as one of that quarter ("Ann Hale, a former Fed governor, said")
        if quarters & _names(text[n.start:min(g.content[0][0], n.end)] + " " + source):
            return True
    return False


def _names(text: str) -> set[str]:
    """The capitalised words of a text that may name someone (not "The", "A", "It")."""
    return {re.sub(r"[’']s?$", "", w) for w in re.findall(r"\b[A-Z][\w’'-]+", text)} - _ANSWERS_CAPS


#: Acts of scrutiny a named body takes against the criticised one ("was sued by", "fined").
_SCRUTINY_ACTS = word_set("sources", "scrutiny_acts")


def _acted_on(doc: Doc, si: int, target: set[str]) -> bool:
    """Whether sentence ``si`` names someone taking an act of scrutiny against the target it
    names again ("Harbour Air's safety record has come under scrutiny. / Harbour Air was
    fined by the Civil Aviation Authority in 2019"): the scrutiny's who and what, given. The
    agent is a name after "by" or a name before the verb that is not the target."""
    s = doc.sentences[si]
    norms, text = doc.tok_norm, doc.text
    if not target & _names(text[s.start:s.end]):
        return False
    for k in range(s.first, s.last):
        if norms[k] not in _SCRUTINY_ACTS:
            continue
        after = text[doc.tok_start[k + 1]:doc.tok_end[min(k + 3, s.last - 1)]] if k + 2 < s.last else ""
        agents = _names(after) if norms[k + 1] == "by" else _names(text[s.start:doc.tok_start[k]])
        if agents - target - _OPENERS:
            return True
    return False


#: Capitalised words that open a sentence without naming anyone.
_OPENERS = frozenset({"But", "And", "Yet", "So", "In", "On", "At", "After", "Before", "When", "While", "Last",
                      "Earlier", "Later", "He", "She", "They", "We", "There", "Then", "Since", "Also"})


#: Capitalised words that name nobody ("The", "A").
_ANSWERS_CAPS = frozenset({"The", "A", "An", "This", "That", "Its", "It"})


def _next_unanswered(doc: Doc, si: int) -> int | None:
    """The sentence after ``si`` when it is in the same paragraph or the next (a lede's
    convention) and does not open as an answer ("But ..."); None otherwise."""
    nxt = si + 1
    if nxt >= len(doc.sentences) or doc.sentences[nxt].block > doc.sentences[si].block + 1:
        return None
    return None if doc.tok_norm[doc.sentences[nxt].first] in _ANSWERS else nxt


def _said(doc: Doc, f: Frame) -> str:
    """What a frame reports, its content's parts joined."""
    return " ".join(doc.text[a:b] for a, b in f.content)


def _stems(words: str) -> set[str]:
    """Content words by their first five letters ("violent" and "violence")."""
    return {w[:5] for w in re.findall(r"[a-z]{4,}", words.lower()) if w not in _STOP}


def _denies(said: str) -> bool:
    words = re.findall(r"[a-z’']+", said.lower())
    return any(w in ("not", "no", "never", "nothing") or w.endswith(("n't", "n’t")) for w in words)


#: A member of the group named in its own sentence: "Some lawmakers -- among them Sen. Ann
#: Hale -- argue", "Critics say ... : notably the economist Ann Hale". The marker says the
#: person is one of the group; a dash or a colon (or nothing, between the group and its
#: verb) sets the phrase off, so "including Sen. Hale's amendment" inside the claim is not one.
_MEMBER = (r"(?:chief\s+|most\s+)?(?:among\s+them|notably|including|such\s+as|led\s+by)"
           r"\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]+")
_MEMBER_BETWEEN = recache.compile(r"^\s*,?\s*" + _MEMBER)
_MEMBER_SET_OFF = recache.compile(r"(?:[:;—–(]|\s--?)\s*" + _MEMBER)
#: "One of them, Paul Grant, said", "Among them, Sen. Ann Hale said": the next sentence
#: opens by saying its speaker is one of the group.
_ONE_OF_THEM = recache.compile(r"^\W*(?:One|Another|Among|Chief among|Two|Several)\s+(?:of\s+)?(?:them|those|whom)\b")
#: A name set off before its description: "''...,'' Tom Reed, a former director of the
#: union, wrote": the speaker is the name, the description says what he is.
_NAME_BEFORE = recache.compile(r"(?:[A-Z][\w.’'-]*\s+){1,3}[A-Z][\w’'-]+,\s*([^\"“”,]{0,80})$")


def members_named(doc: Doc, f: Frame, head: str) -> bool:
    """Whether the story names one of the vague group's members at once: in the group's own
    sentence with a marker of membership ("among them", "notably"), or as the next
    sentence's speaker, who is "one of them" and makes the group's point (a content word
    in common, no denial) or is a name whose description uses the group's words ("Tom
    Reed, a longtime critic of the council, wrote"). "Critics say the plan is costly. The
    mayor said he disagrees" names nobody of the group."""
    if f.source is None or head in vocab().sources.get("vague_documents", ()):
        return False
    s = doc.sentences[f.sentence]
    if (f.cue[0] > f.source[1] and _MEMBER_BETWEEN.search(doc.text[f.source[1]:f.cue[0]])) \
            or _MEMBER_SET_OFF.search(doc.text[f.source[1]:s.end]):
        return True
    nxt = _next_unanswered(doc, f.sentence)
    if nxt is None:
        return False
    n = doc.sentences[nxt]
    stem = head[:-1] if head.endswith("s") else head
    one_of_them = _ONE_OF_THEM.search(doc.text[n.start:n.end]) is not None
    # a sentence the splitter cut in two ("the U.A.W. and ..." or inside a
    # quotation): its speaker is in the sentence after
    later = doc.frames_in(nxt + 1) if nxt + 1 < len(doc.sentences) and (
        doc.text[doc.sentences[nxt + 1].start].islower()) else []
    for g in [*doc.frames_in(nxt), *later]:
        if g.source is None or g.inherited_from is not None or not g.content:
            continue
        said = _said(doc, g)
        if one_of_them and not _denies(said) and _stems(said) & _stems(_said(doc, f)):
            return True
        if g.tier == NAMED and _title_member(doc, f, g) and not _denies(said):
            return True
        name = _NAME_BEFORE.search(doc.text[n.start:g.source[0]]) if g.tier == DESCRIBED else None
        if name and described_alike(doc, f, stem, name.group(1) + doc.text[g.source[0]:g.source[1]]):
            return True
    return False


#: Titles of office and the group words their holders belong to ("Sen." -> "senators").
_TITLES = {t: frozenset(ws) for t, ws in word_table("sources", "office_titles").items()}


def _title_member(doc: Doc, f: Frame, g: Frame) -> bool:
    """"Some senators argue ... / “...,” Sen. Ann Hale said": the named speaker's title
    of office ("Sen.", "Gov.") places her in the group the vague source names."""
    titles = re.findall(r"\b([A-Za-z]+)\.?\s+(?=[A-Z])", doc.text[g.source[0]:g.source[1]])  # "state Sen. Ann Hale"
    offices = frozenset().union(*(_TITLES.get(t.lower(), frozenset()) for t in titles))
    group = re.findall(r"[a-z]+", doc.text[f.source[0]:f.source[1]].lower())
    return any(w in offices or (w.endswith("s") and w[:-1] in offices) for w in group)


def report_maker(doc: Doc, g: Frame, head: str, subject: str) -> bool:
    """"..., said a report. / Data firm Hale Metrics said 31% of ...": one report
    (not "reports"), and the next sentence's organisation, described as one that makes
    reports, gives figures without denying anything: it is the report's maker, named the
    way a lede names it. A firm answering the report ("Harbour Lines said it had no such
    plans") is the report's subject, not its maker."""
    if head.endswith("s") or _denies(_said(doc, g)):
        return False
    makers = vocab().sources.get("research_makers", ())
    if not any(w in makers for w in re.findall(r"[a-z-]+", subject.lower())):
        return False
    return any(re.search(r"\d", doc.text[s:e]) for s, e in g.content)
