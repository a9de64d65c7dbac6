"""``newslint audit`` on a small mixed archive (a directory of article files, JSON Lines,
CSV and Parquet exports, unreadable articles), on a local Dask cluster and on a scheduler
and worker started as separate processes on loopback: the rows are what ``check
--format json`` reports for the same articles, the tables add up, ``--resume`` skips the
finished partitions."""

from __future__ import annotations

import csv
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Iterator

import pytest

from conftest import ROOT, SEEDS

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")
pytest.importorskip("distributed")

# Articles written for these tests (rows of the exports).
BUS = {"id": "bus-lanes", "headline": "Council approves bus lanes on three roads",
       "body": "The city council voted on Tuesday to add bus lanes on three roads, the transport committee said.\n\n"
               "Critics say the plan is a disastrous waste of money. \"We were not consulted,\" said Maria Lopez, "
               "who runs a bakery on Hill Street.\n\nSome say the lanes will be empty by winter.",
       "date": "2025-03-04T09:30:00Z", "outlet": "Daily Post", "section": "Local", "author": "Sam Reed"}
MATCH = {"id": "cup-final", "headline": "Rovers edge City in a tense cup final",
         "body": "<p>Rovers beat City 2-1 on Saturday with a late header from Tom Hale.</p>"
                 "<p>It was a stunning, brilliant finish to a season of heroic comebacks, manager Ann Cole said.</p>",
         "date": "12 April 2025", "outlet": "Evening News", "section": "Sport", "author": "Lee Park"}
MARKET = {"id": "market-md", "headline": "Market traders brace for rent rise",
          "body": "Stallholders at the covered market face a **rent rise** of 12%, the council said.\n\n"
                  "- Officials claim the increase is modest.\n- Traders insist it will shut stalls.\n\n"
                  "Everyone knows the market is dying.",
          "body_format": "markdown", "date": "2025-05-01", "outlet": "Daily Post", "section": "Business",
          "author": "Jo Finch"}
BRIDGE = {"id": "bridge", "headline": "Bridge repairs to close river crossing for a month",
          "body": "Engineers will close the Mill Lane bridge from Monday, Highways England said in a statement.\n\n"
                  "Residents fear the shameful delay will hurt shops, according to a spokesperson for the traders.",
          "date": "2025/06/02", "outlet": "River Gazette", "section": "News", "author": "Kim Ode"}
SCHOOL = {"id": "school", "headline": "School meals plan divides parents",
          "body": "Free school meals will be offered to every pupil from September, the education minister announced."
                  "\n\nA senior source admitted the cost had been underestimated.\n\n"
                  "Parents at Oak Primary were divided. \"It is long overdue,\" said one father.",
          "date": "2025-09-10", "outlet": "Evening News", "section": "Education", "author": "Ravi Shah"}
DIR_FILES = ("slanted-transit.txt", "storm-recovery.md", "harbour-fire.html", "match-report.txt")


def _export_json(row: dict) -> str:
    """The JSON file ``check`` lints for a CSV or Parquet row (reader field names)."""
    keys = (("headline", "headline"), ("author", "byline"), ("section", "section"), ("body", "body"))
    return json.dumps({out: row[key] for key, out in keys if row.get(key)}, ensure_ascii=False)


def _markdown(row: dict) -> str:
    return f"# {row['headline']}\n\n{row['body']}"


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> dict:
    base = tmp_path_factory.mktemp("archive")
    folder = base / "files"
    (folder / "sub").mkdir(parents=True)
    for i, name in enumerate(DIR_FILES):
        shutil.copy(SEEDS / name, (folder / "sub" if i % 2 else folder) / name)
    (folder / "broken.txt").write_bytes(b"Headline\n\nNot UTF-8 \xff\xfe here.\n")
    (folder / "desk.json").write_text(json.dumps([BUS, {**BRIDGE, "id": "bridge-file"}]), "utf-8")
    lines = [json.dumps(BUS), "", "{not json", json.dumps(SCHOOL, ensure_ascii=False)]
    (base / "wire.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    with (base / "export.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, ["id", "headline", "body", "body_format", "date", "outlet", "section", "author"])
        writer.writeheader()
        for row in (MATCH, MARKET, BRIDGE):
            writer.writerow({k: row.get(k, "") for k in writer.fieldnames})
    rows = [MATCH, SCHOOL, BRIDGE]
    table = pa.table({k: [r.get(k) for r in rows] for k in ("id", "headline", "body", "date", "outlet", "section",
                                                           "author")})
    pq.write_table(table, base / "store.parquet", row_group_size=2)
    return {"base": base, "inputs": [str(folder), str(base / "wire.jsonl"), str(base / "export.csv"),
                                     str(base / "store.parquet")]}


