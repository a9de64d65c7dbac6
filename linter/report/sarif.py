"""SARIF 2.1.0: the format GitHub code scanning and most CI dashboards import.

One run, every known rule in ``tool.driver.rules`` (so viewers can show the rule's
help even for rules that found nothing), and one result per finding. Columns and
character offsets count Unicode code points, as newslint's do, and the run says so
with ``columnKind``; a viewer that counts UTF-16 code units would otherwise be off by
one after every astral character.
"""

from __future__ import annotations

import json
import re
import textwrap
from typing import Iterable, Iterator
from pathlib import PurePosixPath, PureWindowsPath
from urllib.parse import quote

from .._version import __version__
from ..model.findings import FileResult, Finding, ci_path
from ..model.rules import Rule
from . import Context
from ..lint.related import Group, groups
from .common import Fingerprints, Tally

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
INFORMATION_URI = "https://github.com/newslint/newslint"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
#: Where relative paths are rooted: the directory newslint was run from, normally the
#: repository root. "%SRCROOT%" is the conventional id for it; GitHub code scanning
#: resolves relative URIs against the checkout.
SRCROOT = "%SRCROOT%"
#: The partialFingerprints key; bump the version if the fingerprint recipe changes.
FINGERPRINT_KEY = "newslint/v1"

_WINDOWS_ABSOLUTE = re.compile(r"^[A-Za-z]:[\\/]|^\\\\")


def stream(results: Iterable[FileResult], context: Context) -> Iterator[str]:
    """One run: the results as each file comes, then the artifacts and the tool (JSON
    keys have no order, so what needs the whole run is written after it)."""
    rules = context.rules
    descriptors = [_descriptor(r) for r in rules]
    index = {r.code: i for i, r in enumerate(rules)}
    artifacts: list[dict] = []
    artifact_index: dict[str, int] = {}  # one artifact per file, even if named twice
    unique = Fingerprints()
    tally = Tally()
    yield (f'{{\n  "$schema": {json.dumps(SCHEMA_URI)},\n  "version": "2.1.0",\n  "runs": [\n    {{\n'
           f'      "columnKind": "unicodeCodePoints",\n      "results": [')
    first = True
    for result in tally.counting(results):
        location = _artifact_location(result.path)
        if location["uri"] not in artifact_index:
            artifact_index[location["uri"]] = len(artifacts)
            artifacts.append({"location": location, "roles": ["analysisTarget"]})
        location = {**location, "index": artifact_index[location["uri"]]}
        group_of = {i: g for g in groups(result.findings) for i in g.members}
        for i, f in enumerate(result.findings):
            if f.code not in index:  # a finding from a rule the caller did not list
                index[f.code] = len(descriptors)
                descriptors.append({"id": f.code, "name": f.name})
            out = _result(f, index[f.code], location, unique(f))
            _relate(out, i, group_of[i], result.findings, location)
            yield ("\n" if first else ",\n") + _indent(out, 8)
            first = False
    tool = {"driver": {"name": "newslint", "version": __version__, "informationUri": INFORMATION_URI,
                       "rules": descriptors}}
    stats = (',\n      "properties": ' + _indent({"statistics": tally.statistics_json()}, 6)[6:]
             if context.statistics else "")
    yield (("\n      ]" if not first else "]") + ',\n      "artifacts": ' + _indent(artifacts, 6)[6:] + stats
           + ',\n      "tool": ' + _indent(tool, 6)[6:] + "\n    }\n  ]\n}\n")


def _indent(value: object, spaces: int) -> str:
    return textwrap.indent(json.dumps(value, ensure_ascii=False, indent=2), " " * spaces)


def _prose(text: str) -> str:
    """Rule texts are hard-wrapped in the packs; viewers wrap themselves, so unwrap
    each paragraph and keep the blank lines between paragraphs."""
    paragraphs = re.split(r"\n\s*\n", text.strip())
    return "\n\n".join(" ".join(p.split()) for p in paragraphs if p.strip())


def _descriptor(rule: Rule) -> dict:
    summary = _prose(rule.summary) or rule.name
    help_parts = [_prose(rule.rationale) or summary]
    if rule.fix:
        help_parts.append("How to fix: " + _prose(rule.fix))
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": summary},
        "fullDescription": {"text": _prose(rule.rationale) or summary},
        "help": {"text": "\n\n".join(help_parts)},
        "defaultConfiguration": {"enabled": rule.enabled, "level": LEVELS[rule.severity]},
        "properties": {"tags": [rule.family]},
    }


def _artifact_location(path: str) -> dict:
    """A URI reference for the path: relative paths stay relative (to %SRCROOT%),
    absolute ones become file: URIs; either way percent-encoded, forward slashes."""
    if _WINDOWS_ABSOLUTE.match(path):
        return {"uri": PureWindowsPath(path).as_uri()}
    posix = ci_path(path)
    if posix.startswith("/"):
        return {"uri": PurePosixPath(posix).as_uri()}
    return {"uri": quote(posix, safe="/"), "uriBaseId": SRCROOT}


def _region(f: Finding) -> dict:
    # SARIF's endColumn is exclusive, like ours, and charOffset/charLength are in the
    # run's columnKind (code points), so the numbers go across unchanged.
    return {"startLine": f.line, "startColumn": f.column, "endLine": f.end_line,
            "endColumn": f.end_column, "charOffset": f.start, "charLength": f.end - f.start}


def _relate(out: dict, i: int, group: Group, findings: list[Finding], location: dict) -> None:
    """Findings on the same words (linter.lint.related): each keeps its result, and
    names the others as related locations and in its properties."""
    if len(group.members) < 2:
        return
    others = [j for j in group.members if j != i]
    out["relatedLocations"] = [
        {"id": k, "physicalLocation": {"artifactLocation": location, "region": _region(findings[j])},
         "message": {"text": f"{findings[j].code}: {findings[j].message}"}} for k, j in enumerate(others, 1)]
    out["properties"] = {"primary": i == group.primary, "related": [findings[j].code for j in others]}


def _result(f: Finding, rule_index: int, location: dict, fingerprint: str) -> dict:
    region = _region(f)
    out = {
        "ruleId": f.code,
        "ruleIndex": rule_index,
        "level": LEVELS[f.severity],
        "message": {"text": f.message},
        "locations": [{"physicalLocation": {"artifactLocation": location, "region": region}}],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint},
    }
    suggestion = f.suggestion
    # Only safe suggestions become SARIF fixes: a fix says "apply this edit to the
    # file", which is wrong when the span holds markup or sits inside a quotation.
    if suggestion and suggestion.fixable:
        replacement = suggestion.replacement
        out["fixes"] = [{
            "description": {"text": f"Replace '{f.text}' with '{replacement}'"},
            "artifactChanges": [{
                "artifactLocation": location,
                "replacements": [{"deletedRegion": region, "insertedContent": {"text": replacement}}],
            }],
        }]
    return out
