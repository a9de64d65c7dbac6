"""GitLab Code Quality report: the JSON list a merge request widget reads.

GitLab keys issues on ``fingerprint`` (it compares the merge request's report with the
target branch's to show what is new or fixed), so fingerprints must be unique within a
report and stable when unrelated text moves. The finding's own fingerprint is both,
except when the same flagged words occur twice in the same sentence text (a caption
pasted twice): those repeats get derived fingerprints, numbered in file order.
"""

from __future__ import annotations

import json
import textwrap
from typing import Iterable, Iterator

from ..model.findings import FileResult, ci_path
from . import Context
from .common import Fingerprints

SEVERITIES = {"info": "info", "warning": "minor", "error": "major"}


def stream(results: Iterable[FileResult], context: Context) -> Iterator[str]:
    unique = Fingerprints()
    yield "["
    first = True
    for r in results:
        for f in r.findings:
            issue = {
                "description": f"{f.code}: {f.message}",
                "check_name": f.code,
                "fingerprint": unique(f),
                "severity": SEVERITIES[f.severity],
                "location": {"path": ci_path(f.path), "lines": {"begin": f.line, "end": f.end_line}},
            }
            yield ("\n" if first else ",\n") + textwrap.indent(json.dumps(issue, ensure_ascii=False, indent=2), "  ")
            first = False
    yield ("\n]\n" if not first else "]\n")
