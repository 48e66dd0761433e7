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


@pytest.mark.parametrize("start", ["forkserver", "spawn"])
def test_two_workers_store_what_one_process_stores(tmp_path: Path, start: str,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Forked from the fork server that loaded the models (the default) or spawned fresh."""
    monkeypatch.setenv("ENTENTE_WORKER_START", start)
    folder = CORPUS / "es"
    one_report, one, one_order = ingest(folder, 1)
    two_report, two, two_order = ingest(folder, 2)
    assert one["events"] and one["quotes"]
    assert len(one["articles"]) == one_report.stored > 8  # several batches
    assert two == one  # the same rows: stories, mentions and counts alike
    assert two_order == one_order  # settled in the input's order
    assert (two_report.stored, two_report.events) == (one_report.stored, one_report.events)


def test_the_fork_server_hands_its_models_to_the_workers_pipelines(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """What `warm` loaded goes to the next Models that asks for it by name, once; other
    names are loaded as before."""
    from entente import nlp

    loaded: list[str] = []
    monkeypatch.setattr(nlp, "_load", lambda name: loaded.append(name) or object())
    monkeypatch.setattr(nlp, "_KEPT", {})
    first = nlp.Models({"en": "model-a", "es": "model-b"})
    en, es = first.get("en"), first.get("es")
    nlp.keep(first)
    assert first.loaded() == []  # given away: the fork server parses nothing with them
    second = nlp.Models({"en": "model-a", "es": "model-c"})
    assert second.get("en") is en and second.get("es") is not es
    assert loaded == ["model-a", "model-b", "model-c"]
    assert nlp.Models({"en": "model-a"}).get("en") is not en  # taken once
    assert loaded[-1] == "model-a"


def test_workers_are_spawned_once_the_environment_changed(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A forked worker has the environment the fork server started with; once this
    process's differs (a model named, the compiled coder turned off), workers start fresh
    with it."""
    from entente.services import workers

    monkeypatch.setenv("ENTENTE_WORKER_START", "forkserver")  # (the default; not compared)
    if workers._server_env is not None:  # started by an earlier test: its environment again
        for key in set(workers._read_env()) - set(workers._server_env):
            monkeypatch.delenv(key)
        for key, value in workers._server_env.items():
            monkeypatch.setenv(key, value)
    first = workers.start_context()  # (starts the fork server if no test did)
    assert first.get_start_method() == "forkserver"
    assert workers.start_context().get_start_method() == "forkserver"
    monkeypatch.setenv("ENTENTE_NATIVE", "0")
    assert workers.start_context().get_start_method() == "spawn"


def test_a_worker_sees_whether_its_writer_runs() -> None:
    import os
    import subprocess
    import sys

    from entente.services.workers import _alive

    assert _alive(os.getpid())
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()  # reaped: no such process now
    assert not _alive(gone.pid)
    import time

    zombie = subprocess.Popen([sys.executable, "-c", "pass"])
    deadline = time.monotonic() + 60
    while _state(zombie.pid) != "Z" and time.monotonic() < deadline:
        time.sleep(0.05)  # ended, not yet reaped: a killed writer before its parent waits
    assert _state(zombie.pid) == "Z"
    assert not _alive(zombie.pid)
    zombie.wait()


def _state(pid: int) -> str:
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]


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


def _descendants(pid: int) -> set[int]:
    """The processes `pid` started, and theirs (a fork server's workers)."""
    found, todo = set(), [pid]
    while todo:
        for child in _children(todo.pop()):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.parametrize("start", ["forkserver", "spawn"])
def test_workers_end_when_the_writer_is_killed(tmp_path: Path, start: str) -> None:
    """A killed ingest once left its coding workers running, each holding its models; a
    forked worker's parent is the fork server, which must not keep them either."""
    import os
    import signal
    import subprocess
    import sys
    import time

    env = {**os.environ, "ENTENTE_WORKER_START": start}
    proc = subprocess.Popen([sys.executable, "-m", "entente.cli", "ingest", str(CORPUS),
                             "--db", str(tmp_path / "k.duckdb"), "--workers", "2",
                             "--no-progress"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env=env)
    workers: set[int] = set()
    mark = b"forkserver" if start == "forkserver" else b"spawn_main"
    deadline = time.monotonic() + 180
    while len(workers) < 2 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        workers = {p for p in _descendants(proc.pid) if mark in _cmdline(p)}
    # (with a fork server: the server and at least two workers forked from it)
    assert len(workers) >= (3 if start == "forkserver" else 2), "the ingest started no workers"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 60
    while any(_alive(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(_alive(p) for p in workers)