def _audit(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "CI": "1"}
    return subprocess.run([sys.executable, "-m", "linter", "audit", *args], capture_output=True, text=True,
                          timeout=180, cwd=cwd or ROOT, env=env)


def _table(out: Path, name: str) -> list[dict]:
    rows = pq.read_table(out / f"{name}.parquet").to_pylist()
    return sorted(rows, key=lambda r: (r["id"], r.get("start") or 0, r.get("code") or "", r.get("source") or ""))


@pytest.fixture(scope="module")
def local_run(archive) -> Path:
    out = archive["base"] / "out-local"
    done = _audit(*archive["inputs"], "--out", str(out), "--workers", "2", "--partition-size", "2")
    assert done.returncode == 0, done.stderr
    assert "failures" in done.stderr
    return out


def _check_json(paths: list[Path], *args: str) -> dict:
    done = subprocess.run([sys.executable, "-m", "linter", "check", "--format", "json", *args, *map(str, paths)],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode in (0, 1), done.stderr
    return json.loads(done.stdout)


FIELDS = ("code", "severity", "line", "column", "end_line", "end_column", "start", "end", "text", "message")


def test_directory_rows_equal_check_format_json(archive, local_run: Path) -> None:
    folder = Path(archive["inputs"][0])
    files = sorted(p for p in folder.rglob("*") if p.suffix in (".txt", ".md", ".html", ".json")
                   and p.name != "broken.txt")
    report = _check_json(files)
    findings = _table(local_run, "findings")
    articles = {r["id"]: r for r in _table(local_run, "articles")}
    for entry in report["files"]:
        path = entry["path"]
        got = [r for r in findings if r["path"] == path]
        want = sorted(entry["findings"], key=lambda f: (f["start"], f["code"]))
        assert [tuple(r[k] for k in (*FIELDS, "fingerprint")) for r in sorted(got, key=lambda r: (r["start"], r["code"]))] \
            == [tuple(f[k] for k in (*FIELDS, "fingerprint")) for f in want], path
        profiles = entry["profile"].get("articles", [entry["profile"]])
        ids = [path] if len(profiles) == 1 else [f"{path}#{i}" for i in range(len(profiles))]
        for rid, profile, info in zip(ids, profiles, entry["articles"]):
            row = articles[rid]
            assert row["genre"] == profile["genre"]["name"] and row["genre_source"] == profile["genre"]["source"]
            assert row["opinion_sentences"] == profile["opinion_sentences"]
            assert row["opinion_share"] == profile["opinion_share"]
            assert row["unattributed_quotes"] == profile["unattributed_quotes"]
            assert {t: row["tier_" + t.replace("-", "_")] for t in profile["tiers"]} == profile["tiers"]
            assert row["speech_verbs"] == sum(v["total"] for v in profile["verbs"].values())
            assert row["headline"] == info["headline"]
            assert row["words"] == info["readability"]["words"]
            assert row["flesch_kincaid_grade"] == info["readability"]["flesch_kincaid_grade"]
    desk = articles[f"{folder}/desk.json#0"]
    assert (desk["outlet"], desk["date"], desk["month"], desk["author"]) == ("Daily Post", "2025-03-04", "2025-03",
                                                                            "Sam Reed")


def test_row_exports_equal_check_on_the_same_article(archive, local_run: Path, tmp_path: Path) -> None:
    """Each row is linted as the file it would be on its own: a JSON Lines line as it is,
    a CSV or Parquet row as a JSON object, a Markdown body as Markdown under its headline."""
    base = archive["base"]
    cases = [("bus-lanes", "wire.jsonl", json.dumps(BUS), ".json"),
             ("school", "wire.jsonl", json.dumps(SCHOOL, ensure_ascii=False), ".json"),
             ("cup-final", "export.csv", _export_json(MATCH), ".json"),
             ("cup-final", "store.parquet", _export_json(MATCH), ".json"),
             ("bridge", "export.csv", _export_json(BRIDGE), ".json"),
             ("school", "store.parquet", _export_json(SCHOOL), ".json"),
             ("market-md", "export.csv", _markdown(MARKET), ".md")]
    files = []
    for i, (_, _, text, ext) in enumerate(cases):
        files.append(tmp_path / f"row{i}{ext}")
        files[-1].write_text(text, "utf-8")
    report = {Path(e["path"]).name: e for e in _check_json(files)["files"]}
    findings = _table(local_run, "findings")
    compared = 0
    for (rid, export, _, _), file in zip(cases, files):
        got = sorted((r for r in findings if r["id"] == rid and r["path"] == str(base / export)),
                     key=lambda r: (r["start"], r["code"]))
        want = sorted(report[file.name]["findings"], key=lambda f: (f["start"], f["code"]))
        assert [tuple(r[k] for k in FIELDS) for r in got] == [tuple(f[k] for k in FIELDS) for f in want], rid
        compared += len(want)
    assert compared > 10


def test_metadata_and_genre_from_the_section_field(local_run: Path) -> None:
    articles = _table(local_run, "articles")
    match = [r for r in articles if r["id"] == "cup-final"]
    assert len(match) == 2 and {r["path"].rsplit(".", 1)[1] for r in match} == {"csv", "parquet"}
    assert all(r["genre"] == "sport" and r["genre_source"] == "metadata" for r in match)
    assert all((r["outlet"], r["date"], r["month"], r["author"]) == ("Evening News", "2025-04-12", "2025-04",
                                                                      "Lee Park") for r in match)
    bridge = [r for r in articles if r["id"] == "bridge"]
    assert {r["date"] for r in bridge} == {"2025-06-02"}
    market = next(r for r in articles if r["id"] == "market-md")
    assert market["fmt"] == "md" and market["section"] == "Business"


def test_failures_are_listed_and_the_run_goes_on(archive, local_run: Path) -> None:
    with (local_run / "failures.csv").open(encoding="utf-8") as fh:
        failures = list(csv.DictReader(fh))
    reasons = {Path(f["path"]).name: f["reason"] for f in failures}
    assert set(reasons) == {"broken.txt", "wire.jsonl"}
    assert "not valid UTF-8" in reasons["broken.txt"]
    assert "wire.jsonl#3" in reasons["wire.jsonl"] and "not a JSON object" in reasons["wire.jsonl"]
    manifest = json.loads((local_run / "_manifest.json").read_text("utf-8"))
    assert manifest["status"] == "complete" and manifest["failures"] == 2
    # 4 seed files + 2 articles of desk.json + 2 JSON Lines rows + 3 CSV rows + 3 Parquet rows
    assert manifest["articles"] == len(_table(local_run, "articles")) == 14


def test_the_tables_add_up(local_run: Path) -> None:
    articles = _table(local_run, "articles")
    findings = _table(local_run, "findings")
    sources = _table(local_run, "sources")
    by_id = Counter((r["id"], r["path"]) for r in findings)
    gate = Counter((r["id"], r["path"]) for r in findings if r["severity"] != "info")
    for a in articles:
        key = (a["id"], a["path"])
        assert a["errors"] + a["warnings"] + a["infos"] == by_id[key]
        assert a["gate"] == a["errors"] + a["warnings"] == gate[key]
        fams = Counter(r["family"] for r in findings if (r["id"], r["path"]) == key and r["severity"] != "info")
        assert {k[2:]: v for k, v in a.items() if k.startswith("f_") and v} == dict(fams)
        mine = [s for s in sources if (s["id"], s["path"]) == key]
        assert a["sources"] == len({s["source"] for s in mine})
        assert a["speech_verbs"] >= sum(s["speech_verbs"] for s in mine)
        assert a["framed_verbs"] >= sum(s["framed_verbs"] for s in mine)
        assert a["quote_words"] >= sum(s["quote_words"] for s in mine)
    assert sum(a["gate"] for a in articles) == sum(1 for r in findings if r["severity"] != "info") > 20


def test_resume_skips_finished_partitions(archive, local_run: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(local_run, out)
    parts = sorted((out / "articles.parquet").glob("part-*.parquet"))
    kept = {p.name: p.stat().st_mtime_ns for p in parts[1:]}
    for table in ("articles", "findings", "sources"):
        (out / f"{table}.parquet" / parts[0].name).unlink()
    done = _audit(*archive["inputs"], "--out", str(out), "--workers", "1", "--partition-size", "2", "--resume")
    assert done.returncode == 0, done.stderr
    assert f"{len(parts) - 1} resumed" in done.stderr
    assert {p.name: p.stat().st_mtime_ns for p in parts[1:]} == kept
    assert _table(out, "articles") == _table(local_run, "articles")
    assert _table(out, "findings") == _table(local_run, "findings")
    # another partition size is another run: refused, not mixed in
    other = _audit(*archive["inputs"], "--out", str(out), "--partition-size", "3", "--resume")
    assert other.returncode == 2 and "partition_size" in other.stderr


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def dask_cluster(tmp_path_factory) -> Iterator[str]:
    """A scheduler and a worker started as separate processes on loopback."""
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    logs = tmp_path_factory.mktemp("dask")
    env = {**os.environ, "DASK_DISTRIBUTED__WORKER__DAEMON": "False"}
    procs = [subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1",
                               "--port", str(port), "--no-dashboard"], stdout=subprocess.DEVNULL,
                              stderr=(logs / "scheduler.log").open("w"), env=env)]
    try:
        _wait_for_port(port)
        procs.append(subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker", address, "--nthreads", "1",
                                       "--nworkers", "1", "--no-dashboard", "--memory-limit", "1GiB"],
                                      stdout=subprocess.DEVNULL, stderr=(logs / "worker.log").open("w"), env=env,
                                      cwd=ROOT))
        _wait_for_worker(address)
        yield address
    finally:
        for proc in reversed(procs):
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()


