"""The integrations shipped in the repository: the pre-commit hook and the GitHub Action.

Both are exercised end to end rather than only parsed, because what breaks them
is packaging (the hook and the action install newslint from the repository with
pip) and shell quoting, neither of which a YAML check would catch. Each install
needs the package registry and takes about ten to twenty seconds.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]

# One error (an allegation against a named person with no accuser), warnings (a
# vague source, a doubt modifier) and an info finding (emotive wording).
BAD = """\
# Council approves harbour budget

The city council approved a $2 million harbour budget on Tuesday. Mayor Ana Ruiz voted for it.

Ruiz's alleged bribery of harbour contractors has angered residents.

Critics argue the timing is reckless. The so-called reform package takes effect in January.
"""
CLEAN = """\
# Council approves harbour budget

The city council approved a $2 million harbour budget on Tuesday, the council clerk said.

Mayor Ana Ruiz said the money would repair the north pier. "The pier is older than I am," she said.

Councillor Tom Reed, who voted against the budget, said the city should have waited for an engineering survey.
"""
# Not an article: with the hook's default `exclude` pre-commit must not pass it on
# (newslint would reject it as a CMS export with no body, exit status 2).
PACKAGE_JSON = '{"name": "newsroom-site", "private": true}\n'

COMMAND = re.compile(r"^::(error|warning|notice) (?P<props>[^:]*)::(?P<message>.*)$")


def _git() -> str:
    git = shutil.which("git")
    if git is None:
        pytest.skip("git is not available")
    return git


def _run(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, env=env, check=False, capture_output=True, text=True, timeout=600)


def _env(tmp: Path, **extra: str) -> dict[str, str]:
    """The caller's environment with newslint's cache kept inside the test's directory."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(NEWSLINT_CACHE_DIR=str(tmp / "newslint-cache"), NO_COLOR="1", **extra)
    return env


def _newsroom(path: Path, manifest: bool = True) -> Path:
    """A newsroom repository: one bad and one clean article, and a non-article JSON file."""
    (path / "news").mkdir(parents=True)
    (path / "news" / "harbour-budget.md").write_text(BAD, "utf-8")
    (path / "news" / "council-vote.md").write_text(CLEAN, "utf-8")
    if manifest:
        (path / "package.json").write_text(PACKAGE_JSON, "utf-8")
    return path


def test_test_articles_fail_and_pass_with_the_default_fail_level(tmp_path: Path) -> None:
    """The integration tests below rely on these verdicts; pin them here so a rule change
    shows up as a failure of this test, not as a puzzling pre-commit or Action failure."""
    repo = _newsroom(tmp_path / "newsroom")
    cli = [sys.executable, "-m", "linter", "check", "--format", "concise", "--no-profile"]
    bad = _run(cli + ["news/harbour-budget.md"], repo, _env(tmp_path))
    codes = {line.split()[1]: line.split()[2] for line in bad.stdout.splitlines() if line.startswith("news/")}
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert codes["ATTR006"] == "[error]" and codes["ATTR001"] == "[warning]" and codes["LOAD005"] == "[warning]"
    assert codes["LOAD001"] == "[info]"  # "the timing is reckless" judges nothing the targets name
    clean = _run(cli + ["--fail-on", "info", "news/council-vote.md"], repo, _env(tmp_path))
    assert clean.returncode == 0, clean.stdout + clean.stderr


# -- pre-commit ----------------------------------------------------------------------------


def test_pre_commit_hook_definition() -> None:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))
    assert hook["id"] == "newslint" and hook["entry"] == "newslint check" and hook["language"] == "python"
    assert hook["pass_filenames"] is True and hook["require_serial"] is False
    files, exclude = re.compile(hook["files"]), re.compile(hook["exclude"])

    def linted(path: str) -> bool:
        return bool(files.search(path)) and not exclude.search(path)

    for path in ("content/posts/council.md", "wire/reuters-1.txt", "site/story.html", "story.htm",
                 "a.markdown", "exports/cms-2024-05.json", "content/readme-guide.md"):
        assert linted(path), path
    for path in ("README.md", "docs/CHANGELOG.md", "package.json", "package-lock.json", "tsconfig.json",
                 ".github/ISSUE_TEMPLATE/bug.md", ".eslintrc.json", "layouts/_default/single.html",
                 "_layouts/post.html", "static/robots.txt", "requirements.txt", "build.py", "logo.png"):
        assert not linted(path), path


