"""The sourcing profile a standards editor reads first: who is quoted, how, and how
much of the copy is the writer's own judgement (brief, section 3.1)."""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict

from ..model.article import BODY_KINDS
from ..model.doc import FRAMING, TIERS, Doc, Frame, Genre
from ..model.findings import Hit
from ..model.profile import Asymmetry, EntityVerbs, Profile, Quoted, SourceCount, VerbUse


def _label(doc: Doc, f: Frame) -> str:
    if f.entity:
        return f.entity
    return doc.text[f.source[0]:f.source[1]] if f.source else "(none)"


def article_profile(doc: Doc, hits: list[Hit], opinion_codes: set[str], genre: Genre) -> Profile:
    """Figures for one article. ``hits`` are the reported hits at their final severity;
    a warning or error of a code in ``opinion_codes`` marks its sentence as opinion."""
    sources: dict[tuple[str, str], set[int]] = defaultdict(set)
    for f in doc.frames:
        sources[(f.tier, _label(doc, f))].add(f.sentence)
    tiers = Counter(f.tier for f in doc.frames if f.inherited_from is None)
    body = [i for i in range(len(doc.sentences)) if doc.block_of(i).kind in BODY_KINDS]
    opinion = _opinion_sentences(doc, body, hits, opinion_codes)
    verbs = _verbs(doc)
    return Profile(
        sources=[SourceCount(tier, label, len(sents)) for (tier, label), sents in
                 sorted(sources.items(), key=lambda kv: (TIERS.index(kv[0][0]), kv[0][1]))],
        tiers={t: tiers.get(t, 0) for t in TIERS},
        quoted=_quoted(doc),
        unattributed_quotes=sum(1 for s in doc.speakers if s is None),
        verbs=verbs,
        asymmetry=_asymmetry(verbs),
        body_sentences=len(body),
        opinion_sentences=opinion,
        opinion_share=round(opinion / len(body), 2) if body else 0.0,
        genre=genre,
    )


def _quoted(doc: Doc) -> dict[str, Quoted]:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for q, speaker in zip(doc.quotes, doc.speakers):
        if speaker is not None:
            entry = counts[_label(doc, doc.frames[speaker])]
            entry[0] += 1
            entry[1] += q.words
    return {who: Quoted(n, words) for who, (n, words) in sorted(counts.items())}


def _verbs(doc: Doc) -> dict[str, EntityVerbs]:
    verbs: dict[str, EntityVerbs] = {}
    seen: set[tuple[int, int]] = set()
    for f in doc.frames:
        if f.inherited_from is not None or f.cue in seen:
            continue
        seen.add(f.cue)
        entry = verbs.setdefault(_label(doc, f), EntityVerbs())
        entry.verbs.append(VerbUse(doc.text[f.cue[0]:f.cue[1]], f.cue_class))
        entry.total += 1
        entry.framed += f.cue_class in FRAMING
    for entry in verbs.values():
        entry.skew = round(entry.framed / entry.total, 2) if entry.total else 0.0
    return verbs


def _asymmetry(verbs: dict[str, EntityVerbs]) -> Asymmetry | None:
    """The entity framed most, against everyone else together."""
    skews = {who: e for who, e in verbs.items() if e.total}
    if len(skews) < 2:
        return None
    target = max(skews, key=lambda w: (skews[w].framed, skews[w].skew))
    rest = [e for w, e in skews.items() if w != target]
    rest_skew = sum(e.framed for e in rest) / max(1, sum(e.total for e in rest))
    return Asymmetry(target, skews[target].skew, round(rest_skew, 2), round(skews[target].skew - rest_skew, 2))


def _opinion_sentences(doc: Doc, body: list[int], hits: list[Hit], codes: set[str]) -> int:
    marked = sorted(h.start for h in hits if h.code in codes and h.severity != "info")
    count = 0
    for i in body:
        s = doc.sentences[i]
        k = bisect.bisect_left(marked, s.start)
        count += k < len(marked) and marked[k] < s.end
    return count
