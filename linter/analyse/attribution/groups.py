"""Tier steps for groups: who a group, a quantified group or a back-reference is.

"Critics" and "most economists" are vague; "residents" and "Republicans" are a
collective; "Several Opec members" and "Mr Blair's supporters" are named by whose
members they are; "Many" after "Rabbis gathered" is that group; "70% said" is a poll's
respondents. Each function is one step of the chain in ``sources`` (see there for the
order).
"""

from __future__ import annotations

from ...model.doc import COLLECTIVE, VAGUE
from .clause import is_cap
from .span import Decision, Span
from .words import AFFILIATION, KNOWN_DETERMINERS


def back_reference(s: Span) -> Decision | None:
    """"Rabbis gathered ... Many spoke about the attack", "Two others have not said": a
    bare quantifier or count is part of the group just named, which it takes the tier of
    (a group of critics stays vague); with no group before it, it is no decision here. A
    share ("70% said") is a poll's respondents: a collective."""
    if "%" in s.norm or "percent" in s.words or "cent" in s.words:
        return COLLECTIVE, None  # "70% said", "60 percent of voters said": a poll's respondents
    if not s.v.sources.get("back_reference", frozenset()).issuperset(s.words):
        return None
    group = _group_before(s)
    if group is None:
        return None
    return (VAGUE, None) if group in s.v.sources.get("vague", ()) else (COLLECTIVE, None)


def _group_before(s: Span) -> str | None:
    """The last plural group noun before the span, in its sentence or the one before it
    in the same block (a collective or vague head, a survey's respondents, or a plural
    role: "rabbis")."""
    doc, st = s.st.doc, s.st
    first = st.first
    if st.index > 0 and doc.sentences[st.index - 1].block == doc.sentences[st.index].block:
        first = doc.sentences[st.index - 1].first
    groups = s.v.sources.get("collective", frozenset()) | s.v.sources.get("vague", frozenset()) \
        | s.v.sources.get("respondents", frozenset())  # "A survey of 2,000 buyers ... Most agreed"
    roles = s.v.sources.get("role_nouns", frozenset())
    quantifiers = s.v.sources.get("back_reference", frozenset())
    for k in range(s.a - 1, first - 1, -1):
        w = st.norm[k]
        if w not in quantifiers and (w in groups or (w.endswith("s") and w[:-1] in roles)):
            return w
        counted = k > first and (st.norm[k - 1] in quantifiers or st.norm[k - 1][0].isdigit())
        if counted and w.endswith("s") and len(w) > 3 and st.raw_at(k).islower():
            return w  # "It found that most farmers saw ... though most agreed": the farmers
    return None


def quantified(s: Span) -> Decision | None:
    """"Most economists expect", "a number of voters feel": a group with a vague
    quantifier, and no name to say whose members they are, is a vague source; a part of
    a group the story has named ("some of the women", "most of them") is that group."""
    fractions = s.v.phrases.get("fraction_quantifiers")
    if fractions and len(s.norm) > 2 and any(m.last < len(s.norm) for m in fractions.matches_at(s.norm, 0)) \
            and not any(is_cap(w) for w in s.raw[2:]):
        return VAGUE, None  # "three-quarters of the voters": which voters, asked how?
    lex = s.v.phrases.get("group_quantifiers")
    m = next(iter(lex.matches_at(s.norm, 0)), None) if lex else None
    if m is None or m.last >= len(s.norm) or s.qualified or any(is_cap(w) for w in s.raw[m.last:]):
        return None  # "several Opec members", "some Labour MPs": qualified by whose members they are
    last = s.words[-1]
    if last in s.v.sources.get("respondents", ()):
        return COLLECTIVE, None  # "Many of those questioned said": a survey's respondents
    rest = s.norm[m.last:]
    if rest[:1] == ["of"] and len(rest) > 1 and (rest[1] in KNOWN_DETERMINERS or rest[1] in ("them", "us")):
        return COLLECTIVE, None  # "some of the women", "most of them": part of a group the story has named
    groups = s.v.sources.get("collective", frozenset()) | s.v.sources.get("vague", frozenset())
    roles = s.v.sources.get("role_nouns", frozenset())
    return (VAGUE, None) if last in groups or (last.endswith("s") and last[:-1] in roles) else None


def share(s: Span) -> Decision | None:
    """"Nearly seven in 10 said", "one in five voters": a share of a poll's respondents,
    a collective (like "60 percent of voters")."""
    norm, i = s.norm, 0
    leads = s.v.phrases.get("share_leads")
    m = next(iter(leads.matches_at(norm, 0)), None) if leads else None
    if m is not None:
        i = m.last
    numbers = s.v.sources.get("share_numbers", frozenset())
    if i + 2 < len(norm) and (norm[i].isdigit() or norm[i] in numbers) and norm[i + 1] == "in" \
            and (norm[i + 2].isdigit() or norm[i + 2] in numbers):
        return COLLECTIVE, None
    return None


def vague(s: Span) -> Decision | None:
    """"critics", "experts" with no name attached. A group described by what it knows
    ("people with knowledge of the talks") is not vague: the chain's described-marker
    step takes it (an anonymous source, as "people familiar with the talks" is)."""
    if s.head not in s.v.sources.get("vague", ()) or s.qualified:
        return None
    access = s.v.phrases.get("access_markers")
    if access is not None and next(iter(access.matches(s.norm)), None) is not None:
        return None
    return VAGUE, None


def named_group(s: Span) -> Decision | None:
    """"Several Opec members", "Mr Blair's supporters": a group named by whose members
    they are is a collective, not a person called "Opec"."""
    sources = s.v.sources  # membership of either list: no union of the two built per call
    if s.names and (s.head in sources.get("collective", ()) or s.head in sources.get("vague", ())) \
            and not any(w in AFFILIATION for w in s.norm):
        return COLLECTIVE, None
    return None


def collective(s: Span) -> Decision | None:
    """"European nations", "residents": a group speaking as one."""
    return (COLLECTIVE, None) if s.head in s.v.sources.get("collective", ()) else None
