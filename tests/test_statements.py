"""One story, one set of figures: the verb asymmetry rule and the sourcing profile count
the same statements (issue 12, part 6). Sentences written for the tests."""

from __future__ import annotations

from linter import lint_text
from linter.analyse.annotate import annotate
from linter.analyse.attribution.statements import skews, statements
from linter.lint.engine import Linter
from linter.model.source import Source
from linter.readers import parse
from linter.readers.files import read_source

from conftest import SEEDS

FRAMED = ("The union claimed that pay had fallen. The union insisted that talks had failed. The union also "
          "admitted that turnout was low. The company said pay had risen. The company said talks would continue.")


def test_the_finding_and_the_profile_print_the_same_counts() -> None:
    res = lint_text(FRAMED, "snippet")
    finding = next(f for f in res.findings if f.code == "ATTR004")
    a = res.profiles[0].asymmetry
    assert (a.entity, a.framed, a.total, a.others_framed, a.others_total) == ("the union", 3, 3, 0, 2)
    assert "3 of 3 times" in finding.message and "0 of 2" in finding.message


def test_the_seed_counts_the_same_statements_in_both() -> None:
    src = read_source(SEEDS / "zelensky-toll.txt")
    res = Linter().lint_source(src, "txt")
    finding = next(f for f in res.findings if f.code == "ATTR004")
    a = res.profiles[0].asymmetry
    assert f"{a.framed} of {a.total} times" in finding.message
    assert f"everyone else's {a.others_framed} of {a.others_total}" in finding.message
    verbs = res.profiles[0].verbs[a.entity]
    assert (verbs.framed, verbs.total) == (a.framed, a.total)


def test_no_asymmetry_line_when_nothing_is_framed() -> None:
    res = Linter().lint_source(read_source(SEEDS / "match-report.txt"), "txt")
    assert res.profiles[0].asymmetry is None
    from click.testing import CliRunner
    from linter.app.cli import main
    out = CliRunner().invoke(main, ["check", "--color", "never", str(SEEDS / "match-report.txt")]).output
    assert "asymmetry" not in out


def test_headlines_floating_frames_and_labels_are_not_statements() -> None:
    text = ("Hale: Rival Is Wrong\n\nSenator Ann Hale said the plan was late. “It is a year late.” Her aide claimed "
            "that the cost had doubled.")
    doc = annotate(parse(Source("t.txt", text), "txt")[0])
    counted = {who: [s.cue for s in items] for who, items in statements(doc).items()}
    assert counted == {"Hale": ["said"], "Her aide": ["claimed"]}
    assert [s.speaker for s in skews(statements(doc))] == ["Her aide", "Hale"]
