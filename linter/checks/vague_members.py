"""Whether a vague group is identified after all (ATTR001's kind ``vague-source``): one of
its members is the next sentence's named speaker, described with the group's words or,
for specialists, a title or an affiliation; or the group is credited with an act, not a
claim."""

from __future__ import annotations

import re

from ..analyse.vocab import word_set
from ..model.doc import Doc, Frame

_STOP = word_set("grammar", "stop_words")
_QUANTIFIERS = word_set("grammar", "quantifiers")


def described_alike(doc: Doc, f: Frame, stem: str, subject: str) -> bool:
    """Whether the next sentence's named speaker is described with the group's head or
    another of its nouns ("Labor officials and political operatives point out ... / Ann
    Hale, a former political director of the union, wrote"; "Prominent Republicans have
    begun to speak out ... / Gov. Tom Reed, a Republican, said"): one of the group."""
    said = re.findall(r"[a-z]+", subject.lower())
    if any(w == stem or w == stem + "s" for w in said):
        return True
    group = {w[:-1] if w.endswith("s") else w for w in re.findall(r"[a-z]{5,}", doc.text[f.source[0]:max(f.source[1], f.cue[0])].lower())
             if w not in _STOP and w not in _QUANTIFIERS and w not in _GENERIC_GROUP_WORDS}
    return any(w[:-1] in group if w.endswith("s") else w in group for w in said)


#: A speaker's standing: a role ("director of", "co-founder") or an affiliation ("at the X").
_STANDING = re.compile(r"\b(?:of|at|from|with)\s+(?:the\s+)?[A-Z]|\b(?:director|founder|co-founder|head|chief|"
                       r"president|professor|fellow|chair|chairman|chairwoman|dean|partner|editor)\b")


def has_standing(subject: str) -> bool:
    return _STANDING.search(subject) is not None


#: Words of a group's description too general to tell its members apart ("other", "people").
_GENERIC_GROUP_WORDS = frozenset({"other", "others", "people", "those", "person", "persons", "several", "number",
                                  "longtime", "prominent", "leading", "senior", "former", "current"})


def act(doc: Doc, f: Frame, verbs: set[str]) -> bool:
    """"Several states have rejected such bills": a verb of backing or rejecting with a plain
    object (the frame is no reported speech) credits the group with an act, not a claim."""
    cue = doc.text[f.cue[0]:f.cue[1]].lower().split()
    return bool(cue) and cue[0] in verbs and not f.speech
