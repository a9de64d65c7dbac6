"""What a vague group's cue word says about the group itself (for ``vague-source``): a
cue that only defines which people are meant credits no claim to anyone."""

from __future__ import annotations

from ..model.doc import Doc, Frame

#: Finite auxiliaries: the group's own verb after the phrase that defines it.
_FINITE_AUXILIARIES = frozenset({"was", "were", "is", "are", "had", "has", "have"})


def defining(doc: Doc, f: Frame) -> bool:
    """The cue word says which people the group is: a relative clause with an infinitive
    ("people who claim to have been harmed") or a participle and its "to" phrase before
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
