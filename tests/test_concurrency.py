"""PostgreSQL as the shared server database: two ingest processes and the web server at
once, over overlapping inputs. Every article is stored once, every event once, and the API
answers throughout."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from entente.store import EventQuery, open_store
from tests.conftest import CORPUS, PG_ADMIN, ROOT

pytestmark = [pytest.mark.slow, pytest.mark.skipif(
    not PG_ADMIN, reason="PostgreSQL tests need ENTENTE_TEST_PG (set by .ci/run)")]


def test_two_ingest_processes_and_a_reader(pg_url: str, tmp_path: Path) -> None:
    db_url = pg_url
    files = sorted(p for p in (CORPUS / "en").rglob("*") if p.suffix in (".html", ".txt", ".md"))
    half = len(files) // 2
    for name, chosen in (("a", files[: half + 8]), ("b", files[half - 8:])):  # 16 overlap
        folder = tmp_path / name
        folder.mkdir()
        for f in chosen:
            shutil.copy(f, folder / f.name)
    errors: list[BaseException] = []
    polls = 0
    stop = threading.Event()
    open_store(db_url).close()  # create the schema before the race
    import httpx
    import uvicorn

    from entente.web.app import create_app
    from tests.test_web_browser import free_port

    app = create_app(db_url)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,
                                           log_level="warning"))
    serving = threading.Thread(target=server.run, daemon=True)
    serving.start()
    while not server.started:
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"

    def reader() -> None:
        nonlocal polls
        with httpx.Client(base_url=base, timeout=30) as http:
            while not stop.is_set():
                try:
                    for path in ("/api/health", "/api/events?limit=50", "/"):
                        response = http.get(path)
                        assert response.status_code == 200, (path, response.text[:200])
                    polls += 1
                except BaseException as exc:  # noqa: BLE001 - the test reports any failure
                    errors.append(exc)
                time.sleep(0.2)

    thread = threading.Thread(target=reader)
    thread.start()
    # the processes run this tree's entente, however pytest was started
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (str(ROOT / "src"), os.environ.get("PYTHONPATH")) if p)}
    procs = [subprocess.Popen([sys.executable, "-m", "entente.cli", "ingest",
                               str(tmp_path / name), "--db", db_url, "--no-progress"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env=env)
             for name in ("a", "b")]
    outputs = [p.communicate(timeout=600) for p in procs]
    stop.set()
    thread.join()
    server.should_exit = True
    serving.join(timeout=10)
    app.state.site.close()
    assert [p.returncode for p in procs] == [0, 0], outputs
    assert errors == [] and polls > 3
    with open_store(db_url, read_only=True) as store:
        articles = store.articles(limit=1000)
        events = store.events(EventQuery(modalities=None, limit=None))
    assert len(articles) == len(files)  # the 16 shared files stored once
    assert len({a.content_hash for a in articles}) == len(articles)
    keys = [(e.story_id, e.source.code, e.target.code if e.target else None, e.cameo,
             e.modality, e.sentence_index, e.article_id) for e in events]
    assert len(keys) == len(set(keys)) and len({e.id for e in events}) == len(events)


def story_folders(root: Path, stories: int = 60) -> tuple[Path, Path]:
    """The originals of some stories in one folder, another outlet's copies in another."""
    import json

    lines = (ROOT / "eval" / "stories_gold.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    groups = sorted({r["group"] for r in rows if r["lang"] == "en" and r["role"] == "original"})
    chosen = set(groups[:stories])
    folders = {"original": root / "originals", "copy": root / "copies"}
    for folder in folders.values():
        folder.mkdir()
    for r in rows:
        if r["group"] in chosen and r["role"] in folders:
            (folders[r["role"]] / f"{r['id']}.md").write_text(
                f"---\ntitle: {r['title']}\noutlet: {r['outlet']}\npublished: {r['date']}\n"
                f"lang: {r['lang']}\n---\n{r['text']}\n", encoding="utf-8")
    return folders["original"], folders["copy"]


def grouping(db: str) -> tuple[int, int, int]:
    """(articles, stories, events) stored."""
    with open_store(db, read_only=True) as store:
        row = store._execute("SELECT count(*), count(DISTINCT story_id), "
                             "(SELECT count(*) FROM events) FROM articles").fetchone()
    assert row is not None
    return int(row[0]), int(row[1]), int(row[2])


def test_two_processes_group_stories_as_one_process_does(tmp_path: Path) -> None:
    """Defect 12: two concurrent ingests stored 73% more events than one (each process kept
    its own story index and never saw the other's stories). Each now reads what the other
    stored under the story lock before it assigns an article's story."""
    from tests.conftest import fresh_pg_database

    originals, copies = story_folders(tmp_path)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (str(ROOT / "src"), os.environ.get("PYTHONPATH")) if p)}

    def ingest(db: str, *folders: Path) -> subprocess.Popen[str]:
        return subprocess.Popen([sys.executable, "-m", "entente.cli", "ingest",
                                 *map(str, folders), "--db", db, "--no-progress"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                                env=env)

    single_db, pair_db = fresh_pg_database(), fresh_pg_database()
    one, two = next(single_db), next(pair_db)
    try:
        alone = ingest(one, originals, copies)
        assert alone.communicate(timeout=600)[1] is not None and alone.returncode == 0
        open_store(two).close()  # the schema before the race
        pair = [ingest(two, originals), ingest(two, copies)]
        outputs = [p.communicate(timeout=600) for p in pair]
        assert [p.returncode for p in pair] == [0, 0], outputs
        single = grouping(one)
        assert single[0] == 120 and single[1] <= 62  # each copy joined its original's story
        together = grouping(two)
        assert together[:2] == single[:2]  # every article once, in as many stories
        # Which copy of a story is stored first may differ from one process's order: the
        # first keeps apart events a later copy's merge (same dyad, code and modality,
        # another date). That moves a few events, never the 73% once seen.
        assert abs(together[2] - single[2]) <= 0.03 * single[2], (together, single)
    finally:
        for gen in (single_db, pair_db):
            next(gen, None)
