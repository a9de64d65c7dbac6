"""What the checking page of ``newslint serve`` asks the server, over real HTTP: fix
edits with the findings, the rule catalogue and each rule's explanation (the text of
``newslint rule CODE``), the sample articles, and the configuration (``--config`` or
discovered from the working directory) applied to the page and the API alike."""

from __future__ import annotations

import json
import re
import shutil
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import Iterator

import pytest
from click.testing import CliRunner

from linter.app import serve
from linter.app.cli import main
from linter.app.serve.samples import samples, seeds_dir
from linter.lint.fixes import apply, plan

from conftest import ROOT, SEEDS
from test_serve import api, call, cli_json

SLANTED = SEEDS / "slanted-transit.txt"
HOUSE = ROOT / "examples" / "house-style" / "house.toml"


def start(**options) -> serve.LintServer:
    server = serve.build_server("127.0.0.1", 0, log=open("/dev/null", "w"), workers=1, **options)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def stop(server: serve.LintServer) -> None:
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    server = start()
    yield server.url.rstrip("/")
    stop(server)


def get(url: str, path: str, headers: dict | None = None) -> tuple[int, dict]:
    status, response_headers, body = call(url, path, headers=headers)
    assert response_headers.get_content_type() == "application/json"
    return status, json.loads(body)


