"""One contract for every failure: any problem with one input is one line on stderr
naming the file, the other files are still linted and reported, and the run exits 2 --
never a traceback, never exit status 1, never a hang."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import linter
from linter.app.cli import main

GOOD = "Council approves budget\n\nThe council approved the budget on Tuesday, the mayor said.\n"


def newslint(*args: object, cwd: Path | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    """The real console script in a subprocess (so a hang or a crash is seen as such)."""
    return subprocess.run([sys.executable, "-m", "linter", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=timeout)


def one_line(p: subprocess.CompletedProcess, needle: str) -> None:
    lines = [line for line in p.stderr.splitlines() if line.strip()]
    assert p.returncode == 2, (p.returncode, p.stderr)
    assert "Traceback" not in p.stderr and len(lines) == 1 and needle in lines[0], p.stderr


BAD = {
    "cr-only.md": (b"\rV", None),
    "cdata.html": (b"<p>The plan <![> failed.</p>", "malformed HTML"),
    "cdata.json": (json.dumps({"headline": "H", "body": "<p>A <![> b</p>"}).encode(), "malformed HTML"),
    "deep.json": (b"[" * 1000 + b"]" * 1000, "nested more than"),
    "utf16.txt": ("Headline\n\nBody text.\n".encode("utf-16"), "UTF-16"),
    "utf32.txt": ("Headline\n\nBody text.\n".encode("utf-32"), "UTF-32"),
    "binary.txt": (b"\x00\x01\x02", "binary file"),
    "latin1.txt": ("Caf\xe9".encode("latin-1"), "not valid UTF-8"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_input_is_one_line_and_the_others_are_reported(tmp_path: Path, name: str) -> None:
    data, needle = BAD[name]
    (tmp_path / name).write_bytes(data)
    (tmp_path / "good.txt").write_text(GOOD, "utf-8")
    p = newslint("check", "--format", "concise", tmp_path / name, tmp_path / "good.txt")
    if needle is None:  # readable after all: linted, no traceback
        assert p.returncode in (0, 1) and "Traceback" not in p.stderr, p.stderr
    else:
        one_line(p, needle)
        assert str(tmp_path / name) in p.stderr
    assert ("in 1 file." in p.stdout) if needle else ("in 2 files." in p.stdout), p.stdout


def test_fifo_and_devices_are_refused_without_reading(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "good.txt").write_text(GOOD, "utf-8")
    walked = newslint("check", tmp_path, timeout=30)  # a FIFO met walking a directory must not hang
    one_line(walked, "is a named pipe (FIFO), not a regular file")
    assert "1 file" in walked.stdout
    one_line(newslint("check", "/dev/zero", timeout=30), "/dev/zero: is a character device")


def test_size_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(GOOD + "More words. " * 2000, "utf-8")
    one_line(newslint("check", "--max-file-size", "10K", big), "over the limit of 10240")
    assert newslint("check", "--max-file-size", "1M", big).returncode in (0, 1)
    bad = newslint("check", "--max-file-size", "lots", big)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


def test_baseline_with_a_wrong_type_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, "utf-8")
    base = tmp_path / "b.json"
    base.write_text(json.dumps({"version": 1, "findings": [{"fingerprint": ["x"], "path": "a", "code": "X"}]}))
    one_line(newslint("check", "--baseline", base, tmp_path / "a.txt"), "malformed baseline")


def test_full_disk_on_standard_output(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Staggering plan\n\nThe staggering plan was approved.\n", "utf-8")
    with open("/dev/full", "w") as full:
        p = subprocess.run([sys.executable, "-m", "linter", "check", str(tmp_path / "a.txt")], stdout=full,
                           stderr=subprocess.PIPE, text=True, timeout=60)
    assert p.returncode == 2 and "Traceback" not in p.stderr
    assert "cannot write to standard output (No space left on device)" in p.stderr


def test_internal_error_names_the_stage_and_the_run_goes_on(tmp_path: Path, monkeypatch) -> None:
    """A bug in a check is reported for the file that met it, as one line naming the
    check; the traceback only with --debug; never exit status 1."""
    from linter.checks.repetition import RepetitionCheck

    def broken(self, doc, hits=()):
        if "boom" in doc.text:
            raise ZeroDivisionError("division by zero")
        return iter(())

    monkeypatch.setattr(RepetitionCheck, "check", broken)
    (tmp_path / "a.txt").write_text("Headline\n\nThe boom came on Tuesday.\n", "utf-8")
    (tmp_path / "b.txt").write_text(GOOD, "utf-8")
    r = CliRunner().invoke(main, ["check", "--jobs", "1", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert r.exit_code == 2
    assert r.stderr.strip() == (f"newslint: error: {tmp_path / 'a.txt'}: internal error in the repetition check "
                                f"(DUP001): ZeroDivisionError: division by zero")
    assert "No findings in 1 file." in r.stdout  # b.txt was linted (a clean file is only counted)
    debug = CliRunner().invoke(main, ["check", "--debug", str(tmp_path / "a.txt")])
    assert debug.exit_code == 2 and "Traceback (most recent call last)" in debug.stderr


def test_line_endings_give_the_same_positions(tmp_path: Path) -> None:
    text = "Headline\n\nThe staggering plan\nwas approved.\n\nIronically, it failed.\n"
    positions = {}
    for name, nl in (("lf", "\n"), ("crlf", "\r\n"), ("cr", "\r")):
        for ext in (".txt", ".md"):
            path = tmp_path / f"{name}{ext}"
            path.write_bytes(text.replace("\n", nl).encode())
            result = linter.lint_path(path)
            for f in result.findings:
                assert f.end > f.start and path.read_bytes().decode()[f.start:f.end] == f.text
            positions[(name, ext)] = [(f.code, f.line, f.column, f.end_line, f.end_column) for f in result.findings]
    assert positions[("lf", ".txt")] and len({tuple(v) for k, v in positions.items() if k[1] == ".txt"}) == 1
    assert len({tuple(v) for k, v in positions.items() if k[1] == ".md"}) == 1
    assert ("LOAD001", 3, 5, 3, 15) in positions[("cr", ".txt")]
