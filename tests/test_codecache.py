"""Dataclass methods come back from the bundle as ``@dataclass`` compiles them: the same
code for every method, the same behaviour, and ``dataclasses`` is itself again after."""

from __future__ import annotations

import dataclasses
import marshal
from dataclasses import dataclass, field

from linter.analyse import codecache

_METHODS = ("__init__", "__repr__", "__eq__", "__setattr__", "__delattr__", "__hash__")


def _define():
    @dataclass(frozen=True)
    class Quoted:
        speaker: str
        words: tuple[str, ...] = ()
        tier: int = 2
        notes: list = field(default_factory=list, compare=False)

    @dataclass
    class Tally:
        name: str
        count: int = 0

    return Quoted, Tally


def _codes(cls) -> dict:
    return {m: getattr(cls, m).__code__ for m in _METHODS if hasattr(getattr(cls, m), "__code__")}


def test_methods_from_the_bundle_are_those_dataclass_compiles(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    plain = _define()
    with codecache.compiled_dataclasses():  # compiles, then writes the bundle
        first = _define()
        assert "exec" in vars(dataclasses)
    assert "exec" not in vars(dataclasses)
    assert (tmp_path / "newslint" / codecache._BUNDLE).exists()
    with codecache.compiled_dataclasses():  # every text from the bundle
        second = _define()
    for ours in (first, second):
        for made, reference in zip(ours, plain):
            assert _codes(made) == _codes(reference) and _codes(made)
            assert [(f.name, f.default, f.compare) for f in dataclasses.fields(made)] == \
                [(f.name, f.default, f.compare) for f in dataclasses.fields(reference)]
    Quoted, Tally = second
    q = Quoted("Ana Ruiz", ("said",))
    assert q == Quoted("Ana Ruiz", ("said",), notes=[1]) and hash(q) == hash(Quoted("Ana Ruiz", ("said",)))
    assert repr(q) == repr(plain[0]("Ana Ruiz", ("said",)))
    try:
        q.tier = 3
    except dataclasses.FrozenInstanceError:
        pass
    else:
        raise AssertionError("a frozen class took an assignment")
    assert Tally("x") != Tally("x", 1) and Tally("x").count == 0


def test_a_damaged_bundle_only_costs_compiling(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    (tmp_path / "newslint").mkdir()
    (tmp_path / "newslint" / codecache._BUNDLE).write_bytes(b"\x00not marshal")
    with codecache.compiled_dataclasses():
        Quoted, _ = _define()
    assert Quoted("a").tier == 2
    assert "exec" not in vars(dataclasses)


def test_the_bundle_exec_is_exec_for_what_dataclasses_does_not_pass(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    with codecache.compiled_dataclasses():
        run = vars(dataclasses)["exec"]
        space: dict = {}
        run(compile("made = 6 * 7", "<test>", "exec"), space)  # a code object: the builtin's own
        assert space["made"] == 42
        run("def twice(n):\n return 2 * n\n", space, space)  # text with namespaces: from the bundle
        assert space["twice"](4) == 8
        found: dict = {}
        run("found['module'] = __name__", None, {"found": found})  # no globals: the caller's
        assert found == {"module": __name__}


def test_a_damaged_entry_of_the_bundle_is_compiled_again(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    with codecache.compiled_dataclasses():  # writes the bundle, each code object as its own bytes
        _define()
    path = tmp_path / "newslint" / codecache._BUNDLE
    bundle = marshal.loads(path.read_bytes())
    assert bundle and all(type(v) is bytes for v in bundle.values())
    path.write_bytes(marshal.dumps({text: b"\x00damaged" for text in bundle}))
    with codecache.compiled_dataclasses():
        Quoted, Tally = _define()
    assert Quoted("a").tier == 2 and Tally("x") == Tally("x")
    assert "exec" not in vars(dataclasses)
