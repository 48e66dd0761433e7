"""`entente run` on Dask: the same events as one process, resumable, failures contained."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from entente.cli import main
from entente.ingest.readers import read_paths
from entente.pipeline import Pipeline
from entente.scale.partitions import plan
from entente.scale.runner import run
from entente.store import EventQuery
from entente.store.duck import DuckStore
from entente.store.runs import read_run
from tests.conftest import CORPUS

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A corpus of several partitions: the Spanish articles, and a JSONL shard."""
    folder = tmp_path_factory.mktemp("corpus")
    shutil.copytree(CORPUS / "es", folder / "es")
    return folder


def comparable(event_dict: dict) -> dict:  # type: ignore[type-arg]
    return {k: v for k, v in event_dict.items() if k not in ("story_id",)}


def test_distributed_events_equal_single_process_events(corpus: Path, tmp_path: Path,
                                                        pipeline: Pipeline) -> None:
    out = tmp_path / "run"
    report = run([str(corpus)], out, workers=2)
    assert report.failed_partitions == [] and report.coded == report.partitions >= 2
    distributed = {a.id: [comparable(e.to_dict()) for e in evs] for a, evs in read_run(out)}
    articles = [r.article for r in read_paths([corpus]) if r.article is not None]
    single = {a.id: [comparable(e.to_dict()) for e in sorted(evs, key=lambda e: (
        e.sentence_index, e.id))] for a, evs in pipeline.code_many(articles)}
    assert distributed == single and sum(map(len, single.values())) > 20
    manifest = json.loads((out / "manifest.json").read_text())
    assert all(p["done"] for p in manifest["partitions"])
    assert list(out.glob("events/month=2026-*/*.parquet"))  # partitioned by month


def test_a_killed_run_resumes_with_only_what_is_missing(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "run"
    first = run([str(corpus)], out, workers=1)
    parts, _ = plan([str(corpus)])
    lost = parts[0].id  # as if the run had been killed before this partition finished
    (out / "_done" / f"{lost}.json").unlink()
    for f in out.rglob(f"part-{lost}.parquet"):
        f.unlink()
    again = run([str(corpus)], out, workers=1)
    assert (again.skipped, again.coded) == (first.partitions - 1, 1)
    ids = [a.id for a, _ in read_run(out)]
    assert len(ids) == len(set(ids)) == first.articles  # nothing missing, nothing twice


def test_a_failing_partition_is_reported_and_the_rest_goes_on(corpus: Path,
                                                              tmp_path: Path) -> None:
    out = tmp_path / "run"
    parts, _ = plan([str(corpus)])
    poisoned = parts[0].id
    (out / "articles" / f"part-{poisoned}.parquet").mkdir(parents=True)  # cannot be written
    report = run([str(corpus)], out, workers=1, retries=1)
    assert [pid for pid, _ in report.failed_partitions] == [poisoned]
    assert report.coded == report.partitions - 1


def test_run_and_load_from_the_command_line(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "run"
    runner = CliRunner()
    ran = runner.invoke(main, ["run", str(corpus), "--out", str(out), "--workers", "1",
                               "--no-progress"])
    assert ran.exit_code == 0, ran.output + ran.stderr
    db = str(tmp_path / "l.duckdb")
    loaded = runner.invoke(main, ["load", str(out), "--db", db])
    assert loaded.exit_code == 0 and "loaded 22 articles" in loaded.output
    # the analysis commands read a run's Parquet directly too, through DuckDB's Parquet
    # reader (it was loaded into a store in memory on every command): each article a story
    # of its own, where `load` groups copies of one story
    every = ["--format", "jsonl", "--limit", "100000"]
    direct = runner.invoke(main, ["events", "--db", str(out), *every])
    stored = runner.invoke(main, ["events", "--db", db, *every])
    assert direct.exit_code == 0 and direct.stdout
    seen = [json.loads(line) for line in direct.stdout.splitlines()]
    ran = {e.id: e.to_dict() for _, evs in read_run(out) for e in evs}
    assert {e["id"] for e in seen} == {i for i, e in ran.items() if e["modality"] in (
        "asserted", "reported")}
    assert all(e == {**ran[e["id"]], "story_id": e["doc_id"]} for e in seen)
    grouped = {json.loads(line)["id"]: json.loads(line) for line in stored.stdout.splitlines()}
    alone = [e for e in seen if e["id"] in grouped and grouped[e["id"]]["num_articles"] == 1]
    assert alone and all(comparable(e) == comparable(grouped[e["id"]]) for e in alone)
    with DuckStore.over_run(out) as store:  # nothing was loaded: the tables are views
        kinds = dict(store._execute("SELECT table_name, table_type FROM "
                                    "information_schema.tables").fetchall())
        assert kinds["events"] == kinds["articles"] == kinds["mentions"] == "VIEW"
        assert store.count_events(EventQuery(modalities=None)) == len(ran)
