"""The package reads like its data flow: stages import only earlier stages, nothing
imports in a circle (function-level imports included), and policy stays in the packs."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from conftest import ROOT

PACKAGE = ROOT / "linter"
#: The stages in flow order; a module may import its own stage and earlier ones.
STAGES = ("model", "readers", "analyse", "checks", "lint", "report", "app")
#: Modules outside the stages: the version (imported by anyone), the package face and
#: ``python -m linter``.
OUTSIDE = {"linter._version": -1, "linter": len(STAGES), "linter.__main__": len(STAGES)}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _resolve(module: str, node: ast.ImportFrom | ast.Import) -> list[str]:
    """The modules of the package an import statement loads (anywhere in the file)."""
    if isinstance(node, ast.Import):
        return [a.name for a in node.names if a.name.split(".")[0] == "linter"]
    base = module.split(".")
    if not MODULES[module].name == "__init__.py":
        base = base[:-1]
    if node.level:
        base = base[:len(base) - node.level + 1]
        target = ".".join(base + ([node.module] if node.module else []))
    else:
        target = node.module or ""
    if target.split(".")[0] != "linter":
        return []
    out = []
    for alias in node.names:
        sub = f"{target}.{alias.name}"
        out.append(sub if sub in MODULES else target)
    return out


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for name, path in MODULES.items():
        tree = ast.parse(path.read_text("utf-8"))
        edges = set()
        for node in ast.walk(tree):  # every import, at module level or inside a function
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                edges.update(t for t in _resolve(name, node) if t != name)
        graph[name] = {e for e in edges if e in MODULES}
    return graph


def _stage(module: str) -> int:
    if module in OUTSIDE:
        return OUTSIDE[module]
    return STAGES.index(module.split(".")[1])


def test_every_module_belongs_to_a_stage() -> None:
    loose = [m for m in MODULES if m not in OUTSIDE and (m.count(".") < 1 or m.split(".")[1] not in STAGES)]
    assert not loose, f"modules outside the stage folders: {loose}"


def test_imports_only_point_down_the_flow() -> None:
    upward = [(a, b) for a, targets in _graph().items() for b in targets if _stage(b) > _stage(a)]
    assert not upward, f"imports of a later stage: {upward}"


def test_no_import_cycle() -> None:
    graph = _graph()
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycles.append(path[path.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt, path + [nxt])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    assert not cycles, f"import cycles: {cycles}"


def test_the_graph_sees_function_level_imports() -> None:
    """The walk must see an import inside a function (the cycles the layout removed were
    hidden that way): the programs import the server only when ``serve`` runs."""
    assert "linter.app.serve" in _graph()["linter.app.programs"]


CODE = re.compile(r"\b[A-Z]{2,8}\d{3}\b")


def _strings(tree: ast.AST) -> list[tuple[int, str]]:
    """String constants that are not docstrings."""
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docstrings.add(id(first.value))
    return [(n.lineno, n.value) for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docstrings]


@pytest.mark.parametrize("name", sorted(MODULES))
def test_no_rule_code_in_python(name: str) -> None:
    """Rule codes and policy live in the packs: no code or family decision in Python."""
    found = [(line, s) for line, s in _strings(ast.parse(MODULES[name].read_text("utf-8"))) if CODE.search(s)]
    assert not found, f"{name}: rule codes in code: {found}"


@pytest.mark.parametrize("name", sorted(MODULES))
def test_modules_and_functions_stay_small(name: str) -> None:
    """No module over 400 lines and no function over 60 (the layout's size limits)."""
    text = MODULES[name].read_text("utf-8")
    assert text.count("\n") <= 400, f"{name}: {text.count(chr(10))} lines"
    long = [(n.name, n.end_lineno - n.lineno + 1) for n in ast.walk(ast.parse(text))
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.end_lineno - n.lineno + 1 > 60]
    assert not long, f"{name}: functions over 60 lines: {long}"
