"""What the checking page asks the server besides the findings: the rules in force and
their families (with the configuration's house packs), one rule's explanation (the
text of ``newslint rule CODE``), and the edit each fixable finding would make."""

from __future__ import annotations

import json

from ...lint.config import Settings
from ...lint.engine import Linter
from ...lint.fixes import plan
from ...lint.selectors import match_selectors
from ...model.doc import FRAMING
from ...model.findings import FileResult
from ..explain import explain


def catalogue(linter: Linter, settings: Settings) -> dict:
    """Every rule the configured packs define (``active``: reported under the server's
    configuration; ``ignored``: the configuration ignores it, whatever a request
    selects), the families' names and colours, the reporting-verb classes that
    frame a statement (the profile stars them), the configured genre and the config
    files read (farthest first)."""
    files = settings.provenance.files if settings.provenance else []
    ignored = match_selectors(settings.ignore, linter.rules, "ignore")
    return {
        "rules": [{"code": r.code, "name": r.name, "family": r.family, "severity": r.severity,
                   "enabled": r.enabled, "active": r.code in linter.reported, "ignored": r.code in ignored,
                   "fixable": r.fixable, "summary": r.summary} for r in linter.rules],
        "families": {f.prefix: {"name": f.name, "tint": f.tint, "ink": f.ink} for f in linter.families.values()},
        "framing": sorted(FRAMING),
        "genre": settings.genre,
        "config": [str(p) for p in files],
    }


def explanation(linter: Linter, code: str) -> str | None:
    """``newslint rule CODE``'s text for a rule the configured packs define, or None."""
    rule = linter.by_code.get(code.upper())
    return None if rule is None else explain(rule)


def with_fixes(body: str, result: FileResult) -> str:
    """The JSON contract of one file with each finding's ``fix``: the edit that applies
    its fixable suggestion (``start``, ``end`` in code points of the text sent, and the
    ``replacement``; a deletion takes a neighbouring space with it), or null."""
    document = json.loads(body)
    text = result.source.text if result.source else ""
    for finding, shown in zip(result.findings, document["files"][0]["findings"]):
        edits = plan(text, [finding])
        shown["fix"] = ({"start": edits[0].start, "end": edits[0].end, "replacement": edits[0].replacement}
                        if edits else None)
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
