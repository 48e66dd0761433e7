"""Crashes (issue 17): an ingest killed with SIGKILL at random moments, three times, then
run to its end, leaves a store equal to a clean run's, on DuckDB and PostgreSQL: every
article once, every event once, with the same stories, counts and mentions."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from entente.store import open_store
from tests.conftest import CORPUS

pytestmark = pytest.mark.slow
SRC = Path(__file__).resolve().parent.parent / "src"


def ingest(folder: Path, db: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "entente.cli", "ingest", str(folder), "--db",
                             db, "--no-progress"], env={**os.environ, "PYTHONPATH": str(SRC)},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def snapshot(db: str) -> dict[str, Any]:
    """What a store holds, without the times it was written at."""
    with open_store(db, read_only=True) as store:
        def rows(sql: str) -> list[tuple[Any, ...]]:
            return sorted(tuple(r) for r in store._execute(sql).fetchall())

        return {
            "articles": rows("SELECT id, story_id, content_hash FROM articles"),
            "events": rows("SELECT id, article_id, story_id, cameo, modality, num_articles, "
                           "num_sources, mentions FROM events"),
            "mentions": rows("SELECT event_id, article_id, mentions FROM mentions"),
        }


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    files = sorted(p for p in CORPUS.rglob("*") if p.suffix in (".html", ".txt"))
    for f in files:  # (both languages: the more there is to store, the wider the window)
        shutil.copy(f, folder / f"{f.parent.name}-{f.name}")
    return folder


def timed(folder: Path, db: str) -> float:
    """Seconds an ingest of `folder` takes to its end."""
    began = time.monotonic()
    assert ingest(folder, db).wait(timeout=300) == 0
    return time.monotonic() - began


def test_an_ingest_killed_three_times_then_finished_equals_a_clean_one(
        corpus: Path, tmp_path: Path, db_url: str) -> None:
    if db_url.startswith("postgresql"):
        clean_db = db_url
        from urllib.parse import urlsplit, urlunsplit

        import psycopg

        crashed_name = urlsplit(db_url).path.strip("/") + "_crashed"
        admin = urlunsplit(urlsplit(db_url)._replace(path="/postgres"))
        with psycopg.connect(admin, autocommit=True) as con:
            con.execute(f"CREATE DATABASE {crashed_name}")
        crashed_db = urlunsplit(urlsplit(db_url)._replace(path=f"/{crashed_name}"))
    else:
        clean_db, crashed_db = db_url, str(tmp_path / "crashed.duckdb")
    try:
        whole = timed(corpus, clean_db)
        clean = snapshot(clean_db)
        assert len(clean["articles"]) >= 10 and clean["events"]
        # start-up (imports, models) is what an ingest of one short article takes; the rest
        # of a whole run is storing. Each kill falls a random 15-30% into the storing, so
        # three of them leave work for the run that finishes, however fast the machine
        one = tmp_path / "one"
        one.mkdir()
        (one / "a.txt").write_text("Cuba and Venezuela signed an agreement on Monday.\n")
        start = timed(one, str(tmp_path / "start.duckdb"))
        storing = max(whole - start, 0.5)

        chance = random.Random(17)
        kills = 0
        for _ in range(3):
            proc = ingest(corpus, crashed_db)
            time.sleep(start + chance.uniform(0.15, 0.30) * storing)
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                kills += 1
            proc.wait(timeout=60)
        assert kills >= 2  # the kills fell while it ran, not after
        finished = ingest(corpus, crashed_db)
        assert finished.wait(timeout=300) == 0
        assert snapshot(crashed_db) == clean
    finally:
        if crashed_db.startswith("postgresql"):
            with psycopg.connect(admin, autocommit=True) as con:
                con.execute(f"DROP DATABASE IF EXISTS {crashed_name} WITH (FORCE)")
