"""The sourcing profile a standards editor reads first: who is quoted, how, and how
much of the copy is the writer's own judgement (brief, section 3.1)."""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict

from ..analyse.attribution.statements import Statement, skews, speaker, statements
from ..model.article import BODY_KINDS
from ..model.doc import QUESTION, TIERS, Doc, Genre
from ..model.findings import Hit
from ..model.profile import Asymmetry, EntityVerbs, Profile, Quoted, SourceCount, VerbUse


def article_profile(doc: Doc, hits: list[Hit], opinion_codes: set[str], genre: Genre) -> Profile:
    """Figures for one article. ``hits`` are the reported hits at their final severity;
    a warning or error of a code in ``opinion_codes`` marks its sentence as opinion."""
    sources: dict[tuple[str, str], set[int]] = defaultdict(set)
    for f in doc.frames:
        sources[(f.tier, speaker(doc, f))].add(f.sentence)
    tiers = Counter(f.tier for f in doc.frames if f.inherited_from is None and f.pattern != QUESTION)
    body = [i for i in range(len(doc.sentences)) if doc.block_of(i).kind in BODY_KINDS]
    opinion = _opinion_sentences(doc, body, hits, opinion_codes)
    by_speaker = statements(doc)
    verbs = _verbs(by_speaker)
    return Profile(
        sources=[SourceCount(tier, label, len(sents)) for (tier, label), sents in
                 sorted(sources.items(), key=lambda kv: (TIERS.index(kv[0][0]), kv[0][1]))],
        tiers={t: tiers.get(t, 0) for t in TIERS},
        quoted=_quoted(doc),
        unattributed_quotes=sum(1 for s in doc.speakers if s is None),
        verbs=verbs,
        asymmetry=_asymmetry(by_speaker),
        body_sentences=len(body),
        opinion_sentences=opinion,
        opinion_share=round(opinion / len(body), 2) if body else 0.0,
        genre=genre,
    )


def _quoted(doc: Doc) -> dict[str, Quoted]:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for q, who in zip(doc.quotes, doc.speakers):
        if who is not None:
            entry = counts[speaker(doc, doc.frames[who])]
            entry[0] += 1
            entry[1] += q.words
    return {who: Quoted(n, words) for who, (n, words) in sorted(counts.items())}


def _verbs(by_speaker: dict[str, list[Statement]]) -> dict[str, EntityVerbs]:
    verbs: dict[str, EntityVerbs] = {}
    for who, items in by_speaker.items():
        entry = verbs.setdefault(who, EntityVerbs())
        entry.verbs = [VerbUse(st.cue, st.cls) for st in items]
        entry.total = len(items)
        entry.framed = sum(st.framed for st in items)
        entry.skew = round(entry.framed / entry.total, 2) if entry.total else 0.0
    return verbs


def _asymmetry(by_speaker: dict[str, list[Statement]]) -> Asymmetry | None:
    """The speaker framed most, against everyone else together; none when no statement
    is framed (nothing is asymmetric) or nobody else speaks."""
    top = next(iter(skews(by_speaker)), None)
    if top is None or not top.others_total:
        return None
    return Asymmetry(top.speaker, round(top.share, 2), round(top.others, 2), round(top.difference, 2),
                     top.framed, top.total, top.others_framed, top.others_total)


def _opinion_sentences(doc: Doc, body: list[int], hits: list[Hit], codes: set[str]) -> int:
    marked = sorted(h.start for h in hits if h.code in codes and h.severity != "info")
    count = 0
    for i in body:
        s = doc.sentences[i]
        k = bisect.bisect_left(marked, s.start)
        count += k < len(marked) and marked[k] < s.end
    return count
