"""``newslint rules --format json``: each rule as scripts and editors read it."""

from __future__ import annotations

from ..model.rules import Rule


def rule_json(rule: Rule) -> dict:
    """A rule's code, name, family, severity, whether it is on by default and whether
    any of its suggestions can be applied by ``--fix``."""
    rows = [row for value in rule.data.values() if isinstance(value, list) for row in value]
    fixable = rule.fixable or any(isinstance(row, dict) and row.get("fixable") for row in rows)
    return {"code": rule.code, "name": rule.name, "family": rule.family, "severity": rule.severity,
            "enabled": rule.enabled, "summary": " ".join(rule.summary.split()), "fixable": bool(fixable),
            "genres": list(rule.genres), "demote": list(rule.demote),
            "pack": "builtin" if rule.builtin else rule.pack_path}
