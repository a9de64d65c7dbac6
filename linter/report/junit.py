"""JUnit XML: the test-report format every CI server (Jenkins, GitLab, Azure) shows.

A file is a test suite and a finding is a failed test case, so a CI job's test tab
lists what newslint found; a clean file gets one passing case so the run is visible.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Iterable, Iterator

from ..model.findings import FileResult, Finding
from . import Context

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


def stream(results: Iterable[FileResult], context: Context) -> Iterator[str]:
    """The test suites are rendered as each file comes; the root element carries the
    totals, so it is written once the last suite is known (suites are held as text)."""
    suites: list[str] = []
    total = failures = 0
    for result in results:
        path = _clean(result.path)
        suite = ET.Element("testsuite", name=path, tests=str(max(len(result.findings), 1)),
                           failures=str(len(result.findings)), errors="0")
        if not result.findings:
            ET.SubElement(suite, "testcase", classname=path, name="newslint")
        for f in result.findings:
            case = ET.SubElement(suite, "testcase", classname=path, name=f"{f.code} {f.line}:{f.column}")
            failure = ET.SubElement(case, "failure", type=f.code, message=_clean(f.message))
            failure.text = _failure_body(f)
        ET.indent(suite, level=1)
        suites.append("  " + ET.tostring(suite, encoding="unicode").rstrip() + "\n")
        total += max(len(result.findings), 1)
        failures += len(result.findings)
    root = ET.tostring(ET.Element("testsuites", name="newslint", tests=str(total), failures=str(failures),
                                  errors="0"), encoding="unicode")
    yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    if not suites:
        yield root + "\n"
        return
    yield root.removesuffix(" />") + ">\n"
    yield from suites
    yield "</testsuites>\n"
