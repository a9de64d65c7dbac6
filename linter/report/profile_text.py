"""The sourcing profile in words: a short table (text) or one line (concise)."""

from __future__ import annotations

from ..model.doc import FRAMING
from ..model.findings import FileResult
from ..model.profile import Profile


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _tiers(profile: Profile) -> str:
    return ", ".join(f"{t} {n}" for t, n in profile.tiers.items() if n) or "none"


def genre_words(profile: Profile) -> str:
    """The genre and why: "sport (detected: pattern '3-1'; 6.2 sport words per 100)"."""
    g = profile.genre
    if g is None:
        return "news"
    why = "; ".join(g.evidence)
    return f"{g.name} ({g.source}{': ' + why if why else ''})"


def line(path: str, profile: Profile) -> str:
    """The profile on one line, for the concise format."""
    quoted = ", ".join(f"{who} {v.quotes}" for who, v in profile.quoted.items()) or "nobody"
    a = profile.asymmetry
    skew = f"; asymmetry {a.entity} {a.skew:.2f} vs {a.others:.2f}" if a else ""
    return (f"{path}: profile: sources {_tiers(profile)}; quoted {quoted}; no speaker {profile.unattributed_quotes}"
            f"{skew}; opinion {profile.opinion_sentences}/{profile.body_sentences}; "
            f"genre {profile.genre.name if profile.genre else 'news'}\n")


def table(path: str, profile: Profile) -> str:
    """The short table printed after the findings."""
    quoted = "; ".join(f"{who} {_n(v.quotes, 'quote')}, {_n(v.words, 'word')}"
                       for who, v in profile.quoted.items()) or "nobody"
    lines = [f"Sourcing profile: {path}",
             f"  sources   {_tiers(profile)}",
             f"  quoted    {quoted}; with no speaker: {profile.unattributed_quotes}"]
    framed = [(who, e) for who, e in profile.verbs.items() if e.framed]
    for who, e in sorted(framed, key=lambda kv: -kv[1].framed)[:3]:
        words = ", ".join(v.text + ("*" if v.cls in FRAMING else "") for v in e.verbs)
        lines.append(f"  verbs     {who}: {words} (framed {e.framed} of {e.total})")
    a = profile.asymmetry
    if a:
        lines.append(f"  asymmetry {a.entity} {a.framed} of {a.total} framed ({a.skew:.2f}) vs others "
                     f"{a.others_framed} of {a.others_total} ({a.others:.2f})")
    lines.append(f"  opinion   {profile.opinion_sentences} of {profile.body_sentences} body sentences "
                 f"({profile.opinion_share:.0%}) carry the writer's unattributed judgement")
    if profile.genre is not None:
        lines.append(f"  genre     {genre_words(profile)}")
    return "\n".join(lines) + "\n"


def profiles(results: list[FileResult], one_line: bool = False) -> list[str]:
    """The sourcing profile of each file (one per article in a multi-article export)."""
    out = []
    render = line if one_line else table
    for r in results:
        several = len(r.profiles) != 1
        for i, p in enumerate(r.profiles):
            out.append(render(f"{r.path} (article {i + 1})" if several else r.path, p))
    return out
