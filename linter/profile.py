"""The sourcing profile a standards editor reads first: who is quoted, how, and how
much of the copy is the writer's own judgement (brief, section 3.1)."""

from __future__ import annotations

from collections import Counter, defaultdict

from .annotate import Doc
from .article import BODY_KINDS
from .attribution import FRAMING, TIERS
from .findings import Hit

#: Families whose warning-level findings mark a sentence as the writer's judgement.
OPINION_CODES = ("OPIN", "LOAD", "PRESUP", "ATTR002", "ATTR006")


def _label(doc: Doc, f) -> str:
    if f.entity:
        return f.entity
    return doc.text[f.source[0]:f.source[1]] if f.source else "(none)"


def article_profile(doc: Doc, hits: list[Hit]) -> dict:
    """Figures for one article; offsets are not needed, only counts and names."""
    text = doc.text
    blocks = doc.article.blocks
    sources: dict[tuple[str, str], set[int]] = defaultdict(set)
    for f in doc.frames:
        sources[(f.tier, _label(doc, f))].add(f.sentence)
    tiers = Counter(f.tier for f in doc.frames if f.inherited_from is None)

    quoted: dict[str, dict[str, int]] = defaultdict(lambda: {"quotes": 0, "words": 0})
    unattributed = 0
    for q, speaker in zip(doc.quotes, doc.speakers):
        if speaker is None:
            unattributed += 1
            continue
        who = _label(doc, doc.frames[speaker])
        quoted[who]["quotes"] += 1
        quoted[who]["words"] += q.words

    verbs: dict[str, dict] = {}
    seen: set[tuple[int, int]] = set()
    for f in doc.frames:
        if f.inherited_from is not None or f.cue in seen:
            continue
        seen.add(f.cue)
        who = _label(doc, f)
        entry = verbs.setdefault(who, {"verbs": [], "framed": 0, "total": 0})
        entry["verbs"].append({"text": text[f.cue[0]:f.cue[1]], "class": f.cue_class})
        entry["total"] += 1
        entry["framed"] += f.cue_class in FRAMING
    for entry in verbs.values():
        entry["skew"] = round(entry["framed"] / entry["total"], 2) if entry["total"] else 0.0
    skews = {who: e for who, e in verbs.items() if e["total"]}
    asymmetry = None
    if len(skews) >= 2:
        target = max(skews, key=lambda w: (skews[w]["framed"], skews[w]["skew"]))
        rest = [e for w, e in skews.items() if w != target]
        rest_skew = sum(e["framed"] for e in rest) / max(1, sum(e["total"] for e in rest))
        asymmetry = {"entity": target, "skew": skews[target]["skew"], "others": round(rest_skew, 2),
                     "difference": round(skews[target]["skew"] - rest_skew, 2)}

    body = [i for i, s in enumerate(doc.sentences) if blocks[s.block].kind in BODY_KINDS]
    opinion = 0
    for i in body:
        s = doc.sentences[i]
        if any(h.code.startswith(OPINION_CODES) and h.severity != "info" and s.start <= h.start < s.end
               for h in hits):
            opinion += 1
    return {
        "sources": [{"tier": tier, "source": label, "sentences": len(sents)}
                    for (tier, label), sents in sorted(sources.items(), key=lambda kv: (TIERS.index(kv[0][0]), kv[0][1]))],
        "tiers": {t: tiers.get(t, 0) for t in TIERS},
        "quoted": {who: dict(v) for who, v in sorted(quoted.items())},
        "unattributed_quotes": unattributed,
        "verbs": verbs,
        "asymmetry": asymmetry,
        "body_sentences": len(body),
        "opinion_sentences": opinion,
        "opinion_share": round(opinion / len(body), 2) if body else 0.0,
    }


def render_line(path: str, profile: dict) -> str:
    """The profile on one line, for the concise format."""
    tiers = ", ".join(f"{t} {n}" for t, n in profile["tiers"].items() if n) or "none"
    quoted = ", ".join(f"{who} {v['quotes']}" for who, v in profile["quoted"].items()) or "nobody"
    a = profile["asymmetry"]
    skew = f"; asymmetry {a['entity']} {a['skew']:.2f} vs {a['others']:.2f}" if a else ""
    return (f"{path}: profile: sources {tiers}; quoted {quoted}; no speaker {profile['unattributed_quotes']}"
            f"{skew}; opinion {profile['opinion_sentences']}/{profile['body_sentences']}\n")


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def render_text(path: str, profile: dict) -> str:
    """The short table printed after the findings."""
    tiers = ", ".join(f"{t} {n}" for t, n in profile["tiers"].items() if n) or "none"
    quoted = "; ".join(f"{who} {_n(v['quotes'], 'quote')}, {_n(v['words'], 'word')}"
                       for who, v in profile["quoted"].items()) or "nobody"
    lines = [f"Sourcing profile: {path}",
             f"  sources   {tiers}",
             f"  quoted    {quoted}; with no speaker: {profile['unattributed_quotes']}"]
    framed = [(who, e) for who, e in profile["verbs"].items() if e["framed"]]
    for who, e in sorted(framed, key=lambda kv: -kv[1]["framed"])[:3]:
        words = ", ".join(v["text"] + ("*" if v["class"] in FRAMING else "") for v in e["verbs"])
        lines.append(f"  verbs     {who}: {words} (framed {e['framed']} of {e['total']})")
    a = profile["asymmetry"]
    if a:
        lines.append(f"  asymmetry {a['entity']} {a['skew']:.2f} vs others {a['others']:.2f}")
    lines.append(f"  opinion   {profile['opinion_sentences']} of {profile['body_sentences']} body sentences "
                 f"({profile['opinion_share']:.0%}) carry the writer's unattributed judgement")
    return "\n".join(lines) + "\n"
