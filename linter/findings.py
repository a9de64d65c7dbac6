"""Findings: plain data that reporters only format."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

SEVERITIES = ("info", "warning", "error")
#: Kinds of piece (``--genre``): outside news the writer's voice is legitimate.
GENRES = ("news", "analysis", "opinion")
RANK = {name: i for i, name in enumerate(SEVERITIES)}


def ci_path(path: str) -> str:
    """The path as CI services and baselines match it against the repository: forward
    slashes and no leading "./" (walking "." yields "./news/a.md", and GitHub attaches
    no annotation to that spelling; "news/a.md" named directly must fingerprint alike)."""
    path = path.replace("\\", "/")
    while path.startswith("./"):
        path = path[2:]
    return path


@dataclass
class Hit:
    """What a check yields: a rule, a span of the analysis text and its wording."""

    code: str
    start: int
    end: int
    message: str
    severity: str
    replacement: str | None = None
    #: False when the severity is final whatever the position (no lede promotion).
    promote: bool = True
    #: The replacement may be applied by ``--fix`` (the pack marks it safe).
    fixable: bool = False
    #: Identity for article-level findings, whose span is only where they are shown
    #: ("article" for the readability grade): the fingerprint uses it instead of the words.
    key: str | None = None


@dataclass
class Finding:
    """A finding placed in the original file (1-based lines and columns, code points)."""

    path: str
    code: str
    name: str
    severity: str
    message: str
    line: int
    column: int
    end_line: int
    end_column: int
    start: int
    end: int
    text: str
    suggestion: dict | None = None
    extra: dict = field(default_factory=dict)
    #: The sentence the finding sits in (analysis text): what its fingerprint hangs on,
    #: so a finding keeps its identity when lines move.
    context: str = ""
    key: str | None = None

    @property
    def fingerprint(self) -> str:
        """Stable identity across edits elsewhere in the file: the file, the rule, the
        flagged words and their sentence (whitespace and case folded), never positions.
        Baselines, SARIF partialFingerprints and GitLab code quality all use it."""
        fold = lambda s: " ".join(s.split()).casefold()  # noqa: E731
        what = ("key", self.key) if self.key else (fold(self.text), fold(self.context))
        key = "\0".join((ci_path(self.path), self.code, *what))
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]

    def sort_key(self) -> tuple:
        return (self.path, self.start, self.code, self.end)

    def to_json(self) -> dict:
        return {
            "code": self.code, "name": self.name, "severity": self.severity,
            "message": self.message, "line": self.line, "column": self.column,
            "end_line": self.end_line, "end_column": self.end_column,
            "start": self.start, "end": self.end, "text": self.text,
            "suggestion": self.suggestion, "fingerprint": self.fingerprint,
        }