def _snapshot(dest: Path, git: str) -> str:
    """Commit the project's working tree (tracked and untracked, not ignored files) to a
    new repository and return the commit.

    Why not ``pre-commit try-repo ROOT``: it carries uncommitted edits of tracked files
    but not new files, so a hook file or module not yet committed would be missed.
    """
    listed = _run([git, "ls-files", "-z", "--cached", "--others", "--exclude-standard"], ROOT)
    if listed.returncode != 0:
        pytest.skip(f"{ROOT} is not a git checkout: {listed.stderr.strip()}")
    for name in filter(None, listed.stdout.split("\0")):
        if (ROOT / name).is_file():  # deleted but still tracked files are skipped
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, dest / name)
    _init(dest, git)
    return _run([git, "rev-parse", "HEAD"], dest).stdout.strip()


def _init(repo: Path, git: str) -> None:
    """git init and commit everything, whatever the user's git configuration says."""
    c = ["-c", "user.name=newslint tests", "-c", "user.email=tests@example.invalid",
         "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"]
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "--no-verify", "-m", "snapshot"]):
        p = _run([git, *c, *args], repo)
        assert p.returncode == 0, p.stderr


def test_pre_commit_hook_blocks_bad_article_and_passes_clean_one(tmp_path: Path) -> None:
    """A newsroom repository's .pre-commit-config.yaml pointing at this project: pre-commit
    builds the hook's environment with pip (as for users) and runs it on the files given."""
    git = _git()
    rev = _snapshot(tmp_path / "newslint", git)
    repo = _newsroom(tmp_path / "newsroom")
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n- repo: {(tmp_path / 'newslint').as_posix()}\n  rev: {rev}\n  hooks:\n  - id: newslint\n", "utf-8")
    _init(repo, git)
    env = _env(tmp_path, PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"))
    pre_commit = [sys.executable, "-m", "pre_commit", "run", "--color", "never", "newslint", "--files"]

    bad = _run(pre_commit + ["news/harbour-budget.md"], repo, env)
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "news/harbour-budget.md:5:8: ATTR006 [error]" in bad.stdout
    assert "LOAD005 [warning]" in bad.stdout

    # package.json is left out by the hook's `exclude`; were it passed, newslint would exit 2.
    clean = _run(pre_commit + ["news/council-vote.md", "package.json"], repo, env)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert re.search(r"^newslint\.+Passed$", clean.stdout, re.MULTILINE), clean.stdout


# -- GitHub Action -------------------------------------------------------------------------


def _action() -> dict:
    return yaml.safe_load((ROOT / "action.yml").read_text("utf-8"))


def test_action_definition() -> None:
    action = _action()
    inputs = action["inputs"]
    assert {k: v.get("default") for k, v in inputs.items()} == {
        "paths": ".", "args": "", "fail-on": "error", "python-version": "3.12", "version": ""}
    assert action["runs"]["using"] == "composite"
    setup, *steps = action["runs"]["steps"]
    assert setup["uses"] == "actions/setup-python@v5"
    assert setup["with"]["python-version"] == "${{ inputs.python-version }}"
    for step in steps:
        # Inputs reach scripts only through env: a `${{ }}` in `run:` is a script-injection hole.
        assert "${{" not in step["run"] and step["shell"] == "bash"
        assert all(re.fullmatch(r"\$\{\{ inputs\.[\w-]+ \}\}", v) for v in step["env"].values())
    run = steps[-1]["run"]
    assert "newslint check --format github" in run and '--fail-on "$NEWSLINT_FAIL_ON"' in run
    used = {m for step in steps for m in re.findall(r"inputs\.([\w-]+)", str(step["env"]))}
    assert used == set(inputs) - {"python-version"}


def _step_env(step: dict, inputs: dict[str, str]) -> dict[str, str]:
    """A step's `env:` as the runner would set it, with `${{ inputs.X }}` filled in."""
    pattern = re.compile(r"\$\{\{ inputs\.([\w-]+) \}\}")
    return {k: pattern.sub(lambda m: inputs[m.group(1)], v) for k, v in step.get("env", {}).items()}


def test_action_steps_install_and_annotate(tmp_path: Path) -> None:
    """Run the action's own `run:` scripts as the runner would (bash -eo pipefail, the
    step's env, GITHUB_ACTION_PATH at this checkout). actions/setup-python is stood in
    for by a fresh venv first on PATH, so the install step really installs the package
    from the checkout (about ten seconds) and the run step uses that install."""
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("bash is not available")
    action = _action()
    _, install, lint = action["runs"]["steps"]
    defaults = {k: v.get("default", "") for k, v in action["inputs"].items()}

    venv = tmp_path / "python"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    # No package.json here: walking "." newslint reads every .json as a CMS export and
    # exits 2 on a manifest, so a real workspace points `paths` at its articles.
    workspace = _newsroom(tmp_path / "workspace", manifest=False)
    base = _env(tmp_path, PATH=f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}",
                GITHUB_ACTION_PATH=str(ROOT), GITHUB_WORKSPACE=str(workspace))

    def step(script: dict, **inputs: str) -> subprocess.CompletedProcess[str]:
        env = {**base, **_step_env(script, {**defaults, **inputs})}
        return _run([bash, "--noprofile", "--norc", "-eo", "pipefail", "-c", script["run"]], workspace, env)

    installed = step(install)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    assert (bin_dir / "newslint").exists() or (bin_dir / "newslint.exe").exists()

    def annotations(p: subprocess.CompletedProcess[str]) -> list[tuple[str, dict[str, str], str]]:
        lines = [line for line in p.stdout.splitlines() if line.strip()]
        matches = [COMMAND.match(line) for line in lines]
        assert all(matches), f"not workflow commands: {[l for l, m in zip(lines, matches) if not m]}"
        return [(m[1], dict(kv.split("=", 1) for kv in m["props"].split(",")), m["message"]) for m in matches]

    # Defaults: paths "." (the workspace), fail on errors.
    p = step(lint)
    assert p.returncode == 1, p.stdout + p.stderr
    found = annotations(p)
    # Relative to the workspace and without "./": GitHub attaches no annotation to
    # "./news/harbour-budget.md" (see crate-ci/typos#1496, adrienverge/yamllint#764).
    assert {props["file"] for _, props, _ in found} == {"news/harbour-budget.md"}
    by_level = {level: " ".join(str(props) + msg for lvl, props, msg in found if lvl == level)
                for level in ("error", "warning", "notice")}
    assert "ATTR006" in by_level["error"] and "LOAD005" in by_level["warning"] and "LOAD001" in by_level["notice"]
    assert all(props["line"].isdigit() for _, props, _ in found)

    # args pass through (split on whitespace): without the error, warnings alone pass by default...
    p = step(lint, paths="news/harbour-budget.md", args="--ignore ATTR006")
    assert p.returncode == 0, p.stdout + p.stderr
    assert {level for level, _, _ in annotations(p)} == {"warning", "notice"}
    # ...and fail with fail-on: warning.
    assert step(lint, paths="news/harbour-budget.md", args="--ignore ATTR006", **{"fail-on": "warning"}).returncode == 1

    # A clean article: no annotations, exit 0 even at fail-on: info.
    p = step(lint, paths="news/council-vote.md", **{"fail-on": "info"})
    assert p.returncode == 0 and annotations(p) == [], p.stdout + p.stderr
