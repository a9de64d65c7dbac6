"""Source classification: which tier of accountability a frame's source is.

The tiers are the domain brief's (section 2.5): a named person, a named organisation
or document, an institution by metonym, a described, collective, vague or bare
anonymous source. The source's own words decide (``vocab/sources.toml``), tested as
an ordered chain of small steps: each returns a (tier, entity) decision, or None for
"not mine, ask the next"; the first decision wins, so the order is part of the rules
(a pronoun is resolved before anything else is asked of it; "a report by the UN" is a
document before it is an organisation). A tier of None means no source at all (the
writer, or words that name no one).

The first steps, which rule out spans that name no one at all (the writer, the reader,
a dateline, a clause cut off at a conjunction), are ``nosource``'s.

A document source is decided here, not by a clause pattern: "a January analysis by
the Institute found" is a frame of the source-cue pattern whose source is a named
document (``DOCUMENT_EXAMPLES``).
"""

from __future__ import annotations

from typing import Callable, Iterator

from ...model.doc import BARE, DESCRIBED, INSTITUTION, NAMED, ORGANISATION, VAGUE, Frame
from ..lexicon import Match
from ..vocab import Vocab
from .clause import Sent, is_cap
from .nosource import cannot_speak, first_person, function_words, no_words
from .groups import back_reference, collective, named_group, quantified, share, vague
from .people import PersonTracker
from .span import Decision, Span
from .words import (AFFILIATION, APPOSITIVE_DESCRIPTIONS, COUNTRIES, HEAD_PREPOSITIONS, KNOWN_DETERMINERS, POSSESSIVES,
                    PRONOUNS, is_nationality)

#: (sentence, source text, cue text, Frame.pattern, tier): documents as sources.
DOCUMENT_EXAMPLES = [
    ("A March analysis by the Resolution Foundation found that rents rose by a fifth.",
     "A March analysis by the Resolution Foundation", "found", "that-clause", ORGANISATION),
    ("The survey found that most tenants had moved twice.", "The survey", "found", "that-clause", DESCRIBED),
    ("A study suggests the scheme saved little money.", "A study", "suggests", "source-cue", VAGUE),
    # a reading of records the sentence names rests on them; one of unnamed studies does not
    ("A review of court records found that the firm had been sued six times.", "A review of court records",
     "found", "that-clause", DESCRIBED),
    ("An analysis of his posts found that he had planned the attack for weeks.", "An analysis of his posts",
     "found", "that-clause", DESCRIBED),
    ("An analysis of studies found that the drug did little good.", "An analysis of studies", "found",
     "that-clause", VAGUE),
    ("Documents from his 2009 tax return show he paid nothing.", "Documents from his 2009 tax return", "show",
     "source-cue", DESCRIBED),
    ("A report from his allies shows the plan is popular.", "A report from his allies", "shows", "source-cue", VAGUE),
    ("A review of his tweets shows he never mentioned the dam.", "A review of his tweets", "shows", "source-cue",
     DESCRIBED),
    ("A review found that the dam was unsafe.", "A review", "found", "that-clause", VAGUE),
]


def source_frame(st: Sent, src: tuple[int, int], cue: tuple[int, int], cls: str, typ: str,
                 content: list[tuple[int, int]], v: Vocab, people: PersonTracker, pattern: str) -> Frame | None:
    """The frame of a source span, or None when the span is empty or names no source."""
    a, b = src
    if b <= a:
        return None
    tier, entity = classify_source(st, a, b, v, people)
    if tier is None:
        return None
    return Frame(st.span(a, b), tier, st.span(*cue), cls, typ, content, st.index, entity, pattern=pattern)


def is_document(st: Sent, a: int, b: int, v: Vocab) -> bool:
    """Whether the source tokens [a, b) name a document or a recording ("the video",
    "FEC records", "An ABC News poll published on Sunday"), or are a pronoun for a thing
    ("It shows ...")."""
    words = [w for w in st.norm[a:b] if w[0].isalnum()]
    kinds = v.sources.get("vague_documents", frozenset()) | v.sources.get("recordings", frozenset())
    return any(w in kinds for w in words) or (len(words) == 1 and PRONOUNS.get(words[0]) == "thing")


def classify_source(st: Sent, a: int, b: int, v: Vocab, people: PersonTracker) -> Decision:
    """(tier, entity) of the source tokens [a, b); tier None for first person."""
    span = Span(st, a, b, v, people)
    for step in STEPS:
        decision = step(span)
        if decision is not None:
            return decision
    return _unnamed_actor(span)


def _pronoun(s: Span) -> Decision | None:
    """A lone pronoun resolves to the most recent person ("he" names them; "they" only describes)."""
    if len(s.words) != 1 or s.words[0] not in PRONOUNS:
        return None
    person = s.people.recent()
    return (NAMED, person) if person and PRONOUNS[s.words[0]] == "person" else (DESCRIBED, person)


