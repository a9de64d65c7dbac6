"""No merge-conflict markers in the project's own files: a merge that stages a half-resolved
file (docs and packs are not imported, so nothing else would fail) is caught here."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: Written in two pieces so that this file holds no marker itself.
MARKERS = ("<" * 7 + " ", ">" * 7 + " ")
SUFFIXES = {".py", ".toml", ".md", ".txt", ".json", ".yaml", ".yml", ".html", ".css", ".js", ".cfg"}


def _files() -> list[Path]:
    roots = [ROOT / name for name in ("linter", "rules", "docs", "tests", "seeds", ".ci")]
    found = [p for r in roots if r.exists() for p in r.rglob("*") if p.is_file() and p.suffix in SUFFIXES
             and "__pycache__" not in p.parts]
    return found + [ROOT / "README.md", ROOT / "pyproject.toml"]


def test_the_scan_sees_the_project() -> None:
    files = _files()
    assert ROOT / "README.md" in files and any(p.name == "engine.py" for p in files)


def _marked_lines(path: Path) -> list[int]:
    """Line numbers of ``path`` that open or close a conflict."""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    return [n for n, line in enumerate(lines, 1) if line.startswith(MARKERS)]


def test_no_file_holds_a_conflict_marker() -> None:
    bad = [f"{p.relative_to(ROOT)}:{n}" for p in _files() for n in _marked_lines(p)]
    assert bad == []


def test_a_half_resolved_file_is_found(tmp_path: Path) -> None:
    f = tmp_path / "half.toml"
    f.write_text("a = 1\n" + MARKERS[0] + "HEAD\nb = 2\n" + "=" * 7 + "\nb = 3\n" + MARKERS[1] + "branch\n",
                 encoding="utf-8")
    assert _marked_lines(f) == [2, 6]
    f.write_text("a = 1\nb = 2\n", encoding="utf-8")
    assert _marked_lines(f) == []
