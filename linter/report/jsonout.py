"""The JSON output contract (version 1): other tools read it, so keep it stable."""

from __future__ import annotations

import json

from ..engine import FileResult
from . import summary


def render(results: list[FileResult]) -> str:
    payload = {
        "version": 1,
        "files": [
            {"path": r.path, "findings": [f.to_json() for f in r.findings], "articles": r.articles,
             "attributions": r.attributions, "quotes": r.quotes, "profile": r.profile}
            for r in results
        ],
        "summary": summary(results),
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