def rule_output(code: str, *options: str) -> str:
    r = CliRunner().invoke(main, ["rule", code, *options], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    return r.output


# ---------------------------------------------------------------------------
# Findings with their fixes


def test_fixes_give_each_fixable_finding_its_edit(url: str) -> None:
    text = SLANTED.read_text("utf-8")
    _, plain = api(url, {"text": text})
    status, fixed = api(url, {"text": text, "fixes": True})
    assert status == 200
    findings = fixed["files"][0]["findings"]
    # The contract is unchanged but for the one added key.
    assert [{k: v for k, v in f.items() if k != "fix"} for f in findings] == plain["files"][0]["findings"]
    assert all("fix" not in f for f in plain["files"][0]["findings"])
    fixable = [f for f in findings if f["suggestion"] and f["suggestion"]["fixable"]]
    assert fixable and all(f["fix"] for f in fixable)
    assert all(f["fix"] is None for f in findings if f not in fixable)
    for f in fixable:  # each edit, applied alone, removes its finding and nothing else breaks
        edit = f["fix"]
        after = text[:edit["start"]] + edit["replacement"] + text[edit["end"]:]
        assert f["text"] not in after[edit["start"] - 1:edit["start"] + len(edit["replacement"]) + 1]
        _, again = api(url, {"text": after, "fixes": True})
        left = {(g["code"], g["text"], g["fingerprint"]) for g in again["files"][0]["findings"]}
        assert (f["code"], f["text"], f["fingerprint"]) not in left
    # The same edits as --fix plans for the whole file (its first fix on shared words wins).
    edits = [(f["fix"]["start"], f["fix"]["end"], f["fix"]["replacement"]) for f in fixable]
    from linter import lint_text

    planned = plan(text, lint_text(text).findings)
    assert {(e.start, e.end, e.replacement) for e in planned} <= set(edits)
    assert apply(text, planned) != text


def test_a_deletion_takes_a_space_with_it(url: str) -> None:
    text = "Fare Rise\n\nThe so-called Fair Fares reform passed on Thursday after a long debate.\n"
    _, got = api(url, {"text": text, "fixes": True})
    fix = next(f["fix"] for f in got["files"][0]["findings"] if f["text"] == "so-called")
    assert fix["replacement"] == "" and text[fix["start"]:fix["end"]] == "so-called "


def test_offsets_count_code_points_after_an_emoji(url: str) -> None:
    text = "Plan Fails \U0001F600\n\nCritics \U0001F4A5 say the so-called plan \U0001F600 was a disastrous blunder.\n"
    _, got = api(url, {"text": text, "fixes": True})
    findings = got["files"][0]["findings"]
    assert {"so-called", "disastrous", "blunder"} <= {f["text"] for f in findings}
    for f in findings:
        assert text[f["start"]:f["end"]] == f["text"]
    fix = next(f["fix"] for f in findings if f["text"] == "so-called")
    assert text[fix["start"]:fix["end"]] == "so-called "


def test_fixes_must_be_a_boolean(url: str) -> None:
    status, got = api(url, {"text": "x", "fixes": "yes"})
    assert status == 400 and got["error"] == "'fixes' must be true or false"


# ---------------------------------------------------------------------------
# Rules, explanations, samples


def test_rule_catalogue_lists_every_rule(url: str) -> None:
    status, got = get(url, "/api/rules")
    assert status == 200
    listing = CliRunner().invoke(main, ["rules"]).output.splitlines()[1:]
    assert [r["code"] for r in got["rules"]] == [line.split()[0] for line in listing]
    for r in got["rules"]:
        assert r["active"] == r["enabled"] and not r["ignored"]  # no config: the rules on by default
        assert r["family"] in got["families"]
    assert got["genre"] == "auto" and got["config"] == []
    assert {"tint", "ink", "name"} <= set(next(iter(got["families"].values())))
    assert "doubt" in got["framing"]


def test_rule_explanation_is_the_rule_command_text(url: str) -> None:
    codes = [f["code"] for f in cli_json(str(SLANTED))["files"][0]["findings"]]
    for code in sorted(set(codes)):
        status, got = get(url, f"/api/rules/{code.lower()}")
        assert status == 200 and got["code"] == code
        assert got["text"] + "\n" == rule_output(code)


@pytest.mark.parametrize("path", ["/api/rules/NOPE999", "/api/rules/../lint", "/api/rules/"])
def test_unknown_rule_is_404(url: str, path: str) -> None:
    status, got = get(url, path)
    assert status == 404 and "unknown rule code" in got["error"]


def test_rules_routes_take_get_only(url: str) -> None:
    status, headers, _ = call(url, "/api/rules", b"{}", method="POST")
    assert status == 405 and headers["Allow"] == "GET, HEAD"


def test_samples_are_the_seed_articles(url: str) -> None:
    status, got = get(url, "/api/samples")
    assert status == 200
    names = [s["name"] for s in got["samples"]]
    assert names[0] == "zelensky-toll.txt" and "slanted-transit.txt" in names and "README.md" not in names
    on_disk = sorted(p.name for p in SEEDS.iterdir() if p.suffix in (".txt", ".md", ".html") and p.name != "README.md")
    assert sorted(names) == on_disk
    for s in got["samples"]:
        assert s["text"] == (SEEDS / s["name"]).read_text("utf-8")
        assert s["format"] == {"txt": "txt", "md": "md", "html": "html"}[s["name"].rsplit(".", 1)[1]]
        assert s["description"]
    assert "invented slanted piece" in next(s for s in got["samples"] if s["name"] == "slanted-transit.txt")["description"]


def test_samples_come_from_the_package_or_the_checkout() -> None:
    # The wheel carries seeds/ as linter/seeds (pyproject force-include); a checkout reads seeds/.
    assert seeds_dir() is not None and (seeds_dir() / "slanted-transit.txt").is_file()
    assert len(samples()) == len(list(seeds_dir().glob("*.txt"))) + len(list(seeds_dir().glob("*.html"))) + \
        len(list(seeds_dir().glob("*.md"))) - 1
    pyproject = (ROOT / "pyproject.toml").read_text("utf-8")
    assert re.search(r'^"seeds" = "linter/seeds"$', pyproject, re.M)


# ---------------------------------------------------------------------------
# The page itself


def test_page_policy_allows_its_own_api_only(url: str) -> None:
    status, headers, body = call(url, "/")
    page = body.decode()
    policy = headers["Content-Security-Policy"]
    assert "connect-src 'self'" in policy and "unsafe" not in policy
    assert 'id="backdrop"' in page and '<textarea id="text" name="text"' in page
    # The script and style are the package's static files, inline (nothing is fetched).
    static = ROOT / "linter" / "app" / "serve" / "static"
    assert (static / "page.js").read_text("utf-8") in page and (static / "page.css").read_text("utf-8") in page
    assert "{{" not in page


def test_page_with_a_token_carries_it_and_the_api_requires_it() -> None:
    server = start(token="s3cret-token")
    try:
        base = f"http://127.0.0.1:{server.server_port}"
        status, _, body = call(base, "/?token=s3cret-token")
        assert status == 200 and '<input type="hidden" name="token" value="s3cret-token">' in body.decode()
        assert get(base, "/api/rules")[0] == 401
        assert get(base, "/api/samples")[0] == 401
        status, got = get(base, "/api/rules/LOAD001", headers={"Authorization": "Bearer s3cret-token"})
        assert status == 200 and got["code"] == "LOAD001"
    finally:
        stop(server)


# ---------------------------------------------------------------------------
# The configuration: --config, and discovery from the working directory


def house_config(directory: Path) -> Path:
    """A newsroom's config: its house pack, one built-in rule ignored, a genre."""
    shutil.copy(HOUSE, directory / "house.toml")
    config = directory / "newslint.toml"
    config.write_text('packs = ["house.toml"]\nignore = ["LOAD005"]\n', "utf-8")
    return config


def test_config_applies_to_the_api_and_the_page(tmp_path: Path) -> None:
    config = house_config(tmp_path)
    server = start(where=serve.Where(config))
    try:
        base = server.url.rstrip("/")
        text = SLANTED.read_text("utf-8")
        _, got = api(base, {"text": text, "fixes": True})
        codes = {f["code"] for f in got["files"][0]["findings"]}
        assert "LOAD005" not in codes  # the config ignores it
        banned = [f for f in got["files"][0]["findings"] if f["code"] == "HG201"]
        assert [f["text"] for f in banned] == ["cronies"] and banned[0]["severity"] == "error"
        # The same findings as the command line with the same config.
        expected = cli_json("--config", str(config), str(SLANTED))["files"][0]["findings"]
        assert [(f["code"], f["start"]) for f in got["files"][0]["findings"]] == \
            [(f["code"], f["start"]) for f in expected]
        _, catalogue = get(base, "/api/rules")
        rules = {r["code"]: r for r in catalogue["rules"]}
        assert rules["HG201"]["active"] and not rules["LOAD005"]["active"] and rules["LOAD005"]["enabled"]
        assert catalogue["families"]["HG"]["name"] == "house style"
        assert catalogue["config"] == [str(config.resolve())]
        _, explained = get(base, "/api/rules/HG201")
        assert explained["text"] + "\n" == rule_output("HG201", "--config", str(config))
        assert rules["LOAD005"]["ignored"] and not rules["LOAD001"]["ignored"]
        # A request's choices are the last layer, as --select is on the command line:
        # they replace the selection, and the config's ignore still holds.
        _, chosen = api(base, {"text": text, "select": ["LOAD005", "LOAD001", "HG"]})
        assert {f["code"] for f in chosen["files"][0]["findings"]} == {"LOAD001", "HG201"}
        expected = cli_json("--config", str(config), "--select", "LOAD005,LOAD001,HG", str(SLANTED))
        assert [f["start"] for f in chosen["files"][0]["findings"]] == [f["start"] for f in expected["files"][0]["findings"]]
    finally:
        stop(server)


def test_configured_genre_applies_when_the_request_names_none(tmp_path: Path) -> None:
    config = tmp_path / "newslint.toml"
    config.write_text('genre = "opinion"\n', "utf-8")
    server = start(where=serve.Where(config))
    try:
        base = server.url.rstrip("/")
        text = SLANTED.read_text("utf-8")
        _, configured = api(base, {"text": text})
        loads = [f for f in configured["files"][0]["findings"] if f["code"].startswith("LOAD")]
        assert loads and all(f["severity"] == "info" for f in loads)
        assert configured["files"][0]["profile"]["genre"]["name"] == "opinion"
        _, news = api(base, {"text": text, "genre": "news"})
        assert any(f["severity"] == "warning" for f in news["files"][0]["findings"] if f["code"].startswith("LOAD"))
        assert get(base, "/api/rules")[1]["genre"] == "opinion"
    finally:
        stop(server)


def test_serve_discovers_the_config_of_its_working_directory(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()  # the project root: discovery stops here
    house_config(tmp_path)
    proc = subprocess.Popen([sys.executable, "-m", "linter", "serve", "--port", "0", "--workers", "1"],
                            cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        found = re.search(r"http://127\.0\.0\.1:\d+", proc.stdout.readline())
        assert found
        _, got = api(found.group(0), {"text": SLANTED.read_text("utf-8")})
        codes = {f["code"] for f in got["files"][0]["findings"]}
        assert "HG201" in codes and "LOAD005" not in codes
        proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=20)
    finally:
        proc.kill()
    assert proc.returncode == 0


def test_serve_refuses_a_bad_config(tmp_path: Path) -> None:
    bad = tmp_path / "newslint.toml"
    bad.write_text('ignore = ["NOPE9"]\n', "utf-8")
    r = CliRunner().invoke(main, ["serve", "--port", "0", "--config", str(bad)])
    assert r.exit_code == 2 and "NOPE9" in r.output and "Traceback" not in r.output
    r = CliRunner().invoke(main, ["serve", "--port", "0", "--config", str(tmp_path / "missing.toml")])
    assert r.exit_code == 2 and "missing.toml" in r.output
