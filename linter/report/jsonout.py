"""Format ``json``: the output contract (version 1). Other tools read it, so it is
shaped here and only here, from the typed results, and kept stable."""

from __future__ import annotations

import dataclasses
import json
from typing import Iterable, Iterator

from ..lint.related import related
from ..model.doc import Readability
from ..model.findings import ArticleInfo, Attribution, FileResult, Finding, QuoteSpan
from ..model.profile import Profile
from . import Context
from .common import Tally

VERSION = 1


def finding_json(f: Finding, primary: bool = True, related: list[str] | None = None) -> dict:
    """One finding; ``related``: the codes of the other findings on the same words
    (linter.lint.related), ``primary``: whether the human outputs show this one."""
    return {
        "code": f.code, "name": f.name, "severity": f.severity,
        "message": f.message, "line": f.line, "column": f.column,
        "end_line": f.end_line, "end_column": f.end_column,
        "start": f.start, "end": f.end, "text": f.text,
        "suggestion": None if f.suggestion is None else {
            "replacement": f.suggestion.replacement, "fixable": f.suggestion.fixable},
        "fingerprint": f.fingerprint,
        "scope": f.scope, "primary": primary, "related": related or [],
    }


def readability_json(r: Readability | None) -> dict | None:
    if r is None:
        return None
    return {k: (round(v, 1) if isinstance(v, float) else v) for k, v in dataclasses.asdict(r).items()}


def article_json(a: ArticleInfo) -> dict:
    return {"index": a.index, "headline": a.headline, "readability": readability_json(a.readability)}


def attribution_json(a: Attribution) -> dict:
    return {
        "source": None if a.source is None else {
            "start": a.source.start, "end": a.source.end, "tier": a.source.tier, "text": a.source.text},
        "cue": {"start": a.cue.start, "end": a.cue.end, "text": a.cue.text},
        "content": [{"start": c.start, "end": c.end} for c in a.content],
        "entity": a.entity,
        "inherited_from": a.inherited_from,
    }


def quote_json(q: QuoteSpan) -> dict:
    return {"start": q.start, "end": q.end, "speaker": q.speaker}


def profile_json(p: Profile) -> dict:
    return {
        "sources": [{"tier": s.tier, "source": s.source, "sentences": s.sentences} for s in p.sources],
        "tiers": dict(p.tiers),
        "quoted": {who: {"quotes": q.quotes, "words": q.words} for who, q in p.quoted.items()},
        "unattributed_quotes": p.unattributed_quotes,
        "verbs": {who: {"verbs": [{"text": v.text, "class": v.cls} for v in e.verbs], "framed": e.framed,
                        "total": e.total, "skew": e.skew} for who, e in p.verbs.items()},
        "asymmetry": None if p.asymmetry is None else dataclasses.asdict(p.asymmetry),
        "body_sentences": p.body_sentences,
        "opinion_sentences": p.opinion_sentences,
        "opinion_share": p.opinion_share,
        "genre": None if p.genre is None else {"name": p.genre.name, "source": p.genre.source,
                                               "evidence": list(p.genre.evidence)},
    }


def file_json(r: FileResult) -> dict:
    """One file's object in the contract (also the answer of ``POST /api/lint``)."""
    profiles = [profile_json(p) for p in r.profiles]
    return {"path": r.path, "findings": [finding_json(f, *rel) for f, rel in zip(r.findings, related(r.findings))],
            "articles": [article_json(a) for a in r.articles],
            "attributions": [attribution_json(a) for a in r.attributions],
            "quotes": [quote_json(q) for q in r.quotes],
            "profile": profiles[0] if len(profiles) == 1 else {"articles": profiles}}


def stream(results: Iterable[FileResult], context: Context | None = None) -> Iterator[str]:
    """The contract, written file by file: the same text ``json.dumps(document,
    indent=2)`` gives, without holding the files."""
    tally = Tally()
    yield f'{{\n  "version": {VERSION},\n  "files": ['
    first = True
    for r in tally.counting(results):
        yield ("\n    " if first else ",\n    ") + _dumps(file_json(r), "    ")
        first = False
    yield "\n  ]" if not first else "]"
    if context is not None and context.statistics:  # asked for: the contract is otherwise unchanged
        yield ',\n  "statistics": ' + _dumps(tally.statistics_json(), "  ")
    yield ',\n  "summary": ' + _dumps(tally.summary(), "  ")
    yield "\n}\n"


def _dumps(value: object, margin: str = "") -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2)`` with ``margin`` before every
    line but the first, character for character. Strings go through the C escaper
    (``json.dumps`` with an indent runs the pure-Python encoder, a generator per level:
    most of the report's time); only a value of another type takes that encoder."""
    out: list[str] = []
    _write(value, "\n" + margin, out)
    return "".join(out)


_ESCAPE = json.encoder.encode_basestring  # the C function when the accelerator is there
_CONSTANTS = {True: "true", False: "false", None: "null"}


def _write(value: object, newline: str, out: list[str]) -> None:
    kind = type(value)
    if kind is str:
        out.append(_ESCAPE(value))
    elif value is None or value is True or value is False:
        out.append(_CONSTANTS[value])
    elif kind is int or (kind is float and value - value == 0):  # finite floats: repr, as json
        out.append(repr(value))
    elif kind is dict and all(type(k) is str for k in value):
        _members(value, True, "{}", newline, out)
    elif kind is list or kind is tuple:
        _members(value, False, "[]", newline, out)
    else:  # subclasses, non-string keys, NaN: the standard encoder's own rules
        out.append(json.dumps(value, ensure_ascii=False, indent=2).replace("\n", newline))


def _members(value, keyed: bool, brackets: str, newline: str, out: list[str]) -> None:
    """An object's members (``keyed``) or an array's items, one per line."""
    if not value:
        out.append(brackets)
        return
    inner = newline + "  "
    out.append(brackets[0])
    sep = inner
    for item in (value.items() if keyed else value):
        out.append(sep)
        if keyed:
            key, item = item
            out.append(_ESCAPE(key))
            out.append(": ")
        _write(item, inner, out)
        sep = "," + inner
    out.append(newline + brackets[1])
