#!/usr/bin/env python3
"""What a compiled core would gain (not collected by pytest; nothing here is asserted).

    pip install cython            # not a dependency of newslint: only this measurement needs it
    python tests/bench/compiled.py [--modules analyse checks model] [--rounds 3] [--n 1537]

Copies the committed tree (``git archive HEAD``) twice into a scratch directory, compiles
the ``.py`` modules of the chosen folders of one copy unchanged with Cython (pure-Python
mode: an extension module beside each source, which the import system prefers), then
lints the bbc_news dev articles in each copy in a process of its own, interleaved, and
prints each one's least CPU time for the corpus (after one article that builds the
caches) and whether the CLI's JSON for the corpus is byte-identical.

Issue 14 asked whether a compiled core could cut a run's CPU by a quarter. Measured on
stop 25's main (51c8313; Python 3.11.7, Cython 3.3.1, gcc -O3), every module of analyse/,
checks/ and model/ (78) compiled unchanged: the linting loop over 120 articles ran 13.6%
fewer instructions (callgrind: 2,508M -> 2,166M; the interpreter's own loop was 22% of
the pure run, regular expressions 17%, dict/set look-ups and allocation most of the rest,
which compiled code calls just the same), and the corpus's CPU time fell 2-7% (least of
four interleaved runs 5.36 -> 4.97 s on a loaded machine); findings byte-identical (CLI
JSON over the corpus, ``evaluate.py --rules --json``, the golden tests). Typed loop
indices (``cython.locals``) in the trie walk and the hyphenation points changed nothing
measurable; typing from the annotations breaks (parameters annotated ``list`` are handed
tuples), and so does mypyc, which enforces the annotations. So the package compiles
nothing; this script repeats the first measurement.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BBC = ROOT.parent / "shared" / "eval" / "bbc_news" / "bbc_news.dev.jsonl"

#: Run in each copy: the corpus's CPU seconds in this process, linting every file to JSON.
LOOP = r"""
import sys, time
from pathlib import Path
from linter.lint.config import Settings
from linter.lint.engine import Linter
from linter.readers import files
from linter.report import jsonout
paths = sorted(Path(sys.argv[1]).glob("*.txt"))[:int(sys.argv[2])]
linter = Linter(Settings())
linter.lint_source(files.read_source(str(paths[0])), "txt")
t = time.process_time()
for p in paths:
    jsonout.file_json(linter.lint_source(files.read_source(str(p)), "txt"))
print(time.process_time() - t)
"""

#: Compiles the modules named on its command line in place (run inside a copy).
BUILD = r"""
import sys
from setuptools import setup
from Cython.Build import cythonize
setup(packages=[], py_modules=[], script_args=["build_ext", "--inplace", "-j", "2"],
      ext_modules=cythonize(sys.argv[1:], compiler_directives={"language_level": 3, "annotation_typing": False},
                            quiet=True))
"""


def copy_tree(where: Path) -> Path:
    """The committed tree, unpacked into ``where``."""
    where.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", "HEAD"], check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(where)], input=archive, check=True)
    return where


def compile_modules(tree: Path, folders: list[str]) -> int:
    """Compile every module (not ``__init__``) under the folders of ``linter/``; how many."""
    mods = sorted(str(p.relative_to(tree)) for f in folders for p in (tree / "linter" / f).rglob("*.py")
                  if p.name != "__init__.py")
    # the copy's pyproject.toml names a build backend setuptools would read: build beside it
    subprocess.run([sys.executable, "-c", BUILD, *mods], cwd=tree, check=True, capture_output=True)
    return len(mods)


def write_corpus(where: Path) -> None:
    where.mkdir()
    for k, line in enumerate(BBC.open(encoding="utf-8")):
        item = json.loads(line)
        (where / f"{k:05d}.txt").write_text(f"{item['title']}\n\n{item['text']}\n", encoding="utf-8")


def cli_json(tree: Path, corpus: Path) -> bytes:
    cmd = [sys.executable, "-m", "linter", "check", "--fail-on", "never", "-j", "1", "--format", "json", str(corpus)]
    return subprocess.run(cmd, cwd=tree, check=True, capture_output=True).stdout


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--modules", nargs="+", default=["analyse", "checks", "model"], help="folders of linter/ to compile")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--n", type=int, default=10**6, help="articles (default all)")
    args = ap.parse_args()
    if not BBC.exists():
        sys.exit(f"benchmark data not found at {BBC}")
    with tempfile.TemporaryDirectory(prefix="newslint-compiled-") as scratch:
        base = Path(scratch)
        corpus = base / "corpus"
        write_corpus(corpus)
        trees = {"pure": copy_tree(base / "pure"), "compiled": copy_tree(base / "compiled")}
        print(f"compiled {compile_modules(trees['compiled'], args.modules)} modules of {', '.join(args.modules)}")
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        best = {name: float("inf") for name in trees}
        for _ in range(args.rounds):
            for name, tree in trees.items():
                out = subprocess.run([sys.executable, "-c", LOOP, str(corpus), str(args.n)], cwd=tree, env=env,
                                     check=True, capture_output=True, text=True).stdout
                best[name] = min(best[name], float(out.split()[-1]))
        for name, cpu in best.items():
            print(f"  {name:9s} cpu {cpu:7.2f} s (least of {args.rounds})")
        print(f"  compiled / pure: {best['compiled'] / best['pure']:.3f}")
        same = cli_json(trees["pure"], corpus) == cli_json(trees["compiled"], corpus)
        print(f"  CLI JSON over the corpus: {'byte-identical' if same else 'DIFFERENT'}")


if __name__ == "__main__":
    main()