def _bare_anonymous(s: Span) -> Decision | None:
    """"a source", "officials": no description at all. The words must be written in lower
    case ("Open Source Development Labs" is a name), and a document is not a person."""
    lex = s.v.phrases.get("bare_anonymous")
    lower_bare = lex is not None and any(
        not any(is_cap(s.raw[k]) and k > 0 for k in range(m.first, m.last)) for m in lex.matches(s.norm))
    if lower_bare and not _described(s.v, s.norm) and not s.listed("vague_documents", s.words):
        return BARE, None
    return None


def _metonym(s: Span) -> Decision | None:
    """"the Kremlin", "Downing Street": a place standing for an institution."""
    bare = s.text.removeprefix("the ").removeprefix("The ")
    if s.text in s.v.metonyms or (bare in s.v.metonyms and len(s.words) <= 3):
        return INSTITUTION, bare
    return None


def _document(s: Span) -> Decision | None:
    """A document as source: named ("a report by the UN", "a HuffPost/YouGov survey", "a
    Gallup poll", "a report in the Daily Ledger"), one the article has introduced ("the report", "its survey", "the OECD
    survey"), a record with its keeper ("court records", "government research"), or an
    anonymous one ("a report", "studies")."""
    if s.head not in s.v.sources.get("vague_documents", ()):
        return None
    norm, raw, names = s.norm, s.raw, s.names
    outlet = "in" in norm and any(is_cap(raw[i]) for i in range(norm.index("in") + 1, len(raw)))
    if s.qualified or outlet or (s.caps and s.listed("org_suffixes", norm)) \
            or any(len(raw[i]) > 1 and raw[i] in names and raw[i] not in COUNTRIES for i in range(norm.index(s.head))):
        return ORGANISATION, " ".join(names) or None
    if norm[0] in KNOWN_DETERMINERS or (s.caps and norm[0] != "a"):
        return DESCRIBED, " ".join(s.words)
    keeper = _keeper(s) or _examined_records(s)
    if keeper is not None:
        return keeper  # "a review by the county auditor", "a review of court records"
    before = s.words[:s.words.index(s.head)]
    if any(w in s.v.sources.get("record_keepers", ()) for w in before) or _owned_record(s):
        return DESCRIBED, None  # "court records", "campaign finance records", "government research"
    return VAGUE, None


def _owned_record(s: Span) -> bool:
    """"pages from his 2009 tax filing", "pages of the firm's audit": a document taken
    from a record that belongs to someone the story names (a possessive, then a kind of
    record) is that record, checkable; "a report from his allies" is not a record."""
    norm = s.norm
    at = next((i for i in range(norm.index(s.head) + 1, len(norm) - 2) if norm[i] in ("from", "of")), None)
    if at is None:
        return False
    rest = norm[at + 1:at + 6]
    owned = rest[:1] and rest[0] in POSSESSIVES or "'s" in rest
    return bool(owned) and s.listed("record_keepers", rest)


def _keeper(s: Span) -> Decision | None:
    """A document made by one actor named by role: "a review by the county auditor", "an
    audit from the state's health department" (a definite role or organisation noun after
    "by" or "from") is described precisely, not anonymous; "a report by experts" is not."""
    norm = s.norm
    at = next((i for i in range(norm.index(s.head) + 1, len(norm) - 1) if norm[i] in ("by", "from")), None)
    if at is None or norm[at + 1] not in ("the", "its", "their", "his", "her"):
        return None
    rest = norm[at + 2:at + 6]
    if s.listed("org_suffixes", rest):
        return ORGANISATION, " ".join(s.words[at + 1:])
    return (DESCRIBED, " ".join(s.words[at + 1:])) if s.listed("role_nouns", rest) else None


def _examined_records(s: Span) -> Decision | None:
    """A reading of records the source names: "a review of court records", "an analysis
    of the company's filings", "a review of his posts" rest on records a reader can check,
    as "according to court records" does, whoever read them; "an analysis of studies" or
    "a review of the evidence" names no record and stays vague."""
    norm = s.norm
    h = norm.index(s.head)
    if h + 2 >= len(norm) or norm[h + 1] != "of":
        return None
    end = next((i for i in range(h + 2, len(norm)) if norm[i] in HEAD_PREPOSITIONS), len(norm))
    records = s.v.sources.get("vague_documents", frozenset()) | s.v.sources.get("recordings", frozenset())
    if end == h + 2 or norm[end - 1] not in records:
        return None
    tier, entity = classify_source(s.st, s.a + h + 2, s.a + end, s.v, s.people)
    if tier not in (VAGUE, BARE, None):
        return tier, entity
    if norm[h] in _EXAMINATIONS and norm[end - 1] in _PRIMARY and end == len(norm):
        return DESCRIBED, None  # "a review of records indicates": the newsroom's own reading, first-hand
    return None


#: Acts of examining material, and the primary material a newsroom reads itself ("a review
#: of records", "a search of his posts"); studies and reports are others' findings.
_EXAMINATIONS = frozenset({"review", "reviews", "examination", "search", "reading"})
_PRIMARY = frozenset({"records", "documents", "filings", "posts", "tweets", "emails", "e-mails", "messages",
                      "transcripts", "minutes", "accounts"})


