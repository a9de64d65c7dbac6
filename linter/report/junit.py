"""JUnit XML: the test-report format every CI server (Jenkins, GitLab, Azure) shows.

A file is a test suite and a finding is a test case, so a CI job's test tab lists what
newslint found; a clean file gets one passing case so the run is visible. Only the
findings that fail the run (at or above ``--fail-on``) are failures: the others are
skipped cases, so a job that passed never shows a red test report. With
``--statistics`` the root carries the per-rule counts as properties.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Iterable, Iterator

from ..model.findings import FileResult, Finding
from ..model.rules import RANK
from . import Context
from .common import Tally

#: Characters XML 1.0 cannot carry even as references: most C0 controls, lone
#: surrogates, U+FFFE and U+FFFF. A control character in an article must not make the
#: whole report unreadable, so they are shown as U+FFFD.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _failure_body(f: Finding) -> str:
    lines = [f"{f.path}:{f.line}:{f.column}: {f.code} [{f.severity}] {f.message}", f"text: {f.text}"]
    if f.suggestion:
        lines.append(f"suggestion: replace with '{f.suggestion.replacement}'")
    return _clean("\n".join(lines))


def _fails(f: Finding, fail_on: str | None) -> bool:
    """A failure when the finding fails the run (every finding without a --fail-on)."""
    return fail_on is None or (fail_on != "never" and RANK[f.severity] >= RANK[fail_on])


def _suite(result: FileResult, fail_on: str | None) -> tuple[ET.Element, int, int]:
    """A file's test suite, its failures and its skipped cases."""
    path = _clean(result.path)
    failing = [_fails(f, fail_on) for f in result.findings]
    failures, skipped = sum(failing), len(failing) - sum(failing)
    suite = ET.Element("testsuite", name=path, tests=str(max(len(result.findings), 1)),
                       failures=str(failures), errors="0", skipped=str(skipped))
    if not result.findings:
        ET.SubElement(suite, "testcase", classname=path, name="newslint")
    for f, fails in zip(result.findings, failing):
        case = ET.SubElement(suite, "testcase", classname=path, name=f"{f.code} {f.line}:{f.column}")
        outcome = ET.SubElement(case, "failure" if fails else "skipped", type=f.code, message=_clean(f.message))
        outcome.text = _failure_body(f)
    return suite, failures, skipped


def stream(results: Iterable[FileResult], context: Context) -> Iterator[str]:
    """The test suites are rendered as each file comes; the root element carries the
    totals, so it is written once the last suite is known (suites are held as text)."""
    suites: list[str] = []
    total = failures = skipped = 0
    tally = Tally()
    for result in tally.counting(results):
        suite, failed, passed_over = _suite(result, context.fail_on)
        ET.indent(suite, level=1)
        suites.append("  " + ET.tostring(suite, encoding="unicode").rstrip() + "\n")
        total += max(len(result.findings), 1)
        failures += failed
        skipped += passed_over
    root_element = ET.Element("testsuites", name="newslint", tests=str(total), failures=str(failures),
                              errors="0", skipped=str(skipped))
    if context.statistics and tally.rules:
        props = ET.SubElement(root_element, "properties")
        for code, _, by, count in tally.statistics():
            detail = ", ".join(f"{n} {sev}" for sev, n in by.items())
            ET.SubElement(props, "property", name=f"statistics.{code}", value=f"{count} ({detail})")
        ET.indent(root_element)
    root = ET.tostring(root_element, encoding="unicode")
    yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    if not suites:
        yield root + "\n"
        return
    yield (root.removesuffix(" />") + ">\n") if root.endswith(" />") else root.removesuffix("</testsuites>")
    yield from suites
    yield "</testsuites>\n"
