"""Ingest on every core: worker processes code, this process stores, in the input's order,
exactly what one process stores."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from entente.cli import main
from entente.pipeline import Coded, Pipeline
from entente.records import Article
from entente.services.ingest import IngestSession
from entente.store.duck import DuckStore
from tests.conftest import CORPUS
from tests.test_store_writes import tables

pytestmark = pytest.mark.slow


class PoisonedPipeline(Pipeline):
    """Fails on any article that says POISON (made again in each worker process)."""

    def read_many(self, articles: Iterable[Article], batch_size: int = 16) -> Iterator[Coded]:
        batch = list(articles)
        if any("POISON" in a.text for a in batch):
            raise RuntimeError("poisoned batch" if len(batch) > 1 else "poisoned article")
        return super().read_many(batch, batch_size)


def ingest(folder: Path, workers: int, factory: Any = Pipeline) -> tuple[Any, Any, list[str]]:
    with DuckStore(":memory:") as store:
        order: list[str] = []
        session = IngestSession(store, Pipeline(), batch_size=4, workers=workers,
                                pipeline_factory=factory,
                                on_outcome=lambda o: order.append(o.origin))
        report = session.ingest([folder])
        return report, tables(store), order


def test_two_workers_store_what_one_process_stores(tmp_path: Path) -> None:
    folder = CORPUS / "es"
    one_report, one, one_order = ingest(folder, 1)
    two_report, two, two_order = ingest(folder, 2)
    assert one["events"] and one["quotes"]
    assert len(one["articles"]) == one_report.stored > 8  # several batches
    assert two == one  # the same rows: stories, mentions and counts alike
    assert two_order == one_order  # settled in the input's order
    assert (two_report.stored, two_report.events) == (one_report.stored, one_report.events)


def test_a_poisoned_article_fails_alone_in_its_worker(tmp_path: Path) -> None:
    for i in range(9):
        (tmp_path / f"{i}.txt").write_text(f"Headline {i}\n\nCuba and Venezuela signed an "
                                           f"agreement number {i}.\n", encoding="utf-8")
    (tmp_path / "4.txt").write_text("Headline 4\n\nCuba and Venezuela signed an agreement "
                                    "number POISON.\n", encoding="utf-8")
    report, rows, _ = ingest(tmp_path, 2, PoisonedPipeline)
    assert [Path(f.origin).name for f in report.failures] == ["4.txt"]
    assert "poisoned article" in report.failures[0].reason
    assert report.stored == len(rows["articles"]) == 8


def test_ingest_takes_workers(tmp_path: Path) -> None:
    db = str(tmp_path / "w.duckdb")
    result = CliRunner().invoke(main, ["ingest", str(CORPUS / "es"), "--db", db,
                                       "--workers", "2", "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "stored 22 new" in result.output
    bad = CliRunner().invoke(main, ["ingest", str(CORPUS / "es"), "--workers", "0"])
    assert bad.exit_code == 2


def _children(pid: int) -> set[int]:
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_workers_end_when_the_writer_is_killed(tmp_path: Path) -> None:
    """A killed ingest once left its coding workers running, each holding its models."""
    import signal
    import subprocess
    import sys
    import time

    proc = subprocess.Popen([sys.executable, "-m", "entente.cli", "ingest", str(CORPUS),
                             "--db", str(tmp_path / "k.duckdb"), "--workers", "2",
                             "--no-progress"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    workers: set[int] = set()
    deadline = time.monotonic() + 180
    while len(workers) < 2 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        workers = {p for p in _children(proc.pid)
                   if b"spawn_main" in Path(f"/proc/{p}/cmdline").read_bytes()}
    assert len(workers) >= 2, "the ingest started no workers"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 60
    while any(_alive(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(_alive(p) for p in workers)