def _titled_person(s: Span) -> Decision | None:
    """"Council Chair Miriam Osei", "Secretary of State Jo Marsh": a title (a role, however
    it is capitalised) right before a name is a person, even when the title holds an
    organisation word ("Council")."""
    lex = s.v.phrases.get("role_nouns")
    cut = s.norm.index("(") if "(" in s.norm else len(s.norm)  # "Mitch McConnell (R-Ky.)"
    norm, raw = s.norm[:cut], s.raw[:cut]
    if lex is None or not raw or norm[-1] in s.v.sources.get("org_suffixes", ()) or raw[-1] not in s.names:
        return None
    ends = [m.last for m in lex.matches(norm)] + [i + 1 for i, w in enumerate(norm) if w in APPOSITIVE_DESCRIPTIONS]
    for end in ends:
        if end < len(raw) and all(is_cap(w) or w == "." for w in raw[end:]):
            return NAMED, raw[-1]
    return None


def _organisation(s: Span) -> Decision | None:
    """A name with an organisation word ("Acme Corp", "the Labour Party") or an ampersand
    ("Wexford Power & Light")."""
    return (ORGANISATION, " ".join(s.caps)) if s.caps and (s.listed("org_suffixes", s.norm) or "&" in s.norm) else None


def _acronym(s: Span) -> Decision | None:
    """UN, EU, CSIS: an organisation."""
    if any(c.isupper() and len(c) >= 2 and c.isalpha() for c in s.caps):
        return ORGANISATION, " ".join(s.caps)
    return None


def _named(s: Span) -> Decision | None:
    """A name: a person, unless a lower-case noun ties it to an institution ("researchers
    at Harvard" names an organisation)."""
    if not s.names:
        return None
    norm, raw = s.norm, s.raw
    pp = next((i for i, w in enumerate(norm) if w in AFFILIATION), None)
    if pp is not None and pp > 0 and norm[pp - 1][0].isalpha() and not is_cap(raw[pp - 1]) \
            and norm[pp - 1] not in s.v.sources.get("role_nouns", ()):
        return ORGANISATION, " ".join(s.names)
    return NAMED, s.names[-1]


def _definite_organisation(s: Span) -> Decision | None:
    """"the union", "the ministry": one actor, named by role."""
    if s.listed("org_suffixes", s.words) and s.definite:
        return ORGANISATION, " ".join(s.words)
    return None


def _role(s: Span) -> Decision | None:
    """"the president" is the person last mentioned; "a minister" is only described."""
    if not s.listed("role_nouns", s.words):
        return None
    person = s.people.recent()
    if person and s.norm[0] in ("the", "his", "her"):
        return NAMED, person
    return DESCRIBED, (" ".join(s.words) if s.definite else None)


def _described_marker(s: Span) -> Decision | None:
    """"a person familiar with the talks": described, though not named."""
    return (DESCRIBED, None) if next(_marker_matches(s.v, s.norm), None) else None


def _national(s: Span) -> Decision | None:
    """Only nationalities and metonyms ("Ukrainian officials"): an institution."""
    if s.caps and all(c in s.v.metonyms or is_nationality(c) for c in s.caps):
        return INSTITUTION, s.caps[0]
    return None


def _unnamed_actor(s: Span) -> Decision:
    """What no step claims is described; "the company", "the firm": an unnamed but single,
    definite actor is an entity of its own."""
    return DESCRIBED, (" ".join(s.words) if s.definite else None)


def _named_and_others(s: Span) -> Decision | None:
    """"former Gov. Jim Doyle and others", "Mayor Ann Hale and other officials": a named
    person leads the source, and the claim is theirs; the others only add to it."""
    norm = s.norm
    k = len(norm) - 1 - norm[::-1].index("and") if "and" in norm else 0
    if k < 1 or k + 1 >= len(norm) or norm[k + 1] not in ("others", "other"):
        return None
    found = classify_source(s.st, s.a, s.a + k, s.v, s.people)  # the words before "and others"
    return found if found[0] == NAMED else None


#: The chain, in the order the steps are asked; what none decides is ``_unnamed_actor``.
STEPS: tuple[Callable[[Span], Decision | None], ...] = (
    no_words, first_person, function_words, cannot_speak, _pronoun, _bare_anonymous, _metonym, _document,
    back_reference, _named_and_others, quantified, share, _titled_person, _organisation, _acronym, vague, named_group, _named,
    _definite_organisation, _role, _described_marker, collective, _national,
)


def _described(v: Vocab, norm: list[str]) -> bool:
    """A described-source marker other than "close to" (which tells the reader nothing)."""
    return any(not str(m.payload).startswith("close") and "close" not in norm[m.first:m.last]
               for m in _marker_matches(v, norm))


def _marker_matches(v: Vocab, norm: list[str]) -> Iterator[Match]:
    """The matches of the words that describe an unnamed source: its position
    (``described_markers``) or what it knows (``access_markers``)."""
    for key in ("access_markers", "described_markers"):
        lex = v.phrases.get(key)
        if lex is not None:
            yield from lex.matches(norm)