def _wait_for_port(port: int) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise AssertionError("the Dask scheduler did not start")


def _wait_for_worker(address: str) -> None:
    from distributed import Client

    with Client(address, timeout="30s") as client:
        client.wait_for_workers(1, timeout=60)


def test_same_rows_on_a_separately_started_scheduler_and_worker(archive, local_run: Path, dask_cluster: str) -> None:
    out = archive["base"] / "out-scheduler"
    done = _audit(*archive["inputs"], "--out", str(out), "--scheduler", dask_cluster, "--partition-size", "2")
    assert done.returncode == 0, done.stderr
    assert "on 1 worker;" in done.stderr
    for table in ("articles", "findings", "sources"):
        assert _table(out, table) == _table(local_run, table), table
    assert (out / "failures.csv").read_text("utf-8") == (local_run / "failures.csv").read_text("utf-8")


def test_partitions_are_numbered_by_input_order_and_rows(tmp_path: Path) -> None:
    """Without Dask: CSV records spanning lines and longer than the csv module's default
    field limit are cut at record boundaries, and every row is read once."""
    from linter.app.audit.fields import DEFAULTS
    from linter.app.audit.inputs import Item, articles, plan
    from linter.readers.jsonexport import DEFAULT_FIELDS

    long_body = "The council said the plan was on track.\n\n" * 5000
    rows = [{"id": f"r{i}", "headline": f"Item {i}", "body": long_body if i == 3 else f"Line one.\nLine two {i}."}
            for i in range(7)]
    with (tmp_path / "x.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, ["id", "headline", "body"])
        writer.writeheader()
        writer.writerows(rows)
    (tmp_path / "y.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows[:5]), "utf-8")
    parts = list(plan([str(tmp_path / "x.csv"), str(tmp_path / "y.jsonl")], 3, lambda root: []))
    assert [(p.index, p.kind, p.first) for p in parts] == [
        (0, "csv", 1), (1, "csv", 4), (2, "csv", 7), (3, "jsonl", 1), (4, "jsonl", 4)]
    read = [a for p in parts for a in articles(p, DEFAULTS, lambda d: DEFAULT_FIELDS, 10 ** 8)]
    assert all(isinstance(a, Item) for a in read)
    assert [a.id for a in read] == [f"r{i}" for i in range(7)] + [f"r{i}" for i in range(5)]
    assert json.loads(read[3].source.text)["body"] == long_body.strip()


def test_dates_are_normalised_when_readable() -> None:
    from linter.app.audit.fields import iso_date, month_of

    assert iso_date("2025-03-04T09:30:00Z") == "2025-03-04"
    assert iso_date("12 April 2025") == "2025-04-12"
    assert iso_date("April 12, 2025") == "2025-04-12"
    assert iso_date("2025/06/02") == "2025-06-02"
    assert iso_date("spring 2025") == "spring 2025" and month_of("spring 2025") is None
    assert month_of(iso_date("2024-11-30")) == "2024-11"
