"""Findings: plain data that reporters only format."""

from __future__ import annotations

from dataclasses import dataclass, field

SEVERITIES = ("info", "warning", "error")
RANK = {name: i for i, name in enumerate(SEVERITIES)}


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

    def sort_key(self) -> tuple:
        return (self.path, self.start, self.code, self.end)

    def to_json(self) -> dict:
        return {
            "code": self.code, "name": self.name, "severity": self.severity,
            "message": self.message, "line": self.line, "column": self.column,
            "end_line": self.end_line, "end_column": self.end_column,
            "start": self.start, "end": self.end, "text": self.text,
            "suggestion": self.suggestion,
        }
